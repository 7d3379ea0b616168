/**
 * `summarize`: population statistics from batch results — category counts and shares, the
 * per-indicator deprivation tables of the review reports, and Alkire–Foster measures — for the
 * whole population and by any grouping key, with subgroup counts that add up to the totals.
 *
 * Every figure is computed from the results `classify` returned (one source of truth), with
 * integer counts; shares are exact quotients of those counts written as decimal strings.
 *
 * With survey options (`weight`, `size`, `strata`, `psu`, `measures`…) the summary also has a
 * `survey` part: the same figures weighted exactly, for households and persons, with standard
 * errors and confidence intervals under the sampling design (see `src/stats/`).
 *
 * @module
 */
import type { Classification } from '../engine/result.js';
import { ValidationError, type LibraryIssueCode, type SchemaIssueCode } from '../errors.js';
import { Money } from '../money.js';
import { MAX_HOUSEHOLD_SIZE } from '../input/schema.js';
import { resolveRuleSet } from '../rules/registry.js';
import type { RuleSet } from '../rules/types.js';
import type { SingletonPsu } from '../stats/design.js';
import { exactDecimal, readDecimal, type ExactDecimal } from '../stats/exact.js';
import type { IndicatorMeta, IndicatorWeighting } from '../stats/measures.js';
import { normalQuantile } from '../stats/normal.js';
import { readFraction } from '../stats/rational.js';
import { SurveyEngine, type Domain, type SurveyDesign, type SurveyFigures } from '../stats/survey.js';
import type { BatchResult } from './classifyMany.js';

/** What {@link summarize} reads: batch rows from `classifyMany`, or plain `classify` results. */
export type SummaryItem = BatchResult | Classification;

/** A grouping key value; `null` or `undefined` puts the row in the "missing key" group. */
export type GroupKeyValue = string | number | boolean | null | undefined;

/**
 * How to group: a field name, or a function of the row and its position (from 0).
 * A field name is read from the row itself first (so you can pass `{ ...row, province }`),
 * then from the classification (`area`, `category`, `householdId`…).
 */
export type GroupBy = string | ((item: SummaryItem, index: number) => GroupKeyValue);

/**
 * Where a per-row survey value comes from: a field name (read from the row itself, e.g. pass
 * `{ ...row, weight }`; then from the classification), or a function of the row and its position.
 */
export type RowField = string | ((item: SummaryItem, index: number) => unknown);

/** Options for {@link summarize}. */
export interface SummarizeOptions {
  /** Group the figures by this key (see {@link GroupBy}). */
  by?: GroupBy;
  /**
   * The rule set the results come from (id or object). Optional: it is read from the first
   * classified row; give it to get the indicator tables even when no row was classified.
   */
  ruleSet?: string | RuleSet;
  /**
   * Survey weight of each row (the household's sampling weight): a non-negative number or plain
   * decimal string, read exactly. Every row needs one. Without it every row weighs 1.
   */
  weight?: RowField;
  /**
   * Household size of each row, for person-level figures (weight × size): an integer 1–200
   * (number or digit string). A failed row whose size cannot be read counts no persons
   * (`survey.persons.unsized`).
   */
  size?: RowField;
  /** Stratum of each row (a string or number). Without it the sample is one stratum. */
  strata?: RowField;
  /**
   * Primary sampling unit of each row (a string or number; nested within strata: the same id in
   * two strata is two PSUs). Without it every household is its own PSU.
   */
  psu?: RowField;
  /** Compute standard errors and confidence intervals (default `true` when any survey option is given). */
  standardErrors?: boolean;
  /** Confidence level of the intervals, 0 < level < 1 (default `0.95`). */
  confidence?: number | string;
  /**
   * Strata with a single PSU: `adjust` (default; its PSU is centred at the overall mean, which
   * is conservative — R `survey`'s `lonely.psu = "adjust"`), `certainty` (it adds no variance),
   * or `fail` (a ValidationError at `finish`).
   */
  singletonPsu?: SingletonPsu;
  /**
   * Other indicator weightings for Alkire–Foster figures (e.g. `{ name: 'nested', weights:
   * 'nested', k: '1/3' }`), beside the national count.
   */
  measures?: readonly IndicatorWeighting[];
}

/** Per-row survey values given to {@link Summarizer.add} directly (they win over the options' fields). */
export interface SurveyFields {
  /** The row's weight (needs the `weight` option, which names where weights come from). */
  readonly weight?: number | string;
  /** The household's size (needs the `size` option). */
  readonly size?: number | string;
  /** The row's stratum (needs the `strata` option). */
  readonly stratum?: string | number;
  /** The row's PSU (needs the `psu` option). */
  readonly psu?: string | number;
}

/** A count and its share of a denominator. */
export interface CountShare {
  /** Number of households. */
  readonly count: number;
  /**
   * `count / denominator` as a decimal string (e.g. `"0.0403"`); exact when the quotient has at
   * most 20 decimal places, otherwise rounded half-up at the 20th. `null` when the denominator is 0.
   */
  readonly share: string | null;
}

/** One row of the deprivation table. */
export interface IndicatorFigures {
  /** Indicator id, e.g. `health-insurance`. */
  readonly id: string;
  /** Dimension id, e.g. `health`. */
  readonly dimension: string;
  /** Classified households deprived on this indicator. */
  readonly deprived: number;
  /** Classified households whose status on this indicator is unknown. */
  readonly unknown: number;
  /** `deprived / classified`. */
  readonly rate: string | null;
  /** Poor and near-poor households deprived on this indicator. */
  readonly deprivedAmongPoorOrNearPoor: number;
  /** `deprivedAmongPoorOrNearPoor / (poor + near-poor)`. */
  readonly rateAmongPoorOrNearPoor: string | null;
}

