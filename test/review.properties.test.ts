/**
 * Property tests of the review's balances (fast-check): for random lists and results, in every
 * group and in the total, start − decreases + increases = end for poor and for near-poor
 * households; start and end equal counts made independently from the households; parents add
 * up their children; every household is counted once (this year's rows + last year's missing
 * entries = the transitions); feeding village by village with `settle` gives the same report;
 * a longer re-poor look-back only moves households from "newly poor" to "re-poor".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyMany, createReview, reviewHouseholds } from '../src/index.js';
import type { BatchResult, Classification, CurrentRecord, PreviousRecord, ReviewFigures, ReviewOptions, ReviewReport } from '../src/index.js';
import { answers } from './helpers/households.js';

/** One result per kind of outcome, classified once (the review reads them, never re-classifies). */
const OUTCOMES: Record<string, Classification | BatchResult> = {
  poor: classify({ area: 'rural', size: 2, income: { perCapitaMonthly: 1_000_000 }, deprivations: answers(4) }),
  'near-poor': classify({ area: 'rural', size: 2, income: { perCapitaMonthly: 1_400_000 }, deprivations: answers(1) }),
  average: classify({ area: 'rural', size: 2, income: { perCapitaMonthly: 2_000_000 } }),
  'above-average': classify({ area: 'rural', size: 2, income: { perCapitaMonthly: 5_000_000 } }),
  'undetermined-poor-near': classify({ area: 'rural', size: 2, income: { perCapitaMonthly: 1_200_000 }, deprivations: answers(2, 1) }),
  'undetermined-score': classify({ area: 'rural', size: 2, income: { score: 160 } }),
  failed: classifyMany([{ area: 'rural', size: 0, income: { perCapitaMonthly: 1 } }])[0]!,
};
const OUTCOME_NAMES = Object.keys(OUTCOMES);
for (const name of ['undetermined-poor-near', 'undetermined-score']) expect((OUTCOMES[name] as Classification).category).toBe('undetermined');
expect((OUTCOMES.failed as BatchResult).ok).toBe(false);

const STATUSES = ['poor', 'near-poor', 'none'] as const;
const VILLAGES = [
  { xa: 'X1', thon: 'A' },
  { xa: 'X1', thon: 'B' },
  { xa: 'X2', thon: 'C' },
  { xa: 'X2', thon: null },
] as const;

interface Case {
  readonly previous: (typeof STATUSES)[number] | null;
  readonly history: readonly { year: number; status: (typeof STATUSES)[number] }[];
  readonly previousVillage: number;
  readonly current: string | null;
  readonly village: number;
  readonly persons: number | null;
}

const historyArb = fc.uniqueArray(fc.record({ year: fc.integer({ min: 2016, max: 2023 }), status: fc.constantFrom(...STATUSES) }), {
  selector: (step) => step.year,
  maxLength: 4,
});
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    previous: fc.option(fc.constantFrom(...STATUSES), { nil: null, freq: 3 }),
    history: historyArb,
    previousVillage: fc.integer({ min: 0, max: VILLAGES.length - 1 }),
    current: fc.option(fc.constantFrom(...OUTCOME_NAMES), { nil: null, freq: 5 }),
    village: fc.integer({ min: 0, max: VILLAGES.length - 1 }),
    persons: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null, freq: 5 }),
  })
  .filter((c) => c.previous !== null || c.current !== null);
const scenarioArb = fc.record({
  cases: fc.array(caseArb, { maxLength: 60 }),
  coverage: fc.constantFrom('poor-and-near-poor', 'all-households') as fc.Arbitrary<'poor-and-near-poor' | 'all-households'>,
  lookBack: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
});

function lists(cases: readonly Case[]): { previous: PreviousRecord[]; current: CurrentRecord[] } {
  const previous: PreviousRecord[] = [];
  const current: CurrentRecord[] = [];
  cases.forEach((c, i) => {
    const id = `h${i}`;
    if (c.previous !== null) previous.push({ id, status: c.previous, history: [...c.history], group: VILLAGES[c.previousVillage]! });
    if (c.current !== null)
      current.push({ id, result: OUTCOMES[c.current]!, group: VILLAGES[c.village]!, ...(c.persons === null ? {} : { persons: c.persons }) });
  });
  return { previous, current };
}

