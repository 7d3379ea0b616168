/**
 * Writes test/fixtures/stats/survey.csv: a synthetic two-round survey (deterministic, seeded)
 * for checking the weighted figures and standard errors against R's `survey` package
 * (scripts/stats/reference.R) in test/stats.reference.test.ts.
 *
 *   npx tsx scripts/stats/make-fixture.ts      # then: Rscript scripts/stats/reference.R
 *
 * Design: 3 regions, 7 strata (one with a single PSU), 2–6 PSUs per stratum, 6–14 households per
 * PSU; weights with up to 3 decimals; sizes 1–8; answer-level deprivations with a few unknown
 * answers; a few invalid rows (an income with thousands separators). Round 2 keeps about 80 % of
 * the households (same id, stratum and PSU; incomes and answers drift) and adds new ones.
 * The category column is the library's classification (the test reclassifies and compares).
 */
import { writeFileSync } from 'node:fs';
import { classifyMany, getRuleSet } from '../../src/index.js';

const RULE_SET = getRuleSet('vn-2022-2025');
const IDS = RULE_SET.indicators.map((indicator) => indicator.id);

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FixtureRow {
  round: number;
  id: string;
  region: string;
  stratum: string;
  psu: string;
  w: string;
  size: number;
  area: 'rural' | 'urban';
  income: string;
  answers: (boolean | null)[];
}

const random = prng(20261201);
const pick = (n: number): number => Math.floor(random() * n);
const PREVALENCE = [0.25, 0.12, 0.06, 0.15, 0.3, 0.05, 0.1, 0.08, 0.2, 0.22, 0.18, 0.07];

function weight(): string {
  // 50–400 with up to 3 decimals.
  return (50 + pick(350_000) / 1000).toFixed(pick(4)).replace(/\.?0+$/, '');
}

function household(round: number, id: string, region: string, stratum: string, psu: string, area: 'rural' | 'urban'): FixtureRow {
  const poorness = random();
  const line = area === 'rural' ? 1_500_000 : 2_000_000;
  const income = Math.round((line * (0.5 + 1.5 * poorness)) / 1000) * 1000;
  const answers: (boolean | null)[] = PREVALENCE.map((p) => random() < p * (1.6 - poorness));
  if (random() < 0.05) answers[pick(12)] = null;
  // 1 in 60: an invalid income (thousands separators): a failed row.
  const text = random() < 1 / 60 ? income.toLocaleString('en-US') : String(income);
  return { round, id, region, stratum, psu, w: weight(), size: 1 + pick(8), area, income: text, answers };
}

function drift(row: FixtureRow): FixtureRow {
  const income = Number(row.income.replace(/,/g, ''));
  const next = Math.round((income * (0.85 + 0.4 * random())) / 1000) * 1000;
  return {
    ...row,
    round: 2,
    w: weight(),
    size: Math.max(1, Math.min(8, row.size + pick(3) - 1)),
    income: random() < 1 / 60 ? next.toLocaleString('en-US') : String(next),
    answers: row.answers.map((answer, i) => (random() < 0.1 ? random() < PREVALENCE[i]! : answer)),
  };
}

export function buildFixture(): FixtureRow[] {
  const rows: FixtureRow[] = [];
  const strata = [
    ['north', 'n-rural', 'rural', 5],
    ['north', 'n-urban', 'urban', 3],
    ['centre', 'c-rural', 'rural', 6],
    ['centre', 'c-urban', 'urban', 1], // a single PSU
    ['south', 's-rural', 'rural', 4],
    ['south', 's-urban', 'urban', 4],
    ['south', 's-delta', 'rural', 2],
  ] as const;
  let serial = 0;
  for (const [region, stratum, area, psus] of strata) {
    for (let p = 1; p <= psus; p++) {
      const psu = `${stratum}-${p}`;
      const n = 6 + pick(9);
      for (let i = 0; i < n; i++) rows.push(household(1, `H${String(++serial).padStart(4, '0')}`, region, stratum, psu, area));
    }
  }
  const second: FixtureRow[] = [];
  for (const row of rows) {
    if (random() < 0.8) second.push(drift(row));
    if (random() < 0.2) second.push({ ...household(2, `H${String(++serial).padStart(4, '0')}`, row.region, row.stratum, row.psu, row.area) });
  }
  return [...rows, ...second];
}

/** The household input of a fixture row. */
export function householdOf(row: FixtureRow): unknown {
  return {
    id: row.id,
    area: row.area,
    size: row.size,
    income: { perCapitaMonthly: /^\d+$/.test(row.income) ? Number(row.income) : row.income },
    deprivations: Object.fromEntries(IDS.map((id, i) => [id, row.answers[i]])),
  };
}

const HEADER = ['round', 'id', 'region', 'stratum', 'psu', 'w', 'size', 'area', 'income', 'category', ...IDS.map((id) => `d_${id.replace(/-/g, '_')}`)];

function main(): void {
  const rows = buildFixture();
  const results = classifyMany(rows.map(householdOf));
  const lines = [HEADER.join(',')];
  rows.forEach((row, i) => {
    const result = results[i]!;
    const category = result.ok ? result.result.category : 'error';
    const income = `"${row.income}"`;
    lines.push(
      [
        row.round,
        row.id,
        row.region,
        row.stratum,
        row.psu,
        row.w,
        row.size,
        row.area,
        income,
        category,
        ...row.answers.map((a) => (a === null ? 'NA' : a ? 1 : 0)),
      ].join(','),
    );
  });
  writeFileSync(new URL('../../test/fixtures/stats/survey.csv', import.meta.url), `${lines.join('\n')}\n`);
  console.log(`wrote ${rows.length} rows`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
