/**
 * The vn-2016-2020 rule set (Decision 59/2015/QĐ-TTg): data soundness, citations, the income
 * lines at their boundaries, the two-branch poor rule, and every indicator from facts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, explain, getRuleSet, ValidationError } from '../src/index.js';
import type { Citation, MemberInput } from '../src/index.js';
import { compile } from '../src/engine/compile.js';
import { checkRuleSetData, requiredMessageKeys } from '../src/rules/define.js';
import { retirementMonths } from '../src/engine/conditions.js';
import { fingerprint } from '../src/rules/fingerprint.js';
import { VN_2016_2020_DATA } from '../src/rules/vn-2016-2020/data.js';
import { INDICATOR_IDS as SHARED_IDS_2022, INDICATOR_IDS_2016 as SHARED_IDS_2016 } from '../examples/fixtures.mjs';

const ID = 'vn-2016-2020';
const ruleSet = getRuleSet(ID);
const INDICATORS = [
  'health-access',
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
type Id = (typeof INDICATORS)[number];

/** Answers: the first `deprived` indicators true, the next `unknown` null, the rest false. */
function answers(deprived: number, unknown = 0): Record<Id, boolean | null> {
  const out = {} as Record<Id, boolean | null>;
  INDICATORS.forEach((id, index) => {
    out[id] = index < deprived ? true : index < deprived + unknown ? null : false;
  });
  return out;
}
const run = (household: unknown, date = '2019-09-01') => classify(household, { ruleSet: ID, date });
const at = (area: 'rural' | 'urban', income: string | number, deprived = 0, unknown = 0) =>
  run({ area, size: 1, income: { perCapitaMonthly: income }, deprivations: answers(deprived, unknown) });
const status = (household: unknown, id: Id, date?: string) => run(household, date).indicators.find((indicator) => indicator.id === id)!;
const members = (list: MemberInput[]) => ({ area: 'rural', members: list, income: { perCapitaMonthly: 2000000 } });
const dwelling = (facts: Record<string, unknown>, size = 4) => ({ area: 'rural', size, income: { perCapitaMonthly: 2000000 }, dwelling: facts });

