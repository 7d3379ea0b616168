/**
 * The provisional vn-2027-2030 rule set (Decree 351/2025/NĐ-CP): refused without the opt-in,
 * lines and categories as issued, no average band, indicators decided by answers only.
 */
import { describe, expect, it } from 'vitest';
import { classify, explain, getRuleSet } from '../src/index.js';
import { checkRuleSetData, requiredMessageKeys } from '../src/rules/define.js';
import { retirementMonths } from '../src/engine/conditions.js';
import { fingerprint } from '../src/rules/fingerprint.js';
import { answersFor, issueCodes } from './helpers/households.js';

const ID = 'vn-2027-2030';
const ruleSet = getRuleSet(ID);
const INDICATORS = [
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

const answers = (deprived: number, unknown = 0) => answersFor(INDICATORS, deprived, unknown);
const run = (household: unknown) => classify(household, { ruleSet: ID, allowProvisional: true });
const at = (area: 'rural' | 'urban', income: string | number, deprived = 0, unknown = 0) =>
  run({ area, size: 1, income: { perCapitaMonthly: income }, deprivations: answers(deprived, unknown) });

const issues = issueCodes;

describe('status and refusal', () => {
  it('is provisional, 2027-01-01 to 2030-12-31, sound and fingerprinted', () => {
    expect(ruleSet.status).toBe('provisional');
    expect(ruleSet.effective).toMatchObject({ from: '2027-01-01', to: '2030-12-31' });
    expect(ruleSet.effective.citations?.[0]?.instrument.id).toBe('decree-351-2025');
    expect(ruleSet.title.en).toMatch(/provisional/);
    expect(checkRuleSetData(ruleSet, ruleSet.messages)).toEqual([]);
    const { fingerprint: print, messages: _m, ...data } = ruleSet;
    expect(print).toBe(fingerprint(data));
    for (const key of requiredMessageKeys(ruleSet)) {
      expect(ruleSet.messages.vi[key]).toBeTruthy();
      expect(ruleSet.messages.en[key]).toBeTruthy();
    }
  });

  it('classify refuses it without { allowProvisional: true } (by id, by object, by date)', () => {
    const household = { area: 'rural', size: 1, income: { perCapitaMonthly: 1 } };
    expect(issues(() => classify(household, { ruleSet: ID }))).toEqual([{ path: ['ruleSet'], code: 'provisional_rule_set' }]);
    expect(issues(() => classify(household, { ruleSet }))).toEqual([{ path: ['ruleSet'], code: 'provisional_rule_set' }]);
    expect(issues(() => classify(household, { date: '2027-01-01' }))).toEqual([{ path: ['ruleSet'], code: 'provisional_rule_set' }]);
    expect(issues(() => classify(household, { ruleSet: ID, allowProvisional: false }))).toEqual([{ path: ['ruleSet'], code: 'provisional_rule_set' }]);
    expect(classify(household, { ruleSet: ID, allowProvisional: true }).ruleSet).toMatchObject({ id: ID, status: 'provisional' });
    expect(classify(household, { date: '2030-12-31', allowProvisional: true }).ruleSet.id).toBe(ID);
  });
});

describe('income line', () => {
  for (const [area, amount] of [
    ['rural', '2200000'],
    ['urban', '2800000'],
  ] as const) {
    it(`[rule:vn-2027-2030/incomeLine/poverty] ${area} ${amount}: at or below at the line and below it, above 0.01 / 1 đồng over`, () => {
      const n = Number(amount);
      const outcome = (income: string) => at(area, income).income.comparisons[0]!;
      expect(outcome(amount)).toMatchObject({ line: 'poverty', amount, outcome: 'at-or-below' });
      expect(outcome(String(n - 1)).outcome).toBe('at-or-below');
      expect(outcome(`${n - 1}.99`).outcome).toBe('at-or-below');
      expect(outcome(`${amount}.01`).outcome).toBe('above');
      expect(outcome(String(n + 1)).outcome).toBe('above');
      expect(ruleSet.incomeLines).toHaveLength(1);
    });
  }
});

describe('categories: poor and near-poor by ≥ 3 / ≤ 2; no average band', () => {
  it(`[rule:vn-2027-2030/categoryRule/0-poor] [rule:vn-2027-2030/deprivationCut/cut] at or below the line with 3 or more deprivations`, () => {
    expect(at('rural', 2200000, 3).category).toBe('poor');
    expect(at('urban', 2800000, 12).category).toBe('poor');
    expect(at('rural', 2200000, 3).rule?.citation.instrument.id).toBe('decree-351-2025');
  });

  it(`[rule:vn-2027-2030/categoryRule/1-near-poor] [rule:vn-2027-2030/deprivationCut/cut] at or below the line with at most 2`, () => {
    expect(at('rural', 2200000, 2).category).toBe('near-poor');
    expect(at('urban', 0, 0).category).toBe('near-poor');
    expect(at('rural', 1, 2, 1)).toMatchObject({ category: 'undetermined', possibleCategories: ['poor', 'near-poor'] });
    expect(ruleSet.deprivationCut.atLeast).toBe(3);
  });

  it(`[rule:vn-2027-2030/categoryRule/2-above-average] above the line: neither poor nor near-poor, whatever the deprivations; no average band is cited`, () => {
    expect(at('rural', '2200000.01', 12).category).toBe('above-average');
    expect(at('urban', 2800001, 0, 12).category).toBe('above-average');
    const rule = ruleSet.categoryRules[2]!;
    expect(rule.category).toBe('above-average');
    expect(rule.citation.note?.en).toMatch(/no average-living band/i);
    expect(ruleSet.categoryRules.map((r) => r.category)).not.toContain('average');
  });
});

describe('working age and dimensions', () => {
  it(`[rule:vn-2027-2030/workingAge/retirement] Decree 135/2020 roadmap: men 61y9m in 2027, 62 from 2028; women 57y4m in 2027`, () => {
    const { male, female } = ruleSet.workingAge.retirement;
    expect(retirementMonths(male, 2027)).toBe(741);
    expect(retirementMonths(male, 2028)).toBe(744);
    expect(retirementMonths(male, 2030)).toBe(744);
    expect(retirementMonths(female, 2027)).toBe(688);
    expect(retirementMonths(female, 2030)).toBe(700);
  });

  const byDimension: [string, string, string[]][] = [
    ['[rule:vn-2027-2030/dimension/employment]', 'employment', ['employment', 'dependants']],
    ['[rule:vn-2027-2030/dimension/health]', 'health', ['nutrition', 'health-insurance']],
    ['[rule:vn-2027-2030/dimension/education]', 'education', ['adult-education', 'school-attendance']],
    ['[rule:vn-2027-2030/dimension/housing]', 'housing', ['housing-quality', 'housing-area']],
    ['[rule:vn-2027-2030/dimension/water-sanitation-environment]', 'water-sanitation-environment', ['water', 'sanitation', 'waste']],
    ['[rule:vn-2027-2030/dimension/information]', 'information', ['telecom']],
  ];
  for (const [dimensionTag, dimension, ids] of byDimension) {
    it(`${dimensionTag} groups ${ids.join(', ')}`, () => {
      expect(ruleSet.indicators.filter((i) => i.dimension === dimension).map((i) => i.id)).toEqual(ids);
      expect(ruleSet.dimensions.find((d) => d.id === dimension)!.citation.confidence).toBe('B');
    });
  }
});

describe('indicators: answer-level input only', () => {
  const facts = {
    area: 'rural',
    members: [{ age: 30, healthInsurance: false, employment: 'unemployed', usesInternet: false, sex: 'male' }],
    income: { perCapitaMonthly: 1000000 },
    dwelling: { durability: 'simple', floorArea: 1, safeWater: false, hygienicLatrine: false },
  };
  const tagged: [string, (typeof INDICATORS)[number]][] = [
    ['[rule:vn-2027-2030/indicator/employment]', 'employment'],
    ['[rule:vn-2027-2030/indicator/dependants]', 'dependants'],
    ['[rule:vn-2027-2030/indicator/nutrition]', 'nutrition'],
    ['[rule:vn-2027-2030/indicator/health-insurance]', 'health-insurance'],
    ['[rule:vn-2027-2030/indicator/adult-education]', 'adult-education'],
    ['[rule:vn-2027-2030/indicator/school-attendance]', 'school-attendance'],
    ['[rule:vn-2027-2030/indicator/housing-quality]', 'housing-quality'],
    ['[rule:vn-2027-2030/indicator/housing-area]', 'housing-area'],
    ['[rule:vn-2027-2030/indicator/water]', 'water'],
    ['[rule:vn-2027-2030/indicator/sanitation]', 'sanitation'],
    ['[rule:vn-2027-2030/indicator/waste]', 'waste'],
    ['[rule:vn-2027-2030/indicator/telecom]', 'telecom'],
  ];
  it('the tag table lists every indicator in order', () => {
    expect(tagged.map(([, id]) => id)).toEqual(ruleSet.indicators.map((i) => i.id));
  });
  for (const [indicatorTag, id] of tagged) {
    it(`${indicatorTag} is decided by the answer only; facts leave it unknown and say why`, () => {
      const fromFacts = run(facts).indicators.find((i) => i.id === id)!;
      expect(fromFacts.status).toBe('unknown');
      expect(fromFacts.evidence.basis).toBe('answer-required');
      expect(fromFacts.evidence.reason?.en).toMatch(/only the review-form answer/);
      expect(fromFacts.citation.confidence).toBe('B');
      const answered = run({ ...facts, deprivations: { [id]: true } }).indicators.find((i) => i.id === id)!;
      expect(answered).toMatchObject({ status: 'deprived', source: 'answer' });
      const no = run({ ...facts, deprivations: { [id]: false } }).indicators.find((i) => i.id === id)!;
      expect(no.status).toBe('not-deprived');
    });
  }

  it('the 2022–2025 id information-access is not an indicator here', () => {
    expect(issues(() => run({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 }, deprivations: { 'information-access': true } }))).toContainEqual({
      path: ['deprivations', 'information-access'],
      code: 'unrecognized_keys',
    });
  });

  it('explain says an unknown indicator needs the review-form answer, in both locales', () => {
    const result = run({ area: 'rural', size: 1, income: { perCapitaMonthly: 1000000 }, deprivations: { waste: true } });
    expect(result).toMatchObject({ category: 'undetermined', unknownCount: 11, deprivationCount: 1 });
    const en = explain(result, { locale: 'en' });
    expect(en).toMatch(/Household waste handling — deprived: as answered on the review form/);
    expect(en).toMatch(/Employment — unknown: no answer on the review form; the library cannot derive/);
    expect(explain(result)).toMatch(/Thu gom, xử lý rác thải sinh hoạt — thiếu hụt/);
    expect(en).not.toMatch(/\{[\w:.-]+\}/);
  });
});