/** One indicator's Alkire–Foster figures. */
export interface CensoredIndicator {
  /** Indicator id, e.g. `health-insurance`. */
  readonly id: string;
  /** Multidimensionally poor households (deprivations ≥ k) deprived on this indicator. */
  readonly count: number;
  /** Censored headcount ratio: `count / population`. */
  readonly headcount: string | null;
  /** Percentage contribution to M0 as a fraction: `weight × headcount / M0` = `count / deprivationSum`. */
  readonly contribution: string | null;
}

/** H, A and M0 at one cut `k` (a number of indicators), from the same households. */
export interface AlkireFosterCut {
  /** The cut: deprived on at least this many indicators. */
  readonly atLeast: number;
  /** The cut as a share of the weights, `atLeast / d`. */
  readonly kShare: string | null;
  /** Multidimensionally poor households at this cut. */
  readonly poor: number;
  /** Sum of their deprivation counts. */
  readonly deprivationSum: number;
  /** Headcount ratio. */
  readonly H: string | null;
  /** Intensity. */
  readonly A: string | null;
  /** Adjusted headcount ratio. */
  readonly M0: string | null;
}

/**
 * Alkire–Foster measures with equal indicator weights (`1/d`) and the rule set's deprivation
 * cut as `k` (a count of indicators). The population is the classified households whose
 * indicators are all known (complete cases); the others are counted in `incomplete`.
 * A household is multidimensionally poor here when it is deprived on at least `k` indicators,
 * whatever its income (the AF identification, not the national category).
 */
export interface AlkireFoster {
  /** Number of indicators `d`. */
  readonly indicators: number;
  /** Each indicator's weight `1/d`, as a decimal string. */
  readonly weight: string | null;
  /** The cut-off as a count of indicators (the rule set's deprivation cut). */
  readonly k: number;
  /** The cut-off as a share of the weights, `k/d`. */
  readonly kShare: string | null;
  /** Complete cases: classified households with no unknown indicator. */
  readonly population: number;
  /** Classified households left out because some indicator is unknown. */
  readonly incomplete: number;
  /** Multidimensionally poor households `q` (deprived on ≥ k indicators). */
  readonly poor: number;
  /** Sum of the deprivation counts of the poor (the censored deprivations). */
  readonly deprivationSum: number;
  /** Headcount ratio `H = q / n`. */
  readonly H: string | null;
  /** Intensity `A = deprivationSum / (q × d)`: the average share of weighted deprivations among the poor. */
  readonly A: string | null;
  /** Adjusted headcount ratio `M0 = H × A = deprivationSum / (n × d)`. */
  readonly M0: string | null;
  /** Censored headcount ratios and percentage contributions, per indicator. */
  readonly censored: readonly CensoredIndicator[];
  /**
   * The robustness table: H, A and M0 for every cut k = 1…d, from one pass (integer cuts, compared
   * exactly). The entry with `atLeast = k` repeats the figures above.
   */
  readonly cuts: readonly AlkireFosterCut[];
}

/** The figures for one population (the whole batch or one group). */
export interface SummaryFigures {
  /** Rows read (classified + errors). */
  readonly rows: number;
  /** Rows classified. */
  readonly classified: number;
  /** Rows that could not be classified; `share` of `rows`. */
  readonly errors: CountShare;
  /**
   * Households per category; every `share` is of `rows`, so poor + near-poor + average +
   * above-average + undetermined + errors = rows (shares sum to 1).
   */
  readonly categories: {
    /** Poor households (hộ nghèo). */
    readonly poor: CountShare;
    /** Near-poor households (hộ cận nghèo). */
    readonly 'near-poor': CountShare;
    /** Poor and near-poor together. */
    readonly 'poor-or-near-poor': CountShare;
    /** Households with an average living standard (hộ có mức sống trung bình). */
    readonly average: CountShare;
    /** Households above the average-living band. */
    readonly 'above-average': CountShare;
    /** Classified households whose category is `undetermined` (unknown indicators could change it). */
    readonly undetermined: CountShare;
  };
  /** The deprivation table, one entry per indicator in the rule set's order. */
  readonly indicators: readonly IndicatorFigures[];
  /** Alkire–Foster measures (H, A, M0) over the complete cases. */
  readonly alkireFoster: AlkireFoster;
  /** Weighted figures with standard errors, when survey options were given (see {@link SummarizeOptions}). */
  readonly survey?: SurveyFigures;
}

/** One group of a grouped summary. */
export interface SummaryGroup extends SummaryFigures {
  /** The group's key as a string; `null` for rows without a key. */
  readonly key: string | null;
}

/** The result of {@link summarize}. */
export interface Summary extends SummaryFigures {
  /** The rule set of the results, or `null` when there was none (no classified row, no option). */
  readonly ruleSet: {
    /** Rule-set id, e.g. `vn-2022-2025`. */
    readonly id: string;
    /** Version of the rule data, e.g. `1.1.0`. */
    readonly version: string;
    /** The rule set's fingerprint: SHA-256 of its canonical JSON data, lowercase hex. */
    readonly fingerprint: string;
  } | null;
  /** The field name grouped by, `"(function)"` for a function, `null` when not grouped. */
  readonly by: string | null;
  /** Groups sorted by key (code-unit order, missing key last); empty when not grouped. Their counts add up to the totals. */
  readonly groups: readonly SummaryGroup[];
  /** Weighted figures and the design they were computed under, when survey options were given. */
  readonly survey?: SurveySummary;
}

