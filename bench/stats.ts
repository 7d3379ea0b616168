/**
 * Weighted summaries with standard errors for 1,000,000 SYNTHETIC households
 * (examples/synthetic.mjs; invented data), one scenario per child process so each peak memory
 * is its own:
 *
 *   npx tsx bench/stats.ts                 # every scenario, 1,000,000 households
 *   npx tsx bench/stats.ts 200000          # another count
 *   npx tsx bench/stats.ts 1000000 psu     # one scenario
 *
 * Scenarios (each `createSummarizer(options)` + `add(row)` per household + `finish()`):
 *   plain    no survey options (the unweighted summary, for comparison)
 *   srs      decimal weights (3 places) and sizes: households and persons, SEs with every
 *            household its own PSU (row cells)
 *   strata   weights, sizes, 126 strata (63 provinces × urban/rural), no PSUs
 *   psu      weights, sizes, 126 strata, 20,000 PSUs of 50 households, by region (add(row, region))
 *   measures as psu, plus a nested weighting with 3 cuts
 *
 * Classification is not timed: 20,000 synthetic households are classified once and cycled; the
 * survey fields are made per row (weight, size, stratum, PSU). Reports the wall and CPU time of
 * the `add` loop and of `finish`, rows/s (wall), and peak memory (max RSS of the scenario's
 * process). On a shared machine compare CPU times: wall times grow with the load average.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { classifyMany, createSummarizer, type BatchResult, type SummarizeOptions } from '../src/index.js';
import { generateHouseholds } from '../examples/synthetic.mjs';

const count = Number(process.argv[2] ?? 1_000_000);
const only = process.argv[3];
const SCENARIOS = ['plain', 'srs', 'strata', 'psu', 'measures'] as const;
type Scenario = (typeof SCENARIOS)[number];

function run(scenario: Scenario): void {
  const POOL = 20_000;
  const pool: { row: BatchResult; region: string; size: number }[] = [];
  const generated = [...generateHouseholds({ seed: 2022, count: POOL })];
  classifyMany(generated.map((g) => g.household)).forEach((row, i) =>
    pool.push({ row, region: generated[i]!.region, size: (generated[i]!.household as { size: number }).size }),
  );
  const options: SummarizeOptions =
    scenario === 'plain'
      ? {}
      : scenario === 'srs'
        ? { weight: 'weight', size: 'size' }
        : scenario === 'strata'
          ? { weight: 'weight', size: 'size', strata: 'stratum' }
          : {
              weight: 'weight',
              size: 'size',
              strata: 'stratum',
              psu: 'psu',
              ...(scenario === 'measures' ? { measures: [{ name: 'nested', weights: 'nested' as const, k: '1/3', cuts: ['1/5', '1/2'] }] } : {}),
            };
  const summarizer = createSummarizer(options);
  // Deterministic design fields per row: 3-decimal weights, 126 strata, PSUs of 50 households.
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 4294967296;
  };
  const fields = { weight: '', stratum: '', psu: '' };
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const { row, region, size } = pool[i % POOL]!;
    fields.weight = (50 + next() * 400).toFixed(3);
    const psu = Math.floor(i / 50);
    fields.stratum = `s${psu % 126}`;
    fields.psu = `p${psu}`;
    // By region (the key given to add, as the command line does) in the psu scenarios.
    const key = scenario === 'psu' || scenario === 'measures' ? region : undefined;
    summarizer.add(row, key, scenario === 'plain' ? undefined : { weight: fields.weight, size, stratum: fields.stratum, psu: fields.psu });
  }
  const t1 = process.hrtime.bigint();
  const c1 = process.cpuUsage(c0);
  const summary = summarizer.finish();
  const t2 = process.hrtime.bigint();
  const c2 = process.cpuUsage(c0);
  const cpu = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1e6;
  const addS = Number(t1 - t0) / 1e9;
  const finishS = Number(t2 - t1) / 1e9;
  const rss = process.resourceUsage().maxRSS / 1024;
  const poor = summary.survey?.households.categories.poor;
  console.log(
    [
      scenario.padEnd(9),
      `add ${addS.toFixed(2)} s (CPU ${cpu(c1).toFixed(2)})`.padEnd(24),
      `finish ${finishS.toFixed(2)} s (CPU ${(cpu(c2) - cpu(c1)).toFixed(2)})`.padEnd(27),
      `${Math.round(count / (addS + finishS)).toLocaleString('en-US')} rows/s`.padEnd(18),
      `max RSS ${rss.toFixed(0)} MB`.padEnd(16),
      poor === undefined
        ? `poor ${summary.categories.poor.share?.slice(0, 7)}`
        : `poor ${poor.value?.slice(0, 7)} (SE ${poor.se?.toExponential(2)}), groups ${summary.groups.length}`,
    ].join(' '),
  );
}

if (only !== undefined) run(only as Scenario);
else {
  console.log(`${count.toLocaleString('en-US')} synthetic households, node ${process.version}`);
  for (const scenario of SCENARIOS) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), String(count), scenario], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}
