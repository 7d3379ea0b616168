/**
 * A small Parquet writer for flat tables of a fixed schema, in plain TypeScript: columns are
 * written straight from typed arrays in the Arrow layout (values, validity bitmaps, UTF-8
 * offsets and bytes), with no dependency and no intermediate Arrow IPC.
 *
 * What it writes: a Parquet format 2 file, data pages V1, no compression (`UNCOMPRESSED`), the
 * Thrift compact protocol written by hand. Column kinds:
 *
 * - `uint32` → `INT32` + `INTEGER(32, unsigned)` (`UINT_32`), PLAIN;
 * - `int32` → `INT32`, PLAIN;
 * - `uint8` → `INT32` + `INTEGER(8, unsigned)` (`UINT_8`), a dictionary page of the values
 *   used in the column chunk and `RLE_DICTIONARY` data pages (small, repetitive codes);
 * - `bool` → `BOOLEAN`, PLAIN (bit-packed);
 * - `utf8` → `BYTE_ARRAY` + `STRING` (`UTF8`), PLAIN;
 * - `dictionary` → `BYTE_ARRAY` + `STRING`, a dictionary page of the entries of
 *   `field.dictionary` used in the chunk (in code order) and `RLE_DICTIONARY` data pages.
 *
 * Definition levels of nullable columns are the validity bitmap itself (a bit-packed run of
 * width 1), or one RLE run when a page has no null or only nulls. Pages hold at most about
 * 1 MiB of values. Column chunks carry their null count, and integer columns their minimum and
 * maximum. Readers get Uint8 / Uint32 / Int32 / Bool / Utf8 columns (no `ARROW:schema` entry is
 * written, so a `dictionary` column is read back as plain Utf8 by Arrow readers).
 *
 * Pure: {@link ParquetWriter} returns the bytes of each row group and of the footer; the caller
 * writes them, in order, to the file.
 *
 * @module
 */

/** The kinds of column the writer knows. */
export type ParquetColumnKind = 'uint32' | 'uint8' | 'int32' | 'bool' | 'utf8' | 'dictionary';

/** One column of the schema. */
export interface ParquetField {
  /** The column name. */
  readonly name: string;
  /** What the column holds (see the module comment for the Parquet types). */
  readonly kind: ParquetColumnKind;
  /** Whether the column may hold nulls (`OPTIONAL`), else `REQUIRED`. */
  readonly nullable: boolean;
  /** For `dictionary`: the strings the codes index (at most 2^24 of them). */
  readonly dictionary?: readonly string[];
}

/** Integer arrays accepted as the values of an integer column or the codes of a dictionary column. */
export type ParquetIntegers = Uint32Array | Uint8Array | Int32Array | Int8Array | Int16Array | Uint16Array;

/**
 * The data of one column in one row group, in the Arrow layout. `validity` is an Arrow validity
 * bitmap (bit `i`, least significant first, set = row `i` present); `undefined` = all present.
 * The values under a null are ignored.
 *
 * - integers (`uint32`: a `Uint32Array`; `uint8`: a `Uint8Array`; `int32`: any of the signed
 *   arrays or a `Uint8Array`/`Uint16Array`) and dictionary codes (any integer array, each code an
 *   index into `field.dictionary`): `{ values }`;
 * - `bool`: `{ bits }`, a bitmap;
 * - `utf8`: `{ offsets, data }`, `offsets` of length ≥ rows + 1 into the UTF-8 bytes `data`.
 */
export type ParquetColumnData =
  | { readonly values: ParquetIntegers; readonly validity?: Uint8Array | undefined }
  | { readonly bits: Uint8Array; readonly validity?: Uint8Array | undefined }
  | { readonly offsets: Int32Array; readonly data: Uint8Array; readonly validity?: Uint8Array | undefined };

/** Options of a {@link ParquetWriter}. */
export interface ParquetWriterOptions {
  /** Key-value metadata of the file (e.g. `chuan-ngheo:rule-set`). */
  readonly keyValueMetadata?: Readonly<Record<string, string>>;
  /** The `created_by` string of the file (default `chuan-ngheo`). */
  readonly createdBy?: string;
  /** The most bytes of values in one data page (default 1 MiB). */
  readonly pageBytes?: number;
}

// Parquet enums (parquet.thrift).
const TYPE = { BOOLEAN: 0, INT32: 1, BYTE_ARRAY: 6 } as const;
const ENCODING = { PLAIN: 0, RLE: 3, RLE_DICTIONARY: 8 } as const;
const PAGE = { DATA: 0, DICTIONARY: 2 } as const;
const CONVERTED = { UTF8: 0, UINT_8: 11, UINT_32: 13 } as const;
// Thrift compact protocol types.
const T = { TRUE: 1, FALSE: 2, BYTE: 3, I16: 4, I32: 5, I64: 6, BINARY: 8, LIST: 9, STRUCT: 12 } as const;