/** The survey part of a {@link Summary}: weighted figures and the design. */
export interface SurveySummary extends SurveyFigures {
  /** How the figures and their standard errors were computed. */
  readonly design: SurveyDesign;
}

const DECIMALS = 20;

function ratio(numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  if (numerator === 0) return '0';
  return new Money(numerator).div(denominator).toDecimalPlaces(DECIMALS).toFixed();
}

function countShare(count: number, denominator: number): CountShare {
  return { count, share: ratio(count, denominator) };
}

const CATEGORY_SLOT = { poor: 0, 'near-poor': 1, average: 2, 'above-average': 3, undetermined: 4 } as const;

/** @internal The counts of a {@link Tally} as plain data (what a worker sends). */
export type TallyCounts = Readonly<
  Pick<
    Tally,
    | 'rows'
    | 'errors'
    | 'categories'
    | 'deprived'
    | 'unknown'
    | 'deprivedPoorOrNearPoor'
    | 'censored'
    | 'scores'
    | 'afPopulation'
    | 'afIncomplete'
    | 'afPoor'
    | 'afSum'
  >
>;

/** @internal The tallies of some rows: the total, and per group key (plain data). */
export interface TallyParts {
  readonly total: TallyCounts;
  readonly groups: readonly (readonly [string | null, TallyCounts])[];
}

/** @internal Integer tallies for one population (also filled by the columnar path). */
export class Tally {
  rows = 0;
  errors = 0;
  readonly categories = [0, 0, 0, 0, 0];
  deprived: number[];
  unknown: number[];
  deprivedPoorOrNearPoor: number[];
  censored: number[];
  afPopulation = 0;
  afIncomplete = 0;
  afPoor = 0;
  afSum = 0;
  /** Complete cases by number of deprivations (0…d). */
  scores: number[];

  constructor(indicators: number) {
    this.deprived = new Array<number>(indicators).fill(0);
    this.unknown = new Array<number>(indicators).fill(0);
    this.deprivedPoorOrNearPoor = new Array<number>(indicators).fill(0);
    this.censored = new Array<number>(indicators).fill(0);
    this.scores = new Array<number>(indicators + 1).fill(0);
  }

  /** A deep copy (for the missing-key group when grouping starts after some rows). */
  clone(): Tally {
    const copy = new Tally(0);
    copy.rows = this.rows;
    copy.errors = this.errors;
    copy.categories.splice(0, 5, ...this.categories);
    copy.deprived = [...this.deprived];
    copy.unknown = [...this.unknown];
    copy.deprivedPoorOrNearPoor = [...this.deprivedPoorOrNearPoor];
    copy.censored = [...this.censored];
    copy.afPopulation = this.afPopulation;
    copy.afIncomplete = this.afIncomplete;
    copy.afPoor = this.afPoor;
    copy.afSum = this.afSum;
    copy.scores = [...this.scores];
    return copy;
  }

  resize(indicators: number): void {
    this.deprived = new Array<number>(indicators).fill(0);
    this.unknown = new Array<number>(indicators).fill(0);
    this.deprivedPoorOrNearPoor = new Array<number>(indicators).fill(0);
    this.censored = new Array<number>(indicators).fill(0);
    this.scores = new Array<number>(indicators + 1).fill(0);
  }

  add(result: Classification | null, cut: number): void {
    this.rows++;
    if (result === null) {
      this.errors++;
      return;
    }
    const slot = CATEGORY_SLOT[result.category];
    this.categories[slot]!++;
    const poorOrNearPoor = slot <= 1;
    const indicators = result.indicators;
    const complete = result.unknownCount === 0;
    const afPoor = complete && result.deprivationCount >= cut;
    for (let i = 0; i < indicators.length; i++) {
      const status = indicators[i]!.status;
      if (status === 'deprived') {
        this.deprived[i]!++;
        if (poorOrNearPoor) this.deprivedPoorOrNearPoor[i]!++;
        if (afPoor) this.censored[i]!++;
      } else if (status === 'unknown') this.unknown[i]!++;
    }
    if (complete) {
      this.afPopulation++;
      this.scores[result.deprivationCount]!++;
      if (afPoor) {
        this.afPoor++;
        this.afSum += result.deprivationCount;
      }
    } else this.afIncomplete++;
  }

