/**
 * Shared builders for the classify / explain tests: plain-JSON households an auditor can read,
 * the indicator ids in the decree's order, rule tags and small assertion helpers.
 */
import { expect } from 'vitest';
import { classify, ValidationError } from '../../src/index.js';
import type { Classification, ClassifyOptions, IndicatorResult, MemberInput, RuleSetPatch } from '../../src/index.js';
import { answersFor, INDICATOR_IDS } from '../../examples/fixtures.mjs';

/** The rule set these tests are about. */
export const RULE_SET_ID = 'vn-2022-2025';

/** Indicator ids of vn-2022-2025 in the decree's order: from the fixtures shared with the scripts and examples. */
export { INDICATOR_IDS };
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** Dimension of each indicator (Decree 07/2021 Art. 3 cl. 1 pt. b). */
export const DIMENSION_OF: Readonly<Record<IndicatorId, string>> = {
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

/** Categories from poorest to richest. */
export const CATEGORY_RANK = { poor: 0, 'near-poor': 1, average: 2, 'above-average': 3 } as const;

/** Category rule tag ids: `<index in categoryRules>-<category>`. */
export const CATEGORY_RULE_ID = { poor: '0-poor', 'near-poor': '1-near-poor', average: '2-average', 'above-average': '3-above-average' } as const;

/** Income lines per area (VND per person per month), Decree 07/2021 Art. 3. */
export const LINES = {
  rural: { poverty: '1500000', 'average-ceiling': '2250000' },
  urban: { poverty: '2000000', 'average-ceiling': '3000000' },
} as const;

// Rule tags (`[rule:vn-2022-2025/<kind>/<id>]`) go in test names: scripts/docs/traceability.ts
// reads them from the names of the passing tests in the vitest JSON report.

/** Review-form answers for the indicators `ids`: the first `deprived` true, the next `unknown` null, the rest false. */
export { answersFor };

/** Review-form answers for vn-2022-2025: see {@link answersFor}. */
export function answers(deprived: number, unknown = 0): Record<IndicatorId, boolean | null> {
  return answersFor(INDICATOR_IDS, deprived, unknown);
}

/** A small answer-level household: size 4, per-capita income, and `answers(deprived, unknown)`. */
export function answerHousehold(area: 'rural' | 'urban', perCapitaMonthly: number | string, deprived: number, unknown = 0) {
  return { area, size: 4, income: { perCapitaMonthly }, deprivations: answers(deprived, unknown) };
}

/** The indicator entry with id `id` (fails the test if missing). */
export function indicator(result: Classification, id: IndicatorId): IndicatorResult {
  const found = result.indicators.find((entry) => entry.id === id);
  expect(found, `indicator ${id} in result`).toBeDefined();
  return found!;
}

/** Options naming this rule set explicitly (a `date` alone would select the rule set by date). */
export function under(date?: string): ClassifyOptions {
  return date === undefined ? { ruleSet: RULE_SET_ID } : { ruleSet: RULE_SET_ID, date };
}

/** Classifies under vn-2022-2025 and returns one indicator's entry. */
export function classifyIndicator(household: unknown, id: IndicatorId, options: ClassifyOptions = {}): IndicatorResult {
  return indicator(classify(household, { ruleSet: RULE_SET_ID, ...options }), id);
}

/** Members-only household for indicator tests (income is irrelevant to the indicators). */
export function withMembers(members: MemberInput[], extra: Record<string, unknown> = {}) {
  return { area: 'rural' as const, members, income: { perCapitaMonthly: 1000000 }, ...extra };
}

/** Dwelling-only household for indicator tests. */
export function withDwelling(dwelling: Record<string, unknown>, size = 4) {
  return { area: 'rural' as const, size, income: { perCapitaMonthly: 1000000 }, dwelling };
}

/** Runs `run`, expects a ValidationError, and returns its issues. */
export function validationIssues(run: () => unknown): ValidationError['issues'] {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'a ValidationError is thrown').toBeInstanceOf(ValidationError);
  return (caught as ValidationError).issues;
}

/** The path and code of every issue of the ValidationError `run` throws (messages left out). */
export function issueCodes(run: () => unknown): { path: ValidationError['issues'][number]['path']; code: string }[] {
  return validationIssues(run).map((issue) => ({ path: issue.path, code: issue.code }));
}

/** Expects `run` to throw a ValidationError with an issue at `path` with `code`. */
export function expectIssue(run: () => unknown, path: readonly (string | number)[], code: string): void {
  const issues = validationIssues(run);
  expect(issues.map((issue) => ({ path: issue.path, code: issue.code }))).toContainEqual({ path: [...path], code });
}

