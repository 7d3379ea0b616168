/**
 * Throughput of `classify` (validation included) on answer-level and member-level households,
 * next to a plain hand-written loop on the same inputs (the floor: what the work would cost with
 * no validation, no evidence and no explanation data).
 *
 *   npm run bench            # or: npx tsx bench/classify.ts
 *
 * Reports households per second on one core. Targets (issue 2): ≥ 500,000/s answer-level,
 * ≥ 250,000/s member-level (4 members).
 */
import { Bench } from 'tinybench';
import { Decimal } from 'decimal.js';
import { classify, getRuleSet } from '../src/index.js';

// The indicator ids come from the rule set itself, in the decree's order.
const INDICATORS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);

// Deterministic pseudo-random inputs (mulberry32), so runs are comparable.
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(2022);
const N = 10_000;

const answerLevel = Array.from({ length: N }, (_, i) => {
  const deprivations: Record<string, boolean> = {};
  for (const id of INDICATORS) deprivations[id] = random() < 0.2;
  return {
    id: i,
    area: random() < 0.6 ? 'rural' : 'urban',
    size: 1 + Math.floor(random() * 6),
    income: { perCapitaMonthly: String(800_000 + Math.floor(random() * 3_000_000)) },
    deprivations,
  };
});

const memberLevel = Array.from({ length: N }, (_, i) => ({
  id: i,
  area: random() < 0.6 ? 'rural' : 'urban',
  income: { householdMonthly: String(3_000_000 + Math.floor(random() * 10_000_000)) },
  members: [
    { age: 30 + Math.floor(random() * 30), sex: 'male', employment: random() < 0.8 ? 'wage-worker' : 'unemployed', labourContract: random() < 0.7, healthInsurance: random() < 0.9, inEducationOrTraining: false, educationLevel: 'upper-secondary', usesInternet: random() < 0.8, dependant: false },
    { age: 25 + Math.floor(random() * 30), sex: 'female', employment: 'self-employed', healthInsurance: random() < 0.9, inEducationOrTraining: false, educationLevel: 'lower-secondary', usesInternet: random() < 0.7, dependant: false },
    { age: 3 + Math.floor(random() * 12), sex: 'female', healthInsurance: true, schoolAttendance: random() < 0.95 ? 'appropriate-level' : 'not-attending', stunted: random() < 0.1, underweight: false, usesInternet: false },
    { age: 65 + Math.floor(random() * 15), sex: 'male', employment: 'not-in-labour-force', healthInsurance: true, monthlySocialAllowance: random() < 0.5, usesInternet: false },
  ],
  dwelling: { durability: random() < 0.1 ? 'simple' : 'permanent', floorArea: String(20 + Math.floor(random() * 60)), safeWater: random() < 0.9, hygienicLatrine: random() < 0.85, informationMeans: random() < 0.95 ? ['television'] : [], hearsLoudspeaker: random() < 0.9 },
}));

// The floor: a hand-written loop doing only the income comparison and the count, no validation.
const LINES = { rural: new Decimal(1_500_000), urban: new Decimal(2_000_000) };
const CEILINGS = { rural: new Decimal(2_250_000), urban: new Decimal(3_000_000) };
function handWritten(household: (typeof answerLevel)[number]): string {
  const income = new Decimal(household.income.perCapitaMonthly);
  const area = household.area as 'rural' | 'urban';
  let count = 0;
  for (const id of INDICATORS) if (household.deprivations[id] === true) count++;
  if (income.lte(LINES[area])) return count >= 3 ? 'poor' : 'near-poor';
  return income.lte(CEILINGS[area]) ? 'average' : 'above-average';
}

let sink = 0;
const bench = new Bench({ time: 2000, warmup: true });
bench
  .add(`classify, answer-level (${N} households)`, () => {
    for (const household of answerLevel) sink += classify(household).deprivationCount;
  })
  .add(`classify, member-level, 4 members (${N} households)`, () => {
    for (const household of memberLevel) sink += classify(household).deprivationCount;
  })
  .add(`hand-written loop, answer-level, no validation (${N} households)`, () => {
    for (const household of answerLevel) sink += handWritten(household).length;
  });

await bench.run();

const rows = bench.tasks.map((task) => {
  const result = task.result as { throughput?: { mean: number }; latency?: { mean: number } } | undefined;
  const perSecond = result?.throughput?.mean !== undefined ? result.throughput.mean * N : 1000 / (result?.latency?.mean ?? Number.NaN) * N;
  return { task: task.name, 'households/s': Math.round(perSecond).toLocaleString('en-US'), 'µs/household': (1e6 / perSecond).toFixed(2) };
});
console.table(rows);
console.log(`node ${process.version}, sink ${sink > 0 ? 'ok' : 'empty'}`);
