/**
 * The indicator test kinds, as pure functions in three-valued logic.
 *
 * Truth values are small integers: {@link F} (0), {@link T} (1), {@link U} (2, unknown).
 * `all` is Kleene conjunction (any false → false; else any unknown → unknown), `any` is
 * Kleene disjunction. A missing fact is unknown; it never defaults to true or false.
 *
 * @internal
 * @module
 */
import { divideForDisplay, Money } from '../money.js';
import type { ParsedDwelling, ParsedHousehold, ParsedMember } from '../household/schema.js';
import type { DwellingCondition, DwellingFact, Indicator, MemberCondition, RetirementRoadmap, WorkingAge } from './types.js';

export const F = 0;
export const T = 1;
export const U = 2;
export type Truth = typeof F | typeof T | typeof U;

/** Retirement age bounds (months) that apply on the review date: [min, max] over the possible years. */
export interface AgeContext {
  readonly minMonths: number;
  readonly male: readonly [number, number];
  readonly female: readonly [number, number];
  readonly any: readonly [number, number];
  /** The possible review years [first, last] (one year when the review date is known). */
  readonly years: readonly [number, number];
}

/** Retirement age in months for one sex in one year. */
export function retirementMonths(roadmap: RetirementRoadmap, year: number): number {
  if (year <= roadmap.baseYear) return roadmap.baseMonths;
  return Math.min(roadmap.capMonths, roadmap.baseMonths + roadmap.stepMonths * (year - roadmap.baseYear));
}

/** The working-age context for the review years `fromYear`..`toYear` (one year when the date is known). */
export function ageContext(workingAge: WorkingAge, fromYear: number, toYear: number): AgeContext {
  const male: [number, number] = [retirementMonths(workingAge.retirement.male, fromYear), retirementMonths(workingAge.retirement.male, toYear)];
  const female: [number, number] = [retirementMonths(workingAge.retirement.female, fromYear), retirementMonths(workingAge.retirement.female, toYear)];
  return { minMonths: workingAge.minAge * 12, male, female, any: [Math.min(male[0], female[0]), Math.max(male[1], female[1])], years: [fromYear, toYear] };
}

type MemberTest = (member: ParsedMember, ctx: AgeContext) => Truth;
type DwellingTest = (dwelling: ParsedDwelling) => Truth;

function and(tests: MemberTest[]): MemberTest;
function and(tests: DwellingTest[]): DwellingTest;
function and(tests: ((a: never, b: never) => Truth)[]) {
  return (a: never, b: never): Truth => {
    let result: Truth = T;
    for (const test of tests) {
      const value = test(a, b);
      if (value === F) return F;
      if (value === U) result = U;
    }
    return result;
  };
}

function or(tests: MemberTest[]): MemberTest;
function or(tests: DwellingTest[]): DwellingTest;
function or(tests: ((a: never, b: never) => Truth)[]) {
  return (a: never, b: never): Truth => {
    let result: Truth = F;
    for (const test of tests) {
      const value = test(a, b);
      if (value === T) return T;
      if (value === U) result = U;
    }
    return result;
  };
}

/** Compiles a member condition to a function. */
export function compileMemberCondition(condition: MemberCondition): MemberTest {
  if ('all' in condition) return and(condition.all.map(compileMemberCondition));
  if ('any' in condition) return or(condition.any.map(compileMemberCondition));
  if ('age' in condition) {
    const min = condition.age.min ?? 0;
    const max = condition.age.max ?? Number.POSITIVE_INFINITY;
    return (member) => {
      const age = member.age;
      if (age === undefined || age === null) return U;
      return age >= min && age <= max ? T : F;
    };
  }
  if ('workingAge' in condition) {
    return (member, ctx) => {
      const age = member.age;
      if (age === undefined || age === null) return U;
      const months = member.ageMonths;
      const low = age * 12 + (months ?? 0);
      const high = age * 12 + (months ?? 11);
      const bounds = member.sex === 'male' ? ctx.male : member.sex === 'female' ? ctx.female : ctx.any;
      if (high < ctx.minMonths || low >= bounds[1]) return F;
      if (low >= ctx.minMonths && high < bounds[0]) return T;
      return U;
    };
  }
  if ('bornFrom' in condition) {
    const from = condition.bornFrom;
    return (member, ctx) => {
      const birthYear = member.birthYear;
      if (birthYear !== undefined && birthYear !== null) return birthYear >= from ? T : F;
      const age = member.age;
      if (age === undefined || age === null) return U;
      // Born in (review year − age − 1) or (review year − age), over the possible review years.
      const earliest = ctx.years[0] - age - 1;
      const latest = ctx.years[1] - age;
      if (earliest >= from) return T;
      if (latest < from) return F;
      return U;
    };
  }
  const fact = condition.fact;
  if ('in' in condition) {
    const values = condition.in as readonly unknown[];
    return (member) => {
      const value = member[fact];
      if (value === undefined || value === null) return U;
      return values.includes(value) ? T : F;
    };
  }
  const expected = condition.equals;
  const fallback = condition.ifUnknown === undefined ? undefined : compileMemberCondition(condition.ifUnknown);
  return (member, ctx) => {
    const value = member[fact];
    if (value === undefined || value === null) return fallback === undefined ? U : fallback(member, ctx);
    return value === expected ? T : F;
  };
}

