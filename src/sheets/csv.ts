/**
 * CSV as Excel writes it: the separator detected (`,`, `;` or tab) or given, Excel's `sep=`
 * line, a byte-order mark, CRLF line ends, quoted cells over several lines, and rows left
 * empty (`;;;`) skipped. Streaming: rows are parsed as the bytes arrive.
 *
 * @module
 */
import type { Locale } from '../rules/types.js';
import { isBlobLike, type BlobLike } from './platform.js';
import { ByteDecoder, type Encoding } from './text.js';
import { makeIssue, SheetError, type SheetRow, type Table } from './types.js';
import { say } from './messages.js';

/** The separators recognised: comma, semicolon (Excel in Vietnamese Windows settings) and tab. */
export type Delimiter = ',' | ';' | '\t';

/** Options for {@link readCsv}. */
export interface CsvOptions {
  /** The separator; detected from the heading row when not given. */
  delimiter?: Delimiter;
  /** How bytes are decoded (see {@link Encoding}); ignored for text input. */
  encoding?: Encoding;
  /** The table's name in messages (default `"CSV"`). */
  name?: string;
  /** Locale of error messages: `vi` (default) or `en`. */
  locale?: Locale;
}

/** A chunk of a CSV file: text or bytes. */
export type CsvChunk = string | Uint8Array;

/** A web `ReadableStream` of text or bytes (a browser `File.stream()`, a `fetch` body). */
export interface ReadableStreamLike {
  /** Locks the stream and returns a reader. */
  getReader(): {
    /** The next chunk, or `done`. */
    read(): Promise<{
      /** Whether the stream has ended. */
      done: boolean;
      /** The chunk. */
      value?: CsvChunk;
    }>;
    /** Releases the lock. */
    releaseLock(): void;
  };
}

/**
 * What {@link readCsv} reads: the whole file as text or bytes, a `Blob` (a browser `File`), a
 * web `ReadableStream` of bytes, or any (async) iterable of text or byte chunks (a Node stream).
 */
export type CsvInput = string | Uint8Array | ArrayBuffer | BlobLike | Iterable<CsvChunk> | AsyncIterable<CsvChunk> | ReadableStreamLike;

const CHUNK = 1 << 20;

async function* chunksOf(input: CsvInput): AsyncGenerator<CsvChunk, void, undefined> {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    yield input;
    return;
  }
  if (input instanceof ArrayBuffer) {
    yield new Uint8Array(input);
    return;
  }
  if (isBlobLike(input)) {
    for (let start = 0; start < input.size; start += CHUNK) yield new Uint8Array(await input.slice(start, Math.min(input.size, start + CHUNK)).arrayBuffer());
    return;
  }
  if (typeof (input as { getReader?: unknown }).getReader === 'function') {
    const reader = (input as ReadableStreamLike).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value !== undefined) yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  if (Symbol.asyncIterator in (input as object)) {
    for await (const chunk of input as AsyncIterable<CsvChunk>) yield chunk;
    return;
  }
  for (const chunk of input as Iterable<CsvChunk>) yield chunk;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Counts separators outside quotes in a line, to detect the delimiter. */
function detectDelimiter(line: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * An incremental CSV parser: feed text, take complete rows. Rows made only of empty cells are
 * skipped; each row carries the line where it starts.
 *
 * @internal
 */
export class CsvParser {
  private delimiter: string | undefined;
  private buffer = '';
  private line = 1;
  private first = true;
  private readonly out: SheetRow[] = [];

  constructor(delimiter?: Delimiter) {
    this.delimiter = delimiter;
  }

  /** Parses what it can of `text`; `final` for the end of the file. */
  push(text: string, final: boolean): SheetRow[] {
    this.buffer += text;
    if (this.first) {
      // The first line decides the delimiter and may be Excel's `sep=;` hint.
      const end = this.buffer.indexOf('\n');
      if (end === -1 && !final) return [];
      this.first = false;
      const firstLine = (end === -1 ? this.buffer : this.buffer.slice(0, end)).replace(/\r$/, '');
      const hint = /^"?sep=(.)"?$/i.exec(firstLine);
      if (hint !== null && (hint[1] === ',' || hint[1] === ';' || hint[1] === '\t')) {
        this.delimiter ??= hint[1];
        this.buffer = end === -1 ? '' : this.buffer.slice(end + 1);
        this.line = 2;
      } else this.delimiter ??= detectDelimiter(firstLine);
    }
    this.parse(final);
    return this.out.splice(0, this.out.length);
  }

  private parse(final: boolean): void {
    const text = this.buffer;
    const delimiter = this.delimiter!;
    const length = text.length;
    let pos = 0;
    for (;;) {
      // One record from `pos`; stop (keeping the rest) when it may continue in the next chunk.
      const cells: string[] = [];
      let i = pos;
      let lines = 0;
      let complete = false;
      let cell = '';
      for (;;) {
        if (i >= length) break;
        if (text.charCodeAt(i) === 34 /* " */) {
          // Quoted cell: until a quote not followed by a quote.
          let j = i + 1;
          let value = '';
          let closed = false;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q === -1) break;
            value += text.slice(j, q);
            if (q + 1 < length && text.charCodeAt(q + 1) === 34) {
              value += '"';
              j = q + 2;
              continue;
            }
            if (q + 1 >= length && !final) break; // the next chunk might start with a quote
            closed = true;
            j = q + 1;
            break;
          }
          if (!closed) {
            if (!final) break;
            // An unclosed quote at the end of the file: take the rest as the cell.
            value += text.slice(j);
            j = length;
          }
          for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) lines++;
          // Text after the closing quote (`"a"b`) is kept, as Excel does.
          let k = j;
          while (k < length && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
          if (k >= length && !final) break;
          cell = value + text.slice(j, k);
          i = k;
        } else {
          let k = i;
          while (k < length) {
            const c = text[k];
            if (c === delimiter || c === '\n' || c === '\r') break;
            k++;
          }
          if (k >= length && !final) break;
          cell = text.slice(i, k);
          i = k;
        }
        cells.push(NON_ASCII.test(cell) ? cell.normalize('NFC') : cell);
        cell = '';
        if (i >= length) {
          complete = true; // end of file
          break;
        }
        const c = text[i];
        if (c === delimiter) {
          i++;
          if (i >= length && final) {
            cells.push('');
            complete = true;
            break;
          }
          continue;
        }
        // End of line: \n, \r\n or \r.
        if (c === '\r') {
          if (i + 1 >= length && !final) break;
          i += text[i + 1] === '\n' ? 2 : 1;
        } else i++;
        lines++;
        complete = true;
        break;
      }
      if (!complete) break; // the record may continue in the next chunk
      const startLine = this.line;
      this.line += lines;
      pos = i;
      if (cells.some((value) => value.trim() !== '')) this.out.push({ row: startLine, cells });
      if (pos >= length) break;
    }
    this.buffer = text.slice(pos);
  }
}

