/**
 * Unknown indicators (null or absent answers, missing facts) make the category undetermined
 * only when they could change it (Decree 07/2021 Art. 3 cl. 2: the cut is 3 deprivations, and
 * only matters at or below the poverty line).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/index.js';
import { answerHousehold, answers, DATE_2025, indicator, named, noneDeprivedHousehold, under } from './helpers/households.js';

const CATEGORY_TAG = {
  poor: '[rule:vn-2022-2025/categoryRule/0-poor]',
  'near-poor': '[rule:vn-2022-2025/categoryRule/1-near-poor]',
  average: '[rule:vn-2022-2025/categoryRule/2-average]',
  'above-average': '[rule:vn-2022-2025/categoryRule/3-above-average]',
} as const;

type Row = {
  area: 'rural' | 'urban';
  income: string;
  deprived: number;
  unknown: number;
  category: string;
  possible: string[];
  why: string;
};

const rows: Row[] = [
  {
    area: 'rural',
    income: '1000000',
    deprived: 3,
    unknown: 9,
    category: 'poor',
    possible: ['poor'],
    why: '3 known deprivations reach the cut whatever the 9 unknowns',
  },
  { area: 'rural', income: '1000000', deprived: 3, unknown: 0, category: 'poor', possible: ['poor'], why: '3 known, none unknown' },
  { area: 'urban', income: '2000000', deprived: 4, unknown: 8, category: 'poor', possible: ['poor'], why: 'at the urban line, 4 known' },
  { area: 'rural', income: '1000000', deprived: 1, unknown: 1, category: 'near-poor', possible: ['near-poor'], why: '1 known + 1 unknown is at most 2' },
  { area: 'rural', income: '1000000', deprived: 0, unknown: 2, category: 'near-poor', possible: ['near-poor'], why: '0 known + 2 unknown is at most 2' },
  { area: 'rural', income: '1000000', deprived: 2, unknown: 0, category: 'near-poor', possible: ['near-poor'], why: '2 known, none unknown' },
  {
    area: 'rural',
    income: '1500000',
    deprived: 2,
    unknown: 1,
    category: 'undetermined',
    possible: ['poor', 'near-poor'],
    why: 'at the rural line, 2 known + 1 unknown could be 3',
  },
  {
    area: 'urban',
    income: '1999999.99',
    deprived: 2,
    unknown: 1,
    category: 'undetermined',
    possible: ['poor', 'near-poor'],
    why: 'below the urban line, 2 known + 1 unknown',
  },
  { area: 'rural', income: '0', deprived: 0, unknown: 12, category: 'undetermined', possible: ['poor', 'near-poor'], why: 'nothing known' },
  {
    area: 'rural',
    income: '1000000',
    deprived: 1,
    unknown: 2,
    category: 'undetermined',
    possible: ['poor', 'near-poor'],
    why: '1 known + 2 unknown could be 3',
  },
  {
    area: 'rural',
    income: '1500000.01',
    deprived: 0,
    unknown: 12,
    category: 'average',
    possible: ['average'],
    why: 'above the rural line: deprivations never matter',
  },
  { area: 'urban', income: '2000001', deprived: 2, unknown: 10, category: 'average', possible: ['average'], why: 'above the urban line' },
  { area: 'rural', income: '2250000.01', deprived: 0, unknown: 12, category: 'above-average', possible: ['above-average'], why: 'above the rural ceiling' },
  { area: 'urban', income: '3000001', deprived: 2, unknown: 10, category: 'above-average', possible: ['above-average'], why: 'above the urban ceiling' },
];

describe(`[rule:vn-2022-2025/deprivationCut/cut] undetermined only when unknowns could change the category`, () => {
  it.each(
    named(rows, (r) => {
      const categoryTags = r.possible.map((category) => CATEGORY_TAG[category as keyof typeof CATEGORY_TAG]).join(' ');
      return `[rule:vn-2022-2025/deprivationCut/cut] ${categoryTags} ${r.area} ${r.income}, ${r.deprived} deprived + ${r.unknown} unknown → ${r.category} (${r.why})`;
    }),
  )('%s', (_name, r) => {
    const result = classify(answerHousehold(r.area, r.income, r.deprived, r.unknown));
    expect(result.category).toBe(r.category);
    expect(result.possibleCategories).toEqual(r.possible);
    expect(result.deprivationCount).toBe(r.deprived);
    expect(result.unknownCount).toBe(r.unknown);
    expect(result.deprivationCut).toBe(3);
    if (r.category === 'undetermined') expect(result.rule).toBeNull();
    else expect(result.rule?.category).toBe(r.category);
  });

  it('absent answers count as unknown, like null answers', () => {
    const withNulls = classify(answerHousehold('rural', 1000000, 2, 1));
    const deprivations: Record<string, boolean> = { ...answers(2, 1) } as Record<string, boolean>;
    delete deprivations[Object.keys(deprivations)[2]!];
    const withAbsent = classify({ area: 'rural', size: 4, income: { perCapitaMonthly: 1000000 }, deprivations });
    expect(withAbsent.category).toBe('undetermined');
    expect(withAbsent.possibleCategories).toEqual(withNulls.possibleCategories);
    expect(withAbsent.unknownCount).toBe(1);
  });

  it(`[rule:vn-2022-2025/deprivationCut/cut] unknowns from missing facts count the same: 2 deprived answers + 1 member of unknown insurance → undetermined`, () => {
    const base = noneDeprivedHousehold();
    const household = {
      ...base,
      members: [
        ...base.members.slice(0, 3),
        {
          age: 40,
          sex: 'male' as const,
          employment: 'self-employed' as const,
          inEducationOrTraining: false,
          educationLevel: 'tertiary' as const,
          dependant: false,
          usesInternet: false,
        },
      ],
      deprivations: { water: true, sanitation: true },
    };
    const result = classify(household, under(DATE_2025));
    expect(indicator(result, 'health-insurance')).toMatchObject({ status: 'unknown', source: 'derived' });
    expect(indicator(result, 'health-insurance').evidence.unknownMembers).toEqual([{ index: 3 }]);
    expect(result.unknownCount).toBe(1);
    expect(result.deprivationCount).toBe(2);
    expect(result.category).toBe('undetermined');
    expect(result.possibleCategories).toEqual(['poor', 'near-poor']);
  });

  it('the same unknowns above the line are settled: average', () => {
    const result = classify({ area: 'rural', size: 4, income: { householdMonthly: 6000004 }, deprivations: answers(2, 10) });
    expect(result.category).toBe('average');
    expect(result.rule?.citation).toMatchObject({ article: '3', clause: '2', point: 'c' });
  });
});
