/**
 * The input fast path must agree with the zod schema, both ways: it accepts exactly the
 * households zod accepts, with the same parsed result; and for the others, validating the
 * fast path's snapshot gives exactly the issues zod gives for the input itself.
 *
 * The households are mostly valid (every field of the tables, absent, null or a value at and
 * within its bounds), with one change in a quarter of them (a value out of its domain, an
 * unknown key, a missing or conflicting field), so both outcomes are exercised in every run.
 */
import { consistentDwelling } from './helpers/arbitraries.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError, getRuleSet } from '../src/index.js';
import type { FieldSpec, FieldType } from '../src/index.js';
import { compile } from '../src/engine/compile.js';
import { DWELLING_FIELDS, MEMBER_FIELDS } from '../src/input/fields.js';
import { fastParse, parseHousehold } from '../src/input/fast.js';
import { toIssues } from '../src/input/validate.js';

/** Values for a field type: its bounds, values within them, and the absent/null forms. */
function valueOf(type: FieldType): fc.Arbitrary<unknown> {
  switch (type.kind) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.oneof(fc.constantFrom(type.min, type.max), fc.integer({ min: type.min, max: type.max }));
    case 'number':
      return fc.oneof(fc.constantFrom(type.min, type.max), fc.double({ min: type.min, max: type.max, noNaN: true }));
    case 'enum':
      return fc.constantFrom(...type.values);
    case 'list':
      return fc.array(fc.constantFrom(...type.values), { maxLength: type.maxLength });
    case 'amount':
      return fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constantFrom('0', '8', '31.99', '32', '0.5', '1500000'));
    case 'id':
      return fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), fc.nat(), fc.constant('m'.repeat(128)));
    default:
      throw new Error(`no generator for ${type.kind}`);
  }
}

/** A plain object of the table's fields, each absent, undefined, null (where allowed) or a value. */
function fieldsOf(table: Readonly<Record<string, FieldSpec>>): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, spec] of Object.entries(table)) {
    const value = valueOf(spec.type);
    fields[name] = spec.nullable
      ? fc.oneof({ weight: 6, arbitrary: value }, fc.constant(null), fc.constant(undefined))
      : fc.oneof({ weight: 6, arbitrary: value }, fc.constant(undefined));
  }
  return fc.record(fields, { requiredKeys: [] });
}

/** Values outside most domains. */
const oddValue = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -1, 0.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 131, 1849, 2201, 100001, Number.MAX_SAFE_INTEGER + 1),
  fc.constantFrom('', 'x', '1500000', '1.500', '1.500.000', '-1', '007', 'rural', 'Male', 'unemployd', 'tv', 'm'.repeat(129)),
  fc.constantFrom([], {}, ['radio', 1], Array(25).fill('radio'), { age: 1 }),
);

type Household = Record<string, unknown>;

/** One change that may make a valid household invalid (or, sometimes, still valid). */
function mutate(ids: readonly string[]): fc.Arbitrary<(household: Household) => Household> {
  const key = fc.constantFrom('id', 'area', 'size', 'members', 'income', 'deprivations', 'dwelling', 'extra', '__proto__');
  const memberKey = fc.constantFrom(...Object.keys(MEMBER_FIELDS), 'bogus', 'toString');
  const dwellingKey = fc.constantFrom(...Object.keys(DWELLING_FIELDS), 'bogus');
  const own = (target: Household, name: string, value: unknown): Household =>
    Object.defineProperty({ ...target }, name, { value, enumerable: true, writable: true, configurable: true });
  return fc.oneof(
    fc.tuple(key, oddValue).map(
      ([name, value]) =>
        (household: Household) =>
          own(household, name, value),
    ),
    fc.tuple(memberKey, oddValue).map(([name, value]) => (household: Household) => {
      const members = household.members as Household[] | undefined;
      return members === undefined
        ? own(household, 'members', [{ [name]: value }])
        : { ...household, members: [own(members[0]!, name, value), ...members.slice(1)] };
    }),
    fc.tuple(dwellingKey, oddValue).map(([name, value]) => (household: Household) => ({
      ...household,
      dwelling: own((household.dwelling ?? {}) as Household, name, value),
    })),
    fc.tuple(fc.constantFrom(...ids, 'bogus'), oddValue).map(([name, value]) => (household: Household) => ({
      ...household,
      deprivations: own((household.deprivations ?? {}) as Household, name, value),
    })),
    fc.constantFrom<(household: Household) => Household>(
      (household) => ({ ...household, income: { ...(household.income as Household), perCapitaMonthly: 1 } }), // two forms (or still one)
      (household) => ({ ...household, income: {} }),
      (household) => ({ ...household, income: { score: 50 } }), // valid only where the rule set has score thresholds
      (household) => ({ ...household, size: ((household.members as unknown[] | undefined)?.length ?? 1) + 1 }),
      (household) => {
        const { size: _size, members: _members, ...rest } = household;
        return rest; // neither size nor members
      },
      (household) => ({ ...household, members: [] }),
      (household) => ({ ...household, members: Array.from({ length: 201 }, () => ({})) }),
    ),
  );
}

