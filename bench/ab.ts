/**
 * Compares `classify` of two source trees (this one and `BASE`, e.g. an export of `main`) on the
 * same inputs, in one process: batches of 500 households alternate between the two builds and
 * are timed by CPU time (`process.cpuUsage`), so the load of a shared machine affects both alike.
 * Reports, per path, the 10th percentile and the median µs per household and the median of the
 * paired ratios (this tree / BASE; below 1 is faster).
 *
 *   export BASE=$(mktemp -d) && git -C /work/main archive main | tar -x -C "$BASE" && ln -s "$PWD/node_modules" "$BASE/"
 *   npx tsx bench/ab.ts
 *
 * Paths: answer-level and member-level households as in `bench/classify.ts`, households with an
 * income-proxy score, and invalid households (a `ValidationError` each).
 */
import { classify, getRuleSet } from '../src/index.js';

type Classify = (household: unknown) => { deprivationCount: number };

const base = process.env.BASE;
if (base === undefined) throw new Error('set BASE to the other source tree (see the comment at the top of bench/ab.ts)');
const other = (await import(`${base}/src/index.ts`)) as { classify: Classify };

const INDICATORS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);

// Deterministic pseudo-random inputs (mulberry32), the same as bench/classify.ts.
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
    {
      age: 30 + Math.floor(random() * 30),
      sex: 'male',
      employment: random() < 0.8 ? 'wage-worker' : 'unemployed',
      labourContract: random() < 0.7,
      healthInsurance: random() < 0.9,
      inEducationOrTraining: false,
      educationLevel: 'upper-secondary',
      usesInternet: random() < 0.8,
      dependant: false,
    },
    {
      age: 25 + Math.floor(random() * 30),
      sex: 'female',
      employment: 'self-employed',
      healthInsurance: random() < 0.9,
      inEducationOrTraining: false,
      educationLevel: 'lower-secondary',
      usesInternet: random() < 0.7,
      dependant: false,
    },
    {
      age: 3 + Math.floor(random() * 12),
      sex: 'female',
      healthInsurance: true,
      schoolAttendance: random() < 0.95 ? 'appropriate-level' : 'not-attending',
      stunted: random() < 0.1,
      underweight: false,
      usesInternet: false,
    },
    {
      age: 65 + Math.floor(random() * 15),
      sex: 'male',
      employment: 'not-in-labour-force',
      healthInsurance: true,
      monthlySocialAllowance: random() < 0.5,
      usesInternet: false,
    },
  ],
  dwelling: {
    durability: random() < 0.1 ? 'simple' : 'permanent',
    floorArea: String(20 + Math.floor(random() * 60)),
    safeWater: random() < 0.9,
    hygienicLatrine: random() < 0.85,
    informationMeans: random() < 0.95 ? ['television'] : [],
    hearsLoudspeaker: random() < 0.9,
  },
}));
const scoreLevel = answerLevel.map((household, i) => ({ ...household, income: { score: 20 + (i % 60) } }));
const invalid = answerLevel.map((household, i) => ({ ...household, income: { perCapitaMonthly: i % 2 === 0 ? '1.500.000' : -1 } }));

let sink = 0;
/** CPU µs per household for one batch. */
function time(run: Classify, batch: readonly unknown[]): number {
  const start = process.cpuUsage();
  for (const household of batch) {
    try {
      sink += run(household).deprivationCount;
    } catch {
      sink++;
    }
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / batch.length;
}

const ROUNDS = Number(process.env.ROUNDS ?? 200);
const BATCH = 500;
const quantile = (values: readonly number[], q: number): number => [...values].sort((a, b) => a - b)[Math.floor(values.length * q)]!;
const rows = [];
for (const [name, data] of [
  ['answer-level', answerLevel],
  ['member-level, 4 members', memberLevel],
  ['answer-level, income score', scoreLevel],
  ['invalid (ValidationError)', invalid],
] as const) {
  for (let warm = 0; warm < 3; warm++) {
    time(other.classify, data);
    time(classify as Classify, data);
  }
  const theirs: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const offset = (round * BATCH) % (data.length - BATCH);
    const batch = data.slice(offset, offset + BATCH);
    // Alternate which build runs first.
    if (round % 2 === 0) {
      ours.push(time(classify as Classify, batch));
      theirs.push(time(other.classify, batch));
    } else {
      theirs.push(time(other.classify, batch));
      ours.push(time(classify as Classify, batch));
    }
  }
  rows.push({
    path: name,
    'BASE p10 µs': quantile(theirs, 0.1).toFixed(3),
    'this p10 µs': quantile(ours, 0.1).toFixed(3),
    'BASE median µs': quantile(theirs, 0.5).toFixed(3),
    'this median µs': quantile(ours, 0.5).toFixed(3),
    'this/BASE (median of pairs)': quantile(
      ours.map((value, i) => value / theirs[i]!),
      0.5,
    ).toFixed(3),
  });
}
console.table(rows);
console.log(`node ${process.version}, ${ROUNDS} rounds of ${BATCH}, sink ${sink > 0 ? 'ok' : 'empty'}`);
