/**
 * Compiling a rule set: everything `classify` needs that depends only on the rule set is worked
 * out once, up front — income lines as exact decimals, the input schema, the compiled indicator
 * tests, and the decision tables (category and applied rule for every income position and
 * deprivation-cut outcome; the income comparisons and band at every position; the indicator
 * entries that never vary; the low-income-worker flags). Cached per rule-set object, so each
 * rule set is compiled once per process.
 *
 * @internal
 * @module
 */
import { Money } from '../money.js';
import { buildHouseholdSchema } from '../input/schema.js';
import { ruleMatches } from '../rules/define.js';
import type { Area, Category, CategoryRule, Citation, Indicator, IncomeLine, IncomeScoreRule, RuleSet } from '../rules/types.js';
import { ageContext, type AgeContext } from './conditions.js';
import { compileIndicatorTest, type CompiledTest } from './indicators.js';
import type {
  AppliedRule,
  IncomeAssessment,
  IncomeComparison,
  IndicatorEvidence,
  IndicatorResult,
  IndicatorStatus,
  LowIncomeWorkerFlag,
  RuleSetSummary,
} from './result.js';

/** The order of categories from poorest to richest. */
export const CATEGORY_ORDER: readonly Category[] = Object.freeze(['poor', 'near-poor', 'average', 'above-average']);

/** The categories possible for a range of income positions and a cut state, and the rule when only one is. */
export interface Decision {
  readonly possibleCategories: readonly Category[];
  readonly rule: AppliedRule | null;
  /** The low-income-worker flag for this decision, by area (rule sets that define one). */
  readonly lowIncomeWorker?: Readonly<Record<Area, LowIncomeWorkerFlag>>;
}

/** The comparisons with every line, and the band, for an income at one position. */
export interface PositionComparisons {
  readonly comparisons: readonly IncomeComparison[];
  readonly band: IncomeAssessment['band'];
}

/** The indicator entries that never vary, one per indicator (answered, or no facts at all). */
export interface ConstantEntries {
  readonly deprived: readonly IndicatorResult[];
  readonly notDeprived: readonly IndicatorResult[];
  readonly noFacts: readonly IndicatorResult[];
}

export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  readonly summary: RuleSetSummary;
  readonly schema: ReturnType<typeof buildHouseholdSchema>;
  readonly lines: readonly IncomeLine[];
  /** Income lines × `divisor` (exact), by area; cached per divisor. */
  linesTimes(area: Area, divisor: number): readonly Money[];
  /** Months in the rule set's income period (1 or 12). */
  readonly periodMonths: number;
  readonly cut: number;
  readonly indicators: readonly Indicator[];
  /** Indicator ids, for the input fast path. */
  readonly indicatorIds: ReadonlySet<string>;
  /** Indicator ids in the rule set's order. */
  readonly indicatorIdList: readonly string[];
  readonly tests: readonly CompiledTest[];
  /** Working-age context when no review date is given: the whole effective period. */
  readonly defaultAgeContext: AgeContext;
  /** Working-age context for a given review year (cached). */
  ageContextFor(year: number): AgeContext;
  readonly cutCitation: Citation;
  /** The income-proxy score rule, with its line's position and Decimal thresholds (if defined). */
  readonly score?: { readonly rule: IncomeScoreRule; readonly lineIndex: number; readonly thresholds: Readonly<Record<Area, Money>> };
  /** The decision for income positions `lowest..highest` and a cut state (0 not met, 1 met, 2 either). */
  decision(lowest: number, highest: number, cutState: 0 | 1 | 2): Decision;
  /** Comparisons and band at an income position, by area. */
  readonly comparisons: Readonly<Record<Area, readonly PositionComparisons[]>>;
  /** The indicator entries that never vary. */
  readonly constants: ConstantEntries;
}

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

const ANSWER_TRUE: IndicatorEvidence = Object.freeze({ basis: 'answer', answer: true });
const ANSWER_FALSE: IndicatorEvidence = Object.freeze({ basis: 'answer', answer: false });
const NO_FACTS: IndicatorEvidence = Object.freeze({ basis: 'none' });

/**
 * Every decision of a rule set: for each income range (one position for money; a score can leave
 * several) and each cut state, the possible categories, the rule when only one category is
 * possible, and the low-income-worker flags. Indexed `(lowest × positions + highest) × 3 + cutState`.
 */
