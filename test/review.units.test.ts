/**
 * The review's parts, each at its boundaries: review periods (1 Sep, 14 Dec, the 15th), the
 * farm-household band (one đồng either side of each line), progress against targets (exactly
 * at the target, one household off), rates withheld and why, coverage of last year's list,
 * the re-poor look-back, and every invalid input named by path and code.
 */
import { describe, expect, it } from 'vitest';
import {
  assessFarmHousehold,
  classify,
  classifyMany,
  createReview,
  getRuleSet,
  progressAgainstTarget,
  renderReviewReport,
  reviewHouseholds,
  reviewPeriod,
  reviewReportTables,
} from '../src/index.js';
import type { ReviewOptions } from '../src/index.js';
import { answers, expectIssue, issueCodes } from './helpers/households.js';

const poor = classify({ id: 'p', area: 'rural', size: 2, income: { perCapitaMonthly: 1_000_000 }, deprivations: answers(3) });
const nearPoor = classify({ id: 'n', area: 'rural', size: 2, income: { perCapitaMonthly: 1_000_000 }, deprivations: answers(0) });
const average = classify({ id: 'a', area: 'rural', size: 2, income: { perCapitaMonthly: 2_000_000 } });
const BASE: ReviewOptions = { date: '2025-10-01', previousList: { year: 2024, date: '2024-12-15' } };

describe('reviewPeriod (Decision 24/2021/QĐ-TTg: periodic 1 Sep – 14 Dec; regular monthly from the 15th)', () => {
  it.each([
    ['2025-08-31', 'regular', '2025-08-15', '2025-08-31'],
    ['2025-09-01', 'periodic', '2025-09-01', '2025-12-14'],
    ['2025-12-14', 'periodic', '2025-09-01', '2025-12-14'],
    ['2025-12-15', 'regular', '2025-12-15', '2026-01-14'],
    ['2026-01-14', 'regular', '2025-12-15', '2026-01-14'],
    ['2026-01-15', 'regular', '2026-01-15', '2026-02-14'],
    ['2025-08-14', 'regular', '2025-07-15', '2025-08-14'],
  ])('%s is a %s review (window %s – %s)', (date, kind, from, to) => {
    const period = reviewPeriod(date);
    expect(period).toMatchObject({ date, kind, window: { from, to } });
    expect(period.citation.instrument.id).toBe('decision-24-2021');
  });

  it("marks the monthly window as the project's reading, and refuses non-dates", () => {
    expect(reviewPeriod('2025-03-20').citation.note?.en).toContain("project's reading");
    expect(reviewPeriod('2025-10-01').words.vi).toBe('rà soát định kỳ hằng năm (01/9 – 14/12)');
    expectIssue(() => reviewPeriod('2025-02-29'), ['date'], 'invalid_date');
    expectIssue(() => reviewPeriod('1/10/2025'), ['date'], 'invalid_date');
  });
});

