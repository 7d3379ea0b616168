/**
 * Writing results for officers: a workbook with the results (the carried columns — STT,
 * name, village — then the category in words, the number and names of the deprived
 * indicators, what is missing for undetermined households, optionally the explanation), a
 * summary sheet per village and an errors sheet; or CSV for Excel. And the empty review
 * workbook (template) to type the forms into.
 *
 * @module
 */
import { createSummarizer, explain, getRuleSet, type Classification, type RuleSet, type Summary, type SummaryFigures } from '../index.js';
import { commonEn } from '../render/locales/en.js';
import { commonVi } from '../render/locales/vi.js';
import type { Locale, MessageCatalogue } from '../rules/types.js';
import type { SheetResult, SheetRun } from './classify.js';
import { csvLine, type Delimiter } from './csv.js';
import { columnLetter } from './messages.js';
import type { LayoutColumn } from './headings.js';
import { normalizeKey } from './normalize.js';
import type { SheetIssue } from './types.js';
import { streamWorkbook, writeWorkbook, type ColumnStyle, type SheetSpec, type WriteCell } from './writer.js';

const COMMON: Readonly<Record<Locale, MessageCatalogue>> = { vi: commonVi, en: commonEn };

const VI_WORDS = {
  results: 'Kết quả',
  summary: 'Tổng hợp',
  errors: 'Lỗi',
  row: 'Dòng trong tệp',
  id: 'Mã hộ',
  area: 'Khu vực',
  size: 'Số nhân khẩu',
  perCapita: 'Thu nhập bình quân đầu người (đồng/người/{period})',
  category: 'Phân loại',
  count: 'Số chỉ số thiếu hụt',
  deprived: 'Các chỉ số thiếu hụt',
  missing: 'Cần xác minh',
  problems: 'Lỗi cần sửa',
  explanation: 'Giải thích',
  error: 'Lỗi — chưa phân loại',
  scoreAbove: 'điểm trên ngưỡng: cần thu nhập bằng tiền để phân biệt {possible}',
  sheet: 'Trang',
  column: 'Cột',
  value: 'Giá trị',
  message: 'Nội dung lỗi',
  code: 'Mã lỗi',
  all: 'Tổng cộng',
  noKey: '(không ghi)',
  rows: 'Số hộ trong tệp',
  poor: 'Hộ nghèo',
  nearPoor: 'Hộ cận nghèo',
  average: 'Hộ có mức sống trung bình',
  aboveAverage: 'Hộ trên mức sống trung bình',
  undetermined: 'Chưa xác định',
  failed: 'Lỗi (chưa phân loại)',
  indicator: 'Chỉ số',
  deprivedAll: 'Số hộ thiếu hụt (mọi hộ đã phân loại)',
  deprivedPoor: 'Trong đó: hộ nghèo và cận nghèo',
  unknown: 'Số hộ chưa rõ',
  blankNote: 'Ô chỉ số để trống: {cells} ô ở {households} hộ được đọc là «{meaning}».',
  'blank.not-deprived': 'không thiếu hụt',
  'blank.unknown': 'chưa rõ',
  rateNote: 'Tỷ lệ hộ nghèo, cận nghèo tính trên tổng số hộ dân cư của thôn, xã — không phải trên số hộ trong tệp này.',
  duplicatesNote: 'Dòng trùng mã hộ (không phân loại): {count}.',
  ruleSetNote: 'Chuẩn áp dụng: {title} ({id}, phiên bản {version}; dấu vân tay {fingerprint}).',
  membersNote: 'Trang thành viên: {rows} dòng, {joined} ghép được vào hộ, {unjoined} không có hộ tương ứng.',
} as const;

type WordKey = keyof typeof VI_WORDS;

