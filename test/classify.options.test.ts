/**
 * The options of `classify` and `createClassifier`, checked as an auditor would read them: every
 * refusal with its exact code, path and message; the options read once; the review-year check of
 * years of birth; and the cache of prepared classifiers (same options, same prepared classifier;
 * a bounded cache), observed through the internal `preparedFor` the columnar path uses.
 */
import { describe, expect, it } from 'vitest';
import { preparedFor } from '../src/engine/classify.js';
import { classify, createClassifier, deriveRuleSet, getRuleSet, ValidationError, type ClassifyOptions, type HouseholdInput } from '../src/index.js';
import { LOCAL_CITATION, LOCAL_INSTRUMENT } from './helpers/households.js';

const HOUSEHOLD = { area: 'rural', size: 2, income: { householdMonthly: '2000000' } } as const;

/** The error `run` throws (fails the test when it throws none or something else). */
function errorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError, got none');
}

const issuesOf = (run: () => unknown) => errorOf(run).issues.map((issue) => ({ path: [...issue.path], code: issue.code, message: issue.message }));

describe('options that are not an object are refused (invalid_options), by classify and createClassifier alike', () => {
  const message = 'options must be an object such as { ruleSet: "vn-2022-2025", date: "2025-09-01" }';
  for (const [label, options] of [
    ['null', null],
    ['a number', 7],
    ['a string', 'vn-2022-2025'],
    ['an array', ['vn-2022-2025']],
    ['true', true],
  ] as const) {
    it(label, () => {
      const expected = [{ path: [], code: 'invalid_options', message }];
      expect(issuesOf(() => classify(HOUSEHOLD, options as unknown as ClassifyOptions))).toEqual(expected);
      expect(issuesOf(() => createClassifier(options as unknown as ClassifyOptions))).toEqual(expected);
      expect(errorOf(() => classify(HOUSEHOLD, options as unknown as ClassifyOptions)).message).toBe(`Invalid input — (input): ${message}`);
    });
  }

  it('a getter that throws: the error is named, cut to 100 characters; a thrown non-Error is "unknown error"', () => {
    const long = 'x'.repeat(150);
    const throwing = (thrown: unknown): ClassifyOptions =>
      Object.defineProperty({}, 'date', {
        get() {
          throw thrown;
        },
        enumerable: true,
      }) as ClassifyOptions;
    expect(issuesOf(() => classify(HOUSEHOLD, throwing(new Error('no date here'))))).toEqual([
      { path: [], code: 'invalid_options', message: 'the options could not be read (no date here)' },
    ]);
    expect(issuesOf(() => createClassifier(throwing(new Error(long))))[0]!.message).toBe(`the options could not be read (${'x'.repeat(100)})`);
    expect(issuesOf(() => classify(HOUSEHOLD, throwing('a string')))[0]!.message).toBe('the options could not be read (unknown error)');
  });

  it('each option is read once per call (a getter that changes its answer cannot make the check and the use differ)', () => {
    const reads = { ruleSet: 0, date: 0, allowProvisional: 0 };
    const answers = { ruleSet: ['vn-2022-2025', 'vn-2016-2020'], date: ['2025-09-01', 'not a date'], allowProvisional: [false, true] };
    const options = {};
    for (const key of Object.keys(reads) as (keyof typeof reads)[])
      Object.defineProperty(options, key, {
        get: () => answers[key][reads[key]++ % 2],
        enumerable: true,
      });
    const result = classify(HOUSEHOLD, options as ClassifyOptions);
    expect(result.ruleSet.id).toBe('vn-2022-2025');
    expect(reads).toEqual({ ruleSet: 1, date: 1, allowProvisional: 1 });
    // The next call reads each once again, and its answers are the ones checked.
    expect(issuesOf(() => createClassifier(options as ClassifyOptions))[0]!.code).toBe('invalid_date');
    expect(reads).toEqual({ ruleSet: 2, date: 2, allowProvisional: 2 });
  });
});

