/**
 * The result of classifying one household: plain, frozen-where-shared, JSON-serialisable data.
 * Every type here is what `classify` returns and `explain`, `summarize` and the tools read.
 *
 * @module
 */
import type { Category, CategoryOrUndetermined, Citation, RuleSet, RuleSetStatus } from '../rules/types.js';

/** Status of one indicator for one household. */
export type IndicatorStatus = 'deprived' | 'not-deprived' | 'unknown';

/** One indicator's outcome, with what it rests on and where the rule comes from. */
export interface IndicatorResult {
  /** Indicator id, e.g. `health-insurance`. */
  readonly id: string;
  /** Dimension id, e.g. `health`. */
  readonly dimension: string;
  /** `deprived`, `not-deprived`, or `unknown` (no answer, and the facts do not decide). */
  readonly status: IndicatorStatus;
  /** `answer`: the review-form answer in `deprivations` was used; `derived`: from member and dwelling facts. */
  readonly source: 'answer' | 'derived';
  /** What the status rests on: the answer, the members or dwelling facts consulted, or nothing. */
  readonly evidence: IndicatorEvidence;
  /** Where the indicator and its threshold are defined in the law. */
  readonly citation: Citation;
}

/** One comparison of the income with an income line. */
export interface IncomeComparison {
  /** Income line id, e.g. `poverty`. */
  readonly line: string;
  /** The line for the household's area, VND per person per period. */
  readonly amount: string;
  /**
   * `at-or-below` (≤, "từ … trở xuống"), `above` (>), or `unknown` (only with an income-proxy
   * score, which places the income on one side of one line only).
   */
  readonly outcome: 'at-or-below' | 'above' | 'unknown';
  /** Where the income line is set. */
  readonly citation: Citation;
}

/** How the income was read and compared. */
export interface IncomeAssessment {
  /** The form the income was given in. */
  readonly form: 'perCapitaMonthly' | 'householdMonthly' | 'householdAnnual' | 'score';
  /** The amount (or score) as given, as a plain decimal string. */
  readonly given: string;
  /** The rule set's income period: amounts below are per person per `month` or `year`. */
  readonly period: 'month' | 'year';
  /**
   * Per-capita income per period, as a decimal string (see `perCapitaExact`); the empty string
   * `''` when the income was given as a score (no money amount is known: see `score`).
   */
  readonly perCapita: string;
  /**
   * False when the division does not terminate (e.g. 4,500,001 ÷ 3): `perCapita` is then
   * rounded to 4 decimal places for display. Comparisons never use the rounded value: they are
   * made exactly, as `given × period ≤ line × divisor`.
   */
  readonly perCapitaExact: boolean;
  /** One comparison per income line, ascending. */
  readonly comparisons: readonly IncomeComparison[];
  /**
   * The narrowest band known to hold the income: above one line (exclusive) and at or below
   * another (`null`: no such line). For money this is always one band between adjacent lines;
   * an income-proxy score may leave several bands possible (e.g. above the poverty line, with no
   * upper line known).
   */
  readonly band: {
    /** Id of the line the income is above (exclusive), e.g. `poverty`; `null` for the lowest band. */
    readonly above: string | null;
    /** Id of the line the income is at or below (inclusive), e.g. `average-ceiling`; `null` for the highest band (or a score above its line). */
    readonly atOrBelow: string | null;
  };
  /** For `form: 'score'`: the score compared with the threshold that stands for an income line. */
  readonly score?: ScoreAssessment;
}

/** How an income-proxy score was read (Circular 07/2021/TT-BLĐTBXH for `vn-2022-2025`). */
export interface ScoreAssessment {
  /** The score as given. */
  readonly value: string;
  /** The threshold for the household's area. */
  readonly threshold: string;
  /** The income line the threshold stands for. */
  readonly line: string;
  /** `at-or-below`: the score (so the income) is at or below; `above`: above. */
  readonly outcome: 'at-or-below' | 'above';
  /** Where the score thresholds are set. */
  readonly citation: Citation;
}

