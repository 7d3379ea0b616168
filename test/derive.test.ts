/**
 * deriveRuleSet: local standards with other lines, an extra indicator, another cut, a yearly
 * income unit; their own id, citation, status and fingerprint; the base untouched.
 */
import { describe, expect, it } from 'vitest';
import { classify, deriveRuleSet, diffRuleSets, explain, getRuleSet } from '../src/index.js';
import type { RuleSetPatch } from '../src/index.js';
import { canonicalJson, fingerprint } from '../src/rules/fingerprint.js';
import { INDICATOR_IDS, issueCodes, LOCAL_CITATION, LOCAL_INSTRUMENT } from './helpers/households.js';

const base = getRuleSet('vn-2022-2025');
const IDS_2022 = INDICATOR_IDS;
const instrument = LOCAL_INSTRUMENT;
const citation = LOCAL_CITATION;

/** The Ho Chi Minh City style illustration: 46,000,000 per person per year, 13 indicators with social insurance. */
const hcmcPatch: RuleSetPatch = {
  id: 'local-yearly',
  title: { vi: 'Chuẩn nghèo địa phương theo năm', en: 'Yearly local standard' },
  instrument,
  citation,
  effective: { from: '2024-10-01', to: '2025-12-31' },
  incomePeriod: 'year',
  incomeLines: [{ id: 'poverty', amounts: { rural: '46000000', urban: '46000000' } }],
  categoryRules: [
    { category: 'poor', income: { atOrBelow: 'poverty' }, deprivations: 'at-least-cut' },
    { category: 'near-poor', income: { atOrBelow: 'poverty' }, deprivations: 'below-cut' },
    { category: 'above-average', income: { above: 'poverty' } },
  ],
  addIndicators: [
    {
      id: 'social-insurance',
      dimension: 'employment',
      test: { kind: 'answer-only', reason: { vi: 'Chỉ theo câu trả lời.', en: 'Answer only.' } },
      messages: {
        vi: { name: 'Bảo hiểm xã hội', deprived: 'theo câu trả lời', 'not-deprived': 'theo câu trả lời', unknown: 'chưa có câu trả lời' },
        en: { name: 'Social insurance', deprived: 'as answered', 'not-deprived': 'as answered', unknown: 'no answer' },
      },
    },
  ],
  messages: { vi: { 'incomeLine.poverty': 'chuẩn nghèo địa phương' }, en: { 'incomeLine.poverty': 'local poverty line' } },
};

const issues = issueCodes;

describe('the base is untouched', () => {
  it('fingerprint, data and frozenness of the base are unchanged after deriving', () => {
    const before = { fingerprint: base.fingerprint, json: canonicalJson({ ...base }) };
    const derived = deriveRuleSet(base, hcmcPatch);
    deriveRuleSet(base, { id: 'another', title: hcmcPatch.title, instrument, citation, deprivationCut: 4 });
    expect(base.fingerprint).toBe(before.fingerprint);
    expect(canonicalJson({ ...base })).toBe(before.json);
    const { fingerprint: print, messages: _m, ...data } = base;
    expect(fingerprint(data)).toBe(before.fingerprint);
    expect(getRuleSet('vn-2022-2025')).toBe(base);
    expect(base.indicators).toHaveLength(12);
    expect(derived.indicators).toHaveLength(13);
    expect(base.messages.en['indicator.social-insurance.name']).toBeUndefined();
  });
});

