/**
 * The 12 indicators of Decree 07/2021/NĐ-CP (Appendix), derived from member and dwelling facts:
 * for each, households that trigger it and households that just miss it. Thresholds are the
 * project's paraphrases (see the rule data's citations and confidence marks).
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleSet } from '../src/index.js';
import type { MemberInput } from '../src/index.js';
import {
  allDeprivedHousehold,
  classifyIndicator,
  DATE_2025,
  DIMENSION_OF,
  INDICATOR_IDS,
  indicator,
  named,
  noneDeprivedHousehold,
  under,
  withDwelling,
  withMembers,
  type IndicatorId,
} from './helpers/households.js';

/** Rule tags, written out so the traceability check (scripts/docs/traceability.ts) sees them: indicator with its dimension. */
const INDICATOR_TAG: Readonly<Record<IndicatorId, string>> = {
  employment: '[rule:vn-2022-2025/indicator/employment] [rule:vn-2022-2025/dimension/employment]',
  dependants: '[rule:vn-2022-2025/indicator/dependants] [rule:vn-2022-2025/dimension/employment]',
  nutrition: '[rule:vn-2022-2025/indicator/nutrition] [rule:vn-2022-2025/dimension/health]',
  'health-insurance': '[rule:vn-2022-2025/indicator/health-insurance] [rule:vn-2022-2025/dimension/health]',
  'adult-education': '[rule:vn-2022-2025/indicator/adult-education] [rule:vn-2022-2025/dimension/education]',
  'school-attendance': '[rule:vn-2022-2025/indicator/school-attendance] [rule:vn-2022-2025/dimension/education]',
  'housing-quality': '[rule:vn-2022-2025/indicator/housing-quality] [rule:vn-2022-2025/dimension/housing]',
  'housing-area': '[rule:vn-2022-2025/indicator/housing-area] [rule:vn-2022-2025/dimension/housing]',
  water: '[rule:vn-2022-2025/indicator/water] [rule:vn-2022-2025/dimension/water-sanitation]',
  sanitation: '[rule:vn-2022-2025/indicator/sanitation] [rule:vn-2022-2025/dimension/water-sanitation]',
  telecom: '[rule:vn-2022-2025/indicator/telecom] [rule:vn-2022-2025/dimension/information]',
  'information-access': '[rule:vn-2022-2025/indicator/information-access] [rule:vn-2022-2025/dimension/information]',
};

type Status = 'deprived' | 'not-deprived' | 'unknown';
interface MemberCase {
  readonly name: string;
  readonly members: MemberInput[];
  readonly expected: Status;
  /** Indices of the members the evidence names as meeting the condition. */
  readonly found?: number[];
  readonly date?: string;
}

function memberCases(id: IndicatorId, rows: MemberCase[]) {
  const ruleSet = getRuleSet('vn-2022-2025');
  const citation = ruleSet.indicators.find((entry) => entry.id === id)!.citation;
  it.each(named(rows, (row) => `${INDICATOR_TAG[id]} ${row.name} → ${row.expected}`))('%s', (_name, row) => {
    const result = classifyIndicator(withMembers(row.members), id, row.date === undefined ? {} : { date: row.date });
    expect(result.status).toBe(row.expected);
    expect(result.source).toBe('derived');
    expect(result.dimension).toBe(DIMENSION_OF[id]);
    expect(result.evidence.basis).toBe('members');
    expect(result.citation).toEqual(citation);
    if (row.found !== undefined) expect(result.evidence.members!.map((member) => member.index)).toEqual(row.found);
  });
}

