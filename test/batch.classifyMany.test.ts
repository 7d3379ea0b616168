/**
 * classifyMany: rows in = rows out, in order; bad households become row-level errors and the
 * batch goes on; arrays give arrays, iterables give lazy generators, async iterables give
 * async generators; options are checked once, before any household is read.
 */
import { describe, expect, it } from 'vitest';
import { classify, classifyMany, getRuleSet, ValidationError, type BatchResult } from '../src/index.js';

const NONE = Object.fromEntries(getRuleSet('vn-2022-2025').indicators.map((indicator) => [indicator.id, false]));

const POOR = {
  id: 'A1',
  area: 'rural',
  size: 4,
  income: { perCapitaMonthly: 1200000 },
  deprivations: { employment: true, 'health-insurance': true, water: true },
};
const NEAR_POOR = { id: 7, area: 'urban', size: 2, income: { perCapitaMonthly: '2000000' }, deprivations: NONE };
const BAD_SIZE = { id: 'B1', area: 'rural', size: 0, income: { perCapitaMonthly: 1200000 } };
const BAD_AMOUNT = { area: 'rural', size: 3, income: { perCapitaMonthly: '1.500.000' } };

function summary(rows: readonly BatchResult[]): string[] {
  return rows.map((row) =>
    row.ok
      ? `${row.index}:${String(row.id)}:${row.result.category}`
      : `${row.index}:${String(row.id)}:error:${row.issues.map((issue) => issue.path.join('.')).join(',')}`,
  );
}

describe('classifyMany over an array', () => {
  it('gives one result per household, in order, with index and id', () => {
    const rows = classifyMany([POOR, BAD_SIZE, NEAR_POOR, BAD_AMOUNT, 'not an object']);
    expect(Array.isArray(rows)).toBe(true);
    expect(summary(rows)).toEqual(['0:A1:poor', '1:B1:error:size', '2:7:near-poor', '3:undefined:error:income.perCapitaMonthly', '4:undefined:error:']);
  });

  it('returns exactly what classify returns for each valid household (one source of truth)', () => {
    const rows = classifyMany([POOR, NEAR_POOR], { date: '2025-06-30' });
    expect(rows[0]).toEqual({ index: 0, id: 'A1', ok: true, result: classify(POOR, { date: '2025-06-30' }) });
    expect(rows[1]).toEqual({ index: 1, id: 7, ok: true, result: classify(NEAR_POOR, { date: '2025-06-30' }) });
  });

  it('reports the same issues classify throws for an invalid household', () => {
    let thrown: ValidationError | undefined;
    try {
      classify(BAD_AMOUNT);
    } catch (error) {
      thrown = error as ValidationError;
    }
    const [row] = classifyMany([BAD_AMOUNT]);
    expect(row!.ok).toBe(false);
    expect(!row!.ok && row!.issues).toEqual(thrown!.issues);
    expect(row).not.toHaveProperty('id');
  });

  it('goes on after a household whose getters throw', () => {
    const hostile = {
      area: 'rural',
      size: 1,
      get income(): never {
        throw new Error('boom');
      },
    };
    const rows = classifyMany([hostile, POOR]);
    expect(rows[0]!.ok).toBe(false);
    expect(rows[1]!.ok && rows[1]!.result.category).toBe('poor');
  });

  it('gives an empty array for an empty array', () => {
    expect(classifyMany([])).toEqual([]);
  });
});

describe('classifyMany over iterables', () => {
  it('is lazy over a generator: one household is read per result', () => {
    let pulled = 0;
    function* households(): Generator<unknown> {
      for (const household of [POOR, BAD_SIZE, NEAR_POOR]) {
        pulled++;
        yield household;
      }
    }
    const rows = classifyMany(households());
    expect(Array.isArray(rows)).toBe(false);
    expect(pulled).toBe(0);
    const first = rows.next();
    expect(pulled).toBe(1);
    expect(!first.done && first.value.ok).toBe(true);
    expect(summary([...rows])).toEqual(['1:B1:error:size', '2:7:near-poor']);
    expect(pulled).toBe(3);
  });

  it('gives the same rows for a Set as for an array', () => {
    expect(summary([...classifyMany(new Set<unknown>([POOR, BAD_SIZE, NEAR_POOR]))])).toEqual(summary(classifyMany([POOR, BAD_SIZE, NEAR_POOR])));
  });

  it('turns an async iterable into an async generator, in order', async () => {
    async function* households(): AsyncGenerator<unknown> {
      for (const household of [POOR, BAD_SIZE, NEAR_POOR, BAD_AMOUNT]) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield household;
      }
    }
    const rows: BatchResult[] = [];
    for await (const row of classifyMany(households())) rows.push(row);
    expect(summary(rows)).toEqual(summary(classifyMany([POOR, BAD_SIZE, NEAR_POOR, BAD_AMOUNT])));
  });
});

describe('classifyMany options', () => {
  it('throws a ValidationError for an unknown rule set before reading any household', () => {
    let pulled = 0;
    function* households(): Generator<unknown> {
      pulled++;
      yield POOR;
    }
    expect(() => classifyMany(households(), { ruleSet: 'vn-1999' })).toThrow(ValidationError);
    expect(pulled).toBe(0);
  });

  it('throws for a bad date instead of failing every row', () => {
    expect(() => classifyMany([POOR, NEAR_POOR], { date: '2025-02-30' })).toThrow(/calendar date/);
    expect(() => classifyMany([POOR], { ruleSet: 'vn-2022-2025', date: '2021-12-31' })).toThrow(ValidationError);
  });

  it('throws for input that is not iterable', () => {
    expect(() => classifyMany(42 as unknown as unknown[])).toThrow(ValidationError);
    expect(() => classifyMany(null as unknown as unknown[])).toThrow(ValidationError);
  });

  it('applies the date to every household', () => {
    const rows = classifyMany([POOR, NEAR_POOR], { date: '2024-01-15' });
    expect(rows.every((row) => row.ok && row.result.date === '2024-01-15')).toBe(true);
  });
});
