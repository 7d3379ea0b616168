/**
 * Throughput of `classify` (validation included) on answer-level and member-level households
 * (4 members and a dwelling), each next to a plain hand-written loop on the same inputs (the
 * floor: what the work would cost with no validation, no evidence and no explanation data), and
 * the share of the input validation (the fast path of src/input/fast.ts) in `classify`.
 *
 *   npm run bench                          # or: npx tsx bench/classify.ts
 *   npx tsx bench/classify.ts --rounds 5   # several rounds: ranges (the machine may be shared)
 *
 * Reports households per second on one core. Targets (issue 16): answer-level ≥ 20 % of the
 * hand-written loop's rate; member-level ≥ 250,000/s on a quiet machine.
 */
import { loadavg } from 'node:os';
import { Decimal } from 'decimal.js';
import { classify, createClassifier, getRuleSet } from '../src/index.js';
import { fastParse } from '../src/input/fast.js';

// The indicator ids come from the rule set itself, in the decree's order.
const RULE_SET = getRuleSet('vn-2022-2025');
const INDICATORS = RULE_SET.indicators.map((indicator) => indicator.id);
const IDS = new Set(INDICATORS);

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
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1] ?? 1) || 1;

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

// The floor: hand-written loops doing only the income comparison and the deprivations, no validation.
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

/**
 * The vn-2022-2025 indicators derived by hand for these households (every fact they need is
 * given; working age is 15 up to 60 for men and 55 for women, which is what the retirement
 * roadmap gives for the ages drawn here), income compared exactly as household ÷ size.
 */
function handWrittenMembers(household: (typeof memberLevel)[number]): string {
  const members = household.members;
  const size = members.length;
  const area = household.area as 'rural' | 'urban';
  const income = new Decimal(household.income.householdMonthly);
  let employment = false;
  let dependants = 0;
  let nutrition = false;
  let uninsured = false;
  let adultEducation = false;
  let school = false;
  let internet = false;
  for (const member of members as readonly Record<string, unknown>[]) {
    const age = member.age as number;
    const working = age >= 15 && age < (member.sex === 'male' ? 60 : 55);
    if (working && (member.employment === 'unemployed' || (member.employment === 'wage-worker' && member.labourContract === false))) employment = true;
    if (member.dependant === true || (member.dependant === undefined && (age <= 15 || member.monthlySocialAllowance === true))) dependants++;
    if (age <= 15 && (member.stunted === true || member.underweight === true)) nutrition = true;
    if (age >= 6 && member.healthInsurance === false) uninsured = true;
    if (
      age >= 16 &&
      age <= 30 &&
      member.inEducationOrTraining === false &&
      (member.educationLevel === 'none' || member.educationLevel === 'primary' || (age >= 19 && member.educationLevel === 'lower-secondary'))
    )
      adultEducation = true;
    if (age >= 3 && age <= 15 && (member.schoolAttendance === 'not-attending' || member.schoolAttendance === 'below-level')) school = true;
    if (member.usesInternet === true) internet = true;
  }
  const dwelling = household.dwelling;
  const flags = [
    employment,
    dependants * 2 > size,
    nutrition,
    uninsured,
    adultEducation,
    school,
    dwelling.durability === 'less-permanent' || dwelling.durability === 'simple',
    new Decimal(dwelling.floorArea).lt(8 * size),
    dwelling.safeWater === false,
    dwelling.hygienicLatrine === false,
    !internet,
    !dwelling.informationMeans.some((means) => means === 'television' || means === 'radio' || means === 'computer' || means === 'smartphone') &&
      dwelling.hearsLoudspeaker === false,
  ];
  let count = 0;
  for (const flag of flags) if (flag) count++;
  if (income.lte(LINES[area].times(size))) return count >= 3 ? 'poor' : 'near-poor';
  return income.lte(CEILINGS[area].times(size)) ? 'average' : 'above-average';
}

// The hand-written loops decide what classify decides on these inputs (checked, not assumed).
const classifier = createClassifier();
const disagree = (list: readonly unknown[], hand: (household: never) => string): number =>
  list.filter((household) => classifier.classify(household).category !== hand(household as never)).length;
const disagreements = { answers: disagree(answerLevel, handWritten), members: disagree(memberLevel, handWrittenMembers) };

