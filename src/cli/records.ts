/**
 * Reading households from files, as batches of records: CSV (flat answer-level layout, parsed
 * with csv-parse's streaming API), JSON Lines (streamed line by line, as bytes) and JSON arrays
 * (read whole). Node-only.
 *
 * What is refused, and how (see docs/cli.md, "Limits"):
 * - bytes that are not UTF-8: the row (CSV, JSON Lines) fails with `invalid_encoding`, never
 *   replaced by U+FFFD (distinct ids could collide); in a CSV header or a JSON file, the file is refused;
 * - a JSON Lines line longer than `maxLineBytes`: one failed row (`line_too_long`), skipped in
 *   bounded memory; a CSV record longer than that stops the run ({@link InputError});
 * - a CSV syntax error stops the run ({@link InputError}) at the row and line where the bad
 *   record starts, after the rows before it were handed out.
 *
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { Parser } from 'csv-parse';
import { Decimal } from 'decimal.js';
import type { ValidationIssue } from '../errors.js';
import { InputError, UsageError } from './errors.js';
import { countText } from './text.js';

export { UsageError };

/** Default line limit: 1 MiB. */
export const DEFAULT_MAX_LINE_BYTES = 1 << 20;
/** A batch is handed out when it holds `batchSize` records or this many bytes of input. */
export const BATCH_BYTES = 1 << 20;

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
  /**
   * The values of the side columns asked for (`--weight`, `--size`, `--strata`, `--psu`, `--id`
   * of the survey statistics), by option name; `null` for a blank cell or a missing field.
   */
  readonly fields?: Readonly<Record<string, string | number | null>>;
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
  /**
   * Side columns (CSV) or top-level fields (JSON) read for each row into {@link InputRecord.fields},
   * by option name (e.g. `{ weight: 'wt', psu: 'cluster' }`); kept out of the household unless
   * they are household fields.
   */
  readonly fields?: Readonly<Record<string, string>>;
  /** Records per batch (at most; a batch is also cut after {@link BATCH_BYTES} bytes of input). */
  readonly batchSize?: number;
  /** Longest line (JSON Lines) or record (CSV) read, in bytes; default {@link DEFAULT_MAX_LINE_BYTES}. */
  readonly maxLineBytes?: number;
  /**
   * When a part of a file is read (`--workers`, see split.ts): the rows before it and the lines
   * between the end of the CSV header given before it and its start (JSON Lines: the lines before
   * it), added to every row and line number.
   */
  readonly offset?: PartOffset;
}

/** Where a part of a file starts: see {@link ReadOptions.offset}. */
export interface PartOffset {
  readonly rows: number;
  readonly lines: number;
}

function open(file: string): Readable {
  return file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
}

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * A CSV score cell as the number the library's schema takes (`income.score` is a number), or
 * `undefined` when that number is not exactly the decimal written (`140.00000000000001` would be
 * read as 140). Text that is not a plain decimal is passed through for validation to refuse.
 */
export function exactScore(cell: string): number | string | undefined {
  if (!DECIMAL.test(cell)) return cell;
  const value = Number(cell);
  return Number.isFinite(value) && new Decimal(value).eq(new Decimal(cell)) ? value : undefined;
}

function shortScore(cell: string): string {
  const value = Number(cell);
  return Number.isFinite(value) ? String(value) : cell.slice(0, 20);
}

/** Opens the file now, so that a missing or unreadable file is a usage error before any output. */
export async function checkReadable(file: string): Promise<void> {
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

function fieldValue(value: unknown): string | number | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return value;
  return null;
}

