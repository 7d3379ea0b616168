/**
 * The two side files of a commune's annual review, read from what a commune has (CSV as Excel
 * saves it, or a workbook — this library's own results and review workbooks included):
 * last year's list ({@link readPreviousList} → `PreviousRecord`s) and the resident totals per
 * village ({@link readResidentTotals} → `ResidentTotal`s), the inputs of `createReview`.
 * Headings are matched tolerantly (case, diacritics, spacing), statuses are read from the words
 * officers write and copied as written — never inferred — and every row is accounted for: read
 * into a record, or refused with an issue naming its row, column and value.
 *
 * @module
 */
import { z } from 'zod';
import { parseOrThrow } from '../input/validate.js';
import type { ListedStatus, PreviousRecord, ResidentTotal } from '../review/types.js';
import type { Locale } from '../rules/types.js';
import { normalizeKey, normalizeWords } from './normalize.js';
import { HOUSEHOLD_ID_HEADINGS, VILLAGE_HEADINGS } from './headings.js';
import { makeIssue, SheetError, type CellValue, type SheetIssue, type SheetRow, type Table } from './types.js';
import { parseDecimal, written } from './values.js';
import { readSheets, type WorkbookInput } from './workbook.js';
import type { Encoding } from './text.js';
import type { Delimiter } from './csv.js';

/** What the readers of side files take: a table already read (`readSheets(…).households`, `readCsv`), or the file itself. */
export type ListInput = Table | WorkbookInput | string;

/** Options for {@link readPreviousList} and {@link readResidentTotals}. */
export interface ListOptions {
  /**
   * The review's grouping fields (`createReview`'s `by`), e.g. `['thon']`. Each is read from the
   * column of that heading; a field named like a village ("thon", "Thôn", "xom", "village"…) is
   * read from the file's village column whatever it is called ("Thôn", "Xóm", "Ấp", "Tổ dân phố"…).
   */
  by?: string[];
  /** The language of the issues: `vi` (default) or `en`. */
  locale?: Locale;
  /** For CSV bytes: the encoding (see `readCsv`). */
  encoding?: Encoding;
  /** For CSV: the separator (default: detected). */
  delimiter?: Delimiter;
  /** The file's name, for messages (default: the sheet's name). */
  name?: string;
}

/** Last year's list as read. */
export interface PreviousList {
  /** The households read, each with its row in the file, in file order: `review.addPrevious(record)`. */
  readonly records: readonly {
    /** The row number people see. */
    readonly row: number;
    /** The household on last year's list. */
    readonly record: PreviousRecord;
  }[];
  /** Problems of rows and cells (a refused row, or an earlier year's cell not used), in file order. */
  readonly issues: readonly SheetIssue[];
  /** Non-blank rows below the heading row: `records.length` + the rows refused (rows in = rows out). */
  readonly rows: number;
  /** Rows refused (no id, a status that is not one, a second row of an id). */
  readonly refused: number;
  /** The list's year from its status heading ("Phân loại năm 2024", "Năm 2024"), or `null`. */
  readonly year: number | null;
  /** The headings as written in the file. */
  readonly headings: readonly string[];
  /** The heading of the column the status was read from. */
  readonly statusColumn: string;
}

/** One row of last year's list, as {@link streamPreviousList} reads it. */
export interface PreviousListEntry {
  /** The row number people see. */
  readonly row: number;
  /** The household, or `null` when the row is refused (its issues say why). */
  readonly record: PreviousRecord | null;
  /** The row's problems: the reason it is refused, or an earlier year's cell not used. */
  readonly issues: readonly SheetIssue[];
}

/** Last year's list, read one row at a time. */
export interface PreviousListStream {
  /** The list's year from its status heading, or `null`. */
  readonly year: number | null;
  /** The headings as written in the file. */
  readonly headings: readonly string[];
  /** The heading of the column the status is read from. */
  readonly statusColumn: string;
  /** The non-blank rows below the heading row, in file order (read once). */
  readonly entries: AsyncIterable<PreviousListEntry>;
}

