/**
 * `summarizeChange`: the change in the weighted figures between two reviews or survey rounds,
 * with standard errors — for independent samples (V = V₁ + V₂) and for a panel, where the same
 * units are observed in both rounds and the covariance comes from the matched units.
 *
 * @module
 */
import type { Classification } from '../engine/result.js';
import { ValidationError } from '../errors.js';
import {
  byKey,
  createSummarizerWith,
  messageOf,
  type RowField,
  type RowValues,
  type SummarizeOptions,
  type SummarizerParts,
  type Summary,
  type SummaryItem,
} from '../batch/summarize.js';
import type { Estimand } from './design.js';
import { quotient } from './exact.js';
import { SurveyEngine, withInterval, type Domain, type Layout } from './survey.js';

/** A figure in two rounds and its change. */
export interface Difference {
  /** The figure in the first round (a decimal string), `null` when undefined there. */
  readonly before: string | null;
  /** The figure in the second round. */
  readonly after: string | null;
  /** `after − before`, exact (rounded only past 20 decimal places); `null` when either is. */
  readonly change: string | null;
  /** Standard error of the change (floating point). */
  readonly se: number | null;
  /** Confidence interval of the change, `change ± z·se` (clipped to [−1, 1]). */
  readonly ci: {
    /** Lower bound. */
    readonly lower: number;
    /** Upper bound. */
    readonly upper: number;
  } | null;
}

/** Changes in one measure's figures. */
export interface MeasureChange {
  /** `"count"` for the national measure, else the weighting's name. */
  readonly name: string;
  /** Headcount ratio H. */
  readonly H: Difference;
  /** Intensity A. */
  readonly A: Difference;
  /** Adjusted headcount ratio M0. */
  readonly M0: Difference;
  /** Censored headcount ratios, per indicator. */
  readonly censored: readonly {
    /** Indicator id. */
    readonly id: string;
    /** Change of the censored headcount ratio. */
    readonly headcount: Difference;
  }[];
}

/** Changes at one unit of analysis (households, or persons). */
export interface LevelChange {
  /** `household` or `person` shares. */
  readonly unit: 'household' | 'person';
  /** Category shares (of all rows). */
  readonly categories: {
    /** Poor. */
    readonly poor: Difference;
    /** Near-poor. */
    readonly 'near-poor': Difference;
    /** Poor and near-poor. */
    readonly 'poor-or-near-poor': Difference;
    /** Average living standard. */
    readonly average: Difference;
    /** Above average. */
    readonly 'above-average': Difference;
    /** Undetermined. */
    readonly undetermined: Difference;
  };
  /** Share of rows that could not be classified. */
  readonly errors: Difference;
  /** Deprivation rates per indicator (among classified, and among poor and near-poor households). */
  readonly indicators: readonly {
    /** Indicator id. */
    readonly id: string;
    /** Among classified households. */
    readonly rate: Difference;
    /** Among poor and near-poor households. */
    readonly rateAmongPoorOrNearPoor: Difference;
  }[];
  /** The national Alkire–Foster measure; `null` when no rule set is known. */
  readonly alkireFoster: MeasureChange | null;
  /** Other indicator weightings (the `measures` option). */
  readonly measures: readonly MeasureChange[];
}

/** Changes for households, and for persons when sizes were given. */
export interface ChangeFigures {
  /** Household shares. */
  readonly households: LevelChange;
  /** Person shares (weight × size), when `size` was given. */
  readonly persons?: LevelChange;
}

/** One group's changes. */
export interface ChangeGroup extends ChangeFigures {
  /** The group key (`null`: rows without one). */
  readonly key: string | null;
}

/** The result of {@link summarizeChange}. */
export interface Change extends ChangeFigures {
  /** `independent` samples, or a `panel` of matched units. */
  readonly samples: 'independent' | 'panel';
  /** Panel: the units (PSUs, or households when no `psu`) seen in both rounds; `null` for independent samples. */
  readonly matched: number | null;
  /** Panel: the units seen in either round; `null` for independent samples. */
  readonly units: number | null;
  /** The first round's summary (with its own survey figures and standard errors). */
  readonly before: Summary;
  /** The second round's summary. */
  readonly after: Summary;
  /** Changes per group (`by`), for the keys seen in either round, sorted as in {@link Summary}. */
  readonly groups: readonly ChangeGroup[];
}

