/**
 * One pipeline for the commune review, in the library (used by the CLI's `review` and the
 * commune page alike): numbers as officers write them (`readNumber`), last year's list and the
 * resident totals read from what a commune has (`readPreviousList`, `readResidentTotals`; the
 * Excel-style fixtures of test/browser/fixtures/, with a title row, `;`, BOM, a refused status),
 * the report tables as plain data (`reviewReportTables`, vi and en) and the review workbook
 * (`writeReviewWorkbook`, read back with the library). Every row accounted for: rows in = rows out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, createReview, deriveRuleSet, getRuleSet, reviewHouseholds, reviewReportTables, ValidationError } from '../../src/index.js';
import type { HouseholdReview, ReviewReport } from '../../src/index.js';
import {
  readCsv,
  readNumber,
  readPreviousList,
  readResidentTotals,
  readWorkbook,
  streamReviewWorkbook,
  writeReviewWorkbook,
  writeWorkbook,
} from '../../src/sheets/index.js';
import { answers } from '../helpers/households.js';

const FIXTURES = join(import.meta.dirname, '..', 'browser', 'fixtures');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function rowsOf(book: Uint8Array, sheet: string): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for await (const row of (await readWorkbook(book)).table(sheet).rows) rows.push([...row.cells]);
  return rows;
}

describe('readNumber: how officers write numbers, exact, never guessed', () => {
  it('reads Vietnamese numbers by default: grouping dots or spaces, a decimal comma', () => {
    expect(readNumber('1.500.000')).toEqual({ ok: true, value: '1500000' });
    expect(readNumber('1 500 000')).toEqual({ ok: true, value: '1500000' });
    expect(readNumber('1,5')).toEqual({ ok: true, value: '1.5' });
    expect(readNumber('31,5')).toEqual({ ok: true, value: '31.5' });
    expect(readNumber('1.500.000,25')).toEqual({ ok: true, value: '1500000.25' });
    expect(readNumber(' 0 ')).toEqual({ ok: true, value: '0' });
    expect(readNumber(2250000)).toEqual({ ok: true, value: '2250000' });
  });

  it('keeps exact decimals (no floating point)', () => {
    expect(readNumber('0,1')).toEqual({ ok: true, value: '0.1' });
    expect(readNumber('12.345.678.901.234.567,89')).toEqual({ ok: true, value: '12345678901234567.89' });
  });

  it('refuses what is not a number in the format, with a message that says how to write it', () => {
    const dot = readNumber('1.5');
    expect(dot.ok).toBe(false);
    if (!dot.ok) {
      expect(dot.code).toBe('invalid_amount');
      expect(dot.message).toBe(
        '«1.5» không phải số tiền hợp lệ; ghi như 1.500.000 hoặc 1500000 (dấu chấm ngăn nhóm ba chữ số, dấu phẩy trước phần thập phân: 31,5)',
      );
    }
    for (const bad of ['', '-5', '1.50.000', 'một triệu', '1,500,000', '1e6']) expect(readNumber(bad).ok, bad).toBe(false);
    expect(readNumber(-1).ok).toBe(false);
    expect(readNumber(Number.NaN).ok).toBe(false);
  });

  it('plain: a Vietnamese-looking number is refused with its value as a hint', () => {
    expect(readNumber('1500000.5', { format: 'plain' })).toEqual({ ok: true, value: '1500000.5' });
    const refused = readNumber('1.500.000', { format: 'plain', locale: 'en' });
    expect(refused).toMatchObject({ ok: false, code: 'invalid_amount', plain: '1500000' });
    if (!refused.ok) {
      expect(refused.message).toMatch(/^"1\.500\.000" is not a valid amount; it is written the Vietnamese way/);
    }
  });

  it('refuses invalid options with a path', () => {
    expect(() => readNumber('1', { format: 'us' as never })).toThrow(ValidationError);
    try {
      readNumber('1', { format: 'us' as never });
    } catch (error) {
      expect((error as ValidationError).issues[0]!.path).toEqual(['format']);
    }
  });
});

describe("readPreviousList: last year's list as a commune keeps it", () => {
  it('reads the Excel CSV (title row, `;`, BOM): statuses, earlier years, villages; refuses a word that is not a status', async () => {
    const list = await readPreviousList(bytes('danh-sach-nam-truoc.csv'), { by: ['thon'], name: 'danh-sach-nam-truoc.csv' });
    expect(list.year).toBe(2024);
    expect(list.statusColumn).toBe('Phân loại năm 2024');
    expect(list.records.map(({ row, record }) => [row, record.id, record.status, record.group?.thon])).toEqual([
      [3, 'H001', 'poor', 'Thôn Đông'],
      [4, 'H002', 'poor', 'Thôn Đông'],
      [5, 'H003', 'near-poor', 'Thôn Đông'],
      [6, 'H004', 'none', 'Thôn Tây'],
      [7, 'H006', 'near-poor', 'Thôn Tây'],
      [8, 'H008', 'near-poor', 'Thôn Tây'],
      [9, 'H009', 'poor', 'Thôn Tây'],
      [10, 'H011', 'near-poor', 'Thôn Đông'],
      [12, 'H013', 'none', 'Thôn Tây'],
    ]);
    expect(list.records[3]!.record.history).toEqual([{ year: 2023, status: 'poor' }]);
    expect(list.records[5]!.record.history).toBeUndefined(); // a blank earlier year is no history
    expect(list.issues).toHaveLength(1);
    expect(list.issues[0]).toMatchObject({ code: 'invalid_status', row: 11, column: 'Phân loại năm 2024', letter: 'E', value: 'Hộ nghèo lắm' });
    expect(list.issues[0]!.message).toBe(
      'Dòng 11, cột «Phân loại năm 2024» (E): «Hộ nghèo lắm» không phải tình trạng đã công nhận; ghi «Hộ nghèo», «Hộ cận nghèo» hoặc «Không» (ô trống là «Không») — dòng này không được dùng.',
    );
    // Rows in = rows out: 10 households below the heading, 9 read, 1 refused.
    expect([list.rows, list.records.length, list.refused]).toEqual([10, 9, 1]);
  });

  it('reports a blank id, a second row of an id and an unreadable earlier year, each with row and column (English)', async () => {
    const file = 'Mã hộ,Xóm,Tình trạng,Năm 2022\nA1,Bắc,x-nghèo,\n,Bắc,Hộ nghèo,\nA2,Nam,Hộ nghèo,có\nA2,Nam,Hộ cận nghèo,\n,,,\nA3,,thoát nghèo,Hộ nghèo\n';
    const list = await readPreviousList(file, { by: ['thon'], locale: 'en' });
    expect(list.issues.map((issue) => [issue.code, issue.row, issue.column, issue.value])).toEqual([
      ['invalid_status', 2, 'Tình trạng', 'x-nghèo'],
      ['blank_required', 3, 'Mã hộ', ''],
      ['invalid_history', 4, 'Năm 2022', 'có'],
      ['duplicate_id', 5, 'Mã hộ', 'A2'],
    ]);
    expect(list.issues[3]!.message).toBe('Row 5, column "Mã hộ" (A): household id "A2" is already on row 4; one row per household — this row is not used.');
    // "Xóm" is the village column of a review grouped by "thon"; a blank village is null.
    expect(list.records.map(({ record }) => record)).toEqual([
      { id: 'A2', status: 'poor', group: { thon: 'Nam' } },
      { id: 'A3', status: 'none', history: [{ year: 2022, status: 'poor' }], group: { thon: null } },
    ]);
    expect(list.year).toBeNull();
    expect([list.rows, list.records.length + list.refused]).toEqual([5, 5]);
  });

  it('refuses a file without an id or a status column, naming the headings', async () => {
    await expect(readPreviousList('Tên,Thôn\nA,B\n')).rejects.toMatchObject({ issues: [{ code: 'missing_column' }] });
    await expect(readPreviousList('Mã hộ,Thôn\nA1,B\n')).rejects.toThrow(/không có cột tình trạng năm trước .*«Mã hộ», «Thôn»/);
    await expect(readPreviousList('Mã hộ\n', { by: [''] })).rejects.toThrow(ValidationError);
  });

  it("reads this library's results workbook: its categories are statuses; undetermined and failed rows are refused, not guessed", async () => {
    const book = writeWorkbook([
      {
        name: 'Kết quả',
        rows: [
          ['Mã hộ', 'Thôn', 'Phân loại'],
          ['H1', 'Đông', 'Hộ nghèo'],
          ['H2', 'Đông', 'Hộ có mức sống trung bình'],
          ['H3', 'Tây', 'Hộ không thuộc diện nghèo, cận nghèo hay có mức sống trung bình'],
          ['H4', 'Tây', 'Chưa xác định'],
          ['H5', 'Tây', 'Lỗi — chưa phân loại'],
        ],
      },
      { name: 'Tổng hợp', rows: [['x']] },
    ]);
    const list = await readPreviousList(book);
    expect(list.records.map(({ record }) => [record.id, record.status])).toEqual([
      ['H1', 'poor'],
      ['H2', 'none'],
      ['H3', 'none'],
    ]);
    expect(list.issues.map((issue) => [issue.row, issue.value])).toEqual([
      [5, 'Chưa xác định'],
      [6, 'Lỗi — chưa phân loại'],
    ]);
  });

  it('a status of only punctuation ("?", "-") is refused, not read as a blank', async () => {
    const list = await readPreviousList('Mã hộ,Tình trạng,Năm 2023\nH1,?,Hộ nghèo\nH2,Hộ nghèo,-\nH3,,\n');
    expect(list.records.map(({ record }) => [record.id, record.status, record.history])).toEqual([
      ['H2', 'poor', undefined],
      ['H3', 'none', undefined],
    ]);
    expect(list.issues.map((issue) => [issue.code, issue.row, issue.value])).toEqual([
      ['invalid_status', 2, '?'],
      ['invalid_history', 3, '-'],
    ]);
  });

  it('streams the list row by row: the same records and issues as readPreviousList', async () => {
    const { streamPreviousList } = await import('../../src/sheets/index.js');
    const stream = await streamPreviousList(bytes('danh-sach-nam-truoc.csv'), { by: ['thon'] });
    const entries = [];
    for await (const entry of stream.entries) entries.push(entry);
    const read = await readPreviousList(bytes('danh-sach-nam-truoc.csv'), { by: ['thon'] });
    expect(entries.filter((entry) => entry.record !== null).map(({ row, record }) => ({ row, record }))).toEqual(read.records);
    expect(entries.flatMap((entry) => entry.issues)).toEqual(read.issues);
    expect([entries.length, stream.year, stream.statusColumn]).toEqual([read.rows, 2024, 'Phân loại năm 2024']);
  });

  it('takes a table already read', async () => {
    const list = await readPreviousList(readCsv('Mã hộ;Kết quả rà soát\nB1;Hộ cận nghèo\n'));
    expect(list.records).toEqual([{ row: 2, record: { id: 'B1', status: 'near-poor' } }]);
  });
});

describe('readResidentTotals: households per village and for the whole commune', () => {
  it('reads the fixture: villages, the commune row, "1.100" persons', async () => {
    const read = await readResidentTotals(bytes('so-ho-theo-thon.csv'), { by: ['thon'] });
    expect(read.totals).toEqual([
      { row: 2, total: { group: { thon: 'Thôn Đông' }, households: 142, persons: 531 } },
      { row: 3, total: { group: { thon: 'Thôn Tây' }, households: 118, persons: 452 } },
      { row: 4, total: { group: {}, households: 300, persons: 1100 } },
    ]);
    expect(read.issues).toEqual([]);
    expect([read.rows, read.refused]).toEqual([3, 0]);
  });

  it('reports a count that is not whole, a second row for a unit and a village the review cannot use', async () => {
    const file = 'Thôn,Số hộ,Nhân khẩu\nĐông,12,40\nTây,"1,5",3\nĐông,13,\nBắc,20,abc\n,50,\nTổng cộng,51,\n';
    const read = await readResidentTotals(file, { by: ['thon'] });
    expect(read.issues.map((issue) => [issue.code, issue.row, issue.column, issue.value])).toEqual([
      ['invalid_integer', 3, 'Số hộ', '1,5'],
      ['duplicate_total', 4, 'Thôn', 'Đông'],
      ['invalid_integer', 5, 'Nhân khẩu', 'abc'],
      ['duplicate_total', 7, 'Số hộ', '51'],
    ]);
    expect(read.totals.map(({ total }) => total)).toEqual([
      { group: { thon: 'Đông' }, households: 12, persons: 40 },
      { group: { thon: 'Bắc' }, households: 20 },
      { group: {}, households: 50 },
    ]);
    expect(read.rows).toBe(read.totals.length + read.refused);
    const ungrouped = await readResidentTotals('Thôn;Tổng số hộ\nĐông;12\nToàn xã;40\n');
    expect(ungrouped.totals.map(({ total }) => total)).toEqual([{ group: {}, households: 40 }]);
    expect(ungrouped.issues[0]).toMatchObject({ code: 'total_not_used', row: 2, column: 'Thôn', value: 'Đông' });
  });

  it('a unit of only punctuation is not the whole area', async () => {
    const read = await readResidentTotals('Thôn,Số hộ\n-,12\n,40\n', { by: ['thon'] });
    expect(read.totals.map(({ total }) => total)).toEqual([
      { group: { thon: '-' }, households: 12 },
      { group: {}, households: 40 },
    ]);
  });

  it('refuses a file without a households column', async () => {
    await expect(readResidentTotals('Thôn,Ghi chú\nĐông,x\n')).rejects.toThrow(/không có cột số hộ dân cư/);
  });
});

/** The page's case, by hand: H1 poor → poor, H2 poor → near-poor, H3 new and poor, H9 poor and missing. */
function smallReport(options: { ruleSet?: Parameters<typeof createReview>[0]['ruleSet'] } = {}): { report: ReviewReport; households: HouseholdReview[] } {
  const review = createReview({
    date: '2025-10-20',
    previousList: { year: 2024, date: '2024-12-25' },
    by: ['thon'],
    totals: [
      { group: { thon: 'Đông' }, households: 142, persons: 531 },
      { group: {}, households: 300 },
    ],
    ...options,
  });
  review.addPrevious({ id: 'H1', status: 'poor', group: { thon: 'Đông' } });
  review.addPrevious({ id: 'H2', status: 'poor', group: { thon: 'Đông' } });
  review.addPrevious({ id: 'H9', status: 'poor', group: { thon: 'Tây' } });
  const households = [
    review.add({
      result: classify({ id: 'H1', area: 'rural', size: 4, income: { perCapitaMonthly: 1_200_000 }, deprivations: answers(3) }),
      group: { thon: 'Đông' },
      persons: 4,
    }),
    review.add({
      result: classify({ id: 'H2', area: 'rural', size: 3, income: { perCapitaMonthly: 1_400_000 }, deprivations: answers(0) }),
      group: { thon: 'Đông' },
      persons: 3,
    }),
    review.add({
      result: classify({ id: 'H3', area: 'rural', size: 2, income: { perCapitaMonthly: 900_000 }, deprivations: answers(4) }),
      group: { thon: 'Tây' },
      persons: 2,
    }),
  ];
  households.push(...review.settle());
  return { report: review.finish(), households };
}