function householdOf(ids: readonly string[]): fc.Arbitrary<{ household: Household; mutated: boolean }> {
  const valid = fc
    .record(
      {
        id: valueOf({ kind: 'id' }),
        area: fc.constantFrom('rural', 'urban'),
        members: fc.array(fieldsOf(MEMBER_FIELDS), { minLength: 1, maxLength: 5 }),
        income: fc.oneof(
          fc.record({ perCapitaMonthly: valueOf({ kind: 'amount', noun: 'amount', unit: 'đồng', format: '' }) }),
          fc.record({ householdMonthly: fc.constantFrom(0, '4500001', '0.5', 6000000) }),
          fc.record({ householdAnnual: fc.constantFrom('54000000', 90000000) }),
          fc.constant({ perCapitaMonthly: 1200000, householdMonthly: undefined }),
        ),
        deprivations: fc.dictionary(fc.constantFrom(...ids), fc.option(fc.boolean(), { nil: null }), { maxKeys: 6 }),
        // Durability class and main structures drawn to agree (a contradiction is refused: durability_mismatch).
        dwelling: fieldsOf(DWELLING_FIELDS).map((dwelling) => consistentDwelling(dwelling as Record<string, unknown>)),
      },
      { requiredKeys: ['area', 'income'] },
    )
    .chain((base: Household) => {
      const members = base.members as unknown[] | undefined;
      if (members === undefined) return fc.constantFrom({ ...base, size: 1 }, { ...base, size: 6 });
      return fc.constantFrom(base, { ...base, size: members.length });
    });
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((household) => ({ household, mutated: false })) },
    { weight: 1, arbitrary: fc.tuple(valid, mutate(ids)).map(([household, change]) => ({ household: change(household), mutated: true })) },
  );
}

describe.each(['vn-2022-2025', 'vn-2016-2020'])('input fast path (%s)', (id) => {
  const compiled = compile(getRuleSet(id));
  const ids = [...compiled.indicatorIds];
  const score = compiled.score !== undefined;

  it('accepts exactly what zod accepts, with the same result; otherwise the snapshot gets zod’s own issues', () => {
    let runs = 0;
    let fast = 0;
    let refused = 0;
    fc.assert(
      fc.property(householdOf(ids), ({ household }) => {
        runs++;
        const parsed = fastParse(household, compiled.indicatorIds, { score });
        const slow = compiled.schema.safeParse(household);
        expect(parsed !== undefined, JSON.stringify(slow.error?.issues)).toBe(slow.success);
        if (slow.success) {
          fast++;
          expect(parsed).toStrictEqual(slow.data);
          expect(parseHousehold(household, compiled)).toStrictEqual(slow.data);
        } else {
          refused++;
          let issues: unknown;
          try {
            parseHousehold(household, compiled);
          } catch (error) {
            expect(error).toBeInstanceOf(ValidationError);
            expect((error as ValidationError).message).toMatch(/^Invalid household input — /);
            issues = (error as ValidationError).issues;
          }
          expect(issues).toEqual(toIssues(slow.error.issues));
        }
      }),
      { numRuns: 3000 },
    );
    // Most runs take the fast path, and the refusals are exercised too.
    expect(runs).toBe(3000);
    expect(fast).toBeGreaterThan(runs * 0.7);
    expect(refused).toBeGreaterThan(runs * 0.1);
  });
});

describe('input fast path: the common shapes and what it refuses', () => {
  const compiled = compile(getRuleSet('vn-2022-2025'));
  const ids = compiled.indicatorIds;

  it('accepts the common answer-level and member-level shapes', () => {
    expect(fastParse({ area: 'rural', size: 4, income: { perCapitaMonthly: '1200000' }, deprivations: { water: true } }, ids)).toBeDefined();
    expect(
      fastParse(
        { area: 'urban', income: { householdAnnual: 90000000 }, members: [{ age: 40, sex: 'male', healthInsurance: true }], dwelling: { floorArea: '20.5' } },
        ids,
      ),
    ).toBeDefined();
  });

  it('refuses anything zod refuses: an own __proto__ key, a member without facts for size 2, a dot-grouped amount, inherited fields', () => {
    expect(fastParse(JSON.parse('{"area":"rural","size":1,"income":{"perCapitaMonthly":1},"__proto__":{}}'), ids)).toBeUndefined();
    expect(fastParse({ area: 'rural', size: 2, members: [{}], income: { perCapitaMonthly: 1 } }, ids)).toBeUndefined();
    expect(fastParse({ area: 'rural', size: 1, income: { perCapitaMonthly: '1.500' } }, ids)).toBeUndefined();
    expect(fastParse(Object.create({ area: 'rural' }) as unknown, ids)).toBeUndefined();
  });
});
