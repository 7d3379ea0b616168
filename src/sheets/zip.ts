/**
 * Reading a ZIP archive (an XLSX file) by its central directory from a random-access source —
 * bytes in memory or a `Blob` read in slices — and inflating one entry as a stream of chunks
 * (fflate), so a large worksheet is never held decompressed in memory.
 *
 * @internal
 * @module
 */
import { Inflate } from 'fflate';
import { isBlobLike, makeDecoder, type BlobLike } from './platform.js';

/** Bytes that can be read at any offset. */
export interface ByteSource {
  readonly size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

/** A source over bytes in memory, an `ArrayBuffer` or a `Blob`. */
export function byteSource(input: Uint8Array | ArrayBuffer | BlobLike): ByteSource {
  if (input instanceof Uint8Array) return { size: input.length, read: (start, end) => Promise.resolve(input.subarray(start, end)) };
  if (input instanceof ArrayBuffer) {
    const bytes = new Uint8Array(input);
    return { size: bytes.length, read: (start, end) => Promise.resolve(bytes.subarray(start, end)) };
  }
  if (isBlobLike(input)) return { size: input.size, read: async (start, end) => new Uint8Array(await input.slice(start, end).arrayBuffer()) };
  throw new TypeError('expected bytes (Uint8Array, ArrayBuffer) or a Blob');
}

/** One file in the archive. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** A problem reading the archive (the caller turns it into a `not_xlsx` issue). */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const utf8 = makeDecoder('utf-8', false);

/** Reads the archive's directory. */
export async function readDirectory(source: ByteSource): Promise<Map<string, ZipEntry>> {
  if (source.size < 22) throw new ZipFormatError('too short to be a ZIP archive');
  const tailStart = Math.max(0, source.size - 65557);
  const tail = await source.read(tailStart, source.size);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new ZipFormatError('no ZIP directory found (not an .xlsx file, or a damaged one)');
  let entries = u16(tail, eocd + 10);
  let directorySize = u32(tail, eocd + 12);
  let directoryOffset = u32(tail, eocd + 16);
  if (directoryOffset === 0xffffffff || entries === 0xffff) {
    const locator = eocd - 20;
    if (locator >= 0 && u32(tail, locator) === 0x07064b50) {
      const recordOffset = u64(tail, locator + 8);
      const record = await source.read(recordOffset, recordOffset + 56);
      if (u32(record, 0) !== 0x06064b50) throw new ZipFormatError('damaged ZIP64 directory');
      entries = u64(record, 32);
      directorySize = u64(record, 40);
      directoryOffset = u64(record, 48);
    }
  }
  if (directoryOffset + directorySize > source.size) throw new ZipFormatError('the ZIP directory points outside the file (truncated download?)');
  const directory = await source.read(directoryOffset, directoryOffset + directorySize);
  const out = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > directory.length || u32(directory, at) !== 0x02014b50) throw new ZipFormatError('damaged ZIP directory entry');
    const method = u16(directory, at + 10);
    let compressedSize = u32(directory, at + 20);
    let size = u32(directory, at + 24);
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    let localOffset = u32(directory, at + 42);
    const name = utf8.decode(directory.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 sizes and offset, in the extra field, for the values saturated above.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(directory, extra);
      const length = u16(directory, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) {
          size = u64(directory, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(directory, field);
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(directory, field);
      }
      extra += 4 + length;
    }
    out.set(name.replace(/\\/g, '/'), { name, method, compressedSize, size, localOffset });
    at = extraEnd + commentLength;
  }
  return out;
}

const SLICE = 1 << 18;

/** The decompressed bytes of an entry, as chunks. */
export async function* entryChunks(source: ByteSource, entry: ZipEntry): AsyncGenerator<Uint8Array, void, undefined> {
  const header = await source.read(entry.localOffset, entry.localOffset + 30);
  if (header.length < 30 || u32(header, 0) !== 0x04034b50) throw new ZipFormatError(`damaged entry ${entry.name}`);
  const start = entry.localOffset + 30 + u16(header, 26) + u16(header, 28);
  const end = start + entry.compressedSize;
  if (end > source.size) throw new ZipFormatError(`entry ${entry.name} is cut short (truncated file?)`);
  if (entry.method === 0) {
    for (let at = start; at < end; at += SLICE) yield await source.read(at, Math.min(end, at + SLICE));
    return;
  }
  if (entry.method !== 8) throw new ZipFormatError(`entry ${entry.name} uses compression method ${entry.method}, not deflate`);
  const pending: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => {
    pending.push(chunk);
  });
  for (let at = start; at < end; at += SLICE) {
    const piece = await source.read(at, Math.min(end, at + SLICE));
    try {
      inflate.push(piece, at + SLICE >= end);
    } catch (error) {
      throw new ZipFormatError(`entry ${entry.name} cannot be decompressed (${String(error)})`);
    }
    while (pending.length > 0) yield pending.shift()!;
  }
}

/** The whole text of an entry (for the small parts: workbook, relationships, styles). */
export async function entryText(source: ByteSource, entry: ZipEntry): Promise<string> {
  const decoder = makeDecoder('utf-8', false);
  let text = '';
  for await (const chunk of entryChunks(source, entry)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