describe('1.1 employment: a member of working age unemployed, or a wage worker without a labour contract', () => {
  memberCases('employment', [
    { name: 'man of 30, unemployed', members: [{ age: 30, sex: 'male', employment: 'unemployed' }], expected: 'deprived', found: [0] },
    {
      name: 'woman of 30, wage worker without a contract',
      members: [{ age: 30, sex: 'female', employment: 'wage-worker', labourContract: false }],
      expected: 'deprived',
      found: [0],
    },
    {
      name: 'woman of 30, wage worker with a contract',
      members: [{ age: 30, sex: 'female', employment: 'wage-worker', labourContract: true }],
      expected: 'not-deprived',
      found: [],
    },
    {
      name: 'man of 30, self-employed (no contract needed)',
      members: [{ age: 30, sex: 'male', employment: 'self-employed', labourContract: false }],
      expected: 'not-deprived',
    },
    { name: 'man of 30, not in the labour force', members: [{ age: 30, sex: 'male', employment: 'not-in-labour-force' }], expected: 'not-deprived' },
    { name: 'child of 14, unemployed (below working age 15)', members: [{ age: 14, sex: 'male', employment: 'unemployed' }], expected: 'not-deprived' },
    { name: 'youth of 15, unemployed (working age starts at 15)', members: [{ age: 15, sex: 'male', employment: 'unemployed' }], expected: 'deprived' },
    { name: 'adult of 30 of unknown sex, unemployed', members: [{ age: 30, employment: 'unemployed' }], expected: 'deprived' },
    { name: 'man of 30, employment unknown', members: [{ age: 30, sex: 'male' }], expected: 'unknown' },
    { name: 'man of 30, wage worker, contract unknown', members: [{ age: 30, sex: 'male', employment: 'wage-worker' }], expected: 'unknown' },
    { name: 'age unknown, unemployed', members: [{ sex: 'male', employment: 'unemployed' }], expected: 'unknown' },
    { name: 'child of 10 with no facts (not of working age whatever the facts)', members: [{ age: 10 }], expected: 'not-deprived' },
    {
      name: 'self-employed adult and unemployed adult: the second is named',
      members: [
        { age: 40, sex: 'female', employment: 'self-employed' },
        { age: 20, sex: 'male', employment: 'unemployed' },
      ],
      expected: 'deprived',
      found: [1],
    },
  ]);
});

describe(`[rule:vn-2022-2025/workingAge/retirement] working age: 15 up to the retirement age of Decree 135/2020 Art. 4 (by sex and year)`, () => {
  // Retirement age in months: men 60y3m in 2021 + 3 months a year; women 55y4m in 2021 + 4 months a year.
  const roadmap = [
    { year: 2022, sex: 'male', years: 60, months: 6 },
    { year: 2023, sex: 'male', years: 60, months: 9 },
    { year: 2024, sex: 'male', years: 61, months: 0 },
    { year: 2025, sex: 'male', years: 61, months: 3 },
    { year: 2026, sex: 'male', years: 61, months: 6 },
    { year: 2022, sex: 'female', years: 55, months: 8 },
    { year: 2023, sex: 'female', years: 56, months: 0 },
    { year: 2024, sex: 'female', years: 56, months: 4 },
    { year: 2025, sex: 'female', years: 56, months: 8 },
    { year: 2026, sex: 'female', years: 57, months: 0 },
  ] as const;
  const justBefore = (years: number, months: number) => (months === 0 ? { age: years - 1, ageMonths: 11 } : { age: years, ageMonths: months - 1 });

  it.each(
    named(
      roadmap,
      (r) =>
        `[rule:vn-2022-2025/workingAge/retirement] [rule:vn-2022-2025/indicator/employment] ${r.year}, ${r.sex}: unemployed at ${justBefore(r.years, r.months).age}y${justBefore(r.years, r.months).ageMonths}m is of working age (deprived), at ${r.years}y${r.months}m is retired (not deprived)`,
    ),
  )('%s', (_name, r) => {
    const date = `${r.year}-06-15`;
    const before = classifyIndicator(withMembers([{ ...justBefore(r.years, r.months), sex: r.sex, employment: 'unemployed' }]), 'employment', { date });
    const at = classifyIndicator(withMembers([{ age: r.years, ageMonths: r.months, sex: r.sex, employment: 'unemployed' }]), 'employment', { date });
    expect(before.status).toBe('deprived');
    expect(at.status).toBe('not-deprived');
  });

  it.each(
    named(
      [
        {
          name: '2025: man of 61 without ageMonths (retires at 61y3m, inside that year of age)',
          member: { age: 61, sex: 'male' },
          date: DATE_2025,
          expected: 'unknown',
        },
        {
          name: '2025: man of 60 without ageMonths (all of that year of age is before 61y3m)',
          member: { age: 60, sex: 'male' },
          date: DATE_2025,
          expected: 'deprived',
        },
        { name: '2025: man of 62 without ageMonths', member: { age: 62, sex: 'male' }, date: DATE_2025, expected: 'not-deprived' },
        { name: '2025: woman of 56 without ageMonths (retires at 56y8m)', member: { age: 56, sex: 'female' }, date: DATE_2025, expected: 'unknown' },
        { name: '2025: woman of 55 without ageMonths', member: { age: 55, sex: 'female' }, date: DATE_2025, expected: 'deprived' },
        { name: 'no date: man of 61y2m (retirement 60y6m–61y6m over 2022–2026)', member: { age: 61, ageMonths: 2, sex: 'male' }, expected: 'unknown' },
        { name: 'no date: man of 60y5m (below 60y6m, every year of the period)', member: { age: 60, ageMonths: 5, sex: 'male' }, expected: 'deprived' },
        { name: 'no date: man of 61y6m (at or above the latest retirement age)', member: { age: 61, ageMonths: 6, sex: 'male' }, expected: 'not-deprived' },
        { name: 'no date: woman of 56y0m (retirement 55y8m–57y0m over 2022–2026)', member: { age: 56, ageMonths: 0, sex: 'female' }, expected: 'unknown' },
        { name: 'no date: woman of 55y7m', member: { age: 55, ageMonths: 7, sex: 'female' }, expected: 'deprived' },
        { name: 'no date: sex unknown, 58y0m (a woman would be retired, a man not)', member: { age: 58, ageMonths: 0 }, expected: 'unknown' },
        { name: '2025: sex unknown, 40y', member: { age: 40 }, date: DATE_2025, expected: 'deprived' },
        {
          name: '2025: youth of 14y11m (working age starts at 15y0m)',
          member: { age: 14, ageMonths: 11, sex: 'female' },
          date: DATE_2025,
          expected: 'not-deprived',
        },
      ] as const,
      (r) => `[rule:vn-2022-2025/workingAge/retirement] [rule:vn-2022-2025/indicator/employment] ${r.name}, unemployed → ${r.expected}`,
    ),
  )('%s', (_name, r) => {
    const options = 'date' in r ? { date: r.date } : {};
    expect(classifyIndicator(withMembers([{ ...r.member, employment: 'unemployed' }]), 'employment', options).status).toBe(r.expected);
  });
});

