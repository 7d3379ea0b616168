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
import { fastParse } from './household/fast.js';
import { isDefinedRuleSet } from './rules/define.js';
import { parseOrThrow } from './household/validate.js';
import type { ParsedHousehold } from './household/schema.js';
import { divideForDisplay, Money, plain } from './money.js';
import { CATEGORY_ORDER, compile, type CompiledRuleSet, type RuleSetSummary } from './rules/compile.js';
import type { IndicatorEvidence } from './rules/evaluate.js';
import { DEFAULT_RULE_SET_ID, getRuleSet } from './rules/registry.js';
import { assertNotProvisional, parseIsoDate, ruleSetFor } from './rules/select.js';
import type { Category, CategoryOrUndetermined, CategoryRule, Citation, RuleSet } from './rules/types.js';

export { parseIsoDate };

/** Options for {@link classify}. */
export interface ClassifyOptions {
  /**
   * A rule-set id or a rule-set object (e.g. a derived local standard). Without it, the rule
   * set in force on `date` is used (see `ruleSetFor`), or `vn-2022-2025` when no date is given.
   */
  ruleSet?: string | RuleSet;
  /**
   * The review date, ISO `YYYY-MM-DD`. Selects the rule set when `ruleSet` is not given, sets
   * the year of the retirement-age roadmap used for working age, and must fall within the rule
   * set's effective period. Without it, a member is in working age only if they are in every
   * year of the effective period.
   */
  date?: string;
  /**
   * Accept a provisional rule set (status `provisional`, e.g. `vn-2027-2030`, whose indicator
   * thresholds are not fully known). Without it such a rule set is refused with a
   * {@link ValidationError} of code `provisional_rule_set`.
   */
  allowProvisional?: boolean;
}

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

const STATUS: readonly IndicatorStatus[] = ['not-deprived', 'deprived', 'unknown'];
const ANSWER_TRUE: IndicatorEvidence = Object.freeze({ basis: 'answer', answer: true });
const ANSWER_FALSE: IndicatorEvidence = Object.freeze({ basis: 'answer', answer: false });
const NO_FACTS: IndicatorEvidence = Object.freeze({ basis: 'none' });

function resolveRuleSet(option: ClassifyOptions['ruleSet'], date: string | undefined, allowProvisional: boolean): RuleSet {
  if (option === undefined) return date === undefined ? getRuleSet(DEFAULT_RULE_SET_ID) : ruleSetFor(date, { allowProvisional });
  if (typeof option === 'string') return getRuleSet(option);
  if (isDefinedRuleSet(option)) return option;
  throw new ValidationError([{ path: ['ruleSet'], code: 'unknown_rule_set', message: 'ruleSet must be a rule-set id or a rule set from getRuleSet/deriveRuleSet' }]);
}

/** The fast path, shielded: any surprise (a throwing getter, a proxy) defers to zod. */
function fastParseSafe(household: unknown, indicatorIds: ReadonlySet<string>): ParsedHousehold | undefined {
  try {
    return fastParse(household, indicatorIds);
  } catch {
    return undefined;
  }
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
  const allowProvisional = options.allowProvisional === true;
  const ruleSet = resolveRuleSet(options.ruleSet, options.date, allowProvisional);
  if (!allowProvisional) assertNotProvisional(ruleSet);
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
  const parsed = fastParseSafe(household, compiled.indicatorIds) ?? parseOrThrow(compiled.schema, household);
  return evaluate(compiled, parsed, ageContext, date);
}

/** Evaluates a validated household (internal: trusts its input). */
export function evaluate(compiled: CompiledRuleSet, household: ParsedHousehold, ageContext: CompiledRuleSet['defaultAgeContext'], date?: string): Classification {
  const size = household.size ?? household.members!.length;
  // A score is only accepted by the schema of a rule set that defines one.
  const income = household.income.score !== undefined ? assessScore(compiled, household) : assessIncome(compiled, household, size);
  const [lowest, highest] = income.positions;

  const answers = household.deprivations;
  const constants = constantEntries(compiled);
  const indicators: IndicatorResult[] = new Array(compiled.indicators.length);
  let deprived = 0;
  let unknown = 0;
  for (let i = 0; i < compiled.indicators.length; i++) {
    const indicator = compiled.indicators[i]!;
    const answer = answers === undefined ? undefined : answers[indicator.id];
    let entry: IndicatorResult;
    if (answer === true || answer === false) {
      // Answers need no evaluation: shared, frozen entries (no allocation on the hot path).
      entry = answer ? constants.deprived[i]! : constants.notDeprived[i]!;
    } else {
      const outcome = compiled.tests[i]!(household, size, ageContext);
      entry =
        outcome.evidence.basis === 'none'
          ? constants.noFacts[i]!
          : { id: indicator.id, dimension: indicator.dimension, status: STATUS[outcome.status]!, source: 'derived', evidence: outcome.evidence, citation: indicator.citation };
    }
    if (entry.status === 'deprived') deprived++;
    else if (entry.status === 'unknown') unknown++;
    indicators[i] = entry;
  }

  const cut = compiled.cut;
  // 0: cut not met whatever the unknowns; 1: met whatever they are; 2: either, depending on them.
  const cutState = deprived >= cut ? 1 : deprived + unknown < cut ? 0 : 2;
  const decision = decide(compiled, lowest, highest, cutState);
  const { possibleCategories, rule } = decision;
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
  if (compiled.lowIncomeWorker !== undefined) result.lowIncomeWorker = lowIncomeWorkerFlag(compiled, household.area, lowest, highest, decision);
  return result;
}

