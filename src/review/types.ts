/**
 * The annual review's inputs and results: last year's list, this year's records, the
 * per-household transition and the report tables (plain, JSON-serialisable data).
 *
 * @module
 */
import type { BatchResult } from '../batch/classifyMany.js';
import type { Classification } from '../engine/result.js';
import type { Category, CategoryOrUndetermined, Citation, Localized, RuleSet } from '../rules/types.js';
import type { TransitionKind } from '../tools/compare.js';
import type { FarmAssessment, FarmIncomeInput } from './farm.js';
import type { ReviewPeriod } from './period.js';

/** A status on a list: `poor` (hộ nghèo), `near-poor` (hộ cận nghèo), or `none` (neither). */
export type ListedStatus = 'poor' | 'near-poor' | 'none';

/** Grouping values of a household, e.g. `{ xa: 'Xã An Bình', thon: 'Thôn Đông' }` (`null`: no value). */
export type GroupValues = Readonly<Record<string, string | number | null>>;

/** One household on last year's list (plain JSON). */
export interface PreviousRecord {
  /** The household id, matched with this year's records as text (`12` and `"12"` are the same). */
  id: string | number;
  /** Last year's recognised status. `none` is allowed (e.g. last year's escaped households). */
  status: ListedStatus;
  /** Earlier years, each with its status (years before the list's year; any order). */
  history?: {
    /** The year of that list. */
    year: number;
    /** The household's status that year. */
    status: ListedStatus;
  }[];
  /** Grouping values as on last year's list (used for a household missing this year). */
  group?: GroupValues;
}

/** One household of this year's review (plain JSON around its classification). */
export interface CurrentRecord {
  /** The household id; default: the classification's `householdId` (or the batch row's `id`). */
  id?: string | number;
  /** What `classify` returned, or a `classifyMany` row (a failed row counts as "not classified"). */
  result: Classification | BatchResult;
  /** Grouping values, e.g. `{ thon: 'Thôn Đông' }`; a field left out here is taken from last year's list (`null`: no value). */
  group?: GroupValues;
  /** Number of members, for the rates over persons. */
  persons?: number;
  /** The farm-income form, when the household asked to be assessed as an average-living farm household. */
  farm?: FarmIncomeInput;
}

/** Resident households (and persons) of a group: the denominator of every rate. */
export interface ResidentTotal {
  /** The group: values for the first fields of `by` (e.g. `{ thon: 'Thôn Đông' }`; `{}` for the whole area). */
  group: GroupValues;
  /** All resident households of the group (not only those reviewed). */
  households: number;
  /** All resident persons of the group. */
  persons?: number;
}

/**
 * How far back an earlier escape from poverty makes a household "re-poor" (tái nghèo). No legal
 * definition exists: this is your choice. `years: n` counts history years `y` with
 * `reviewYear − y ≤ n`; `fromYear: y0` counts years `y ≥ y0` (e.g. the start of the term).
 */
export type RePoorLookBack =
  | {
      /** How many years back from the review year. */
      years: number;
    }
  | {
      /** The first year that counts. */
      fromYear: number;
    };

/** Options for {@link createReview} and {@link reviewHouseholds}. */
export interface ReviewOptions {
  /** The date of this review, ISO `YYYY-MM-DD`. */
  date: string;
  /** Last year's list: its year, the date it was recognised (not after `date`) and what it covers. */
  previousList: {
    /** The year of the list, e.g. `2024`. */
    year: number;
    /**
     * The date the list was recognised, ISO; a list dated after the review is refused. Default:
     * 31 December of `year`, or the review date if that is earlier (a list of the review's own year).
     */
    date?: string;
    /**
     * `poor-and-near-poor` (default): the list names the poor and near-poor households (and
     * may name others, e.g. escaped ones, with status `none`); a household not on it was neither.
     * `all-households`: the list is the full register; a household not on it is new to the area
     * (its status last year is unknown: "other increases").
     */
    coverage?: 'poor-and-near-poor' | 'all-households';
  };
  /** Grouping fields, outermost first, e.g. `['xa', 'thon']`: a group per value at each level, plus the total. */
  by?: string[];
  /** Resident totals per group (any level). Without them rates are not given, and the report says why. */
  totals?: ResidentTotal[];
  /** The re-poor look-back; default: every year of the history given. */
  rePoorLookBack?: RePoorLookBack;
  /** The rule set the results come from (default: read from the first result); also gives the farm band. */
  ruleSet?: string | RuleSet;
}