/** Builds a JSON record, setting the `--by` field and the side fields aside (they are not household fields). */
function jsonRecord(value: unknown, row: number, line: number, by: string | undefined, fields?: Readonly<Record<string, string>>): InputRecord {
  const record = jsonRecordBy(value, row, line, by);
  if (fields === undefined || record.household === undefined) return record;
  const object = record.household as Record<string, unknown>;
  const values: Record<string, string | number | null> = {};
  let household = object;
  for (const [name, field] of Object.entries(fields)) {
    values[name] = fieldValue(object[field]);
    if (!HOUSEHOLD_FIELDS.has(field) && field in household) {
      if (household === object) household = { ...object };
      delete household[field];
    }
  }
  return { ...record, household, fields: values };
}

function jsonRecordBy(value: unknown, row: number, line: number, by: string | undefined): InputRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      row,
      line,
      issues: [
        {
          path: [],
          code: 'invalid_type',
          message: `a household must be a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
        },
      ],
    };
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
  const side = new Set(Object.values(options.fields ?? {}));
  for (const column of header) {
    if (seen.has(column)) throw new UsageError(`the CSV header names the column "${column}" twice`);
    seen.add(column);
    if (column === 'id' || column === 'area' || column === 'size' || (INCOME_COLUMNS as readonly string[]).includes(column) || indicators.has(column)) continue;
    if (column === options.by || ignore.has(column) || side.has(column)) continue;
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
  const sideColumns = Object.entries(options.fields ?? {}).map(([name, column]) => [name, header.indexOf(column)] as const);
  for (const [name, index] of sideColumns) if (index === -1) throw new UsageError(`the CSV has no column "${options.fields![name]!.slice(0, 60)}" (--${name})`);
  // A row's answers start as a copy of this object, its keys in the order the slots fill them (one
  // allocation of the final shape; a row with a refused answer gets no household, so its keys do not matter).
  const answerTemplate: Record<string, boolean | null> = {};
  for (const slot of slots) if (slot.kind === 'answer') answerTemplate[slot.name] = null;

  return (cells, row, line) => {
    if (cells.length !== width) {
      return { row, line, issues: [{ path: [], code: 'column_count', message: `the row has ${cells.length} cells, the header ${width}` }] };
    }
    const household: Record<string, unknown> = {};
    const income: Record<string, unknown> = {};
    const deprivations: Record<string, boolean | null> = { ...answerTemplate };
    let issues: ValidationIssue[] | undefined;
    let id: string | undefined;
    for (const slot of slots) {
      const cell = cells[slot.index]!.trim();
      switch (slot.kind) {
        case 'answer':
          if (cell === '1') deprivations[slot.name] = true;
          else if (cell === '0') deprivations[slot.name] = false;
          else if (cell === '') deprivations[slot.name] = null;
          else
            (issues ??= []).push({
              path: ['deprivations', slot.name],
              code: 'invalid_answer',
              message: `answer "${cell.slice(0, 40)}" must be 1 (deprived), 0 (not deprived) or blank (unknown)`,
            });
          break;
        case 'income':
          if (cell === '') break;
          if (slot.name !== 'score') income[slot.name] = cell;
          else {
            const score = exactScore(cell);
            if (score === undefined) {
              (issues ??= []).push({
                path: ['income', 'score'],
                code: 'inexact_score',
                message: `score "${cell.slice(0, 40)}" cannot be read exactly (a score is held as a number with at most 15–17 significant digits); write it with fewer digits, e.g. "${shortScore(cell)}"`,
              });
            } else income.score = score;
          }
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
    if (sideColumns.length > 0) {
      const values: Record<string, string | null> = {};
      for (const [name, index] of sideColumns) values[name] = cells[index]!.trim() === '' ? null : cells[index]!.trim();
      record.fields = values;
    }
    return record;
  };
}

/**
 * Reads a file as batches of records, streaming (CSV and JSON Lines) with constant memory:
 * the next batch is read only when the consumer asks for it. Problems with the file as a whole
 * throw {@link UsageError} before the first batch; problems found part-way throw
 * {@link InputError} after the batch of the rows before them.
 */
export async function* readRecords(file: string, format: InputFormat, options: ReadOptions): AsyncGenerator<InputRecord[], void, undefined> {
  await checkReadable(file);
  const batchSize = options.batchSize ?? 512;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  if (format === 'json') {
    let bytes: Buffer;
    try {
      bytes = file === '-' ? await readAll(process.stdin) : await readFile(file);
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const bad = firstInvalidUtf8(bytes, 0, bytes.length);
    if (bad !== -1)
      throw new UsageError(`${file} is not valid UTF-8: ${invalidByteText(bytes, bad)} on line ${countText(lineAt(bytes, bad))}; save the file as UTF-8`);
    const text = bytes.toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      throw new UsageError(`${file} is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
    }
    const items = Array.isArray(value) ? value : [value];
    for (let start = 0; start < items.length; start += batchSize) {
      yield items.slice(start, start + batchSize).map((item, i) => jsonRecord(item, start + i + 1, 0, options.by, options.fields));
    }
    return;
  }
  if (format === 'csv' && file !== '-' && csvFast.enabled && (await simpleCsv(file, maxLineBytes))) {
    yield* readSimpleCsv(file, batchSize, options);
    return;
  }
  yield* readStream(open(file), file, format, options);
}

