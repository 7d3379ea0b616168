/**
 * The columnar path against a numpy implementation of the same rule and against classifyMany,
 * on the same SYNTHETIC households (bench/columns-data.ts), in one run; exactness checked against
 * an integer (BigInt) reference on every household.
 *
 *   npx tsx bench/columns.ts                      # 1,000,000 households
 *   npx tsx bench/columns.ts 1000000 --repeat 7   # repetitions of each timed step (best and median)
 *   npx tsx bench/columns.ts --country 3000000    # the whole-country run: read, classify, summarise
 *   PYTHON=/usr/bin/python3 (default)             # the interpreter with numpy (Debian python3-numpy)
 *
 * The data file is written once to $CHUAN_NGHEO_BENCH_DIR (default: the system temp directory)
 * and read by both sides. Targets (issue 16): columnar ≥ 2× numpy, ≥ 10× classifyMany; the
 * whole country (27,000,000 households) classified and summarised in ≤ 30 s.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyColumns, classifyMany, createColumnSummarizer, summarize, summarizeColumns } from '../src/index.js';
import type { HouseholdColumns, Summary } from '../src/index.js';
import { ensureFile, INDICATORS, LINES, readColumns, type ColumnsFile } from './columns-data.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const country = flag('--country');
// The household count: `--country N`, or the first bare number that is not a flag's value.
const bare = args.find((arg, i) => /^\d+$/.test(arg) && (i === 0 || !args[i - 1]!.startsWith('--')));
const rows = Number(country ?? bare ?? 1_000_000);
const repeat = Number(flag('--repeat') ?? 5);
const python = process.env.PYTHON ?? '/usr/bin/python3';
const dir = process.env.CHUAN_NGHEO_BENCH_DIR ?? join(tmpdir(), 'chuan-ngheo-bench');
const file = join(dir, `households-${rows}.cncol`);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (seconds: number): string => `${(seconds * 1000).toFixed(1)} ms`;
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

if (!existsSync(file)) {
  const t = performance.now();
  ensureFile(file, rows);
  console.log(`generated ${file} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

function columnsOf(data: ColumnsFile, from = 0, to = data.rows): HouseholdColumns {
  const answers: Record<string, Uint8Array> = {};
  for (const id of INDICATORS) answers[id] = data.answers[id]!.subarray(from, to);
  return {
    area: data.area.subarray(from, to),
    size: data.size.subarray(from, to),
    income: { form: 'householdMonthly', values: data.incomeCents.subarray(from, to), scale: 2 },
    answers,
  };
}

/** Timings of `times` runs: wall and CPU (user + system of this process) seconds, best and median. */
interface Timing {
  readonly best: number;
  readonly median: number;
  readonly cpuBest: number;
  readonly cpuMedian: number;
}

function timed<T>(times: number, run: () => T): Timing & { result: T } {
  const wall: number[] = [];
  const cpu: number[] = [];
  let result!: T;
  for (let i = 0; i < times; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    result = run();
    wall.push((performance.now() - t) / 1000);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1e6);
  }
  const sorted = (list: number[]): number[] => [...list].sort((a, b) => a - b);
  const half = Math.floor(times / 2);
  return { result, best: sorted(wall)[0]!, median: sorted(wall)[half]!, cpuBest: sorted(cpu)[0]!, cpuMedian: sorted(cpu)[half]! };
}

