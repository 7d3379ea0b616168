/**
 * The review tool's score path for vn-2022-2025 (Circular 07/2021/TT-BLĐTBXH): a score at or
 * below 140 (rural) / 175 (urban) stands for income at or below the poverty line; above it the
 * household is undetermined between average and above-average, and the explanation says why.
 */
import { describe, expect, it } from 'vitest';
import { classify, explain, getRuleSet } from '../src/index.js';
import { answers, issueCodes } from './helpers/households.js';

const scored = (area: 'rural' | 'urban', score: number, deprived = 0, unknown = 0) =>
  classify({ area, size: 3, income: { score }, deprivations: answers(deprived, unknown) });
const TAG = '[rule:vn-2022-2025/incomeLine/poverty] [rule:vn-2022-2025/incomeScore/score]';

const issues = issueCodes;

describe('score thresholds as rule data', () => {
  it(`[rule:vn-2022-2025/incomeScore/score] thresholds 140 / 175 stand for the poverty line, cited to Circular 07/2021 with confidence B`, () => {
    const rule = getRuleSet('vn-2022-2025').incomeScore!;
    expect(rule).toMatchObject({ line: 'poverty', thresholds: { rural: '140', urban: '175' } });
    expect(rule.citation).toMatchObject({ instrument: { id: 'circular-07-2021' }, confidence: 'B' });
    expect(getRuleSet('vn-2022-2025').instruments.map((i) => i.id)).toContain('circular-07-2021');
  });
});

describe('boundaries', () => {
  for (const [area, threshold] of [
    ['rural', 140],
    ['urban', 175],
  ] as const) {
    it(`[rule:vn-2022-2025/incomeScore/score] ${area}: ${threshold} and below are at or below the line; ${threshold}.01 and ${threshold + 1} above`, () => {
      for (const score of [0, threshold - 1, threshold - 0.01, threshold]) {
        const result = scored(area, score, 3);
        expect(result.category, String(score)).toBe('poor');
        expect(result.income.score).toMatchObject({ outcome: 'at-or-below', threshold: String(threshold), line: 'poverty' });
        expect(result.income.comparisons.map((c) => c.outcome)).toEqual(['at-or-below', 'at-or-below']);
        expect(result.income.band).toEqual({ above: null, atOrBelow: 'poverty' });
      }
      for (const score of [threshold + 0.01, threshold + 1, 1000]) {
        const result = scored(area, score, 3);
        expect(result.category, String(score)).toBe('undetermined');
        expect(result.income.score!.outcome).toBe('above');
      }
    });
  }
});

describe('categories from a score', () => {
  it(`${TAG} [rule:vn-2022-2025/categoryRule/0-poor] [rule:vn-2022-2025/categoryRule/1-near-poor] at or below: poor with ≥ 3, near-poor with ≤ 2, undetermined if unknowns could cross the cut`, () => {
    expect(scored('rural', 140, 3)).toMatchObject({ category: 'poor', possibleCategories: ['poor'] });
    expect(scored('rural', 140, 2)).toMatchObject({ category: 'near-poor', possibleCategories: ['near-poor'] });
    expect(scored('rural', 140, 2, 1)).toMatchObject({ category: 'undetermined', possibleCategories: ['poor', 'near-poor'], rule: null });
  });

  it(`[rule:vn-2022-2025/incomeScore/score] above the threshold: undetermined between average and above-average, whatever the deprivations`, () => {
    for (const [deprived, unknown] of [
      [0, 0],
      [12, 0],
      [0, 12],
    ]) {
      const result = scored('urban', 176, deprived, unknown);
      expect(result).toMatchObject({ category: 'undetermined', possibleCategories: ['average', 'above-average'], rule: null });
      expect(result.income).toMatchObject({ form: 'score', given: '176', perCapita: '', band: { above: 'poverty', atOrBelow: null } });
      expect(result.income.comparisons.map((c) => [c.line, c.outcome])).toEqual([
        ['poverty', 'above'],
        ['average-ceiling', 'unknown'],
      ]);
    }
  });

  it('money results are unchanged (no score field, one band)', () => {
    const result = classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1500001 } });
    expect(result.income.score).toBeUndefined();
    expect(result.category).toBe('average');
    expect(result.income.comparisons.map((c) => c.outcome)).toEqual(['above', 'at-or-below']);
  });
});

describe('validation', () => {
  it('a score with money, a negative score, or a score for a rule set without thresholds is refused', () => {
    expect(issues(() => classify({ area: 'rural', size: 1, income: { score: 100, perCapitaMonthly: 1 } }))).toEqual([
      { path: ['income'], code: 'income_form' },
    ]);
    expect(issues(() => classify({ area: 'rural', size: 1, income: { score: -1 } }))[0]!.path).toEqual(['income', 'score']);
    expect(issues(() => classify({ area: 'rural', size: 1, income: { score: '100' } }))[0]!.path).toEqual(['income', 'score']);
    expect(issues(() => classify({ area: 'rural', size: 1, income: { score: 100 } }, { ruleSet: 'vn-2016-2020' }))).toEqual([
      { path: ['income', 'score'], code: 'score_not_supported' },
    ]);
  });
});

describe('explanation', () => {
  it('says the score cannot place the household in the average band, in both locales', () => {
    const result = scored('rural', 150);
    const en = explain(result, { locale: 'en' });
    expect(en).toMatch(
      /Income-proxy score 150 \(threshold 140, rural\): above the threshold, which stands for income above the income poverty line \[Circular 07\/2021\/TT-BLĐTBXH\]/,
    );
    expect(en).toMatch(/cannot place a household in the average-living band/);
    expect(en).not.toMatch(/Check the unknown indicators/);
    const vi = explain(result);
    expect(vi).toMatch(/Điểm ước lượng thu nhập 150 \(ngưỡng 140 điểm, nông thôn\)/);
    expect(vi).toMatch(/không xếp được hộ vào dải mức sống trung bình/);
    const below = explain(scored('urban', 175, 3), { locale: 'en' });
    expect(below).toMatch(/at or below the threshold, which stands for income at or below the income poverty line/);
    expect(below).toMatch(/Result: poor household/);
  });
});