/**
 * The CSV fast path (reading, and classifying as columns in batch.ts): `enabled` (set
 * `CHUAN_NGHEO_CSV_FAST=0` to use the general path for every file and row, e.g. to compare the
 * two), `files`, the files read by {@link readSimpleCsv}, and `rows`, the rows classified as
 * columns in this thread (for tests).
 */
export const csvFast = { enabled: process.env.CHUAN_NGHEO_CSV_FAST !== '0', files: 0, rows: 0 };

/**
 * Whether a CSV file is simple enough for {@link readSimpleCsv}, which reads it exactly as
 * csv-parse would with the options of {@link readCsv}: no quote and no carriage return
 * anywhere (so records are the lines, split at commas), valid UTF-8 throughout, every line
 * within the record limit, and a line that is not empty (the header); a regular file (read
 * twice), not a pipe. Any other file is read by csv-parse, with its messages.
 */
async function simpleCsv(file: string, maxLineBytes: number): Promise<boolean> {
  // A pipe or a device can be read only once.
  if (!(await stat(file)).isFile()) return false;
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  let carry: Buffer | undefined;
  let line = 0;
  let content = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.indexOf(34) !== -1 || chunk.indexOf(13) !== -1) return false;
      const bytes = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
      const complete = completeLength(bytes);
      if (!isUtf8(bytes.subarray(0, complete))) return false;
      carry = complete < bytes.length ? Buffer.from(bytes.subarray(complete)) : undefined;
      let start = 0;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) {
        line += at - start;
        if (line > maxLineBytes) return false;
        if (line > 0) content = true;
        line = 0;
        start = at + 1;
      }
      line += chunk.length - start;
      if (line > maxLineBytes) return false;
      if (line > 0) content = true;
    }
  } catch {
    return false;
  } finally {
    stream.destroy();
  }
  // A BOM alone is not a header (csv-parse's messages are kept for such files).
  return carry === undefined && content;
}

/**
 * Reads a file that {@link simpleCsv} accepted: the same records as {@link readCsv} (rows,
 * lines, cells), found by splitting the decoded text at line feeds and commas. A file that
 * changed since (a quote or a carriage return appears) stops the run with an {@link InputError}.
 */