  /**
   * Counts a row from its codes: `slot` the category's code (0 poor … 4 undetermined, as
   * `COLUMN_CATEGORIES`) or 255 for a failed row; `statuses[offset + j]` indicator j's status
   * (0 not deprived, 1 deprived, 2 unknown). The same counts as {@link Tally.add} of the row's
   * classification.
   */
  addCodes(slot: number, statuses: Uint8Array, offset: number, cut: number): void {
    this.rows++;
    if (slot === 255) {
      this.errors++;
      return;
    }
    this.categories[slot]!++;
    const d = this.deprived.length;
    let deprivations = 0;
    let unknowns = 0;
    for (let j = 0; j < d; j++) {
      const status = statuses[offset + j]!;
      if (status === 1) deprivations++;
      else if (status === 2) unknowns++;
    }
    const poorOrNearPoor = slot <= 1;
    const complete = unknowns === 0;
    const afPoor = complete && deprivations >= cut;
    for (let j = 0; j < d; j++) {
      const status = statuses[offset + j]!;
      if (status === 1) {
        this.deprived[j]!++;
        if (poorOrNearPoor) this.deprivedPoorOrNearPoor[j]!++;
        if (afPoor) this.censored[j]!++;
      } else if (status === 2) this.unknown[j]!++;
    }
    if (complete) {
      this.afPopulation++;
      this.scores[deprivations]!++;
      if (afPoor) {
        this.afPoor++;
        this.afSum += deprivations;
      }
    } else this.afIncomplete++;
  }

  /** Adds the counts of another tally of the same indicators (or its structured clone, e.g. from a worker). */
  merge(other: TallyCounts): void {
    const sum = (into: number[], from: readonly number[]): void => {
      for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
    };
    this.rows += other.rows;
    this.errors += other.errors;
    sum(this.categories, other.categories);
    sum(this.deprived, other.deprived);
    sum(this.unknown, other.unknown);
    sum(this.deprivedPoorOrNearPoor, other.deprivedPoorOrNearPoor);
    sum(this.censored, other.censored);
    sum(this.scores, other.scores);
    this.afPopulation += other.afPopulation;
    this.afIncomplete += other.afIncomplete;
    this.afPoor += other.afPoor;
    this.afSum += other.afSum;
  }

  /** H, A, M0 at every cut 1…d from the counts of complete cases by number of deprivations. */
  private cuts(d: number, n: number): AlkireFosterCut[] {
    const out: AlkireFosterCut[] = [];
    let poor = 0;
    let sum = 0;
    for (let k = d; k >= 1; k--) {
      poor += this.scores[k]!;
      sum += k * this.scores[k]!;
      out.push({ atLeast: k, kShare: ratio(k, d), poor, deprivationSum: sum, H: ratio(poor, n), A: ratio(sum, poor * d), M0: ratio(sum, n * d) });
    }
    return out.reverse();
  }

  figures(meta: readonly IndicatorMeta[], cut: number): SummaryFigures {
    const rows = this.rows;
    const classified = rows - this.errors;
    const [poor, nearPoor, average, aboveAverage, undetermined] = this.categories as [number, number, number, number, number];
    const pnp = poor + nearPoor;
    const d = meta.length;
    const n = this.afPopulation;
    const q = this.afPoor;
    const sum = this.afSum;
    return {
      rows,
      classified,
      errors: countShare(this.errors, rows),
      categories: {
        poor: countShare(poor, rows),
        'near-poor': countShare(nearPoor, rows),
        'poor-or-near-poor': countShare(pnp, rows),
        average: countShare(average, rows),
        'above-average': countShare(aboveAverage, rows),
        undetermined: countShare(undetermined, rows),
      },
      indicators: meta.map((indicator, i) => ({
        id: indicator.id,
        dimension: indicator.dimension,
        deprived: this.deprived[i]!,
        unknown: this.unknown[i]!,
        rate: ratio(this.deprived[i]!, classified),
        deprivedAmongPoorOrNearPoor: this.deprivedPoorOrNearPoor[i]!,
        rateAmongPoorOrNearPoor: ratio(this.deprivedPoorOrNearPoor[i]!, pnp),
      })),
      alkireFoster: {
        indicators: d,
        weight: ratio(1, d),
        k: cut,
        kShare: ratio(cut, d),
        population: n,
        incomplete: this.afIncomplete,
        poor: q,
        deprivationSum: sum,
        H: ratio(q, n),
        A: ratio(sum, q * d),
        M0: ratio(sum, n * d),
        censored: meta.map((indicator, i) => ({
          id: indicator.id,
          count: this.censored[i]!,
          headcount: ratio(this.censored[i]!, n),
          contribution: ratio(this.censored[i]!, sum),
        })),
        cuts: this.cuts(d, n),
      },
    };
  }
}

type Path = readonly (string | number)[];

function invalid(path: Path, code: LibraryIssueCode | SchemaIssueCode, message: string): ValidationError {
  return new ValidationError([{ path: [...path], code, message }]);
}

const ROW_SHAPE = 'each row must be a classifyMany row ({ ok: true, result } or { ok: false, issues }) or a classify result';

/**
 * Reads one row: its classification (`null` for a failed row), checked for the fields the
 * tallies read, so a forged or truncated row is a ValidationError at its index, never a TypeError.
 */
function readRow(item: unknown, index: number): Classification | null {
  if (item === null || typeof item !== 'object') throw invalid([index], 'invalid_type', ROW_SHAPE);
  const ok = (item as { ok?: unknown }).ok;
  if (ok === false) return null;
  if (ok === true) return readClassification((item as { result?: unknown }).result, [index, 'result']);
  return readClassification(item, [index]);
}