/**
 * Reads a CSV file as Excel writes it, streaming: the heading row first, then one
 * {@link SheetRow} per data row with the line where it starts. Empty rows (`;;;`) are
 * skipped; cells are kept as written (as text, not trimmed).
 *
 * @param input - The file: text, bytes, a `Blob`/`File`, a `ReadableStream`, or an (async)
 *   iterable of chunks (e.g. a Node read stream).
 * @param options - `delimiter` (detected when absent), `encoding` (see {@link Encoding}),
 *   `name`, `locale` of messages.
 * @returns A {@link Table} whose rows are read when iterated. Reading throws {@link SheetError}
 *   (code `not_utf8`…) when the bytes cannot be decoded.
 * @example
 * ```ts
 * import { readCsv } from 'chuan-ngheo/sheets';
 * const table = readCsv('\uFEFFSTT;Thôn\r\n1;"Thôn 1"\r\n;;\r\n2;Thôn 2\r\n');
 * const rows = [];
 * for await (const row of table.rows) rows.push(row);
 * rows.map((row) => row.cells); // [['STT', 'Thôn'], ['1', 'Thôn 1'], ['2', 'Thôn 2']]
 * rows[2].row; // 4
 * ```
 */
export function readCsv(input: CsvInput, options: CsvOptions = {}): Table {
  const locale = options.locale ?? 'vi';
  const name = options.name ?? 'CSV';
  return {
    name,
    rows: {
      async *[Symbol.asyncIterator](): AsyncGenerator<SheetRow, void, undefined> {
        const parser = new CsvParser(options.delimiter);
        const decoder = new ByteDecoder(options.encoding ?? 'auto', locale);
        let any = false;
        let text = true;
        for await (const chunk of chunksOf(input)) {
          let piece: string;
          if (typeof chunk === 'string') piece = !any && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
          else {
            text = false;
            piece = decoder.write(chunk, false);
          }
          any = true;
          yield* parser.push(piece, false);
        }
        yield* parser.push(text ? '' : decoder.write(new Uint8Array(0), true), true);
        if (!any) throw new SheetError([makeIssue(locale, 'empty_file', { sheet: name }, say(locale, 'empty_file'))]);
      },
    },
  };
}

/** Options for {@link csvLine}. */
export interface CsvWriteOptions {
  /** The separator (default `,`). */
  delimiter?: Delimiter;
  /**
   * Protect spreadsheet users from formula injection (default `true`): a text cell starting
   * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe.
   */
  escapeFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV line (with CRLF): cells quoted when they hold the separator, a quote or a line break;
 * text cells that Excel would run as formulas are prefixed with `'`. Numbers are written as
 * given.
 *
 * @param cells - The cells; `null`/`undefined` are empty.
 * @param options - `delimiter`, `escapeFormulas`.
 * @returns The line, ending in `\r\n`.
 * @example
 * ```ts
 * import { csvLine } from 'chuan-ngheo/sheets';
 * csvLine(['H1', 'Nguyễn Văn A; B', '=1+1', 4], { delimiter: ';' }); // 'H1;"Nguyễn Văn A; B";\'=1+1;4\r\n'
 * ```
 */
export function csvLine(cells: readonly (string | number | null | undefined)[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const escapeFormulas = options.escapeFormulas !== false;
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += delimiter;
    const value = cells[i];
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') {
      out += String(value);
      continue;
    }
    let text = value;
    if (escapeFormulas && FORMULA_START.test(text)) text = `'${text}`;
    if (text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')) text = `"${text.replace(/"/g, '""')}"`;
    out += text;
  }
  return `${out}\r\n`;
}
