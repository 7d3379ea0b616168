/**
 * End to end: the committed fixtures (files as a commune has them, see
 * test/fixtures/sheets/README.md) are read, classified and written back; every household row
 * comes out once (classified or refused), with the category an auditor can check by hand
 * against Decree 07/2021/NĐ-CP (rural line 1,500,000, ceiling 2,250,000; urban 2,000,000,
 * ceiling 3,000,000; poor when at or below the line and deprived on 3 or more indicators).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifySheets,
  readSheets,
  readWorkbook,
  SheetError,
  writeResultsCsv,
  writeResultsWorkbook,
  type SheetResult,
  type SheetRun,
} from '../../src/sheets/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'sheets');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));

async function all(run: SheetRun): Promise<SheetResult[]> {
  const out: SheetResult[] = [];
  for await (const row of run.results()) out.push(row);
  return out;
}

const outcome = (row: SheetResult): string => (row.ok ? row.result.category : `error:${row.issues.map((issue) => issue.code).join('+')}`);

/** The ten household rows of ra-soat-xa.csv, by hand. */
const EXPECTED_COMMUNE = [
  ['H001', 4, 'poor'], // rural 1,200,000 ≤ 1,500,000; 3 ticks
  ['H002', 5, 'near-poor'], // rural exactly 1,500,000; 2 ticks (x, X)
  ['H003', 6, 'average'], // rural 1,500,001: one đồng above the line, 4 ticks do not matter
  ['H004', 8, 'poor'], // urban exactly 2,000,000; 3 ticks (✓, có, 1)
  ['H005', 9, 'above-average'], // urban 3,000,001: one đồng above the ceiling
  ['H006', 10, 'error:invalid_area'], // "Nông thô"
  ['H007', 11, 'average'], // rural exactly 2,250,000 (the ceiling, inclusive)
  ['H008', 13, 'average'], // urban 2,100,000; "0" and "không" are not deprived
  ['H003', 14, 'error:duplicate_id'], // H003 again
  ['H010', 15, 'error:invalid_tick'], // "xx"
] as const;

