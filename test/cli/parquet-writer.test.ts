/**
 * The Parquet writer (src/cli/parquet-writer.ts): files written from typed arrays and read back
 * with parquet-wasm (the Rust `parquet` crate) into apache-arrow tables, value for value and
 * type for type; the footer is also decoded here (a small Thrift compact reader) for what the
 * reader does not expose (statistics, column orders, logical types).
 */
import * as arrow from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParquetWriter, type ParquetColumnData, type ParquetColumnKind, type ParquetField, type ParquetIntegers } from '../../src/cli/parquet-writer.js';

type Value = number | boolean | string | null;
/** A column as plain values (strings for `dictionary` are the dictionary entries). */
interface Column {
  field: ParquetField;
  values: Value[];
}

const utf8 = new TextEncoder();

function validityOf(values: readonly Value[], always: boolean): Uint8Array | undefined {
  if (!always && values.every((v) => v !== null)) return undefined;
  const bits = new Uint8Array((values.length + 7) >>> 3);
  values.forEach((v, i) => {
    if (v !== null) bits[i >>> 3]! |= 1 << (i & 7);
  });
  return bits;
}

/** The Arrow-layout data of a column (garbage under the nulls, to show it is ignored). */
function dataOf(column: Column, alwaysValidity = false): ParquetColumnData {
  const { field, values } = column;
  const n = values.length;
  const validity = validityOf(values, alwaysValidity);
  switch (field.kind) {
    case 'uint32':
      return { values: Uint32Array.from(values, (v) => (v === null ? 0xdeadbeef : (v as number))), validity };
    case 'int32':
      return { values: Int32Array.from(values, (v) => (v === null ? -777 : (v as number))), validity };
    case 'uint8':
      return { values: Uint8Array.from(values, (v) => (v === null ? 99 : (v as number))), validity };
    case 'bool': {
      const bits = new Uint8Array((n + 7) >>> 3).fill(0xff);
      values.forEach((v, i) => {
        if (v === false) bits[i >>> 3]! &= ~(1 << (i & 7));
      });
      return { bits, validity };
    }
    case 'utf8': {
      const parts = values.map((v) => utf8.encode(v === null ? 'NULL?' : (v as string)));
      const offsets = new Int32Array(n + 1);
      // Offsets need not start at 0 (a slice of a longer buffer).
      let at = 3;
      offsets[0] = at;
      parts.forEach((part, i) => {
        if (values[i] !== null) at += part.length;
        offsets[i + 1] = at;
      });
      const data = new Uint8Array(at + 2);
      parts.forEach((part, i) => {
        if (values[i] !== null) data.set(part, offsets[i]!);
      });
      return { offsets, data, validity };
    }
    case 'dictionary': {
      const dictionary = field.dictionary!;
      const index = new Map(dictionary.map((entry, k) => [entry, k]));
      const codes: ParquetIntegers = dictionary.length > 32767 ? new Int32Array(n) : dictionary.length > 127 ? new Int16Array(n) : new Int8Array(n);
      values.forEach((v, i) => {
        codes[i] = v === null ? dictionary.length - 1 : index.get(v as string)!;
      });
      return { values: codes, validity };
    }
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A file of the columns, cut into row groups of the given sizes. */
function write(
  columns: readonly Column[],
  groups: readonly number[],
  options?: ConstructorParameters<typeof ParquetWriter>[1],
  alwaysValidity = false,
): Uint8Array {
  const writer = new ParquetWriter(
    columns.map((c) => c.field),
    options,
  );
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const size of groups) {
    const slice = columns.map((c) => ({ field: c.field, values: c.values.slice(at, at + size) }));
    parts.push(
      writer.rowGroup(
        size,
        slice.map((c) => dataOf(c, alwaysValidity)),
      ),
    );
    at += size;
  }
  parts.push(writer.finish());
  return concat(parts);
}

function read(bytes: Uint8Array): arrow.Table {
  return arrow.tableFromIPC(parquet.readParquet(bytes).intoIPCStream());
}

/** Each column read back, as plain values. */
function valuesOf(table: arrow.Table): Record<string, Value[]> {
  const out: Record<string, Value[]> = {};
  for (const field of table.schema.fields) out[field.name] = [...table.getChild(field.name)!].map((v) => (v === undefined ? null : (v as Value)));
  return out;
}

function expectRoundTrip(
  columns: readonly Column[],
  groups: readonly number[],
  options?: ConstructorParameters<typeof ParquetWriter>[1],
  alwaysValidity = false,
): arrow.Table {
  const table = read(write(columns, groups, options, alwaysValidity));
  expect(table.numRows).toBe(columns[0]!.values.length);
  const got = valuesOf(table);
  for (const column of columns) {
    const values = got[column.field.name]!;
    expect(values.length, column.field.name).toBe(column.values.length);
    // The first difference and what is around it (a whole 300,000-row column would be slow to diff).
    const at = values.findIndex((v, i) => v !== column.values[i]);
    if (at >= 0)
      expect(values.slice(Math.max(0, at - 3), at + 4), `${column.field.name} from row ${Math.max(0, at - 3)}`).toEqual(
        column.values.slice(Math.max(0, at - 3), at + 4),
      );
  }
  return table;
}

// --- A minimal Thrift compact reader, for the footer ----------------------------------------

type Thrift = number | bigint | boolean | Uint8Array | Thrift[] | Map<number, Thrift>;

function footer(bytes: Uint8Array): Map<number, Thrift> {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 8, true);
  expect(new TextDecoder().decode(bytes.subarray(bytes.length - 4))).toBe('PAR1');
  const reader = { bytes: bytes.subarray(bytes.length - 8 - length, bytes.length - 8), at: 0 };
  const struct = readStruct(reader);
  expect(reader.at).toBe(length);
  return struct;
}

