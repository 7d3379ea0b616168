/**
 * Writing Excel workbooks (.xlsx), streaming: each sheet's rows are turned into XML and
 * deflated (fflate) as they come, so a 100,000-row sheet is never held in memory as XML.
 * Headings in bold with the row frozen, column widths, wrapped text, drop-down lists (data
 * validation) and an auto-filter.
 *
 * @module
 */
import { Zip, ZipDeflate } from 'fflate';
import { columnLetter } from './messages.js';
import { utf8 } from './platform.js';
import { escapeXml } from './xml.js';

/** A cell to write: text, a number, a boolean, or empty (`null`/`undefined`). */
export type WriteCell = string | number | boolean | null | undefined;

/** A column's look. */
export interface ColumnStyle {
  /** Width in characters. */
  width?: number;
  /** Wrap long text in the cell. */
  wrap?: boolean;
}

/** A drop-down list on a range of cells (data validation). */
export interface ListValidation {
  /** The cells, e.g. `E2:E1000`. */
  range: string;
  /** The choices (joined by commas, at most 255 characters in all). */
  list: readonly string[];
  /** Shown when a value not in the list is typed (blank cells are always allowed). */
  error?: string;
  /** The title of that message (at most 32 characters). */
  title?: string;
}

/** A sheet to write. */
export interface SheetSpec {
  /** The sheet's name (at most 31 characters; `[]:*?/\` are replaced). */
  name: string;
  /** The rows. For {@link writeWorkbook} an iterable; {@link streamWorkbook} also takes async iterables. */
  rows: Iterable<readonly WriteCell[]> | AsyncIterable<readonly WriteCell[]>;
  /** The first row is a heading row: bold, frozen, with an auto-filter (default `true`). */
  heading?: boolean;
  /** Column looks, left to right. */
  columns?: readonly ColumnStyle[];
  /** Drop-down lists. */
  validations?: readonly ListValidation[];
}

const FIXED_TIME = new Date(2000, 0, 1);
const FLUSH = 1 << 16;

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Style ids in {@link STYLES}. */
const STYLE = { normal: 0, heading: 1, wrap: 2, grouped: 3 } as const;

function sheetName(name: string, used: Set<string>): string {
  let base =
    name
      .replace(/[[\]:*?/\\]/g, '-')
      .replace(/^'+|'+$/g, '')
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(candidate.toLowerCase());
  base = candidate;
  return base;
}

/** One sheet being written: add rows, then `end`. */
class SheetStream {
  private buffer = '';
  private rowNumber = 0;
  private width = 0;
  private readonly file: ZipDeflate;
  private readonly spec: SheetSpec;
  private readonly wrap: boolean[];

  constructor(file: ZipDeflate, spec: SheetSpec) {
    this.file = file;
    this.spec = spec;
    this.wrap = (spec.columns ?? []).map((column) => column.wrap === true);
    const heading = spec.heading !== false;
    let head =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
    head += heading
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>'
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    head += '<sheetFormatPr defaultRowHeight="15"/>';
    const columns = spec.columns ?? [];
    if (columns.some((column) => column.width !== undefined)) {
      head += '<cols>';
      columns.forEach((column, index) => {
        if (column.width !== undefined)
          head += `<col min="${index + 1}" max="${index + 1}" width="${Math.max(1, Math.min(255, column.width))}" customWidth="1"/>`;
      });
      head += '</cols>';
    }
    head += '<sheetData>';
    this.buffer = head;
  }