describe('identity, period and soundness', () => {
  it('is superseded, effective 2016-01-01 to 2021-12-31, with cited period', () => {
    expect(ruleSet.id).toBe(ID);
    expect(ruleSet.status).toBe('superseded');
    expect(ruleSet.effective.from).toBe('2016-01-01');
    expect(ruleSet.effective.to).toBe('2021-12-31');
    expect(ruleSet.effective.citations?.map((c) => c.instrument.id)).toEqual(['decision-59-2015', 'decree-07-2021']);
    expect(ruleSet.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(ruleSet.incomePeriod).toBe('month');
    expect(ruleSet.instruments[0]!.id).toBe('decision-59-2015');
  });

  it('is sound, deeply frozen, and its fingerprint is the SHA-256 of its data', () => {
    expect(checkRuleSetData(ruleSet, ruleSet.messages)).toEqual([]);
    expect(Object.isFrozen(ruleSet)).toBe(true);
    expect(Object.isFrozen(ruleSet.indicators[0]!.test)).toBe(true);
    const { fingerprint: print, messages: _messages, ...data } = ruleSet;
    expect(print).toBe(fingerprint(data));
    expect(print).toBe(fingerprint(VN_2016_2020_DATA));
  });

  it('has complete message catalogues in both locales', () => {
    for (const key of requiredMessageKeys(ruleSet)) {
      expect(ruleSet.messages.vi[key], `vi ${key}`).toBeTruthy();
      expect(ruleSet.messages.en[key], `en ${key}`).toBeTruthy();
    }
  });

  it('cites every element with a bilingual paraphrase; indicator thresholds are confidence C, cited as the implementing guidance with a note', () => {
    const citations: Citation[] = [
      ...ruleSet.incomeLines.map((l) => l.citation),
      ...ruleSet.categoryRules.map((r) => r.citation),
      ruleSet.deprivationCut.citation,
      ruleSet.workingAge.citation,
      ...ruleSet.dimensions.map((d) => d.citation),
      ...ruleSet.indicators.map((i) => i.citation),
    ];
    for (const citation of citations) {
      expect(citation.paraphrase.vi.length).toBeGreaterThan(5);
      expect(citation.paraphrase.en.length).toBeGreaterThan(5);
      expect(['A', 'B', 'C']).toContain(citation.confidence);
    }
    for (const indicator of ruleSet.indicators) {
      expect(indicator.citation.confidence).toBe('C');
      // Art. 1 cl. 2 pt. b only names the indicators: the thresholds are the guidance's wording.
      expect(indicator.citation.note?.en).toMatch(/only names the ten indicators.*implementing guidance.*checked word for word/);
      expect(indicator.citation.instrument.id).toBe('review-guidance-2016-2020');
      expect(indicator.citation.article).toBeUndefined();
      expect(indicator.citation.sources).toEqual([]);
    }
    expect(ruleSet.indicators.map((i) => i.id)).toEqual([...INDICATORS]);
  });
});

describe('income lines at their boundaries', () => {
  const table = [
    ['[rule:vn-2016-2020/incomeLine/poverty]', 'poverty', 'rural', '700000'],
    ['[rule:vn-2016-2020/incomeLine/poverty]', 'poverty', 'urban', '900000'],
    ['[rule:vn-2016-2020/incomeLine/near-poverty]', 'near-poverty', 'rural', '1000000'],
    ['[rule:vn-2016-2020/incomeLine/near-poverty]', 'near-poverty', 'urban', '1300000'],
    ['[rule:vn-2016-2020/incomeLine/average-ceiling]', 'average-ceiling', 'rural', '1500000'],
    ['[rule:vn-2016-2020/incomeLine/average-ceiling]', 'average-ceiling', 'urban', '1950000'],
  ] as const;
  for (const [lineTag, line, area, amount] of table) {
    it(`${lineTag} ${area} ${amount}: at or below at the line and 1 đồng / 0.01 below, above at 0.01 / 1 đồng above`, () => {
      const n = Number(amount);
      const outcome = (income: string) => run({ area, size: 1, income: { perCapitaMonthly: income } }).income.comparisons.find((c) => c.line === line)!;
      expect(outcome(amount)).toMatchObject({ outcome: 'at-or-below', amount });
      expect(outcome(String(n - 1)).outcome).toBe('at-or-below');
      expect(outcome(`${n - 1}.99`).outcome).toBe('at-or-below');
      expect(outcome(`${amount}.01`).outcome).toBe('above');
      expect(outcome(String(n + 1)).outcome).toBe('above');
      expect(outcome(amount).citation.instrument.id).toBe('decision-59-2015');
    });
  }
});

describe('categories: the two-branch poor rule', () => {
  it(`[rule:vn-2016-2020/categoryRule/0-poor] at or below the poverty line is poor whatever the deprivations (0, or all unknown)`, () => {
    for (const [area, line] of [
      ['rural', 700000],
      ['urban', 900000],
    ] as const) {
      expect(at(area, line).category).toBe('poor');
      expect(at(area, line, 0, 10).category).toBe('poor');
      expect(at(area, line).rule?.citation.paraphrase.en).toMatch(/first branch/);
      expect(at(area, line + 1).category).not.toBe('poor');
    }
  });

  it(`[rule:vn-2016-2020/categoryRule/1-poor] [rule:vn-2016-2020/deprivationCut/cut] between the lines with 3 or more deprivations is poor (second branch)`, () => {
    expect(at('rural', 700001, 3).category).toBe('poor');
    expect(at('rural', 1000000, 3).category).toBe('poor');
    expect(at('urban', 900000.01, 10).category).toBe('poor');
    expect(at('urban', 1300000, 3).rule?.citation.paraphrase.en).toMatch(/second branch/);
    expect(at('rural', 1000001, 3).category).toBe('average');
  });

  it(`[rule:vn-2016-2020/categoryRule/2-near-poor] [rule:vn-2016-2020/deprivationCut/cut] between the lines with at most 2 deprivations is near-poor`, () => {
    expect(at('rural', 700001, 2).category).toBe('near-poor');
    expect(at('rural', 1000000, 0).category).toBe('near-poor');
    expect(at('urban', 1300000, 2).category).toBe('near-poor');
    expect(at('urban', 900001, 2, 1)).toMatchObject({ category: 'undetermined', possibleCategories: ['poor', 'near-poor'], rule: null });
  });

  it(`[rule:vn-2016-2020/categoryRule/3-average] above the near-poverty line up to the ceiling is average, deprivations not considered`, () => {
    expect(at('rural', 1000001, 10).category).toBe('average');
    expect(at('rural', 1500000, 0, 10).category).toBe('average');
    expect(at('urban', 1950000).category).toBe('average');
    expect(at('urban', '1300000.01').category).toBe('average');
  });

  it(`[rule:vn-2016-2020/categoryRule/4-above-average] above the ceiling is none of the categories`, () => {
    expect(at('rural', 1500001, 10).category).toBe('above-average');
    expect(at('urban', '1950000.01').category).toBe('above-average');
    expect(at('urban', 1950000).category).toBe('average');
  });

  it('[rule:vn-2016-2020/categoryRule/0-poor] [rule:vn-2016-2020/categoryRule/1-poor] [rule:vn-2016-2020/categoryRule/2-near-poor] [rule:vn-2016-2020/categoryRule/3-average] [rule:vn-2016-2020/categoryRule/4-above-average] agrees with Decision 59/2015 Art. 2 written out directly, for random incomes (in cents) and answers', () => {
    const lines = { rural: [70000000n, 100000000n, 150000000n], urban: [90000000n, 130000000n, 195000000n] };
    fc.assert(
      fc.property(
        fc.constantFrom('rural' as const, 'urban' as const),
        fc.bigInt({ min: 0n, max: 250000000n }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (area, cents, deprived, unknownRaw) => {
          const unknown = Math.min(unknownRaw, 10 - deprived);
          const [poverty, nearPoverty, ceiling] = lines[area];
          const income = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
          const result = at(area, income, deprived, unknown);
          let expected: string[];
          if (cents <= poverty!) expected = ['poor'];
          else if (cents <= nearPoverty!) expected = deprived >= 3 ? ['poor'] : deprived + unknown >= 3 ? ['poor', 'near-poor'] : ['near-poor'];
          else if (cents <= ceiling!) expected = ['average'];
          else expected = ['above-average'];
          expect(result.possibleCategories).toEqual(expected);
          expect(result.category).toBe(expected.length === 1 ? expected[0] : 'undetermined');
        },
      ),
      { numRuns: 300 },
    );
  });

  it(`[rule:vn-2016-2020/deprivationCut/cut] the cut is 3 of 10`, () => {
    expect(ruleSet.deprivationCut.atLeast).toBe(3);
    expect(at('rural', 800000, 2).category).toBe('near-poor');
    expect(at('rural', 800000, 3).category).toBe('poor');
    expect(at('rural', 800000, 2).deprivationCut).toBe(3);
  });
});

describe('working age and dimensions', () => {
  it(`[rule:vn-2016-2020/workingAge/retirement] retirement age 60/55 until 2020, 60y3m/55y4m in 2021`, () => {
    const { male, female } = ruleSet.workingAge.retirement;
    expect(retirementMonths(male, 2016)).toBe(720);
    expect(retirementMonths(female, 2016)).toBe(660);
    expect(retirementMonths(male, 2020)).toBe(720);
    expect(retirementMonths(male, 2021)).toBe(723);
    expect(retirementMonths(female, 2021)).toBe(664);
    expect(ruleSet.workingAge.minAge).toBe(15);
    expect(compile(ruleSet).ageContextFor(2021).male).toEqual([723, 723]);
  });

  const byDimension: [string, string, string[]][] = [
    ['[rule:vn-2016-2020/dimension/health]', 'health', ['health-access', 'health-insurance']],
    ['[rule:vn-2016-2020/dimension/education]', 'education', ['adult-education', 'school-attendance']],
    ['[rule:vn-2016-2020/dimension/housing]', 'housing', ['housing-quality', 'housing-area']],
    ['[rule:vn-2016-2020/dimension/water-sanitation]', 'water-sanitation', ['water', 'sanitation']],
    ['[rule:vn-2016-2020/dimension/information]', 'information', ['telecom', 'information-access']],
  ];
  for (const [dimensionTag, dimension, ids] of byDimension) {
    it(`${dimensionTag} groups ${ids.join(' and ')}`, () => {
      expect(ruleSet.dimensions.map((d) => d.id)).toContain(dimension);
      expect(ruleSet.indicators.filter((i) => i.dimension === dimension).map((i) => i.id)).toEqual(ids);
      const result = run({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 } });
      for (const id of ids) expect(result.indicators.find((i) => i.id === id)!.dimension).toBe(dimension);
    });
  }
});

describe('indicators from facts', () => {
  it(`[rule:vn-2016-2020/indicator/health-access] a member ill without treatment is deprived; unknown stays unknown`, () => {
    expect(status(members([{ untreatedIllness: true }, { untreatedIllness: false }]), 'health-access').status).toBe('deprived');
    expect(status(members([{ untreatedIllness: false }, { untreatedIllness: false }]), 'health-access').status).toBe('not-deprived');
    expect(status(members([{ untreatedIllness: false }, {}]), 'health-access').status).toBe('unknown');
  });

  it(`[rule:vn-2016-2020/indicator/health-insurance] a member aged 6+ uninsured (5 years old does not count)`, () => {
    expect(status(members([{ age: 6, healthInsurance: false }]), 'health-insurance').status).toBe('deprived');
    expect(status(members([{ age: 5, healthInsurance: false }]), 'health-insurance').status).toBe('not-deprived');
    expect(status(members([{ age: 40, healthInsurance: true }]), 'health-insurance').status).toBe('not-deprived');
    expect(status(members([{ healthInsurance: false }]), 'health-insurance').status).toBe('unknown');
  });

  describe(`[rule:vn-2016-2020/indicator/adult-education] aged 15+, born 1986 or later, no lower-secondary, not in school`, () => {
    const person = (extra: MemberInput): MemberInput => ({ age: 20, inEducationOrTraining: false, educationLevel: 'primary', ...extra });
    it(`[rule:vn-2016-2020/indicator/adult-education] deprived / not deprived by each condition`, () => {
      expect(status(members([person({})]), 'adult-education').status).toBe('deprived');
      expect(status(members([person({ educationLevel: 'lower-secondary' })]), 'adult-education').status).toBe('not-deprived');
      expect(status(members([person({ inEducationOrTraining: true })]), 'adult-education').status).toBe('not-deprived');
      expect(status(members([person({ age: 14 })]), 'adult-education').status).toBe('not-deprived');
      expect(status(members([person({ age: 15 })]), 'adult-education').status).toBe('deprived');
      expect(status(members([person({ educationLevel: 'none' })]), 'adult-education').status).toBe('deprived');
    });

    it(`[rule:vn-2016-2020/indicator/adult-education] birth year: 1986 counts, 1985 does not; given birthYear wins over age`, () => {
      expect(status(members([person({ age: 33, birthYear: 1986 })]), 'adult-education').status).toBe('deprived');
      expect(status(members([person({ age: 34, birthYear: 1985 })]), 'adult-education').status).toBe('not-deprived');
    });

    it(`[rule:vn-2016-2020/indicator/adult-education] birth year inferred from age and review year, unknown when ambiguous`, () => {
      // Review in 2019: age 32 → born 1986 or 1987 (counts); age 33 → 1985 or 1986 (unknown); age 34 → 1984/1985 (no).
      expect(status(members([person({ age: 32 })]), 'adult-education', '2019-09-01').status).toBe('deprived');
      expect(status(members([person({ age: 33 })]), 'adult-education', '2019-09-01').status).toBe('unknown');
      expect(status(members([person({ age: 34 })]), 'adult-education', '2019-09-01').status).toBe('not-deprived');
      // Without a date, any review year 2016–2021 is possible: born (2016 − age − 1) … (2021 − age).
      // age 29 → 1986..1992 (counts); 30 → 1985..1991 (unknown); 35 → 1980..1986 (unknown); 36 → 1979..1985 (no).
      const noDate = (age: number) => classify(members([person({ age })]), { ruleSet: ID }).indicators.find((i) => i.id === 'adult-education')!.status;
      expect(noDate(29)).toBe('deprived');
      expect(noDate(30)).toBe('unknown');
      expect(noDate(35)).toBe('unknown');
      expect(noDate(36)).toBe('not-deprived');
    });
  });

  it(`[rule:vn-2016-2020/indicator/school-attendance] a child aged 5–14 not in school (4 and 15 do not count)`, () => {
    const child = (age: number, schoolAttendance: 'not-attending' | 'below-level' | 'appropriate-level') => members([{ age, schoolAttendance }]);
    expect(status(child(5, 'not-attending'), 'school-attendance').status).toBe('deprived');
    expect(status(child(14, 'not-attending'), 'school-attendance').status).toBe('deprived');
    expect(status(child(4, 'not-attending'), 'school-attendance').status).toBe('not-deprived');
    expect(status(child(15, 'not-attending'), 'school-attendance').status).toBe('not-deprived');
    expect(status(child(10, 'below-level'), 'school-attendance').status).toBe('not-deprived');
    expect(status(members([{ age: 10 }]), 'school-attendance').status).toBe('unknown');
  });

  it(`[rule:vn-2016-2020/indicator/housing-quality] less-permanent or simple dwelling`, () => {
    expect(status(dwelling({ durability: 'less-permanent' }), 'housing-quality').status).toBe('deprived');
    expect(status(dwelling({ durability: 'simple' }), 'housing-quality').status).toBe('deprived');
    expect(status(dwelling({ durability: 'semi-permanent' }), 'housing-quality').status).toBe('not-deprived');
    expect(status(dwelling({}), 'housing-quality').status).toBe('unknown');
  });

  it(`[rule:vn-2016-2020/indicator/housing-area] below 8 m² per member (8 exactly is not deprived)`, () => {
    expect(status(dwelling({ floorArea: '32' }), 'housing-area').status).toBe('not-deprived');
    expect(status(dwelling({ floorArea: '31.99' }), 'housing-area').status).toBe('deprived');
    expect(status(dwelling({ floorArea: '31.99' }), 'housing-area').evidence).toMatchObject({ value: '7.9975', threshold: '8' });
    expect(status(dwelling({ floorArea: '32.01' }), 'housing-area').status).toBe('not-deprived');
  });

  it(`[rule:vn-2016-2020/indicator/water] no hygienic water source (the 2016–2020 fact hygienicWater, not safeWater)`, () => {
    expect(status(dwelling({ hygienicWater: false }), 'water').status).toBe('deprived');
    expect(status(dwelling({ hygienicWater: true }), 'water').status).toBe('not-deprived');
    expect(status(dwelling({ safeWater: false }), 'water').status).toBe('unknown');
  });

  it(`[rule:vn-2016-2020/indicator/sanitation] no hygienic latrine`, () => {
    expect(status(dwelling({ hygienicLatrine: false }), 'sanitation').status).toBe('deprived');
    expect(status(dwelling({ hygienicLatrine: true }), 'sanitation').status).toBe('not-deprived');
    expect(status(dwelling({}), 'sanitation').status).toBe('unknown');
  });

  it(`[rule:vn-2016-2020/indicator/telecom] no member with a phone subscription or internet`, () => {
    expect(
      status(
        members([
          { phoneSubscription: false, usesInternet: false },
          { phoneSubscription: false, usesInternet: false },
        ]),
        'telecom',
      ).status,
    ).toBe('deprived');
    expect(status(members([{ phoneSubscription: true }, {}]), 'telecom').status).toBe('not-deprived');
    expect(status(members([{ phoneSubscription: false, usesInternet: true }]), 'telecom').status).toBe('not-deprived');
    expect(status(members([{ phoneSubscription: false }]), 'telecom').status).toBe('unknown');
  });

  it(`[rule:vn-2016-2020/indicator/information-access] none of TV, radio, computer and no loudspeaker (a smartphone does not count here)`, () => {
    expect(status(dwelling({ informationMeans: [], hearsLoudspeaker: false }), 'information-access').status).toBe('deprived');
    expect(status(dwelling({ informationMeans: ['smartphone'], hearsLoudspeaker: false }), 'information-access').status).toBe('deprived');
    expect(status(dwelling({ informationMeans: ['radio'], hearsLoudspeaker: false }), 'information-access').status).toBe('not-deprived');
    expect(status(dwelling({ informationMeans: [], hearsLoudspeaker: true }), 'information-access').status).toBe('not-deprived');
    expect(status(dwelling({ informationMeans: [] }), 'information-access').status).toBe('unknown');
  });

  it('an answer wins over facts; an id of another standard is refused', () => {
    const household = { ...members([{ untreatedIllness: true }]), deprivations: { 'health-access': false } };
    expect(status(household, 'health-access')).toMatchObject({ status: 'not-deprived', source: 'answer' });
    expect(() => run({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 }, deprivations: { employment: true } })).toThrow(ValidationError);
  });
});