/** A transition kind of the review: the kinds of `transitionBetween`, plus `re-poor` and `missing`. */
export type ReviewTransitionKind = TransitionKind | 're-poor' | 'missing';

/** A review transition kind other than `undetermined`. */
export type DeterminedReviewTransitionKind = Exclude<ReviewTransitionKind, 'undetermined'>;

/** One household's review: last year's status, this year's, and the transition in the review's words. */
export interface HouseholdReview {
  /** The household id, as text. */
  readonly id: string;
  /** The values of the `by` fields, in order (`null`: no value). */
  readonly group: readonly (string | null)[];
  /** Last year's status. */
  readonly previous: {
    /** The status; `unknown` for a household not on an `all-households` list. */
    readonly status: ListedStatus | 'unknown';
    /** Whether the household is on last year's list. */
    readonly listed: boolean;
    /** The latest year within the look-back in which the history shows it poor (`null`: none). */
    readonly lastPoorYear: number | null;
  };
  /** This year's result. */
  readonly current: {
    /** The category; `not-classified` for a failed row, `not-in-file` for a household missing this year. */
    readonly category: CategoryOrUndetermined | 'not-classified' | 'not-in-file';
    /** Every category it could be in (empty for `not-classified` and `not-in-file`). */
    readonly possibleCategories: readonly Category[];
  };
  /** The transition, `undetermined` when several are possible (see `possibleKinds`). */
  readonly kind: ReviewTransitionKind;
  /** Every transition still possible (one element when determined). */
  readonly possibleKinds: readonly DeterminedReviewTransitionKind[];
  /** The transition in words, Vietnamese and English. */
  readonly words: Localized;
  /** Where the words come from (re-poor and missing have their own citations and notes). */
  readonly citation: Citation;
  /** Whether the household's group differs from the one on last year's list (it is counted in this year's). */
  readonly groupChanged: boolean;
  /** Members, when given. */
  readonly persons: number | null;
  /** The farm assessment, when a farm-income form was given. */
  readonly farm?: FarmAssessment;
}

/** A count of households (and persons) and its rates over all resident households (and persons). */
export interface CountAndRate {
  /** Households. */
  readonly households: number;
  /** `households / resident households`, decimal string (exact up to 20 places); `null` when withheld. */
  readonly householdRate: string | null;
  /** Persons in these households; `null` when a household's `persons` is not known. */
  readonly persons: number | null;
  /** `persons / resident persons`; `null` when withheld. */
  readonly personRate: string | null;
}

/** Why rates are not given. */
export interface RatesWithheld {
  /** `no_totals`, `no_total_for_group`, `total_below_reviewed`, `no_resident_persons` or `persons_unknown`. */
  readonly code: 'no_totals' | 'no_total_for_group' | 'total_below_reviewed' | 'no_resident_persons' | 'persons_unknown';
  /** The reason in words. */
  readonly words: Localized;
}

/** Table 1, results: resident households and persons; poor, near-poor and average-living farm households, with rates. */
export interface ReviewResultsTable {
  /** All resident households and persons (from the totals), or `null` when not given. */
  readonly residents: {
    /** Households. */
    readonly households: number;
    /** Persons, or `null` when not given. */
    readonly persons: number | null;
  } | null;
  /** Why household rates are withheld, or `null` when given. */
  readonly ratesWithheld: RatesWithheld | null;
  /** Why person rates are withheld, or `null` when given. */
  readonly personRatesWithheld: RatesWithheld | null;
  /** Poor households at the end of the review. */
  readonly poor: CountAndRate;
  /** Near-poor households at the end. */
  readonly nearPoor: CountAndRate;
  /** Poor and near-poor together. */
  readonly poorOrNearPoor: CountAndRate;
  /** Average-living farm households (assessed so, and neither poor nor near-poor). */
  readonly averageFarm: CountAndRate;
  /**
   * Households for which poor, near-poor or neither is undetermined (never guessed; not in the
   * counts above). A result undetermined only between average and above-average (e.g. from an
   * income-proxy score above its threshold) is neither poor nor near-poor, so it is not counted here.
   */
  readonly undetermined: number;
  /** Rows that could not be classified (invalid input; not in the counts above). */
  readonly notClassified: number;
}

