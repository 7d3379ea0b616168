/**
 * Change between two rounds, by hand, and the rendered tables.
 *
 * Panel of four households, unweighted, one stratum (units = household ids):
 *   round 1: A poor, B poor, C average, D average   → p₁ = 1/2
 *   round 2: A poor, B average, C average, D average → p₂ = 1/4, change −1/4
 * Linearised: z = e₂/X₂ − e₁/X₁ with e = y − p, X = 4: A 1/16, B −3/16, C 1/16, D 1/16;
 * V = 4/3 · 12/256 = 1/16, SE = 1/4. Independent samples: V = (1/4)/3 + (3/16)/3 = 7/48.
 * With a fifth household E (poor) only in round 2: p₂ = 2/5, z = e₂/5 − e₁/4 = (−1, −41, 9, 9, 24)/200,
 * V = 5/4 · 2420/40000, SE = 55/200.
 */
import { describe, expect, it } from 'vitest';
import { classify, classifyMany, renderChange, renderSummary, summarize, summarizeChange, ValidationError } from '../src/index.js';
import { answers } from './helpers/households.js';

const POOR = { area: 'rural', size: 4, income: { perCapitaMonthly: 1_200_000 }, deprivations: answers(3) };
const AVERAGE = { area: 'rural', size: 2, income: { perCapitaMonthly: 2_000_000 }, deprivations: answers(0) };
/** Poor under vn-2016-2020 whatever its deprivations (income below the 700,000 rural line). */
const POOR_2016 = { area: 'rural', size: 4, income: { perCapitaMonthly: 500_000 } };
const round = (...households: [string, unknown][]) => classifyMany(households.map(([id, household]) => ({ id, ...(household as object) })));
const FIRST = round(['A', POOR], ['B', POOR], ['C', AVERAGE], ['D', AVERAGE]);
const SECOND = round(['A', POOR], ['B', AVERAGE], ['C', AVERAGE], ['D', AVERAGE]);

const near = (actual: number | null, expected: number): void => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-15);
};

function issue(run: () => unknown): { path: readonly (string | number)[]; code: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!;
  }
  throw new Error('expected a ValidationError');
}

describe('summarizeChange by hand', () => {
  it('panel: the covariance of the matched households (SE 1/4)', () => {
    const change = summarizeChange(FIRST, SECOND, { samples: 'panel' });
    expect(change.households.categories.poor).toMatchObject({ before: '0.5', after: '0.25', change: '-0.25' });
    near(change.households.categories.poor.se, 0.25);
    expect([change.samples, change.matched, change.units]).toEqual(['panel', 4, 4]);
    // H falls by the same quarter (all four are complete cases; the two poor have 3 deprivations).
    expect(change.households.alkireFoster!.H.change).toBe('-0.25');
    expect(change.before.categories.poor.count).toBe(2);
    expect(change.after.survey!.households.categories.poor.value).toBe('0.25');
  });

  it('independent samples: V = V₁ + V₂ = 7/48', () => {
    const change = summarizeChange(FIRST, SECOND);
    expect(change.samples).toBe('independent');
    expect(change.matched).toBeNull();
    near(change.households.categories.poor.se, Math.sqrt(7 / 48));
    near(change.households.categories.poor.ci!.lower, -0.25 - 1.959963984540054 * Math.sqrt(7 / 48));
  });

  it('panel with a household seen only in round 2 (SE 55/200)', () => {
    const change = summarizeChange(FIRST, [...SECOND, ...round(['E', POOR])], { samples: 'panel' });
    expect(change.households.categories.poor).toMatchObject({ before: '0.5', after: '0.4', change: '-0.1' });
    near(change.households.categories.poor.se, 55 / 200);
    expect([change.matched, change.units]).toEqual([4, 5]);
  });

  it('panel matched by an id option, with weights and groups', () => {
    const withKeys = (rows: typeof FIRST, region: string[]) => rows.map((row, i) => ({ ...row, key: `k-${row.id}`, w: '2.5', region: region[i] }));
    const change = summarizeChange(withKeys(FIRST, ['x', 'x', 'y', 'y']), withKeys(SECOND, ['x', 'x', 'y', 'z']), {
      samples: 'panel',
      id: 'key',
      weight: 'w',
      by: 'region',
    });
    near(change.households.categories.poor.se, 0.25); // equal weights: the same as unweighted
    expect(change.groups.map((group) => group.key)).toEqual(['x', 'y', 'z']);
    expect(change.groups[0]!.households.categories.poor).toMatchObject({ before: '1', after: '0.5', change: '-0.5' });
    expect(change.groups[2]!.households.categories.poor).toMatchObject({ before: null, change: null, se: null });
  });

  it('independent samples may come from different rule sets (no per-indicator changes then)', () => {
    const older = [classify(POOR_2016, { ruleSet: 'vn-2016-2020' })].map((result) => ({ ok: true as const, index: 0, result }));
    const change = summarizeChange(older, FIRST);
    expect(change.households.indicators).toEqual([]);
    expect(change.households.categories.poor.change).not.toBeNull();
  });

  it('refuses bad input, naming the round', () => {
    expect(issue(() => summarizeChange(FIRST, [null as never]))).toMatchObject({ path: ['after', 0], code: 'invalid_type' });
    expect(issue(() => summarizeChange(null as never, FIRST))).toMatchObject({ path: ['before'], code: 'invalid_type' });
    expect(issue(() => summarizeChange(FIRST, SECOND, { samples: 'paired' as never }))).toMatchObject({ path: ['samples'] });
    expect(issue(() => summarizeChange(FIRST, SECOND, { id: 4 as never }))).toMatchObject({ path: ['id'] });
    expect(issue(() => summarizeChange(FIRST, SECOND, null as never))).toMatchObject({ path: [] });
    const anonymous = classifyMany([POOR]);
    expect(issue(() => summarizeChange(anonymous, anonymous, { samples: 'panel' }))).toMatchObject({ path: ['before', 0, 'id'], code: 'invalid_design' });
    const older = [{ ok: true as const, index: 0, id: 'A', result: classify(POOR_2016, { ruleSet: 'vn-2016-2020' }) }];
    expect(issue(() => summarizeChange(FIRST, older, { samples: 'panel' }))).toMatchObject({ path: ['after', 0], code: 'mixed_rule_sets' });
    expect(issue(() => summarizeChange(FIRST, SECOND, { weight: 'nope' }))).toMatchObject({ path: ['before', 0, 'weight'] });
  });
});

