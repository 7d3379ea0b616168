/**
 * Validation reads each value of the input once and hands the engine its own plain copy: a
 * getter cannot answer one thing to the validation and another to the engine, and a result
 * never shares an object with the input (changing the input later changes no result).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classify, ValidationError } from '../src/index.js';
import type { Classification } from '../src/index.js';
import { parseOrThrow } from '../src/input/validate.js';
import { DWELLING_FACTS_2022, MEMBER_FACTS_2022, consistentDwelling } from './helpers/arbitraries.js';

/** An object whose `key` answers `values[0]`, then `values[1]`, … (the last one from then on); `reads()` counts the readings. */
function changing<T extends Record<string, unknown>>(base: T, key: string, values: readonly unknown[]): { value: T; reads: () => number } {
  let reads = 0;
  const value = { ...base };
  Object.defineProperty(value, key, {
    enumerable: true,
    get: () => values[Math.min(reads++, values.length - 1)],
  });
  return { value, reads: () => reads };
}

/** Every object and array reachable from `value`. */
function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object' && !into.has(value)) {
    into.add(value);
    for (const inner of Object.values(value)) objectsIn(inner, into);
  }
  return into;
}

const json = (result: Classification): unknown => JSON.parse(JSON.stringify(result));

describe('each input value is read once; the engine works on its own copy', () => {
  it('a member whose age answers 40, then "forty": classified as 40 years old, the age read once', () => {
    // Health insurance (Decree 07/2021): deprived when a member aged 6 or over has none.
    const member = changing({ healthInsurance: false }, 'age', [40, 'forty']);
    const result = classify({ area: 'rural', members: [member.value], income: { perCapitaMonthly: 1_000_000 } });
    expect(member.reads()).toBe(1);
    const expected = classify({ area: 'rural', members: [{ healthInsurance: false, age: 40 }], income: { perCapitaMonthly: 1_000_000 } });
    expect(json(result)).toEqual(json(expected));
    expect(result.indicators.find((indicator) => indicator.id === 'health-insurance')!.status).toBe('deprived');
  });

  it('an employment answer that reads false, then true: the category comes from the one reading', () => {
    // At 1,000,000 đồng (rural poverty line 1,500,000) the cut (3) decides poor or near-poor.
    const answers = changing({ 'health-insurance': true, water: true }, 'employment', [false, true]);
    const result = classify({ area: 'rural', size: 3, income: { perCapitaMonthly: 1_000_000 }, deprivations: answers.value });
    expect(answers.reads()).toBe(1);
    expect(result.indicators.find((indicator) => indicator.id === 'employment')!.status).toBe('not-deprived');
    expect(result.deprivationCount).toBe(2);
    // Two known deprivations and nine unknown indicators: still poor or near-poor, never "poor" from a second reading.
    expect(json(result)).toEqual(
      json(
        classify({
          area: 'rural',
          size: 3,
          income: { perCapitaMonthly: 1_000_000 },
          deprivations: { 'health-insurance': true, water: true, employment: false },
        }),
      ),
    );
    const twelve = [
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
    const all = changing({ ...Object.fromEntries(twelve.map((id) => [id, false])), water: true, sanitation: true }, 'employment', [false, true]);
    const decided = classify({ area: 'rural', size: 3, income: { perCapitaMonthly: 1_000_000 }, deprivations: all.value });
    expect(all.reads()).toBe(1);
    expect(decided.category).toBe('near-poor'); // 2 deprivations; a second reading (true) would make it 3: poor
  });

  it('changing the input after classify changes nothing in the result (informationMeans, members, answers)', () => {
    const informationMeans = ['radio'];
    const members = [{ age: 30, healthInsurance: true }];
    const deprivations: Record<string, boolean> = { water: false };
    const household = {
      area: 'urban',
      members,
      income: { householdMonthly: '3000000' },
      deprivations,
      dwelling: { informationMeans, hearsLoudspeaker: false, floorArea: '20' },
    };
    const result = classify(household);
    const before = json(result);
    const evidence = result.indicators.find((indicator) => indicator.id === 'information-access')!.evidence;
    expect(evidence).toMatchObject({ basis: 'dwelling', facts: { informationMeans: ['radio'] } });
    informationMeans.length = 0;
    informationMeans.push('television', 'smartphone');
    members[0]!.healthInsurance = false;
    deprivations.water = true;
    household.dwelling.floorArea = '1';
    expect(json(result)).toEqual(before);
    expect(evidence.facts?.informationMeans).not.toBe(informationMeans);
  });

  it('fc: no object of a result is an object of the input', () => {
    const household = fc.record(
      {
        area: fc.constantFrom('rural', 'urban'),
        members: fc.array(fc.record(MEMBER_FACTS_2022, { requiredKeys: [] }), { minLength: 1, maxLength: 4 }),
        income: fc.constantFrom({ perCapitaMonthly: 1_200_000 }, { householdMonthly: '6000000' }, { score: 40 }),
        deprivations: fc.dictionary(fc.constantFrom('water', 'telecom', 'employment'), fc.option(fc.boolean()), { maxKeys: 3 }),
        dwelling: fc.record(DWELLING_FACTS_2022, { requiredKeys: [] }).map(consistentDwelling),
      },
      { requiredKeys: ['area', 'members', 'income'] },
    );
    fc.assert(
      fc.property(household, (input) => {
        const inputObjects = objectsIn(input);
        for (const object of objectsIn(classify(input))) expect(inputObjects.has(object)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('an invalid household is read once too, and refused with every issue', () => {
    const member = changing({}, 'age', [200, 30]);
    let error: unknown;
    try {
      classify({ area: 'rural', members: [member.value], income: { perCapitaMonthly: -1 } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(member.reads()).toBe(1);
    // The age zod saw is the age read (200), not a second reading (30).
    expect((error as ValidationError).issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['members.0.age', 'too_big'],
      ['income.perCapitaMonthly', 'invalid_amount'],
    ]);
  });

  it('the zod path validates a plain snapshot: what zod checked is what the caller gets', () => {
    const schema = z.strictObject({ age: z.int().min(0).max(130), tags: z.array(z.string()) });
    const tags = ['a'];
    const input = changing({ tags }, 'age', [40, 'forty']);
    const parsed = parseOrThrow(schema, input.value);
    expect(parsed).toEqual({ age: 40, tags: ['a'] });
    expect(input.reads()).toBe(1);
    expect(parsed.tags).not.toBe(tags);
    // Refused values are the ones read, once.
    const refused = changing({ tags }, 'age', ['forty', 40]);
    expect(() => parseOrThrow(schema, refused.value)).toThrow(ValidationError);
    expect(refused.reads()).toBe(1);
  });
});
