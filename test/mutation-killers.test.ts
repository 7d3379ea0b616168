/**
 * Unit tests of the rule evaluation primitives (src/engine/conditions.ts, src/engine/indicators.ts), written to kill the
 * mutants Stryker found surviving (`npm run mutation`, see docs/audit/mutation.md): exact
 * boundaries of working age, birth cohorts and age ranges, the Kleene truth tables, every
 * indicator test kind with its evidence, and the retirement-age roadmap.
 *
 * They call the compiled primitives directly with hand-built conditions, so each boundary is
 * pinned independently of the rule data.
 */
import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../src/index.js';
import type { DwellingCondition, Indicator, MemberCondition } from '../src/index.js';
import type { ParsedHousehold, ParsedMember } from '../src/input/schema.js';
import { Money } from '../src/money.js';
import { fastParse } from '../src/input/fast.js';
import { compile } from '../src/engine/compile.js';
import { ageContext, compileDwellingCondition, compileMemberCondition, F, retirementMonths, T, U } from '../src/engine/conditions.js';
import { compileIndicatorTest } from '../src/engine/indicators.js';
import type { AgeContext } from '../src/engine/conditions.js';

const WORKING_AGE_2022 = getRuleSet('vn-2022-2025').workingAge;
const WORKING_AGE_2016 = getRuleSet('vn-2016-2020').workingAge;
const CTX_2025 = ageContext(WORKING_AGE_2022, 2025, 2025);
const member = (facts: Record<string, unknown>) => facts as ParsedMember;
const memberTest =
  (condition: MemberCondition, ctx: AgeContext = CTX_2025) =>
  (facts: Record<string, unknown>) =>
    compileMemberCondition(condition)(member(facts), ctx);
const dwellingTest = (condition: DwellingCondition) => (facts: Record<string, unknown>) => compileDwellingCondition(condition)(facts as never);

describe('[rule:vn-2022-2025/workingAge/retirement] retirement-age roadmap and working-age context', () => {
  const male = WORKING_AGE_2022.retirement.male; // 2021: 60y3m = 723 months, +3 a year, cap 62y = 744
  const female = WORKING_AGE_2022.retirement.female; // 2021: 55y4m = 664 months, +4 a year, cap 60y = 720

  it('base year and before: the base age; then one step a year; capped', () => {
    expect([male.baseYear, male.baseMonths, male.stepMonths, male.capMonths]).toEqual([2021, 723, 3, 744]);
    expect(retirementMonths(male, 2019)).toBe(723);
    expect(retirementMonths(male, 2021)).toBe(723);
    expect(retirementMonths(male, 2022)).toBe(726);
    expect(retirementMonths(male, 2025)).toBe(735);
    expect(retirementMonths(male, 2027)).toBe(741);
    expect(retirementMonths(male, 2028)).toBe(744);
    expect(retirementMonths(male, 2029)).toBe(744);
    expect(retirementMonths(male, 2040)).toBe(744);
    expect(retirementMonths(female, 2025)).toBe(680);
    expect(retirementMonths(female, 2034)).toBe(716);
    expect(retirementMonths(female, 2035)).toBe(720);
    expect(retirementMonths(female, 2036)).toBe(720);
  });

  it('the context spans the possible review years: min and max per sex, and over both sexes', () => {
    const { perYear, ...span } = ageContext(WORKING_AGE_2022, 2022, 2026);
    expect(span).toEqual({ minMonths: 180, male: [726, 738], female: [668, 684], any: [668, 738], years: [2022, 2026] });
    // One context per possible year, each the context of that single year (for "unknown only for want of the date").
    expect(perYear).toEqual([2022, 2023, 2024, 2025, 2026].map((year) => ageContext(WORKING_AGE_2022, year, year)));
    expect(perYear![3]).toEqual({ minMonths: 180, male: [735, 735], female: [680, 680], any: [680, 735], years: [2025, 2025] });
    expect(CTX_2025).toEqual({ minMonths: 180, male: [735, 735], female: [680, 680], any: [680, 735], years: [2025, 2025] });
    const { perYear: years2016, ...span2016 } = ageContext(WORKING_AGE_2016, 2016, 2021);
    expect(span2016).toEqual({ minMonths: 180, male: [720, 723], female: [660, 664], any: [660, 723], years: [2016, 2021] });
    expect(years2016).toHaveLength(6);
  });
});

