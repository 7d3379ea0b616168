/**
 * The annual review as a commune files it: Xã An Bình, two villages (Thôn Đông, 20 households
 * reviewed; Thôn Tây, 6), last year's list (2024, recognised 20/12/2024), the 2025 periodic
 * review on 15/10/2025 under vn-2022-2025 (rural lines: poverty 1,500,000; average ceiling
 * 2,250,000 đồng per person per month; poor = income ≤ line AND ≥ 3 deprivations). Re-poor
 * look-back: 3 years (history years 2022 and later count). Every figure below is worked out by
 * hand from these tables; the tests compare the report with these hand numbers.
 *
 * THÔN ĐÔNG — resident households 160, persons 610 (the village's totals, an input).
 *
 * | id  | list 2024 (history)           | 2025: income/person, deprived (unknown)            | persons | 2025 category  | transition            |
 * |-----|-------------------------------|-----------------------------------------------------|---------|----------------|-----------------------|
 * | D01 | poor                          | 1,200,000  health-ins, water, sanitation, housing-q | 5 | poor           | remained-poor         |
 * | D02 | poor                          | 1,000,000  employment, water, sanitation            | 4 | poor           | remained-poor         |
 * | D03 | poor                          | 1,400,000  water, sanitation                        | 3 | near-poor      | poor-to-near-poor     |
 * | D04 | poor                          | 1,800,000                                           | 4 | average        | escaped-poverty       |
 * | D05 | poor                          | 2,600,000                                           | 2 | above-average  | escaped-poverty       |
 * | D06 | poor                          | 1,300,000  water, sanitation (telecom unknown)      | 6 | undetermined   | undetermined          |
 * | D07 | near-poor                     | 1,100,000  health-ins, adult-educ, water            | 5 | poor           | near-poor-to-poor     |
 * | D08 | near-poor                     | 1,450,000  sanitation; farm form: 1,700,000 (avg)   | 2 | near-poor      | remained-near-poor    |
 * | D09 | near-poor                     | 1,500,001 (one đồng above the line)                 | 3 | average        | escaped-near-poverty  |
 * | D10 | near-poor, listed in Thôn Tây | 1,500,000 (exactly the line)  water                 | 4 | near-poor      | remained-near-poor    |
 * | D11 | near-poor                     | income written "1.500.000": row refused             | 3 | not classified | undetermined          |
 * | D12 | none (2022 poor, 2023 near)   |   900,000  water, sanitation, telecom, info-access  | 6 | poor           | re-poor               |
 * | D13 | none (2021 poor: > 3 years)   | 1,250,000  employment, dependants, housing-area     | 5 | poor           | newly-poor            |
 * | D14 | —                             | 1,000,000  nutrition, health-ins, school-attendance | 7 | poor           | newly-poor            |
 * | D15 | —                             | 1,350,000                                           | 4 | near-poor      | newly-near-poor       |
 * | D16 | —                             | 2,000,000; farm form 96,000,000/48 = 2,000,000 avg  | 4 | average        | neither               |
 * | D17 | —                             | 2,250,000; farm form 81,000,000/36 = 2,250,000 avg  | 3 | average        | neither               |
 * | D18 | —                             | 2,250,001; farm form 81,000,036/36 = 2,250,001      | 3 | above-average  | neither               |
 * | D19 | —                             | 1,450,000  water, sanitation (employment unknown)   | 5 | undetermined   | undetermined          |
 * | D20 | —                             | 3,000,000                                           | 3 | above-average  | neither               |
 * | D21 | poor                          | not in this year's file (moved away)                | — | —              | missing               |
 * | D22 | near-poor                     | not in this year's file                             | — | —              | missing               |
 * | D23 | none (2023 poor)              | not in this year's file                             | — | —              | missing               |
 *
 * THÔN TÂY — resident households 90, persons 340.
 *
 * | id  | list 2024 | 2025: income/person, deprived                   | persons | 2025 category | transition           |
 * |-----|-----------|--------------------------------------------------|---------|---------------|----------------------|
 * | T01 | poor      | 1,200,000  water                                 | 3 | near-poor     | poor-to-near-poor    |
 * | T02 | poor      |   800,000  water, sanitation, housing-area       | 4 | poor          | remained-poor        |
 * | T03 | near-poor | 2,100,000                                        | 2 | average       | escaped-near-poverty |
 * | T04 | —         | 1,000,000  health-ins, water, sanitation, telecom| 5 | poor          | newly-poor           |
 * | T05 | —         | 1,600,000                                        | 4 | average       | neither              |
 * | T06 | —         | 1,480,000  employment                            | 2 | near-poor     | newly-near-poor      |
 * | T07 | near-poor | not in this year's file                          | — | —             | missing              |
 *
 * MOVEMENT OF POOR HOUSEHOLDS (start − decreases + increases = end)
 *
 * |                                    | Đông                  | Tây        | Xã |
 * |------------------------------------|-----------------------|------------|----|
 * | (1) poor at the start              | 7 (D01–D06, D21)      | 2 (T01,T02)| 9  |
 * | (2) − escaped, now near-poor       | 1 (D03)               | 1 (T01)    | 2  |
 * | (3) − escaped, above the line      | 2 (D04, D05)          | 0          | 2  |
 * | (4) − not in this year's file      | 1 (D21)               | 0          | 1  |
 * | (5) − undetermined                 | 1 (D06)               | 0          | 1  |
 * | (6) − not classified               | 0                     | 0          | 0  |
 * | (7) + near-poor who became poor    | 1 (D07)               | 0          | 1  |
 * | (8) + re-poor                      | 1 (D12)               | 0          | 1  |
 * | (9) + newly poor                   | 2 (D13, D14)          | 1 (T04)    | 3  |
 * | (10) + not on last year's list     | 0                     | 0          | 0  |
 * | (11) poor at the end               | 7−5+4 = 6             | 2−1+1 = 2  | 8  |
 * | could be poor, not counted         | 2 (D11, D19)          | 0          | 2  |
 *
 * MOVEMENT OF NEAR-POOR HOUSEHOLDS
 *
 * |                                    | Đông                  | Tây        | Xã |
 * |------------------------------------|-----------------------|------------|----|
 * | (1) near-poor at the start         | 6 (D07–D11, D22)      | 2 (T03,T07)| 8  |
 * | (2) − became poor                  | 1 (D07)               | 0          | 1  |
 * | (3) − escaped near-poverty         | 1 (D09)               | 1 (T03)    | 2  |
 * | (4) − not in this year's file      | 1 (D22)               | 1 (T07)    | 2  |
 * | (5) − undetermined                 | 0                     | 0          | 0  |
 * | (6) − not classified               | 1 (D11)               | 0          | 1  |
 * | (7) + poor who became near-poor    | 1 (D03)               | 1 (T01)    | 2  |
 * | (8) + newly near-poor              | 1 (D15)               | 1 (T06)    | 2  |
 * | (9) + not on last year's list      | 0                     | 0          | 0  |
 * | (10) near-poor at the end          | 6−4+2 = 4             | 2−2+2 = 2  | 6  |
 * | could be near-poor, not counted    | 2 (D06, D19)          | 0          | 2  |
 *
 * D10 moved from Thôn Tây to Thôn Đông: it is counted in Đông (this year's village) at the start
 * and at the end, so each village balances; Tây's start does not include it.
 *
 * RESULTS (rates over all resident households / persons; 20 decimal places, half-up)
 *
 * | | households | rate | persons | rate |
 * |-|-|-|-|-|
 * | Đông poor      | 6  | 6/160 = 0.0375  | 5+4+5+6+5+7 = 32 | 32/610 = 0.05245901639344262295 |
 * | Đông near-poor | 4  | 4/160 = 0.025   | 3+2+4+4 = 13     | 13/610 = 0.02131147540983606557 |
 * | Đông both      | 10 | 10/160 = 0.0625 | 45               | 45/610 = 0.07377049180327868852 |
 * | Đông farm avg. | 2 (D16, D17) | 2/160 = 0.0125 | 4+3 = 7 | 7/610 = 0.01147540983606557377 |
 * | Tây poor       | 2  | 2/90 = 0.02222222222222222222 | 4+5 = 9 | 9/340 = 0.02647058823529411765 |
 * | Tây near-poor  | 2  | 2/90 = 0.02222222222222222222 | 3+2 = 5 | 5/340 = 0.01470588235294117647 |
 * | Tây both       | 4  | 4/90 = 0.04444444444444444444 | 14 | 14/340 = 0.04117647058823529412 |
 * | Xã (160+90 = 250 households, 610+340 = 950 persons) poor | 8 | 0.032 | 41 | 41/950 = 0.04315789473684210526 |
 * | Xã near-poor   | 6  | 0.024 | 18 | 18/950 = 0.01894736842105263158 |
 * | Xã both        | 14 | 0.056 | 59 | 59/950 = 0.06210526315789473684 |
 * | Xã farm avg.   | 2  | 0.008 | 7  | 7/950 = 0.00736842105263157895  |
 *
 * Farm forms (Đông): D08 (near-poor by the review, 1,700,000 by its form: a conflict, not
 * counted), D16 and D17 (average: counted; D17 exactly at the ceiling), D18 (one đồng above
 * the ceiling: not average).
 *
 * DEPRIVATIONS OF THE POOR AT THE END, Đông (D01, D02, D07, D12, D13, D14; 4+3+3+4+3+3 = 20)
 * employment 2 (D02, D13) = 1/3; dependants 1 (D13); nutrition 1 (D14); health insurance 3
 * (D01, D07, D14) = 1/2; adult education 1 (D07); school attendance 1 (D14); housing quality 1
 * (D01); housing area 1 (D13); water 4 (D01, D02, D07, D12) = 2/3; sanitation 3 (D01, D02,
 * D12) = 1/2; telecom 1 (D12); information access 1 (D12); ones are 1/6.
 * Near-poor at the end, Đông (D03, D08, D10, D15; 2+1+1+0 = 4): water 2 (D03, D10), sanitation
 * 2 (D03, D08).
 */
