/**
 * The plain-TypeScript Parquet writer (src/cli/parquet-writer.ts) against parquet-wasm on the
 * command line's result schema, SYNTHETIC rows (seeded, deterministic):
 *
 *   npx tsx bench/parquet-writer.ts                 # 1,000,000 rows, row groups of 131,072, best of 5
 *   npx tsx bench/parquet-writer.ts 3000000 --repeat 7 --failed 0.02
 *
 * Columns as `classify --out x.parquet` writes them: row (uint32), id (utf8, 8 characters), ok
 * (bool), category (dictionary of 5), category_code (uint8), possible_categories (dictionary of
 * 16), deprivation_count and unknown_count (uint8), per_capita (utf8, ~10 characters), deprived
 * and unknown (dictionaries of 4096: the 12 indicator ids of a mask), errors (utf8; null but for
 * the `--failed` share of rows, default 0, whose other columns are null).
 *
 * Timed: the writer from typed arrays to bytes (all row groups and the footer); parquet-wasm
 * (Snappy, the CLI's writer properties) from an Arrow table in WebAssembly memory, and the Arrow
 * IPC encoding the CLI does before it. Our file is read back with parquet-wasm and compared with
 * the Arrow table, value for value.
 */
import { loadavg } from 'node:os';
import * as arrow from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import { ParquetWriter, type ParquetColumnData, type ParquetField } from '../src/cli/parquet-writer.js';
import { getRuleSet } from '../src/index.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const bare = args.find((arg, i) => /^\d+$/.test(arg) && (i === 0 || !args[i - 1]!.startsWith('--')));
const rows = Number(bare ?? 1_000_000);
const repeat = Number(flag('--repeat') ?? 5);
const failedShare = Number(flag('--failed') ?? 0);
const GROUP = 131_072;
const IDS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);
const CATEGORIES = ['poor', 'near_poor', 'not_poor', 'undetermined', 'other'];
const POSSIBLE = Array.from({ length: 16 }, (_, mask) => CATEGORIES.filter((_, k) => (mask >>> k) & 1).join(';'));
const LISTS = Array.from({ length: 1 << IDS.length }, (_, mask) => IDS.filter((_, k) => (mask >>> k) & 1).join(';'));

let state = 2022;
const random = (): number => {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
};
const utf8 = new TextEncoder();

interface Group {
  n: number;
  columns: ParquetColumnData[];
  batch: arrow.RecordBatch;
}

function strings(n: number, make: (i: number) => string | null): { offsets: Int32Array; data: Uint8Array; validity: Uint8Array | undefined; nulls: number } {
  const parts: Uint8Array[] = [];
  const offsets = new Int32Array(n + 1);
  const validity = new Uint8Array((n + 7) >>> 3);
  let at = 0;
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const s = make(i);
    if (s === null) nulls++;
    else {
      const bytes = utf8.encode(s);
      parts.push(bytes);
      at += bytes.length;
      validity[i >>> 3]! |= 1 << (i & 7);
    }
    offsets[i + 1] = at;
  }
  const data = new Uint8Array(at);
  let p = 0;
  for (const part of parts) {
    data.set(part, p);
    p += part.length;
  }
  return { offsets, data, validity: nulls === 0 ? undefined : validity, nulls };
}

