/**
 * Properties of classify under vn-2022-2025 (fast-check):
 * - more income never yields a poorer category (poor < near-poor < average < above-average);
 * - one more deprivation never yields a less poor category;
 * - answer-level and member-level inputs that mean the same agree;
 * - arbitrary JSON never makes classify throw anything but a ValidationError;
 * - the output is deterministic.
 */
import fc from 'fast-check';
import { consistentDwelling, DWELLING_FACTS_2022, MEMBER_FACTS_2022 } from './helpers/arbitraries.js';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { classify, ValidationError } from '../src/index.js';
import type { Classification } from '../src/index.js';
import { CATEGORY_RANK, INDICATOR_IDS, under } from './helpers/households.js';

const RUNS = { numRuns: 300 };
const rank = (result: Classification) => CATEGORY_RANK[result.category as keyof typeof CATEGORY_RANK];
const determined = (result: Classification) => result.category !== 'undetermined';
/** Poorest and richest possible categories. */
const span = (result: Classification) =>
  [CATEGORY_RANK[result.possibleCategories[0]!], CATEGORY_RANK[result.possibleCategories[result.possibleCategories.length - 1]!]] as const;

const area = fc.constantFrom('rural' as const, 'urban' as const);
const answer = fc.constantFrom(true, false, null);
const answerList = fc.array(answer, { minLength: 12, maxLength: 12 });
const toAnswers = (list: readonly (boolean | null)[]) => Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, list[i]!]));
/** Amounts in cents (so 0.01 steps are covered) up to 12,000,000.00 đồng per month per person-equivalent. */
const cents = fc.bigInt({ min: 0n, max: 1_200_000_000n });
const money = (value: bigint) => new Decimal(value.toString()).div(100).toFixed();
const form = fc.constantFrom('perCapitaMonthly', 'householdMonthly', 'householdAnnual');
const size = fc.integer({ min: 1, max: 12 });
/** Cents near the lines (at, ±1 cent, ±1 đồng) mixed with arbitrary ones. */
const lineCents = fc.constantFrom(150_000_000n, 200_000_000n, 225_000_000n, 300_000_000n);
const nearLine = fc.tuple(lineCents, fc.constantFrom(-100n, -1n, 0n, 1n, 100n), size, form).map(([line, delta, n, f]) => {
  const divisor = f === 'perCapitaMonthly' ? 1n : f === 'householdMonthly' ? BigInt(n) : BigInt(n * 12);
  return line * divisor + delta;
});
const amountCents = fc.oneof(cents, nearLine);

describe('monotonicity', () => {
  it(`[rule:vn-2022-2025/incomeLine/poverty] [rule:vn-2022-2025/incomeLine/average-ceiling] more income never yields a poorer category`, () => {
    fc.assert(
      fc.property(area, form, size, answerList, amountCents, amountCents, (a, f, n, list, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const household = (amount: bigint) => ({ area: a, size: n, income: { [f]: money(amount) }, deprivations: toAnswers(list) });
        const poorer = classify(household(low));
        const richer = classify(household(high));
        if (determined(poorer) && determined(richer)) expect(rank(poorer)).toBeLessThanOrEqual(rank(richer));
        // Also for undetermined results: the range of possible categories never moves down.
        expect(span(poorer)[0]).toBeLessThanOrEqual(span(richer)[0]);
        expect(span(poorer)[1]).toBeLessThanOrEqual(span(richer)[1]);
      }),
      RUNS,
    );
  });

  it(`[rule:vn-2022-2025/deprivationCut/cut] one more deprivation never yields a less poor category`, () => {
    fc.assert(
      fc.property(area, form, size, answerList, amountCents, fc.nat({ max: 11 }), (a, f, n, list, amount, pick) => {
        const index = [...list.keys()].map((i) => (i + pick) % 12).find((i) => list[i] !== true);
        fc.pre(index !== undefined);
        const more = [...list];
        more[index!] = true;
        const household = (answers: readonly (boolean | null)[]) => ({ area: a, size: n, income: { [f]: money(amount) }, deprivations: toAnswers(answers) });
        const before = classify(household(list));
        const after = classify(household(more));
        expect(after.deprivationCount).toBe(before.deprivationCount + 1);
        if (determined(before) && determined(after)) expect(rank(after)).toBeLessThanOrEqual(rank(before));
        expect(span(after)[0]).toBeLessThanOrEqual(span(before)[0]);
        expect(span(after)[1]).toBeLessThanOrEqual(span(before)[1]);
      }),
      RUNS,
    );
  });

  it('settling an unknown indicator narrows the possible categories (never leaves them)', () => {
    fc.assert(
      fc.property(area, answerList, amountCents, fc.nat({ max: 11 }), fc.boolean(), (a, list, amount, pick, value) => {
        const index = [...list.keys()].map((i) => (i + pick) % 12).find((i) => list[i] === null);
        fc.pre(index !== undefined);
        const settled = [...list];
        settled[index!] = value;
        const before = classify({ area: a, size: 1, income: { perCapitaMonthly: money(amount) }, deprivations: toAnswers(list) });
        const after = classify({ area: a, size: 1, income: { perCapitaMonthly: money(amount) }, deprivations: toAnswers(settled) });
        for (const category of after.possibleCategories) expect(before.possibleCategories).toContain(category);
      }),
      RUNS,
    );
  });
});