describe('reviewReportTables: the village and commune tables as plain data', () => {
  it('Vietnamese: rows per village and the commune, exact rates kept, text rounded half-up', () => {
    const { report } = smallReport();
    const tables = reviewReportTables(report, { unitHeading: 'Thôn', totalLabel: 'Toàn xã' });
    expect(tables.map((table) => table.id)).toEqual(['results', 'poor-movement', 'near-poor-movement', 'deprivations', 'missing']);
    const results = tables[0]!;
    expect(results.head).toEqual([
      'Thôn',
      'Hộ dân cư',
      'Nhân khẩu',
      'Hộ rà soát',
      'Hộ nghèo',
      'Tỷ lệ',
      'Hộ cận nghèo',
      'Tỷ lệ',
      'Nghèo + cận nghèo',
      'Tỷ lệ',
      'Chưa xác định',
      'Không phân loại được',
    ]);
    // The villages in the report's order (sorted by key), the commune last.
    expect(results.rows.map((row) => [row.label, row.level])).toEqual([
      ['Tây', 1],
      ['Đông', 1],
      ['Toàn xã', 0],
    ]);
    // Commune: 2 poor (H1, H3) of 300 = 0.666…%; 1 near-poor (H2).
    const commune = results.rows[2]!.cells;
    expect(commune.map((cell) => cell.text)).toEqual(['300', '—', '3', '2', '0,67%', '1', '0,33%', '3', '1,00%', '0', '0']);
    expect(commune[4]).toEqual({ kind: 'rate', value: '0.00666666666666666667', text: '0,67%' });
    // Thôn Đông: 1 poor of 142 = 0.704…%.
    expect(results.rows[1]!.cells[4]!.text).toBe('0,70%');
    // Thôn Tây has no total: rates withheld, and a note says why.
    expect(results.rows[0]!.cells[4]).toEqual({ kind: 'rate', value: null, text: '—' });
    expect(results.notes.some((note) => note.startsWith('Không tính tỷ lệ (Tây): '))).toBe(true);
    const poor = tables[1]!;
    expect(poor.rows[2]!.cells.map((cell) => cell.value)).toEqual([3, 1, 0, 1, 0, 0, 0, 0, 1, 0, 2]);
    expect(poor.legend[1]).toBe('(2) Giảm: thoát nghèo, thành hộ cận nghèo');
    expect(poor.notes[0]).toBe('(11) = (1) − (2) − (3) − (4) − (5) − (6) + (7) + (8) + (9) + (10)');
    expect(tables[2]!.notes[0]).toBe('(10) = (1) − (2) − (3) − (4) − (5) − (6) + (7) + (8) + (9)');
    const deprivations = tables[3]!;
    expect(deprivations.rows).toHaveLength(12 + 2);
    expect(deprivations.rows[0]!.label).toBe(getRuleSet('vn-2022-2025').messages.vi[`indicator.${deprivations.rows[0]!.id}.name`]);
    expect(tables[4]!.head).toEqual(['Mã hộ', 'Thôn', 'Năm trước']);
    expect(tables[4]!.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)])).toEqual([['H9', 'Tây', 'Hộ nghèo']]);
  });

  it("English, and without last year's list no movement tables", () => {
    const { report } = smallReport();
    const tables = reviewReportTables(report, { locale: 'en', movement: false });
    expect(tables.map((table) => table.title)).toEqual(['1. Results', '2. Deprivations of poor and near-poor households at the end (whole area)']);
    expect(tables[0]!.rows[2]!.label).toBe('Total');
    expect(tables[0]!.rows[2]!.cells[4]!.text).toBe('0.67%');
    expect(tables[0]!.head[0]).toBe('Unit');
  });

  it('refuses unknown options and a rule set that is not one', () => {
    const { report } = smallReport();
    expect(() => reviewReportTables(report, { colour: 'red' } as never)).toThrow(ValidationError);
    expect(() => reviewReportTables(report, { ruleSet: { id: 'fake' } as never })).toThrow(/must be a rule set/);
    expect(reviewReportTables(report, { ruleSet: getRuleSet('vn-2022-2025') })).toHaveLength(5);
  });
});

