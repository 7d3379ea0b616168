/**
 * Conditions on a member or on the dwelling, compiled once per rule set to small functions in
 * three-valued logic, and the working-age context they are evaluated in.
 *
 * Truth values are small integers: {@link F} (0), {@link T} (1), {@link U} (2, unknown).
 * `all` is Kleene conjunction (any false → false; else any unknown → unknown), `any` is
 * Kleene disjunction, `atLeast n of` holds when n known conditions hold and fails when even the
 * unknown ones could not make n. A missing fact is unknown; it never defaults to true or false.
 *
 * Ages: a member's `age` (completed years) and `ageMonths`; when `age` is absent, the year of
 * birth places the age at the review date within a range of two years (`year − birthYear − 1`
 * or `year − birthYear`, over the possible review years), and a test is decided only when the
 * whole range decides it ({@link compileMemberTest} evaluates the condition at each such age).
 *
 * @internal
 * @module
 */
import type { ParsedDwelling, ParsedMember } from '../input/schema.js';
import type { DwellingCondition, MemberCondition, RetirementRoadmap, WorkingAge } from '../rules/types.js';

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
  /** One context per possible review year, first to last (only when there are several). */
  readonly perYear?: readonly AgeContext[];
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
  const context = {
    minMonths: workingAge.minAge * 12,
    male,
    female,
    any: [Math.min(male[0], female[0]), Math.max(male[1], female[1])] as const,
    years: [fromYear, toYear] as const,
  };
  if (fromYear >= toYear) return context;
  const perYear: AgeContext[] = [];
  for (let year = fromYear; year <= toYear; year++) perYear.push(ageContext(workingAge, year, year));
  return { ...context, perYear };
}

export type MemberTest = (member: ParsedMember, ctx: AgeContext) => Truth;
export type DwellingTest = (dwelling: ParsedDwelling) => Truth;

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

function atLeast(n: number, tests: MemberTest[]): MemberTest;
function atLeast(n: number, tests: DwellingTest[]): DwellingTest;
function atLeast(n: number, tests: ((a: never, b: never) => Truth)[]) {
  return (a: never, b: never): Truth => {
    let holding = 0;
    let open = 0;
    for (const test of tests) {
      const value = test(a, b);
      if (value === T) holding++;
      else if (value === U) open++;
    }
    if (holding >= n) return T;
    return holding + open < n ? F : U;
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

/**
 * Compiles a member condition to a function. Age and working-age conditions read the member's
 * `age` (unknown without it): a member known only by the year of birth is given each age the
 * year allows by {@link compileMemberTest}, the one entry point of the engine.
 */
export function compileMemberCondition(condition: MemberCondition): MemberTest {
  if ('all' in condition) return and(condition.all.map(compileMemberCondition));
  if ('any' in condition) return or(condition.any.map(compileMemberCondition));
  if ('atLeast' in condition) return atLeast(condition.atLeast, condition.of.map(compileMemberCondition));
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
      // The possible ages in months (no tuple allocated: this runs for every member).
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

/**
 * Compiles a member condition for use as an indicator's test: as {@link compileMemberCondition},
 * and for a member known only by the year of birth, the whole condition is evaluated at every
 * age the year allows on the review date (for each possible review year) and decided only when
 * all of them agree — so `16–17 with lower-secondary OR 18–30 with upper-secondary` is decided
 * for a member who is 17 or 18 when both ages give the same answer.
 */
export function compileMemberTest(condition: MemberCondition, readsAge = true): MemberTest {
  const test = compileMemberCondition(condition);
  // A condition that reads no age (e.g. "uses the internet") needs no enumeration of ages.
  if (!readsAge) return test;
  return (member, ctx) => {
    const birthYear = member.birthYear;
    if ((member.age !== undefined && member.age !== null) || birthYear === undefined || birthYear === null) return test(member, ctx);
    let result: Truth | undefined;
    for (const context of ctx.perYear ?? [ctx]) {
      const year = context.years[0];
      for (let age = Math.max(0, year - birthYear - 1); age <= Math.max(0, year - birthYear); age++) {
        const value = test({ ...member, age }, context);
        if (value === U || (result !== undefined && value !== result)) return U;
        result = value;
      }
    }
    // Every year gives at least one age, so a result was set.
    return result!;
  };
}

/** Compiles a dwelling condition to a function. */
export function compileDwellingCondition(condition: DwellingCondition): DwellingTest {
  if ('all' in condition) return and(condition.all.map(compileDwellingCondition));
  if ('any' in condition) return or(condition.any.map(compileDwellingCondition));
  if ('atLeast' in condition) return atLeast(condition.atLeast, condition.of.map(compileDwellingCondition));
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
    const fallback = condition.ifUnknown === undefined ? undefined : compileDwellingCondition(condition.ifUnknown);
    return (dwelling) => {
      const value = dwelling[fact];
      if (value === undefined || value === null) return fallback === undefined ? U : fallback(dwelling);
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