/** Table 2, movement of poor households: `start − decreases + increases = end`. */
export interface PoorMovement {
  /** Poor at the start: on last year's list as poor (including those missing this year). */
  readonly start: number;
  /** Decrease: escaped poverty, now near-poor. */
  readonly escapedToNearPoor: number;
  /** Decrease: escaped poverty, now neither poor nor near-poor (rose above the near-poor line). */
  readonly escapedAboveNearPoorLine: number;
  /** Other decrease: on last year's list as poor, not in this year's file. */
  readonly notInThisYearsFile: number;
  /** Other decrease: poor last year, this year's category undetermined. */
  readonly undetermined: number;
  /** Other decrease: poor last year, this year's row not classified (invalid input). */
  readonly notClassified: number;
  /** Sum of the decreases. */
  readonly decreases: number;
  /** Increase: near-poor last year, poor now. */
  readonly fromNearPoor: number;
  /** Increase: re-poor (escaped in an earlier year, poor again). */
  readonly rePoor: number;
  /** Increase: newly poor (phát sinh mới). */
  readonly newlyPoor: number;
  /** Other increase: not on an `all-households` list (new to the area), poor now. */
  readonly notOnPreviousList: number;
  /** Sum of the increases. */
  readonly increases: number;
  /** Poor at the end: `start − decreases + increases`. */
  readonly end: number;
  /** Not poor at the start, outcome undetermined or not classified, could be poor now: not counted. */
  readonly pending: number;
}

/** Table 3, the mirror for near-poor households: `start − decreases + increases = end`. */
export interface NearPoorMovement {
  /** Near-poor at the start (including those missing this year). */
  readonly start: number;
  /** Decrease: near-poor last year, poor now. */
  readonly becamePoor: number;
  /** Decrease: escaped near-poverty (now neither poor nor near-poor). */
  readonly escapedNearPoverty: number;
  /** Other decrease: on last year's list as near-poor, not in this year's file. */
  readonly notInThisYearsFile: number;
  /** Other decrease: near-poor last year, this year's category undetermined. */
  readonly undetermined: number;
  /** Other decrease: near-poor last year, this year's row not classified. */
  readonly notClassified: number;
  /** Sum of the decreases. */
  readonly decreases: number;
  /** Increase: poor last year, near-poor now. */
  readonly fromPoor: number;
  /** Increase: newly near-poor. */
  readonly newlyNearPoor: number;
  /** Other increase: not on an `all-households` list, near-poor now. */
  readonly notOnPreviousList: number;
  /** Sum of the increases. */
  readonly increases: number;
  /** Near-poor at the end. */
  readonly end: number;
  /** Not near-poor at the start, outcome undetermined or not classified, could be near-poor now: not counted. */
  readonly pending: number;
}

/** One indicator's row of a deprivation table. */
export interface DeprivationRow {
  /** Indicator id. */
  readonly id: string;
  /** Dimension id. */
  readonly dimension: string;
  /** Households deprived on it. */
  readonly deprived: number;
  /** Households whose status on it is unknown. */
  readonly unknown: number;
  /** `deprived / households`; `null` when there are none. */
  readonly rate: string | null;
}

/** Table 4, deprivations of the poor (or near-poor) households at the end of the review. */
export interface DeprivationTable {
  /** Households in the table. */
  readonly households: number;
  /** Total deprivations (sum of their deprivation counts). */
  readonly deprivations: number;
  /** One row per indicator, in the rule set's order. */
  readonly indicators: readonly DeprivationRow[];
}

/** Farm-household assessments. */
export interface FarmFigures {
  /** Households with a farm-income form. */
  readonly assessed: number;
  /** Of them, average-living farm households counted in the results table. */
  readonly averageLiving: number;
  /** Assessed, not of average living standard (band or occupation). */
  readonly notAverageLiving: number;
  /** Average-living by the farm form but poor or near-poor (possibly) by the review: not counted, check them. */
  readonly conflicts: number;
}