describe('assessFarmHousehold (Decision 24/2021 Art. 2 cl. 2; band of vn-2022-2025)', () => {
  /** One source whose net gives exactly `perCapita` đồng per person per month for `members`. */
  const farm = (perCapita: number, members = 2, area: 'rural' | 'urban' = 'rural', occupation = 'agriculture') => ({
    area,
    members,
    occupation,
    sources: [{ label: 'lúa', kind: 'agriculture', gross: perCapita * members * 12 + 10_000_000, costs: 10_000_000 }],
  });

  it.each([
    ['rural', 1_500_000, 'at-or-below-poverty-line', false],
    ['rural', 1_500_001, 'average', true],
    ['rural', 2_250_000, 'average', true],
    ['rural', 2_250_001, 'above-average-ceiling', false],
    ['urban', 2_000_000, 'at-or-below-poverty-line', false],
    ['urban', 2_000_001, 'average', true],
    ['urban', 3_000_000, 'average', true],
    ['urban', 3_000_001, 'above-average-ceiling', false],
  ] as const)('%s %d đồng/person/month → %s', (area, perCapita, band, averageLiving) => {
    const result = assessFarmHousehold(farm(perCapita, 2, area));
    expect([result.perCapita, result.perCapitaExact, result.band, result.averageLiving]).toEqual([String(perCapita), true, band, averageLiving]);
    expect(result.lines).toEqual(area === 'rural' ? { poverty: '1500000', averageCeiling: '2250000' } : { poverty: '2000000', averageCeiling: '3000000' });
  });

  it('compares exactly, not the rounded per-capita figure: 3 members, 54,000,001 đồng → 1,500,000.0278 (average)', () => {
    const result = assessFarmHousehold({ area: 'rural', members: 3, occupation: 'forestry', sources: [{ label: 'keo', kind: 'forestry', gross: 54_000_001 }] });
    expect([result.perCapita, result.perCapitaExact, result.band]).toEqual(['1500000.0278', false, 'average']);
    const atLine = assessFarmHousehold({ area: 'rural', members: 3, occupation: 'forestry', sources: [{ label: 'keo', kind: 'forestry', gross: 54_000_000 }] });
    expect([atLine.perCapita, atLine.band]).toEqual(['1500000', 'at-or-below-poverty-line']);
  });

  it('excludes state social assistance, nets costs per source (a loss counts), and needs a qualifying occupation', () => {
    const result = assessFarmHousehold({
      id: 'F1',
      area: 'rural',
      members: 2,
      occupation: 'salt-making',
      sources: [
        { label: 'muối', kind: 'salt-making', gross: '50000000', costs: '8000000' },
        { label: 'nuôi tôm (lỗ)', kind: 'fishery', gross: 5_000_000, costs: 9_000_000 },
        { label: 'trợ cấp', kind: 'state-social-assistance', gross: 12_000_000 },
        { label: 'làm thuê', gross: 2_000_000 },
      ],
    });
    expect(result.householdId).toBe('F1');
    expect(result.counted.map((line) => [line.kind, line.net])).toEqual([
      ['salt-making', '42000000'],
      ['fishery', '-4000000'],
      ['other', '2000000'],
    ]);
    expect(result.excluded.map((line) => line.gross)).toEqual(['12000000']);
    expect([result.netIncome, result.perCapita, result.band, result.averageLiving]).toEqual(['40000000', '1666666.6667', 'average', true]);
    const other = assessFarmHousehold(farm(2_000_000, 2, 'rural', 'other'));
    expect([other.band, other.occupationQualifies, other.averageLiving]).toEqual(['average', false, false]);
    expect(other.words.en).toContain('not eligible');
  });

  it('a negative net income is at or below the line', () => {
    const result = assessFarmHousehold({
      area: 'urban',
      members: 1,
      occupation: 'fishery',
      sources: [{ label: 'tàu', kind: 'fishery', gross: 1_000_000, costs: 13_000_000 }],
    });
    expect([result.netIncome, result.perCapita, result.band]).toEqual(['-12000000', '-1000000', 'at-or-below-poverty-line']);
  });

  it('gives the 12 months before the review date (leap days included)', () => {
    expect(assessFarmHousehold(farm(2_000_000), { date: '2024-02-29' }).window).toEqual({ from: '2023-03-01', to: '2024-02-28' });
    expect(assessFarmHousehold(farm(2_000_000), { date: '2024-03-01' }).window).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(assessFarmHousehold(farm(2_000_000), { date: '2025-01-01' }).window).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(assessFarmHousehold(farm(2_000_000)).window).toBeNull();
  });

  it('cites the procedure and the two lines of the rule set', () => {
    const result = assessFarmHousehold(farm(2_000_000));
    expect(result.citations.procedure).toMatchObject({ instrument: { id: 'decision-24-2021' }, article: '2', clause: '2', confidence: 'A' });
    expect(result.citations.procedure.note?.en).toContain('field names of the official income form have not been checked');
    const ruleSet = getRuleSet('vn-2022-2025');
    expect(result.citations.poverty).toBe(ruleSet.incomeLines.find((line) => line.id === 'poverty')!.citation);
    expect(result.citations.averageCeiling).toBe(ruleSet.incomeLines.find((line) => line.id === 'average-ceiling')!.citation);
    expect(result.ruleSet).toEqual({ id: ruleSet.id, version: ruleSet.version, fingerprint: ruleSet.fingerprint });
  });

  it('refuses bad input by path and code', () => {
    expectIssue(() => assessFarmHousehold({ ...farm(1), members: 0 }), ['members'], 'too_small');
    expectIssue(() => assessFarmHousehold({ ...farm(1), occupation: 'trade' }), ['occupation'], 'invalid_value');
    expectIssue(() => assessFarmHousehold({ ...farm(1), sources: [] }), ['sources'], 'too_small');
    expectIssue(() => assessFarmHousehold({ ...farm(1), sources: [{ label: 'lúa', gross: '1.200.000' }] }), ['sources', 0, 'gross'], 'invalid_amount');
    expectIssue(() => assessFarmHousehold({ ...farm(1), sources: [{ label: 'lúa', gross: 1, costs: -1 }] }), ['sources', 0, 'costs'], 'invalid_amount');
    expectIssue(() => assessFarmHousehold({ ...farm(1), income: 5 }), ['income'], 'unrecognized_keys');
    expectIssue(() => assessFarmHousehold(farm(1), { date: '2021-10-01' }), ['date'], 'date_outside_rule_set');
    expectIssue(() => assessFarmHousehold(farm(1), { date: '2025-13-01' }), ['date'], 'invalid_date');
    expectIssue(() => assessFarmHousehold(farm(1), { ruleSet: 'vn-2027-2030' }), ['ruleSet'], 'no_average_band');
    expectIssue(() => assessFarmHousehold(farm(1), { ruleSet: 'vn-1999' }), ['ruleSet'], 'unknown_rule_set');
  });
});