// ---------------------------------------------------------------------------------------------
if (country !== undefined) {
  // The whole-country run: read the file, classify and summarise by region in batches of 1,000,000.
  const regions = ['NMM', 'CH', 'NCCC', 'MD', 'RRD', 'SE'];
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const data = readColumns(file);
  const t1 = performance.now();
  const summarizer = createColumnSummarizer();
  const BATCH = 1_000_000;
  for (let from = 0; from < data.rows; from += BATCH) {
    const to = Math.min(data.rows, from + BATCH);
    const columns = columnsOf(data, from, to);
    summarizer.add(columns, classifyColumns(columns), { codes: data.region.subarray(from, to), labels: regions });
  }
  const summary = summarizer.finish();
  const t2 = performance.now();
  const used = process.cpuUsage(cpu);
  const seconds = (t2 - t0) / 1000;
  console.log(`households                         ${fmt(data.rows)} (${summary.groups.length} regions, ${fmt(summary.classified)} classified)`);
  console.log(`read the file                      ${ms((t1 - t0) / 1000)}`);
  console.log(`classify + summarise by region     ${ms((t2 - t1) / 1000)}`);
  console.log(
    `total                              ${seconds.toFixed(2)} s  → ${fmt(data.rows / seconds)} households/s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s)`,
  );
  console.log(`27,000,000 households (linear)     ${((seconds * 27_000_000) / data.rows).toFixed(1)} s (target ≤ 30 s)`);
  console.log(`peak memory (max RSS)              ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log(
    `poor ${summary.categories.poor.share?.slice(0, 6)}, near-poor ${summary.categories['near-poor'].share?.slice(0, 6)}, undetermined ${summary.categories.undetermined.share?.slice(0, 6)}`,
  );
  console.log(`node ${process.version}, load average ${load()}`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
const data = readColumns(file);
const columns = columnsOf(data);
console.log(`${fmt(rows)} SYNTHETIC households (householdMonthly, hundredths of a đồng), load average ${load()}`);

/** The integer reference: every comparison in BigInt, the rule written out by hand. */
function reference(): Uint8Array {
  const out = new Uint8Array(rows);
  const lines = LINES.map(([poverty, ceiling]) => [BigInt(poverty) * 100n, BigInt(ceiling) * 100n] as const);
  const answers = INDICATORS.map((id) => data.answers[id]!);
  for (let i = 0; i < rows; i++) {
    const size = BigInt(data.size[i]!);
    const income = data.incomeCents[i]!;
    const [poverty, ceiling] = lines[data.area[i]!]!;
    let deprived = 0;
    let unknown = 0;
    for (const column of answers) {
      if (column[i] === 1) deprived++;
      else if (column[i] === 2) unknown++;
    }
    if (income <= poverty * size) out[i] = deprived >= 3 ? 0 : deprived + unknown < 3 ? 1 : 4;
    else out[i] = income <= ceiling * size ? 2 : 3;
  }
  return out;
}

const exact = reference();
const differences = (a: Uint8Array, b: Uint8Array): number => {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
};

// numpy, then the columnar path, twice (interleaved), each with `repeat` repetitions per step.
interface NumpyRun {
  numpy: string;
  python: string;
  exact: Timing;
  exactWhere: Timing & { differ: number };
  float64: Timing & { differ: number };
  float32: Timing & { differ: number };
  exactWithSummary: Timing;
  summary: { categories: number[]; afPoor: number };
}
const numpyOut = join(dir, `numpy-categories-${rows}.u1`);
const numpyRuns: NumpyRun[] = [];
const columnarRuns: { classify: Timing; withSummary: Timing }[] = [];
let summaryColumns: Summary | undefined;
for (let round = 0; round < 2; round++) {
  numpyRuns.push(
    JSON.parse(
      execFileSync(python, [join(import.meta.dirname, 'peer', 'numpy_classify.py'), file, '--repeat', String(repeat), '--out', numpyOut], { encoding: 'utf8' }),
    ) as NumpyRun,
  );
  const classify = timed(repeat, () => classifyColumns(columns));
  const withSummary = timed(repeat, () => summarizeColumns(columns, classifyColumns(columns)));
  summaryColumns = withSummary.result;
  columnarRuns.push({ classify, withSummary });
}
const columnar = classifyColumns(columns);
const numpyCategories = new Uint8Array(readFileSync(numpyOut));

// classifyMany + summarize on the same households as objects (built outside the timed section).
function centsText(cents: bigint): string {
  const whole = cents / 100n;
  const rest = cents % 100n;
  return rest === 0n ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0+$/, '')}`;
}
const households = Array.from({ length: rows }, (_, i) => {
  const deprivations: Record<string, boolean | null> = {};
  for (const id of INDICATORS) {
    const code = data.answers[id]![i];
    deprivations[id] = code === 1 ? true : code === 0 ? false : null;
  }
  return { area: data.area[i] === 0 ? 'rural' : 'urban', size: data.size[i]!, income: { householdMonthly: centsText(data.incomeCents[i]!) }, deprivations };
});
const objects = timed(1, () => {
  const batch = classifyMany(households);
  return { batch, summary: summarize(batch) };
});
const CODE = { poor: 0, 'near-poor': 1, average: 2, 'above-average': 3, undetermined: 4 } as const;
const objectCategories = Uint8Array.from(objects.result.batch, (row) => (row.ok ? CODE[row.result.category] : 255));

// The same columns with the income as decimal strings (đồng), and classifyColumns on those.
const strings = { ...columns, income: { form: 'householdMonthly' as const, values: households.map((household) => household.income.householdMonthly) } };
const fromStrings = timed(repeat, () => classifyColumns(strings));

const rate = (seconds: number): string => `${fmt(rows / seconds)}/s`;
const line = (name: string, t: Timing): void => {
  console.log(`${name.padEnd(46)} ${ms(t.best).padStart(10)} ${ms(t.median).padStart(10)} ${ms(t.cpuBest).padStart(10)} ${rate(t.best).padStart(14)}`);
};
console.log('');
console.log(`${'step'.padEnd(46)} ${'wall best'.padStart(10)} ${'median'.padStart(10)} ${'CPU best'.padStart(10)} ${'households'.padStart(14)}`);
numpyRuns.forEach((run, i) => {
  line(`numpy exact int64, table (round ${i + 1})`, run.exact);
  line(`numpy exact int64, np.where (round ${i + 1})`, run.exactWhere);
  line(`numpy float64 per-capita (round ${i + 1})`, run.float64);
  line(`numpy float32 per-capita (round ${i + 1})`, run.float32);
  line(`numpy exact + summary (round ${i + 1})`, run.exactWithSummary);
  line(`classifyColumns, int64 hundredths (round ${i + 1})`, columnarRuns[i]!.classify);
  line(`classifyColumns + summarizeColumns (round ${i + 1})`, columnarRuns[i]!.withSummary);
});
line('classifyColumns, decimal strings', fromStrings);
line('classifyMany + summarize (objects, once)', objects);

const min = (list: number[]): number => Math.min(...list);
const ratios = (label: string, theirs: (pick: (t: Timing) => number) => number, ours: (pick: (t: Timing) => number) => number, target: string): void => {
  const wall = theirs((t) => t.best) / ours((t) => t.best);
  const cpu = theirs((t) => t.cpuBest) / ours((t) => t.cpuBest);
  console.log(`${label.padEnd(52)} wall ${wall.toFixed(2)}×, CPU ${cpu.toFixed(2)}×${target}`);
};
console.log('');
const numpyExact = (pick: (t: Timing) => number): number => min(numpyRuns.map((run) => pick(run.exact)));
const numpyWhere = (pick: (t: Timing) => number): number => min(numpyRuns.map((run) => pick(run.exactWhere)));
const numpyFastest = (pick: (t: Timing) => number): number =>
  min(numpyRuns.flatMap((run) => [pick(run.exact), pick(run.exactWhere), pick(run.float64), pick(run.float32)]));
const numpySummary = (pick: (t: Timing) => number): number => min(numpyRuns.map((run) => pick(run.exactWithSummary)));
const ours = (pick: (t: Timing) => number): number => min(columnarRuns.map((run) => pick(run.classify)));
const oursSummary = (pick: (t: Timing) => number): number => min(columnarRuns.map((run) => pick(run.withSummary)));
ratios('classifyColumns vs numpy exact, np.where', numpyWhere, ours, '  (target ≥ 2×)');
ratios('classifyColumns vs numpy exact, threshold table', numpyExact, ours, '');
ratios('classifyColumns vs the fastest numpy variant', numpyFastest, ours, '');
ratios('classifyColumns + summarizeColumns vs numpy + summary', numpySummary, oursSummary, '');
ratios('columnar + summary vs classifyMany + summarize', (pick) => pick(objects), oursSummary, '  (target ≥ 10×)');
ratios(
  'classifyColumns (strings) vs classifyMany + summarize',
  (pick) => pick(objects),
  (pick) => pick(fromStrings),
  '',
);
console.log('');
console.log('exactness against the integer (BigInt) reference: households whose category differs');
const columnarDiff = differences(columnar.category, exact);
const stringsDiff = differences(fromStrings.result.category, exact);
console.log(`  classifyColumns (int64)    ${columnarDiff}`);
console.log(`  classifyColumns (strings)  ${stringsDiff}`);
console.log(`  classifyMany               ${differences(objectCategories, exact)}`);
console.log(`  numpy exact int64          ${differences(numpyCategories, exact)} (np.where variant: ${numpyRuns[0]!.exactWhere.differ} differ from it)`);
console.log(`  numpy float64              ${numpyRuns[0]!.float64.differ} (differ from numpy exact)`);
console.log(`  numpy float32              ${numpyRuns[0]!.float32.differ} (differ from numpy exact)`);
const same = JSON.stringify(summaryColumns) === JSON.stringify(objects.result.summary);
console.log(
  `summarizeColumns = summarize(classifyMany(…)): ${same ? 'identical' : 'DIFFERENT'}; poor: numpy ${numpyRuns[0]!.summary.categories[0]}, columnar ${summaryColumns!.categories.poor.count}`,
);
console.log(`node ${process.version}, python ${numpyRuns[0]!.python}, numpy ${numpyRuns[0]!.numpy}, load average ${load()}`);
if (!same || columnarDiff !== 0 || stringsDiff !== 0) process.exitCode = 1;
