/**
 * `diffRuleSets`: what changed between two rule sets — income lines, the category bands, the
 * deprivation cut, dimensions and indicators (test parameters and citations) — as plain data,
 * and `renderDiff` (render/diff.ts) to read it.
 *
 * @module
 */
import { canonicalJson } from '../rules/fingerprint.js';
import { ruleMatches } from '../rules/define.js';
import { resolveRuleSet } from '../rules/registry.js';
import type { Category, IncomeLine, Indicator, MessageCatalogue, RuleSet } from '../rules/types.js';

/** A rule set as named in a diff. */
export interface RuleSetRef {
  /** Rule-set id, e.g. `vn-2022-2025`. */
  readonly id: string;
  /** Version of the rule data, e.g. `1.1.0`. */
  readonly version: string;
  /** The rule set's fingerprint: SHA-256 of its canonical JSON data, lowercase hex. */
  readonly fingerprint: string;
}

/** A value before and after: in the first rule set (`from`) and in the second (`to`). */
export type ValueChange<T> = {
  /** The value in the first rule set. */
  readonly from: T;
  /** The value in the second rule set. */
  readonly to: T;
};

/** An effective period as compared in a diff: first and last day, ISO `YYYY-MM-DD`, both inclusive. */
export interface PeriodSnapshot {
  /** First day, ISO `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day, ISO `YYYY-MM-DD`. */
  readonly to: string;
}

/** One changed value: a dotted path within the element, and the values before and after (`null`: absent). */
export interface FieldChange {
  /** Dotted path of the changed value within the element, e.g. `floor` or `paraphrase.en`. */
  readonly path: string;
  /** The value in the first rule set, `null` when absent there. */
  readonly from: unknown;
  /** The value in the second rule set, `null` when absent there. */
  readonly to: unknown;
}

/** An income line as listed in a diff. */
export interface LineSnapshot {
  /** Income line id, e.g. `poverty`. */
  readonly id: string;
  /** Rural (nông thôn) amount: a plain decimal string, VND per person per the rule set's income period. */
  readonly rural: string;
  /** Urban (thành thị) amount: a plain decimal string, VND per person per the rule set's income period. */
  readonly urban: string;
}

/** One income band of a rule set: the interval and the category with and without the deprivation cut met. */
export interface Band {
  /** The line the income is above (exclusive), `null` for the lowest band. */
  readonly above: LineSnapshot | null;
  /** The line the income is at or below, `null` for the highest band. */
  readonly atOrBelow: LineSnapshot | null;
  /** Category when the deprivation count is at least the cut. */
  readonly cutMet: Category;
  /** Category when it is below the cut. */
  readonly cutNotMet: Category;
}

/** Changes to one indicator present in both rule sets. */
export interface IndicatorChange {
  /** Indicator id, e.g. `health-insurance`. */
  readonly id: string;
  /** The dimension id before and after, `null` when the indicator stays in the same dimension. */
  readonly dimension: ValueChange<string> | null;
  /** Changes to the test (kind and threshold parameters), e.g. `{ path: 'floor', from: '8', to: '10' }`. */
  readonly test: readonly FieldChange[];
  /** Changes to the citation, e.g. `{ path: 'confidence', from: 'C', to: 'B' }`. */
  readonly citation: readonly FieldChange[];
  /** The whole indicator in the first and in the second rule set (what `renderDiff` puts in words). */
  readonly indicator: ValueChange<Indicator>;
}

/**
 * The names a diff mentions, in both languages, from one rule set's message catalogues: keys
 * `ruleSet.title`, `incomeLine.<id>`, `dimension.<id>` and `indicator.<id>.name`.
 */
export interface DiffNames {
  /** Vietnamese names. */
  readonly vi: MessageCatalogue;
  /** English names. */
  readonly en: MessageCatalogue;
}

