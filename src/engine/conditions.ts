/**
 * Conditions on a member or on the dwelling, compiled once per rule set to small functions in
 * three-valued logic, and the working-age context they are evaluated in.
 *
 * Truth values are small integers: {@link F} (0), {@link T} (1), {@link U} (2, unknown).
 * `all` is Kleene conjunction (any false → false; else any unknown → unknown), `any` is
 * Kleene disjunction. A missing fact is unknown; it never defaults to true or false.
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