describe('1.2 dependants: more than 50% of members are dependants', () => {
  const dep = (n: number, total: number): MemberInput[] => Array.from({ length: total }, (_, i) => ({ age: 40, dependant: i < n }));
  memberCases('dependants', [
    { name: '3 of 6 declared dependants (50% is not more than 50%)', members: dep(3, 6), expected: 'not-deprived' },
    { name: '4 of 7 declared dependants (57%)', members: dep(4, 7), expected: 'deprived', found: [0, 1, 2, 3] },
    { name: '4 of 6 declared dependants', members: dep(4, 6), expected: 'deprived' },
    { name: '1 of 2 declared dependants', members: dep(1, 2), expected: 'not-deprived' },
    { name: '1 of 1 declared dependant', members: dep(1, 1), expected: 'deprived' },
    { name: '0 of 3', members: dep(0, 3), expected: 'not-deprived' },
    {
      name: 'default rule: two children of 15 and one adult without allowance (2 of 3)',
      members: [{ age: 15 }, { age: 15 }, { age: 40, monthlySocialAllowance: false }],
      expected: 'deprived',
      found: [0, 1],
    },
    {
      name: 'default rule: children of 16 are not dependants (0 of 3)',
      members: [
        { age: 16, monthlySocialAllowance: false },
        { age: 16, monthlySocialAllowance: false },
        { age: 40, monthlySocialAllowance: false },
      ],
      expected: 'not-deprived',
    },
    {
      name: 'default rule: two elderly people on a monthly social allowance and one worker (2 of 3)',
      members: [
        { age: 80, monthlySocialAllowance: true },
        { age: 75, monthlySocialAllowance: true },
        { age: 40, monthlySocialAllowance: false },
      ],
      expected: 'deprived',
    },
    {
      name: 'declared dependant: false wins over the default for children of 10 (0 of 3)',
      members: [
        { age: 10, dependant: false },
        { age: 10, dependant: false },
        { age: 40, dependant: false },
      ],
      expected: 'not-deprived',
    },
    {
      name: 'declared dependant: true wins for an adult of 40 (2 of 3)',
      members: [
        { age: 40, dependant: true },
        { age: 40, dependant: true },
        { age: 40, dependant: false },
      ],
      expected: 'deprived',
    },
    {
      name: '1 known dependant of 4 and 2 adults of unknown allowance (could be 3 of 4)',
      members: [{ age: 10 }, { age: 40 }, { age: 40 }, { age: 40, dependant: false }],
      expected: 'unknown',
    },
    {
      name: '0 known of 4 and 2 unknown (at most 2 of 4 = 50%)',
      members: [{ age: 40 }, { age: 40 }, { age: 40, dependant: false }, { age: 40, dependant: false }],
      expected: 'not-deprived',
    },
  ]);

  it(`[rule:vn-2022-2025/indicator/dependants] evidence shows count, size, exact share and threshold`, () => {
    const result = classifyIndicator(withMembers(dep(3, 6)), 'dependants');
    expect(result.evidence).toMatchObject({ count: 3, size: 6, value: '0.5', valueExact: true, threshold: '0.5' });
    const thirds = classifyIndicator(withMembers(dep(2, 3)), 'dependants');
    expect(thirds.evidence).toMatchObject({ count: 2, size: 3, value: '0.6667', valueExact: false });
  });
});

