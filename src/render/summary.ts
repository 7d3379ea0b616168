/**
 * `renderSummary`: a {@link Summary} as plain-text tables in Vietnamese or English. Rounding
 * happens here and only here (percentages to 2 decimal places, half-up).
 *
 * @module
 */
import { fill } from './fill.js';
import { formatAmount, Money } from '../money.js';
import { listRuleSets } from '../rules/registry.js';
import type { Locale, MessageCatalogue, RuleSet } from '../rules/types.js';
import type { CountShare, Summary, SummaryFigures } from '../batch/summarize.js';

/** Options for {@link renderSummary}. */
export interface RenderSummaryOptions {
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** The rule set, when it is not built in, for its indicator names. */
  ruleSet?: RuleSet;
}

const LABELS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: {
    title: 'Tổng hợp kết quả phân loại',
    ruleSet: 'Bộ quy tắc',
    rows: 'Số dòng',
    classified: 'đã phân loại',
    errors: 'lỗi',
    category: 'Phân loại',
    households: 'Số hộ',
    share: 'Tỷ lệ',
    poor: 'Hộ nghèo',
    'near-poor': 'Hộ cận nghèo',
    'poor-or-near-poor': 'Hộ nghèo và cận nghèo',
    average: 'Hộ có mức sống trung bình',
    'above-average': 'Trên mức sống trung bình',
    undetermined: 'Chưa xác định',
    error: 'Lỗi dữ liệu',
    indicator: 'Chỉ số',
    deprived: 'Thiếu hụt',
    unknown: 'Chưa rõ',
    rate: 'Tỷ lệ',
    amongPnp: 'Trong hộ nghèo, cận nghèo',
    deprivationTable: 'Thiếu hụt theo chỉ số (tỷ lệ trên số hộ đã phân loại; trên số hộ nghèo và cận nghèo)',
    af: 'Alkire–Foster (trọng số bằng nhau 1/{d}, k = {k}/{d}; {n} hộ đủ thông tin, {incomplete} hộ thiếu thông tin không tính)',
    afLine: 'H = {H}   A = {A}   M0 = H × A = {M0}',
    censored: 'Tỷ lệ thiếu hụt đã kiểm duyệt',
    contribution: 'Đóng góp vào M0',
    groups: 'Theo nhóm: {by}',
    group: 'Nhóm',
    missing: '(không có)',
    none: '—',
  },
  en: {
    title: 'Classification summary',
    ruleSet: 'Rule set',
    rows: 'Rows',
    classified: 'classified',
    errors: 'errors',
    category: 'Category',
    households: 'Households',
    share: 'Share',
    poor: 'Poor',
    'near-poor': 'Near-poor',
    'poor-or-near-poor': 'Poor and near-poor',
    average: 'Average living standard',
    'above-average': 'Above average',
    undetermined: 'Undetermined',
    error: 'Invalid rows',
    indicator: 'Indicator',
    deprived: 'Deprived',
    unknown: 'Unknown',
    rate: 'Rate',
    amongPnp: 'Among poor & near-poor',
    deprivationTable: 'Deprivations by indicator (rate among classified households; among poor and near-poor households)',
    af: 'Alkire–Foster (equal weights 1/{d}, k = {k}/{d}; {n} households with complete data, {incomplete} with unknown indicators left out)',
    afLine: 'H = {H}   A = {A}   M0 = H × A = {M0}',
    censored: 'Censored headcount',
    contribution: 'Contribution to M0',
    groups: 'By group: {by}',
    group: 'Group',
    missing: '(none)',
    none: '—',
  },
};


function count(value: number, locale: Locale): string {
  return formatAmount(String(value), locale);
}

