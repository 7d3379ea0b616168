/**
 * `renderReviewReport`: a {@link ReviewReport} as plain-text tables in Vietnamese or English —
 * results and rates, the movement of poor and of near-poor households, deprivations, households
 * missing this year, transitions, and the citations. Rounding happens here only (percentages to
 * 2 places, half-up).
 *
 * @module
 */
import { catalogueOf, table } from '../render/table.js';
import { formatCitation } from '../render/explain.js';
import { formatAmount, Money } from '../money.js';
import type { Citation, Locale, MessageCatalogue, RuleSet } from '../rules/types.js';
import { KINDS, reviewWords } from './review.js';
import type { CountAndRate, ReviewFigures, ReviewReport } from './types.js';

/** Options for {@link renderReviewReport}. */
export interface RenderReviewOptions {
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** The rule set, when it is not built in, for its indicator names. */
  ruleSet?: RuleSet;
}

const L = {
  vi: {
    title: 'BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO',
    date: 'Ngày rà soát',
    previous: 'Danh sách năm trước: năm {year}, công nhận ngày {date}',
    coverage: { 'poor-and-near-poor': 'danh sách hộ nghèo, hộ cận nghèo', 'all-households': 'danh sách toàn bộ hộ dân cư' },
    ruleSet: 'Bộ quy tắc',
    lookBack: 'Hộ tái nghèo: nhìn lại {v}',
    lookBackYears: '{n} năm',
    lookBackFrom: 'từ năm {y}',
    lookBackAll: 'toàn bộ lịch sử được cung cấp',
    unit: 'Đơn vị',
    total: 'Tổng cộng',
    none: '(không có)',
    dash: '—',
    t1: '1. Kết quả rà soát (tỷ lệ trên tổng số hộ dân cư, không phải trên số hộ được rà soát)',
    residents: 'Hộ dân cư',
    persons: 'Nhân khẩu',
    reviewed: 'Hộ rà soát',
    poor: 'Hộ nghèo',
    nearPoor: 'Hộ cận nghèo',
    pnp: 'Nghèo + cận nghèo',
    farm: 'Hộ NLNDN có MSTB',
    rate: 'Tỷ lệ',
    personsOf: 'Nhân khẩu',
    undetermined: 'Chưa xác định',
    notClassified: 'Không phân loại được',
    farmLegend: 'Hộ NLNDN có MSTB: hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình.',
    undeterminedLegend: 'Hộ chưa xác định và hộ không phân loại được không được tính vào hộ nghèo hay cận nghèo (không đoán).',
    withheld: 'Không tính tỷ lệ',
    personWithheld: 'Không tính tỷ lệ theo nhân khẩu',
    t2: '2. Biến động hộ nghèo',
    t3: '3. Biến động hộ cận nghèo',
    p: [
      'Hộ nghèo đầu kỳ',
      'Giảm: thoát nghèo, thành hộ cận nghèo',
      'Giảm: thoát nghèo, vượt chuẩn cận nghèo',
      'Giảm khác: có trong danh sách năm trước, không có trong tệp năm nay',
      'Giảm khác: kết quả năm nay chưa xác định',
      'Giảm khác: không phân loại được (dữ liệu không hợp lệ)',
      'Tăng: hộ cận nghèo thành hộ nghèo',
      'Tăng: hộ tái nghèo',
      'Tăng: hộ nghèo phát sinh mới',
      'Tăng khác: không có trong danh sách năm trước (hộ mới đến, tách hộ…)',
      'Hộ nghèo cuối kỳ',
    ],
    n: [
      'Hộ cận nghèo đầu kỳ',
      'Giảm: trở thành hộ nghèo',
      'Giảm: thoát cận nghèo',
      'Giảm khác: có trong danh sách năm trước, không có trong tệp năm nay',
      'Giảm khác: kết quả năm nay chưa xác định',
      'Giảm khác: không phân loại được (dữ liệu không hợp lệ)',
      'Tăng: hộ nghèo thành hộ cận nghèo',
      'Tăng: hộ cận nghèo phát sinh mới',
      'Tăng khác: không có trong danh sách năm trước (hộ mới đến, tách hộ…)',
      'Hộ cận nghèo cuối kỳ',
    ],
    pendingPoor: 'Chưa tính: {n} hộ (chưa xác định hoặc không phân loại được) có thể là hộ nghèo.',
    pendingNear: 'Chưa tính: {n} hộ (chưa xác định hoặc không phân loại được) có thể là hộ cận nghèo.',
    t4: '4. Thiếu hụt các dịch vụ xã hội cơ bản của hộ nghèo, hộ cận nghèo cuối kỳ (toàn địa bàn)',
    indicator: 'Chỉ số',
    poorDeprived: 'Hộ nghèo thiếu hụt',
    nearDeprived: 'Hộ cận nghèo thiếu hụt',
    unknown: 'Chưa rõ',
    totalDeprivations: 'Tổng số thiếu hụt',
    t5: '5. Hộ nghèo, hộ cận nghèo có trong danh sách năm trước nhưng không có trong tệp năm nay',
    t5none: 'Không có.',
    id: 'Mã hộ',
    status: 'Năm trước',
    t6: '6. Số hộ theo loại chuyển đổi (toàn địa bàn)',
    kind: 'Chuyển đổi',
    households: 'Số hộ',
    groupChanged: '{n} hộ đổi đơn vị so với danh sách năm trước (tính vào đơn vị năm nay).',
    noneOnList: '{n} hộ trong danh sách năm trước ở mức "không nghèo" không có trong tệp năm nay (không rà soát lại).',
    farmConflicts: '{n} hộ có mức sống trung bình theo phiếu thu nhập nhưng là (hoặc có thể là) hộ nghèo, cận nghèo theo rà soát: không tính, cần kiểm tra.',
    basis: 'Căn cứ',
  },
  en: {
    title: 'REVIEW OF POOR AND NEAR-POOR HOUSEHOLDS: REPORT',
    date: 'Review date',
    previous: "Last year's list: {year}, recognised on {date}",
    coverage: { 'poor-and-near-poor': 'poor and near-poor households', 'all-households': 'all resident households' },
    ruleSet: 'Rule set',
    lookBack: 'Re-poor look-back: {v}',
    lookBackYears: '{n} years',
    lookBackFrom: 'from {y}',
    lookBackAll: 'every year of the history given',
    unit: 'Unit',
    total: 'Total',
    none: '(none)',
    dash: '—',
    t1: '1. Results (rates over all resident households, not over the households reviewed)',
    residents: 'Residents',
    persons: 'Persons',
    reviewed: 'Reviewed',
    poor: 'Poor',
    nearPoor: 'Near-poor',
    pnp: 'Poor + near-poor',
    farm: 'Farm avg.',
    rate: 'Rate',
    personsOf: 'Persons',
    undetermined: 'Undetermined',
    notClassified: 'Not classified',
    farmLegend: 'Farm avg.: agriculture, forestry, fishery and salt-making households of average living standard.',
    undeterminedLegend: 'Undetermined and not-classified households are counted neither as poor nor as near-poor (never guessed).',
    withheld: 'Rates not given',
    personWithheld: 'Rates over persons not given',
    t2: '2. Movement of poor households',
    t3: '3. Movement of near-poor households',
    p: [
      'Poor at the start',
      'Decrease: escaped poverty, now near-poor',
      'Decrease: escaped poverty, above the near-poor line',
      "Other decrease: on last year's list, not in this year's file",
      "Other decrease: this year's result undetermined",
      'Other decrease: not classified (invalid data)',
      'Increase: near-poor who became poor',
      'Increase: re-poor',
      'Increase: newly poor',
      "Other increase: not on last year's list (moved in, split…)",
      'Poor at the end',
    ],
    n: [
      'Near-poor at the start',
      'Decrease: became poor',
      'Decrease: escaped near-poverty',
      "Other decrease: on last year's list, not in this year's file",
      "Other decrease: this year's result undetermined",
      'Other decrease: not classified (invalid data)',
      'Increase: poor who became near-poor',
      'Increase: newly near-poor',
      "Other increase: not on last year's list (moved in, split…)",
      'Near-poor at the end',
    ],
    pendingPoor: 'Not counted: {n} household(s) (undetermined or not classified) could be poor.',
    pendingNear: 'Not counted: {n} household(s) (undetermined or not classified) could be near-poor.',
    t4: '4. Deprivations of poor and near-poor households at the end (whole area)',
    indicator: 'Indicator',
    poorDeprived: 'Poor deprived',
    nearDeprived: 'Near-poor deprived',
    unknown: 'Unknown',
    totalDeprivations: 'Total deprivations',
    t5: "5. Poor and near-poor households on last year's list, not in this year's file",
    t5none: 'None.',
    id: 'Household',
    status: 'Last year',
    t6: '6. Households by transition (whole area)',
    kind: 'Transition',
    households: 'Households',
    groupChanged: "{n} household(s) changed unit since last year's list (counted in this year's).",
    noneOnList: '{n} household(s) on last year\'s list as "neither" are not in this year\'s file (not reviewed again).',
    farmConflicts: '{n} household(s) of average living standard by the income form are (or may be) poor or near-poor by the review: not counted, check them.',
    basis: 'Sources',
  },
} as const;

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function count(value: number | null, locale: Locale): string {
  return value === null ? L[locale].dash : formatAmount(String(value), locale);
}

