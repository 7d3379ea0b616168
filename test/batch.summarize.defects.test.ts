/**
 * Regression tests for the summarize defects of issues 11 and 15:
 * - `add(row, key)` with a key for only some rows: the groups must still add up to the totals
 *   (rows without a key go to the missing-key group whenever grouping is in effect, including
 *   rows added before the first key);
 * - bad input to `summarize` and `renderSummary` is refused with a ValidationError naming the
 *   path (the row index), never a TypeError; the `ruleSet` option accepts an id or a rule set.
 */
import { describe, expect, it } from 'vitest';
import { classifyMany, createSummarizer, getRuleSet, renderSummary, summarize, ValidationError, type Summary } from '../src/index.js';
import { answers } from './helpers/households.js';

const HOUSEHOLDS = [
  { id: 'a', area: 'rural', size: 3, income: { perCapitaMonthly: 1_200_000 }, deprivations: answers(3) },
  { id: 'b', area: 'urban', size: 2, income: { perCapitaMonthly: 4_000_000 }, deprivations: answers(0) },
  { id: 'c', area: 'rural', size: 4, income: { perCapitaMonthly: 1_000_000 } },
  { id: 'd', area: 'rural', size: 0, income: { perCapitaMonthly: 1 } },
];
const ROWS = classifyMany(HOUSEHOLDS);

function groupRows(summary: Summary): [string | null, number][] {
  return summary.groups.map((group) => [group.key, group.rows]);
}

/** The issues of the ValidationError `run` throws (fails the test if it throws anything else). */
function issuesOf(run: () => unknown): readonly { path: readonly (string | number)[]; code: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError, nothing was thrown');
}

describe('createSummarizer().add(row, key) with keys for only some rows (issue 11)', () => {
  it('puts rows without a key in the missing-key group once grouping is in effect', () => {
    const summarizer = createSummarizer();
    summarizer.add(ROWS[0]!, 'north');
    summarizer.add(ROWS[1]!);
    summarizer.add(ROWS[2]!, 'south');
    summarizer.add(ROWS[3]!);
    const summary = summarizer.finish();
    expect(summary.rows).toBe(4);
    expect(groupRows(summary)).toEqual([
      ['north', 1],
      ['south', 1],
      [null, 2],
    ]);
  });

  it('counts rows added before the first key in the missing-key group', () => {
    const summarizer = createSummarizer();
    summarizer.add(ROWS[0]!);
    summarizer.add(ROWS[1]!);
    summarizer.add(ROWS[2]!, 'south');
    summarizer.add(ROWS[3]!, 'south');
    const summary = summarizer.finish();
    expect(groupRows(summary)).toEqual([
      ['south', 2],
      [null, 2],
    ]);
    const missing = summary.groups[1]!;
    // h "a" is poor, "b" above-average: both before the first key, both in the missing group.
    expect(missing.categories.poor.count).toBe(1);
    expect(missing.categories['above-average'].count).toBe(1);
    expect(missing.alkireFoster.poor).toBe(1);
  });

  it('groups add up to the totals for every count', () => {
    const summarizer = createSummarizer();
    ROWS.forEach((row, i) => (i % 2 === 0 ? summarizer.add(row) : summarizer.add(row, 'x')));
    const summary = summarizer.finish();
    const sum = (pick: (figures: Summary | Summary['groups'][number]) => number): number => summary.groups.reduce((total, group) => total + pick(group), 0);
    expect(sum((f) => f.rows)).toBe(summary.rows);
    expect(sum((f) => f.errors.count)).toBe(summary.errors.count);
    expect(sum((f) => f.categories.poor.count)).toBe(summary.categories.poor.count);
    expect(sum((f) => f.alkireFoster.population)).toBe(summary.alkireFoster.population);
  });

  it('with `by`, an explicit key wins and rows without one use `by`', () => {
    const summarizer = createSummarizer({ by: 'area' });
    summarizer.add(ROWS[0]!, 'override');
    summarizer.add(ROWS[1]!);
    summarizer.add(ROWS[2]!);
    const summary = summarizer.finish();
    expect(groupRows(summary)).toEqual([
      ['override', 1],
      ['rural', 1],
      ['urban', 1],
    ]);
  });
});

