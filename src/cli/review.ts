/**
 * `chuan-ngheo review <current> --previous <file>`: the annual review report (Decision
 * 24/2021/QĐ-TTg) from this year's file (classified as `classify` does) and last year's list —
 * the transition of every household, the report tables per village and commune (rates over the
 * resident totals of `--totals`), and last year's households missing from this year's file.
 * As text in the terminal (renderReviewReport), JSON (`--json`) or a workbook (`--out x.xlsx`).
 * Node-only.
 *
 * @module
 */
import { openAsBlob } from 'node:fs';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ValidationError } from '../errors.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { renderReviewReport } from '../review/render.js';
import { createReview, type Review } from '../review/review.js';
import type { HouseholdReview, ListedStatus, PreviousRecord, ResidentTotal, ReviewFigures, ReviewReport } from '../review/types.js';
import type { SheetResult } from '../sheets/classify.js';
import { readCsv } from '../sheets/csv.js';
import { normalizeKey } from '../sheets/normalize.js';
import { SheetError, type CellValue, type SheetRow } from '../sheets/types.js';
import { written } from '../sheets/values.js';
import { findSheets, readWorkbook } from '../sheets/workbook.js';
import { streamWorkbook, type SheetSpec, type WriteCell } from '../sheets/writer.js';
import { CliError, EXIT, InputError, UsageError } from './errors.js';
import { Sink } from './files.js';
import { checkReadable } from './records.js';
import { interruption, note, stopMessage, type CliIo } from './run.js';
import { isZip, headOf, sheetErrorText, type OpenedRun } from './sheets.js';
import { countIn, countText, cut, oneLine, printable } from './text.js';

/** The options of `review`. */
export interface ReviewValues {
  readonly previous?: string | undefined;
  readonly totals?: string | undefined;
  readonly by?: string | undefined;
  readonly date?: string | undefined;
  readonly 'previous-year'?: string | undefined;
  readonly 'previous-date'?: string | undefined;
  readonly 'previous-coverage'?: string | undefined;
  readonly 're-poor-years'?: string | undefined;
  readonly out?: string | undefined;
  readonly json?: boolean | undefined;
  readonly quiet?: boolean | undefined;
}

/** A table file's rows, heading first: CSV (as Excel writes it) or the first sheet of a workbook. */
async function tableRows(file: string, locale: Locale): Promise<AsyncIterable<SheetRow> | Iterable<SheetRow>> {
  await checkReadable(file);
  try {
    if (isZip(await headOf(file))) return findSheets(await readWorkbook(await openAsBlob(file), { locale })).households.rows;
    return readCsv(createReadStream(file) as AsyncIterable<Uint8Array>, { locale, name: file }).rows;
  } catch (error) {
    if (error instanceof SheetError) throw new UsageError(`${file}: ${sheetErrorText(error)}`);
    throw error;
  }
}

const STATUS: Readonly<Record<string, ListedStatus>> = {
  poor: 'poor',
  ngheo: 'poor',
  hongheo: 'poor',
  nearpoor: 'near-poor',
  canngheo: 'near-poor',
  hocanngheo: 'near-poor',
  none: 'none',
  khong: 'none',
  thoatngheo: 'none',
  thoatcanngheo: 'none',
  '': 'none',
};
const ID_HEADINGS = new Set(['maho', 'mashoho', 'mahogiadinh', 'mahgd', 'id', 'householdid']);
const STATUS_HEADINGS = new Set(['tinhtrang', 'tinhtrangnamtruoc', 'phanloai', 'phanloainamtruoc', 'phanloaiho', 'danhsach', 'status', 'ketqua', 'ketquaranoat', 'ketquarasoat']);
const HOUSEHOLDS_HEADINGS = new Set(['tongsoho', 'tongsohodancu', 'soho', 'sohodancu', 'households', 'tongho']);
const PERSONS_HEADINGS = new Set(['tongsonhankhau', 'sonhankhau', 'tongsonguoi', 'persons', 'nhankhau']);

interface Headed {
  readonly headings: readonly string[];
  readonly rows: AsyncGenerator<SheetRow, void, undefined>;
}

