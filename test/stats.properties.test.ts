/**
 * Invariants of the weighted figures (fast-check):
 * - with every weight 1 the weighted figures are the unweighted ones, string for string;
 * - weight w is the same as the household replicated w times (estimates; the SEs differ, since
 *   the sample is larger), and person shares are household shares with weight × size;
 * - subgroups add up to the totals with weights (exact totals; H and M0 decompose by population
 *   share), and a domain covering the whole sample has the sample's SE;
 * - scaling every weight by a constant changes no estimate and no SE.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { classifyMany, summarize, type Estimate, type SurveyLevel } from '../src/index.js';
import { INDICATOR_IDS } from './helpers/households.js';

const D = Decimal.clone({ precision: 80 });
const CUSTOM = { name: 'custom', weights: Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, i < 2 ? '1/6' : '1/15'])), k: '1/3', cuts: ['1/5', '1/2'] };

const generated = fc.record({
  area: fc.constantFrom('rural', 'urban'),
  size: fc.integer({ min: 1, max: 8 }),
  income: fc.oneof(fc.integer({ min: 0, max: 4_000_000 }), fc.constant('1.000.000')), // the string is an invalid row
  answers: fc.array(fc.constantFrom<boolean | null>(true, false, false, null), { minLength: 12, maxLength: 12 }),
  weight: fc.integer({ min: 1, max: 4 }),
  group: fc.constantFrom('A', 'B', 'C'),
  stratum: fc.constantFrom('s1', 's2'),
});
type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;
const sample = fc.array(generated, { minLength: 1, maxLength: 40 });

function households(rows: readonly Generated[]) {
  return classifyMany(
    rows.map((h) => ({
      area: h.area,
      size: h.size,
      income: { perCapitaMonthly: h.income },
      deprivations: Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, h.answers[i]!])),
    })),
  ).map((row, i) => ({ ...row, ...rows[i]! }));
}

/** Every estimate's value of a level, in a fixed order. */
function values(level: SurveyLevel): (string | null)[] {
  const estimates: Estimate[] = [level.errors, ...Object.values(level.categories)];
  for (const indicator of level.indicators) estimates.push(indicator.rate, indicator.rateAmongPoorOrNearPoor);
  for (const measure of [level.alkireFoster!, ...level.measures]) {
    estimates.push(measure.H, measure.A, measure.M0, ...measure.censored.map((indicator) => indicator.headcount));
    for (const cut of measure.cuts) estimates.push(cut.H, cut.A, cut.M0);
  }
  return estimates.map((estimate) => estimate.value);
}

function ses(level: SurveyLevel): (number | null)[] {
  const estimates: Estimate[] = [level.errors, ...Object.values(level.categories)];
  for (const measure of [level.alkireFoster!, ...level.measures]) estimates.push(measure.H, measure.A, measure.M0);
  return estimates.map((estimate) => estimate.se);
}