function readClassification(value: unknown, path: Path): Classification {
  if (value === null || typeof value !== 'object') throw invalid(path, 'invalid_type', `${ROW_SHAPE}; this row's result is missing`);
  const result = value as Classification;
  if (typeof result.category !== 'string' || !Object.hasOwn(CATEGORY_SLOT, result.category)) {
    throw invalid([...path, 'category'], 'invalid_value', `category must be one of ${Object.keys(CATEGORY_SLOT).join(', ')}`);
  }
  const indicators = result.indicators;
  if (!Array.isArray(indicators)) throw invalid([...path, 'indicators'], 'invalid_type', 'indicators must be an array of indicator results');
  let deprived = 0;
  let unknown = 0;
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i] as { status?: unknown } | null;
    const status = indicator === null || typeof indicator !== 'object' ? undefined : indicator.status;
    if (status === 'deprived') deprived++;
    else if (status === 'unknown') unknown++;
    else if (status !== 'not-deprived')
      throw invalid([...path, 'indicators', i, 'status'], 'invalid_value', 'an indicator status must be deprived, not-deprived or unknown');
  }
  if (result.deprivationCount !== deprived)
    throw invalid([...path, 'deprivationCount'], 'invalid_value', `deprivationCount must equal the number of deprived indicators (${deprived})`);
  if (result.unknownCount !== unknown)
    throw invalid([...path, 'unknownCount'], 'invalid_value', `unknownCount must equal the number of unknown indicators (${unknown})`);
  if (!Number.isSafeInteger(result.deprivationCut) || result.deprivationCut < 0)
    throw invalid([...path, 'deprivationCut'], 'invalid_value', 'deprivationCut must be a non-negative integer');
  const ruleSet = result.ruleSet as { fingerprint?: unknown; id?: unknown; version?: unknown } | null;
  if (
    ruleSet === null ||
    typeof ruleSet !== 'object' ||
    typeof ruleSet.fingerprint !== 'string' ||
    typeof ruleSet.id !== 'string' ||
    typeof ruleSet.version !== 'string'
  ) {
    throw invalid([...path, 'ruleSet'], 'invalid_type', 'ruleSet must be the rule-set summary of the result ({ id, version, fingerprint })');
  }
  return result;
}

/** @internal A group key as a string (`null`: the missing-key group); anything but a primitive is refused (at row `index`). */
export function normaliseKey(value: unknown, index = 0): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return null;
  throw invalid([index], 'invalid_group_key', 'a group key must be a string, a number, a boolean, null or undefined');
}

/** What a caught error says (an Error's message, or the thrown value), shortened. @internal */
export function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

/** Group keys in code-unit order, the missing key (null) last; keys are distinct. @internal */
export function byKey(a: string | null, b: string | null): number {
  return a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
}

/** Reads an option once (a throwing getter is a ValidationError at its path, not a crash). */
function readOption(options: object, name: string): unknown {
  try {
    return (options as Record<string, unknown>)[name];
  } catch (error) {
    throw invalid([name], 'invalid_type', `reading option ${name} failed: ${messageOf(error)}`);
  }
}

/**
 * An incremental summary: `add` rows one at a time (e.g. while streaming), then `finish`.
 * {@link summarize} is a loop over `add`.
 */
export interface Summarizer {
  /**
   * Adds one row. `key`, when given, is this row's group key and wins over the `by` option
   * (useful when the key lives in the input rather than in the result); once any row has a key,
   * rows without one are counted in the missing-key group. `fields` gives the row's survey values
   * (weight, size, stratum, PSU) directly, winning over the options' fields.
   */
  add(item: SummaryItem, key?: GroupKeyValue, fields?: SurveyFields): void;
  /** The summary of every row added so far. */
  finish(): Summary;
}

const SURVEY_OPTIONS = ['weight', 'size', 'strata', 'psu', 'standardErrors', 'confidence', 'singletonPsu', 'measures'] as const;

interface SurveySetup {
  readonly engine: SurveyEngine;
  readonly weight: RowField | undefined;
  readonly size: RowField | undefined;
  readonly strata: RowField | undefined;
  readonly psu: RowField | undefined;
}

function fieldName(field: unknown, name: string): string | null {
  if (field === undefined) return null;
  if (typeof field === 'string') return field;
  if (typeof field === 'function') return '(function)';
  throw invalid([name], 'invalid_type', `${name} must be a field name or a function (row, index) => value`);
}

/** Reads and checks the survey options; `undefined` when none is given. */
function surveySetup(options: object): SurveySetup | undefined {
  const values = Object.fromEntries(SURVEY_OPTIONS.map((name) => [name, readOption(options, name)])) as Record<(typeof SURVEY_OPTIONS)[number], unknown>;
  if (SURVEY_OPTIONS.every((name) => values[name] === undefined)) return undefined;
  const names = {
    weight: fieldName(values.weight, 'weight'),
    size: fieldName(values.size, 'size'),
    strata: fieldName(values.strata, 'strata'),
    psu: fieldName(values.psu, 'psu'),
  };
  const standardErrors = values.standardErrors ?? true;
  if (typeof standardErrors !== 'boolean') throw invalid(['standardErrors'], 'invalid_type', 'standardErrors must be true or false');
  const singletonPsu = values.singletonPsu ?? 'adjust';
  if (singletonPsu !== 'adjust' && singletonPsu !== 'certainty' && singletonPsu !== 'fail')
    throw invalid(['singletonPsu'], 'invalid_value', 'singletonPsu must be "adjust", "certainty" or "fail"');
  let confidence = '0.95';
  if (values.confidence !== undefined) {
    const level = typeof values.confidence === 'number' || typeof values.confidence === 'string' ? readFraction(values.confidence) : 'not a number';
    if (typeof level === 'string' || level.num === 0n || level.num >= level.den)
      throw invalid(['confidence'], 'invalid_value', 'confidence must be a level between 0 and 1, such as 0.95');
    confidence = new Money(level.num.toString()).div(level.den.toString()).toDecimalPlaces(DECIMALS).toFixed();
  }
  const measures = values.measures ?? [];
  if (!Array.isArray(measures) || measures.length > 20)
    throw invalid(['measures'], 'invalid_type', 'measures must be an array of at most 20 indicator weightings');
  const engine = new SurveyEngine({
    ...names,
    standardErrors,
    singletonPsu,
    confidence,
    z: normalQuantile((1 + Number(confidence)) / 2),
    weightings: [...measures],
  });
  return {
    engine,
    weight: values.weight as RowField | undefined,
    size: values.size as RowField | undefined,
    strata: values.strata as RowField | undefined,
    psu: values.psu as RowField | undefined,
  };
}