// Member and dwelling facts: each field absent, null or a value (test/helpers/arbitraries.ts).
const member = fc.record(MEMBER_FACTS_2022, { requiredKeys: [] });
const dwelling = fc.record(DWELLING_FACTS_2022, { requiredKeys: [] }).map(consistentDwelling);
const reviewDate = fc.option(fc.constantFrom('2022-03-01', '2023-09-15', '2024-12-31', '2025-09-01', '2026-06-30'), { nil: undefined });
/** Drops `undefined` values so the household is plain JSON. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('answer-level and member-level inputs that mean the same agree', () => {
  it(`[rule:vn-2022-2025/workingAge/retirement] re-classifying with the derived statuses as answers gives the same category`, () => {
    fc.assert(
      fc.property(
        area,
        fc.array(member, { minLength: 1, maxLength: 8 }),
        fc.option(dwelling, { nil: undefined }),
        amountCents,
        reviewDate,
        fc.array(answer, { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        (a, members, dw, amount, date, partial, withPartial) => {
          const household = json({
            area: a,
            members,
            dwelling: dw,
            income: { householdMonthly: money(amount) },
            ...(withPartial ? { deprivations: toAnswers(partial) } : {}),
          });
          const byFacts = classify(household, under(date));
          const answers = Object.fromEntries(
            byFacts.indicators.map((entry) => [entry.id, entry.status === 'deprived' ? true : entry.status === 'not-deprived' ? false : null]),
          );
          const byAnswers = classify({ area: a, size: members.length, income: { householdMonthly: money(amount) }, deprivations: answers }, under(date));
          expect(byAnswers.category).toBe(byFacts.category);
          expect(byAnswers.possibleCategories).toEqual(byFacts.possibleCategories);
          expect(byAnswers.deprivationCount).toBe(byFacts.deprivationCount);
          expect(byAnswers.unknownCount).toBe(byFacts.unknownCount);
          expect(byAnswers.income).toEqual(byFacts.income);
          expect(byAnswers.indicators.map((entry) => entry.status)).toEqual(byFacts.indicators.map((entry) => entry.status));
        },
      ),
      RUNS,
    );
  });

  it('a review date inside the period only ever settles working age (never unsettles it)', () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 4 }), reviewDate, (members, date) => {
        fc.pre(date !== undefined);
        const household = json({ area: 'rural', members, income: { perCapitaMonthly: 1 } });
        const undated = classify(household, under()).indicators[0]!;
        const dated = classify(household, under(date)).indicators[0]!;
        if (undated.status !== 'unknown') expect(dated.status).toBe(undated.status);
      }),
      RUNS,
    );
  });
});

describe('classify never throws anything but ValidationError', () => {
  const onlyValidationErrors = (input: unknown, options?: Parameters<typeof classify>[1]) => {
    try {
      const result = classify(input, options);
      // Whatever is accepted gives a well-formed, JSON-serialisable result.
      expect(result.indicators).toHaveLength(12);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) {
        expect(typeof issue.code).toBe('string');
        expect(typeof issue.message).toBe('string');
        expect(Array.isArray(issue.path)).toBe(true);
      }
    }
  };

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => onlyValidationErrors(value)),
      { numRuns: 500 },
    );
  });

  it('on arbitrary JS values (fc.anything)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }), (value) =>
        onlyValidationErrors(value),
      ),
      { numRuns: 300 },
    );
  });

  it('on objects mixing valid and invalid fields at every level', () => {
    const either = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue() });
    const income = fc.oneof(
      fc.record({ perCapitaMonthly: either(fc.oneof(fc.nat(), fc.constantFrom('1500000', '1.500.000', '1e6', '', '-1', '0150'))) }),
      fc.record({ householdMonthly: either(fc.nat()), householdAnnual: either(fc.nat()) }, { requiredKeys: [] }),
      fc.jsonValue(),
    );
    const household = fc.record(
      {
        area: either(fc.constantFrom('rural', 'urban')),
        size: either(fc.integer({ min: 0, max: 201 })),
        members: either(fc.array(either(member), { maxLength: 5 })),
        income,
        deprivations: either(
          fc.dictionary(fc.oneof(fc.constantFrom(...INDICATOR_IDS), fc.constantFrom('__proto__', 'constructor', 'toString'), fc.string()), either(answer)),
        ),
        dwelling: either(dwelling),
        id: either(fc.oneof(fc.string(), fc.nat())),
        extra: fc.jsonValue(),
      },
      { requiredKeys: ['income'] },
    );
    const options = fc.record(
      { ruleSet: fc.oneof(fc.constant('vn-2022-2025'), fc.string()), date: fc.oneof(fc.constantFrom('2025-09-01', '2021-01-01', '2025-02-30'), fc.string()) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(household, options, (value, opts) => onlyValidationErrors(json(value), opts)),
      { numRuns: 500 },
    );
  });

  it('on JSON text with __proto__ and constructor keys, leaving Object.prototype untouched', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'area', 'income', 'members', 'deprivations', 'dwelling', 'water');
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue({ maxDepth: 2 })), (record) => {
        const text = `{${Object.entries(record)
          .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
          .join(',')}}`;
        onlyValidationErrors(JSON.parse(text));
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
        expect(({} as Record<string, unknown>)['area']).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe('determinism', () => {
  it('the same input gives identical JSON, also for a deep copy of the input', () => {
    fc.assert(
      fc.property(
        area,
        fc.array(member, { minLength: 1, maxLength: 6 }),
        fc.option(dwelling, { nil: undefined }),
        amountCents,
        answerList,
        reviewDate,
        (a, members, dw, amount, list, date) => {
          const household = json({ area: a, members, dwelling: dw, income: { householdAnnual: money(amount) }, deprivations: toAnswers(list) });
          const first = JSON.stringify(classify(household, under(date)));
          expect(JSON.stringify(classify(household, under(date)))).toBe(first);
          expect(JSON.stringify(classify(structuredClone(household), under(date)))).toBe(first);
        },
      ),
      RUNS,
    );
  });
});
