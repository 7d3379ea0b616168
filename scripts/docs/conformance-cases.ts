/**
 * The conformance cases, in a form people can read and review: each case states, by hand and
 * from the legal text, what the answer must be. `fixtures.ts` turns them into language-neutral
 * JSON (`test/fixtures/conformance/*.json`), refusing to write a fixture whose hand-stated
 * expectation the library does not meet, and adding the full per-indicator statuses the
 * library computes (so other implementations can compare indicator by indicator).
 *
 * Tags name the rule elements a case exercises (`<kind>/<id>`, see `elements.ts`); they become
 * `[rule:<ruleSet>/<kind>/<id>]` in the fixture and in the conformance test names.
 */
import { INDICATOR_IDS, INDICATOR_IDS_2016 } from '../../examples/fixtures.mjs';

/** Indicator status. */
export type Status = 'deprived' | 'not-deprived' | 'unknown';

/** One case. */
export interface ConformanceCase {
  /** Unique within its rule set; becomes the file name. */
  readonly slug: string;
  readonly ruleSet: string;
  /** Review date (ISO), when the case depends on it. */
  readonly date?: string;
  /** Pass `allowProvisional: true` (for a provisional rule set). */
  readonly allowProvisional?: boolean;
  /** Why the expected answer is right, with the provision. */
  readonly why: string;
  /** Rule elements exercised: `<kind>/<id>`. */
  readonly tags: readonly string[];
  readonly household: Record<string, unknown>;
  readonly expect: {
    readonly category: string;
    /** Defaults to `[category]` when the category is determined. */
    readonly possibleCategories?: readonly string[];
    /** Statuses that matter to the case (the fixture records all of them). */
    readonly indicators?: Readonly<Record<string, Status>>;
    readonly perCapita?: string;
    readonly lowIncomeWorker?: boolean | null;
  };
}

const R = 'vn-2022-2025';

/** The 12 indicators of vn-2022-2025, in the Appendix order (the fixtures shared with tests and examples). */
const IDS = INDICATOR_IDS;
type Id = (typeof IDS)[number];

/** The dimension of each vn-2022-2025 indicator (Art. 3 cl. 1 pt. b). */
const DIMENSION_2022: Readonly<Record<Id, string>> = {
  employment: 'employment',
  dependants: 'employment',
  nutrition: 'health',
  'health-insurance': 'health',
  'adult-education': 'education',
  'school-attendance': 'education',
  'housing-quality': 'housing',
  'housing-area': 'housing',
  water: 'water-sanitation',
  sanitation: 'water-sanitation',
  telecom: 'information',
  'information-access': 'information',
};

/** Answers: the listed indicators deprived, the others not deprived. */
function answers(...deprived: Id[]): Record<string, boolean> {
  return Object.fromEntries(IDS.map((id) => [id, deprived.includes(id)]));
}

/** Answers for every indicator except `derived` (left to the facts), with `deprived` true. */
function answersExcept(derived: Id, ...deprived: Id[]): Record<string, boolean> {
  const out = answers(...deprived);
  delete out[derived];
  return out;
}

const THREE: Id[] = ['health-insurance', 'water', 'sanitation'];
const TWO: Id[] = ['water', 'sanitation'];

function incomeCase(
  slug: string,
  area: 'rural' | 'urban',
  perCapitaMonthly: string,
  deprived: Id[],
  category: string,
  tags: string[],
  why: string,
): ConformanceCase {
  return {
    slug,
    ruleSet: R,
    why,
    tags,
    household: { area, size: 4, income: { perCapitaMonthly }, deprivations: answers(...deprived) },
    expect: { category, perCapita: perCapitaMonthly },
  };
}

const POOR = 'categoryRule/0-poor';
const NEAR = 'categoryRule/1-near-poor';
const AVG = 'categoryRule/2-average';
const ABOVE = 'categoryRule/3-above-average';
const LINE = 'incomeLine/poverty';
const CEIL = 'incomeLine/average-ceiling';
const CUT = 'deprivationCut/cut';

const incomeCases: ConformanceCase[] = [
  incomeCase(
    'rural-exactly-at-poverty-line-3-deprivations',
    'rural',
    '1500000',
    THREE,
    'poor',
    [LINE, POOR, CUT],
    'Rural income exactly 1,500,000 is at or below the line ("từ 1.500.000 đồng trở xuống", Decree 07/2021 Art. 3 cl. 1 pt. a); 3 deprivations meet the cut: poor (Art. 3 cl. 2 pt. a).',
  ),
  incomeCase(
    'rural-1-dong-below-poverty-line-3-deprivations',
    'rural',
    '1499999',
    THREE,
    'poor',
    [LINE, POOR],
    '1 đồng below the rural line, 3 deprivations: poor.',
  ),
  incomeCase(
    'rural-1-dong-above-poverty-line-3-deprivations',
    'rural',
    '1500001',
    THREE,
    'average',
    [LINE, AVG],
    '1 đồng above the rural line: average living standard whatever the deprivations (Art. 3 cl. 2 pt. c).',
  ),
  incomeCase(
    'rural-0.01-above-poverty-line-3-deprivations',
    'rural',
    '1500000.01',
    THREE,
    'average',
    [LINE, AVG],
    '0.01 đồng above the rural line is above it: average living standard.',
  ),
  incomeCase(
    'rural-0.01-below-poverty-line-2-deprivations',
    'rural',
    '1499999.99',
    TWO,
    'near-poor',
    [LINE, NEAR, CUT],
    '0.01 below the rural line with 2 deprivations (fewer than 3): near-poor (Art. 3 cl. 2 pt. b).',
  ),
  incomeCase(
    'rural-exactly-at-poverty-line-2-deprivations',
    'rural',
    '1500000',
    TWO,
    'near-poor',
    [LINE, NEAR, CUT],
    'At the rural line with 2 deprivations, one short of the cut of 3: near-poor.',
  ),
  incomeCase(
    'rural-zero-income-no-deprivations',
    'rural',
    '0',
    [],
    'near-poor',
    [LINE, NEAR],
    'Income 0 with no deprivation: near-poor, not poor — the poor rule needs income AND deprivations.',
  ),
  incomeCase('rural-zero-income-all-deprived', 'rural', '0', [...IDS], 'poor', [LINE, POOR, CUT], 'Income 0, deprived on all 12 indicators: poor.'),
  incomeCase(
    'urban-exactly-at-poverty-line-3-deprivations',
    'urban',
    '2000000',
    THREE,
    'poor',
    [LINE, POOR],
    'Urban income exactly 2,000,000 is at or below the urban line; 3 deprivations: poor.',
  ),
  incomeCase(
    'urban-1-dong-above-poverty-line-3-deprivations',
    'urban',
    '2000001',
    THREE,
    'average',
    [LINE, AVG],
    '1 đồng above the urban line: average living standard.',
  ),
  incomeCase(
    'urban-0.01-below-poverty-line-no-deprivations',
    'urban',
    '1999999.99',
    [],
    'near-poor',
    [LINE, NEAR],
    '0.01 below the urban line, no deprivation: near-poor.',
  ),
  incomeCase(
    'urban-rural-line-does-not-apply',
    'urban',
    '1500001',
    THREE,
    'poor',
    [LINE, POOR],
    'An urban household at 1,500,001 is below the urban line of 2,000,000 (the rural line does not apply): poor with 3 deprivations.',
  ),
  incomeCase(
    'rural-above-line-all-deprived-is-average',
    'rural',
    '1500001',
    [...IDS],
    'average',
    [LINE, AVG, CUT],
    'Common misreading: the poor rule is income ≤ line AND ≥ 3 deprivations, not OR. Above the line a household is never poor or near-poor, even deprived on all 12 indicators.',
  ),
  incomeCase(
    'rural-exactly-at-average-ceiling',
    'rural',
    '2250000',
    [],
    'average',
    [CEIL, AVG],
    'Rural 2,250,000 (1.5 × the line) is the top of the average band ("trên 1.500.000 đến 2.250.000"): average.',
  ),
  incomeCase(
    'rural-1-dong-above-average-ceiling',
    'rural',
    '2250001',
    [],
    'above-average',
    [CEIL, ABOVE],
    '1 đồng above the rural average ceiling: none of the categories.',
  ),
  incomeCase(
    'rural-0.01-above-average-ceiling',
    'rural',
    '2250000.01',
    THREE,
    'above-average',
    [CEIL, ABOVE],
    '0.01 above the rural average ceiling, with deprivations: none of the categories.',
  ),
  incomeCase('rural-0.01-below-average-ceiling', 'rural', '2249999.99', [], 'average', [CEIL, AVG], '0.01 below the rural average ceiling: average.'),
  incomeCase(
    'urban-exactly-at-average-ceiling',
    'urban',
    '3000000',
    [],
    'average',
    [CEIL, AVG],
    'Urban 3,000,000 is the top of the urban average band: average.',
  ),
  incomeCase(
    'urban-1-dong-above-average-ceiling',
    'urban',
    '3000001',
    [],
    'above-average',
    [CEIL, ABOVE],
    '1 đồng above the urban average ceiling: none of the categories.',
  ),
];