/** Reads a per-row value: the explicit one, else the option's field or function. */
function rowValue(field: RowField, item: SummaryItem, result: Classification | null, index: number, name: string): unknown {
  try {
    if (typeof field === 'function') return field(item, index);
    const own = (item as unknown as Record<string, unknown>)[field];
    if (own !== undefined || result === null) return own;
    return (result as unknown as Record<string, unknown>)[field];
  } catch (error) {
    throw invalid([index, name], 'invalid_type', `reading ${name} of row ${index} failed: ${messageOf(error)}`);
  }
}

function designKey(value: unknown, index: number, name: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw invalid([index, name], 'invalid_design', `row ${index} has no ${name === 'strata' ? 'stratum' : 'PSU'}: give a non-empty string or a number`);
}

const SIZE = /^[1-9]\d{0,2}$/;

function readSize(value: unknown): number {
  const size = typeof value === 'number' ? value : typeof value === 'string' && SIZE.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(size) && size >= 1 && size <= MAX_HOUSEHOLD_SIZE ? size : -1;
}

/**
 * Creates a {@link Summarizer}: the streaming form of {@link summarize}, with the same options
 * and the same figures.
 *
 * @param options - Grouping key, the rule set, and the survey options (weights, design,
 *   indicator weightings) of {@link SummarizeOptions}.
 * @returns An object with `add(item, key?, fields?)` and `finish()`.
 * @throws {@link ValidationError} for bad options; from `add`, when rows come from different rule
 *   sets, an item is neither a batch row nor a classification, or a survey value is missing or
 *   invalid (path `[index, 'weight']`…); from `finish`, for a singleton stratum with
 *   `singletonPsu: 'fail'`.
 * @example
 * ```ts
 * import { classifyMany, createSummarizer } from 'chuan-ngheo';
 * const summarizer = createSummarizer({ by: 'area', weight: 'weight' });
 * const households = [{ area: 'urban', size: 2, income: { perCapitaMonthly: 2500000 } }];
 * for (const row of classifyMany(households)) summarizer.add(row, undefined, { weight: '250.5' });
 * const summary = summarizer.finish();
 * summary.categories.average.count;               // 1
 * summary.survey!.households.categories.average.total; // '250.5'
 * ```
 */
export function createSummarizer(options: SummarizeOptions = {}): Summarizer {
  return createSummarizerWith(options).summarizer;
}

/** A row's survey values, as read and checked by a summarizer. @internal */
export interface RowValues {
  /** The classification (`null`: a failed row). */
  readonly result: Classification | null;
  /** The weight (1 when unweighted); valid until the next row. */
  readonly weight: ExactDecimal;
  /** The size (0 without `size`; −1 unreadable, for a failed row). */
  readonly size: number;
  /** The stratum key (`''`: unstratified). */
  readonly stratum: string;
  /** The PSU key (`null`: no `psu` option). */
  readonly psu: string | null;
  /** The row as given. */
  readonly item: SummaryItem;
  /** Its position. */
  readonly index: number;
}

/** What a summarizer holds, for change estimation. @internal */
export interface SummarizerParts {
  /** The survey engine (undefined without survey options). */
  readonly engine: SurveyEngine | undefined;
  /** The whole sample's domain. */
  readonly total: Domain | undefined;
  /** Each group's domain. */
  readonly groups: ReadonlyMap<string | null, Domain | undefined>;
  /** The indicators, once known. */
  readonly indicators: readonly IndicatorMeta[];
  /** The rule set's cut. */
  readonly cut: number;
  /** Whether the rule set is known. */
  readonly known: boolean;
}

/**
 * A summarizer with access to its parts, and a hook called with each row's checked survey values
 * (and its group key, `undefined` when not grouped) before the row is counted. @internal
 */
