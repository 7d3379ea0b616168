/**
 * The command line on what a commune has (test/fixtures/sheets/: an Excel CSV with `;`, BOM,
 * CRLF and Vietnamese headings; the same file in Windows-1258; a LibreOffice workbook with a
 * members sheet), and the `template`, `review` and `change` commands on small cases worked by
 * hand. Rows in = rows out; categories checked against Decree 07/2021 (rural line 1,500,000,
 * ceiling 2,250,000; urban 2,000,000 and 3,000,000; poor at or below the line with 3 or more
 * deprivations). Runs `main()` in process (what the bin runs); faults are in cli.faults.test.ts.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook, writeWorkbook } from '../src/sheets/index.js';
import { csvFile, HEADER, runInProcess } from './helpers/cli.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'sheets');
const fixture = (name: string): string => join(FIXTURES, name);
const DIR = mkdtempSync(join(tmpdir(), 'chuan-ngheo-cli-sheets-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
let cases = 0;
function folder(): string {
  const path = join(DIR, `case-${++cases}`);
  rmSync(path, { recursive: true, force: true });
  return mkdtempSync(`${path}-`);
}

type Row = {
  row: number;
  line: number;
  id?: string;
  ok: boolean;
  category?: string;
  issues?: { code: string; message: string; field: string }[];
  columns?: Record<string, string>;
};
const jsonl = (text: string): Row[] =>
  text
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Row);
const outcome = (row: Row): string => (row.ok ? row.category! : `error:${row.issues!.map((issue) => issue.code).join('+')}`);

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const book = await readWorkbook(new Uint8Array(readFileSync(file)));
  const rows: unknown[][] = [];
  for await (const row of book.table(sheet).rows) rows.push([...row.cells]);
  return rows;
}

/** The ten household rows of ra-soat-xa.csv, by hand (see test/sheets/fixtures.test.ts). */
const COMMUNE = [
  ['H001', 4, 'poor'],
  ['H002', 5, 'near-poor'],
  ['H003', 6, 'average'],
  ['H004', 8, 'poor'],
  ['H005', 9, 'above-average'],
  ['H006', 10, 'error:invalid_area'],
  ['H007', 11, 'average'],
  ['H008', 13, 'average'],
  ['H003', 14, 'error:duplicate_id'],
  ['H010', 15, 'error:invalid_tick'],
];