function group(first: number, n: number): Group {
  const ok = new Uint8Array((n + 7) >>> 3);
  const row = new Uint32Array(n);
  const category = new Int8Array(n);
  const code = new Uint8Array(n);
  const possible = new Int8Array(n);
  const deprivation = new Uint8Array(n);
  const unknownCount = new Uint8Array(n);
  const deprived = new Int16Array(n);
  const unknown = new Int16Array(n);
  const failed: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    row[i] = first + i + 1;
    failed[i] = random() < failedShare;
    if (failed[i]) continue;
    ok[i >>> 3]! |= 1 << (i & 7);
    let d = 0;
    let u = 0;
    for (let k = 0; k < IDS.length; k++) {
      const r = random();
      if (r < 0.12) d |= 1 << k;
      else if (r < 0.15) u |= 1 << k;
    }
    deprived[i] = d;
    unknown[i] = u;
    const dc = popcount(d);
    const c = random() < 0.05 ? 0 : random() < 0.1 ? 1 : dc >= 3 ? 3 : 2;
    category[i] = c;
    code[i] = c;
    possible[i] = 1 << c;
    deprivation[i] = dc;
    unknownCount[i] = popcount(u);
  }
  const failures = failed.filter(Boolean).length;
  const validity = failures === 0 ? undefined : ok;
  const id = strings(n, (i) => `H${String(first + i).padStart(7, '0')}`);
  const perCapita = strings(n, (i) =>
    failed[i] ? null : `${1_000_000 + Math.floor(random() * 3_000_000)}.${String(Math.floor(random() * 100)).padStart(2, '0')}`,
  );
  const errors = strings(n, (i) => (failed[i] ? 'size: must be a positive integer' : null));
  const errorsValidity = errors.validity ?? (failures === n ? undefined : new Uint8Array((n + 7) >>> 3));
  const columns: ParquetColumnData[] = [
    { values: row },
    { offsets: id.offsets, data: id.data },
    { bits: ok },
    { values: category, validity },
    { values: code, validity },
    { values: possible, validity },
    { values: deprivation, validity },
    { values: unknownCount, validity },
    { offsets: perCapita.offsets, data: perCapita.data, validity: perCapita.validity },
    { values: deprived, validity },
    { values: unknown, validity },
    { offsets: errors.offsets, data: errors.data, validity: errorsValidity },
  ];
  // The same rows as the CLI's Arrow batch.
  const categoryType = new arrow.Dictionary(new arrow.Utf8(), new arrow.Int8(), 0, false);
  const possibleType = new arrow.Dictionary(new arrow.Utf8(), new arrow.Int8(), 1, false);
  const listType = new arrow.Dictionary(new arrow.Utf8(), new arrow.Int16(), 2, false);
  const nullBitmap = validity ?? null;
  const u8 = (data: Uint8Array): arrow.Data => arrow.makeData({ type: new arrow.Uint8(), length: n, nullCount: failures, nullBitmap, data });
  const utf8Data = (s: ReturnType<typeof strings>): arrow.Data =>
    arrow.makeData({
      type: new arrow.Utf8(),
      length: n,
      nullCount: s.nulls,
      nullBitmap: s.validity ?? (s.nulls === n ? new Uint8Array((n + 7) >>> 3) : null),
      valueOffsets: s.offsets,
      data: s.data,
    });
  const children = [
    arrow.makeData({ type: new arrow.Uint32(), length: n, nullCount: 0, data: row }),
    utf8Data(id),
    arrow.makeData({ type: new arrow.Bool(), length: n, nullCount: 0, data: ok }),
    arrow.makeData({ type: categoryType, length: n, nullCount: failures, nullBitmap, data: category, dictionary: DICTIONARIES.category }),
    u8(code),
    arrow.makeData({ type: possibleType, length: n, nullCount: failures, nullBitmap, data: possible, dictionary: DICTIONARIES.possible }),
    u8(deprivation),
    u8(unknownCount),
    utf8Data(perCapita),
    arrow.makeData({ type: listType, length: n, nullCount: failures, nullBitmap, data: deprived, dictionary: DICTIONARIES.lists }),
    arrow.makeData({ type: listType, length: n, nullCount: failures, nullBitmap, data: unknown, dictionary: DICTIONARIES.lists }),
    utf8Data(errors),
  ] as arrow.Data[];
  const schema = new arrow.Schema(
    [
      new arrow.Field('row', new arrow.Uint32(), false),
      new arrow.Field('id', new arrow.Utf8(), true),
      new arrow.Field('ok', new arrow.Bool(), false),
      new arrow.Field('category', categoryType, true),
      new arrow.Field('category_code', new arrow.Uint8(), true),
      new arrow.Field('possible_categories', possibleType, true),
      new arrow.Field('deprivation_count', new arrow.Uint8(), true),
      new arrow.Field('unknown_count', new arrow.Uint8(), true),
      new arrow.Field('per_capita', new arrow.Utf8(), true),
      new arrow.Field('deprived', listType, true),
      new arrow.Field('unknown', listType, true),
      new arrow.Field('errors', new arrow.Utf8(), true),
    ],
    new Map([['chuan-ngheo:rule-set', RULE_SET]]),
  );
  const struct = arrow.makeData({ type: new arrow.Struct(schema.fields), length: n, nullCount: 0, children });
  return { n, columns, batch: new arrow.RecordBatch(schema, struct as arrow.Data<arrow.Struct>) };
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v !== 0; v &= v - 1) c++;
  return c;
}

const RULE_SET = 'vn-2022-2025 bench synthetic';
const DICTIONARIES = {
  category: arrow.vectorFromArray(CATEGORIES, new arrow.Utf8()),
  possible: arrow.vectorFromArray(POSSIBLE, new arrow.Utf8()),
  lists: arrow.vectorFromArray(LISTS, new arrow.Utf8()),
};
const FIELDS: ParquetField[] = [
  { name: 'row', kind: 'uint32', nullable: false },
  { name: 'id', kind: 'utf8', nullable: true },
  { name: 'ok', kind: 'bool', nullable: false },
  { name: 'category', kind: 'dictionary', nullable: true, dictionary: CATEGORIES },
  { name: 'category_code', kind: 'uint8', nullable: true },
  { name: 'possible_categories', kind: 'dictionary', nullable: true, dictionary: POSSIBLE },
  { name: 'deprivation_count', kind: 'uint8', nullable: true },
  { name: 'unknown_count', kind: 'uint8', nullable: true },
  { name: 'per_capita', kind: 'utf8', nullable: true },
  { name: 'deprived', kind: 'dictionary', nullable: true, dictionary: LISTS },
  { name: 'unknown', kind: 'dictionary', nullable: true, dictionary: LISTS },
  { name: 'errors', kind: 'utf8', nullable: true },
];