describe('2.1 nutrition: a child under 16 stunted or underweight', () => {
  memberCases('nutrition', [
    { name: 'child of 5, stunted', members: [{ age: 5, stunted: true }], expected: 'deprived', found: [0] },
    { name: 'child of 15, underweight', members: [{ age: 15, underweight: true }], expected: 'deprived' },
    { name: 'child of 0, underweight', members: [{ age: 0, underweight: true, stunted: false }], expected: 'deprived' },
    { name: 'youth of 16, stunted (not a child under 16)', members: [{ age: 16, stunted: true, underweight: true }], expected: 'not-deprived' },
    { name: 'child of 5, neither stunted nor underweight', members: [{ age: 5, stunted: false, underweight: false }], expected: 'not-deprived' },
    { name: 'child of 5, stunting known false, weight unknown', members: [{ age: 5, stunted: false }], expected: 'unknown' },
    { name: 'age unknown, stunted', members: [{ stunted: true }], expected: 'unknown' },
    { name: 'adult of 40 with no facts', members: [{ age: 40 }], expected: 'not-deprived' },
  ]);
});

describe('2.2 health insurance: a member aged 6 or over without health insurance', () => {
  memberCases('health-insurance', [
    { name: 'child of 6, uninsured', members: [{ age: 6, healthInsurance: false }], expected: 'deprived', found: [0] },
    { name: 'child of 5, uninsured (under 6)', members: [{ age: 5, healthInsurance: false }], expected: 'not-deprived' },
    { name: 'adult of 40, insured', members: [{ age: 40, healthInsurance: true }], expected: 'not-deprived' },
    { name: 'adult of 40, insurance unknown', members: [{ age: 40 }], expected: 'unknown' },
    { name: 'age unknown, uninsured', members: [{ healthInsurance: false }], expected: 'unknown' },
    {
      name: 'insured adult of 40 and uninsured elder of 70: the elder is named',
      members: [
        { age: 40, healthInsurance: true },
        { age: 70, healthInsurance: false },
      ],
      expected: 'deprived',
      found: [1],
    },
    {
      name: 'uninsured adult and an adult of unknown insurance (one known suffices)',
      members: [{ age: 40 }, { age: 41, healthInsurance: false }],
      expected: 'deprived',
    },
  ]);
});

