/**
 * Values that are not plain JSON data (a class instance, an array with another prototype), at
 * every place of a household: the error names exactly that place, whatever section, member,
 * field or list item it is in; and the input is read as data only to a fixed depth (beyond it a
 * value is left for the schema, which refuses it by type).
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleSet, ValidationError } from '../src/index.js';
import { fastParse } from '../src/input/fast.js';
import { DWELLING_FIELDS, MEMBER_FIELDS } from '../src/input/fields.js';
import { SNAPSHOT_DEPTH } from '../src/input/validate.js';

class Thing {
  readonly x = 1;
}
class List extends Array<unknown> {}

const CLASS = 'must be plain JSON data (an object literal or JSON.parse output), not a class instance or an object with inherited fields';
const ARRAY = 'must be a plain JSON array';

function household(): Record<string, unknown> {
  return {
    area: 'rural',
    members: [{ age: 40 }, { age: 38 }, { age: 9 }],
    income: { householdMonthly: '3000000' },
    deprivations: { employment: false },
    dwelling: { floorArea: 40, informationMeans: ['radio', 'television'] },
  };
}

function issuesOf(input: unknown): { path: readonly (string | number)[]; code: string; message: string }[] {
  try {
    classify(input, { ruleSet: 'vn-2022-2025' });
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(({ path, code, message }) => ({ path, code, message }));
    throw error;
  }
  throw new Error('expected a ValidationError');
}

/** `leaf` wrapped in `levels` plain objects `{ d: … }`. */
const nest = (levels: number, leaf: unknown): unknown => (levels === 0 ? leaf : { d: nest(levels - 1, leaf) });

/** Each place: how to put a value there, and its path. */
const PLACES: { name: string; put: (h: Record<string, unknown>, value: unknown) => void; path: (string | number)[] }[] = [
  { name: 'a top-level field', put: (h, v) => (h.area = v), path: ['area'] },
  { name: 'an unknown top-level key', put: (h, v) => (h.extra = v), path: ['extra'] },
  { name: 'the income section', put: (h, v) => (h.income = v), path: ['income'] },
  { name: 'an income form', put: (h, v) => ((h.income as Record<string, unknown>).householdMonthly = v), path: ['income', 'householdMonthly'] },
  { name: 'the deprivations section', put: (h, v) => (h.deprivations = v), path: ['deprivations'] },
  { name: 'an answer', put: (h, v) => ((h.deprivations as Record<string, unknown>).water = v), path: ['deprivations', 'water'] },
  { name: 'the dwelling', put: (h, v) => (h.dwelling = v), path: ['dwelling'] },
  { name: 'a dwelling fact', put: (h, v) => ((h.dwelling as Record<string, unknown>).floorArea = v), path: ['dwelling', 'floorArea'] },
  {
    name: 'an item of a dwelling list',
    put: (h, v) => ((h.dwelling as Record<string, unknown[]>).informationMeans![1] = v),
    path: ['dwelling', 'informationMeans', 1],
  },
  { name: 'the members', put: (h, v) => (h.members = v), path: ['members'] },
  { name: 'a member', put: (h, v) => ((h.members as unknown[])[2] = v), path: ['members', 2] },
  { name: 'a member fact', put: (h, v) => ((h.members as Record<string, unknown>[])[1]!.age = v), path: ['members', 1, 'age'] },
];

describe('a value that is not plain data is refused at its exact place', () => {
  it.each(PLACES)('$name: a class instance', ({ put, path }) => {
    const h = household();
    put(h, new Thing());
    expect(issuesOf(h)).toEqual([{ path, code: 'invalid_type', message: CLASS }]);
  });

  it.each(PLACES)('$name: inside plain objects, down to the reading depth', ({ put, path }) => {
    // The value's path is `path` then 'd' keys; the reading depth counts path segments.
    const levels = SNAPSHOT_DEPTH - path.length;
    if (levels >= 0) {
      const h = household();
      put(h, nest(levels, new Thing()));
      expect(issuesOf(h), 'at the reading depth').toEqual([{ path: [...path, ...new Array(levels).fill('d')], code: 'invalid_type', message: CLASS }]);
    }
    const deeper = household();
    put(deeper, nest(Math.max(levels + 1, 0), new Thing()));
    // Beyond the depth the value is not read as data: whatever the schema says, it is not the class-instance issue.
    expect(issuesOf(deeper).some((issue) => issue.message === CLASS)).toBe(false);
  });

  it.each(PLACES)('$name: an array that is not a plain array', ({ put, path }) => {
    const h = household();
    put(h, List.from([1]));
    expect(issuesOf(h)).toEqual([{ path, code: 'invalid_type', message: ARRAY }]);
  });

  it('the whole household as a class instance: the path is empty', () => {
    expect(issuesOf(new Thing())).toEqual([{ path: [], code: 'invalid_type', message: CLASS }]);
  });
});

describe('the fast path takes every bounded field at its bounds (else it would only be slower)', () => {
  const ids = new Set(getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id));
  const cases: { name: string; where: string; field: string; value: unknown }[] = [];
  for (const [where, table] of [
    ['member', MEMBER_FIELDS],
    ['dwelling', DWELLING_FIELDS],
  ] as const) {
    for (const [field, spec] of Object.entries(table) as [string, { type: { kind: string; min?: number; max?: number }; nullable?: boolean }][]) {
      if (spec.type.kind === 'number' || spec.type.kind === 'integer') {
        cases.push(
          { name: `${where} ${field} = ${spec.type.min}`, where, field, value: spec.type.min },
          { name: `${where} ${field} = ${spec.type.max}`, where, field, value: spec.type.max },
        );
      }
      if (spec.nullable === true) cases.push({ name: `${where} ${field} = null`, where, field, value: null });
    }
  }

  it('there are bounded fields to try', () => {
    expect(cases.length).toBeGreaterThan(6);
  });

  it.each(cases)('$name', ({ where, field, value }) => {
    const h = household();
    if (where === 'member') (h.members as Record<string, unknown>[])[1]![field] = value;
    else (h.dwelling as Record<string, unknown>)[field] = value;
    let accepted = true;
    try {
      classify(h, { ruleSet: 'vn-2022-2025' });
    } catch {
      accepted = false;
    }
    // Where the schema accepts the household, the fast path does too (and gives the same value).
    if (accepted) expect(fastParse(h, ids)).toBeDefined();
    else expect(fastParse(h, ids)).toBeUndefined();
  });
});
