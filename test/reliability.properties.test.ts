/**
 * Reliability invariants as fast-check properties, over EVERY built-in rule set
 * (`listRuleSets()`; `vn-2027-2030` is provisional, so classified with `allowProvisional: true`,
 * and its indicators are answer-only):
 *
 * - more income never yields a poorer category (money, and the income-proxy score of
 *   `vn-2022-2025`);
 * - one more deprivation never yields a less poor category;
 * - unknowns: `possibleCategories` is exactly the set of categories over every way the unknown
 *   indicators could resolve (enumerated by re-classifying with answers), and a determined
 *   result never changes when they resolve;
 * - answer-level and member-level inputs that mean the same agree;
 * - the output is deterministic: byte-identical JSON for the same input, a deep copy of it, and
 *   the same data with its keys in another order;
 * - every rule set is deeply frozen (every nested object and array).
 *
 * vn-2022-2025 alone is covered in more depth by test/classify.properties.test.ts; this file
 * generalises the invariants to every rule set, with facts as well as answers.
 */
import fc from 'fast-check';
import { consistentDwelling, consistentMembers, DWELLING_FACTS_2022, maybe, MEMBER_FACTS_2022 } from './helpers/arbitraries.js';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { classify, listRuleSets } from '../src/index.js';
import type { Category, Classification, ClassifyOptions, RuleSet } from '../src/index.js';

const RANK: Readonly<Record<Category, number>> = { poor: 0, 'near-poor': 1, average: 2, 'above-average': 3 };
const RULE_SETS = listRuleSets();
/** fast-check runs, scaled down under Stryker (vitest.stryker.config.ts) where every mutant reruns the suite. */
const runs = (n: number) => ({ numRuns: Math.max(20, Math.round(n * Number(process.env.RELIABILITY_FC_SCALE ?? 1))) });

/** Options naming the rule set (provisional ones allowed) and, optionally, a review date. */
const optionsFor = (ruleSet: RuleSet, date?: string): ClassifyOptions => ({
  ruleSet: ruleSet.id,
  allowProvisional: true,
  ...(date === undefined ? {} : { date }),
});
/** Poorest and richest possible categories. */
const span = (result: Classification) => [RANK[result.possibleCategories[0]!], RANK[result.possibleCategories[result.possibleCategories.length - 1]!]] as const;
/** Drops `undefined` values so the household is plain JSON. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const cents = (value: bigint) => new Decimal(value.toString()).div(100).toFixed();

// ---------------------------------------------------------------- arbitraries, per rule set

const area = fc.constantFrom('rural' as const, 'urban' as const);
const form = fc.constantFrom('perCapitaMonthly', 'householdMonthly', 'householdAnnual');
const answer = fc.constantFrom(true, false, null);

/** Income amounts in cents: at, 1 cent and 1 đồng either side of every line (for every form and size), or anywhere up to 3× the top line. */
function amountCents(ruleSet: RuleSet, size: number, incomeForm: string): fc.Arbitrary<bigint> {
  const divisor = BigInt(incomeForm === 'perCapitaMonthly' ? 1 : incomeForm === 'householdMonthly' ? size : size * 12);
  const lines = ruleSet.incomeLines
    .flatMap((line) => [line.amounts.rural, line.amounts.urban])
    .map((amount) => BigInt(new Decimal(amount).times(100).toFixed()));
  const top = lines.reduce((a, b) => (a > b ? a : b)) * 3n * divisor;
  const near = fc.tuple(fc.constantFrom(...lines), fc.constantFrom(-100n, -1n, 0n, 1n, 100n)).map(([line, delta]) => {
    const value = line * divisor + delta;
    return value < 0n ? 0n : value;
  });
  return fc.oneof(near, fc.bigInt({ min: 0n, max: top }));
}

