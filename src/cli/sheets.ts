/**
 * `classify` on what a commune has — Excel workbooks (.xlsx: households, members keyed by
 * household id, optionally dwellings) and CSV as Excel writes it (separator detected, BOM,
 * CRLF, Windows code pages on request, the review form's Vietnamese headings and values) —
 * with the `chuan-ngheo/sheets` library, and results written for officers (.xlsx, CSV for
 * Excel) or as JSON Lines / CSV as for the flat layout. Node-only: the file handling is here,
 * the reading and writing are the library's.
 *
 * Which reader a file gets (docs/cli.md, "Which reader"): an .xlsx file (by its bytes), or a
 * CSV file whose heading row is not today's flat English layout, or any of `--blank`,
 * `--columns`, `--delimiter`, `--encoding`, `--number-format`, or an .xlsx / `--excel` output,
 * goes through the sheets reader; today's flat CSV, JSON Lines and JSON keep their reader
 * (same bytes out as before).
 *
 * @module
 */
import { openAsBlob } from 'node:fs';
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createSummarizer, type SummaryItem, type Summarizer } from '../batch/summarize.js';
import { classifyMany } from '../batch/classifyMany.js';
import type { ClassifyOptions } from '../engine/classify.js';
import type { Classification } from '../engine/result.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { explain } from '../render/explain.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { classifySheets, type BlankMeaning, type SheetFailure, type SheetReport, type SheetResult, type SheetRun } from '../sheets/classify.js';
import { readCsv, type Delimiter } from '../sheets/csv.js';
import { headingDictionary, parseColumnMaps, type ColumnMaps, type LayoutColumn, type SheetLayout } from '../sheets/headings.js';
import { normalizeKey } from '../sheets/normalize.js';
import { writeResultsCsv, writeResultsWorkbook } from '../sheets/output.js';
import { SheetError, type SheetIssue } from '../sheets/types.js';
import type { NumberFormat } from '../sheets/values.js';
import { findSheets, readWorkbook } from '../sheets/workbook.js';
import { EXIT, InputError, Interrupted, UsageError } from './errors.js';
import { openOutput, Sink } from './files.js';
import {
  CSV_OUTPUT_COLUMNS,
  csvCells,
  csvText,
  jsonLine,
  MAX_ISSUES_PER_ROW,
  MAX_MESSAGE_LENGTH,
  moreText,
  type OutputRow,
  type ReportedIssue,
} from './output.js';
import { INCOME_COLUMNS, readRecords, type InputFormat, type InputRecord } from './records.js';
import { interruption, note, unlessInterrupted, commitRun, stopRun, writeSummary, type CliIo } from './run.js';
import { optionError, rowError, surveyFields, type StatsSettings } from './stats.js';
import { countIn, cut, oneLine } from './text.js';

/** How results are written. */
export type OutputFormat = 'jsonl' | 'csv' | 'excel' | 'xlsx' | 'none';

/** The options of the sheets reader, as given on the command line. */
export interface SheetValues {
  readonly blank?: string | undefined;
  readonly 'number-format'?: string | undefined;
  readonly encoding?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly columns?: string | undefined;
  readonly 'unknown-columns'?: string | undefined;
  readonly 'ignore-columns'?: string | undefined;
  readonly sheet?: string | undefined;
  readonly 'members-sheet'?: string | undefined;
}

/** Options that only the sheets reader has: giving one selects it for a CSV file. */
export const SHEET_OPTIONS = ['blank', 'number-format', 'encoding', 'delimiter', 'columns', 'unknown-columns', 'sheet', 'members-sheet'] as const;

