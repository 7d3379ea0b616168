/**
 * Checks across fields that the field table cannot state one field at a time:
 *
 * - the dwelling's durability class and its three main structures must agree when both are
 *   given (kiên cố: the walls, the frame and the roof durable; bán kiên cố: two of them;
 *   thiếu kiên cố: one; đơn sơ: none);
 * - with a review date, a member's age and year of birth must agree (born in year Y, the member
 *   is `year − Y − 1` or `year − Y` years old during `year`), and nobody is born after it.
 *
 * The zod schema, the fast path and the classifier (for the date) all use these, so a
 * contradiction is a `ValidationError` whichever path reads the input.
 *
 * @internal
 * @module
 */
import type { ValidationIssue } from '../errors.js';

/** The durability classes by the number of durable main structures (0 to 3). */
const CLASS_BY_DURABLE = ['simple', 'less-permanent', 'semi-permanent', 'permanent'] as const;
const STRUCTURES = ['wallsDurable', 'frameDurable', 'roofDurable'] as const;

const given = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * The issue when the durability class contradicts the structures given (some may be unknown:
 * the class must be reachable by the unknown ones), or `undefined`.
 */
export function dwellingConflict(dwelling: Readonly<Record<string, unknown>>): ValidationIssue | undefined {
  const durability = dwelling['durability'];
  if (!given(durability)) return undefined;
  const known = STRUCTURES.filter((name) => given(dwelling[name]));
  if (known.length === 0) return undefined;
  const durable = known.filter((name) => dwelling[name] === true).length;
  const open = STRUCTURES.length - known.length;
  const possible = CLASS_BY_DURABLE.slice(durable, durable + open + 1) as readonly string[];
  if (possible.includes(durability as string)) return undefined;
  const shown = known.map((name) => `${name} ${String(dwelling[name])}`).join(', ');
  return {
    path: ['dwelling', 'durability'],
    code: 'durability_mismatch',
    message: `durability "${String(durability)}" contradicts the main structures (${shown}): ${possible.length === 1 ? `they make it "${possible[0]}"` : `they allow ${possible.map((value) => `"${value}"`).join(' or ')}`} (permanent: all 3 durable; semi-permanent: 2; less-permanent: 1; simple: none); give one or make them agree`,
  };
}

/** Issues of members whose age contradicts their year of birth on a review date in `year`. */
export function ageConflicts(members: readonly Readonly<Record<string, unknown>>[] | undefined, year: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  (members ?? []).forEach((member, index) => {
    const birthYear = member['birthYear'];
    if (typeof birthYear !== 'number') return;
    if (birthYear > year) {
      issues.push({ path: ['members', index, 'birthYear'], code: 'birth_year_after_review', message: `born in ${birthYear}, after the review year ${year}` });
      return;
    }
    const age = member['age'];
    if (typeof age !== 'number') return;
    const low = Math.max(0, year - birthYear - 1);
    const high = year - birthYear;
    if (age < low || age > high) {
      issues.push({
        path: ['members', index, 'age'],
        code: 'age_birth_year_mismatch',
        message: `age ${age} contradicts the year of birth ${birthYear}: on a review date in ${year} the member is ${low === high ? String(high) : `${low} or ${high}`}; give one or make them agree`,
      });
    }
  });
  return issues;
}