describe('3.1 adult education: a member aged 16–30 out of education without the qualification for their age', () => {
  const out = { inEducationOrTraining: false } as const;
  memberCases('adult-education', [
    { name: '16, primary, not in school', members: [{ age: 16, educationLevel: 'primary', ...out }], expected: 'deprived', found: [0] },
    { name: '16, lower-secondary, not in school', members: [{ age: 16, educationLevel: 'lower-secondary', ...out }], expected: 'not-deprived' },
    {
      name: '18, no schooling, not in school, not certified',
      members: [{ age: 18, educationLevel: 'none', certifiedOnTheJob: false, ...out }],
      expected: 'deprived',
    },
    {
      name: '17, lower-secondary, not in school (under 18: lower-secondary is enough)',
      members: [{ age: 17, educationLevel: 'lower-secondary', ...out }],
      expected: 'not-deprived',
    },
    { name: '17, primary, not in school', members: [{ age: 17, educationLevel: 'primary', ...out }], expected: 'deprived' },
    {
      name: '18, lower-secondary, not in school, not certified on the job (from 18: upper-secondary, vocational or the certification)',
      members: [{ age: 18, educationLevel: 'lower-secondary', certifiedOnTheJob: false, ...out }],
      expected: 'deprived',
    },
    {
      name: '18, lower-secondary, not in school, certified by an employer as trained on the job',
      members: [{ age: 18, educationLevel: 'lower-secondary', certifiedOnTheJob: true, ...out }],
      expected: 'not-deprived',
    },
    {
      name: '18, lower-secondary, not in school, certification not known',
      members: [{ age: 18, educationLevel: 'lower-secondary', ...out }],
      expected: 'unknown',
    },
    { name: '18, vocational, not in school', members: [{ age: 18, educationLevel: 'vocational', ...out }], expected: 'not-deprived' },
    {
      name: '19, lower-secondary, not in school, not certified (18–30 need upper-secondary or vocational)',
      members: [{ age: 19, educationLevel: 'lower-secondary', certifiedOnTheJob: false, ...out }],
      expected: 'deprived',
    },
    { name: '19, upper-secondary, not in school', members: [{ age: 19, educationLevel: 'upper-secondary', ...out }], expected: 'not-deprived' },
    {
      name: '30, lower-secondary, not in school, not certified',
      members: [{ age: 30, educationLevel: 'lower-secondary', certifiedOnTheJob: false, ...out }],
      expected: 'deprived',
    },
    { name: '30, vocational, not in school', members: [{ age: 30, educationLevel: 'vocational', ...out }], expected: 'not-deprived' },
    { name: '31, primary, not in school (over 30)', members: [{ age: 31, educationLevel: 'primary', ...out }], expected: 'not-deprived' },
    { name: '15, no schooling, not in school (under 16)', members: [{ age: 15, educationLevel: 'none', ...out }], expected: 'not-deprived' },
    {
      name: '20, lower-secondary, in training',
      members: [{ age: 20, educationLevel: 'lower-secondary', inEducationOrTraining: true }],
      expected: 'not-deprived',
    },
    { name: '20, lower-secondary, schooling unknown', members: [{ age: 20, educationLevel: 'lower-secondary' }], expected: 'unknown' },
    { name: '20, not in school, level unknown', members: [{ age: 20, ...out }], expected: 'unknown' },
  ]);
});

describe('3.2 school attendance: a child aged 3 to under 16 not at the level for their age', () => {
  memberCases('school-attendance', [
    { name: 'child of 3, not attending', members: [{ age: 3, schoolAttendance: 'not-attending' }], expected: 'deprived', found: [0] },
    { name: 'child of 2, not attending (under 3)', members: [{ age: 2, schoolAttendance: 'not-attending' }], expected: 'not-deprived' },
    { name: 'child of 15, below level', members: [{ age: 15, schoolAttendance: 'below-level' }], expected: 'deprived' },
    { name: 'youth of 16, not attending (16 or over)', members: [{ age: 16, schoolAttendance: 'not-attending' }], expected: 'not-deprived' },
    { name: 'child of 10, appropriate level', members: [{ age: 10, schoolAttendance: 'appropriate-level' }], expected: 'not-deprived' },
    { name: 'child of 10, attendance unknown', members: [{ age: 10 }], expected: 'unknown' },
  ]);
});

type DwellingCase = { name: string; dwelling: Record<string, unknown>; size?: number; expected: Status };
function dwellingCases(id: IndicatorId, rows: DwellingCase[]) {
  it.each(named(rows, (row) => `${INDICATOR_TAG[id]} ${row.name} → ${row.expected}`))('%s', (_name, row) => {
    const result = classifyIndicator(withDwelling(row.dwelling, row.size), id);
    expect(result.status).toBe(row.expected);
    expect(result.source).toBe('derived');
    expect(result.evidence.basis).toBe('dwelling');
  });
}

describe('4.1 housing quality: a dwelling that is not durable', () => {
  dwellingCases('housing-quality', [
    { name: 'simple (đơn sơ)', dwelling: { durability: 'simple' }, expected: 'deprived' },
    { name: 'less-permanent (thiếu kiên cố)', dwelling: { durability: 'less-permanent' }, expected: 'deprived' },
    { name: 'semi-permanent (bán kiên cố)', dwelling: { durability: 'semi-permanent' }, expected: 'not-deprived' },
    { name: 'permanent (kiên cố)', dwelling: { durability: 'permanent' }, expected: 'not-deprived' },
    { name: 'durability not given', dwelling: { safeWater: true }, expected: 'unknown' },
    { name: 'durability null', dwelling: { durability: null }, expected: 'unknown' },
  ]);
});

