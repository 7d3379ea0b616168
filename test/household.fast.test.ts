/**
 * The input fast path must agree with the zod schema: whenever it accepts an input, zod accepts
 * it too and returns the same parsed household; otherwise it defers (returns undefined).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../src/input/fast.js';
import { listRuleSets } from '../src/rules/registry.js';
import { compile } from '../src/engine/compile.js';

const compiled = compile(listRuleSets().find((ruleSet) => ruleSet.id === 'vn-2022-2025')!);
const ids = compiled.indicatorIds;

const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 250 }),
  fc.constantFrom(0.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 1985, 1986, 1849, 2201),
  fc.constantFrom('', 'x', '1500000', '1.500', '1.500.000', '0.50', '007', 'rural', 'male', 'female', 'simple', 'television', 'unemployed', 'wage-worker', 'primary', 'not-attending'),
  fc.constant([]),
  fc.constant({}),
);

const memberKeys = ['id', 'age', 'ageMonths', 'sex', 'employment', 'labourContract', 'healthInsurance', 'inEducationOrTraining', 'educationLevel', 'schoolAttendance', 'stunted', 'underweight', 'dependant', 'monthlySocialAllowance', 'usesInternet', 'birthYear', 'untreatedIllness', 'phoneSubscription', 'bogus'];
const dwellingKeys = ['durability', 'floorArea', 'safeWater', 'hygienicLatrine', 'informationMeans', 'hearsLoudspeaker', 'hygienicWater', 'bogus'];

const validMember = fc.record(
  {
    age: fc.integer({ min: 0, max: 130 }),
    ageMonths: fc.integer({ min: 0, max: 11 }),
    sex: fc.constantFrom('male', 'female'),
    employment: fc.constantFrom('wage-worker', 'self-employed', 'unemployed', 'not-in-labour-force', null),
    labourContract: fc.boolean(),
    healthInsurance: fc.option(fc.boolean()),
    usesInternet: fc.boolean(),
    educationLevel: fc.constantFrom('none', 'primary', 'lower-secondary', 'upper-secondary', 'vocational', 'tertiary'),
  },
  { requiredKeys: [] },
);
const member = fc.oneof(validMember, fc.dictionary(fc.constantFrom(...memberKeys), oddValue, { maxKeys: 4 }));
const dwelling = fc.oneof(
  fc.record(
    {
      durability: fc.constantFrom('permanent', 'semi-permanent', 'less-permanent', 'simple'),
      floorArea: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constantFrom('31.99', '32', '8')),
      safeWater: fc.boolean(),
      informationMeans: fc.array(fc.constantFrom('television', 'radio', 'computer', 'smartphone'), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.constantFrom(...dwellingKeys), oddValue, { maxKeys: 3 }),
);
const amount = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('1500000', '1500000.01', '0', '1.500.000', '-1', '', '1e6'), oddValue);
const income = fc.oneof(
  fc.record({ perCapitaMonthly: amount }),
  fc.record({ householdMonthly: amount }),
  fc.record({ householdAnnual: amount }),
  fc.dictionary(fc.constantFrom('perCapitaMonthly', 'householdMonthly', 'householdAnnual', 'score', 'x'), amount, { maxKeys: 2 }),
);
const deprivations = fc.dictionary(fc.constantFrom(...ids, 'bogus', '__proto__'), fc.oneof(fc.boolean(), fc.constant(null), oddValue), { maxKeys: 5 });
const household = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 3 }), fc.nat(), oddValue),
    area: fc.oneof(fc.constantFrom('rural', 'urban'), oddValue),
    size: fc.oneof(fc.integer({ min: 1, max: 6 }), oddValue),
    members: fc.array(member, { minLength: 0, maxLength: 5 }),
    income,
    deprivations,
    dwelling,
  },
  { requiredKeys: [] },
);

const validHousehold = fc
  .record(
    {
      area: fc.constantFrom('rural', 'urban'),
      members: fc.array(validMember, { minLength: 1, maxLength: 5 }),
      income: fc.oneof(fc.record({ perCapitaMonthly: fc.integer({ min: 0, max: 5_000_000 }) }), fc.record({ householdMonthly: fc.constantFrom('4500001', '0.5', '6000000') })),
      deprivations: fc.dictionary(fc.constantFrom(...ids), fc.option(fc.boolean()), { maxKeys: 6 }),
      dwelling: dwelling,
    },
    { requiredKeys: ['area', 'members', 'income'] },
  )
  .chain((base) => fc.constantFrom({ ...base }, { ...base, size: base.members.length }, { ...base, size: base.members.length + 1 }));

describe('input fast path', () => {
  it('agrees with the zod schema whenever it accepts an input', () => {
    fc.assert(
      fc.property(household, (input) => {
        const fast = fastParse(input, ids);
        const slow = compiled.schema.safeParse(input);
        if (fast !== undefined) {
          expect(slow.success).toBe(true);
          expect(fast).toEqual(slow.data);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the zod schema on mostly valid households (and accepts most of them)', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(validHousehold, (input) => {
        runs++;
        const fast = fastParse(input, ids);
        const slow = compiled.schema.safeParse(input);
        if (fast !== undefined) {
          accepted++;
          expect(slow.success).toBe(true);
          expect(fast).toEqual(slow.data);
        }
      }),
      { numRuns: 2000 },
    );
    // The generator must exercise the fast path, or the test proves nothing.
    expect(accepted).toBeGreaterThan(runs / 5);
  });

  it('accepts the common answer-level and member-level shapes', () => {
    expect(fastParse({ area: 'rural', size: 4, income: { perCapitaMonthly: '1200000' }, deprivations: { water: true } }, ids)).toBeDefined();
    expect(
      fastParse({ area: 'urban', income: { householdAnnual: 90000000 }, members: [{ age: 40, sex: 'male', healthInsurance: true }], dwelling: { floorArea: '20.5' } }, ids),
    ).toBeDefined();
  });

  it('defers to zod on anything it does not know', () => {
    expect(fastParse(JSON.parse('{"area":"rural","size":1,"income":{"perCapitaMonthly":1},"__proto__":{}}'), ids)).toBeUndefined();
    expect(fastParse({ area: 'rural', size: 2, members: [{}], income: { perCapitaMonthly: 1 } }, ids)).toBeUndefined();
    expect(fastParse({ area: 'rural', size: 1, income: { perCapitaMonthly: '1.500' } }, ids)).toBeUndefined();
    expect(fastParse(Object.create({ area: 'rural' }) as unknown, ids)).toBeUndefined();
  });
});
