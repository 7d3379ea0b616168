/**
 * `reviewReportTables`: the village and commune report tables of a {@link ReviewReport} as plain
 * data — rows, headings, legends and notes in Vietnamese or English, each figure a cell with its
 * exact value and the text people read. The commune page shows them, `writeReviewWorkbook`
 * (`chuan-ngheo/sheets`) writes them, and nothing else lays the tables out. Rounding happens in
 * the text only (rates as percentages to 2 places, half-up); the exact share stays in `value`.
 *
 * @module
 */
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { parseOrThrow } from '../input/validate.js';
import { formatAmount, Money } from '../money.js';
import { isDefinedRuleSet } from '../rules/define.js';
import { catalogueOf } from '../render/table.js';
import type { Locale, RuleSet } from '../rules/types.js';
import type { NearPoorMovement, PoorMovement, ReviewFigures, ReviewReport } from './types.js';

/** One cell of a report table: a count, a rate (exact decimal share) or text, with the text people read. */
export type ReportCell =
  | {
      /** A count of households or persons. */
      readonly kind: 'count';
      /** The count, or `null` when not known (e.g. no resident totals). */
      readonly value: number | null;
      /** `1.100` (vi) or `1,100` (en); `—` for `null`. */
      readonly text: string;
    }
  | {
      /** A rate. */
      readonly kind: 'rate';
      /** The exact share as a decimal string (`"0.00666…"`), or `null` when withheld. */
      readonly value: string | null;
      /** The percentage to 2 places, half-up: `0,67%` (vi) or `0.67%` (en); `—` for `null`. */
      readonly text: string;
    }
  | {
      /** Words. */
      readonly kind: 'text';
      /** The words. */
      readonly value: string;
      /** The same words. */
      readonly text: string;
    };

/** One row of a report table: a unit (village, commune), an indicator or a household. */
export interface ReportTableRow {
  /** The first column: the unit's name, the indicator's name or the household id. */
  readonly label: string;
  /** 0 for the whole area (and totals), 1 for a first-level group (a village), 2 for its subgroups… */
  readonly level: number;
  /** The indicator id, for the rows of the deprivation table. */
  readonly id?: string;
  /** The other columns, left to right (one per heading after the first). */
  readonly cells: readonly ReportCell[];
}

/** The ids of the report tables. */
export type ReportTableId = 'results' | 'poor-movement' | 'near-poor-movement' | 'deprivations' | 'missing';

/** One report table. */
export interface ReportTable {
  /** Stable id: `results`, `poor-movement`, `near-poor-movement`, `deprivations`, `missing`. */
  readonly id: ReportTableId;
  /** The title, numbered as in the report ("1. Kết quả rà soát"). */
  readonly title: string;
  /** A short name (e.g. for a workbook sheet): "Kết quả rà soát", "Biến động hộ nghèo"… */
  readonly name: string;
  /** The headings, the first one for the labels. */
  readonly head: readonly string[];
  /** The rows. */
  readonly rows: readonly ReportTableRow[];
  /** What numbered headings mean ("(2) Giảm: thoát nghèo, thành hộ cận nghèo"); empty when none. */
  readonly legend: readonly string[];
  /** Notes under the table: how rates are computed, why rates are withheld, households not counted. */
  readonly notes: readonly string[];
}

/** Options for {@link reviewReportTables}. */
export interface ReviewTablesOptions {
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** The rule set, when it is not built in, for its indicator names. */
  ruleSet?: RuleSet;
  /** The first heading of the unit tables, e.g. the file's village heading "Thôn" (default "Đơn vị" / "Unit"). */
  unitHeading?: string;
  /** The label of the whole area's row (default "Tổng cộng" / "Total"; a commune's page says "Toàn xã"). */
  totalLabel?: string;
  /** The label of a group with no value (default "(không ghi)" / "(none)"). */
  noValueLabel?: string;
  /** Whether last year's list was given: without it (`false`) the movement and missing tables are left out. Default `true`. */
  movement?: boolean;
}