describe('rule set, date and provisional rule sets', () => {
  it('an invalid date, and a date that is not a string, are refused with the invalid_date message', () => {
    const expected = [{ path: ['date'], code: 'invalid_date', message: 'date must be a calendar date written YYYY-MM-DD, e.g. "2025-09-01"' }];
    for (const date of ['2025-02-29', '2025-9-1', 20250901, {}, null]) {
      expect(issuesOf(() => classify(HOUSEHOLD, { date } as unknown as ClassifyOptions))).toEqual(expected);
      expect(issuesOf(() => classify(HOUSEHOLD, { ruleSet: 'vn-2022-2025', date } as unknown as ClassifyOptions))).toEqual(expected);
    }
  });

  it('a Symbol or an object with a throwing toString as the date or rule set is refused as such, never a TypeError', () => {
    const hostile = {
      toString() {
        throw new TypeError('not text');
      },
    };
    for (const date of [Symbol('d'), hostile])
      expect(issuesOf(() => classify(HOUSEHOLD, { date } as unknown as ClassifyOptions))[0]!.code).toBe('invalid_date');
    const symbolRuleSet = issuesOf(() => classify(HOUSEHOLD, { ruleSet: Symbol('r') } as unknown as ClassifyOptions));
    expect(symbolRuleSet[0]!.path).toEqual(['ruleSet']);
    expect(issuesOf(() => classify(HOUSEHOLD, { ruleSet: null } as unknown as ClassifyOptions))[0]!.path).toEqual(['ruleSet']);
    expect(issuesOf(() => classify(HOUSEHOLD, { ruleSet: 12 } as unknown as ClassifyOptions))[0]!.path).toEqual(['ruleSet']);
  });

  it('without a rule set, the date selects it (2019 → vn-2016-2020, 2024 → vn-2022-2025); without either, vn-2022-2025', () => {
    expect(classify(HOUSEHOLD, { date: '2019-06-30' }).ruleSet.id).toBe('vn-2016-2020');
    expect(classify(HOUSEHOLD, { date: '2024-06-30' }).ruleSet.id).toBe('vn-2022-2025');
    expect(classify(HOUSEHOLD).ruleSet.id).toBe('vn-2022-2025');
    expect(classify(HOUSEHOLD, {}).ruleSet.id).toBe('vn-2022-2025');
    expect(createClassifier().ruleSet.id).toBe('vn-2022-2025');
    expect(createClassifier({ date: '2019-06-30' })).toMatchObject({ date: '2019-06-30', ruleSet: { id: 'vn-2016-2020' } });
    expect(createClassifier({}).date).toBeUndefined();
  });

  it('a date outside the rule set: date_outside_rule_set, with both ends of the period, at the first and last day and one day out', () => {
    expect(classify(HOUSEHOLD, { ruleSet: 'vn-2022-2025', date: '2022-01-01' }).ruleSet.id).toBe('vn-2022-2025');
    expect(classify(HOUSEHOLD, { ruleSet: 'vn-2022-2025', date: '2026-12-31' }).ruleSet.id).toBe('vn-2022-2025');
    expect(issuesOf(() => classify(HOUSEHOLD, { ruleSet: 'vn-2022-2025', date: '2021-12-31' }))).toEqual([
      { path: ['date'], code: 'date_outside_rule_set', message: '2021-12-31 is outside the effective period of vn-2022-2025 (2022-01-01 to 2026-12-31)' },
    ]);
    expect(issuesOf(() => createClassifier({ ruleSet: 'vn-2022-2025', date: '2027-01-01' }))[0]!.message).toBe(
      '2027-01-01 is outside the effective period of vn-2022-2025 (2022-01-01 to 2026-12-31)',
    );
  });

  it('a provisional rule set needs allowProvisional: true exactly (a truthy "yes" does not opt in)', () => {
    const refused = [
      {
        path: ['ruleSet'],
        code: 'provisional_rule_set',
        message: 'vn-2027-2030 is provisional (its indicator list and thresholds are not fully known); pass { allowProvisional: true } to use it',
      },
    ];
    expect(issuesOf(() => classify(HOUSEHOLD, { ruleSet: 'vn-2027-2030' }))).toEqual(refused);
    expect(issuesOf(() => classify(HOUSEHOLD, { ruleSet: 'vn-2027-2030', allowProvisional: 'yes' } as unknown as ClassifyOptions))).toEqual(refused);
    expect(issuesOf(() => classify(HOUSEHOLD, { date: '2027-03-01' }))[0]!.code).toBe('provisional_rule_set');
    expect(classify(HOUSEHOLD, { ruleSet: 'vn-2027-2030', allowProvisional: true }).ruleSet.id).toBe('vn-2027-2030');
    expect(classify(HOUSEHOLD, { date: '2027-03-01', allowProvisional: true }).ruleSet.id).toBe('vn-2027-2030');
    expect(createClassifier({ ruleSet: getRuleSet('vn-2027-2030'), allowProvisional: true }).ruleSet.id).toBe('vn-2027-2030');
    expect(issuesOf(() => createClassifier({ ruleSet: getRuleSet('vn-2027-2030') }))).toEqual(refused);
  });
});