async function* readSimpleCsv(file: string, batchSize: number, options: ReadOptions): AsyncGenerator<InputRecord[], void, undefined> {
  csvFast.files++;
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  const lines = new SimpleLines(options, batchSize);
  let carry: Buffer | undefined;
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.indexOf(34) !== -1 || chunk.indexOf(13) !== -1)
        throw new InputError(`cannot read ${file}: the file changed while it was read`, { row: lines.row + 1, line: lines.line + 1 });
      let bytes = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
      if (first) {
        if (bytes.length < 3 && bytes.length > 0 && bytes[0] === 0xef) {
          carry = bytes;
          continue;
        }
        first = false;
        if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
      const last = bytes.lastIndexOf(10);
      if (last === -1) {
        carry = bytes;
        continue;
      }
      carry = last + 1 < bytes.length ? Buffer.from(bytes.subarray(last + 1)) : undefined;
      yield* lines.take(bytes.toString('utf8', 0, last));
    }
    if (first && carry !== undefined && carry.length >= 3 && carry[0] === 0xef && carry[1] === 0xbb && carry[2] === 0xbf) carry = carry.subarray(3);
    if (carry !== undefined && carry.length > 0) yield* lines.take(carry.toString('utf8'));
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) throw error;
    const done = lines.flush();
    if (done !== undefined) yield done;
    throw new InputError(`cannot read the file: ${(error as Error).message}`, { row: lines.row + 1, line: lines.line + 1 });
  } finally {
    if (!stream.destroyed) stream.destroy();
  }
  if (!lines.header) throw new UsageError(`the CSV ${file} is empty: it needs a header line`);
  const done = lines.flush();
  if (done !== undefined) yield done;
}

/**
 * The records of the CSV fast path from decoded text (without the byte-order mark): lines split
 * at line feeds, cells at commas, blank lines skipped, the first line the header. Used by
 * {@link readSimpleCsv} and, for a part of a file, by {@link readPart}.
 */
class SimpleLines {
  private mapper: ReturnType<typeof csvMapper> | undefined;
  /** The last row and line numbers given. */
  row: number;
  line: number;
  private batch: InputRecord[] = [];
  private batchBytes = 0;

  constructor(
    private readonly options: ReadOptions,
    private readonly batchSize: number,
  ) {
    this.row = options.offset?.rows ?? 0;
    this.line = options.offset?.lines ?? 0;
  }

  /** Whether the header was read. */
  get header(): boolean {
    return this.mapper !== undefined;
  }

  /** Reads the lines of `text` (whole lines: the text ends at a line end or at the end of the input), handing out full batches. */
  *take(text: string): Generator<InputRecord[], void, undefined> {
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      const stop = end === -1 ? text.length : end;
      this.line++;
      if (stop > start) {
        const cells = text.slice(start, stop).split(',');
        if (this.mapper === undefined)
          this.mapper = csvMapper(
            cells.map((cell) => cell.trim()),
            this.options,
          );
        else {
          this.row++;
          this.batch.push(this.mapper(cells, this.row, this.line));
          this.batchBytes += stop - start + 1;
          if (this.batch.length >= this.batchSize || this.batchBytes >= BATCH_BYTES) {
            yield this.batch;
            this.batch = [];
            this.batchBytes = 0;
          }
        }
      }
      if (end === -1) return;
      start = end + 1;
    }
  }

  /** The records not handed out yet, if any. */
  flush(): InputRecord[] | undefined {
    if (this.batch.length === 0) return undefined;
    const done = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    return done;
  }
}

/**
 * Whether bytes held whole are simple enough for the CSV fast path: the test of
 * {@link simpleCsv} (no quote, no carriage return, valid UTF-8, every line within the record
 * limit, a line that is not empty) on bytes in memory.
 */
function simpleCsvBytes(bytes: Buffer, maxLineBytes: number): boolean {
  if (bytes.indexOf(34) !== -1 || bytes.indexOf(13) !== -1 || !isUtf8(bytes)) return false;
  let content = false;
  let start = 0;
  for (let at = bytes.indexOf(10); ; at = bytes.indexOf(10, at + 1)) {
    const end = at === -1 ? bytes.length : at;
    if (end - start > maxLineBytes) return false;
    if (end > start) content = true;
    if (at === -1) break;
    start = at + 1;
  }
  return content;
}