function varint(r: { bytes: Uint8Array; at: number }): bigint {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    const b = r.bytes[r.at++]!;
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return result;
    shift += 7n;
  }
}
const unzigzag = (v: bigint): bigint => (v & 1n ? -(v >> 1n) - 1n : v >> 1n);

function readValue(r: { bytes: Uint8Array; at: number }, type: number): Thrift {
  switch (type) {
    case 1:
      return true;
    case 2:
      return false;
    case 3:
      return (r.bytes[r.at++]! << 24) >> 24;
    case 4:
    case 5:
      return Number(unzigzag(varint(r)));
    case 6:
      return unzigzag(varint(r));
    case 8: {
      const n = Number(varint(r));
      const out = r.bytes.slice(r.at, r.at + n);
      r.at += n;
      return out;
    }
    case 9: {
      const head = r.bytes[r.at++]!;
      const size = head >> 4 === 15 ? Number(varint(r)) : head >> 4;
      const element = head & 15;
      // Booleans in a list are one byte each.
      return Array.from({ length: size }, () => (element === 1 || element === 2 ? r.bytes[r.at++] === 1 : readValue(r, element)));
    }
    case 12:
      return readStruct(r);
    default:
      throw new Error(`thrift type ${type}`);
  }
}

function readStruct(r: { bytes: Uint8Array; at: number }): Map<number, Thrift> {
  const out = new Map<number, Thrift>();
  let last = 0;
  for (;;) {
    const head = r.bytes[r.at++]!;
    if (head === 0) return out;
    const delta = head >> 4;
    const id = delta === 0 ? Number(unzigzag(varint(r))) : last + delta;
    out.set(id, readValue(r, head & 15));
    last = id;
  }
}

const text = (v: Thrift | undefined): string => new TextDecoder().decode(v as Uint8Array);
const int32 = (v: Thrift | undefined): number => new DataView((v as Uint8Array).buffer).getInt32(0, true);

// --- Columns ----------------------------------------------------------------------------------

const KINDS: readonly ParquetColumnKind[] = ['uint32', 'uint8', 'int32', 'bool', 'utf8', 'dictionary'];
const DICTIONARY = ['không', 'một', 'hai', 'ba', 'bốn', ''];

