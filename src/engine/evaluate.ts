/**
 * Evaluating one validated household against a compiled rule set: the income against the
 * lines (exactly, never through a rounded per-capita figure), every indicator (an explicit
 * answer wins over derived facts), the deprivation count, and the category read from the
 * precomputed decision table. Generic: it knows no years and no standard by name.
 *
 * @internal
 * @module
 */
import { divideForDisplay, lte, Money, plain } from '../money.js';
import type { ParsedHousehold } from '../input/schema.js';
import { T, U, type AgeContext } from './conditions.js';
import type { CompiledRuleSet } from './compile.js';
import type { Classification, IncomeAssessment, IncomeComparison, IndicatorResult, IndicatorStatus } from './result.js';

const STATUS: readonly IndicatorStatus[] = ['not-deprived', 'deprived', 'unknown'];

/** The income positions of the household being evaluated (set by the income assessment). */
let positionLow = 0;
let positionHigh = 0;

/** Evaluates a validated household (internal: trusts its input). */
export function evaluate(compiled: CompiledRuleSet, household: ParsedHousehold, ageContext: AgeContext, date?: string): Classification {
  const size = household.size ?? household.members!.length;
  // A score is only accepted by the schema of a rule set that defines one. Both set the
  // income positions `lowest` and `highest` (module scratch: no array per household).
  const income = household.income.score !== undefined ? assessScore(compiled, household) : assessIncome(compiled, household, size);
  const lowest = positionLow;
  const highest = positionHigh;

  const answers = household.deprivations;
  const constants = compiled.constants;
  const deprivedEntries = constants.deprived;
  const notDeprivedEntries = constants.notDeprived;
  const ids = compiled.indicatorIdList;
  const count = ids.length;
  const indicators: IndicatorResult[] = new Array(count);
  let deprived = 0;
  let unknown = 0;
  for (let i = 0; i < count; i++) {
    const answer = answers === undefined ? undefined : answers[ids[i]!];
    // Answers need no evaluation: shared, frozen entries (no allocation on the hot path).
    if (answer === true) {
      indicators[i] = deprivedEntries[i]!;
      deprived++;
    } else if (answer === false) {
      indicators[i] = notDeprivedEntries[i]!;
    } else {
      const outcome = compiled.tests[i]!(household, size, ageContext);
      const status = outcome.status;
      if (status === T) deprived++;
      else if (status === U) unknown++;
      const shared = outcome.entry;
      if (shared !== undefined) indicators[i] = shared;
      else if (outcome.evidence.basis === 'none') indicators[i] = constants.noFacts[i]!;
      else {
        const indicator = compiled.indicators[i]!;
        indicators[i] = {
          id: indicator.id,
          dimension: indicator.dimension,
          status: STATUS[status]!,
          source: 'derived',
          evidence: outcome.evidence,
          citation: indicator.citation,
        };
      }
    }
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
    income,
    indicators,
    ruleSet: compiled.summary,
  };
  if (household.id !== undefined) result.householdId = household.id;
  if (date !== undefined) result.date = date;
  if (decision.lowIncomeWorker !== undefined) result.lowIncomeWorker = decision.lowIncomeWorker[household.area];
  return result;
}

function assessScore(compiled: CompiledRuleSet, household: ParsedHousehold): IncomeAssessment {
  const score = compiled.score!;
  const value = new Money(household.income.score!);
  const threshold = score.thresholds[household.area];
  const atOrBelow = lte(value, threshold);
  const lines = compiled.lines;
  const comparisons: IncomeComparison[] = lines.map((line, i) => ({
    line: line.id,
    amount: line.amounts[household.area],
    outcome: atOrBelow ? (i >= score.lineIndex ? 'at-or-below' : 'unknown') : i <= score.lineIndex ? 'above' : 'unknown',
    citation: line.citation,
  }));
  const positions: readonly [number, number] = atOrBelow ? [0, score.lineIndex] : [score.lineIndex + 1, lines.length];
  positionLow = positions[0];
  positionHigh = positions[1];
  return {
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
  };
}

function assessIncome(compiled: CompiledRuleSet, household: ParsedHousehold, size: number): IncomeAssessment {
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
  const area = household.area;
  const lines = compiled.linesTimes(area, divisor);
  let position = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (lte(scaled, lines[i]!)) {
      position = i;
      break;
    }
  }
  positionLow = position;
  positionHigh = position;
  const { comparisons, band } = compiled.comparisons[area][position]!;
  const perCapitaSource = plain(scaled);
  const { value: perCapita, exact: perCapitaExact } = divideForDisplay(perCapitaSource, divisor);
  return {
    form,
    given: scaled === amount ? perCapitaSource : plain(amount),
    period: compiled.ruleSet.incomePeriod,
    perCapita,
    perCapitaExact,
    comparisons,
    band,
  };
}