describe('with a review date, an age must agree with the year of birth (and only then)', () => {
  const member = (age: number, birthYear: number) =>
    ({ area: 'rural', size: 1, income: { householdMonthly: '1000000' }, members: [{ age, birthYear }] }) as unknown as HouseholdInput;

  it('born 2000: 24 or 25 on a date in 2025; 30 is refused with the path and the message, by classify and a classifier', () => {
    expect(classify(member(24, 2000), { date: '2025-09-01' }).category).toBeDefined();
    expect(classify(member(25, 2000), { date: '2025-09-01' }).category).toBeDefined();
    const expected = [
      {
        path: ['members', 0, 'age'],
        code: 'age_birth_year_mismatch',
        message: 'age 30 contradicts the year of birth 2000: on a review date in 2025 the member is 24 or 25; give one or make them agree',
      },
    ];
    expect(issuesOf(() => classify(member(30, 2000), { date: '2025-09-01' }))).toEqual(expected);
    expect(issuesOf(() => createClassifier({ date: '2025-09-01' }).classify(member(30, 2000)))).toEqual(expected);
    expect(errorOf(() => classify(member(30, 2000), { date: '2025-09-01' })).message).toMatch(/^Invalid household input — members\[0\]\.age: age 30/);
  });

  it('the review year is the date’s: born 2000 is 23 or 24 in 2024', () => {
    expect(issuesOf(() => classify(member(25, 2000), { date: '2024-01-15' }))[0]!.message).toBe(
      'age 25 contradicts the year of birth 2000: on a review date in 2024 the member is 23 or 24; give one or make them agree',
    );
  });

  it('without a date, or without members, nothing is checked against a year', () => {
    expect(classify(member(30, 2000)).category).toBeDefined();
    expect(classify(member(30, 2000), { ruleSet: 'vn-2022-2025' }).category).toBeDefined();
    expect(classify(HOUSEHOLD, { date: '2025-09-01' }).category).toBeDefined();
  });
});

describe('prepared classifiers are cached per options (the same options give the same prepared classifier)', () => {
  it('the same options, written afresh, give the same prepared rule set; different ones do not', () => {
    const a = preparedFor({ ruleSet: 'vn-2022-2025', date: '2025-09-01' });
    expect(preparedFor({ ruleSet: 'vn-2022-2025', date: '2025-09-01' })).toBe(a);
    expect(preparedFor({ ruleSet: 'vn-2022-2025', date: '2025-09-02' })).not.toBe(a);
    expect(preparedFor({ ruleSet: 'vn-2022-2025', date: '2025-09-01', allowProvisional: true })).not.toBe(a);
    expect(preparedFor({ date: '2025-09-01' })).not.toBe(a);
    expect(preparedFor({ date: '2025-09-01' })).toBe(preparedFor({ date: '2025-09-01' }));
    expect(preparedFor({ ruleSet: 'vn-2022-2025' })).toBe(preparedFor({ ruleSet: 'vn-2022-2025' }));
    expect(preparedFor({ ruleSet: 'vn-2022-2025' })).not.toBe(preparedFor({ ruleSet: 'vn-2016-2020' }));
    expect(preparedFor(undefined)).toBe(preparedFor(undefined));
    expect(preparedFor({})).toBe(preparedFor({}));
    expect(a.date).toBe('2025-09-01');
    expect(preparedFor({ ruleSet: 'vn-2022-2025' }).date).toBeUndefined();
  });

  it('a rule-set object is a key of its own: the same object is cached, an equal copy is prepared anew, per date', () => {
    const patch = {
      id: 'test-options-local',
      version: '1.0.0',
      title: { vi: 'Chuẩn thử', en: 'Test standard' },
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
    };
    const local = deriveRuleSet(getRuleSet('vn-2022-2025'), patch);
    const first = preparedFor({ ruleSet: local });
    expect(preparedFor({ ruleSet: local })).toBe(first);
    expect(preparedFor({ ruleSet: local, date: '2025-01-01' })).not.toBe(first);
    expect(preparedFor({ ruleSet: local, date: '2025-01-01' })).toBe(preparedFor({ ruleSet: local, date: '2025-01-01' }));
    expect(preparedFor({ ruleSet: deriveRuleSet(getRuleSet('vn-2022-2025'), patch) })).not.toBe(first);
    // A copy is not a rule set the library made: refused, not cached.
    expect(issuesOf(() => preparedFor({ ruleSet: { ...local } }))[0]!.code).toBe('unknown_rule_set');
  });

  it('the cache holds 256 option sets: the 256th new one keeps the first, the 257th starts afresh', () => {
    const day = (i: number): string => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
    // A rule-set object of its own, so that no other test's entries share this cache.
    const own = deriveRuleSet(getRuleSet('vn-2022-2025'), {
      id: 'test-options-cache',
      version: '1.0.0',
      title: { vi: 'Chuẩn thử', en: 'Test standard' },
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
    });
    const first = preparedFor({ ruleSet: own, date: day(0) });
    for (let i = 1; i < 256; i++) preparedFor({ ruleSet: own, date: day(i) });
    expect(preparedFor({ ruleSet: own, date: day(0) })).toBe(first);
    preparedFor({ ruleSet: own, date: day(256) });
    expect(preparedFor({ ruleSet: own, date: day(0) })).not.toBe(first);
  });

  it('classify and a classifier made with createClassifier give the same result for the same options', () => {
    const household = { area: 'urban', size: 3, income: { householdMonthly: '6000001' }, deprivations: { water: true } } as const;
    for (const options of [undefined, {}, { date: '2025-09-01' }, { ruleSet: 'vn-2016-2020' }] as (ClassifyOptions | undefined)[])
      expect(createClassifier(options).classify(household)).toEqual(classify(household, options));
  });
});