import { describe, expect, it } from 'vitest';
import { classifyMany, renderReviewReport, reviewHouseholds, reviewReportTables } from '../src/index.js';
import type { CurrentRecord, FarmIncomeInput, PreviousRecord, ReviewFigures, ReviewReport } from '../src/index.js';
import { INDICATOR_IDS, type IndicatorId } from './helpers/households.js';

const XA = 'Xã An Bình';
const DONG = { xa: XA, thon: 'Thôn Đông' };
const TAY = { xa: XA, thon: 'Thôn Tây' };

/** Review-form answers: the listed indicators ticked, `unknown` ones blank (null), the rest not deprived. */
function form(deprived: IndicatorId[], unknown: IndicatorId[] = []): Record<IndicatorId, boolean | null> {
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, deprived.includes(id) ? true : unknown.includes(id) ? null : false])) as Record<
    IndicatorId,
    boolean | null
  >;
}

type Row = [id: string, income: number | string, deprived: IndicatorId[], persons: number, unknown?: IndicatorId[], farm?: FarmIncomeInput];

const DONG_ROWS: Row[] = [
  ['D01', 1_200_000, ['health-insurance', 'water', 'sanitation', 'housing-quality'], 5],
  ['D02', 1_000_000, ['employment', 'water', 'sanitation'], 4],
  ['D03', 1_400_000, ['water', 'sanitation'], 3],
  ['D04', 1_800_000, [], 4],
  ['D05', 2_600_000, [], 2],
  ['D06', 1_300_000, ['water', 'sanitation'], 6, ['telecom']],
  ['D07', 1_100_000, ['health-insurance', 'adult-education', 'water'], 5],
  [
    'D08',
    1_450_000,
    ['sanitation'],
    2,
    [],
    { area: 'rural', members: 2, occupation: 'fishery', sources: [{ label: 'đánh bắt cá ven bờ', kind: 'fishery', gross: 52_800_000, costs: 12_000_000 }] },
  ],
  ['D09', 1_500_001, [], 3],
  ['D10', 1_500_000, ['water'], 4],
  ['D11', '1.500.000', [], 3],
  ['D12', 900_000, ['water', 'sanitation', 'telecom', 'information-access'], 6],
  ['D13', 1_250_000, ['employment', 'dependants', 'housing-area'], 5],
  ['D14', 1_000_000, ['nutrition', 'health-insurance', 'school-attendance'], 7],
  ['D15', 1_350_000, [], 4],
  [
    'D16',
    2_000_000,
    [],
    4,
    [],
    {
      area: 'rural',
      members: 4,
      occupation: 'agriculture',
      sources: [
        { label: 'lúa hai vụ', kind: 'agriculture', gross: 120_000_000, costs: 40_000_000 },
        { label: 'ao cá', kind: 'fishery', gross: 30_000_000, costs: 14_000_000 },
        { label: 'trợ cấp người cao tuổi', kind: 'state-social-assistance', gross: 4_800_000 },
      ],
    },
  ],
  [
    'D17',
    2_250_000,
    [],
    3,
    [],
    {
      area: 'rural',
      members: 3,
      occupation: 'agriculture',
      sources: [{ label: 'lúa và hoa màu', kind: 'agriculture', gross: 100_000_000, costs: 19_000_000 }],
    },
  ],
  [
    'D18',
    2_250_001,
    [],
    3,
    [],
    { area: 'rural', members: 3, occupation: 'salt-making', sources: [{ label: 'làm muối', kind: 'salt-making', gross: 95_000_036, costs: 14_000_000 }] },
  ],
  ['D19', 1_450_000, ['water', 'sanitation'], 5, ['employment']],
  ['D20', 3_000_000, [], 3],
];

