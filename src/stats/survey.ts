/**
 * Weighted survey figures with standard errors: categories, the deprivation table and
 * Alkire–Foster measures (the national count at every cut, and other indicator weightings), for
 * households and for persons (household weight × size), for the whole sample and each domain.
 *
 * Each household falls into a few *classes* (its category slot; deprived or unknown on each
 * indicator; its deprivation score under each measure; censored deprivations). Every figure is a
 * ratio of class totals, so one pass adds each household's weight to its classes — exactly (see
 * `exact.ts`) for the estimates, and in floating point per design cell for the variances
 * (`design.ts`).
 *
 * @internal
 * @module
 */
import type { Classification } from '../engine/result.js';
import { ValidationError } from '../errors.js';
import {
  Cells,
  linearisedVariance,
  partitionEstimand,
  psuVariances,
  Registry,
  Scratch,
  subsetEstimand,
  type BatchItem,
  type Estimand,
  type SingletonPsu,
} from './design.js';
import { decimalString, ExactSums, quotient, type ExactDecimal } from './exact.js';
import { countMeasure, resolveWeighting, type IndicatorMeta, type ResolvedCut, type ResolvedMeasure } from './measures.js';
import { fractionString } from './rational.js';

/** A ratio estimate with its standard error and confidence interval. */
export interface Estimate {
  /**
   * The estimate: an exact quotient of weighted totals as a decimal string (exact when it has at
   * most 20 decimal places, else rounded half-up at the 20th); `null` when the denominator is 0.
   */
  readonly value: string | null;
  /**
   * Its standard error (Taylor linearisation; floating point); `null` when standard errors were
   * not asked for or cannot be estimated (empty denominator).
   */
  readonly se: number | null;
  /** The confidence interval `value ± z·se`, clipped to [0, 1]; `null` with `se`. */
  readonly ci: {
    /** Lower bound. */
    readonly lower: number;
    /** Upper bound. */
    readonly upper: number;
  } | null;
}

/** An estimate whose standard error is filled in later. */
interface MutableEstimate {
  value: string | null;
  se: number | null;
  ci: Estimate['ci'];
}

/** A weighted total and its share (an {@link Estimate}). */
export interface WeightedShare extends Estimate {
  /** The weighted total (Σ weights of the households counted), exact, as a decimal string. */
  readonly total: string;
}

/** One row of the weighted deprivation table. */
export interface WeightedIndicator {
  /** Indicator id. */
  readonly id: string;
  /** Dimension id. */
  readonly dimension: string;
  /** Weighted total of classified households deprived on the indicator. */
  readonly deprived: string;
  /** Weighted total of classified households whose status is unknown. */
  readonly unknown: string;
  /** Deprived among classified households. */
  readonly rate: Estimate;
  /** Weighted total of poor and near-poor households deprived on the indicator. */
  readonly deprivedAmongPoorOrNearPoor: string;
  /** Deprived among poor and near-poor households. */
  readonly rateAmongPoorOrNearPoor: Estimate;
}

/** H, A and M0 at one cut. */
export interface CutFigures {
  /** The cut as a share of the weights, an exact fraction such as `"1/4"`. */
  readonly k: string;
  /** For the national count: deprived on at least this many indicators. */
  readonly atLeast?: number;
  /** Weighted total of the multidimensionally poor at this cut. */
  readonly poor: string;
  /** Headcount ratio. */
  readonly H: Estimate;
  /** Intensity: the average weighted deprivation share among the poor. */
  readonly A: Estimate;
  /** Adjusted headcount ratio M0 = H × A. */
  readonly M0: Estimate;
}

/** One indicator's censored headcount and contribution. */
export interface WeightedCensored {
  /** Indicator id. */
  readonly id: string;
  /** The indicator's weight, an exact fraction. */
  readonly weight: string;
  /** Weighted total of the poor (at the measure's cut) deprived on the indicator. */
  readonly total: string;
  /** Censored headcount ratio: that total over the population. */
  readonly headcount: Estimate;
  /** Percentage contribution to M0 as a fraction: weight × headcount / M0 (they add up to 1). */
  readonly contribution: string | null;
}

