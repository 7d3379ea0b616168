/**
 * Encoding the results: JSON Lines (written by hand on the hot path, same bytes as
 * `JSON.stringify`) or CSV (csv-stringify, with spreadsheet formulas escaped), and the issues of
 * a failed row, capped. Node-only; writing is in files.ts.
 *
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { Classification } from '../engine/result.js';
import { formatPath, type ValidationIssue } from '../errors.js';
import { countText, cut } from './text.js';

/** At most this many issues are written per failed row; the rest are counted (`moreIssues`). */
export const MAX_ISSUES_PER_ROW = 20;
/** Longest issue message written (characters); longer ones are cut with `…`. */
export const MAX_MESSAGE_LENGTH = 500;
/** Longest path element or field name written (characters). */
export const MAX_PATH_PART_LENGTH = 200;

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

/** The issues of a failed row as written: the first {@link MAX_ISSUES_PER_ROW}, and how many more. */
export interface ReportedIssues {
  readonly issues: ReportedIssue[];
  /** Issues not written (0 when all are). */
  readonly more: number;
}

/**
 * The issues of a failed row as the CLI writes them: at most {@link MAX_ISSUES_PER_ROW} (so a
 * failed row is never much larger than its input — 100,000 unknown keys are 20 issues and a
 * count), with messages and path elements cut to a bounded length.
 */
export function reportIssues(issues: readonly ValidationIssue[], csv: boolean): ReportedIssues {
  const shown = issues.length > MAX_ISSUES_PER_ROW ? issues.slice(0, MAX_ISSUES_PER_ROW) : issues;
  return {
    issues: shown.map((issue) => {
      const path = issue.path.slice(0, 16).map((part) => (typeof part === 'string' ? cut(part, MAX_PATH_PART_LENGTH) : part));
      return { field: cut(fieldOf(path, csv), MAX_PATH_PART_LENGTH), path, code: cut(issue.code, 60), message: cut(issue.message, MAX_MESSAGE_LENGTH) };
    }),
    more: issues.length - shown.length,
  };
}

/** `… and 99,980 more issues` (empty for 0). */
export function moreText(more: number): string {
  return more === 0 ? '' : `… and ${countText(more)} more issue${more === 1 ? '' : 's'}`;
}

/** A row as the CLI writes it. */
export type OutputRow =
  | {
      readonly row: number;
      readonly line: number;
      readonly id: string | number | undefined;
      readonly ok: true;
      readonly result: Classification;
      readonly explanation: string | undefined;
    }
  | {
      readonly row: number;
      readonly line: number;
      readonly id: string | number | undefined;
      readonly ok: false;
      readonly issues: readonly ReportedIssue[];
      readonly more?: number;
    };

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
  if (!row.ok)
    return `${head},"ok":false,"issues":${JSON.stringify(row.issues)}${row.more !== undefined && row.more > 0 ? `,"moreIssues":${row.more}` : ''}}\n`;
  const result = row.result;
  let body: string;
  if (full) body = `,"result":${JSON.stringify(result)}`;
  else {
    body =
      `,"category":${quoted(result.category)},"possibleCategories":${quotedList(result.possibleCategories)}` +
      `,"deprivationCount":${result.deprivationCount},"unknownCount":${result.unknownCount}` +
      `,"perCapita":${JSON.stringify(result.income.perCapita)}` +
      `,"deprived":${quotedList(listOf(result, 'deprived'))},"unknown":${quotedList(listOf(result, 'unknown'))}`;
  }
  const explanation = row.explanation === undefined ? '' : `,"explanation":${JSON.stringify(row.explanation)}`;
  return `${head},"ok":true${body}${explanation}}\n`;
}

/** Columns of the CSV output. */
export const CSV_OUTPUT_COLUMNS = [
  'row',
  'line',
  'id',
  'ok',
  'category',
  'possible_categories',
  'deprivation_count',
  'unknown_count',
  'per_capita',
  'deprived',
  'unknown',
  'errors',
] as const;

/**
 * csv-stringify's options: RFC 4180 quoting (and cells with leading or trailing spaces quoted, so
 * that readers that trim keep them), and `escape_formulas`: a cell starting with `=`, `+`, `-`,
 * `@`, tab or CR (or their full-width forms) is prefixed with `'`, so that a spreadsheet shows
 * it as text instead of running it (CSV formula injection: an id like `=HYPERLINK(…)`).
 */
export const CSV_OPTIONS = { escape_formulas: true, quoted_match: /^\s|\s$/, eof: true } as const;

/**
 * Cells csv-stringify writes unchanged (word characters, `.`, `;`, `:`, and `-` after the first
 * character): the hot path writes them as they are and hands every other cell to csv-stringify
 * (test/cli.limits.test.ts checks the two agree on any text). Most cells — numbers, categories,
 * indicator lists, ASCII ids — take the fast path; csv-stringify for every cell would cost a
 * third of a CSV run.
 */
const PLAIN = /^(?:[\w.;:][\w.;:-]*)?$/;

/** A CSV cell, quoted (RFC 4180) when needed and escaped when a spreadsheet would read it as a formula. */
export function csvCell(value: string): string {
  return PLAIN.test(value) ? value : stringify([[value]], CSV_OPTIONS).slice(0, -1);
}

/** CSV text of some rows of cells: the same as csv-stringify's `stringify(rows, CSV_OPTIONS)`. */
export function csvText(rows: readonly (readonly string[])[]): string {
  let text = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += i === 0 ? csvCell(row[i]!) : `,${csvCell(row[i]!)}`;
    text += `${line}\n`;
  }
  return text;
}

export function csvHeaderLine(explain: boolean): string {
  return csvText([[...CSV_OUTPUT_COLUMNS, ...(explain ? ['explanation'] : [])]]);
}

/** The CSV cells of a row. */
export function csvCells(row: OutputRow, explain: boolean): string[] {
  const cells: string[] = [String(row.row), row.line > 0 ? String(row.line) : '', row.id === undefined ? '' : String(row.id), row.ok ? 'true' : 'false'];
  if (row.ok) {
    const result = row.result;
    cells.push(
      result.category,
      result.possibleCategories.join(';'),
      String(result.deprivationCount),
      String(result.unknownCount),
      result.income.perCapita,
      listOf(result, 'deprived').join(';'),
      listOf(result, 'unknown').join(';'),
      '',
    );
  } else {
    const errors = row.issues.map((issue) => `${issue.field}: ${issue.message}`);
    if (row.more !== undefined && row.more > 0) errors.push(moreText(row.more));
    cells.push('', '', '', '', '', '', '', errors.join(' | '));
  }
  if (explain) cells.push(row.ok && row.explanation !== undefined ? row.explanation : '');
  return cells;
}

/** The CSV line of a row. */
export function csvLine(row: OutputRow, explain: boolean): string {
  return csvText([csvCells(row, explain)]);
}
