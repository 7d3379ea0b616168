/**
 * Choosing the built-in national rule set by date: each has an effective period (both ends
 * inclusive), and the periods of the national rule sets meet without gaps or overlaps from
 * 2016-01-01 to 2030-12-31. A date outside every period is an error, never a silent default.
 * Local rule sets (status `local`, e.g. `hcmc-2024`) are never chosen by date: only by id.
 *
 * @module
 */
import { ValidationError } from '../errors.js';
import { listRuleSets } from './registry.js';
import type { RuleSet } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Validates an ISO calendar date `YYYY-MM-DD`; returns its year.
 *
 * @internal
 * @throws {@link ValidationError} with code `invalid_date` (path `[path]`).
 */
export function parseIsoDate(date: unknown, path: string): number {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (match !== null) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    // days[month - 1] is undefined for months 00 and 13–99, so no day is allowed in them.
    if (day >= 1 && day <= (days[month - 1] ?? 0)) return year;
  }
  throw new ValidationError([{ path: [path], code: 'invalid_date', message: `${path} must be a calendar date written YYYY-MM-DD, e.g. "2025-09-01"` }]);
}

/**
 * Throws unless the rule set may be used without opting in to provisional rule sets.
 *
 * @internal
 * @throws {@link ValidationError} with code `provisional_rule_set`.
 */
export function assertNotProvisional(ruleSet: RuleSet): void {
  if (ruleSet.status === 'provisional') {
    throw new ValidationError([
      {
        path: ['ruleSet'],
        code: 'provisional_rule_set',
        message: `${ruleSet.id} is provisional (its indicator list and thresholds are not fully known); pass { allowProvisional: true } to use it`,
      },
    ]);
  }
}

/** Options for {@link ruleSetFor}. */
export interface RuleSetForOptions {
  /** Return a provisional rule set (e.g. `vn-2027-2030`) when it is the one for the date. */
  allowProvisional?: boolean;
}

/**
 * The built-in national rule set whose effective period contains `date` (ISO `YYYY-MM-DD`).
 * Local rule sets (`hcmc-2024`) are never returned: choose them by id.
 *
 * - 2016-01-01 – 2021-12-31: `vn-2016-2020` (Decision 59/2015/QĐ-TTg, kept for 2021 by
 *   Decree 07/2021/NĐ-CP);
 * - 2022-01-01 – 2026-12-31: `vn-2022-2025` (Decree 07/2021/NĐ-CP, extended to 2026 by
 *   Decree 351/2025/NĐ-CP);
 * - 2027-01-01 – 2030-12-31: `vn-2027-2030` (Decree 351/2025/NĐ-CP), provisional: only with
 *   `{ allowProvisional: true }`.
 *
 * @param date - ISO date, e.g. `2021-10-15`.
 * @param options - `allowProvisional` to accept a provisional rule set.
 * @returns The frozen rule set.
 * @throws {@link ValidationError} with code `invalid_date` (not a calendar date),
 *   `no_rule_set_for_date` (before 2016 or after 2030), or `provisional_rule_set` (the rule set
 *   for the date is provisional and `allowProvisional` is not set).
 * @example
 * ```ts
 * import { ruleSetFor } from 'chuan-ngheo';
 * ruleSetFor('2021-10-15').id;                               // 'vn-2016-2020'
 * ruleSetFor('2026-06-30').id;                               // 'vn-2022-2025'
 * ruleSetFor('2027-01-01', { allowProvisional: true }).id;   // 'vn-2027-2030'
 * ruleSetFor('2027-01-01');                                  // throws ValidationError (provisional_rule_set)
 * // A local rule set (hcmc-2024) is never chosen by date:
 * ruleSetFor('2025-03-01').id;                               // 'vn-2022-2025'
 * ```
 */
export function ruleSetFor(date: string, options: RuleSetForOptions = {}): RuleSet {
  parseIsoDate(date, 'date');
  const national = listRuleSets().filter((ruleSet) => ruleSet.status !== 'local');
  const found = national.find((ruleSet) => ruleSet.effective.from <= date && date <= ruleSet.effective.to);
  if (found === undefined) {
    const periods = national.map((ruleSet) => `${ruleSet.id} ${ruleSet.effective.from}..${ruleSet.effective.to}`).join(', ');
    throw new ValidationError([
      { path: ['date'], code: 'no_rule_set_for_date', message: `no built-in rule set is in effect on ${date}; known periods: ${periods}` },
    ]);
  }
  if (options.allowProvisional !== true) assertNotProvisional(found);
  return found;
}