/** Income-proxy scores: at, just around and away from every threshold. */
function scoreArb(ruleSet: RuleSet): fc.Arbitrary<number> {
  const thresholds = [Number(ruleSet.incomeScore!.thresholds.rural), Number(ruleSet.incomeScore!.thresholds.urban)];
  const near = fc.tuple(fc.constantFrom(...thresholds), fc.constantFrom(-1, -0.01, 0, 0.01, 1)).map(([t, d]) => Math.max(0, Number((t + d).toFixed(2))));
  return fc.oneof(near, fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 100000, noNaN: true, noDefaultInfinity: true }));
}

// Member and dwelling facts of every rule set: each field absent, null or a value
// (test/helpers/arbitraries.ts), with the 2016–2020 facts added and one more floor area.
const member = fc.record(
  {
    id: fc.option(fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.nat({ max: 999 })), { nil: undefined }),
    ...MEMBER_FACTS_2022,
    birthYear: maybe(fc.integer({ min: 1920, max: 2030 })),
    untreatedIllness: maybe(fc.boolean()),
    phoneSubscription: maybe(fc.boolean()),
  },
  { requiredKeys: [] },
);
const dwelling = fc
  .record(
    {
      ...DWELLING_FACTS_2022,
      floorArea: maybe(fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom('31.99', '32', '7.99', '8', '23.99', '24', '0.01'))),
      hygienicWater: maybe(fc.boolean()),
    },
    { requiredKeys: [] },
  )
  .map(consistentDwelling);

/** A review date inside the rule set's period (first day, last day, or one in between), or none. */
function dateArb(ruleSet: RuleSet): fc.Arbitrary<string | undefined> {
  const from = Number(ruleSet.effective.from.slice(0, 4));
  const to = Number(ruleSet.effective.to.slice(0, 4));
  // Clamped to the period: a period may start or end within a year (hcmc-2024 starts on 1 Oct).
  const middle = fc.tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => {
    const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return date < ruleSet.effective.from ? ruleSet.effective.from : date > ruleSet.effective.to ? ruleSet.effective.to : date;
  });
  return fc.option(fc.oneof(fc.constantFrom(ruleSet.effective.from, ruleSet.effective.to), middle), { nil: undefined });
}

interface Case {
  readonly household: Record<string, unknown>;
  readonly date: string | undefined;
}

/**
 * A household for the rule set: an income in some form (money near the lines; or a score where
 * the rule set has score thresholds), and either answers only, or members and a dwelling with
 * some answers on top.
 */
function householdArb(ruleSet: RuleSet, { withScore = true } = {}): fc.Arbitrary<Case> {
  const n = ruleSet.indicators.length;
  const answers = fc
    .array(answer, { minLength: n, maxLength: n })
    .map((list) => Object.fromEntries(ruleSet.indicators.map((indicator, i) => [indicator.id, list[i]!])));
  const partialAnswers = fc.option(
    fc
      .array(fc.option(answer, { nil: undefined, freq: 2 }), { minLength: n, maxLength: n })
      .map((list) => Object.fromEntries(ruleSet.indicators.map((indicator, i) => [indicator.id, list[i]]))),
    { nil: undefined },
  );
  const money = fc
    .integer({ min: 1, max: 12 })
    .chain((size) => form.chain((f) => amountCents(ruleSet, size, f).map((amount) => ({ size, income: { [f]: cents(amount) } }))));
  const income =
    withScore && ruleSet.incomeScore !== undefined
      ? fc.oneof(
          { weight: 3, arbitrary: money },
          { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), scoreArb(ruleSet)).map(([size, score]) => ({ size, income: { score } })) },
        )
      : money;
  const answerLevel = fc
    .record({ area, sized: income, deprivations: answers })
    .map(({ area: a, sized, deprivations }) => ({ area: a, size: sized.size, income: sized.income, deprivations }));
  const memberLevel = fc
    .record({
      area,
      sized: income,
      members: fc.array(member, { minLength: 1, maxLength: 6 }),
      dwelling: fc.option(dwelling, { nil: undefined }),
      deprivations: partialAnswers,
    })
    .map(({ area: a, sized, members, dwelling: dw, deprivations }) => ({ area: a, members, income: sized.income, dwelling: dw, deprivations }));
  // With a review date, an age and a year of birth must agree (else the input is refused): drawn members are made to.
  return fc
    .record({ household: fc.oneof(answerLevel, memberLevel).map((h) => json(h) as Record<string, unknown>), date: dateArb(ruleSet) })
    .map(({ household, date }) => ({
      household:
        household.members === undefined ? household : { ...household, members: consistentMembers(household.members as Record<string, unknown>[], date) },
      date,
    }));
}