/** Alkire–Foster figures of one measure (the national count, or another weighting). */
export interface WeightedMeasure {
  /** `"count"` for the national measure (equal weights, the rule set's cut), else the weighting's name. */
  readonly name: string;
  /** The cut of the measure as a share of the weights, e.g. `"1/4"`. */
  readonly k: string;
  /** For the national count: the rule set's cut as a number of indicators. */
  readonly atLeast?: number;
  /** Weighted total of the complete cases (classified households with every indicator known). */
  readonly population: string;
  /** Weighted total of the classified households left out (some indicator unknown). */
  readonly incomplete: string;
  /** Weighted total of the multidimensionally poor (score ≥ k). */
  readonly poor: string;
  /** Σ weight × censored deprivation score (a share of the weights) over the poor; M0 = this / population. */
  readonly censoredScore: string | null;
  /** For the national count: Σ weight × number of deprivations over the poor (exact). */
  readonly deprivationSum?: string;
  /** Headcount ratio H. */
  readonly H: Estimate;
  /** Intensity A. */
  readonly A: Estimate;
  /** Adjusted headcount ratio M0 = H × A. */
  readonly M0: Estimate;
  /** Censored headcount ratios and contributions, per indicator. */
  readonly censored: readonly WeightedCensored[];
  /** H, A and M0 at every cut: k = 1…d indicators for the national count, the given cuts for a weighting. */
  readonly cuts: readonly CutFigures[];
}

/** Weighted figures for one unit of analysis. */
export interface SurveyLevel {
  /** `household`: each household counts its weight (Vietnam's official rates are household shares); `person`: weight × household size (the global MPI's person shares). */
  readonly unit: 'household' | 'person';
  /** Weighted total of all rows (estimated households, or persons, in the population). */
  readonly total: string;
  /** Weighted total of the classified rows. */
  readonly classified: string;
  /** Rows that could not be classified; `share` of all rows. */
  readonly errors: WeightedShare;
  /** Weighted totals and shares (of all rows) per category. */
  readonly categories: {
    /** Poor households (hộ nghèo). */
    readonly poor: WeightedShare;
    /** Near-poor households (hộ cận nghèo). */
    readonly 'near-poor': WeightedShare;
    /** Poor and near-poor together. */
    readonly 'poor-or-near-poor': WeightedShare;
    /** Households with an average living standard. */
    readonly average: WeightedShare;
    /** Households above the average-living band. */
    readonly 'above-average': WeightedShare;
    /** Classified households whose category is undetermined. */
    readonly undetermined: WeightedShare;
  };
  /** The weighted deprivation table, in the rule set's order. */
  readonly indicators: readonly WeightedIndicator[];
  /** The national Alkire–Foster measure (equal weights, the rule set's cut); `null` before any rule set is known. */
  readonly alkireFoster: WeightedMeasure | null;
  /** Other indicator weightings, as asked for (`measures` option). */
  readonly measures: readonly WeightedMeasure[];
  /** Persons only: failed rows whose size could not be read (they count no persons). */
  readonly unsized?: number;
}

/** Weighted figures for households, and for persons when sizes were given. */
export interface SurveyFigures {
  /** Household-level figures. */
  readonly households: SurveyLevel;
  /** Person-level figures (weight × size), when a `size` was given. */
  readonly persons?: SurveyLevel;
}