/**
 * Reads a part of a CSV or JSON Lines file cut at a record boundary (`--workers`: in a worker,
 * see split.ts), with the same readers as a whole file: `prefix` is the start of the file up to
 * the end of the CSV header (absent for the first part, which holds it; absent for JSON Lines),
 * and `options.offset` places the part's rows and lines in the file. A CSV part is read by the
 * fast path when the prefix and the part pass its test, else by csv-parse.
 */
export async function* readPart(
  format: 'csv' | 'jsonl',
  prefix: Uint8Array | undefined,
  part: Uint8Array,
  options: ReadOptions,
  file: string,
): AsyncGenerator<InputRecord[], void, undefined> {
  const head = prefix === undefined || prefix.length === 0 ? undefined : Buffer.from(prefix.buffer, prefix.byteOffset, prefix.length);
  const body = Buffer.from(part.buffer, part.byteOffset, part.length);
  const whole = head === undefined ? body : Buffer.concat([head, body]);
  const batchSize = options.batchSize ?? 512;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  if (format === 'csv' && csvFast.enabled && simpleCsvBytes(whole, maxLineBytes)) {
    csvFast.files++;
    const lines = new SimpleLines(options, batchSize);
    const bom = whole.length >= 3 && whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf ? 3 : 0;
    yield* lines.take(whole.toString('utf8', bom, whole.length > bom && whole[whole.length - 1] === 10 ? whole.length - 1 : whole.length));
    if (!lines.header) throw new UsageError(`the CSV${file === '-' ? '' : ` ${file}`} is empty: it needs a header line`);
    const done = lines.flush();
    if (done !== undefined) yield done;
    return;
  }
  yield* readStream(Readable.from([whole], { objectMode: false }), file, format, options);
}

/** {@link readRecords} for a stream of CSV or JSON Lines bytes (`name` is used in messages). */
export async function* readStream(
  stream: Readable,
  name: string,
  format: 'csv' | 'jsonl',
  options: ReadOptions,
): AsyncGenerator<InputRecord[], void, undefined> {
  const batchSize = options.batchSize ?? 512;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  if (format === 'jsonl') yield* readJsonLines(stream, name, batchSize, maxLineBytes, options.by, options.fields, options.offset);
  else yield* readCsv(stream, name, batchSize, maxLineBytes, options);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// UTF-8

/** Length of the valid UTF-8 sequence at `i` (1–4), or 0 when the bytes there are not UTF-8. */
function sequenceAt(bytes: Uint8Array, i: number, end: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (j: number, lo = 0x80, hi = 0xbf): boolean => j < end && bytes[j]! >= lo && bytes[j]! <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) return cont(i + 1, b0 === 0xe0 ? 0xa0 : 0x80, b0 === 0xed ? 0x9f : 0xbf) && cont(i + 2) ? 3 : 0;
  if (b0 >= 0xf0 && b0 <= 0xf4) return cont(i + 1, b0 === 0xf0 ? 0x90 : 0x80, b0 === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;
}

/** Offset of the first byte of `bytes[from, to)` that is not valid UTF-8, or -1 (the fast check is native). */
export function firstInvalidUtf8(bytes: Uint8Array, from: number, to: number): number {
  if (isUtf8(bytes.subarray(from, to))) return -1;
  for (let i = from; i < to; ) {
    const n = sequenceAt(bytes, i, to);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

function invalidByteText(bytes: Uint8Array, at: number, fileStart = at === 0): string {
  const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  const utf16 = fileStart && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  return `byte 0x${hex} at offset ${countText(at)}${utf16 ? ' (the file starts with a UTF-16 byte-order mark)' : ''}`;
}

function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = (bytes as Buffer).indexOf(10); i !== -1 && i < at; i = (bytes as Buffer).indexOf(10, i + 1)) line++;
  return line;
}

function encodingIssue(what: string): ValidationIssue {
  return {
    path: [],
    code: 'invalid_encoding',
    message: `${what} ${what.startsWith('the cells') ? 'are' : 'is'} not valid UTF-8; save the file as UTF-8 (bytes are never replaced, so that distinct ids cannot collide)`,
  };
}

/**
 * Passes bytes through unchanged and notes, in stream offsets, where bytes that are not UTF-8
 * start (at most one per line). Fast path: one native check per chunk.
 */
class Utf8Check extends Transform {
  private offset = 0;
  private carry: Buffer | undefined;
  private readonly invalid: number[] = [];
  private head = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = this.carry === undefined ? chunk : Buffer.concat([this.carry, chunk]);
    const base = this.offset - (this.carry?.length ?? 0);
    this.offset += chunk.length;
    const complete = completeLength(bytes);
    if (!isUtf8(bytes.subarray(0, complete))) this.scan(bytes, complete, base);
    this.carry = complete < bytes.length ? Buffer.from(bytes.subarray(complete)) : undefined;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.carry !== undefined) this.invalid.push(this.offset - this.carry.length);
    callback();
  }

  private scan(bytes: Buffer, end: number, base: number): void {
    for (let i = 0; i < end; ) {
      const n = sequenceAt(bytes, i, end);
      if (n !== 0) {
        i += n;
        continue;
      }
      this.invalid.push(base + i);
      const next = bytes.indexOf(10, i);
      if (next === -1 || next >= end) break;
      i = next + 1;
    }
  }

  /** Whether bytes before stream offset `end` (not yet taken) hold invalid UTF-8; takes them. */
  takeBefore(end: number): boolean {
    let found = false;
    while (this.head < this.invalid.length && this.invalid[this.head]! < end) {
      found = true;
      this.head++;
    }
    if (this.head > 1024 && this.head === this.invalid.length) {
      this.invalid.length = 0;
      this.head = 0;
    }
    return found;
  }
}