describe('the derived rule set', () => {
  const derived = deriveRuleSet(base, hcmcPatch);

  it('has its own id, version, status, citation, instruments, derivedFrom and fingerprint; it is frozen', () => {
    expect(derived).toMatchObject({ id: 'local-yearly', version: '1.0.0', status: 'in-force', incomePeriod: 'year' });
    expect(derived.derivedFrom).toEqual({ id: base.id, version: base.version, fingerprint: base.fingerprint });
    expect(derived.instruments[0]!.id).toBe('test-local-resolution');
    expect(derived.effective).toMatchObject({ from: '2024-10-01', to: '2025-12-31' });
    expect(derived.effective.citations![0]!.instrument.id).toBe('test-local-resolution');
    expect(derived.incomeLines[0]!.citation.instrument.id).toBe('test-local-resolution');
    expect(derived.indicators[12]!.citation).toMatchObject({ instrument: { id: 'test-local-resolution' }, article: '1' });
    expect(derived.fingerprint).not.toBe(base.fingerprint);
    const { fingerprint: print, messages: _m, ...data } = derived;
    expect(print).toBe(fingerprint(data));
    expect(Object.isFrozen(derived)).toBe(true);
    expect(Object.isFrozen(derived.incomeLines[0])).toBe(true);
    expect(deriveRuleSet(base, hcmcPatch).fingerprint).toBe(derived.fingerprint);
    expect(deriveRuleSet(base, { ...hcmcPatch, status: 'provisional' }).status).toBe('provisional');
  });

  it('a yearly income unit: 46,000,000 per person per year, compared exactly', () => {
    const cls = (income: Record<string, string>, size = 1) =>
      classify({ area: 'urban', size, income, deprivations: Object.fromEntries(IDS_2022.map((id) => [id, false])) }, { ruleSet: derived });
    // 3,833,333 × 12 = 45,999,996 ≤ 46,000,000; 3,833,334 × 12 = 46,000,008 > 46,000,000.
    expect(cls({ perCapitaMonthly: '3833333' }).income.comparisons[0]!.outcome).toBe('at-or-below');
    expect(cls({ perCapitaMonthly: '3833334' }).income.comparisons[0]!.outcome).toBe('above');
    expect(cls({ perCapitaMonthly: '3833333.33' }).income.comparisons[0]!.outcome).toBe('at-or-below');
    expect(cls({ perCapitaMonthly: '3833333.34' }).income.comparisons[0]!.outcome).toBe('above');
    // Household annual, 4 members: 184,000,000 at the line; 184,000,001 (and +0.01) above.
    // `given` is the amount as given; `perCapita` is per person per year (the rule set's period).
    expect(cls({ householdAnnual: '184000000' }, 4).income).toMatchObject({
      form: 'householdAnnual',
      given: '184000000',
      perCapita: '46000000',
      period: 'year',
    });
    expect(cls({ perCapitaMonthly: '3833333' }).income).toMatchObject({ form: 'perCapitaMonthly', given: '3833333', perCapita: '45999996', period: 'year' });
    expect(cls({ householdAnnual: '184000000' }, 4).income.comparisons[0]!.outcome).toBe('at-or-below');
    expect(cls({ householdAnnual: '184000000.01' }, 4).income.comparisons[0]!.outcome).toBe('above');
    expect(cls({ householdAnnual: '184000001' }, 4).income.comparisons[0]!.outcome).toBe('above');
    expect(cls({ householdAnnual: '183999999' }, 4).income.comparisons[0]!.outcome).toBe('at-or-below');
  });

  it('13 indicators with social insurance: 3 of 13 makes poor, 2 near-poor; above the line neither', () => {
    const household = (deprived: string[], income = '40000000') => ({
      area: 'urban',
      size: 1,
      income: { householdAnnual: income },
      deprivations: Object.fromEntries([...IDS_2022, 'social-insurance'].map((id) => [id, deprived.includes(id)])),
    });
    expect(classify(household(['social-insurance', 'water', 'sanitation']), { ruleSet: derived }).category).toBe('poor');
    expect(classify(household(['social-insurance', 'water']), { ruleSet: derived }).category).toBe('near-poor');
    expect(classify(household(['social-insurance', 'water', 'sanitation'], '46000001'), { ruleSet: derived }).category).toBe('above-average');
    const result = classify({ area: 'urban', size: 1, income: { householdAnnual: '1' } }, { ruleSet: derived });
    expect(result.indicators.at(-1)).toMatchObject({ id: 'social-insurance', status: 'unknown', evidence: { basis: 'answer-required' } });
  });

  it('explain uses the derived messages (with the ruleSet option)', () => {
    const result = classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 1 }, deprivations: { 'social-insurance': true } }, { ruleSet: derived });
    const en = explain(result, { locale: 'en', ruleSet: derived });
    expect(en).toMatch(/Yearly local standard \(local-yearly, version 1\.0\.0\)/);
    expect(en).toMatch(/local poverty line \(VND 46,000,000, urban\)/);
    expect(en).toMatch(/per person per year/);
    expect(en).toMatch(/13\. Social insurance — deprived/);
  });

  it('drops the base score and low-income-worker rules when the lines change; keeps them otherwise', () => {
    expect(derived.incomeScore).toBeUndefined();
    expect(derived.lowIncomeWorker).toBeUndefined();
    expect(issues(() => classify({ area: 'urban', size: 1, income: { score: 100 } }, { ruleSet: derived }))).toEqual([
      { path: ['income', 'score'], code: 'score_not_supported' },
    ]);
    const sameLines = deriveRuleSet(base, { id: 'cut-four', title: hcmcPatch.title, instrument, citation, deprivationCut: 4 });
    expect(sameLines.incomeScore).toEqual(base.incomeScore);
    expect(sameLines.lowIncomeWorker).toEqual(base.lowIncomeWorker);
  });
});

