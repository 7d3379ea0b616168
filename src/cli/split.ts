/**
 * `--workers N` on CSV and JSON Lines input: the main thread cuts the input bytes into parts at
 * record boundaries, without parsing them, and counts the rows and lines of each part, so that a
 * worker can read a part alone (records.ts `readPart`, the same readers as the single-threaded
 * path) and number its rows and lines as in the whole file.
 *
 * - JSON Lines: a part ends at a line feed. A row is a line that is not blank the way
 *   `readJsonLines` tells (after the carriage return and, on line 1, the byte-order mark; a line
 *   over the limit or not UTF-8 is a row); lines are counted at line feeds.
 * - CSV: the record delimiter is csv-parse's (the first line break outside quotes: `\n` or
 *   `\r\n`); a part ends at a delimiter outside quotes (quote parity: a file that parses without
 *   error has its quotes in pairs inside records, and a file with a syntax error fails in the
 *   part that holds the error, which starts at a true boundary). A row is a record that is not
 *   empty (csv-parse's `skip_empty_lines`); lines are counted at CR LF, LF and lone CR, as
 *   `readCsv` numbers them. Every part after the first is read after the bytes of the file up to
 *   the end of the header (the prefix), so that the parser finds the same header, byte-order mark
 *   and delimiter.
 *
 * What is not split (the rest of the input is then read in the main thread, by the readers of
 * records.ts, from the last boundary on — the same results, without the speed-up): a CSV whose
 * first line break is a lone carriage return (old Mac files), and a record or line longer than
 * the limit of the part buffer (a JSON Lines line over `--max-line-bytes`, a CSV record over
 * twice `--max-line-bytes` in bytes, or a quote never closed).
 *
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { InputError } from './errors.js';
import { BATCH_BYTES, type PartOffset } from './records.js';

/** A piece of the input, in order: a part for a worker, or the rest of the input, to read in the main thread. */
export type Piece =
  | {
      readonly kind: 'part';
      /** The part's bytes (owned: they can be transferred). */
      readonly bytes: Uint8Array;
      /** The bytes of the file up to the end of the CSV header, for the parts after the first (CSV). */
      readonly prefix: Uint8Array | undefined;
      readonly offset: PartOffset;
      /** The part's rows as counted here; `undefined` for the last part (not checked). */
      readonly rows: number | undefined;
    }
  | {
      readonly kind: 'rest';
      /** The rest of the input, after the prefix when there is one. */
      readonly stream: Readable;
      readonly offset: PartOffset;
    };

/** How the input is cut. */
export interface SplitOptions {
  /** Rows per part, at most. */
  readonly rows: number;
  /** Rows of the first part, at most (default `rows`): a small first part is written soon, as a first batch would be. */
  readonly firstRows?: number;
  /** Bytes per part: a part is cut at the first boundary after this many bytes. */
  readonly bytes?: number;
  readonly maxLineBytes: number;
}

const EMPTY = Buffer.alloc(0);

function owned(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

/** Whether a JSON Lines line `[start, end)` (without its line feed) is a row of `readJsonLines`. */
function jsonRow(buf: Buffer, start: number, end: number, firstLine: boolean, maxLineBytes: number): boolean {
  if (end - start > maxLineBytes) return true;
  if (end > start && buf[end - 1] === 13) end--;
  if (firstLine && end - start >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) start += 3;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    if (b < 0x80) return true;
    const line = buf.subarray(start, end);
    return !isUtf8(line) || line.toString('utf8').trim() !== '';
  }
  return false;
}

/**
 * Cuts the input into pieces (see the module comment). `file` names the input in messages. A
 * read error ends the pieces with an {@link InputError}, after a part of the rows before it.
 */
