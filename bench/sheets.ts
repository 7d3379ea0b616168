/**
 * Benchmark of the sheets entry: a commune-style workbook of N households (default 100,000;
 * `tsx bench/sheets.ts 20000` for fewer) is written, then read from disk as a Blob (streamed),
 * classified and written back as the officers' results workbook (results, summary per village,
 * errors). Prints the time of each step, the file sizes and the peak memory (resident set).
 *
 * Usage: npx tsx bench/sheets.ts [households]
 */
import { openAsBlob } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifySheets, findSheets, readWorkbook, streamWorkbook, writeResultsWorkbook, type WriteCell } from '../src/sheets/index.js';
import { getRuleSet } from '../src/index.js';

const households = Number(process.argv[2] ?? 100_000);
const ruleSet = getRuleSet('vn-2022-2025');
const indicatorNames = ruleSet.indicators.map((indicator) => ruleSet.messages.vi[`indicator.${indicator.id}.name`]!);

let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 20);

/** A small deterministic generator (mulberry32), so every run reads the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function* inputRows(): AsyncGenerator<WriteCell[], void, undefined> {
  const next = random(2025);
  yield ['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Thôn', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân đầu người/tháng', ...indicatorNames, 'Ghi chú'];
  for (let i = 1; i <= households; i++) {
    const rural = next() < 0.7;
    const income = Math.round((rural ? 600_000 : 900_000) + next() * 2_800_000);
    const ticks = indicatorNames.map(() => (next() < 0.18 ? 'x' : ''));
    yield [
      i,
      `H${String(i).padStart(6, '0')}`,
      `Chủ hộ ${i}`,
      `Thôn ${1 + Math.floor(next() * 40)}`,
      rural ? 'Nông thôn' : 'Thành thị',
      1 + Math.floor(next() * 7),
      income,
      ...ticks,
      next() < 0.05 ? 'hộ mới tách' : '',
    ];
  }
}

async function writeFile(path: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    for await (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'chuan-ngheo-sheets-'));
try {
  const input = join(dir, 'ra-soat.xlsx');
  const output = join(dir, 'ket-qua.xlsx');
  let t = performance.now();
  await writeFile(input, streamWorkbook([{ name: 'Hộ gia đình', rows: inputRows() }]));
  const writeInput = performance.now() - t;
  const inputSize = (await stat(input)).size;
  peak = 0;
  const baseline = process.memoryUsage().rss;
  // Reading and classifying alone (no output), to separate the cost of writing.
  t = performance.now();
  const readOnly = await classifySheets(findSheets(await readWorkbook(await openAsBlob(input))), { blank: 'not-deprived' });
  for await (const row of readOnly.results()) if (row.index < 0) throw new Error('unreachable');
  const readClassify = performance.now() - t;

  t = performance.now();
  const book = await readWorkbook(await openAsBlob(input));
  const run = await classifySheets(findSheets(book), { blank: 'not-deprived' });
  await writeFile(output, writeResultsWorkbook(run));
  const pipeline = performance.now() - t;
  sample();
  const outputSize = (await stat(output)).size;
  const report = run.report;
  if (report.rows !== households || report.classified + report.failed !== report.rows) throw new Error(`rows in ${households} ≠ rows out ${report.rows}`);

  const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
  console.log(`households: ${households.toLocaleString('en')}  (node ${process.version}, ${process.arch})`);
  console.log(`write input workbook: ${(writeInput / 1000).toFixed(2)} s, ${mb(inputSize)} MiB`);
  console.log(`read XLSX → classify (no output): ${(readClassify / 1000).toFixed(2)} s`);
  console.log(
    `read XLSX → classify → write results XLSX: ${(pipeline / 1000).toFixed(2)} s (${Math.round(households / (pipeline / 1000)).toLocaleString('en')} households/s), output ${mb(outputSize)} MiB`,
  );
  console.log(`classified ${report.classified}, failed ${report.failed}, blank cells read as not deprived ${report.blankCells}`);
  console.log(
    `peak resident memory while reading, classifying and writing: ${mb(peak)} MiB (${mb(peak - baseline)} MiB above the ${mb(baseline)} MiB before it); process max RSS ${mb(process.resourceUsage().maxRSS * 1024)} MiB`,
  );
} finally {
  clearInterval(timer);
  await rm(dir, { recursive: true, force: true });
}