describe('member conditions at their exact boundaries', () => {
  const working = memberTest({ workingAge: true });

  it('[rule:vn-2022-2025/workingAge/retirement] from exactly 15 years (180 months)', () => {
    expect(working({ age: 15, ageMonths: 0, sex: 'male' })).toBe(T);
    expect(working({ age: 15, sex: 'female' })).toBe(T);
    expect(working({ age: 14, ageMonths: 11, sex: 'male' })).toBe(F);
    expect(working({ age: 14, sex: 'male' })).toBe(F);
    expect(working({ age: 0 })).toBe(F);
  });

  it('[rule:vn-2022-2025/workingAge/retirement] up to (not including) the retirement age of the review year, by sex; unknown months in the retirement year are unknown', () => {
    // Men, 2025: 735 months = 61 years 3 months.
    expect(working({ age: 61, ageMonths: 2, sex: 'male' })).toBe(T);
    expect(working({ age: 61, ageMonths: 3, sex: 'male' })).toBe(F);
    expect(working({ age: 61, sex: 'male' })).toBe(U);
    expect(working({ age: 60, sex: 'male' })).toBe(T);
    expect(working({ age: 62, sex: 'male' })).toBe(F);
    // Women, 2025: 680 months = 56 years 8 months.
    expect(working({ age: 56, ageMonths: 7, sex: 'female' })).toBe(T);
    expect(working({ age: 56, ageMonths: 8, sex: 'female' })).toBe(F);
    expect(working({ age: 56, sex: 'female' })).toBe(U);
    // Sex unknown: working below both ages, not working from the higher one, unknown between.
    expect(working({ age: 56, ageMonths: 7 })).toBe(T);
    expect(working({ age: 56, ageMonths: 8 })).toBe(U);
    expect(working({ age: 61, ageMonths: 2, sex: null })).toBe(U);
    expect(working({ age: 61, ageMonths: 3 })).toBe(F);
    expect(working({ age: null, sex: 'male' })).toBe(U);
    expect(working({})).toBe(U);
  });

  it('[rule:vn-2022-2025/workingAge/retirement] without a review date the whole period counts: working only if working in every year', () => {
    const anyYear = memberTest({ workingAge: true }, ageContext(WORKING_AGE_2022, 2022, 2026));
    // Men: 726 (2022) to 738 (2026) months.
    expect(anyYear({ age: 60, ageMonths: 5, sex: 'male' })).toBe(T);
    expect(anyYear({ age: 60, ageMonths: 6, sex: 'male' })).toBe(U);
    expect(anyYear({ age: 61, ageMonths: 5, sex: 'male' })).toBe(U);
    expect(anyYear({ age: 61, ageMonths: 6, sex: 'male' })).toBe(F);
  });

  it('[rule:vn-2016-2020/indicator/adult-education] born from 1986: the birth year decides; else the age and the possible review years', () => {
    const cohort = memberTest({ bornFrom: 1986 }, ageContext(WORKING_AGE_2016, 2020, 2020));
    expect(cohort({ birthYear: 1986 })).toBe(T);
    expect(cohort({ birthYear: 1985 })).toBe(F);
    expect(cohort({ birthYear: 1986, age: 90 })).toBe(T); // the birth year wins over the age
    expect(cohort({ birthYear: null, age: 33 })).toBe(T); // born 1986 or 1987
    expect(cohort({ age: 34 })).toBe(U); // born 1985 or 1986
    expect(cohort({ age: 35 })).toBe(F); // born 1984 or 1985
    expect(cohort({ birthYear: null, age: null })).toBe(U);
    const period = memberTest({ bornFrom: 1986 }, ageContext(WORKING_AGE_2016, 2016, 2021));
    expect(period({ age: 29 })).toBe(T); // 2016 − 29 − 1 = 1986
    expect(period({ age: 30 })).toBe(U);
    expect(period({ age: 35 })).toBe(U); // 2021 − 35 = 1986
    expect(period({ age: 36 })).toBe(F);
  });

  it('age ranges are inclusive at both ends; a missing bound is open', () => {
    const range = memberTest({ age: { min: 6, max: 15 } });
    expect([5, 6, 15, 16].map((age) => range({ age }))).toEqual([F, T, T, F]);
    expect(range({ age: null })).toBe(U);
    expect(range({})).toBe(U);
    const from = memberTest({ age: { min: 6 } });
    expect([0, 5, 6, 130].map((age) => from({ age }))).toEqual([F, F, T, T]);
    const upTo = memberTest({ age: { max: 15 } });
    expect([0, 15, 16].map((age) => upTo({ age }))).toEqual([T, T, F]);
    const any = memberTest({ age: {} });
    expect([0, 130].map((age) => any({ age }))).toEqual([T, T]);
  });

  it('facts: equals, in, and the documented default when unknown', () => {
    const insured = memberTest({ fact: 'healthInsurance', equals: false });
    expect([insured({ healthInsurance: false }), insured({ healthInsurance: true }), insured({ healthInsurance: null }), insured({})]).toEqual([T, F, U, U]);
    const low = memberTest({ fact: 'educationLevel', in: ['none', 'primary'] });
    expect([low({ educationLevel: 'primary' }), low({ educationLevel: 'tertiary' }), low({ educationLevel: null }), low({})]).toEqual([T, F, U, U]);
    const dependant = memberTest({ fact: 'dependant', equals: true, ifUnknown: { age: { max: 15 } } });
    expect(dependant({ dependant: true, age: 40 })).toBe(T);
    expect(dependant({ dependant: false, age: 3 })).toBe(F); // the fact wins over the default
    expect(dependant({ dependant: null, age: 3 })).toBe(T);
    expect(dependant({ age: 16 })).toBe(F);
    expect(dependant({})).toBe(U);
  });

  it('Kleene AND and OR: false / true dominate, unknown otherwise; empty lists are true / false', () => {
    const t: MemberCondition = { age: { min: 0 } };
    const f: MemberCondition = { age: { max: -1 } };
    const u: MemberCondition = { fact: 'stunted', equals: true };
    const facts = { age: 10 };
    const all = (...conditions: MemberCondition[]) => memberTest({ all: conditions })(facts);
    const any = (...conditions: MemberCondition[]) => memberTest({ any: conditions })(facts);
    expect([all(), all(t), all(t, t), all(t, u), all(u, t), all(u, f), all(f, u), all(t, f)]).toEqual([T, T, T, U, U, F, F, F]);
    expect([any(), any(f), any(f, f), any(f, u), any(u, f), any(u, t), any(t, u), any(f, t)]).toEqual([F, F, F, U, U, T, T, T]);
  });
});