function percent(share: string | null, locale: Locale): string {
  if (share === null) return LABELS[locale].none!;
  const text = new Money(share).times(100).toDecimalPlaces(2).toFixed(2);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

function decimal(value: string | null, locale: Locale): string {
  if (value === null) return LABELS[locale].none!;
  const text = new Money(value).toDecimalPlaces(4).toFixed(4);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

function width(text: string): number {
  return [...text].length;
}

/** Renders rows as columns: first column left-aligned, the others right-aligned. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell + ' '.repeat(widths[i]! - width(cell)) : ' '.repeat(widths[i]! - width(cell)) + cell))
      .join('  ')
      .trimEnd(),
  );
}

function catalogueFor(summary: Summary, locale: Locale, ruleSet: RuleSet | undefined): MessageCatalogue {
  if (summary.ruleSet === null) return {};
  if (ruleSet !== undefined && ruleSet.id === summary.ruleSet.id) return ruleSet.messages[locale];
  for (const candidate of listRuleSets()) if (candidate.id === summary.ruleSet.id) return candidate.messages[locale];
  return {};
}

const CATEGORIES = ['poor', 'near-poor', 'poor-or-near-poor', 'average', 'above-average', 'undetermined'] as const;

function figuresLines(figures: SummaryFigures, locale: Locale, catalogue: MessageCatalogue): string[] {
  const l = LABELS[locale];
  const name = (id: string): string => catalogue[`indicator.${id}.name`] ?? id;
  const categoryRow = (label: string, cell: CountShare): string[] => [label, count(cell.count, locale), percent(cell.share, locale)];
  const lines: string[] = [];
  lines.push(`${l.rows!}: ${count(figures.rows, locale)} (${l.classified!} ${count(figures.classified, locale)}; ${l.errors!} ${count(figures.errors.count, locale)})`);
  lines.push('');
  lines.push(
    ...table([
      [l.category!, l.households!, l.share!],
      ...CATEGORIES.map((category) => categoryRow(l[category]!, figures.categories[category])),
      categoryRow(l.error!, figures.errors),
    ]),
  );
  if (figures.indicators.length > 0) {
    lines.push('', l.deprivationTable!);
    lines.push(
      ...table([
        [l.indicator!, l.deprived!, l.rate!, l.unknown!, l.amongPnp!, l.rate!],
        ...figures.indicators.map((indicator) => [
          name(indicator.id),
          count(indicator.deprived, locale),
          percent(indicator.rate, locale),
          count(indicator.unknown, locale),
          count(indicator.deprivedAmongPoorOrNearPoor, locale),
          percent(indicator.rateAmongPoorOrNearPoor, locale),
        ]),
      ]),
    );
    const af = figures.alkireFoster;
    lines.push('', fill(l.af!, { d: String(af.indicators), k: String(af.k), n: count(af.population, locale), incomplete: count(af.incomplete, locale) }));
    lines.push(fill(l.afLine!, { H: percent(af.H, locale), A: percent(af.A, locale), M0: decimal(af.M0, locale) }));
    lines.push(
      ...table([
        [l.indicator!, l.censored!, l.contribution!],
        ...af.censored.map((indicator) => [name(indicator.id), percent(indicator.headcount, locale), percent(indicator.contribution, locale)]),
      ]),
    );
  }
  return lines;
}

/**
 * Renders a summary as plain-text tables: rows read, the category table, the deprivation
 * table, the Alkire–Foster measures, and (when grouped) one line per group followed by each
 * group's tables. Percentages are rounded half-up to 2 decimal places, M0 to 4; counts are
 * grouped (`1.234.567` in Vietnamese, `1,234,567` in English).
 *
 * @param summary - A result of `summarize`.
 * @param options - `locale` (`vi` default, or `en`); `ruleSet` when it is not built in.
 * @returns Multi-line text.
 * @example
 * ```ts
 * import { classifyMany, summarize, renderSummary } from 'chuan-ngheo';
 * const summary = summarize(classifyMany([
 *   { area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 },
 *     deprivations: { employment: true, 'health-insurance': true, water: true } },
 * ]));
 * const lines = renderSummary(summary, { locale: 'en' }).split('\n');
 * lines[0]; // 'Classification summary — Rule set vn-2022-2025 2.0.0 (f9bf6ad402af…)'
 * lines[4]; // 'Poor                              1  100.00%'
 * ```
 */
export function renderSummary(summary: Summary, options: RenderSummaryOptions = {}): string {
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const l = LABELS[locale];
  const catalogue = catalogueFor(summary, locale, options.ruleSet);
  const head =
    summary.ruleSet === null
      ? l.title!
      : `${l.title!} — ${l.ruleSet!} ${summary.ruleSet.id} ${summary.ruleSet.version} (${summary.ruleSet.fingerprint.slice(0, 12)}…)`;
  const lines = [head, ...figuresLines(summary, locale, catalogue)];
  if (summary.groups.length > 0) {
    const label = (key: string | null): string => (key === null ? l.missing! : key);
    lines.push('', fill(l.groups!, { by: summary.by ?? '' }));
    lines.push(
      ...table([
        [l.group!, l.rows!, l.poor!, l['near-poor']!, l['poor-or-near-poor']!, l.error!, 'M0'],
        ...summary.groups.map((group) => [
          label(group.key),
          count(group.rows, locale),
          percent(group.categories.poor.share, locale),
          percent(group.categories['near-poor'].share, locale),
          percent(group.categories['poor-or-near-poor'].share, locale),
          count(group.errors.count, locale),
          decimal(group.alkireFoster.M0, locale),
        ]),
      ]),
    );
    for (const group of summary.groups) {
      lines.push('', `== ${l.group!}: ${label(group.key)} ==`, ...figuresLines(group, locale, catalogue));
    }
  }
  return lines.join('\n');
}