async function headed(rows: AsyncIterable<SheetRow> | Iterable<SheetRow>, file: string): Promise<Headed> {
  const iterator = (Symbol.asyncIterator in rows ? (rows as AsyncIterable<SheetRow>)[Symbol.asyncIterator]() : (rows as Iterable<SheetRow>)[Symbol.iterator]()) as AsyncIterator<SheetRow> | Iterator<SheetRow>;
  const blank = (row: SheetRow): boolean => row.cells.every((cell) => cell === null || written(cell) === '');
  let first: SheetRow | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) break;
    if (!blank(next.value)) {
      first = next.value;
      break;
    }
  }
  if (first === undefined) throw new UsageError(`${file} is empty: it needs a heading row`);
  return {
    headings: first.cells.map((cell) => written(cell)),
    rows: (async function* () {
      for (;;) {
        const next = await iterator.next();
        if (next.done === true) return;
        if (!blank(next.value)) yield next.value;
      }
    })(),
  };
}

function columnOf(headings: readonly string[], names: ReadonlySet<string> | string, file: string, what: string, required = true): number {
  const index = typeof names === 'string' ? headings.findIndex((h) => normalizeKey(h) === normalizeKey(names)) : headings.findIndex((h) => names.has(normalizeKey(h)));
  if (index === -1 && required) throw new UsageError(`${file}: no ${what} column (headings: ${headings.filter((h) => h !== '').map((h) => `"${cut(h, 40)}"`).join(', ')})`);
  return index;
}

const cellText = (cells: readonly CellValue[], index: number): string => (index === -1 ? '' : written(cells[index] ?? null));

