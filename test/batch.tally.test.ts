/**
 * The summary's tallies as the command's workers fill them (src/batch/summarize.ts `Tally`):
 * counting a row from its codes (category code, one status code per indicator) gives the same
 * counts as counting its classification, and tallies made of slices of the rows, merged in any
 * order through their structured clones (what a worker sends), give the summary of all the rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMany, COLUMN_CATEGORIES, createSummarizer, getRuleSet, type Classification } from '../src/index.js';
import { createSummarizerWith, Tally } from '../src/batch/summarize.js';

const RULE_SET = getRuleSet('vn-2022-2025');
const IDS = RULE_SET.indicators.map((indicator) => indicator.id);
const CUT = RULE_SET.deprivationCut.atLeast;
const STATUS = { 'not-deprived': 0, deprived: 1, unknown: 2 } as const;

const answer = fc.constantFrom<boolean | null>(true, false, false, null);
const household = fc.record({
  area: fc.constantFrom('rural', 'urban', 'nowhere'),
  size: fc.integer({ min: 0, max: 6 }),
  income: fc.integer({ min: 0, max: 4_000_000 }),
  answers: fc.array(answer, { minLength: 12, maxLength: 12 }),
  group: fc.constantFrom('A', 'B', null),
});
type Generated = { area: string; size: number; income: number; answers: (boolean | null)[]; group: string | null };

function rowsOf(generated: readonly Generated[]) {
  return classifyMany(
    generated.map((h) => ({
      area: h.area,
      size: h.size,
      income: { perCapitaMonthly: h.income },
      deprivations: Object.fromEntries(IDS.map((id, i) => [id, h.answers[i]!])),
    })),
  );
}

/** A row's codes: category code (255 failed) and one status code per indicator. */
function codesOf(result: Classification | null): { slot: number; statuses: Uint8Array } {
  if (result === null) return { slot: 255, statuses: new Uint8Array(IDS.length) };
  return { slot: COLUMN_CATEGORIES.indexOf(result.category), statuses: Uint8Array.from(result.indicators, (indicator) => STATUS[indicator.status]) };
}

describe('Tally.addCodes', () => {
  it('counts a row from its codes as Tally.add counts its classification (property)', () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 40 }), (generated) => {
        const byResult = new Tally(IDS.length);
        const byCodes = new Tally(IDS.length);
        for (const row of rowsOf(generated)) {
          const result = row.ok ? row.result : null;
          byResult.add(result, CUT);
          const { slot, statuses } = codesOf(result);
          // The codes sit at an offset in a longer array, as in a worker's batch.
          const padded = new Uint8Array(3 + statuses.length);
          padded.set(statuses, 3);
          byCodes.addCodes(slot, padded, 3, CUT);
        }
        expect({ ...byCodes }).toEqual({ ...byResult });
      }),
      { numRuns: 100 },
    );
  });

  it('counts a failed row (code 255) as an error and nothing else', () => {
    const tally = new Tally(IDS.length);
    tally.addCodes(255, new Uint8Array(IDS.length).fill(1), 0, CUT);
    expect(tally.rows).toBe(1);
    expect(tally.errors).toBe(1);
    expect(tally.categories).toEqual([0, 0, 0, 0, 0]);
    expect(tally.deprived.every((count) => count === 0)).toBe(true);
    expect(tally.afPopulation + tally.afIncomplete).toBe(0);
  });

  it('a household deprived in exactly k indicators is AF poor, one with k − 1 is not; an unknown answer leaves it out of the AF population', () => {
    const tally = new Tally(IDS.length);
    const statuses = (deprived: number, unknown = 0) => Uint8Array.from(IDS, (_, j) => (j < deprived ? 1 : j < deprived + unknown ? 2 : 0));
    tally.addCodes(0, statuses(CUT), 0, CUT);
    tally.addCodes(3, statuses(CUT - 1), 0, CUT);
    tally.addCodes(4, statuses(CUT, 1), 0, CUT);
    expect(tally.afPopulation).toBe(2);
    expect(tally.afIncomplete).toBe(1);
    expect(tally.afPoor).toBe(1);
    expect(tally.afSum).toBe(CUT);
    expect(tally.scores[CUT]).toBe(1);
    expect(tally.scores[CUT - 1]).toBe(1);
    // Poor and near-poor deprivations count only the first row (slot 0); the third is undetermined.
    expect(tally.deprivedPoorOrNearPoor[0]).toBe(1);
    expect(tally.deprived[0]).toBe(3);
    expect(tally.unknown[CUT]).toBe(1);
  });
});

describe('merging tallies (what --workers does for an unweighted summary)', () => {
  it('slices of the rows, tallied apart and merged out of order, give the summary of all the rows (property)', () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 50 }), fc.array(fc.nat({ max: 50 }), { maxLength: 4 }), fc.boolean(), (generated, cuts, grouped) => {
        const rows = rowsOf(generated);
        const options = grouped ? { ruleSet: RULE_SET, by: 'group' } : { ruleSet: RULE_SET };
        const whole = createSummarizer(options);
        rows.forEach((row, i) => whole.add(row, grouped ? generated[i]!.group : undefined));
        const bounds = [0, ...cuts.map((cut) => Math.min(cut, rows.length)).sort((a, b) => a - b), rows.length];
        const slices: { total: Tally; groups: Map<string | null, Tally> }[] = [];
        for (let s = 0; s + 1 < bounds.length; s++) {
          const total = new Tally(IDS.length);
          const groups = new Map<string | null, Tally>();
          for (let i = bounds[s]!; i < bounds[s + 1]!; i++) {
            const row = rows[i]!;
            const { slot, statuses } = codesOf(row.ok ? row.result : null);
            total.addCodes(slot, statuses, 0, CUT);
            if (!grouped) continue;
            const key = generated[i]!.group;
            if (!groups.has(key)) groups.set(key, new Tally(IDS.length));
            groups.get(key)!.addCodes(slot, statuses, 0, CUT);
          }
          slices.push({ total, groups });
        }
        const merged = createSummarizerWith(options);
        for (const slice of slices.reverse()) merged.merge(structuredClone({ total: slice.total, groups: [...slice.groups] }));
        expect(merged.summarizer.finish()).toEqual(whole.finish());
      }),
      { numRuns: 100 },
    );
  });

  it('is refused by a weighted summarizer (its figures need each row)', () => {
    const { merge } = createSummarizerWith({ ruleSet: RULE_SET, weight: 'weight' });
    expect(() => merge({ total: new Tally(IDS.length), groups: [] })).toThrow(/unweighted/);
  });
});