describe('classify an Excel CSV (ra-soat-xa.csv)', () => {
  it('needs --blank: how a blank box is read is a choice, never a silent default', async () => {
    const run = await runInProcess(['classify', fixture('ra-soat-xa.csv'), '--number-format', 'vi']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--blank not-deprived');
    expect(run.stderr).toContain('--blank unknown');
  });

  it('rows in = rows out, with the expected categories, the carried columns, messages in Vietnamese and the blank count', async () => {
    const run = await runInProcess(['classify', fixture('ra-soat-xa.csv'), '--blank', 'not-deprived', '--number-format', 'vi']);
    expect(run.code).toBe(1);
    const rows = jsonl(run.stdout);
    expect(rows.map((row) => [row.id, row.line, outcome(row)])).toEqual(COMMUNE);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows[1]!.columns).toEqual({ STT: '2', 'Họ tên chủ hộ': 'Hoàng Thị Mai', Thôn: 'Thôn Đông', 'Ghi chú': 'đúng chuẩn nghèo' });
    expect(rows[5]!.issues![0]).toMatchObject({ field: 'Khu vực', code: 'invalid_area' });
    expect(run.stderr).toContain('Dòng 10, cột «Khu vực» (E): «Nông thô» không phải khu vực; ghi «Nông thôn» hoặc «Thành thị».');
    expect(run.stderr).toContain('ô chỉ số để trống: 67 ô ở 7 hộ đã phân loại được đọc là «không thiếu hụt» (--blank not-deprived)');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^chuan-ngheo: 10 dòng đã đọc, 7 hộ đã phân loại, 3 dòng lỗi — chuẩn vn-2022-2025 /);
  });

  it('in English with --locale en; blanks read as unknown make the near-poor household undetermined', async () => {
    const run = await runInProcess(['classify', fixture('ra-soat-xa.csv'), '--blank', 'unknown', '--number-format', 'vi', '--locale', 'en']);
    expect(jsonl(run.stdout).map(outcome)).toEqual([
      'poor',
      'undetermined',
      'average',
      'poor',
      'above-average',
      'error:invalid_area',
      'average',
      'average',
      'error:duplicate_id',
      'error:invalid_tick',
    ]);
    expect(run.stderr).toContain('Row 10, column "Khu vực" (E): "Nông thô" is not an area');
    expect(run.stderr).toContain('blank indicator cells: 67 cells in 7 classified households read as "unknown" (--blank unknown)');
  });

  it('refuses "1.200.000" without --number-format vi, saying how', async () => {
    const run = await runInProcess(['classify', fixture('ra-soat-xa.csv'), '--blank', 'not-deprived', '--locale', 'en']);
    expect(run.code).toBe(1);
    const rows = jsonl(run.stdout);
    expect(rows).toHaveLength(10);
    expect(rows.every((row) => !row.ok)).toBe(true);
    expect(run.stderr).toContain('--number-format vi');
  });

  it("writes the officers' workbook: results with carried columns, a summary per village, an errors sheet", async () => {
    const dir = folder();
    const out = join(dir, 'ket-qua.xlsx');
    const run = await runInProcess(['classify', fixture('ra-soat-xa.csv'), '--blank', 'not-deprived', '--number-format', 'vi', '--out', out]);
    expect(run.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['ket-qua.xlsx']);
    const book = await readWorkbook(new Uint8Array(readFileSync(out)));
    expect(book.sheets).toEqual(['Kết quả', 'Tổng hợp', 'Lỗi']);
    const results = await sheetRows(out, 'Kết quả');
    expect(results).toHaveLength(11); // the heading and 10 rows
    expect(results[1]!.slice(0, 9)).toEqual(['1', 'Lò Văn Páo', 'Thôn Đông', null, 'H001', 'Nông thôn', 4, 1200000, 'Hộ nghèo']);
    const summary = await sheetRows(out, 'Tổng hợp');
    expect(summary[3]).toEqual(['Tổng cộng', 10, 2, 1, 3, 1, 0, 3]);
    const errors = await sheetRows(out, 'Lỗi');
    expect(errors.slice(1).map((row) => row[5])).toEqual(['invalid_area', 'duplicate_id', 'invalid_tick']);
  });

  it('writes CSV for Excel with --excel: BOM, ";" under vi, formulas escaped', async () => {
    const dir = folder();
    const input = join(dir, 'in.csv');
    writeFileSync(input, '\uFEFFMã hộ;Họ tên chủ hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng\r\nH1;=HYPERLINK("x");Nông thôn;3;2000000\r\n');
    const out = join(dir, 'kq.csv');
    const run = await runInProcess(['classify', input, '--blank', 'not-deprived', '--excel', '--out', out]);
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFHọ tên chủ hộ;Mã hộ;Khu vực;')).toBe(true);
    expect(text.split('\r\n')[1]).toBe('"\'=HYPERLINK(""x"")";H1;Nông thôn;3;2000000;Hộ có mức sống trung bình;0;;;;2');
  });
});

