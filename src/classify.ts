/**
 * `classify`: one household in, a cited and explained category out.
 *
 * The engine is generic: it compares the income with the rule set's lines, evaluates every
 * indicator (an explicit answer wins over facts), counts deprivations, and reads the category
 * from the rule set's category rules. It knows no years and no standard by name.
 *
 * @module
 */
import { ValidationError } from './errors.js';
import { parseOrThrow } from './household/validate.js';
import type { ParsedHousehold } from './household/schema.js';
import { Money, plain } from './money.js';
import { CATEGORY_ORDER, compile, type CompiledRuleSet, type RuleSetSummary } from './rules/compile.js';
import type { IndicatorEvidence } from './rules/evaluate.js';
import { DEFAULT_RULE_SET_ID, getRuleSet } from './rules/registry.js';
import type { Category, CategoryOrUndetermined, Citation, RuleSet } from './rules/types.js';

/** Options for {@link classify}. */
export interface ClassifyOptions {
  /** A rule-set id (default `vn-2022-2025`) or a rule-set object (e.g. a derived local standard). */
  ruleSet?: string | RuleSet;
  /**
   * The review date, ISO `YYYY-MM-DD`. Sets the year of the retirement-age roadmap used for
   * working age, and must fall within the rule set's effective period. Without it, a member is
   * in working age only if they are in every year of the effective period.
   */
  date?: string;
}

/** Status of one indicator for one household. */
export type IndicatorStatus = 'deprived' | 'not-deprived' | 'unknown';

/** One indicator's outcome, with what it rests on and where the rule comes from. */
export interface IndicatorResult {
  /** Indicator id, e.g. `health-insurance`. */
  readonly id: string;
  /** Dimension id, e.g. `health`. */
  readonly dimension: string;
  readonly status: IndicatorStatus;
  /** `answer`: the review-form answer in `deprivations` was used; `derived`: from member and dwelling facts. */
  readonly source: 'answer' | 'derived';
  readonly evidence: IndicatorEvidence;
  readonly citation: Citation;
}

/** One comparison of the income with an income line. */
export interface IncomeComparison {
  /** Income line id, e.g. `poverty`. */
  readonly line: string;
  /** The line for the household's area, VND per person per period. */
  readonly amount: string;
  /** `at-or-below` (≤, "từ … trở xuống") or `above` (>). */
  readonly outcome: 'at-or-below' | 'above';
  readonly citation: Citation;
}

/** How the income was read and compared. */
export interface IncomeAssessment {
  /** The form the income was given in. */
  readonly form: 'perCapitaMonthly' | 'householdMonthly' | 'householdAnnual';
  /** The amount as given, as a plain decimal string. */
  readonly given: string;
  /** The rule set's income period: amounts below are per person per `month` or `year`. */
  readonly period: 'month' | 'year';
  /** Per-capita income per period, as a decimal string (see `perCapitaExact`). */
  readonly perCapita: string;
  /**
   * False when the division does not terminate (e.g. 4,500,001 ÷ 3): `perCapita` is then
   * rounded to 4 decimal places for display. Comparisons never use the rounded value: they are
   * made exactly, as `given × period ≤ line × divisor`.
   */
  readonly perCapitaExact: boolean;
  /** One comparison per income line, ascending. */
  readonly comparisons: readonly IncomeComparison[];
  /** The band the income falls in: above one line (exclusive) and at or below the next. */
  readonly band: { readonly above: string | null; readonly atOrBelow: string | null };
}

/** The category rule that decided a result. */
export interface AppliedRule {
  readonly category: Category;
  readonly citation: Citation;
}

/** The result of {@link classify}: plain, JSON-serialisable data. */
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
  readonly income: IncomeAssessment;
  /** One entry per indicator, in the legal text's order. */
  readonly indicators: readonly IndicatorResult[];
  /** The rule set that decided, with its fingerprint. */
  readonly ruleSet: RuleSetSummary;
  /** The review date, when given. */
  readonly date?: string;
}

