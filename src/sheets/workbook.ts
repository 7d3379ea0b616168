/**
 * Reading Excel workbooks (.xlsx, as written by Excel, LibreOffice, Google Sheets or WPS):
 * the sheet names, then each sheet's rows streamed — the worksheet is inflated and parsed
 * chunk by chunk, so memory holds the compressed file (or, for a `Blob`, not even that) and
 * the shared strings, never the whole sheet.
 *
 * @module
 */
import type { Locale } from '../rules/types.js';
import { readCsv, type CsvOptions } from './csv.js';
import { say } from './messages.js';
import { normalizeKey } from './normalize.js';
import { makeDecoder, type BlobLike } from './platform.js';
import { makeIssue, SheetError, type CellValue, type SheetRow, type Table } from './types.js';
import { attribute, XmlReader } from './xml.js';
import { byteSource, entryChunks, entryText, readDirectory, ZipFormatError, type ByteSource, type ZipEntry } from './zip.js';
import type { SheetInput } from './classify.js';

/** What the workbook readers take: bytes in memory, an `ArrayBuffer`, or a `Blob` (a browser `File`, Node's `fs.openAsBlob`). */
export type WorkbookInput = Uint8Array | ArrayBuffer | BlobLike;

/** An opened workbook: its sheet names, and a {@link Table} for each. */
export interface Workbook {
  /** The sheet names, in workbook order. */
  readonly sheets: readonly string[];
  /**
   * The table of a sheet, by name; its rows are read (streamed) when iterated.
   *
   * @throws {@link SheetError} `sheet_not_found` when there is no such sheet.
   */
  table(name: string): Table;
}

function notXlsx(locale: Locale, detail: string): SheetError {
  return new SheetError([makeIssue(locale, 'not_xlsx', {}, say(locale, 'not_xlsx', { detail }))]);
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relationships(xml: string): { id: string; type: string; target: string }[] {
  const out: { id: string; type: string; target: string }[] = [];
  const reader = new XmlReader({
    open(name, attributes) {
      if (name !== 'Relationship') return;
      out.push({ id: attribute(attributes, 'Id') ?? '', type: attribute(attributes, 'Type') ?? '', target: attribute(attributes, 'Target') ?? '' });
    },
    close() {},
    text() {},
    wantText: () => false,
  });
  reader.write(xml);
  return out;
}

async function sharedStrings(source: ByteSource, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (entry === undefined) return strings;
  let depth = 0; // inside <si>
  let phonetic = false;
  let inText = false;
  let current = '';
  const reader = new XmlReader({
    open(name) {
      if (name === 'si') {
        depth = 1;
        current = '';
      } else if (name === 'rPh') phonetic = true;
      else if (name === 't' && depth === 1 && !phonetic) inText = true;
    },
    close(name) {
      if (name === 'si') {
        strings.push(unescapeOoxml(current).normalize('NFC'));
        depth = 0;
      } else if (name === 'rPh') phonetic = false;
      else if (name === 't') inText = false;
    },
    text(text) {
      current += text;
    },
    wantText: () => inText,
  });
  const decoder = makeDecoder('utf-8', false);
  for await (const chunk of entryChunks(source, entry)) reader.write(decoder.decode(chunk, { stream: true }));
  reader.write(decoder.decode());
  reader.end();
  return strings;
}

function columnIndex(ref: string): number {
  let index = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) index = index * 26 + (c - 64);
    else if (c >= 97 && c <= 122) index = index * 26 + (c - 96);
    else break;
  }
  return index - 1;
}

async function* sheetRows(source: ByteSource, entry: ZipEntry, strings: readonly string[], locale: Locale): AsyncGenerator<SheetRow, void, undefined> {
  const ready: SheetRow[] = [];
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let column = -1;
  let type = '';
  let value = '';
  let inline = '';
  let capture: 'v' | 't' | null = null;
  let inInline = false;
  let phonetic = false;
  const reader = new XmlReader({
    open(name, attributes) {
      switch (name) {
        case 'row': {
          const r = attribute(attributes, 'r');
          rowNumber = r === undefined ? rowNumber + 1 : Number(r);
          cells = [];
          column = -1;
          break;
        }
        case 'c': {
          const r = attribute(attributes, 'r');
          column = r === undefined ? column + 1 : columnIndex(r);
          type = attribute(attributes, 't') ?? 'n';
          value = '';
          inline = '';
          break;
        }
        case 'v':
          capture = 'v';
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic = true;
          break;
        case 't':
          if (inInline && !phonetic) capture = 't';
          break;
        default:
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = null;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic = false;
          break;
        case 'c': {
          let cell: CellValue = null;
          if (type === 's') cell = value === '' ? null : (strings[Number(value)] ?? null);
          else if (type === 'inlineStr') cell = unescapeOoxml(inline).normalize('NFC');
          else if (type === 'str' || type === 'e' || type === 'd') cell = value === '' ? null : unescapeOoxml(value).normalize('NFC');
          else if (type === 'b') cell = value === '' ? null : value === '1';
          else if (value !== '') {
            const number = Number(value);
            cell = Number.isFinite(number) ? number : value;
          }
          while (cells.length < column) cells.push(null);
          cells[column] = cell;
          break;
        }
        case 'row':
          ready.push({ row: rowNumber, cells });
          break;
        default:
          break;
      }
    },
    text(text) {
      if (capture === 'v') value += text;
      else inline += text;
    },
    wantText: () => capture !== null,
  });
  const decoder = makeDecoder('utf-8', false);
  try {
    for await (const chunk of entryChunks(source, entry)) {
      reader.write(decoder.decode(chunk, { stream: true }));
      while (ready.length > 0) yield ready.shift()!;
    }
  } catch (error) {
    if (error instanceof ZipFormatError) throw notXlsx(locale, error.message);
    throw error;
  }
  reader.write(decoder.decode());
  reader.end();
  while (ready.length > 0) yield ready.shift()!;
}

