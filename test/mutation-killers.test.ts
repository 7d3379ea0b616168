/**
 * Unit tests of the rule evaluation primitives (src/rules/evaluate.ts), written to kill the
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
import type { ParsedHousehold, ParsedMember } from '../src/household/schema.js';
import { Money } from '../src/money.js';
import { ageContext, compileDwellingCondition, compileIndicatorTest, compileMemberCondition, F, retirementMonths, T, U } from '../src/rules/evaluate.js';
import type { AgeContext } from '../src/rules/evaluate.js';

const WORKING_AGE_2022 = getRuleSet('vn-2022-2025').workingAge;
const WORKING_AGE_2016 = getRuleSet('vn-2016-2020').workingAge;
const CTX_2025 = ageContext(WORKING_AGE_2022, 2025, 2025);
const member = (facts: Record<string, unknown>) => facts as ParsedMember;
const memberTest = (condition: MemberCondition, ctx: AgeContext = CTX_2025) => (facts: Record<string, unknown>) => compileMemberCondition(condition)(member(facts), ctx);
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
    expect(ageContext(WORKING_AGE_2022, 2022, 2026)).toEqual({ minMonths: 180, male: [726, 738], female: [668, 684], any: [668, 738], years: [2022, 2026] });
    expect(CTX_2025).toEqual({ minMonths: 180, male: [735, 735], female: [680, 680], any: [680, 735], years: [2025, 2025] });
    expect(ageContext(WORKING_AGE_2016, 2016, 2021)).toEqual({ minMonths: 180, male: [720, 723], female: [660, 664], any: [660, 723], years: [2016, 2021] });
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
    const both = dwellingTest({ all: [{ fact: 'safeWater', equals: false }, { fact: 'hygienicLatrine', equals: false }] });
    expect([both({ safeWater: false, hygienicLatrine: false }), both({ safeWater: false }), both({ safeWater: true })]).toEqual([T, U, F]);
    const either = dwellingTest({ any: [{ fact: 'safeWater', equals: false }, { fact: 'hygienicLatrine', equals: false }] });
    expect([either({ safeWater: true, hygienicLatrine: false }), either({ safeWater: true }), either({ safeWater: true, hygienicLatrine: true })]).toEqual([T, U, F]);
  });
});

describe('indicator test kinds, with their evidence', () => {
  const citation = getRuleSet('vn-2022-2025').indicators[0]!.citation;
  const indicator = (test: Indicator['test']): Indicator => ({ id: 'x', dimension: 'd', test, citation });
  const household = (fields: Record<string, unknown>) => ({ area: 'rural', income: {}, ...fields }) as unknown as ParsedHousehold;
  const run = (test: Indicator['test'], fields: Record<string, unknown>, size = 4) => compileIndicatorTest(indicator(test))(household(fields), size, CTX_2025);
  const none = { status: U, evidence: { basis: 'none' } };

  it('answer-only: always unknown, answer required, with the reason; one shared frozen outcome', () => {
    const reason = { vi: 'Chỉ theo phiếu', en: 'Only the form' };
    const test = compileIndicatorTest(indicator({ kind: 'answer-only', reason }));
    const outcome = test(household({ members: [{ age: 3 }] }), 1, CTX_2025);
    expect(outcome).toEqual({ status: U, evidence: { basis: 'answer-required', reason } });
    expect(test(household({}), 2, CTX_2025)).toBe(outcome);
    expect(Object.isFrozen(outcome)).toBe(true);
  });

  it('any-member and no-member: found, unknown, neither; member refs carry ids when given', () => {
    const where: MemberCondition = { fact: 'healthInsurance', equals: false };
    const members = [{ id: 'a', healthInsurance: false }, { healthInsurance: null }, { id: 7, healthInsurance: true }];
    expect(run({ kind: 'any-member', where }, {})).toEqual(none);
    expect(run({ kind: 'any-member', where }, { members })).toEqual({ status: T, evidence: { basis: 'members', members: [{ index: 0, id: 'a' }], unknownMembers: [{ index: 1 }] } });
    expect(run({ kind: 'any-member', where }, { members: members.slice(1) })).toEqual({ status: U, evidence: { basis: 'members', members: [], unknownMembers: [{ index: 0 }] } });
    expect(run({ kind: 'any-member', where }, { members: members.slice(2) }).status).toBe(F);
    expect(run({ kind: 'no-member', where }, {})).toEqual(none);
    expect(run({ kind: 'no-member', where }, { members }).status).toBe(F);
    expect(run({ kind: 'no-member', where }, { members: members.slice(1) }).status).toBe(U);
    expect(run({ kind: 'no-member', where }, { members: members.slice(2) })).toEqual({ status: T, evidence: { basis: 'members', members: [], unknownMembers: [] } });
  });

  it('[rule:vn-2022-2025/indicator/dependants] member-share-above: exactly the share is not above; unknown members can tip it', () => {
    const where: MemberCondition = { fact: 'dependant', equals: true };
    const share = (dependants: number, unknown: number, others: number, limit = '0.5') =>
      run({ kind: 'member-share-above', share: limit, where }, { members: [...Array(dependants).fill({ dependant: true }), ...Array(unknown).fill({}), ...Array(others).fill({ dependant: false })] });
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
      where: { any: [{ fact: 'safeWater', equals: false }, { all: [{ fact: 'durability', in: ['simple'] }, { fact: 'hearsLoudspeaker', equals: false }] }] },
    };
    expect(run(test, {})).toEqual(none);
    expect(run(test, { dwelling: { safeWater: true, durability: 'simple' } })).toEqual({ status: U, evidence: { basis: 'dwelling', facts: { safeWater: true, durability: 'simple', hearsLoudspeaker: null } } });
    expect(run(test, { dwelling: { safeWater: true, durability: 'simple', hearsLoudspeaker: false } }).status).toBe(T);
    expect(run(test, { dwelling: { safeWater: false } }).status).toBe(T);
    expect(run(test, { dwelling: { safeWater: true, durability: 'permanent' } }).status).toBe(F);
  });
});