const options = (coverage: ReviewOptions['previousList']['coverage'], lookBack: number | null): ReviewOptions => ({
  date: '2025-10-01',
  previousList: { year: 2024, date: '2024-12-15', coverage },
  by: ['xa', 'thon'],
  ...(lookBack === null ? {} : { rePoorLookBack: { years: lookBack } }),
});

/** Categories from the outcome name: what a household counts as at the end. */
const endOf = (name: string | null): 'poor' | 'near-poor' | null => (name === 'poor' || name === 'near-poor' ? name : null);

function balanced(f: ReviewFigures): void {
  const p = f.poorMovement;
  expect(p.decreases).toBe(p.escapedToNearPoor + p.escapedAboveNearPoorLine + p.notInThisYearsFile + p.undetermined + p.notClassified);
  expect(p.increases).toBe(p.fromNearPoor + p.rePoor + p.newlyPoor + p.notOnPreviousList);
  expect(p.start - p.decreases + p.increases).toBe(p.end);
  const n = f.nearPoorMovement;
  expect(n.decreases).toBe(n.becamePoor + n.escapedNearPoverty + n.notInThisYearsFile + n.undetermined + n.notClassified);
  expect(n.increases).toBe(n.fromPoor + n.newlyNearPoor + n.notOnPreviousList);
  expect(n.start - n.decreases + n.increases).toBe(n.end);
  // Flows between the two tables mirror each other.
  expect(p.escapedToNearPoor).toBe(n.fromPoor);
  expect(p.fromNearPoor).toBe(n.becamePoor);
  expect(f.results.poor.households).toBe(p.end);
  expect(f.results.nearPoor.households).toBe(n.end);
  expect(f.deprivations.poor.households).toBe(p.end);
  const transitions = Object.values(f.transitions).reduce((a, b) => a + b, 0);
  expect(transitions).toBe(f.reviewed + f.notInThisYearsFile.poor + f.notInThisYearsFile.nearPoor + f.notInThisYearsFile.none);
  expect(f.classified + f.notClassified).toBe(f.reviewed);
  expect(f.onPreviousList + f.notOnPreviousList).toBe(f.reviewed);
}

const SUMMED = (f: ReviewFigures): number[] => [
  f.reviewed,
  f.classified,
  f.undetermined,
  f.onPreviousList,
  f.notInThisYearsFile.poor,
  f.notInThisYearsFile.nearPoor,
  f.groupChanged,
  ...Object.values(f.poorMovement),
  ...Object.values(f.nearPoorMovement),
  ...Object.values(f.transitions),
  f.deprivations.poor.deprivations,
];

function groupOf(report: ReviewReport, key: readonly (string | null)[]): ReviewFigures | undefined {
  return report.groups.find((g) => g.key.length === key.length && g.key.every((v, i) => v === key[i]));
}

