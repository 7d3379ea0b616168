#!/usr/bin/env node
/**
 * SYNTHETIC households — invented data for demos, tests and benchmarks. NOT real survey data.
 *
 * A seeded, deterministic generator of answer-level households (area, size, per-capita monthly
 * income, one answer per indicator of vn-2022-2025) whose national mix is roughly that of the
 * 2022 review under Decree 07/2021/NĐ-CP: poor ≈ 4.0 %, near-poor ≈ 3.5 %, with 2022 poor rates
 * by region (domain reference, section 7: Northern Midlands & Mountains 14.23 %, Central
 * Highlands 8.39 %, North Central & Central Coast 4.99 %, Mekong Delta 2.26 %, Red River Delta
 * 1.00 %, South-East 0.21 %). Region household shares, urban shares, the regional near-poor
 * rates (0.5 × poor rate + 1.5 points) and the deprivation patterns are assumptions made up for
 * this generator: they are plausible, not statistics.
 *
 * Each household is built to fall in a drawn category under vn-2022-2025 (income lines
 * 1,500,000 / 2,000,000 đồng, average-band ceilings 2,250,000 / 3,000,000, cut 3 indicators),
 * so the mix after classification matches the targets up to sampling noise.
 *
 * Library use:
 *   import { generateHouseholds } from './examples/synthetic.mjs';
 *   for (const { region, household } of generateHouseholds({ seed: 1, count: 1000 })) …
 *
 * Command line (writes to stdout):
 *   node examples/synthetic.mjs --count 1000000 --seed 2022 --format csv   > households.csv
 *   node examples/synthetic.mjs --count 1000 --format jsonl               > households.jsonl
 *   Options: --unknown-rate 0.01 (blank answers), --invalid-rate 0.001 (deliberately bad rows)
 *
 * @module
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { INDICATOR_IDS } from './fixtures.mjs';

/** Indicator ids of vn-2022-2025, in the legal text's order (the CSV column order). */
export const INDICATORS = INDICATOR_IDS;

/**
 * Regions: code, name, share of households (assumed), urban share (assumed), 2022 poor rate
 * (domain reference §7, confidence B) and near-poor rate (assumed: 0.5 × poor + 1.5 points).
 */
export const REGIONS = Object.freeze(
  [
    { code: 'NMM', name: 'Northern Midlands and Mountains', households: 0.125, urban: 0.2, poor: 0.1423 },
    { code: 'CH', name: 'Central Highlands', households: 0.06, urban: 0.29, poor: 0.0839 },
    { code: 'NCCC', name: 'North Central and Central Coast', households: 0.21, urban: 0.28, poor: 0.0499 },
    { code: 'MD', name: 'Mekong Delta', households: 0.18, urban: 0.26, poor: 0.0226 },
    { code: 'RRD', name: 'Red River Delta', households: 0.235, urban: 0.37, poor: 0.01 },
    { code: 'SE', name: 'South-East', households: 0.19, urban: 0.63, poor: 0.0021 },
  ].map((region) => Object.freeze({ ...region, nearPoor: region.poor * 0.5 + 0.015 })),
);

/** Share of households in the average-living band (assumed). */
const AVERAGE_SHARE = 0.09;

/** Lines of vn-2022-2025 (đồng per person per month): poverty line and average-band ceiling. */
const LINES = Object.freeze({ rural: [1_500_000, 2_250_000], urban: [2_000_000, 3_000_000] });

/** Relative chance of each indicator among deprivations (assumed; roughly the review reports' pattern). */
const WEIGHTS = [6, 9, 3, 8, 9, 3, 4, 3, 5, 8, 3, 4];
const CUMULATIVE = WEIGHTS.map(
  (
    (sum) => (weight) =>
      (sum += weight)
  )(0),
);
const WEIGHT_TOTAL = CUMULATIVE[CUMULATIVE.length - 1];

/** mulberry32: a small, fast, seeded 32-bit generator returning floats in [0, 1). */
export function rng(seed) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(random, items, weightOf) {
  let u = random();
  for (const item of items) {
    u -= weightOf(item);
    if (u < 0) return item;
  }
  return items[items.length - 1];
}

/** Draws `count` distinct indicators (weighted, without replacement); returns their positions. */
function drawDeprivations(random, count) {
  const chosen = new Set();
  while (chosen.size < count) {
    const u = random() * WEIGHT_TOTAL;
    let i = 0;
    while (CUMULATIVE[i] <= u) i++;
    chosen.add(i);
  }
  return chosen;
}