function percent(share: string | null, locale: Locale): string {
  if (share === null) return L[locale].dash;
  const text = new Money(share).times(100).toDecimalPlaces(2).toFixed(2);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

function day(date: string, locale: Locale): string {
  if (locale === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

interface Row {
  readonly label: string;
  readonly figures: ReviewFigures;
}

function rowsOf(report: ReviewReport, locale: Locale): Row[] {
  const l = L[locale];
  const rows: Row[] = report.groups.map((group) => ({ label: `${'  '.repeat(group.level - 1)}${group.key[group.level - 1] ?? l.none}`, figures: group }));
  rows.push({ label: l.total, figures: report });
  return rows;
}

function withheldNotes(rows: readonly Row[], locale: Locale): string[] {
  const l = L[locale];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const why = row.figures.results.ratesWithheld;
    if (why !== null) {
      const line = `${l.withheld} (${row.label.trim()}): ${why.words[locale]}`;
      if (!seen.has(why.words[locale])) notes.push(line);
      seen.add(why.words[locale]);
    } else {
      const personWhy = row.figures.results.personRatesWithheld;
      if (personWhy !== null && !seen.has(personWhy.words[locale])) {
        notes.push(`${l.personWithheld} (${row.label.trim()}): ${personWhy.words[locale]}`);
        seen.add(personWhy.words[locale]);
      }
    }
  }
  return notes;
}

function resultsTable(rows: readonly Row[], locale: Locale): string[] {
  const l = L[locale];
  const pair = (cell: CountAndRate): string[] => [count(cell.households, locale), percent(cell.householdRate, locale)];
  const header = [l.unit, l.residents, l.persons, l.reviewed, l.poor, l.rate, l.personsOf, l.rate, l.nearPoor, l.rate, l.personsOf, l.rate, l.pnp, l.rate, l.farm, l.rate, l.undetermined, l.notClassified];
  return table([
    header,
    ...rows.map(({ label, figures }) => {
      const r = figures.results;
      return [
        label,
        count(r.residents?.households ?? null, locale),
        count(r.residents?.persons ?? null, locale),
        count(figures.reviewed, locale),
        ...pair(r.poor),
        count(r.poor.persons, locale),
        percent(r.poor.personRate, locale),
        ...pair(r.nearPoor),
        count(r.nearPoor.persons, locale),
        percent(r.nearPoor.personRate, locale),
        ...pair(r.poorOrNearPoor),
        ...pair(r.averageFarm),
        count(r.undetermined, locale),
        count(r.notClassified, locale),
      ];
    }),
  ]);
}

function movementTable(rows: readonly Row[], locale: Locale, which: 'poor' | 'near'): string[] {
  const l = L[locale];
  const names = which === 'poor' ? l.p : l.n;
  const header = [l.unit, ...names.map((_, i) => `(${i + 1})`)];
  const body = rows.map(({ label, figures }) => {
    if (which === 'poor') {
      const m = figures.poorMovement;
      return [label, ...[m.start, m.escapedToNearPoor, m.escapedAboveNearPoorLine, m.notInThisYearsFile, m.undetermined, m.notClassified, m.fromNearPoor, m.rePoor, m.newlyPoor, m.notOnPreviousList, m.end].map((v) => count(v, locale))];
    }
    const m = figures.nearPoorMovement;
    return [label, ...[m.start, m.becamePoor, m.escapedNearPoverty, m.notInThisYearsFile, m.undetermined, m.notClassified, m.fromPoor, m.newlyNearPoor, m.notOnPreviousList, m.end].map((v) => count(v, locale))];
  });
  const last = names.length;
  const decreases = which === 'poor' ? [2, 3, 4, 5, 6] : [2, 3, 4, 5, 6];
  const increases = which === 'poor' ? [7, 8, 9, 10] : [7, 8, 9];
  const formula = `(${last}) = (1) ${decreases.map((i) => `− (${i})`).join(' ')} ${increases.map((i) => `+ (${i})`).join(' ')}`;
  return [...table([header, ...body]), ...names.map((name, i) => `  (${i + 1}) ${name}`), `  ${formula}`];
}

/**
 * Renders a review report as plain-text tables, in Vietnamese (default) or English: the
 * header (review date and kind, last year's list, rule set, re-poor look-back), 1. results
 * and rates over all resident households (or why rates are not given), 2. movement of poor
 * households and 3. of near-poor households (numbered columns with the balance written out),
 * 4. deprivations of poor and near-poor households, 5. households missing this year, 6. counts
 * per transition, and the citations. Rows are the groups (subgroups indented) and the total.
 *
 * @param report - A report from `createReview(…).finish()` or `reviewHouseholds`.
 * @param options - `locale` (`vi` default, or `en`); `ruleSet` when it is not built in.
 * @returns Multi-line text.
 * @example
 * ```ts
 * import { classify, reviewHouseholds, renderReviewReport } from 'chuan-ngheo';
 * const { report } = reviewHouseholds(
 *   [{ id: 'H1', status: 'poor', group: { thon: 'Đông' } }],
 *   [{ result: classify({ id: 'H1', area: 'rural', size: 3, income: { perCapitaMonthly: 1800000 } }), group: { thon: 'Đông' }, persons: 3 }],
 *   { date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' }, by: ['thon'], totals: [{ group: { thon: 'Đông' }, households: 150 }] },
 * );
 * const text = renderReviewReport(report, { locale: 'en' });
 * text.includes('Decrease: escaped poverty, above the near-poor line'); // true
 * renderReviewReport(report).split('\n')[0]; // 'BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO'
 * ```
 */
export function renderReviewReport(report: ReviewReport, options: RenderReviewOptions = {}): string {
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const l = L[locale];
  const catalogue = catalogueOf(report.ruleSet, locale, options.ruleSet);
  const rows = rowsOf(report, locale);
  const cite = (citation: Citation): string => formatCitation(citation, locale);
  const lines: string[] = [l.title];
  lines.push(`${l.date}: ${day(report.review.date, locale)} — ${report.review.words[locale]}`);
  lines.push(`${fill(l.previous, { year: String(report.previousList.year), date: day(report.previousList.date, locale) })} (${l.coverage[report.previousList.coverage]})`);
  if (report.ruleSet !== null) lines.push(`${l.ruleSet}: ${report.ruleSet.id} ${report.ruleSet.version} (${report.ruleSet.fingerprint.slice(0, 12)}…)`);
  const lookBack = report.rePoorLookBack;
  lines.push(fill(l.lookBack, { v: lookBack === null ? l.lookBackAll : 'years' in lookBack ? fill(l.lookBackYears, { n: String(lookBack.years) }) : fill(l.lookBackFrom, { y: String(lookBack.fromYear) }) }));

  lines.push('', l.t1, ...resultsTable(rows, locale), `  ${l.farmLegend}`, `  ${l.undeterminedLegend}`);
  for (const note of withheldNotes(rows, locale)) lines.push(`  ${note}`);
  if (report.farm.conflicts > 0) lines.push(`  ${fill(l.farmConflicts, { n: count(report.farm.conflicts, locale) })}`);

  lines.push('', l.t2, ...movementTable(rows, locale, 'poor'));
  if (report.poorMovement.pending > 0) lines.push(`  ${fill(l.pendingPoor, { n: count(report.poorMovement.pending, locale) })}`);
  lines.push('', l.t3, ...movementTable(rows, locale, 'near'));
  if (report.nearPoorMovement.pending > 0) lines.push(`  ${fill(l.pendingNear, { n: count(report.nearPoorMovement.pending, locale) })}`);
  if (report.groupChanged > 0) lines.push(`  ${fill(l.groupChanged, { n: count(report.groupChanged, locale) })}`);
  if (report.notInThisYearsFile.none > 0) lines.push(`  ${fill(l.noneOnList, { n: count(report.notInThisYearsFile.none, locale) })}`);

  const poor = report.deprivations.poor;
  const near = report.deprivations.nearPoor;
  if (poor.indicators.length > 0) {
    lines.push('', l.t4);
    lines.push(
      ...table([
        [l.indicator, l.poorDeprived, l.rate, l.unknown, l.nearDeprived, l.rate, l.unknown],
        ...poor.indicators.map((row, i) => {
          const other = near.indicators[i]!;
          return [catalogue[`indicator.${row.id}.name`] ?? row.id, count(row.deprived, locale), percent(row.rate, locale), count(row.unknown, locale), count(other.deprived, locale), percent(other.rate, locale), count(other.unknown, locale)];
        }),
        [l.totalDeprivations, count(poor.deprivations, locale), '', '', count(near.deprivations, locale), '', ''],
        [`(${l.households})`, count(poor.households, locale), '', '', count(near.households, locale), '', ''],
      ]),
    );
  }

  lines.push('', l.t5);
  if (report.missing.length === 0) lines.push(`  ${l.t5none}`);
  else {
    lines.push(
      ...table([
        [l.id, l.unit, l.status],
        ...report.missing.map((household) => [household.id, household.group.map((value) => value ?? l.none).join(' / ') || l.dash, household.status === 'poor' ? l.poor : l.nearPoor]),
      ]),
    );
  }

  lines.push('', l.t6);
  lines.push(
    ...table([
      [l.kind, l.households],
      ...KINDS.filter((kind) => report.transitions[kind] > 0).map((kind) => [reviewWords(kind)[locale], count(report.transitions[kind], locale)]),
    ]),
  );

  const c = report.citations;
  lines.push('', `${l.basis}:`);
  for (const citation of [c.transitions, c.tables, c.rates, c.missing, c.rePoor, c.averageFarm, report.review.citation]) {
    lines.push(`  - ${cite(citation)}: ${citation.paraphrase[locale]}${citation.note === undefined ? '' : ` (${citation.note[locale]})`}`);
  }
  return lines.join('\n');
}