function decisionTable(ruleSet: RuleSet, table: readonly (readonly [CategoryRule, CategoryRule])[], lineIds: readonly string[]): Decision[] {
  const positions = table.length;
  const decisions: Decision[] = new Array(positions * positions * 3);
  const worker = ruleSet.lowIncomeWorker;
  const workerLine = worker === undefined ? -1 : lineIds.indexOf(worker.atOrBelow);
  for (let lowest = 0; lowest < positions; lowest++) {
    for (let highest = lowest; highest < positions; highest++) {
      for (const cutState of [0, 1, 2] as const) {
        const possibleCutMet = cutState === 2 ? [0, 1] : [cutState];
        // Every category rule that could apply: over the possible income positions and the
        // possible outcomes of the deprivation test.
        const applicable: CategoryRule[] = [];
        for (let position = lowest; position <= highest; position++) {
          for (const cutMet of possibleCutMet) {
            const candidate = table[position]![cutMet as 0 | 1];
            if (!applicable.includes(candidate)) applicable.push(candidate);
          }
        }
        const possibleCategories = Object.freeze(CATEGORY_ORDER.filter((category) => applicable.some((candidate) => candidate.category === category)));
        // One category: the first rule giving it decides (several rules can give the same
        // category, e.g. the two branches of the 2016–2020 poor rule; within one income position
        // that cannot happen, since exactly one rule applies per position and deprivation outcome).
        const rule: AppliedRule | null =
          possibleCategories.length === 1 ? Object.freeze({ category: applicable[0]!.category, citation: applicable[0]!.citation }) : null;
        let lowIncomeWorker: Decision['lowIncomeWorker'];
        if (worker !== undefined) {
          // Income within the ceiling: position ≤ the ceiling line's index, for every possible position.
          const incomeWithin = highest <= workerLine ? true : lowest > workerLine ? false : null;
          const excluded = possibleCategories.filter((category) => worker.excludedCategories.includes(category)).length;
          const categoryOk = excluded === 0 ? true : excluded === possibleCategories.length ? false : null;
          const eligible = incomeWithin === false || categoryOk === false ? false : incomeWithin === true && categoryOk === true ? true : null;
          const flag = (area: Area): LowIncomeWorkerFlag =>
            Object.freeze({ eligible, ceiling: ruleSet.incomeLines[workerLine]!.amounts[area], citation: worker.citation });
          lowIncomeWorker = Object.freeze({ rural: flag('rural'), urban: flag('urban') });
        }
        decisions[(lowest * positions + highest) * 3 + cutState] = Object.freeze(
          lowIncomeWorker === undefined ? { possibleCategories, rule } : { possibleCategories, rule, lowIncomeWorker },
        );
      }
    }
  }
  return decisions;
}

function comparisonTable(lines: readonly IncomeLine[], area: Area): PositionComparisons[] {
  const out: PositionComparisons[] = [];
  for (let position = 0; position <= lines.length; position++) {
    const comparisons = Object.freeze(
      lines.map(
        (line, i): IncomeComparison =>
          Object.freeze({ line: line.id, amount: line.amounts[area], outcome: i >= position ? 'at-or-below' : 'above', citation: line.citation }),
      ),
    );
    const band = Object.freeze({ above: position === 0 ? null : lines[position - 1]!.id, atOrBelow: position === lines.length ? null : lines[position]!.id });
    out.push(Object.freeze({ comparisons, band }));
  }
  return out;
}

function constantEntries(indicators: readonly Indicator[]): ConstantEntries {
  const make = (status: IndicatorStatus, source: IndicatorResult['source'], evidence: IndicatorEvidence): readonly IndicatorResult[] =>
    Object.freeze(
      indicators.map(
        (indicator): IndicatorResult =>
          Object.freeze({ id: indicator.id, dimension: indicator.dimension, status, source, evidence, citation: indicator.citation }),
      ),
    );
  return Object.freeze({
    deprived: make('deprived', 'answer', ANSWER_TRUE),
    notDeprived: make('not-deprived', 'answer', ANSWER_FALSE),
    noFacts: make('unknown', 'derived', NO_FACTS),
  });
}