describe('an Excel CSV of a commune (ra-soat-xa.csv: BOM, ";", CRLF, title line, blank rows, typos)', () => {
  it('classifies every household row once, with the expected categories and file lines', async () => {
    const run = await classifySheets(await readSheets(bytes('ra-soat-xa.csv')), { blank: 'not-deprived', numberFormat: 'vi' });
    const rows = await all(run);
    expect(rows.map((row) => [row.id, row.row, outcome(row)])).toEqual(EXPECTED_COMMUNE.map((row) => [...row]));
    expect(run.report).toMatchObject({ rows: 10, classified: 7, failed: 3, duplicates: 1, rowsAboveHeading: 1 });
    expect(run.report.rows).toBe(run.report.classified + run.report.failed);
    // Blank boxes read as "not deprived", counted in the classified rows: 9+10+8+9+12+9+10.
    expect(run.report.blankCells).toBe(67);
    expect(run.report.blankHouseholds).toBe(7);
    expect(run.layout.missingIndicators).toEqual([]);
    expect(run.layout.carried.map((column) => column.heading)).toEqual(['STT', 'Họ tên chủ hộ', 'Thôn', 'Ghi chú']);
    expect(rows[1]!.carried).toEqual(['2', 'Hoàng Thị Mai', 'Thôn Đông', 'đúng chuẩn nghèo']);
  });

  it('says what is wrong in Vietnamese: row, heading as written, value, how to write it', async () => {
    const run = await classifySheets(await readSheets(bytes('ra-soat-xa.csv')), { blank: 'not-deprived', numberFormat: 'vi' });
    const rows = await all(run);
    const failed = rows.filter((row): row is Extract<SheetResult, { ok: false }> => !row.ok);
    expect(failed.map((row) => row.issues.map((issue) => issue.message))).toEqual([
      ['Dòng 10, cột «Khu vực» (E): «Nông thô» không phải khu vực; ghi «Nông thôn» hoặc «Thành thị».'],
      ['Dòng 14, cột «Mã hộ» (B): mã hộ «H003» đã có ở dòng 6; mỗi hộ chỉ một dòng — dòng này không được xếp loại.'],
      ['Dòng 15, cột «Việc làm» (H): «xx» không phải câu trả lời; ghi «x» nếu thiếu hụt, để trống hoặc ghi «0» nếu không thiếu hụt.'],
    ]);
    expect(failed[2]!.issues[0]).toMatchObject({ code: 'invalid_tick', row: 15, column: 'Việc làm', letter: 'H', value: 'xx' });
  });

  it('in English on request, with the same codes', async () => {
    const run = await classifySheets(await readSheets(bytes('ra-soat-xa.csv')), { blank: 'not-deprived', numberFormat: 'vi', locale: 'en' });
    const rows = await all(run);
    const issue = (rows[5] as Extract<SheetResult, { ok: false }>).issues[0]!;
    expect(issue.code).toBe('invalid_area');
    expect(issue.message).toBe('Row 10, column "Khu vực" (E): "Nông thô" is not an area; write "Nông thôn" (rural) or "Thành thị" (urban).');
  });

  it('refuses "1.500.000" unless Vietnamese numbers are asked for, and says how', async () => {
    const run = await classifySheets(await readSheets(bytes('ra-soat-xa.csv')), { blank: 'not-deprived' });
    const rows = await all(run);
    expect(rows.every((row) => !row.ok)).toBe(true);
    const first = (rows[0] as Extract<SheetResult, { ok: false }>).issues[0]!;
    expect(first).toMatchObject({ code: 'invalid_amount', value: '1.200.000', column: 'Thu nhập bình quân đầu người/tháng' });
    expect(first.message).toContain("numberFormat: 'vi'");
    expect(first.message).toContain('1200000');
  });

  it('with blank read as unknown, the same households come out undetermined where blanks could matter', async () => {
    const run = await classifySheets(await readSheets(bytes('ra-soat-xa.csv')), { blank: 'unknown', numberFormat: 'vi' });
    const rows = await all(run);
    // Poor households stay poor (3 ticks already); at or below the line with < 3 ticks: undetermined; above the line the count does not matter.
    expect(rows.map(outcome)).toEqual([
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
    expect(run.report.blank).toBe('unknown');
    expect(run.report.blankCells).toBe(67);
  });

  it('writes a results workbook with the carried columns, a village summary and an errors sheet', async () => {
    const run = await classifySheets(await readSheets(bytes('ra-soat-xa.csv')), { blank: 'not-deprived', numberFormat: 'vi' });
    const chunks: Uint8Array[] = [];
    for await (const chunk of writeResultsWorkbook(run)) chunks.push(chunk);
    const book = await readWorkbook(Buffer.concat(chunks));
    expect(book.sheets).toEqual(['Kết quả', 'Tổng hợp', 'Lỗi']);
    const read = async (name: string): Promise<unknown[][]> => {
      const out: unknown[][] = [];
      for await (const row of book.table(name).rows) out.push([...row.cells]);
      return out;
    };
    const results = await read('Kết quả');
    expect(results).toHaveLength(11); // heading + 10 rows: rows in = rows out
    expect(results[0]!.slice(0, 12)).toEqual([
      'STT',
      'Họ tên chủ hộ',
      'Thôn',
      'Ghi chú',
      'Mã hộ',
      'Khu vực',
      'Số nhân khẩu',
      'Thu nhập bình quân đầu người (đồng/người/tháng)',
      'Phân loại',
      'Số chỉ số thiếu hụt',
      'Các chỉ số thiếu hụt',
      'Cần xác minh',
    ]);
    expect(results[1]!.slice(0, 11)).toEqual([
      '1',
      'Lò Văn Páo',
      'Thôn Đông',
      null,
      'H001',
      'Nông thôn',
      4,
      1200000,
      'Hộ nghèo',
      3,
      'Việc làm; Bảo hiểm y tế; Nguồn nước sinh hoạt',
    ]);
    expect(results[6]![8]).toBe('Lỗi — chưa phân loại');
    expect(results[6]![12]).toContain('«Nông thô»');
    const summary = await read('Tổng hợp');
    expect(summary.slice(0, 4)).toEqual([
      [
        'Thôn',
        'Số hộ trong tệp',
        'Hộ nghèo',
        'Hộ cận nghèo',
        'Hộ có mức sống trung bình',
        'Hộ trên mức sống trung bình',
        'Chưa xác định',
        'Lỗi (chưa phân loại)',
      ],
      ['Thôn Tây', 4, 1, 0, 1, 1, 0, 1],
      ['Thôn Đông', 6, 1, 1, 2, 0, 0, 2],
      ['Tổng cộng', 10, 2, 1, 3, 1, 0, 3],
    ]);
    expect(summary.flat()).toContain('Ô chỉ số để trống: 67 ô ở 7 hộ được đọc là «không thiếu hụt».');
    const errors = await read('Lỗi');
    expect(errors.map((row) => [row[1], row[2], row[3], row[5]])).toEqual([
      ['Dòng trong tệp', 'Cột', 'Giá trị', 'Mã lỗi'],
      [10, 'Khu vực', 'Nông thô', 'invalid_area'],
      [14, 'Mã hộ', 'H003', 'duplicate_id'],
      [15, 'Việc làm', 'xx', 'invalid_tick'],
    ]);
  });

  it('writes CSV for Excel: BOM, ";", CRLF, decimal comma, one line per row', async () => {
    const run = await classifySheets(await readSheets(bytes('ra-soat-xa.csv')), { blank: 'not-deprived', numberFormat: 'vi' });
    let csv = '';
    for await (const line of writeResultsCsv(run)) csv += line;
    expect(csv.startsWith('\uFEFFSTT;Họ tên chủ hộ;Thôn;Ghi chú;Mã hộ;')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(12); // heading + 10 + the empty string after the last CRLF
    expect(lines[1]).toBe(
      '1;Lò Văn Páo;Thôn Đông;;H001;Nông thôn;4;1200000;Hộ nghèo;3;Việc làm; Bảo hiểm y tế; Nguồn nước sinh hoạt;;;4'.replace(
        'Việc làm; Bảo hiểm y tế; Nguồn nước sinh hoạt',
        '"Việc làm; Bảo hiểm y tế; Nguồn nước sinh hoạt"',
      ),
    );
  });
});

describe('a Windows-1258 CSV (ra-soat-cp1258.csv)', () => {
  it('is refused with a message saying how to save as UTF-8, never read garbled', async () => {
    const tables = await readSheets(bytes('ra-soat-cp1258.csv'));
    const error = await classifySheets(tables, { blank: 'not-deprived', numberFormat: 'vi' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SheetError);
    const issue = (error as SheetError).issues[0]!;
    expect(issue.code).toBe('not_utf8');
    expect(issue.message).toContain('windows-1258');
    expect(issue.message).toContain('CSV UTF-8');
  });

  it('is read as the UTF-8 file is when its code page is named', async () => {
    const run = await classifySheets(await readSheets(bytes('ra-soat-cp1258.csv'), { encoding: 'windows-1258' }), {
      blank: 'not-deprived',
      numberFormat: 'vi',
    });
    const rows = await all(run);
    expect(rows.map((row) => [row.id, row.row, outcome(row)])).toEqual(EXPECTED_COMMUNE.map((row) => [...row]));
    expect(rows[0]!.carried).toEqual(['1', 'Lò Văn Páo', 'Thôn Đông', '']);
    expect(run.layout.headings[1]).toBe('Mã hộ'); // NFC: tone marks composed again
  });
});

describe('a misspelt heading (tieu-de-sai.csv)', () => {
  it('stops the run before any row, naming the column and the nearest indicator name', async () => {
    const error = await classifySheets(await readSheets(bytes('tieu-de-sai.csv')), { blank: 'not-deprived', numberFormat: 'vi' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SheetError);
    expect((error as SheetError).issues).toEqual([
      expect.objectContaining({ code: 'misspelt_heading', column: 'Bao hiem y tes', letter: 'K', suggestion: 'Bảo hiểm y tế', row: 1 }),
    ]);
    expect((error as SheetError).issues[0]!.message).toBe(
      'Dòng 1, cột «Bao hiem y tes» (K): giống «Bảo hiểm y tế» nhưng viết khác; sửa tiêu đề thành «Bảo hiểm y tế», hoặc khai báo cột trong bảng ánh xạ cột.',
    );
  });
});

describe('a workbook written by LibreOffice with a members sheet (ho-va-thanh-vien.xlsx)', () => {
  it('joins members by household id and classifies from member facts', async () => {
    const tables = await readSheets(bytes('ho-va-thanh-vien.xlsx'));
    expect([tables.households.name, tables.members?.name]).toEqual(['Hộ gia đình', 'Thành viên']);
    const run = await classifySheets(tables, { blank: 'not-deprived' });
    const rows = await all(run);
    expect(rows.map((row) => [row.id, outcome(row)])).toEqual([
      // 1,000,000 ≤ 1,500,000; employment (wage worker, no contract), health insurance (the head has none), water (ticked), telecom (no member uses the internet).
      ['HA', 'poor'],
      // urban 2,500,000: the average band, whatever the deprivations.
      ['HB', 'average'],
      // 1,400,000; only the latrine is ticked; every member fact known: 1 deprivation.
      ['HC', 'near-poor'],
      // a member's sex written "Nữu".
      ['HD', 'error:invalid_choice'],
      // size 4, one member listed.
      ['HF', 'error:size_mismatch'],
    ]);
    const ha = rows[0] as Extract<SheetResult, { ok: true }>;
    expect(ha.result.indicators.filter((indicator) => indicator.status === 'deprived').map((indicator) => indicator.id)).toEqual([
      'employment',
      'health-insurance',
      'water',
      'telecom',
    ]);
    const hc = rows[2] as Extract<SheetResult, { ok: true }>;
    expect([hc.result.deprivationCount, hc.result.unknownCount]).toEqual([1, 0]);
    const hd = (rows[3] as Extract<SheetResult, { ok: false }>).issues[0]!;
    expect(hd).toMatchObject({ sheet: 'Thành viên', row: 10, column: 'Giới tính', value: 'Nữu' });
    expect(hd.message).toBe('Trang «Thành viên», dòng 10, cột «Giới tính» (F): «Nữu» không phải một lựa chọn; ghi một trong: nam, nữ.');
    const hf = (rows[4] as Extract<SheetResult, { ok: false }>).issues[0]!;
    expect(hf.message).toBe('Dòng 6, cột «Số nhân khẩu» (F): số nhân khẩu là 4 nhưng trang thành viên có 1 người; sửa cho khớp.');
    // Rows in = rows out on both sheets: 12 member rows = 11 joined + 1 whose household is not on the households sheet.
    expect(run.report.members).toEqual({ rows: 12, joined: 11, unjoined: 1 });
    expect(run.report.otherIssues.map((issue) => [issue.code, issue.row, issue.value])).toEqual([['unknown_household', 13, 'HX']]);
  });

  it('with blank boxes read as unknown, the household that rests on blank boxes is undetermined', async () => {
    const run = await classifySheets(await readSheets(bytes('ho-va-thanh-vien.xlsx')), { blank: 'unknown' });
    const rows = await all(run);
    expect(rows.map(outcome)).toEqual(['poor', 'average', 'undetermined', 'error:invalid_choice', 'error:size_mismatch']);
  });
});