/** An integer amount in [low, high], in steps of 1,000 đồng. */
function amount(random, low, high) {
  const steps = Math.floor((high - low) / 1000);
  return low + 1000 * Math.floor(random() * (steps + 1));
}

/**
 * Generates synthetic answer-level households, deterministically for a given seed.
 *
 * @param {{ seed?: number, count?: number, unknownRate?: number, invalidRate?: number }} [options]
 *   `unknownRate`: chance that an answer is left blank (unknown); `invalidRate`: chance that a
 *   household is deliberately invalid (negative size or a bad income), to exercise error paths.
 * @returns {Generator<{ index: number, region: string, target: string, household: object }>}
 *   `target` is the category the household was built for (a valid row always classifies so
 *   under vn-2022-2025 when no answer is blank).
 */
export function* generateHouseholds({ seed = 2022, count = 1000, unknownRate = 0, invalidRate = 0 } = {}) {
  const random = rng(seed);
  for (let index = 0; index < count; index++) {
    const region = pick(random, REGIONS, (r) => r.households);
    const area = random() < region.urban ? 'urban' : 'rural';
    const [line, ceiling] = LINES[area];
    const size = 1 + Math.min(7, Math.floor(-Math.log(1 - random()) * 2.6));
    const u = random();
    let target;
    let income;
    let deprived;
    if (u < region.poor) {
      target = 'poor';
      income = amount(random, 400_000, line);
      deprived = 3 + Math.floor(random() * 4);
    } else if (u < region.poor + region.nearPoor) {
      target = 'near-poor';
      income = amount(random, 600_000, line);
      deprived = Math.floor(random() * 3);
    } else if (u < region.poor + region.nearPoor + AVERAGE_SHARE) {
      target = 'average';
      income = amount(random, line + 1000, ceiling);
      deprived = Math.floor(random() * random() * 5);
    } else {
      target = 'above-average';
      income = amount(random, ceiling + 1000, ceiling * 6);
      deprived = Math.floor(random() * random() * 3);
    }
    const positions = drawDeprivations(random, deprived);
    const deprivations = {};
    for (let i = 0; i < INDICATORS.length; i++) {
      deprivations[INDICATORS[i]] = unknownRate > 0 && random() < unknownRate ? null : positions.has(i);
    }
    const household = { id: `SYN-${String(index + 1).padStart(8, '0')}`, area, size, income: { perCapitaMonthly: income }, deprivations };
    if (invalidRate > 0 && random() < invalidRate) {
      if (random() < 0.5) household.size = 0;
      else household.income = { perCapitaMonthly: '1.500.000' };
    }
    yield { index, region: region.code, target, household };
  }
}

/** The CSV header of {@link csvLine} (the CLI's flat answer-level layout plus a `region` column). */
export function csvHeader() {
  return ['id', 'region', 'area', 'size', 'perCapitaMonthly', ...INDICATORS].join(',');
}

/** One generated household as a CSV line (answers 1/0/blank). */
export function csvLine({ region, household }) {
  const answers = INDICATORS.map((id) => {
    const answer = household.deprivations[id];
    return answer === true ? '1' : answer === false ? '0' : '';
  });
  return [household.id, region, household.area, household.size, household.income.perCapitaMonthly, ...answers].join(',');
}

async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '2022' },
      format: { type: 'string', default: 'csv' },
      'unknown-rate': { type: 'string', default: '0' },
      'invalid-rate': { type: 'string', default: '0' },
    },
  });
  const options = {
    count: Number(values.count),
    seed: Number(values.seed),
    unknownRate: Number(values['unknown-rate']),
    invalidRate: Number(values['invalid-rate']),
  };
  if (!Number.isSafeInteger(options.count) || options.count < 0 || !Number.isFinite(options.seed)) {
    process.stderr.write('usage: node examples/synthetic.mjs [--count N] [--seed S] [--format csv|jsonl] [--unknown-rate R] [--invalid-rate R]\n');
    process.exitCode = 2;
    return;
  }
  const csv = values.format === 'csv';
  let buffer = csv ? `${csvHeader()}\n` : '';
  for (const record of generateHouseholds(options)) {
    buffer += csv ? `${csvLine(record)}\n` : `${JSON.stringify(record.household)}\n`;
    if (buffer.length > 1 << 16) {
      if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