describe('weighted figures (properties)', () => {
  it('with every weight 1 they equal the unweighted figures exactly', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom<string | number>(1, '1', '1.000'), (rows, one) => {
        const summary = summarize(households(rows), { ruleSet: 'vn-2022-2025', weight: () => one });
        const level = summary.survey!.households;
        expect(level.total).toBe(String(summary.rows));
        expect(level.errors).toMatchObject({ total: String(summary.errors.count), value: summary.errors.share });
        for (const [key, cell] of Object.entries(summary.categories)) {
          expect(level.categories[key as 'poor']).toMatchObject({ total: String(cell.count), value: cell.share });
        }
        summary.indicators.forEach((indicator, i) => {
          const weighted = level.indicators[i]!;
          expect([
            weighted.deprived,
            weighted.unknown,
            weighted.rate.value,
            weighted.deprivedAmongPoorOrNearPoor,
            weighted.rateAmongPoorOrNearPoor.value,
          ]).toEqual([
            String(indicator.deprived),
            String(indicator.unknown),
            indicator.rate,
            String(indicator.deprivedAmongPoorOrNearPoor),
            indicator.rateAmongPoorOrNearPoor,
          ]);
        });
        const af = summary.alkireFoster;
        const waf = level.alkireFoster!;
        expect([waf.population, waf.incomplete, waf.poor, waf.deprivationSum, waf.H.value, waf.A.value, waf.M0.value]).toEqual([
          String(af.population),
          String(af.incomplete),
          String(af.poor),
          String(af.deprivationSum),
          af.H,
          af.A,
          af.M0,
        ]);
        expect(waf.censored.map((c) => [c.total, c.headcount.value, c.contribution])).toEqual(
          af.censored.map((c) => [String(c.count), c.headcount, c.contribution]),
        );
        expect(waf.cuts.map((cut) => [cut.atLeast, cut.poor, cut.H.value, cut.A.value, cut.M0.value])).toEqual(
          af.cuts.map((cut) => [cut.atLeast, String(cut.poor), cut.H, cut.A, cut.M0]),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('weight w equals the household replicated w times (every estimate, households and measures)', () => {
    fc.assert(
      fc.property(sample, (rows) => {
        const weighted = summarize(households(rows), { ruleSet: 'vn-2022-2025', weight: 'weight', measures: [CUSTOM] });
        const replicated = summarize(households(rows.flatMap((row) => Array.from({ length: row.weight }, () => row))), {
          ruleSet: 'vn-2022-2025',
          measures: [CUSTOM],
        });
        expect(values(weighted.survey!.households)).toEqual(values(replicated.survey!.households));
        expect(weighted.survey!.households.total).toBe(replicated.survey!.households.total);
      }),
      { numRuns: 100 },
    );
  });

  it('person shares are household shares with weight × size', () => {
    fc.assert(
      fc.property(sample, (rows) => {
        const persons = summarize(households(rows), { ruleSet: 'vn-2022-2025', weight: 'weight', size: 'size', measures: [CUSTOM] }).survey!.persons!;
        const households_ = summarize(households(rows), {
          ruleSet: 'vn-2022-2025',
          weight: (row) => (row as unknown as Generated).weight * (row as unknown as Generated).size,
          measures: [CUSTOM],
        }).survey!.households;
        expect(values(persons)).toEqual(values(households_));
        expect(ses(persons)).toEqual(ses(households_));
      }),
      { numRuns: 60 },
    );
  });

  it('groups add up to the totals with weights; H and M0 decompose by population share', () => {
    fc.assert(
      fc.property(sample, fc.array(fc.constantFrom('0.5', '1.25', '3', '0.001'), { minLength: 40, maxLength: 40 }), (rows, weights) => {
        const summary = summarize(households(rows), { ruleSet: 'vn-2022-2025', weight: (_row, i) => weights[i]!, strata: 'stratum', by: 'group' });
        const total = summary.survey!.households;
        const sum = (pick: (level: SurveyLevel) => string): string =>
          summary.groups.reduce((acc, group) => acc.plus(pick(group.survey!.households)), new D(0)).toFixed();
        expect(sum((l) => l.total)).toBe(new D(total.total).toFixed());
        for (const key of Object.keys(total.categories) as (keyof SurveyLevel['categories'])[])
          expect(sum((l) => l.categories[key].total)).toBe(new D(total.categories[key].total).toFixed());
        expect(sum((l) => l.errors.total)).toBe(new D(total.errors.total).toFixed());
        const af = total.alkireFoster!;
        expect(sum((l) => l.alkireFoster!.population)).toBe(new D(af.population).toFixed());
        expect(sum((l) => l.alkireFoster!.poor)).toBe(new D(af.poor).toFixed());
        expect(sum((l) => l.alkireFoster!.deprivationSum!)).toBe(new D(af.deprivationSum!).toFixed());
        total.indicators.forEach((indicator, i) => expect(sum((l) => l.indicators[i]!.deprived)).toBe(new D(indicator.deprived).toFixed()));
        af.censored.forEach((indicator, i) => expect(sum((l) => l.alkireFoster!.censored[i]!.total)).toBe(new D(indicator.total).toFixed()));
        // H = Σ_g (n_g / n) H_g and M0 = Σ_g (n_g / n) M0_g, to the 20 places the figures are written with.
        if (af.H.value !== null) {
          const weightedMean = (pick: (level: SurveyLevel) => string | null): Decimal =>
            summary.groups
              .reduce((acc, group) => {
                const level = group.survey!.households;
                const value = pick(level);
                return value === null ? acc : acc.plus(new D(level.alkireFoster!.population).times(value));
              }, new D(0))
              .div(af.population);
          expect(
            weightedMean((l) => l.alkireFoster!.H.value)
              .minus(af.H.value)
              .abs()
              .toNumber(),
          ).toBeLessThan(1e-19);
          expect(
            weightedMean((l) => l.alkireFoster!.M0.value)
              .minus(af.M0.value!)
              .abs()
              .toNumber(),
          ).toBeLessThan(1e-19);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a domain holding the whole sample has the sample SE; scaling the weights changes no SE', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom('0.001', '7', '123.456'), (rows, factor) => {
        const options = { ruleSet: 'vn-2022-2025', strata: 'stratum' } as const;
        const base = summarize(households(rows), { ...options, weight: 'weight', by: () => 'all' });
        const scaled = summarize(households(rows), { ...options, weight: (row) => new D((row as unknown as Generated).weight).times(factor).toFixed() });
        const a = ses(base.survey!.households);
        const b = ses(base.groups[0]!.survey!.households);
        const c = ses(scaled.survey!.households);
        a.forEach((se, i) => {
          if (se === null) {
            expect(b[i]).toBeNull();
            expect(c[i]).toBeNull();
            return;
          }
          expect(Math.abs(b[i]! - se)).toBeLessThanOrEqual(1e-12 * se + 1e-15);
          expect(Math.abs(c[i]! - se)).toBeLessThanOrEqual(1e-12 * se + 1e-15);
        });
        // Ratios of exact totals: scaling every weight changes no estimate at all.
        expect(values(scaled.survey!.households)).toEqual(values(base.survey!.households));
      }),
      { numRuns: Number(process.env.RUNS ?? 80) },
    );
  });
});
