/**
 * summarize: category counts and shares, deprivation tables, Alkire–Foster measures on a small
 * example checkable by hand, grouping (subgroups add up to the totals: property test), and
 * renderSummary's rounding.
 *
 * Hand-checkable example under vn-2022-2025 (rural lines: poverty 1,500,000, average ceiling
 * 2,250,000; cut k = 3 of d = 12 indicators, equal weights 1/12):
 *   h1  1,200,000  employment, health-insurance, water            → poor,          3 deprivations, AF poor
 *   h2  3,000,000  employment, dependants, water, sanitation      → above-average, 4 deprivations, AF poor
 *   h3  1,000,000  water, telecom                                 → near-poor,     2 deprivations
 *   h4  2,000,000  (none)                                         → average,       0 deprivations
 *   h5  invalid (size 0)                                          → error
 * AF over the 4 complete households: n = 4, q = 2, censored deprivations 3 + 4 = 7:
 *   H = 2/4 = 0.5; A = 7 / (2 × 12) = 7/24; M0 = 7 / (4 × 12) = 7/48 = H × A;
 *   censored headcounts: employment 2/4, water 2/4, health-insurance, dependants, sanitation 1/4,
 *   telecom 0 (h3 is not AF poor); contributions: employment 2/7, water 2/7, the others 1/7.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { classify, classifyMany, createSummarizer, getRuleSet, renderSummary, summarize, ValidationError, type SummaryFigures } from '../src/index.js';

const RULE_SET = getRuleSet('vn-2022-2025');
const IDS = RULE_SET.indicators.map((indicator) => indicator.id);
const D = Decimal.clone({ precision: 60 });

function answers(...deprived: string[]): Record<string, boolean> {
  return Object.fromEntries(IDS.map((id) => [id, deprived.includes(id)]));
}
const rural = (id: string, income: number, deprivations: Record<string, boolean | null>) => ({
  id,
  area: 'rural',
  size: 3,
  income: { perCapitaMonthly: income },
  deprivations,
});

const EXAMPLE = [
  rural('h1', 1_200_000, answers('employment', 'health-insurance', 'water')),
  rural('h2', 3_000_000, answers('employment', 'dependants', 'water', 'sanitation')),
  rural('h3', 1_000_000, answers('water', 'telecom')),
  rural('h4', 2_000_000, answers()),
  { id: 'h5', area: 'rural', size: 0, income: { perCapitaMonthly: 1 } },
];

/** q/d to 20 decimal places, half-up, as summarize writes it. */
const q = (numerator: number, denominator: number): string => new D(numerator).div(denominator).toDecimalPlaces(20).toFixed();

describe('summarize: categories and deprivation tables', () => {
  const summary = summarize(classifyMany(EXAMPLE));

  it('counts every category and the errors; shares are of all rows', () => {
    expect(summary.rows).toBe(5);
    expect(summary.classified).toBe(4);
    expect(summary.errors).toEqual({ count: 1, share: '0.2' });
    expect(summary.categories.poor).toEqual({ count: 1, share: '0.2' });
    expect(summary.categories['near-poor']).toEqual({ count: 1, share: '0.2' });
    expect(summary.categories['poor-or-near-poor']).toEqual({ count: 2, share: '0.4' });
    expect(summary.categories.average).toEqual({ count: 1, share: '0.2' });
    expect(summary.categories['above-average']).toEqual({ count: 1, share: '0.2' });
    expect(summary.categories.undetermined).toEqual({ count: 0, share: '0' });
    expect(summary.ruleSet).toEqual({ id: RULE_SET.id, version: RULE_SET.version, fingerprint: RULE_SET.fingerprint });
  });

  it('gives per-indicator headcounts among classified and among poor + near-poor households', () => {
    const water = summary.indicators.find((indicator) => indicator.id === 'water')!;
    expect(water).toEqual({
      id: 'water',
      dimension: 'water-sanitation',
      deprived: 3,
      unknown: 0,
      rate: '0.75',
      deprivedAmongPoorOrNearPoor: 2,
      rateAmongPoorOrNearPoor: '1',
    });
    const telecom = summary.indicators.find((indicator) => indicator.id === 'telecom')!;
    expect([telecom.deprived, telecom.rate, telecom.deprivedAmongPoorOrNearPoor, telecom.rateAmongPoorOrNearPoor]).toEqual([1, '0.25', 1, '0.5']);
    const dependants = summary.indicators.find((indicator) => indicator.id === 'dependants')!;
    expect([dependants.deprived, dependants.deprivedAmongPoorOrNearPoor, dependants.rateAmongPoorOrNearPoor]).toEqual([1, 0, '0']);
    expect(summary.indicators.map((indicator) => indicator.id)).toEqual(IDS);
  });
});