/** The machine-readable difference between two rule sets (plain JSON). */
export interface RuleSetDiff {
  /** The first (earlier or base) rule set. */
  readonly from: RuleSetRef;
  /** The second (later or derived) rule set. */
  readonly to: RuleSetRef;
  /** True when the fingerprints are equal (same rule data). */
  readonly identical: boolean;
  /** The status (`in-force`, `superseded`, `provisional`) before and after; `null` when unchanged. */
  readonly status: ValueChange<string> | null;
  /** The effective period before and after; `null` when both dates are unchanged. */
  readonly effective: ValueChange<PeriodSnapshot> | null;
  /** The income period (`month` or `year`) before and after; `null` when unchanged. */
  readonly incomePeriod: ValueChange<string> | null;
  /** Income lines added, removed and changed, matched by id. */
  readonly incomeLines: {
    /** Lines only in the second rule set. */
    readonly added: readonly LineSnapshot[];
    /** Lines only in the first rule set. */
    readonly removed: readonly LineSnapshot[];
    /** Lines with the same id whose amounts or citation changed. */
    readonly changed: readonly {
      /** Income line id, e.g. `poverty`. */
      readonly id: string;
      /** The line before and after; `null` when the rural and urban amounts are unchanged. */
      readonly amounts: ValueChange<LineSnapshot> | null;
      /** Changes to the line's citation (empty when unchanged). */
      readonly citation: readonly FieldChange[];
      /** The whole line in the first and in the second rule set. */
      readonly line: ValueChange<IncomeLine>;
    }[];
  };
  /** The income bands and their categories, before and after; `changed` when they differ in any way. */
  readonly bands: {
    /** Bands of the first rule set, lowest income first. */
    readonly from: readonly Band[];
    /** Bands of the second rule set, lowest income first. */
    readonly to: readonly Band[];
    /** True when the bands differ in any way (lines, amounts or categories). */
    readonly changed: boolean;
  };
  /** The deprivation cut (number of deprived indicators) before and after; `null` when unchanged. */
  readonly cut: ValueChange<number> | null;
  /** Dimension ids added and removed. */
  readonly dimensions: {
    /** Dimension ids only in the second rule set. */
    readonly added: readonly string[];
    /** Dimension ids only in the first rule set. */
    readonly removed: readonly string[];
  };
  /** Indicators added, removed and changed, matched by id. */
  readonly indicators: {
    /** Indicator ids only in the second rule set, in its order. */
    readonly added: readonly string[];
    /** Indicator ids only in the first rule set, in its order. */
    readonly removed: readonly string[];
    /** Indicators in both whose dimension, test or citation changed, in the first rule set's order. */
    readonly changed: readonly IndicatorChange[];
  };
  /** Names of the rule sets' lines, dimensions and indicators, from each one's message catalogues (for `renderDiff`). */
  readonly names: ValueChange<DiffNames>;
}

/** The catalogue entries that name things (not the explanation templates). */
function names(ruleSet: RuleSet): DiffNames {
  const pick = (catalogue: MessageCatalogue): MessageCatalogue =>
    Object.fromEntries(
      Object.entries(catalogue).filter(
        ([key]) =>
          key === 'ruleSet.title' || key.startsWith('incomeLine.') || key.startsWith('dimension.') || (key.startsWith('indicator.') && key.endsWith('.name')),
      ),
    );
  return { vi: pick(ruleSet.messages.vi), en: pick(ruleSet.messages.en) };
}

function ref(ruleSet: RuleSet): RuleSetRef {
  return { id: ruleSet.id, version: ruleSet.version, fingerprint: ruleSet.fingerprint };
}

function snapshot(line: RuleSet['incomeLines'][number]): LineSnapshot {
  return { id: line.id, rural: line.amounts.rural, urban: line.amounts.urban };
}

/** Leaf changes between two JSON values; arrays are compared as wholes. */
function changes(a: unknown, b: unknown, path = ''): FieldChange[] {
  const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => changes(a[key], b[key], path === '' ? key : `${path}.${key}`));
  }
  if (a === undefined && b === undefined) return [];
  if (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b)) return [];
  return [{ path, from: a ?? null, to: b ?? null }];
}

function bands(ruleSet: RuleSet): Band[] {
  const lineIds = ruleSet.incomeLines.map((line) => line.id);
  const out: Band[] = [];
  for (let position = 0; position <= lineIds.length; position++) {
    const pick = (cutMet: boolean): Category => ruleSet.categoryRules.find((rule) => ruleMatches(rule, position, cutMet, lineIds))!.category;
    out.push({
      above: position === 0 ? null : snapshot(ruleSet.incomeLines[position - 1]!),
      atOrBelow: position === lineIds.length ? null : snapshot(ruleSet.incomeLines[position]!),
      cutMet: pick(true),
      cutNotMet: pick(false),
    });
  }
  return out;
}

