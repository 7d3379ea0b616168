/**
 * Every class of bad input throws a ValidationError whose issues carry the path and a stable
 * code; nothing is coerced, and `__proto__` / `constructor` keys never reach an object's
 * prototype.
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleSet, ValidationError } from '../src/index.js';
import { expectIssue, named, validationIssues } from './helpers/households.js';

const valid = () => ({ area: 'rural', size: 4, income: { perCapitaMonthly: 1000000 } }) as Record<string, unknown>;
const withIncome = (value: unknown) => ({ ...valid(), income: { perCapitaMonthly: value } });

describe('amounts: a number or a plain decimal string, nothing else', () => {
  const rows: { name: string; value: unknown; code: string; hint?: RegExp }[] = [
    { name: 'Vietnamese thousands dots "1.500.000"', value: '1.500.000', code: 'invalid_amount', hint: /"1500000"/ },
    { name: 'English thousands commas "1,500,000"', value: '1,500,000', code: 'invalid_amount', hint: /"1500000"/ },
    { name: 'spaces "1 500 000"', value: '1 500 000', code: 'invalid_amount', hint: /"1500000"/ },
    { name: '"1.500" (1.5 or 1500?)', value: '1.500', code: 'ambiguous_amount', hint: /1500/ },
    { name: '"2.250.000,50"', value: '2.250.000,50', code: 'invalid_amount' },
    { name: 'NaN', value: Number.NaN, code: 'invalid_amount', hint: /plain decimal/ },
    { name: 'Infinity', value: Number.POSITIVE_INFINITY, code: 'invalid_amount', hint: /plain decimal/ },
    { name: '-Infinity', value: Number.NEGATIVE_INFINITY, code: 'invalid_amount', hint: /plain decimal/ },
    { name: 'negative number -1', value: -1, code: 'invalid_amount', hint: /negative/ },
    { name: 'negative -0.01', value: -0.01, code: 'invalid_amount', hint: /negative/ },
    { name: 'empty string', value: '', code: 'invalid_amount', hint: /empty/ },
    { name: 'string "-5"', value: '-5', code: 'invalid_amount', hint: /negative/ },
    { name: 'exponent "1e6"', value: '1e6', code: 'invalid_amount', hint: /plain decimal/ },
    { name: 'leading zeros "0150"', value: '0150', code: 'invalid_amount', hint: /leading zeros/ },
    { name: 'leading zeros "00.5"', value: '00.5', code: 'invalid_amount', hint: /leading zeros/ },
    { name: 'sign "+5"', value: '+5', code: 'invalid_amount' },
    { name: 'trailing point "5."', value: '5.', code: 'invalid_amount' },
    { name: 'leading point ".5"', value: '.5', code: 'invalid_amount' },
    { name: 'whitespace " 5"', value: ' 5', code: 'invalid_amount' },
    { name: 'currency "1500000đ"', value: '1500000đ', code: 'invalid_amount' },
    { name: 'hex "0x10"', value: '0x10', code: 'invalid_amount' },
    { name: '"NaN" as a string', value: 'NaN', code: 'invalid_amount' },
    { name: '"Infinity" as a string', value: 'Infinity', code: 'invalid_amount' },
    { name: 'a 41-character string', value: '1'.repeat(41), code: 'invalid_amount' },
    { name: 'boolean true', value: true, code: 'invalid_amount', hint: /number or a string/ },
    { name: 'null', value: null, code: 'invalid_amount' },
    { name: 'an array', value: [1500000], code: 'invalid_amount' },
    { name: 'an object', value: { amount: 1 }, code: 'invalid_amount' },
  ];
  it.each(named(rows, (r) => `perCapitaMonthly ${r.name} → ${r.code} at income.perCapitaMonthly`))('%s', (_name, r) => {
    const issues = validationIssues(() => classify(withIncome(r.value)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['income', 'perCapitaMonthly'], code: r.code });
    if (r.hint !== undefined) expect(issues[0]!.message).toMatch(r.hint);
  });

  it.each(['householdMonthly', 'householdAnnual'])('%s "1.500.000" → invalid_amount at its own path', (form) => {
    expectIssue(() => classify({ ...valid(), income: { [form]: '1.500.000' } }), ['income', form], 'invalid_amount');
  });

  it('dwelling.floorArea uses the same amount rules: "31,5" and -1 are refused', () => {
    expectIssue(() => classify({ ...valid(), dwelling: { floorArea: '31,5' } }), ['dwelling', 'floorArea'], 'invalid_amount');
    expectIssue(() => classify({ ...valid(), dwelling: { floorArea: -1 } }), ['dwelling', 'floorArea'], 'invalid_amount');
    expectIssue(() => classify({ ...valid(), dwelling: { floorArea: Number.NaN } }), ['dwelling', 'floorArea'], 'invalid_amount');
  });

  it('accepted forms: 1500000, "1500000", "1999999.99", "0", "0.5", -0', () => {
    for (const value of [1500000, '1500000', '1999999.99', '0', '0.5', -0]) expect(() => classify(withIncome(value))).not.toThrow();
    expect(classify(withIncome(-0)).income.given).toBe('0');
  });
});

describe('income form, size and members', () => {
  it('two income forms → income_form at income', () => {
    expectIssue(() => classify({ ...valid(), income: { perCapitaMonthly: 1, householdMonthly: 4 } }), ['income'], 'income_form');
  });
  it('all three income forms → income_form at income', () => {
    expectIssue(() => classify({ ...valid(), income: { perCapitaMonthly: 1, householdMonthly: 4, householdAnnual: 48 } }), ['income'], 'income_form');
  });
  it('no income form (empty object) → income_form at income', () => {
    expectIssue(() => classify({ ...valid(), income: {} }), ['income'], 'income_form');
  });
  it('income missing → invalid_type at income', () => {
    expectIssue(() => classify({ area: 'rural', size: 1 }), ['income'], 'invalid_type');
  });
  it('income a bare number → invalid_type at income', () => {
    expectIssue(() => classify({ area: 'rural', size: 1, income: 1500000 }), ['income'], 'invalid_type');
  });
  it('size 4 with 2 members → size_mismatch at size', () => {
    expectIssue(() => classify({ ...valid(), members: [{}, {}] }), ['size'], 'size_mismatch');
  });
  it('neither size nor members → size_required at size', () => {
    expectIssue(() => classify({ area: 'rural', income: { perCapitaMonthly: 1 } }), ['size'], 'size_required');
  });
  it('size and members that agree are fine', () => {
    expect(classify({ ...valid(), members: [{}, {}, {}, {}] }).income.perCapita).toBe('1000000');
  });
  it.each([
    ['size 0', { size: 0 }, ['size'], 'too_small'],
    ['size 201', { size: 201 }, ['size'], 'too_big'],
    ['size 1.5', { size: 1.5 }, ['size'], 'invalid_type'],
    ['size "4"', { size: '4' }, ['size'], 'invalid_type'],
    ['size NaN', { size: Number.NaN }, ['size'], 'invalid_type'],
    ['members []', { size: undefined, members: [] }, ['members'], 'too_small'],
    ['201 members', { size: undefined, members: Array.from({ length: 201 }, () => ({})) }, ['members'], 'too_big'],
    ['members not an array', { size: undefined, members: { 0: {} } }, ['members'], 'invalid_type'],
  ] as const)('%s → %s', (_name, patch, path, code) => {
    expectIssue(() => classify({ ...valid(), ...patch }), path, code);
  });
  it('size 200 and 200 members are accepted', () => {
    expect(() => classify({ ...valid(), size: 200 })).not.toThrow();
    expect(() => classify({ area: 'urban', members: Array.from({ length: 200 }, () => ({})), income: { householdMonthly: 1 } })).not.toThrow();
  });
});

describe('unknown keys are errors at every level', () => {
  it.each([
    ['top level', { ...valid(), incomes: 1 }, ['incomes']],
    ['income', { ...valid(), income: { perCapitaMonthly: 1, monthly: 1 } }, ['income', 'monthly']],
    ['a member', { area: 'rural', members: [{ age: 3 }, { age: 4, gender: 'male' }], income: { perCapitaMonthly: 1 } }, ['members', 1, 'gender']],
    ['dwelling', { ...valid(), dwelling: { floorArea: 30, rooms: 2 } }, ['dwelling', 'rooms']],
    ['deprivations (not an indicator id)', { ...valid(), deprivations: { water: true, electricity: true } }, ['deprivations', 'electricity']],
    ['deprivations (an indicator id of another spelling)', { ...valid(), deprivations: { healthInsurance: true } }, ['deprivations', 'healthInsurance']],
  ] as const)('%s', (_name, input, path) => {
    expectIssue(() => classify(input), path, 'unrecognized_keys');
  });

  it('several problems are all reported', () => {
    const issues = validationIssues(() => classify({ area: 'town', size: 0, income: { perCapitaMonthly: '1.500.000' }, extra: 1 }));
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(['area', 'extra', 'income.perCapitaMonthly', 'size']);
  });
});

describe('__proto__ and constructor keys (from JSON.parse) are refused and pollute nothing', () => {
  const cases: [string, string, (string | number)[]][] = [
    ['top-level __proto__', '{"area":"rural","size":1,"income":{"perCapitaMonthly":1},"__proto__":{"polluted":true}}', ['__proto__']],
    ['income __proto__', '{"area":"rural","size":1,"income":{"perCapitaMonthly":1,"__proto__":{"polluted":true}}}', ['income', '__proto__']],
    ['member __proto__', '{"area":"rural","members":[{"__proto__":{"polluted":true}}],"income":{"perCapitaMonthly":1}}', ['members', 0, '__proto__']],
    ['dwelling __proto__', '{"area":"rural","size":1,"income":{"perCapitaMonthly":1},"dwelling":{"__proto__":{"polluted":true}}}', ['dwelling', '__proto__']],
    ['deprivations __proto__', '{"area":"rural","size":1,"income":{"perCapitaMonthly":1},"deprivations":{"__proto__":true}}', ['deprivations', '__proto__']],
    ['top-level constructor', '{"area":"rural","size":1,"income":{"perCapitaMonthly":1},"constructor":{"prototype":{"polluted":true}}}', ['constructor']],
    [
      'deprivations constructor',
      '{"area":"rural","size":1,"income":{"perCapitaMonthly":1},"deprivations":{"constructor":true}}',
      ['deprivations', 'constructor'],
    ],
    [
      'member constructor',
      '{"area":"rural","members":[{"constructor":{"prototype":{"polluted":true}}}],"income":{"perCapitaMonthly":1}}',
      ['members', 0, 'constructor'],
    ],
  ];
  it.each(cases)('%s → unrecognized_keys', (_name, json, path) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    expectIssue(() => classify(JSON.parse(json)), path, 'unrecognized_keys');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('wrong types', () => {
  it.each([
    ['the input is null', null, [], 'invalid_type'],
    ['the input is an array', [], [], 'invalid_type'],
    ['the input is a string', '{"area":"rural"}', [], 'invalid_type'],
    ['area "city"', { ...valid(), area: 'city' }, ['area'], 'invalid_value'],
    ['area missing', { size: 1, income: { perCapitaMonthly: 1 } }, ['area'], 'invalid_value'],
    ['deprivation answer "yes"', { ...valid(), deprivations: { water: 'yes' } }, ['deprivations', 'water'], 'invalid_type'],
    ['deprivation answer 1', { ...valid(), deprivations: { water: 1 } }, ['deprivations', 'water'], 'invalid_type'],
    ['deprivations an array', { ...valid(), deprivations: [true] }, ['deprivations'], 'invalid_type'],
    ['member age "30"', { area: 'rural', members: [{ age: '30' }], income: { perCapitaMonthly: 1 } }, ['members', 0, 'age'], 'invalid_type'],
    ['member age -1', { area: 'rural', members: [{ age: -1 }], income: { perCapitaMonthly: 1 } }, ['members', 0, 'age'], 'too_small'],
    ['member age 131', { area: 'rural', members: [{ age: 131 }], income: { perCapitaMonthly: 1 } }, ['members', 0, 'age'], 'too_big'],
    ['member ageMonths 12', { area: 'rural', members: [{ age: 30, ageMonths: 12 }], income: { perCapitaMonthly: 1 } }, ['members', 0, 'ageMonths'], 'too_big'],
    ['member sex "M"', { area: 'rural', members: [{ sex: 'M' }], income: { perCapitaMonthly: 1 } }, ['members', 0, 'sex'], 'invalid_value'],
    [
      'member healthInsurance "no"',
      { area: 'rural', members: [{ healthInsurance: 'no' }], income: { perCapitaMonthly: 1 } },
      ['members', 0, 'healthInsurance'],
      'invalid_type',
    ],
    ['dwelling durability "solid"', { ...valid(), dwelling: { durability: 'solid' } }, ['dwelling', 'durability'], 'invalid_value'],
    ['dwelling informationMeans "tv"', { ...valid(), dwelling: { informationMeans: ['tv'] } }, ['dwelling', 'informationMeans', 0], 'invalid_value'],
    ['dwelling safeWater 0', { ...valid(), dwelling: { safeWater: 0 } }, ['dwelling', 'safeWater'], 'invalid_type'],
    ['household id an empty string', { ...valid(), id: '' }, ['id'], 'too_small'],
    ['household id -1', { ...valid(), id: -1 }, ['id'], 'too_small'],
  ] as const)('%s → %s', (_name, input, path, code) => {
    expectIssue(() => classify(input), path, code);
  });
});

describe('options: date and rule set', () => {
  it.each([
    ['2025-02-30 (no such day)', '2025-02-30'],
    ['2025-13-01', '2025-13-01'],
    ['2025/01/01', '2025/01/01'],
    ['25-01-01', '25-01-01'],
    ['2025-1-1', '2025-1-1'],
    ['empty string', ''],
    ['2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'],
    ['2023-02-29 (not a leap year)', '2023-02-29'],
  ])('date %s → invalid_date at date', (_name, date) => {
    expectIssue(() => classify(valid(), { ruleSet: 'vn-2022-2025', date }), ['date'], 'invalid_date');
    expectIssue(() => classify(valid(), { date }), ['date'], 'invalid_date');
  });

  it('date that is not a string → invalid_date', () => {
    expectIssue(() => classify(valid(), { date: 20250101 as unknown as string }), ['date'], 'invalid_date');
    expectIssue(() => classify(valid(), { date: new Date() as unknown as string }), ['date'], 'invalid_date');
  });

  it('2024-02-29 is a real date', () => {
    expect(classify(valid(), { ruleSet: 'vn-2022-2025', date: '2024-02-29' }).date).toBe('2024-02-29');
  });

  it.each([
    ['2021-12-31', 'date_outside_rule_set'],
    ['2027-01-01', 'date_outside_rule_set'],
    ['1999-06-01', 'date_outside_rule_set'],
  ])('ruleSet vn-2022-2025 with date %s (outside 2022-01-01 to 2026-12-31) → %s', (date, code) => {
    expectIssue(() => classify(valid(), { ruleSet: 'vn-2022-2025', date }), ['date'], code);
  });

  it.each(['2022-01-01', '2026-12-31'])('ruleSet vn-2022-2025 with date %s (the edges of the period) is accepted', (date) => {
    const result = classify(valid(), { ruleSet: 'vn-2022-2025', date });
    expect(result.date).toBe(date);
    expect(result.ruleSet.id).toBe('vn-2022-2025');
  });

  it('unknown rule set id → unknown_rule_set at ruleSet', () => {
    expectIssue(() => classify(valid(), { ruleSet: 'vn-1999-2000' }), ['ruleSet'], 'unknown_rule_set');
    expectIssue(() => classify(valid(), { ruleSet: '' }), ['ruleSet'], 'unknown_rule_set');
  });

  it('a rule set that is not a frozen rule-set object → unknown_rule_set', () => {
    const copy = JSON.parse(JSON.stringify(getRuleSet('vn-2022-2025')));
    expectIssue(() => classify(valid(), { ruleSet: copy }), ['ruleSet'], 'unknown_rule_set');
    expectIssue(() => classify(valid(), { ruleSet: null as unknown as string }), ['ruleSet'], 'unknown_rule_set');
  });

  it('the option errors say what is allowed', () => {
    expect(validationIssues(() => classify(valid(), { ruleSet: 'vn-2022-2025', date: '2027-01-01' }))).toEqual([
      { path: ['date'], code: 'date_outside_rule_set', message: '2027-01-01 is outside the effective period of vn-2022-2025 (2022-01-01 to 2026-12-31)' },
    ]);
    expect(validationIssues(() => classify(valid(), { ruleSet: {} as unknown as string }))).toEqual([
      {
        path: ['ruleSet'],
        code: 'unknown_rule_set',
        message: 'must be a rule-set id (vn-2016-2020, vn-2022-2025, vn-2027-2030, hcmc-2024) or a rule set from getRuleSet, listRuleSets or deriveRuleSet',
      },
    ]);
  });

  it('the ValidationError message names the first problem and its path', () => {
    const error = (() => {
      try {
        classify(withIncome('1.500.000'));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).name).toBe('ValidationError');
    expect((error as ValidationError).message).toContain('income.perCapitaMonthly');
    expect(Object.isFrozen((error as ValidationError).issues)).toBe(true);
  });
});

describe('nothing is coerced', () => {
  it('the input object is not modified', () => {
    const input = { area: 'rural', members: [{ age: 30, healthInsurance: false }], income: { householdMonthly: '3000000' }, dwelling: { floorArea: '12.5' } };
    const snapshot = JSON.stringify(input);
    classify(input);
    expect(JSON.stringify(input)).toBe(snapshot);
  });
});
