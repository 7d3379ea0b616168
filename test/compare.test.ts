/**
 * compareStandards: one household under several standards, the transition in the review's
 * words (Decision 24/2021/QĐ-TTg), indicators matched by id, and how answers are shared.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, compareStandards, getRuleSet, LIMITS, transitionBetween, ValidationError } from '../src/index.js';
import type { Category, Classification, TransitionKind } from '../src/index.js';
import { answersFor, issueCodes, validationIssues } from './helpers/households.js';

const IDS_2016 = [
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
];
const IDS_2022 = [
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
  'telecom',
  'information-access',
];

const answers = answersFor;

const issues = issueCodes;

/** A rural household with the given category under a standard. */
function resultFor(ruleSet: 'vn-2016-2020' | 'vn-2022-2025', category: Category): Classification {
  const ids = ruleSet === 'vn-2016-2020' ? IDS_2016 : IDS_2022;
  const setup: Record<Category, [number, number]> =
    ruleSet === 'vn-2016-2020'
      ? { poor: [600000, 0], 'near-poor': [800000, 0], average: [1200000, 0], 'above-average': [1600000, 0] }
      : { poor: [1000000, 3], 'near-poor': [1000000, 0], average: [2000000, 0], 'above-average': [3000000, 0] };
  const [income, deprived] = setup[category];
  const result = classify({ area: 'rural', size: 1, income: { perCapitaMonthly: income }, deprivations: answers(ids, deprived) }, { ruleSet });
  expect(result.category).toBe(category);
  return result;
}

describe('transitions in the review words', () => {
  const table: [Category, Category, TransitionKind, string][] = [
    ['poor', 'poor', 'remained-poor', 'vẫn là hộ nghèo'],
    ['poor', 'near-poor', 'poor-to-near-poor', 'thoát nghèo, trở thành hộ cận nghèo'],
    ['poor', 'average', 'escaped-poverty', 'thoát nghèo'],
    ['poor', 'above-average', 'escaped-poverty', 'thoát nghèo'],
    ['near-poor', 'poor', 'near-poor-to-poor', 'hộ nghèo từ hộ cận nghèo'],
    ['near-poor', 'near-poor', 'remained-near-poor', 'vẫn là hộ cận nghèo'],
    ['near-poor', 'average', 'escaped-near-poverty', 'thoát cận nghèo'],
    ['near-poor', 'above-average', 'escaped-near-poverty', 'thoát cận nghèo'],
    ['average', 'poor', 'newly-poor', 'hộ nghèo phát sinh mới'],
    ['above-average', 'poor', 'newly-poor', 'hộ nghèo phát sinh mới'],
    ['average', 'near-poor', 'newly-near-poor', 'hộ cận nghèo phát sinh mới'],
    ['above-average', 'near-poor', 'newly-near-poor', 'hộ cận nghèo phát sinh mới'],
    ['average', 'average', 'neither-poor-nor-near-poor', 'không thuộc diện nghèo, cận nghèo theo cả hai chuẩn'],
    ['average', 'above-average', 'neither-poor-nor-near-poor', 'không thuộc diện nghèo, cận nghèo theo cả hai chuẩn'],
    ['above-average', 'average', 'neither-poor-nor-near-poor', 'không thuộc diện nghèo, cận nghèo theo cả hai chuẩn'],
    ['above-average', 'above-average', 'neither-poor-nor-near-poor', 'không thuộc diện nghèo, cận nghèo theo cả hai chuẩn'],
  ];
  for (const [from, to, kind, vi] of table) {
    it(`${from} → ${to} is ${kind}`, () => {
      const transition = transitionBetween(resultFor('vn-2016-2020', from), resultFor('vn-2022-2025', to));
      expect(transition).toMatchObject({ from: 'vn-2016-2020', to: 'vn-2022-2025', kind, possibleKinds: [kind] });
      expect(transition.words.vi).toBe(vi);
      expect(transition.citation.instrument.id).toBe('decision-24-2021');
    });
  }

  it('an undetermined result gives undetermined with every possible transition', () => {
    const before = classify(
      { area: 'rural', size: 1, income: { perCapitaMonthly: 800000 }, deprivations: answers(IDS_2016, 2, 1) },
      { ruleSet: 'vn-2016-2020' },
    );
    expect(before.possibleCategories).toEqual(['poor', 'near-poor']);
    const transition = transitionBetween(before, resultFor('vn-2022-2025', 'average'));
    expect(transition.kind).toBe('undetermined');
    expect(transition.possibleKinds).toEqual(['escaped-poverty', 'escaped-near-poverty']);
    expect(transition.words.en).toMatch(/undetermined/);
  });
});