  /** Adds one row. */
  row(cells: readonly WriteCell[]): void {
    const r = ++this.rowNumber;
    const heading = r === 1 && this.spec.heading !== false;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i];
      if (value === null || value === undefined || value === '') continue;
      const ref = `${columnLetter(i)}${r}`;
      const style = heading ? STYLE.heading : this.wrap[i] === true ? STYLE.wrap : STYLE.normal;
      const s = style === 0 ? '' : ` s="${style}"`;
      if (typeof value === 'number') {
        if (Number.isFinite(value)) xml += `<c r="${ref}"${s}><v>${value}</v></c>`;
      } else if (typeof value === 'boolean') xml += `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      else {
        // `_xHHHH_` in the text itself is escaped (its underscore as `_x005F_`), as OOXML requires.
        const raw = value.length > 32767 ? value.slice(0, 32767) : value;
        const text = escapeXml(raw.includes('_x') ? raw.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : raw);
        const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
        xml += `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
      }
    }
    if (cells.length > this.width) this.width = cells.length;
    this.buffer += `${xml}</row>`;
    if (this.buffer.length >= FLUSH) this.flush(false);
  }

  private flush(final: boolean): void {
    this.file.push(utf8(this.buffer), final);
    this.buffer = '';
  }

  /** Ends the sheet. */
  end(): void {
    let tail = '</sheetData>';
    if (this.spec.heading !== false && this.rowNumber > 0 && this.width > 0) tail += `<autoFilter ref="A1:${columnLetter(this.width - 1)}${this.rowNumber}"/>`;
    const validations = this.spec.validations ?? [];
    if (validations.length > 0) {
      tail += `<dataValidations count="${validations.length}">`;
      for (const validation of validations) {
        const list = validation.list
          .map((item) => item.replace(/[",]/g, ' '))
          .join(',')
          .slice(0, 255);
        const title = validation.title === undefined ? '' : ` errorTitle="${escapeXml(validation.title.slice(0, 32))}"`;
        const error = validation.error === undefined ? '' : `${title} error="${escapeXml(validation.error.slice(0, 255))}"`;
        tail += `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"${error} sqref="${escapeXml(validation.range)}"><formula1>${escapeXml(`"${list}"`)}</formula1></dataValidation>`;
      }
      tail += '</dataValidations>';
    }
    tail += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    this.buffer += tail;
    this.flush(true);
  }
}

/** Writes a workbook part by part into a ZIP archive; output chunks are taken with `take`. */
class WorkbookWriter {
  private readonly zip: Zip;
  private readonly out: Uint8Array[] = [];
  private readonly names: string[] = [];
  private readonly used = new Set<string>();
  private error: unknown;

  constructor() {
    this.zip = new Zip((error, data) => {
      if (error !== null) this.error = error;
      else this.out.push(data);
    });
  }

  private file(path: string): ZipDeflate {
    const file = new ZipDeflate(path, { level: 3 });
    file.mtime = FIXED_TIME;
    this.zip.add(file);
    return file;
  }

  private part(path: string, xml: string): void {
    this.file(path).push(utf8(xml), true);
  }

  sheet(spec: SheetSpec): SheetStream {
    this.names.push(sheetName(spec.name, this.used));
    return new SheetStream(this.file(`xl/worksheets/sheet${this.names.length}.xml`), spec);
  }

  take(): Uint8Array[] {
    if (this.error !== undefined) throw this.error;
    return this.out.splice(0, this.out.length);
  }

  finish(): void {
    const n = this.names.length;
    const sheets = this.names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
    this.part(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        `<bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`,
    );
    const rels = this.names
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('');
    this.part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    );
    this.part('xl/styles.xml', STYLES);
    this.part(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    const overrides = this.names
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('');
    this.part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        `${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    );
    this.zip.end();
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Writes a workbook (.xlsx) whole, from sheets whose rows are arrays or other (sync)
 * iterables. For rows that arrive asynchronously, or very many rows, use {@link streamWorkbook}.
 *
 * @param sheets - The sheets, in order.
 * @returns The file's bytes.
 * @example
 * ```ts
 * import { writeWorkbook } from 'chuan-ngheo/sheets';
 * const bytes = writeWorkbook([{ name: 'Kết quả', rows: [['Mã hộ', 'Kết quả'], ['H01', 'Hộ nghèo']] }]);
 * [bytes[0], bytes[1]]; // [0x50, 0x4b]
 * ```
 */
export function writeWorkbook(sheets: readonly SheetSpec[]): Uint8Array {
  const writer = new WorkbookWriter();
  const chunks: Uint8Array[] = [];
  for (const spec of sheets) {
    if (!(Symbol.iterator in spec.rows)) throw new TypeError(`sheet "${spec.name}": writeWorkbook takes iterable rows; use streamWorkbook for async rows`);
    const sheet = writer.sheet(spec);
    for (const row of spec.rows as Iterable<readonly WriteCell[]>) sheet.row(row);
    sheet.end();
    chunks.push(...writer.take());
  }
  writer.finish();
  chunks.push(...writer.take());
  return concat(chunks);
}

/**
 * Writes a workbook (.xlsx) as a stream of byte chunks: each sheet's rows are read (from
 * arrays, iterables or async iterables) and deflated as they come, one sheet after the other.
 * Write the chunks to a file (Node) or collect them into a `Blob` (browser).
 *
 * @param sheets - The sheets, in order; a sheet's rows are read only when the sheets before it are done.
 * @returns The file's bytes, chunk by chunk.
 * @example
 * ```ts
 * import { streamWorkbook, readWorkbook } from 'chuan-ngheo/sheets';
 * async function* rows() { yield ['Mã hộ']; yield ['H01']; }
 * const chunks = [];
 * for await (const chunk of streamWorkbook([{ name: 'Hộ', rows: rows() }])) chunks.push(chunk);
 * const book = await readWorkbook(new Uint8Array(await new Blob(chunks).arrayBuffer()));
 * book.sheets; // ['Hộ']
 * ```
 */
export async function* streamWorkbook(
  sheets: readonly SheetSpec[] | AsyncIterable<SheetSpec> | Iterable<SheetSpec>,
): AsyncGenerator<Uint8Array, void, undefined> {
  const writer = new WorkbookWriter();
  for await (const spec of sheets as AsyncIterable<SheetSpec>) {
    const sheet = writer.sheet(spec);
    for await (const row of spec.rows) {
      sheet.row(row);
      const chunks = writer.take();
      for (const chunk of chunks) yield chunk;
    }
    sheet.end();
    for (const chunk of writer.take()) yield chunk;
  }
  writer.finish();
  for (const chunk of writer.take()) yield chunk;
}
