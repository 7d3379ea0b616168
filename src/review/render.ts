/**
 * `renderReviewReport`: a {@link ReviewReport} as plain text in Vietnamese or English — a header
 * (review date, last year's list, rule set, re-poor look-back), then the report tables of
 * `reviewReportTables` laid out as text (the same tables, headings, legends and notes as the
 * review workbook and the commune page), the counts per transition and the citations.
 *
 * @module
 */
import { table } from '../render/table.js';
import { formatCitation } from '../render/explain.js';
import { formatAmount } from '../money.js';
import type { Citation, Locale } from '../rules/types.js';
import { KINDS, reviewWords } from './review.js';
import { reviewReportTables, type ReportTable, type ReviewTablesOptions } from './tables.js';
import type { ReviewReport } from './types.js';

/**
 * Options for {@link renderReviewReport}: those of `reviewReportTables` — `locale` (`vi` default,
 * or `en`), `ruleSet` when it is not built in, `unitHeading`, `totalLabel`, `noValueLabel` and
 * `movement` — so that the text shows the tables exactly as the workbook and the page do.
 */
export type RenderReviewOptions = ReviewTablesOptions;

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
    transitions: '6. Số hộ theo loại chuyển đổi (toàn địa bàn)',
    kind: 'Chuyển đổi',
    households: 'Số hộ',
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
    transitions: '6. Households by transition (whole area)',
    kind: 'Transition',
    households: 'Households',
    basis: 'Sources',
  },
} as const;

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function day(date: string, locale: Locale): string {
  if (locale === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * One report table as text: its title, the columns (first left-aligned, subgroups indented,
 * the others right-aligned; a table without rows shows no columns), then its legend and notes.
 */
function tableText(report: ReportTable): string[] {
  const lines: string[] = [report.title];
  if (report.rows.length > 0) {
    lines.push(
      ...table([
        [...report.head],
        ...report.rows.map((row) => [`${'  '.repeat(Math.max(0, row.level - 1))}${row.label}`, ...row.cells.map((cell) => cell.text)]),
      ]),
    );
  }
  for (const line of [...report.legend, ...report.notes]) lines.push(`  ${line}`);
  return lines;
}

/**
 * Renders a review report as plain text, in Vietnamese (default) or English: the header
 * (review date and kind, last year's list, rule set, re-poor look-back), then every table of
 * `reviewReportTables` with the same options — 1. results and rates over all resident
 * households, 2. movement of poor households and 3. of near-poor households (numbered columns,
 * what each number means and the balance), 4. deprivations of poor and near-poor households,
 * 5. households missing this year — each with its legend and notes, so the text, the review
 * workbook and the commune page show the same tables with the same headings; then 6. counts per
 * transition and the citations. Rows are the groups (subgroups indented) and the total. Without
 * last year's list (`movement: false`) the list, look-back, movement, missing and transition
 * parts are left out.
 *
 * @param report - A report from `createReview(…).finish()` or `reviewHouseholds`.
 * @param options - Those of `reviewReportTables`: `locale` (`vi` default, or `en`), `unitHeading`,
 *   `totalLabel`, `noValueLabel`, `movement`, `ruleSet` when it is not built in.
 * @returns Multi-line text.
 * @throws `ValidationError` for invalid options (those of `reviewReportTables`).
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
 * renderReviewReport(report, { unitHeading: 'Thôn', totalLabel: 'Toàn xã' }).includes('\nToàn xã '); // true
 * ```
 */
export function renderReviewReport(report: ReviewReport, options: RenderReviewOptions = {}): string {
  const tables = reviewReportTables(report, options);
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const movement = options.movement ?? true;
  const l = L[locale];
  const cite = (citation: Citation): string => formatCitation(citation, locale);
  const lines: string[] = [l.title];
  lines.push(`${l.date}: ${day(report.review.date, locale)} — ${report.review.words[locale]}`);
  if (movement)
    lines.push(
      `${fill(l.previous, { year: String(report.previousList.year), date: day(report.previousList.date, locale) })} (${l.coverage[report.previousList.coverage]})`,
    );
  if (report.ruleSet !== null) lines.push(`${l.ruleSet}: ${report.ruleSet.id} ${report.ruleSet.version} (${report.ruleSet.fingerprint.slice(0, 12)}…)`);
  const lookBack = report.rePoorLookBack;
  if (movement)
    lines.push(
      fill(l.lookBack, {
        v:
          lookBack === null
            ? l.lookBackAll
            : 'years' in lookBack
              ? fill(l.lookBackYears, { n: String(lookBack.years) })
              : fill(l.lookBackFrom, { y: String(lookBack.fromYear) }),
      }),
    );

  for (const one of tables) lines.push('', ...tableText(one));

  if (movement) {
    lines.push('', l.transitions);
    lines.push(
      ...table([
        [l.kind, l.households],
        ...KINDS.filter((kind) => report.transitions[kind] > 0).map((kind) => [
          reviewWords(kind)[locale],
          formatAmount(String(report.transitions[kind]), locale),
        ]),
      ]),
    );
  }

  const c = report.citations;
  lines.push('', `${l.basis}:`);
  const cited = movement
    ? [c.transitions, c.tables, c.rates, c.missing, c.rePoor, c.averageFarm, report.review.citation]
    : [c.tables, c.rates, c.averageFarm, report.review.citation];
  for (const citation of cited) {
    lines.push(`  - ${cite(citation)}: ${citation.paraphrase[locale]}${citation.note === undefined ? '' : ` (${citation.note[locale]})`}`);
  }
  return lines.join('\n');
}