const formCases: ConformanceCase[] = [
  {
    slug: 'household-monthly-divides-to-exactly-the-line',
    ruleSet: R,
    why: 'Household income 6,000,000 a month for 4 members is 1,500,000 per person: at the rural line; with 3 deprivations, poor.',
    tags: [LINE, POOR],
    household: { area: 'rural', size: 4, income: { householdMonthly: '6000000' }, deprivations: answers(...THREE) },
    expect: { category: 'poor', perCapita: '1500000' },
  },
  {
    slug: 'household-monthly-1-dong-over-for-4-members',
    ruleSet: R,
    why: '6,000,001 for 4 members is 1,500,000.25 per person: above the rural line, so average.',
    tags: [LINE, AVG],
    household: { area: 'rural', size: 4, income: { householdMonthly: '6000001' }, deprivations: answers(...THREE) },
    expect: { category: 'average', perCapita: '1500000.25' },
  },
  {
    slug: 'household-annual-divides-to-exactly-the-line',
    ruleSet: R,
    why: '72,000,000 a year for 4 members is 1,500,000 per person per month: at the rural line; no deprivation: near-poor.',
    tags: [LINE, NEAR],
    household: { area: 'rural', size: 4, income: { householdAnnual: '72000000' }, deprivations: answers() },
    expect: { category: 'near-poor', perCapita: '1500000' },
  },
  {
    slug: 'household-annual-1-dong-over',
    ruleSet: R,
    why: '72,000,001 a year for 4 members is just above 1,500,000 per person per month: average. The comparison is exact, not on a rounded per-capita amount.',
    tags: [LINE, AVG],
    household: { area: 'rural', size: 4, income: { householdAnnual: '72000001' }, deprivations: answers(...THREE) },
    expect: { category: 'average' },
  },
  {
    slug: 'non-terminating-per-capita-compared-exactly',
    ruleSet: R,
    why: '4,500,001 for 3 members is 1,500,000.333… per person: above the line (compared exactly, as 4,500,001 ≤ 3 × 1,500,000 is false).',
    tags: [LINE, AVG],
    household: { area: 'rural', size: 3, income: { householdMonthly: '4500001' }, deprivations: answers(...THREE) },
    expect: { category: 'average' },
  },
];

const unknownCases: ConformanceCase[] = [
  {
    slug: 'unknown-indicator-could-change-the-category',
    ruleSet: R,
    why: 'At the line with 2 known deprivations and the water indicator unknown: poor if water is deprived, near-poor if not. The result must say undetermined, never guess.',
    tags: [LINE, POOR, NEAR, CUT],
    household: { area: 'rural', size: 4, income: { perCapitaMonthly: '1500000' }, deprivations: { ...answers('health-insurance', 'sanitation'), water: null } },
    expect: { category: 'undetermined', possibleCategories: ['poor', 'near-poor'], indicators: { water: 'unknown' } },
  },
  {
    slug: 'unknown-indicators-irrelevant-above-the-line',
    ruleSet: R,
    why: 'Above the line deprivations are not considered: every indicator unknown and still average.',
    tags: [LINE, AVG],
    household: { area: 'rural', size: 4, income: { perCapitaMonthly: '2000000' } },
    expect: { category: 'average', indicators: Object.fromEntries(IDS.map((id) => [id, 'unknown' as const])) },
  },
  {
    slug: 'three-known-deprivations-decide-despite-unknowns',
    ruleSet: R,
    why: 'At the line with 3 known deprivations, the unknown indicators cannot change the outcome: poor.',
    tags: [LINE, POOR, CUT],
    household: { area: 'rural', size: 4, income: { perCapitaMonthly: '1500000' }, deprivations: { 'health-insurance': true, water: true, sanitation: true } },
    expect: { category: 'poor' },
  },
];

/**
 * A derivation case: income below the rural line, two other indicators answered deprived, the
 * indicator under test derived from facts. Deprived → 3 deprivations → poor; not deprived → 2 →
 * near-poor. So the derived status decides the category.
 */
function derivation(
  slug: string,
  indicator: string,
  dimension: string,
  status: 'deprived' | 'not-deprived',
  facts: { size?: number; members?: unknown[]; dwelling?: Record<string, unknown> },
  why: string,
  extra: { date?: string; tags?: string[]; ruleSet?: string; ids?: readonly string[]; perCapitaMonthly?: string } = {},
): ConformanceCase {
  const ids = extra.ids ?? IDS;
  const others = ['water', 'sanitation', 'health-insurance', 'telecom'].filter((id) => id !== indicator).slice(0, 2);
  const deprivations = Object.fromEntries(ids.filter((id) => id !== indicator).map((id) => [id, others.includes(id)]));
  const household: Record<string, unknown> = { area: 'rural', income: { perCapitaMonthly: extra.perCapitaMonthly ?? '1000000' }, deprivations };
  if (facts.members !== undefined) household.members = facts.members;
  else household.size = facts.size ?? 4;
  if (facts.dwelling !== undefined) household.dwelling = facts.dwelling;
  return {
    slug,
    ruleSet: extra.ruleSet ?? R,
    ...(extra.date === undefined ? {} : { date: extra.date }),
    why: `${why} (Two other indicators are answered deprived, so the category is ${status === 'deprived' ? 'poor' : 'near-poor'}.)`,
    tags: [`indicator/${indicator}`, `dimension/${dimension}`, ...(extra.tags ?? [])],
    household,
    expect: { category: status === 'deprived' ? 'poor' : 'near-poor', indicators: { [indicator]: status } },
  };
}

const adult = (extra: Record<string, unknown> = {}) => ({ age: 35, sex: 'female', ...extra });