/** Whether the household's working members qualify as low-income workers (when the rule set defines it). */
export interface LowIncomeWorkerFlag {
  /** `true` eligible, `false` not, `null` unknown (e.g. a score cannot show the income is within the ceiling). */
  readonly eligible: boolean | null;
  /** The per-capita income ceiling for the household's area. */
  readonly ceiling: string;
  /** Where the low-income-worker rule is set. */
  readonly citation: Citation;
}

/** The category rule that decided a result. */
export interface AppliedRule {
  /** The category the rule gives, e.g. `poor`. */
  readonly category: Category;
  /** Where the category rule is set (e.g. the article defining poor households). */
  readonly citation: Citation;
}

/** The result of `classify`: plain, JSON-serialisable data. */
export interface Classification {
  /** The household's `id`, when it had one. */
  readonly householdId?: string | number;
  /** The household's area, which selected the income lines. */
  readonly area: 'rural' | 'urban';
  /** The category, or `undetermined` when unknown indicators could still change it. */
  readonly category: CategoryOrUndetermined;
  /** Every category the household could be in, poorest first (one element when determined). */
  readonly possibleCategories: readonly Category[];
  /** The category rule applied (null when undetermined). */
  readonly rule: AppliedRule | null;
  /** Indicators known to be deprived. */
  readonly deprivationCount: number;
  /** Indicators whose status is unknown. */
  readonly unknownCount: number;
  /** The deprivation cut of the rule set (deprived on at least this many → the deprivation test holds). */
  readonly deprivationCut: number;
  /** How the income was read and compared with the rule set's income lines. */
  readonly income: IncomeAssessment;
  /** One entry per indicator, in the legal text's order. */
  readonly indicators: readonly IndicatorResult[];
  /** The rule set that decided, with its fingerprint. */
  readonly ruleSet: RuleSetSummary;
  /** The review date, when given. */
  readonly date?: string;
  /** Low-income-worker status of the household's workers, for rule sets that define it (Decree 30/2025/NĐ-CP for `vn-2022-2025`). */
  readonly lowIncomeWorker?: LowIncomeWorkerFlag;
}

/**
 * A piece of age precision a member's status can wait on: `date` (the review date: the
 * retirement age and the age from a year of birth depend on the year), `ageMonths` (months
 * since the last birthday), `age` (the age itself, when only the year of birth is known), or
 * `birthYear` (when a standard counts a birth cohort and only the age is known).
 */
export type AgePrecision = 'date' | 'ageMonths' | 'age' | 'birthYear';

/** A member unknown only for want of age precision, and the pieces that would decide it. */
export interface UnknownForAge {
  /** The member. */
  readonly member: MemberRef;
  /** The smallest set of missing pieces that would decide the member's status. */
  readonly missing: readonly AgePrecision[];
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
  /**
   * Members in `unknownMembers` whose status only the precision of their age leaves open, with
   * what would decide it (e.g. a man of 61 without a review date: `['date']`); members unknown
   * for other missing facts are not listed. Present only when the indicator is unknown.
   */
  readonly unknownForAge?: readonly UnknownForAge[];
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

/** The rule-set summary every result carries (shared, frozen). */
export interface RuleSetSummary {
  /** Rule-set id, e.g. `vn-2022-2025`. */
  readonly id: string;
  /** Semantic version of the rule data, e.g. `1.1.0`. */
  readonly version: string;
  /** `in-force`, `superseded`, `provisional` or `local`. */
  readonly status: RuleSetStatus;
  /** The standard's name in both languages. */
  readonly title: RuleSet['title'];
  /** The legal instruments the rule set implements, as cited. */
  readonly instruments: readonly {
    /** Instrument id, e.g. `decree-07-2021`. */
    readonly id: string;
    /** Designation in both languages, e.g. `Nghị định 07/2021/NĐ-CP` / `Decree 07/2021/NĐ-CP`. */
    readonly name: RuleSet['title'];
  }[];
  /** Effective period: ISO `YYYY-MM-DD` dates, both inclusive, with the provisions that set it. */
  readonly effective: RuleSet['effective'];
  /** Income unit: amounts are VND per person per `month` or per `year`. */
  readonly incomePeriod: RuleSet['incomePeriod'];
  /** SHA-256 (lowercase hex) of the rule set's canonical JSON data: identifies the rule data that produced the result. */
  readonly fingerprint: string;
}