const STATUS: readonly IndicatorStatus[] = ['not-deprived', 'deprived', 'unknown'];
const ANSWER_TRUE: IndicatorEvidence = Object.freeze({ basis: 'answer', answer: true });
const ANSWER_FALSE: IndicatorEvidence = Object.freeze({ basis: 'answer', answer: false });
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function resolveRuleSet(option: ClassifyOptions['ruleSet']): RuleSet {
  if (option === undefined) return getRuleSet(DEFAULT_RULE_SET_ID);
  if (typeof option === 'string') return getRuleSet(option);
  if (option !== null && typeof option === 'object' && typeof option.fingerprint === 'string' && Object.isFrozen(option)) return option;
  throw new ValidationError([{ path: ['ruleSet'], code: 'unknown_rule_set', message: 'ruleSet must be a rule-set id or a rule set from getRuleSet/deriveRuleSet' }]);
}

/** Validates an ISO date; returns its year. */
export function parseIsoDate(date: unknown, path: string): number {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (match !== null) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]!) return year;
  }
  throw new ValidationError([{ path: [path], code: 'invalid_date', message: `${path} must be a calendar date written YYYY-MM-DD, e.g. "2025-09-01"` }]);
}

/**
 * Classifies one household under a rule set (default `vn-2022-2025`, Decree 07/2021/NĐ-CP).
 *
 * The input is validated first; any problem throws a {@link ValidationError} listing every
 * issue with its path. An indicator answer in `deprivations` (true / false) wins over facts
 * derived from `members` and `dwelling`; `null` or absent answers are derived when facts allow,
 * and unknown otherwise. Unknown indicators make the category `undetermined` only when they
 * could change it: `possibleCategories` lists what it could be.
 *
 * @param household - The household as plain JSON (see {@link HouseholdInput}).
 * @param options - Rule set and review date.
 * @returns The category, possible categories, income comparisons, per-indicator statuses with
 *   evidence and citations, and the rule set with its fingerprint.
 * @throws {@link ValidationError} when the household or the options are not valid.
 * @example
 * ```ts
 * import { classify } from 'chuan-ngheo';
 * const result = classify({
 *   area: 'rural',
 *   size: 4,
 *   income: { householdMonthly: '5600000' },
 *   deprivations: { 'health-insurance': true, water: true, sanitation: true },
 * });
 * result.category;                // 'poor'
 * result.income.perCapita;        // '1400000'
 * result.deprivationCount;        // 3
 * result.ruleSet.id;              // 'vn-2022-2025'
 * ```
 */
export function classify(household: unknown, options: ClassifyOptions = {}): Classification {
  const ruleSet = resolveRuleSet(options.ruleSet);
  const compiled = compile(ruleSet);
  let ageContext = compiled.defaultAgeContext;
  const date = options.date;
  if (date !== undefined) {
    const year = parseIsoDate(date, 'date');
    if (date < ruleSet.effective.from || date > ruleSet.effective.to) {
      throw new ValidationError([
        {
          path: ['date'],
          code: 'date_outside_rule_set',
          message: `${date} is outside the effective period of ${ruleSet.id} (${ruleSet.effective.from} to ${ruleSet.effective.to})`,
        },
      ]);
    }
    ageContext = compiled.ageContextFor(year);
  }
  const parsed = parseOrThrow(compiled.schema, household);
  return evaluate(compiled, parsed, ageContext, date);
}

