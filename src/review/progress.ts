/**
 * `progressAgainstTarget`: achieved against a poverty-reduction target, exactly — a relative
 * reduction of poor households from a baseline ("reduce poor households by 40% from the start
 * of the term"), or points of the poor rate a year ("cut the rate by 0.05–0.1 points a year").
 *
 * @module
 */
import { ValidationError } from '../errors.js';
import { parseOrThrow } from '../input/validate.js';
import { Money } from '../money.js';
import type { Citation, Localized } from '../rules/types.js';
import { TARGETS_CITATION } from './legal.js';
import { reviewSchemas } from './schema.js';

/** Poor households (and all resident households) in one year. */
export interface ProgressCounts {
  /** The year. */
  year: number;
  /** Poor households. */
  poor: number;
  /** All resident households (needed for rate targets). */
  households?: number;
}

/** Input of {@link progressAgainstTarget}. */
export interface ProgressInput {
  /** The baseline, e.g. the start of the term. */
  baseline: ProgressCounts;
  /** Now, e.g. this review's results. */
  current: ProgressCounts;
  /** The target. */
  target:
    | {
        /** Reduce poor households by `share` of the baseline (e.g. `"0.4"` for 40%). */
        kind: 'relative-reduction';
        /** The share, 0–1, as a plain decimal. */
        share: string | number;
        /** Where the target is set (your words, echoed back). */
        source?: string;
      }
    | {
        /** Cut the poor rate by `points` percentage points a year (or a range up to `pointsUpTo`). */
        kind: 'rate-points-per-year';
        /** Points a year, e.g. `"0.05"`. */
        points: string | number;
        /** The upper end of a range, e.g. `"0.1"`. */
        pointsUpTo?: string | number;
        /** Where the target is set (your words, echoed back). */
        source?: string;
      };
}

/** One year's figures as the progress states them. */
export interface ProgressYear {
  /** The year. */
  readonly year: number;
  /** Poor households. */
  readonly poor: number;
  /** Resident households, or `null` when not given. */
  readonly households: number | null;
  /** `poor / households` as a decimal string (exact to 20 places), or `null`. */
  readonly rate: string | null;
}

/** Progress against a relative-reduction target. */
export interface RelativeReductionProgress {
  /** `relative-reduction`. */
  readonly kind: 'relative-reduction';
  /** The baseline. */
  readonly baseline: ProgressYear;
  /** Now. */
  readonly current: ProgressYear;
  /** The target share of the baseline to remove, as a plain decimal. */
  readonly targetShare: string;
  /** Poor households allowed at most: `baseline × (1 − share)`, exact (may have decimals). */
  readonly targetPoorAtMost: string;
  /** `(baseline − current) / baseline`, decimal string (negative when poverty rose); `null` when the baseline is 0. */
  readonly achievedReduction: string | null;
  /** `current ≤ baseline × (1 − share)`, compared exactly. */
  readonly met: boolean;
  /** Poor households still to lift out to meet the target (0 when met). */
  readonly shortfall: number;
  /** The verdict in words. */
  readonly words: Localized;
  /** Your `source`, when given. */
  readonly source?: string;
  /** Where the figures come from (targets are local: see the note). */
  readonly citation: Citation;
}

/** Progress against a rate-points-a-year target. */
export interface RatePointsProgress {
  /** `rate-points-per-year`. */
  readonly kind: 'rate-points-per-year';
  /** The baseline. */
  readonly baseline: ProgressYear;
  /** Now. */
  readonly current: ProgressYear;
  /** Years between them. */
  readonly years: number;
  /** Points a year asked for. */
  readonly pointsPerYear: string;
  /** The upper end of the range, or `null`. */
  readonly pointsPerYearUpTo: string | null;
  /** Points asked for over the years: `pointsPerYear × years`. */
  readonly targetPoints: string;
  /** The upper end over the years, or `null`. */
  readonly targetPointsUpTo: string | null;
  /** `(baseline rate − current rate) × 100`, decimal string (negative when the rate rose; exact to 20 places). */
  readonly achievedPoints: string;
  /** `achievedPoints / years`. */
  readonly achievedPointsPerYear: string;
  /** Achieved at least the target (the lower end of a range), compared exactly. */
  readonly met: boolean;
  /** Achieved at least the upper end of the range (`null` without a range). */
  readonly metUpTo: boolean | null;
  /** The verdict in words. */
  readonly words: Localized;
  /** Your `source`, when given. */
  readonly source?: string;
  /** Where the figures come from (targets are local: see the note). */
  readonly citation: Citation;
}

/** The result of {@link progressAgainstTarget}. */
export type TargetProgress = RelativeReductionProgress | RatePointsProgress;

const DECIMALS = 20;

function ratio(numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  return new Money(numerator).div(denominator).toDecimalPlaces(DECIMALS).toFixed();
}

function year(counts: { year: number; poor: number; households?: number | undefined }): ProgressYear {
  const households = counts.households ?? null;
  return { year: counts.year, poor: counts.poor, households, rate: households === null ? null : ratio(counts.poor, households) };
}

const MET: Localized = { vi: 'đạt chỉ tiêu', en: 'target met' };
const NOT_MET: Localized = { vi: 'chưa đạt chỉ tiêu', en: 'target not met' };

