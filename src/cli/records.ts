/**
 * Reading households from files, as batches of records: CSV (flat answer-level layout, parsed
 * with csv-parse's streaming API), JSON Lines (streamed line by line) and JSON arrays (read
 * whole). Node-only.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Parser } from 'csv-parse';
import type { ValidationIssue } from '../errors.js';

/** A usage or file problem: the CLI exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One input row, before classification. */
export interface InputRecord {
  /** Data row number, from 1 (the CSV header is not a row). */
  readonly row: number;
  /** Line in the file where the row starts, from 1. */
  readonly line: number;
  /** The household as plain JSON (absent when the row could not be read at all). */
  readonly household?: unknown;
  /** Problems found while reading the row (they make the row fail without classifying it). */
  readonly issues?: readonly ValidationIssue[];
  /** The value of the `--by` column or field, when grouping. */
  readonly key?: string | null;
  /** The row's id, when it could be read. */
  readonly id?: string | number;
}

export type InputFormat = 'csv' | 'jsonl' | 'json';

/** The income columns of the flat CSV layout (one per row must be filled). */
export const INCOME_COLUMNS = ['perCapitaMonthly', 'householdMonthly', 'householdAnnual', 'score'] as const;

/** Detects the input format from the file name. */
export function detectFormat(file: string): InputFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

export interface ReadOptions {
  /** Indicator ids of the rule set (the CSV answer columns). */
  readonly indicatorIds: readonly string[];
  /** Column (CSV) or top-level field (JSON) to group by, kept out of the household unless it is one of its fields. */
  readonly by?: string;
  /** CSV columns to ignore. */
  readonly ignoreColumns?: readonly string[];
  /** Records per batch. */
  readonly batchSize?: number;
}

function open(file: string): Readable {
  return file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
}

/** Opens the file now, so that a missing or unreadable file is a usage error before any output. */
async function checkReadable(file: string): Promise<void> {
  if (file === '-') return;
  try {
    await access(file);
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

const HOUSEHOLD_FIELDS = new Set(['id', 'area', 'size', 'members', 'income', 'deprivations', 'dwelling']);

function keyOf(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function idOf(value: unknown): string | number | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  return undefined;
}

/** Builds a JSON record, setting the `--by` field aside (it is not a household field). */
function jsonRecord(value: unknown, row: number, line: number, by: string | undefined): InputRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { row, line, issues: [{ path: [], code: 'invalid_type', message: `a household must be a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` }] };
  }
  const object = value as Record<string, unknown>;
  const id = idOf(object.id);
  if (by === undefined) return id === undefined ? { row, line, household: object } : { row, line, household: object, id };
  const key = keyOf(object[by]);
  let household: Record<string, unknown> = object;
  if (!HOUSEHOLD_FIELDS.has(by) && by in object) {
    household = { ...object };
    delete household[by];
  }
  return id === undefined ? { row, line, household, key } : { row, line, household, key, id };
}

/** A CSV row mapper for a header: checks the columns once, then maps cells to a household. */
export function csvMapper(header: readonly string[], options: ReadOptions): (cells: readonly string[], row: number, line: number) => InputRecord {
  const indicators = new Set(options.indicatorIds);
  const ignore = new Set(options.ignoreColumns ?? []);
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const column of header) {
    if (seen.has(column)) throw new UsageError(`the CSV header names the column "${column}" twice`);
    seen.add(column);
    if (column === 'id' || column === 'area' || column === 'size' || (INCOME_COLUMNS as readonly string[]).includes(column) || indicators.has(column)) continue;
    if (column === options.by || ignore.has(column)) continue;
    unknown.push(column);
  }
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown CSV column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c.slice(0, 60)}"`).join(', ')}: columns are id, area, size, one income column (${INCOME_COLUMNS.join(', ')}) and the indicator ids (${options.indicatorIds.join(', ')}); pass --ignore-columns or --by for other columns`,
    );
  }
  if (!seen.has('area')) throw new UsageError('the CSV has no "area" column (rural or urban)');
  if (!seen.has('size')) throw new UsageError('the CSV has no "size" column (number of members)');
  if (!INCOME_COLUMNS.some((column) => seen.has(column))) throw new UsageError(`the CSV has no income column: one of ${INCOME_COLUMNS.join(', ')}`);

  type Slot = { readonly index: number; readonly kind: 'id' | 'area' | 'size' | 'income' | 'answer'; readonly name: string };
  const slots: Slot[] = [];
  header.forEach((column, index) => {
    if (column === 'id' || column === 'area' || column === 'size') slots.push({ index, kind: column, name: column });
    else if ((INCOME_COLUMNS as readonly string[]).includes(column)) slots.push({ index, kind: 'income', name: column });
    else if (indicators.has(column)) slots.push({ index, kind: 'answer', name: column });
  });
  const byIndex = options.by === undefined ? -1 : header.indexOf(options.by);
  const width = header.length;

  return (cells, row, line) => {
    if (cells.length !== width) {
      return { row, line, issues: [{ path: [], code: 'column_count', message: `the row has ${cells.length} cells, the header ${width}` }] };
    }
    const household: Record<string, unknown> = {};
    const income: Record<string, unknown> = {};
    const deprivations: Record<string, boolean | null> = {};
    let issues: ValidationIssue[] | undefined;
    let id: string | undefined;
    for (const slot of slots) {
      const cell = cells[slot.index]!.trim();
      switch (slot.kind) {
        case 'answer':
          if (cell === '1') deprivations[slot.name] = true;
          else if (cell === '0') deprivations[slot.name] = false;
          else if (cell === '') deprivations[slot.name] = null;
          else (issues ??= []).push({ path: ['deprivations', slot.name], code: 'invalid_answer', message: `answer "${cell.slice(0, 40)}" must be 1 (deprived), 0 (not deprived) or blank (unknown)` });
          break;
        case 'income':
          if (cell !== '') income[slot.name] = slot.name === 'score' && /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
          break;
        case 'size':
          if (cell !== '') household.size = /^\d{1,6}$/.test(cell) ? Number(cell) : cell;
          break;
        case 'id':
          if (cell !== '') household.id = id = cell;
          break;
        default:
          if (cell !== '') household.area = cell;
      }
    }
    household.income = income;
    household.deprivations = deprivations;
    const key = byIndex === -1 ? undefined : keyOf(cells[byIndex]!.trim());
    const record: { -readonly [K in keyof InputRecord]: InputRecord[K] } = { row, line };
    if (issues === undefined) record.household = household;
    else record.issues = issues;
    if (key !== undefined) record.key = key;
    if (id !== undefined) record.id = id;
    return record;
  };
}

