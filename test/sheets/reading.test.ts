/**
 * The readers' parts, case by case: CSV as Excel writes it (chunk boundaries, quotes, line
 * ends), text decoding, headings (tolerant matching, column maps, misspellings), cell values
 * (ticks, areas, Vietnamese numbers at their edges), and workbooks (written here, read back).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../../src/index.js';
import { CsvParser } from '../../src/sheets/csv.js';
import { headingDictionary, resolveLayout } from '../../src/sheets/headings.js';
import {
  classifySheets,
  csvLine,
  decodeText,
  parseColumnMaps,
  readCsv,
  readWorkbook,
  SheetError,
  streamWorkbook,
  writeTemplate,
  writeWorkbook,
  type SheetResult,
  type SheetRow,
} from '../../src/sheets/index.js';
import { parseArea, parseDecimal, parseYesNo } from '../../src/sheets/values.js';

async function rowsOf(rows: AsyncIterable<SheetRow> | Iterable<SheetRow>): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

function parseChunks(chunks: readonly string[]): SheetRow[] {
  const parser = new CsvParser(';');
  const out: SheetRow[] = [];
  chunks.forEach((chunk, i) => out.push(...parser.push(chunk, i === chunks.length - 1)));
  return out;
}

describe('CSV as Excel writes it', () => {
  it('detects ";" and tab, honours a sep= line, keeps quoted separators, quotes and line breaks', async () => {
    expect((await rowsOf(readCsv('a;b,c;d\r\n1;2,5;3\r\n').rows)).map((r) => r.cells)).toEqual([
      ['a', 'b,c', 'd'],
      ['1', '2,5', '3'],
    ]);
    expect((await rowsOf(readCsv('a\tb\n1\t2\n').rows)).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect((await rowsOf(readCsv('sep=;\r\na,b;c\r\n').rows)).map((r) => [r.row, r.cells])).toEqual([[2, ['a,b', 'c']]]);
    const quoted = await rowsOf(readCsv('id,note\r\nH1,"dòng 1\r\ndòng 2; ""trích"""\r\nH2,x\r\n').rows);
    expect(quoted.map((r) => [r.row, r.cells])).toEqual([
      [1, ['id', 'note']],
      [2, ['H1', 'dòng 1\r\ndòng 2; "trích"']],
      [4, ['H2', 'x']],
    ]);
  });

  it('skips rows left empty (;;;) and spaces-only rows, counting their lines', async () => {
    const rows = await rowsOf(readCsv('a;b\r\n;\r\n1;2\r\n ; \r\n;\r\n3;4\r\n;\r\n;\r\n').rows);
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [6, ['3', '4']],
    ]);
  });

  it('a last line without a line end, and a trailing separator, are read', async () => {
    expect((await rowsOf(readCsv('a,b\n1,').rows)).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });

  it('gives the same rows however the text is cut into chunks (property)', () => {
    const cell = fc.oneof(fc.constantFrom('', 'x', 'Nông thôn', '1.500.000', '"', 'a;b', 'dòng\r\nmới', ' ', '✓'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (table, cuts) => {
          const text = table.map((cells) => csvLine(['h', ...cells], { delimiter: ';', escapeFormulas: false })).join('');
          const whole = parseChunks([text]);
          const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
          const pieces: string[] = [];
          let from = 0;
          for (const point of points) {
            pieces.push(text.slice(from, point));
            from = point;
          }
          pieces.push(text.slice(from));
          expect(parseChunks(pieces)).toEqual(whole);
          // And what csvLine wrote is read back cell for cell (rows of blanks are skipped).
          expect(whole.map((row) => row.cells.slice(1))).toEqual(table.filter(() => true).map((cells) => cells.map((value) => value.normalize('NFC'))));
        },
      ),
    );
  });

  it('reads bytes streamed in chunks that cut a UTF-8 letter in two', async () => {
    const bytes = new TextEncoder().encode('\uFEFFThôn;Mã hộ\r\nBản Mường;H01\r\n');
    const chunks = Array.from(bytes, (byte) => new Uint8Array([byte]));
    const rows = await rowsOf(readCsv(chunks).rows);
    expect(rows.map((r) => r.cells)).toEqual([
      ['Thôn', 'Mã hộ'],
      ['Bản Mường', 'H01'],
    ]);
  });

  it('reads a Blob and a web ReadableStream', async () => {
    const text = 'Thôn,Mã hộ\nA,1\n';
    expect((await rowsOf(readCsv(new Blob([text])).rows)).length).toBe(2);
    const stream = new Blob([text]).stream();
    expect((await rowsOf(readCsv(stream as never).rows)).map((r) => r.cells)).toEqual([
      ['Thôn', 'Mã hộ'],
      ['A', '1'],
    ]);
  });

  it('csvLine escapes formulas and quotes what needs quoting', () => {
    expect(csvLine(['=SUM(A1)', '+84', '-5', '@x', 'a"b', 'ok', 3])).toBe(`'=SUM(A1),'+84,'-5,'@x,"a""b",ok,3\r\n`);
    expect(csvLine(['=1'], { escapeFormulas: false })).toBe('=1\r\n');
  });
});

describe('decoding bytes', () => {
  it('removes a UTF-8 BOM, reads UTF-16 with a BOM, composes tone marks (NFC)', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xf4, 0x00]))).toBe('aô');
    // "ộ" as code page 1258 writes it: ô (0xF4) then the combining dot below (0xF2).
    expect(decodeText(new Uint8Array([0x68, 0xf4, 0xf2]), { encoding: 'windows-1258' })).toBe('hộ');
  });

  it('refuses a BOM that contradicts the encoding asked for, and an unknown encoding', () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), { encoding: 'windows-1258' })).toThrow(SheetError);
    const error = (() => {
      try {
        decodeText(new Uint8Array([0x61]), { encoding: 'klingon' });
      } catch (caught) {
        return caught as SheetError;
      }
      return undefined;
    })();
    expect(error?.issues[0]?.code).toBe('unsupported_encoding');
  });

  it('names no code page when the bytes do not look Vietnamese', () => {
    let caught: SheetError | undefined;
    try {
      decodeText(new Uint8Array([0x41, 0xa9, 0xae, 0xb1]), { locale: 'en' });
    } catch (error) {
      caught = error as SheetError;
    }
    expect(caught?.issues[0]?.message).toContain('a Windows code page');
  });
});

describe('cell values', () => {
  it('areas in any case, with or without diacritics; nothing else', () => {
    for (const text of ['Nông thôn', 'NÔNG THÔN', 'nong thon', 'rural']) expect(parseArea(text)).toEqual({ ok: true, value: 'rural' });
    for (const text of ['Thành thị', 'thanh thi', 'Đô thị', 'urban']) expect(parseArea(text)).toEqual({ ok: true, value: 'urban' });
    for (const text of ['Nông thô', 'NT', '1', 'rural area']) expect(parseArea(text).ok).toBe(false);
  });

  it('ticks: x X ✓ có 1 TRUE are deprived; 0 không FALSE are not; anything else is refused', () => {
    for (const value of ['x', 'X', '✓', '✔', 'có', 'Có', 'co', '1', 1, true]) expect(parseYesNo(value)).toEqual({ ok: true, value: true });
    for (const value of ['0', 'không', 'Không', 'khong', 0, false]) expect(parseYesNo(value)).toEqual({ ok: true, value: false });
    for (const value of ['xx', '2', 2, 'v', '?']) expect(parseYesNo(value).ok).toBe(false);
  });

  it('Vietnamese numbers only when asked: groups of three after each dot, one decimal comma', () => {
    expect(parseDecimal('1.500.000', 'vi')).toEqual({ ok: true, value: '1500000' });
    expect(parseDecimal('1.500.001', 'vi')).toEqual({ ok: true, value: '1500001' });
    expect(parseDecimal('31,5', 'vi')).toEqual({ ok: true, value: '31.5' });
    expect(parseDecimal('1 500 000', 'vi')).toEqual({ ok: true, value: '1500000' });
    expect(parseDecimal('1500000', 'vi')).toEqual({ ok: true, value: '1500000' });
    for (const text of ['1.5', '1.50.000', '1,500,000', '-1', '1.500.000 đ', '']) expect(parseDecimal(text, 'vi').ok, text).toBe(false);
    expect(parseDecimal('1500000.5', 'plain')).toEqual({ ok: true, value: '1500000.5' });
    expect(parseDecimal('1.500', 'plain')).toEqual({ ok: false, key: 'invalid_amount.plain-vi', values: { plain: '1500' } });
    expect(parseDecimal('31,5', 'plain')).toEqual({ ok: false, key: 'invalid_amount.plain-vi', values: { plain: '31.5' } });
    expect(parseDecimal(1999999.99, 'vi')).toEqual({ ok: true, value: '1999999.99' });
  });

  it('a Vietnamese number read as such equals the plain number (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }), (whole, cents) => {
        const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const vi = cents === undefined ? grouped : `${grouped},${String(cents).padStart(2, '0')}`;
        const plain = cents === undefined ? whole.toString() : `${whole}.${String(cents).padStart(2, '0')}`;
        const read = parseDecimal(vi, 'vi');
        expect(read.ok).toBe(true);
        expect(read.ok && read.value).toBe(parseDecimal(plain, 'plain').ok ? (parseDecimal(plain, 'plain') as { value: string }).value : null);
      }),
    );
  });
});

describe('headings', () => {
  const ruleSet = getRuleSet('vn-2022-2025');
  const households = headingDictionary('households', ruleSet);
  const layout = (headings: string[], extra: Partial<Parameters<typeof resolveLayout>[2]> = {}) =>
    resolveLayout(headings, 1, { sheet: 'Hộ', kind: 'households', dictionary: households, locale: 'vi', ...extra });

  it('recognises every indicator by its Vietnamese and English names and its id, from the rule set', () => {
    for (const indicator of ruleSet.indicators) {
      for (const heading of [ruleSet.messages.vi[`indicator.${indicator.id}.name`]!, ruleSet.messages.en[`indicator.${indicator.id}.name`]!, indicator.id]) {
        const found = layout(['Khu vực', 'Số nhân khẩu', 'perCapitaMonthly', heading]).columns[3]!.target;
        expect(found, heading).toEqual({ kind: 'indicator', id: indicator.id });
      }
    }
  });

  it('matching ignores case, diacritics, spaces, punctuation and numbering', () => {
    const found = layout([
      'KHU VUC',
      'so nhan khau',
      'Thu nhập bình quân đầu người / tháng',
      '1.4. BẢO HIỂM Y TẾ',
      'Thiếu hụt nguồn nước sinh hoạt',
      'nha-tieu HOP ve sinh',
      'Tình trạng đi học của trẻ em ',
    ]);
    expect(found.columns.map((column) => column.target)).toEqual([
      { kind: 'area' },
      { kind: 'size' },
      { kind: 'income', form: 'perCapitaMonthly' },
      { kind: 'indicator', id: 'health-insurance' },
      { kind: 'indicator', id: 'water' },
      { kind: 'indicator', id: 'sanitation' },
      { kind: 'indicator', id: 'school-attendance' },
    ]);
  });

  it('the flat CSV layout of the command line stays valid', () => {
    const found = layout(['id', 'area', 'size', 'perCapitaMonthly', ...ruleSet.indicators.map((indicator) => indicator.id)]);
    expect(found.columns).toHaveLength(4 + 12);
    expect(found.missingIndicators).toEqual([]);
  });

  it('lists every heading problem at once: a misspelling, an unknown heading, a duplicate', () => {
    let error: SheetError | undefined;
    try {
      layout(['Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân đầu người/tháng', 'Dinh duong x', 'Số xe máy', 'Việc làm', 'Viec lam']);
    } catch (caught) {
      error = caught as SheetError;
    }
    expect(error?.issues.map((issue) => [issue.code, issue.letter, issue.suggestion])).toEqual([
      ['misspelt_heading', 'D', 'Dinh dưỡng'],
      ['unknown_heading', 'E', undefined],
      ['duplicate_heading', 'G', undefined],
    ]);
  });

  it('an unknown heading can be carried on request; a misspelt data heading is still an error', () => {
    const found = layout(['Khu vực', 'Số nhân khẩu', 'perCapitaMonthly', 'Số xe máy'], { unknownHeadings: 'carry' });
    expect(found.carried.map((column) => column.heading)).toEqual(['Số xe máy']);
    expect(() => layout(['Khu vực', 'Số nhân khẩu', 'perCapitaMonthly', 'Bảo hiểm y tê x'], { unknownHeadings: 'carry' })).toThrow(/Bảo hiểm y tế/);
  });

  it('a column map names other layouts; a target that does not exist, or a heading the file lacks, is an error', () => {
    const maps = parseColumnMaps({
      'Mã số': 'id',
      KV: 'area',
      'Số người': 'size',
      'TN/người': 'perCapitaMonthly',
      BH: 'health-insurance',
      SĐT: 'carry',
      'Cột phụ': 'ignore',
    });
    const found = layout(['Mã số', 'KV', 'Số người', 'TN/người', 'BH', 'SĐT', 'Cột phụ'], { columns: maps.households });
    expect(found.columns.map((column) => column.target.kind)).toEqual(['id', 'area', 'size', 'income', 'indicator', 'carry', 'ignore']);
    expect(() => layout(['KV'], { columns: { KV: 'khu-vuc' } })).toThrow(SheetError);
    expect(() => layout(['Khu vực', 'Số nhân khẩu', 'perCapitaMonthly'], { columns: { 'Không có': 'carry' } })).toThrow(/không có cột này/);
  });

  it('says which required column is missing', () => {
    expect(() => layout(['Số nhân khẩu', 'perCapitaMonthly'])).toThrow('thiếu cột khu vực (nông thôn/thành thị): thêm cột «Khu vực»');
    expect(() => layout(['Khu vực', 'Số nhân khẩu'])).toThrow('thiếu cột thu nhập: thêm cột «Thu nhập bình quân đầu người/tháng»');
  });

  it('built-in headings never collide: each normalised heading has one meaning per sheet', () => {
    for (const kind of ['households', 'members', 'dwellings'] as const) {
      const dictionary = headingDictionary(kind, ruleSet);
      const keys = dictionary.aliases.map((alias) => alias.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('rows', () => {
  const HEAD = 'Mã hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng;Thu nhập của hộ/năm;Việc làm;Dinh dưỡng;Bảo hiểm y tế\r\n';
  const run = async (body: string, options: Partial<Parameters<typeof classifySheets>[1]> = {}): Promise<SheetResult[]> => {
    const sheet = await classifySheets({ households: readCsv(HEAD + body) }, { blank: 'not-deprived', ...options });
    const out: SheetResult[] = [];
    for await (const row of sheet.results()) out.push(row);
    return out;
  };

  it('reports every problem of a row at once, and a blank required cell as blank', async () => {
    const [row] = await run(';Nông thôm;bốn;;;xx;;\r\n');
    expect(row!.ok).toBe(false);
    expect(!row!.ok && row!.issues.map((issue) => [issue.code, issue.column, issue.value])).toEqual([
      ['invalid_area', 'Khu vực', 'Nông thôm'],
      ['invalid_integer', 'Số nhân khẩu', 'bốn'],
      ['invalid_tick', 'Việc làm', 'xx'],
      ['income_missing', undefined, undefined],
    ]);
    const [blank] = await run('H1;;4;1200000;;;;\r\n');
    expect(!blank!.ok && blank!.issues[0]!.message).toBe('Dòng 2, cột «Khu vực» (B): ô để trống; ghi «Nông thôn» hoặc «Thành thị».');
  });

  it('two income columns filled is one problem naming both', async () => {
    const [row] = await run('H1;Nông thôn;4;1200000;57600000;;;\r\n');
    expect(!row!.ok && row!.issues.map((issue) => issue.message)).toEqual([
      'Dòng 2: thu nhập được ghi ở nhiều cột («Thu nhập bình quân đầu người/tháng», «Thu nhập của hộ/năm»); chỉ ghi ở một cột.',
    ]);
  });

  it('the boundary of the poverty line, one đồng either side, from a sheet', async () => {
    const rows = await run('A;Nông thôn;1;1499999;;x;x;x\r\nB;Nông thôn;1;1500000;;x;x;x\r\nC;Nông thôn;1;1500001;;x;x;x\r\n');
    expect(rows.map((row) => row.ok && row.result.category)).toEqual(['poor', 'poor', 'average']);
  });

  it('data in a column without a heading is reported, not dropped', async () => {
    const [row] = await run('H1;Nông thôn;4;1200000;;;;;lạc cột\r\n');
    expect(!row!.ok && row!.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['extra_cells', 'Dòng 2: có dữ liệu «lạc cột» ở cột I, ngoài các cột có tiêu đề; thêm tiêu đề hoặc xóa ô.'],
    ]);
  });

  it('requires the choice of what a blank indicator cell means', async () => {
    await expect(classifySheets({ households: readCsv(HEAD) }, {} as never)).rejects.toThrow(/blank: 'not-deprived'/);
  });
});

describe('workbooks', () => {
  it('what writeWorkbook writes, readWorkbook reads back cell for cell (property)', async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }).filter((text) => text.trim() !== '' && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/.test(text)),
      fc.constantFrom('Nông thôn', 'a & b <c>', '  lề  ', 'dòng 1\ndòng 2', '_x000D_'),
      fc.integer({ min: 0, max: 10 ** 9 }),
      fc.double({ min: 0, max: 1e9, noNaN: true }),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), async (rows) => {
        const book = await readWorkbook(writeWorkbook([{ name: 'Trang 1', rows, heading: false }]));
        const read = await rowsOf(book.table('Trang 1').rows);
        const trim = (cells: readonly unknown[]): unknown[] => {
          const out = cells.map((value) => (value === '' ? null : value));
          while (out.length > 0 && out[out.length - 1] === null) out.pop();
          return out;
        };
        const written = rows
          .map((cells, index) => ({ row: index + 1, cells: trim(cells.map((value) => (typeof value === 'string' ? value.normalize('NFC') : value))) }))
          .filter((row) => row.cells.length > 0);
        expect(read.map((row) => ({ row: row.row, cells: trim(row.cells) })).filter((row) => row.cells.length > 0)).toEqual(written);
      }),
      { numRuns: 40 },
    );
  });

  it('streams a large sheet in and out (20,000 rows) with row numbers intact', async () => {
    async function* rows() {
      yield ['Mã hộ', 'Thu nhập'];
      for (let i = 1; i <= 20000; i++) yield [`H${i}`, 1000000 + i];
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of streamWorkbook([{ name: 'Hộ', rows: rows() }])) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    const book = await readWorkbook(new Blob(chunks));
    let count = 0;
    let last: SheetRow | undefined;
    for await (const row of book.table('Hộ').rows) {
      count++;
      last = row;
    }
    expect(count).toBe(20001);
    expect(last).toEqual({ row: 20001, cells: ['H20000', 1020000] });
  });

  it('refuses bytes that are not a workbook, and a sheet that is not there', async () => {
    await expect(readWorkbook(new TextEncoder().encode('id,area\n'))).rejects.toMatchObject({ name: 'SheetError', issues: [{ code: 'not_xlsx' }] });
    const book = await readWorkbook(writeWorkbook([{ name: 'A', rows: [['x']] }]));
    expect(() => book.table('B')).toThrow(/không có trang «B»/);
  });

  it('the template is read without a column map, and has drop-down lists for area and ticks', async () => {
    const bytes = writeTemplate();
    const book = await readWorkbook(bytes);
    const run = await classifySheets({ households: book.table('Hộ gia đình'), members: book.table('Thành viên') }, { blank: 'not-deprived' });
    expect(run.layout.missingIndicators).toEqual([]);
    expect(run.layout.carried.map((column) => column.heading)).toEqual(['STT', 'Họ tên chủ hộ', 'Thôn/Tổ dân phố', 'Ghi chú']);
    expect(run.memberLayout?.columns.filter((column) => column.target.kind === 'member')).toHaveLength(10);
    const rows: SheetResult[] = [];
    for await (const row of run.results()) rows.push(row);
    expect(rows).toEqual([]);
    const { unzipSync, strFromU8 } = await import('fflate');
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain(
      '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Giá trị không hợp lệ" error="Chọn «Nông thôn» hoặc «Thành thị»." sqref="E2:E1001"><formula1>&quot;Nông thôn,Thành thị&quot;</formula1>',
    );
    expect(sheet).toContain('sqref="H2:S1001"><formula1>&quot;x&quot;</formula1>');
  });
});

describe('more cell values', () => {
  it('typed cells: booleans and negative or non-finite numbers are not amounts; exponents are', () => {
    expect(parseArea(true).ok).toBe(false);
    expect(parseDecimal(-1, 'plain').ok).toBe(false);
    expect(parseDecimal(Number.POSITIVE_INFINITY, 'vi').ok).toBe(false);
    expect(parseDecimal(true, 'vi')).toEqual({ ok: false, key: 'invalid_amount.vi' });
    expect(parseDecimal(null, 'plain')).toEqual({ ok: false, key: 'invalid_amount.plain' });
    expect(parseDecimal('1.5E3', 'plain')).toEqual({ ok: true, value: '1500' });
  });

  it('parseColumnMaps says what is wrong in English too', () => {
    expect(() => parseColumnMaps(['id'], 'en')).toThrow(/expected a JSON object/);
  });
});
