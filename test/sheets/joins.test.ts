/**
 * Members and dwelling sheets joined by household id, the facts they carry, and the problems
 * that belong to a row of another sheet: each reported on the row and heading where it is.
 */
import { describe, expect, it } from 'vitest';
import { classifySheets, readCsv, SheetError, type SheetResult, type SheetRun, type Table } from '../../src/sheets/index.js';

const table = (name: string, lines: readonly string[]): Table => readCsv(`${lines.join('\r\n')}\r\n`, { name });

async function all(run: SheetRun): Promise<SheetResult[]> {
  const out: SheetResult[] = [];
  for await (const row of run.results()) out.push(row);
  return out;
}

const failure = (row: SheetResult | undefined) => {
  if (row === undefined || row.ok) throw new Error('expected a failed row');
  return row;
};
const success = (row: SheetResult | undefined) => {
  if (row === undefined || !row.ok) throw new Error(`expected a classified row, got ${JSON.stringify(row)}`);
  return row;
};

describe('a dwelling sheet', () => {
  const households = table('Hộ', [
    'Mã hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng',
    'D1;Nông thôn;4;1000000',
    'D2;Nông thôn;2;1000000',
    'D3;Thành thị;2;1000000',
  ]);

  it('gives the dwelling facts of each household; the indicators follow from them', async () => {
    const dwellings = table('Nhà ở', [
      'Mã hộ;Loại nhà ở;Diện tích nhà ở (m²);Có nguồn nước sinh hoạt an toàn;Có nhà tiêu hợp vệ sinh;Phương tiện thông tin;Nghe được loa truyền thanh',
      'D1;Đơn sơ;31,5;không;không;không có;không',
      'D2;kiên cố;16;có;có;ti vi, điện thoại thông minh;có',
      'D2;bán kiên cố;16;có;có;;',
      'D9;kiên cố;40;có;có;radio;có',
      ';kiên cố;40;có;có;radio;có',
      'D3;nhà tạm;8;x;0;máy fax;',
    ]);
    const run = await classifySheets({ households, dwellings }, { blank: 'unknown', numberFormat: 'vi' });
    const rows = await all(run);
    const d1 = success(rows[0]);
    const status = (id: string) => d1.result.indicators.find((indicator) => indicator.id === id)!.status;
    // Simple dwelling; 31.5 m² / 4 = 7.875 < 8; no safe water; no latrine; no means and no loudspeaker.
    expect(['housing-quality', 'housing-area', 'water', 'sanitation', 'information-access'].map(status)).toEqual([
      'deprived',
      'deprived',
      'deprived',
      'deprived',
      'deprived',
    ]);
    expect(d1.result.category).toBe('poor');
    const d2 = success(rows[1]);
    expect(d2.result.indicators.filter((indicator) => indicator.source === 'derived' && indicator.status === 'deprived')).toEqual([]);
    const d3 = failure(rows[2]);
    expect(d3.issues.map((issue) => [issue.sheet, issue.row, issue.column, issue.code])).toEqual([
      ['Nhà ở', 7, 'Loại nhà ở', 'invalid_choice'],
      ['Nhà ở', 7, 'Phương tiện thông tin', 'invalid_choice'],
    ]);
    expect(d3.issues[0]!.message).toBe(
      'Trang «Nhà ở», dòng 7, cột «Loại nhà ở» (B): «nhà tạm» không phải một lựa chọn; ghi một trong: kiên cố, bán kiên cố, thiếu kiên cố, đơn sơ.',
    );
    expect(run.report.dwellings).toEqual({ rows: 6, joined: 3, unjoined: 1 }); // D1, D2 (its first row), D3; D9 has no household
    expect(run.report.otherIssues.map((issue) => [issue.code, issue.row])).toEqual([
      ['duplicate_dwelling', 4],
      ['blank_required', 6],
      ['unknown_household', 5],
    ]);
  });

  it('dwelling facts may also be columns of the households sheet', async () => {
    const run = await classifySheets(
      {
        households: table('Hộ', [
          'Mã hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng;Diện tích nhà ở;Loại nhà ở',
          'D1;Nông thôn;2;1000000;15.5;kiên cố',
          'D2;Nông thôn;2;1000000;abc;',
        ]),
      },
      { blank: 'unknown' },
    );
    const rows = await all(run);
    expect(success(rows[0]).result.indicators.find((indicator) => indicator.id === 'housing-area')!.status).toBe('deprived'); // 15.5 / 2 = 7.75 < 8
    expect(failure(rows[1]).issues.map((issue) => [issue.code, issue.column])).toEqual([['invalid_amount', 'Diện tích nhà ở']]);
  });
});

