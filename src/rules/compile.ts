/**
 * Everything `classify` precomputes once per rule set: Decimal income lines, the category
 * table, compiled indicator tests and the input schema. Cached per rule-set object.
 *
 * @internal
 * @module
 */
import { Money } from '../money.js';
import { buildHouseholdSchema } from '../household/schema.js';
import { ruleMatches } from './define.js';
import { ageContext, compileIndicatorTest, type AgeContext, type CompiledTest } from './evaluate.js';
import type { Area, Category, CategoryRule, Citation, Indicator, IncomeLine, IncomeScoreRule, LowIncomeWorkerRule, RuleSet, RuleSetStatus } from './types.js';

/** The rule-set summary every result carries (shared, frozen). */
export interface RuleSetSummary {
  /** Rule-set id, e.g. `vn-2022-2025`. */
  readonly id: string;
  /** Semantic version of the rule data, e.g. `1.1.0`. */
  readonly version: string;
  /** `in-force`, `superseded`, or `provisional`. */
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

export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  readonly summary: RuleSetSummary;
  readonly schema: ReturnType<typeof buildHouseholdSchema>;
  readonly lines: readonly IncomeLine[];
  /** Income lines as Decimals by area, ascending. */
  readonly lineAmounts: Readonly<Record<Area, readonly Money[]>>;
  /** Income lines × `divisor` (exact), by area; cached per divisor. */
  linesTimes(area: Area, divisor: number): readonly Money[];
  /** Months in the rule set's income period (1 or 12). */
  readonly periodMonths: number;
  /** [position][cutMet ? 1 : 0] → the rule that applies. */
  readonly table: readonly (readonly [CategoryRule, CategoryRule])[];
  readonly cut: number;
  readonly indicators: readonly Indicator[];
  /** Indicator ids, for the input fast path. */
  readonly indicatorIds: ReadonlySet<string>;
  readonly tests: readonly CompiledTest[];
  /** Working-age context when no review date is given: the whole effective period. */
  readonly defaultAgeContext: AgeContext;
  /** Working-age context for a given review year (cached). */
  ageContextFor(year: number): AgeContext;
  readonly cutCitation: Citation;
  /** The income-proxy score rule, with its line's position and Decimal thresholds (if defined). */
  readonly score?: { readonly rule: IncomeScoreRule; readonly lineIndex: number; readonly thresholds: Readonly<Record<Area, Money>> };
  /** The low-income-worker rule, with its line's position (if defined). */
  readonly lowIncomeWorker?: { readonly rule: LowIncomeWorkerRule; readonly lineIndex: number };
}

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

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
  const fromYear = Number(ruleSet.effective.from.slice(0, 4));
  const toYear = Number(ruleSet.effective.to.slice(0, 4));
  const byYear = new Map<number, AgeContext>();
  const lineAmounts = {
    rural: ruleSet.incomeLines.map((line) => new Money(line.amounts.rural)),
    urban: ruleSet.incomeLines.map((line) => new Money(line.amounts.urban)),
  };
  const scaled = { rural: new Map<number, readonly Money[]>(), urban: new Map<number, readonly Money[]>() };
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
    lineAmounts,
    linesTimes(area: Area, divisor: number): readonly Money[] {
      if (divisor === 1) return lineAmounts[area];
      let amounts = scaled[area].get(divisor);
      if (amounts === undefined) {
        amounts = lineAmounts[area].map((amount) => amount.times(divisor));
        scaled[area].set(divisor, amounts);
      }
      return amounts;
    },
    periodMonths: ruleSet.incomePeriod === 'year' ? 12 : 1,
    table,
    cut: ruleSet.deprivationCut.atLeast,
    cutCitation: ruleSet.deprivationCut.citation,
    indicators: ruleSet.indicators,
    indicatorIds: new Set(ruleSet.indicators.map((indicator) => indicator.id)),
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
  };
  if (ruleSet.incomeScore !== undefined) {
    const rule = ruleSet.incomeScore;
    (compiled as { score?: CompiledRuleSet['score'] }).score = {
      rule,
      lineIndex: lineIds.indexOf(rule.line),
      thresholds: { rural: new Money(rule.thresholds.rural), urban: new Money(rule.thresholds.urban) },
    };
  }
  if (ruleSet.lowIncomeWorker !== undefined) {
    const rule = ruleSet.lowIncomeWorker;
    (compiled as { lowIncomeWorker?: CompiledRuleSet['lowIncomeWorker'] }).lowIncomeWorker = { rule, lineIndex: lineIds.indexOf(rule.atOrBelow) };
  }
  cache.set(ruleSet, compiled);
  return compiled;
}

/** The order of categories from poorest to richest. */
export const CATEGORY_ORDER: readonly Category[] = Object.freeze(['poor', 'near-poor', 'average', 'above-average']);