/** Compiles a dwelling condition to a function. */
export function compileDwellingCondition(condition: DwellingCondition): DwellingTest {
  if ('all' in condition) return and(condition.all.map(compileDwellingCondition));
  if ('any' in condition) return or(condition.any.map(compileDwellingCondition));
  const fact = condition.fact;
  if ('includesNoneOf' in condition) {
    const listed = condition.includesNoneOf;
    return (dwelling) => {
      const value = dwelling[fact];
      if (value === undefined || value === null) return U;
      if (!Array.isArray(value)) return U;
      for (const item of value) if (listed.includes(item as string)) return F;
      return T;
    };
  }
  if ('in' in condition) {
    const values = condition.in as readonly unknown[];
    return (dwelling) => {
      const value = dwelling[fact];
      if (value === undefined || value === null) return U;
      return values.includes(value) ? T : F;
    };
  }
  const expected = condition.equals;
  return (dwelling) => {
    const value = dwelling[fact];
    if (value === undefined || value === null) return U;
    return value === expected ? T : F;
  };
}

/** A reference to a member in evidence: position (0-based) and the caller's id if given. */
export interface MemberRef {
  /** Position of the member in the household's `members`, from 0. */
  readonly index: number;
  /** The member's `id`, when it had one. */
  readonly id?: string | number;
}

/**
 * What an indicator's status rests on. `basis` says what was looked at:
 * `answer` (the review-form answer), `members`, `dwelling`, `none` (no answer and no facts), or
 * `answer-required` (no answer, and the rule set derives nothing from facts for this indicator).
 */
export interface IndicatorEvidence {
  /** `answer-required`: the indicator can only be decided by the review-form answer (see `reason`). */
  readonly basis: 'answer' | 'members' | 'dwelling' | 'none' | 'answer-required';
  /** Why only an answer can decide (for `answer-required`), in both languages. */
  readonly reason?: Readonly<{
    /** Vietnamese. */
    vi: string;
    /** English. */
    en: string;
  }>;
  /** The answer given, when `basis` is `answer`. */
  readonly answer?: boolean;
  /** Members for whom the test's condition holds (deprived members; for `no-member` tests, the members who meet it). */
  readonly members?: readonly MemberRef[];
  /** Members for whom the condition is unknown (missing facts). */
  readonly unknownMembers?: readonly MemberRef[];
  /** For member shares: how many members meet the condition, and the household size. */
  readonly count?: number;
  /** The divisor: for member shares, the number of members listed; for area per member, the household size. */
  readonly size?: number;
  /** The measured value (share, or area per member) as a decimal string; `≈` values are rounded for display. */
  readonly value?: string;
  /** Whether `value` is exact (false: rounded to 4 decimal places for display only). */
  readonly valueExact?: boolean;
  /** The threshold compared with, from the rule data (e.g. "0.5", "8"). */
  readonly threshold?: string;
  /** The dwelling facts consulted, as given (`null` when unknown). */
  readonly facts?: Readonly<Record<string, unknown>>;
}

/** The outcome of one indicator test. */
export interface TestOutcome {
  readonly status: Truth;
  readonly evidence: IndicatorEvidence;
}

const NONE: TestOutcome = Object.freeze({ status: U, evidence: Object.freeze({ basis: 'none' }) as IndicatorEvidence });

/** Shared references for members without an id (most members): `{ index }` is never rebuilt. */
const INDEX_REFS: readonly MemberRef[] = Object.freeze(Array.from({ length: 256 }, (_, index) => Object.freeze({ index })));
const NO_MEMBERS: readonly MemberRef[] = Object.freeze([]);

function ref(member: ParsedMember, index: number): MemberRef {
  return member.id === undefined ? (INDEX_REFS[index] ?? { index }) : { index, id: member.id };
}

