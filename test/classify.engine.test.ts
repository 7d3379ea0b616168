/**
 * The generic engine beyond what the built-in data exercises, and what results share.
 *
 * - An income-proxy score standing for a line other than the lowest (the engine reads the line
 *   from the data; the built-in score stands for the poverty line).
 * - The low-income-worker flag when only some of the possible categories are excluded (a
 *   derived standard with no near-poor category).
 * - What depends only on the rule set (summary, comparisons, decisions, answered and fact-less
 *   indicator entries, the low-income-worker flag) is built once, frozen and shared by every
 *   result: classifying millions of households allocates none of it again.
 * - Optional result keys are absent, not present with `undefined`.
 */
import { describe, expect, it } from 'vitest';
import { classify, deriveRuleSet, getRuleSet } from '../src/index.js';
import type { RuleSetPatch } from '../src/index.js';
import { defineRuleSet } from '../src/rules/define.js';
import { VN_2022_2025_DATA } from '../src/rules/vn-2022-2025/data.js';
import { answers, LOCAL_CITATION, LOCAL_INSTRUMENT } from './helpers/households.js';

const base = getRuleSet('vn-2022-2025');
const IDS = base.indicators.map((indicator) => indicator.id);

/** The fields every derived (test) standard must have: its own id, title and legal basis. */
const TEST_PATCH: RuleSetPatch = {
  id: 'test-standard',
  title: { vi: 'Chuẩn thử nghiệm', en: 'Test standard' },
  instrument: LOCAL_INSTRUMENT,
  citation: LOCAL_CITATION,
};

describe('an income-proxy score that stands for the second income line', () => {
  // Test data only: the vn-2022-2025 data with its score thresholds standing for the average
  // ceiling (the second line) instead of the poverty line.
  const secondLine = defineRuleSet(
    { ...VN_2022_2025_DATA, id: 'test-score-second-line', incomeScore: { ...VN_2022_2025_DATA.incomeScore!, line: 'average-ceiling' } },
    base.messages,
  );

  it('at or below the threshold: at or below the second line, unknown against the first', () => {
    const result = classify({ area: 'rural', size: 3, income: { score: 140 }, deprivations: answers(0) }, { ruleSet: secondLine });
    expect(result.income.comparisons.map((comparison) => [comparison.line, comparison.outcome])).toEqual([
      ['poverty', 'unknown'],
      ['average-ceiling', 'at-or-below'],
    ]);
    expect(result.income.band).toEqual({ above: null, atOrBelow: 'average-ceiling' });
    expect(result.possibleCategories).toEqual(['near-poor', 'average']);
  });

  it('above the threshold: above both lines', () => {
    const result = classify({ area: 'rural', size: 3, income: { score: 141 }, deprivations: answers(0) }, { ruleSet: secondLine });
    expect(result.income.comparisons.map((comparison) => comparison.outcome)).toEqual(['above', 'above']);
    expect(result.income.band).toEqual({ above: 'average-ceiling', atOrBelow: null });
    expect(result.category).toBe('above-average');
  });

  it('a score result says no money amount is known, and that nothing was rounded', () => {
    const result = classify({ area: 'urban', size: 2, income: { score: 175 }, deprivations: answers(3) });
    expect(result.income).toMatchObject({ form: 'score', given: '175', perCapita: '', perCapitaExact: true });
  });
});

describe('low-income-worker flag when only some possible categories are excluded', () => {
  // A derived standard where households at or below the poverty line with fewer than 3
  // deprivations are "average" (there is no near-poor category): the Decree 30/2025 rule,
  // which excludes poor and near-poor households, is kept because the lines are unchanged.
  const patch: RuleSetPatch = {
    ...TEST_PATCH,
    id: 'test-no-near-poor',
    title: { vi: 'Thử nghiệm: không có hộ cận nghèo', en: 'Test: no near-poor category' },
    categoryRules: [
      { category: 'poor', income: { atOrBelow: 'poverty' }, deprivations: 'at-least-cut' },
      { category: 'average', income: { atOrBelow: 'poverty' }, deprivations: 'below-cut' },
      { category: 'average', income: { above: 'poverty', atOrBelow: 'average-ceiling' } },
      { category: 'above-average', income: { above: 'average-ceiling' } },
    ],
  };
  const noNearPoor = deriveRuleSet(base, patch);
  const flag = (deprived: number, unknown: number) =>
    classify({ area: 'rural', size: 1, income: { perCapitaMonthly: '1500000' }, deprivations: answers(deprived, unknown) }, { ruleSet: noNearPoor });

  it('poor (excluded) → not eligible; average (not excluded) → eligible; either → unknown', () => {
    expect(flag(3, 0)).toMatchObject({ category: 'poor', lowIncomeWorker: { eligible: false } });
    expect(flag(0, 0)).toMatchObject({ category: 'average', lowIncomeWorker: { eligible: true } });
    const undetermined = flag(2, 1);
    expect(undetermined.possibleCategories).toEqual(['poor', 'average']);
    expect(undetermined.lowIncomeWorker).toEqual({ eligible: null, ceiling: '2250000', citation: base.lowIncomeWorker!.citation });
  });
});