export function createSummarizerWith(
  options: SummarizeOptions,
  hook?: (values: RowValues, groupKey: string | null | undefined) => void,
): { summarizer: Summarizer; parts: () => SummarizerParts; merge: (tallies: TallyParts) => void } {
  if (options === null || typeof options !== 'object') throw invalid([], 'invalid_type', 'options must be an object such as { by: "area" }');
  const by = readOption(options, 'by') as GroupBy | undefined;
  if (by !== undefined && typeof by !== 'string' && typeof by !== 'function') {
    throw invalid(['by'], 'invalid_type', 'by must be a field name or a function (row, index) => key');
  }
  const ruleSetOption = readOption(options, 'ruleSet');
  const survey = surveySetup(options);
  let ruleSet: Summary['ruleSet'] = null;
  let meta: IndicatorMeta[] = [];
  let cut = 0;
  let known = false;
  if (ruleSetOption !== undefined) {
    const resolved = resolveRuleSet(ruleSetOption, ['ruleSet']);
    ruleSet = { id: resolved.id, version: resolved.version, fingerprint: resolved.fingerprint };
    meta = resolved.indicators.map((indicator) => ({ id: indicator.id, dimension: indicator.dimension }));
    cut = resolved.deprivationCut.atLeast;
    known = true;
    survey?.engine.setIndicators(meta, cut, []);
  }
  interface Group {
    readonly tally: Tally;
    readonly domain: Domain | undefined;
  }
  const total: Group = { tally: new Tally(meta.length), domain: survey?.engine.domain() };
  const groups = new Map<string | null, Group>();
  // Grouping is in effect with `by`, or from the first row given an explicit key; rows without
  // a key then go to the missing-key group (null), so the groups always add up to the totals.
  let grouping = by !== undefined;
  let index = 0;
  const weight: ExactDecimal = exactDecimal();
  const ONE: ExactDecimal = { units: 1, big: 1n, scale: 0, float: 1 };
  const domains: Domain[] = [];

  function keyOf(item: SummaryItem, result: Classification | null, at: number): string | null {
    if (by === undefined) return null;
    if (typeof by === 'function') {
      let value: unknown;
      try {
        value = by(item, at);
      } catch (error) {
        throw invalid([at], 'invalid_group_key', `by(row, ${at}) threw: ${messageOf(error)}`);
      }
      return normaliseKey(value, at);
    }
    const own = (item as unknown as Record<string, unknown>)[by];
    if (own !== undefined) return normaliseKey(own, at);
    return result === null ? null : normaliseKey((result as unknown as Record<string, unknown>)[by], at);
  }

  /** Reads the row's survey values (the weight into `weight`). */
  function surveyValues(setup: SurveySetup, item: SummaryItem, result: Classification | null, fields: SurveyFields | undefined): RowValues {
    let w = ONE;
    if (setup.weight !== undefined) {
      const value = fields?.weight !== undefined ? fields.weight : rowValue(setup.weight, item, result, index, 'weight');
      if (value === undefined || value === null)
        throw invalid([index, 'weight'], 'invalid_weight', `row ${index} has no weight; every row of a weighted summary needs one`);
      const problem = readDecimal(value, weight);
      if (problem !== null) throw invalid([index, 'weight'], 'invalid_weight', `the weight of row ${index} ${problem}`);
      w = weight;
    } else if (fields?.weight !== undefined)
      throw invalid([index, 'weight'], 'invalid_weight', 'a weight was given to add(), but the summarizer has no weight option (e.g. { weight: "weight" })');
    let size = 0;
    if (setup.size !== undefined) {
      size = readSize(fields?.size !== undefined ? fields.size : rowValue(setup.size, item, result, index, 'size'));
      if (size < 0 && result !== null)
        throw invalid([index, 'size'], 'invalid_size', `the size of row ${index} must be a whole number from 1 to ${MAX_HOUSEHOLD_SIZE}`);
    }
    const stratum =
      setup.strata === undefined
        ? ''
        : designKey(fields?.stratum !== undefined ? fields.stratum : rowValue(setup.strata, item, result, index, 'strata'), index, 'strata');
    const psu =
      setup.psu === undefined ? null : designKey(fields?.psu !== undefined ? fields.psu : rowValue(setup.psu, item, result, index, 'psu'), index, 'psu');
    return { result, weight: w, size, stratum, psu, item, index };
  }

  const summarizer: Summarizer = {
    add(item: SummaryItem, key?: GroupKeyValue, fields?: SurveyFields): void {
      const result = readRow(item, index);
      if (fields !== undefined && (fields === null || typeof fields !== 'object'))
        throw invalid([index], 'invalid_type', 'fields must be an object such as { weight: "12.5" }');
      if (result !== null) {
        if (!known) {
          ruleSet = { id: result.ruleSet.id, version: result.ruleSet.version, fingerprint: result.ruleSet.fingerprint };
          meta = result.indicators.map((indicator) => ({ id: indicator.id, dimension: indicator.dimension }));
          cut = result.deprivationCut;
          known = true;
          total.tally.resize(meta.length);
          for (const group of groups.values()) group.tally.resize(meta.length);
          if (survey !== undefined) {
            const all = [total, ...groups.values()].map((group) => group.domain!);
            survey.engine.setIndicators(meta, cut, all);
          }
        } else if (result.ruleSet.fingerprint !== ruleSet!.fingerprint) {
          throw invalid(
            [index],
            'mixed_rule_sets',
            `row ${index} was classified under ${result.ruleSet.id} (${result.ruleSet.fingerprint.slice(0, 12)}…), the rows before under ${ruleSet!.id} (${ruleSet!.fingerprint.slice(0, 12)}…); summarize one rule set at a time`,
          );
        } else if (result.indicators.length !== meta.length) {
          throw invalid(
            [index, 'indicators'],
            'invalid_value',
            `a result of ${ruleSet!.id} has ${meta.length} indicators, this row ${result.indicators.length}`,
          );
        }
      }
      const groupKey = key !== undefined ? normaliseKey(key, index) : keyOf(item, result, index);
      // Read and check everything before counting anything: a refused row leaves no trace.
      const values = survey === undefined ? undefined : surveyValues(survey, item, result, fields);
      if (values !== undefined && hook !== undefined) hook(values, grouping || key !== undefined ? groupKey : undefined);
      if (!grouping && key !== undefined) {
        grouping = true;
        // The rows added so far had no key: they are the missing-key group.
        if (index > 0) groups.set(null, { tally: total.tally.clone(), domain: total.domain?.clone() });
      }
      let group: Group | undefined;
      if (grouping) {
        group = groups.get(groupKey);
        if (group === undefined) {
          group = { tally: new Tally(meta.length), domain: survey?.engine.domain() };
          groups.set(groupKey, group);
        }
      }
      total.tally.add(result, cut);
      group?.tally.add(result, cut);
      if (survey !== undefined && values !== undefined) {
        domains.length = 0;
        domains.push(total.domain!);
        if (group !== undefined) domains.push(group.domain!);
        survey.engine.add(domains, result, values.weight, values.size, survey.engine.locate(values.stratum, values.psu ?? ''));
      }
      index++;
    },
    finish(): Summary {
      if (survey?.engine.settings.standardErrors) survey.engine.registry.check(survey.engine.settings.singletonPsu);
      const keys = [...groups.keys()].sort(byKey);
      const figures = (group: Group): SummaryFigures => {
        const plain = group.tally.figures(meta, cut);
        return survey === undefined ? plain : { ...plain, survey: survey.engine.figures(group.domain!) };
      };
      const { survey: weighted, ...whole } = figures(total);
      return {
        ruleSet,
        by: by === undefined ? (grouping ? '(key)' : null) : typeof by === 'string' ? by : '(function)',
        ...whole,
        ...(survey === undefined ? {} : { survey: { design: survey.engine.design(), ...weighted! } }),
        groups: keys.map((key) => ({ key, ...figures(groups.get(key)!) })),
      };
    },
  };
  const parts = (): SummarizerParts => ({
    engine: survey?.engine,
    total: total.domain,
    groups: new Map([...groups].map(([key, group]) => [key, group.domain])),
    indicators: meta,
    cut,
    known,
  });
  /** Adds rows counted elsewhere (an unweighted summarizer with its rule set: counts only). */
  const merge = (tallies: TallyParts): void => {
    if (survey !== undefined || !known) throw new Error('internal error: only an unweighted summarizer with a rule set merges tallies');
    if (!grouping && tallies.groups.length > 0) throw new Error('internal error: grouped tallies for an ungrouped summarizer');
    total.tally.merge(tallies.total);
    for (const [key, counts] of tallies.groups) {
      let group = groups.get(key);
      if (group === undefined) {
        group = { tally: new Tally(meta.length), domain: undefined };
        groups.set(key, group);
      }
      group.tally.merge(counts);
    }
    index += tallies.total.rows;
  };
  return { summarizer, parts, merge };
}