const EN_WORDS: Readonly<Record<WordKey, string>> = {
  results: 'Results',
  summary: 'Summary',
  errors: 'Errors',
  row: 'Row in file',
  id: 'Household id',
  area: 'Area',
  size: 'Size',
  perCapita: 'Income per person (VND per person per {period})',
  category: 'Category',
  count: 'Deprived indicators',
  deprived: 'Deprived on',
  missing: 'To check',
  problems: 'Problems to fix',
  explanation: 'Explanation',
  error: 'Error — not classified',
  scoreAbove: 'score above the threshold: give the income in money to tell {possible} apart',
  sheet: 'Sheet',
  column: 'Column',
  value: 'Value',
  message: 'Message',
  code: 'Code',
  all: 'Total',
  noKey: '(blank)',
  rows: 'Households in the file',
  poor: 'Poor',
  nearPoor: 'Near-poor',
  average: 'Average living standard',
  aboveAverage: 'Above average',
  undetermined: 'Undetermined',
  failed: 'Errors (not classified)',
  indicator: 'Indicator',
  deprivedAll: 'Households deprived (all classified)',
  deprivedPoor: 'Of which poor or near-poor',
  unknown: 'Households unknown',
  blankNote: 'Blank indicator cells: {cells} cells in {households} households were read as "{meaning}".',
  'blank.not-deprived': 'not deprived',
  'blank.unknown': 'unknown',
  rateNote: 'Poverty rates are shares of all resident households of the village or commune — not of the households in this file.',
  duplicatesNote: 'Rows with a household id already used (not classified): {count}.',
  ruleSetNote: 'Standard: {title} ({id}, version {version}; fingerprint {fingerprint}).',
  membersNote: 'Members sheet: {rows} rows, {joined} joined to a household, {unjoined} with no matching household.',
};

type Words = Readonly<Record<WordKey, string>>;
const WORDS: Readonly<Record<Locale, Words>> = { vi: VI_WORDS, en: EN_WORDS };

function fillWords(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (values[key] === undefined ? whole : String(values[key])));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Options for {@link writeResultsWorkbook} and {@link writeResultsCsv}. */
export interface ResultsOptions {
  /** Language of headings, categories and indicator names: `vi` or `en` (default: the run's locale). */
  locale?: Locale;
  /** Add a column with the full explanation of each result (`explain`). */
  explain?: boolean;
  /**
   * The carried column the summary is grouped by, by heading as written in the file (matched
   * tolerantly); default: the village column (Thôn, Xóm, Ấp, Bản, Tổ dân phố…) when there is one.
   * `null`: no grouping (one total row).
   */
  summaryBy?: string | null;
  /**
   * The rows to write, when you read `run.results()` yourself (e.g. to show progress);
   * default: `run.results()`.
   */
  results?: AsyncIterable<SheetResult>;
}

interface Plan {
  readonly locale: Locale;
  readonly words: Words;
  readonly headings: string[];
  readonly styles: ColumnStyle[];
  readonly catalogue: MessageCatalogue;
  readonly common: MessageCatalogue;
  readonly ruleSet: RuleSet;
  readonly explain: boolean;
  readonly hasId: boolean;
  readonly groupColumn: number; // index into carried, -1 for none
}

function plan(run: SheetRun, options: ResultsOptions): Plan {
  const locale: Locale = options.locale ?? run.locale;
  const words = WORDS[locale];
  const carried = run.layout.carried;
  const hasId = run.layout.columns.some((column) => column.target.kind === 'id');
  const headings: string[] = carried.map((column) => column.heading);
  const styles: ColumnStyle[] = carried.map((column) => ({ width: widthFor(column) }));
  if (hasId) {
    headings.push(words.id);
    styles.push({ width: 12 });
  }
  const period = COMMON[locale][`period.${run.ruleSet.incomePeriod}`]!;
  headings.push(words.area, words.size, fillWords(words.perCapita, { period }), words.category, words.count, words.deprived, words.missing, words.problems);
  styles.push(
    { width: 12 },
    { width: 8 },
    { width: 18 },
    { width: 26, wrap: true },
    { width: 10 },
    { width: 40, wrap: true },
    { width: 40, wrap: true },
    { width: 60, wrap: true },
  );
  if (options.explain === true) {
    headings.push(words.explanation);
    styles.push({ width: 100, wrap: true });
  }
  headings.push(words.row);
  styles.push({ width: 8 });
  let groupColumn = -1;
  if (options.summaryBy === undefined) groupColumn = carried.findIndex((column) => column.target.kind === 'carry' && column.target.role === 'village');
  else if (options.summaryBy !== null) {
    const key = normalizeKey(options.summaryBy);
    groupColumn = carried.findIndex((column) => normalizeKey(column.heading) === key);
  }
  return {
    locale,
    words,
    headings,
    styles,
    catalogue: run.ruleSet.messages[locale],
    common: COMMON[locale],
    ruleSet: run.ruleSet,
    explain: options.explain === true,
    hasId,
    groupColumn,
  };
}

function widthFor(column: LayoutColumn): number {
  if (column.target.kind === 'carry' && column.target.role === 'stt') return 6;
  if (column.target.kind === 'carry' && column.target.role === 'name') return 24;
  return Math.min(30, Math.max(10, column.heading.length + 2));
}

