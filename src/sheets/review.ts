/**
 * The annual review's workbook for officers, in Vietnamese (or English): the list of households
 * with last year's status, this year's category and the transition in words (every row of this
 * year's file, carried columns such as name and village kept), then one sheet per report table
 * of `reviewReportTables` (results and rates, the movement of poor and of near-poor households,
 * deprivations, last year's households missing this year). Readable back: the list sheet is a
 * valid last year's list for `readPreviousList` (its status is the column "Phân loại năm nay").
 *
 * @module
 */
import type { CategoryOrUndetermined, Locale } from '../rules/types.js';
import { reviewWords } from '../review/review.js';
import { reviewReportTables, type ReportTable, type ReviewTablesOptions } from '../review/tables.js';
import type { Review } from '../review/review.js';
import type { GroupValues, HouseholdReview, ReviewReport } from '../review/types.js';
import type { SheetResult } from './classify.js';
import { streamWorkbook, writeWorkbook, type ColumnStyle, type SheetSpec, type WriteCell } from './writer.js';

/** One row of this year's file, for the list sheet. */
export interface ReviewListRow {
  /** The row number in this year's file (spreadsheet row or CSV line). */
  row?: number;
  /** The carried cells (name, village, notes…), in the order of `carried`. */
  carried?: readonly WriteCell[];
  /** The household's review (`review.add(…)`), or `null` for a row that could not be reviewed (no household id). */
  review: HouseholdReview | null;
  /** For a row not reviewed: this year's category (`not-classified` for a row that could not be classified). */
  category?: CategoryOrUndetermined | 'not-classified';
}

/** What {@link writeReviewWorkbook} writes. */
export interface ReviewWorkbookInput {
  /** The report (`review.finish()`). */
  report: ReviewReport;
  /** The rows of this year's file, in file order (the list sheet; left out without them). */
  households?: Iterable<ReviewListRow>;
  /** Headings of the carried columns (e.g. `['STT', 'Họ tên chủ hộ', 'Thôn']`). */
  carried?: readonly string[];
}

/** What {@link streamReviewWorkbook} writes: the list may be read as it is written, and the report computed after it. */
export interface ReviewWorkbookStream {
  /** The report, or a function giving it once the list has been written (`() => review.finish()`). */
  report: ReviewReport | (() => ReviewReport);
  /** The rows of this year's file, in file order (read once, as the list sheet is written). */
  households?: Iterable<ReviewListRow> | AsyncIterable<ReviewListRow>;
  /** Headings of the carried columns. */
  carried?: readonly string[];
}

/** Options for {@link writeReviewWorkbook} and {@link streamReviewWorkbook}: those of `reviewReportTables`. */
export type ReviewWorkbookOptions = ReviewTablesOptions;

const WORDS = {
  vi: {
    list: 'Danh sách hộ',
    id: 'Mã hộ',
    previous: 'Tình trạng năm trước',
    current: 'Phân loại năm nay',
    kind: 'Chuyển đổi',
    possible: 'Các khả năng',
    row: 'Dòng trong tệp',
    noId: 'không có mã hộ: không ghép được với danh sách năm trước',
    status: { poor: 'Hộ nghèo', 'near-poor': 'Hộ cận nghèo', none: 'Không', unknown: 'Chưa rõ' },
    category: {
      poor: 'Hộ nghèo',
      'near-poor': 'Hộ cận nghèo',
      average: 'Hộ có mức sống trung bình',
      'above-average': 'Hộ trên mức sống trung bình',
      undetermined: 'Chưa xác định',
      'not-classified': 'Lỗi — chưa phân loại',
      'not-in-file': 'Không có trong tệp năm nay',
    },
  },
  en: {
    list: 'Households',
    id: 'Household id',
    previous: 'Status last year',
    current: 'Category this year',
    kind: 'Transition',
    possible: 'Possible transitions',
    row: 'Row in file',
    noId: "no household id: cannot be matched with last year's list",
    status: { poor: 'Poor', 'near-poor': 'Near-poor', none: 'None', unknown: 'Unknown' },
    category: {
      poor: 'Poor',
      'near-poor': 'Near-poor',
      average: 'Average',
      'above-average': 'Above average',
      undetermined: 'Undetermined',
      'not-classified': 'Error — not classified',
      'not-in-file': "Not in this year's file",
    },
  },
} as const;