/** @internal The summary from its tallies: totals, then the groups sorted by key (missing key last). */
export function buildSummary(
  ruleSet: Summary['ruleSet'],
  by: string | null,
  meta: readonly IndicatorMeta[],
  cut: number,
  total: Tally,
  groups: ReadonlyMap<string | null, Tally>,
): Summary {
  const keys = [...groups.keys()].sort(byKey);
  // Tallies have no survey figures (those come from the survey engine): plain counts only.
  const plain = (tally: Tally): Omit<SummaryFigures, 'survey'> => tally.figures(meta, cut);
  return { ruleSet, by, ...plain(total), groups: keys.map((key) => ({ key, ...plain(groups.get(key)!) })) };
}

/**
 * Population statistics from batch results: counts and shares of each category (poor,
 * near-poor, poor + near-poor, average, above-average, undetermined, errors), the
 * per-indicator deprivation table among all classified households and among poor and
 * near-poor ones, and Alkire–Foster measures (equal weights, `k` = the rule set's deprivation
 * cut): H, A, M0 = H × A, censored headcounts and each indicator's contribution. With `by`,
 * the same figures per group; group counts add up to the totals exactly.
 *
 * Counts are integers; shares and measures are exact quotients of counts written as decimal
 * strings (rounded only past 20 decimal places). Round for display with {@link renderSummary}.
 *
 * @param results - Rows from `classifyMany`, or `classify` results (any iterable).
 * @param options - `by` (field name or function) and optionally `ruleSet`.
 * @returns The {@link Summary}.
 * @throws {@link ValidationError} when rows come from different rule sets.
 * @example
 * ```ts
 * import { classifyMany, summarize } from 'chuan-ngheo';
 * const rows = classifyMany([
 *   { area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 },
 *     deprivations: { employment: true, 'health-insurance': true, water: true } },
 *   { area: 'urban', size: 2, income: { perCapitaMonthly: 2500000 } },
 * ]);
 * const summary = summarize(rows, { by: 'area' });
 * summary.categories.poor;            // { count: 1, share: '0.5' }
 * summary.groups.map((g) => g.key);   // ['rural', 'urban']
 * summary.alkireFoster.k;             // 3
 * ```
 */
export function summarize(results: Iterable<SummaryItem>, options: SummarizeOptions = {}): Summary {
  const summarizer = createSummarizer(options);
  if (results === null || typeof results !== 'object' || typeof (results as Iterable<SummaryItem>)[Symbol.iterator] !== 'function') {
    throw invalid([], 'invalid_type', 'results must be an array or an iterable of classifyMany rows or classify results');
  }
  for (const item of results) summarizer.add(item);
  return summarizer.finish();
}