const WORDS = {
  vi: {
    blankRequired:
      'cần chọn cách đọc ô chỉ số để trống: --blank not-deprived (tệp nhập từ phiếu rà soát: ô trống là không thiếu hụt) hoặc --blank unknown (dữ liệu không rõ nguồn: ô trống là chưa rõ)',
    blankLine: 'ô chỉ số để trống: {cells} ô ở {households} hộ đã phân loại được đọc là «{meaning}» (--blank {blank}{default})',
    blankDefault: '; mặc định của bố cục CSV tiếng Anh — chọn --blank để đổi',
    'blank.not-deprived': 'không thiếu hụt',
    'blank.unknown': 'chưa rõ',
    missingIndicators: 'không có cột cho {count} chỉ số ({names}) và không hộ nào xác định được từ thông tin khác: các chỉ số này là «chưa rõ» ở mọi hộ',
    duplicates: '{count} dòng trùng mã hộ với một dòng trước, không được phân loại',
    members: 'trang «{sheet}»: {rows} dòng thành viên, {joined} ghép được vào hộ, {unjoined} không có hộ tương ứng',
    dwellings: 'trang «{sheet}»: {rows} dòng nhà ở, {joined} ghép được vào hộ, {unjoined} không có hộ tương ứng',
    above: 'bỏ qua {count} dòng tiêu đề phía trên dòng tên cột',
    more: '… và {count} dòng lỗi nữa{where}',
    moreAll: ' (liệt kê hết bằng --errors <tệp>)',
    moreIn: ' (tất cả ở {file})',
    done: '{rows} dòng đã đọc, {classified} hộ đã phân loại, {failed} dòng lỗi — chuẩn {id} {version} ({fingerprint}…), {seconds} giây',
  },
  en: {
    blankRequired:
      'choose how blank indicator cells are read: --blank not-deprived (typed from review forms: an empty box is not deprived) or --blank unknown (data of unknown origin: an empty box is unknown)',
    blankLine: 'blank indicator cells: {cells} cells in {households} classified households read as "{meaning}" (--blank {blank}{default})',
    blankDefault: '; the default of the English CSV layout — pass --blank to choose',
    'blank.not-deprived': 'not deprived',
    'blank.unknown': 'unknown',
    missingIndicators: 'no column for {count} indicator(s) ({names}), and no classified household has them from other facts: unknown for every household',
    duplicates: '{count} row(s) repeat the household id of an earlier row and were not classified',
    members: 'sheet "{sheet}": {rows} member rows, {joined} joined to a household, {unjoined} with no matching household',
    dwellings: 'sheet "{sheet}": {rows} dwelling rows, {joined} joined to a household, {unjoined} with no matching household',
    above: 'skipped {count} title row(s) above the heading row',
    more: '… and {count} more failed row(s){where}',
    moreAll: ' (list them all with --errors <file>)',
    moreIn: ' (all in {file})',
    done: '{rows} rows read, {classified} classified, {failed} failed — rule set {id} {version} ({fingerprint}…), {seconds} s',
  },
} as const;

type WordKey = keyof (typeof WORDS)['en'];

function say(locale: Locale, key: WordKey, values: Readonly<Record<string, string | number>> = {}): string {
  return WORDS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : typeof values[name] === 'number' ? countIn(locale, values[name] as number) : String(values[name]),
  );
}

// ---------------------------------------------------------------------------------------------
// Which reader

const HEAD_BYTES = 1 << 16;