/** How the weighted figures and their standard errors were computed. */
export interface SurveyDesign {
  /** Where the weights came from (field name, `"(function)"`, `"(add)"`); `null`: every row has weight 1. */
  readonly weight: string | null;
  /** Where the household sizes came from; `null`: no person-level figures. */
  readonly size: string | null;
  /** Where the strata came from; `null`: one stratum. */
  readonly strata: string | null;
  /** Where the primary sampling units came from; `null`: every household is its own PSU. */
  readonly psu: string | null;
  /** Whether standard errors and confidence intervals were computed. */
  readonly standardErrors: boolean;
  /** Number of strata (`null` without standard errors). */
  readonly strataCount: number | null;
  /** Number of PSUs (`null` without standard errors). */
  readonly psuCount: number | null;
  /** Strata with a single PSU (`null` without standard errors). */
  readonly singletonStrata: number | null;
  /** How singleton strata were handled: `adjust` (centred at the overall mean, as R's `survey.lonely.psu = "adjust"`), `certainty` (no contribution), `fail`. */
  readonly singletonPsu: SingletonPsu;
  /** Degrees of freedom of the design: PSUs − strata (`null` without standard errors). */
  readonly degreesOfFreedom: number | null;
  /** Confidence level of the intervals, e.g. `"0.95"`. */
  readonly confidence: string;
  /** The normal quantile used: the intervals are value ± z·se. */
  readonly z: number;
}

/** The survey settings of a summary. */
export interface SurveySettings {
  readonly weight: string | null;
  readonly size: string | null;
  readonly strata: string | null;
  readonly psu: string | null;
  readonly standardErrors: boolean;
  readonly singletonPsu: SingletonPsu;
  readonly confidence: string;
  readonly z: number;
  /** Other weightings, as given (resolved when the rule set is known). */
  readonly weightings: readonly unknown[];
}

const SLOTS = 6;
const ERROR_SLOT = 5;
const CATEGORY_SLOT: Readonly<Record<string, number>> = { poor: 0, 'near-poor': 1, average: 2, 'above-average': 3, undetermined: 4 };
const ALL_SLOTS = [0, 1, 2, 3, 4, 5];

/** Where each class lives: slots, then per-indicator classes, then per-measure score and censored classes. */
export class Layout {
  readonly d: number;
  readonly V: number;
  readonly DEP: number;
  readonly UNK: number;
  readonly DPNP: number;
  readonly scoreBase: number[] = [];
  readonly censBase: number[] = [];
  private readonly deprived: Int32Array;
  private estimandCache = new Map<string, Estimand>();

  constructor(
    readonly indicators: readonly IndicatorMeta[],
    readonly measures: readonly ResolvedMeasure[],
  ) {
    const d = indicators.length;
    this.d = d;
    this.DEP = SLOTS;
    this.UNK = SLOTS + d;
    this.DPNP = SLOTS + 2 * d;
    let next = SLOTS + 3 * d;
    for (const measure of measures) {
      this.scoreBase.push(next);
      next += measure.scores.length;
      this.censBase.push(next);
      next += d;
    }
    this.V = next;
    this.deprived = new Int32Array(d);
  }

  /** Writes the classes of a row into `out`; returns how many. */
  classes(result: Classification | null, out: Int32Array): number {
    if (result === null) {
      out[0] = ERROR_SLOT;
      return 1;
    }
    const slot = CATEGORY_SLOT[result.category]!;
    let n = 0;
    out[n++] = slot;
    const d = this.d;
    const pnp = slot <= 1;
    const indicators = result.indicators;
    const deprived = this.deprived;
    let m = 0;
    for (let i = 0; i < d; i++) {
      const status = indicators[i]!.status;
      if (status === 'deprived') {
        deprived[m++] = i;
        out[n++] = this.DEP + i;
        if (pnp) out[n++] = this.DPNP + i;
      } else if (status === 'unknown') out[n++] = this.UNK + i;
    }
    if (result.unknownCount !== 0) return n;
    for (let k = 0; k < this.measures.length; k++) {
      const measure = this.measures[k]!;
      let score = m;
      if (measure.kind !== 'count') {
        score = 0;
        for (let j = 0; j < m; j++) score += measure.units[deprived[j]!]!;
      }
      out[n++] = this.scoreBase[k]! + measure.scoreIndex(score);
      if (score >= measure.cut.threshold) {
        const base = this.censBase[k]!;
        for (let j = 0; j < m; j++) out[n++] = base + deprived[j]!;
      }
    }
    return n;
  }

