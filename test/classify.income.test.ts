/**
 * Income boundaries under Decree 07/2021/NĐ-CP Art. 3 (vn-2022-2025), checkable by hand:
 * - poverty line: rural 1,500,000; urban 2,000,000 VND per person per month (cl. 1 pt. a);
 * - poor: income ≤ line AND ≥ 3 deprivations (cl. 2 pt. a); near-poor: ≤ line AND ≤ 2 (pt. b);
 * - average: line < income ≤ 1.5 × line (2,250,000 / 3,000,000), deprivations not considered (pt. c);
 * - above-average: income > the average ceiling.
 * Every amount is tested exactly at the line, 1 đồng and 0.01 đồng above and below, in the
 * three income forms (per capita per month; household per month ÷ size; household per year
 * ÷ size ÷ 12), with 0 and with 3 deprivations.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { classify, getRuleSet } from '../src/index.js';
import { answers, LINES, named } from './helpers/households.js';

/** Rule tags, written out so the traceability check (scripts/docs/traceability.ts) sees them. */
const LINE_TAG = {
  poverty: '[rule:vn-2022-2025/incomeLine/poverty]',
  'average-ceiling': '[rule:vn-2022-2025/incomeLine/average-ceiling]',
} as const;
const CATEGORY_TAG = {
  poor: '[rule:vn-2022-2025/categoryRule/0-poor]',
  'near-poor': '[rule:vn-2022-2025/categoryRule/1-near-poor]',
  average: '[rule:vn-2022-2025/categoryRule/2-average]',
  'above-average': '[rule:vn-2022-2025/categoryRule/3-above-average]',
} as const;

const D = Decimal.clone({ precision: 60 });
type Area = 'rural' | 'urban';
type LineId = 'poverty' | 'average-ceiling';
type Form = { form: 'perCapitaMonthly' | 'householdMonthly' | 'householdAnnual'; size: number; divisor: number };

const FORMS: Form[] = [
  { form: 'perCapitaMonthly', size: 4, divisor: 1 },
  { form: 'householdMonthly', size: 3, divisor: 3 },
  { form: 'householdMonthly', size: 4, divisor: 4 },
  { form: 'householdAnnual', size: 3, divisor: 36 },
  { form: 'householdAnnual', size: 4, divisor: 48 },
];
/** Offsets applied to the amount as given (in its own form): at the line, ±1 đồng, ±0.01 đồng. */
const OFFSETS = ['-1', '-0.01', '0', '0.01', '1'] as const;

function expectedCategory(area: Area, perCapita: Decimal, deprivations: number): 'poor' | 'near-poor' | 'average' | 'above-average' {
  if (perCapita.lte(LINES[area].poverty)) return deprivations >= 3 ? 'poor' : 'near-poor';
  if (perCapita.lte(LINES[area]['average-ceiling'])) return 'average';
  return 'above-average';
}

const cases: {
  area: Area;
  line: LineId;
  form: Form;
  offset: string;
  deprived: number;
  given: string;
  expected: ReturnType<typeof expectedCategory>;
  perCapita: Decimal;
}[] = [];
for (const area of ['rural', 'urban'] as const) {
  for (const line of ['poverty', 'average-ceiling'] as const) {
    for (const form of FORMS) {
      for (const offset of OFFSETS) {
        for (const deprived of [0, 3]) {
          const given = new D(LINES[area][line]).times(form.divisor).plus(offset);
          const perCapita = given.div(form.divisor);
          cases.push({ area, line, form, offset, deprived, given: given.toFixed(), expected: expectedCategory(area, perCapita, deprived), perCapita });
        }
      }
    }
  }
}

const ruleSet = getRuleSet('vn-2022-2025');
const ruleCitation = (category: string) => ruleSet.categoryRules.find((rule) => rule.category === category)!.citation;