describe('what depends only on the rule set is built once, frozen and shared', () => {
  const household = (income: string, id?: number) => ({
    ...(id === undefined ? {} : { id }),
    area: 'rural',
    size: 2,
    income: { perCapitaMonthly: income },
    deprivations: answers(1),
  });

  it('two households in the same band share the summary, comparisons, band, decision and low-income-worker flag', () => {
    const a = classify(household('1600000', 1));
    const b = classify(household('2000000', 2));
    expect(a.category).toBe('average');
    expect(b.ruleSet).toBe(a.ruleSet);
    expect(b.income.comparisons).toBe(a.income.comparisons);
    expect(b.income.band).toBe(a.income.band);
    expect(b.possibleCategories).toBe(a.possibleCategories);
    expect(b.rule).toBe(a.rule);
    expect(b.lowIncomeWorker).toBe(a.lowIncomeWorker);
    for (const shared of [a.ruleSet, a.income.comparisons, a.income.comparisons[0], a.income.band, a.possibleCategories, a.rule, a.lowIncomeWorker]) {
      expect(Object.isFrozen(shared)).toBe(true);
    }
    // Another band, area or deprivation outcome gets its own.
    const poor = classify({ ...household('1500000'), deprivations: answers(3) });
    expect(poor.rule).not.toBe(a.rule);
    expect(poor.income.comparisons).not.toBe(a.income.comparisons);
    const urban = classify({ ...household('1600000'), area: 'urban' });
    expect(urban.income.comparisons).not.toBe(a.income.comparisons);
    expect(urban.income.comparisons[0]!.amount).toBe('2000000');
  });

  it('answered indicators, indicators with no facts and common derived outcomes are shared entries; others are built per household', () => {
    const answered = classify(household('1600000')).indicators;
    expect(classify(household('3000000')).indicators[0]).toBe(answered[0]);
    // A rule set first used here (its shared entries are built in this test).
    const fresh = deriveRuleSet(base, TEST_PATCH);
    const noFacts = classify({ area: 'rural', size: 1, income: { perCapitaMonthly: '1600000' } }, { ruleSet: fresh }).indicators;
    const again = classify({ area: 'urban', size: 3, income: { perCapitaMonthly: '9000000' } }, { ruleSet: fresh }).indicators;
    noFacts.forEach((entry, i) => {
      expect(entry).toEqual({
        id: IDS[i],
        dimension: base.indicators[i]!.dimension,
        status: 'unknown',
        source: 'derived',
        evidence: { basis: 'none' },
        citation: base.indicators[i]!.citation,
      });
      expect(again[i]).toBe(entry);
      expect(Object.isFrozen(entry)).toBe(true);
    });
    const member = { age: 30, sex: 'male', healthInsurance: true };
    const derived = classify({ area: 'rural', income: { perCapitaMonthly: '1600000' }, members: [member] }).indicators;
    const derivedAgain = classify({ area: 'rural', income: { perCapitaMonthly: '1600000' }, members: [member] }).indicators;
    const insurance = IDS.indexOf('health-insurance');
    expect(derived[insurance]).toMatchObject({ status: 'not-deprived', source: 'derived' });
    expect(derived[insurance]!.evidence.basis).not.toBe('none');
    // Nobody uninsured: the same outcome for every such household, one frozen entry.
    expect(derivedAgain[insurance]).toBe(derived[insurance]);
    expect(Object.isFrozen(derived[insurance])).toBe(true);
    // An uninsured member: the evidence names that household's member, so the entry is its own.
    const uninsured = { age: 30, sex: 'male', healthInsurance: false };
    const found = classify({ area: 'rural', income: { perCapitaMonthly: '1600000' }, members: [uninsured] }).indicators;
    const foundAgain = classify({ area: 'rural', income: { perCapitaMonthly: '1600000' }, members: [uninsured] }).indicators;
    expect(found[insurance]).toMatchObject({ status: 'deprived', evidence: { members: [{ index: 0 }] } });
    expect(foundAgain[insurance]).toEqual(found[insurance]);
    expect(foundAgain[insurance]).not.toBe(found[insurance]);
  });

  it('householdId and date are absent from the result when not given (not present as undefined)', () => {
    const result = classify(household('1600000'));
    expect(Object.keys(result)).not.toContain('householdId');
    expect(Object.keys(result)).not.toContain('date');
    const withBoth = classify(household('1600000', 7), { date: '2025-09-01' });
    expect(withBoth).toMatchObject({ householdId: 7, date: '2025-09-01' });
  });
});