describe('progressAgainstTarget (targets are local; figures exact)', () => {
  it('relative reduction: exactly at the target is met, one household more is not', () => {
    const at = progressAgainstTarget({
      baseline: { year: 2021, poor: 500 },
      current: { year: 2025, poor: 300 },
      target: { kind: 'relative-reduction', share: '0.4' },
    });
    expect([
      at.met,
      at.kind === 'relative-reduction' && at.shortfall,
      at.kind === 'relative-reduction' && at.targetPoorAtMost,
      at.kind === 'relative-reduction' && at.achievedReduction,
    ]).toEqual([true, 0, '300', '0.4']);
    const over = progressAgainstTarget({
      baseline: { year: 2021, poor: 500 },
      current: { year: 2025, poor: 301 },
      target: { kind: 'relative-reduction', share: 0.4 },
    });
    expect(over).toMatchObject({ met: false, shortfall: 1, words: { vi: 'chưa đạt chỉ tiêu' } });
  });

  it('relative reduction with a fractional allowance: 40% of 421 leaves 252.6, so 252 poor households meet it and 253 do not', () => {
    const ok = progressAgainstTarget({
      baseline: { year: 2021, poor: 421 },
      current: { year: 2025, poor: 252 },
      target: { kind: 'relative-reduction', share: '0.4' },
    });
    expect(ok).toMatchObject({ targetPoorAtMost: '252.6', met: true, shortfall: 0 });
    const not = progressAgainstTarget({
      baseline: { year: 2021, poor: 421 },
      current: { year: 2025, poor: 253 },
      target: { kind: 'relative-reduction', share: '0.4' },
    });
    expect(not).toMatchObject({ met: false, shortfall: 1 });
  });

  it('relative reduction when poverty rose: a negative achieved reduction; a zero baseline gives none', () => {
    expect(
      progressAgainstTarget({ baseline: { year: 2021, poor: 100 }, current: { year: 2022, poor: 110 }, target: { kind: 'relative-reduction', share: '0.1' } }),
    ).toMatchObject({ achievedReduction: '-0.1', met: false, shortfall: 20 });
    expect(
      progressAgainstTarget({ baseline: { year: 2021, poor: 0 }, current: { year: 2022, poor: 0 }, target: { kind: 'relative-reduction', share: '0.1' } }),
    ).toMatchObject({ achievedReduction: null, met: true });
  });

  it('rate points a year: 3% → 2.5% over 5 years is 0.1 a year exactly (met at 0.1, not at 0.1 + one household)', () => {
    const at = progressAgainstTarget({
      baseline: { year: 2020, poor: 300, households: 10_000 },
      current: { year: 2025, poor: 250, households: 10_000 },
      target: { kind: 'rate-points-per-year', points: '0.1', source: 'Nghị quyết huyện' },
    });
    expect(at).toMatchObject({
      years: 5,
      targetPoints: '0.5',
      achievedPoints: '0.5',
      achievedPointsPerYear: '0.1',
      met: true,
      metUpTo: null,
      source: 'Nghị quyết huyện',
    });
    expect(at.baseline).toEqual({ year: 2020, poor: 300, households: 10_000, rate: '0.03' });
    const short = progressAgainstTarget({
      baseline: { year: 2020, poor: 300, households: 10_000 },
      current: { year: 2025, poor: 251, households: 10_000 },
      target: { kind: 'rate-points-per-year', points: '0.1' },
    });
    expect(short).toMatchObject({ achievedPoints: '0.49', met: false });
  });

  it('rate points with a range and with different household totals (rates compared exactly)', () => {
    const result = progressAgainstTarget({
      baseline: { year: 2022, poor: 1, households: 3 },
      current: { year: 2023, poor: 1, households: 4 },
      target: { kind: 'rate-points-per-year', points: 5, pointsUpTo: '8.33333333333333333334' },
    });
    // (1/3 − 1/4) × 100 = 8.333… points: above 5, below 8.33333333333333333334.
    expect(result).toMatchObject({ achievedPoints: '8.33333333333333333333', met: true, metUpTo: false, pointsPerYearUpTo: '8.33333333333333333334' });
  });

  it('refuses what cannot be compared', () => {
    const target = { kind: 'rate-points-per-year', points: '0.1' } as const;
    expectIssue(
      () => progressAgainstTarget({ baseline: { year: 2020, poor: 3 }, current: { year: 2025, poor: 2, households: 100 }, target }),
      ['baseline', 'households'],
      'households_required',
    );
    expectIssue(
      () => progressAgainstTarget({ baseline: { year: 2020, poor: 3, households: 100 }, current: { year: 2025, poor: 0, households: 0 }, target }),
      ['current', 'households'],
      'households_required',
    );
    expectIssue(
      () => progressAgainstTarget({ baseline: { year: 2025, poor: 3, households: 100 }, current: { year: 2025, poor: 2, households: 100 }, target }),
      ['current', 'year'],
      'no_years',
    );
    expectIssue(
      () => progressAgainstTarget({ baseline: { year: 2025, poor: 3 }, current: { year: 2024, poor: 2 }, target }),
      ['current', 'year'],
      'current_before_baseline',
    );
    expectIssue(
      () => progressAgainstTarget({ baseline: { year: 2020, poor: 300, households: 100 }, current: { year: 2025, poor: 2 }, target }),
      ['baseline', 'poor'],
      'poor_above_households',
    );
    expectIssue(
      () =>
        progressAgainstTarget({ baseline: { year: 2020, poor: 3 }, current: { year: 2025, poor: 2 }, target: { kind: 'relative-reduction', share: '1.5' } }),
      ['target', 'share'],
      'share_above_one',
    );
    expectIssue(
      () =>
        progressAgainstTarget({ baseline: { year: 2020, poor: 3 }, current: { year: 2025, poor: 2 }, target: { kind: 'relative-reduction', share: '40%' } }),
      ['target', 'share'],
      'invalid_decimal',
    );
    expectIssue(
      () =>
        progressAgainstTarget({
          baseline: { year: 2020, poor: 3, households: 9 },
          current: { year: 2025, poor: 2, households: 9 },
          target: { ...target, pointsUpTo: '0.05' },
        }),
      ['target', 'pointsUpTo'],
      'invalid_range',
    );
    expectIssue(
      () => progressAgainstTarget({ baseline: { year: 2020, poor: 3 }, current: { year: 2025, poor: 2 }, target: { kind: 'halve' } } as never),
      ['target', 'kind'],
      'invalid_union',
    );
  });
});