/** The figures of one population: the whole review or one group. */
export interface ReviewFigures {
  /** Rows of this year's file (classified + not classified). */
  readonly reviewed: number;
  /** Rows classified. */
  readonly classified: number;
  /** Rows not classified (invalid input). */
  readonly notClassified: number;
  /** Classified rows for which poor, near-poor or neither is undetermined (see {@link ReviewResultsTable.undetermined}). */
  readonly undetermined: number;
  /** Rows matched with last year's list. */
  readonly onPreviousList: number;
  /** Rows not on last year's list. */
  readonly notOnPreviousList: number;
  /** Households on last year's list not in this year's file, by last year's status. */
  readonly notInThisYearsFile: {
    /** Poor last year. */
    readonly poor: number;
    /** Near-poor last year. */
    readonly nearPoor: number;
    /** Neither (listed with status `none`). */
    readonly none: number;
  };
  /** Matched rows whose group differs from last year's (counted in this year's group). */
  readonly groupChanged: number;
  /** Households per transition kind (`undetermined` includes unknown last-year statuses). */
  readonly transitions: Readonly<Record<ReviewTransitionKind, number>>;
  /** Table 1: results and rates. */
  readonly results: ReviewResultsTable;
  /** Table 2: movement of poor households. */
  readonly poorMovement: PoorMovement;
  /** Table 3: movement of near-poor households. */
  readonly nearPoorMovement: NearPoorMovement;
  /** Table 4: deprivations of poor and of near-poor households at the end. */
  readonly deprivations: {
    /** Among poor households. */
    readonly poor: DeprivationTable;
    /** Among near-poor households. */
    readonly nearPoor: DeprivationTable;
  };
  /** Farm-household assessments. */
  readonly farm: FarmFigures;
}

/** One group of the report (a village, a commune…). */
export interface ReviewGroup extends ReviewFigures {
  /** 1 for the first `by` field, 2 for the second… */
  readonly level: number;
  /** The values of the first `level` fields of `by` (`null`: no value). */
  readonly key: readonly (string | null)[];
}

/** A household on last year's list as poor or near-poor, missing from this year's file. */
export interface MissingHousehold {
  /** The household id. */
  readonly id: string;
  /** Its group values as on last year's list. */
  readonly group: readonly (string | null)[];
  /** Its status last year. */
  readonly status: 'poor' | 'near-poor';
}

/** The result of a review: the figures for the whole area, per group, and what they rest on. */
export interface ReviewReport extends ReviewFigures {
  /** The review date and the review it falls in. */
  readonly review: ReviewPeriod;
  /** Last year's list as described in the options. */
  readonly previousList: {
    /** Its year. */
    readonly year: number;
    /** The date it was recognised. */
    readonly date: string;
    /** What it covers. */
    readonly coverage: 'poor-and-near-poor' | 'all-households';
  };
  /** The rule set of the results, or `null` when no row was classified and none was given. */
  readonly ruleSet: {
    /** Rule-set id. */
    readonly id: string;
    /** Version of its rule data. */
    readonly version: string;
    /** Its fingerprint. */
    readonly fingerprint: string;
  } | null;
  /** The grouping fields. */
  readonly by: readonly string[];
  /** The re-poor look-back used, or `null` for every year of the history given. */
  readonly rePoorLookBack: RePoorLookBack | null;
  /** The groups, depth first (a group, then its subgroups), sorted by key, no value last. */
  readonly groups: readonly ReviewGroup[];
  /** Poor and near-poor households on last year's list missing from this year's file. */
  readonly missing: readonly MissingHousehold[];
  /** Where the words, tables and rates come from. */
  readonly citations: {
    /** The transition vocabulary (Decision 24/2021/QĐ-TTg). */
    readonly transitions: Citation;
    /** Re-poor (no legal definition: see its note). */
    readonly rePoor: Citation;
    /** Households on last year's list missing this year. */
    readonly missing: Citation;
    /** Rates over all resident households. */
    readonly rates: Citation;
    /** The movement and deprivation tables. */
    readonly tables: Citation;
    /** Average-living farm households. */
    readonly averageFarm: Citation;
  };
}