describe('compareStandards', () => {
  it('one result per standard, the transition, and the example from the docs', () => {
    const comparison = compareStandards(
      { area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 }, deprivations: { 'health-insurance': true, water: true, sanitation: true } },
      ['vn-2016-2020', 'vn-2022-2025'],
    );
    expect(comparison.results.map((r) => [r.ruleSetId, r.classification.category])).toEqual([
      ['vn-2016-2020', 'average'],
      ['vn-2022-2025', 'poor'],
    ]);
    expect(comparison.transition).toMatchObject({ kind: 'newly-poor', from: 'vn-2016-2020', to: 'vn-2022-2025' });
    expect(comparison.transitions).toHaveLength(1);
    expect(comparison.results[0]!.classification.ruleSet.id).toBe('vn-2016-2020');
  });

  it('a household poor under 2016–2020 by income alone is near-poor under 2022–2025 with few deprivations', () => {
    const comparison = compareStandards(
      { area: 'urban', size: 2, income: { householdMonthly: 1800000 }, deprivations: { 'health-insurance': false, water: false } },
      ['vn-2016-2020', 'vn-2022-2025'],
      { answers: { 'vn-2022-2025': answers(IDS_2022, 1) } },
    );
    expect(comparison.results.map((r) => r.classification.category)).toEqual(['poor', 'near-poor']);
    expect(comparison.transition.kind).toBe('poor-to-near-poor');
  });

  it('shared answers apply where the id exists and are listed as ignored elsewhere; unknown ids are refused', () => {
    const comparison = compareStandards(
      { area: 'rural', size: 1, income: { perCapitaMonthly: 900000 }, deprivations: { 'health-access': true, employment: true, water: true } },
      ['vn-2016-2020', 'vn-2022-2025'],
    );
    const [old, now] = comparison.results;
    expect(old!.ignoredAnswers).toEqual(['employment']);
    expect(now!.ignoredAnswers).toEqual(['health-access']);
    expect(old!.classification.indicators.find((i) => i.id === 'health-access')).toMatchObject({ status: 'deprived', source: 'answer' });
    expect(now!.classification.indicators.find((i) => i.id === 'employment')).toMatchObject({ status: 'deprived', source: 'answer' });
    expect(
      issues(() =>
        compareStandards({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 }, deprivations: { foo: true } }, ['vn-2016-2020', 'vn-2022-2025']),
      ),
    ).toEqual([{ path: ['deprivations', 'foo'], code: 'unrecognized_keys' }]);
  });

  it('per-standard answers win over shared ones for that standard only', () => {
    const comparison = compareStandards(
      { area: 'rural', size: 1, income: { perCapitaMonthly: 900000 }, deprivations: { water: true } },
      ['vn-2016-2020', 'vn-2022-2025'],
      { answers: { 'vn-2016-2020': { water: false } } },
    );
    const water = comparison.indicators.find((m) => m.id === 'water')!;
    expect(water.statuses).toEqual({ 'vn-2016-2020': 'not-deprived', 'vn-2022-2025': 'deprived' });
    expect(water).toMatchObject({ inAll: true, differs: true });
  });

  it('per-standard answers alone (the household has none of its own) apply to their standard only', () => {
    const comparison = compareStandards({ area: 'rural', size: 1, income: { perCapitaMonthly: 900000 } }, ['vn-2016-2020', 'vn-2022-2025'], {
      answers: { 'vn-2022-2025': { employment: true, 'health-insurance': true, water: true } },
    });
    const [old, now] = comparison.results;
    expect(now!.classification.category).toBe('poor');
    expect(now!.classification.deprivationCount).toBe(3);
    expect(old!.classification.deprivationCount).toBe(0);
    expect(old!.ignoredAnswers).toEqual([]);
    expect(comparison.indicators.find((m) => m.id === 'water')!.statuses).toEqual({ 'vn-2016-2020': 'unknown', 'vn-2022-2025': 'deprived' });
  });

  it('matches indicators by id: shared ids in both, the others null where absent', () => {
    const comparison = compareStandards({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 }, deprivations: { sanitation: true } }, [
      'vn-2016-2020',
      'vn-2022-2025',
    ]);
    expect(comparison.indicators.map((m) => m.id)).toEqual([...IDS_2016, 'employment', 'dependants', 'nutrition']);
    expect(comparison.indicators.find((m) => m.id === 'health-access')).toMatchObject({
      statuses: { 'vn-2016-2020': 'unknown', 'vn-2022-2025': null },
      inAll: false,
      differs: false,
    });
    expect(comparison.indicators.find((m) => m.id === 'employment')!.statuses['vn-2016-2020']).toBeNull();
    expect(comparison.indicators.find((m) => m.id === 'sanitation')).toMatchObject({
      statuses: { 'vn-2016-2020': 'deprived', 'vn-2022-2025': 'deprived' },
      inAll: true,
      differs: false,
    });
  });

  it('three standards: consecutive transitions and first → last; the provisional one needs the opt-in', () => {
    const household = {
      area: 'rural',
      size: 1,
      income: { perCapitaMonthly: 2100000 },
      deprivations: { 'health-insurance': true, water: true, sanitation: true },
    };
    expect(issues(() => compareStandards(household, ['vn-2016-2020', 'vn-2022-2025', 'vn-2027-2030']))).toEqual([
      { path: ['ruleSet'], code: 'provisional_rule_set' },
    ]);
    const comparison = compareStandards(household, ['vn-2016-2020', 'vn-2022-2025', 'vn-2027-2030'], { allowProvisional: true });
    expect(comparison.results.map((r) => r.classification.category)).toEqual(['above-average', 'average', 'poor']);
    expect(comparison.transitions.map((t) => t.kind)).toEqual(['neither-poor-nor-near-poor', 'newly-poor']);
    expect(comparison.transition).toMatchObject({ from: 'vn-2016-2020', to: 'vn-2027-2030', kind: 'newly-poor' });
  });

  it('per-standard dates select the working-age year and must fall in each period', () => {
    const household = { area: 'rural', size: 1, income: { perCapitaMonthly: 1 } };
    const comparison = compareStandards(household, ['vn-2016-2020', 'vn-2022-2025'], { dates: { 'vn-2016-2020': '2021-10-01', 'vn-2022-2025': '2022-10-01' } });
    expect(comparison.results.map((r) => r.classification.date)).toEqual(['2021-10-01', '2022-10-01']);
    expect(issues(() => compareStandards(household, ['vn-2016-2020', 'vn-2022-2025'], { dates: { 'vn-2016-2020': '2022-10-01' } }))).toEqual([
      { path: ['date'], code: 'date_outside_rule_set' },
    ]);
  });

  it('refuses fewer than two standards and unknown ids; does not change the input', () => {
    const household = { area: 'rural', size: 1, income: { perCapitaMonthly: 1 }, deprivations: { water: true, 'health-access': true } };
    const copy = JSON.parse(JSON.stringify(household));
    expect(issues(() => compareStandards(household, ['vn-2022-2025']))).toEqual([{ path: ['standards'], code: 'too_few_standards' }]);
    expect(issues(() => compareStandards(household, ['vn-2022-2025', 'vn-1999']))).toEqual([{ path: ['standards', 1], code: 'unknown_rule_set' }]);
    compareStandards(household, ['vn-2016-2020', 'vn-2022-2025']);
    expect(household).toEqual(copy);
  });

  it('invalid households are reported as by classify', () => {
    expect(issues(() => compareStandards({ area: 'north', size: 1, income: { perCapitaMonthly: 1 } }, ['vn-2016-2020', 'vn-2022-2025']))[0]!.path).toEqual([
      'area',
    ]);
  });
});