const TAY_ROWS: Row[] = [
  ['T01', 1_200_000, ['water'], 3],
  ['T02', 800_000, ['water', 'sanitation', 'housing-area'], 4],
  ['T03', 2_100_000, [], 2],
  ['T04', 1_000_000, ['health-insurance', 'water', 'sanitation', 'telecom'], 5],
  ['T05', 1_600_000, [], 4],
  ['T06', 1_480_000, ['employment'], 2],
];

const PREVIOUS: PreviousRecord[] = [
  ...['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D21'].map((id) => ({ id, status: 'poor' as const, group: DONG })),
  ...['D07', 'D08', 'D09', 'D11', 'D22'].map((id) => ({ id, status: 'near-poor' as const, group: DONG })),
  { id: 'D10', status: 'near-poor', group: TAY },
  {
    id: 'D12',
    status: 'none',
    group: DONG,
    history: [
      { year: 2022, status: 'poor' },
      { year: 2023, status: 'near-poor' },
    ],
  },
  {
    id: 'D13',
    status: 'none',
    group: DONG,
    history: [
      { year: 2021, status: 'poor' },
      { year: 2022, status: 'none' },
    ],
  },
  { id: 'D23', status: 'none', group: DONG, history: [{ year: 2023, status: 'poor' }] },
  { id: 'T01', status: 'poor', group: TAY },
  { id: 'T02', status: 'poor', group: TAY },
  { id: 'T03', status: 'near-poor', group: TAY },
  { id: 'T07', status: 'near-poor', group: TAY },
];

