/**
 * fast-check arbitraries shared by the property tests: member and dwelling facts, each absent,
 * null or a value, so that every derivation and every unknown is reached.
 */
import fc from 'fast-check';
import { ageConflicts, dwellingConflict } from '../../src/input/consistency.js';

/** A fact absent, null or a value. */
export const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.option(arb, { nil: null }), { nil: undefined, freq: 3 });

/** The member facts vn-2022-2025 reads (field → arbitrary), for `fc.record(…, { requiredKeys: [] })`. */
export const MEMBER_FACTS_2022 = {
  age: maybe(fc.integer({ min: 0, max: 100 })),
  ageMonths: maybe(fc.integer({ min: 0, max: 11 })),
  sex: maybe(fc.constantFrom('male', 'female')),
  employment: maybe(fc.constantFrom('wage-worker', 'self-employed', 'unemployed', 'not-in-labour-force')),
  labourContract: maybe(fc.boolean()),
  healthInsurance: maybe(fc.boolean()),
  inEducationOrTraining: maybe(fc.boolean()),
  educationLevel: maybe(fc.constantFrom('none', 'primary', 'lower-secondary', 'upper-secondary', 'vocational', 'tertiary')),
  certifiedOnTheJob: maybe(fc.boolean()),
  schoolAttendance: maybe(fc.constantFrom('appropriate-level', 'below-level', 'not-attending')),
  stunted: maybe(fc.boolean()),
  underweight: maybe(fc.boolean()),
  dependant: maybe(fc.boolean()),
  monthlySocialAllowance: maybe(fc.boolean()),
  disability: maybe(fc.boolean()),
  usesInternet: maybe(fc.boolean()),
};

/** The dwelling facts vn-2022-2025 reads, with floor areas at the per-member floors (8 m²) and their multiples. */
export const DWELLING_FACTS_2022 = {
  durability: maybe(fc.constantFrom('permanent', 'semi-permanent', 'less-permanent', 'simple')),
  wallsDurable: maybe(fc.boolean()),
  frameDurable: maybe(fc.boolean()),
  roofDurable: maybe(fc.boolean()),
  floorArea: maybe(fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom('31.99', '32', '7.99', '8', '23.99', '24'))),
  safeWater: maybe(fc.boolean()),
  hygienicLatrine: maybe(fc.boolean()),
  informationMeans: maybe(fc.subarray(['television', 'radio', 'computer', 'smartphone', 'tablet', 'feature-phone'])),
  hearsLoudspeaker: maybe(fc.boolean()),
};

/**
 * A drawn dwelling made consistent: when the durability class contradicts the main structures
 * drawn (the input would be refused with durability_mismatch), the class is dropped and the
 * structures decide.
 */
export function consistentDwelling<T extends Record<string, unknown>>(dwelling: T): T {
  if (dwellingConflict(dwelling) === undefined) return dwelling;
  const { durability: _dropped, ...rest } = dwelling;
  return rest as T;
}

/**
 * Drawn members made consistent with a review date: a year of birth that contradicts the age
 * (refused with age_birth_year_mismatch / birth_year_after_review) is replaced by one the age
 * allows (year − age − 1 or year − age, keeping the parity of the drawn year).
 */
export function consistentMembers<T extends Record<string, unknown>>(members: readonly T[], date: string | undefined): T[] {
  if (date === undefined) return [...members];
  const year = Number(date.slice(0, 4));
  return members.map((member) => {
    if (ageConflicts([member], year).length === 0) return member;
    const age = member['age'];
    const birthYear = member['birthYear'] as number;
    if (typeof age !== 'number') return { ...member, birthYear: year - (birthYear % 2 === 0 ? 0 : 1) } as T;
    return { ...member, birthYear: year - age - (birthYear % 2 === 0 || year - age - 1 < 1850 ? 0 : 1) } as T;
  });
}