describe('createReview takes a rule set object as well as its id (regression)', () => {
  it('getRuleSet(…) and a derived rule set are accepted and named in the report', () => {
    expect(smallReport({ ruleSet: getRuleSet('vn-2022-2025') }).report.ruleSet?.id).toBe('vn-2022-2025');
    const derived = deriveRuleSet(getRuleSet('vn-2022-2025'), {
      id: 'example-province-2025',
      title: { vi: 'Chuẩn nghèo của tỉnh (ví dụ)', en: 'Province standard (example)' },
      instrument: {
        id: 'example-resolution',
        name: { vi: 'Nghị quyết (ví dụ)', en: 'Resolution (example)' },
        title: { vi: 'Ví dụ', en: 'Example' },
        signed: '2024-12-01',
        inForce: '2025-01-01',
        role: { vi: 'Chuẩn nghèo của tỉnh', en: 'Province poverty standard' },
      },
      citation: { article: '1', paraphrase: { vi: 'Chuẩn thu nhập cao hơn.', en: 'Higher income line.' }, confidence: 'A' },
      incomeLines: [
        { id: 'poverty', amounts: { rural: '2000000', urban: '2500000' } },
        { id: 'average-ceiling', amounts: { rural: '3000000', urban: '3750000' } },
      ],
    });
    const review = createReview({ date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' }, ruleSet: derived });
    expect(review.finish().ruleSet).toMatchObject({ id: 'example-province-2025', fingerprint: derived.fingerprint });
    expect(() => createReview({ date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' }, ruleSet: { ...getRuleSet('vn-2022-2025') } })).toThrow(
      /must be a rule-set id/,
    );
    const { report } = reviewHouseholds([], [], { date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' }, ruleSet: getRuleSet('vn-2022-2025') });
    expect(report.ruleSet?.id).toBe('vn-2022-2025');
    expect(report.deprivations.poor.indicators).toHaveLength(12);
  });
});

describe("createReview: last year's list without a date", () => {
  const listOf = (date: string, year: number) => createReview({ date, previousList: { year } }).finish().previousList;
  it('is dated 31 December of its year, or the review day when that is earlier (boundaries)', () => {
    expect(listOf('2025-10-20', 2024)).toEqual({ year: 2024, date: '2024-12-31', coverage: 'poor-and-near-poor' });
    expect(listOf('2025-10-20', 2025).date).toBe('2025-10-20');
    expect(listOf('2025-12-31', 2025).date).toBe('2025-12-31');
    expect(listOf('2026-01-01', 2025).date).toBe('2025-12-31');
    expect(() => listOf('2025-10-20', 2026)).toThrow(/dated after this review/);
  });
});

describe('writeReviewWorkbook: the review for officers, read back with the library', () => {
  it('list (rows in = rows out, carried columns kept), then one sheet per report table', async () => {
    const { report, households } = smallReport();
    const rows = [
      { row: 2, carried: ['Lò Văn A', 'Đông'], review: households[0]! },
      { row: 3, carried: ['Hoàng Thị B', 'Đông'], review: null, category: 'not-classified' as const },
      { row: 4, carried: ['Trần C', 'Đông'], review: households[1]! },
      { row: 5, carried: ['Vi D', 'Tây'], review: households[2]! },
    ];
    const book = writeReviewWorkbook({ report, households: rows, carried: ['Họ tên chủ hộ', 'Thôn'] }, { unitHeading: 'Thôn', totalLabel: 'Toàn xã' });
    expect((await readWorkbook(book)).sheets).toEqual([
      'Danh sách hộ',
      'Kết quả rà soát',
      'Biến động hộ nghèo',
      'Biến động hộ cận nghèo',
      'Thiếu hụt',
      'Không có năm nay',
    ]);
    const list = await rowsOf(book, 'Danh sách hộ');
    expect(list[0]).toEqual(['Họ tên chủ hộ', 'Thôn', 'Mã hộ', 'Tình trạng năm trước', 'Phân loại năm nay', 'Chuyển đổi', 'Các khả năng', 'Dòng trong tệp']);
    expect(list.slice(1)).toEqual([
      ['Lò Văn A', 'Đông', 'H1', 'Hộ nghèo', 'Hộ nghèo', 'vẫn là hộ nghèo', null, 2],
      ['Hoàng Thị B', 'Đông', null, null, 'Lỗi — chưa phân loại', 'không có mã hộ: không ghép được với danh sách năm trước', null, 3],
      ['Trần C', 'Đông', 'H2', 'Hộ nghèo', 'Hộ cận nghèo', households[1]!.words.vi, null, 4],
      ['Vi D', 'Tây', 'H3', 'Không', 'Hộ nghèo', 'hộ nghèo phát sinh mới', null, 5],
    ]);
    const results = await rowsOf(book, 'Kết quả rà soát');
    expect(results.find((row) => row[0] === 'Toàn xã')).toEqual(['Toàn xã', 300, null, 3, 2, '0,67%', 1, '0,33%', 3, '1,00%', 0, 0]);
    expect((await rowsOf(book, 'Không có năm nay')).slice(1)).toEqual([['H9', 'Tây', 'Hộ nghèo']]);
    // The list is next year's list: its status is this year's category.
    const again = await readPreviousList(book);
    expect(again.statusColumn).toBe('Phân loại năm nay');
    expect(again.records.map(({ record }) => [record.id, record.status])).toEqual([
      ['H1', 'poor'],
      ['H2', 'near-poor'],
      ['H3', 'poor'],
    ]);
    expect(again.issues.map((issue) => issue.code)).toEqual(['blank_required']);
  });

  it('an undetermined household: every possible transition in words, not codes', async () => {
    const review = createReview({ date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' } });
    review.addPrevious({ id: 'U1', status: 'poor' });
    // 1,000,000 đồng, 2 deprived and 1 unknown: poor or near-poor, undetermined.
    const household = review.add({
      result: classify({ id: 'U1', area: 'rural', size: 2, income: { perCapitaMonthly: 1_000_000 }, deprivations: answers(2, 1) }),
    });
    expect(household.possibleKinds).toEqual(['remained-poor', 'poor-to-near-poor']);
    review.settle();
    const book = writeReviewWorkbook({ report: review.finish(), households: [{ row: 2, review: household }] });
    const [, row] = await rowsOf(book, 'Danh sách hộ');
    expect(row![2]).toBe('Chưa xác định');
    expect(String(row![4])).toMatch(/^vẫn là hộ nghèo; /);
    expect(String(row![4])).not.toMatch(/remained|poor-to/);
  });

  it('streams the same workbook, the report computed after the list', async () => {
    const review = createReview({ date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' } });
    review.addPrevious({ id: 'H1', status: 'near-poor' });
    async function* rows() {
      yield { row: 2, review: review.add({ result: classify({ id: 'H1', area: 'urban', size: 2, income: { perCapitaMonthly: 3_500_000 } }) }) };
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of streamReviewWorkbook({ report: () => (review.settle(), review.finish()), households: rows() }, { locale: 'en' }))
      chunks.push(chunk);
    const book = new Uint8Array(await new Blob(chunks as unknown as ConstructorParameters<typeof Blob>[0]).arrayBuffer());
    expect((await readWorkbook(book)).sheets).toEqual(['Households', 'Results', 'Poor movement', 'Near-poor movement', 'Deprivations', 'Missing this year']);
    expect((await rowsOf(book, 'Households'))[1]).toEqual(['H1', 'Near-poor', 'Above average', 'escaped near-poverty', null, 2]);
    expect((await rowsOf(book, 'Near-poor movement')).find((row) => row[0] === 'Total')).toEqual(['Total', 1, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('library messages name options, not command-line flags (the CLI words its own)', () => {
  it('a misspelt heading, a Vietnamese number under plain and a Windows-1258 file', async () => {
    const { classifySheets, SheetError } = await import('../../src/sheets/index.js');
    const messages: string[] = [];
    try {
      await classifySheets(
        { households: readCsv(new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sheets', 'tieu-de-sai.csv')))) },
        { blank: 'not-deprived', numberFormat: 'vi' },
      );
    } catch (error) {
      if (error instanceof SheetError) messages.push(...error.issues.map((issue) => issue.message));
    }
    const plain = readNumber('1.200.000', { format: 'plain' });
    if (!plain.ok) messages.push(plain.message);
    try {
      for await (const row of readCsv(new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sheets', 'ra-soat-cp1258.csv')))).rows) void row;
    } catch (error) {
      if (error instanceof SheetError) messages.push(...error.issues.map((issue) => issue.message));
    }
    expect(messages, JSON.stringify(messages)).toHaveLength(3);
    expect(messages[0]).toContain('bảng ánh xạ cột');
    expect(messages[1]).toContain("numberFormat: 'vi'");
    expect(messages[2]).toContain("encoding: 'windows-1258'");
    for (const message of messages) expect(message).not.toMatch(/--|dòng lệnh|command line/);
  });
});

describe('rows in = rows out, for any list (property)', () => {
  it('readPreviousList: every non-blank row is a record or refused with one issue naming its row; ids unique', async () => {
    const fc = await import('fast-check');
    const cell = fc.constantFrom('', 'Hộ nghèo', 'hộ cận nghèo', 'Không', 'thoát nghèo', 'Chưa xác định', '?', 'x', 'HN');
    const id = fc.constantFrom('', 'A1', 'A2', 'A3', 'B 7', 'c-9');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(id, cell, cell), { maxLength: 30 }), async (rows) => {
        const csv = `Mã hộ;Phân loại năm 2024;Năm 2023\n${rows.map((row) => row.join(';')).join('\n')}\n`;
        const list = await readPreviousList(csv);
        const nonBlank = rows.filter((row) => row.some((value) => value !== '')).length;
        expect(list.rows).toBe(nonBlank);
        expect(list.records.length + list.refused).toBe(list.rows);
        const refusing = list.issues.filter((issue) => issue.code !== 'invalid_history');
        expect(refusing).toHaveLength(list.refused);
        for (const issue of list.issues) expect(issue.row).toBeGreaterThan(1);
        const ids = list.records.map(({ record }) => record.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 150 },
    );
  });
});
