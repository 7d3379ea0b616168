/**
 * Evaluating one validated household against a compiled rule set: the income against the
 * lines (exactly, never through a rounded per-capita figure), every indicator (an explicit
 * answer wins over derived facts), the deprivation count, and the category read from the
 * precomputed decision table. Generic: it knows no years and no standard by name.
 *
 * @internal
 * @module
 */
import { divideForDisplay, Money, plain } from '../money.js';
import type { ParsedHousehold } from '../input/schema.js';
import type { AgeContext } from './conditions.js';
import type { CompiledRuleSet } from './compile.js';
import type { Classification, IncomeAssessment, IncomeComparison, IndicatorResult, IndicatorStatus } from './result.js';

const STATUS: readonly IndicatorStatus[] = ['not-deprived', 'deprived', 'unknown'];

/** Evaluates a validated household (internal: trusts its input). */
export function evaluate(compiled: CompiledRuleSet, household: ParsedHousehold, ageContext: AgeContext, date?: string): Classification {
  const size = household.size ?? household.members!.length;
  // A score is only accepted by the schema of a rule set that defines one.
  const income = household.income.score !== undefined ? assessScore(compiled, household) : assessIncome(compiled, household, size);
  const [lowest, highest] = income.positions;

  const answers = household.deprivations;
  const constants = compiled.constants;
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
  const decision = compiled.decision(lowest, highest, cutState);
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
  if (decision.lowIncomeWorker !== undefined) result.lowIncomeWorker = decision.lowIncomeWorker[household.area];
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
  const { comparisons, band } = compiled.comparisons[household.area][position]!;
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