/**
 * Reads a file as batches of records, streaming (CSV and JSON Lines) with constant memory:
 * the next batch is read only when the consumer asks for it.
 */
export async function* readRecords(file: string, format: InputFormat, options: ReadOptions): AsyncGenerator<InputRecord[], void, undefined> {
  await checkReadable(file);
  const batchSize = options.batchSize ?? 512;
  if (format === 'json') {
    let text: string;
    try {
      text = file === '-' ? await readAll(process.stdin) : await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    const items = Array.isArray(value) ? value : [value];
    for (let start = 0; start < items.length; start += batchSize) {
      yield items.slice(start, start + batchSize).map((item, i) => jsonRecord(item, start + i + 1, 0, options.by));
    }
    return;
  }
  if (format === 'jsonl') {
    yield* readJsonLines(open(file), batchSize, options.by);
    return;
  }
  yield* readCsv(open(file), batchSize, options);
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function* readJsonLines(stream: Readable, batchSize: number, by: string | undefined): AsyncGenerator<InputRecord[], void, undefined> {
  stream.setEncoding('utf8');
  let rest = '';
  let line = 0;
  let row = 0;
  let batch: InputRecord[] = [];
  const take = (text: string): void => {
    line++;
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (trimmed.trim() === '') return;
    row++;
    let value: unknown;
    try {
      value = JSON.parse(line === 1 && trimmed.charCodeAt(0) === 0xfeff ? trimmed.slice(1) : trimmed);
    } catch (error) {
      batch.push({ row, line, issues: [{ path: [], code: 'invalid_json', message: `not valid JSON: ${(error as Error).message.slice(0, 120)}` }] });
      return;
    }
    batch.push(jsonRecord(value, row, line, by));
  };
  for await (const chunk of stream) {
    const text = rest + (chunk as string);
    let start = 0;
    let end: number;
    while ((end = text.indexOf('\n', start)) !== -1) {
      take(text.slice(start, end));
      start = end + 1;
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    rest = text.slice(start);
  }
  if (rest !== '') take(rest);
  if (batch.length > 0) yield batch;
}

type Tagged = { readonly record: string[]; readonly line: number };

/**
 * csv-parse's stream, tagging each record with the line it ends on. (The parser's `info: true`
 * option gives the same but copies its whole state per record, which costs a tenth of the run.)
 */
class LineParser extends Parser {
  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (record === null) return super.push(null, encoding);
    const tagged: Tagged = { record: record as string[], line: (this as unknown as { info: { lines: number } }).info.lines };
    return super.push(tagged, encoding);
  }
}

async function* readCsv(stream: Readable, batchSize: number, options: ReadOptions): AsyncGenerator<InputRecord[], void, undefined> {
  // No `trim` option: it slows the parser by a third; the mapper trims the cells instead.
  const parser = stream.pipe(new LineParser({ bom: true, skip_empty_lines: true, relax_column_count: true }));
  stream.on('error', (error) => parser.destroy(error));
  let mapper: ReturnType<typeof csvMapper> | undefined;
  let row = 0;
  let previousLine = 0;
  let batch: InputRecord[] = [];
  try {
    for await (const { record, line } of parser as AsyncIterable<Tagged>) {
      if (mapper === undefined) {
        mapper = csvMapper(record.map((cell) => cell.trim()), options);
        previousLine = line;
        continue;
      }
      row++;
      // `line` is where the record ends; a quoted cell may span lines: report where it starts.
      // (Only worth looking when the record ends more than one line after the previous one.)
      let start = line;
      if (line - previousLine > 1) {
        for (let i = 0; i < record.length; i++) {
          const cell = record[i]!;
          for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) start--;
        }
      }
      previousLine = line;
      batch.push(mapper(record, row, start));
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the CSV: ${(error as Error).message}`);
  } finally {
    if (!parser.destroyed) parser.destroy();
    if (stream !== process.stdin && !stream.destroyed) stream.destroy();
  }
  if (mapper === undefined) throw new UsageError('the CSV is empty: it needs a header line');
  if (batch.length > 0) yield batch;
}