describe('rates need the resident households, and the report says why they are missing', () => {
  const current = [
    { result: poor, group: { thon: 'A' }, persons: 2 },
    { result: nearPoor, group: { thon: 'B' } },
  ];

  it('no totals at all: no rate anywhere (no_totals)', () => {
    const { report } = reviewHouseholds([], current, { ...BASE, by: ['thon'] });
    expect(report.results.ratesWithheld?.code).toBe('no_totals');
    expect(report.results.poor).toEqual({ households: 1, householdRate: null, persons: 2, personRate: null });
    expect(report.groups.every((g) => g.results.ratesWithheld?.code === 'no_totals')).toBe(true);
    expect(renderReviewReport(report, { locale: 'en' })).toContain('No resident-household totals: the review file holds only the households reviewed');
  });

  it('one village without a total: that village and the whole area withheld (no_total_for_group), the other village given', () => {
    const { report } = reviewHouseholds([], current, { ...BASE, by: ['thon'], totals: [{ group: { thon: 'A' }, households: 40, persons: 150 }] });
    const [a, b] = report.groups;
    expect(a!.results.poor.householdRate).toBe('0.025');
    expect(a!.results.poor.personRate).toBe('0.01333333333333333333');
    expect(b!.results.ratesWithheld).toMatchObject({
      code: 'no_total_for_group',
      words: { en: 'No resident-household total for thon=B: rates are not given.' },
    });
    expect(report.results.ratesWithheld?.code).toBe('no_total_for_group');
  });

  it('a total for the whole area given directly is used as is; a total below the households reviewed is refused', () => {
    expect(reviewHouseholds([], current, { ...BASE, by: ['thon'], totals: [{ group: {}, households: 50 }] }).report.results.poor.householdRate).toBe('0.02');
    const low = reviewHouseholds([], current, { ...BASE, by: ['thon'], totals: [{ group: {}, households: 1 }] }).report.results;
    expect(low.ratesWithheld?.code).toBe('total_below_reviewed');
    expect(low.residents).toEqual({ households: 1, persons: null });
    expect(low.poor.householdRate).toBeNull();
  });

  it("person rates need the resident persons and every household's persons", () => {
    const noPersons = reviewHouseholds([], current, { ...BASE, totals: [{ group: {}, households: 50 }] }).report.results;
    expect([noPersons.ratesWithheld, noPersons.personRatesWithheld?.code]).toEqual([null, 'no_resident_persons']);
    const unknown = reviewHouseholds([], current, { ...BASE, totals: [{ group: {}, households: 50, persons: 200 }] }).report.results;
    expect(unknown.personRatesWithheld?.code).toBe('persons_unknown');
    expect([unknown.poor.persons, unknown.nearPoor.persons, unknown.poorOrNearPoor.persons]).toEqual([2, null, null]);
  });

  it("villages with a total but no household reviewed still count in the commune's residents", () => {
    const { report } = reviewHouseholds([], [{ result: poor, group: { xa: 'X', thon: 'A' } }], {
      ...BASE,
      by: ['xa', 'thon'],
      totals: [
        { group: { xa: 'X', thon: 'A' }, households: 30 },
        { group: { xa: 'X', thon: 'Z' }, households: 70 },
      ],
    });
    expect(report.groups.find((g) => g.level === 1)!.results.residents).toEqual({ households: 100, persons: null });
    expect(report.results.poor.householdRate).toBe('0.01');
  });
});