describe('explanations', () => {
  it('renders in both locales with the 2016–2020 names and no leftover placeholders', () => {
    const result = run({
      area: 'rural',
      members: [
        {
          age: 20,
          inEducationOrTraining: false,
          educationLevel: 'primary',
          untreatedIllness: true,
          healthInsurance: false,
          phoneSubscription: false,
          usesInternet: false,
        },
      ],
      income: { perCapitaMonthly: 800000 },
      dwelling: { durability: 'simple', floorArea: 5, hygienicWater: false, hygienicLatrine: true, informationMeans: [], hearsLoudspeaker: true },
    });
    expect(result.category).toBe('poor');
    const en = explain(result, { locale: 'en' });
    const vi = explain(result);
    expect(en).toMatch(/Multidimensional poverty standard 2016–2020/);
    expect(en).toMatch(/Access to health services — deprived/);
    expect(vi).toMatch(/Tiếp cận các dịch vụ y tế — thiếu hụt/);
    expect(en).toMatch(/above the poverty line \(VND 700,000, rural\); at or below the near-poverty line/);
    expect(en).not.toMatch(/\{[\w:.-]+\}/);
    expect(vi).not.toMatch(/\{[\w:.-]+\}/);
    expect(result.lowIncomeWorker).toBeUndefined();
  });
});

describe('the shared household fixtures (examples/fixtures.mjs) name the rule sets’ indicators', () => {
  it('INDICATOR_IDS are the vn-2022-2025 indicators and INDICATOR_IDS_2016 the vn-2016-2020 ones, in order', () => {
    expect([...SHARED_IDS_2022]).toEqual(getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id));
    expect([...SHARED_IDS_2016]).toEqual(getRuleSet('vn-2016-2020').indicators.map((indicator) => indicator.id));
  });
});