describe('member conditions: at least n of', () => {
  it('holds once n known conditions hold, fails when even the unknown ones could not make n, unknown otherwise', () => {
    const t: MemberCondition = { age: { min: 0 } };
    const f: MemberCondition = { age: { max: -1 } };
    const u: MemberCondition = { fact: 'stunted', equals: true };
    const twoOf = (...conditions: MemberCondition[]) => memberTest({ atLeast: 2, of: conditions })({ age: 10 });
    expect([twoOf(t, t), twoOf(t, t, f), twoOf(u, t, t), twoOf(t, u), twoOf(u, u), twoOf(t, u, f), twoOf(t, f), twoOf(f, f, u), twoOf(t)]).toEqual([
      T,
      T,
      T,
      U,
      U,
      U,
      F,
      F,
      F,
    ]);
  });
});

describe('dwelling conditions', () => {
  it('includesNoneOf: an empty list holds; a listed item fails it; unknown when absent, null or not a list', () => {
    const none = dwellingTest({ fact: 'informationMeans', includesNoneOf: ['television', 'radio'] });
    expect(none({ informationMeans: [] })).toBe(T);
    expect(none({ informationMeans: ['tablet', 'feature-phone'] })).toBe(T);
    expect(none({ informationMeans: ['tablet', 'radio'] })).toBe(F);
    expect(none({ informationMeans: ['television'] })).toBe(F);
    expect(none({ informationMeans: null })).toBe(U);
    expect(none({})).toBe(U);
    expect(none({ informationMeans: 'television' })).toBe(U);
  });

  it('equals and in; all and any', () => {
    const simple = dwellingTest({ fact: 'durability', in: ['less-permanent', 'simple'] });
    expect([simple({ durability: 'simple' }), simple({ durability: 'permanent' }), simple({ durability: null }), simple({})]).toEqual([T, F, U, U]);
    const unsafe = dwellingTest({ fact: 'safeWater', equals: false });
    expect([unsafe({ safeWater: false }), unsafe({ safeWater: true }), unsafe({ safeWater: null }), unsafe({})]).toEqual([T, F, U, U]);
    const both = dwellingTest({
      all: [
        { fact: 'safeWater', equals: false },
        { fact: 'hygienicLatrine', equals: false },
      ],
    });
    expect([both({ safeWater: false, hygienicLatrine: false }), both({ safeWater: false }), both({ safeWater: true })]).toEqual([T, U, F]);
    const either = dwellingTest({
      any: [
        { fact: 'safeWater', equals: false },
        { fact: 'hygienicLatrine', equals: false },
      ],
    });
    expect([either({ safeWater: true, hygienicLatrine: false }), either({ safeWater: true }), either({ safeWater: true, hygienicLatrine: true })]).toEqual([
      T,
      U,
      F,
    ]);
  });
});