describe("last year's list: coverage, look-back, order", () => {
  it('with an all-households register, a household not on it is new to the area ("other increase")', () => {
    const { report, households } = reviewHouseholds([{ id: 'old', status: 'none' }], [{ result: poor }, { id: 'old', result: average }], {
      ...BASE,
      previousList: { ...BASE.previousList, coverage: 'all-households' },
    });
    expect(households[0]).toMatchObject({
      id: 'p',
      previous: { status: 'unknown', listed: false },
      kind: 'undetermined',
      possibleKinds: ['remained-poor', 'near-poor-to-poor', 'newly-poor'],
    });
    expect(report.poorMovement).toMatchObject({ start: 0, notOnPreviousList: 1, increases: 1, end: 1 });
    expect(report.notOnPreviousList).toBe(1);
  });

  it('with the poor and near-poor list (default), a household not on it was neither: newly poor', () => {
    const { households, report } = reviewHouseholds([], [{ result: poor }], BASE);
    expect(households[0]).toMatchObject({ previous: { status: 'none', listed: false }, kind: 'newly-poor' });
    expect(report.poorMovement.newlyPoor).toBe(1);
  });

  it('the look-back: years back from the review year, or from a first year; escape from near-poverty is not re-poor', () => {
    const previous = [
      { id: 'p', status: 'none' as const, history: [{ year: 2021, status: 'poor' as const }] },
      { id: 'n', status: 'none' as const, history: [{ year: 2023, status: 'near-poor' as const }] },
    ];
    const current = [
      { result: poor },
      { result: classify({ id: 'n', area: 'rural', size: 2, income: { perCapitaMonthly: 900_000 }, deprivations: answers(5) }) },
    ];
    const kinds = (options: Partial<ReviewOptions>) => reviewHouseholds(previous, current, { ...BASE, ...options }).households.map((h) => h.kind);
    expect(kinds({})).toEqual(['re-poor', 'newly-poor']);
    expect(kinds({ rePoorLookBack: { years: 4 } })).toEqual(['re-poor', 'newly-poor']);
    expect(kinds({ rePoorLookBack: { years: 3 } })).toEqual(['newly-poor', 'newly-poor']);
    expect(kinds({ rePoorLookBack: { fromYear: 2021 } })).toEqual(['re-poor', 'newly-poor']);
    expect(kinds({ rePoorLookBack: { fromYear: 2022 } })).toEqual(['newly-poor', 'newly-poor']);
    const report = reviewHouseholds(previous, current, { ...BASE, rePoorLookBack: { fromYear: 2022 } }).report;
    expect(report.rePoorLookBack).toEqual({ fromYear: 2022 });
    expect(renderReviewReport(report)).toContain('Hộ tái nghèo: nhìn lại từ năm 2022');
  });

  it('an undetermined result that may be newly poor with an earlier escape lists re-poor among the possibilities', () => {
    const undetermined = classify({ id: 'u', area: 'rural', size: 2, income: { perCapitaMonthly: 1_000_000 }, deprivations: answers(2, 1) });
    const { households } = reviewHouseholds([{ id: 'u', status: 'none', history: [{ year: 2022, status: 'poor' }] }], [{ result: undetermined }], BASE);
    expect(households[0]).toMatchObject({ kind: 'undetermined', possibleKinds: ['re-poor', 'newly-near-poor'] });
  });

  it("a household listed after its record this year is refused (add last year's entries first)", () => {
    const review = createReview(BASE);
    review.add({ result: poor });
    expectIssue(() => review.addPrevious({ id: 'p', status: 'poor' }), ['previous', 0, 'id'], 'previous_after_current');
  });

  it('ids match as text, from the record, the result or the batch row', () => {
    const rows = classifyMany([
      { id: 7, area: 'rural', size: 2, income: { perCapitaMonthly: 1_000_000 }, deprivations: answers(3) },
      { id: 'bad', area: 'rural', size: 0, income: { perCapitaMonthly: 1 } },
    ]);
    const { households } = reviewHouseholds(
      [
        { id: '7', status: 'poor' },
        { id: 'bad', status: 'near-poor' },
        { id: 9, status: 'none' },
      ],
      [...rows, { id: '9', result: average }].map((row) => ('ok' in row ? { result: row } : row)),
      BASE,
    );
    expect(households.map((h) => [h.id, h.kind, h.previous.listed])).toEqual([
      ['7', 'remained-poor', true],
      ['bad', 'undetermined', true],
      ['9', 'neither-poor-nor-near-poor', true],
    ]);
  });
});