describe('review balances (property)', () => {
  it('start − out + in = end in every group and the total; start and end match an independent count; parents sum their children', () => {
    fc.assert(
      fc.property(scenarioArb, ({ cases, coverage, lookBack }) => {
        const { previous, current } = lists(cases);
        const { report } = reviewHouseholds(previous, current, options(coverage, lookBack));
        const all: ReviewFigures[] = [report, ...report.groups];
        all.forEach(balanced);

        // Independent counts: a household is counted in this year's village, or last year's when missing.
        const where = (c: Case) => VILLAGES[c.current === null ? c.previousVillage : c.village]!;
        for (const key of [[], ['X1'], ['X2'], ['X1', 'A'], ['X1', 'B'], ['X2', 'C'], ['X2', null]] as (string | null)[][]) {
          const inside = cases.filter((c) => key.every((value, i) => (i === 0 ? where(c).xa : where(c).thon) === value));
          const figures = key.length === 0 ? report : groupOf(report, key);
          if (inside.length === 0 && key.length > 0) {
            expect(figures).toBeUndefined();
            continue;
          }
          expect(figures!.poorMovement.start).toBe(inside.filter((c) => c.previous === 'poor').length);
          expect(figures!.nearPoorMovement.start).toBe(inside.filter((c) => c.previous === 'near-poor').length);
          expect(figures!.poorMovement.end).toBe(inside.filter((c) => endOf(c.current) === 'poor').length);
          expect(figures!.nearPoorMovement.end).toBe(inside.filter((c) => endOf(c.current) === 'near-poor').length);
          expect(figures!.reviewed).toBe(inside.filter((c) => c.current !== null).length);
          expect(figures!.notOnPreviousList).toBe(inside.filter((c) => c.current !== null && c.previous === null).length);
          expect(figures!.poorMovement.notOnPreviousList).toBe(
            coverage === 'all-households' ? inside.filter((c) => c.previous === null && c.current === 'poor').length : 0,
          );
        }
        // Parents: the total sums the communes, each commune its villages.
        const sum = (list: ReviewFigures[]) =>
          list.map(SUMMED).reduce(
            (a, b) => a.map((x, i) => x + b[i]!),
            SUMMED(report).map(() => 0),
          );
        const level1 = report.groups.filter((g) => g.level === 1);
        expect(sum(level1)).toEqual(SUMMED(report));
        for (const parent of level1) expect(sum(report.groups.filter((g) => g.level === 2 && g.key[0] === parent.key[0]))).toEqual(SUMMED(parent));
      }),
      { numRuns: 300 },
    );
  });

  it('village by village with settle gives the report of one pass', () => {
    fc.assert(
      fc.property(scenarioArb, ({ cases, coverage, lookBack }) => {
        const { previous, current } = lists(cases);
        const once = reviewHouseholds(previous, current, options(coverage, lookBack)).report;
        const review = createReview(options(coverage, lookBack));
        // Batch = this year's village (last year's for a household missing this year).
        for (let v = 0; v < VILLAGES.length; v++) {
          cases.forEach((c, i) => {
            const batch = c.current === null ? c.previousVillage : c.village;
            if (batch === v && c.previous !== null) review.addPrevious(previous.find((p) => p.id === `h${i}`)!);
          });
          cases.forEach((c, i) => {
            if (c.current !== null && c.village === v) review.add(current.find((r) => r.id === `h${i}`)!);
          });
          review.settle();
        }
        expect(review.finish()).toEqual(once);
      }),
      { numRuns: 150 },
    );
  });

  it('a longer look-back only moves households from newly poor to re-poor', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 8 }), ({ cases, coverage }, years) => {
        const { previous, current } = lists(cases);
        const shorter = reviewHouseholds(previous, current, options(coverage, years)).report.poorMovement;
        const longer = reviewHouseholds(previous, current, options(coverage, years + 1)).report.poorMovement;
        const everything = reviewHouseholds(previous, current, options(coverage, null)).report.poorMovement;
        expect(longer.rePoor).toBeGreaterThanOrEqual(shorter.rePoor);
        expect(everything.rePoor).toBeGreaterThanOrEqual(longer.rePoor);
        expect(longer.rePoor + longer.newlyPoor).toBe(shorter.rePoor + shorter.newlyPoor);
        expect(everything.rePoor + everything.newlyPoor).toBe(shorter.rePoor + shorter.newlyPoor);
        expect({ ...longer, rePoor: 0, newlyPoor: 0 }).toEqual({ ...shorter, rePoor: 0, newlyPoor: 0 });
      }),
      { numRuns: 150 },
    );
  });

  it('an undetermined or unclassified household is never counted as poor or near-poor, whatever last year said', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), fc.constantFrom('undetermined-poor-near', 'undetermined-score', 'failed'), (status, outcome) => {
        const { report, households } = reviewHouseholds([{ id: 'x', status }], [{ id: 'x', result: OUTCOMES[outcome]! }], options('poor-and-near-poor', null));
        expect(report.poorMovement.end + report.nearPoorMovement.end).toBe(0);
        if (outcome === 'undetermined-score') {
          // A score above its threshold: average or above-average, so surely neither poor nor near-poor.
          expect(households[0]!.kind).toBe({ poor: 'escaped-poverty', 'near-poor': 'escaped-near-poverty', none: 'neither-poor-nor-near-poor' }[status]);
          expect(report.results.undetermined + report.results.notClassified).toBe(0);
        } else {
          expect(households[0]!.kind).toBe('undetermined');
          expect(report.results.undetermined + report.results.notClassified).toBe(1);
        }
      }),
    );
  });
});
