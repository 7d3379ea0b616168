/**
 * Edges of the survey statistics: the normal quantile, exact sums at the float64 limit, zero
 * indicator weights, design keys and one-row strata, rows before the rule set is known, forged
 * rows, streaming fields, and what the tables print for each design.
 */
import { describe, expect, it } from 'vitest';
import { classify, classifyMany, createSummarizer, renderChange, renderSummary, summarize, summarizeChange, ValidationError } from '../src/index.js';
import { normalQuantile } from '../src/stats/normal.js';
import { answers, INDICATOR_IDS } from './helpers/households.js';

const POOR = { area: 'rural', size: 4, income: { perCapitaMonthly: 1_200_000 }, deprivations: answers(3) };
const AVERAGE = { area: 'rural', size: 2, income: { perCapitaMonthly: 2_000_000 }, deprivations: answers(0) };
const FAILED = { index: 0, ok: false as const, issues: [] };

function issue(run: () => unknown): { path: readonly (string | number)[]; code: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!;
  }
  throw new Error('expected a ValidationError');
}

describe('normalQuantile (AS 241) against R qnorm', () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.5, 0],
    [0.95, 1.6448536269514722],
    [0.995, 2.5758293035488999],
    [0.025, -1.959963984540054],
    [1e-12, -7.0344838253011321],
    [1e-20, -9.2623400897984052],
    [1 - 2 ** -40, 7.0477002566644087],
  ])('Φ⁻¹(%s) = %s', (p, z) => expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(2e-15 * Math.max(1, Math.abs(z))));
});

describe('exact sums at the float64 limit', () => {
  const total = (weights: (string | number)[], size?: number) =>
    summarize(
      classifyMany(weights.map(() => POOR)).map((row, i) => ({ ...row, w: weights[i] })),
      size === undefined ? { weight: 'w' } : { weight: 'w', size: () => size },
    ).survey!;

  it('eleven weights of 900000000000001 (each exact in float64, the sum is not)', () => {
    expect(11 * 900000000000001).toBe(9900000000000012); // float64 rounds
    expect(total(Array.from({ length: 11 }, () => '900000000000001')).households.total).toBe('9900000000000011');
  });

  it('a weight × size beyond 2^53 goes through BigInt', () => {
    expect(total(['123456789012345'], 200).persons!.total).toBe('24691357802469000');
  });

  it('numbers with exponents are read as the decimal they print as', () => {
    expect(total([1e-7, 1e21]).households.total).toBe('1000000000000000000000.0000001');
  });

  it('more than 22 decimal places, then a whole weight', () => {
    expect(total(['0.0000000000000000000000001', 5]).households.total).toBe('5.0000000000000000000000001');
  });
});

describe('indicator weightings: zero weights and bad values', () => {
  it('an indicator with weight 0 is never counted in the score', () => {
    const weights = Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, i === 0 ? '0' : '1/11']));
    // POOR is deprived on employment (weight 0), dependants, nutrition: score 2/11 < 1/5.
    const measure = summarize(classifyMany([POOR]), { measures: [{ name: 'no-employment', weights, k: '1/5', cuts: [0.1] }] }).survey!.households.measures[0]!;
    expect(measure.cuts.map((cut) => [cut.k, cut.poor])).toEqual([
      ['1/10', '1'],
      ['1/5', '0'],
    ]);
    expect(measure.censored[0]).toMatchObject({ weight: '0', total: '0' });
  });

  it('refuses a weight that is not a number and cuts that are not an array', () => {
    const weights = Object.fromEntries(INDICATOR_IDS.map((id) => [id, id === 'water' ? 'abc' : '1/12']));
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights }] }))).toMatchObject({
      path: ['measures', 0, 'weights', 'water'],
    });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights: 'equal', cuts: '1/3' as never }] }))).toMatchObject({
      path: ['measures', 0, 'cuts'],
    });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights: 'equal', k: {} as never }] }))).toMatchObject({
      path: ['measures', 0, 'k'],
    });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights: 'equal', k: Number.NaN }] }))).toMatchObject({
      path: ['measures', 0, 'k'],
    });
  });
});