describe('invalid input is refused with a path and a code', () => {
  it('options', () => {
    expectIssue(() => createReview({ ...BASE, date: '2025-10-32' }), ['date'], 'invalid_date');
    expectIssue(() => createReview({ ...BASE, previousList: { year: 2024, date: '2025-10-02' } }), ['previousList', 'date'], 'previous_after_review');
    expectIssue(() => createReview({ ...BASE, previousList: { year: 2026, date: '2024-12-15' } }), ['previousList', 'year'], 'previous_after_review');
    expect(() => createReview({ ...BASE, previousList: { year: 2025, date: '2025-10-01' } })).not.toThrow();
    expectIssue(
      () => createReview({ ...BASE, previousList: { ...BASE.previousList, coverage: 'some' as never } }),
      ['previousList', 'coverage'],
      'invalid_value',
    );
    expectIssue(() => createReview({ ...BASE, by: ['thon'], totals: [{ group: { xa: 'X' }, households: 1 }] }), ['totals', 0, 'group'], 'total_not_prefix');
    expectIssue(
      () => createReview({ ...BASE, by: ['xa', 'thon'], totals: [{ group: { thon: 'A' }, households: 1 }] }),
      ['totals', 0, 'group'],
      'total_not_prefix',
    );
    expectIssue(
      () =>
        createReview({
          ...BASE,
          by: ['thon'],
          totals: [
            { group: { thon: 'A' }, households: 1 },
            { group: { thon: 'A' }, households: 2 },
          ],
        }),
      ['totals', 1, 'group'],
      'duplicate_total',
    );
    expectIssue(() => createReview({ ...BASE, totals: [{ group: {}, households: -1 }] }), ['totals', 0, 'households'], 'too_small');
    expectIssue(() => createReview({ ...BASE, ruleSet: 'vn-1999' }), ['ruleSet'], 'unknown_rule_set');
    expectIssue(() => createReview({ ...BASE, extra: 1 } as never), ['extra'], 'unrecognized_keys');
  });

  it("last year's entries", () => {
    const review = createReview(BASE);
    expectIssue(() => review.addPrevious({ id: 'a', status: 'nghèo' }), ['previous', 0, 'status'], 'invalid_value');
    expectIssue(() => review.addPrevious({ id: '', status: 'poor' }), ['previous', 1, 'id'], 'too_small');
    expectIssue(
      () => review.addPrevious({ id: 'a', status: 'poor', history: [{ year: 2024, status: 'poor' }] }),
      ['previous', 2, 'history', 0, 'year'],
      'history_not_before_list',
    );
    expectIssue(
      () =>
        review.addPrevious({
          id: 'a',
          status: 'poor',
          history: [
            { year: 2022, status: 'poor' },
            { year: 2022, status: 'none' },
          ],
        }),
      ['previous', 3, 'history', 1, 'year'],
      'duplicate_history_year',
    );
    review.addPrevious({ id: 'a', status: 'poor' });
    expectIssue(() => review.addPrevious({ id: 'a', status: 'near-poor' }), ['previous', 5, 'id'], 'duplicate_id');
  });

  it("this year's records", () => {
    const review = createReview({ ...BASE, ruleSet: 'vn-2016-2020' });
    expectIssue(() => review.add(null), [0], 'invalid_type');
    expectIssue(() => review.add({ result: { category: 'poor' } }), [1, 'result'], 'invalid_type');
    expectIssue(() => review.add({ result: { ...poor, householdId: undefined } }), [2, 'id'], 'id_required');
    expectIssue(() => review.add({ result: poor, persons: 0 }), [3, 'persons'], 'too_small');
    expectIssue(() => review.add({ result: poor, group: { thon: ['A'] } }), [4, 'group', 'thon'], 'invalid_union');
    expectIssue(
      () => review.add({ result: poor, farm: { area: 'rural', members: 2, occupation: 'agriculture', sources: [{ label: 'x', gross: 1 }] }, persons: 3 }),
      [5, 'farm', 'members'],
      'persons_mismatch',
    );
    const mixed = createReview(BASE);
    mixed.add({ result: poor });
    const old = classify({ id: 'o', area: 'rural', size: 1, income: { perCapitaMonthly: 500_000 } }, { ruleSet: 'vn-2016-2020' });
    expectIssue(() => mixed.add({ result: old }), [1, 'result'], 'mixed_rule_sets');
    expectIssue(() => mixed.add({ result: poor }), [2, 'id'], 'duplicate_id');
    const derivedRuleSetUnknown = createReview(BASE);
    const failed = classifyMany([{ id: 'f', area: 'rural', size: 0, income: { perCapitaMonthly: 1 } }])[0]!;
    expectIssue(
      () => derivedRuleSetUnknown.add({ result: failed, farm: { area: 'rural', members: 2, occupation: 'agriculture', sources: [{ label: 'x', gross: 1 }] } }),
      [0, 'farm'],
      'rule_set_required',
    );
    expectIssue(() => createReview({ ...BASE, ruleSet: 'vn-2016-2020' }).add({ result: poor }), [0, 'result'], 'mixed_rule_sets');
    // A refused record changes nothing: the same id is accepted afterwards.
    expect(review.add({ result: old }).id).toBe('o');
    expect(issueCodes(() => review.add({ result: old }))).toEqual([{ path: [7, 'id'], code: 'duplicate_id' }]);
  });

  it('a finished review cannot be used again', () => {
    const review = createReview(BASE);
    review.finish();
    expectIssue(() => review.add({ result: poor }), [], 'review_finished');
    expectIssue(() => review.addPrevious({ id: 'x', status: 'poor' }), [], 'review_finished');
  });
});

