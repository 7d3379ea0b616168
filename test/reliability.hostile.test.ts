/**
 * Hostile input: whatever comes in, `classify` either returns a well-formed result or throws a
 * `ValidationError` — never another error, never a hang, never a change to a global object.
 *
 * Documented limits that keep every case fast (refused with a ValidationError beyond them):
 * - MAX_HOUSEHOLD_SIZE (200): `size` and the number of `members`;
 * - MAX_ID_LENGTH (128): household and member `id` strings;
 * - MAX_AMOUNT_LENGTH (40): amount strings (income and `dwelling.floorArea`), checked before any
 *   regular expression runs;
 * - `income.score` within 0–100000; `dwelling.informationMeans` at most 24 entries.
 * Nothing else is descended into: unknown keys are refused by name, wrong types by type, so deep
 * nesting anywhere costs nothing.
 *
 * Time bounds are asserted loosely (TIME_BOUND_MS of this process's CPU time per case, so a
 * loaded machine does not fail them): they catch quadratic or exponential behaviour, not
 * micro-regressions.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, listRuleSets, MAX_HOUSEHOLD_SIZE, ValidationError } from '../src/index.js';
import type { ClassifyOptions } from '../src/index.js';
import { MAX_ID_LENGTH } from '../src/input/schema.js';
import { MAX_AMOUNT_LENGTH } from '../src/money.js';

// Loose bound per case; Stryker (vitest.stryker.config.ts) widens it: instrumented code is slower.
const TIME_BOUND_MS = Number(process.env.RELIABILITY_TIME_BOUND_MS ?? 250);
const RULE_SETS = listRuleSets();
const OPTIONS: readonly ClassifyOptions[] = RULE_SETS.map((ruleSet) => ({ ruleSet: ruleSet.id, allowProvisional: true }));

// ---------------------------------------------------------------- globals snapshot

/** Everything a polluting library could change: prototypes' own properties (with their values) and globalThis' keys. */
function snapshotGlobals() {
  const protos = {
    Object: Object.prototype,
    Array: Array.prototype,
    Function: Function.prototype,
    String: String.prototype,
    Number: Number.prototype,
    Boolean: Boolean.prototype,
    Error: Error.prototype,
  };
  const out: Record<string, unknown> = {};
  for (const [name, proto] of Object.entries(protos)) {
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key)!;
      if ('value' in descriptor) out[`${name}.prototype.${String(key)}`] = descriptor.value;
      else {
        out[`${name}.prototype.${String(key)}:get`] = descriptor.get;
        out[`${name}.prototype.${String(key)}:set`] = descriptor.set;
      }
    }
    out[`${name}.prototype:extensible`] = Object.isExtensible(proto);
  }
  out['globalThis keys'] = Reflect.ownKeys(globalThis).map(String).sort().join(',');
  out['Object.prototype.__proto__'] = Object.getPrototypeOf(Object.prototype);
  return out;
}

let before: Record<string, unknown>;
beforeAll(() => {
  before = snapshotGlobals();
});
afterAll(() => {
  // No global object was modified by anything in this file.
  const after = snapshotGlobals();
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const key of Object.keys(before)) expect(after[key], key).toBe(before[key]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).area).toBeUndefined();
});

// ---------------------------------------------------------------- the contract

/**
 * Classifies under `options`; asserts that only a ValidationError (with well-formed issues)
 * comes out, or a well-formed result, within the time bound. Returns the outcome.
 */
function hostile(input: unknown, options: ClassifyOptions = OPTIONS[1]!): 'ok' | ValidationError {
  const start = process.cpuUsage();
  let outcome: 'ok' | ValidationError;
  try {
    const result = classify(input, options);
    // Plain JSON data: serialising and re-serialising gives the same text.
    const text = JSON.stringify(result);
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    outcome = 'ok';
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.code).toBe('string');
      expect(typeof issue.message).toBe('string');
      expect(Array.isArray(issue.path)).toBe(true);
      for (const part of issue.path) expect(['string', 'number']).toContain(typeof part);
    }
    // The message stays bounded even for huge inputs.
    expect(error.message.length).toBeLessThan(2000);
    outcome = error;
  }
  const used = process.cpuUsage(start);
  expect((used.user + used.system) / 1000).toBeLessThan(TIME_BOUND_MS);
  return outcome;
}