describe('4.2 housing area: floor area per member strictly below 8 m²', () => {
  dwellingCases('housing-area', [
    { name: '31.99 m² for 4 members (7.9975 m² each)', dwelling: { floorArea: 31.99 }, size: 4, expected: 'deprived' },
    { name: '32 m² for 4 members (8 m² each)', dwelling: { floorArea: 32 }, size: 4, expected: 'not-deprived' },
    { name: '"31.999999" m² for 4 members', dwelling: { floorArea: '31.999999' }, size: 4, expected: 'deprived' },
    { name: '23.99 m² for 3 members', dwelling: { floorArea: '23.99' }, size: 3, expected: 'deprived' },
    { name: '24 m² for 3 members', dwelling: { floorArea: '24' }, size: 3, expected: 'not-deprived' },
    { name: '0 m² for 1 member', dwelling: { floorArea: 0 }, size: 1, expected: 'deprived' },
    { name: '8 m² for 1 member', dwelling: { floorArea: 8 }, size: 1, expected: 'not-deprived' },
    { name: 'floor area not given', dwelling: { durability: 'permanent' }, size: 4, expected: 'unknown' },
  ]);

  it(`[rule:vn-2022-2025/indicator/housing-area] evidence: area, size, area per member, threshold 8`, () => {
    const below = classifyIndicator(withDwelling({ floorArea: 31.99 }, 4), 'housing-area');
    expect(below.evidence).toMatchObject({ facts: { floorArea: '31.99' }, size: 4, value: '7.9975', valueExact: true, threshold: '8' });
    const third = classifyIndicator(withDwelling({ floorArea: 24.01 }, 3), 'housing-area');
    expect(third.evidence).toMatchObject({ value: '8.0033', valueExact: false });
    expect(third.status).toBe('not-deprived');
  });

  it(`[rule:vn-2022-2025/indicator/housing-area] the household size comes from members when size is omitted: 31.99 m² for 4 listed members`, () => {
    const result = classify({ area: 'urban', members: [{}, {}, {}, {}], income: { perCapitaMonthly: 1 }, dwelling: { floorArea: 31.99 } });
    expect(indicator(result, 'housing-area').status).toBe('deprived');
  });
});

describe('5.1 water and 5.2 sanitation', () => {
  dwellingCases('water', [
    { name: 'no safe water source', dwelling: { safeWater: false }, expected: 'deprived' },
    { name: 'safe water source', dwelling: { safeWater: true }, expected: 'not-deprived' },
    { name: 'water source unknown', dwelling: { safeWater: null }, expected: 'unknown' },
  ]);
  dwellingCases('sanitation', [
    { name: 'no hygienic latrine', dwelling: { hygienicLatrine: false }, expected: 'deprived' },
    { name: 'hygienic latrine', dwelling: { hygienicLatrine: true }, expected: 'not-deprived' },
    { name: 'latrine unknown', dwelling: { durability: 'simple' }, expected: 'unknown' },
  ]);
});

describe('6.1 telecom: no member uses internet services', () => {
  memberCases('telecom', [
    {
      name: 'no member uses the internet (3 of 3 say no)',
      members: [{ usesInternet: false }, { usesInternet: false }, { usesInternet: false }],
      expected: 'deprived',
      found: [],
    },
    {
      name: 'one member of 3 uses the internet',
      members: [{ usesInternet: false }, { usesInternet: true }, { usesInternet: false }],
      expected: 'not-deprived',
      found: [1],
    },
    { name: 'one member uses it, another unknown', members: [{ usesInternet: true }, {}], expected: 'not-deprived' },
    { name: 'one says no, another unknown', members: [{ usesInternet: false }, {}], expected: 'unknown' },
  ]);
});