describe('renderSummary with survey figures', () => {
  const rows = FIRST.map((row, i) => ({ ...row, w: ['1500.5', '2000', '999.5', '3000'][i], size: [4, 4, 2, 2][i], stratum: i < 2 ? 's1' : 's2' }));
  const summary = summarize(rows, { weight: 'w', size: 'size', strata: 'stratum', measures: [{ name: 'nested', weights: 'nested', k: '1/3' }] });

  it('English: the design, weighted totals rounded to whole households, shares with SE and CI', () => {
    const text = renderSummary(summary, { locale: 'en' });
    expect(text).toContain(
      'Design: weights "w"; 2 strata ("stratum"); every household its own PSU (4); Taylor linearisation, PSUs with replacement; 2 degrees of freedom',
    );
    expect(text).toContain('Weighted estimates — households (household shares)');
    expect(text).toContain('Weighted estimates — persons (person shares: weight × household size)');
    // Poor: 1500.5 + 2000 = 3500.5 → 3,501 households (half-up); share 3500.5 / 7500 = 46.67 %.
    expect(text).toMatch(/Poor\s+3,501\s+46\.67%\s+\d+\.\d\d%\s+\d+\.\d\d% – \d+\.\d\d%/);
    expect(text).toContain('Alkire–Foster (count of indicators, equal weights, k = 3/12; weighted: 7,500 households with complete data, 0 incomplete)');
    expect(text).toContain('Alkire–Foster (nested, k = 1/3;');
    expect(text).toContain('Robustness to the cut k (minimum number of deprivations)');
    expect(text).toMatch(/^1\/12\s+/m);
  });

  it('Vietnamese: labels and decimal commas', () => {
    const text = renderSummary(summary);
    expect(text).toContain('Thiết kế mẫu: quyền số "w"; 2 tầng ("stratum")');
    expect(text).toContain('Ước lượng theo quyền số — hộ gia đình (tỷ lệ hộ)');
    expect(text).toMatch(/Hộ nghèo\s+3\.501\s+46,67%/);
    expect(text).toContain('Khoảng tin cậy 95%');
  });

  it('groups get a weighted overview with SEs, and a 90% level is printed as such', () => {
    const grouped = summarize(rows, { weight: 'w', by: 'stratum', confidence: '0.9' });
    const text = renderSummary(grouped, { locale: 'en' });
    expect(text).toMatch(/Group\s+Weighted total\s+Poor\s+SE\s+Poor and near-poor\s+SE\s+M0\s+SE/);
    expect(text).toMatch(/s1\s+3,501\s+100\.00%\s+0\.00%/);
    expect(text).toContain('90% CI');
  });

  it('refuses a malformed survey part', () => {
    expect(issue(() => renderSummary({ ...summary, survey: { households: {} } } as never)).path[0]).toBe('survey');
  });
});

describe('renderChange', () => {
  const change = summarizeChange(FIRST, SECOND, { samples: 'panel' });

  it('English: shares before and after, the change in percentage points, SE and CI', () => {
    const text = renderChange(change, { locale: 'en' });
    expect(text.split('\n')[0]).toBe('Change between two rounds — panel: 4 of 4 units in both rounds');
    expect(text).toMatch(/Poor\s+50\.00%\s+25\.00%\s+−25\.00\s+25\.00\s+−74\.00 – 24\.00/);
    expect(text).toMatch(/M0\s+0\.1250\s+0\.0625\s+−0\.0625\s+0\.0625/);
  });

  it('Vietnamese', () => {
    const text = renderChange(change);
    expect(text.split('\n')[0]).toBe('Thay đổi giữa hai kỳ — mẫu lặp: 4 trên 4 đơn vị có ở cả hai kỳ');
    expect(text).toMatch(/Hộ nghèo\s+50,00%\s+25,00%\s+−25,00\s+25,00/);
  });

  it('groups, and bad input', () => {
    const grouped = summarizeChange(FIRST, SECOND, { by: (_row, i) => (i < 2 ? 'x' : 'y') });
    expect(renderChange(grouped, { locale: 'en' })).toContain('== Group: y ==');
    expect(issue(() => renderChange(null as never))).toMatchObject({ path: [] });
    expect(issue(() => renderChange(change, null as never))).toMatchObject({ path: [] });
    expect(issue(() => renderChange({ ...change, samples: 'x' } as never)).path).toEqual(['samples']);
  });
});