/**
 * Adds one row of `classifySheets` to a review, as the CLI's `review` and the commune page do:
 * a row with a household id is matched with last year's list (`review.add`; a row that could not
 * be classified counts as "not classified"); a second row of an id (`duplicate_id`) is counted
 * under its own key `<id>#<row>` (not classified, never matched: the first row keeps the id);
 * a row without an id cannot be matched and is not added — it comes back with `review: null`, to
 * be listed and fixed. Rows in = rows out: one {@link ReviewListRow} per row.
 *
 * @param review - The review (`createReview`), last year's list already added.
 * @param item - One row of `run.results()`.
 * @param group - The row's grouping values (`{ thon: 'Thôn Đông' }`), when the review has `by`.
 * @returns The row for the list sheet of {@link writeReviewWorkbook}.
 * @throws `ValidationError` (from `chuan-ngheo`) when the review refuses the record (e.g. a group
 *   field it does not know, or a finished review).
 * @example
 * ```ts
 * import { createReview } from 'chuan-ngheo';
 * import { classifySheets, readSheets, reviewSheetResult } from 'chuan-ngheo/sheets';
 * const file = 'Mã hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng;Việc làm;Bảo hiểm y tế;Nguồn nước sinh hoạt\r\n' +
 *   'H01;Nông thôn;4;1.200.000;x;x;x\r\nH01;Nông thôn;2;900.000;;;\r\n;Nông thôn;3;2.500.000;;;\r\n';
 * const run = await classifySheets(await readSheets(file), { blank: 'not-deprived', numberFormat: 'vi', date: '2025-10-20' });
 * const review = createReview({ date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' } });
 * review.addPrevious({ id: 'H01', status: 'poor' });
 * const rows = [];
 * for await (const item of run.results()) rows.push(reviewSheetResult(review, item));
 * rows.map((row) => row.review?.id ?? null); // ['H01', 'H01#3', null]
 * rows[0].review.words.vi;                   // 'vẫn là hộ nghèo'
 * review.settle();
 * review.finish().notClassified;             // 1
 * ```
 */
export function reviewSheetResult(review: Review, item: SheetResult, group?: GroupValues): ReviewListRow {
  const carried = item.carried;
  if (item.id === undefined) return { row: item.row, carried, review: null, category: item.ok ? item.result.category : 'not-classified' };
  const duplicate = !item.ok && item.issues.some((issue) => issue.code === 'duplicate_id');
  const record = {
    id: duplicate ? `${item.id}#${item.row}` : item.id,
    result: item.ok ? item.result : { index: item.index, ok: false as const, issues: [] },
    ...(group === undefined ? {} : { group }),
    ...(item.size === undefined ? {} : { persons: item.size }),
  };
  return { row: item.row, carried, review: review.add(record) };
}

/** A report table as sheet rows: the headings, the rows (counts as numbers, rates and words as text), then the legend and notes. */
function tableSheet(table: ReportTable): SheetSpec {
  const rows: WriteCell[][] = [[...table.head]];
  for (const row of table.rows) rows.push([row.label, ...row.cells.map((cell) => (cell.kind === 'count' ? cell.value : cell.text))]);
  const notes = [...table.legend, ...table.notes];
  if (notes.length > 0) rows.push([]);
  for (const note of notes) rows.push([note]);
  return { name: table.name, rows, columns: [{ width: 34, wrap: true }, ...table.head.slice(1).map(() => ({ width: 14, wrap: true }))] };
}

function listSheet(households: Iterable<ReviewListRow> | AsyncIterable<ReviewListRow>, carried: readonly string[], locale: Locale): SheetSpec {
  const w = WORDS[locale];
  const heading: WriteCell[] = [...carried, w.id, w.previous, w.current, w.kind, w.possible, w.row];
  const line = (item: ReviewListRow): WriteCell[] => {
    const cells: WriteCell[] = carried.map((_, i) => item.carried?.[i] ?? null);
    const h = item.review;
    if (h === null) return [...cells, '', '', w.category[item.category ?? 'not-classified'], w.noId, '', item.row ?? ''];
    return [
      ...cells,
      h.id,
      w.status[h.previous.status],
      w.category[h.current.category],
      h.words[locale],
      h.kind === 'undetermined' ? h.possibleKinds.map((kind) => reviewWords(kind)[locale]).join('; ') : '',
      item.row ?? '',
    ];
  };
  const rows: Iterable<readonly WriteCell[]> | AsyncIterable<readonly WriteCell[]> =
    Symbol.asyncIterator in households
      ? (async function* () {
          yield heading;
          for await (const item of households as AsyncIterable<ReviewListRow>) yield line(item);
        })()
      : (function* () {
          yield heading;
          for (const item of households as Iterable<ReviewListRow>) yield line(item);
        })();
  const columns: ColumnStyle[] = [
    ...carried.map(() => ({ width: 16 })),
    { width: 12 },
    { width: 18 },
    { width: 24 },
    { width: 50, wrap: true },
    { width: 40, wrap: true },
    { width: 8 },
  ];
  return { name: w.list, rows, columns };
}