describe('indicator test kinds, with their evidence', () => {
  const citation = getRuleSet('vn-2022-2025').indicators[0]!.citation;
  const indicator = (test: Indicator['test']): Indicator => ({ id: 'x', dimension: 'd', test, citation });
  const household = (fields: Record<string, unknown>) => ({ area: 'rural', income: {}, ...fields }) as unknown as ParsedHousehold;
  /** The status and evidence of a test's outcome (a shared outcome also carries its result entry: checked below). */
  const run = (test: Indicator['test'], fields: Record<string, unknown>, size = 4) => {
    const { status, evidence } = compileIndicatorTest(indicator(test))(household(fields), size, CTX_2025);
    return { status, evidence };
  };
  const none = { status: U, evidence: { basis: 'none' } };

  it('answer-only: always unknown, answer required, with the reason; one shared frozen outcome', () => {
    const reason = { vi: 'Chỉ theo phiếu', en: 'Only the form' };
    const test = compileIndicatorTest(indicator({ kind: 'answer-only', reason }));
    const outcome = test(household({ members: [{ age: 3 }] }), 1, CTX_2025);
    expect({ status: outcome.status, evidence: outcome.evidence }).toEqual({ status: U, evidence: { basis: 'answer-required', reason } });
    expect(test(household({}), 2, CTX_2025)).toBe(outcome);
    expect(Object.isFrozen(outcome)).toBe(true);
    // The shared outcome carries its result entry, built once and frozen.
    expect(outcome.entry).toEqual({ id: 'x', dimension: 'd', status: 'unknown', source: 'derived', evidence: outcome.evidence, citation });
    expect(Object.isFrozen(outcome.entry)).toBe(true);
  });

  it('shared outcomes (no member found; one dwelling fact) carry a frozen entry that says the same as the outcome', () => {
    const where: MemberCondition = { fact: 'healthInsurance', equals: false };
    const anyMember = compileIndicatorTest(indicator({ kind: 'any-member', where }));
    const nobody = anyMember(household({ members: [{ healthInsurance: true }] }), 1, CTX_2025);
    expect(anyMember(household({ members: [{ healthInsurance: true }, { healthInsurance: true }] }), 2, CTX_2025)).toBe(nobody);
    expect(nobody.entry).toEqual({
      id: 'x',
      dimension: 'd',
      status: 'not-deprived',
      source: 'derived',
      evidence: { basis: 'members', members: [], unknownMembers: [] },
      citation,
    });
    // A member found: evidence of this household, no shared entry.
    expect(anyMember(household({ members: [{ healthInsurance: false }] }), 1, CTX_2025).entry).toBeUndefined();
    const water = compileIndicatorTest(indicator({ kind: 'dwelling', where: { fact: 'safeWater', equals: false } }));
    const unsafe = water(household({ dwelling: { safeWater: false } }), 1, CTX_2025);
    expect(water(household({ dwelling: { safeWater: false, hygienicLatrine: true } }), 1, CTX_2025)).toBe(unsafe);
    expect(unsafe.entry).toEqual({
      id: 'x',
      dimension: 'd',
      status: 'deprived',
      source: 'derived',
      evidence: { basis: 'dwelling', facts: { safeWater: false } },
      citation,
    });
    expect(water(household({ dwelling: {} }), 1, CTX_2025).entry).toMatchObject({
      status: 'unknown',
      evidence: { basis: 'dwelling', facts: { safeWater: null } },
    });
    expect(Object.isFrozen(unsafe.evidence)).toBe(true);
  });

  it('any-member and no-member: found, unknown, neither; member refs carry ids when given', () => {
    const where: MemberCondition = { fact: 'healthInsurance', equals: false };
    const members = [{ id: 'a', healthInsurance: false }, { healthInsurance: null }, { id: 7, healthInsurance: true }];
    expect(run({ kind: 'any-member', where }, {})).toEqual(none);
    expect(run({ kind: 'any-member', where }, { members })).toEqual({
      status: T,
      evidence: { basis: 'members', members: [{ index: 0, id: 'a' }], unknownMembers: [{ index: 1 }] },
    });
    expect(run({ kind: 'any-member', where }, { members: members.slice(1) })).toEqual({
      status: U,
      evidence: { basis: 'members', members: [], unknownMembers: [{ index: 0 }] },
    });
    expect(run({ kind: 'any-member', where }, { members: members.slice(2) }).status).toBe(F);
    expect(run({ kind: 'no-member', where }, {})).toEqual(none);
    expect(run({ kind: 'no-member', where }, { members }).status).toBe(F);
    expect(run({ kind: 'no-member', where }, { members: members.slice(1) }).status).toBe(U);
    expect(run({ kind: 'no-member', where }, { members: members.slice(2) })).toEqual({
      status: T,
      evidence: { basis: 'members', members: [], unknownMembers: [] },
    });
  });

  it('[rule:vn-2022-2025/indicator/dependants] member-share-above: exactly the share is not above; unknown members can tip it', () => {
    const where: MemberCondition = { fact: 'dependant', equals: true };
    const share = (dependants: number, unknown: number, others: number, limit = '0.5') =>
      run(
        { kind: 'member-share-above', share: limit, where },
        { members: [...Array(dependants).fill({ dependant: true }), ...Array(unknown).fill({}), ...Array(others).fill({ dependant: false })] },
      );
    expect(share(2, 0, 2).status).toBe(F);
    expect(share(3, 0, 1).status).toBe(T);
    expect(share(2, 1, 1).status).toBe(U);
    expect(share(1, 1, 2).status).toBe(F); // at most 2 of 4
    expect(share(0, 0, 1).status).toBe(F);
    expect(share(1, 0, 0).status).toBe(T);
    expect(share(1, 0, 3, '0.25').status).toBe(F);
    expect(share(2, 0, 5, '0.25').status).toBe(T); // 2/7 > 1/4
    expect(share(1, 0, 0, '1').status).toBe(F);
    expect(share(1, 0, 99, '0').status).toBe(T);
    expect(share(0, 0, 5, '0').status).toBe(F);
    expect(share(3, 1, 1).evidence).toEqual({
      basis: 'members',
      members: [{ index: 0 }, { index: 1 }, { index: 2 }],
      unknownMembers: [{ index: 3 }],
      count: 3,
      size: 5,
      value: '0.6',
      valueExact: true,
      threshold: '0.5',
    });
    expect(share(1, 0, 2).evidence).toMatchObject({ count: 1, size: 3, value: '0.3333', valueExact: false });
    expect(run({ kind: 'member-share-above', share: '0.5', where }, {})).toEqual(none);
    // A share with a whole part: 1.5 can never be exceeded.
    expect(share(4, 0, 0, '1.5').status).toBe(F);
    expect(share(3, 0, 1, '0.75').status).toBe(F);
    expect(share(4, 0, 1, '0.75').status).toBe(T);
  });

  it('member refs: `{ index }` only (no `id` key) without an id, also past the shared refs (index ≥ 256)', () => {
    const where: MemberCondition = { fact: 'stunted', equals: true };
    const members = Array.from({ length: 300 }, (_, i) => (i === 299 ? { stunted: true } : i === 298 ? { id: 'k', stunted: true } : { stunted: false }));
    const outcome = run({ kind: 'any-member', where }, { members });
    expect(outcome.evidence.members).toEqual([{ index: 298, id: 'k' }, { index: 299 }]);
    expect(outcome.evidence.members!.map((ref) => Object.keys(ref))).toEqual([['index', 'id'], ['index']]);
    const small = run({ kind: 'any-member', where }, { members: [{ stunted: true }] });
    expect(small.evidence.members!.map((ref) => Object.keys(ref))).toEqual([['index']]);
  });

  it('[rule:vn-2022-2025/indicator/housing-area] per-member-below: strictly below the floor × size; exact evidence', () => {
    const test: Indicator['test'] = { kind: 'per-member-below', fact: 'floorArea', floor: '8' };
    const area = (value: string, size = 4) => run(test, { dwelling: { floorArea: new Money(value) } }, size);
    expect(area('31.99').status).toBe(T);
    expect(area('32').status).toBe(F);
    expect(area('32.01').status).toBe(F);
    expect(area('32').evidence).toEqual({ basis: 'dwelling', facts: { floorArea: '32' }, size: 4, value: '8', valueExact: true, threshold: '8' });
    expect(area('10', 3).evidence).toEqual({ basis: 'dwelling', facts: { floorArea: '10' }, size: 3, value: '3.3333', valueExact: false, threshold: '8' });
    // Sizes are cached per size: another size gives another bound.
    expect(area('23.99', 3).status).toBe(T);
    expect(area('24', 3).status).toBe(F);
    expect(area('7.99', 1).status).toBe(T);
    expect(area('8', 1).status).toBe(F);
    expect(run(test, {})).toEqual(none);
    expect(run(test, { dwelling: {} }, 2)).toEqual({ status: U, evidence: { basis: 'dwelling', facts: { floorArea: null }, size: 2, threshold: '8' } });
    expect(run(test, { dwelling: { floorArea: null } }, 2).status).toBe(U);
  });

  it('dwelling: every consulted fact is listed (null when unknown), through all and any', () => {
    const test: Indicator['test'] = {
      kind: 'dwelling',
      where: {
        any: [
          { fact: 'safeWater', equals: false },
          {
            all: [
              { fact: 'durability', in: ['simple'] },
              { fact: 'hearsLoudspeaker', equals: false },
            ],
          },
        ],
      },
    };
    expect(run(test, {})).toEqual(none);
    expect(run(test, { dwelling: { safeWater: true, durability: 'simple' } })).toEqual({
      status: U,
      evidence: { basis: 'dwelling', facts: { safeWater: true, durability: 'simple', hearsLoudspeaker: null } },
    });
    expect(run(test, { dwelling: { safeWater: true, durability: 'simple', hearsLoudspeaker: false } }).status).toBe(T);
    expect(run(test, { dwelling: { safeWater: false } }).status).toBe(T);
    expect(run(test, { dwelling: { safeWater: true, durability: 'permanent' } }).status).toBe(F);
  });
});

