/**
 * Throughput of `classifyMany` + `summarize` (streaming form, `createSummarizer`) over SYNTHETIC
 * households from examples/synthetic.mjs (answer-level; national mix ≈ the 2022 review).
 *
 *   npm run bench:batch                  # 1,000,000 households
 *   npx tsx bench/batch.ts 3000000       # another count
 *
 * Households are generated in chunks of 10,000 outside the timed section; the timed section is
 * `classifyMany(chunk)` + `summarizer.add(row, region)` for every row. Reports households/s on
 * one core and peak memory (max RSS). Target (issue 5): ≥ 400,000 households/s.
 */
import { classifyMany, createSummarizer, renderSummary } from '../src/index.js';
import { generateHouseholds, type SyntheticRecord } from '../examples/synthetic.mjs';

const count = Number(process.argv[2] ?? 1_000_000);
const CHUNK = Number(process.env.CHUNK ?? 1000);

const summarizer = createSummarizer();
const generator = generateHouseholds({ seed: 2022, count });
let classifyNs = 0n;
let cpuMicros = 0;
let summarizeNs = 0n;
let done = 0;
let failed = 0;
const chunk: SyntheticRecord[] = [];
const households: unknown[] = [];

// Warm-up (JIT) on a separate seed, not counted.
for (const row of classifyMany([...generateHouseholds({ seed: 1, count: 20_000 })].map((r) => r.household))) if (!row.ok) failed--;
failed = 0;

const wall = process.hrtime.bigint();
for (;;) {
  chunk.length = 0;
  households.length = 0;
  for (let i = 0; i < CHUNK; i++) {
    const next = generator.next();
    if (next.done === true) break;
    chunk.push(next.value);
    households.push(next.value.household);
  }
  if (chunk.length === 0) break;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const rows = classifyMany(households);
  const t1 = process.hrtime.bigint();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!row.ok) failed++;
    summarizer.add(row, chunk[i]!.region);
  }
  const t2 = process.hrtime.bigint();
  const c = process.cpuUsage(c0);
  cpuMicros += c.user + c.system;
  classifyNs += t1 - t0;
  summarizeNs += t2 - t1;
  done += chunk.length;
}
const t3 = process.hrtime.bigint();
const summary = summarizer.finish();
const finishNs = process.hrtime.bigint() - t3;
const wallNs = process.hrtime.bigint() - wall;

const seconds = (ns: bigint): number => Number(ns) / 1e9;
const timed = classifyNs + summarizeNs + finishNs;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const maxRssMb = process.resourceUsage().maxRSS / 1024;

console.log(`households                      ${fmt(done)} (failed ${failed})`);
console.log(`classifyMany                    ${seconds(classifyNs).toFixed(2)} s  → ${fmt(done / seconds(classifyNs))} households/s`);
console.log(`summarize (add per row)         ${seconds(summarizeNs).toFixed(2)} s  → ${fmt(done / seconds(summarizeNs))} rows/s`);
console.log(`summarize (finish, ${summary.groups.length} groups)     ${(Number(finishNs) / 1e6).toFixed(1)} ms`);
console.log(`classifyMany + summarize        ${seconds(timed).toFixed(2)} s  → ${fmt(done / seconds(timed))} households/s (target ≥ 400,000)`);
console.log(
  `  per CPU second (user + sys)   ${fmt(done / (cpuMicros / 1e6))} households/CPU-s (load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')})`,
);
console.log(`wall incl. synthetic generation ${seconds(wallNs).toFixed(2)} s`);
console.log(`peak memory (max RSS)           ${maxRssMb.toFixed(0)} MB`);
console.log(
  `poor ${summary.categories.poor.share?.slice(0, 6)}, near-poor ${summary.categories['near-poor'].share?.slice(0, 6)} (synthetic; targets ≈ 0.040 / 0.035)`,
);
console.log(`node ${process.version}`);
if (process.argv.includes('--print')) console.log(renderSummary(summary, { locale: 'en' }));