describe('summarize: Alkire–Foster', () => {
  const af = summarize(classifyMany(EXAMPLE)).alkireFoster;

  it('[rule:vn-2022-2025/deprivationCut/cut] uses equal weights and k = the rule set cut', () => {
    expect(af.indicators).toBe(12);
    expect(af.weight).toBe(q(1, 12));
    expect(af.k).toBe(3);
    expect(af.kShare).toBe('0.25');
  });

  it('[rule:vn-2022-2025/deprivationCut/cut] computes H, A and M0 = H × A on the hand-checked example', () => {
    expect([af.population, af.incomplete, af.poor, af.deprivationSum]).toEqual([4, 0, 2, 7]);
    expect(af.H).toBe('0.5');
    expect(af.A).toBe(q(7, 24));
    expect(af.M0).toBe(q(7, 48));
    // M0 = H × A (agreeing to 18 places after H and A were each rounded at the 20th).
    expect(new D(af.H!).times(af.A!).toDecimalPlaces(18).toFixed()).toBe(new D(af.M0!).toDecimalPlaces(18).toFixed());
  });

  it('[rule:vn-2022-2025/deprivationCut/cut] censors non-poor deprivations and gives each indicator its contribution', () => {
    const byId = Object.fromEntries(af.censored.map((indicator) => [indicator.id, indicator]));
    expect(byId.employment).toEqual({ id: 'employment', count: 2, headcount: '0.5', contribution: q(2, 7) });
    expect(byId.water).toEqual({ id: 'water', count: 2, headcount: '0.5', contribution: q(2, 7) });
    expect(byId['health-insurance']).toEqual({ id: 'health-insurance', count: 1, headcount: '0.25', contribution: q(1, 7) });
    expect(byId.telecom).toEqual({ id: 'telecom', count: 0, headcount: '0', contribution: '0' });
    // Σ censored counts = the censored deprivation sum, so the contributions add up to 100 %.
    expect(af.censored.reduce((sum, indicator) => sum + indicator.count, 0)).toBe(af.deprivationSum);
    // Σ w × h_j = M0.
    const m0 = af.censored.reduce((sum, indicator) => sum.plus(new D(indicator.count).div(4 * 12)), new D(0));
    expect(m0.toDecimalPlaces(20).toFixed()).toBe(af.M0);
  });

  it('[rule:vn-2022-2025/deprivationCut/cut] identifies AF poor exactly at k, not at k − 1', () => {
    const two = rural('two', 5_000_000, answers('water', 'sanitation'));
    const three = rural('three', 5_000_000, answers('water', 'sanitation', 'telecom'));
    expect(summarize(classifyMany([two])).alkireFoster.poor).toBe(0);
    expect(summarize(classifyMany([three])).alkireFoster.poor).toBe(1);
    expect(summarize(classifyMany([three])).alkireFoster.A).toBe('0.25');
  });

  it('leaves households with unknown indicators out of the AF population (complete cases)', () => {
    const partial = rural('partial', 1_000_000, { ...answers('water', 'sanitation', 'telecom'), nutrition: null });
    const summary = summarize(classifyMany([partial, ...EXAMPLE]));
    expect(summary.alkireFoster.population).toBe(4);
    expect(summary.alkireFoster.incomplete).toBe(1);
    expect(summary.categories.poor.count).toBe(2);
    expect(summary.indicators.find((indicator) => indicator.id === 'nutrition')!.unknown).toBe(1);
  });

  it('gives null ratios when there is nothing to divide by', () => {
    const summary = summarize([]);
    expect(summary.rows).toBe(0);
    expect(summary.categories.poor).toEqual({ count: 0, share: null });
    expect(summary.ruleSet).toBeNull();
    expect(summary.alkireFoster.H).toBeNull();
    const withRuleSet = summarize(classifyMany([EXAMPLE[4]]), { ruleSet: 'vn-2022-2025' });
    expect(withRuleSet.indicators).toHaveLength(12);
    expect(withRuleSet.alkireFoster.A).toBeNull();
  });
});