describe('classify a Windows-1258 CSV (ra-soat-cp1258.csv)', () => {
  it('is refused with how to save it as UTF-8, and read as the UTF-8 file with --encoding windows-1258', async () => {
    const refused = await runInProcess(['classify', fixture('ra-soat-cp1258.csv'), '--blank', 'not-deprived', '--number-format', 'vi']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('CSV UTF-8');
    expect(refused.stderr).toContain('--encoding windows-1258');
    const read = await runInProcess([
      'classify',
      fixture('ra-soat-cp1258.csv'),
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--encoding',
      'windows-1258',
    ]);
    expect(read.code).toBe(1);
    expect(jsonl(read.stdout).map((row) => [row.id, row.line, outcome(row)])).toEqual(COMMUNE);
  });
});

describe('classify the LibreOffice workbook with a members sheet (ho-va-thanh-vien.xlsx)', () => {
  it('joins members by household id; rows in = rows out on both sheets; the unjoined member is reported', async () => {
    const dir = folder();
    const errors = join(dir, 'loi.jsonl');
    const run = await runInProcess(['classify', fixture('ho-va-thanh-vien.xlsx'), '--blank', 'not-deprived', '--errors', errors]);
    expect(run.code).toBe(1);
    expect(jsonl(run.stdout).map((row) => [row.id, outcome(row)])).toEqual([
      ['HA', 'poor'],
      ['HB', 'average'],
      ['HC', 'near-poor'],
      ['HD', 'error:invalid_choice'],
      ['HF', 'error:size_mismatch'],
    ]);
    expect(run.stderr).toContain('trang «Thành viên»: 12 dòng thành viên, 11 ghép được vào hộ, 1 không có hộ tương ứng');
    expect(run.stderr).toContain('mã hộ «HX» không có trong trang hộ gia đình');
    // The errors file: the two failed households and the member row with no household.
    const failed = readFileSync(errors, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { ok: boolean; issues: { code: string }[] });
    expect(failed.map((row) => row.issues[0]!.code)).toEqual(['invalid_choice', 'size_mismatch', 'unknown_household']);
  });

  it('writes the results workbook, read back with the library', async () => {
    const dir = folder();
    const out = join(dir, 'kq.xlsx');
    await runInProcess(['classify', fixture('ho-va-thanh-vien.xlsx'), '--blank', 'not-deprived', '--out', out, '--locale', 'en']);
    const results = await sheetRows(out, 'Results');
    expect(results).toHaveLength(6);
    expect(results.slice(1).map((row) => row[results[0]!.indexOf('Category')])).toEqual([
      'Poor household',
      'Household of average living standard',
      'Near-poor household',
      'Error — not classified',
      'Error — not classified',
    ]);
  });
});

describe('explain a row of a workbook', () => {
  it('explains household HA (row 1) from its members, and gives the messages of a row that cannot be classified', async () => {
    const one = await runInProcess(['explain', fixture('ho-va-thanh-vien.xlsx'), '--blank', 'not-deprived', '--row', '1']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Kết quả: hộ nghèo/);
    expect(one.stdout).toContain('Thiếu hụt 4/12 chỉ số');
    const bad = await runInProcess(['explain', fixture('ra-soat-xa.csv'), '--blank', 'not-deprived', '--number-format', 'vi', '--row', '6']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('«Nông thô» không phải khu vực');
  });
});

describe("today's flat CSV, JSON Lines and JSON", () => {
  it('go to an .xlsx workbook too (rows in = rows out, the --by column groups the summary sheet)', async () => {
    const dir = folder();
    const input = join(dir, 'in.csv');
    writeFileSync(input, csvFile(30));
    const out = join(dir, 'out.xlsx');
    const run = await runInProcess(['classify', input, '--by', 'commune', '--out', out]);
    expect([0, 1]).toContain(run.code);
    expect(await sheetRows(out, 'Kết quả')).toHaveLength(31);
    const summary = await sheetRows(out, 'Tổng hợp');
    expect(summary.slice(0, 4).map((row) => [row[0], row[1]])).toEqual([
      ['commune', 'Số hộ trong tệp'],
      ['X', 10],
      ['Y', 20],
      ['Tổng cộng', 30],
    ]);
  });

  it('keep their flat reader: the same JSON Lines as before, byte for byte, with or without the new options absent', async () => {
    const dir = folder();
    const input = join(dir, 'in.csv');
    writeFileSync(input, `${HEADER}\nA,X,rural,4,1000000,1,1,1,0,0,0,0,0,0,0,0,0\n`);
    const run = await runInProcess(['classify', input, '--ignore-columns', 'commune']);
    expect(run.stdout).toBe(
      '{"row":1,"line":2,"id":"A","ok":true,"category":"poor","possibleCategories":["poor"],"deprivationCount":3,"unknownCount":0,"perCapita":"1000000","deprived":["employment","dependants","nutrition"],"unknown":[]}\n',
    );
  });

  it('--blank is refused for JSON Lines (a blank has no meaning there)', async () => {
    const dir = folder();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, '{"area":"rural","size":1,"income":{"perCapitaMonthly":1}}\n');
    const run = await runInProcess(['classify', input, '--blank', 'unknown']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--blank is for CSV and .xlsx input');
  });
});

describe('survey statistics in classify --summary', () => {
  it('weights every figure: 3 households weighing 2, 1 and 1 give a weighted poor share of 3/4', async () => {
    const dir = folder();
    const input = join(dir, 'in.csv');
    writeFileSync(
      input,
      'id,area,size,perCapitaMonthly,employment,health-insurance,water,wt\nA,rural,4,1000000,1,1,1,2\nB,rural,4,1000000,1,1,1,1\nC,rural,4,2000000,0,0,0,1\n',
    );
    const json = join(dir, 'summary.json');
    const run = await runInProcess(['classify', input, '--weight', 'wt', '--summary-json', json]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(readFileSync(json, 'utf8')) as { survey: { households: { categories: { poor: { total: string; value: string } } } } };
    expect(summary.survey.households.categories.poor.total).toBe('3');
    expect(summary.survey.households.categories.poor.value).toBe('0.75');
  });

  it('a row with no weight stops the run with exit 2 and writes no file', async () => {
    const dir = folder();
    const input = join(dir, 'in.csv');
    writeFileSync(input, 'id,area,size,perCapitaMonthly,wt\nA,rural,4,1000000,2\nB,rural,4,1000000,\n');
    const out = join(dir, 'out.xlsx');
    const run = await runInProcess(['classify', input, '--weight', 'wt', '--summary', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/row 2/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['in.csv']);
  });
});

describe('template', () => {
  it('writes the empty review workbook, which classify then reads without a column map', async () => {
    const dir = folder();
    const out = join(dir, 'mau.xlsx');
    const run = await runInProcess(['template', '--out', out]);
    expect(run.code).toBe(0);
    const book = await readWorkbook(new Uint8Array(readFileSync(out)));
    expect(book.sheets).toEqual(['Hộ gia đình', 'Thành viên', 'Hướng dẫn']);
    const headings = (await sheetRows(out, 'Hộ gia đình'))[0]!;
    expect(headings.slice(0, 8)).toEqual([
      'STT',
      'Mã hộ',
      'Họ tên chủ hộ',
      'Thôn/Tổ dân phố',
      'Khu vực',
      'Số nhân khẩu',
      'Thu nhập bình quân đầu người/tháng',
      'Việc làm',
    ]);
    // Typed into: one household (12 indicator columns, three ticked).
    const typed = join(dir, 'da-nhap.xlsx');
    const row = ['1', 'H1', 'A', 'Thôn 1', 'Nông thôn', 4, 1200000, 'x', 'x', 'x', ...Array(9).fill(null), null];
    writeFileSync(typed, writeWorkbook([{ name: 'Hộ gia đình', rows: [headings as string[], row] }]));
    const classified = await runInProcess(['classify', typed, '--blank', 'not-deprived']);
    expect(jsonl(classified.stdout).map(outcome)).toEqual(['poor']);
  });
});

describe('review', () => {
  const current = 'Mã hộ;Thôn;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng;Việc làm;Bảo hiểm y tế;Nguồn nước sinh hoạt;Nhà tiêu hợp vệ sinh\r\n';
  /**
   * Five households this year, four on last year's list: A1 poor → poor (3 ticks, 1,200,000);
   * A2 poor → undetermined (1,400,000 with one tick, 8 indicators without a column);
   * A3 near-poor → average (2,000,000); A4 new and poor (900,000, 4 ticks); A5 a row that
   * cannot be classified ("Nông thô"); A9 poor last year, not in this year's file.
   */
  function files(dir: string): { now: string; before: string; totals: string } {
    const now = join(dir, 'nay.csv');
    writeFileSync(
      now,
      `${current}A1;Đông;Nông thôn;4;1.200.000;x;x;x;\r\nA2;Đông;Nông thôn;3;1.400.000;;;x;\r\nA3;Tây;Nông thôn;5;2.000.000;;;;\r\nA4;Tây;Nông thôn;2;900.000;x;x;x;x\r\nA5;Tây;Nông thô;2;900.000;;;;\r\n`,
    );
    const before = join(dir, 'truoc.csv');
    writeFileSync(before, 'Mã hộ,Thôn,Tình trạng\nA1,Đông,Hộ nghèo\nA2,Đông,Hộ nghèo\nA3,Tây,Hộ cận nghèo\nA9,Tây,Hộ nghèo\n');
    const totals = join(dir, 'thon.csv');
    writeFileSync(totals, 'Thôn,Tổng số hộ,Tổng số nhân khẩu\nĐông,50,200\nTây,40,150\n,90,350\n');
    return { now, before, totals };
  }

  it('gives the report as JSON: every number checked by hand', async () => {
    const dir = folder();
    const { now, before, totals } = files(dir);
    const run = await runInProcess([
      'review',
      now,
      '--previous',
      before,
      '--totals',
      totals,
      '--by',
      'Thôn',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--json',
    ]);
    expect(run.code).toBe(1); // A5 could not be classified
    const { report, missing } = JSON.parse(run.stdout) as {
      report: {
        reviewed: number;
        poorMovement: Record<string, number>;
        nearPoorMovement: Record<string, number>;
        results: { poor: { households: number; householdRate: string } };
      };
      missing: { id: string }[];
    };
    expect(report.reviewed).toBe(5);
    expect(report.poorMovement).toMatchObject({ start: 3, notInThisYearsFile: 1, undetermined: 1, newlyPoor: 1, end: 2 });
    expect(report.nearPoorMovement).toMatchObject({ start: 1, escapedNearPoverty: 1, end: 0 });
    // 2 poor households (A1, A4) of 90 resident households.
    expect(report.results.poor).toMatchObject({ households: 2, householdRate: '0.02222222222222222222' });
    expect(missing.map((household) => household.id)).toEqual(['A9']);
    expect(run.stderr).toContain('hộ nghèo 3 → 2, hộ cận nghèo 1 → 0');
  });

  it('writes the workbook (transitions, report tables, missing households), and text in the terminal by default', async () => {
    const dir = folder();
    const { now, before, totals } = files(dir);
    const out = join(dir, 'bao-cao.xlsx');
    const run = await runInProcess([
      'review',
      now,
      '--previous',
      before,
      '--totals',
      totals,
      '--by',
      'Thôn',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    const book = await readWorkbook(new Uint8Array(readFileSync(out)));
    // The library's review workbook (writeReviewWorkbook): the list, then one sheet per report table.
    expect(book.sheets).toEqual(['Danh sách hộ', 'Kết quả rà soát', 'Biến động hộ nghèo', 'Biến động hộ cận nghèo', 'Thiếu hụt', 'Không có năm nay']);
    // 2 poor (A1, A4) of the 90 resident households; A2 undetermined, A5 not classified.
    expect((await sheetRows(out, 'Kết quả rà soát')).find((row) => row[0] === 'Tổng cộng')).toEqual([
      'Tổng cộng',
      90,
      350,
      5,
      2,
      '2,22%',
      0,
      '0,00%',
      2,
      '2,22%',
      1,
      1,
    ]);
    expect((await sheetRows(out, 'Biến động hộ nghèo')).find((row) => row[0] === 'Tổng cộng')).toEqual(['Tổng cộng', 3, 0, 0, 1, 1, 0, 0, 0, 1, 0, 2]);
    const list = await sheetRows(out, 'Danh sách hộ');
    expect(list.slice(1).map((row) => [row[1], row[4]])).toEqual([
      ['A1', 'vẫn là hộ nghèo'],
      ['A2', 'chưa xác định (kết quả năm nay hoặc tình trạng năm trước chưa xác định)'],
      ['A3', 'thoát cận nghèo'],
      ['A4', 'hộ nghèo phát sinh mới'],
      ['A5', 'chưa xác định (kết quả năm nay hoặc tình trạng năm trước chưa xác định)'],
    ]);
    expect((await sheetRows(out, 'Không có năm nay')).slice(1)).toEqual([['A9', 'Tây', 'Hộ nghèo']]);
    const text = await runInProcess([
      'review',
      now,
      '--previous',
      before,
      '--by',
      'Thôn',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
    ]);
    expect(text.stdout).toContain('BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO');
  });

  it("the commune page's files give the page's figures (one pipeline): a duplicate id counted as not classified, never matched", async () => {
    // ra-soat-xa.csv with test/browser/fixtures/ (the figures of test/browser/commune.e2e.mjs, worked by hand there).
    const browser = join(import.meta.dirname, 'browser', 'fixtures');
    const run = await runInProcess([
      'review',
      fixture('ra-soat-xa.csv'),
      '--previous',
      join(browser, 'danh-sach-nam-truoc.csv'),
      '--totals',
      join(browser, 'so-ho-theo-thon.csv'),
      '--by',
      'thon',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--previous-year',
      '2024',
      '--json',
    ]);
    // H012's status "Hộ nghèo lắm" is refused: the CLI stops rather than drop a household of last year's list.
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Dòng 11, cột «Phân loại năm 2024» (E): «Hộ nghèo lắm» không phải tình trạng đã công nhận');
    const dir = folder();
    const fixed = join(dir, 'danh-sach-nam-truoc.csv');
    writeFileSync(fixed, readFileSync(join(browser, 'danh-sach-nam-truoc.csv'), 'utf8').replace('Hộ nghèo lắm', 'Không'));
    const ok = await runInProcess([
      'review',
      fixture('ra-soat-xa.csv'),
      '--previous',
      fixed,
      '--totals',
      join(browser, 'so-ho-theo-thon.csv'),
      '--by',
      'thon',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--previous-year',
      '2024',
      '--json',
    ]);
    expect(ok.code).toBe(1); // rows that could not be classified
    const { report, missing } = JSON.parse(ok.stdout) as {
      report: {
        reviewed: number;
        notClassified: number;
        poorMovement: Record<string, number>;
        nearPoorMovement: Record<string, number>;
        results: { poor: { households: number; householdRate: string } };
      };
      missing: { id: string }[];
    };
    expect([report.reviewed, report.notClassified]).toEqual([10, 3]);
    expect(report.poorMovement).toMatchObject({ start: 3, escapedToNearPoor: 1, notInThisYearsFile: 1, rePoor: 1, end: 2 });
    expect(report.nearPoorMovement).toMatchObject({ start: 4, escapedNearPoverty: 2, notInThisYearsFile: 1, notClassified: 1, fromPoor: 1, end: 1 });
    expect(report.results.poor).toMatchObject({ households: 2, householdRate: '0.00666666666666666667' });
    expect(missing.map((household) => household.id)).toEqual(['H009', 'H011', 'H012', 'H013']);
  });

  it("takes the list's year from its heading, and its date no later than the review", async () => {
    const dir = folder();
    const { now } = files(dir);
    const older = join(dir, 'ds-2023.csv');
    writeFileSync(older, 'Mã hộ;Thôn;Phân loại năm 2023\r\nA1;Đông;Hộ nghèo\r\n');
    const run = await runInProcess([
      'review',
      now,
      '--previous',
      older,
      '--by',
      'Thôn',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--json',
    ]);
    expect((JSON.parse(run.stdout) as { report: { previousList: unknown } }).report.previousList).toEqual({
      year: 2023,
      date: '2023-12-31',
      coverage: 'poor-and-near-poor',
    });
    // A list of the review's own year (a monthly review after the periodic one): dated the review day, not 31 December.
    const same = join(dir, 'ds-2025.csv');
    writeFileSync(same, 'Mã hộ;Thôn;Phân loại năm 2025\r\nA1;Đông;Hộ nghèo\r\n');
    const monthly = await runInProcess([
      'review',
      now,
      '--previous',
      same,
      '--by',
      'Thôn',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--json',
    ]);
    expect((JSON.parse(monthly.stdout) as { report: { previousList: unknown } }).report.previousList).toEqual({
      year: 2025,
      date: '2025-10-20',
      coverage: 'poor-and-near-poor',
    });
    // --previous-year still wins.
    const given = await runInProcess([
      'review',
      now,
      '--previous',
      older,
      '--previous-year',
      '2024',
      '--by',
      'Thôn',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--json',
    ]);
    expect((JSON.parse(given.stdout) as { report: { previousList: { year: number } } }).report.previousList.year).toBe(2024);
  });

  it("next year: this year's review workbook is read as last year's list", async () => {
    const dir = folder();
    const { now, before } = files(dir);
    const out = join(dir, 'bao-cao-2025.xlsx');
    expect(
      (
        await runInProcess([
          'review',
          now,
          '--previous',
          before,
          '--by',
          'Thôn',
          '--date',
          '2025-10-20',
          '--blank',
          'not-deprived',
          '--number-format',
          'vi',
          '--out',
          out,
        ])
      ).code,
    ).toBe(1);
    // The same households a year later: A1 and A4 poor in 2025 stay poor; A3 (average) is neither;
    // A2 (undetermined) and A5 (not classified) are not on the list, so they are refused by name.
    const again = await runInProcess([
      'review',
      now,
      '--previous',
      out,
      '--by',
      'Thôn',
      '--date',
      '2026-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--json',
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('«Chưa xác định» không phải tình trạng đã công nhận');
    expect(again.stderr).toContain('«Lỗi — chưa phân loại» không phải tình trạng đã công nhận');
  });

  it("refuses last year's list or the totals when a row cannot be used, naming the row, the column and the value (exit 2)", async () => {
    const dir = folder();
    const { now, totals } = files(dir);
    const before = join(dir, 'truoc-sai.csv');
    writeFileSync(before, 'Mã hộ,Thôn,Tình trạng\nA1,Đông,Hộ nghèo\nA2,Đông,Chưa xác định\n');
    const run = await runInProcess([
      'review',
      now,
      '--previous',
      before,
      '--totals',
      totals,
      '--by',
      'Thôn',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Dòng 3, cột «Tình trạng» (C): «Chưa xác định» không phải tình trạng đã công nhận');
    const badTotals = join(dir, 'thon-sai.csv');
    writeFileSync(badTotals, 'Thôn,Tổng số hộ\nĐông,50\nTây,bốn mươi\n');
    const refused = await runInProcess([
      'review',
      now,
      '--previous',
      join(dir, 'truoc.csv'),
      '--totals',
      badTotals,
      '--by',
      'Thôn',
      '--date',
      '2025-10-20',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
      '--locale',
      'en',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Row 3, column "Tổng số hộ" (B): "bốn mươi" is not a whole number');
  });

  it('refuses a previous list dated after the review (exit 2)', async () => {
    const dir = folder();
    const { now, before } = files(dir);
    const run = await runInProcess([
      'review',
      now,
      '--previous',
      before,
      '--date',
      '2025-10-20',
      '--previous-date',
      '2025-11-01',
      '--previous-year',
      '2025',
      '--blank',
      'not-deprived',
      '--number-format',
      'vi',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dated after this review');
  });
});

describe('change', () => {
  it('panel of 4 households, one escaping poverty: the poor share changes by −0.25', async () => {
    const dir = folder();
    const head = 'id,area,size,perCapitaMonthly,employment,health-insurance,water\n';
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(a, `${head}A,rural,4,1000000,1,1,1\nB,rural,4,1000000,1,1,1\nC,rural,4,2000000,0,0,0\nD,rural,4,2000000,0,0,0\n`);
    writeFileSync(b, `${head}A,rural,4,1000000,1,1,1\nB,rural,4,2000000,0,0,0\nC,rural,4,2000000,0,0,0\nD,rural,4,2000000,0,0,0\n`);
    const run = await runInProcess(['change', a, b, '--panel', '--json']);
    expect(run.code).toBe(0);
    const change = JSON.parse(run.stdout) as { samples: string; matched: number; households: { categories: { poor: { change: string } } } };
    expect(change).toMatchObject({ samples: 'panel', matched: 4 });
    expect(change.households.categories.poor.change).toBe('-0.25');
    const text = await runInProcess(['change', a, b, '--locale', 'en']);
    expect(text.stdout).toContain('independent');
  });
});