function records(rows: Row[], group: typeof DONG): CurrentRecord[] {
  const batch = classifyMany(
    rows.map(([id, income, deprived, persons, unknown]) => ({
      id,
      area: 'rural',
      size: persons,
      income: { perCapitaMonthly: income },
      deprivations: form(deprived, unknown),
    })),
    { ruleSet: 'vn-2022-2025', date: '2025-10-15' },
  );
  return batch.map((row, i) => {
    const farm = rows[i]![5];
    return { result: row, group, persons: rows[i]![3], ...(farm === undefined ? {} : { farm }) };
  });
}

const OPTIONS = {
  date: '2025-10-15',
  previousList: { year: 2024, date: '2024-12-20' },
  by: ['xa', 'thon'],
  totals: [
    { group: DONG, households: 160, persons: 610 },
    { group: TAY, households: 90, persons: 340 },
  ],
  rePoorLookBack: { years: 3 },
  ruleSet: 'vn-2022-2025',
};

const run = () => reviewHouseholds(PREVIOUS, [...records(DONG_ROWS, DONG), ...records(TAY_ROWS, TAY)], OPTIONS);
const { report, households, unmatched, averageFarmHouseholds } = run();

function group(r: ReviewReport, ...key: string[]): ReviewFigures {
  const found = r.groups.find((g) => g.key.length === key.length && g.key.every((value, i) => value === key[i]));
  expect(found, `group ${key.join('/')}`).toBeDefined();
  return found!;
}
const dong = group(report, XA, 'Thôn Đông');
const tay = group(report, XA, 'Thôn Tây');
const xa = group(report, XA);