describe('income boundaries (Decree 07/2021 Art. 3 cl. 1 pt. a, cl. 2)', () => {
  it.each(
    named(
      cases,
      (c) =>
        `${LINE_TAG[c.line]} ${CATEGORY_TAG[c.expected]} ${c.area} ${c.form.form}=${c.given} (size ${c.form.size}; line ${c.line} × ${c.form.divisor} ${c.offset === '0' ? 'exactly' : c.offset.startsWith('-') ? c.offset : `+${c.offset}`}), ${c.deprived} deprivations → ${c.expected}`,
    ),
  )('%s', (_name, { area, line, form, deprived, given, expected, perCapita }) => {
    const household = { area, size: form.size, income: { [form.form]: given }, deprivations: answers(deprived) };
    const result = classify(household);
    expect(result.category).toBe(expected);
    expect(result.possibleCategories).toEqual([expected]);
    expect(result.deprivationCount).toBe(deprived);
    expect(result.unknownCount).toBe(0);
    expect(result.rule?.category).toBe(expected);
    expect(result.rule?.citation).toEqual(ruleCitation(expected));

    // Comparisons: one per line, ascending, exact (never on a rounded per-capita value).
    const poverty = LINES[area].poverty;
    const ceiling = LINES[area]['average-ceiling'];
    expect(result.income.comparisons.map((c) => [c.line, c.amount, c.outcome])).toEqual([
      ['poverty', poverty, perCapita.lte(poverty) ? 'at-or-below' : 'above'],
      ['average-ceiling', ceiling, perCapita.lte(ceiling) ? 'at-or-below' : 'above'],
    ]);
    const band = perCapita.lte(poverty)
      ? { above: null, atOrBelow: 'poverty' }
      : perCapita.lte(ceiling)
        ? { above: 'poverty', atOrBelow: 'average-ceiling' }
        : { above: 'average-ceiling', atOrBelow: null };
    expect(result.income.band).toEqual(band);
    expect(result.income.form).toBe(form.form);
    expect(result.income.given).toBe(given);
    expect(result.income.period).toBe('month');
    // Displayed per-capita: exact when the division terminates, else 4 decimals and flagged.
    if (result.income.perCapitaExact) expect(new D(result.income.perCapita).eq(perCapita)).toBe(true);
    else expect(result.income.perCapita).toBe(perCapita.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed());
  });
});

// Tagged, hand-checkable single cases: every line and category rule by name.
describe('tagged boundary cases', () => {
  it.each(
    named(
      [
        { area: 'rural', amount: '1500000', deprived: 3, expected: 'poor', line: 'poverty' },
        { area: 'urban', amount: '2000000', deprived: 3, expected: 'poor', line: 'poverty' },
        { area: 'rural', amount: '1500000', deprived: 2, expected: 'near-poor', line: 'poverty' },
        { area: 'urban', amount: '2000000', deprived: 0, expected: 'near-poor', line: 'poverty' },
        { area: 'rural', amount: '1500000.01', deprived: 12, expected: 'average', line: 'poverty' },
        { area: 'urban', amount: '2000001', deprived: 12, expected: 'average', line: 'poverty' },
        { area: 'rural', amount: '2250000', deprived: 12, expected: 'average', line: 'average-ceiling' },
        { area: 'urban', amount: '3000000', deprived: 0, expected: 'average', line: 'average-ceiling' },
        { area: 'rural', amount: '2250000.01', deprived: 12, expected: 'above-average', line: 'average-ceiling' },
        { area: 'urban', amount: '3000001', deprived: 12, expected: 'above-average', line: 'average-ceiling' },
      ] as const,
      (row) => `${LINE_TAG[row.line]} ${CATEGORY_TAG[row.expected]} ${row.area} ${row.amount} per person, ${row.deprived} deprivations → ${row.expected}`,
    ),
  )('%s', (_name, { area, amount, deprived, expected }) => {
    const result = classify({ area, size: 1, income: { perCapitaMonthly: amount }, deprivations: answers(deprived) });
    expect(result.category).toBe(expected);
    expect(result.income.perCapita).toBe(amount);
    expect(result.deprivationCount).toBe(deprived);
  });

  it(`[rule:vn-2022-2025/incomeLine/poverty] [rule:vn-2022-2025/categoryRule/0-poor] [rule:vn-2022-2025/categoryRule/1-near-poor] at the poverty line: ≥ 3 deprivations poor, ≤ 2 near-poor (Art. 3 cl. 2 pt. a, b)`, () => {
    for (const [area, line] of [
      ['rural', '1500000'],
      ['urban', '2000000'],
    ] as const) {
      const poor = classify({ area, size: 2, income: { perCapitaMonthly: line }, deprivations: answers(3) });
      const nearPoor = classify({ area, size: 2, income: { perCapitaMonthly: line }, deprivations: answers(2) });
      expect([poor.category, nearPoor.category]).toEqual(['poor', 'near-poor']);
      expect(poor.rule!.citation).toMatchObject({ article: '3', clause: '2', point: 'a' });
      expect(nearPoor.rule!.citation).toMatchObject({ article: '3', clause: '2', point: 'b' });
      expect(poor.income.comparisons[0]!.citation).toMatchObject({ article: '3', clause: '1', point: 'a' });
      expect(poor.income.comparisons[0]!.citation.instrument.id).toBe('decree-07-2021');
    }
  });

  it(`[rule:vn-2022-2025/incomeLine/average-ceiling] [rule:vn-2022-2025/categoryRule/2-average] [rule:vn-2022-2025/categoryRule/3-above-average] average band is (line, 1.5 × line], with no deprivation test`, () => {
    for (const [area, above, ceiling] of [
      ['rural', '1500001', '2250000'],
      ['urban', '2000001', '3000000'],
    ] as const) {
      for (const deprived of [0, 12]) {
        expect(classify({ area, size: 1, income: { perCapitaMonthly: above }, deprivations: answers(deprived) }).category).toBe('average');
        expect(classify({ area, size: 1, income: { perCapitaMonthly: ceiling }, deprivations: answers(deprived) }).category).toBe('average');
        const top = classify({ area, size: 1, income: { perCapitaMonthly: `${ceiling}.01` }, deprivations: answers(deprived) });
        expect(top.category).toBe('above-average');
        expect(top.rule!.citation).toMatchObject({ article: '3', clause: '2' });
        expect(top.rule!.citation.point).toBeUndefined();
      }
    }
    const average = classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 2000000 } });
    expect(average.rule!.citation).toMatchObject({ article: '3', clause: '2', point: 'c' });
  });

  it('the average ceiling is exactly 1.5 × the poverty line in both areas', () => {
    for (const area of ['rural', 'urban'] as const) {
      const [poverty, ceiling] = ruleSet.incomeLines.map((line) => line.amounts[area]);
      expect(new D(poverty!).times('1.5').eq(ceiling!)).toBe(true);
    }
  });
});

