/**
 * Workbooks as other programs write them: parts found through relationships (relative and
 * absolute targets, any part names), shared strings with rich text and phonetic runs, inline
 * strings, formula results, booleans, errors, cells and rows without references, namespace
 * prefixes, stored (uncompressed) and ZIP64 archives — and the damaged files that must be
 * refused with a message rather than read wrongly.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvLine, readCsv, readSheets, readWorkbook, findSheets, SheetError, type CellValue } from '../../src/sheets/index.js';
import { XmlReader, attribute, decodeEntities, escapeXml } from '../../src/sheets/xml.js';

const CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A workbook from raw parts (the content the tests need, nothing else). */
function book(parts: Record<string, string>, level: 0 | 6 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files, { level });
}

const ROOT_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK_RELS = (sheet: string, strings?: string) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${sheet}"/>${
    strings === undefined
      ? ''
      : `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="${strings}"/>`
  }</Relationships>`;
const WORKBOOK = (name = 'Hộ') =>
  `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId7"/></sheets></workbook>`;

async function cells(bytes: Uint8Array | Blob, sheet = 'Hộ'): Promise<{ row: number; cells: CellValue[] }[]> {
  const workbook = await readWorkbook(bytes);
  const out: { row: number; cells: CellValue[] }[] = [];
  for await (const row of workbook.table(sheet).rows) out.push({ row: row.row, cells: [...row.cells] });
  return out;
}