  private cached(key: string, make: () => Estimand): Estimand {
    let estimand = this.estimandCache.get(key);
    if (estimand === undefined) {
      estimand = make();
      this.estimandCache.set(key, estimand);
    }
    return estimand;
  }

  /** Share of all rows in the given slots. */
  share(slots: readonly number[]): Estimand {
    return this.cached(`share:${slots.join(',')}`, () =>
      partitionEstimand(
        ALL_SLOTS,
        ALL_SLOTS.map((s) => (slots.includes(s) ? 1 : 0)),
        ALL_SLOTS.map(() => 1),
      ),
    );
  }

  /** Deprived on indicator i among classified households. */
  rate(i: number): Estimand {
    return this.cached(`rate:${i}`, () => subsetEstimand([this.DEP + i], [0, 1, 2, 3, 4]));
  }

  /** Deprived on indicator i among poor and near-poor households. */
  ratePnp(i: number): Estimand {
    return this.cached(`pnp:${i}`, () => subsetEstimand([this.DPNP + i], [0, 1]));
  }

  private scoreClasses(m: number): number[] {
    return this.measures[m]!.scores.map((_, j) => this.scoreBase[m]! + j);
  }

  /** H, A or M0 of measure m at a cut. */
  af(m: number, cut: ResolvedCut, which: 'H' | 'A' | 'M0'): Estimand {
    return this.cached(`af:${m}:${cut.threshold}:${which}`, () => {
      const measure = this.measures[m]!;
      const poor = (score: number): boolean => score >= cut.threshold;
      const classes = this.scoreClasses(m);
      const scores = measure.scores;
      if (which === 'H')
        return partitionEstimand(
          classes,
          scores.map((s) => (poor(s) ? 1 : 0)),
          scores.map(() => 1),
        );
      const numerator = scores.map((s) => (poor(s) ? s : 0));
      if (which === 'M0')
        return partitionEstimand(
          classes,
          numerator,
          scores.map(() => 1),
          measure.L,
        );
      return partitionEstimand(
        classes,
        numerator,
        scores.map((s) => (poor(s) ? 1 : 0)),
        measure.L,
      );
    });
  }

  /** Censored headcount of indicator i under measure m. */
  censored(m: number, i: number): Estimand {
    return this.cached(`cens:${m}:${i}`, () => subsetEstimand([this.censBase[m]! + i], this.scoreClasses(m)));
  }
}

/** Builds the layout for a rule set's indicators and the asked-for weightings. */
export function buildLayout(indicators: readonly IndicatorMeta[], atLeast: number, weightings: readonly unknown[]): Layout {
  const measures = [countMeasure(indicators.length, atLeast), ...weightings.map((spec, i) => resolveWeighting(spec, indicators, atLeast, ['measures', i]))];
  const names = new Set<string>();
  measures.forEach((measure, i) => {
    if (names.has(measure.name))
      throw new ValidationError([
        { path: ['measures', i - 1, 'name'], code: 'invalid_value', message: `two weightings are named "${measure.name}"; give each its own name` },
      ]);
    names.add(measure.name);
  });
  return new Layout(indicators, measures);
}

/** One domain (the whole sample, or a group): exact totals and variance cells per level. */
export class Domain {
  rows = 0;
  unsized = 0;
  constructor(
    readonly exact: ExactSums[],
    readonly cells: (Cells | null)[],
  ) {}

  /** A deep copy. */
  clone(): Domain {
    const copy = new Domain(
      this.exact.map((sums) => sums.clone()),
      this.cells.map((cells) => (cells === null ? null : cells.clone())),
    );
    copy.rows = this.rows;
    copy.unsized = this.unsized;
    return copy;
  }
}

/** An estimate's parts, before the variance. */
export interface Evaluated {
  /** Exact numerator and denominator (integers in units of 10^-scale, divisors folded in). */
  readonly num: bigint;
  readonly den: bigint;
  /** The estimate as a decimal string. */
  readonly value: string | null;
  /** The estimate as a double. */
  readonly R: number;
  /** The denominator total as a double (real units). */
  readonly X: number;
}