describe('per-capita division', () => {
  it(`[rule:vn-2022-2025/incomeLine/poverty] householdMonthly 4,500,001 for 3 people: 1,500,000.33… per person, not exact, above the rural line`, () => {
    const result = classify({ area: 'rural', size: 3, income: { householdMonthly: 4500001 }, deprivations: answers(3) });
    expect(result.income.perCapita).toBe('1500000.3333');
    expect(result.income.perCapitaExact).toBe(false);
    expect(result.income.comparisons[0]!.outcome).toBe('above');
    expect(result.category).toBe('average');
  });

  it('householdMonthly 4,500,000 for 3 people is exactly 1,500,000: at the rural line', () => {
    const result = classify({ area: 'rural', size: 3, income: { householdMonthly: '4500000' }, deprivations: answers(3) });
    expect(result.income.perCapita).toBe('1500000');
    expect(result.income.perCapitaExact).toBe(true);
    expect(result.category).toBe('poor');
  });

  it('householdMonthly 4,500,000.01 for 3 people is above the rural line although it rounds to 1,500,000.0033', () => {
    const result = classify({ area: 'rural', size: 3, income: { householdMonthly: '4500000.01' } });
    expect(result.income.perCapitaExact).toBe(false);
    expect(result.income.perCapita).toBe('1500000.0033');
    expect(result.income.comparisons[0]!.outcome).toBe('above');
    expect(result.category).toBe('average');
  });

  it('householdMonthly 4,499,999.99 for 3 people rounds to 1,500,000 for display but is below the line', () => {
    const result = classify({ area: 'rural', size: 3, income: { householdMonthly: '4499999.99' } });
    expect(result.income.perCapitaExact).toBe(false);
    expect(result.income.perCapita).toBe('1499999.9967');
    expect(result.income.comparisons[0]!.outcome).toBe('at-or-below');
  });

  it('householdAnnual 54,000,001 for 3 people (÷ 36) is above the rural line by 1/36 đồng', () => {
    const result = classify({ area: 'rural', size: 3, income: { householdAnnual: 54000001 } });
    expect(result.income.perCapitaExact).toBe(false);
    expect(result.income.perCapita).toBe('1500000.0278');
    expect(result.category).toBe('average');
  });

  it('householdAnnual 96,000,000 for 4 people is exactly 2,000,000 per person per month: at the urban line', () => {
    const result = classify({ area: 'urban', size: 4, income: { householdAnnual: '96000000' }, deprivations: answers(0) });
    expect(result.income.perCapita).toBe('2000000');
    expect(result.income.perCapitaExact).toBe(true);
    expect(result.category).toBe('near-poor');
  });

  it('size comes from the members when size is omitted', () => {
    const result = classify({ area: 'rural', members: [{}, {}, {}], income: { householdMonthly: 4500001 } });
    expect(result.income.perCapita).toBe('1500000.3333');
    expect(result.category).toBe('average');
  });

  it('numbers and decimal strings give the same result; zero income is valid', () => {
    const a = classify({ area: 'urban', size: 2, income: { householdMonthly: 3999999.98 } });
    const b = classify({ area: 'urban', size: 2, income: { householdMonthly: '3999999.98' } });
    expect(a).toEqual(b);
    expect(a.income.perCapita).toBe('1999999.99');
    const zero = classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 0 }, deprivations: answers(0) });
    expect(zero.income.perCapita).toBe('0');
    expect(zero.category).toBe('near-poor');
  });
});