/**
 * Opens an Excel workbook (.xlsx): reads its directory, sheet names and shared strings; each
 * sheet's rows are streamed when its table is iterated. Cells come as text, numbers
 * (`1500000`, `31.5`) or booleans as stored; empty cells as `null`.
 *
 * @param input - The file's bytes, an `ArrayBuffer`, or a `Blob`/`File` (read in slices).
 * @param options - `locale` of error messages.
 * @returns The {@link Workbook}.
 * @throws {@link SheetError} `not_xlsx` when the bytes are not a readable workbook.
 * @example
 * ```ts
 * import { readWorkbook, writeWorkbook } from 'chuan-ngheo/sheets';
 * const bytes = writeWorkbook([{ name: 'Hộ gia đình', rows: [['Mã hộ', 'Số nhân khẩu'], ['H01', 4]] }]);
 * const book = await readWorkbook(bytes);
 * book.sheets; // ['Hộ gia đình']
 * const rows = [];
 * for await (const row of book.table('Hộ gia đình').rows) rows.push(row.cells);
 * rows; // [['Mã hộ', 'Số nhân khẩu'], ['H01', 4]]
 * ```
 */
export async function readWorkbook(input: WorkbookInput, options: { locale?: Locale } = {}): Promise<Workbook> {
  const locale = options.locale ?? 'vi';
  let source: ByteSource;
  let entries: Map<string, ZipEntry>;
  try {
    source = byteSource(input);
    entries = await readDirectory(source);
  } catch (error) {
    if (error instanceof ZipFormatError || error instanceof TypeError) throw notXlsx(locale, error.message);
    throw error;
  }
  const find = (path: string): ZipEntry | undefined =>
    entries.get(path) ?? [...entries.values()].find((entry) => entry.name.toLowerCase() === path.toLowerCase());
  try {
    const rootRels = find('_rels/.rels');
    const root = rootRels === undefined ? undefined : relationships(await entryText(source, rootRels)).find((rel) => rel.type.endsWith('/officeDocument'));
    const workbookPath = root === undefined ? 'xl/workbook.xml' : resolvePath('', root.target);
    const workbookEntry = find(workbookPath);
    if (workbookEntry === undefined) throw new ZipFormatError('the archive has no workbook part (is it an .xlsx file?)');
    const relsPath = resolvePath(workbookPath, `_rels/${workbookPath.split('/').pop()!}.rels`);
    const relsEntry = find(relsPath);
    const rels = relsEntry === undefined ? [] : relationships(await entryText(source, relsEntry));
    const sheets: { name: string; path: string }[] = [];
    const reader = new XmlReader({
      open(name, attributes) {
        if (name !== 'sheet') return;
        const sheetName = (attribute(attributes, 'name') ?? '').normalize('NFC');
        const id = attribute(attributes, 'id');
        const rel = rels.find((candidate) => candidate.id === id);
        sheets.push({ name: sheetName, path: rel === undefined ? `xl/worksheets/sheet${sheets.length + 1}.xml` : resolvePath(workbookPath, rel.target) });
      },
      close() {},
      text() {},
      wantText: () => false,
    });
    reader.write(await entryText(source, workbookEntry));
    const stringsRel = rels.find((rel) => rel.type.endsWith('/sharedStrings'));
    const strings = await sharedStrings(source, find(stringsRel === undefined ? 'xl/sharedStrings.xml' : resolvePath(workbookPath, stringsRel.target)));
    return {
      sheets: Object.freeze(sheets.map((sheet) => sheet.name)),
      table(name: string): Table {
        const sheet = sheets.find((candidate) => candidate.name === name) ?? sheets.find((candidate) => normalizeKey(candidate.name) === normalizeKey(name));
        if (sheet === undefined) {
          throw new SheetError([
            makeIssue(locale, 'sheet_not_found', {}, say(locale, 'sheet_not_found', { sheet: name, sheets: sheets.map((s) => `«${s.name}»`).join(', ') })),
          ]);
        }
        const entry = find(sheet.path);
        return {
          name: sheet.name,
          rows: {
            async *[Symbol.asyncIterator](): AsyncGenerator<SheetRow, void, undefined> {
              if (entry === undefined) throw notXlsx(locale, `sheet "${sheet.name}" has no part ${sheet.path}`);
              yield* sheetRows(source, entry, strings, locale);
            },
          },
        };
      },
    };
  } catch (error) {
    if (error instanceof ZipFormatError) throw notXlsx(locale, error.message);
    throw error;
  }
}