/**
 * The differences between two rule sets, as plain data: status, effective period, income
 * period, income lines (added, removed, changed amounts and citations), the income bands with
 * their categories, the deprivation cut, dimensions, and indicators (added, removed, and for
 * those in both: dimension, test parameters and citation changes).
 *
 * @param first - The earlier (or base) rule set: an id or a rule set (`getRuleSet`, `deriveRuleSet`…).
 * @param second - The later (or derived) rule set: an id or a rule set.
 * @returns A JSON-serialisable {@link RuleSetDiff}.
 * @throws {@link ValidationError} `unknown_rule_set` at `a` or `b` when either is not a rule set.
 * @example
 * ```ts
 * import { diffRuleSets, getRuleSet } from 'chuan-ngheo';
 * const diff = diffRuleSets('vn-2016-2020', getRuleSet('vn-2022-2025'));
 * diff.indicators.added;    // ['employment', 'dependants', 'nutrition']
 * diff.indicators.removed;  // ['health-access']
 * diff.incomeLines.removed; // [{ id: 'near-poverty', rural: '1000000', urban: '1300000' }]
 * // The deprivation cut is 3 in both:
 * diff.cut;                 // null
 * diffRuleSets('vn-2016-2020', 'vn-2099'); // throws ValidationError (unknown_rule_set)
 * ```
 */
export function diffRuleSets(first: string | RuleSet, second: string | RuleSet): RuleSetDiff {
  const a = resolveRuleSet(first, ['a']);
  const b = resolveRuleSet(second, ['b']);
  const linesA = new Map(a.incomeLines.map((line) => [line.id, line]));
  const linesB = new Map(b.incomeLines.map((line) => [line.id, line]));
  const changedLines: RuleSetDiff['incomeLines']['changed'][number][] = [];
  for (const line of a.incomeLines) {
    const other = linesB.get(line.id);
    if (other === undefined) continue;
    const sameAmounts = line.amounts.rural === other.amounts.rural && line.amounts.urban === other.amounts.urban;
    const citation = changes(line.citation, other.citation);
    if (!sameAmounts || citation.length > 0) {
      changedLines.push({
        id: line.id,
        amounts: sameAmounts ? null : { from: snapshot(line), to: snapshot(other) },
        citation,
        line: { from: line, to: other },
      });
    }
  }
  const bandsA = bands(a);
  const bandsB = bands(b);
  const dimsA = a.dimensions.map((dimension) => dimension.id);
  const dimsB = b.dimensions.map((dimension) => dimension.id);
  const indA = new Map(a.indicators.map((indicator) => [indicator.id, indicator]));
  const indB = new Map(b.indicators.map((indicator) => [indicator.id, indicator]));
  const changedIndicators: IndicatorChange[] = [];
  for (const indicator of a.indicators) {
    const other = indB.get(indicator.id);
    if (other === undefined) continue;
    const test = changes(indicator.test, other.test);
    const citation = changes(indicator.citation, other.citation);
    const dimension = indicator.dimension === other.dimension ? null : { from: indicator.dimension, to: other.dimension };
    if (test.length > 0 || citation.length > 0 || dimension !== null)
      changedIndicators.push({ id: indicator.id, dimension, test, citation, indicator: { from: indicator, to: other } });
  }
  return {
    from: ref(a),
    to: ref(b),
    identical: a.fingerprint === b.fingerprint,
    status: a.status === b.status ? null : { from: a.status, to: b.status },
    effective:
      a.effective.from === b.effective.from && a.effective.to === b.effective.to
        ? null
        : { from: { from: a.effective.from, to: a.effective.to }, to: { from: b.effective.from, to: b.effective.to } },
    incomePeriod: a.incomePeriod === b.incomePeriod ? null : { from: a.incomePeriod, to: b.incomePeriod },
    incomeLines: {
      added: b.incomeLines.filter((line) => !linesA.has(line.id)).map(snapshot),
      removed: a.incomeLines.filter((line) => !linesB.has(line.id)).map(snapshot),
      changed: changedLines,
    },
    bands: { from: bandsA, to: bandsB, changed: canonicalJson(bandsA) !== canonicalJson(bandsB) },
    cut: a.deprivationCut.atLeast === b.deprivationCut.atLeast ? null : { from: a.deprivationCut.atLeast, to: b.deprivationCut.atLeast },
    dimensions: { added: dimsB.filter((id) => !dimsA.includes(id)), removed: dimsA.filter((id) => !dimsB.includes(id)) },
    indicators: {
      added: b.indicators.filter((indicator) => !indA.has(indicator.id)).map((indicator) => indicator.id),
      removed: a.indicators.filter((indicator) => !indB.has(indicator.id)).map((indicator) => indicator.id),
      changed: changedIndicators,
    },
    names: { from: names(a), to: names(b) },
  };
}
