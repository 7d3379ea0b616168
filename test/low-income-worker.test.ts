/**
 * Decree 30/2025/NĐ-CP low-income workers for vn-2022-2025: the household is neither poor nor
 * near-poor and its per-capita income is at most 2,250,000 (rural) / 3,000,000 (urban).
 */
import { describe, expect, it } from 'vitest';
import { classify, explain, getRuleSet } from '../src/index.js';

const IDS = [
  'employment',
  'dependants',
  'nutrition',
  'health-insurance',
  'adult-education',
  'school-attendance',
  'housing-quality',
  'housing-area',
  'water',
  'sanitation',
  'telecom',
  'information-access',
];
const answers = (deprived: number, unknown = 0) => Object.fromEntries(IDS.map((id, i) => [id, i < deprived ? true : i < deprived + unknown ? null : false]));
const flag = (area: 'rural' | 'urban', income: string | number, deprived = 0, unknown = 0) =>
  classify({ area, size: 1, income: { perCapitaMonthly: income }, deprivations: answers(deprived, unknown) }).lowIncomeWorker!;

describe('the rule as data', () => {
  it(`[rule:vn-2022-2025/lowIncomeWorker/rule] ceiling is the average-living ceiling line; poor and near-poor excluded; Decree 30/2025, confidence B`, () => {
    const rule = getRuleSet('vn-2022-2025').lowIncomeWorker!;
    expect(rule).toMatchObject({ atOrBelow: 'average-ceiling', excludedCategories: ['poor', 'near-poor'] });
    expect(rule.citation).toMatchObject({ instrument: { id: 'decree-30-2025' }, confidence: 'B' });
    expect(getRuleSet('vn-2022-2025').version).toMatch(/^2\./);
  });
});

describe('boundaries', () => {
  for (const [area, line, ceiling] of [
    ['rural', 1500000, 2250000],
    ['urban', 2000000, 3000000],
  ] as const) {
    it(`[rule:vn-2022-2025/lowIncomeWorker/rule] [rule:vn-2022-2025/incomeLine/average-ceiling] ${area}: eligible above the poverty line up to ${ceiling} inclusive; not 0.01 / 1 đồng above`, () => {
      expect(flag(area, line + 1)).toMatchObject({ eligible: true, ceiling: String(ceiling) });
      expect(flag(area, `${line}.01`).eligible).toBe(true);
      expect(flag(area, ceiling).eligible).toBe(true);
      expect(flag(area, ceiling - 1).eligible).toBe(true);
      expect(flag(area, `${ceiling}.01`).eligible).toBe(false);
      expect(flag(area, ceiling + 1).eligible).toBe(false);
      expect(flag(area, ceiling, 12).eligible).toBe(true);
    });

    it(`[rule:vn-2022-2025/categoryRule/0-poor] [rule:vn-2022-2025/categoryRule/1-near-poor] ${area}: poor and near-poor households are not eligible, even when undetermined between them`, () => {
      expect(flag(area, line, 3).eligible).toBe(false);
      expect(flag(area, line, 0).eligible).toBe(false);
      expect(flag(area, line, 2, 1).eligible).toBe(false);
      expect(flag(area, 0).eligible).toBe(false);
    });
  }
});

describe('unknown and absent', () => {
  it('null when a score cannot tell whether the income is within the ceiling', () => {
    const result = classify({ area: 'rural', size: 2, income: { score: 141 } });
    expect(result.lowIncomeWorker!.eligible).toBeNull();
    expect(classify({ area: 'rural', size: 2, income: { score: 140 } }).lowIncomeWorker!.eligible).toBe(false);
  });

  it('absent for rule sets that do not define it', () => {
    expect(classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1200000 } }, { ruleSet: 'vn-2016-2020' }).lowIncomeWorker).toBeUndefined();
    expect(
      classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 3000000 } }, { ruleSet: 'vn-2027-2030', allowProvisional: true }).lowIncomeWorker,
    ).toBeUndefined();
  });

  it('the explanation states it with its citation where it can apply', () => {
    const result = classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 2500000 } });
    expect(explain(result, { locale: 'en' })).toMatch(
      /The household's workers qualify as low-income workers \(household neither poor nor near-poor; per-capita income at most VND 3,000,000, urban\) \[Decree 30\/2025\/NĐ-CP\]/,
    );
    // Reviewed on or after 24 Feb 2025 (the decree in force): stated.
    expect(explain(classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 2500000 } }, { date: '2025-02-24' }))).toMatch(
      /thuộc diện người lao động có thu nhập thấp/,
    );
  });

  it('the explanation leaves the status out where it cannot apply: above the ceiling, poor or near-poor, or a review before 24 Feb 2025', () => {
    const above = classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 3000001 } });
    expect(above.lowIncomeWorker?.eligible).toBe(false);
    expect(explain(above)).not.toMatch(/thu nhập thấp/);
    expect(explain(above, { locale: 'en' })).not.toMatch(/low-income/);
    expect(explain(classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 2000000 } }), { locale: 'en' })).not.toMatch(/low-income/);
    const before = classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 2500000 } }, { date: '2025-02-23' });
    // The flag stays in the result (the library does not check dates for it); the officer text leaves it out.
    expect(before.lowIncomeWorker?.eligible).toBe(true);
    expect(explain(before, { locale: 'en' })).not.toMatch(/low-income/);
  });
});