function categoryWords(result: Classification, p: Plan): string {
  return capitalize(p.catalogue[`category.${result.category}`] ?? p.common[`category.${result.category}`]!);
}

function indicatorName(id: string, p: Plan): string {
  return p.catalogue[`indicator.${id}.name`] ?? id;
}

function missingWords(result: Classification, p: Plan): string {
  if (result.category !== 'undetermined') return '';
  const unknown = result.indicators.filter((indicator) => indicator.status === 'unknown').map((indicator) => indicatorName(indicator.id, p));
  if (unknown.length > 0) return unknown.join('; ');
  const possible = result.possibleCategories.map((category) => p.catalogue[`category.${category}`] ?? p.common[`category.${category}`]!);
  return fillWords(p.words.scoreAbove, { possible: possible.join(p.locale === 'vi' ? ' hoặc ' : ' or ') });
}

/** One row of the results sheet (numbers as numbers). */
function resultCells(item: SheetResult, p: Plan): WriteCell[] {
  const cells: WriteCell[] = [...item.carried];
  if (p.hasId) cells.push(item.id ?? '');
  if (item.ok) {
    const result = item.result;
    const perCapita = result.income.perCapita === '' ? '' : Number(result.income.perCapita);
    const size = item.size ?? '';
    cells.push(
      capitalize(p.common[`area.${result.area}`]!),
      size,
      perCapita,
      categoryWords(result, p),
      result.deprivationCount,
      result.indicators
        .filter((indicator) => indicator.status === 'deprived')
        .map((indicator) => indicatorName(indicator.id, p))
        .join('; '),
      missingWords(result, p),
      '',
    );
    if (p.explain) cells.push(explain(result, { locale: p.locale, ruleSet: p.ruleSet }));
  } else {
    cells.push('', '', '', p.words.error, '', '', '', item.issues.map((issue) => issue.message).join('\n'));
    if (p.explain) cells.push('');
  }
  cells.push(item.row);
  return cells;
}

/** Collects what the summary and errors sheets need while the results stream. */
class Collector {
  private readonly summarizer;
  private readonly p: Plan;
  readonly issues: SheetIssue[] = [];

  constructor(p: Plan) {
    this.p = p;
    this.summarizer = createSummarizer({ ruleSet: p.ruleSet });
  }

  add(item: SheetResult): void {
    const key = this.p.groupColumn === -1 ? null : item.carried[this.p.groupColumn]!;
    const group = key === null ? undefined : key === '' ? null : key;
    if (item.ok) this.summarizer.add(item.result, group);
    else {
      this.summarizer.add({ index: item.index, ok: false, issues: [] }, group);
      this.issues.push(...item.issues);
    }
  }

  finish(): Summary {
    return this.summarizer.finish();
  }
}

function figuresRow(label: string, figures: SummaryFigures): WriteCell[] {
  const c = figures.categories;
  return [label, figures.rows, c.poor.count, c['near-poor'].count, c.average.count, c['above-average'].count, c.undetermined.count, figures.errors.count];
}

function summaryRows(summary: Summary, run: SheetRun, p: Plan): WriteCell[][] {
  const w = p.words;
  const groupHeading = p.groupColumn === -1 ? '' : run.layout.carried[p.groupColumn]!.heading;
  const rows: WriteCell[][] = [[groupHeading, w.rows, w.poor, w.nearPoor, w.average, w.aboveAverage, w.undetermined, w.failed]];
  for (const group of summary.groups) rows.push(figuresRow(group.key ?? w.noKey, group));
  rows.push(figuresRow(w.all, summary));
  rows.push([]);
  const report = run.report;
  rows.push([fillWords(w.blankNote, { cells: report.blankCells, households: report.blankHouseholds, meaning: w[`blank.${report.blank}`] })]);
  if (report.duplicates > 0) rows.push([fillWords(w.duplicatesNote, { count: report.duplicates })]);
  if (report.members !== null) rows.push([fillWords(w.membersNote, { ...report.members })]);
  rows.push([w.rateNote]);
  rows.push([
    fillWords(w.ruleSetNote, {
      title: p.catalogue['ruleSet.title'] ?? p.ruleSet.title[p.locale],
      id: p.ruleSet.id,
      version: p.ruleSet.version,
      fingerprint: `${p.ruleSet.fingerprint.slice(0, 16)}…`,
    }),
  ]);
  rows.push([]);
  rows.push([w.indicator, w.deprivedAll, w.deprivedPoor, w.unknown]);
  for (const indicator of summary.indicators)
    rows.push([indicatorName(indicator.id, p), indicator.deprived, indicator.deprivedAmongPoorOrNearPoor, indicator.unknown]);
  return rows;
}