/**
 * Achieved against a target, exactly (integers and decimal.js; no rounded value is compared).
 *
 * - `relative-reduction` (`share`): met when `current ≤ baseline × (1 − share)`; the shortfall
 *   is the poor households still to lift out (`current − ⌊baseline × (1 − share)⌋`).
 * - `rate-points-per-year` (`points`, optionally `pointsUpTo`): the poor rate is
 *   `poor / households` (all resident households: give `households` for both years); met
 *   when `(baseline rate − current rate) × 100 ≥ points × years`.
 *
 * @param input - Baseline and current counts, and the target ({@link ProgressInput}).
 * @returns The progress, with the figures it rests on.
 * @throws {@link ValidationError} for invalid input, `share_above_one`, `current_before_baseline`,
 *   `households_required` (a rate target without resident households), `no_years` (a rate target
 *   in the baseline year), `poor_above_households`.
 * @example
 * ```ts
 * import { progressAgainstTarget } from 'chuan-ngheo';
 * const relative = progressAgainstTarget({
 *   baseline: { year: 2021, poor: 420 }, current: { year: 2025, poor: 260 },
 *   target: { kind: 'relative-reduction', share: '0.4', source: 'Nghị quyết Đại hội Đảng bộ huyện' },
 * });
 * relative.targetPoorAtMost;   // '252'
 * relative.met;                // false
 * relative.shortfall;          // 8
 * relative.achievedReduction;  // '0.38095238095238095238'
 * const points = progressAgainstTarget({
 *   baseline: { year: 2022, poor: 312, households: 10400 }, current: { year: 2025, poor: 280, households: 10650 },
 *   target: { kind: 'rate-points-per-year', points: '0.05', pointsUpTo: '0.1' },
 * });
 * points.targetPoints;         // '0.15'
 * points.met;                  // true
 * points.metUpTo;              // true
 * ```
 */
export function progressAgainstTarget(input: ProgressInput): TargetProgress {
  const parsed = parseOrThrow(reviewSchemas().progressSchema, input);
  const { baseline, current, target } = parsed;
  if (current.year < baseline.year) {
    throw new ValidationError([
      { path: ['current', 'year'], code: 'current_before_baseline', message: `the current year ${current.year} is before the baseline year ${baseline.year}` },
    ]);
  }
  for (const [name, counts] of [
    ['baseline', baseline],
    ['current', current],
  ] as const) {
    if (counts.households !== undefined && counts.poor > counts.households) {
      throw new ValidationError([
        {
          path: [name, 'poor'],
          code: 'poor_above_households',
          message: `${name}: ${counts.poor} poor households out of ${counts.households} resident households`,
        },
      ]);
    }
  }
  const source = target.source === undefined ? {} : { source: target.source };
  if (target.kind === 'relative-reduction') {
    const share = new Money(target.share);
    if (share.gt(1))
      throw new ValidationError([
        { path: ['target', 'share'], code: 'share_above_one', message: 'share is a fraction of the baseline between 0 and 1 (e.g. "0.4" for 40%)' },
      ]);
    const atMost = share.neg().plus(1).times(baseline.poor);
    const met = new Money(current.poor).lte(atMost);
    return {
      kind: 'relative-reduction',
      baseline: year(baseline),
      current: year(current),
      targetShare: share.toFixed(),
      targetPoorAtMost: atMost.toFixed(),
      achievedReduction: ratio(baseline.poor - current.poor, baseline.poor),
      met,
      shortfall: met ? 0 : current.poor - atMost.floor().toNumber(),
      words: met ? MET : NOT_MET,
      ...source,
      citation: TARGETS_CITATION,
    };
  }
  if (baseline.households === undefined || current.households === undefined || baseline.households === 0 || current.households === 0) {
    const which = baseline.households === undefined || baseline.households === 0 ? 'baseline' : 'current';
    throw new ValidationError([
      { path: [which, 'households'], code: 'households_required', message: 'a rate target needs the resident households (more than 0) of both years' },
    ]);
  }
  const years = current.year - baseline.year;
  if (years === 0)
    throw new ValidationError([
      { path: ['current', 'year'], code: 'no_years', message: 'a points-a-year target needs a current year after the baseline year' },
    ]);
  const points = new Money(target.points);
  const upTo = target.pointsUpTo === undefined ? null : new Money(target.pointsUpTo);
  if (upTo?.lt(points)) {
    throw new ValidationError([{ path: ['target', 'pointsUpTo'], code: 'invalid_range', message: 'pointsUpTo must not be below points' }]);
  }
  const hb = baseline.households;
  const hc = current.households;
  // Exact: (b/hb − c/hc) × 100 ≥ p × years  ⇔  100 × (b × hc − c × hb) ≥ p × years × hb × hc.
  const lhs = new Money(baseline.poor).times(hc).minus(new Money(current.poor).times(hb)).times(100);
  const scale = new Money(hb).times(hc);
  const achieved = lhs.div(scale);
  const met = lhs.gte(points.times(years).times(scale));
  return {
    kind: 'rate-points-per-year',
    baseline: year(baseline),
    current: year(current),
    years,
    pointsPerYear: points.toFixed(),
    pointsPerYearUpTo: upTo === null ? null : upTo.toFixed(),
    targetPoints: points.times(years).toFixed(),
    targetPointsUpTo: upTo === null ? null : upTo.times(years).toFixed(),
    achievedPoints: achieved.toDecimalPlaces(DECIMALS).toFixed(),
    achievedPointsPerYear: achieved.div(years).toDecimalPlaces(DECIMALS).toFixed(),
    met,
    metUpTo: upTo === null ? null : lhs.gte(upTo.times(years).times(scale)),
    words: met ? MET : NOT_MET,
    ...source,
    citation: TARGETS_CITATION,
  };
}
