/**
 * Writing results: JSON Lines or CSV, buffered, with backpressure respected. Node-only.
 *
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Classification } from '../engine/result.js';
import { formatPath, type ValidationIssue } from '../errors.js';
import { UsageError } from './records.js';

/** A buffered writer: `write` appends, flushing every 64 KiB and waiting for `drain` when needed. */
export class Sink {
  private buffer = '';
  private failed: Error | undefined;

  constructor(
    private readonly stream: Writable,
    private readonly owned: boolean,
  ) {
    stream.on('error', (error) => {
      this.failed = error;
    });
  }

  /** Opens `file` for writing (or stdout for `undefined` / `-`). */
  static async open(file: string | undefined, stdout: Writable): Promise<Sink> {
    if (file === undefined || file === '-') return new Sink(stdout, false);
    const stream = createWriteStream(file);
    try {
      await once(stream, 'open');
    } catch (error) {
      throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    return new Sink(stream, true);
  }

  /** Appends text; returns a promise only when the buffer was flushed into a full stream. */
  write(text: string): Promise<void> | undefined {
    this.buffer += text;
    if (this.buffer.length >= 1 << 16) return this.flush();
    return undefined;
  }

  async flush(): Promise<void> {
    if (this.failed !== undefined) throw this.failed;
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.owned) {
      this.stream.end();
      await once(this.stream, 'finish');
    }
    if (this.failed !== undefined) throw this.failed;
  }
}

/** An issue as the CLI reports it: the field (CSV column or JSON path) and the message. */
export interface ReportedIssue {
  readonly field: string;
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/** The field at fault: the CSV column name for flat rows, the JSON path otherwise. */
export function fieldOf(path: readonly (string | number)[], csv: boolean): string {
  if (csv && path.length === 2 && (path[0] === 'income' || path[0] === 'deprivations')) return String(path[1]);
  if (csv && path.length === 1 && path[0] === 'income') return 'income';
  return formatPath(path);
}

export function reportIssues(issues: readonly ValidationIssue[], csv: boolean): ReportedIssue[] {
  return issues.map((issue) => ({ field: fieldOf(issue.path, csv), path: issue.path, code: issue.code, message: issue.message }));
}

/** A row as the CLI writes it. */
export type OutputRow =
  | { readonly row: number; readonly line: number; readonly id: string | number | undefined; readonly ok: true; readonly result: Classification; readonly explanation: string | undefined }
  | { readonly row: number; readonly line: number; readonly id: string | number | undefined; readonly ok: false; readonly issues: readonly ReportedIssue[] };

function listOf(result: Classification, status: 'deprived' | 'unknown'): string[] {
  const ids: string[] = [];
  for (const indicator of result.indicators) if (indicator.status === status) ids.push(indicator.id);
  return ids;
}

const QUOTED = new Map<string, string>();

/** JSON string of a short, repeated string (indicator ids, categories), cached. */
function quoted(text: string): string {
  let json = QUOTED.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    if (QUOTED.size < 1000) QUOTED.set(text, json);
  }
  return json;
}

function quotedList(items: readonly string[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) out += (i === 0 ? '' : ',') + quoted(items[i]!);
  return `${out}]`;
}

/**
 * The compact JSON Lines record (the default), or the full classification with `full`.
 * Written by hand (same output as JSON.stringify of the same object): it is the hot path.
 */
export function jsonLine(row: OutputRow, full: boolean): string {
  let head = `{"row":${row.row}`;
  if (row.line > 0) head += `,"line":${row.line}`;
  if (row.id !== undefined) head += `,"id":${JSON.stringify(row.id)}`;
  if (!row.ok) return `${head},"ok":false,"issues":${JSON.stringify(row.issues)}}\n`;
  const result = row.result;
  let body: string;
  if (full) body = `,"result":${JSON.stringify(result)}`;
  else {
    body =
      `,"category":${quoted(result.category)},"possibleCategories":${quotedList(result.possibleCategories)}` +
      `,"deprivationCount":${result.deprivationCount},"unknownCount":${result.unknownCount}` +
      `,"perCapita":${result.income.perCapita === null ? 'null' : JSON.stringify(result.income.perCapita)}` +
      `,"deprived":${quotedList(listOf(result, 'deprived'))},"unknown":${quotedList(listOf(result, 'unknown'))}`;
  }
  const explanation = row.explanation === undefined ? '' : `,"explanation":${JSON.stringify(row.explanation)}`;
  return `${head},"ok":true${body}${explanation}}\n`;
}

/** Columns of the CSV output. */
export const CSV_OUTPUT_COLUMNS = ['row', 'line', 'id', 'ok', 'category', 'possible_categories', 'deprivation_count', 'unknown_count', 'per_capita', 'deprived', 'unknown', 'errors'] as const;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** A CSV cell, quoted (RFC 4180) when needed. */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvHeaderLine(explain: boolean): string {
  return `${[...CSV_OUTPUT_COLUMNS, ...(explain ? ['explanation'] : [])].join(',')}\n`;
}

export function csvLine(row: OutputRow, explain: boolean): string {
  const cells: string[] = [String(row.row), row.line > 0 ? String(row.line) : '', row.id === undefined ? '' : csvCell(String(row.id)), row.ok ? 'true' : 'false'];
  if (row.ok) {
    const result = row.result;
    cells.push(
      result.category,
      result.possibleCategories.join(';'),
      String(result.deprivationCount),
      String(result.unknownCount),
      result.income.perCapita ?? '',
      listOf(result, 'deprived').join(';'),
      listOf(result, 'unknown').join(';'),
      '',
    );
  } else {
    cells.push('', '', '', '', '', '', '', csvCell(row.issues.map((issue) => `${issue.field}: ${issue.message}`).join(' | ')));
  }
  if (explain) cells.push(row.ok && row.explanation !== undefined ? csvCell(row.explanation) : '');
  return `${cells.join(',')}\n`;
}
