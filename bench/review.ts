/**
 * The annual review over a SYNTHETIC province: 1,000,000 households (examples/synthetic.mjs,
 * national mix ≈ the 2022 review) in 1,000 villages (10 villages a commune, 10 communes a
 * district), with last year's list drawn from each household's category (assumed transition
 * shares, below), escaped households with a history, households missing this year, farm forms
 * and resident totals per village. Reports the review's throughput and memory.
 *
 *   npx tsx bench/review.ts                        # 1,000,000 households, village by village
 *   npx tsx bench/review.ts 200000                 # another count (same 1,000 villages)
 *   npx tsx bench/review.ts 1000000 --whole-list   # last year's list added whole, first
 *   npm run bench:review                           # the same, with heap after GC at 10 checkpoints
 *   npx tsx bench/review.ts 20000 --print          # and print the report (English)
 *
 * Timed: `addPrevious`, `add` and `settle`/`finish` (the review itself). Generating and
 * classifying households (`classifyMany`) is timed separately. "Village by village": each
 * village's list entries, then its households, then `settle()`; memory stays flat because
 * matched entries are released as they match and `settle` releases the rest.
 *
 * Assumed transition shares (made up for the benchmark, not statistics): a household poor this
 * year was poor last year with 0.70, near-poor 0.15, neither 0.15; near-poor this year: poor
 * 0.20, near-poor 0.60, neither 0.20; otherwise poor 0.02, near-poor 0.03. 2 % of last year's
 * "neither" households are listed with a 2022 or 2023 poor year (escaped, can be re-poor); each
 * village has 3 listed households missing this year; 30 % of average households bring a farm form.
 */
import { classifyMany, createReview, renderReviewReport } from '../src/index.js';
import type { CurrentRecord, PreviousRecord } from '../src/index.js';
import { generateHouseholds, rng, type SyntheticRecord } from '../examples/synthetic.mjs';

const count = Number(process.argv[2] ?? 1_000_000);
const wholeList = process.argv.includes('--whole-list');
const VILLAGES = 1000;
const perVillage = Math.ceil(count / VILLAGES);
const gc = (globalThis as { gc?: () => void }).gc;

const groupOf = (village: number) => ({
  huyen: `H${String(Math.floor(village / 100)).padStart(2, '0')}`,
  xa: `X${String(Math.floor(village / 10)).padStart(3, '0')}`,
  thon: `T${String(village).padStart(4, '0')}`,
});

/** Last year's entries for one village's households (plus its 3 missing ones), deterministic. */
function previousFor(records: readonly SyntheticRecord[], village: number): PreviousRecord[] {
  const random = rng(10_000 + village);
  const group = groupOf(village);
  const out: PreviousRecord[] = [];
  for (const { target, household } of records) {
    const u = random();
    const [poor, near] = target === 'poor' ? [0.7, 0.85] : target === 'near-poor' ? [0.2, 0.8] : [0.02, 0.05];
    const id = (household as { id: string }).id;
    if (u < poor) out.push({ id, status: 'poor', group });
    else if (u < near) out.push({ id, status: 'near-poor', group });
    else if (random() < 0.02) out.push({ id, status: 'none', group, history: [{ year: random() < 0.5 ? 2022 : 2023, status: 'poor' }] });
  }
  for (let i = 0; i < 3; i++) out.push({ id: `MISS-${village}-${i}`, status: i === 0 ? 'poor' : 'near-poor', group });
  return out;
}

function currentFor(records: readonly SyntheticRecord[], village: number): CurrentRecord[] {
  const random = rng(20_000 + village);
  const group = groupOf(village);
  const rows = classifyMany(records.map((r) => r.household));
  return rows.map((row, i) => {
    const { target, household } = records[i]!;
    const h = household as { size: number; area: 'rural' | 'urban'; income: { perCapitaMonthly: number } };
    const record: CurrentRecord = { result: row, group, persons: h.size };
    if (target === 'average' && random() < 0.3) {
      record.farm = {
        area: h.area,
        members: h.size,
        occupation: 'agriculture',
        sources: [{ label: 'crops', kind: 'agriculture', gross: h.income.perCapitaMonthly * h.size * 12 + 5_000_000, costs: 5_000_000 }],
      };
    }
    return record;
  });
}

const totals = Array.from({ length: VILLAGES }, (_, v) => ({ group: groupOf(v), households: perVillage + 20, persons: (perVillage + 20) * 4 }));
const review = createReview({
  date: '2025-10-15',
  previousList: { year: 2024, date: '2024-12-20' },
  by: ['huyen', 'xa', 'thon'],
  totals,
  rePoorLookBack: { years: 3 },
  ruleSet: 'vn-2022-2025',
});