const derivationCases: ConformanceCase[] = [
  // employment
  derivation(
    'employment-unemployed-of-working-age',
    'employment',
    'employment',
    'deprived',
    { members: [{ age: 30, sex: 'male', employment: 'unemployed' }] },
    'A member aged 30, unemployed, is of working age: deprived (Appendix 1.1).',
    { tags: ['workingAge/retirement'] },
  ),
  derivation(
    'employment-wage-worker-without-contract',
    'employment',
    'employment',
    'deprived',
    { members: [{ age: 30, sex: 'female', employment: 'wage-worker', labourContract: false }] },
    'A wage worker of working age without a labour contract: deprived.',
  ),
  derivation(
    'employment-wage-worker-with-contract',
    'employment',
    'employment',
    'not-deprived',
    { members: [{ age: 30, sex: 'female', employment: 'wage-worker', labourContract: true }] },
    'A wage worker with a labour contract: not deprived.',
  ),
  derivation(
    'employment-self-employed',
    'employment',
    'employment',
    'not-deprived',
    { members: [{ age: 30, sex: 'male', employment: 'self-employed' }] },
    'Self-employment is not a deprivation on the employment indicator.',
  ),
  derivation(
    'employment-unemployed-aged-14-not-working-age',
    'employment',
    'employment',
    'not-deprived',
    { members: [{ age: 14, sex: 'male', employment: 'unemployed' }] },
    'Aged 14 is below working age (from 15): not deprived.',
    { tags: ['workingAge/retirement'] },
  ),
  derivation(
    'employment-unemployed-aged-15-working-age',
    'employment',
    'employment',
    'deprived',
    { members: [{ age: 15, sex: 'male', employment: 'unemployed' }] },
    'Aged exactly 15 is of working age: deprived.',
    { tags: ['workingAge/retirement'] },
  ),
  derivation(
    'employment-man-one-month-before-retirement-2024',
    'employment',
    'employment',
    'deprived',
    { members: [{ age: 60, ageMonths: 11, sex: 'male', employment: 'unemployed' }] },
    'In 2024 the retirement age for men is 61 years 0 months (60y3m in 2021 + 3 months a year); a man aged 60y11m is of working age.',
    { date: '2024-09-01', tags: ['workingAge/retirement'] },
  ),
  derivation(
    'employment-man-at-retirement-age-2024',
    'employment',
    'employment',
    'not-deprived',
    { members: [{ age: 61, ageMonths: 0, sex: 'male', employment: 'unemployed' }] },
    'A man aged exactly 61y0m in 2024 has reached the retirement age: not of working age, not deprived.',
    { date: '2024-09-01', tags: ['workingAge/retirement'] },
  ),
  derivation(
    'employment-woman-one-month-before-retirement-2024',
    'employment',
    'employment',
    'deprived',
    { members: [{ age: 56, ageMonths: 3, sex: 'female', employment: 'unemployed' }] },
    'In 2024 the retirement age for women is 56 years 4 months (55y4m in 2021 + 4 months a year); a woman aged 56y3m is of working age.',
    { date: '2024-09-01', tags: ['workingAge/retirement'] },
  ),
  derivation(
    'employment-woman-at-retirement-age-2024',
    'employment',
    'employment',
    'not-deprived',
    { members: [{ age: 56, ageMonths: 4, sex: 'female', employment: 'unemployed' }] },
    'A woman aged exactly 56y4m in 2024 has reached the retirement age: not deprived.',
    { date: '2024-09-01', tags: ['workingAge/retirement'] },
  ),
  // dependants
  derivation(
    'dependants-exactly-half-not-deprived',
    'dependants',
    'employment',
    'not-deprived',
    { members: [{ age: 5 }, { age: 10 }, adult({ dependant: false }), adult({ dependant: false })] },
    '2 of 4 members are children under 16: exactly 50% is not "more than 50%" (Appendix 1.2).',
  ),
  derivation(
    'dependants-more-than-half',
    'dependants',
    'employment',
    'deprived',
    { members: [{ age: 5 }, { age: 10 }, { age: 15 }, adult({ dependant: false })] },
    '3 of 4 members are children under 16 (age 15 counts): 75% is more than 50%.',
  ),
  derivation(
    'dependants-age-16-is-not-a-child',
    'dependants',
    'employment',
    'not-deprived',
    { members: [{ age: 5 }, { age: 16, dependant: undefined, monthlySocialAllowance: false }, adult({ dependant: false })] },
    'Aged 16 is not a child under 16 and receives no allowance: 1 of 3 dependants, not deprived.',
  ),
  derivation(
    'dependants-stated-fact-wins-over-default',
    'dependants',
    'employment',
    'deprived',
    { members: [{ age: 40, dependant: true }, { age: 70, dependant: true }, adult({ dependant: false })] },
    'Members stated as dependants count whatever their age: 2 of 3, more than 50%.',
  ),
  derivation(
    'dependants-disabled-adult-with-monthly-allowance',
    'dependants',
    'employment',
    'deprived',
    { members: [{ age: 30, disability: true, monthlySocialAllowance: true }, { age: 8 }, adult({ dependant: false })] },
    'By the documented default, a disabled member receiving a monthly social allowance is a dependant, whatever the age: with a child, 2 of 3.',
  ),
  derivation(
    'dependants-allowance-under-60-without-disability',
    'dependants',
    'employment',
    'not-deprived',
    { members: [{ age: 50, disability: false, monthlySocialAllowance: true }, { age: 8 }, adult({ dependant: false })] },
    'A member aged 50, not disabled, receiving a monthly allowance is not a dependant by default (neither 60+ nor disabled): 1 of 3.',
  ),
  derivation(
    'dependants-elderly-with-monthly-allowance',
    'dependants',
    'employment',
    'deprived',
    { members: [{ age: 80, monthlySocialAllowance: true }, { age: 8 }, adult({ dependant: false })] },
    'By the documented default, an elderly member receiving a monthly social allowance and a child are dependants: 2 of 3.',
  ),
  // nutrition
  derivation(
    'nutrition-stunted-child-aged-15',
    'nutrition',
    'health',
    'deprived',
    { members: [{ age: 15, stunted: true, underweight: false }, adult()] },
    'A stunted child aged 15 (under 16): deprived (Appendix 2.1).',
  ),
  derivation(
    'nutrition-underweight-child-aged-2',
    'nutrition',
    'health',
    'deprived',
    { members: [{ age: 2, stunted: false, underweight: true }, adult()] },
    'An underweight child aged 2: deprived.',
  ),
  derivation(
    'nutrition-stunted-member-aged-16',
    'nutrition',
    'health',
    'not-deprived',
    { members: [{ age: 16, stunted: true, underweight: false }, adult()] },
    'Aged 16 is not a child under 16: not deprived.',
  ),
  // health insurance
  derivation(
    'health-insurance-uninsured-aged-6',
    'health-insurance',
    'health',
    'deprived',
    { members: [{ age: 6, healthInsurance: false }, adult({ healthInsurance: true })] },
    'A member aged exactly 6 without health insurance: deprived (Appendix 2.2).',
  ),
  derivation(
    'health-insurance-uninsured-aged-5',
    'health-insurance',
    'health',
    'not-deprived',
    { members: [{ age: 5, healthInsurance: false }, adult({ healthInsurance: true })] },
    'A child aged 5 without health insurance is below the age of 6: not deprived.',
  ),
  // adult education
  derivation(
    'adult-education-16-with-primary-only',
    'adult-education',
    'education',
    'deprived',
    { members: [{ age: 16, inEducationOrTraining: false, educationLevel: 'primary' }, adult()] },
    'Aged 16, out of school, without lower-secondary: deprived (Appendix 3.1: 16 to under 18 need lower-secondary).',
  ),
  derivation(
    'adult-education-16-with-lower-secondary',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 16, inEducationOrTraining: false, educationLevel: 'lower-secondary' }, adult()] },
    'Aged 16 with lower-secondary: has the qualification for 16 to under 18.',
  ),
  derivation(
    'adult-education-17-with-primary',
    'adult-education',
    'education',
    'deprived',
    { members: [{ age: 17, inEducationOrTraining: false, educationLevel: 'primary' }, adult()] },
    'Aged 17 (still under 18) with primary only, out of school: deprived.',
  ),
  derivation(
    'adult-education-17-with-lower-secondary',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 17, inEducationOrTraining: false, educationLevel: 'lower-secondary' }, adult()] },
    'Aged 17 with lower-secondary: under 18, so lower-secondary is enough.',
  ),
  derivation(
    'adult-education-18-with-lower-secondary',
    'adult-education',
    'education',
    'deprived',
    { members: [{ age: 18, inEducationOrTraining: false, educationLevel: 'lower-secondary', certifiedOnTheJob: false }, adult()] },
    'Aged exactly 18 with lower-secondary only, out of school: from 18 upper-secondary or a vocational qualification is needed, so deprived (until vn-2022-2025 2.0.0 the library wrongly counted 18 in the lower band).',
  ),
  derivation(
    'adult-education-18-with-upper-secondary',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 18, inEducationOrTraining: false, educationLevel: 'upper-secondary' }, adult()] },
    'Aged 18 with upper-secondary: not deprived.',
  ),
  derivation(
    'adult-education-19-with-lower-secondary',
    'adult-education',
    'education',
    'deprived',
    { members: [{ age: 19, inEducationOrTraining: false, educationLevel: 'lower-secondary', certifiedOnTheJob: false }, adult()] },
    'Aged 19 with only lower-secondary, out of school: lacks upper-secondary or a vocational qualification: deprived.',
  ),
  derivation(
    'adult-education-30-with-vocational',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 30, inEducationOrTraining: false, educationLevel: 'vocational' }, adult()] },
    'Aged 30 with a vocational qualification: not deprived.',
  ),
  derivation(
    'adult-education-30-with-primary',
    'adult-education',
    'education',
    'deprived',
    { members: [{ age: 30, inEducationOrTraining: false, educationLevel: 'primary', certifiedOnTheJob: false }, adult()] },
    'Aged exactly 30 with primary only, out of school: deprived.',
  ),
  derivation(
    'adult-education-30-with-lower-secondary',
    'adult-education',
    'education',
    'deprived',
    { members: [{ age: 30, inEducationOrTraining: false, educationLevel: 'lower-secondary', certifiedOnTheJob: false }, adult()] },
    'Aged exactly 30 with lower-secondary only, out of school: deprived.',
  ),
  derivation(
    'adult-education-31-with-primary',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 31, inEducationOrTraining: false, educationLevel: 'primary' }, adult()] },
    'Aged 31 is outside 16–30: not deprived.',
  ),
  derivation(
    'adult-education-31-with-lower-secondary',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 31, inEducationOrTraining: false, educationLevel: 'lower-secondary' }, adult()] },
    'Aged 31 with lower-secondary only: outside 16–30, not deprived.',
  ),
  derivation(
    'adult-education-born-2007-primary-review-2025',
    'adult-education',
    'education',
    'deprived',
    { members: [{ birthYear: 2007, inEducationOrTraining: false, educationLevel: 'primary', certifiedOnTheJob: false }, adult()] },
    'Only the year of birth is given (năm sinh 2007): on 1 Sep 2025 the member is 17 or 18. Primary only, not certified on the job, is deprived at both ages, so the indicator is decided: deprived.',
    { date: '2025-09-01' },
  ),
  derivation(
    'adult-education-18-certified-on-the-job',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 18, inEducationOrTraining: false, educationLevel: 'lower-secondary', certifiedOnTheJob: true }, adult()] },
    'Aged 18 with lower-secondary only, but certified by an employer as trained on the job: meets the 18–30 qualification, not deprived.',
  ),
  derivation(
    'adult-education-17-certification-does-not-matter',
    'adult-education',
    'education',
    'deprived',
    { members: [{ age: 17, inEducationOrTraining: false, educationLevel: 'primary', certifiedOnTheJob: true }, adult()] },
    'Aged 17 with primary only: under 18 the requirement is lower-secondary, and the on-the-job certification stands for the 18–30 qualification only: deprived.',
  ),
  derivation(
    'adult-education-in-training',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 20, inEducationOrTraining: true, educationLevel: 'lower-secondary' }, adult()] },
    'Aged 20 without upper-secondary but in training: not deprived.',
  ),
  // school attendance
  derivation(
    'school-attendance-aged-3-not-attending',
    'school-attendance',
    'education',
    'deprived',
    { members: [{ age: 3, schoolAttendance: 'not-attending' }, adult()] },
    'A child aged 3 not attending: deprived (Appendix 3.2, from 3 to under 16).',
  ),
  derivation(
    'school-attendance-aged-2-not-attending',
    'school-attendance',
    'education',
    'not-deprived',
    { members: [{ age: 2, schoolAttendance: 'not-attending' }, adult()] },
    'A child aged 2 is below 3: not deprived.',
  ),
  derivation(
    'school-attendance-aged-15-below-level',
    'school-attendance',
    'education',
    'deprived',
    { members: [{ age: 15, schoolAttendance: 'below-level' }, adult()] },
    'A child aged 15 at a lower level than appropriate: deprived.',
  ),
  derivation(
    'school-attendance-aged-16-not-attending',
    'school-attendance',
    'education',
    'not-deprived',
    { members: [{ age: 16, schoolAttendance: 'not-attending' }, adult()] },
    'Aged 16 is not under 16: not deprived.',
  ),
  // housing quality
  derivation(
    'housing-quality-less-permanent',
    'housing-quality',
    'housing',
    'deprived',
    { dwelling: { durability: 'less-permanent' } },
    'A less-permanent (thiếu kiên cố) dwelling is not durable: deprived (Appendix 4.1).',
  ),
  derivation(
    'housing-quality-simple',
    'housing-quality',
    'housing',
    'deprived',
    { dwelling: { durability: 'simple' } },
    'A simple (đơn sơ) dwelling: deprived.',
  ),
  derivation(
    'housing-quality-semi-permanent',
    'housing-quality',
    'housing',
    'not-deprived',
    { dwelling: { durability: 'semi-permanent' } },
    'A semi-permanent (bán kiên cố) dwelling: not deprived.',
  ),
  derivation(
    'housing-quality-1-of-3-structures-non-durable',
    'housing-quality',
    'housing',
    'not-deprived',
    { dwelling: { wallsDurable: true, frameDurable: true, roofDurable: false } },
    'No class given; one of the three main structures (the roof) is non-durable: fewer than 2, so not deprived (the same as bán kiên cố).',
  ),
  derivation(
    'housing-quality-2-of-3-structures-non-durable',
    'housing-quality',
    'housing',
    'deprived',
    { dwelling: { wallsDurable: false, frameDurable: true, roofDurable: false } },
    'No class given; walls and roof non-durable: 2 of the 3 main structures, not durable (the same as thiếu kiên cố), deprived (Appendix 4.1).',
  ),
  derivation(
    'housing-quality-3-of-3-structures-non-durable',
    'housing-quality',
    'housing',
    'deprived',
    { dwelling: { wallsDurable: false, frameDurable: false, roofDurable: false } },
    'No class given; all three main structures non-durable (the same as đơn sơ): deprived.',
  ),
  derivation(
    'housing-quality-2-non-durable-known-roof-unknown',
    'housing-quality',
    'housing',
    'deprived',
    { dwelling: { wallsDurable: false, frameDurable: false } },
    'Walls and frame non-durable, the roof not recorded: 2 of 3 already, whatever the roof: deprived.',
  ),
  // housing area
  derivation(
    'housing-area-exactly-8-m2-per-member',
    'housing-area',
    'housing',
    'not-deprived',
    { size: 4, dwelling: { floorArea: '32' } },
    '32 m² for 4 members is exactly 8 m² each: not below 8, not deprived (Appendix 4.2).',
  ),
  derivation(
    'housing-area-7.99-m2-per-member',
    'housing-area',
    'housing',
    'deprived',
    { size: 4, dwelling: { floorArea: '31.96' } },
    '31.96 m² for 4 members is 7.99 m² each: below 8, deprived.',
  ),
  derivation(
    'housing-area-just-below-8-m2',
    'housing-area',
    'housing',
    'deprived',
    { size: 3, dwelling: { floorArea: '23.99' } },
    '23.99 m² for 3 members is 7.9966… m² each: below 8, deprived (compared exactly).',
  ),
  derivation(
    'housing-area-8.01-m2-per-member',
    'housing-area',
    'housing',
    'not-deprived',
    { size: 1, dwelling: { floorArea: '8.01' } },
    '8.01 m² for 1 member: not deprived.',
  ),
  // water and sanitation
  derivation(
    'water-no-safe-source',
    'water',
    'water-sanitation',
    'deprived',
    { dwelling: { safeWater: false } },
    'No safe domestic water source: deprived (Appendix 5.1).',
  ),
  derivation(
    'water-safe-source',
    'water',
    'water-sanitation',
    'not-deprived',
    { dwelling: { safeWater: true } },
    'A safe domestic water source: not deprived.',
  ),
  derivation(
    'sanitation-no-hygienic-latrine',
    'sanitation',
    'water-sanitation',
    'deprived',
    { dwelling: { hygienicLatrine: false } },
    'No hygienic latrine: deprived (Appendix 5.2).',
  ),
  derivation(
    'sanitation-hygienic-latrine',
    'sanitation',
    'water-sanitation',
    'not-deprived',
    { dwelling: { hygienicLatrine: true } },
    'A hygienic latrine: not deprived.',
  ),
  // information
  derivation(
    'telecom-nobody-uses-internet',
    'telecom',
    'information',
    'deprived',
    { members: [adult({ usesInternet: false }), { age: 10, usesInternet: false }] },
    'No member uses internet services: deprived (Appendix 6.1).',
  ),
  derivation(
    'telecom-one-member-uses-internet',
    'telecom',
    'information',
    'not-deprived',
    { members: [adult({ usesInternet: false }), { age: 10, usesInternet: true }] },
    'One member uses internet services: not deprived.',
  ),
  derivation(
    'information-access-nothing-and-no-loudspeaker',
    'information-access',
    'information',
    'deprived',
    { dwelling: { informationMeans: [], hearsLoudspeaker: false } },
    'None of the listed means and cannot hear the loudspeaker system: deprived (Appendix 6.2).',
  ),
  derivation(
    'information-access-feature-phone-is-not-listed',
    'information-access',
    'information',
    'deprived',
    { dwelling: { informationMeans: ['feature-phone'], hearsLoudspeaker: false } },
    'A feature phone is not one of the listed means (television, radio, computer or tablet, smartphone): the rule lists it as not counted, so deprived.',
  ),
  derivation(
    'information-access-radio',
    'information-access',
    'information',
    'not-deprived',
    { dwelling: { informationMeans: ['radio'], hearsLoudspeaker: false } },
    'A radio is one of the listed means: not deprived.',
  ),
  derivation(
    'information-access-television',
    'information-access',
    'information',
    'not-deprived',
    { dwelling: { informationMeans: ['television'], hearsLoudspeaker: false } },
    'A television is one of the listed means: not deprived.',
  ),
  derivation(
    'information-access-computer',
    'information-access',
    'information',
    'not-deprived',
    { dwelling: { informationMeans: ['computer'], hearsLoudspeaker: false } },
    'A computer is one of the listed means: not deprived.',
  ),
  derivation(
    'information-access-tablet-is-a-computer',
    'information-access',
    'information',
    'not-deprived',
    { dwelling: { informationMeans: ['tablet'], hearsLoudspeaker: false } },
    'A tablet is a computer: not deprived (until vn-2022-2025 2.0.0 the library accepted "tablet" and ignored it).',
  ),
  derivation(
    'information-access-smartphone',
    'information-access',
    'information',
    'not-deprived',
    { dwelling: { informationMeans: ['smartphone'], hearsLoudspeaker: false } },
    'A smartphone is one of the listed means: not deprived.',
  ),
  derivation(
    'information-access-hears-loudspeaker',
    'information-access',
    'information',
    'not-deprived',
    { dwelling: { informationMeans: [], hearsLoudspeaker: true } },
    'Can hear the loudspeaker system: not deprived even with none of the means.',
  ),
];