/** The same household with other answers (the answers override facts). */
const withAnswers = (household: Record<string, unknown>, answers: Record<string, boolean | null | undefined>) => ({
  ...household,
  deprivations: { ...((household.deprivations as Record<string, unknown> | undefined) ?? {}), ...answers },
});

/** Up to this many unknowns, every one of the 2^k resolutions is classified. */
const EXHAUSTIVE_UP_TO = 6;

/**
 * Ways the unknown indicators `ids` could resolve: all 2^k of them when k ≤ EXHAUSTIVE_UP_TO;
 * beyond that (answer-only rule sets leave up to 12 unknowns: 4096 re-classifications per case
 * is too slow), every "first j deprived" and "last j deprived" assignment (so every number of
 * deprivations from 0 to k is reached) plus the drawn random assignments `masks`.
 */
function* resolutions(ids: readonly string[], masks: readonly number[]): Generator<Record<string, boolean>> {
  const k = ids.length;
  const assign = (deprived: (i: number) => boolean) => Object.fromEntries(ids.map((id, i) => [id, deprived(i)]));
  if (k <= EXHAUSTIVE_UP_TO) {
    for (let bits = 0; bits < 2 ** k; bits++) yield assign((i) => (bits & (1 << i)) !== 0);
    return;
  }
  for (let j = 0; j <= k; j++) {
    yield assign((i) => i < j);
    yield assign((i) => i >= k - j);
  }
  for (const mask of masks) yield assign((i) => (mask & (1 << i)) !== 0);
}

/** Runs one property per rule set (ids in the test name). */
const eachRuleSet = RULE_SETS.map((ruleSet) => [ruleSet.id, ruleSet] as const);

// ---------------------------------------------------------------- monotonicity

describe('more income never yields a poorer category', () => {
  it.each(eachRuleSet)('%s: money (every form, at and around every line)', (_id, ruleSet) => {
    fc.assert(
      fc.property(
        householdArb(ruleSet, { withScore: false }),
        fc
          .integer({ min: 1, max: 12 })
          .chain((size) => form.chain((f) => fc.tuple(fc.constant(size), fc.constant(f), amountCents(ruleSet, size, f), amountCents(ruleSet, size, f)))),
        ({ household, date }, [size, f, x, y]) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          // Keep the members (if any): their count is the size; otherwise use the drawn size.
          const base = household.members === undefined ? { ...household, size } : household;
          const at = (amount: bigint) => classify({ ...base, income: { [f]: cents(amount) } }, optionsFor(ruleSet, date));
          const poorer = at(low);
          const richer = at(high);
          expect(span(poorer)[0]).toBeLessThanOrEqual(span(richer)[0]);
          expect(span(poorer)[1]).toBeLessThanOrEqual(span(richer)[1]);
          // Income never touches the indicators.
          expect(richer.indicators).toEqual(poorer.indicators);
        },
      ),
      runs(200),
    );
  });

  it.each(eachRuleSet.filter(([, ruleSet]) => ruleSet.incomeScore !== undefined))('%s: income-proxy score', (_id, ruleSet) => {
    fc.assert(
      fc.property(householdArb(ruleSet, { withScore: false }), scoreArb(ruleSet), scoreArb(ruleSet), ({ household, date }, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const at = (score: number) => classify({ ...household, income: { score } }, optionsFor(ruleSet, date));
        const poorer = at(low);
        const richer = at(high);
        expect(span(poorer)[0]).toBeLessThanOrEqual(span(richer)[0]);
        expect(span(poorer)[1]).toBeLessThanOrEqual(span(richer)[1]);
      }),
      runs(200),
    );
  });
});