describe('a members sheet', () => {
  const HOUSEHOLDS = ['Mã hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng'];

  it('reads each member fact in Vietnamese and refuses values it does not know, on the member row', async () => {
    const run = await classifySheets(
      {
        households: table('Hộ', [...HOUSEHOLDS, 'M1;Nông thôn;;1000000', 'M2;Nông thôn;;1000000']),
        members: table('Thành viên', [
          'Mã hộ;Mã thành viên;Tuổi;Số tháng tuổi lẻ;Năm sinh;Giới tính;Tình trạng việc làm;Trình độ học vấn;Tình trạng đi học;Hưởng trợ cấp xã hội hằng tháng;Có thuê bao điện thoại;Ốm đau không đi khám chữa bệnh',
          'M1;A;34;6;1991;nữ;thất nghiệp;đại học;;không;có;không',
          'M1;B;8;;2017;nam;;tiểu học;đúng cấp;;;',
          'M2;C;131;12;1700;M;làm ruộng;lớp 5;đi học;hay;;',
        ]),
      },
      { blank: 'unknown' },
    );
    const rows = await all(run);
    const m1 = success(rows[0]);
    expect(m1.size).toBe(2);
    expect(m1.result.indicators.find((indicator) => indicator.id === 'employment')!.status).toBe('deprived'); // A: 34, unemployed
    const m2 = failure(rows[1]);
    expect(m2.issues.map((issue) => [issue.column, issue.code])).toEqual([
      ['Tuổi', 'invalid_integer'],
      ['Số tháng tuổi lẻ', 'invalid_integer'],
      ['Năm sinh', 'invalid_integer'],
      ['Giới tính', 'invalid_choice'],
      ['Tình trạng việc làm', 'invalid_choice'],
      ['Trình độ học vấn', 'invalid_choice'],
      ['Tình trạng đi học', 'invalid_choice'],
      ['Hưởng trợ cấp xã hội hằng tháng', 'invalid_boolean'],
    ]);
    expect(m2.issues[0]!.message).toBe('Trang «Thành viên», dòng 4, cột «Tuổi» (C): «131» không phải số nguyên từ 0 đến 130; ghi một số như 34.');
  });

  it('needs a household id on both sheets, and says so before reading any row', async () => {
    await expect(
      classifySheets(
        { households: table('Hộ', ['Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng']), members: table('TV', ['Mã hộ;Tuổi']) },
        { blank: 'unknown' },
      ),
    ).rejects.toThrow(/không có cột mã hộ để ghép/);
    await expect(classifySheets({ households: table('Hộ', HOUSEHOLDS), members: table('TV', ['Tuổi;Giới tính']) }, { blank: 'unknown' })).rejects.toThrow(
      /thiếu cột mã hộ/,
    );
    await expect(classifySheets({ households: table('Hộ', HOUSEHOLDS), members: table('TV', []) }, { blank: 'unknown' })).rejects.toMatchObject({
      issues: [{ code: 'empty_file', sheet: 'TV' }],
    });
    await expect(classifySheets({ households: table('Hộ', HOUSEHOLDS), dwellings: table('NO', []) }, { blank: 'unknown' })).rejects.toMatchObject({
      issues: [{ code: 'empty_file' }],
    });
  });

  it('a household row without an id, or without size and members, says which cell is blank', async () => {
    const run = await classifySheets(
      { households: table('Hộ', [...HOUSEHOLDS, ';Nông thôn;3;1000000', 'M7;Nông thôn;;1000000']), members: table('TV', ['Mã hộ;Tuổi', ';40', 'M1;bốn mươi']) },
      { blank: 'unknown' },
    );
    const rows = await all(run);
    expect(failure(rows[0]).issues.map((issue) => issue.message)).toEqual([
      'Dòng 2, cột «Mã hộ» (A): ô để trống; ghi mã hộ (cần để ghép với trang thành viên).',
    ]);
    expect(failure(rows[1]).issues.map((issue) => issue.message)).toEqual([
      'Dòng 3, cột «Số nhân khẩu» (C): ô để trống; ghi số nhân khẩu của hộ (số nguyên từ 1).',
    ]);
    expect(run.report.otherIssues.map((issue) => [issue.code, issue.row])).toEqual([
      ['blank_required', 2],
      ['unknown_household', 3],
    ]);
    expect(run.report.members).toEqual({ rows: 2, joined: 0, unjoined: 1 });
  });

  it('a household of more members than the library accepts is refused on its row', async () => {
    const members = ['Mã hộ;Tuổi', ...Array.from({ length: 201 }, () => 'BIG;30')];
    const run = await classifySheets(
      { households: table('Hộ', [...HOUSEHOLDS, 'BIG;Nông thôn;;1000000']), members: table('TV', members) },
      { blank: 'unknown' },
    );
    const rows = await all(run);
    expect(failure(rows[0]).issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['too_many_members', 'Dòng 2: hộ có 201 thành viên, nhiều hơn mức tối đa 200.'],
    ]);
  });
});

