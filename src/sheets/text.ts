/**
 * Bytes to text, as Excel saves CSV: a UTF-8 (or UTF-16) byte-order mark, plain UTF-8, or a
 * Windows code page. A file that is not UTF-8 is decoded only when its code page is named;
 * otherwise it is refused with a message saying how to save it as UTF-8 — never garbled.
 *
 * @module
 */
import type { Locale } from '../rules/types.js';
import { say } from './messages.js';
import { makeDecoder, type TextDecoderLike } from './platform.js';
import { makeIssue, SheetError } from './types.js';

/**
 * How to decode bytes: `'auto'` (default: a byte-order mark, else UTF-8, else refused with a
 * message naming the likely code page), or an encoding label that `TextDecoder` knows, such as
 * `'utf-8'`, `'windows-1258'` (Vietnamese Windows) or `'windows-1252'`.
 */
export type Encoding = 'auto' | 'utf-8' | 'windows-1258' | 'windows-1252' | (string & {});

/** Bytes of the Windows Vietnamese code page (1258) that are letters or tone marks of Vietnamese. */
const CP1258_VIETNAMESE = new Set([0xc3, 0xe3, 0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd, 0xcc, 0xec, 0xd2, 0xde, 0xf2, 0xc2, 0xe2, 0xca, 0xea, 0xd4, 0xf4]);

/** Guesses the code page of bytes that are not UTF-8 (for the message only: never used to decode). */
function guessCodePage(bytes: Uint8Array): string | null {
  let vietnamese = 0;
  let high = 0;
  const end = Math.min(bytes.length, 1 << 16);
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    high++;
    if (CP1258_VIETNAMESE.has(byte)) vietnamese++;
  }
  return high > 0 && vietnamese * 2 >= high ? 'windows-1258' : null;
}

/** The error for bytes that are not UTF-8. */
export function notUtf8Error(bytes: Uint8Array, locale: Locale, sheet?: string): SheetError {
  const guess = guessCodePage(bytes);
  const encoding = guess ?? 'windows-1258';
  const detail = say(locale, 'not_utf8', { guess: say(locale, guess === null ? 'not_utf8.noguess' : 'not_utf8.guess', { encoding }), encoding });
  return new SheetError([makeIssue(locale, 'not_utf8', { sheet }, detail)]);
}

/** A streaming decoder for one file: detects the byte-order mark on the first bytes. */
export class ByteDecoder {
  private decoder: TextDecoderLike | undefined;
  private head: Uint8Array | undefined;
  private offset = 0;
  private readonly encoding: Encoding;
  private readonly locale: Locale;

  constructor(encoding: Encoding = 'auto', locale: Locale = 'vi') {
    this.encoding = encoding;
    this.locale = locale;
  }

  private start(bytes: Uint8Array): Uint8Array {
    let body = bytes;
    let label: string;
    let bom: string | null = null;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bom = 'UTF-8';
      label = 'utf-8';
      body = bytes.subarray(3);
    } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      bom = 'UTF-16LE';
      label = 'utf-16le';
      body = bytes.subarray(2);
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      bom = 'UTF-16BE';
      label = 'utf-16be';
      body = bytes.subarray(2);
    } else label = this.encoding === 'auto' ? 'utf-8' : this.encoding;
    if (bom !== null && this.encoding !== 'auto' && !sameEncoding(this.encoding, label)) {
      throw new SheetError([makeIssue(this.locale, 'encoding_conflict', {}, say(this.locale, 'encoding_conflict', { bom, encoding: this.encoding }))]);
    }
    try {
      this.decoder = makeDecoder(label, true);
    } catch {
      throw new SheetError([
        makeIssue(this.locale, 'unsupported_encoding', {}, say(this.locale, 'unsupported_encoding', { encoding: String(this.encoding).slice(0, 40) })),
      ]);
    }
    this.offset = bytes.length - body.length;
    return body;
  }

  /** Decodes the next bytes (`final` for the last call). */
  write(bytes: Uint8Array, final = false): string {
    if (this.decoder === undefined) {
      // A byte-order mark needs the first 3 bytes: wait for them unless the file is shorter.
      const joined = this.head === undefined ? bytes : concat(this.head, bytes);
      if (joined.length < 3 && !final) {
        this.head = joined;
        return '';
      }
      this.head = undefined;
      bytes = this.start(joined);
    }
    try {
      const text = this.decoder!.decode(bytes, { stream: !final });
      this.offset += bytes.length;
      return text;
    } catch {
      if (this.decoder!.encoding === 'utf-8' && this.encoding === 'auto') throw notUtf8Error(bytes, this.locale);
      throw new SheetError([
        makeIssue(this.locale, 'undecodable', {}, say(this.locale, 'undecodable', { encoding: this.decoder!.encoding, offset: String(this.offset) })),
      ]);
    }
  }
}

function sameEncoding(given: string, label: string): boolean {
  const a = given.toLowerCase().replace(/[^a-z0-9]/g, '');
  const b = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  return a === b || (b === 'utf8' && a === 'utf8');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Decodes a whole file's bytes to text (see {@link Encoding}); the byte-order mark is removed
 * and the text is put in Unicode NFC (the Windows Vietnamese code page writes tone marks as
 * separate characters).
 *
 * @param bytes - The file's bytes.
 * @param options - `encoding` (default `'auto'`) and the `locale` of error messages.
 * @returns The text.
 * @throws {@link SheetError} with code `not_utf8` (bytes that are not UTF-8 and no encoding
 *   named), `encoding_conflict`, `unsupported_encoding` or `undecodable`.
 * @example
 * ```ts
 * import { decodeText } from 'chuan-ngheo/sheets';
 * const cp1258 = new Uint8Array([0x54, 0x68, 0xf4, 0x6e]); // "Thôn" saved by Excel in Windows-1258
 * decodeText(cp1258, { encoding: 'windows-1258' }); // 'Thôn'
 * decodeText(cp1258); // throws SheetError (not_utf8)
 * ```
 */
export function decodeText(bytes: Uint8Array, options: { encoding?: Encoding; locale?: Locale } = {}): string {
  const decoder = new ByteDecoder(options.encoding ?? 'auto', options.locale ?? 'vi');
  return decoder.write(bytes, true).normalize('NFC');
}