describe('one more deprivation never yields a less poor category', () => {
  it.each(eachRuleSet)('%s', (_id, ruleSet) => {
    fc.assert(
      fc.property(householdArb(ruleSet), fc.nat(), ({ household, date }, pick) => {
        const before = classify(household, optionsFor(ruleSet, date));
        // Turn one indicator that is not deprived (not-deprived or unknown) into a deprivation.
        const candidates = before.indicators.filter((entry) => entry.status !== 'deprived');
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length]!;
        const after = classify(withAnswers(household, { [target.id]: true }), optionsFor(ruleSet, date));
        expect(after.deprivationCount).toBe(before.deprivationCount + 1);
        expect(after.unknownCount).toBe(before.unknownCount - (target.status === 'unknown' ? 1 : 0));
        expect(span(after)[0]).toBeLessThanOrEqual(span(before)[0]);
        expect(span(after)[1]).toBeLessThanOrEqual(span(before)[1]);
        if (before.category !== 'undetermined' && after.category !== 'undetermined') expect(RANK[after.category]).toBeLessThanOrEqual(RANK[before.category]);
      }),
      runs(200),
    );
  });
});

// ---------------------------------------------------------------- unknowns

describe('unknowns: possibleCategories is exactly what the unknown indicators could resolve to', () => {
  it.each(eachRuleSet)(
    '%s: every resolution enumerated by re-classifying with answers',
    (_id, ruleSet) => {
      fc.assert(
        fc.property(householdArb(ruleSet), fc.array(fc.nat({ max: 4095 }), { maxLength: 24 }), ({ household, date }, masks) => {
          const result = classify(household, optionsFor(ruleSet, date));
          const unknownIds = result.indicators.filter((entry) => entry.status === 'unknown').map((entry) => entry.id);
          expect(unknownIds).toHaveLength(result.unknownCount);
          const reached = new Set<Category>();
          for (const resolution of resolutions(unknownIds, masks)) {
            const resolved = classify(withAnswers(household, resolution), optionsFor(ruleSet, date));
            expect(resolved.unknownCount).toBe(0);
            // Indicators that were known keep their status; the income assessment is untouched.
            resolved.indicators.forEach((entry, i) => {
              const was = result.indicators[i]!;
              expect(entry.status).toBe(was.status === 'unknown' ? (resolution[entry.id] ? 'deprived' : 'not-deprived') : was.status);
            });
            expect(resolved.income).toEqual(result.income);
            for (const category of resolved.possibleCategories) reached.add(category);
            if (result.income.form !== 'score') {
              // Money places the income exactly: once every indicator is known, the category is determined.
              expect(resolved.category).not.toBe('undetermined');
              expect(resolved.possibleCategories).toEqual([resolved.category]);
            }
            if (result.category !== 'undetermined') {
              // A determined result never changes when the unknowns resolve.
              expect(resolved.category).toBe(result.category);
              expect(resolved.rule).toEqual(result.rule);
            }
          }
          const expected = Object.keys(RANK).filter((category) => reached.has(category as Category));
          expect(result.possibleCategories).toEqual(expected);
          expect(result.category).toBe(expected.length === 1 ? expected[0] : 'undetermined');
          expect(result.rule === null).toBe(expected.length !== 1);
        }),
        runs(150),
      );
    },
    60_000,
  );
});

// ---------------------------------------------------------------- answers ≡ facts