const W = {
  vi: {
    unit: 'Đơn vị',
    total: 'Tổng cộng',
    none: '(không ghi)',
    dash: '—',
    results: ['1. Kết quả rà soát', 'Kết quả rà soát'],
    poorMovement: ['2. Biến động hộ nghèo', 'Biến động hộ nghèo'],
    nearMovement: ['3. Biến động hộ cận nghèo', 'Biến động hộ cận nghèo'],
    deprivations: ['Thiếu hụt các dịch vụ xã hội cơ bản của hộ nghèo, hộ cận nghèo cuối kỳ (toàn địa bàn)', 'Thiếu hụt'],
    missing: ['Hộ nghèo, hộ cận nghèo có trong danh sách năm trước nhưng không có trong tệp năm nay', 'Không có năm nay'],
    resultsHead: [
      'Hộ dân cư',
      'Nhân khẩu',
      'Hộ rà soát',
      'Hộ nghèo',
      'Tỷ lệ',
      'Hộ cận nghèo',
      'Tỷ lệ',
      'Nghèo + cận nghèo',
      'Tỷ lệ',
      'Chưa xác định',
      'Không phân loại được',
    ],
    farmHead: ['Hộ NLNDN có MSTB', 'Tỷ lệ'],
    ratesNote: 'Tỷ lệ tính trên tổng số hộ dân cư (tệp số hộ dân cư), không phải trên số hộ được rà soát.',
    undeterminedNote: 'Hộ chưa xác định và hộ không phân loại được không được tính vào hộ nghèo hay cận nghèo (không đoán).',
    farmNote: 'Hộ NLNDN có MSTB: hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình.',
    withheld: 'Không tính tỷ lệ ({unit}): {why}',
    farmConflicts: '{n} hộ có mức sống trung bình theo phiếu thu nhập nhưng là (hoặc có thể là) hộ nghèo, cận nghèo theo rà soát: không tính, cần kiểm tra.',
    poorSteps: [
      ['Đầu kỳ', 'Hộ nghèo đầu kỳ'],
      ['Thoát nghèo → cận nghèo', 'Giảm: thoát nghèo, thành hộ cận nghèo'],
      ['Thoát nghèo, vượt chuẩn cận nghèo', 'Giảm: thoát nghèo, vượt chuẩn cận nghèo'],
      ['Không có trong tệp năm nay', 'Giảm khác: có trong danh sách năm trước, không có trong tệp năm nay'],
      ['Chưa xác định', 'Giảm khác: kết quả năm nay chưa xác định'],
      ['Không phân loại được', 'Giảm khác: không phân loại được (dữ liệu không hợp lệ)'],
      ['Từ cận nghèo', 'Tăng: hộ cận nghèo thành hộ nghèo'],
      ['Tái nghèo', 'Tăng: hộ tái nghèo'],
      ['Phát sinh mới', 'Tăng: hộ nghèo phát sinh mới'],
      ['Không có trong danh sách năm trước', 'Tăng khác: không có trong danh sách năm trước (hộ mới đến, tách hộ…)'],
      ['Cuối kỳ', 'Hộ nghèo cuối kỳ'],
    ],
    nearSteps: [
      ['Đầu kỳ', 'Hộ cận nghèo đầu kỳ'],
      ['Thành hộ nghèo', 'Giảm: trở thành hộ nghèo'],
      ['Thoát cận nghèo', 'Giảm: thoát cận nghèo'],
      ['Không có trong tệp năm nay', 'Giảm khác: có trong danh sách năm trước, không có trong tệp năm nay'],
      ['Chưa xác định', 'Giảm khác: kết quả năm nay chưa xác định'],
      ['Không phân loại được', 'Giảm khác: không phân loại được (dữ liệu không hợp lệ)'],
      ['Từ hộ nghèo', 'Tăng: hộ nghèo thành hộ cận nghèo'],
      ['Phát sinh mới', 'Tăng: hộ cận nghèo phát sinh mới'],
      ['Không có trong danh sách năm trước', 'Tăng khác: không có trong danh sách năm trước (hộ mới đến, tách hộ…)'],
      ['Cuối kỳ', 'Hộ cận nghèo cuối kỳ'],
    ],
    pendingPoor: 'Chưa tính: {n} hộ (chưa xác định hoặc không phân loại được) có thể là hộ nghèo.',
    pendingNear: 'Chưa tính: {n} hộ (chưa xác định hoặc không phân loại được) có thể là hộ cận nghèo.',
    groupChanged: '{n} hộ đổi đơn vị so với danh sách năm trước (tính vào đơn vị năm nay).',
    noneOnList: '{n} hộ trong danh sách năm trước ở mức "không nghèo" không có trong tệp năm nay (không rà soát lại).',
    deprivationsHead: ['Chỉ số', 'Hộ nghèo thiếu hụt', 'Tỷ lệ', 'Chưa rõ', 'Hộ cận nghèo thiếu hụt', 'Tỷ lệ', 'Chưa rõ'],
    totalDeprivations: 'Tổng số thiếu hụt',
    households: 'Số hộ',
    deprivationsNote: 'Tỷ lệ: số hộ thiếu hụt chỉ số đó trên số hộ nghèo (hoặc cận nghèo) cuối kỳ.',
    id: 'Mã hộ',
    status: 'Năm trước',
    poor: 'Hộ nghèo',
    nearPoor: 'Hộ cận nghèo',
    noneMissing: 'Không có.',
  },
  en: {
    unit: 'Unit',
    total: 'Total',
    none: '(none)',
    dash: '—',
    results: ['1. Results', 'Results'],
    poorMovement: ['2. Movement of poor households', 'Poor movement'],
    nearMovement: ['3. Movement of near-poor households', 'Near-poor movement'],
    deprivations: ['Deprivations of poor and near-poor households at the end (whole area)', 'Deprivations'],
    missing: ["Poor and near-poor households on last year's list, not in this year's file", 'Missing this year'],
    resultsHead: [
      'Resident households',
      'Persons',
      'Reviewed',
      'Poor',
      'Rate',
      'Near-poor',
      'Rate',
      'Poor + near-poor',
      'Rate',
      'Undetermined',
      'Not classified',
    ],
    farmHead: ['Farm avg.', 'Rate'],
    ratesNote: 'Rates are over all resident households (the resident totals), not over the households reviewed.',
    undeterminedNote: 'Undetermined and not-classified households are counted neither as poor nor as near-poor (never guessed).',
    farmNote: 'Farm avg.: agriculture, forestry, fishery and salt-making households of average living standard.',
    withheld: 'Rates not given ({unit}): {why}',
    farmConflicts: '{n} household(s) of average living standard by the income form are (or may be) poor or near-poor by the review: not counted, check them.',
    poorSteps: [
      ['Start', 'Poor at the start'],
      ['Escaped → near-poor', 'Decrease: escaped poverty, now near-poor'],
      ['Escaped, above near-poor line', 'Decrease: escaped poverty, above the near-poor line'],
      ["Not in this year's file", "Other decrease: on last year's list, not in this year's file"],
      ['Undetermined', "Other decrease: this year's result undetermined"],
      ['Not classified', 'Other decrease: not classified (invalid data)'],
      ['From near-poor', 'Increase: near-poor who became poor'],
      ['Re-poor', 'Increase: re-poor'],
      ['Newly poor', 'Increase: newly poor'],
      ["Not on last year's list", "Other increase: not on last year's list (moved in, split…)"],
      ['End', 'Poor at the end'],
    ],
    nearSteps: [
      ['Start', 'Near-poor at the start'],
      ['Became poor', 'Decrease: became poor'],
      ['Escaped near-poverty', 'Decrease: escaped near-poverty'],
      ["Not in this year's file", "Other decrease: on last year's list, not in this year's file"],
      ['Undetermined', "Other decrease: this year's result undetermined"],
      ['Not classified', 'Other decrease: not classified (invalid data)'],
      ['From poor', 'Increase: poor who became near-poor'],
      ['Newly near-poor', 'Increase: newly near-poor'],
      ["Not on last year's list", "Other increase: not on last year's list (moved in, split…)"],
      ['End', 'Near-poor at the end'],
    ],
    pendingPoor: 'Not counted: {n} household(s) (undetermined or not classified) could be poor.',
    pendingNear: 'Not counted: {n} household(s) (undetermined or not classified) could be near-poor.',
    groupChanged: "{n} household(s) changed unit since last year's list (counted in this year's).",
    noneOnList: '{n} household(s) on last year\'s list as "neither" are not in this year\'s file (not reviewed again).',
    deprivationsHead: ['Indicator', 'Poor deprived', 'Rate', 'Unknown', 'Near-poor deprived', 'Rate', 'Unknown'],
    totalDeprivations: 'Total deprivations',
    households: 'Households',
    deprivationsNote: 'Rate: households deprived on the indicator over the poor (or near-poor) households at the end.',
    id: 'Household id',
    status: 'Last year',
    poor: 'Poor',
    nearPoor: 'Near-poor',
    noneMissing: 'None.',
  },
} as const;