let reviewNs = 0n;
let reviewCpuMicros = 0;
let prepareNs = 0n;
let previousEntries = 0;
let done = 0;
const heap: string[] = [];
const generator = generateHouseholds({ seed: 2022, count });
const villageRecords = (): SyntheticRecord[] => {
  const out: SyntheticRecord[] = [];
  for (let i = 0; i < perVillage; i++) {
    const next = generator.next();
    if (next.done === true) break;
    out.push(next.value);
  }
  return out;
};
const time = <T>(run: () => T, into: 'review' | 'prepare'): T => {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = run();
  const ns = process.hrtime.bigint() - t0;
  const c = process.cpuUsage(c0);
  if (into === 'review') {
    reviewNs += ns;
    reviewCpuMicros += c.user + c.system;
  } else prepareNs += ns;
  return value;
};
const checkpoint = (village: number) => {
  if (gc !== undefined && (village + 1) % (VILLAGES / 10) === 0) {
    gc();
    heap.push(`${Math.round(process.memoryUsage().heapUsed / 1048576)}`);
  }
};

const wall = process.hrtime.bigint();
if (wholeList) {
  // Pass 1: the whole list (generated from the same seeds), added before any household.
  const lists: PreviousRecord[][] = [];
  const first = generateHouseholds({ seed: 2022, count });
  for (let v = 0; v < VILLAGES; v++) {
    const records: SyntheticRecord[] = [];
    for (let i = 0; i < perVillage; i++) {
      const next = first.next();
      if (next.done === true) break;
      records.push(next.value);
    }
    lists.push(previousFor(records, v));
  }
  time(() => {
    for (const list of lists) for (const entry of list) review.addPrevious(entry);
  }, 'review');
  previousEntries = lists.reduce((sum, list) => sum + list.length, 0);
  lists.length = 0;
  for (let v = 0; v < VILLAGES; v++) {
    const records = villageRecords();
    const current = time(() => currentFor(records, v), 'prepare');
    time(() => {
      for (const record of current) review.add(record);
    }, 'review');
    done += records.length;
    checkpoint(v);
  }
} else {
  for (let v = 0; v < VILLAGES; v++) {
    const records = villageRecords();
    const previous = time(() => previousFor(records, v), 'prepare');
    const current = time(() => currentFor(records, v), 'prepare');
    time(() => {
      for (const entry of previous) review.addPrevious(entry);
      for (const record of current) review.add(record);
      review.settle();
    }, 'review');
    previousEntries += previous.length;
    done += records.length;
    checkpoint(v);
  }
}
const report = time(() => review.finish(), 'review');
const wallNs = process.hrtime.bigint() - wall;

const seconds = (ns: bigint): number => Number(ns) / 1e9;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const p = report.poorMovement;
console.log(`mode                             ${wholeList ? 'whole list first' : 'village by village, settle after each'}`);
console.log(
  `households                       ${fmt(done)} in ${fmt(VILLAGES)} villages, ${fmt(report.groups.length)} groups; last year's entries ${fmt(previousEntries)}`,
);
console.log(`review (addPrevious+add+settle)  ${seconds(reviewNs).toFixed(2)} s  → ${fmt(done / seconds(reviewNs))} households/s`);
console.log(
  `  per CPU second (user + sys)    ${fmt(done / (reviewCpuMicros / 1e6))} households/CPU-s (load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')})`,
);
console.log(`generate + classifyMany          ${seconds(prepareNs).toFixed(2)} s (not the review)`);
console.log(`wall                             ${seconds(wallNs).toFixed(2)} s`);
console.log(`peak memory (max RSS)            ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (heap.length > 0) console.log(`heap after GC at 10%…100% (MB)   ${heap.join(' ')}`);
console.log(
  `poor: start ${fmt(p.start)} − ${fmt(p.decreases)} + ${fmt(p.increases)} = end ${fmt(p.end)} (${p.start - p.decreases + p.increases === p.end ? 'balanced' : 'NOT BALANCED'}); re-poor ${fmt(p.rePoor)}, missing ${fmt(report.missing.length)}, farm avg. ${fmt(report.farm.averageLiving)}`,
);
console.log(`node ${process.version}`);
if (process.argv.includes('--print')) console.log(renderReviewReport({ ...report, groups: report.groups.filter((g) => g.level === 1) }, { locale: 'en' }));