describe('summarize: inputs and grouping', () => {
  it('reads plain classify results as well as batch rows', () => {
    const results = EXAMPLE.slice(0, 4).map((household) => classify(household));
    const fromResults = summarize(results);
    const fromRows = summarize(classifyMany(EXAMPLE.slice(0, 4)));
    expect(fromResults).toEqual(fromRows);
  });

  it('groups by a result field, with rows lacking the key last', () => {
    const households = [...EXAMPLE, { ...rural('u1', 1_900_000, answers('water')), area: 'urban' }];
    const summary = summarize(classifyMany(households), { by: 'area' });
    expect(summary.by).toBe('area');
    expect(summary.groups.map((group) => [group.key, group.rows])).toEqual([
      ['rural', 4],
      ['urban', 1],
      [null, 1],
    ]);
    expect(summary.groups[1]!.categories['near-poor'].count).toBe(1);
  });

  it('groups by a function of the row and its index', () => {
    const provinces = ['01', '02', '01', '02', '01'];
    const summary = summarize(classifyMany(EXAMPLE), { by: (_row, index) => provinces[index] });
    expect(summary.groups.map((group) => [group.key, group.rows, group.errors.count])).toEqual([
      ['01', 3, 1],
      ['02', 2, 0],
    ]);
  });

  it('refuses to mix rule sets', () => {
    const household = { area: 'rural', size: 2, income: { perCapitaMonthly: 500000 } };
    const summarizer = createSummarizer();
    summarizer.add(classify(household, { ruleSet: 'vn-2022-2025' }));
    expect(() => summarizer.add(classify(household, { ruleSet: 'vn-2016-2020' }))).toThrow(ValidationError);
  });

  it('streams: createSummarizer gives the same summary as summarize', () => {
    const rows = classifyMany(EXAMPLE);
    const summarizer = createSummarizer({ by: 'area' });
    for (const row of rows) summarizer.add(row);
    expect(summarizer.finish()).toEqual(summarize(rows, { by: 'area' }));
  });
});

function countsOf(figures: SummaryFigures): number[] {
  const af = figures.alkireFoster;
  return [
    figures.rows,
    figures.classified,
    figures.errors.count,
    ...Object.values(figures.categories).map((cell) => cell.count),
    ...figures.indicators.flatMap((indicator) => [indicator.deprived, indicator.unknown, indicator.deprivedAmongPoorOrNearPoor]),
    af.population,
    af.incomplete,
    af.poor,
    af.deprivationSum,
    ...af.censored.map((indicator) => indicator.count),
  ];
}

describe('summarize: subgroups add up to the totals (property)', () => {
  const answer = fc.constantFrom<boolean | null>(true, false, false, false, null);
  const household = fc.record({
    area: fc.constantFrom('rural', 'urban', 'nowhere'),
    size: fc.integer({ min: 0, max: 8 }),
    income: fc.integer({ min: 0, max: 4_000_000 }),
    answers: fc.array(answer, { minLength: 12, maxLength: 12 }),
    group: fc.constantFrom('A', 'B', 'C', undefined),
  });

  it('every count of every group sums to the total count', () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 60 }), (generated) => {
        const households = generated.map((h) => ({
          area: h.area,
          size: h.size,
          income: { perCapitaMonthly: h.income },
          deprivations: Object.fromEntries(IDS.map((id, i) => [id, h.answers[i]!])),
        }));
        const summary = summarize(classifyMany(households), { ruleSet: 'vn-2022-2025', by: (_row, index) => generated[index]!.group });
        const total = countsOf(summary);
        const sums = new Array<number>(total.length).fill(0);
        for (const group of summary.groups) countsOf(group).forEach((value, i) => (sums[i]! += value));
        expect(sums).toEqual(total);
        // Categories and errors partition the rows.
        const c = summary.categories;
        expect(c.poor.count + c['near-poor'].count + c.average.count + c['above-average'].count + c.undetermined.count + summary.errors.count).toBe(
          summary.rows,
        );
        expect(c['poor-or-near-poor'].count).toBe(c.poor.count + c['near-poor'].count);
        // The AF population and the incomplete households partition the classified ones.
        expect(summary.alkireFoster.population + summary.alkireFoster.incomplete).toBe(summary.classified);
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderSummary', () => {
  const summary = summarize(classifyMany([...EXAMPLE, rural('h6', 1_400_000, answers('water', 'sanitation', 'telecom'))]), { by: 'area' });

  it('renders Vietnamese by default, with rounded percentages (2/6 = 33,33 %)', () => {
    const text = renderSummary(summary);
    expect(text).toContain('Hộ nghèo');
    expect(text).toMatch(/Hộ nghèo\s+2\s+33,33%/);
    expect(text).toMatch(/Lỗi dữ liệu\s+1\s+16,67%/);
    expect(text).toContain('Theo nhóm: area');
  });

  it('renders English with the AF line and indicator names', () => {
    const text = renderSummary(summary, { locale: 'en' });
    expect(text).toMatch(/Poor\s+2\s+33\.33%/);
    expect(text).toContain('H = 60.00%');
    expect(text).toContain('Health insurance');
    expect(text).toContain('== Group: rural ==');
  });
});