const POOR_FIELDS: readonly (keyof PoorMovement)[] = [
  'start',
  'escapedToNearPoor',
  'escapedAboveNearPoorLine',
  'notInThisYearsFile',
  'undetermined',
  'notClassified',
  'fromNearPoor',
  'rePoor',
  'newlyPoor',
  'notOnPreviousList',
  'end',
];
const NEAR_FIELDS: readonly (keyof NearPoorMovement)[] = [
  'start',
  'becamePoor',
  'escapedNearPoverty',
  'notInThisYearsFile',
  'undetermined',
  'notClassified',
  'fromPoor',
  'newlyNearPoor',
  'notOnPreviousList',
  'end',
];

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

let optionsSchema: z.ZodType | undefined;

/**
 * The report tables of an annual review, as plain data for a page, a workbook or a printout:
 * 1. results and rates over all resident households, per group (village) and for the whole
 * area (last); 2. and 3. the movement of poor and of near-poor households (numbered columns,
 * with the balance and what each number means); the deprivations of poor and near-poor
 * households by indicator; and last year's poor and near-poor households missing from this
 * year's file. Figures are the report's, copied cell by cell; rates keep the exact share in
 * `value` and are rounded (2 places, half-up) in `text` only.
 *
 * @param report - A report from `createReview(…).finish()` or `reviewHouseholds`.
 * @param options - `locale` (`vi` default, or `en`), `unitHeading`, `totalLabel`, `noValueLabel`,
 *   `movement` (`false` without last year's list), `ruleSet` when it is not built in.
 * @returns The tables, in report order.
 * @throws {@link ValidationError} for invalid options.
 * @example
 * ```ts
 * import { classify, reviewHouseholds, reviewReportTables } from 'chuan-ngheo';
 * const { report } = reviewHouseholds(
 *   [{ id: 'H1', status: 'poor', group: { thon: 'Đông' } }],
 *   [{ result: classify({ id: 'H1', area: 'rural', size: 3, income: { perCapitaMonthly: 1800000 } }), group: { thon: 'Đông' }, persons: 3 }],
 *   { date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' }, by: ['thon'], totals: [{ group: { thon: 'Đông' }, households: 150 }, { group: {}, households: 150 }] },
 * );
 * const [results, poor] = reviewReportTables(report, { unitHeading: 'Thôn', totalLabel: 'Toàn xã' });
 * results.head[0];                                 // 'Thôn'
 * results.rows.map((row) => row.label);            // ['Đông', 'Toàn xã']
 * // households reviewed in the whole commune:
 * results.rows[1].cells[2].text;                   // '1'
 * poor.rows[1].cells.map((cell) => cell.value);    // [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]
 * reviewReportTables(report, { locale: 'en' })[1].title; // '2. Movement of poor households'
 * ```
 */