describe('Xã An Bình, review of 15/10/2025: each household', () => {
  it('gets the transition of the hand table, in the review vocabulary', () => {
    const kinds = Object.fromEntries(households.map((h) => [h.id, h.kind]));
    expect(kinds).toEqual({
      D01: 'remained-poor',
      D02: 'remained-poor',
      D03: 'poor-to-near-poor',
      D04: 'escaped-poverty',
      D05: 'escaped-poverty',
      D06: 'undetermined',
      D07: 'near-poor-to-poor',
      D08: 'remained-near-poor',
      D09: 'escaped-near-poverty',
      D10: 'remained-near-poor',
      D11: 'undetermined',
      D12: 're-poor',
      D13: 'newly-poor',
      D14: 'newly-poor',
      D15: 'newly-near-poor',
      D16: 'neither-poor-nor-near-poor',
      D17: 'neither-poor-nor-near-poor',
      D18: 'neither-poor-nor-near-poor',
      D19: 'undetermined',
      D20: 'neither-poor-nor-near-poor',
      T01: 'poor-to-near-poor',
      T02: 'remained-poor',
      T03: 'escaped-near-poverty',
      T04: 'newly-poor',
      T05: 'neither-poor-nor-near-poor',
      T06: 'newly-near-poor',
      D21: 'missing',
      D22: 'missing',
      D23: 'missing',
      T07: 'missing',
    });
  });

  it('lists every possible transition of an undetermined household, never a guess', () => {
    const byId = new Map(households.map((h) => [h.id, h]));
    expect(byId.get('D06')).toMatchObject({
      current: { category: 'undetermined', possibleCategories: ['poor', 'near-poor'] },
      possibleKinds: ['remained-poor', 'poor-to-near-poor'],
    });
    expect(byId.get('D19')!.possibleKinds).toEqual(['newly-poor', 'newly-near-poor']);
    expect(byId.get('D11')).toMatchObject({
      current: { category: 'not-classified', possibleCategories: [] },
      possibleKinds: ['near-poor-to-poor', 'remained-near-poor', 'escaped-near-poverty'],
    });
    expect(byId.get('D06')!.words.vi).toBe('chưa xác định (kết quả năm nay hoặc tình trạng năm trước chưa xác định)');
  });

  it('re-poor rests on the history within the look-back (D12: poor in 2022; D13: poor only in 2021, 4 years back)', () => {
    const byId = new Map(households.map((h) => [h.id, h]));
    expect(byId.get('D12')).toMatchObject({ previous: { status: 'none', listed: true, lastPoorYear: 2022 }, words: { vi: 'hộ tái nghèo' } });
    expect(byId.get('D12')!.citation.note?.en).toContain('No legal definition');
    expect(byId.get('D13')).toMatchObject({
      previous: { status: 'none', listed: true, lastPoorYear: null },
      kind: 'newly-poor',
      words: { vi: 'hộ nghèo phát sinh mới' },
    });
    expect(byId.get('D13')!.citation.instrument.id).toBe('decision-24-2021');
  });

  it('reports the unmatched on both sides, and the household that changed village', () => {
    expect(unmatched.previous).toEqual(['D21', 'D22', 'D23', 'T07']);
    expect(unmatched.current).toEqual(['D14', 'D15', 'D16', 'D17', 'D18', 'D19', 'D20', 'T04', 'T05', 'T06']);
    expect(households.filter((h) => h.groupChanged).map((h) => h.id)).toEqual(['D10']);
    expect(households.find((h) => h.id === 'D10')!.group).toEqual([XA, 'Thôn Đông']);
    // Sorted by group (code-unit order, as the groups: "Thôn Tây" before "Thôn Đông"), then id.
    expect(report.missing).toEqual([
      { id: 'T07', group: [XA, 'Thôn Tây'], status: 'near-poor' },
      { id: 'D21', group: [XA, 'Thôn Đông'], status: 'poor' },
      { id: 'D22', group: [XA, 'Thôn Đông'], status: 'near-poor' },
    ]);
  });

  it('lists the average-living farm households with the citation (D16, D17), not D08 (near-poor) or D18 (one đồng over)', () => {
    expect(averageFarmHouseholds.map((f) => [f.id, f.assessment.perCapita])).toEqual([
      ['D16', '2000000'],
      ['D17', '2250000'],
    ]);
    expect(averageFarmHouseholds[0]!.assessment.excluded).toEqual([
      { label: 'trợ cấp người cao tuổi', kind: 'state-social-assistance', gross: '4800000', costs: '0', net: '4800000' },
    ]);
    expect(averageFarmHouseholds[0]!.assessment.citations.procedure).toMatchObject({ instrument: { id: 'decision-24-2021' }, article: '2', clause: '2' });
    expect(averageFarmHouseholds[0]!.assessment.window).toEqual({ from: '2024-10-15', to: '2025-10-14' });
    const d18 = households.find((h) => h.id === 'D18')!.farm!;
    expect([d18.perCapita, d18.band, d18.averageLiving]).toEqual(['2250001', 'above-average-ceiling', false]);
    const d08 = households.find((h) => h.id === 'D08')!.farm!;
    expect([d08.perCapita, d08.averageLiving]).toEqual(['1700000', true]);
  });
});

describe('Xã An Bình: movement of poor households (table 2)', () => {
  it.each([
    [
      'Thôn Đông',
      dong,
      {
        start: 7,
        escapedToNearPoor: 1,
        escapedAboveNearPoorLine: 2,
        notInThisYearsFile: 1,
        undetermined: 1,
        notClassified: 0,
        decreases: 5,
        fromNearPoor: 1,
        rePoor: 1,
        newlyPoor: 2,
        notOnPreviousList: 0,
        increases: 4,
        end: 6,
        pending: 2,
      },
    ],
    [
      'Thôn Tây',
      tay,
      {
        start: 2,
        escapedToNearPoor: 1,
        escapedAboveNearPoorLine: 0,
        notInThisYearsFile: 0,
        undetermined: 0,
        notClassified: 0,
        decreases: 1,
        fromNearPoor: 0,
        rePoor: 0,
        newlyPoor: 1,
        notOnPreviousList: 0,
        increases: 1,
        end: 2,
        pending: 0,
      },
    ],
    [
      'Xã An Bình',
      xa,
      {
        start: 9,
        escapedToNearPoor: 2,
        escapedAboveNearPoorLine: 2,
        notInThisYearsFile: 1,
        undetermined: 1,
        notClassified: 0,
        decreases: 6,
        fromNearPoor: 1,
        rePoor: 1,
        newlyPoor: 3,
        notOnPreviousList: 0,
        increases: 5,
        end: 8,
        pending: 2,
      },
    ],
    [
      'total',
      report,
      {
        start: 9,
        escapedToNearPoor: 2,
        escapedAboveNearPoorLine: 2,
        notInThisYearsFile: 1,
        undetermined: 1,
        notClassified: 0,
        decreases: 6,
        fromNearPoor: 1,
        rePoor: 1,
        newlyPoor: 3,
        notOnPreviousList: 0,
        increases: 5,
        end: 8,
        pending: 2,
      },
    ],
  ] as const)('%s', (_name, figures, expected) => {
    expect(figures.poorMovement).toEqual(expected);
  });
});