function sample(kind: ParquetColumnKind, i: number): Value {
  switch (kind) {
    case 'uint32':
      return (i * 2654435761) >>> 0;
    case 'uint8':
      return (i * 37) & 0xff;
    case 'int32':
      return ((i * 2654435761) | 0) >> (i & 7);
    case 'bool':
      return i % 3 === 0;
    case 'utf8':
      return ['', 'a', 'hộ nghèo', '𝄞 emoji 😀', 'x'.repeat(i % 40)][i % 5]!;
    case 'dictionary':
      return DICTIONARY[(i * 7) % DICTIONARY.length]!;
  }
}

function column(kind: ParquetColumnKind, n: number, nulls: (i: number) => boolean, nullable = true, name = `${kind}${nullable ? '?' : ''}`): Column {
  return {
    field: { name, kind, nullable, ...(kind === 'dictionary' ? { dictionary: DICTIONARY } : {}) },
    values: Array.from({ length: n }, (_, i) => (nullable && nulls(i) ? null : sample(kind, i))),
  };
}

const NULL_PATTERNS: Record<string, (n: number) => (i: number) => boolean> = {
  none: () => () => false,
  first: () => (i) => i === 0,
  last: (n) => (i) => i === n - 1,
  all: () => () => true,
  'every third': () => (i) => i % 3 === 1,
  'a long run': (n) => (i) => i > n / 4 && i < (3 * n) / 4,
};