describe('summarize and renderSummary refuse bad input with a ValidationError (issue 15)', () => {
  it('summarize(null) and summarize(42): the results are not iterable', () => {
    expect(issuesOf(() => summarize(null as never))[0]).toMatchObject({ path: [], code: 'invalid_type' });
    expect(issuesOf(() => summarize(42 as never))[0]).toMatchObject({ path: [], code: 'invalid_type' });
  });

  it('summarize([{ ok: true }]): a batch success without a result, at its row index', () => {
    expect(issuesOf(() => summarize([ROWS[0]!, { ok: true }] as never))[0]).toMatchObject({ path: [1, 'result'], code: 'invalid_type' });
  });

  it('summarize of a forged classification (unknown category, bad indicator status, wrong counts)', () => {
    const good = (ROWS[0] as unknown as { result: Record<string, unknown> }).result;
    expect(issuesOf(() => summarize([{ ...good, category: 'rich' }] as never))[0]).toMatchObject({ path: [0, 'category'] });
    const indicators = (good.indicators as { status: string }[]).map((indicator, i) => (i === 4 ? { ...indicator, status: 'maybe' } : indicator));
    expect(issuesOf(() => summarize([{ ...good, indicators }] as never))[0]).toMatchObject({ path: [0, 'indicators', 4, 'status'] });
    expect(issuesOf(() => summarize([{ ...good, deprivationCount: 7 }] as never))[0]).toMatchObject({ path: [0, 'deprivationCount'] });
    expect(issuesOf(() => summarize([{ ...good, ruleSet: null }] as never))[0]).toMatchObject({ path: [0, 'ruleSet'] });
  });

  it('a row that is not an object, at its index', () => {
    expect(issuesOf(() => summarize([ROWS[0]!, ROWS[1]!, null] as never))[0]).toMatchObject({ path: [2], code: 'invalid_type' });
  });

  it('a throwing `by` function, at the row index', () => {
    const by = (_row: unknown, index: number): string => {
      if (index === 2) throw new Error('no province');
      return 'p';
    };
    const [issue] = issuesOf(() => summarize(ROWS, { by }));
    expect(issue).toMatchObject({ path: [2], code: 'invalid_group_key' });
    expect(issue!.message).toContain('no province');
  });

  it('a `by` function returning an object, at the row index', () => {
    expect(issuesOf(() => summarize(ROWS, { by: () => ({}) as never }))[0]).toMatchObject({ path: [0], code: 'invalid_group_key' });
  });

  it('options that are not an object, and a bad `by`', () => {
    expect(issuesOf(() => summarize(ROWS, null as never))[0]).toMatchObject({ path: [], code: 'invalid_type' });
    expect(issuesOf(() => summarize(ROWS, { by: 3 as never }))[0]).toMatchObject({ path: ['by'], code: 'invalid_type' });
  });

  it('ruleSet: an id or a rule set is accepted; anything else is refused at ["ruleSet"]', () => {
    expect(summarize([], { ruleSet: 'vn-2016-2020' }).ruleSet?.id).toBe('vn-2016-2020');
    expect(summarize([], { ruleSet: getRuleSet('vn-2027-2030') }).ruleSet?.id).toBe('vn-2027-2030');
    expect(issuesOf(() => summarize([], { ruleSet: 'vn-1999' }))[0]).toMatchObject({ path: ['ruleSet'], code: 'unknown_rule_set' });
    expect(issuesOf(() => summarize([], { ruleSet: { id: 'vn-2022-2025' } as never }))[0]).toMatchObject({ path: ['ruleSet'], code: 'unknown_rule_set' });
    expect(issuesOf(() => summarize([], { ruleSet: null as never }))[0]).toMatchObject({ path: ['ruleSet'], code: 'unknown_rule_set' });
    expect(issuesOf(() => summarize([], { ruleSet: 7 as never }))[0]).toMatchObject({ path: ['ruleSet'], code: 'unknown_rule_set' });
  });

  it('renderSummary(null), renderSummary({}) and a bad locale', () => {
    expect(issuesOf(() => renderSummary(null as never))[0]).toMatchObject({ path: [], code: 'invalid_type' });
    expect(issuesOf(() => renderSummary({} as never))[0]!.path[0]).toBeDefined();
    expect(issuesOf(() => renderSummary(summarize(ROWS), null as never))[0]).toMatchObject({ path: [], code: 'invalid_type' });
  });

  it('options with a throwing getter are refused, not propagated', () => {
    const options = Object.defineProperty({}, 'by', {
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(() => summarize(ROWS, options))[0]).toMatchObject({ path: ['by'] });
  });
});