describe('Xã An Bình: movement of near-poor households (table 3)', () => {
  it.each([
    [
      'Thôn Đông',
      dong,
      {
        start: 6,
        becamePoor: 1,
        escapedNearPoverty: 1,
        notInThisYearsFile: 1,
        undetermined: 0,
        notClassified: 1,
        decreases: 4,
        fromPoor: 1,
        newlyNearPoor: 1,
        notOnPreviousList: 0,
        increases: 2,
        end: 4,
        pending: 2,
      },
    ],
    [
      'Thôn Tây',
      tay,
      {
        start: 2,
        becamePoor: 0,
        escapedNearPoverty: 1,
        notInThisYearsFile: 1,
        undetermined: 0,
        notClassified: 0,
        decreases: 2,
        fromPoor: 1,
        newlyNearPoor: 1,
        notOnPreviousList: 0,
        increases: 2,
        end: 2,
        pending: 0,
      },
    ],
    [
      'Xã An Bình',
      xa,
      {
        start: 8,
        becamePoor: 1,
        escapedNearPoverty: 2,
        notInThisYearsFile: 2,
        undetermined: 0,
        notClassified: 1,
        decreases: 6,
        fromPoor: 2,
        newlyNearPoor: 2,
        notOnPreviousList: 0,
        increases: 4,
        end: 6,
        pending: 2,
      },
    ],
  ] as const)('%s', (_name, figures, expected) => {
    expect(figures.nearPoorMovement).toEqual(expected);
  });
});

describe('Xã An Bình: results and rates over all resident households (table 1)', () => {
  it('Thôn Đông: 160 households, 610 persons', () => {
    expect(dong.results).toEqual({
      residents: { households: 160, persons: 610 },
      ratesWithheld: null,
      personRatesWithheld: null,
      poor: { households: 6, householdRate: '0.0375', persons: 32, personRate: '0.05245901639344262295' },
      nearPoor: { households: 4, householdRate: '0.025', persons: 13, personRate: '0.02131147540983606557' },
      poorOrNearPoor: { households: 10, householdRate: '0.0625', persons: 45, personRate: '0.07377049180327868852' },
      averageFarm: { households: 2, householdRate: '0.0125', persons: 7, personRate: '0.01147540983606557377' },
      undetermined: 2,
      notClassified: 1,
    });
  });

  it('Thôn Tây: 90 households, 340 persons', () => {
    expect(tay.results).toEqual({
      residents: { households: 90, persons: 340 },
      ratesWithheld: null,
      personRatesWithheld: null,
      poor: { households: 2, householdRate: '0.02222222222222222222', persons: 9, personRate: '0.02647058823529411765' },
      nearPoor: { households: 2, householdRate: '0.02222222222222222222', persons: 5, personRate: '0.01470588235294117647' },
      poorOrNearPoor: { households: 4, householdRate: '0.04444444444444444444', persons: 14, personRate: '0.04117647058823529412' },
      averageFarm: { households: 0, householdRate: '0', persons: 0, personRate: '0' },
      undetermined: 0,
      notClassified: 0,
    });
  });

  it('the commune: village totals summed (250 households, 950 persons); the report total is the same', () => {
    const expected = {
      residents: { households: 250, persons: 950 },
      ratesWithheld: null,
      personRatesWithheld: null,
      poor: { households: 8, householdRate: '0.032', persons: 41, personRate: '0.04315789473684210526' },
      nearPoor: { households: 6, householdRate: '0.024', persons: 18, personRate: '0.01894736842105263158' },
      poorOrNearPoor: { households: 14, householdRate: '0.056', persons: 59, personRate: '0.06210526315789473684' },
      averageFarm: { households: 2, householdRate: '0.008', persons: 7, personRate: '0.00736842105263157895' },
      undetermined: 2,
      notClassified: 1,
    };
    expect(xa.results).toEqual(expected);
    expect(report.results).toEqual(expected);
  });

  it('counts rows, matches, missing households and farm forms', () => {
    expect([dong.reviewed, dong.classified, dong.notClassified, dong.undetermined, dong.onPreviousList, dong.notOnPreviousList, dong.groupChanged]).toEqual([
      20, 19, 1, 2, 13, 7, 1,
    ]);
    expect(dong.notInThisYearsFile).toEqual({ poor: 1, nearPoor: 1, none: 1 });
    expect(dong.farm).toEqual({ assessed: 4, averageLiving: 2, notAverageLiving: 1, conflicts: 1 });
    expect([tay.reviewed, tay.onPreviousList, tay.notOnPreviousList, tay.groupChanged]).toEqual([6, 3, 3, 0]);
    expect(tay.notInThisYearsFile).toEqual({ poor: 0, nearPoor: 1, none: 0 });
    expect(report.reviewed).toBe(26);
    expect(report.transitions).toEqual({
      'remained-poor': 3,
      'poor-to-near-poor': 2,
      'escaped-poverty': 2,
      'near-poor-to-poor': 1,
      'remained-near-poor': 2,
      'escaped-near-poverty': 2,
      're-poor': 1,
      'newly-poor': 3,
      'newly-near-poor': 2,
      'neither-poor-nor-near-poor': 5,
      missing: 4,
      undetermined: 3,
    });
  });
});