/** Options for {@link summarizeChange}: those of `summarize`, and how the rounds are related. */
export interface ChangeOptions extends SummarizeOptions {
  /**
   * `independent` (default): two separate samples; the variance of a change is the sum of the
   * two variances. `panel`: the same units in both rounds (matched by `psu` when given, else by
   * household id); the covariance of the rounds comes from the matched units.
   */
  readonly samples?: 'independent' | 'panel';
  /**
   * Panel without `psu`: the household id matching rows across rounds (field name or function);
   * default the row's `id` (from `classifyMany`) or the result's `householdId`.
   */
  readonly id?: RowField;
}

type Side = 'before' | 'after';

function prefixed(error: unknown, side: Side): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(error.issues.map((issue) => ({ ...issue, path: [side, ...issue.path] })));
}

function defaultId(item: SummaryItem, result: Classification | null): unknown {
  const own = (item as { id?: unknown }).id;
  if (own !== undefined) return own;
  return result?.householdId;
}

interface Round {
  readonly summary: Summary;
  readonly parts: SummarizerParts;
  /** Panel: this round's domains in the panel engine (total, then by group key). */
  readonly panel?: { readonly total: Domain | undefined; readonly groups: Map<string | null, Domain> };
}

/**
 * The change in the weighted figures between two rounds (reviews, survey waves), with standard
 * errors: category shares, deprivation rates, H, A, M0 and censored headcounts (national count
 * and any `measures`), for households and persons, overall and by group.
 *
 * - **Independent samples** (default): each round is summarised with its own design and
 *   V(Δ) = V(before) + V(after).
 * - **Panel** (`samples: 'panel'`): units (the `psu`, or else the household id) are matched across
 *   rounds; both rounds are linearised over the union of units and V(Δ) is the design variance of
 *   the difference of the linearised values, so the covariance of matched units is taken into
 *   account (a unit seen in one round contributes zero to the other). Strata must be those of a
 *   common design; a unit is matched only within the same stratum.
 *
 * Both rounds take the same options (weights, design fields, `by`, `measures`); without survey
 * options every row weighs 1 and standard errors are computed under simple random sampling.
 *
 * @param before - Rows of the first round (as for `summarize`).
 * @param after - Rows of the second round.
 * @param options - Options of `summarize`, plus `samples` and `id`.
 * @returns The {@link Change}.
 * @throws {@link ValidationError} for bad options or rows, with paths starting `before` or
 *   `after`; for a panel, when the rounds come from different rule sets.
 * @example
 * ```ts
 * import { classifyMany, summarizeChange } from 'chuan-ngheo';
 * const poor = { area: 'rural', size: 4, income: { perCapitaMonthly: 1000000 },
 *   deprivations: { employment: true, 'health-insurance': true, water: true } };
 * const average = { area: 'rural', size: 4, income: { perCapitaMonthly: 2000000 } };
 * const change = summarizeChange(
 *   classifyMany([{ id: 'A', ...poor }, { id: 'B', ...poor }, { id: 'C', ...average }, { id: 'D', ...average }]),
 *   classifyMany([{ id: 'A', ...poor }, { id: 'B', ...average }, { id: 'C', ...average }, { id: 'D', ...average }]),
 *   { samples: 'panel' },
 * );
 * change.households.categories.poor.change; // '-0.25'
 * change.matched;                           // 4
 * ```
 */