describe('other lines and another cut', () => {
  it('higher monthly lines keep the base categories', () => {
    const higher = deriveRuleSet(base, {
      id: 'higher-lines',
      title: hcmcPatch.title,
      instrument,
      citation,
      incomeLines: [
        { id: 'poverty', amounts: { rural: '2000000', urban: '2500000' } },
        { id: 'average-ceiling', amounts: { rural: '3000000', urban: '3750000' } },
      ],
    });
    const at = (income: number, deprived: number) =>
      classify(
        { area: 'rural', size: 1, income: { perCapitaMonthly: income }, deprivations: Object.fromEntries(IDS_2022.map((id, i) => [id, i < deprived])) },
        { ruleSet: higher },
      ).category;
    expect(at(2000000, 3)).toBe('poor');
    expect(at(2000000, 2)).toBe('near-poor');
    expect(at(2000001, 3)).toBe('average');
    expect(at(3000000, 0)).toBe('average');
    expect(at(3000001, 0)).toBe('above-average');
    expect(diffRuleSets(base, higher).incomeLines.changed.map((c) => c.id)).toEqual(['poverty', 'average-ceiling']);
  });

  it('another cut: 4 deprivations', () => {
    const four = deriveRuleSet(base, { id: 'cut-four', title: hcmcPatch.title, instrument, citation, deprivationCut: 4 });
    const at = (deprived: number) =>
      classify(
        { area: 'rural', size: 1, income: { perCapitaMonthly: 1000000 }, deprivations: Object.fromEntries(IDS_2022.map((id, i) => [id, i < deprived])) },
        { ruleSet: four },
      );
    expect(at(3).category).toBe('near-poor');
    expect(at(4).category).toBe('poor');
    expect(at(3).deprivationCut).toBe(4);
    expect(four.deprivationCut.citation.instrument.id).toBe('test-local-resolution');
  });

  it('removes indicators', () => {
    const fewer = deriveRuleSet(base, { id: 'fewer', title: hcmcPatch.title, instrument, citation, removeIndicators: ['information-access'] });
    expect(fewer.indicators.map((i) => i.id)).not.toContain('information-access');
    expect(fewer.messages.en['indicator.information-access.name']).toBeUndefined();
  });
});

describe('a local indicator on members: at least 2 of (aged 60 or more, disabled, without the monthly social allowance)', () => {
  const careNeed = deriveRuleSet(base, {
    id: 'care-need',
    title: { vi: 'Chuẩn có chỉ số chăm sóc', en: 'Standard with a care indicator' },
    instrument,
    citation,
    addIndicators: [
      {
        id: 'care-need',
        dimension: 'health',
        test: {
          kind: 'any-member',
          where: { atLeast: 2, of: [{ age: { min: 60 } }, { fact: 'disability', equals: true }, { fact: 'monthlySocialAllowance', equals: false }] },
        },
        messages: {
          vi: { name: 'Cần chăm sóc', deprived: 'có người cần chăm sóc', 'not-deprived': 'không ai cần chăm sóc', unknown: 'chưa đủ thông tin' },
          en: { name: 'Care need', deprived: 'someone needs care', 'not-deprived': 'no one needs care', unknown: 'not enough facts' },
        },
      },
    ],
  });
  const careOf = (members: object[]) =>
    classify({ area: 'rural', income: { perCapitaMonthly: 1000000 }, members }, { ruleSet: careNeed, date: '2025-09-01' }).indicators.find(
      (entry) => entry.id === 'care-need',
    )!;

  it('two conditions known to hold decide it; one known and none open cannot', () => {
    expect(careOf([{ age: 70, disability: true }]).status).toBe('deprived');
    expect(careOf([{ age: 59, disability: true, monthlySocialAllowance: false }]).status).toBe('deprived');
    expect(careOf([{ age: 70, disability: false, monthlySocialAllowance: true }]).status).toBe('not-deprived');
    expect(careOf([{ age: 40, disability: true, monthlySocialAllowance: true }]).status).toBe('not-deprived');
  });

  it('unknown while the unknown conditions could still make two; born in 1965 with only the age open, the review date of 2025 leaves 59 or 60', () => {
    expect(careOf([{ age: 70 }]).status).toBe('unknown');
    const bornIn1965 = careOf([{ birthYear: 1965, disability: true, monthlySocialAllowance: true }]);
    expect(bornIn1965.status).toBe('unknown');
    expect(bornIn1965.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['age'] }]);
    // Born in 1964: 60 or 61 on any day of 2025, so 60 or more.
    expect(careOf([{ birthYear: 1964, disability: true, monthlySocialAllowance: true }]).status).toBe('deprived');
  });
});