/** Returns the compiled form of a rule set (computed once per rule-set object). */
export function compile(ruleSet: RuleSet): CompiledRuleSet {
  const cached = cache.get(ruleSet);
  if (cached !== undefined) return cached;
  const lineIds = ruleSet.incomeLines.map((line) => line.id);
  const table: [CategoryRule, CategoryRule][] = [];
  for (let position = 0; position <= lineIds.length; position++) {
    // defineRuleSet has checked that exactly one rule applies at every position and cut outcome.
    const pick = (cutMet: boolean): CategoryRule => ruleSet.categoryRules.find((candidate) => ruleMatches(candidate, position, cutMet, lineIds))!;
    table.push([pick(false), pick(true)]);
  }
  const positions = table.length;
  const decisions = decisionTable(ruleSet, table, lineIds);
  const fromYear = Number(ruleSet.effective.from.slice(0, 4));
  const toYear = Number(ruleSet.effective.to.slice(0, 4));
  const byYear = new Map<number, AgeContext>();
  const lineAmounts = {
    rural: ruleSet.incomeLines.map((line) => new Money(line.amounts.rural)),
    urban: ruleSet.incomeLines.map((line) => new Money(line.amounts.urban)),
  };
  const scaled: Record<Area, (readonly Money[] | undefined)[]> = {
    rural: new Array<readonly Money[] | undefined>(4097).fill(undefined),
    urban: new Array<readonly Money[] | undefined>(4097).fill(undefined),
  };
  const summary: RuleSetSummary = Object.freeze({
    id: ruleSet.id,
    version: ruleSet.version,
    status: ruleSet.status,
    title: ruleSet.title,
    instruments: Object.freeze(ruleSet.instruments.map((instrument) => Object.freeze({ id: instrument.id, name: instrument.name }))),
    effective: ruleSet.effective,
    incomePeriod: ruleSet.incomePeriod,
    fingerprint: ruleSet.fingerprint,
  });
  const compiled: CompiledRuleSet = {
    ruleSet,
    summary,
    schema: buildHouseholdSchema(
      ruleSet.indicators.map((indicator) => indicator.id),
      { score: ruleSet.incomeScore !== undefined },
    ),
    lines: ruleSet.incomeLines,
    linesTimes(area: Area, divisor: number): readonly Money[] {
      const byDivisor = scaled[area];
      let amounts = byDivisor[divisor];
      if (amounts === undefined) {
        amounts = divisor === 1 ? lineAmounts[area] : Object.freeze(lineAmounts[area].map((amount) => amount.times(divisor)));
        // Divisors are household sizes, or 12 × sizes (at most 12 × MAX_HOUSEHOLD_SIZE): a dense array.
        if (Number.isSafeInteger(divisor) && divisor > 0 && divisor <= 4096) byDivisor[divisor] = amounts;
      }
      return amounts;
    },
    periodMonths: ruleSet.incomePeriod === 'year' ? 12 : 1,
    cut: ruleSet.deprivationCut.atLeast,
    cutCitation: ruleSet.deprivationCut.citation,
    indicators: ruleSet.indicators,
    indicatorIds: new Set(ruleSet.indicators.map((indicator) => indicator.id)),
    indicatorIdList: Object.freeze(ruleSet.indicators.map((indicator) => indicator.id)),
    tests: ruleSet.indicators.map(compileIndicatorTest),
    defaultAgeContext: ageContext(ruleSet.workingAge, fromYear, toYear),
    ageContextFor(year: number): AgeContext {
      let context = byYear.get(year);
      if (context === undefined) {
        context = ageContext(ruleSet.workingAge, year, year);
        byYear.set(year, context);
      }
      return context;
    },
    decision: (lowest, highest, cutState) => decisions[(lowest * positions + highest) * 3 + cutState]!,
    comparisons: { rural: comparisonTable(ruleSet.incomeLines, 'rural'), urban: comparisonTable(ruleSet.incomeLines, 'urban') },
    constants: constantEntries(ruleSet.indicators),
  };
  if (ruleSet.incomeScore !== undefined) {
    const rule = ruleSet.incomeScore;
    (compiled as { score?: CompiledRuleSet['score'] }).score = {
      rule,
      lineIndex: lineIds.indexOf(rule.line),
      thresholds: { rural: new Money(rule.thresholds.rural), urban: new Money(rule.thresholds.urban) },
    };
  }
  cache.set(ruleSet, compiled);
  return compiled;
}