/** The review date used when working age must be exact. */
export const DATE_2025 = '2025-09-01';

/**
 * A 4-member household whose facts derive "deprived" on all 12 indicators (review date 2025):
 * an unemployed man of 30 with primary schooling, out of education and uninsured; a stunted
 * child of 5 not at school; a child of 10 not at school; a dependant of 70; nobody uses the
 * internet; a simple dwelling of 20 m² (5 m² per member), no safe water, no hygienic latrine,
 * no means of information and no loudspeaker.
 */
export function allDeprivedHousehold() {
  return {
    area: 'rural' as const,
    income: { perCapitaMonthly: 1000000 },
    members: [
      {
        age: 30,
        sex: 'male',
        employment: 'unemployed',
        healthInsurance: false,
        inEducationOrTraining: false,
        educationLevel: 'primary',
        certifiedOnTheJob: false,
        dependant: false,
        usesInternet: false,
      },
      {
        age: 5,
        sex: 'female',
        stunted: true,
        underweight: false,
        healthInsurance: true,
        schoolAttendance: 'not-attending',
        dependant: true,
        usesInternet: false,
      },
      {
        age: 10,
        sex: 'male',
        stunted: false,
        underweight: false,
        healthInsurance: true,
        schoolAttendance: 'not-attending',
        dependant: true,
        usesInternet: false,
      },
      { age: 70, sex: 'female', employment: 'not-in-labour-force', healthInsurance: true, dependant: true, usesInternet: false },
    ] satisfies MemberInput[],
    dwelling: { durability: 'simple', floorArea: 20, safeWater: false, hygienicLatrine: false, informationMeans: [], hearsLoudspeaker: false },
  };
}

/**
 * A 4-member household whose facts derive "not deprived" on all 12 indicators (review date
 * 2025), several of them right at the edge: 2 dependants of 4 (50%, not more than 50%),
 * 32 m² for 4 members (8 m² each, not below 8).
 */
export function noneDeprivedHousehold() {
  return {
    area: 'rural' as const,
    income: { perCapitaMonthly: 1000000 },
    members: [
      {
        age: 30,
        sex: 'male',
        employment: 'self-employed',
        healthInsurance: true,
        inEducationOrTraining: false,
        educationLevel: 'upper-secondary',
        dependant: false,
        usesInternet: true,
      },
      {
        age: 28,
        sex: 'female',
        employment: 'wage-worker',
        labourContract: true,
        healthInsurance: true,
        inEducationOrTraining: false,
        educationLevel: 'tertiary',
        dependant: false,
        usesInternet: false,
      },
      {
        age: 8,
        sex: 'female',
        stunted: false,
        underweight: false,
        healthInsurance: true,
        schoolAttendance: 'appropriate-level',
        dependant: true,
        usesInternet: false,
      },
      {
        age: 4,
        sex: 'male',
        stunted: false,
        underweight: false,
        healthInsurance: true,
        schoolAttendance: 'appropriate-level',
        dependant: true,
        usesInternet: false,
      },
    ] satisfies MemberInput[],
    dwelling: { durability: 'permanent', floorArea: 32, safeWater: true, hygienicLatrine: true, informationMeans: ['television'], hearsLoudspeaker: true },
  };
}

/**
 * Rows for `it.each(...)('%s', (name, row) => …)`: each row paired with its readable name,
 * so test names carry rule tags and amounts verbatim (vitest's `$field` quotes and truncates).
 */
export function named<T>(rows: readonly T[], name: (row: T) => string): [string, T][] {
  return rows.map((row) => [name(row), row]);
}

/** A local instrument for derived test standards (`deriveRuleSet` requires one). */
export const LOCAL_INSTRUMENT: RuleSetPatch['instrument'] = {
  id: 'test-local-resolution',
  name: { vi: 'Nghị quyết thử nghiệm', en: 'Test resolution' },
  title: { vi: 'Chuẩn nghèo địa phương (thử nghiệm)', en: 'Local poverty standard (test)' },
  signed: '2024-09-01',
  inForce: '2024-10-01',
  role: { vi: 'Chuẩn nghèo địa phương', en: 'Local poverty standard' },
};

/** The citation within {@link LOCAL_INSTRUMENT}. */
export const LOCAL_CITATION: RuleSetPatch['citation'] = { article: '1', paraphrase: { vi: 'Chuẩn địa phương.', en: 'Local standard.' }, confidence: 'B' };