/** Evaluates a validated household (internal: trusts its input). */
export function evaluate(compiled: CompiledRuleSet, household: ParsedHousehold, ageContext: CompiledRuleSet['defaultAgeContext'], date?: string): Classification {
  const size = household.size ?? household.members!.length;
  const income = assessIncome(compiled, household, size);
  const position = income.position;

  const answers = household.deprivations;
  const indicators: IndicatorResult[] = new Array(compiled.indicators.length);
  let deprived = 0;
  let unknown = 0;
  for (let i = 0; i < compiled.indicators.length; i++) {
    const indicator = compiled.indicators[i]!;
    const answer = answers === undefined ? undefined : answers[indicator.id];
    let status: IndicatorStatus;
    let source: IndicatorResult['source'];
    let evidence: IndicatorEvidence;
    if (answer === true || answer === false) {
      status = answer ? 'deprived' : 'not-deprived';
      source = 'answer';
      evidence = answer ? ANSWER_TRUE : ANSWER_FALSE;
    } else {
      const outcome = compiled.tests[i]!(household, size, ageContext);
      status = STATUS[outcome.status]!;
      source = 'derived';
      evidence = outcome.evidence;
    }
    if (status === 'deprived') deprived++;
    else if (status === 'unknown') unknown++;
    indicators[i] = { id: indicator.id, dimension: indicator.dimension, status, source, evidence, citation: indicator.citation };
  }

  const cut = compiled.cut;
  const row = compiled.table[position]!;
  const possibleCutMet = deprived >= cut ? [true] : deprived + unknown < cut ? [false] : [false, true];
  let possibleCategories: Category[];
  let rule: AppliedRule | null;
  if (possibleCutMet.length === 1) {
    const applied = row[possibleCutMet[0] ? 1 : 0];
    possibleCategories = [applied.category];
    rule = { category: applied.category, citation: applied.citation };
  } else if (row[0].category === row[1].category) {
    possibleCategories = [row[0].category];
    rule = { category: row[0].category, citation: row[0].citation };
  } else {
    possibleCategories = CATEGORY_ORDER.filter((category) => category === row[0].category || category === row[1].category);
    rule = null;
  }
  const result: {
    -readonly [K in keyof Classification]: Classification[K];
  } = {
    area: household.area,
    category: possibleCategories.length === 1 ? possibleCategories[0]! : 'undetermined',
    possibleCategories,
    rule,
    deprivationCount: deprived,
    unknownCount: unknown,
    deprivationCut: cut,
    income: income.assessment,
    indicators,
    ruleSet: compiled.summary,
  };
  if (household.id !== undefined) result.householdId = household.id;
  if (date !== undefined) result.date = date;
  return result;
}

function assessIncome(compiled: CompiledRuleSet, household: ParsedHousehold, size: number): { assessment: IncomeAssessment; position: number } {
  const given = household.income;
  let form: IncomeAssessment['form'];
  let amount: Money;
  let divisor: number;
  if (given.perCapitaMonthly !== undefined) {
    form = 'perCapitaMonthly';
    amount = given.perCapitaMonthly;
    divisor = 1;
  } else if (given.householdMonthly !== undefined) {
    form = 'householdMonthly';
    amount = given.householdMonthly;
    divisor = size;
  } else {
    form = 'householdAnnual';
    amount = given.householdAnnual!;
    divisor = size * 12;
  }
  // per-capita (per period) = amount × periodMonths ÷ divisor; compare without dividing.
  const scaled = compiled.periodMonths === 1 ? amount : amount.times(compiled.periodMonths);
  const lines = compiled.linesTimes(household.area, divisor);
  const comparisons: IncomeComparison[] = new Array(lines.length);
  let position = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = compiled.lines[i]!;
    const atOrBelow = scaled.lte(lines[i]!);
    if (atOrBelow && position === lines.length) position = i;
    comparisons[i] = { line: line.id, amount: line.amounts[household.area], outcome: atOrBelow ? 'at-or-below' : 'above', citation: line.citation };
  }
  let perCapita: string;
  let perCapitaExact = true;
  if (divisor === 1) perCapita = plain(scaled);
  else {
    const quotient = scaled.div(divisor);
    const rounded = quotient.toDecimalPlaces(20);
    if (rounded.times(divisor).eq(scaled)) perCapita = plain(rounded);
    else {
      perCapita = plain(quotient.toDecimalPlaces(4));
      perCapitaExact = false;
    }
  }
  return {
    position,
    assessment: {
      form,
      given: plain(amount),
      period: compiled.ruleSet.incomePeriod,
      perCapita,
      perCapitaExact,
      comparisons,
      band: {
        above: position === 0 ? null : compiled.lines[position - 1]!.id,
        atOrBelow: position === lines.length ? null : compiled.lines[position]!.id,
      },
    },
  };
}