describe('what the core refuses, mapped back to the cell', () => {
  it('the headings follow the rule set: a score column is unknown to a rule set without scores', async () => {
    // vn-2016-2020 has no income-proxy score: "Điểm A" is not a heading of that rule set.
    await expect(
      classifySheets({ households: table('Hộ', ['Khu vực;Số nhân khẩu;Điểm A', 'Nông thôn;4;120']) }, { blank: 'unknown', ruleSet: 'vn-2016-2020' }),
    ).rejects.toMatchObject({
      issues: [{ code: 'unknown_heading', column: 'Điểm A' }],
    });
  });

  it('a score read under vn-2022-2025 classifies; an income the core refuses names its column', async () => {
    const run = await classifySheets(
      { households: table('Hộ', ['Khu vực;Số nhân khẩu;Điểm A;Việc làm;Dinh dưỡng;Bảo hiểm y tế', 'Nông thôn;4;120;x;x;x', 'Nông thôn;4;100001;;;']) },
      { blank: 'unknown' },
    );
    const rows = await all(run);
    expect(success(rows[0]).result.category).toBe('poor');
    const refused = failure(rows[1]);
    expect(refused.issues.map((issue) => [issue.code, issue.column])).toEqual([['too_big', 'Điểm A']]);
    expect(refused.issues[0]!.message).toContain('Dòng 3, cột «Điểm A» (C): dữ liệu không hợp lệ:');
  });

  it('an id longer than the core accepts is reported on its sheet, row and column', async () => {
    const long = 'X'.repeat(129);
    const run = await classifySheets(
      {
        households: table('Hộ', ['Mã hộ;Khu vực;Số nhân khẩu;perCapitaMonthly', `${long};rural;1;1`, 'OK;rural;1;1']),
        members: table('TV', ['Mã hộ;Mã thành viên;Tuổi', `OK;${long};30`]),
      },
      { blank: 'unknown' },
    );
    const rows = await all(run);
    expect(failure(rows[0]).issues.map((issue) => [issue.code, issue.column])).toEqual([['too_big', 'Mã hộ']]);
    expect(failure(rows[1]).issues.map((issue) => [issue.code, issue.sheet, issue.row, issue.column])).toEqual([['too_big', 'TV', 2, 'Mã thành viên']]);
  });

  it('the size of a household over the maximum is refused on the size column', async () => {
    const run = await classifySheets({ households: table('Hộ', ['Khu vực;Số nhân khẩu;perCapitaMonthly', 'rural;201;1']) }, { blank: 'unknown', locale: 'en' });
    const rows = await all(run);
    expect(failure(rows[0]).issues[0]!.message).toBe('Row 2, column "Số nhân khẩu" (B): "201" is not a whole number from 1 to 200; write a number such as 4.');
  });
});

describe('options and runs', () => {
  it('checks the classify options once, before reading', async () => {
    await expect(classifySheets({ households: table('Hộ', ['a']) }, { blank: 'unknown', ruleSet: 'vn-1999' })).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });

  it('a run is read once; the date and provisional options reach the classifier', async () => {
    const run = await classifySheets(
      { households: table('Hộ', ['Khu vực;Số nhân khẩu;perCapitaMonthly', 'rural;1;1']) },
      { blank: 'unknown', date: '2025-09-01', allowProvisional: false },
    );
    expect(success((await all(run))[0]).result.date).toBe('2025-09-01');
    await expect(all(run)).rejects.toThrow(/once/);
  });

  it('an empty households table, and one without a size column, are refused', async () => {
    await expect(classifySheets({ households: table('Hộ', []) }, { blank: 'unknown' })).rejects.toMatchObject({ issues: [{ code: 'empty_file' }] });
    await expect(classifySheets({ households: table('Hộ', ['Khu vực;perCapitaMonthly']) }, { blank: 'unknown', locale: 'en' })).rejects.toThrow(
      'there is no household size column: add a column "Số nhân khẩu"',
    );
  });

  it('member and dwelling sheets use their own column maps', async () => {
    const run = await classifySheets(
      {
        households: table('Hộ', ['Mã;KV;TN', 'A;Nông thôn;1000000']),
        members: table('TV', ['Hộ;Tuổi tròn', 'A;40']),
        dwellings: table('NO', ['Hộ;DT', 'A;50']),
      },
      {
        blank: 'unknown',
        columns: {
          households: { Mã: 'id', KV: 'area', TN: 'perCapitaMonthly' },
          members: { Hộ: 'householdId', 'Tuổi tròn': 'age' },
          dwellings: { Hộ: 'householdId', DT: 'floorArea' },
        },
      },
    );
    const rows = await all(run);
    expect(success(rows[0]).size).toBe(1);
    expect(success(rows[0]).result.indicators.find((indicator) => indicator.id === 'housing-area')!.status).toBe('not-deprived');
  });

  it('a SheetError lists every problem in its message', () => {
    const error = new SheetError([]);
    expect(error.message).toBe('the file cannot be read');
  });
});