describe('workbook parts, as other programs write them', () => {
  it('finds the sheet and shared strings through the relationships, with relative and absolute targets', async () => {
    const bytes = book({
      '[Content_Types].xml': CT,
      '_rels/.rels': ROOT_RELS,
      'xl/workbook.xml': WORKBOOK(),
      'xl/_rels/workbook.xml.rels': WORKBOOK_RELS('/xl/worksheets/du-lieu.xml', '../xl/chuoi.xml'),
      'xl/chuoi.xml':
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Mã hộ</t></si><si><r><rPr><b/></rPr><t>Nông </t></r><r><t>thôn</t></r><rPh sb="0" eb="1"><t>ノン</t></rPh></si><si><t>A &amp; B_x000D_</t></si></sst>',
      'xl/worksheets/du-lieu.xml':
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>' +
        '<x:row r="3"><x:c t="inlineStr"><x:is><x:t xml:space="preserve"> H 1 </x:t></x:is></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>Mã hộx</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c><x:v>1.5E3</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>' +
        '<x:row><x:c r="B4"><x:v>31.5</x:v></x:c><x:c r="D4" t="d"><x:v>2025-09-01</x:v></x:c><x:c r="E4" t="b"><x:v>0</x:v></x:c><x:c r="F4" t="s"><x:v></x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    });
    expect(await cells(bytes)).toEqual([
      { row: 1, cells: ['Mã hộ', null, 'Nông thôn'] },
      { row: 3, cells: [' H 1 ', 'Mã hộx', true, '#N/A', 1500, 'A & B\r'] },
      { row: 4, cells: [null, 31.5, null, '2025-09-01', false, null] },
    ]);
  });

  it('reads a workbook without root relationships, with a stored (uncompressed) archive, from a Blob', async () => {
    const bytes = book(
      {
        'xl/workbook.xml': WORKBOOK('Sheet1'),
        'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
      },
      0,
    );
    expect(await cells(new Blob([bytes]), 'sheet1')).toEqual([{ row: 1, cells: ['x'] }]);
  });

  it('refuses an archive without a workbook, a truncated file, and a sheet whose part is missing', async () => {
    const noWorkbook = book({ 'docProps/app.xml': '<Properties/>' });
    await expect(readWorkbook(noWorkbook)).rejects.toThrow(/không có workbook part|no workbook part|workbook/);
    const whole = book({ 'xl/workbook.xml': WORKBOOK(), 'xl/worksheets/sheet1.xml': '<worksheet/>' });
    await expect(readWorkbook(whole.subarray(0, whole.length - 30))).rejects.toMatchObject({ issues: [{ code: 'not_xlsx' }] });
    const missing = await readWorkbook(book({ 'xl/workbook.xml': WORKBOOK('Hộ') }));
    await expect(cells(book({ 'xl/workbook.xml': WORKBOOK('Hộ') }))).rejects.toMatchObject({ issues: [{ code: 'not_xlsx' }] });
    expect(missing.sheets).toEqual(['Hộ']);
    await expect(readWorkbook(new Uint8Array(10))).rejects.toThrow(SheetError);
    await expect(readWorkbook('not bytes' as never)).rejects.toMatchObject({ issues: [{ code: 'not_xlsx' }] });
  });

  it('refuses an entry it cannot inflate, and a compression method other than deflate', async () => {
    const bytes = book({
      'xl/workbook.xml': WORKBOOK(),
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>'.repeat(20),
    });
    // Corrupt the deflate stream of the sheet (the last local entry's data).
    const corrupt = bytes.slice();
    const at = findLocal(corrupt, 'xl/worksheets/sheet1.xml');
    for (let i = at; i < at + 12; i++) corrupt[i] = 0xff;
    await expect(cells(corrupt)).rejects.toMatchObject({ issues: [{ code: 'not_xlsx' }] });
    const method = bytes.slice();
    setMethod(method, 'xl/worksheets/sheet1.xml', 12);
    await expect(cells(method)).rejects.toThrow(/compression method 12/);
  });

  it('reads a ZIP64 archive (as written for very large workbooks)', async () => {
    const bytes = zip64([
      ['xl/workbook.xml', WORKBOOK()],
      ['xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ZIP64</t></is></c></row></sheetData></worksheet>'],
    ]);
    expect(await cells(bytes)).toEqual([{ row: 1, cells: ['ZIP64'] }]);
  });

  it('findSheets: names given, names missing, and the first sheet when no name fits', async () => {
    const workbook = await readWorkbook(
      book({
        'xl/workbook.xml': `<workbook xmlns:r="r"><sheets><sheet name="Dữ liệu" r:id="a"/><sheet name="Nhà ở" r:id="b"/><sheet name="Nhân khẩu" r:id="c"/></sheets></workbook>`,
        'xl/worksheets/sheet1.xml': '<worksheet/>',
        'xl/worksheets/sheet2.xml': '<worksheet/>',
        'xl/worksheets/sheet3.xml': '<worksheet/>',
      }),
    );
    const found = findSheets(workbook);
    expect([found.households.name, found.members?.name, found.dwellings?.name]).toEqual(['Dữ liệu', 'Nhân khẩu', 'Nhà ở']);
    const chosen = findSheets(workbook, { households: 'nha o', members: null, dwellings: null });
    expect([chosen.households.name, chosen.members, chosen.dwellings]).toEqual(['Nhà ở', undefined, undefined]);
    expect(() => findSheets(workbook, { households: 'Hộ' })).toThrow(SheetError);
  });

  it('readSheets tells a workbook from CSV by its bytes, for bytes, an ArrayBuffer and a Blob', async () => {
    const bytes = book({ 'xl/workbook.xml': WORKBOOK('Danh sách hộ'), 'xl/worksheets/sheet1.xml': '<worksheet/>' });
    expect((await readSheets(bytes)).households.name).toBe('Danh sách hộ');
    expect((await readSheets(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)).households.name).toBe('Danh sách hộ');
    expect((await readSheets(new Blob([bytes]), { locale: 'en' })).households.name).toBe('Danh sách hộ');
    expect((await readSheets(new TextEncoder().encode('a,b\n'))).households.name).toBe('CSV');
    const csv = await readSheets(new TextEncoder().encode('a,b\n1,2\n').buffer as ArrayBuffer, { name: 'Tệp' });
    const rows = [];
    for await (const row of csv.households.rows) rows.push(row.cells);
    expect(rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('the XML reader', () => {
  function events(xml: string, chunk: number): string[] {
    const out: string[] = [];
    let text = false;
    const reader = new XmlReader({
      open: (name, attributes, self) => {
        out.push(`<${name}${self ? '/' : ''}${attributes.trim() === '' ? '' : ` ${attribute(attributes, 'v') ?? '?'}`}>`);
        text = name === 't';
      },
      close: (name) => {
        out.push(`</${name}>`);
        text = false;
      },
      text: (value) => out.push(JSON.stringify(value)),
      wantText: () => text,
    });
    for (let i = 0; i < xml.length; i += chunk) reader.write(xml.slice(i, i + chunk));
    reader.end();
    // Text may arrive in pieces: join adjacent pieces.
    return out.reduce<string[]>((acc, item) => {
      if (item.startsWith('"') && acc.length > 0 && acc[acc.length - 1]!.startsWith('"'))
        acc[acc.length - 1] = JSON.stringify(JSON.parse(acc[acc.length - 1]!) + JSON.parse(item));
      else acc.push(item);
      return acc;
    }, []);
  }

  const XML =
    '<?xml version="1.0"?><!DOCTYPE x><!-- a > b --><a v="1 > 0"><t>x &lt; y &#x1F600; &#65; &bogus; &#xFFFFFFF;</t><t><![CDATA[<raw> & ]]></t><b v=\'q\'/></a>';

  it('gives the same events however the text is cut', () => {
    const whole = events(XML, XML.length);
    expect(whole).toEqual(['<a 1 > 0>', '<t>', '"x < y 😀 A &bogus; &#xFFFFFFF;"', '</t>', '<t>', '"<raw> & "', '</t>', '<b/ q>', '</b>', '</a>']);
    for (const size of [1, 2, 3, 7, 13]) expect(events(XML, size)).toEqual(whole);
  });

  it('attribute: matches the name with or without a prefix, not inside another name', () => {
    expect(attribute(' r:id="rId1" id="x"', 'id')).toBe('rId1');
    expect(attribute(' sheetId="1" name = "Hộ"', 'name')).toBe('Hộ');
    expect(attribute(' rid="1"', 'id')).toBeUndefined();
    expect(attribute(' id=1', 'id')).toBeUndefined();
    expect(attribute(' id="open', 'id')).toBeUndefined();
  });

  it('escapes text and drops characters XML cannot hold', () => {
    expect(escapeXml('a & <b> "c"\u0001')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
    expect(decodeEntities('no entities')).toBe('no entities');
  });
});

describe('CSV edges', () => {
  async function rows(input: Parameters<typeof readCsv>[0], options: Parameters<typeof readCsv>[1] = {}): Promise<string[][]> {
    const out: string[][] = [];
    for await (const row of readCsv(input, options).rows) out.push(row.cells as string[]);
    return out;
  }

  it('old Mac line ends, text after a closing quote, an unclosed quote at the end', async () => {
    expect(await rows('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(await rows('a,b\n"x"y,2\n')).toEqual([
      ['a', 'b'],
      ['xy', '2'],
    ]);
    expect(await rows('a,b\n1,"open\n')).toEqual([
      ['a', 'b'],
      ['1', 'open\n'],
    ]);
  });

  it('reads an async iterable of text chunks (a Node stream with an encoding), and a quoted heading', async () => {
    async function* chunks() {
      yield '"Mã hộ; số";Thôn\n';
      yield 'H1;"Bản ';
      yield 'A"\n';
    }
    expect(await rows(chunks())).toEqual([
      ['Mã hộ; số', 'Thôn'],
      ['H1', 'Bản A'],
    ]);
    expect(await rows('sep=,\na;b,c\n', { delimiter: ';' })).toEqual([['a', 'b,c']]);
    expect(csvLine([null, undefined, 'a'])).toBe(',,a\r\n');
  });

  it('an empty file has no heading row', async () => {
    await expect(rows([])).rejects.toMatchObject({ issues: [{ code: 'empty_file' }] });
    await expect(rows('', { locale: 'en' })).resolves.toEqual([]);
  });

  it('reads UTF-16 (BE) with its mark, and bytes whose mark comes in pieces', async () => {
    expect(await rows([new Uint8Array([0xfe]), new Uint8Array([0xff, 0x00, 0x61, 0x00, 0x2c, 0x00, 0x62])])).toEqual([['a', 'b']]);
    expect(await rows(new Uint8Array([0x61]))).toEqual([['a']]);
    await expect(rows(new Uint8Array([0xef, 0xbb]))).rejects.toMatchObject({ issues: [{ code: 'not_utf8' }] });
  });

  it('a wrong code page is refused with where it failed, not guessed', async () => {
    await expect(rows(new Uint8Array([0x61, 0x2c, 0x81]), { encoding: 'shift_jis' })).rejects.toMatchObject({ issues: [{ code: 'undecodable' }] });
  });
});

/** Offset of an entry's data in a ZIP made by fflate (local header + name, no extra field). */
function findLocal(bytes: Uint8Array, name: string): number {
  const target = strToU8(name);
  for (let i = 0; i < bytes.length - 30; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x03 && bytes[i + 3] === 0x04) {
      const length = bytes[i + 26]! | (bytes[i + 27]! << 8);
      const extra = bytes[i + 28]! | (bytes[i + 29]! << 8);
      if (length === target.length && target.every((byte, k) => bytes[i + 30 + k] === byte)) return i + 30 + length + extra;
    }
  }
  throw new Error(`no entry ${name}`);
}

/** Sets the compression method of an entry in the central directory. */
function setMethod(bytes: Uint8Array, name: string, method: number): void {
  const target = strToU8(name);
  for (let i = 0; i < bytes.length - 46; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) {
      const length = bytes[i + 28]! | (bytes[i + 29]! << 8);
      if (length === target.length && target.every((byte, k) => bytes[i + 46 + k] === byte)) {
        bytes[i + 10] = method;
        return;
      }
    }
  }
}

/** A stored ZIP64 archive: sizes and offsets in ZIP64 extra fields, a ZIP64 end record and locator. */
function zip64(files: readonly (readonly [string, string])[]): Uint8Array {
  const out: number[] = [];
  const u16 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff);
  const u32 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  const u64 = (n: number) => (u32(n % 2 ** 32), u32(Math.floor(n / 2 ** 32)));
  const entries: { name: Uint8Array; size: number; offset: number }[] = [];
  for (const [name, text] of files) {
    const data = strToU8(text);
    const nameBytes = strToU8(name);
    entries.push({ name: nameBytes, size: data.length, offset: out.length });
    u32(0x04034b50), u16(45), u16(0), u16(0), u16(0), u16(0), u32(0), u32(data.length), u32(data.length), u16(nameBytes.length), u16(0);
    out.push(...nameBytes, ...data);
  }
  const directoryOffset = out.length;
  for (const entry of entries) {
    u32(0x02014b50),
      u16(45),
      u16(45),
      u16(0),
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(0xffffffff),
      u32(0xffffffff),
      u16(entry.name.length),
      u16(28),
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(0xffffffff);
    out.push(...entry.name);
    u16(0x0001), u16(24), u64(entry.size), u64(entry.size), u64(entry.offset);
  }
  const directorySize = out.length - directoryOffset;
  const record = out.length;
  u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(entries.length), u64(entries.length), u64(directorySize), u64(directoryOffset);
  u32(0x07064b50), u32(0), u64(record), u32(1);
  u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0);
  return Uint8Array.from(out);
}

describe('cells and parts that programs write differently', () => {
  it('lower-case references, phonetic runs in inline strings, empty values, a text in a number cell, a string index out of range', async () => {
    const bytes = book({
      'xl/workbook.xml': '<workbook><sheets><sheet r:id="x"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="y"/></Relationships>',
      'xl/worksheets/sheet1.xml':
        '<worksheet><sheetData><row r="2"><c r="b2" t="inlineStr"><is><t>Hà</t><rPh><t>ha</t></rPh></is></c><c r="C2" t="str"><v></v></c><c r="D2" t="b"><v></v></c><c r="E2"><v>abc</v></c><c r="F2" t="s"><v>99</v></c></row></sheetData></worksheet>',
    });
    const workbook = await readWorkbook(bytes);
    expect(workbook.sheets).toEqual(['']);
    const rows = [];
    for await (const row of workbook.table('').rows) rows.push(row);
    expect(rows).toEqual([{ row: 2, cells: [null, 'Hà', null, null, 'abc', null] }]);
  });

  it('findSheets: a members sheet by name, only an instructions sheet, no sheet at all', async () => {
    const two = await readWorkbook(
      book({
        'xl/workbook.xml': '<workbook><sheets><sheet name="Hướng dẫn" r:id="a"/><sheet name="DS người" r:id="b"/></sheets></workbook>',
        'xl/worksheets/sheet1.xml': '<worksheet/>',
        'xl/worksheets/sheet2.xml': '<worksheet/>',
      }),
    );
    expect(findSheets(two, { members: 'DS người' }).members?.name).toBe('DS người');
    const guide = await readWorkbook(
      book({ 'xl/workbook.xml': '<workbook><sheets><sheet name="Hướng dẫn" r:id="a"/></sheets></workbook>', 'xl/worksheets/sheet1.xml': '<worksheet/>' }),
    );
    expect(findSheets(guide).households.name).toBe('Hướng dẫn');
    const none = await readWorkbook(book({ 'xl/workbook.xml': '<workbook><sheets/></workbook>' }));
    expect(() => findSheets(none)).toThrow(SheetError);
  });

  it('damaged archives: a ZIP64 record, a directory outside the file, a directory entry, a local header, an entry cut short', async () => {
    const good = zip64([['xl/workbook.xml', WORKBOOK()]]);
    const record = good.slice();
    const at = record.length - 22 - 20 - 56;
    record[at] = 0; // the ZIP64 end record's signature
    await expect(readWorkbook(record)).rejects.toThrow(/ZIP64/);
    const plain = book({
      'xl/workbook.xml': WORKBOOK(),
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>',
    });
    const eocd = plain.length - 22;
    const outside = plain.slice();
    outside[eocd + 16] = 0xff; // directory offset far past the end
    outside[eocd + 19] = 0x7f;
    await expect(readWorkbook(outside)).rejects.toThrow(/outside the file/);
    const directory = plain.slice();
    const offset = directory[eocd + 16]! | (directory[eocd + 17]! << 8) | (directory[eocd + 18]! << 16);
    directory[offset] = 0; // first directory entry's signature
    await expect(readWorkbook(directory)).rejects.toThrow(/directory entry/);
    const local = plain.slice();
    const data = findLocal(local, 'xl/worksheets/sheet1.xml');
    local[data - 30 - 'xl/worksheets/sheet1.xml'.length] = 0; // the local header's signature
    await expect(cells(local)).rejects.toThrow(/damaged entry/);
    const short = plain.slice();
    setSize(short, 'xl/worksheets/sheet1.xml', 0x7fffff);
    await expect(cells(short)).rejects.toThrow(/cut short/);
  });
});

/** Sets the compressed size of an entry in the central directory. */
function setSize(bytes: Uint8Array, name: string, size: number): void {
  const target = strToU8(name);
  for (let i = 0; i < bytes.length - 46; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) {
      const length = bytes[i + 28]! | (bytes[i + 29]! << 8);
      if (length === target.length && target.every((byte, k) => bytes[i + 46 + k] === byte)) {
        bytes[i + 20] = size & 0xff;
        bytes[i + 21] = (size >>> 8) & 0xff;
        bytes[i + 22] = (size >>> 16) & 0xff;
        bytes[i + 23] = (size >>> 24) & 0xff;
        return;
      }
    }
  }
}