describe('design keys and strata with one row', () => {
  const rows = classifyMany([POOR, AVERAGE, AVERAGE]);

  it('numeric strata and PSUs are keys like strings', () => {
    const survey = summarize(rows, { strata: () => 1, psu: (_row, i) => i }).survey!;
    expect(survey.design).toMatchObject({ strataCount: 1, psuCount: 3 });
  });

  it('a stratum with a single household: adjust adds its e², certainty nothing; fail with no singleton passes', () => {
    // S1 = { POOR }, S2 = { AVERAGE, AVERAGE }; p = 1/3. S1: e = 2/3 (adjust: (2/3)² = 4/9).
    // S2: e = −1/3, −1/3: no deviation. V = (4/9) / 9 with adjust, 0 with certainty.
    const strata = (_row: unknown, i: number) => (i === 0 ? 'S1' : 'S2');
    expect(summarize(rows, { strata, singletonPsu: 'adjust' }).survey!.households.categories.poor.se).toBeCloseTo(2 / 9, 15);
    expect(summarize(rows, { strata, singletonPsu: 'certainty' }).survey!.households.categories.poor.se).toBe(0);
    expect(summarize(rows, { singletonPsu: 'fail' }).survey!.design.singletonStrata).toBe(0);
  });

  it('PSU cells grow when the rule set becomes known after failed rows', () => {
    const survey = summarize([FAILED, ...rows], { psu: (_row, i) => `p${i % 2}` }).survey!;
    expect(survey.households.categories.poor).toMatchObject({ total: '1', value: '0.25' });
    expect(survey.households.alkireFoster!.population).toBe('3');
  });

  it('a late missing-key group without standard errors', () => {
    const summarizer = createSummarizer({ standardErrors: false });
    summarizer.add(rows[0]!);
    summarizer.add(rows[1]!, 'x');
    expect(summarizer.finish().groups.map((group) => [group.key, group.survey!.households.total])).toEqual([
      ['x', '1'],
      [null, '1'],
    ]);
  });

  it('add() fields: size and stratum given directly', () => {
    const summarizer = createSummarizer({ size: 'size', strata: 'stratum' });
    rows.forEach((row, i) => summarizer.add(row, undefined, { size: '3', stratum: i === 0 ? 'a' : 'b' }));
    expect(summarizer.finish().survey!.persons!.total).toBe('9');
  });
});

describe('forged rows and group keys', () => {
  const good = (classifyMany([POOR])[0] as unknown as { result: Record<string, unknown> }).result;

  it('refuses indicators that are not an array, a null indicator, wrong unknownCount or cut, and a short result of the same rule set', () => {
    expect(issue(() => summarize([{ ...good, indicators: {} }] as never)).path).toEqual([0, 'indicators']);
    expect(issue(() => summarize([{ ...good, indicators: [null, ...(good.indicators as unknown[]).slice(1)] }] as never)).path).toEqual([
      0,
      'indicators',
      0,
      'status',
    ]);
    expect(issue(() => summarize([{ ...good, unknownCount: 2 }] as never)).path).toEqual([0, 'unknownCount']);
    expect(issue(() => summarize([{ ...good, deprivationCut: -1 }] as never)).path).toEqual([0, 'deprivationCut']);
    const short = {
      ...good,
      indicators: (good.indicators as { status: string }[]).filter((indicator) => indicator.status !== 'deprived').slice(0, 5),
      deprivationCount: 0,
    };
    expect(issue(() => summarize([good, short] as never)).path).toEqual([1, 'indicators']);
  });

  it('numbers and booleans are group keys; a thrown non-Error is reported', () => {
    const rows = classifyMany([POOR, AVERAGE]);
    expect(summarize(rows, { by: (_row, i) => i === 0 }).groups.map((group) => group.key)).toEqual(['false', 'true']);
    expect(summarize(rows, { by: (_row, i) => i * 10 }).groups.map((group) => group.key)).toEqual(['0', '10']);
    expect(
      issue(() =>
        summarize(rows, {
          by: () => {
            throw 'plain string';
          },
        }),
      ).message,
    ).toContain('plain string');
    expect(issue(() => summarize(rows, { confidence: {} as never })).path).toEqual(['confidence']);
  });
});

describe('summarizeChange edges', () => {
  const first = classifyMany([
    { id: 1, ...POOR },
    { id: 2, ...AVERAGE },
  ]);
  const second = classifyMany([
    { id: 1, ...AVERAGE },
    { id: 2, ...AVERAGE },
  ]);

  it('numeric ids, an id function, and no rows at all', () => {
    expect(summarizeChange(first, second, { samples: 'panel' }).matched).toBe(2);
    expect(summarizeChange(first, second, { samples: 'panel', id: (row) => `x${(row as { id: number }).id}` }).matched).toBe(2);
    expect(summarizeChange([], [], { samples: 'panel' })).toMatchObject({ matched: 0, units: 0 });
  });

  it('a round of failed rows only: no AF change', () => {
    const change = summarizeChange([FAILED], second);
    expect(change.households.alkireFoster).toBeNull();
    expect(change.households.errors).toMatchObject({ before: '1', after: '0', change: '-1' });
  });

  it('groups with a missing key are listed last', () => {
    const change = summarizeChange(first, second, { by: (_row, i) => (i === 0 ? 'a' : undefined) });
    expect(change.groups.map((group) => group.key)).toEqual(['a', null]);
    expect(renderChange(change, { locale: 'en' })).toContain('== Group: (none) ==');
  });

  it('errors that are not ValidationErrors pass through; throwing option getters and id functions are refused', () => {
    const broken = {
      [Symbol.iterator]: () => ({
        next: () => {
          throw new RangeError('disk gone');
        },
      }),
    };
    expect(() => summarizeChange(first, broken)).toThrow(RangeError);
    const options = Object.defineProperty({}, 'samples', {
      get() {
        throw new Error('boom');
      },
    });
    expect(issue(() => summarizeChange(first, second, options)).path).toEqual([]);
    expect(
      issue(() =>
        summarizeChange(first, second, {
          samples: 'panel',
          id: () => {
            throw new Error('no id');
          },
        }),
      ).path,
    ).toEqual(['before', 0, 'id']);
  });
});

