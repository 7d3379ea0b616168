/**
 * `reviewPeriod`: whether a review date falls in the periodic review (1 September – 14 December)
 * or in a regular monthly (on-request) review, under Decision 24/2021/QĐ-TTg.
 *
 * @module
 */
import { ValidationError } from '../errors.js';
import type { Citation, Localized } from '../rules/types.js';
import { PERIODIC_REVIEW_CITATION, REGULAR_REVIEW_CITATION } from './legal.js';

/** The review a date belongs to. */
export interface ReviewPeriod {
  /** The review date, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** `periodic`: the yearly review (1 Sep – 14 Dec); `regular`: a monthly on-request review. */
  readonly kind: 'periodic' | 'regular';
  /** The calendar year of the date. */
  readonly year: number;
  /**
   * The window the date falls in, both ends inclusive: the periodic review of the year, or the
   * monthly round (from the 15th of a month to the 14th of the next, cut short on 31 August so
   * that it does not overlap the periodic review — the project's reading, see the citation note).
   */
  readonly window: {
    /** First day, ISO `YYYY-MM-DD`. */
    readonly from: string;
    /** Last day, ISO `YYYY-MM-DD`. */
    readonly to: string;
  };
  /** The kind in words, Vietnamese and English. */
  readonly words: Localized;
  /** Where the review windows are set. */
  readonly citation: Citation;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `[year, month, day]` of a calendar date, or `null`. @internal */
export function calendarDate(value: unknown): [number, number, number] | null {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return day >= 1 && day <= daysIn(year, month) ? [year, month, day] : null;
}

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** `YYYY-MM-DD` from parts (year 0–9999). @internal */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The 12 months before a date: from the same day one year earlier to the day before (both
 * inclusive); 29 February maps to 1 March of the year before. @internal
 */
export function twelveMonthsBefore(date: string): { from: string; to: string } {
  const [year, month, day] = calendarDate(date)!;
  const from = month === 2 && day === 29 ? isoDate(year - 1, 3, 1) : isoDate(year - 1, month, day);
  let toYear = year;
  let toMonth = month;
  let toDay = day - 1;
  if (toDay === 0) {
    toMonth -= 1;
    if (toMonth === 0) {
      toMonth = 12;
      toYear -= 1;
    }
    toDay = daysIn(toYear, toMonth);
  }
  return { from, to: isoDate(toYear, toMonth, toDay) };
}

const WORDS = {
  periodic: { vi: 'rà soát định kỳ hằng năm (01/9 – 14/12)', en: 'periodic yearly review (1 Sep – 14 Dec)' },
  regular: { vi: 'rà soát thường xuyên hằng tháng (theo đề nghị)', en: 'regular monthly review (on request)' },
} as const satisfies Record<ReviewPeriod['kind'], Localized>;

/**
 * The review a date belongs to (Decision 24/2021/QĐ-TTg): the periodic review runs from
 * 1 September to 14 December inclusive; outside it, reviews are regular monthly ones, on
 * request, from the 15th of each month. The monthly window (15th to 14th, cut at 31 August) is
 * the project's reading and is marked so in the citation note.
 *
 * @param date - The review date, ISO `YYYY-MM-DD`.
 * @returns The kind of review, the window it falls in, and the citation.
 * @throws {@link ValidationError} with code `invalid_date` when `date` is not a calendar date.
 * @example
 * ```ts
 * import { reviewPeriod } from 'chuan-ngheo';
 * reviewPeriod('2025-09-01').kind;   // 'periodic'
 * reviewPeriod('2025-12-14').kind;   // 'periodic'
 * reviewPeriod('2025-12-15').kind;   // 'regular'
 * reviewPeriod('2026-03-10').window; // { from: '2026-02-15', to: '2026-03-14' }
 * reviewPeriod('2025-8-1');          // throws ValidationError (invalid_date)
 * ```
 */
export function reviewPeriod(date: string): ReviewPeriod {
  const parts = calendarDate(date);
  if (parts === null) {
    throw new ValidationError([{ path: ['date'], code: 'invalid_date', message: 'date must be a calendar date written YYYY-MM-DD, e.g. "2025-09-01"' }]);
  }
  const [year, month, day] = parts;
  const md = month * 100 + day;
  if (md >= 901 && md <= 1214) {
    return {
      date,
      kind: 'periodic',
      year,
      window: { from: isoDate(year, 9, 1), to: isoDate(year, 12, 14) },
      words: WORDS.periodic,
      citation: PERIODIC_REVIEW_CITATION,
    };
  }
  let fromYear = year;
  let fromMonth = month;
  if (day < 15) {
    fromMonth -= 1;
    if (fromMonth === 0) {
      fromMonth = 12;
      fromYear -= 1;
    }
  }
  let toYear = fromYear;
  let toMonth = fromMonth + 1;
  if (toMonth === 13) {
    toMonth = 1;
    toYear += 1;
  }
  const to = fromMonth === 8 ? isoDate(fromYear, 8, 31) : isoDate(toYear, toMonth, 14);
  return { date, kind: 'regular', year, window: { from: isoDate(fromYear, fromMonth, 15), to }, words: WORDS.regular, citation: REGULAR_REVIEW_CITATION };
}