/** The length of `bytes` without an incomplete UTF-8 sequence at its end. */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let i = length - 1; i >= 0 && i >= length - 4; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 1;
    return i + need > length ? i : length;
  }
  return length;
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

async function* readJsonLines(
  stream: Readable,
  file: string,
  batchSize: number,
  maxLineBytes: number,
  by: string | undefined,
  fields?: Readonly<Record<string, string>>,
  offset?: PartOffset,
): AsyncGenerator<InputRecord[], void, undefined> {
  let line = offset?.lines ?? 0;
  let row = offset?.rows ?? 0;
  let batch: InputRecord[] = [];
  let batchBytes = 0;
  /** The start of the current line, when it spans chunks. */
  let parts: Buffer[] = [];
  let partBytes = 0;
  /** Bytes of the current line when it is over the limit (then its bytes are not kept), else -1. */
  let over = -1;

  const take = (bytes: Buffer, start: number, end: number): void => {
    line++;
    batchBytes += end - start + 1;
    if (end > start && bytes[end - 1] === 13) end--;
    if (line === 1 && end - start >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) start += 3;
    const bad = firstInvalidUtf8(bytes, start, end);
    if (bad !== -1) {
      row++;
      batch.push({
        row,
        line,
        issues: [
          encodingIssue(
            `the line has ${invalidByteText(bytes, bad, line === 1 && bad === start).replace(/ at offset [\d,]+/, '')} at byte ${countText(bad - start + 1)}, which`,
          ),
        ],
      });
      return;
    }
    const text = bytes.toString('utf8', start, end);
    if (text.trim() === '') return;
    row++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      batch.push({ row, line, issues: [{ path: [], code: 'invalid_json', message: `not valid JSON: ${(error as Error).message.slice(0, 120)}` }] });
      return;
    }
    batch.push(jsonRecord(value, row, line, by, fields));
  };
  const tooLong = (bytes: number): void => {
    line++;
    row++;
    batchBytes += Math.min(bytes, maxLineBytes);
    batch.push({
      row,
      line,
      issues: [
        {
          path: [],
          code: 'line_too_long',
          message: `the line is ${countText(bytes)} bytes long, over the limit of ${countText(maxLineBytes)} bytes (--max-line-bytes): it is not read`,
        },
      ],
    });
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf(10, start);
        const end = newline === -1 ? chunk.length : newline;
        const piece = end - start;
        if (over !== -1) over += piece;
        else if (partBytes + piece > maxLineBytes) {
          over = partBytes + piece;
          parts = [];
          partBytes = 0;
        } else if (newline !== -1 && partBytes === 0) {
          take(chunk, start, end);
        } else if (piece > 0) {
          parts.push(chunk.subarray(start, end));
          partBytes += piece;
        }
        if (newline === -1) break;
        if (over !== -1) {
          tooLong(over);
          over = -1;
        } else if (partBytes > 0) {
          const whole = Buffer.concat(parts, partBytes);
          parts = [];
          partBytes = 0;
          take(whole, 0, whole.length);
        }
        start = newline + 1;
        if (batch.length >= batchSize || batchBytes >= BATCH_BYTES) {
          yield batch;
          batch = [];
          batchBytes = 0;
        }
      }
    }
  } catch (error) {
    if (batch.length > 0) yield batch;
    throw new InputError(`cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`, { row: row + 1, line: line + 1 });
  } finally {
    if (stream !== process.stdin && !stream.destroyed) stream.destroy();
  }
  if (over !== -1) tooLong(over);
  else if (partBytes > 0) {
    const whole = Buffer.concat(parts, partBytes);
    take(whole, 0, whole.length);
  }
  if (batch.length > 0) yield batch;
}