describe('6.2 information access: none of the listed means AND cannot hear the loudspeaker', () => {
  dwellingCases('information-access', [
    { name: 'no means, no loudspeaker', dwelling: { informationMeans: [], hearsLoudspeaker: false }, expected: 'deprived' },
    {
      name: 'only a feature phone (not listed), no loudspeaker',
      dwelling: { informationMeans: ['feature-phone'], hearsLoudspeaker: false },
      expected: 'deprived',
    },
    { name: 'a radio, no loudspeaker', dwelling: { informationMeans: ['radio'], hearsLoudspeaker: false }, expected: 'not-deprived' },
    { name: 'a smartphone, no loudspeaker', dwelling: { informationMeans: ['smartphone'], hearsLoudspeaker: false }, expected: 'not-deprived' },
    { name: 'no means, hears the loudspeaker', dwelling: { informationMeans: [], hearsLoudspeaker: true }, expected: 'not-deprived' },
    { name: 'no means, loudspeaker unknown', dwelling: { informationMeans: [] }, expected: 'unknown' },
    { name: 'means unknown, no loudspeaker', dwelling: { hearsLoudspeaker: false }, expected: 'unknown' },
    { name: 'a television, loudspeaker unknown (the television decides)', dwelling: { informationMeans: ['television'] }, expected: 'not-deprived' },
  ]);
});

describe('no facts at all', () => {
  it('size-only household: every indicator unknown, basis none', () => {
    const result = classify({ area: 'rural', size: 3, income: { perCapitaMonthly: 2000000 } });
    expect(result.indicators.map((entry) => [entry.status, entry.source, entry.evidence.basis])).toEqual(
      INDICATOR_IDS.map(() => ['unknown', 'derived', 'none']),
    );
    expect(result.unknownCount).toBe(12);
  });

  it('members without a dwelling: dwelling indicators unknown (basis none)', () => {
    const result = classify(withMembers([{ age: 30 }]));
    for (const id of ['housing-quality', 'housing-area', 'water', 'sanitation', 'information-access'] as const) {
      expect(indicator(result, id).evidence.basis).toBe('none');
      expect(indicator(result, id).status).toBe('unknown');
    }
  });
});

describe('reference households: all 12 deprived, none deprived', () => {
  it('allDeprivedHousehold derives deprived on every indicator (2025): poor', () => {
    const result = classify(allDeprivedHousehold(), under(DATE_2025));
    expect(result.indicators.map((entry) => `${entry.id}:${entry.status}:${entry.source}`)).toEqual(INDICATOR_IDS.map((id) => `${id}:deprived:derived`));
    expect(result.deprivationCount).toBe(12);
    expect(result.category).toBe('poor');
  });

  it('noneDeprivedHousehold derives not-deprived on every indicator (2025): near-poor', () => {
    const result = classify(noneDeprivedHousehold(), under(DATE_2025));
    expect(result.indicators.map((entry) => `${entry.id}:${entry.status}:${entry.source}`)).toEqual(INDICATOR_IDS.map((id) => `${id}:not-deprived:derived`));
    expect(result.category).toBe('near-poor');
  });
});

describe('an explicit answer wins over derived facts, and the result says which was used', () => {
  it.each(
    named([...INDICATOR_IDS], (id) => `${INDICATOR_TAG[id]} ${id}: answer false overrides facts that derive deprived; answer null falls back to the facts`),
  )('%s', (_name, id) => {
    const household = allDeprivedHousehold();
    const overridden = indicator(classify({ ...household, deprivations: { [id]: false } }, under(DATE_2025)), id);
    expect(overridden).toMatchObject({ status: 'not-deprived', source: 'answer', evidence: { basis: 'answer', answer: false } });
    const fallback = indicator(classify({ ...household, deprivations: { [id]: null } }, under(DATE_2025)), id);
    expect(fallback).toMatchObject({ status: 'deprived', source: 'derived' });
    const result = classify({ ...household, deprivations: { [id]: false } }, under(DATE_2025));
    expect(result.deprivationCount).toBe(11);
    expect(result.indicators.filter((entry) => entry.source === 'answer').map((entry) => entry.id)).toEqual([id]);
  });

  it.each(named([...INDICATOR_IDS], (id) => `${INDICATOR_TAG[id]} ${id}: answer true overrides facts that derive not deprived`))('%s', (_name, id) => {
    const result = classify({ ...noneDeprivedHousehold(), deprivations: { [id]: true } }, under(DATE_2025));
    expect(indicator(result, id)).toMatchObject({ status: 'deprived', source: 'answer', evidence: { basis: 'answer', answer: true } });
    expect(result.deprivationCount).toBe(1);
  });
});