/** Reads last year's list: a table (Mã hộ, Tình trạng, the `--by` columns) or JSON Lines / JSON of `PreviousRecord`s. */
async function* previousRecords(file: string, by: readonly string[], locale: Locale): AsyncGenerator<{ record: unknown; where: string }, void, undefined> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) {
    await checkReadable(file);
    const text = await readFile(file, 'utf8');
    if (lower.endsWith('.json')) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new UsageError(`${file} is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
      }
      const list = Array.isArray(value) ? value : [value];
      for (let i = 0; i < list.length; i++) yield { record: list[i], where: `${file}, item ${i + 1}` };
      return;
    }
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(lines[i]!);
      } catch (error) {
        throw new UsageError(`${file}, line ${i + 1}: not valid JSON: ${(error as Error).message.slice(0, 120)}`);
      }
      yield { record: value, where: `${file}, line ${i + 1}` };
    }
    return;
  }
  const table = await headed(await tableRows(file, locale), file);
  const id = columnOf(table.headings, ID_HEADINGS, file, 'household id ("Mã hộ")');
  const status = columnOf(table.headings, STATUS_HEADINGS, file, 'status ("Tình trạng": Hộ nghèo / Hộ cận nghèo / Không)');
  const groups = by.map((field) => [field, columnOf(table.headings, field, file, `"${field}" (--by)`, false)] as const);
  for await (const { row, cells } of table.rows) {
    const where = `${file}, row ${row}`;
    const value = cellText(cells, status);
    const listed = STATUS[normalizeKey(value)];
    if (listed === undefined) throw new UsageError(`${where}: status "${cut(value, 40)}" is not one of Hộ nghèo (poor), Hộ cận nghèo (near-poor), Không (none)`);
    const group: Record<string, string | null> = {};
    for (const [field, index] of groups) if (index !== -1) group[field] = cellText(cells, index) || null;
    yield { record: { id: cellText(cells, id), status: listed, ...(Object.keys(group).length > 0 ? { group } : {}) } satisfies PreviousRecord, where };
  }
}

/** Reads the resident totals: the `--by` columns (blank for a whole-area total), households, persons. */
async function residentTotals(file: string, by: readonly string[], locale: Locale): Promise<ResidentTotal[]> {
  const table = await headed(await tableRows(file, locale), file);
  const households = columnOf(table.headings, HOUSEHOLDS_HEADINGS, file, 'households ("Tổng số hộ")');
  const persons = columnOf(table.headings, PERSONS_HEADINGS, file, 'persons', false);
  const groups = by.map((field) => columnOf(table.headings, field, file, `"${field}" (--by)`, false));
  const totals: ResidentTotal[] = [];
  for await (const { row, cells } of table.rows) {
    const count = (index: number, what: string): number => {
      const text = cellText(cells, index).replace(/[.,\s]/g, '');
      if (!/^\d{1,9}$/.test(text)) throw new UsageError(`${file}, row ${row}: ${what} "${cut(cellText(cells, index), 40)}" is not a whole number`);
      return Number(text);
    };
    const group: Record<string, string> = {};
    for (let i = 0; i < by.length; i++) {
      const value = groups[i] === -1 ? '' : cellText(cells, groups[i]!);
      if (value === '') break;
      group[by[i]!] = value;
    }
    totals.push({ group, households: count(households, 'households'), ...(persons === -1 || cellText(cells, persons) === '' ? {} : { persons: count(persons, 'persons') }) });
  }
  return totals;
}

function validationText(error: ValidationError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => issue.message)
    .join('; ');
}

const LIST_WORDS = {
  vi: { list: 'Danh sách hộ', report: 'Báo cáo', missing: 'Không có năm nay', row: 'Dòng trong tệp', id: 'Mã hộ', previous: 'Năm trước', current: 'Năm nay', kind: 'Chuyển đổi', possible: 'Các khả năng', status: 'Tình trạng năm trước', noId: 'không có mã hộ: không ghép được với danh sách năm trước' },
  en: { list: 'Households', report: 'Report', missing: 'Missing this year', row: 'Row in file', id: 'Household id', previous: 'Last year', current: 'This year', kind: 'Transition', possible: 'Possible', status: "Last year's status", noId: "no household id: cannot be matched with last year's list" },
} as const;

const STATUS_WORDS = {
  vi: { poor: 'Hộ nghèo', 'near-poor': 'Hộ cận nghèo', none: 'Không', unknown: 'Chưa rõ', average: 'Hộ có mức sống trung bình', 'above-average': 'Hộ trên mức sống trung bình', undetermined: 'Chưa xác định', 'not-classified': 'Lỗi — chưa phân loại', 'not-in-file': 'Không có trong tệp năm nay' },
  en: { poor: 'Poor', 'near-poor': 'Near-poor', none: 'None', unknown: 'Unknown', average: 'Average', 'above-average': 'Above average', undetermined: 'Undetermined', 'not-classified': 'Error — not classified', 'not-in-file': "Not in this year's file" },
} as const;

function figuresRow(label: string, figures: ReviewFigures): WriteCell[] {
  const p = figures.poorMovement;
  const n = figures.nearPoorMovement;
  const r = figures.results;
  return [
    label,
    figures.reviewed,
    r.residents?.households ?? '',
    p.start,
    p.decreases,
    p.increases,
    p.end,
    r.poor.householdRate ?? '',
    n.start,
    n.decreases,
    n.increases,
    n.end,
    r.nearPoor.householdRate ?? '',
    figures.undetermined,
    figures.notClassified,
  ];
}

const TABLE_HEADINGS = {
  vi: ['Đơn vị', 'Số hộ rà soát', 'Hộ dân cư', 'Hộ nghèo đầu kỳ', 'Giảm', 'Tăng', 'Hộ nghèo cuối kỳ', 'Tỷ lệ hộ nghèo', 'Hộ cận nghèo đầu kỳ', 'Giảm', 'Tăng', 'Hộ cận nghèo cuối kỳ', 'Tỷ lệ hộ cận nghèo', 'Chưa xác định', 'Chưa phân loại'],
  en: ['Unit', 'Reviewed', 'Resident households', 'Poor at start', 'Decreases', 'Increases', 'Poor at end', 'Poverty rate', 'Near-poor at start', 'Decreases', 'Increases', 'Near-poor at end', 'Near-poverty rate', 'Undetermined', 'Not classified'],
} as const;

/** Runs `review`; returns the exit code. */
export async function reviewCommand(opened: OpenedRun, values: ReviewValues, context: { locale: Locale; ruleSet: RuleSet; date: string; by: readonly string[] }, io: CliIo): Promise<number> {
  const { locale, ruleSet, date, by } = context;
  const previousFile = values.previous;
  if (previousFile === undefined) throw new UsageError('review needs last year\'s list: --previous <file>');
  const reviewYear = Number(date.slice(0, 4));
  const yearText = values['previous-year'];
  const year = yearText === undefined ? reviewYear - 1 : /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  if (!Number.isInteger(year)) throw new UsageError(`--previous-year must be a year such as 2024, got "${cut(yearText ?? '', 20)}"`);
  const previousDate = values['previous-date'] ?? `${year}-12-31`;
  const coverage = values['previous-coverage'] ?? 'poor-and-near-poor';
  if (coverage !== 'poor-and-near-poor' && coverage !== 'all-households') throw new UsageError('--previous-coverage must be poor-and-near-poor or all-households');
  const lookBack = values['re-poor-years'];
  if (lookBack !== undefined && !/^\d{1,2}$/.test(lookBack)) throw new UsageError('--re-poor-years must be a number of years such as 3');
  const totals = values.totals === undefined ? undefined : await residentTotals(values.totals, by, locale);
  let review: Review;
  try {
    review = createReview({
      date,
      previousList: { year, date: previousDate, coverage },
      ...(by.length > 0 ? { by: [...by] } : {}),
      ...(totals === undefined ? {} : { totals }),
      ...(lookBack === undefined ? {} : { rePoorLookBack: { years: Number(lookBack) } }),
      ruleSet: ruleSet.id,
    });
  } catch (error) {
    if (error instanceof ValidationError) throw new UsageError(validationText(error));
    throw error;
  }
  let previousCount = 0;
  for await (const { record, where } of previousRecords(previousFile, by, locale)) {
    try {
      review.addPrevious(record);
      previousCount++;
    } catch (error) {
      if (error instanceof ValidationError) throw new UsageError(`${where}: ${validationText(error)}`);
      throw error;
    }
  }

  const w = LIST_WORDS[locale];
  const s = STATUS_WORDS[locale];
  const carried = opened.run.layout.carried;
  const signal = io.signal;
  let read = 0;
  let failed = 0;
  let noId = 0;
  let reported = 0;
  const kinds = (h: HouseholdReview): string => h.possibleKinds.map((kind) => kind).join('; ');
  const sinks: Sink[] = [];
  let out: Sink | undefined;
  let report: ReviewReport | undefined;
  const missing: HouseholdReview[] = [];

  async function* listRows(): AsyncGenerator<WriteCell[], void, undefined> {
    yield [...carried.map((column) => column.heading), w.id, w.status, w.current, w.kind, w.possible, w.row];
    for await (const item of opened.run.results()) {
      read++;
      if (!item.ok) {
        failed++;
        if (values.quiet !== true && reported < 20) {
          reported++;
          note(io, oneLine(item.issues.slice(0, 20).map((issue) => issue.message).join(' ')));
        }
      }
      const cells: WriteCell[] = [...item.carried];
      if (item.id === undefined) {
        noId++;
        if (values.quiet !== true && reported < 20) {
          reported++;
          note(io, oneLine(`${locale === 'vi' ? 'Dòng' : 'Row'} ${item.row}: ${w.noId}`));
        }
        yield [...cells, '', '', item.ok ? s[item.result.category] : s['not-classified'], w.noId, '', item.row];
        continue;
      }
      const group: Record<string, string | null> = {};
      for (const field of by) {
        const value = opened.value(`by:${field}`, item);
        group[field] = value === null ? null : String(value);
      }
      let household: HouseholdReview;
      try {
        household = review.add({ id: item.id, result: resultOf(item), ...(by.length > 0 ? { group } : {}), ...(item.size === undefined ? {} : { persons: item.size }) });
      } catch (error) {
        if (error instanceof ValidationError) throw new InputError(validationText(error), { row: item.index + 1, line: item.row });
        throw error;
      }
      yield [...cells, household.id, s[household.previous.status], s[household.current.category], household.words[locale], household.kind === 'undetermined' ? kinds(household) : '', item.row];
      if ((read & 63) === 0) {
        const stop = interruption(signal);
        if (stop !== undefined) throw stop;
      }
    }
    for (const household of review.settle()) missing.push(household);
    report = review.finish();
  }

  try {
    if (values.out !== undefined && values.out.toLowerCase().endsWith('.xlsx')) {
      out = await Sink.open(values.out, io.stdout);
      sinks.push(out);
      const sheets = (async function* (): AsyncGenerator<SheetSpec, void, undefined> {
        yield { name: w.list, rows: listRows(), columns: [...carried.map(() => ({ width: 16 })), { width: 12 }, { width: 18 }, { width: 22 }, { width: 50, wrap: true }, { width: 40, wrap: true }, { width: 8 }] };
        const r = report!;
        const rows: WriteCell[][] = [[...TABLE_HEADINGS[locale]]];
        for (const group of r.groups) rows.push(figuresRow(group.key.map((value) => value ?? '—').join(' / '), group));
        rows.push(figuresRow(locale === 'vi' ? 'Tổng cộng' : 'Total', r));
        rows.push([]);
        for (const line of renderReviewReport(r, { locale, ruleSet }).split('\n')) rows.push([line]);
        yield { name: w.report, rows, columns: [{ width: 28 }, ...TABLE_HEADINGS[locale].slice(1).map(() => ({ width: 12 }))] };
        yield { name: w.missing, rows: [[w.id, ...by, w.status], ...missing.map((h) => [h.id, ...h.group.map((value) => value ?? ''), s[h.previous.status]])], columns: [{ width: 14 }, ...by.map(() => ({ width: 16 })), { width: 18 }] };
      })();
      for await (const chunk of streamWorkbook(sheets)) {
        const pending = out.writeBytes(chunk);
        if (pending !== undefined) await pending;
      }
    } else {
      if (values.out !== undefined && !values.json) throw new UsageError('review writes an .xlsx workbook (--out bao-cao.xlsx), JSON (--json, with --out for a file) or text to the terminal');
      for await (const row of listRows()) void row;
      out = await Sink.open(values.out, io.stdout);
      sinks.push(out);
      const text = values.json === true ? `${JSON.stringify({ report, missing }, null, 2)}\n` : `${printable(renderReviewReport(report!, { locale, ruleSet }))}\n`;
      out.write(text);
    }
    await out.finish();
    const stop = interruption(signal);
    if (stop !== undefined) throw stop;
    for (const sink of sinks) await sink.commit();
  } catch (error) {
    await Promise.all(sinks.map((sink) => sink.discard()));
    const known = error instanceof SheetError ? new InputError(sheetErrorText(error).replace(/\n/g, ' '), { row: read + 1, line: 0 }) : error;
    if (!(known instanceof CliError) || (known instanceof UsageError && out === undefined)) throw known;
    note(io, stopMessage(known, read, out, sinks));
    return known.exitCode;
  }
  const r = report!;
  const text =
    locale === 'vi'
      ? `chuan-ngheo: năm nay ${countIn('vi', read)} dòng (${countIn('vi', failed)} lỗi, ${countIn('vi', noId)} không có mã hộ); danh sách năm trước ${countIn('vi', previousCount)} hộ, ${countIn('vi', missing.length)} hộ không có trong tệp năm nay; hộ nghèo ${countIn('vi', r.poorMovement.start)} → ${countIn('vi', r.poorMovement.end)}, hộ cận nghèo ${countIn('vi', r.nearPoorMovement.start)} → ${countIn('vi', r.nearPoorMovement.end)}`
      : `chuan-ngheo: this year ${countText(read)} rows (${countText(failed)} failed, ${countText(noId)} without a household id); last year's list ${countText(previousCount)} households, ${countText(missing.length)} not in this year's file; poor ${countText(r.poorMovement.start)} → ${countText(r.poorMovement.end)}, near-poor ${countText(r.nearPoorMovement.start)} → ${countText(r.nearPoorMovement.end)}`;
  note(io, text);
  return failed > 0 || noId > 0 ? EXIT.rowsFailed : EXIT.ok;
}

function resultOf(item: SheetResult): import('../review/types.js').CurrentRecord['result'] {
  return item.ok ? item.result : { index: item.index, ok: false, issues: [] };
}