describe('answer-level and member-level inputs that mean the same agree', () => {
  it.each(eachRuleSet)('%s: re-classifying with the derived statuses as answers (and size instead of members) gives the same result', (_id, ruleSet) => {
    fc.assert(
      fc.property(householdArb(ruleSet), ({ household, date }) => {
        const byFacts = classify(household, optionsFor(ruleSet, date));
        const answers = Object.fromEntries(
          byFacts.indicators.map((entry) => [entry.id, entry.status === 'deprived' ? true : entry.status === 'not-deprived' ? false : null]),
        );
        const size = household.members === undefined ? household.size : (household.members as unknown[]).length;
        const byAnswers = classify({ area: household.area, size, income: household.income, deprivations: answers }, optionsFor(ruleSet, date));
        expect(byAnswers.category).toBe(byFacts.category);
        expect(byAnswers.possibleCategories).toEqual(byFacts.possibleCategories);
        expect(byAnswers.rule).toEqual(byFacts.rule);
        expect(byAnswers.deprivationCount).toBe(byFacts.deprivationCount);
        expect(byAnswers.unknownCount).toBe(byFacts.unknownCount);
        expect(byAnswers.income).toEqual(byFacts.income);
        expect(byAnswers.lowIncomeWorker).toEqual(byFacts.lowIncomeWorker);
        expect(byAnswers.indicators.map((entry) => entry.status)).toEqual(byFacts.indicators.map((entry) => entry.status));
      }),
      runs(200),
    );
  });
});

// ---------------------------------------------------------------- determinism

/** The same JSON data with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  return value;
}

describe('output is deterministic', () => {
  it.each(eachRuleSet)('%s: byte-identical JSON for the same input, a deep copy, and the keys in another order', (_id, ruleSet) => {
    fc.assert(
      fc.property(householdArb(ruleSet), ({ household, date }) => {
        const first = JSON.stringify(classify(household, optionsFor(ruleSet, date)));
        expect(JSON.stringify(classify(household, optionsFor(ruleSet, date)))).toBe(first);
        expect(JSON.stringify(classify(structuredClone(household), optionsFor(ruleSet, date)))).toBe(first);
        expect(JSON.stringify(classify(reverseKeys(household), optionsFor(ruleSet, date)))).toBe(first);
        // Through the rule-set object as well as its id.
        expect(JSON.stringify(classify(household, { ...optionsFor(ruleSet, date), ruleSet }))).toBe(first);
      }),
      runs(150),
    );
  });
});

// ---------------------------------------------------------------- frozen rule sets

/** Every object and array reachable from `root`, with its path. */
function walk(root: unknown): { path: string; value: object }[] {
  const out: { path: string; value: object }[] = [];
  const seen = new Set<object>();
  const stack: { path: string; value: unknown }[] = [{ path: '', value: root }];
  while (stack.length > 0) {
    const { path, value } = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    out.push({ path, value });
    for (const key of Reflect.ownKeys(value)) stack.push({ path: `${path}.${String(key)}`, value: (value as Record<PropertyKey, unknown>)[key] });
  }
  return out;
}

describe('rule sets are deeply frozen', () => {
  it.each(eachRuleSet)('%s: every nested object and array is frozen, and writes throw', (_id, ruleSet) => {
    const nodes = walk(ruleSet);
    // Lines, rules, indicators, citations, messages…: a rule set is a large tree.
    expect(nodes.length).toBeGreaterThan(50);
    const notFrozen = nodes.filter(({ value }) => !Object.isFrozen(value)).map(({ path }) => path || '(root)');
    expect(notFrozen).toEqual([]);
    // In strict mode (ES modules), writing throws and changes nothing.
    const line = ruleSet.incomeLines[0]!;
    const before = line.amounts.rural;
    expect(() => {
      (line.amounts as { rural: string }).rural = '1';
    }).toThrow(TypeError);
    expect(() => {
      (ruleSet.indicators as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (ruleSet.messages.vi as Record<string, string>)['ruleSet.title'] = 'x';
    }).toThrow(TypeError);
    expect(line.amounts.rural).toBe(before);
  });

  it('classifying (with every rule set) changes no rule set: the fingerprints and the JSON stay the same', () => {
    const snapshot = RULE_SETS.map((ruleSet) => JSON.stringify(ruleSet));
    fc.assert(
      fc.property(
        fc.constantFrom(...RULE_SETS).chain((ruleSet) => householdArb(ruleSet).map((c) => [ruleSet, c] as const)),
        ([ruleSet, { household, date }]) => {
          classify(household, optionsFor(ruleSet, date));
        },
      ),
      runs(100),
    );
    expect(RULE_SETS.map((ruleSet) => JSON.stringify(ruleSet))).toEqual(snapshot);
  });
});