describe('Xã An Bình: deprivations of poor and near-poor households at the end (table 4)', () => {
  it('Thôn Đông, poor: 6 households, 20 deprivations', () => {
    const table = dong.deprivations.poor;
    expect([table.households, table.deprivations]).toEqual([6, 20]);
    expect(Object.fromEntries(table.indicators.map((row) => [row.id, [row.deprived, row.rate]]))).toEqual({
      employment: [2, '0.33333333333333333333'],
      dependants: [1, '0.16666666666666666667'],
      nutrition: [1, '0.16666666666666666667'],
      'health-insurance': [3, '0.5'],
      'adult-education': [1, '0.16666666666666666667'],
      'school-attendance': [1, '0.16666666666666666667'],
      'housing-quality': [1, '0.16666666666666666667'],
      'housing-area': [1, '0.16666666666666666667'],
      water: [4, '0.66666666666666666667'],
      sanitation: [3, '0.5'],
      telecom: [1, '0.16666666666666666667'],
      'information-access': [1, '0.16666666666666666667'],
    });
    expect(table.indicators.every((row) => row.unknown === 0)).toBe(true);
  });

  it('Thôn Đông, near-poor: 4 households, 4 deprivations (water 2, sanitation 2)', () => {
    const table = dong.deprivations.nearPoor;
    expect([table.households, table.deprivations]).toEqual([4, 4]);
    const deprived = table.indicators.filter((row) => row.deprived > 0).map((row) => [row.id, row.deprived, row.rate]);
    expect(deprived).toEqual([
      ['water', 2, '0.5'],
      ['sanitation', 2, '0.5'],
    ]);
  });

  it('the commune adds the villages: poor 20 + 7 = 27 deprivations, water 4 + 2 = 6 of 8 households', () => {
    const table = report.deprivations.poor;
    expect([table.households, table.deprivations]).toEqual([8, 27]);
    expect(table.indicators.find((row) => row.id === 'water')).toEqual({ id: 'water', dimension: 'water-sanitation', deprived: 6, unknown: 0, rate: '0.75' });
    expect([report.deprivations.nearPoor.households, report.deprivations.nearPoor.deprivations]).toEqual([6, 6]);
  });
});