/**
 * Writes the review's workbook (.xlsx bytes): with `households`, first the list — every row of
 * this year's file in file order (rows in = rows out) with its carried columns, household id,
 * last year's status, this year's category and the transition in words (and, when undetermined,
 * every possible transition in words) — then a sheet per report table of `reviewReportTables` ("Kết quả rà
 * soát", "Biến động hộ nghèo", "Biến động hộ cận nghèo", "Thiếu hụt", "Không có năm nay"),
 * counts as numbers, rates as the percentages the report shows, legends and notes under each.
 * Vietnamese by default. For a large file, {@link streamReviewWorkbook} writes the same
 * workbook chunk by chunk.
 *
 * @param input - `report`, and optionally the `households` rows and the `carried` headings.
 * @param options - Those of `reviewReportTables`: `locale`, `unitHeading`, `totalLabel`, `movement`, `ruleSet`…
 * @returns The workbook's bytes.
 * @throws `ValidationError` (from `chuan-ngheo`) for invalid options.
 * @example
 * ```ts
 * import { classify, createReview } from 'chuan-ngheo';
 * import { readWorkbook, writeReviewWorkbook } from 'chuan-ngheo/sheets';
 * const review = createReview({ date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' }, by: ['thon'] });
 * review.addPrevious({ id: 'H1', status: 'poor', group: { thon: 'Đông' } });
 * const result = classify({ id: 'H1', area: 'rural', size: 3, income: { perCapitaMonthly: 1800000 } });
 * const household = review.add({ result, group: { thon: 'Đông' } });
 * review.settle();
 * const bytes = writeReviewWorkbook({ report: review.finish(), households: [{ row: 2, carried: ['Lò Văn A'], review: household }], carried: ['Họ tên chủ hộ'] });
 * const book = await readWorkbook(bytes);
 * book.sheets; // ['Danh sách hộ', 'Kết quả rà soát', 'Biến động hộ nghèo', 'Biến động hộ cận nghèo', 'Thiếu hụt', 'Không có năm nay']
 * ```
 */
export function writeReviewWorkbook(input: ReviewWorkbookInput, options: ReviewWorkbookOptions = {}): Uint8Array {
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const tables = reviewReportTables(input.report, options);
  const sheets: SheetSpec[] = [];
  if (input.households !== undefined) sheets.push(listSheet(input.households, input.carried ?? [], locale));
  for (const table of tables) sheets.push(tableSheet(table));
  return writeWorkbook(sheets);
}

/**
 * Writes the same workbook as {@link writeReviewWorkbook}, chunk by chunk: the list sheet is
 * written as `households` is read (an async iterable may drive the review itself), and
 * `report` may be a function called once the list is written (`() => review.finish()`), so a
 * province's file is reviewed and written in one pass, in memory that does not grow with it.
 *
 * @param input - `report` (or a function giving it), and optionally the `households` rows and the `carried` headings.
 * @param options - Those of `reviewReportTables`.
 * @returns The workbook's bytes, in chunks.
 * @throws `ValidationError` (from `chuan-ngheo`) for invalid options (when the report sheets are reached).
 * @example
 * ```ts
 * import { createReview } from 'chuan-ngheo';
 * import { readWorkbook, streamReviewWorkbook } from 'chuan-ngheo/sheets';
 * const review = createReview({ date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' } });
 * review.addPrevious({ id: 'H9', status: 'near-poor' });
 * const chunks = [];
 * for await (const chunk of streamReviewWorkbook({ report: () => (review.settle(), review.finish()) }, { locale: 'en' })) chunks.push(chunk);
 * const book = await readWorkbook(new Blob(chunks));
 * book.sheets; // ['Results', 'Poor movement', 'Near-poor movement', 'Deprivations', 'Missing this year']
 * ```
 */
export async function* streamReviewWorkbook(input: ReviewWorkbookStream, options: ReviewWorkbookOptions = {}): AsyncGenerator<Uint8Array, void, undefined> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const reportOf = (): ReviewReport => (typeof input.report === 'function' ? input.report() : input.report);
  const sheets = (async function* (): AsyncGenerator<SheetSpec, void, undefined> {
    if (input.households !== undefined) {
      yield listSheet(input.households, input.carried ?? [], locale);
    }
    const tables = reviewReportTables(reportOf(), options);
    for (const table of tables) yield tableSheet(table);
  })();
  yield* streamWorkbook(sheets);
}