describe('short rows, gaps and other layouts', () => {
  it('a row shorter than the headings reads its missing cells as blank; two income columns left blank name both', async () => {
    const run = await classifySheets(
      { households: table('Hộ', ['Mã hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng;Thu nhập của hộ/tháng;Việc làm', 'H1;Nông thôn']) },
      { blank: 'not-deprived', locale: 'en' },
    );
    const rows = await all(run);
    expect(failure(rows[0]).issues.map((issue) => issue.message)).toEqual([
      'Row 2: no income: write it in one of the columns «Thu nhập bình quân đầu người/tháng», «Thu nhập của hộ/tháng».',
      'Row 2, column "Số nhân khẩu" (C): the cell is blank; write the number of members (a whole number from 1).',
    ]);
  });

  it('a dwelling sheet without household ids on the households sheet is refused', async () => {
    await expect(
      classifySheets(
        { households: table('Hộ', ['Khu vực;Số nhân khẩu;perCapitaMonthly']), dwellings: table('NO', ['Mã hộ;Loại nhà ở']) },
        { blank: 'unknown' },
      ),
    ).rejects.toThrow(/có trang «NO» nhưng trang hộ gia đình không có cột mã hộ/);
  });

  it('column maps: roles, dwelling and indicator prefixes, member ids; bad maps are refused in the locale', async () => {
    const run = await classifySheets(
      {
        households: table('Hộ', ['Mã;KV;NK;TN;Nước;Làng;DT;Tên', 'A;Nông thôn;1;1000000;x;Bản 1;20;Lò A']),
        members: table('TV', ['Hộ;Số;Tuổi', 'A;1;40']),
      },
      {
        blank: 'unknown',
        columns: {
          households: {
            Mã: 'id',
            KV: 'area',
            NK: 'size',
            TN: 'perCapitaMonthly',
            Nước: 'indicator:water',
            Làng: 'village',
            DT: 'dwelling.floorArea',
            Tên: 'name',
          },
          members: { Hộ: 'householdId', Số: 'memberId' },
        },
      },
    );
    expect(run.layout.carried.map((column) => column.target)).toEqual([
      { kind: 'carry', role: 'village' },
      { kind: 'carry', role: 'name' },
    ]);
    const rows = await all(run);
    expect(success(rows[0]).result.indicators.find((indicator) => indicator.id === 'water')!.status).toBe('deprived');
    await expect(
      classifySheets(
        { households: table('Hộ', ['Hộ;Tuổi']), members: table('TV', ['Hộ']) },
        { blank: 'unknown', locale: 'en', columns: { members: { Hộ: 'household' } } },
      ),
    ).rejects.toThrow(/values: householdId, memberId, age/);
    await expect(classifySheets({ households: table('Hộ', ['KV']) }, { blank: 'unknown', columns: { households: { KV: 5 as never } } })).rejects.toMatchObject({
      issues: [{ code: 'invalid_column_map' }, { code: 'unknown_heading', column: 'KV' }],
    });
  });

  it('a heading row with gaps: an unheaded empty column is ignored, blank rows before the heading are skipped', async () => {
    const run = await classifySheets({ households: table('Hộ', [';;;', 'Khu vực;;Số nhân khẩu;perCapitaMonthly', 'rural;;1;1']) }, { blank: 'unknown' });
    expect(run.layout.headings).toEqual(['Khu vực', '', 'Số nhân khẩu', 'perCapitaMonthly']);
    expect(success((await all(run))[0]).result.category).toBe('undetermined'); // no indicator column: all unknown
  });
});