// ---------------------------------------------------------------------------------------------
// CSV

type Tagged = { readonly record: string[]; readonly lines: number; readonly empty: number; readonly bytes: number };
/** A parse error, handed out after the records before it (instead of destroying the stream, which would drop them). */
type Failed = { readonly error: unknown };

/**
 * csv-parse's stream, tagging each record with the parser's line count, blank lines skipped
 * and byte offset after it. (The parser's `info: true` option gives the same but copies its
 * whole state per record, which costs a tenth of the run.) A parse error comes out as a last
 * item `{ error }`, in order after the records parsed before it.
 */
class LineParser extends Parser {
  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (record === null || (record as Partial<Failed>).error !== undefined) return super.push(record, encoding);
    const info = (this as unknown as { info: { lines: number; empty_lines: number; bytes: number } }).info;
    const tagged: Tagged = { record: record as string[], lines: info.lines, empty: info.empty_lines, bytes: info.bytes };
    return super.push(tagged, encoding);
  }

  private settle(callback: TransformCallback): TransformCallback {
    return (error?: Error | null) => {
      if (error === undefined || error === null) {
        callback();
        return;
      }
      this.push({ error } satisfies Failed);
      this.push(null);
      callback();
    };
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    super._transform(chunk, encoding, this.settle(callback));
  }

  override _flush(callback: TransformCallback): void {
    super._flush(this.settle(callback));
  }
}

/** Line breaks inside a record's cells (CR LF, LF or CR, each one line). */
function breaksIn(record: readonly string[]): number {
  let breaks = 0;
  for (const cell of record) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) breaks++;
    for (let at = cell.indexOf('\r'); at !== -1; at = cell.indexOf('\r', at + 1)) if (cell.charCodeAt(at + 1) !== 10) breaks++;
  }
  return breaks;
}

/** Where the undecodable bytes of a CSV row are: the columns whose cells hold U+FFFD after decoding. */
function badCells(record: readonly string[], header: readonly string[]): string {
  const columns = header.filter((_, i) => record[i]?.includes('\uFFFD') === true).map((column) => `"${column.slice(0, 60)}"`);
  if (columns.length === 0) return 'the row';
  return `the ${columns.length === 1 ? 'cell' : 'cells'} in column${columns.length === 1 ? '' : 's'} ${columns.slice(0, 5).join(', ')}${columns.length > 5 ? ', …' : ''} of the row`;
}