/** Which sheets of a workbook to read (names as in the file); see {@link findSheets}. */
export interface SheetNames {
  /** The households sheet. */
  households?: string;
  /** The members sheet; `null` for none. */
  members?: string | null;
  /** The dwelling sheet; `null` for none. */
  dwellings?: string | null;
}

const MEMBER_SHEET = /thanhvien|nhankhau|member/;
const DWELLING_SHEET = /nhao|dwelling|housing/;
const HOUSEHOLD_SHEET = /hogiadinh|danhsachho|household|^ho$|honghe|rasoat/;
const OTHER_SHEET = /huongdan|instruction|ketqua|tonghop|summary|result|loi|error|danhmuc|list/;

/**
 * Picks the households, members and dwelling sheets of a workbook, by the names given or by
 * their usual names: "Thành viên"/"Nhân khẩu"/"Members" for members, "Nhà ở"/"Dwelling" for the
 * dwelling, "Hộ gia đình"/"Danh sách hộ"/"Households" (else the first other sheet) for households.
 *
 * @param book - An opened workbook.
 * @param names - Sheet names to use instead of the usual ones.
 * @returns The tables, for {@link classifySheets}.
 * @throws {@link SheetError} `sheet_not_found` when a named sheet does not exist.
 * @example
 * ```ts
 * import { readWorkbook, writeWorkbook, findSheets } from 'chuan-ngheo/sheets';
 * const bytes = writeWorkbook([{ name: 'Hướng dẫn', rows: [] }, { name: 'Danh sách hộ', rows: [] }, { name: 'Thành viên', rows: [] }]);
 * const tables = findSheets(await readWorkbook(bytes));
 * tables.households.name; // 'Danh sách hộ'
 * tables.members?.name;   // 'Thành viên'
 * tables.dwellings;       // undefined
 * ```
 */
export function findSheets(book: Workbook, names: SheetNames = {}): SheetInput {
  const keyed = book.sheets.map((name) => ({ name, key: normalizeKey(name) }));
  const pick = (given: string | null | undefined, pattern: RegExp, exclude: readonly (string | undefined)[]): string | undefined => {
    if (given === null) return undefined;
    if (given !== undefined) return given;
    return keyed.find((sheet) => pattern.test(sheet.key) && !exclude.includes(sheet.name))?.name;
  };
  const members = pick(names.members, MEMBER_SHEET, []);
  const dwellings = pick(names.dwellings, DWELLING_SHEET, [members]);
  const households =
    names.households ??
    pick(undefined, HOUSEHOLD_SHEET, [members, dwellings]) ??
    keyed.find((sheet) => sheet.name !== members && sheet.name !== dwellings && !OTHER_SHEET.test(sheet.key))?.name ??
    book.sheets[0] ??
    '';
  return {
    households: book.table(households),
    ...(members === undefined ? {} : { members: book.table(members) }),
    ...(dwellings === undefined ? {} : { dwellings: book.table(dwellings) }),
  };
}

/** Options for {@link readSheets}. */
export interface ReadSheetsOptions extends CsvOptions {
  /** Sheet names for a workbook (see {@link findSheets}). */
  sheets?: SheetNames;
}

async function startsWithZip(input: WorkbookInput | string): Promise<boolean> {
  if (typeof input === 'string') return false;
  const head =
    input instanceof Uint8Array
      ? input.subarray(0, 4)
      : input instanceof ArrayBuffer
        ? new Uint8Array(input, 0, Math.min(4, input.byteLength))
        : new Uint8Array(await input.slice(0, 4).arrayBuffer());
  return head.length === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * Reads a commune's file, whatever it is: an Excel workbook (recognised by its content, not
 * its name) gives its households, members and dwelling sheets; anything else is read as CSV
 * (households only).
 *
 * @param input - The file: text, bytes, an `ArrayBuffer`, or a `Blob`/`File`.
 * @param options - CSV options (`delimiter`, `encoding`, `name`, `locale`) and `sheets` names.
 * @returns The tables, for {@link classifySheets}.
 * @throws {@link SheetError} when a workbook cannot be opened or a named sheet is missing.
 * @example
 * ```ts
 * import { readSheets } from 'chuan-ngheo/sheets';
 * const tables = await readSheets('Mã hộ,Khu vực\nH01,Nông thôn\n');
 * tables.households.name; // 'CSV'
 * ```
 */
export async function readSheets(input: WorkbookInput | string, options: ReadSheetsOptions = {}): Promise<SheetInput> {
  if (await startsWithZip(input)) {
    const bookOptions: { locale?: Locale } = {};
    if (options.locale !== undefined) bookOptions.locale = options.locale;
    return findSheets(await readWorkbook(input as WorkbookInput, bookOptions), options.sheets);
  }
  return { households: readCsv(input, options) };
}