const answerCases: ConformanceCase[] = [
  {
    slug: 'adult-education-born-2007-lower-secondary-is-unknown',
    ruleSet: R,
    date: '2025-09-01',
    why: 'Only the year of birth is given (2007): on 1 Sep 2025 the member is 17 (lower-secondary is enough) or 18 (upper-secondary needed). The year does not decide: adult education is unknown, and with 2 other deprivations the category is undetermined between poor and near-poor.',
    tags: ['indicator/adult-education', 'dimension/education', POOR, NEAR],
    household: {
      area: 'rural',
      members: [{ birthYear: 2007, inEducationOrTraining: false, educationLevel: 'lower-secondary', certifiedOnTheJob: false }, adult()],
      income: { perCapitaMonthly: '1000000' },
      deprivations: answersExcept('adult-education', 'water', 'sanitation'),
    },
    expect: { category: 'undetermined', possibleCategories: ['poor', 'near-poor'], indicators: { 'adult-education': 'unknown' } },
  },
  {
    slug: 'adult-education-20-certification-not-known',
    ruleSet: R,
    why: 'Aged 20 with lower-secondary, out of school, and whether an employer certified on-the-job training is not known: the certification would meet the requirement, so adult education is unknown, and with 2 other deprivations the category is undetermined.',
    tags: ['indicator/adult-education', 'dimension/education', POOR, NEAR],
    household: {
      area: 'rural',
      members: [{ age: 20, inEducationOrTraining: false, educationLevel: 'lower-secondary' }, adult()],
      income: { perCapitaMonthly: '1000000' },
      deprivations: answersExcept('adult-education', 'water', 'sanitation'),
    },
    expect: { category: 'undetermined', possibleCategories: ['poor', 'near-poor'], indicators: { 'adult-education': 'unknown' } },
  },
  {
    slug: 'health-insurance-born-2019-is-6-or-older-in-2025',
    ruleSet: R,
    date: '2025-09-01',
    why: 'A child born in 2018, uninsured: on 1 Sep 2025 aged 6 or 7, so 6 or over whatever the birthday: deprived.',
    tags: ['indicator/health-insurance', 'dimension/health', POOR],
    household: {
      area: 'rural',
      members: [{ birthYear: 2018, healthInsurance: false }, adult({ healthInsurance: true })],
      income: { perCapitaMonthly: '1000000' },
      deprivations: answersExcept('health-insurance', 'water', 'sanitation'),
    },
    expect: { category: 'poor', indicators: { 'health-insurance': 'deprived' } },
  },
  {
    slug: 'answer-wins-over-facts',
    ruleSet: R,
    why: 'The facts show an uninsured member aged 40, but the review-form answer says not deprived: the answer wins.',
    tags: ['indicator/health-insurance'],
    household: {
      area: 'rural',
      members: [adult({ age: 40, healthInsurance: false })],
      income: { perCapitaMonthly: '1000000' },
      deprivations: answers('water', 'sanitation'),
    },
    expect: { category: 'near-poor', indicators: { 'health-insurance': 'not-deprived' } },
  },
  {
    slug: 'missing-fact-is-unknown-not-false',
    ruleSet: R,
    why: 'A member of unknown age without health insurance could be 6 or over: the indicator is unknown, and with 2 other deprivations the category is undetermined between poor and near-poor.',
    tags: ['indicator/health-insurance', 'dimension/health', POOR, NEAR],
    household: {
      area: 'rural',
      members: [{ healthInsurance: false }],
      income: { perCapitaMonthly: '1000000' },
      deprivations: answersExcept('health-insurance', 'water', 'sanitation'),
    },
    expect: { category: 'undetermined', possibleCategories: ['poor', 'near-poor'], indicators: { 'health-insurance': 'unknown' } },
  },
];