// ---------------------------------------------------------------- input fast path

describe('input fast path (src/input/fast.ts): accepts exactly the common valid shapes, each as zod parses it', () => {
  const compiled = compile(getRuleSet('vn-2022-2025'));
  const ids = compiled.indicatorIds;
  /** Decimals become strings: fast path and zod results compared as JSON. */
  const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  const base = { area: 'rural', size: 2, income: { perCapitaMonthly: 1500000 } };
  /** The fast path accepts `input`, with zod's result. */
  const accepts = (input: Record<string, unknown>) => {
    const fast = fastParse(input, ids);
    expect(fast, JSON.stringify(input)).toBeDefined();
    const zod = compiled.schema.parse(input);
    expect(asJson(fast)).toEqual(asJson(zod));
    // The same keys too: no `id: undefined` etc. where zod leaves the key out.
    expect(Object.keys(fast!).sort()).toEqual(Object.keys(zod).sort());
  };
  /** The fast path defers (zod then decides). */
  const defers = (input: unknown) => expect(fastParse(input, ids), JSON.stringify(input)).toBeUndefined();
  const withMember = (member: Record<string, unknown>) => ({ area: 'rural', members: [member], income: { perCapitaMonthly: 1 } });
  const withDwelling = (dwelling: Record<string, unknown>) => ({ ...base, dwelling });

  it('member fields: every valid value and boundary accepted, everything else deferred', () => {
    const valid: Record<string, unknown[]> = {
      id: ['m', 'm'.repeat(128), 0, Number.MAX_SAFE_INTEGER],
      age: [0, 130, null, undefined],
      ageMonths: [0, 11, null],
      birthYear: [1850, 2200, null],
      sex: ['male', 'female', null],
      employment: ['wage-worker', 'self-employed', 'unemployed', 'not-in-labour-force', null],
      educationLevel: ['none', 'primary', 'lower-secondary', 'upper-secondary', 'vocational', 'tertiary', null],
      schoolAttendance: ['appropriate-level', 'below-level', 'not-attending', null],
      labourContract: [true, false, null],
      healthInsurance: [true, false, null],
      inEducationOrTraining: [true, false, null],
      stunted: [true, false, null],
      underweight: [true, false, null],
      dependant: [true, false, null],
      monthlySocialAllowance: [true, false, null],
      usesInternet: [true, false, null],
      untreatedIllness: [true, false, null],
      phoneSubscription: [true, false, null],
    };
    const invalid: Record<string, unknown[]> = {
      id: ['', 'm'.repeat(129), -1, 1.5, Number.MAX_SAFE_INTEGER + 1, true, null],
      age: [-1, 131, 1.5, '3', true],
      ageMonths: [-1, 12, 0.5],
      birthYear: [1849, 2201, 1990.5],
      sex: ['x', 'Male', 1],
      employment: ['employed', true],
      educationLevel: ['college', 0],
      schoolAttendance: ['yes'],
      labourContract: ['true', 0, 1],
      healthInsurance: ['false', 0],
      usesInternet: [1],
      phoneSubscription: ['yes'],
    };
    for (const [field, values] of Object.entries(valid)) for (const value of values) accepts(withMember({ [field]: value }));
    for (const [field, values] of Object.entries(invalid)) for (const value of values) defers(withMember({ [field]: value }));
    // Fields present with the value undefined are absent, as for zod.
    for (const field of ['age', 'sex', 'stunted', 'id']) accepts(withMember({ [field]: undefined }));
    defers(withMember({ bogus: 1 }));
    defers({ area: 'rural', members: [new Date()], income: { perCapitaMonthly: 1 } });
    defers(withMember({ toString: 1 }));
    // A member that is not a plain object.
    defers({ area: 'rural', members: [null], income: { perCapitaMonthly: 1 } });
    defers({ area: 'rural', members: ['m'], income: { perCapitaMonthly: 1 } });
    accepts({ area: 'rural', members: [Object.assign(Object.create(null) as object, { age: 3 })], income: { perCapitaMonthly: 1 } });
  });

  it('dwelling fields: every valid value accepted (floor area parsed), everything else deferred', () => {
    for (const durability of ['permanent', 'semi-permanent', 'less-permanent', 'simple', null]) accepts(withDwelling({ durability }));
    for (const field of ['safeWater', 'hygienicLatrine', 'hearsLoudspeaker', 'hygienicWater']) {
      for (const value of [true, false, null]) accepts(withDwelling({ [field]: value }));
      defers(withDwelling({ [field]: 'yes' }));
    }
    for (const informationMeans of [[], ['television', 'radio', 'computer', 'smartphone', 'tablet', 'feature-phone'], Array(24).fill('radio'), null])
      accepts(withDwelling({ informationMeans }));
    for (const informationMeans of [Array(25).fill('radio'), ['tv'], [1], 'television', {}]) defers(withDwelling({ informationMeans }));
    for (const floorArea of [0, 32, '31.99', '0.5', null, undefined]) accepts(withDwelling({ floorArea }));
    accepts(withDwelling({ informationMeans: undefined, durability: undefined, safeWater: undefined }));
    const sparse: string[] = [];
    sparse[1] = 'radio';
    defers(withDwelling({ informationMeans: sparse }));
    const parsed = fastParse(withDwelling({ floorArea: '31.99', safeWater: true }), ids)!;
    expect(parsed.dwelling!.floorArea!.toFixed()).toBe('31.99');
    expect(parsed.dwelling!.safeWater).toBe(true);
    for (const floorArea of [-1, '1.500', '', 'x', true, Number.NaN]) defers(withDwelling({ floorArea }));
    defers(withDwelling({ durability: 'brick' }));
    defers(withDwelling({ bogus: true }));
    defers({ ...base, dwelling: null });
    defers({ ...base, dwelling: [] });
  });

  it('household: area, id, size and members, at their limits', () => {
    accepts(base);
    accepts({ ...base, area: 'urban' });
    defers({ ...base, area: 'town' });
    defers({ ...base, area: undefined });
    for (const id of ['h', 'h'.repeat(128), 0, 12]) accepts({ ...base, id });
    for (const id of ['', 'h'.repeat(129), -1, 0.5, null]) defers({ ...base, id });
    for (const size of [1, 200]) accepts({ ...base, size });
    for (const size of [0, 201, 1.5, '2', null]) defers({ ...base, size });
    const members = (n: number) => Array.from({ length: n }, () => ({ age: 30 }));
    accepts({ area: 'rural', members: members(1), income: { perCapitaMonthly: 1 } });
    accepts({ area: 'rural', members: members(200), income: { perCapitaMonthly: 1 } });
    accepts({ area: 'rural', size: 3, members: members(3), income: { perCapitaMonthly: 1 } });
    defers({ area: 'rural', size: 2, members: members(3), income: { perCapitaMonthly: 1 } });
    defers({ area: 'rural', members: [], income: { perCapitaMonthly: 1 } });
    defers({ area: 'rural', members: members(201), income: { perCapitaMonthly: 1 } });
    defers({ area: 'rural', members: { 0: { age: 1 } }, income: { perCapitaMonthly: 1 } });
    defers({ area: 'rural', income: { perCapitaMonthly: 1 } }); // neither size nor members
    defers({ ...base, extra: 1 });
    defers(null);
    defers([base]);
    defers('household');
    defers(new Date());
    accepts(Object.assign(Object.create(null) as object, base));
  });

  it('income: exactly one known money form with a valid amount; anything else deferred', () => {
    for (const form of ['perCapitaMonthly', 'householdMonthly', 'householdAnnual']) {
      for (const amount of [0, 1500000, '1500000', '1499999.99', '0.01']) accepts({ ...base, income: { [form]: amount } });
      for (const amount of [-1, '1.500.000', '1.500', '', null, true, Number.POSITIVE_INFINITY]) defers({ ...base, income: { [form]: amount } });
    }
    const parsed = fastParse({ ...base, income: { householdMonthly: '3000000.5' } }, ids)!;
    expect(Object.keys(parsed.income)).toEqual(['householdMonthly']);
    expect(parsed.income.householdMonthly!.toFixed()).toBe('3000000.5');
    defers({ ...base, income: {} });
    defers({ ...base, income: { perCapitaMonthly: 1, householdMonthly: 1 } });
    // The score form: only for rule sets with score thresholds (vn-2022-2025 has them).
    defers({ ...base, income: { score: 100 } });
    expect(fastParse({ ...base, income: { score: 100 } }, ids, { score: true })).toEqual(compiled.schema.parse({ ...base, income: { score: 100 } }));
    for (const score of [-1, 100001, Number.NaN, Number.POSITIVE_INFINITY, '100'])
      expect(fastParse({ ...base, income: { score } }, ids, { score: true })).toBeUndefined();
    defers({ ...base, income: { salary: 1 } });
    defers({ ...base, income: 1500000 });
    defers({ ...base, income: null });
    defers({ ...base, income: [1500000] });
  });

  it('deprivations: known indicator ids with true, false, null or undefined; anything else deferred', () => {
    accepts({ ...base, deprivations: {} });
    accepts({ ...base, deprivations: { water: true, sanitation: false, telecom: null, employment: undefined } });
    accepts({ ...base, deprivations: Object.fromEntries([...ids].map((id) => [id, true])) });
    defers({ ...base, deprivations: { waste: true } });
    defers({ ...base, deprivations: { water: 'yes' } });
    defers({ ...base, deprivations: { water: 1 } });
    defers({ ...base, deprivations: null });
    defers({ ...base, deprivations: [true] });
    // The engine gets its own copy of the answers, never the caller's object.
    const household = { ...base, deprivations: { water: true } };
    const parsed = fastParse(household, ids)!;
    expect(parsed.deprivations).toEqual(household.deprivations);
    expect(parsed.deprivations).not.toBe(household.deprivations);
  });
});