/** The survey part of a summarizer: design registry, layout, and the per-row additions. */
export class SurveyEngine {
  readonly registry: Registry;
  layout: Layout | null = null;
  private width = SLOTS;
  private buffer = new Int32Array(SLOTS);
  private readonly scratch = new Scratch();
  readonly levels: number;

  constructor(readonly settings: SurveySettings) {
    this.registry = new Registry(settings.psu !== null);
    this.levels = settings.size === null ? 1 : 2;
  }

  /** The layout (slots only before a rule set is known). */
  get current(): Layout {
    return this.layout ?? SLOT_LAYOUT;
  }

  /** A new, empty domain. */
  domain(): Domain {
    const exact: ExactSums[] = [];
    const cells: (Cells | null)[] = [];
    for (let level = 0; level < this.levels; level++) {
      exact.push(new ExactSums(this.width));
      cells.push(this.settings.standardErrors ? new Cells(this.settings.psu === null, this.width) : null);
    }
    return new Domain(exact, cells);
  }

  /** Sets the indicators once the rule set is known (grows every domain's slots). */
  setIndicators(indicators: readonly IndicatorMeta[], atLeast: number, domains: Iterable<Domain>): void {
    this.layout = buildLayout(indicators, atLeast, this.settings.weightings);
    this.width = this.layout.V;
    this.buffer = new Int32Array(this.width);
    for (const domain of domains) {
      for (const sums of domain.exact) sums.resize(this.width);
      for (const cells of domain.cells) cells?.resize(this.width);
    }
  }

  /** Registers a row's stratum and PSU; returns its cell id (−1 without standard errors). */
  locate(stratum: string, psu: string): number {
    return this.settings.standardErrors ? this.registry.locate(stratum, psu) : -1;
  }

  /**
   * Adds a row to the domains: `weight` (exact), `size` (persons; −1 when unreadable, for a
   * failed row), at design cell `cell`.
   */
  add(domains: readonly Domain[], result: Classification | null, weight: ExactDecimal, size: number, cell: number): void {
    const classes = this.buffer;
    // Before a rule set is known only failed rows arrive (slots only).
    const n = this.current.classes(result, classes);
    for (const domain of domains) {
      domain.rows++;
      domain.exact[0]!.add(classes, n, weight, 1);
      domain.cells[0]?.add(cell, classes, n, weight.float);
      if (this.levels === 2) {
        if (size < 0) {
          domain.unsized++;
          continue;
        }
        domain.exact[1]!.add(classes, n, weight, size);
        domain.cells[1]?.add(cell, classes, n, weight.float * size);
      }
    }
  }

  /** The exact parts of an estimate. */
  evaluate(domain: Domain, level: number, e: Estimand): Evaluated {
    const sums = domain.exact[level]!;
    let y = 0n;
    for (let j = 0; j < e.yc.length; j++) y += BigInt(e.ya[j]!) * sums.value(e.yc[j]!);
    let x = 0n;
    for (let j = 0; j < e.xc.length; j++) x += BigInt(e.xb[j]!) * sums.value(e.xc[j]!);
    const num = y * BigInt(e.xDiv);
    const den = x * BigInt(e.yDiv);
    const value = quotient(num, den);
    const X = Number(decimalString(x, sums.scale)) / e.xDiv;
    return { num, den, value, R: value === null ? Number.NaN : Number(value), X };
  }

  /**
   * An estimate with its standard error. While a level's figures are built with PSU cells, the
   * standard errors are left for {@link SurveyEngine.settle}, which computes them in one sweep.
   */
  estimate(domain: Domain, level: number, e: Estimand): Estimate {
    return this.fill({}, domain, level, e);
  }