const scoreCases: ConformanceCase[] = [
  {
    slug: 'score-rural-at-threshold-3-deprivations',
    ruleSet: R,
    why: 'Rural income-proxy score exactly 140 stands for income at or below the line (Circular 07/2021); with 3 deprivations: poor.',
    tags: ['incomeScore/score', POOR],
    household: { area: 'rural', size: 4, income: { score: 140 }, deprivations: answers(...THREE) },
    expect: { category: 'poor' },
  },
  {
    slug: 'score-rural-at-threshold-2-deprivations',
    ruleSet: R,
    why: 'Rural score 140 with 2 deprivations: near-poor.',
    tags: ['incomeScore/score', NEAR],
    household: { area: 'rural', size: 4, income: { score: 140 }, deprivations: answers(...TWO) },
    expect: { category: 'near-poor' },
  },
  {
    slug: 'score-rural-above-threshold',
    ruleSet: R,
    why: 'Rural score 141 stands for income above the line; a score says nothing about the average band, so average or above-average.',
    tags: ['incomeScore/score', AVG, ABOVE],
    household: { area: 'rural', size: 4, income: { score: 141 }, deprivations: answers(...THREE) },
    expect: { category: 'undetermined', possibleCategories: ['average', 'above-average'] },
  },
  {
    slug: 'score-urban-at-threshold',
    ruleSet: R,
    why: 'Urban score exactly 175 stands for income at or below the urban line; 3 deprivations: poor.',
    tags: ['incomeScore/score', POOR],
    household: { area: 'urban', size: 4, income: { score: 175 }, deprivations: answers(...THREE) },
    expect: { category: 'poor' },
  },
];

const workerCases: ConformanceCase[] = [
  {
    slug: 'low-income-worker-at-average-ceiling',
    ruleSet: R,
    why: 'Average household at exactly 2,250,000 rural: its workers qualify as low-income workers (Decree 30/2025: not poor or near-poor, income ≤ 2,250,000).',
    tags: ['lowIncomeWorker/rule', CEIL],
    household: { area: 'rural', size: 4, income: { perCapitaMonthly: '2250000' }, deprivations: answers() },
    expect: { category: 'average', lowIncomeWorker: true },
  },
  {
    slug: 'low-income-worker-1-dong-above-ceiling',
    ruleSet: R,
    why: '1 đồng above the rural ceiling: not eligible.',
    tags: ['lowIncomeWorker/rule', CEIL],
    household: { area: 'rural', size: 4, income: { perCapitaMonthly: '2250001' }, deprivations: answers() },
    expect: { category: 'above-average', lowIncomeWorker: false },
  },
  {
    slug: 'low-income-worker-not-for-near-poor',
    ruleSet: R,
    why: 'A near-poor household is excluded from the low-income-worker status.',
    tags: ['lowIncomeWorker/rule'],
    household: { area: 'urban', size: 4, income: { perCapitaMonthly: '2000000' }, deprivations: answers() },
    expect: { category: 'near-poor', lowIncomeWorker: false },
  },
];