/** Asserts a ValidationError with an issue at `path` (and `code`, when given). */
function refused(input: unknown, path: readonly (string | number)[], code?: string, options?: ClassifyOptions): void {
  const outcome = hostile(input, options);
  expect(outcome).toBeInstanceOf(ValidationError);
  const issues = (outcome as ValidationError).issues.map((issue) => ({ path: issue.path, code: issue.code }));
  expect(issues).toContainEqual(code === undefined ? expect.objectContaining({ path: [...path] }) : { path: [...path], code });
}

const valid = () => ({ area: 'rural', size: 4, income: { perCapitaMonthly: 1500000 }, deprivations: { water: true } });

// ---------------------------------------------------------------- arbitrary values

describe('arbitrary values: only ValidationError comes out', () => {
  it.each(OPTIONS.map((options) => [options.ruleSet as string, options] as const))('%s: fc.anything() as the household', (_id, options) => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
          withSparseArray: true,
          withMap: true,
          withSet: true,
          withBigInt: true,
          withDate: true,
          withTypedArray: true,
        }),
        (value) => {
          hostile(value, options);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each(OPTIONS.map((options) => [options.ruleSet as string, options] as const))(
    '%s: fc.jsonValue() in every field of an otherwise valid household',
    (_id, options) => {
      const field = fc.constantFrom('area', 'size', 'members', 'income', 'deprivations', 'dwelling', 'id', '__proto__', 'constructor', 'prototype', 'extra');
      const sub = fc.constantFrom(null, 'perCapitaMonthly', 'score', 'water', 'employment', 'floorArea', 'age', '__proto__', 'constructor');
      fc.assert(
        fc.property(field, sub, fc.jsonValue(), (key, inner, value) => {
          const household: Record<string, unknown> = { ...valid(), members: [{ age: 30 }, { age: 5 }, {}, { sex: 'female' }], dwelling: { floorArea: 30 } };
          if (inner === null || typeof household[key] !== 'object') household[key] = value;
          else household[key] = Object.assign(Array.isArray(household[key]) ? [] : {}, household[key], { [inner]: value });
          hostile(JSON.parse(JSON.stringify(household)), options);
          hostile(household, options);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('arbitrary options (rule set, date, allowProvisional) only ever give a ValidationError', () => {
    fc.assert(
      fc.property(fc.record({ ruleSet: fc.anything(), date: fc.anything(), allowProvisional: fc.anything() }, { requiredKeys: [] }), (options) => {
        hostile(valid(), options as ClassifyOptions);
      }),
      { numRuns: 300 },
    );
  });

  it('a getter that throws, a Proxy that throws, a revoked Proxy: ValidationError (unreadable_input)', () => {
    const throwing = { ...valid() };
    Object.defineProperty(throwing, 'income', {
      enumerable: true,
      get: () => {
        throw new RangeError('boom');
      },
    });
    refused(throwing, [], 'unreadable_input');
    const proxy = new Proxy(valid(), {
      get: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
    });
    refused(proxy, []);
    const { proxy: revoked, revoke } = Proxy.revocable(valid(), {});
    revoke();
    refused(revoked, []);
    // A throwing member getter deep inside is caught too.
    const member = {};
    Object.defineProperty(member, 'age', {
      enumerable: true,
      get: () => {
        throw new Error('deep');
      },
    });
    refused({ ...valid(), size: undefined, members: [member] }, [], 'unreadable_input');
  });
});

// ---------------------------------------------------------------- numbers

describe('huge and tiny numbers', () => {
  const numbers = [
    1e308,
    Number.MAX_VALUE,
    5e-324,
    Number.MIN_VALUE,
    -0,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 53,
    1e21,
    1e-7,
    -5e-324,
    -1e308,
    Infinity,
    -Infinity,
    NaN,
  ];

  it.each(numbers.map((n) => [String(Object.is(n, -0) ? '-0' : n), n] as const))(
    '%s as every income form, score, size, age, floor area and id',
    (_label, n) => {
      for (const options of OPTIONS) {
        for (const incomeForm of ['perCapitaMonthly', 'householdMonthly', 'householdAnnual', 'score'])
          hostile({ ...valid(), income: { [incomeForm]: n } }, options);
        hostile({ ...valid(), size: n }, options);
        hostile({ ...valid(), id: n }, options);
        hostile({ area: 'rural', members: [{ age: n, ageMonths: n, birthYear: n, id: n }], income: { perCapitaMonthly: 1 } }, options);
        hostile({ ...valid(), dwelling: { floorArea: n } }, options);
      }
    },
  );

  it('1e308 and Number.MAX_VALUE are exact amounts: above every line, and perCapita is written out without exponent', () => {
    for (const n of [1e308, Number.MAX_VALUE]) {
      const result = classify({ area: 'urban', size: 7, income: { householdAnnual: n } });
      expect(result.category).toBe('above-average');
      expect(result.income.perCapita).toMatch(/^\d+(\.\d+)?$/);
      expect(result.income.perCapita.length).toBeGreaterThan(300);
    }
  });

  it('5e-324 and -0 are (tiny) non-negative amounts: at or below every line', () => {
    for (const n of [5e-324, -0]) {
      const result = classify({ area: 'rural', size: 3, income: { householdMonthly: n }, deprivations: { water: true, sanitation: true, telecom: true } });
      expect(result.category).toBe('poor');
      expect(result.income.given).toMatch(/^0(\.0*[1-9]\d*)?$/);
    }
  });

  it('negative, non-finite and non-integer sizes and ages are refused at their path', () => {
    refused({ ...valid(), income: { perCapitaMonthly: -5e-324 } }, ['income', 'perCapitaMonthly'], 'invalid_amount');
    refused({ ...valid(), income: { perCapitaMonthly: NaN } }, ['income', 'perCapitaMonthly'], 'invalid_amount');
    refused({ ...valid(), size: 1e308 }, ['size'], 'too_big');
    refused({ ...valid(), size: 5e-324 }, ['size']);
    refused({ area: 'rural', members: [{ age: Number.MAX_VALUE }], income: { perCapitaMonthly: 1 } }, ['members', 0, 'age']);
    refused({ ...valid(), income: { score: 1e308 } }, ['income', 'score'], 'too_big');
  });
});

// ---------------------------------------------------------------- long strings

describe('very long strings (1,000,000 characters)', () => {
  const long = (unit: string) => unit.repeat(1_000_000 / unit.length);

  it.each([
    ['digits', long('1')],
    ['a decimal', `1.${long('0')}`],
    ['dot-grouped', long('1.000')],
    ['comma-grouped', `1${long(',000')}`],
    ['letters', long('x')],
    ['a leading minus', `-${long('9')}`],
  ])('an amount of %s is refused as invalid_amount (longer than MAX_AMOUNT_LENGTH) at once', (_label, text) => {
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    refused({ ...valid(), income: { perCapitaMonthly: text } }, ['income', 'perCapitaMonthly'], 'invalid_amount');
    refused({ ...valid(), dwelling: { floorArea: text } }, ['dwelling', 'floorArea'], 'invalid_amount');
    // The message quotes at most a short prefix.
    const error = hostile({ ...valid(), income: { householdMonthly: text } }) as ValidationError;
    expect(error.issues[0]!.message.length).toBeLessThan(300);
  });

  it(`an amount of exactly MAX_AMOUNT_LENGTH (${MAX_AMOUNT_LENGTH}) digits is accepted, one more is refused`, () => {
    expect(hostile({ ...valid(), income: { perCapitaMonthly: '9'.repeat(MAX_AMOUNT_LENGTH) } })).toBe('ok');
    refused({ ...valid(), income: { perCapitaMonthly: '9'.repeat(MAX_AMOUNT_LENGTH + 1) } }, ['income', 'perCapitaMonthly'], 'invalid_amount');
  });

  it(`ids of 1,000,000 characters are refused (MAX_ID_LENGTH ${MAX_ID_LENGTH}); exactly ${MAX_ID_LENGTH} is accepted`, () => {
    refused({ ...valid(), id: long('h') }, ['id'], 'too_big');
    refused({ area: 'rural', members: [{ id: long('m') }], income: { perCapitaMonthly: 1 } }, ['members', 0, 'id'], 'too_big');
    expect(hostile({ ...valid(), id: 'h'.repeat(MAX_ID_LENGTH) })).toBe('ok');
    refused({ ...valid(), id: 'h'.repeat(MAX_ID_LENGTH + 1) }, ['id'], 'too_big');
  });

  it('long strings for the area, enums, a date and a rule-set id are refused fast', () => {
    refused({ ...valid(), area: long('rural') }, ['area']);
    refused({ area: 'rural', members: [{ sex: long('f'), employment: long('u') }], income: { perCapitaMonthly: 1 } }, ['members', 0, 'sex']);
    refused(valid(), ['date'], 'invalid_date', { date: long('2025-01-01') });
    const error = hostile(valid(), { ruleSet: long('vn-') });
    expect((error as ValidationError).issues[0]!.code).toBe('unknown_rule_set');
  });

  it('an unknown key of 1,000,000 characters is refused (the message quotes a short prefix)', () => {
    const error = hostile({ ...valid(), [long('k')]: 1 }) as ValidationError;
    expect(error.issues[0]!.code).toBe('unrecognized_keys');
    expect(error.issues[0]!.message.length).toBeLessThan(200);
    refused({ ...valid(), deprivations: { [long('w')]: true } }, ['deprivations', long('w')], 'unrecognized_keys');
  });
});

// ---------------------------------------------------------------- deep nesting

/** `depth` levels of arrays or objects around `leaf`, built without recursion. */
function nest(depth: number, kind: 'array' | 'object', leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

describe('deep nesting (10,000 levels) in any field', () => {
  const fields: [string, (deep: unknown) => unknown][] = [
    ['the household itself', (deep) => deep],
    ['area', (deep) => ({ ...valid(), area: deep })],
    ['size', (deep) => ({ ...valid(), size: deep })],
    ['id', (deep) => ({ ...valid(), id: deep })],
    ['income', (deep) => ({ ...valid(), income: deep })],
    ['income.perCapitaMonthly', (deep) => ({ ...valid(), income: { perCapitaMonthly: deep } })],
    ['income.score', (deep) => ({ ...valid(), income: { score: deep } })],
    ['members', (deep) => ({ area: 'rural', members: deep, income: { perCapitaMonthly: 1 } })],
    ['members[0]', (deep) => ({ area: 'rural', members: [deep], income: { perCapitaMonthly: 1 } })],
    ['members[0].age', (deep) => ({ area: 'rural', members: [{ age: deep }], income: { perCapitaMonthly: 1 } })],
    ['deprivations', (deep) => ({ ...valid(), deprivations: deep })],
    ['deprivations.water', (deep) => ({ ...valid(), deprivations: { water: deep } })],
    ['dwelling', (deep) => ({ ...valid(), dwelling: deep })],
    ['dwelling.informationMeans', (deep) => ({ ...valid(), dwelling: { informationMeans: deep } })],
    ['dwelling.floorArea', (deep) => ({ ...valid(), dwelling: { floorArea: deep } })],
    ['an unknown key', (deep) => ({ ...valid(), extra: deep })],
    [
      '__proto__ (own key, as JSON.parse makes it)',
      (deep) => Object.defineProperty(valid(), '__proto__', { value: deep, enumerable: true, configurable: true, writable: true }),
    ],
  ];

  it.each(fields)('%s: arrays and objects nested 10,000 deep → ValidationError', (_label, place) => {
    for (const kind of ['array', 'object'] as const) {
      for (const options of OPTIONS) {
        const outcome = hostile(place(nest(10_000, kind)), options);
        expect(outcome).toBeInstanceOf(ValidationError);
      }
    }
  });

  it('JSON text nested 10,000 deep, parsed, in every field', () => {
    const text = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
    for (const key of ['area', 'size', 'members', 'income', 'deprivations', 'dwelling', 'id', 'extra']) {
      // A later duplicate key wins in JSON.parse: the nested value replaces the valid one.
      const household = JSON.parse(`{"area":"rural","size":2,"income":{"perCapitaMonthly":1},${JSON.stringify(key)}:${text}}`) as Record<string, unknown>;
      expect(Array.isArray(household[key])).toBe(true);
      expect(hostile(household)).toBeInstanceOf(ValidationError);
    }
  });
});

// ---------------------------------------------------------------- large households

describe(`large households (MAX_HOUSEHOLD_SIZE = ${MAX_HOUSEHOLD_SIZE})`, () => {
  const person = {
    age: 30,
    sex: 'male',
    employment: 'self-employed',
    healthInsurance: true,
    educationLevel: 'tertiary',
    inEducationOrTraining: false,
    dependant: false,
    usesInternet: true,
  };

  it('10,000 members are refused (too_big at members), whatever the members are', () => {
    for (const members of [
      Array.from({ length: 10_000 }, () => ({ ...person })),
      Array.from({ length: 10_000 }, () => ({})),
      Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? { age: -1 } : 'x')),
    ]) {
      for (const options of OPTIONS) {
        const outcome = hostile({ area: 'rural', members, income: { householdMonthly: 1e9 } }, options) as ValidationError;
        expect(outcome).toBeInstanceOf(ValidationError);
        expect(outcome.issues.some((issue) => issue.path.length === 1 && issue.path[0] === 'members' && issue.code === 'too_big')).toBe(true);
      }
    }
  });

  it('10,000 as size is refused; a sparse array of length 10,000 is refused', () => {
    refused({ ...valid(), size: 10_000 }, ['size'], 'too_big');
    const sparse: unknown[] = [];
    sparse.length = 10_000;
    sparse[9_999] = { ...person };
    expect(hostile({ area: 'rural', members: sparse, income: { perCapitaMonthly: 1 } })).toBeInstanceOf(ValidationError);
  });

  it(`exactly ${MAX_HOUSEHOLD_SIZE} fully described members are classified, under every rule set, within the bound`, () => {
    const members = Array.from({ length: MAX_HOUSEHOLD_SIZE }, (_, i) => ({
      ...person,
      id: `m${i}`,
      birthYear: 1990,
      untreatedIllness: false,
      phoneSubscription: true,
    }));
    for (const options of OPTIONS)
      expect(
        hostile({ area: 'urban', members, income: { householdAnnual: '123456789012.5' }, dwelling: { floorArea: 1600, durability: 'permanent' } }, options),
      ).toBe('ok');
    refused({ area: 'urban', members: [...members, person], income: { perCapitaMonthly: 1 } }, ['members'], 'too_big');
  });
});

// ---------------------------------------------------------------- prototype keys

describe('__proto__, constructor and prototype keys anywhere', () => {
  const keys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
  const paths: [string, (key: string) => string][] = [
    ['top level', (key) => `{"area":"rural","size":2,"income":{"perCapitaMonthly":1},${JSON.stringify(key)}:{"polluted":true,"area":"urban"}}`],
    ['income', (key) => `{"area":"rural","size":2,"income":{"perCapitaMonthly":1,${JSON.stringify(key)}:{"polluted":true}}}`],
    ['income only', (key) => `{"area":"rural","size":2,"income":{${JSON.stringify(key)}:{"perCapitaMonthly":1}}}`],
    ['deprivations', (key) => `{"area":"rural","size":2,"income":{"perCapitaMonthly":1},"deprivations":{${JSON.stringify(key)}:true,"water":true}}`],
    ['members[0]', (key) => `{"area":"rural","members":[{"age":3,${JSON.stringify(key)}:{"polluted":true,"age":99}}],"income":{"perCapitaMonthly":1}}`],
    ['dwelling', (key) => `{"area":"rural","size":2,"income":{"perCapitaMonthly":1},"dwelling":{${JSON.stringify(key)}:{"polluted":true,"safeWater":false}}}`],
  ];

  it.each(paths)('%s: refused as unrecognized_keys, nothing polluted', (_label, text) => {
    for (const key of keys) {
      for (const options of OPTIONS) {
        const input = JSON.parse(text(key)) as unknown;
        const outcome = hostile(input, options);
        expect(outcome, key).toBeInstanceOf(ValidationError);
        expect(
          (outcome as ValidationError).issues.some((issue) => issue.code === 'unrecognized_keys' && issue.path[issue.path.length - 1] === key),
          key,
        ).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }
    }
  });

  it('objects with a non-plain prototype (inherited fields, class instances) keep the contract', () => {
    // They are refused before zod (inputs are plain JSON data; no field is read through a
    // prototype chain). Whatever the outcome, it is a result or a ValidationError, and nothing
    // global changes.
    hostile(Object.create({ area: 'rural', size: 2, income: { perCapitaMonthly: 1 } }));
    hostile({ area: 'rural', size: 2, income: Object.create({ perCapitaMonthly: 1 }) });
    class Household {
      area = 'rural';
      size = 2;
      income = { perCapitaMonthly: 1 };
      get deprivations(): never {
        throw new Error('getter');
      }
    }
    expect(hostile(new Household())).toBeInstanceOf(ValidationError);
  });

  it('null-prototype objects with valid fields are accepted like plain ones', () => {
    const household = Object.assign(Object.create(null) as object, valid(), {
      income: Object.assign(Object.create(null) as object, { perCapitaMonthly: 1500000 }),
    });
    expect(hostile(household)).toBe('ok');
    expect(classify(household).category).toBe(classify(valid()).category);
  });

  it('fc: dictionaries of prototype-ish keys at every level, as JSON text', () => {
    const key = fc.constantFrom(...keys, 'area', 'size', 'income', 'members', 'deprivations', 'dwelling', 'perCapitaMonthly', 'water', 'age');
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.jsonValue({ maxDepth: 1 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
        fc.array(tie('node'), { maxLength: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), fc.constantFrom(...OPTIONS), (record, options) => {
        const text = `{${Object.entries(record)
          .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
          .join(',')}}`;
        hostile(JSON.parse(text), options);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