const groups: Group[] = [];
for (let first = 0; first < rows; first += GROUP) groups.push(group(first, Math.min(GROUP, rows - first)));

const perMillion = (ms: number): string => `${((ms * 1_000_000) / rows).toFixed(1)} ms per 1M rows`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
function best(label: string, run: () => number): { ms: number; bytes: number } {
  const times: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let k = 0; k < repeat; k++) {
    const start = performance.now();
    const used = process.cpuUsage();
    bytes = run();
    const spent = process.cpuUsage(used);
    times.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const ms = Math.min(...times);
  const median = [...times].sort((a, b) => a - b)[times.length >> 1]!;
  // CPU time too: on a shared machine the wall time includes waiting for a core.
  const line = `${label.padEnd(47)} best ${ms.toFixed(1).padStart(7)} ms (CPU ${Math.min(...cpu).toFixed(1)} ms), median ${median.toFixed(1).padStart(7)} ms`;
  console.log(`${line} — ${perMillion(ms)}${bytes > 0 ? `, ${mb(bytes)}` : ''}`);
  return { ms, bytes };
}

console.log(
  `${rows.toLocaleString('en-US')} rows in ${groups.length} row groups of ≤ ${GROUP.toLocaleString('en-US')}, failed share ${failedShare}, best of ${repeat}; load ${loadavg()[0]!.toFixed(2)}`,
);

let ours: Uint8Array[] = [];
const writer = best('TypeScript writer (uncompressed)', () => {
  const w = new ParquetWriter(FIELDS, { keyValueMetadata: { 'chuan-ngheo:rule-set': RULE_SET } });
  ours = groups.map((g) => w.rowGroup(g.n, g.columns));
  ours.push(w.finish());
  return ours.reduce((sum, part) => sum + part.length, 0);
});

const table = new arrow.Table(groups.map((g) => g.batch));
let ipc: Uint8Array = new Uint8Array(0);
const ipcTime = best('Arrow IPC stream of the batches (apache-arrow)', () => {
  ipc = arrow.tableToIPC(table, 'stream');
  return 0;
});
let props = (): parquet.WriterProperties => {
  let builder = new parquet.WriterPropertiesBuilder()
    .setCompression(parquet.Compression.SNAPPY)
    .setCreatedBy('chuan-ngheo')
    .setStatisticsEnabled(parquet.EnabledStatistics.Chunk)
    .setMaxRowGroupSize(GROUP);
  for (const column of ['row', 'id', 'per_capita', 'errors']) builder = builder.setColumnDictionaryEnabled(column, false);
  return builder.build();
};
try {
  const wasm = best('parquet-wasm writeParquet (Snappy)', () => {
    const t = parquet.Table.fromIPCStream(ipc);
    const bytes = parquet.writeParquet(t, props());
    return bytes.length;
  });
  props = () => new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.UNCOMPRESSED).setMaxRowGroupSize(GROUP).build();
  best('parquet-wasm writeParquet (uncompressed)', () => parquet.writeParquet(parquet.Table.fromIPCStream(ipc), props()).length);
  console.log(
    `TypeScript writer ${(wasm.ms / writer.ms).toFixed(1)}× faster than parquet-wasm (Snappy), ${((wasm.ms + ipcTime.ms) / writer.ms).toFixed(1)}× with the IPC step; file ${(writer.bytes / wasm.bytes).toFixed(2)}× the size`,
  );
} catch (error) {
  // Seen with --failed and several row groups: apache-arrow's IPC stream of these batches is not
  // read back (by parquet-wasm nor by apache-arrow itself); the comparison below does not use it.
  console.log(`parquet-wasm side failed: ${error instanceof Error ? error.message : String(error)}`);
}

// Our file read back equals the table.
const bytes = new Uint8Array(writer.bytes);
let at = 0;
for (const part of ours) {
  bytes.set(part, at);
  at += part.length;
}
const start = performance.now();
const back = arrow.tableFromIPC(parquet.readParquet(bytes).intoIPCStream());
const readMs = performance.now() - start;
if (back.numRows !== rows) throw new Error(`read back ${back.numRows} rows, not ${rows}`);
for (const field of table.schema.fields) {
  const a = [...table.getChild(field.name)!];
  const b = [...back.getChild(field.name)!];
  for (let i = 0; i < rows; i++) if (a[i] !== b[i]) throw new Error(`${field.name} row ${i}: ${String(a[i])} written, ${String(b[i])} read back`);
}
console.log(`read back with parquet-wasm in ${readMs.toFixed(0)} ms: every value of the ${table.schema.fields.length} columns equal`);