// ---------------------------------------------------------------------------------------------
// vn-2016-2020: Decision 59/2015/QĐ-TTg. Two lines: poverty (700,000 rural / 900,000 urban) and
// near-poverty (1,000,000 / 1,300,000); below the poverty line a household is poor whatever its
// deprivations; between the lines it is poor with ≥ 3 of 10 deprivations, near-poor with fewer.

const R16 = 'vn-2016-2020';
const IDS16 = INDICATOR_IDS_2016;

function case16(
  slug: string,
  area: 'rural' | 'urban',
  perCapitaMonthly: string,
  deprived: readonly string[],
  category: string,
  tags: string[],
  why: string,
): ConformanceCase {
  const deprivations = Object.fromEntries(IDS16.map((id) => [id, deprived.includes(id)]));
  return {
    slug,
    ruleSet: R16,
    why,
    tags,
    household: { area, size: 4, income: { perCapitaMonthly }, deprivations },
    expect: { category, perCapita: perCapitaMonthly },
  };
}

const THREE16 = ['health-insurance', 'water', 'sanitation'];
const TWO16 = ['water', 'sanitation'];
const P16 = 'incomeLine/poverty';
const N16 = 'incomeLine/near-poverty';
const C16 = 'incomeLine/average-ceiling';

const cases2016: ConformanceCase[] = [
  case16(
    'rural-exactly-at-poverty-line-no-deprivations',
    'rural',
    '700000',
    [],
    'poor',
    [P16, 'categoryRule/0-poor'],
    'Rural income exactly 700,000 is at or below the poverty line: poor whatever the deprivations (Decision 59/2015 Art. 2 cl. 1, first branch).',
  ),
  case16(
    'rural-1-dong-above-poverty-line-no-deprivations',
    'rural',
    '700001',
    [],
    'near-poor',
    [P16, N16, 'categoryRule/2-near-poor', 'deprivationCut/cut'],
    '1 đồng above the rural poverty line, below the near-poverty line, no deprivation: near-poor (Art. 2 cl. 2).',
  ),
  case16(
    'rural-1-dong-above-poverty-line-3-deprivations',
    'rural',
    '700001',
    THREE16,
    'poor',
    [P16, N16, 'categoryRule/1-poor', 'deprivationCut/cut'],
    '1 đồng above the rural poverty line with 3 deprivations: poor (Art. 2 cl. 1, second branch).',
  ),
  case16(
    'rural-exactly-at-near-poverty-line-3-deprivations',
    'rural',
    '1000000',
    THREE16,
    'poor',
    [N16, 'categoryRule/1-poor'],
    'Rural 1,000,000 is at or below the near-poverty line; 3 deprivations: poor.',
  ),
  case16(
    'rural-exactly-at-near-poverty-line-2-deprivations',
    'rural',
    '1000000',
    TWO16,
    'near-poor',
    [N16, 'categoryRule/2-near-poor', 'deprivationCut/cut'],
    'Rural 1,000,000 with 2 deprivations (fewer than 3): near-poor.',
  ),
  case16(
    'rural-0.01-above-near-poverty-line',
    'rural',
    '1000000.01',
    THREE16,
    'average',
    [N16, 'categoryRule/3-average'],
    '0.01 above the rural near-poverty line: average living standard whatever the deprivations.',
  ),
  case16(
    'rural-exactly-at-average-ceiling',
    'rural',
    '1500000',
    [],
    'average',
    [C16, 'categoryRule/3-average'],
    'Rural 1,500,000 is the top of the 2016–2020 average band: average.',
  ),
  case16(
    'rural-1-dong-above-average-ceiling',
    'rural',
    '1500001',
    [],
    'above-average',
    [C16, 'categoryRule/4-above-average'],
    '1 đồng above the rural average ceiling: none of the categories.',
  ),
  case16(
    'urban-exactly-at-poverty-line',
    'urban',
    '900000',
    [],
    'poor',
    [P16, 'categoryRule/0-poor'],
    'Urban income exactly 900,000: poor whatever the deprivations.',
  ),
  case16(
    'urban-0.01-above-poverty-line-2-deprivations',
    'urban',
    '900000.01',
    TWO16,
    'near-poor',
    [P16, 'categoryRule/2-near-poor'],
    '0.01 above the urban poverty line with 2 deprivations: near-poor.',
  ),
  case16(
    'urban-exactly-at-near-poverty-line-3-deprivations',
    'urban',
    '1300000',
    THREE16,
    'poor',
    [N16, 'categoryRule/1-poor'],
    'Urban 1,300,000 with 3 deprivations: poor.',
  ),
  case16(
    'urban-1-dong-above-near-poverty-line',
    'urban',
    '1300001',
    THREE16,
    'average',
    [N16, 'categoryRule/3-average'],
    '1 đồng above the urban near-poverty line: average.',
  ),
  case16(
    'urban-exactly-at-average-ceiling',
    'urban',
    '1950000',
    [],
    'average',
    [C16, 'categoryRule/3-average'],
    'Urban 1,950,000 is the top of the urban average band: average.',
  ),
  case16(
    'urban-0.01-above-average-ceiling',
    'urban',
    '1950000.01',
    [],
    'above-average',
    [C16, 'categoryRule/4-above-average'],
    '0.01 above the urban average ceiling: none of the categories.',
  ),
  {
    slug: 'unknown-deprivations-irrelevant-below-poverty-line',
    ruleSet: R16,
    why: 'At or below the 2016–2020 poverty line deprivations are not considered: every indicator unknown and still poor.',
    tags: [P16, 'categoryRule/0-poor'],
    household: { area: 'rural', size: 4, income: { perCapitaMonthly: '650000' } },
    expect: { category: 'poor' },
  },
];

/** 2016–2020 derivations: income between the lines, two other indicators answered deprived. */
const d16 = (
  slug: string,
  indicator: string,
  dimension: string,
  status: 'deprived' | 'not-deprived',
  facts: Parameters<typeof derivation>[4],
  why: string,
): ConformanceCase => derivation(slug, indicator, dimension, status, facts, why, { ruleSet: R16, ids: IDS16, perCapitaMonthly: '800000' });