/** Resident totals as read. */
export interface ResidentTotals {
  /** The totals read, each with its row, in file order: `createReview({ totals })`. */
  readonly totals: readonly {
    /** The row number people see. */
    readonly row: number;
    /** The total. */
    readonly total: ResidentTotal;
  }[];
  /** Problems of rows and cells, in file order. */
  readonly issues: readonly SheetIssue[];
  /** Non-blank rows below the heading row: `totals.length` + the rows refused. */
  readonly rows: number;
  /** Rows refused (a count that is not a whole number, a second total for a unit, a village total the review cannot use). */
  readonly refused: number;
  /** The headings as written in the file. */
  readonly headings: readonly string[];
}

const keys = (list: readonly string[]): Set<string> => new Set(list.map(normalizeKey));
const ID = keys([...HOUSEHOLD_ID_HEADINGS, 'id', 'householdId']);
const VILLAGE = keys(VILLAGE_HEADINGS);
/** A status heading, optionally with its year: "Phân loại", "Tình trạng năm trước", "Kết quả rà soát năm 2024"… */
const STATUS =
  /^(?:phan loai(?: ho)?|ket qua(?: ra soat)?|tinh trang|loai ho|danh sach|status|category)(?:( nam truoc| last year)| nam nay| this year| (?:nam )?(\d{4}))?$/;
/** A column of one year's status: "Năm 2023", "2023". */
const YEAR = /^(?:nam )?(\d{4})$/;
const HOUSEHOLDS = /^(?:tong )?so ho(?: dan cu)?$|^ho dan cu$|^tong so ho dan cu$|^tong ho$|^(?:resident )?households$/;
const PERSONS = /^(?:tong )?so nhan khau(?: dan cu)?$|^nhan khau$|^tong so nguoi$|^(?:resident )?persons$/;
/** Unit cells that stand for the whole area in a totals file (as does a blank one). */
const WHOLE = keys(['Toàn xã', 'Cả xã', 'Tổng', 'Tổng cộng', 'Tổng số', 'Xã', 'Toàn phường', 'Toàn thị trấn', 'Total', 'Whole area']);

const statusWords = (status: ListedStatus, words: readonly string[]): [string, ListedStatus][] => words.map((w) => [normalizeKey(w), status]);
/** Status words (a blank status cell is "none": not on the list as poor or near-poor; see {@link statusOf}). */
const STATUS_WORDS = new Map<string, ListedStatus>([
  ...statusWords('poor', ['Hộ nghèo', 'nghèo', 'poor', 'HN']),
  ...statusWords('near-poor', ['Hộ cận nghèo', 'cận nghèo', 'near-poor', 'near poor', 'HCN', 'CN']),
  ...statusWords('none', [
    'Không',
    'none',
    'không nghèo',
    'thoát nghèo',
    'hộ thoát nghèo',
    'thoát cận nghèo',
    'hộ thoát cận nghèo',
    'Hộ có mức sống trung bình',
    'có mức sống trung bình',
    'trung bình',
    'average',
    'Hộ trên mức sống trung bình',
    'trên mức sống trung bình',
    'above average',
    'above-average',
    'không thuộc hộ nghèo, cận nghèo',
    // The words of this library's results workbook ("Phân loại"), so last year's results are this year's list.
    'Hộ không thuộc diện nghèo, cận nghèo hay có mức sống trung bình',
  ]),
]);

/** A status cell: blank is "none"; otherwise a status word (a cell of only punctuation, "?", is not one). */
function statusOf(text: string): ListedStatus | undefined {
  if (text === '') return 'none';
  const key = normalizeKey(text);
  return key === '' ? undefined : STATUS_WORDS.get(key);
}