  /** Sets `value`, `se` and `ci` on `target` (now, or when the level is settled). */
  private fill<T extends object>(target: T, domain: Domain, level: number, e: Estimand): T & Estimate {
    const parts = this.evaluate(domain, level, e);
    const cells = domain.cells[level];
    const estimate = Object.assign(target, { value: parts.value, se: null, ci: null }) as T & MutableEstimate;
    if (parts.value === null || cells === null || cells === undefined) return estimate;
    if (this.pending !== null && !cells.rows) {
      this.pending.push({ estimate, item: { estimand: e, R: parts.R, X: parts.X } });
      return estimate;
    }
    const variance = linearisedVariance(
      this.registry,
      [{ cells, estimand: e, R: parts.R, X: parts.X, coefficient: 1 }],
      this.settings.singletonPsu,
      this.scratch,
    );
    const done = withInterval(parts.value, parts.R, variance, this.settings.z, 0, 1);
    estimate.se = done.se;
    estimate.ci = done.ci;
    return estimate;
  }

  /** Estimates waiting for their standard errors (PSU cells), or null outside a level. */
  private pending: { estimate: MutableEstimate; item: BatchItem }[] | null = null;

  /** Computes the pending standard errors of one domain and level in one sweep over its cells. */
  private settle(cells: Cells | null | undefined): void {
    const pending = this.pending!;
    this.pending = null;
    if (pending.length === 0 || cells === null || cells === undefined) return;
    const variances = psuVariances(
      this.registry,
      cells,
      pending.map((p) => p.item),
      this.settings.singletonPsu,
      this.scratch,
    );
    pending.forEach(({ estimate, item }, i) => {
      const done = withInterval(estimate.value!, item.R, variances[i]!, this.settings.z, 0, 1);
      estimate.se = done.se;
      estimate.ci = done.ci;
    });
  }

  /** The variance of a combination of estimates over this engine's registry (for panel changes). */
  variance(terms: Parameters<typeof linearisedVariance>[1]): number {
    return linearisedVariance(this.registry, terms, this.settings.singletonPsu, this.scratch);
  }

  /** The weighted figures of a domain. */
  figures(domain: Domain): SurveyFigures {
    const households = this.level(domain, 0);
    return this.levels === 2 ? { households, persons: this.level(domain, 1) } : { households };
  }

  /** The design description. */
  design(): SurveyDesign {
    const s = this.settings;
    const se = s.standardErrors;
    const registry = this.registry;
    return {
      weight: s.weight,
      size: s.size,
      strata: s.strata,
      psu: s.psu,
      standardErrors: se,
      strataCount: se ? registry.size.length : null,
      psuCount: se ? registry.psus : null,
      singletonStrata: se ? registry.singletons : null,
      singletonPsu: s.singletonPsu,
      degreesOfFreedom: se ? registry.psus - registry.size.length : null,
      confidence: s.confidence,
      z: s.z,
    };
  }

  private total(domain: Domain, level: number, classes: readonly number[] | Int32Array): string {
    const sums = domain.exact[level]!;
    let value = 0n;
    for (const c of classes) value += sums.value(c);
    return decimalString(value, sums.scale);
  }

  private weightedShare(domain: Domain, level: number, slots: number[]): WeightedShare {
    return this.fill({ total: this.total(domain, level, slots) }, domain, level, this.layoutShare(slots));
  }

  private layoutShare(slots: number[]): Estimand {
    return this.current.share(slots);
  }

  private level(domain: Domain, level: number): SurveyLevel {
    this.pending = [];
    const out = this.buildLevel(domain, level);
    this.settle(domain.cells[level]);
    return out;
  }