/** The first bytes of a file (for telling its kind); `undefined` for standard input. */
export async function headOf(file: string): Promise<Uint8Array | undefined> {
  if (file === '-') return undefined;
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return undefined; // the reader reports it
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/** Whether bytes start like a ZIP archive (an .xlsx file). */
export function isZip(head: Uint8Array | undefined): boolean {
  return head !== undefined && head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * Whether a CSV heading row is today's flat layout (English ids, comma-separated): the first
 * line has no (valid UTF-8) non-ASCII letter, commas are its separator, and at least one cell
 * is a column of that layout (`id`, `area`, `size`, an income column or an indicator id).
 * Such files keep the flat reader, its messages and its output byte for byte.
 */
export function isFlatHeading(head: Uint8Array | undefined, indicatorIds: readonly string[]): boolean {
  if (head === undefined) return true;
  let bytes = head;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const newline = bytes.indexOf(10);
  const first = new TextDecoder('utf-8').decode(newline === -1 ? bytes : bytes.subarray(0, newline)).replace(/\r$/, '');
  if (first.trim() === '') return true;
  if (/[^\u0000-\u007f\ufffd]/.test(first)) return false;
  if (/^"?sep=/i.test(first)) return false;
  const count = (c: string): number => first.split(c).length - 1;
  if (count(';') > count(',') || count('\t') > count(',')) return false;
  const known = new Set(['id', 'area', 'size', ...INCOME_COLUMNS, ...indicatorIds]);
  return first.split(',').some((cell) => known.has(cell.trim().replace(/^"|"$/g, '')));
}

/** What {@link outputFormatOf} reads. */
export interface OutputFormatValues {
  readonly 'output-format'?: string | undefined;
  readonly out?: string | undefined;
  readonly excel?: boolean | undefined;
  readonly summary?: boolean | undefined;
  readonly 'summary-json'?: string | undefined;
  readonly errors?: string | undefined;
}

/**
 * `--output-format none`: no row is written, only the summary and the failed rows. Refused
 * with `--out` or `--excel`, and without `--summary`, `--summary-json` or `--errors` (the run
 * would show nothing but its final count).
 */
export function checkNoOutput(values: OutputFormatValues): void {
  if (values.out !== undefined) throw new UsageError('--output-format none writes no rows: leave out --out (or choose another output format)');
  if (values.excel === true) throw new UsageError('--excel is for CSV output, not --output-format none');
  if (values.summary !== true && values['summary-json'] === undefined && values.errors === undefined)
    throw new UsageError('--output-format none writes no rows: add --summary, --summary-json <file> or --errors <file>');
}

/** Parses `--output-format`, `--excel` and `--out`'s extension. */
export function outputFormatOf(values: OutputFormatValues): OutputFormat {
  if (values['output-format'] === 'none') {
    checkNoOutput(values);
    return 'none';
  }
  const out = values.out?.toLowerCase();
  const given =
    values['output-format'] ?? (out === undefined ? undefined : out.endsWith('.xlsx') ? 'xlsx' : out.endsWith('.csv') ? 'csv' : undefined) ?? 'jsonl';
  if (given !== 'csv' && given !== 'jsonl' && given !== 'xlsx')
    throw new UsageError(`--output-format must be jsonl, csv, xlsx or none, got "${given.slice(0, 40)}"`);
  if (values.excel === true) {
    if (given === 'xlsx') throw new UsageError('--excel is for CSV output (an .xlsx file is already for Excel)');
    if (given === 'jsonl' && values['output-format'] === 'jsonl') throw new UsageError('--excel is for CSV output, not JSON Lines');
    return 'excel';
  }
  if (given === 'xlsx' && (values.out === undefined || values.out === '-') && values['output-format'] === undefined)
    throw new UsageError('an .xlsx output needs --out <file.xlsx>');
  return given;
}

// ---------------------------------------------------------------------------------------------
// Opening a run

/** What the sheets reader needs to open a file. */
export interface OpenSettings {
  readonly file: string;
  readonly format: InputFormat | 'xlsx';
  /** The first bytes of the file (undefined for standard input). */
  readonly head: Uint8Array | undefined;
  readonly locale: Locale;
  readonly ruleSet: RuleSet;
  readonly classifyOptions: ClassifyOptions;
  /** Side columns: option name → column heading as given (`by`, `weight`, `size`, `strata`, `psu`, `id`). */
  readonly side: Readonly<Record<string, string>>;
  readonly maxLineBytes: number;
  readonly batchSize: number;
}

/** A run, with how to read each row's side values. */
export interface OpenedRun {
  readonly run: SheetRun;
  /** Each side option's value for a row (`null`: blank). */
  value(name: string, item: SheetResult): string | number | null;
  /** Whether blank cells were read by the flat layout's default (`unknown`) rather than by `--blank`. */
  readonly blankByDefault: boolean;
}

function parseDelimiter(value: string | undefined): Delimiter | undefined {
  if (value === undefined) return undefined;
  if (value === ',' || value === ';') return value;
  if (value === '\t' || value === 'tab' || value === '\\t') return '\t';
  throw new UsageError(`--delimiter must be ",", ";" or tab, got "${value.slice(0, 20)}"`);
}

async function readColumnMaps(file: string | undefined, locale: Locale): Promise<ColumnMaps> {
  if (file === undefined) return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--columns: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`--columns: ${file} is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  return parseColumnMaps(value, locale);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A library message in the command line's words: the library names its options
 * (`numberFormat: 'vi'`, `encoding: 'windows-1258'`, the column map); the CLI names its flags.
 */
export function cliWording(message: string): string {
  return message
    .replace(/numberFormat: 'vi'/g, '--number-format vi')
    .replace(/encoding: '([\w-]{1,40})'/g, '--encoding $1')
    .replace(/(bảng ánh xạ cột|the column map)(?! \(--columns\))/g, '$1 (--columns)');
}

/** The text of a SheetError's issues, one per line, in file order (at most 20). */
export function sheetErrorText(error: SheetError): string {
  const issues = error.issues.slice(0, MAX_ISSUES_PER_ROW).map((issue) => oneLine(cut(cliWording(issue.message), MAX_MESSAGE_LENGTH)));
  if (error.issues.length > MAX_ISSUES_PER_ROW) issues.push(moreText(error.issues.length - MAX_ISSUES_PER_ROW));
  return issues.join('\n');
}

/** Opens a CSV or XLSX file with the sheets reader: headings checked, rows read when iterated. */
export async function openSheets(settings: OpenSettings, values: SheetValues): Promise<OpenedRun> {
  const { locale, ruleSet, file } = settings;
  const explicitBlank = values.blank;
  if (explicitBlank !== undefined && explicitBlank !== 'not-deprived' && explicitBlank !== 'unknown')
    throw new UsageError(`--blank must be not-deprived or unknown, got "${explicitBlank.slice(0, 40)}"`);
  const numberFormat = values['number-format'] ?? 'plain';
  if (numberFormat !== 'plain' && numberFormat !== 'vi') throw new UsageError(`--number-format must be plain or vi, got "${numberFormat.slice(0, 40)}"`);
  const unknownColumns = values['unknown-columns'] ?? 'error';
  if (unknownColumns !== 'error' && unknownColumns !== 'carry')
    throw new UsageError(`--unknown-columns must be error or carry, got "${unknownColumns.slice(0, 40)}"`);
  const delimiter = parseDelimiter(values.delimiter);
  const xlsx = settings.format === 'xlsx';
  if (xlsx && (values.delimiter !== undefined || values.encoding !== undefined))
    throw new UsageError('--delimiter and --encoding are for CSV files, not .xlsx workbooks');
  if (!xlsx && (values.sheet !== undefined || values['members-sheet'] !== undefined))
    throw new UsageError('--sheet and --members-sheet are for .xlsx workbooks');
  // The flat English layout has always read a blank answer as unknown: kept as its default.
  const flat =
    !xlsx &&
    isFlatHeading(
      settings.head,
      ruleSet.indicators.map((indicator) => indicator.id),
    );
  const blank: BlankMeaning | undefined = (explicitBlank as BlankMeaning | undefined) ?? (flat ? 'unknown' : undefined);
  if (blank === undefined) throw new UsageError(WORDS[locale].blankRequired);

  const maps = await readColumnMaps(values.columns, locale);
  const households: Record<string, string> = { ...(maps.households ?? {}) };
  const mapped = new Set(Object.keys(households).map(normalizeKey));
  for (const column of values['ignore-columns']
    ?.split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '') ?? []) {
    if (!mapped.has(normalizeKey(column))) households[column] = 'ignore';
  }
  // Side columns (--by, --weight…): carried unless recognised; a few data columns are read from the result.
  const dictionary = headingDictionary('households', ruleSet);
  const fromData: Record<string, 'area' | 'size' | 'id'> = {};
  for (const [name, column] of Object.entries(settings.side)) {
    const key = normalizeKey(column);
    const userTarget = Object.entries(households).find(([heading]) => normalizeKey(heading) === key)?.[1];
    const target = userTarget === undefined ? dictionary.byKey.get(key) : undefined;
    if (userTarget !== undefined) {
      if (userTarget === 'ignore') throw new UsageError(`--${name} ${column}: the column is ignored (--ignore-columns or --columns)`);
      continue;
    }
    if (target === undefined) households[column] = 'carry';
    else if (target.kind === 'carry') continue;
    else if (target.kind === 'area' || target.kind === 'size' || target.kind === 'id') fromData[name] = target.kind;
    else throw new UsageError(`--${name} ${column}: the column holds household data (${target.kind}); name a column such as the village, or area`);
  }
  const columns: ColumnMaps = { ...maps, ...(Object.keys(households).length > 0 ? { households } : {}) };

  let tables;
  try {
    if (xlsx) {
      const input = file === '-' ? new Uint8Array(await readStdin()) : await openAsBlob(file);
      const book = await readWorkbook(input, { locale });
      const names: { households?: string; members?: string | null } = {};
      if (values.sheet !== undefined) names.households = values.sheet;
      if (values['members-sheet'] !== undefined) names.members = values['members-sheet'] === '' ? null : values['members-sheet'];
      tables = findSheets(book, names);
    } else {
      const source = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
      const csvOptions: { delimiter?: Delimiter; encoding?: string; name: string; locale: Locale } = { name: 'CSV', locale };
      if (delimiter !== undefined) csvOptions.delimiter = delimiter;
      if (values.encoding !== undefined) csvOptions.encoding = values.encoding;
      tables = { households: readCsv(source as AsyncIterable<Uint8Array>, csvOptions) };
    }
  } catch (error) {
    if (error instanceof SheetError) throw new UsageError(sheetErrorText(error));
    throw error;
  }
  let run: SheetRun;
  try {
    run = await classifySheets(tables, {
      ...settings.classifyOptions,
      blank,
      numberFormat: numberFormat as NumberFormat,
      locale,
      columns,
      unknownHeadings: unknownColumns,
    });
  } catch (error) {
    if (error instanceof SheetError) throw new UsageError(sheetErrorText(error));
    throw error;
  }
  const carriedIndex = (column: string): number => run.layout.carried.findIndex((candidate) => normalizeKey(candidate.heading) === normalizeKey(column));
  const readers = new Map<string, (item: SheetResult) => string | number | null>();
  for (const [name, column] of Object.entries(settings.side)) {
    const data = fromData[name];
    if (data === 'size') readers.set(name, (item) => item.size ?? null);
    else if (data === 'id') readers.set(name, (item) => item.id ?? null);
    else if (data === 'area') readers.set(name, (item) => (item.ok ? item.result.area : null));
    else {
      const index = carriedIndex(column);
      readers.set(name, (item) => {
        const cell = index === -1 ? '' : (item.carried[index] ?? '');
        return cell === '' ? null : cell;
      });
    }
  }
  return { run, value: (name, item) => readers.get(name)?.(item) ?? null, blankByDefault: explicitBlank === undefined };
}

/**
 * A run over JSON Lines or JSON (or the flat CSV) records, as the sheets writers take it: for an
 * .xlsx or `--excel` output of those inputs. The `--by` value is carried (it groups the summary sheet).
 */
export function recordsRun(settings: OpenSettings, format: InputFormat, ignoreColumns: readonly string[] | undefined): OpenedRun {
  const { ruleSet, locale } = settings;
  const by = settings.side.by;
  const fields = Object.fromEntries(Object.entries(settings.side).filter(([name]) => name !== 'by'));
  const records = readRecords(settings.file, format, {
    indicatorIds: ruleSet.indicators.map((indicator) => indicator.id),
    ...(by === undefined ? {} : { by }),
    ...(ignoreColumns === undefined ? {} : { ignoreColumns }),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    batchSize: settings.batchSize,
    maxLineBytes: settings.maxLineBytes,
  });
  const name = format === 'csv' ? 'CSV' : format === 'jsonl' ? 'JSON Lines' : 'JSON';
  const idColumn: LayoutColumn = { index: 0, heading: 'id', target: { kind: 'id' } };
  const byColumn: LayoutColumn | undefined = by === undefined ? undefined : { index: 1, heading: by, target: { kind: 'carry', role: 'village' } };
  const layout: SheetLayout = {
    sheet: name,
    kind: 'households',
    headings: ['id', ...(by === undefined ? [] : [by])],
    columns: [idColumn, ...(byColumn === undefined ? [] : [byColumn])],
    carried: byColumn === undefined ? [] : [byColumn],
    missingIndicators: [],
  };
  const report: SheetReport = {
    rows: 0,
    classified: 0,
    failed: 0,
    blank: 'unknown',
    blankCells: 0,
    blankHouseholds: 0,
    duplicates: 0,
    rowsAboveHeading: 0,
    members: null,
    dwellings: null,
    otherIssues: [],
  };
  const extra = new WeakMap<SheetResult, InputRecord>();
  const toIssue = (issue: ValidationIssue, record: InputRecord): SheetIssue => {
    const field = issue.path.length === 0 ? '' : issue.path.join('.');
    const where =
      locale === 'vi'
        ? `Dòng ${record.row}${record.line > 0 ? ` (dòng ${record.line} của tệp)` : ''}`
        : `Row ${record.row}${record.line > 0 ? ` (line ${record.line})` : ''}`;
    return {
      code: issue.code,
      sheet: name,
      row: record.line > 0 ? record.line : record.row,
      ...(field === '' ? {} : { column: field }),
      message: `${where}${field === '' ? '' : `, ${field}`}: ${issue.message}`,
    };
  };
  let started = false;
  const run: SheetRun = {
    layout,
    memberLayout: null,
    dwellingLayout: null,
    ruleSet,
    locale,
    report,
    async *results(): AsyncGenerator<SheetResult, void, undefined> {
      if (started) throw new Error('run.results() can be read once');
      started = true;
      let index = 0;
      try {
        for await (const batch of records) {
          const households: unknown[] = [];
          for (const record of batch) if (record.household !== undefined) households.push(record.household);
          const results = classifyMany(households, settings.classifyOptions);
          let next = 0;
          for (const record of batch) {
            report.rows++;
            const carried = by === undefined ? [] : [record.key ?? ''];
            const base = {
              index: index++,
              row: record.line > 0 ? record.line : record.row,
              carried,
              blanks: 0,
              ...(record.id === undefined ? {} : { id: String(record.id) }),
            };
            let item: SheetResult;
            const result = record.household === undefined ? undefined : results[next++]!;
            if (result?.ok) {
              const size = (record.household as { size?: unknown }).size;
              item = { ...base, ok: true, result: result.result, ...(typeof size === 'number' ? { size } : {}) };
              report.classified++;
            } else {
              const issues = result === undefined ? (record.issues ?? []) : result.issues;
              item = { ...base, ok: false, issues: issues.map((issue) => toIssue(issue, record)) } satisfies SheetFailure;
              report.failed++;
            }
            extra.set(item, record);
            yield item;
          }
        }
      } finally {
        records.return(undefined).catch(() => undefined);
      }
    },
  };
  return {
    run,
    value: (name, item) => {
      if (name === 'by') return item.carried[0] === '' || item.carried[0] === undefined ? null : item.carried[0];
      return extra.get(item)?.fields?.[name] ?? null;
    },
    blankByDefault: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** What a classify run over sheets writes and prints. */
export interface SheetRunSettings {
  readonly values: {
    readonly out?: string | undefined;
    readonly errors?: string | undefined;
    readonly 'summary-json'?: string | undefined;
    readonly summary?: boolean | undefined;
    readonly by?: string | undefined;
    readonly explain?: boolean | undefined;
    readonly full?: boolean | undefined;
    readonly quiet?: boolean | undefined;
  };
  readonly locale: Locale;
  readonly ruleSet: RuleSet;
  readonly outputFormat: OutputFormat;
  readonly stats: StatsSettings;
}

function issuesOf(item: SheetFailure): { issues: Record<string, unknown>[]; more: number } {
  const shown = item.issues.slice(0, MAX_ISSUES_PER_ROW);
  return {
    issues: shown.map((issue) => ({
      field: cut(issue.column ?? '', 200),
      path: [],
      code: cut(issue.code, 60),
      message: cut(cliWording(issue.message), MAX_MESSAGE_LENGTH),
      ...(issue.sheet === undefined ? {} : { sheet: cut(issue.sheet, 200) }),
      ...(issue.row === undefined ? {} : { row: issue.row }),
      ...(issue.letter === undefined ? {} : { letter: issue.letter }),
      ...(issue.value === undefined ? {} : { value: cut(issue.value, 200) }),
    })),
    more: item.issues.length - shown.length,
  };
}

function outputRow(item: SheetResult, explanation: string | undefined): OutputRow {
  if (item.ok) return { row: item.index + 1, line: item.row, id: item.id, ok: true, result: item.result, explanation };
  const { issues, more } = issuesOf(item);
  return { row: item.index + 1, line: item.row, id: item.id, ok: false, issues: issues as unknown as ReportedIssue[], more };
}

/** A JSON Lines record of a sheets row: the flat record, and the carried columns by heading. */
function sheetJsonLine(item: SheetResult, full: boolean, explanation: string | undefined, carried: readonly LayoutColumn[]): string {
  const line = jsonLine(outputRow(item, explanation), full);
  if (carried.length === 0) return line;
  const columns: Record<string, string> = {};
  carried.forEach((column, i) => (columns[column.heading] = item.carried[i] ?? ''));
  return `${line.slice(0, -2)},"columns":${JSON.stringify(columns)}}\n`;
}

/** The stderr line of a failed row: its messages (they name the row, the heading and the value). */
function reportLine(item: SheetFailure): string {
  const { issues, more } = issuesOf(item);
  const parts = issues.map((issue) => String(issue.message));
  if (more > 0) parts.push(moreText(more));
  return oneLine(parts.join(' '));
}

/** Runs `classify` over a sheets run: writes every row, the summary and the counts; returns the exit code. */
export async function writeSheetRun(opened: OpenedRun, settings: SheetRunSettings, io: CliIo): Promise<number> {
  const { run } = opened;
  const { values, locale, ruleSet, outputFormat, stats } = settings;
  const signal = io.signal;
  const explainRows = values.explain === true;
  const quiet = values.quiet === true;
  const wantSummary = values.summary === true || values['summary-json'] !== undefined;
  let summarizer: Summarizer | undefined;
  if (wantSummary) {
    try {
      summarizer = createSummarizer({ ruleSet, ...stats.options, ...(values.by === undefined ? {} : { by: values.by }) });
    } catch (error) {
      throw optionError(error);
    }
  }
  const sinks: Sink[] = [];
  let out: Sink | undefined;
  let errors: Sink | undefined;
  const started = Date.now();
  let read = 0;
  let failed = 0;
  let reported = 0;
  const MAX_REPORTED = 20;

  const missing = new Set(run.layout.missingIndicators);
  async function* counted(): AsyncGenerator<SheetResult, void, undefined> {
    const rows = run.results();
    try {
      for (;;) {
        // A read waiting on standard input gives way to SIGINT / SIGTERM at once.
        const next = await unlessInterrupted(rows.next(), signal);
        if (next.done === true) break;
        yield* one(next.value);
      }
    } finally {
      rows.return(undefined).catch(() => undefined);
    }
  }

  async function* one(item: SheetResult): AsyncGenerator<SheetResult, void, undefined> {
    read++;
    if (item.ok && missing.size > 0) for (const indicator of item.result.indicators) if (indicator.status !== 'unknown') missing.delete(indicator.id);
    if (!item.ok) {
      failed++;
      if (!quiet && reported < MAX_REPORTED) {
        reported++;
        note(io, reportLine(item));
      }
      if (errors !== undefined) {
        const pending = errors.write(sheetJsonLine(item, false, undefined, run.layout.carried), 1);
        if (pending !== undefined) await pending;
      }
    }
    if (summarizer !== undefined) {
      const summaryItem: SummaryItem = item.ok ? item.result : { index: item.index, ok: false, issues: [] };
      const key = values.by === undefined ? undefined : opened.value('by', item);
      const fields = stats.survey ? surveyFields(Object.fromEntries(Object.keys(stats.columns).map((name) => [name, opened.value(name, item)]))) : undefined;
      try {
        summarizer.add(summaryItem, key === undefined ? undefined : key === null ? null : String(key), fields);
      } catch (error) {
        throw rowError(error, { row: item.index + 1, line: item.row });
      }
    }
    if ((read & 63) === 0) {
      const stop = interruption(signal);
      if (stop !== undefined) throw stop;
    }
    yield item;
  }

  try {
    out = await openOutput(values, io.stdout);
    sinks.push(out);
    if (values.errors !== undefined) {
      errors = await Sink.open(values.errors, io.stdout);
      sinks.push(errors);
    }
    const results = counted();
    const resultsOptions = { locale, explain: explainRows, summaryBy: values.by ?? undefined, results };
    try {
      if (outputFormat === 'xlsx') {
        let rows = 0;
        for await (const chunk of writeResultsWorkbook(run, resultsOptions)) {
          const pending = out.writeBytes(chunk, read - rows);
          rows = read;
          if (pending !== undefined) await unlessInterrupted(pending, signal);
        }
      } else if (outputFormat === 'excel') {
        let first = true;
        for await (const line of writeResultsCsv(run, resultsOptions)) {
          const pending = out.write(line, first ? 0 : 1);
          first = false;
          if (pending !== undefined) await unlessInterrupted(pending, signal);
        }
      } else {
        const carried = run.layout.carried;
        if (outputFormat === 'csv')
          out.write(csvText([[...CSV_OUTPUT_COLUMNS, ...carried.map((column) => column.heading), ...(explainRows ? ['explanation'] : [])]]));
        for await (const item of results) {
          const explanation = explainRows && item.ok ? explain(item.result, { locale, ruleSet }) : undefined;
          let text: string;
          if (outputFormat === 'csv') {
            const cells = csvCells(outputRow(item, undefined), false);
            cells.push(...run.layout.carried.map((_, i) => item.carried[i] ?? ''));
            if (explainRows) cells.push(explanation ?? '');
            text = csvText([cells]);
          } else text = sheetJsonLine(item, values.full === true, explanation, carried);
          const pending = out.write(text, 1);
          if (pending !== undefined) await unlessInterrupted(pending, signal);
        }
      }
    } catch (error) {
      if (error instanceof SheetError) throw new InputError(sheetErrorText(error).replace(/\n/g, ' '), { row: read + 1, line: 0 });
      if (error instanceof ValidationError) throw new InputError(error.message, { row: read + 1, line: 0 });
      throw error;
    }
    // Members or dwelling rows with no household: in the errors file too.
    if (errors !== undefined) {
      for (const issue of run.report.otherIssues)
        errors.write(
          `${JSON.stringify({ sheet: issue.sheet ?? null, line: issue.row ?? null, ok: false, issues: [{ field: issue.column ?? '', path: [], code: issue.code, message: cut(cliWording(issue.message), MAX_MESSAGE_LENGTH) }] })}\n`,
        );
    }
    await out.finish();
    if (errors !== undefined) await errors.finish();
    if (summarizer !== undefined) {
      let summary;
      try {
        summary = summarizer.finish();
      } catch (error) {
        throw error instanceof ValidationError ? new InputError(error.message) : error;
      }
      await writeSummary(summary, values, { io, sinks, locale, ruleSet });
    }
    await commitRun(sinks, signal);
  } catch (error) {
    return await stopRun(error, { io, read, out, sinks });
  }

  const report = run.report;
  const other = report.otherIssues;
  for (const issue of other.slice(0, quiet ? 0 : MAX_REPORTED)) note(io, oneLine(cut(cliWording(issue.message), MAX_MESSAGE_LENGTH)));
  if (!quiet && failed > reported) {
    const where = values.errors === undefined ? say(locale, 'moreAll') : say(locale, 'moreIn', { file: oneLine(values.errors) });
    note(io, say(locale, 'more', { count: failed - reported, where }));
  }
  const lines: string[] = [];
  if (report.rowsAboveHeading > 0) lines.push(say(locale, 'above', { count: report.rowsAboveHeading }));
  if (missing.size > 0 && read > failed) {
    const names = [...missing].map((id) => ruleSet.messages[locale][`indicator.${id}.name`] ?? id);
    lines.push(say(locale, 'missingIndicators', { count: names.length, names: names.join(', ') }));
  }
  if (run.layout.columns.some((column) => column.target.kind === 'indicator')) {
    lines.push(
      say(locale, 'blankLine', {
        cells: report.blankCells,
        households: report.blankHouseholds,
        meaning: WORDS[locale][`blank.${report.blank}`],
        blank: report.blank,
        default: opened.blankByDefault ? WORDS[locale].blankDefault : '',
      }),
    );
  }
  if (report.duplicates > 0) lines.push(say(locale, 'duplicates', { count: report.duplicates }));
  if (report.members !== null) lines.push(say(locale, 'members', { sheet: run.memberLayout?.sheet ?? '', ...report.members }));
  if (report.dwellings !== null) lines.push(say(locale, 'dwellings', { sheet: run.dwellingLayout?.sheet ?? '', ...report.dwellings }));
  for (const text of lines) note(io, oneLine(`chuan-ngheo: ${text}`));
  const seconds = (Date.now() - started) / 1000;
  note(
    io,
    oneLine(
      `chuan-ngheo: ${say(locale, 'done', {
        rows: read,
        classified: read - failed,
        failed,
        id: ruleSet.id,
        version: ruleSet.version,
        fingerprint: ruleSet.fingerprint.slice(0, 12),
        seconds: locale === 'vi' ? seconds.toFixed(1).replace('.', ',') : seconds.toFixed(1),
      })}`,
    ),
  );
  return failed > 0 || other.length > 0 ? EXIT.rowsFailed : EXIT.ok;
}

export { Interrupted };

/** The file's size, for messages (0 when unknown). */
export async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

/** Reads a whole sheets run into memory: its summary items with the side values (for `change`). */
export async function collectItems(
  opened: OpenedRun,
  names: readonly string[],
  signal: AbortSignal | undefined,
): Promise<{ item: SummaryItem; values: Record<string, string | number | null>; id: string | undefined; result: Classification | null }[]> {
  const rows: { item: SummaryItem; values: Record<string, string | number | null>; id: string | undefined; result: Classification | null }[] = [];
  try {
    for await (const item of opened.run.results()) {
      const values = Object.fromEntries(names.map((name) => [name, opened.value(name, item)]));
      rows.push({ item: item.ok ? item.result : { index: item.index, ok: false, issues: [] }, values, id: item.id, result: item.ok ? item.result : null });
      if ((rows.length & 255) === 0) {
        const stop = interruption(signal);
        if (stop !== undefined) throw stop;
      }
    }
  } catch (error) {
    if (error instanceof SheetError) throw new InputError(sheetErrorText(error).replace(/\n/g, ' '), { row: rows.length + 1, line: 0 });
    throw error;
  }
  return rows;
}