describe('ParquetWriter', () => {
  for (const [pattern, nulls] of Object.entries(NULL_PATTERNS))
    for (const n of [1, 13, 64, 1001])
      it(`every kind, required and nullable, ${n} rows, nulls: ${pattern}`, () => {
        const columns = KINDS.flatMap((kind) => [column(kind, n, () => false, false), column(kind, n, nulls(n))]);
        expectRoundTrip(columns, [n]);
        // A validity bitmap given with no null in it is the same.
        expectRoundTrip(columns, [n], undefined, true);
      });

  it('reads back as the Arrow types: Uint32, Uint8, Int32, Bool, Utf8, and REQUIRED / OPTIONAL as nullable', () => {
    const columns = KINDS.flatMap((kind) => [column(kind, 20, () => false, false), column(kind, 20, (i) => i === 5)]);
    const table = expectRoundTrip(columns, [20]);
    const types = table.schema.fields.map((f) => `${f.name} ${f.type} ${f.nullable}`);
    expect(types).toEqual([
      'uint32 Uint32 false',
      'uint32? Uint32 true',
      'uint8 Uint8 false',
      'uint8? Uint8 true',
      'int32 Int32 false',
      'int32? Int32 true',
      'bool Bool false',
      'bool? Bool true',
      'utf8 Utf8 false',
      'utf8? Utf8 true',
      'dictionary Utf8 false',
      'dictionary? Utf8 true',
    ]);
    const ints = table.schema.fields.slice(0, 6).map((f) => [f.type.typeId, (f.type as arrow.Int).bitWidth, (f.type as arrow.Int).isSigned]);
    expect(ints).toEqual([
      [arrow.Type.Int, 32, false],
      [arrow.Type.Int, 32, false],
      [arrow.Type.Int, 8, false],
      [arrow.Type.Int, 8, false],
      [arrow.Type.Int, 32, true],
      [arrow.Type.Int, 32, true],
    ]);
  });

  it('several row groups, of sizes not multiples of 8, a group of 0 rows writing none', () => {
    const n = 5 + 0 + 17 + 1 + 300 + 0;
    const columns = KINDS.map((kind) => column(kind, n, (i) => i % 5 === 2));
    const bytes = write(columns, [5, 0, 17, 1, 300, 0]);
    const table = read(bytes);
    expect(valuesOf(table)).toEqual(Object.fromEntries(columns.map((c) => [c.field.name, c.values])));
    const meta = footer(bytes);
    expect((meta.get(4) as Thrift[]).length).toBe(4);
    expect(meta.get(3)).toBe(BigInt(n));
  });

  it('the first group of 0 rows gives the leading PAR1; later ones nothing', () => {
    const writer = new ParquetWriter([{ name: 'x', kind: 'int32', nullable: false }]);
    expect([...writer.rowGroup(0, [{ values: new Int32Array(0) }])]).toEqual([...utf8.encode('PAR1')]);
    expect(writer.rowGroup(0, [{ values: new Int32Array(0) }]).length).toBe(0);
    const rest = writer.rowGroup(2, [{ values: new Int32Array([7, -8]) }]);
    expect(rest.subarray(0, 4)).not.toEqual(utf8.encode('PAR1'));
    const bytes = concat([utf8.encode('PAR1'), rest, writer.finish()]);
    expect(valuesOf(read(bytes))).toEqual({ x: [7, -8] });
  });

  it('an empty file (no row group): valid, the schema and no row', () => {
    const columns = KINDS.map((kind) => column(kind, 0, () => false));
    const bytes = write(columns, []);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PAR1');
    const table = read(bytes);
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => `${f.name} ${f.type}`)).toEqual([
      'uint32? Uint32',
      'uint8? Uint8',
      'int32? Int32',
      'bool? Bool',
      'utf8? Utf8',
      'dictionary? Utf8',
    ]);
  });

  it('multibyte UTF-8, empty strings and long strings', () => {
    const values = ['', 'chuẩn nghèo đa chiều', '', '😀😀', 'ﾃｽﾄ', 'ê'.repeat(70_000), '', 'z'];
    expectRoundTrip([{ field: { name: 's', kind: 'utf8', nullable: false }, values }], [values.length]);
    const withNulls = [...values, null, ''];
    expectRoundTrip([{ field: { name: 's', kind: 'utf8', nullable: true }, values: withNulls }], [withNulls.length]);
  });

  it('a dictionary of 1 entry (bit width 0), required and nullable', () => {
    const field = (nullable: boolean): ParquetField => ({ name: `one${nullable ? '?' : ''}`, kind: 'dictionary', nullable, dictionary: ['chỉ một'] });
    const values = Array.from({ length: 1000 }, () => 'chỉ một');
    expectRoundTrip(
      [
        { field: field(false), values },
        { field: field(true), values: values.map((v, i) => (i % 7 === 0 ? null : v)) },
      ],
      [1000],
    );
  });

  it('dictionaries of 2 … 4096 entries (bit widths 1 … 12), every entry used, runs and literals', () => {
    for (let bits = 1; bits <= 12; bits++) {
      const size = 1 << bits;
      const dictionary = Array.from({ length: size }, (_, k) => `m${k}`);
      const n = 3 * size + 29;
      // Every entry, then runs of 20 (RLE), then a mix.
      const values = Array.from({ length: n }, (_, i) => {
        const k = i < size ? i : i < 2 * size ? Math.floor((i - size) / 20) % size : (i * 7919) % size;
        return dictionary[k]!;
      });
      const field: ParquetField = { name: `d${bits}`, kind: 'dictionary', nullable: true, dictionary };
      expectRoundTrip([{ field, values }], [n]);
      expectRoundTrip([{ field, values: values.map((v, i) => (i % 11 === 3 ? null : v)) }], [n]);
    }
  });

  it('a dictionary chunk writes only the entries it uses', () => {
    const dictionary = Array.from({ length: 4096 }, (_, k) => `entry number ${k}`);
    const field: ParquetField = { name: 'd', kind: 'dictionary', nullable: false, dictionary };
    const values = Array.from({ length: 100 }, (_, i) => dictionary[4000 + (i % 3)]!);
    const bytes = write([{ field, values }], [100]);
    expect(bytes.length).toBeLessThan(600);
    expect(valuesOf(read(bytes)).d).toEqual(values);
  });

  it('a large group (300,000 rows) of every kind, several pages per chunk, round-trips exactly', () => {
    const n = 300_000;
    const columns = KINDS.flatMap((kind) => [column(kind, n, () => false, false), column(kind, n, (i) => (i * 7) % 13 === 0 || (i > 1000 && i < 1100))]);
    expectRoundTrip(columns, [n]);
  });

  it('small pages (page boundaries inside null runs and runs of a value)', () => {
    const n = 5000;
    const columns = KINDS.map((kind) => column(kind, n, (i) => i % 97 < 40));
    expectRoundTrip(columns, [n, 0].slice(0, 1), { pageBytes: 1024 });
    expectRoundTrip(columns, [1234, 3766], { pageBytes: 1024 });
  });

  it('key-value metadata and created_by are read back', async () => {
    const bytes = write([column('int32', 3, () => false)], [3], {
      keyValueMetadata: { 'chuan-ngheo:rule-set': 'vn-2022-2025 1.0.0 abcdef', other: 'giá trị' },
      createdBy: 'chuan-ngheo test',
    });
    const table = read(bytes);
    expect(table.schema.metadata.get('chuan-ngheo:rule-set')).toBe('vn-2022-2025 1.0.0 abcdef');
    expect(table.schema.metadata.get('other')).toBe('giá trị');
    const file = await parquet.ParquetFile.fromFile(new Blob([bytes]));
    const meta = file.metadata();
    const fileMeta = meta.fileMetadata();
    expect(fileMeta.createdBy()).toBe('chuan-ngheo test');
    expect(fileMeta.numRows()).toBe(3);
    expect(fileMeta.version()).toBe(2);
    expect(Object.fromEntries(fileMeta.keyValueMetadata())).toEqual({ 'chuan-ngheo:rule-set': 'vn-2022-2025 1.0.0 abcdef', other: 'giá trị' });
    expect(meta.numRowGroups()).toBe(1);
    const chunk = meta.rowGroup(0).column(0);
    expect(chunk.compression()).toBe(parquet.Compression.UNCOMPRESSED);
    expect(chunk.numValues()).toBe(3);
    file.free();
  });

  it('the footer: logical and converted types, statistics, column orders', () => {
    const columns: Column[] = [
      { field: { name: 'u32', kind: 'uint32', nullable: false }, values: [5, 4_000_000_000, 7] },
      { field: { name: 'u8', kind: 'uint8', nullable: true }, values: [200, null, 3] },
      { field: { name: 'i32', kind: 'int32', nullable: true }, values: [-9, 12, null] },
      { field: { name: 's', kind: 'utf8', nullable: true }, values: [null, null, null] },
      { field: { name: 'b', kind: 'bool', nullable: false }, values: [true, false, true] },
    ];
    const meta = footer(write(columns, [3], { keyValueMetadata: { k: 'v' } }));
    const schema = meta.get(2) as Map<number, Thrift>[];
    expect(text(schema[0]!.get(4))).toBe('schema');
    expect(schema[0]!.get(5)).toBe(5);
    const [u32, u8, i32, s, b] = schema.slice(1);
    expect([u32!.get(1), u32!.get(3), u32!.get(6)]).toEqual([1, 0, 13]);
    expect((u32!.get(10) as Map<number, Thrift>).get(10)).toEqual(
      new Map<number, Thrift>([
        [1, 32],
        [2, false],
      ]),
    );
    expect([u8!.get(1), u8!.get(3), u8!.get(6)]).toEqual([1, 1, 11]);
    expect(((u8!.get(10) as Map<number, Thrift>).get(10) as Map<number, Thrift>).get(1)).toBe(8);
    expect([i32!.get(1), i32!.get(6), i32!.get(10)]).toEqual([1, undefined, undefined]);
    expect([s!.get(1), s!.get(6), (s!.get(10) as Map<number, Thrift>).has(1)]).toEqual([6, 0, true]);
    expect([b!.get(1), b!.get(3)]).toEqual([0, 0]);
    const group = (meta.get(4) as Map<number, Thrift>[])[0]!;
    const chunks = (group.get(1) as Map<number, Thrift>[]).map((c) => c.get(3) as Map<number, Thrift>);
    const stats = chunks.map((c) => c.get(12) as Map<number, Thrift>);
    expect(stats.map((st) => st.get(3))).toEqual([0n, 1n, 1n, 3n, 0n]);
    expect([int32(stats[0]!.get(6)) >>> 0, int32(stats[0]!.get(5)) >>> 0]).toEqual([5, 4_000_000_000]);
    expect([int32(stats[1]!.get(6)), int32(stats[1]!.get(5))]).toEqual([3, 200]);
    expect([int32(stats[2]!.get(6)), int32(stats[2]!.get(5))]).toEqual([-9, 12]);
    expect(stats[3]!.has(5)).toBe(false);
    expect(chunks.map((c) => c.get(4))).toEqual([0, 0, 0, 0, 0]);
    expect(chunks[1]!.get(2)).toEqual([0, 3, 8]);
    expect(chunks[1]!.has(11)).toBe(true);
    expect(chunks[0]!.has(11)).toBe(false);
    expect((meta.get(7) as Thrift[]).length).toBe(5);
    expect(text(((meta.get(5) as Map<number, Thrift>[])[0] as Map<number, Thrift>).get(1))).toBe('k');
  });

  it('refuses what it cannot write', () => {
    const writer = new ParquetWriter([
      { name: 'r', kind: 'uint8', nullable: false },
      { name: 'd', kind: 'dictionary', nullable: true, dictionary: ['a', 'b'] },
    ]);
    const ok: ParquetColumnData = { values: new Uint8Array(2) };
    expect(() => writer.rowGroup(2, [{ values: new Uint8Array(2), validity: new Uint8Array([1]) }, ok])).toThrow(/null\(s\) in a column that is not nullable/);
    expect(() => writer.rowGroup(2, [ok, { values: new Int8Array([0, 2]) }])).toThrow(/code 2 outside the dictionary of 2/);
    expect(() => writer.rowGroup(2, [ok, { values: new Int8Array([-1, 0]), validity: new Uint8Array([2]) }])).not.toThrow();
    expect(() => writer.rowGroup(2, [{ values: new Int8Array(2) }, ok])).toThrow(/a Uint8Array expected/);
    expect(() => writer.rowGroup(3, [ok, ok])).toThrow(/2 values for 3 rows/);
    expect(() => writer.rowGroup(2, [ok])).toThrow(/1 columns given, 2 expected/);
    expect(() => new ParquetWriter([{ name: 'd', kind: 'dictionary', nullable: true }])).toThrow(/needs a dictionary/);
    expect(() => new ParquetWriter([])).toThrow(/at least one column/);
    writer.finish();
    expect(() => writer.finish()).toThrow(/finished/);
  });

  it('random columns of every kind with random nulls read back equal (property test)', () => {
    const dictionary = Array.from({ length: 300 }, (_, k) => `v${k}`);
    const valueOf = (kind: ParquetColumnKind): fc.Arbitrary<Value> => {
      switch (kind) {
        case 'uint32':
          return fc.integer({ min: 0, max: 0xffffffff });
        case 'uint8':
          return fc.integer({ min: 0, max: 255 });
        case 'int32':
          return fc.integer({ min: -0x80000000, max: 0x7fffffff });
        case 'bool':
          return fc.boolean();
        case 'utf8':
          return fc.string({ unit: 'grapheme', maxLength: 12 });
        case 'dictionary':
          return fc.integer({ min: 0, max: 299 }).map((k) => dictionary[k]!);
      }
    };
    // Runs of one value or of nulls (so that RLE runs and bit-packed runs both occur).
    const columnOf = (kind: ParquetColumnKind, n: number, nullable: boolean): fc.Arbitrary<Value[]> =>
      fc
        .array(fc.tuple(nullable ? fc.option(valueOf(kind), { freq: 3 }) : valueOf(kind), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 60 })
        .map((runs) => runs.flatMap(([v, times]) => Array.from({ length: times }, () => v)))
        .map((values) => Array.from({ length: n }, (_, i) => values[i % values.length]!));
    const table = fc.integer({ min: 0, max: 700 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc
          .array(fc.tuple(fc.constantFrom(...KINDS), fc.boolean()), { minLength: 1, maxLength: 8 })
          .chain((specs) =>
            fc.tuple(
              ...specs.map(([kind, nullable], c) =>
                columnOf(kind, n, nullable).map((values): Column => ({ field: { name: `c${c}`, kind, nullable, dictionary }, values })),
              ),
            ),
          ),
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 4 }),
        fc.integer({ min: 1024, max: 4096 }),
      ),
    );
    fc.assert(
      fc.property(table, ([n, columns, cuts, pageBytes]) => {
        const sorted = [...new Set(cuts.filter((cut) => cut < n))].sort((a, b) => a - b);
        const groups = [...sorted, n].map((end, k, all) => end - (k === 0 ? 0 : all[k - 1]!));
        expectRoundTrip(columns, groups, { pageBytes });
      }),
      { numRuns: 150 },
    );
  });
});