function errorRows(issues: readonly SheetIssue[], run: SheetRun, p: Plan): WriteCell[][] {
  const w = p.words;
  const rows: WriteCell[][] = [[w.sheet, w.row, w.column, w.value, w.message, w.code]];
  for (const issue of issues)
    rows.push([issue.sheet ?? run.layout.sheet, issue.row ?? '', issue.column ?? issue.letter ?? '', issue.value ?? '', issue.message, issue.code]);
  return rows;
}

/**
 * Writes the results of a run as a workbook for officers, streaming: a results sheet (one row
 * per household row of the input, in order — the carried columns as written, then area,
 * size, per-person income, the category in words, the number and names of the deprived
 * indicators, what to check for undetermined households, the problems of rows that could not
 * be classified, optionally the explanation, and the row in the input file), a summary sheet
 * per village (counts per category, the deprivation table, how blanks were read, the rule
 * set) and an errors sheet (sheet, row, heading as in the file, value, message, code).
 *
 * @param run - A run from {@link classifySheets} (its results are read here unless `options.results` is given).
 * @param options - `locale`, `explain`, `summaryBy`, `results`.
 * @returns The workbook's bytes, chunk by chunk.
 * @example
 * ```ts
 * import { readCsv, classifySheets, writeResultsWorkbook, readWorkbook } from 'chuan-ngheo/sheets';
 * const csv = 'Thôn,Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân đầu người/tháng\nThôn 1,H01,Thành thị,2,2500000\nThôn 1,H02,Thành thị,0,2500000\n';
 * const run = await classifySheets({ households: readCsv(csv) }, { blank: 'unknown' });
 * const chunks = [];
 * for await (const chunk of writeResultsWorkbook(run)) chunks.push(chunk);
 * const book = await readWorkbook(new Uint8Array(await new Blob(chunks).arrayBuffer()));
 * book.sheets; // ['Kết quả', 'Tổng hợp', 'Lỗi']
 * run.report.failed; // 1
 * ```
 */
export async function* writeResultsWorkbook(run: SheetRun, options: ResultsOptions = {}): AsyncGenerator<Uint8Array, void, undefined> {
  const p = plan(run, options);
  const collector = new Collector(p);
  const source = options.results ?? run.results();
  async function* resultRows(): AsyncGenerator<WriteCell[], void, undefined> {
    yield p.headings;
    for await (const item of source) {
      collector.add(item);
      yield resultCells(item, p);
    }
  }
  let summary: Summary | undefined;
  const sheets: AsyncGenerator<SheetSpec, void, undefined> = (async function* () {
    yield { name: p.words.results, rows: resultRows(), columns: p.styles };
    summary = collector.finish();
    yield {
      name: p.words.summary,
      rows: summaryRows(summary, run, p),
      columns: [{ width: 28 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 16 }, { width: 14 }, { width: 14 }],
    };
    yield {
      name: p.words.errors,
      rows: errorRows([...collector.issues, ...run.report.otherIssues], run, p),
      columns: [{ width: 14 }, { width: 8 }, { width: 24 }, { width: 18 }, { width: 90, wrap: true }, { width: 18 }],
    };
  })();
  yield* streamWorkbook(sheets);
}

/** Options for {@link writeResultsCsv}. */
export interface ResultsCsvOptions extends ResultsOptions {
  /** The separator: default `;` for `vi` (what Excel expects with Vietnamese regional settings), `,` for `en`. */
  delimiter?: Delimiter;
}

/**
 * Writes the results sheet of {@link writeResultsWorkbook} as CSV for Excel: a UTF-8 byte-order
 * mark (so Excel shows Vietnamese letters), the separator Excel expects for the locale (`;` for
 * `vi`), decimals with a comma under `vi`, and text cells that Excel would run as formulas
 * (`=`, `+`, `-`, `@`) prefixed with `'`. Streaming: one line per chunk.
 *
 * @param run - A run from {@link classifySheets}.
 * @param options - `locale`, `explain`, `delimiter`, `results`.
 * @returns The CSV text, line by line (the first chunk starts with the byte-order mark).
 * @example
 * ```ts
 * import { readCsv, classifySheets, writeResultsCsv } from 'chuan-ngheo/sheets';
 * const run = await classifySheets({ households: readCsv('Họ tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân đầu người/tháng\n=CMD(),Nông thôn,3,2000000\n') }, { blank: 'unknown' });
 * let csv = '';
 * for await (const line of writeResultsCsv(run)) csv += line;
 * csv.split('\r\n')[1]; // "'=CMD();Nông thôn;3;2000000;Hộ có mức sống trung bình;0;;;;2"
 * ```
 */