function assessScore(compiled: CompiledRuleSet, household: ParsedHousehold): { assessment: IncomeAssessment; positions: readonly [number, number] } {
  const score = compiled.score!;
  const value = new Money(household.income.score!);
  const threshold = score.thresholds[household.area];
  const atOrBelow = value.lte(threshold);
  const lines = compiled.lines;
  const comparisons: IncomeComparison[] = lines.map((line, i) => ({
    line: line.id,
    amount: line.amounts[household.area],
    outcome: atOrBelow ? (i >= score.lineIndex ? 'at-or-below' : 'unknown') : i <= score.lineIndex ? 'above' : 'unknown',
    citation: line.citation,
  }));
  const positions: readonly [number, number] = atOrBelow ? [0, score.lineIndex] : [score.lineIndex + 1, lines.length];
  return {
    positions,
    assessment: {
      form: 'score',
      given: plain(value),
      period: compiled.ruleSet.incomePeriod,
      perCapita: '',
      perCapitaExact: true,
      comparisons,
      band: {
        above: positions[0] === 0 ? null : lines[positions[0] - 1]!.id,
        atOrBelow: positions[1] === lines.length ? null : lines[positions[1]]!.id,
      },
      score: {
        value: plain(value),
        threshold: score.rule.thresholds[household.area],
        line: score.rule.line,
        outcome: atOrBelow ? 'at-or-below' : 'above',
        citation: score.rule.citation,
      },
    },
  };
}

interface Decision {
  readonly possibleCategories: readonly Category[];
  readonly rule: AppliedRule | null;
}
const decisionCache = new WeakMap<CompiledRuleSet, Map<number, Decision>>();

/**
 * The categories possible for income positions `lowest`..`highest` (one position unless the
 * income was a score) and a deprivation-cut state (0 not met, 1 met, 2 either), and the rule
 * that decides when there is only one. Few combinations exist: computed once each, then shared.
 */
function decide(compiled: CompiledRuleSet, lowest: number, highest: number, cutState: 0 | 1 | 2): Decision {
  let byKey = decisionCache.get(compiled);
  if (byKey === undefined) {
    byKey = new Map();
    decisionCache.set(compiled, byKey);
  }
  const key = (lowest * 256 + highest) * 4 + cutState;
  let decision = byKey.get(key);
  if (decision === undefined) {
    const possibleCutMet = cutState === 2 ? [0, 1] : [cutState];
    // Every category rule that could apply: over the possible income positions and the
    // possible outcomes of the deprivation test.
    const applicable: CategoryRule[] = [];
    for (let position = lowest; position <= highest; position++) {
      const row = compiled.table[position]!;
      for (const cutMet of possibleCutMet) {
        const candidate = row[cutMet as 0 | 1];
        if (!applicable.includes(candidate)) applicable.push(candidate);
      }
    }
    const possibleCategories = Object.freeze(CATEGORY_ORDER.filter((category) => applicable.some((candidate) => candidate.category === category)));
    // One category: the first rule giving it decides (several rules can give the same category,
    // e.g. the two branches of the 2016–2020 poor rule; within one income position that cannot
    // happen, since exactly one rule applies per position and deprivation outcome).
    const rule: AppliedRule | null = possibleCategories.length === 1 ? Object.freeze({ category: applicable[0]!.category, citation: applicable[0]!.citation }) : null;
    decision = Object.freeze({ possibleCategories, rule });
    byKey.set(key, decision);
  }
  return decision;
}

const workerCache = new WeakMap<Decision, { rural?: LowIncomeWorkerFlag; urban?: LowIncomeWorkerFlag }>();