describe('refusals', () => {
  it('a local standard must cite its own legal basis', () => {
    const { citation: _c, ...noCitation } = hcmcPatch;
    expect(issues(() => deriveRuleSet(base, noCitation as RuleSetPatch))).toEqual([{ path: ['citation'], code: 'citation_required' }]);
    const { instrument: _i, ...noInstrument } = hcmcPatch;
    expect(issues(() => deriveRuleSet(base, noInstrument as RuleSetPatch))).toEqual([{ path: ['instrument'], code: 'citation_required' }]);
    expect(issues(() => deriveRuleSet(base, { ...hcmcPatch, citation: { ...citation, confidence: 'D' } } as unknown as RuleSetPatch))[0]!.path).toEqual([
      'citation',
      'confidence',
    ]);
  });

  it('its id must be new', () => {
    expect(issues(() => deriveRuleSet(base, { ...hcmcPatch, id: 'vn-2022-2025' }))).toEqual([{ path: ['id'], code: 'duplicate_rule_set_id' }]);
    expect(issues(() => deriveRuleSet(base, { ...hcmcPatch, id: 'vn-2016-2020' }))).toEqual([{ path: ['id'], code: 'duplicate_rule_set_id' }]);
    expect(issues(() => deriveRuleSet(base, { ...hcmcPatch, id: 'Has Spaces' }))[0]!.path).toEqual(['id']);
  });

  it('unsound data is refused with every problem', () => {
    const descending = issues(() =>
      deriveRuleSet(base, {
        ...hcmcPatch,
        incomeLines: [
          { id: 'poverty', amounts: { rural: '3000000', urban: '2500000' } },
          { id: 'average-ceiling', amounts: { rural: '2000000', urban: '3750000' } },
        ],
        categoryRules: undefined,
      }),
    );
    expect(descending.every((issue) => issue.code === 'unsound_rule_set')).toBe(true);
    expect(descending.length).toBeGreaterThan(0);
    // A new line without its name in the catalogues.
    expect(
      issues(() =>
        deriveRuleSet(base, {
          ...hcmcPatch,
          incomeLines: [{ id: 'local', amounts: { rural: '1', urban: '1' } }],
          categoryRules: [{ category: 'above-average', income: {} }],
          messages: undefined,
        }),
      ).map((i) => i.code),
    ).toContain('unsound_rule_set');
    expect(issues(() => deriveRuleSet(base, { ...hcmcPatch, removeIndicators: ['nope'] }))).toEqual([
      { path: ['removeIndicators', 0], code: 'unknown_indicator' },
    ]);
    expect(issues(() => deriveRuleSet({ ...base } as typeof base, hcmcPatch))).toEqual([{ path: ['base'], code: 'unknown_rule_set' }]);
  });

  it('an added indicator needs its messages in both locales', () => {
    const added = hcmcPatch.addIndicators![0]!;
    const { en: _en, ...onlyVi } = added.messages;
    expect(issues(() => deriveRuleSet(base, { ...hcmcPatch, addIndicators: [{ ...added, messages: onlyVi } as unknown as typeof added] }))[0]!.path).toEqual([
      'addIndicators',
      0,
      'messages',
      'en',
    ]);
  });
});