describe('renderReviewReport: what the text says when figures are missing', () => {
  it('an empty review: no rule set, no indicator rows, no missing household, why rates are not given', () => {
    const report = createReview(BASE).finish();
    const text = renderReviewReport(report);
    expect(text).not.toContain('Bộ quy tắc');
    const lines = text.split('\n');
    const t4 = lines.indexOf('4. Thiếu hụt các dịch vụ xã hội cơ bản của hộ nghèo, hộ cận nghèo cuối kỳ (toàn địa bàn)');
    expect(t4).toBeGreaterThan(0);
    // No indicator: only the totals (0 deprivations of 0 households), then the note.
    expect(lines.slice(t4 + 1, t4 + 4).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['Chỉ số', 'Hộ nghèo thiếu hụt', 'Tỷ lệ', 'Chưa rõ', 'Hộ cận nghèo thiếu hụt', 'Tỷ lệ', 'Chưa rõ'],
      ['Tổng số thiếu hụt', '0', '0'],
      ['Số hộ', '0', '0'],
    ]);
    expect(text).toContain('5. Hộ nghèo, hộ cận nghèo có trong danh sách năm trước nhưng không có trong tệp năm nay\n  Không có.');
    expect(text).toContain('Không tính tỷ lệ (Tổng cộng): Không có số hộ dân cư của địa bàn');
    expect(text).toContain('Ngày rà soát: 01/10/2025 — rà soát định kỳ hằng năm (01/9 – 14/12)');
    expect(text).toContain('Danh sách năm trước: năm 2024, công nhận ngày 15/12/2024 (danh sách hộ nghèo, hộ cận nghèo)');
  });

  it('household rates given (person rates are not part of the tables); a group without a value is "(none)"', () => {
    const { report } = reviewHouseholds([], [{ result: poor, group: { thon: null } }], {
      ...BASE,
      by: ['thon'],
      totals: [{ group: { thon: null }, households: 10 }],
    });
    expect(report.results.personRatesWithheld).not.toBeNull();
    const text = renderReviewReport(report, { locale: 'en' });
    // Unit, resident households, persons (not given), reviewed, poor, rate 1/10.
    expect(text).toMatch(/^\(none\)\s+10\s+—\s+1\s+1\s+10\.00%/m);
    expect(text).not.toContain('Rates not given');
    expect(text).not.toContain('Rates over persons not given');
  });

  it("without last year's list (movement: false): the results and deprivations only, numbered 1 and 2, with the labels given", () => {
    const { report } = reviewHouseholds([], [{ result: poor, group: { thon: 'A' } }], {
      ...BASE,
      by: ['thon'],
      totals: [{ group: { thon: 'A' }, households: 4 }],
    });
    const options = { movement: false, unitHeading: 'Thôn', totalLabel: 'Toàn xã' };
    const text = renderReviewReport(report, options);
    const titles = reviewReportTables(report, options).map((table) => table.title);
    expect(titles).toEqual(['1. Kết quả rà soát', '2. Thiếu hụt các dịch vụ xã hội cơ bản của hộ nghèo, hộ cận nghèo cuối kỳ (toàn địa bàn)']);
    for (const title of titles) expect(text.split('\n')).toContain(title);
    expect(text).not.toMatch(/^\d\. Biến động/m);
    expect(text).not.toMatch(/^\d\. Hộ nghèo, hộ cận nghèo có trong danh sách năm trước/m);
    expect(text).not.toContain('Hộ tái nghèo: nhìn lại');
    expect(text).not.toContain('Danh sách năm trước');
    expect(text).not.toContain('6. Số hộ theo loại chuyển đổi');
    expect(text).toMatch(/^Thôn\s+Hộ dân cư\s/m);
    expect(text).toMatch(/^Toàn xã\s+4\s+—\s+1\s+1\s+25,00%/m);
  });
});