describe('what the tables print', () => {
  const rows = classifyMany([POOR, AVERAGE, AVERAGE, { ...POOR, size: 0 }]).map((row, i) => ({ ...row, w: '10', psu: `p${i % 2}`, stratum: 's' }));

  it('without standard errors: the design named, SE and CI as dashes', () => {
    const text = renderSummary(summarize(rows, { weight: 'w', strata: 'stratum', psu: 'psu', standardErrors: false }), { locale: 'en' });
    expect(text).toContain('Design: weights "w"; strata "stratum"; PSUs "psu"; Taylor linearisation, PSUs with replacement — no standard errors');
    expect(text).toMatch(/Poor\s+10\s+25\.00%\s+—\s+—/);
    expect(renderSummary(summarize(rows, { standardErrors: false }), { locale: 'en' })).toContain(
      'unweighted (every row 1); one stratum; every household its own PSU',
    );
  });

  it('PSUs and a singleton stratum are named in the design line; unsized failed rows are reported', () => {
    const summary = summarize(rows, { weight: 'w', psu: 'psu', strata: (_row, i) => (i === 0 ? 'lonely' : 's'), size: (_row, i) => (i === 3 ? 0 : 2) });
    const text = renderSummary(summary, { locale: 'en' });
    expect(text).toContain(
      '2 strata ("(function)"); 3 PSUs ("psu"); Taylor linearisation, PSUs with replacement; 1 strata with a single PSU (handled: adjust); 1 degrees of freedom',
    );
    expect(text).toContain('1 failed rows without a readable size (no persons counted)');
    expect(renderSummary(summary)).toContain('1 dòng lỗi không đọc được số nhân khẩu');
  });

  it('a weighting with cuts prints its robustness table', () => {
    const text = renderSummary(summarize(rows, { measures: [{ name: 'equal', weights: 'equal', k: '1/4', cuts: ['1/2'] }] }), { locale: 'en' });
    expect(text).toContain('Robustness to the cut k (share of the weights)');
    expect(text).toMatch(/^1\/2\s+0\.00%/m);
  });

  it('a summary without a rule set: categories only', () => {
    const text = renderSummary(summarize([FAILED], { weight: () => 3, by: () => 'g' }), { locale: 'en' });
    expect(text.split('\n')[0]).toBe('Classification summary');
    expect(text).toMatch(/Invalid rows\s+3\s+100\.00%/);
    expect(text).toMatch(/^g\s+3\s+0\.00%\s+0\.00%\s+0\.00%\s+0\.00%\s+—\s+—$/m);
  });

  it('a change with persons, a weighting and no rule set in one round', () => {
    const a = classifyMany([POOR, AVERAGE]).map((row) => ({ ...row, size: 3 }));
    const b = classifyMany([AVERAGE, AVERAGE]).map((row) => ({ ...row, size: 3 }));
    const text = renderChange(summarizeChange(a, b, { size: 'size', measures: [{ name: 'nested', weights: 'nested' }] }), { locale: 'en' });
    expect(text).toMatch(/^Persons\s+Before\s+After\s+Change \(pp\)\s+SE \(pp\)\s+95% CI \(pp\)$/m);
    expect(text).toMatch(/^H \(nested\)\s+50\.00%\s+0\.00%\s+−50\.00/m);
    const failedOnly = renderChange(summarizeChange([FAILED], [FAILED]), { locale: 'en' });
    expect(failedOnly).toMatch(/Invalid rows\s+100\.00%\s+100\.00%\s+\+0\.00\s+0\.00/);
    expect(failedOnly).not.toContain('H ');
  });

  it('a derived rule set passed to renderSummary names its indicators', () => {
    const summary = summarize([classify(POOR)], { standardErrors: true });
    expect(renderSummary(summary, { locale: 'en' })).toContain('Health insurance');
  });

  it('a panel change without counts is refused', () => {
    const change = summarizeChange(classifyMany([{ id: 'a', ...POOR }]), classifyMany([{ id: 'a', ...POOR }]), { samples: 'panel' });
    expect(issue(() => renderChange({ ...change, matched: null }))).toMatchObject({ path: ['matched'] });
  });
});