export async function* splitInput(stream: Readable, format: 'csv' | 'jsonl', file: string, options: SplitOptions): AsyncGenerator<Piece, void, undefined> {
  const it = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const partBytes = options.bytes ?? BATCH_BYTES;
  const firstRows = options.firstRows ?? options.rows;
  const maxLineBytes = options.maxLineBytes;
  /** A longer record or line is read in the main thread (see the module comment). */
  const bound = format === 'jsonl' ? maxLineBytes + 1 : 2 * maxLineBytes + (1 << 16);
  /** The bytes not yet handed out, from the start of the current part. */
  let buf: Buffer = EMPTY;
  /** The next byte of `buf` to look at (a line start). */
  let scan = 0;
  /** Rows and lines before `buf`. */
  let rowsBefore = 0;
  let linesBefore = 0;
  /** Rows (complete records) and line breaks in `buf[0, scan)`. */
  let rows = 0;
  let lines = 0;
  let sent = false;
  // CSV
  let headerDone = format === 'jsonl';
  let prefix: Uint8Array | undefined;
  let prefixLines = 0;
  /** 0: not known yet; 1: LF; 2: CR LF. */
  let delimiter = 0;
  let detectAt = 0;
  let detectQuoted = false;
  let quoted = false;
  /** The start of the current record (CSV), and the rows and lines before it in `buf`. */
  let recStart = 0;
  let recRows = 0;
  let recLines = 0;
  /** Cached positions of the next quote and carriage return at or after `scan` (-1: none in `buf`; -2: not looked for). */
  let nextQuote = -2;
  let nextCr = -2;
  /** Whether the stream was handed to a `rest` piece (which then closes it). */
  let handedOff = false;

  const offset = (withPrefix: boolean): PartOffset => ({ rows: rowsBefore, lines: withPrefix ? linesBefore - prefixLines : linesBefore });
  /** Hands out `buf[0, at)`, which holds `atRows` rows and `atLines` line breaks. */
  const cut = (at: number, atRows: number, atLines: number, last: boolean): Piece => {
    const withPrefix = sent && prefix !== undefined;
    const piece: Piece = {
      kind: 'part',
      bytes: owned(buf.subarray(0, at)),
      prefix: withPrefix ? prefix : undefined,
      offset: offset(withPrefix),
      rows: last ? undefined : atRows,
    };
    sent = true;
    buf = buf.subarray(at);
    scan -= at;
    recStart -= at;
    rows -= atRows;
    lines -= atLines;
    recRows -= atRows;
    recLines -= atLines;
    rowsBefore += atRows;
    linesBefore += atLines;
    if (nextQuote >= 0) nextQuote -= at;
    if (nextCr >= 0) nextCr -= at;
    return piece;
  };
  /** The rest of the input from `buf[0]` (a boundary), to read in the main thread. */
  const rest = (): Piece => {
    const withPrefix = headerDone && prefix !== undefined && sent;
    const head = withPrefix ? Buffer.from(prefix!) : undefined;
    const first = buf;
    handedOff = true;
    async function* bytes(): AsyncGenerator<Buffer, void, undefined> {
      try {
        if (head !== undefined) yield head;
        if (first.length > 0) yield first;
        for (;;) {
          const next = await it.next();
          if (next.done === true) return;
          yield next.value;
        }
      } finally {
        if (stream !== process.stdin && !stream.destroyed) stream.destroy();
      }
    }
    return { kind: 'rest', stream: Readable.from(bytes(), { objectMode: false }), offset: offset(withPrefix) };
  };

  /** The first line break outside quotes (CSV): sets `delimiter`; false when the input must be read in the main thread. */
  const detect = (): boolean => {
    for (; detectAt < buf.length; detectAt++) {
      const b = buf[detectAt]!;
      if (b === 34) detectQuoted = !detectQuoted;
      else if (!detectQuoted && b === 10) {
        delimiter = 1;
        return true;
      } else if (!detectQuoted && b === 13) {
        if (detectAt + 1 >= buf.length) return true;
        if (buf[detectAt + 1] !== 10) return false;
        delimiter = 2;
        return true;
      }
    }
    return buf.length <= bound;
  };

  /** Looks at the complete lines from `scan`; returns the parts to hand out, and whether the rest must be read in the main thread. */
  const look = (): { parts: Piece[]; sequential: boolean } => {
    const parts: Piece[] = [];
    if (format === 'jsonl') {
      for (let n = buf.indexOf(10, scan); n !== -1; n = buf.indexOf(10, scan)) {
        if (jsonRow(buf, scan, n, linesBefore + lines === 0, maxLineBytes)) rows++;
        lines++;
        scan = n + 1;
        if (rows >= (sent ? options.rows : firstRows) || scan >= partBytes) parts.push(cut(scan, rows, lines, false));
      }
      return { parts, sequential: buf.length - scan > bound };
    }
    if (delimiter === 0) {
      if (!detect()) return { parts, sequential: true };
      if (delimiter === 0) return { parts, sequential: false };
    }
    for (let n = buf.indexOf(10, scan); n !== -1; n = buf.indexOf(10, scan)) {
      if (nextQuote === -2 || (nextQuote >= 0 && nextQuote < scan)) nextQuote = buf.indexOf(34, scan);
      if (nextQuote !== -1 && nextQuote < n) {
        let count = 0;
        let q = nextQuote;
        for (; q !== -1 && q < n; q = buf.indexOf(34, q + 1)) count++;
        nextQuote = q;
        if (count % 2 === 1) quoted = !quoted;
      }
      let breaks = 1;
      if (nextCr === -2 || (nextCr >= 0 && nextCr < scan)) nextCr = buf.indexOf(13, scan);
      if (nextCr !== -1 && nextCr < n) {
        let c = nextCr;
        for (; c !== -1 && c < n; c = buf.indexOf(13, c + 1)) if (buf[c + 1] !== 10) breaks++;
        nextCr = c;
      }
      lines += breaks;
      scan = n + 1;
      if (quoted || (delimiter === 2 && (n === 0 || buf[n - 1] !== 13))) continue;
      // A record ends here.
      let start = recStart;
      if (!sent && start === 0 && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
      const end = delimiter === 2 ? n - 1 : n;
      if (end > start) {
        if (!headerDone) {
          headerDone = true;
          prefix = owned(buf.subarray(0, scan));
          prefixLines = lines;
        } else rows++;
      }
      recStart = scan;
      recRows = rows;
      recLines = lines;
      if (headerDone && (rows >= (sent ? options.rows : firstRows) || scan >= partBytes)) parts.push(cut(scan, rows, lines, false));
    }
    return { parts, sequential: buf.length - recStart > bound };
  };

  try {
    for (;;) {
      const { parts, sequential } = look();
      yield* parts;
      if (sequential) {
        // From the start of the current record (CSV) or line (JSON Lines).
        const at = format === 'jsonl' ? scan : recStart;
        if (at > 0 && headerDone) yield cut(at, format === 'jsonl' ? rows : recRows, format === 'jsonl' ? lines : recLines, false);
        yield rest();
        return;
      }
      let next: IteratorResult<Buffer>;
      try {
        next = await it.next();
      } catch (error) {
        const at = format === 'jsonl' ? scan : recStart;
        if (at > 0 && headerDone) yield cut(at, format === 'jsonl' ? rows : recRows, format === 'jsonl' ? lines : recLines, false);
        const message = (error as Error).message;
        throw new InputError(format === 'jsonl' ? `cannot read ${file === '-' ? 'standard input' : file}: ${message}` : `cannot read the file: ${message}`, {
          row: rowsBefore + 1,
          line: linesBefore + 1,
        });
      }
      if (next.done === true) break;
      buf = buf.length === 0 ? next.value : Buffer.concat([buf, next.value]);
      if (nextQuote === -1) nextQuote = -2;
      if (nextCr === -1) nextCr = -2;
    }
    if (buf.length > 0 || !sent) yield cut(buf.length, 0, 0, true);
  } finally {
    if (!handedOff && stream !== process.stdin && !stream.destroyed) stream.destroy();
  }
}
