/**
 * SYNTHETIC answer-level households (seeded, deterministic; never real data) written as a Parquet
 * or Arrow IPC file, streamed batch by batch (bounded memory), for bench/cli-columnar.sh:
 *
 *   npx tsx bench/cli-columnar-data.ts --count 1000000 --out /tmp/h-1m.parquet
 *   npx tsx bench/cli-columnar-data.ts --count 1000000 --out /tmp/h-1m.arrow
 *
 * Columns: `id` (utf8), `province` (dictionary of 63 codes), `area` (dictionary rural/urban),
 * `size` (uint8), `perCapitaMonthly` (int64 hundredths of a đồng: read with `--income-scale 2`;
 * a share of incomes within a few hundredths of a đồng of a line), the 12 answers of vn-2022-2025
 * (uint8: 0 not deprived, 1 deprived, 2 unknown).
 *
 * Exactness against `classify` is checked by test/cli/columnar.test.ts; this is for speed and memory.
 */
import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as arrow from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import { getRuleSet } from '../src/index.js';

const { values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
const count = Number(values.count ?? 1_000_000);
const out = values.out ?? '/tmp/chuan-ngheo-columnar.parquet';
const BATCH = 1 << 17;
const IDS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);
const PROVINCES = Array.from({ length: 63 }, (_, i) => String(i + 1).padStart(2, '0'));

let state = Number(values.seed ?? 2022) >>> 0;
const random = (): number => {
  // xorshift32
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
};

// vn-2022-2025 lines per person per month, in hundredths of a đồng: rural 1,500,000 / 2,000,000, urban 2,000,000 / 2,600,000 (poverty / near-poverty)
const LINES = { rural: [150_000_000, 200_000_000], urban: [200_000_000, 260_000_000] };

// One dictionary per column for the whole file (an Arrow IPC file allows no replacement dictionary).
const PROVINCE_DICTIONARY = arrow.vectorFromArray(PROVINCES, new arrow.Utf8());
const AREA_DICTIONARY = arrow.vectorFromArray(['rural', 'urban'], new arrow.Utf8());
const PROVINCE_TYPE = new arrow.Dictionary(new arrow.Utf8(), new arrow.Int8(), 0);
const AREA_TYPE = new arrow.Dictionary(new arrow.Utf8(), new arrow.Int8(), 1);

function batchOf(first: number, n: number): arrow.RecordBatch {
  const ids: string[] = new Array(n);
  const province = new Int8Array(n);
  const area = new Int8Array(n);
  const size = new Uint8Array(n);
  const income = new BigInt64Array(n);
  const answers = IDS.map(() => new Uint8Array(n));
  for (let i = 0; i < n; i++) {
    ids[i] = `H${String(first + i).padStart(9, '0')}`;
    province[i] = Math.floor(random() * 63);
    const urban = random() < 0.37;
    area[i] = urban ? 1 : 0;
    size[i] = 1 + Math.floor(random() * 7);
    const lines = urban ? LINES.urban : LINES.rural;
    const r = random();
    // 4 % just around a line (± 3 hundredths), the rest spread from 0.5 to 3 times the higher line.
    const cents = r < 0.04 ? lines[r < 0.02 ? 0 : 1]! + Math.floor(random() * 7) - 3 : Math.floor(lines[1]! * (0.5 + 2.5 * random()));
    income[i] = BigInt(cents);
    for (const column of answers) {
      const a = random();
      column[i] = a < 0.12 ? 1 : a < 0.14 ? 2 : 0;
    }
  }
  const columns: Record<string, arrow.Vector> = {
    id: arrow.vectorFromArray(ids, new arrow.Utf8()),
    province: arrow.makeVector(arrow.makeData({ type: PROVINCE_TYPE, length: n, nullCount: 0, data: province, dictionary: PROVINCE_DICTIONARY })),
    area: arrow.makeVector(arrow.makeData({ type: AREA_TYPE, length: n, nullCount: 0, data: area, dictionary: AREA_DICTIONARY })),
    size: arrow.makeVector(size),
    perCapitaMonthly: arrow.makeVector(income),
  };
  IDS.forEach((id, k) => (columns[id] = arrow.makeVector(answers[k]!)));
  return new arrow.Table(columns).batches[0]!;
}

async function* batches(): AsyncGenerator<arrow.RecordBatch> {
  for (let first = 0; first < count; first += BATCH) yield batchOf(first, Math.min(BATCH, count - first));
}

const started = Date.now();
const handle = await open(out, 'w');
try {
  let bytes: ReadableStream<Uint8Array>;
  if (out.endsWith('.parquet')) {
    const source = ReadableStream.from(
      (async function* () {
        for await (const batch of batches()) yield* parquet.Table.fromIPCStream(arrow.tableToIPC(new arrow.Table([batch]), 'stream')).recordBatches();
      })(),
    );
    const properties = new parquet.WriterPropertiesBuilder()
      .setCompression(parquet.Compression.SNAPPY)
      .setMaxRowGroupSize(1 << 20)
      .build();
    bytes = await parquet.transformParquetStream(source, properties);
  } else {
    bytes = ReadableStream.from(batches()).pipeThrough(arrow.RecordBatchFileWriter.throughDOM() as unknown as TransformStream<arrow.RecordBatch, Uint8Array>);
  }
  for await (const chunk of bytes as unknown as AsyncIterable<Uint8Array>) await handle.write(chunk);
} finally {
  await handle.close();
}
console.error(`wrote ${count.toLocaleString('en')} synthetic households to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