export function summarizeChange(before: Iterable<SummaryItem>, after: Iterable<SummaryItem>, options: ChangeOptions = {}): Change {
  if (options === null || typeof options !== 'object')
    throw new ValidationError([{ path: [], code: 'invalid_type', message: 'options must be an object such as { samples: "panel" }' }]);
  let samples: unknown;
  let idField: unknown;
  try {
    samples = options.samples ?? 'independent';
    idField = options.id;
  } catch (error) {
    throw new ValidationError([{ path: [], code: 'invalid_type', message: `reading the options failed: ${messageOf(error)}` }]);
  }
  if (samples !== 'independent' && samples !== 'panel')
    throw new ValidationError([{ path: ['samples'], code: 'invalid_value', message: 'samples must be "independent" or "panel"' }]);
  if (idField !== undefined && typeof idField !== 'string' && typeof idField !== 'function')
    throw new ValidationError([{ path: ['id'], code: 'invalid_type', message: 'id must be a field name or a function (row, index) => id' }]);
  for (const [side, rows] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (rows === null || typeof rows !== 'object' || typeof (rows as Iterable<SummaryItem>)[Symbol.iterator] !== 'function') {
      throw new ValidationError([
        { path: [side], code: 'invalid_type', message: `${side} must be an array or an iterable of classifyMany rows or classify results` },
      ]);
    }
  }
  const { samples: _samples, id: _id, ...summarizeOptions } = options;
  // Survey mode always (SRS, weights 1, when nothing else is given), with standard errors.
  const base: SummarizeOptions = { ...summarizeOptions, standardErrors: true };
  const panel = samples === 'panel';
  let panelEngine: SurveyEngine | undefined;
  const panelDomains: Domain[] = [];
  let panelFingerprint: string | undefined;
  const seen: [Set<number>, Set<number>] = [new Set(), new Set()];

  const round = (side: Side, rows: Iterable<SummaryItem>): Round => {
    const domains = panel ? { total: undefined as Domain | undefined, groups: new Map<string | null, Domain>() } : undefined;
    let partsOf: (() => SummarizerParts) | undefined;
    const newDomain = (engine: SurveyEngine): Domain => {
      const domain = engine.domain();
      panelDomains.push(domain);
      return domain;
    };
    const hook = !panel
      ? undefined
      : (values: RowValues, groupKey: string | null | undefined): void => {
          const parts = partsOf!();
          if (panelEngine === undefined) {
            const settings = parts.engine!.settings;
            panelEngine = new SurveyEngine({ ...settings, psu: settings.psu ?? '(household id)' });
          }
          const engine = panelEngine;
          const fingerprint = values.result?.ruleSet.fingerprint;
          if (fingerprint !== undefined) {
            panelFingerprint ??= fingerprint;
            if (fingerprint !== panelFingerprint) {
              throw new ValidationError([
                {
                  path: [values.index],
                  code: 'mixed_rule_sets',
                  message: `a panel compares rows classified under one rule set; row ${values.index} was classified under ${values.result!.ruleSet.id}`,
                },
              ]);
            }
          }
          if (engine.layout === null && parts.known) engine.setIndicators(parts.indicators, parts.cut, panelDomains);
          let unit = values.psu;
          if (unit === null) {
            let id: unknown;
            try {
              id =
                idField === undefined
                  ? defaultId(values.item, values.result)
                  : typeof idField === 'function'
                    ? (idField as (item: SummaryItem, index: number) => unknown)(values.item, values.index)
                    : (values.item as unknown as Record<string, unknown>)[idField];
            } catch (error) {
              throw new ValidationError([
                { path: [values.index, 'id'], code: 'invalid_design', message: `reading the id of row ${values.index} failed: ${messageOf(error)}` },
              ]);
            }
            if ((typeof id !== 'string' || id === '') && (typeof id !== 'number' || !Number.isFinite(id))) {
              throw new ValidationError([
                {
                  path: [values.index, 'id'],
                  code: 'invalid_design',
                  message: `row ${values.index} has no household id to match it across rounds (give ids, an id option, or a psu)`,
                },
              ]);
            }
            unit = String(id);
          }
          domains!.total ??= newDomain(engine);
          const targets = [domains!.total];
          if (groupKey !== undefined) {
            let group = domains!.groups.get(groupKey);
            if (group === undefined) {
              group = newDomain(engine);
              domains!.groups.set(groupKey, group);
            }
            targets.push(group);
          }
          const cell = engine.locate(values.stratum, unit);
          seen[side === 'before' ? 0 : 1].add(cell);
          engine.add(targets, values.result, values.weight, values.size, cell);
        };
    try {
      const { summarizer, parts } = createSummarizerWith(base, hook);
      partsOf = parts;
      for (const item of rows) summarizer.add(item);
      const summary = summarizer.finish();
      if (domains === undefined) return { summary, parts: parts() };
      return { summary, parts: parts(), panel: { total: domains.total, groups: domains.groups } };
    } catch (error) {
      throw prefixed(error, side);
    }
  };
  const a = round('before', before);
  const b = round('after', after);
  if (panelEngine !== undefined) panelEngine.registry.check(panelEngine.settings.singletonPsu);
  const ea = a.parts.engine!;
  const eb = b.parts.engine!;
  const levels = Math.min(ea.levels, eb.levels);

  const figures = (da: Domain | undefined, db: Domain | undefined, pa: Domain | undefined, pb: Domain | undefined): ChangeFigures => {
    const level = (l: number): LevelChange => {
      const diff = (pick: (layout: Layout) => Estimand | undefined): Difference => {
        const la = ea.current;
        const lb = eb.current;
        const estA = pick(la);
        const estB = pick(lb);
        if (estA === undefined || estB === undefined || da === undefined || db === undefined)
          return { before: null, after: null, change: null, se: null, ci: null };
        const x = ea.evaluate(da, l, estA);
        const y = eb.evaluate(db, l, estB);
        if (x.value === null || y.value === null) return { before: x.value, after: y.value, change: null, se: null, ci: null };
        const change = quotient(y.num * x.den - x.num * y.den, x.den * y.den)!;
        let variance: number;
        if (panelEngine !== undefined && pa !== undefined && pb !== undefined) {
          // Linearised over the union of units, with the estimates of the rounds' own summaries.
          const xa = panelEngine.evaluate(pa, l, estA);
          const xb = panelEngine.evaluate(pb, l, estB);
          variance = panelEngine.variance([
            { cells: pb.cells[l]!, estimand: estB, R: xb.R, X: xb.X, coefficient: 1 },
            { cells: pa.cells[l]!, estimand: estA, R: xa.R, X: xa.X, coefficient: -1 },
          ]);
        } else {
          // Both estimates exist (checked above), so both have a standard error.
          const sa = ea.estimate(da, l, estA).se!;
          const sb = eb.estimate(db, l, estB).se!;
          variance = sa * sa + sb * sb;
        }
        const estimate = withInterval(change, Number(change), variance, ea.settings.z, -1, 1);
        return { before: x.value, after: y.value, change, se: estimate.se, ci: estimate.ci };
      };
      const sameIndicators =
        ea.layout !== null && eb.layout !== null && ea.layout.indicators.map((i) => i.id).join() === eb.layout.indicators.map((i) => i.id).join();
      const common = sameIndicators ? ea.layout!.indicators : [];
      const measureChange = (m: number): MeasureChange => ({
        name: ea.layout!.measures[m]!.name,
        H: diff((layout) => layout.af(m, layout.measures[m]!.cut, 'H')),
        A: diff((layout) => layout.af(m, layout.measures[m]!.cut, 'A')),
        M0: diff((layout) => layout.af(m, layout.measures[m]!.cut, 'M0')),
        censored: common.map((indicator, i) => ({ id: indicator.id, headcount: diff((layout) => layout.censored(m, i)) })),
      });
      const share = (slots: number[]): Difference => diff((layout) => layout.share(slots));
      return {
        unit: l === 0 ? 'household' : 'person',
        categories: {
          poor: share([0]),
          'near-poor': share([1]),
          'poor-or-near-poor': share([0, 1]),
          average: share([2]),
          'above-average': share([3]),
          undetermined: share([4]),
        },
        errors: share([5]),
        indicators: common.map((indicator, i) => ({
          id: indicator.id,
          rate: diff((layout) => layout.rate(i)),
          rateAmongPoorOrNearPoor: diff((layout) => layout.ratePnp(i)),
        })),
        alkireFoster: ea.layout === null || eb.layout === null ? null : measureChange(0),
        measures: ea.layout === null || eb.layout === null ? [] : ea.layout.measures.slice(1).map((_, m) => measureChange(m + 1)),
      };
    };
    const households = level(0);
    return levels === 2 ? { households, persons: level(1) } : { households };
  };

  const keys = [...new Set([...a.parts.groups.keys(), ...b.parts.groups.keys()])].sort(byKey);
  let matched: number | null = null;
  let units: number | null = null;
  if (panel) {
    matched = [...seen[0]].filter((unit) => seen[1].has(unit)).length;
    units = panelEngine === undefined ? 0 : panelEngine.registry.psus;
  }
  return {
    samples: panel ? 'panel' : 'independent',
    matched,
    units,
    ...figures(a.parts.total, b.parts.total, a.panel?.total, b.panel?.total),
    before: a.summary,
    after: b.summary,
    groups: keys.map((key) => ({ key, ...figures(a.parts.groups.get(key), b.parts.groups.get(key), a.panel?.groups.get(key), b.panel?.groups.get(key)) })),
  };
}