/** Members for whom a condition holds, and those for whom it is unknown (arrays only when non-empty). */
function scanMembers(
  members: readonly ParsedMember[],
  where: MemberTest,
  ctx: AgeContext,
): { found: readonly MemberRef[]; unknown: readonly MemberRef[] } {
  let found: MemberRef[] | undefined;
  let unknown: MemberRef[] | undefined;
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    const value = where(member, ctx);
    if (value === T) (found ??= []).push(ref(member, i));
    else if (value === U) (unknown ??= []).push(ref(member, i));
  }
  return { found: found ?? NO_MEMBERS, unknown: unknown ?? NO_MEMBERS };
}

/** Divides for display: exact when it terminates within 20 decimals, else rounded to 4. */
function displayRatio(numerator: Money, denominator: number): { value: string; exact: boolean } {
  return divideForDisplay(numerator.toFixed(), denominator);
}

/** A compiled indicator test: household in, status and evidence out. */
export type CompiledTest = (household: ParsedHousehold, size: number, ctx: AgeContext) => TestOutcome;

/** Compiles an indicator's test to a function. */
export function compileIndicatorTest(indicator: Indicator): CompiledTest {
  const test = indicator.test;
  switch (test.kind) {
    case 'answer-only': {
      const outcome: TestOutcome = Object.freeze({ status: U, evidence: Object.freeze({ basis: 'answer-required', reason: test.reason }) as IndicatorEvidence });
      return () => outcome;
    }
    case 'any-member':
    case 'no-member': {
      const where = compileMemberCondition(test.where);
      const deprivedWhenFound = test.kind === 'any-member';
      return (household, _size, ctx) => {
        const members = household.members;
        if (members === undefined) return NONE;
        const { found, unknown } = scanMembers(members, where, ctx);
        let status: Truth;
        if (found.length > 0) status = deprivedWhenFound ? T : F;
        else if (unknown.length > 0) status = U;
        else status = deprivedWhenFound ? F : T;
        return { status, evidence: { basis: 'members', members: found, unknownMembers: unknown } };
      };
    }
    case 'member-share-above': {
      const where = compileMemberCondition(test.where);
      const [whole = '0', fraction = ''] = test.share.split('.');
      const denominator = 10 ** fraction.length;
      const numerator = Number(whole) * denominator + Number(fraction || '0');
      const threshold = test.share;
      return (household, _size, ctx) => {
        const members = household.members;
        if (members === undefined) return NONE;
        const { found, unknown } = scanMembers(members, where, ctx);
        const n = members.length;
        // count / n > numerator / denominator  ⇔  count × denominator > numerator × n (integers)
        let status: Truth;
        if (found.length * denominator > numerator * n) status = T;
        else if ((found.length + unknown.length) * denominator <= numerator * n) status = F;
        else status = U;
        const share = divideForDisplay(String(found.length), n);
        return {
          status,
          evidence: { basis: 'members', members: found, unknownMembers: unknown, count: found.length, size: n, value: share.value, valueExact: share.exact, threshold },
        };
      };
    }
    case 'per-member-below': {
      const floor = new Money(test.floor);
      const floorTimes: Money[] = [];
      const fact = test.fact;
      const threshold = test.floor;
      return (household, size) => {
        const dwelling = household.dwelling;
        const area = dwelling?.[fact];
        if (dwelling === undefined || area === undefined || area === null) {
          return dwelling === undefined ? NONE : { status: U, evidence: { basis: 'dwelling', facts: { [fact]: null }, size, threshold } };
        }
        // area / size < floor  ⇔  area < floor × size (exact)
        const bound = (floorTimes[size] ??= floor.times(size));
        const status: Truth = area.lt(bound) ? T : F;
        const perMember = displayRatio(area, size);
        return {
          status,
          evidence: { basis: 'dwelling', facts: { [fact]: area.toFixed() }, size, value: perMember.value, valueExact: perMember.exact, threshold },
        };
      };
    }
    case 'dwelling': {
      const where = compileDwellingCondition(test.where);
      const facts = dwellingFacts(test.where);
      return (household) => {
        const dwelling = household.dwelling;
        if (dwelling === undefined) return NONE;
        const consulted: Record<string, unknown> = {};
        for (const fact of facts) consulted[fact] = dwelling[fact] ?? null;
        return { status: where(dwelling), evidence: { basis: 'dwelling', facts: consulted } };
      };
    }
  }
}

function dwellingFacts(condition: DwellingCondition): DwellingFact[] {
  if ('all' in condition) return condition.all.flatMap(dwellingFacts);
  if ('any' in condition) return condition.any.flatMap(dwellingFacts);
  return [condition.fact];
}
