/**
 * Writing results: JSON Lines or CSV, buffered, with backpressure respected. Node-only.
 *
 * @module
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Classification } from '../classify.js';
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
  | { readonly row: number; readonly line: number; readonly id?: string | number; readonly ok: true; readonly result: Classification; readonly explanation?: string }
  | { readonly row: number; readonly line: number; readonly id?: string | number; readonly ok: false; readonly issues: readonly ReportedIssue[] };

function listOf(result: Classification, status: 'deprived' | 'unknown'): string[] {
  const ids: string[] = [];
  for (const indicator of result.indicators) if (indicator.status === status) ids.push(indicator.id);
  return ids;
}

/** The compact JSON Lines record (the default), or the full classification with `full`. */
export function jsonLine(row: OutputRow, full: boolean): string {
  const head: Record<string, unknown> = { row: row.row };
  if (row.line > 0) head.line = row.line;
  if (row.id !== undefined) head.id = row.id;
  head.ok = row.ok;
  if (!row.ok) {
    head.issues = row.issues;
    return `${JSON.stringify(head)}\n`;
  }
  const result = row.result;
  if (full) head.result = result;
  else {
    head.category = result.category;
    head.possibleCategories = result.possibleCategories;
    head.deprivationCount = result.deprivationCount;
    head.unknownCount = result.unknownCount;
    head.perCapita = result.income.perCapita;
    head.deprived = listOf(result, 'deprived');
    head.unknown = listOf(result, 'unknown');
  }
  if (row.explanation !== undefined) head.explanation = row.explanation;
  return `${JSON.stringify(head)}\n`;
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
