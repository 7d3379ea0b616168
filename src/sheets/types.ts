/**
 * Types shared by the readers and writers of the sheets entry.
 *
 * @module
 */
import type { Locale } from '../rules/types.js';
import { columnLetter, say } from './messages.js';

/**
 * One cell as read: text (CSV, or a text cell of a workbook), a number or boolean (typed cells
 * of a workbook), or `null` for an empty cell.
 */
export type CellValue = string | number | boolean | null;

/** One row of a table, as read from a file. */
export interface SheetRow {
  /** The row number people see: the spreadsheet row, or the CSV line where the row starts (from 1). */
  readonly row: number;
  /** The cells, left to right. */
  readonly cells: readonly CellValue[];
}

/** A table: a CSV file or one sheet of a workbook, with its rows (heading row first). */
export interface Table {
  /** The sheet's name (for a CSV file: `"CSV"`, or the name given). */
  readonly name: string;
  /** The rows, heading row first; read lazily. */
  readonly rows: AsyncIterable<SheetRow> | Iterable<SheetRow>;
}

/**
 * One problem found in a file, a heading or a cell: a stable `code`, where it is (sheet, row,
 * heading as written in the file, the column letter) and a sentence in the chosen locale that
 * says what is wrong and how to write it.
 */
export interface SheetIssue {
  /** Stable machine-readable code, e.g. `invalid_area`, `blank_required`, `misspelt_heading`. */
  readonly code: string;
  /** The sheet's name, as in the file. */
  readonly sheet?: string;
  /** The row number people see (spreadsheet row or CSV line); absent for file-level problems. */
  readonly row?: number;
  /** The column's heading as written in the file. */
  readonly column?: string;
  /** The column's letter, e.g. `C`. */
  readonly letter?: string;
  /** The cell's value as written. */
  readonly value?: string;
  /** For a misspelt heading: the heading it most likely means. */
  readonly suggestion?: string;
  /** The whole message: where, what, and how to write it (in the locale of the run). */
  readonly message: string;
}

/**
 * Thrown when a file cannot be read as a table of households at all: its encoding, its
 * format, or its headings (unknown, misspelt, duplicated or missing columns). Every problem
 * found is listed in {@link SheetError.issues}, so one run shows them all.
 *
 * @example
 * ```ts
 * import { readCsv, classifySheets, SheetError } from 'chuan-ngheo/sheets';
 * const csv = 'Mã hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng;Bảo hiểm y tê\nH1;Nông thôn;4;1200000;x\n';
 * try {
 *   await classifySheets({ households: readCsv(csv) }, { blank: 'not-deprived' });
 * } catch (error) {
 *   if (error instanceof SheetError) {
 *     error.issues[0].code;       // 'misspelt_heading'
 *     error.issues[0].suggestion; // 'Bảo hiểm y tế'
 *   }
 * }
 * ```
 */
export class SheetError extends Error {
  /** Every problem found, in file order. */
  readonly issues: readonly SheetIssue[];

  /**
   * Creates the error from the problems found (the readers do this).
   *
   * @param issues - The problems; the message joins them.
   */
  constructor(issues: readonly SheetIssue[]) {
    super(issues.map((issue) => issue.message).join('\n') || 'the file cannot be read');
    this.name = 'SheetError';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

/** Where a problem is, for building its message. */
export interface IssuePlace {
  readonly sheet?: string | undefined;
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  readonly index?: number | undefined;
  readonly value?: string | undefined;
}

/** Shortens a value for a message. */
export function shorten(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/**
 * Builds an issue: the message is the place (sheet, row, heading and letter), then the
 * problem, in `locale`.
 *
 * @internal
 */
export function makeIssue(
  locale: Locale,
  code: string,
  place: IssuePlace,
  detail: string,
  extra: { suggestion?: string; showSheet?: boolean } = {},
): SheetIssue {
  const letter = place.index === undefined ? undefined : columnLetter(place.index);
  let where: string;
  if (place.row !== undefined)
    where = say(locale, extra.showSheet === true && place.sheet !== undefined ? 'at.sheetRow' : 'at.row', { row: String(place.row), sheet: place.sheet ?? '' });
  else if (extra.showSheet === true && place.sheet !== undefined) where = say(locale, 'at.sheet', { sheet: place.sheet });
  else where = say(locale, 'at.file');
  if (place.column !== undefined) where += say(locale, 'at.column', { column: shorten(place.column), letter: letter ?? '' });
  else if (letter !== undefined) where += ` (${letter})`;
  const issue: { -readonly [K in keyof SheetIssue]: SheetIssue[K] } = { code, message: `${where}: ${detail}.` };
  if (place.sheet !== undefined) issue.sheet = place.sheet;
  if (place.row !== undefined) issue.row = place.row;
  if (place.column !== undefined) issue.column = place.column;
  if (letter !== undefined) issue.letter = letter;
  if (place.value !== undefined) issue.value = place.value;
  if (extra.suggestion !== undefined) issue.suggestion = extra.suggestion;
  return issue;
}