const derivations2016: ConformanceCase[] = [
  d16(
    'health-access-untreated-illness',
    'health-access',
    'health',
    'deprived',
    { members: [adult({ untreatedIllness: true })] },
    'A member was ill and did not seek treatment: deprived.',
  ),
  d16(
    'health-access-treated',
    'health-access',
    'health',
    'not-deprived',
    { members: [adult({ untreatedIllness: false })] },
    'No untreated illness: not deprived.',
  ),
  d16(
    'health-insurance-uninsured-aged-6',
    'health-insurance',
    'health',
    'deprived',
    { members: [{ age: 6, healthInsurance: false }, adult({ healthInsurance: true })] },
    'A member aged 6 without health insurance: deprived.',
  ),
  d16(
    'health-insurance-uninsured-aged-5',
    'health-insurance',
    'health',
    'not-deprived',
    { members: [{ age: 5, healthInsurance: false }, adult({ healthInsurance: true })] },
    'A child aged 5 without health insurance: not deprived (from 6).',
  ),
  d16(
    'adult-education-born-1986-primary',
    'adult-education',
    'education',
    'deprived',
    { members: [{ age: 30, birthYear: 1986, inEducationOrTraining: false, educationLevel: 'primary' }, adult({ birthYear: 1980 })] },
    'Born in 1986, aged 15+, without lower-secondary and not in school: deprived.',
  ),
  d16(
    'adult-education-born-1985-primary',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 31, birthYear: 1985, inEducationOrTraining: false, educationLevel: 'primary' }, adult({ birthYear: 1980 })] },
    'Born in 1985, before the 1986 cohort: not deprived.',
  ),
  d16(
    'adult-education-lower-secondary',
    'adult-education',
    'education',
    'not-deprived',
    { members: [{ age: 20, birthYear: 1996, inEducationOrTraining: false, educationLevel: 'lower-secondary' }, adult({ birthYear: 1980 })] },
    'Has completed lower-secondary: not deprived.',
  ),
  d16(
    'school-attendance-aged-5-not-attending',
    'school-attendance',
    'education',
    'deprived',
    { members: [{ age: 5, schoolAttendance: 'not-attending' }, adult()] },
    'A child aged 5 not in school: deprived (school age 5–14).',
  ),
  d16(
    'school-attendance-aged-15-not-attending',
    'school-attendance',
    'education',
    'not-deprived',
    { members: [{ age: 15, schoolAttendance: 'not-attending' }, adult()] },
    'Aged 15 is above the 5–14 school age: not deprived.',
  ),
  d16(
    'school-attendance-below-level-is-attending',
    'school-attendance',
    'education',
    'not-deprived',
    { members: [{ age: 10, schoolAttendance: 'below-level' }, adult()] },
    'In 2016–2020 only not attending counts; a child at a lower level attends: not deprived.',
  ),
  d16('housing-quality-simple', 'housing-quality', 'housing', 'deprived', { dwelling: { durability: 'simple' } }, 'A simple dwelling: deprived.'),
  d16(
    'housing-quality-semi-permanent',
    'housing-quality',
    'housing',
    'not-deprived',
    { dwelling: { durability: 'semi-permanent' } },
    'A semi-permanent dwelling: not deprived.',
  ),
  d16(
    'housing-quality-2-of-3-structures-non-durable',
    'housing-quality',
    'housing',
    'deprived',
    { dwelling: { wallsDurable: false, frameDurable: false, roofDurable: true } },
    'No class given; 2 of the 3 main structures non-durable: a less-permanent dwelling, deprived.',
  ),
  d16(
    'housing-quality-1-of-3-structures-non-durable',
    'housing-quality',
    'housing',
    'not-deprived',
    { dwelling: { wallsDurable: true, frameDurable: false, roofDurable: true } },
    'No class given; 1 of 3 non-durable: semi-permanent, not deprived.',
  ),
  d16(
    'housing-area-exactly-8-m2-per-member',
    'housing-area',
    'housing',
    'not-deprived',
    { size: 4, dwelling: { floorArea: '32' } },
    'Exactly 8 m² per member: not below 8, not deprived.',
  ),
  d16('housing-area-7.99-m2-per-member', 'housing-area', 'housing', 'deprived', { size: 4, dwelling: { floorArea: '31.96' } }, '7.99 m² per member: deprived.'),
  d16(
    'water-no-hygienic-source',
    'water',
    'water-sanitation',
    'deprived',
    { dwelling: { hygienicWater: false } },
    'No hygienic (hợp vệ sinh) water source: deprived.',
  ),
  d16(
    'water-hygienic-source-even-if-not-safe',
    'water',
    'water-sanitation',
    'not-deprived',
    { dwelling: { hygienicWater: true, safeWater: false } },
    'The 2016–2020 test is a hygienic source; the 2022–2025 "safe" fact does not enter it: not deprived.',
  ),
  d16(
    'sanitation-no-hygienic-latrine',
    'sanitation',
    'water-sanitation',
    'deprived',
    { dwelling: { hygienicLatrine: false } },
    'No hygienic latrine: deprived.',
  ),
  d16(
    'sanitation-hygienic-latrine',
    'sanitation',
    'water-sanitation',
    'not-deprived',
    { dwelling: { hygienicLatrine: true } },
    'A hygienic latrine: not deprived.',
  ),
  d16(
    'telecom-no-phone-no-internet',
    'telecom',
    'information',
    'deprived',
    { members: [adult({ phoneSubscription: false, usesInternet: false })] },
    'No member has a phone subscription or uses the internet: deprived.',
  ),
  d16(
    'telecom-phone-subscription',
    'telecom',
    'information',
    'not-deprived',
    { members: [adult({ phoneSubscription: true, usesInternet: false })] },
    'A phone subscription is enough in 2016–2020: not deprived.',
  ),
  d16(
    'information-access-smartphone-not-listed',
    'information-access',
    'information',
    'deprived',
    { dwelling: { informationMeans: ['smartphone'], hearsLoudspeaker: false } },
    'The 2016–2020 list is television, radio, computer: a smartphone alone does not count, deprived.',
  ),
  d16(
    'information-access-television',
    'information-access',
    'information',
    'not-deprived',
    { dwelling: { informationMeans: ['television'], hearsLoudspeaker: false } },
    'A television: not deprived.',
  ),
  d16(
    'information-access-tablet-is-a-computer',
    'information-access',
    'information',
    'not-deprived',
    { dwelling: { informationMeans: ['tablet'], hearsLoudspeaker: false } },
    'A tablet is a computer: not deprived (until vn-2016-2020 2.0.0 the library ignored "tablet").',
  ),
  d16(
    'information-access-feature-phone-not-listed',
    'information-access',
    'information',
    'deprived',
    { dwelling: { informationMeans: ['feature-phone'], hearsLoudspeaker: false } },
    'A feature phone is not in the 2016–2020 list: deprived.',
  ),
];

// ---------------------------------------------------------------------------------------------
// vn-2027-2030: Decree 351/2025/NĐ-CP, provisional. Lines 2,200,000 rural / 2,800,000 urban;
// poor ≤ line AND ≥ 3; near-poor ≤ line AND ≤ 2; above the line none. Indicator thresholds are
// not known: only review-form answers decide.

const R27 = 'vn-2027-2030';
const IDS27 = [
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
  'waste',
  'telecom',
] as const;
const DIM27: Record<(typeof IDS27)[number], string> = {
  employment: 'employment',
  dependants: 'employment',
  nutrition: 'health',
  'health-insurance': 'health',
  'adult-education': 'education',
  'school-attendance': 'education',
  'housing-quality': 'housing',
  'housing-area': 'housing',
  water: 'water-sanitation-environment',
  sanitation: 'water-sanitation-environment',
  waste: 'water-sanitation-environment',
  telecom: 'information',
};

function case27(
  slug: string,
  area: 'rural' | 'urban',
  perCapitaMonthly: string,
  deprived: readonly string[],
  category: string,
  tags: string[],
  why: string,
): ConformanceCase {
  const deprivations = Object.fromEntries(IDS27.map((id) => [id, deprived.includes(id)]));
  return {
    slug,
    ruleSet: R27,
    allowProvisional: true,
    why,
    tags,
    household: { area, size: 4, income: { perCapitaMonthly }, deprivations },
    expect: { category, perCapita: perCapitaMonthly },
  };
}

const cases2027: ConformanceCase[] = [
  case27(
    'rural-exactly-at-poverty-line-3-deprivations',
    'rural',
    '2200000',
    ['water', 'sanitation', 'waste'],
    'poor',
    ['incomeLine/poverty', 'categoryRule/0-poor', 'deprivationCut/cut'],
    'Rural income exactly 2,200,000 is at or below the line; 3 deprivations: poor.',
  ),
  case27(
    'rural-0.01-below-poverty-line-2-deprivations',
    'rural',
    '2199999.99',
    ['water', 'sanitation'],
    'near-poor',
    ['incomeLine/poverty', 'categoryRule/1-near-poor', 'deprivationCut/cut'],
    '0.01 below the rural line with 2 deprivations: near-poor.',
  ),
  case27(
    'rural-1-dong-above-poverty-line',
    'rural',
    '2200001',
    ['water', 'sanitation', 'waste'],
    'above-average',
    ['incomeLine/poverty', 'categoryRule/2-above-average'],
    '1 đồng above the rural line: neither poor nor near-poor (the average band of 2027–2030 is not known and not encoded).',
  ),
  case27(
    'urban-exactly-at-poverty-line-3-deprivations',
    'urban',
    '2800000',
    ['water', 'sanitation', 'waste'],
    'poor',
    ['incomeLine/poverty', 'categoryRule/0-poor'],
    'Urban income exactly 2,800,000 with 3 deprivations: poor.',
  ),
  case27(
    'urban-0.01-above-poverty-line',
    'urban',
    '2800000.01',
    [],
    'above-average',
    ['incomeLine/poverty', 'categoryRule/2-above-average'],
    '0.01 above the urban line: above.',
  ),
  {
    slug: 'facts-do-not-decide-answer-only-indicators',
    ruleSet: R27,
    allowProvisional: true,
    why: 'An uninsured adult in the facts does not make health insurance deprived: the 2027–2030 thresholds are not encoded, only the answer decides, so the indicator is unknown and the category undetermined.',
    tags: ['indicator/health-insurance', 'categoryRule/0-poor', 'categoryRule/1-near-poor'],
    household: {
      area: 'rural',
      members: [adult({ healthInsurance: false })],
      income: { perCapitaMonthly: '2000000' },
      deprivations: { water: true, sanitation: true },
    },
    expect: { category: 'undetermined', possibleCategories: ['poor', 'near-poor'], indicators: { 'health-insurance': 'unknown' } },
  },
  // One case per indicator: its answer is the third deprivation, so it decides poor vs near-poor.
  ...IDS27.map((id): ConformanceCase => {
    const others = ['water', 'sanitation', 'waste'].filter((other) => other !== id).slice(0, 2);
    const deprivations = Object.fromEntries(IDS27.map((other) => [other, other === id || others.includes(other)]));
    return {
      slug: `answer-decides-${id}`,
      ruleSet: R27,
      allowProvisional: true,
      why: `The review-form answer for ${id} (dimension ${DIM27[id]}) is the third deprivation: poor.`,
      tags: [`indicator/${id}`, `dimension/${DIM27[id]}`, 'categoryRule/0-poor'],
      household: { area: 'rural', size: 4, income: { perCapitaMonthly: '2000000' }, deprivations },
      expect: { category: 'poor', indicators: { [id]: 'deprived' } },
    };
  }),
];