function csvProblem(error: unknown, maxLineBytes: number): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'CSV syntax error: a quote opened in this row is never closed';
  if (code === 'CSV_MAX_RECORD_SIZE')
    return `the row is longer than the limit of ${countText(maxLineBytes)} bytes (--max-line-bytes); a quote that is never closed can cause this`;
  const message = (error as Error).message.replace(/ at line \d+/, '');
  return typeof code === 'string' && code.startsWith('CSV_') ? `CSV syntax error: ${message}` : `cannot read the file: ${message}`;
}

async function* readCsv(
  stream: Readable,
  file: string,
  batchSize: number,
  maxLineBytes: number,
  options: ReadOptions,
): AsyncGenerator<InputRecord[], void, undefined> {
  // No `trim` option: it slows the parser by a third; the mapper trims the cells instead.
  const parser = new LineParser({ bom: true, skip_empty_lines: true, relax_column_count: true, max_record_size: maxLineBytes });
  const check = new Utf8Check();
  stream.on('error', (error) => parser.destroy(error));
  check.on('error', (error) => parser.destroy(error));
  stream.pipe(check).pipe(parser);
  let mapper: ReturnType<typeof csvMapper> | undefined;
  let header: string[] = [];
  let row = options.offset?.rows ?? 0;
  // The parser counts a CR LF inside a quoted cell as two lines: lines are counted here, from
  // where each record starts (after the blank lines it skipped) and the breaks inside it.
  let nextLine = 1 + (options.offset?.lines ?? 0);
  let seenLines = 0;
  let seenEmpty = 0;
  let seenBytes = 0;
  let batch: InputRecord[] = [];
  let batchBytes = 0;
  try {
    for await (const item of parser as AsyncIterable<Tagged | Failed>) {
      if ('error' in item) throw item.error;
      const { record, lines, empty, bytes } = item;
      const start = nextLine + (empty - seenEmpty);
      nextLine = start + 1 + (lines - seenLines - (empty - seenEmpty) > 1 ? breaksIn(record) : 0);
      seenLines = lines;
      seenEmpty = empty;
      const invalid = check.takeBefore(bytes);
      batchBytes += bytes - seenBytes;
      seenBytes = bytes;
      if (mapper === undefined) {
        if (invalid)
          throw new UsageError(
            `the CSV header (line ${start}) is not valid UTF-8${start === 1 ? ' (a UTF-16 or legacy-encoded file?)' : ''}; save the file as UTF-8`,
          );
        header = record.map((cell) => cell.trim());
        mapper = csvMapper(header, options);
        continue;
      }
      row++;
      batch.push(invalid ? { row, line: start, issues: [encodingIssue(badCells(record, header))] } : mapper(record, row, start));
      if (batch.length >= batchSize || batchBytes >= BATCH_BYTES) {
        yield batch;
        batch = [];
        batchBytes = 0;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const info = (parser as unknown as { info: { empty_lines: number } }).info;
    const place = { row: row + 1, line: nextLine + (info.empty_lines - seenEmpty) };
    const problem = csvProblem(error, maxLineBytes);
    if (mapper === undefined) throw new UsageError(`the CSV header (line ${place.line}): ${problem}`);
    if (batch.length > 0) {
      const done = batch;
      batch = [];
      yield done;
    }
    throw new InputError(problem, place);
  } finally {
    if (!parser.destroyed) parser.destroy();
    if (!check.destroyed) check.destroy();
    if (stream !== process.stdin && !stream.destroyed) stream.destroy();
  }
  if (mapper === undefined) throw new UsageError(`the CSV${file === '-' ? '' : ` ${file}`} is empty: it needs a header line`);
  if (batch.length > 0) yield batch;
}