export async function* writeResultsCsv(run: SheetRun, options: ResultsCsvOptions = {}): AsyncGenerator<string, void, undefined> {
  const p = plan(run, options);
  const delimiter = options.delimiter ?? (p.locale === 'vi' ? ';' : ',');
  const decimalComma = p.locale === 'vi';
  yield `\uFEFF${csvLine(p.headings, { delimiter })}`;
  for await (const item of options.results ?? run.results()) {
    const cells = resultCells(item, p).map((cell) =>
      typeof cell === 'number' && decimalComma ? String(cell).replace('.', ',') : (cell as string | number | null | undefined),
    );
    yield csvLine(cells, { delimiter });
  }
}

/** Options for {@link writeTemplate}. */
export interface TemplateOptions {
  /** The rule set whose indicators are the columns (id or object; default `vn-2022-2025`). */
  ruleSet?: string | RuleSet;
  /** Rows with drop-down lists (default 1000). */
  rows?: number;
}

const TEMPLATE_HOUSEHOLD = ['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Thôn/Tổ dân phố', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân đầu người/tháng'];
const TEMPLATE_MEMBER = [
  'Mã hộ',
  'STT',
  'Họ và tên',
  'Quan hệ với chủ hộ',
  'Năm sinh',
  'Tuổi',
  'Giới tính',
  'Tình trạng việc làm',
  'Có hợp đồng lao động',
  'Có bảo hiểm y tế',
  'Đang đi học hoặc đào tạo',
  'Trình độ học vấn',
  'Tình trạng đi học',
  'Sử dụng internet',
];

function instructions(indicators: readonly string[], words: readonly string[]): string[][] {
  return [
    ['HƯỚNG DẪN NHẬP PHIẾU RÀ SOÁT'],
    [''],
    ['1. Trang «Hộ gia đình»: mỗi hộ một dòng. Không đổi tên các cột; có thể thêm cột ghi chú (ví dụ «Ghi chú», «Dân tộc»).'],
    ['2. «Khu vực»: chọn «Nông thôn» hoặc «Thành thị» trong danh sách.'],
    ['3. «Số nhân khẩu»: số nguyên, ví dụ 4.'],
    ['4. «Thu nhập bình quân đầu người/tháng»: số đồng, ví dụ 1500000 (không ghi chữ «đồng»). Nếu ghi 1.500.000 thì khi phân loại chọn định dạng số Việt Nam.'],
    [
      `5. Các cột chỉ số (${words.slice(0, 3).join(', ')}, …): ghi «x» nếu hộ thiếu hụt chỉ số đó; để trống nếu không thiếu hụt — như ô trống trên phiếu. Khi phân loại, chọn «ô trống là không thiếu hụt» (blank: not-deprived).`,
    ],
    [`   Có ${indicators.length} chỉ số; hộ nghèo khi thu nhập từ chuẩn nghèo trở xuống và thiếu hụt từ 3 chỉ số trở lên.`],
    ['6. Mỗi «Mã hộ» chỉ một dòng; mã trùng sẽ bị báo lỗi và không được phân loại.'],
    [
      '7. Trang «Thành viên» (không bắt buộc): mỗi người một dòng, ghi «Mã hộ» của hộ. Giới tính: nam/nữ; các cột có/không: ghi «có» hoặc «không», để trống nếu chưa rõ.',
    ],
    ['8. Lưu tệp dạng Excel (.xlsx). Nếu lưu CSV, chọn «CSV UTF-8» để giữ dấu tiếng Việt.'],
    [''],
    ['Kết quả phân loại là căn cứ để rà soát, không thay quyết định công nhận của Ủy ban nhân dân cấp xã.'],
  ];
}

/**
 * Writes the empty review workbook (template) officers type the forms into: a households sheet
 * with the recognised Vietnamese headings — STT, household id, head of household, village,
 * area, size, income and one column per indicator of the rule set (names from its message
 * catalogue) — with drop-down lists for the area and the ticks, a members sheet, and an
 * instructions sheet in Vietnamese. A file typed into it is read by {@link classifySheets}
 * without a column map.
 *
 * @param options - `ruleSet` (default `vn-2022-2025`), `rows` with drop-down lists (default 1000).
 * @returns The workbook's bytes.
 * @example
 * ```ts
 * import { writeTemplate, readWorkbook } from 'chuan-ngheo/sheets';
 * const book = await readWorkbook(writeTemplate());
 * book.sheets; // ['Hộ gia đình', 'Thành viên', 'Hướng dẫn']
 * for await (const row of book.table('Hộ gia đình').rows) {
 *   row.cells.length; // 20
 *   row.cells[7];     // 'Việc làm'
 * }
 * ```
 */
export function writeTemplate(options: TemplateOptions = {}): Uint8Array {
  const ruleSet = typeof options.ruleSet === 'string' || options.ruleSet === undefined ? getRuleSet(options.ruleSet ?? 'vn-2022-2025') : options.ruleSet;
  const rows = Math.max(1, Math.min(100000, Math.floor(options.rows ?? 1000)));
  const names = ruleSet.indicators.map((indicator) => ruleSet.messages.vi[`indicator.${indicator.id}.name`] ?? indicator.id);
  const household = [...TEMPLATE_HOUSEHOLD, ...names, 'Ghi chú'];
  const last = rows + 1;
  const letter = columnLetter;
  const title = 'Giá trị không hợp lệ';
  const tick = { list: ['x'], title, error: 'Ghi «x» nếu thiếu hụt, để trống nếu không thiếu hụt.' };
  const yesNo = { list: ['có', 'không'], title, error: 'Ghi «có» hoặc «không».' };
  const householdSheet: SheetSpec = {
    name: 'Hộ gia đình',
    rows: [household],
    columns: household.map((heading, index) => ({
      width: index === 0 ? 6 : index < TEMPLATE_HOUSEHOLD.length ? Math.max(12, heading.length + 2) : 14,
      wrap: true,
    })),
    validations: [
      { range: `E2:E${last}`, list: ['Nông thôn', 'Thành thị'], title, error: 'Chọn «Nông thôn» hoặc «Thành thị».' },
      { range: `${letter(TEMPLATE_HOUSEHOLD.length)}2:${letter(TEMPLATE_HOUSEHOLD.length + names.length - 1)}${last}`, ...tick },
    ],
  };
  const memberIndex = (heading: string): string => letter(TEMPLATE_MEMBER.indexOf(heading));
  const memberSheet: SheetSpec = {
    name: 'Thành viên',
    rows: [TEMPLATE_MEMBER],
    columns: TEMPLATE_MEMBER.map((heading) => ({ width: Math.max(10, heading.length + 2), wrap: true })),
    validations: [
      { range: `${memberIndex('Giới tính')}2:${memberIndex('Giới tính')}${last * 4}`, list: ['nam', 'nữ'], title, error: 'Ghi «nam» hoặc «nữ».' },
      {
        range: `${memberIndex('Tình trạng việc làm')}2:${memberIndex('Tình trạng việc làm')}${last * 4}`,
        list: ['làm công ăn lương', 'tự làm', 'thất nghiệp', 'không tham gia lực lượng lao động'],
      },
      { range: `${memberIndex('Có hợp đồng lao động')}2:${memberIndex('Đang đi học hoặc đào tạo')}${last * 4}`, ...yesNo },
      {
        range: `${memberIndex('Trình độ học vấn')}2:${memberIndex('Trình độ học vấn')}${last * 4}`,
        list: ['không', 'tiểu học', 'THCS', 'THPT', 'sơ cấp', 'trung cấp', 'cao đẳng', 'đại học'],
      },
      { range: `${memberIndex('Tình trạng đi học')}2:${memberIndex('Tình trạng đi học')}${last * 4}`, list: ['đúng cấp', 'thấp hơn cấp', 'không đi học'] },
      { range: `${memberIndex('Sử dụng internet')}2:${memberIndex('Sử dụng internet')}${last * 4}`, ...yesNo },
    ],
  };
  const guide: SheetSpec = {
    name: 'Hướng dẫn',
    rows: instructions(
      ruleSet.indicators.map((i) => i.id),
      names,
    ),
    heading: false,
    columns: [{ width: 120, wrap: true }],
  };
  return writeWorkbook([householdSheet, memberSheet, guide]);
}