// ---------------------------------------------------------------------------------------------
// hcmc-2024: Ho Chi Minh City from 1 Oct 2024 (local; chosen by id only). Yearly income:
// poor ≤ 46,000,000 AND ≥ 3 of 13; near-poor ≤ 46,000,000 AND ≤ 2; average above 46,000,000 up
// to 69,000,000; none above. The national 12 indicators plus social insurance (answer only).

const RH = 'hcmc-2024';
const IDSH = [
  'employment',
  'social-insurance',
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
] as const;
const DIMH: Record<(typeof IDSH)[number], string> = { ...(DIMENSION_2022 as Record<Id, string>), 'social-insurance': 'employment' };

function answersH(...deprived: string[]): Record<string, boolean> {
  return Object.fromEntries(IDSH.map((id) => [id, deprived.includes(id)]));
}

function caseH(
  slug: string,
  area: 'rural' | 'urban',
  householdAnnual: string,
  deprived: readonly string[],
  category: string,
  tags: string[],
  why: string,
  perCapita?: string,
): ConformanceCase {
  return {
    slug,
    ruleSet: RH,
    why,
    tags,
    household: { area, size: 4, income: { householdAnnual }, deprivations: answersH(...deprived) },
    expect: { category, ...(perCapita === undefined ? {} : { perCapita }) },
  };
}

const HP = 'incomeLine/poverty';
const HC = 'incomeLine/average-ceiling';
const casesHcmc: ConformanceCase[] = [
  caseH(
    'exactly-46-million-a-year-3-deprivations',
    'urban',
    '184000000',
    ['water', 'sanitation', 'social-insurance'],
    'poor',
    [HP, 'categoryRule/0-poor', 'deprivationCut/cut', 'indicator/social-insurance'],
    '184,000,000 a year for 4 members is exactly 46,000,000 per person per year: at or below the city line; 3 of 13 deprivations (one of them social insurance): poor.',
    '46000000',
  ),
  caseH(
    'exactly-46-million-a-year-2-deprivations',
    'rural',
    '184000000',
    ['water', 'sanitation'],
    'near-poor',
    [HP, 'categoryRule/1-near-poor', 'deprivationCut/cut'],
    'At the city line with 2 deprivations: near-poor (the line is the same in rural and urban areas).',
    '46000000',
  ),
  caseH(
    '1-dong-above-46-million-for-4',
    'urban',
    '184000001',
    ['water', 'sanitation', 'social-insurance'],
    'average',
    [HP, 'categoryRule/2-average'],
    '184,000,001 for 4 members is 46,000,000.25 per person per year: above the line, so average living standard whatever the deprivations.',
    '46000000.25',
  ),
  caseH(
    'exactly-69-million-a-year',
    'urban',
    '276000000',
    [],
    'average',
    [HC, 'categoryRule/2-average'],
    '276,000,000 for 4 members is 69,000,000 per person per year: the top of the city average band, average.',
    '69000000',
  ),
  caseH(
    '1-dong-above-69-million-for-4',
    'rural',
    '276000001',
    [],
    'above-average',
    [HC, 'categoryRule/3-above-average'],
    '1 đồng above 4 × 69,000,000: none of the city categories (the complement, derived).',
  ),
  {
    slug: 'monthly-income-compared-per-year',
    ruleSet: RH,
    why: 'The city line is yearly: 3,833,333 a month per person is 45,999,996 a year (at or below 46,000,000): with 3 deprivations, poor.',
    tags: [HP, 'categoryRule/0-poor'],
    household: { area: 'urban', size: 2, income: { perCapitaMonthly: '3833333' }, deprivations: answersH('water', 'sanitation', 'telecom') },
    expect: { category: 'poor', perCapita: '45999996' },
  },
  {
    slug: 'monthly-income-1-dong-too-many',
    ruleSet: RH,
    why: '3,833,334 a month per person is 46,000,008 a year: above the city line, average living standard.',
    tags: [HP, 'categoryRule/2-average'],
    household: { area: 'urban', size: 2, income: { perCapitaMonthly: '3833334' }, deprivations: answersH('water', 'sanitation', 'telecom') },
    expect: { category: 'average', perCapita: '46000008' },
  },
  {
    slug: 'social-insurance-facts-do-not-decide',
    ruleSet: RH,
    why: 'Social insurance is answer-only: without an answer it is unknown whatever the facts, so with 2 other deprivations at the line the category is undetermined.',
    tags: ['indicator/social-insurance', 'dimension/employment', 'categoryRule/0-poor', 'categoryRule/1-near-poor'],
    household: {
      area: 'urban',
      members: [adult({ employment: 'wage-worker', labourContract: true })],
      income: { householdAnnual: '40000000' },
      deprivations: { water: true, sanitation: true },
    },
    expect: { category: 'undetermined', possibleCategories: ['poor', 'near-poor'], indicators: { 'social-insurance': 'unknown' } },
  },
  {
    slug: 'employment-working-age-as-nationally',
    ruleSet: RH,
    date: '2025-03-01',
    why: 'The city keeps the national employment indicator and working age: an unemployed man aged 40 in 2025 is deprived; with 2 answered deprivations, poor.',
    tags: ['indicator/employment', 'dimension/employment', 'workingAge/retirement', 'categoryRule/0-poor'],
    household: {
      area: 'urban',
      members: [{ age: 40, sex: 'male', employment: 'unemployed' }],
      income: { householdAnnual: '40000000' },
      deprivations: { ...answersH('water', 'sanitation'), employment: null },
    },
    expect: { category: 'poor', indicators: { employment: 'deprived' } },
  },
  // One case per indicator: its answer is the third deprivation, so it decides poor vs near-poor.
  ...IDSH.map((id): ConformanceCase => {
    const others = ['water', 'sanitation', 'telecom'].filter((other) => other !== id).slice(0, 2);
    return {
      slug: `answer-decides-${id}`,
      ruleSet: RH,
      why: `The review-form answer for ${id} (dimension ${DIMH[id]}) is the third deprivation at 40,000,000 a year per person: poor.`,
      tags: [`indicator/${id}`, `dimension/${DIMH[id]}`, 'categoryRule/0-poor'],
      household: { area: 'urban', size: 1, income: { householdAnnual: '40000000' }, deprivations: answersH(id, ...others) },
      expect: { category: 'poor', indicators: { [id]: 'deprived' } },
    };
  }),
];

/** Every case, in a stable order. */
export const CASES: readonly ConformanceCase[] = [
  ...incomeCases,
  ...formCases,
  ...unknownCases,
  ...derivationCases,
  ...answerCases,
  ...scoreCases,
  ...workerCases,
  ...cases2016,
  ...derivations2016,
  ...cases2027,
  ...casesHcmc,
];
