/**
 * The fast path (`fastParse`) against the schema, case by case: where the schema accepts a
 * household, the fast path takes it too (else classification is only slower, falling back to
 * zod) and gives the same copy; where the schema refuses it, the fast path never lets it
 * through. And the exact places the snapshot names for values that are not plain data at the
 * first member and the first list item (index 0).
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleSet, ValidationError } from '../src/index.js';
import { fastParse } from '../src/input/fast.js';

const IDS = new Set(getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id));
/** A rule set with score thresholds (the income-proxy score of Circular 07/2021 is accepted). */
const SCORED = getRuleSet('vn-2022-2025');

class Thing {
  readonly x = 1;
}
const CLASS = 'must be plain JSON data (an object literal or JSON.parse output), not a class instance or an object with inherited fields';

function accepted(household: unknown): boolean {
  try {
    classify(household, { ruleSet: SCORED });
    return true;
  } catch (error) {
    if (error instanceof ValidationError) return false;
    throw error;
  }
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

describe('the income-proxy score: the fast path takes it at both bounds, and refuses what the schema refuses', () => {
  const scored = (score: unknown) => ({ area: 'rural', size: 3, income: { score } });
  for (const [score, ok] of [
    [0, true],
    [100000, true],
    [55.5, true],
    [-0.01, false],
    [100000.01, false],
    [null, false],
    ['50', false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ] as const) {
    it(`score ${String(score)}: ${ok ? 'accepted' : 'refused'} by the schema and the fast path alike`, () => {
      expect(accepted(scored(score))).toBe(ok);
      const fast = fastParse(scored(score), IDS, { score: true });
      if (ok) expect(fast).toEqual({ area: 'rural', size: 3, income: { score } });
      else expect(fast).toBeUndefined();
    });
  }

  it('without score thresholds, a score is not taken by the fast path', () => {
    expect(fastParse(scored(50), IDS)).toBeUndefined();
    expect(fastParse(scored(50), IDS, { score: false })).toBeUndefined();
  });
});

describe('absent, null and explicit undefined', () => {
  const base = () => ({ area: 'urban', size: 2, income: { householdMonthly: '4000000' } }) as Record<string, unknown>;

  it('sections given as undefined are absent: the fast path takes the household', () => {
    for (const key of ['members', 'deprivations', 'dwelling', 'id']) {
      const household = { ...base(), [key]: undefined };
      expect(accepted(household)).toBe(true);
      expect(fastParse(household, IDS), key).toBeDefined();
    }
  });

  it('a null id or section is refused by both', () => {
    for (const key of ['id', 'members', 'deprivations', 'dwelling', 'income', 'size', 'area']) {
      const household = { ...base(), [key]: null };
      expect(accepted(household), key).toBe(false);
      expect(fastParse(household, IDS), key).toBeUndefined();
    }
  });

  it('a null section is refused with the schema’s type issue at its path, not as unreadable input', () => {
    for (const key of ['dwelling', 'income', 'deprivations']) {
      const issues = issuesOf({ ...base(), [key]: null });
      expect(issues.map((issue) => [issue.path, issue.code])).toContainEqual([[key], 'invalid_type']);
      expect(issues.some((issue) => /could not be read/.test(issue.message))).toBe(false);
    }
    const member = issuesOf({ area: 'urban', income: { householdMonthly: '4000000' }, members: [null, { age: 30 }] });
    expect(member.map((issue) => [issue.path, issue.code])).toContainEqual([['members', 0], 'invalid_type']);
  });

  it('a null information list is taken by the fast path exactly when the schema takes it', () => {
    const household = { ...base(), dwelling: { informationMeans: null } };
    const ok = accepted(household);
    if (ok) expect(fastParse(household, IDS)?.dwelling).toEqual(household.dwelling);
    else expect(fastParse(household, IDS)).toBeUndefined();
    const listed = { ...base(), dwelling: { informationMeans: ['radio'] } };
    expect(fastParse(listed, IDS)?.dwelling).toEqual(listed.dwelling);
    const empty = { ...base(), dwelling: { informationMeans: [] } };
    expect(fastParse(empty, IDS)?.dwelling).toEqual(empty.dwelling);
  });

  it('an invalid household is never returned by the fast path', () => {
    for (const household of [
      { ...base(), size: 0 },
      { ...base(), area: 'town' },
      { ...base(), income: { householdMonthly: '-1' } },
      { ...base(), income: { householdMonthly: '1', perCapitaMonthly: '1' } },
      { ...base(), income: {} },
      { area: 'urban', size: 2 },
      { size: 2, income: { householdMonthly: '1' } },
      { ...base(), deprivations: { water: 'yes' } },
      { ...base(), deprivations: { nonsense: true } },
      { ...base(), dwelling: { informationMeans: ['telegraph'] } },
      { ...base(), extra: 1 },
    ]) {
      expect(accepted(household), JSON.stringify(household)).toBe(false);
      expect(fastParse(household, IDS), JSON.stringify(household)).toBeUndefined();
    }
  });

  it('two amounts (the income and the floor area) are both parsed into the copy', () => {
    const household = { ...base(), dwelling: { floorArea: '31.5' } };
    const fast = fastParse(household, IDS) as unknown as {
      income: { householdMonthly: { toString(): string } };
      dwelling: { floorArea: { toString(): string } };
    };
    expect(String(fast.income.householdMonthly)).toBe('4000000');
    expect(String(fast.dwelling.floorArea)).toBe('31.5');
    expect(household.dwelling.floorArea).toBe('31.5');
  });
});

describe('values that are not plain data at index 0: the path keeps the 0', () => {
  const household = () => ({
    area: 'rural',
    members: [{ age: 40 }, { age: 9 }],
    income: { householdMonthly: '3000000' },
    dwelling: { informationMeans: ['radio', 'television'] },
  });

  it('the first member’s fact', () => {
    const h = household();
    (h.members[0] as Record<string, unknown>).age = new Thing();
    expect(issuesOf(h)).toEqual([{ path: ['members', 0, 'age'], code: 'invalid_type', message: CLASS }]);
  });

  it('the first item of a list', () => {
    const h = household();
    (h.dwelling.informationMeans as unknown[])[0] = new Thing();
    expect(issuesOf(h)).toEqual([{ path: ['dwelling', 'informationMeans', 0], code: 'invalid_type', message: CLASS }]);
  });

  it('the first member itself', () => {
    const h = household();
    (h.members as unknown[])[0] = new Thing();
    expect(issuesOf(h)).toEqual([{ path: ['members', 0], code: 'invalid_type', message: CLASS }]);
  });
});