  private buildLevel(domain: Domain, level: number): SurveyLevel {
    const layout = this.layout;
    const out: SurveyLevel = {
      unit: level === 0 ? 'household' : 'person',
      total: this.total(domain, level, ALL_SLOTS),
      classified: this.total(domain, level, [0, 1, 2, 3, 4]),
      errors: this.weightedShare(domain, level, [5]),
      categories: {
        poor: this.weightedShare(domain, level, [0]),
        'near-poor': this.weightedShare(domain, level, [1]),
        'poor-or-near-poor': this.weightedShare(domain, level, [0, 1]),
        average: this.weightedShare(domain, level, [2]),
        'above-average': this.weightedShare(domain, level, [3]),
        undetermined: this.weightedShare(domain, level, [4]),
      },
      indicators:
        layout === null
          ? []
          : layout.indicators.map((indicator, i) => ({
              id: indicator.id,
              dimension: indicator.dimension,
              deprived: this.total(domain, level, [layout.DEP + i]),
              unknown: this.total(domain, level, [layout.UNK + i]),
              rate: this.estimate(domain, level, layout.rate(i)),
              deprivedAmongPoorOrNearPoor: this.total(domain, level, [layout.DPNP + i]),
              rateAmongPoorOrNearPoor: this.estimate(domain, level, layout.ratePnp(i)),
            })),
      alkireFoster: layout === null ? null : this.measure(domain, level, layout, 0),
      measures: layout === null ? [] : layout.measures.slice(1).map((_, m) => this.measure(domain, level, layout, m + 1)),
    };
    return level === 1 ? { ...out, unsized: domain.unsized } : out;
  }

  private measure(domain: Domain, level: number, layout: Layout, m: number): WeightedMeasure {
    const measure = layout.measures[m]!;
    const sums = domain.exact[level]!;
    const base = layout.scoreBase[m]!;
    const scoreClasses = measure.scores.map((_, j) => base + j);
    const population = this.total(domain, level, scoreClasses);
    const cutFigures = (cut: ResolvedCut): CutFigures => {
      const poor = scoreClasses.filter((_, j) => measure.scores[j]! >= cut.threshold);
      return {
        k: fractionString(cut.k),
        ...(cut.atLeast === undefined ? {} : { atLeast: cut.atLeast }),
        poor: this.total(domain, level, poor),
        H: this.estimate(domain, level, layout.af(m, cut, 'H')),
        A: this.estimate(domain, level, layout.af(m, cut, 'A')),
        M0: this.estimate(domain, level, layout.af(m, cut, 'M0')),
      };
    };
    const cuts = measure.cuts.map(cutFigures);
    // The measure's own cut is one of its cuts (the same figures).
    const main = cuts[measure.cuts.indexOf(measure.cut)]!;
    // Σ weight × score (units of 1/L) over the poor: the censored score, exact.
    let scoreUnits = 0n;
    measure.scores.forEach((score, j) => {
      if (score >= measure.cut.threshold) scoreUnits += BigInt(score) * sums.value(base + j);
    });
    const pop = scoreClasses.reduce((sum, c) => sum + sums.value(c), 0n);
    const classifiedUnits = [0, 1, 2, 3, 4].reduce((sum, c) => sum + sums.value(c), 0n);
    return {
      name: measure.name,
      k: main.k,
      ...(measure.cut.atLeast === undefined ? {} : { atLeast: measure.cut.atLeast }),
      population,
      incomplete: decimalString(classifiedUnits - pop, sums.scale),
      poor: main.poor,
      censoredScore: quotient(scoreUnits, BigInt(measure.L) * 10n ** BigInt(sums.scale)),
      ...(measure.kind === 'count' ? { deprivationSum: decimalString(scoreUnits, sums.scale) } : {}),
      H: main.H,
      A: main.A,
      M0: main.M0,
      censored: layout.indicators.map((indicator, i) => {
        const total = sums.value(layout.censBase[m]! + i);
        return {
          id: indicator.id,
          weight: fractionString(measure.weights[i]!),
          total: decimalString(total, sums.scale),
          headcount: this.estimate(domain, level, layout.censored(m, i)),
          contribution: quotient(BigInt(measure.units[i]!) * total, scoreUnits),
        };
      }),
      cuts,
    };
  }
}

/** The layout used before a rule set is known: slots only. */
const SLOT_LAYOUT = new Layout([], []);

/** An estimate with `se = √variance` and the interval `value ± z·se` clipped to [lower, upper]. */
export function withInterval(value: string, R: number, variance: number, z: number, lower: number, upper: number): Estimate {
  const se = Math.sqrt(Math.max(0, variance));
  return { value, se, ci: { lower: Math.max(lower, R - z * se), upper: Math.min(upper, R + z * se) } };
}