const T = {
  vi: {
    noHeading: 'không tìm thấy dòng tiêu đề có cột {what} (trong 30 dòng đầu)',
    idWhat: '«Mã hộ»',
    totalsWhat: '«Thôn» hoặc «Tổng số hộ dân cư»',
    noStatus: 'không có cột tình trạng năm trước (ví dụ «Phân loại năm 2024», «Kết quả rà soát», «Năm 2024»); các tiêu đề: {headings}',
    noHouseholds: 'không có cột số hộ dân cư (ví dụ «Tổng số hộ dân cư», «Số hộ»); các tiêu đề: {headings}',
    blankId: 'ô để trống; ghi mã hộ — dòng này không được dùng',
    status: '«{value}» không phải tình trạng đã công nhận; ghi «Hộ nghèo», «Hộ cận nghèo» hoặc «Không» (ô trống là «Không») — dòng này không được dùng',
    history: '«{value}» không phải tình trạng; năm {year} của hộ này không được dùng',
    duplicateId: 'mã hộ «{value}» đã có ở dòng {first}; mỗi hộ chỉ một dòng — dòng này không được dùng',
    count: '«{value}» không phải số nguyên không âm; ghi {what} như 142 hoặc 1.100 — dòng này không được dùng',
    personsCount: '«{value}» không phải số nguyên không âm; dòng này chỉ dùng số hộ',
    households: 'số hộ',
    duplicateTotal: '«{unit}» đã có ở dòng {first}; dòng này không được dùng',
    whole: 'toàn địa bàn',
    notUsed: 'bản rà soát không chia theo «{unit}», nên số hộ của từng đơn vị không dùng được (chỉ dùng dòng toàn địa bàn, ví dụ «Toàn xã»)',
  },
  en: {
    noHeading: 'no heading row with a {what} column (in the first 30 rows)',
    idWhat: '"Mã hộ" (household id)',
    totalsWhat: '"Thôn" (village) or "Tổng số hộ dân cư" (resident households)',
    noStatus: 'no column of last year\'s status (e.g. "Phân loại năm 2024", "Kết quả rà soát", "Năm 2024"); the headings are: {headings}',
    noHouseholds: 'no column of resident households (e.g. "Tổng số hộ dân cư", "Số hộ"); the headings are: {headings}',
    blankId: 'the cell is blank; write the household id — this row is not used',
    status:
      '"{value}" is not a recognised status; write "Hộ nghèo" (poor), "Hộ cận nghèo" (near-poor) or "Không" (none; a blank cell is none) — this row is not used',
    history: '"{value}" is not a status; this household\'s year {year} is not used',
    duplicateId: 'household id "{value}" is already on row {first}; one row per household — this row is not used',
    count: '"{value}" is not a whole number; write the {what} such as 142 or 1.100 — this row is not used',
    personsCount: '"{value}" is not a whole number; only the households of this row are used',
    households: 'households',
    duplicateTotal: '"{unit}" is already on row {first}; this row is not used',
    whole: 'the whole area',
    notUsed: 'the review is not grouped by "{unit}", so a unit\'s total cannot be used (only the whole area\'s row, e.g. "Toàn xã")',
  },
} as const;

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
const cut = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max)}…` : text);
const blankRow = (row: SheetRow): boolean => row.cells.every((cell) => written(cell) === '');

let schema: z.ZodType<ListOptions> | undefined;

function parseOptions(options: ListOptions): ListOptions {
  schema ??= z.strictObject({
    by: z.array(z.string().min(1).max(64)).max(8).optional(),
    locale: z.enum(['vi', 'en']).optional(),
    encoding: z.string().min(1).max(40).optional(),
    delimiter: z.enum([',', ';', '\t']).optional(),
    name: z.string().min(1).max(500).optional(),
  }) as z.ZodType<ListOptions>;
  return parseOrThrow(schema, options, { subject: 'options' });
}

function isTable(input: ListInput): input is Table {
  return typeof input === 'object' && input !== null && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer) && 'rows' in input && 'name' in input;
}

async function tableOf(input: ListInput, options: ListOptions): Promise<Table> {
  if (isTable(input)) return input;
  const csv: { locale?: Locale; encoding?: Encoding; delimiter?: Delimiter; name?: string } = {};
  if (options.locale !== undefined) csv.locale = options.locale;
  if (options.encoding !== undefined) csv.encoding = options.encoding;
  if (options.delimiter !== undefined) csv.delimiter = options.delimiter;
  if (options.name !== undefined) csv.name = options.name;
  return (await readSheets(input, csv)).households;
}

/** The heading row (the first of the first 30 non-blank rows with a cell `wanted` accepts) and the rows under it. */
async function headed(
  table: Table,
  wanted: (key: string, words: string) => boolean,
): Promise<{ heading: SheetRow; rows: AsyncGenerator<SheetRow, void, undefined> } | null> {
  const source = table.rows;
  const iterator = (
    Symbol.asyncIterator in source ? (source as AsyncIterable<SheetRow>)[Symbol.asyncIterator]() : (source as Iterable<SheetRow>)[Symbol.iterator]()
  ) as AsyncIterator<SheetRow> | Iterator<SheetRow>;
  let looked = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) return null;
    const row = next.value;
    if (blankRow(row)) continue;
    if (row.cells.some((cell) => written(cell) !== '' && wanted(normalizeKey(written(cell)), normalizeWords(written(cell))))) {
      return {
        heading: row,
        rows: (async function* () {
          for (;;) {
            const following = await iterator.next();
            if (following.done === true) return;
            if (!blankRow(following.value)) yield following.value;
          }
        })(),
      };
    }
    if (++looked >= 30) return null;
  }
}

/** The column of each `by` field: a heading of that name, else (for a village-like name) the village column. */
function groupColumns(headings: readonly string[], by: readonly string[]): number[] {
  return by.map((field) => {
    const exact = headings.findIndex((heading) => normalizeKey(heading) === normalizeKey(field));
    if (exact !== -1 || !VILLAGE.has(normalizeKey(field))) return exact;
    return headings.findIndex((heading) => VILLAGE.has(normalizeKey(heading)));
  });
}

function fileError(locale: Locale, sheet: string, code: string, detail: string): SheetError {
  return new SheetError([makeIssue(locale, code, { sheet }, detail, { showSheet: true })]);
}

const headingList = (headings: readonly string[], locale: Locale): string =>
  headings
    .filter((heading) => heading !== '')
    .map((heading) => (locale === 'vi' ? `«${cut(heading, 40)}»` : `"${cut(heading, 40)}"`))
    .join(', ');

/**
 * Reads last year's list — a CSV or workbook with a household-id column ("Mã hộ") and a status
 * column ("Phân loại năm 2024", "Tình trạng", "Kết quả rà soát", or the latest "Năm 2024"
 * column) — into the records `createReview(…).addPrevious` takes. Statuses are the words officers
 * write ("Hộ nghèo", "Hộ cận nghèo", "Không", "thoát nghèo"…, a blank cell is "none") and the
 * category words of this library's results workbook, so this year's results are next year's
 * list; earlier "Năm 2023" columns become the history; the village column gives the group.
 * Title rows above the headings are skipped. Every non-blank row is read or refused: no id, a
 * status that is not one ("Chưa xác định", "Lỗi — chưa phân loại") or a second row of an id is
 * an issue naming its row, column and value, and the row is not used.
 *
 * @param input - The file (text, bytes, `ArrayBuffer`, `Blob`) or a table already read.
 * @param options - `by` (the review's grouping fields), `locale` of the issues, CSV `encoding`,
 *   `delimiter`, `name`.
 * @returns The records with their rows, the issues, the counts and the list's year when its heading gives one.
 * @throws {@link SheetError} when the file cannot be read, or has no id or status column.
 * @throws `ValidationError` (from `chuan-ngheo`) for invalid options.
 * @example
 * ```ts
 * import { readPreviousList } from 'chuan-ngheo/sheets';
 * const file = '\uFEFFMã hộ;Thôn;Phân loại năm 2024;Năm 2023\r\nH01;Thôn Đông;Hộ nghèo;Hộ nghèo\r\nH02;Thôn Đông;Hộ cận nghèo;\r\nH03;Thôn Tây;Chưa xác định;\r\n';
 * const list = await readPreviousList(file, { by: ['thon'] });
 * list.year;                   // 2024
 * list.records[0].record;      // { id: 'H01', status: 'poor', history: [{ year: 2023, status: 'poor' }], group: { thon: 'Thôn Đông' } }
 * list.records.length;         // 2
 * list.issues[0].row;          // 4
 * list.issues[0].column;       // 'Phân loại năm 2024'
 * list.rows === list.records.length + list.refused; // true
 * ```
 */
export async function readPreviousList(input: ListInput, options: ListOptions = {}): Promise<PreviousList> {
  const stream = await streamPreviousList(input, options);
  const records: { row: number; record: PreviousRecord }[] = [];
  const issues: SheetIssue[] = [];
  let rows = 0;
  let refused = 0;
  for await (const entry of stream.entries) {
    rows++;
    issues.push(...entry.issues);
    if (entry.record === null) refused++;
    else records.push({ row: entry.row, record: entry.record });
  }
  return { records, issues, rows, refused, year: stream.year, headings: stream.headings, statusColumn: stream.statusColumn };
}

/**
 * {@link readPreviousList} one row at a time, for a province's list: the headings are read and
 * checked at once (the same errors), then `entries` gives each non-blank row as it is read —
 * its record (or `null` when refused) and its issues — holding only the ids seen (for second
 * rows of an id). Feed `review.addPrevious(entry.record)` as it comes.
 *
 * @param input - The file (text, bytes, `ArrayBuffer`, `Blob`) or a table already read.
 * @param options - As for {@link readPreviousList}.
 * @returns The list's year, headings and status column, and its entries (read once).
 * @throws {@link SheetError} when the file cannot be read, or has no id or status column.
 * @throws `ValidationError` (from `chuan-ngheo`) for invalid options.
 * @example
 * ```ts
 * import { streamPreviousList } from 'chuan-ngheo/sheets';
 * const list = await streamPreviousList('Mã hộ,Tình trạng\nH1,Hộ nghèo\nH2,?\n');
 * list.statusColumn; // 'Tình trạng'
 * const rows = [];
 * for await (const entry of list.entries) rows.push([entry.row, entry.record?.status ?? null, entry.issues.length]);
 * rows; // [[2, 'poor', 0], [3, null, 1]]
 * ```
 */
export async function streamPreviousList(input: ListInput, options: ListOptions = {}): Promise<PreviousListStream> {
  const parsed = parseOptions(options);
  const locale: Locale = parsed.locale ?? 'vi';
  const t = T[locale];
  const by = parsed.by ?? [];
  const table = await tableOf(input, parsed);
  const sheet = parsed.name ?? table.name;
  const found = await headed(table, (key) => ID.has(key));
  if (found === null) throw fileError(locale, sheet, 'missing_column', fill(t.noHeading, { what: t.idWhat }));
  const headings = found.heading.cells.map((cell) => written(cell));
  const idIndex = headings.findIndex((heading) => ID.has(normalizeKey(heading)));
  // The status column: a status heading (the latest year among several; "năm trước" only when nothing else), else the latest year column.
  const statuses: { index: number; year: number | null; before: boolean }[] = [];
  const years: { index: number; year: number }[] = [];
  headings.forEach((heading, index) => {
    const words = normalizeWords(heading);
    const status = STATUS.exec(words);
    if (status !== null) statuses.push({ index, year: status[2] === undefined ? null : Number(status[2]), before: status[1] !== undefined });
    else {
      const year = YEAR.exec(words);
      if (year !== null) years.push({ index, year: Number(year[1]) });
    }
  });
  let statusIndex = -1;
  let year: number | null = null;
  const current = statuses.filter((entry) => !entry.before);
  const pool = current.length > 0 ? current : statuses;
  if (pool.length > 0) {
    const chosen = pool.reduce((a, b) => ((b.year ?? -1) > (a.year ?? -1) ? b : a));
    statusIndex = chosen.index;
    year = chosen.year;
  } else if (years.length > 0) {
    const latest = years.reduce((a, b) => (b.year > a.year ? b : a));
    statusIndex = latest.index;
    year = latest.year;
  }
  if (statusIndex === -1) throw fileError(locale, sheet, 'missing_column', fill(t.noStatus, { headings: headingList(headings, locale) }));
  // Earlier years: year columns and status columns of a year before the list's.
  const history = [...years, ...statuses.filter((entry): entry is { index: number; year: number; before: boolean } => entry.year !== null)]
    .filter((entry) => entry.index !== statusIndex && (year === null || entry.year < year))
    .sort((a, b) => a.index - b.index);
  const groups = groupColumns(headings, by);

  const firstRow = new Map<string, number>();
  const source = found.rows;
  async function* entries(): AsyncGenerator<PreviousListEntry, void, undefined> {
    for await (const { row, cells } of source) {
      const issues: SheetIssue[] = [];
      const issue = (index: number, value: string, code: string, detail: string): void => {
        issues.push(makeIssue(locale, code, { sheet, row, column: headings[index] ?? '', index, value }, detail));
      };
      const text = (index: number): string => (index === -1 ? '' : written(cells[index] ?? null));
      const id = text(idIndex);
      if (id === '') {
        issue(idIndex, '', 'blank_required', t.blankId);
        yield { row, record: null, issues };
        continue;
      }
      const raw = text(statusIndex);
      const status = statusOf(raw);
      if (status === undefined) {
        issue(statusIndex, raw, 'invalid_status', fill(t.status, { value: cut(raw) }));
        yield { row, record: null, issues };
        continue;
      }
      const first = firstRow.get(id);
      if (first !== undefined) {
        issue(idIndex, id, 'duplicate_id', fill(t.duplicateId, { value: cut(id), first: String(first) }));
        yield { row, record: null, issues };
        continue;
      }
      firstRow.set(id, row);
      const record: PreviousRecord = { id, status };
      const earlier: { year: number; status: ListedStatus }[] = [];
      for (const entry of history) {
        const value = text(entry.index);
        if (value === '') continue;
        const past = statusOf(value);
        if (past === undefined) issue(entry.index, value, 'invalid_history', fill(t.history, { value: cut(value), year: String(entry.year) }));
        else earlier.push({ year: entry.year, status: past });
      }
      if (earlier.length > 0) record.history = earlier;
      const group: Record<string, string | null> = {};
      by.forEach((field, i) => {
        if (groups[i] !== -1) group[field] = text(groups[i]!) || null;
      });
      if (Object.keys(group).length > 0) record.group = group;
      yield { row, record, issues };
    }
  }
  return { year, headings, statusColumn: headings[statusIndex]!, entries: entries() };
}

/** A whole number of a count cell: a typed number, or text such as "142", "1.100", "1 100". */
function wholeNumber(cell: CellValue): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 && cell <= 1_000_000_000 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const read = parseDecimal(cell, 'vi');
  if (!read.ok || !/^\d{1,10}$/.test(read.value)) return undefined;
  const value = Number(read.value);
  return value <= 1_000_000_000 ? value : undefined;
}

/**
 * Reads the resident totals — all resident households (and persons) per village and for the
 * whole area, the denominators of the review's rates — from a CSV or workbook with a unit
 * column ("Thôn", "Xóm", "Ấp"… or a `by` field's heading), a households column ("Tổng số hộ dân
 * cư", "Số hộ") and optionally a persons column ("Tổng số nhân khẩu"). A blank unit cell, or
 * "Toàn xã" / "Tổng cộng", is the whole area. Counts are whole numbers as officers write them
 * (`1.100`, `1 100`, or a typed cell). Every non-blank row is read or refused: a count that is
 * not a whole number, a second row for a unit, or a village's row when the review has no `by`
 * is an issue naming its row, column and value, and the row is not used.
 *
 * @param input - The file (text, bytes, `ArrayBuffer`, `Blob`) or a table already read.
 * @param options - `by` (the review's grouping fields), `locale` of the issues, CSV `encoding`,
 *   `delimiter`, `name`.
 * @returns The totals with their rows, the issues and the counts.
 * @throws {@link SheetError} when the file cannot be read, or has no households column.
 * @throws `ValidationError` (from `chuan-ngheo`) for invalid options.
 * @example
 * ```ts
 * import { readResidentTotals } from 'chuan-ngheo/sheets';
 * const file = 'Thôn;Tổng số hộ dân cư;Tổng số nhân khẩu\r\nThôn Đông;142;531\r\nThôn Tây;1.180;x\r\nToàn xã;1.322;\r\n';
 * const read = await readResidentTotals(file, { by: ['thon'] });
 * read.totals.map(({ total }) => total);
 * // [{ group: { thon: 'Thôn Đông' }, households: 142, persons: 531 }, { group: { thon: 'Thôn Tây' }, households: 1180 }, { group: {}, households: 1322 }]
 * read.issues[0].message; // 'Dòng 3, cột «Tổng số nhân khẩu» (C): «x» không phải số nguyên không âm; dòng này chỉ dùng số hộ.'
 * ```
 */
export async function readResidentTotals(input: ListInput, options: ListOptions = {}): Promise<ResidentTotals> {
  const parsed = parseOptions(options);
  const locale: Locale = parsed.locale ?? 'vi';
  const t = T[locale];
  const by = parsed.by ?? [];
  const table = await tableOf(input, parsed);
  const sheet = parsed.name ?? table.name;
  const byKeys = new Set(by.map(normalizeKey));
  const found = await headed(table, (key, words) => VILLAGE.has(key) || byKeys.has(key) || HOUSEHOLDS.test(words));
  if (found === null) throw fileError(locale, sheet, 'missing_column', fill(t.noHeading, { what: t.totalsWhat }));
  const headings = found.heading.cells.map((cell) => written(cell));
  const householdsIndex = headings.findIndex((heading) => HOUSEHOLDS.test(normalizeWords(heading)));
  const personsIndex = headings.findIndex((heading) => PERSONS.test(normalizeWords(heading)));
  if (householdsIndex === -1) throw fileError(locale, sheet, 'missing_column', fill(t.noHouseholds, { headings: headingList(headings, locale) }));
  const groups = groupColumns(headings, by);
  // Without `by`, a village column still tells a village's row from the whole area's.
  const unitIndex = by.length > 0 ? groups[0]! : headings.findIndex((heading) => VILLAGE.has(normalizeKey(heading)));

  const totals: { row: number; total: ResidentTotal }[] = [];
  const issues: SheetIssue[] = [];
  const firstRow = new Map<string, number>();
  let rows = 0;
  let refused = 0;
  const issue = (row: number, index: number, value: string, code: string, detail: string): void => {
    issues.push(makeIssue(locale, code, { sheet, row, column: headings[index] ?? '', index, value }, detail));
  };
  for await (const { row, cells } of found.rows) {
    rows++;
    const text = (index: number): string => (index === -1 ? '' : written(cells[index] ?? null));
    const households = wholeNumber(cells[householdsIndex] ?? null);
    if (households === undefined) {
      refused++;
      issue(row, householdsIndex, text(householdsIndex), 'invalid_integer', fill(t.count, { value: cut(text(householdsIndex)), what: t.households }));
      continue;
    }
    const unit = text(unitIndex);
    // A blank unit is the whole area; a cell of only punctuation ("-") is a unit name, not a blank.
    const whole = unit === '' || (normalizeKey(unit) !== '' && WHOLE.has(normalizeKey(unit)));
    if (!whole && by.length === 0) {
      refused++;
      issue(row, unitIndex, unit, 'total_not_used', fill(t.notUsed, { unit: headings[unitIndex] ?? '' }));
      continue;
    }
    const group: Record<string, string> = {};
    if (!whole) {
      for (let i = 0; i < by.length; i++) {
        const value = text(groups[i]!);
        if (value === '') break;
        group[by[i]!] = value;
      }
    }
    const key = JSON.stringify(by.filter((field) => field in group).map((field) => group[field]));
    const first = firstRow.get(key);
    if (first !== undefined) {
      refused++;
      issue(
        row,
        whole ? householdsIndex : unitIndex,
        whole ? text(householdsIndex) : unit,
        'duplicate_total',
        fill(t.duplicateTotal, { unit: whole ? unit || t.whole : Object.values(group).join(' / '), first: String(first) }),
      );
      continue;
    }
    firstRow.set(key, row);
    const total: ResidentTotal = { group, households };
    if (personsIndex !== -1 && text(personsIndex) !== '') {
      const persons = wholeNumber(cells[personsIndex] ?? null);
      if (persons === undefined) issue(row, personsIndex, text(personsIndex), 'invalid_integer', fill(t.personsCount, { value: cut(text(personsIndex)) }));
      else total.persons = persons;
    }
    totals.push({ row, total });
  }
  return { totals, issues, rows, refused, headings };
}