describe('Xã An Bình: the report as text and as data', () => {
  it('renders the movement of poor households per village in Vietnamese, with the balance written out', () => {
    const text = renderReviewReport(report);
    const lines = text.split('\n');
    const t2 = lines.indexOf('2. Biến động hộ nghèo');
    expect(t2).toBeGreaterThan(0);
    // Rows: Xã An Bình, its villages (indented), the total; columns (1)…(11).
    expect(lines[t2 + 2]!.split(/\s{2,}/)).toEqual(['Xã An Bình', '9', '2', '2', '1', '1', '0', '1', '1', '3', '0', '8']);
    expect(lines[t2 + 3]!.trim().split(/\s{2,}/)).toEqual(['Thôn Tây', '2', '1', '0', '0', '0', '0', '0', '0', '1', '0', '2']);
    expect(lines[t2 + 4]!.trim().split(/\s{2,}/)).toEqual(['Thôn Đông', '7', '1', '2', '1', '1', '0', '1', '1', '2', '0', '6']);
    expect(lines[t2 + 5]!.split(/\s{2,}/)).toEqual(['Tổng cộng', '9', '2', '2', '1', '1', '0', '1', '1', '3', '0', '8']);
    expect(text).toContain('(11) = (1) − (2) − (3) − (4) − (5) − (6) + (7) + (8) + (9) + (10)');
    expect(text).toContain('Chưa tính: 2 hộ (chưa xác định hoặc không phân loại được) có thể là hộ nghèo.');
    expect(text).toContain('1 hộ đổi đơn vị so với danh sách năm trước');
    expect(text).toContain('1 hộ có mức sống trung bình theo phiếu thu nhập nhưng là (hoặc có thể là) hộ nghèo, cận nghèo');
  });

  it('renders rates as percentages (Đông poor 3,75% of households; the commune 3,20%) and the missing households', () => {
    const text = renderReviewReport(report);
    const row = text.split('\n').find((line) => line.trimStart().startsWith('Thôn Đông') && line.includes('160'))!;
    // Unit, resident households, persons, reviewed, poor, rate, near-poor, rate (the columns of reviewReportTables).
    expect(
      row
        .trim()
        .split(/\s{2,}/)
        .slice(0, 8),
    ).toEqual(['Thôn Đông', '160', '610', String(dong.reviewed), '6', '3,75%', '4', '2,50%']);
    expect(text.split('\n').find((line) => line.startsWith('Tổng cộng') && line.includes('250'))).toContain('3,20%');
    // One column per grouping field (xa, thon), then last year's status.
    expect(text).toMatch(/^Mã hộ\s+xa\s+thon\s+Năm trước$/m);
    expect(text).toMatch(/^D21\s+Xã An Bình\s+Thôn Đông\s+Hộ nghèo$/m);
    expect(text).toMatch(/^T07\s+Xã An Bình\s+Thôn Tây\s+Hộ cận nghèo$/m);
  });

  it('renders the English report with the same numbers', () => {
    const text = renderReviewReport(report, { locale: 'en' });
    expect(text).toContain('2. Movement of poor households');
    const r = report.results;
    expect(text).toMatch(new RegExp(`^Total\\s+250\\s+950\\s+${report.reviewed}\\s+${r.poor.households}\\s+3\\.20%\\s+${r.nearPoor.households}\\s`, 'm'));
    expect(text).toContain('Re-poor look-back: 3 years');
    expect(text).toContain('Decision 24/2021/QĐ-TTg, Art. 2, cl. 2');
  });

  for (const locale of ['vi', 'en'] as const) {
    it(`lays out exactly the tables of reviewReportTables (${locale}): titles, headings, every row and cell, legends and notes, in order`, () => {
      const options = { locale, unitHeading: 'Thôn', totalLabel: locale === 'vi' ? 'Toàn xã' : 'Whole commune' };
      const lines = renderReviewReport(report, options).split('\n');
      const tables = reviewReportTables(report, options);
      expect(tables.map((t) => t.id)).toEqual(['results', 'poor-movement', 'near-poor-movement', 'deprivations', 'missing']);
      let at = 0;
      for (const t of tables) {
        at = lines.indexOf(t.title, at);
        expect(at, t.title).toBeGreaterThan(0);
        const block = t.rows.length === 0 ? [] : [t.head, ...t.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)])];
        block.forEach((cells, i) => {
          // Columns are at least two spaces apart; empty cells leave only spaces.
          expect(lines[at + 1 + i]!.trim().split(/\s{2,}/), `${t.id} line ${i}`).toEqual(cells.filter((cell) => cell !== ''));
        });
        const under = lines.slice(at + 1 + block.length, at + 1 + block.length + t.legend.length + t.notes.length);
        expect(under).toEqual([...t.legend, ...t.notes].map((line) => `  ${line}`));
      }
      expect(lines.filter((line) => line.startsWith(options.totalLabel))).toHaveLength(3);
    });
  }

  it('is plain JSON data: it survives JSON.stringify and JSON.parse unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('is the same whether fed in one go or village by village, settling after each', async () => {
    const { createReview } = await import('../src/index.js');
    const review = createReview(OPTIONS);
    for (const [rows, village] of [
      [DONG_ROWS, DONG],
      [TAY_ROWS, TAY],
    ] as const) {
      for (const entry of PREVIOUS.filter((p) => (p.id === 'D10' ? village === DONG : p.group === village))) review.addPrevious(entry);
      for (const record of records(rows as Row[], village)) review.add(record);
      review.settle();
    }
    expect(review.finish()).toEqual(run().report);
  });
});