const MAGIC = new Uint8Array([0x50, 0x41, 0x52, 0x31]);
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Rows per page at most, whatever the value size (a multiple of 8). */
const MAX_PAGE_ROWS = 1 << 20;
/** Repeats of one value from which the hybrid encoder writes an RLE run. */
const MIN_RUN = 16;
const MAX_DICTIONARY = 1 << 24;
const encoder = new TextEncoder();

/** Bits set in each byte value. */
const POPCOUNT = (() => {
  const table = new Uint8Array(256);
  for (let i = 1; i < 256; i++) table[i] = (i & 1) + table[i >>> 1]!;
  return table;
})();

/** A growable byte buffer. */
class Bytes {
  bytes: Uint8Array;
  pos = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }
  ensure(extra: number): void {
    if (this.pos + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.pos + extra));
    grown.set(this.bytes.subarray(0, this.pos));
    this.bytes = grown;
  }
  u8(value: number): void {
    this.ensure(1);
    this.bytes[this.pos++] = value;
  }
  u32(value: number): void {
    this.ensure(4);
    const b = this.bytes;
    const p = this.pos;
    b[p] = value;
    b[p + 1] = value >>> 8;
    b[p + 2] = value >>> 16;
    b[p + 3] = value >>> 24;
    this.pos = p + 4;
  }
  varint(value: number): void {
    this.ensure(10);
    const b = this.bytes;
    let v = value;
    while (v >= 0x80) {
      b[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    b[this.pos++] = v;
  }
  set(source: Uint8Array): void {
    this.ensure(source.length);
    this.bytes.set(source, this.pos);
    this.pos += source.length;
  }
  view(): Uint8Array {
    return this.bytes.subarray(0, this.pos);
  }
}

/** The Thrift compact protocol, writing into a {@link Bytes}. */
class Thrift {
  private last = 0;
  private readonly stack: number[] = [];
  constructor(readonly out: Bytes) {}
  private field(id: number, type: number): void {
    const delta = id - this.last;
    if (delta > 0 && delta <= 15) this.out.u8((delta << 4) | type);
    else {
      this.out.u8(type);
      this.out.varint(zigzag(id));
    }
    this.last = id;
  }
  i32(id: number, value: number): this {
    this.field(id, T.I32);
    this.out.varint(zigzag(value));
    return this;
  }
  i16(id: number, value: number): this {
    this.field(id, T.I16);
    this.out.varint(zigzag(value));
    return this;
  }
  i64(id: number, value: number): this {
    this.field(id, T.I64);
    this.out.varint(zigzag(value));
    return this;
  }
  byte(id: number, value: number): this {
    this.field(id, T.BYTE);
    this.out.u8(value & 0xff);
    return this;
  }
  bool(id: number, value: boolean): this {
    this.field(id, value ? T.TRUE : T.FALSE);
    return this;
  }
  binary(id: number, value: Uint8Array): this {
    this.field(id, T.BINARY);
    this.out.varint(value.length);
    this.out.set(value);
    return this;
  }
  string(id: number, value: string): this {
    return this.binary(id, encoder.encode(value));
  }
  /** A list field's header; the elements follow (`listStruct` for structs). */
  list(id: number, elementType: number, size: number): this {
    this.field(id, T.LIST);
    this.listHeader(elementType, size);
    return this;
  }
  listHeader(elementType: number, size: number): void {
    if (size < 15) this.out.u8((size << 4) | elementType);
    else {
      this.out.u8(0xf0 | elementType);
      this.out.varint(size);
    }
  }
  /** A struct field: `body` writes its fields. */
  struct(id: number, body: (t: this) => void): this {
    this.field(id, T.STRUCT);
    return this.element(body);
  }
  /** A struct as a list element (no field header). */
  element(body: (t: this) => void): this {
    this.stack.push(this.last);
    this.last = 0;
    body(this);
    this.out.u8(0);
    this.last = this.stack.pop()!;
    return this;
  }
  /** The end of the top-level struct. */
  end(): void {
    this.out.u8(0);
  }
}

function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

/** The number of bits needed for the values 0 … `max`. */
function bitWidth(max: number): number {
  return max <= 0 ? 0 : 32 - Math.clz32(max);
}

/** Scratch words of one group of 8 values (8 × 24 bits = 6 words). */
const WORDS = new Int32Array(7);

/** Writes `count` values of `values` from `start` as one bit-packed run (zero-padded to a multiple of 8). */
function bitPacked(out: Bytes, values: Int32Array, start: number, count: number, width: number): void {
  const groups = (count + 7) >>> 3;
  out.varint((groups << 1) | 1);
  if (width === 0) return;
  out.ensure(groups * width);
  const b = out.bytes;
  let p = out.pos;
  const end = start + count;
  let g = start;
  if (width <= 4) {
    // Full groups of up to 4 bits: 8 values in one word.
    const full = start + (count & ~7);
    const w2 = 2 * width;
    const w3 = 3 * width;
    const w4 = 4 * width;
    const w5 = 5 * width;
    const w6 = 6 * width;
    const w7 = 7 * width;
    for (; g < full; g += 8) {
      const word =
        values[g]! |
        (values[g + 1]! << width) |
        (values[g + 2]! << w2) |
        (values[g + 3]! << w3) |
        (values[g + 4]! << w4) |
        (values[g + 5]! << w5) |
        (values[g + 6]! << w6) |
        (values[g + 7]! << w7);
      b[p++] = word;
      if (width > 1) b[p++] = word >>> 8;
      if (width > 2) b[p++] = word >>> 16;
      if (width > 3) b[p++] = word >>> 24;
    }
  }
  const words = WORDS;
  const used = (8 * width + 31) >>> 5;
  for (; g < end; g += 8) {
    for (let k = 0; k <= used; k++) words[k] = 0;
    const last = Math.min(8, end - g);
    // Value k at bit k × width of the group, least significant first.
    for (let k = 0, off = 0; k < last; k++, off += width) {
      const v = values[g + k]!;
      const word = off >>> 5;
      const shift = off & 31;
      words[word]! |= v << shift;
      if (shift + width > 32) words[word + 1]! |= v >>> (32 - shift);
    }
    for (let k = 0; k < width; k++) b[p++] = words[k >>> 2]! >>> ((k & 3) << 3);
  }
  out.pos = p;
}

/**
 * The RLE / bit-packed hybrid encoding of `values[start, end)` (bit width ≤ 24), without a
 * length prefix: groups of 8 values bit-packed, and an RLE run where a group of 8 equal values
 * starts at least MIN_RUN repeats (one test per group, so that random values cost little).
 */
function hybrid(out: Bytes, values: Int32Array, start: number, end: number, width: number): void {
  const byteWidth = (width + 7) >>> 3;
  let literal = start;
  let g = start;
  while (g + 8 <= end) {
    const x = values[g]!;
    if (
      ((values[g + 1]! ^ x) |
        (values[g + 2]! ^ x) |
        (values[g + 3]! ^ x) |
        (values[g + 4]! ^ x) |
        (values[g + 5]! ^ x) |
        (values[g + 6]! ^ x) |
        (values[g + 7]! ^ x)) !==
      0
    ) {
      g += 8;
      continue;
    }
    let j = g + 8;
    while (j < end && values[j] === x) j++;
    if (j - g < MIN_RUN) {
      g += 8;
      continue;
    }
    // The bit-packed groups before it (a multiple of 8 values), then the run.
    if (g > literal) bitPacked(out, values, literal, g - literal, width);
    out.varint((j - g) * 2);
    out.ensure(byteWidth);
    for (let k = 0; k < byteWidth; k++) out.bytes[out.pos++] = x >>> (8 * k);
    literal = j;
    g = j;
  }
  if (literal < end) bitPacked(out, values, literal, end - literal, width);
}

/** Null rows in `validity` over rows [start, end), `start` a multiple of 8. */
function nullsIn(validity: Uint8Array | undefined, start: number, end: number): number {
  if (validity === undefined || end <= start) return 0;
  const first = start >>> 3;
  const full = end >>> 3;
  let present = 0;
  for (let k = first; k < full; k++) present += POPCOUNT[validity[k]!]!;
  if ((end & 7) !== 0) present += POPCOUNT[validity[full]! & ((1 << (end & 7)) - 1)]!;
  return end - start - present;
}

/** The bytes of a column chunk's pages and what its metadata says. */
interface Chunk {
  readonly type: number;
  readonly encodings: readonly number[];
  readonly numValues: number;
  readonly size: number;
  readonly dataPageOffset: number;
  readonly dictionaryPageOffset: number | undefined;
  readonly nullCount: number;
  readonly min: number | undefined;
  readonly max: number | undefined;
}

type Kind = ParquetColumnKind;
const PHYSICAL: Record<Kind, number> = {
  uint32: TYPE.INT32,
  int32: TYPE.INT32,
  uint8: TYPE.INT32,
  bool: TYPE.BOOLEAN,
  utf8: TYPE.BYTE_ARRAY,
  dictionary: TYPE.BYTE_ARRAY,
};

/**
 * Writes a Parquet file one row group at a time. Call {@link ParquetWriter.rowGroup} for each
 * group of rows and {@link ParquetWriter.finish} once; the concatenation of the returned bytes
 * is the file.
 */
export class ParquetWriter {
  private readonly fields: readonly ParquetField[];
  private readonly dictionaryBytes: (readonly Uint8Array[] | undefined)[];
  private readonly options: ParquetWriterOptions;
  private readonly pageBytes: number;
  private readonly groups: Uint8Array[] = [];
  private readonly page = new Bytes(1 << 16);
  /** Scratch arrays of the dictionary chunks (reused: no allocation per chunk). */
  private scratch = { indices: new Int32Array(0), seen: new Uint8Array(256), remap: new Int32Array(256) };
  private position = 0;
  private rows = 0;
  private finished = false;

  /** A writer of files with these columns. */
  constructor(fields: readonly ParquetField[], options: ParquetWriterOptions = {}) {
    if (fields.length === 0) throw new RangeError('a Parquet file needs at least one column');
    const names = new Set<string>();
    for (const field of fields) {
      if (names.has(field.name)) throw new RangeError(`duplicate Parquet column ${field.name}`);
      names.add(field.name);
      if (!(field.kind in PHYSICAL)) throw new RangeError(`unknown Parquet column kind ${String(field.kind)}`);
      if (field.kind === 'dictionary' && (field.dictionary === undefined || field.dictionary.length > MAX_DICTIONARY))
        throw new RangeError(`column ${field.name}: a dictionary column needs a dictionary of at most ${MAX_DICTIONARY} strings`);
    }
    this.fields = fields.slice();
    this.dictionaryBytes = fields.map((field) => (field.kind === 'dictionary' ? field.dictionary!.map((entry) => encoder.encode(entry)) : undefined));
    this.options = options;
    this.pageBytes = Math.max(1024, options.pageBytes ?? 1 << 20);
  }

  /**
   * The bytes of one row group of `length` rows, one entry of `columns` per field (the first
   * call's bytes start with `PAR1`). A group of 0 rows writes no row group.
   */
  rowGroup(length: number, columns: readonly ParquetColumnData[]): Uint8Array {
    if (this.finished) throw new Error('the Parquet file is finished');
    if (!Number.isInteger(length) || length < 0 || length > 0x7fffffff) throw new RangeError(`bad row count ${length}`);
    if (columns.length !== this.fields.length) throw new RangeError(`${columns.length} columns given, ${this.fields.length} expected`);
    const start = this.position === 0;
    if (length === 0) return this.advance(start ? MAGIC.slice() : new Uint8Array(0));
    const out = new Bytes(this.estimate(length, columns) + (start ? 4 : 0));
    if (start) out.set(MAGIC);
    const chunks: Chunk[] = [];
    for (let c = 0; c < this.fields.length; c++) chunks.push(this.chunk(out, c, length, columns[c]!));
    this.groups.push(this.rowGroupMeta(chunks, length));
    this.rows += length;
    return this.advance(out.view());
  }

  /** The footer: the file metadata, its length and `PAR1` (with the leading `PAR1` too when no row group was written). */
  finish(): Uint8Array {
    if (this.finished) throw new Error('the Parquet file is finished');
    this.finished = true;
    const out = new Bytes(1024 + this.groups.reduce((sum, group) => sum + group.length, 0));
    if (this.position === 0) out.set(MAGIC);
    const at = out.pos;
    const t = new Thrift(out);
    t.i32(1, 2);
    t.list(2, T.STRUCT, this.fields.length + 1);
    t.element((s) => s.string(4, 'schema').i32(5, this.fields.length));
    for (const field of this.fields) t.element((s) => this.schemaElement(s, field));
    t.i64(3, this.rows);
    t.list(4, T.STRUCT, this.groups.length);
    for (const group of this.groups) out.set(group);
    const metadata = Object.entries(this.options.keyValueMetadata ?? {});
    if (metadata.length > 0) {
      t.list(5, T.STRUCT, metadata.length);
      for (const [key, value] of metadata) t.element((s) => s.string(1, key).string(2, value));
    }
    t.string(6, this.options.createdBy ?? 'chuan-ngheo');
    t.list(7, T.STRUCT, this.fields.length);
    for (let c = 0; c < this.fields.length; c++) t.element((s) => s.struct(1, () => undefined));
    t.end();
    out.u32(out.pos - at);
    out.set(MAGIC);
    return this.advance(out.view());
  }

  private advance(bytes: Uint8Array): Uint8Array {
    this.position += bytes.length;
    return bytes;
  }

  private schemaElement(t: Thrift, field: ParquetField): void {
    t.i32(1, PHYSICAL[field.kind]);
    t.i32(3, field.nullable ? 1 : 0);
    t.string(4, field.name);
    switch (field.kind) {
      case 'utf8':
      case 'dictionary':
        t.i32(6, CONVERTED.UTF8);
        t.struct(10, (l) => l.struct(1, () => undefined));
        break;
      case 'uint8':
      case 'uint32': {
        const bits = field.kind === 'uint8' ? 8 : 32;
        t.i32(6, bits === 8 ? CONVERTED.UINT_8 : CONVERTED.UINT_32);
        t.struct(10, (l) => l.struct(10, (i) => i.byte(1, bits).bool(2, false)));
        break;
      }
      default:
        break;
    }
  }

  /** The serialized RowGroup struct (a list element). */
  private rowGroupMeta(chunks: readonly Chunk[], length: number): Uint8Array {
    const out = new Bytes(256 * chunks.length);
    const t = new Thrift(out);
    let total = 0;
    for (const chunk of chunks) total += chunk.size;
    const first = chunks[0]!;
    const fileOffset = first.dictionaryPageOffset ?? first.dataPageOffset;
    const ordinal = this.groups.length;
    t.element((g) => {
      g.list(1, T.STRUCT, chunks.length);
      chunks.forEach((chunk, c) => {
        g.element((cc) => {
          cc.i64(2, chunk.dictionaryPageOffset ?? chunk.dataPageOffset);
          cc.struct(3, (m) => {
            m.i32(1, chunk.type);
            m.list(2, T.I32, chunk.encodings.length);
            for (const encoding of chunk.encodings) out.varint(zigzag(encoding));
            m.list(3, T.BINARY, 1);
            const name = encoder.encode(this.fields[c]!.name);
            out.varint(name.length);
            out.set(name);
            m.i32(4, 0);
            m.i64(5, chunk.numValues);
            m.i64(6, chunk.size);
            m.i64(7, chunk.size);
            m.i64(9, chunk.dataPageOffset);
            if (chunk.dictionaryPageOffset !== undefined) m.i64(11, chunk.dictionaryPageOffset);
            m.struct(12, (s) => {
              s.i64(3, chunk.nullCount);
              if (chunk.min !== undefined && chunk.max !== undefined) s.binary(5, int32Bytes(chunk.max)).binary(6, int32Bytes(chunk.min));
            });
          });
        });
      });
      g.i64(2, total);
      g.i64(3, length);
      g.i64(5, fileOffset);
      g.i64(6, total);
      if (ordinal < 0x8000) g.i16(7, ordinal);
    });
    return out.view().slice();
  }

  /** An upper bound (mostly) of the bytes of a row group, so that its buffer is allocated once. */
  private estimate(length: number, columns: readonly ParquetColumnData[]): number {
    let bytes = 64;
    const pages = (length / (this.pageBytes / 4) + 2) * 64;
    for (let c = 0; c < columns.length; c++) {
      const data = columns[c]!;
      const kind = this.fields[c]!.kind;
      bytes += pages + (length >>> 3) + 16;
      if (kind === 'bool') bytes += length >>> 3;
      else if (kind === 'uint32' || kind === 'int32') bytes += 4 * length;
      else if (kind === 'uint8') bytes += length + 1024;
      else if (kind === 'utf8' && 'offsets' in data) bytes += 4 * length + (data.offsets[length]! - data.offsets[0]!);
      else if (kind === 'dictionary') bytes += 2 * length + 4096;
    }
    return bytes;
  }

  private chunk(out: Bytes, c: number, length: number, data: ParquetColumnData): Chunk {
    const field = this.fields[c]!;
    const validity = data.validity;
    const where = `column ${field.name}`;
    if (validity !== undefined && validity.length < (length + 7) >>> 3) throw new RangeError(`${where}: the validity bitmap is shorter than ${length} rows`);
    const nullCount = nullsIn(validity, 0, length);
    if (nullCount > 0 && !field.nullable) throw new RangeError(`${where}: ${nullCount} null(s) in a column that is not nullable`);
    const mask = nullCount === 0 ? undefined : validity;
    const present = length - nullCount;
    switch (field.kind) {
      case 'uint32':
      case 'int32': {
        if (!('values' in data)) throw new TypeError(`${where}: integer values expected`);
        const values = data.values;
        if (field.kind === 'uint32' ? !(values instanceof Uint32Array) : values instanceof Uint32Array)
          throw new TypeError(`${where}: ${field.kind === 'uint32' ? 'a Uint32Array' : 'signed (or 8/16-bit unsigned) integers'} expected`);
        if (values.length < length) throw new RangeError(`${where}: ${values.length} values for ${length} rows`);
        const compact = compactInts(values, mask, length, present);
        let min = 0;
        let max = 0;
        if (present > 0) {
          min = compact[0]!;
          max = min;
          for (let i = 1; i < present; i++) {
            const v = compact[i]!;
            if (v < min) min = v;
            else if (v > max) max = v;
          }
        }
        const range = present > 0 ? { min, max } : undefined;
        return this.pages(out, field, length, mask, nullCount, range, this.pageEnds(field, length), (page, from, to) => writeInt32s(page, compact, from, to));
      }
      case 'uint8':
      case 'dictionary': {
        if (!('values' in data)) throw new TypeError(`${where}: ${field.kind === 'uint8' ? 'integer values' : 'dictionary codes'} expected`);
        const values = data.values;
        if (field.kind === 'uint8' && !(values instanceof Uint8Array)) throw new TypeError(`${where}: a Uint8Array expected`);
        if (values.length < length) throw new RangeError(`${where}: ${values.length} values for ${length} rows`);
        const size = field.kind === 'uint8' ? 256 : field.dictionary!.length;
        return this.dictionaryChunk(out, c, length, values, mask, nullCount, present, size);
      }
      case 'bool': {
        if (!('bits' in data)) throw new TypeError(`${where}: a bitmap expected`);
        const bits = data.bits;
        if (bits.length < (length + 7) >>> 3) throw new RangeError(`${where}: the bitmap is shorter than ${length} rows`);
        return this.pages(out, field, length, mask, nullCount, undefined, this.pageEnds(field, length), (page, from, to, rowFrom, rowTo) =>
          writeBools(page, bits, mask, from, to, rowFrom, rowTo),
        );
      }
      case 'utf8': {
        if (!('offsets' in data)) throw new TypeError(`${where}: UTF-8 offsets and bytes expected`);
        const { offsets, data: bytes } = data;
        if (offsets.length < length + 1) throw new RangeError(`${where}: ${offsets.length} offsets for ${length} rows`);
        if (offsets[0]! < 0 || offsets[length]! > bytes.length) throw new RangeError(`${where}: offsets outside the bytes`);
        return this.pages(out, field, length, mask, nullCount, undefined, this.pageEnds(field, length, offsets), (page, _from, _to, rowFrom, rowTo) =>
          writeStrings(page, offsets, bytes, mask, rowFrom, rowTo, where),
        );
      }
    }
  }

  /** The page boundaries of rows [0, length) (each but the last a multiple of 8 rows). */
  private pageEnds(field: ParquetField, length: number, offsets?: Int32Array): number[] {
    const ends: number[] = [];
    const rowsFor = (width: number): number => Math.max(8, Math.min(MAX_PAGE_ROWS, Math.floor(this.pageBytes / width) & ~7));
    if (offsets !== undefined) {
      let start = 0;
      while (start < length) {
        // The longest page from `start` whose bytes (lengths and strings) fit (at least 8 rows).
        let lo = Math.min(length, start + 8);
        let hi = Math.min(length, start + MAX_PAGE_ROWS);
        const cost = (end: number): number => offsets[end]! - offsets[start]! + 4 * (end - start);
        if (cost(hi) <= this.pageBytes) lo = hi;
        else
          while (hi - lo > 8) {
            const mid = lo + Math.max(8, ((hi - lo) >>> 4) << 3);
            if (cost(mid) <= this.pageBytes) lo = mid;
            else hi = mid;
          }
        ends.push(lo);
        start = lo;
      }
      return ends;
    }
    const rows = rowsFor(field.kind === 'bool' ? 1 / 8 : field.kind === 'uint8' || field.kind === 'dictionary' ? 3 : 4);
    for (let end = rows; end < length; end += rows) ends.push(end);
    ends.push(length);
    return ends;
  }

  /**
   * The data pages of a column chunk: `values(page, from, to, rowFrom, rowTo)` writes the
   * present values with indices [from, to) among the present values, of rows [rowFrom, rowTo).
   */
  private pages(
    out: Bytes,
    field: ParquetField,
    length: number,
    mask: Uint8Array | undefined,
    nullCount: number,
    range: { min: number; max: number } | undefined,
    ends: readonly number[],
    values: (page: Bytes, from: number, to: number, rowFrom: number, rowTo: number) => void,
    dictionary?: { offset: number; size: number },
  ): Chunk {
    const start = out.pos;
    const dataPageOffset = this.position + out.pos;
    let rowFrom = 0;
    let from = 0;
    for (const rowTo of ends) {
      const nulls = nullsIn(mask, rowFrom, rowTo);
      const to = from + (rowTo - rowFrom - nulls);
      const page = this.page;
      page.pos = 0;
      if (field.nullable) definitionLevels(page, mask, rowFrom, rowTo, nulls);
      values(page, from, to, rowFrom, rowTo);
      dataPageHeader(out, page.pos, rowTo - rowFrom, dictionary === undefined ? ENCODING.PLAIN : ENCODING.RLE_DICTIONARY);
      out.set(page.view());
      rowFrom = rowTo;
      from = to;
    }
    const encodings = dictionary === undefined ? [ENCODING.PLAIN, ENCODING.RLE] : [ENCODING.PLAIN, ENCODING.RLE, ENCODING.RLE_DICTIONARY];
    return {
      type: PHYSICAL[field.kind],
      encodings,
      numValues: length,
      size: out.pos - start + (dictionary?.size ?? 0),
      dataPageOffset,
      dictionaryPageOffset: dictionary?.offset,
      nullCount,
      min: range?.min,
      max: range?.max,
    };
  }

  /** A `uint8` or `dictionary` column chunk: a dictionary page of the entries used, then RLE_DICTIONARY pages. */
  private dictionaryChunk(
    out: Bytes,
    c: number,
    length: number,
    codes: ParquetIntegers,
    mask: Uint8Array | undefined,
    nullCount: number,
    present: number,
    size: number,
  ): Chunk {
    const field = this.fields[c]!;
    // Codes used → their index in the chunk's dictionary, in code order.
    if (this.scratch.indices.length < present) this.scratch.indices = new Int32Array(Math.max(present, 2 * this.scratch.indices.length));
    if (this.scratch.seen.length < size) this.scratch = { ...this.scratch, seen: new Uint8Array(size), remap: new Int32Array(size) };
    const indices = this.scratch.indices.subarray(0, present);
    const seen = this.scratch.seen;
    seen.fill(0, 0, size);
    if (mask === undefined) indices.set(codes.subarray(0, length));
    else for (let i = 0, j = 0; i < length; i++) if ((mask[i >>> 3]! >>> (i & 7)) & 1) indices[j++] = codes[i]!;
    for (let j = 0; j < present; j++) {
      const code = indices[j]!;
      if (!(code >= 0 && code < size)) throw new RangeError(`column ${field.name}: code ${code} outside the dictionary of ${size}`);
      seen[code] = 1;
    }
    const remap = this.scratch.remap;
    let used = 0;
    let min = -1;
    let max = -1;
    for (let k = 0; k < size; k++)
      if (seen[k] === 1) {
        if (min < 0) min = k;
        max = k;
        remap[k] = used++;
      }
    // No value at all: one plain page of nulls.
    if (used === 0) return this.pages(out, field, length, mask, nullCount, undefined, [length], () => undefined);
    // Not when the codes used are 0 … used - 1 (the map is then the identity).
    if (max !== used - 1) for (let i = 0; i < present; i++) indices[i] = remap[indices[i]!]!;
    const page = this.page;
    page.pos = 0;
    if (field.kind === 'uint8') {
      for (let k = 0; k < size; k++) if (seen[k] === 1) page.u32(k);
    } else {
      const entries = this.dictionaryBytes[c]!;
      for (let k = 0; k < size; k++)
        if (seen[k] === 1) {
          const bytes = entries[k]!;
          page.u32(bytes.length);
          page.set(bytes);
        }
    }
    const dictionaryOffset = this.position + out.pos;
    const before = out.pos;
    const t = new Thrift(out);
    t.i32(1, PAGE.DICTIONARY).i32(2, page.pos).i32(3, page.pos);
    t.struct(7, (d) => d.i32(1, used).i32(2, ENCODING.PLAIN));
    t.end();
    out.set(page.view());
    const dictionarySize = out.pos - before;
    const width = bitWidth(used - 1);
    return this.pages(
      out,
      field,
      length,
      mask,
      nullCount,
      field.kind === 'uint8' ? { min, max } : undefined,
      this.pageEnds(field, length),
      (p, from, to) => {
        p.u8(width);
        hybrid(p, indices, from, to, width);
      },
      { offset: dictionaryOffset, size: dictionarySize },
    );
  }
}

/** The header of a V1 data page of `size` bytes and `rows` values (nulls included). */
function dataPageHeader(out: Bytes, size: number, rows: number, encoding: number): void {
  const t = new Thrift(out);
  t.i32(1, PAGE.DATA).i32(2, size).i32(3, size);
  t.struct(5, (d) => d.i32(1, rows).i32(2, encoding).i32(3, ENCODING.RLE).i32(4, ENCODING.RLE));
  t.end();
}

/** Definition levels of rows [from, to) (`from` a multiple of 8), with their 4-byte length: the validity bits, or one RLE run. */
function definitionLevels(page: Bytes, mask: Uint8Array | undefined, from: number, to: number, nulls: number): void {
  const rows = to - from;
  const at = page.pos;
  page.u32(0);
  if (nulls === 0 || nulls === rows) {
    page.varint(rows * 2);
    page.u8(nulls === 0 ? 1 : 0);
  } else {
    const bytes = (rows + 7) >>> 3;
    page.varint((bytes << 1) | 1);
    page.set(mask!.subarray(from >>> 3, (from >>> 3) + bytes));
    if ((rows & 7) !== 0) page.bytes[page.pos - 1]! &= (1 << (rows & 7)) - 1;
  }
  const length = page.pos - at - 4;
  page.bytes[at] = length;
  page.bytes[at + 1] = length >>> 8;
  page.bytes[at + 2] = length >>> 16;
  page.bytes[at + 3] = length >>> 24;
}

/** The present values of an integer column, without copying when there is no null and they are 32-bit. */
function compactInts(values: ParquetIntegers, mask: Uint8Array | undefined, length: number, present: number): Int32Array | Uint32Array {
  if (mask === undefined && (values instanceof Int32Array || values instanceof Uint32Array)) return values.subarray(0, length);
  const out = values instanceof Uint32Array ? new Uint32Array(present) : new Int32Array(present);
  if (mask === undefined) {
    out.set(values.subarray(0, length));
    return out;
  }
  let j = 0;
  for (let i = 0; i < length; i++) if ((mask[i >>> 3]! >>> (i & 7)) & 1) out[j++] = values[i]!;
  return out;
}

function writeInt32s(page: Bytes, values: Int32Array | Uint32Array, from: number, to: number): void {
  const n = to - from;
  page.ensure(4 * n);
  if (LITTLE_ENDIAN) {
    page.bytes.set(new Uint8Array(values.buffer, values.byteOffset + 4 * from, 4 * n), page.pos);
    page.pos += 4 * n;
  } else for (let i = from; i < to; i++) page.u32(values[i]!);
}

/** PLAIN booleans of rows [rowFrom, rowTo): the present bits, packed. */
function writeBools(page: Bytes, bits: Uint8Array, mask: Uint8Array | undefined, from: number, to: number, rowFrom: number, rowTo: number): void {
  const n = to - from;
  const bytes = (n + 7) >>> 3;
  page.ensure(bytes);
  const b = page.bytes;
  const at = page.pos;
  if (mask === undefined) {
    b.set(bits.subarray(rowFrom >>> 3, (rowFrom >>> 3) + bytes), at);
    if ((n & 7) !== 0) b[at + bytes - 1]! &= (1 << (n & 7)) - 1;
  } else {
    b.fill(0, at, at + bytes);
    let j = 0;
    for (let i = rowFrom; i < rowTo; i++)
      if ((mask[i >>> 3]! >>> (i & 7)) & 1) {
        if ((bits[i >>> 3]! >>> (i & 7)) & 1) b[at + (j >>> 3)]! |= 1 << (j & 7);
        j++;
      }
  }
  page.pos = at + bytes;
}

/** PLAIN byte arrays of the present rows of [rowFrom, rowTo): a 4-byte length, then the bytes. */
function writeStrings(page: Bytes, offsets: Int32Array, data: Uint8Array, mask: Uint8Array | undefined, rowFrom: number, rowTo: number, where: string): void {
  page.ensure(offsets[rowTo]! - offsets[rowFrom]! + 4 * (rowTo - rowFrom));
  const b = page.bytes;
  const to = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const from = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let p = page.pos;
  for (let i = rowFrom; i < rowTo; i++) {
    if (mask !== undefined && ((mask[i >>> 3]! >>> (i & 7)) & 1) === 0) continue;
    const s = offsets[i]!;
    const e = offsets[i + 1]!;
    const n = e - s;
    if (n < 0) throw new RangeError(`${where}: offsets decrease at row ${i}`);
    to.setUint32(p, n, true);
    p += 4;
    if (n <= 32) {
      // Short strings (most): 4 bytes at a time, then the rest.
      let k = s;
      for (; k + 4 <= e; k += 4, p += 4) to.setUint32(p, from.getUint32(k));
      for (; k < e; k++) b[p++] = data[k]!;
    } else {
      b.set(data.subarray(s, e), p);
      p += n;
    }
  }
  page.pos = p;
}

function int32Bytes(value: number): Uint8Array {
  return new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]);
}
