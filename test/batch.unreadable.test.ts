/**
 * classifyMany under hostile rows (issue 15): an accessor that throws only after validation has
 * read it ("late") used to abort the whole batch — 3 rows in, 0 out. Every row must come out:
 * such a row is a failed row with code `unreadable_input` (or, once the input is read only once,
 * simply classified), and the rows around it are classified as usual.
 */
import { describe, expect, it } from 'vitest';
import { classifyMany, type BatchResult } from '../src/index.js';

const GOOD = { area: 'rural', size: 1, income: { perCapitaMonthly: 1200000 } };

/** A household whose member's `age` answers 30 on the first read and throws on every later one. */
function lateThrower(): unknown {
  let reads = 0;
  const member = { sex: 'male', employment: 'unemployed' } as Record<string, unknown>;
  Object.defineProperty(member, 'age', {
    enumerable: true,
    get: () => {
      reads++;
      if (reads > 1) throw new Error('read too late');
      return 30;
    },
  });
  return { id: 'late', area: 'rural', members: [member], income: { perCapitaMonthly: 1200000 } };
}

function outcome(row: BatchResult): string {
  return row.ok ? 'ok' : row.issues[0]!.code;
}

describe('classifyMany: a row whose accessor throws late', () => {
  it('an array: 3 rows in, 3 rows out, in order; the hostile row fails alone', () => {
    const rows = classifyMany([GOOD, lateThrower(), GOOD]);
    expect(rows.map((row) => row.index)).toEqual([0, 1, 2]);
    expect(outcome(rows[0]!)).toBe('ok');
    expect(outcome(rows[2]!)).toBe('ok');
    expect(['ok', 'unreadable_input']).toContain(outcome(rows[1]!));
    if (!rows[1]!.ok) expect(rows[1]!).toMatchObject({ index: 1, id: 'late', ok: false, issues: [{ path: [], code: 'unreadable_input' }] });
  });

  it('an iterable and an async iterable give the same rows', async () => {
    const sync = [...classifyMany([GOOD, lateThrower(), GOOD].values())];
    const asyncRows: BatchResult[] = [];
    async function* source() {
      yield GOOD;
      yield lateThrower();
      yield GOOD;
    }
    for await (const row of classifyMany(source())) asyncRows.push(row);
    for (const rows of [sync, asyncRows]) {
      expect(rows).toHaveLength(3);
      expect(rows.map(outcome)).toEqual(classifyMany([GOOD, lateThrower(), GOOD]).map(outcome));
    }
  });

  it('a proxy whose every trap throws is one failed row', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
        ownKeys: () => {
          throw new Error('no');
        },
        getPrototypeOf: () => {
          throw new Error('no');
        },
      },
    );
    const rows = classifyMany([GOOD, hostile, GOOD]);
    expect(rows.map(outcome)).toEqual(['ok', 'unreadable_input', 'ok']);
  });
});