export function reviewReportTables(report: ReviewReport, options: ReviewTablesOptions = {}): ReportTable[] {
  const ruleSet = readRuleSet(options);
  optionsSchema ??= z.strictObject({
    locale: z.enum(['vi', 'en']).optional(),
    ruleSet: z.unknown().optional(),
    unitHeading: z.string().min(1).max(200).optional(),
    totalLabel: z.string().min(1).max(200).optional(),
    noValueLabel: z.string().min(1).max(200).optional(),
    movement: z.boolean().optional(),
  });
  const parsed = parseOrThrow(optionsSchema, { ...options, ruleSet: undefined }, { subject: 'options' }) as Omit<ReviewTablesOptions, 'ruleSet'>;
  const locale: Locale = parsed.locale ?? 'vi';
  const w = W[locale];
  const unitHeading = parsed.unitHeading ?? w.unit;
  const none = parsed.noValueLabel ?? w.none;
  const movement = parsed.movement ?? true;
  const catalogue = catalogueOf(report.ruleSet, locale, ruleSet);
  const formatCount = (value: number | null): string => (value === null ? w.dash : formatAmount(String(value), locale));
  const formatRate = (share: string | null): string => {
    if (share === null) return w.dash;
    const text = new Money(share).times(100).toDecimalPlaces(2).toFixed(2);
    return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
  };
  const count = (value: number | null): ReportCell => ({ kind: 'count', value, text: formatCount(value) });
  const rate = (share: string | null): ReportCell => ({ kind: 'rate', value: share, text: formatRate(share) });
  const text = (value: string): ReportCell => ({ kind: 'text', value, text: value });

  const units: { label: string; level: number; figures: ReviewFigures }[] = report.groups.map((group) => ({
    label: group.key[group.level - 1] ?? none,
    level: group.level,
    figures: group,
  }));
  units.push({ label: parsed.totalLabel ?? w.total, level: 0, figures: report });
  const farm = report.farm.assessed > 0;
  const tables: ReportTable[] = [];

  const resultNotes: string[] = [w.ratesNote, w.undeterminedNote];
  if (farm) resultNotes.push(w.farmNote);
  const seen = new Set<string>();
  for (const unit of units) {
    const why = unit.figures.results.ratesWithheld;
    if (why !== null && !seen.has(why.words[locale])) {
      seen.add(why.words[locale]);
      resultNotes.push(fill(w.withheld, { unit: unit.label, why: why.words[locale] }));
    }
  }
  if (report.farm.conflicts > 0) resultNotes.push(fill(w.farmConflicts, { n: formatCount(report.farm.conflicts) }));
  tables.push({
    id: 'results',
    title: w.results[0],
    name: w.results[1],
    head: [unitHeading, ...w.resultsHead.slice(0, 9), ...(farm ? w.farmHead : []), ...w.resultsHead.slice(9)],
    rows: units.map(({ label, level, figures }) => {
      const r = figures.results;
      return {
        label,
        level,
        cells: [
          count(r.residents?.households ?? null),
          count(r.residents?.persons ?? null),
          count(figures.reviewed),
          count(r.poor.households),
          rate(r.poor.householdRate),
          count(r.nearPoor.households),
          rate(r.nearPoor.householdRate),
          count(r.poorOrNearPoor.households),
          rate(r.poorOrNearPoor.householdRate),
          ...(farm ? [count(r.averageFarm.households), rate(r.averageFarm.householdRate)] : []),
          count(r.undetermined),
          count(r.notClassified),
        ],
      };
    }),
    legend: [],
    notes: resultNotes,
  });

  if (movement) {
    const poorSteps = w.poorSteps;
    const nearSteps = w.nearSteps;
    const formula = (steps: number, increasesFrom: number): string => {
      let line = `(${steps}) = (1)`;
      for (let i = 2; i < increasesFrom; i++) line += ` − (${i})`;
      for (let i = increasesFrom; i < steps; i++) line += ` + (${i})`;
      return line;
    };
    const poorNotes = [formula(poorSteps.length, 7)];
    if (report.poorMovement.pending > 0) poorNotes.push(fill(w.pendingPoor, { n: formatCount(report.poorMovement.pending) }));
    tables.push({
      id: 'poor-movement',
      title: w.poorMovement[0],
      name: w.poorMovement[1],
      head: [unitHeading, ...poorSteps.map(([short], i) => `(${i + 1}) ${short}`)],
      rows: units.map(({ label, level, figures }) => ({ label, level, cells: POOR_FIELDS.map((field) => count(figures.poorMovement[field])) })),
      legend: poorSteps.map(([, full], i) => `(${i + 1}) ${full}`),
      notes: poorNotes,
    });
    const nearNotes = [formula(nearSteps.length, 7)];
    if (report.nearPoorMovement.pending > 0) nearNotes.push(fill(w.pendingNear, { n: formatCount(report.nearPoorMovement.pending) }));
    if (report.groupChanged > 0) nearNotes.push(fill(w.groupChanged, { n: formatCount(report.groupChanged) }));
    if (report.notInThisYearsFile.none > 0) nearNotes.push(fill(w.noneOnList, { n: formatCount(report.notInThisYearsFile.none) }));
    tables.push({
      id: 'near-poor-movement',
      title: w.nearMovement[0],
      name: w.nearMovement[1],
      head: [unitHeading, ...nearSteps.map(([short], i) => `(${i + 1}) ${short}`)],
      rows: units.map(({ label, level, figures }) => ({ label, level, cells: NEAR_FIELDS.map((field) => count(figures.nearPoorMovement[field])) })),
      legend: nearSteps.map(([, full], i) => `(${i + 1}) ${full}`),
      notes: nearNotes,
    });
  }

  const poor = report.deprivations.poor;
  const near = report.deprivations.nearPoor;
  const blank = text('');
  tables.push({
    id: 'deprivations',
    title: `${movement ? '4' : '2'}. ${w.deprivations[0]}`,
    name: w.deprivations[1],
    head: [...w.deprivationsHead],
    rows: [
      ...poor.indicators.map((row, i) => {
        const other = near.indicators[i]!;
        return {
          label: catalogue[`indicator.${row.id}.name`] ?? row.id,
          level: 1,
          id: row.id,
          cells: [count(row.deprived), rate(row.rate), count(row.unknown), count(other.deprived), rate(other.rate), count(other.unknown)],
        };
      }),
      { label: w.totalDeprivations, level: 0, cells: [count(poor.deprivations), blank, blank, count(near.deprivations), blank, blank] },
      { label: w.households, level: 0, cells: [count(poor.households), blank, blank, count(near.households), blank, blank] },
    ],
    legend: [],
    notes: [w.deprivationsNote],
  });

  if (movement) {
    const by = report.by;
    const groupHeadings = by.length === 1 ? [unitHeading] : [...by];
    tables.push({
      id: 'missing',
      title: `5. ${w.missing[0]}`,
      name: w.missing[1],
      head: [w.id, ...groupHeadings, w.status],
      rows: report.missing.map((household) => ({
        label: household.id,
        level: 1,
        cells: [...by.map((_, i) => text(household.group[i] ?? '')), text(household.status === 'poor' ? w.poor : w.nearPoor)],
      })),
      legend: [],
      notes: report.missing.length === 0 ? [w.noneMissing] : [],
    });
  }
  return tables;
}

/** `options.ruleSet` as given (a rule set is known by identity, so it is not copied); anything else is refused. */
function readRuleSet(options: ReviewTablesOptions): RuleSet | undefined {
  const value: unknown = options?.ruleSet;
  if (value === undefined) return undefined;
  if (isDefinedRuleSet(value)) return value;
  throw new ValidationError([{ path: ['ruleSet'], code: 'unknown_rule_set', message: 'must be a rule set from getRuleSet, listRuleSets or deriveRuleSet' }], {
    subject: 'options',
  });
}