let sink = 0;
type Task = readonly [string, () => void];
/** Answer-level tasks, then member-level tasks: each group is measured on its own (in this order). */
const ANSWER_TASKS: readonly Task[] = [
  [
    'classify, answer-level',
    () => {
      for (const household of answerLevel) sink += classify(household).deprivationCount;
    },
  ],
  [
    'hand-written loop, answer-level',
    () => {
      for (const household of answerLevel) sink += handWritten(household).length;
    },
  ],
  [
    'input fast path only, answer-level',
    () => {
      for (const household of answerLevel) sink += fastParse(household, IDS) === undefined ? 0 : 1;
    },
  ],
];
const MEMBER_TASKS: readonly Task[] = [
  [
    'classify, member-level (4 members)',
    () => {
      for (const household of memberLevel) sink += classify(household).deprivationCount;
    },
  ],
  [
    'hand-written loop, member-level',
    () => {
      for (const household of memberLevel) sink += handWrittenMembers(household).length;
    },
  ],
  [
    'input fast path only, member-level',
    () => {
      for (const household of memberLevel) sink += fastParse(household, IDS) === undefined ? 0 : 1;
    },
  ],
];

/**
 * Households per second of every task in one round: the tasks take turns, one 10,000-household
 * pass each, for about `seconds`; each keeps its best pass. Taking turns keeps a busy machine
 * from favouring whichever task ran in a quiet moment.
 */
function measureRound(tasks: readonly Task[], seconds: number): Map<string, number> {
  for (const [, run] of tasks) for (let i = 0; i < 10; i++) run(); // warm-up
  const best = new Map<string, number>(tasks.map(([name]) => [name, Infinity]));
  const until = performance.now() + seconds * 1000;
  do {
    for (const [name, run] of tasks) {
      const t = performance.now();
      run();
      best.set(name, Math.min(best.get(name)!, performance.now() - t));
    }
  } while (performance.now() < until);
  return new Map([...best].map(([name, ms]) => [name, (N / ms) * 1000]));
}

// Each group is measured in a fresh process (`--phase answers|members`), so that the compiled
// code of one kind of household does not slow down the other.
const phase = process.argv[process.argv.indexOf('--phase') + 1];
if (process.argv.includes('--phase')) {
  const rates = measureRound(phase === 'answers' ? ANSWER_TASKS : MEMBER_TASKS, 3);
  process.stdout.write(JSON.stringify({ rates: [...rates], sink: sink > 0 }));
  process.exit(0);
}
const { execFileSync } = await import('node:child_process');
const self = new URL(import.meta.url).pathname;
const runPhase = (name: string): Map<string, number> => {
  const out = JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, '--phase', name], { encoding: 'utf8' })) as {
    rates: [string, number][];
    sink: boolean;
  };
  if (out.sink) sink++;
  return new Map(out.rates);
};
const results = new Map<string, number[]>();
const ratios = { answers: [] as number[], members: [] as number[], parseAnswers: [] as number[], parseMembers: [] as number[] };
for (let round = 0; round < rounds; round++) {
  const rates = new Map([...runPhase('answers'), ...runPhase('members')]);
  for (const [name, rate] of rates) results.set(name, [...(results.get(name) ?? []), rate]);
  ratios.answers.push(rates.get('classify, answer-level')! / rates.get('hand-written loop, answer-level')!);
  ratios.members.push(rates.get('classify, member-level (4 members)')! / rates.get('hand-written loop, member-level')!);
  // Share of classify's time spent in the input fast path: (1 / parse rate) / (1 / classify rate).
  ratios.parseAnswers.push(rates.get('classify, answer-level')! / rates.get('input fast path only, answer-level')!);
  ratios.parseMembers.push(rates.get('classify, member-level (4 members)')! / rates.get('input fast path only, member-level')!);
  console.log(
    `round ${round + 1}: load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const range = (list: readonly number[], show: (n: number) => string): string => {
  const low = Math.min(...list);
  const high = Math.max(...list);
  return low === high ? show(low) : `${show(low)} – ${show(high)}`;
};
const percent = (n: number): string => `${(n * 100).toFixed(0)} %`;
console.table(
  [...results].map(([task, rates]) => ({
    task: `${task} (${N} households)`,
    'households/s': range(rates, fmt),
    'µs/household (best)': (1e6 / Math.max(...rates)).toFixed(2),
  })),
);
console.log(`classify ÷ hand-written loop, answer-level:   ${range(ratios.answers, percent)} (target ≥ 20 %)`);
console.log(`classify ÷ hand-written loop, member-level:   ${range(ratios.members, percent)}`);
console.log(`input fast path share of classify, answers:   ${range(ratios.parseAnswers, percent)}`);
console.log(`input fast path share of classify, members:   ${range(ratios.parseMembers, percent)}`);
console.log(`hand-written loops disagree with classify on ${disagreements.answers} answer-level and ${disagreements.members} member-level households`);
console.log(
  `node ${process.version}, ${rounds} round(s), sink ${sink > 0 ? 'ok' : 'empty'}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