describe('compareStandards: bounds and only ValidationError (issue 15)', () => {
  const household = { area: 'rural', size: 1, income: { perCapitaMonthly: 650000 } };
  const ids = ['vn-2016-2020', 'vn-2022-2025'];

  it('a hole in the list of standards is refused at its index, not a TypeError', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(issues(() => compareStandards(household, [, 'vn-2022-2025'] as unknown as string[]))).toEqual([
      { path: ['standards', 0], code: 'unknown_rule_set' },
    ]);
    expect(issues(() => compareStandards(household, [null, getRuleSet('vn-2022-2025')] as unknown as string[]))).toEqual([
      { path: ['standards', 0], code: 'unknown_rule_set' },
    ]);
    expect(issues(() => compareStandards(household, [Object.freeze({ ...getRuleSet('vn-2016-2020') }), 'vn-2022-2025'] as never))).toEqual([
      { path: ['standards', 0], code: 'unknown_rule_set' },
    ]);
  });

  it('options that are null or malformed are refused under options', () => {
    expect(issues(() => compareStandards(household, ids, null as never))).toEqual([{ path: ['options'], code: 'invalid_options' }]);
    expect(issues(() => compareStandards(household, ids, { answers: { 'vn-2022-2025': { water: 'yes' } } } as never))).toEqual([
      { path: ['options', 'answers', 'vn-2022-2025', 'water'], code: 'invalid_type' },
    ]);
    expect(issues(() => compareStandards(household, ids, { allowProvisonal: true } as never))).toEqual([
      { path: ['options', 'allowProvisonal'], code: 'unrecognized_keys' },
    ]);
  });

  it('a list of standards or options that cannot be read (a proxy, a throwing getter) is unreadable_input at its path', () => {
    const list = new Proxy(['vn-2016-2020', 'vn-2022-2025'], {
      get: (target, key) =>
        key === 'length'
          ? target.length
          : (() => {
              throw new Error('no');
            })(),
    });
    expect(validationIssues(() => compareStandards(household, list))).toEqual([
      { path: ['standards'], code: 'unreadable_input', message: 'the list of standards could not be read' },
    ]);
    const options = Object.defineProperty({}, 'answers', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(validationIssues(() => compareStandards(household, ids, options))).toEqual([
      { path: ['options'], code: 'unreadable_input', message: 'could not be read as JSON data (boom)' },
    ]);
  });

  it(`${LIMITS.standards} standards are compared; ${LIMITS.standards + 1} and 100,000 are refused before any is resolved`, () => {
    const eight = Array.from({ length: LIMITS.standards }, (_, i) => ids[i % 2]!);
    expect(compareStandards(household, eight).results).toHaveLength(8);
    expect(issues(() => compareStandards(household, [...eight, 'vn-2022-2025']))).toEqual([{ path: ['standards'], code: 'too_big' }]);
    expect(
      issues(() =>
        compareStandards(
          household,
          Array.from({ length: 100_000 }, () => 'vn-2022-2025'),
        ),
      ),
    ).toEqual([{ path: ['standards'], code: 'too_big' }]);
  });

  it('the household is read once: a getter that changes between reads cannot give the two standards different answers', () => {
    let reads = 0;
    const shifty = { area: 'rural', size: 1 } as Record<string, unknown>;
    Object.defineProperty(shifty, 'income', { enumerable: true, get: () => ({ perCapitaMonthly: reads++ === 0 ? 650000 : 5000000 }) });
    const comparison = compareStandards(shifty, ids);
    expect(comparison.results.map((result) => result.classification.income.given)).toEqual(['650000', '650000']);
    const throwing = { area: 'rural', size: 1 } as Record<string, unknown>;
    Object.defineProperty(throwing, 'income', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(issues(() => compareStandards(throwing, ids))).toEqual([{ path: [], code: 'unreadable_input' }]);
  });

  it('never throws anything but ValidationError, whatever the arguments', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.oneof(fc.anything(), fc.array(fc.oneof(fc.constantFrom(...ids), fc.anything()), { maxLength: 10 })),
        fc.anything(),
        (h, standards, options) => {
          try {
            compareStandards(h, standards as never, options as never);
          } catch (error) {
            expect(error).toBeInstanceOf(ValidationError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
