/**
 * The review's fast paths agree with the zod schemas (property): whenever the fast path
 * accepts a record it returns what zod returns; it never accepts what zod refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastPrevious, fastShell } from '../src/review/fast.js';
import { reviewSchemas } from '../src/review/schema.js';

const { currentShellSchema, previousRecordSchema } = reviewSchemas();

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 300 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 1, 1.5, -0, Infinity),
  fc.string({ maxLength: 3 }),
  fc.constantFrom('poor', 'near-poor', 'none', 'nghèo', '', 'x'.repeat(129), 'y'.repeat(201)),
  fc.constant([]),
);
const groupArb = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom('thon', 'xa', '', 'k'.repeat(65), '__proto__'), fc.string({ maxLength: 3 })), anyValue, { maxKeys: 18 }),
  anyValue,
);
const historyArb = fc.oneof(
  fc.array(
    fc.oneof(
      fc.record(
        { year: fc.oneof(fc.integer({ min: 1985, max: 2205 }), anyValue), status: fc.oneof(fc.constantFrom('poor', 'near-poor', 'none'), anyValue) },
        { requiredKeys: [] },
      ),
      anyValue,
      fc.record({ year: fc.constant(2020), status: fc.constant('poor'), extra: anyValue }),
    ),
    { maxLength: 52 },
  ),
  anyValue,
);
const validId = fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.nat());
const validGroup = fc.dictionary(fc.constantFrom('thon', 'xa', 'huyen'), fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null)));
const validHistory = fc.array(fc.record({ year: fc.integer({ min: 1990, max: 2200 }), status: fc.constantFrom('poor', 'near-poor', 'none') }), {
  maxLength: 4,
});
const often = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: other, weight: 1 });
const previousArb = fc.oneof(
  {
    arbitrary: fc.record(
      {
        id: often(validId, anyValue),
        status: often(fc.constantFrom('poor', 'near-poor', 'none'), anyValue),
        history: often(validHistory, historyArb),
        group: often(validGroup, groupArb),
      },
      { requiredKeys: [] },
    ),
    weight: 8,
  },
  { arbitrary: fc.record({ id: validId, status: fc.constant('poor'), other: anyValue }), weight: 1 },
  { arbitrary: anyValue, weight: 1 },
);
const shellArb = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.nat(), anyValue),
    group: groupArb,
    persons: fc.oneof(fc.integer({ min: -1, max: 202 }), anyValue),
    farm: fc.constant(undefined),
    other: anyValue,
  },
  { requiredKeys: [] },
);

describe('fast paths agree with the schemas', () => {
  it("last year's entries", () => {
    let accepted = 0;
    fc.assert(
      fc.property(previousArb, (input) => {
        const fast = fastPrevious(input);
        const zod = previousRecordSchema.safeParse(input);
        if (fast !== undefined) {
          accepted++;
          expect(zod.success).toBe(true);
          expect(fast).toEqual(zod.data);
        }
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(50); // the arbitrary reaches valid records, so the comparison is not vacuous
  });

  it("this year's records (without a farm form)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(shellArb, (input) => {
        const fast = fastShell(input as Record<string, unknown>);
        const zod = currentShellSchema.safeParse(input);
        if (fast !== undefined) {
          accepted++;
          expect(zod.success).toBe(true);
          expect(fast).toEqual(zod.data);
        }
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(50); // the arbitrary reaches valid records, so the comparison is not vacuous
  });

  it('takes the common records (so the fast path is used at all)', () => {
    expect(fastPrevious({ id: 'A1', status: 'poor', group: { thon: 'Đông' }, history: [{ year: 2022, status: 'none' }] })).toEqual({
      id: 'A1',
      status: 'poor',
      group: { thon: 'Đông' },
      history: [{ year: 2022, status: 'none' }],
    });
    expect(fastShell({ id: 7, group: { thon: null, xa: 3 }, persons: 4 })).toEqual({ id: 7, group: { thon: null, xa: 3 }, persons: 4 });
    expect(fastShell({ farm: { area: 'rural' } })).toBeUndefined();
    expect(fastPrevious(Object.create({ id: 'x', status: 'poor' }))).toBeUndefined();
  });
});
