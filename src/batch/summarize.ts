/**
 * `summarize`: population statistics from batch results — category counts and shares, the
 * per-indicator deprivation tables of the review reports, and Alkire–Foster measures — for the
 * whole population and by any grouping key, with subgroup counts that add up to the totals.
 *
 * Every figure is computed from the results `classify` returned (one source of truth), with
 * integer counts; shares are exact quotients of those counts written as decimal strings.
 *
 * @module
 */
import type { Classification } from '../engine/result.js';
import { ValidationError } from '../errors.js';
import { Money } from '../money.js';
import { getRuleSet } from '../rules/registry.js';
import type { RuleSet } from '../rules/types.js';
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

/** Options for {@link summarize}. */
export interface SummarizeOptions {
  /** Group the figures by this key (see {@link GroupBy}). */
  by?: GroupBy;
  /**
   * The rule set the results come from (id or object). Optional: it is read from the first
   * classified row; give it to get the indicator tables even when no row was classified.
   */
  ruleSet?: string | RuleSet;
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

/** @internal An indicator's id and dimension, as the figures name them. */
export interface IndicatorMeta {
  readonly id: string;
  readonly dimension: string;
}

const CATEGORY_SLOT = { poor: 0, 'near-poor': 1, average: 2, 'above-average': 3, undetermined: 4 } as const;

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

  constructor(indicators: number) {
    this.deprived = new Array<number>(indicators).fill(0);
    this.unknown = new Array<number>(indicators).fill(0);
    this.deprivedPoorOrNearPoor = new Array<number>(indicators).fill(0);
    this.censored = new Array<number>(indicators).fill(0);
  }

  resize(indicators: number): void {
    this.deprived = new Array<number>(indicators).fill(0);
    this.unknown = new Array<number>(indicators).fill(0);
    this.deprivedPoorOrNearPoor = new Array<number>(indicators).fill(0);
    this.censored = new Array<number>(indicators).fill(0);
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
      if (afPoor) {
        this.afPoor++;
        this.afSum += result.deprivationCount;
      }
    } else this.afIncomplete++;
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
      },
    };
  }
}

function isBatchResult(item: SummaryItem): item is BatchResult {
  return typeof (item as BatchResult).ok === 'boolean';
}

/** @internal A group key as a string, or `null` for the missing-key group. */
export function normaliseKey(value: GroupKeyValue | unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * An incremental summary: `add` rows one at a time (e.g. while streaming), then `finish`.
 * {@link summarize} is a loop over `add`.
 */
export interface Summarizer {
  /**
   * Adds one row. `key`, when given, is this row's group key and wins over the `by` option
   * (useful when the key lives in the input rather than in the result).
   */
  add(item: SummaryItem, key?: GroupKeyValue): void;
  /** The summary of every row added so far. */
  finish(): Summary;
}

/**
 * Creates a {@link Summarizer}: the streaming form of {@link summarize}, with the same options
 * and the same figures.
 *
 * @param options - Grouping key and (optionally) the rule set.
 * @returns An object with `add(item, key?)` and `finish()`.
 * @throws {@link ValidationError} (from `add`) when rows come from different rule sets, or
 *   when an item is neither a batch row nor a classification.
 * @example
 * ```ts
 * import { classifyMany, createSummarizer } from 'chuan-ngheo';
 * const summarizer = createSummarizer({ by: 'area' });
 * for (const row of classifyMany([{ area: 'urban', size: 2, income: { perCapitaMonthly: 2500000 } }])) {
 *   summarizer.add(row);
 * }
 * summarizer.finish().categories.average.count; // 1
 * ```
 */
export function createSummarizer(options: SummarizeOptions = {}): Summarizer {
  const by = options.by;
  if (by !== undefined && typeof by !== 'string' && typeof by !== 'function') {
    throw new ValidationError([{ path: ['by'], code: 'invalid_type', message: 'by must be a field name or a function (row, index) => key' }]);
  }
  let ruleSet: Summary['ruleSet'] = null;
  let meta: IndicatorMeta[] = [];
  let cut = 0;
  let known = false;
  if (options.ruleSet !== undefined) {
    const resolved = typeof options.ruleSet === 'string' ? getRuleSet(options.ruleSet) : options.ruleSet;
    ruleSet = { id: resolved.id, version: resolved.version, fingerprint: resolved.fingerprint };
    meta = resolved.indicators.map((indicator) => ({ id: indicator.id, dimension: indicator.dimension }));
    cut = resolved.deprivationCut.atLeast;
    known = true;
  }
  const total = new Tally(meta.length);
  const groups = new Map<string | null, Tally>();
  let index = 0;

  function keyOf(item: SummaryItem, result: Classification | null, at: number): string | null {
    if (typeof by === 'function') return normaliseKey(by(item, at));
    const own = (item as unknown as Record<string, unknown>)[by!];
    if (own !== undefined) return normaliseKey(own);
    return result === null ? null : normaliseKey((result as unknown as Record<string, unknown>)[by!]);
  }

  return {
    add(item: SummaryItem, key?: GroupKeyValue): void {
      if (item === null || typeof item !== 'object') {
        throw new ValidationError([{ path: [index], code: 'invalid_type', message: 'each row must be a classifyMany row or a classify result' }]);
      }
      let result: Classification | null;
      if (isBatchResult(item)) result = item.ok ? item.result : null;
      else if (typeof (item as Classification).category === 'string' && Array.isArray((item as Classification).indicators)) result = item as Classification;
      else throw new ValidationError([{ path: [index], code: 'invalid_type', message: 'each row must be a classifyMany row or a classify result' }]);
      if (result !== null) {
        if (!known) {
          ruleSet = { id: result.ruleSet.id, version: result.ruleSet.version, fingerprint: result.ruleSet.fingerprint };
          meta = result.indicators.map((indicator) => ({ id: indicator.id, dimension: indicator.dimension }));
          cut = result.deprivationCut;
          known = true;
          total.resize(meta.length);
          for (const tally of groups.values()) tally.resize(meta.length);
        } else if (result.ruleSet.fingerprint !== ruleSet!.fingerprint) {
          throw new ValidationError([
            {
              path: [index],
              code: 'mixed_rule_sets',
              message: `row ${index} was classified under ${result.ruleSet.id} (${result.ruleSet.fingerprint.slice(0, 12)}…), the rows before under ${ruleSet!.id} (${ruleSet!.fingerprint.slice(0, 12)}…); summarize one rule set at a time`,
            },
          ]);
        }
      }
      total.add(result, cut);
      if (by !== undefined || key !== undefined) {
        const groupKey = key !== undefined ? normaliseKey(key) : keyOf(item, result, index);
        let tally = groups.get(groupKey);
        if (tally === undefined) {
          tally = new Tally(meta.length);
          groups.set(groupKey, tally);
        }
        tally.add(result, cut);
      }
      index++;
    },
    finish(): Summary {
      return buildSummary(ruleSet, by === undefined ? (groups.size > 0 ? '(key)' : null) : typeof by === 'string' ? by : '(function)', meta, cut, total, groups);
    },
  };
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
  const keys = [...groups.keys()].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  return {
    ruleSet,
    by,
    ...total.figures(meta, cut),
    groups: keys.map((key) => ({ key, ...groups.get(key)!.figures(meta, cut) })),
  };
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
  for (const item of results) summarizer.add(item);
  return summarizer.finish();
}