/**
 * The Decree 30/2025 low-income-worker flag. It depends only on the area and the decision
 * (which fixes the income positions and possible categories): built once each, shared, frozen.
 */
function lowIncomeWorkerFlag(compiled: CompiledRuleSet, area: 'rural' | 'urban', lowest: number, highest: number, decision: Decision): LowIncomeWorkerFlag {
  let byArea = workerCache.get(decision);
  if (byArea === undefined) {
    byArea = {};
    workerCache.set(decision, byArea);
  }
  let flag = byArea[area];
  if (flag === undefined) {
    const possibleCategories = decision.possibleCategories;
    const { rule: workerRule, lineIndex } = compiled.lowIncomeWorker!;
    // Income within the ceiling: position ≤ the ceiling line's index, for every possible position.
    const incomeWithin = highest <= lineIndex ? true : lowest > lineIndex ? false : null;
    const excluded = possibleCategories.filter((category) => workerRule.excludedCategories.includes(category)).length;
    const categoryOk = excluded === 0 ? true : excluded === possibleCategories.length ? false : null;
    const eligible = incomeWithin === false || categoryOk === false ? false : incomeWithin === true && categoryOk === true ? true : null;
    const ceiling = compiled.lines[lineIndex]!.amounts[area];
    flag = Object.freeze({ eligible, ceiling, citation: workerRule.citation });
    byArea[area] = flag;
  }
  return flag;
}

interface ConstantEntries {
  readonly deprived: readonly IndicatorResult[];
  readonly notDeprived: readonly IndicatorResult[];
  readonly noFacts: readonly IndicatorResult[];
}
const constantCache = new WeakMap<CompiledRuleSet, ConstantEntries>();

/** The indicator entries that never vary (answered, or no facts at all), built once per rule set. */
function constantEntries(compiled: CompiledRuleSet): ConstantEntries {
  let entries = constantCache.get(compiled);
  if (entries === undefined) {
    const make = (status: IndicatorStatus, source: IndicatorResult['source'], evidence: IndicatorEvidence) =>
      compiled.indicators.map((indicator): IndicatorResult => Object.freeze({ id: indicator.id, dimension: indicator.dimension, status, source, evidence, citation: indicator.citation }));
    entries = {
      deprived: make('deprived', 'answer', ANSWER_TRUE),
      notDeprived: make('not-deprived', 'answer', ANSWER_FALSE),
      noFacts: make('unknown', 'derived', NO_FACTS),
    };
    constantCache.set(compiled, entries);
  }
  return entries;
}

const comparisonCache = new WeakMap<CompiledRuleSet, Map<number, { comparisons: readonly IncomeComparison[]; band: IncomeAssessment['band'] }>>();

/**
 * The comparisons with every line, and the band, for an income at `position` (0: at or below
 * the lowest line; `lines.length`: above all). They depend on nothing else: built once, shared.
 */
function comparisonsAt(compiled: CompiledRuleSet, area: 'rural' | 'urban', position: number): { comparisons: readonly IncomeComparison[]; band: IncomeAssessment['band'] } {
  let byKey = comparisonCache.get(compiled);
  if (byKey === undefined) {
    byKey = new Map();
    comparisonCache.set(compiled, byKey);
  }
  const key = position * 2 + (area === 'urban' ? 1 : 0);
  let entry = byKey.get(key);
  if (entry === undefined) {
    const lines = compiled.lines;
    const comparisons = Object.freeze(
      lines.map((line, i): IncomeComparison => Object.freeze({ line: line.id, amount: line.amounts[area], outcome: i >= position ? 'at-or-below' : 'above', citation: line.citation })),
    );
    const band = Object.freeze({ above: position === 0 ? null : lines[position - 1]!.id, atOrBelow: position === lines.length ? null : lines[position]!.id });
    entry = { comparisons, band };
    byKey.set(key, entry);
  }
  return entry;
}

function assessIncome(compiled: CompiledRuleSet, household: ParsedHousehold, size: number): { assessment: IncomeAssessment; positions: readonly [number, number] } {
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
  let position = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (scaled.lte(lines[i]!)) {
      position = i;
      break;
    }
  }
  const { comparisons, band } = comparisonsAt(compiled, household.area, position);
  const perCapitaSource = plain(scaled);
  const { value: perCapita, exact: perCapitaExact } = divideForDisplay(perCapitaSource, divisor);
  return {
    positions: [position, position],
    assessment: {
      form,
      given: scaled === amount ? perCapitaSource : plain(amount),
      period: compiled.ruleSet.incomePeriod,
      perCapita,
      perCapitaExact,
      comparisons,
      band,
    },
  };
}

