/**
 * `renderDiff`: a {@link RuleSetDiff} as readable lines of text, in Vietnamese or English.
 *
 * @module
 */
import { formatAmount } from '../money.js';
import { canonicalJson } from '../rules/fingerprint.js';
import type { Band, FieldChange, RuleSetDiff } from '../tools/diff.js';
import type { Locale } from '../rules/types.js';
import { fill } from './fill.js';
import { commonEn } from './locales/en.js';
import { commonVi } from './locales/vi.js';

const TEXT = {
  vi: {
    heading: 'So sánh {a} (phiên bản {av}) → {b} (phiên bản {bv})',
    identical: 'Hai bộ quy tắc giống hệt nhau (cùng dấu vân tay).',
    status: 'Trạng thái: {from} → {to}',
    effective: 'Thời gian hiệu lực: {from} → {to}',
    period: 'Đơn vị thu nhập: đồng/người/{from} → đồng/người/{to}',
    lineAdded: 'Thêm chuẩn thu nhập {id}: nông thôn {rural}, thành thị {urban}',
    lineRemoved: 'Bỏ chuẩn thu nhập {id}: nông thôn {rural}, thành thị {urban}',
    lineChanged: 'Chuẩn thu nhập {id}: nông thôn {r1} → {r2}, thành thị {u1} → {u2}',
    lineCitation: 'Căn cứ của chuẩn thu nhập {id} thay đổi: {fields}',
    bandsHeading: 'Phân loại theo khoảng thu nhập ({which}):',
    before: 'trước',
    after: 'sau',
    band: '  {interval}: {cutMet} nếu thiếu hụt từ ngưỡng trở lên; {cutNotMet} nếu dưới ngưỡng',
    bandSame: '  {interval}: {cutMet}',
    atOrBelow: 'từ {line} ({amount}) trở xuống',
    above: 'trên {line} ({amount})',
    between: 'trên {low} ({lowAmount}) đến {high} ({highAmount})',
    cut: 'Ngưỡng thiếu hụt: từ {from} → từ {to} chỉ số',
    dimAdded: 'Thêm chiều: {list}',
    dimRemoved: 'Bỏ chiều: {list}',
    indAdded: 'Thêm chỉ số: {list}',
    indRemoved: 'Bỏ chỉ số: {list}',
    indChanged: 'Chỉ số {id} thay đổi: {fields}',
    indDimension: 'chiều {from} → {to}',
    none: '(không có)',
    absent: '(không có)',
  },
  en: {
    heading: 'Comparing {a} (version {av}) → {b} (version {bv})',
    identical: 'The two rule sets are identical (same fingerprint).',
    status: 'Status: {from} → {to}',
    effective: 'Effective period: {from} → {to}',
    period: 'Income unit: VND per person per {from} → per {to}',
    lineAdded: 'Income line added {id}: rural {rural}, urban {urban}',
    lineRemoved: 'Income line removed {id}: rural {rural}, urban {urban}',
    lineChanged: 'Income line {id}: rural {r1} → {r2}, urban {u1} → {u2}',
    lineCitation: 'Citation of income line {id} changed: {fields}',
    bandsHeading: 'Categories by income band ({which}):',
    before: 'before',
    after: 'after',
    band: '  {interval}: {cutMet} with deprivations at or above the cut; {cutNotMet} below it',
    bandSame: '  {interval}: {cutMet}',
    atOrBelow: 'at or below {line} ({amount})',
    above: 'above {line} ({amount})',
    between: 'above {low} ({lowAmount}) up to {high} ({highAmount})',
    cut: 'Deprivation cut: {from} → {to} or more indicators',
    dimAdded: 'Dimensions added: {list}',
    dimRemoved: 'Dimensions removed: {list}',
    indAdded: 'Indicators added: {list}',
    indRemoved: 'Indicators removed: {list}',
    indChanged: 'Indicator {id} changed: {fields}',
    indDimension: 'dimension {from} → {to}',
    none: '(none)',
    absent: '(absent)',
  },
} as const;

function show(value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return TEXT[locale].absent;
  if (typeof value === 'string') return /^\d+(\.\d+)?$/.test(value) ? formatAmount(value, locale) : value;
  if (typeof value === 'object' && 'vi' in value && 'en' in value) return String((value as Record<Locale, unknown>)[locale]);
  return canonicalJson(value);
}

function fields(list: readonly FieldChange[], locale: Locale): string {
  // Paraphrases and notes change in both languages: show the reader's language only.
  const other = locale === 'vi' ? '.en' : '.vi';
  return list
    .filter((change) => !change.path.endsWith(other))
    .map((change) => `${change.path}: ${show(change.from, locale)} → ${show(change.to, locale)}`).join('; ');
}

function interval(band: Band, locale: Locale, area: 'rural' | 'urban'): string {
  const t = TEXT[locale];
  if (band.above === null && band.atOrBelow !== null) return fill(t.atOrBelow, { line: band.atOrBelow.id, amount: formatAmount(band.atOrBelow[area], locale) });
  if (band.atOrBelow === null && band.above !== null) return fill(t.above, { line: band.above.id, amount: formatAmount(band.above[area], locale) });
  if (band.above !== null && band.atOrBelow !== null) {
    return fill(t.between, { low: band.above.id, lowAmount: formatAmount(band.above[area], locale), high: band.atOrBelow.id, highAmount: formatAmount(band.atOrBelow[area], locale) });
  }
  return '—';
}

/**
 * Renders a {@link RuleSetDiff} as readable lines of text (Vietnamese by default). Amounts in
 * the band listing are rural ones; the line changes list both areas.
 *
 * @param diff - A result of {@link diffRuleSets}.
 * @param locale - `vi` (default) or `en`.
 * @returns Multi-line text.
 * @example
 * ```ts
 * import { diffRuleSets, getRuleSet, renderDiff } from 'chuan-ngheo';
 * const text = renderDiff(diffRuleSets(getRuleSet('vn-2016-2020'), getRuleSet('vn-2022-2025')), 'en');
 * text.split('\n')[0]; // 'Comparing vn-2016-2020 (version 2.0.0) → vn-2022-2025 (version 2.0.0)'
 * ```
 */
export function renderDiff(diff: RuleSetDiff, locale: Locale = 'vi'): string {
  const t = TEXT[locale === 'en' ? 'en' : 'vi'];
  const loc: Locale = locale === 'en' ? 'en' : 'vi';
  const out: string[] = [fill(t.heading, { a: diff.from.id, av: diff.from.version, b: diff.to.id, bv: diff.to.version })];
  if (diff.identical) {
    out.push(t.identical);
    return out.join('\n');
  }
  if (diff.status !== null) out.push(fill(t.status, diff.status));
  if (diff.effective !== null) {
    out.push(fill(t.effective, { from: `${diff.effective.from.from}..${diff.effective.from.to}`, to: `${diff.effective.to.from}..${diff.effective.to.to}` }));
  }
  if (diff.incomePeriod !== null) out.push(fill(t.period, diff.incomePeriod));
  for (const line of diff.incomeLines.added) out.push(fill(t.lineAdded, { id: line.id, rural: formatAmount(line.rural, loc), urban: formatAmount(line.urban, loc) }));
  for (const line of diff.incomeLines.removed) out.push(fill(t.lineRemoved, { id: line.id, rural: formatAmount(line.rural, loc), urban: formatAmount(line.urban, loc) }));
  for (const line of diff.incomeLines.changed) {
    if (line.amounts !== null) {
      const { from, to } = line.amounts;
      out.push(fill(t.lineChanged, { id: line.id, r1: formatAmount(from.rural, loc), r2: formatAmount(to.rural, loc), u1: formatAmount(from.urban, loc), u2: formatAmount(to.urban, loc) }));
    }
    if (line.citation.length > 0) out.push(fill(t.lineCitation, { id: line.id, fields: fields(line.citation, loc) }));
  }
  if (diff.bands.changed) {
    for (const [which, list] of [
      [t.before, diff.bands.from],
      [t.after, diff.bands.to],
    ] as const) {
      out.push(fill(t.bandsHeading, { which }));
      for (const band of list) {
        const names = loc === 'vi' ? commonVi : commonEn;
        const values = { interval: interval(band, loc, 'rural'), cutMet: names[`category.${band.cutMet}`] ?? band.cutMet, cutNotMet: names[`category.${band.cutNotMet}`] ?? band.cutNotMet };
        out.push(fill(band.cutMet === band.cutNotMet ? t.bandSame : t.band, values));
      }
    }
  }
  if (diff.cut !== null) out.push(fill(t.cut, { from: String(diff.cut.from), to: String(diff.cut.to) }));
  if (diff.dimensions.added.length > 0) out.push(fill(t.dimAdded, { list: diff.dimensions.added.join(', ') }));
  if (diff.dimensions.removed.length > 0) out.push(fill(t.dimRemoved, { list: diff.dimensions.removed.join(', ') }));
  out.push(fill(t.indAdded, { list: diff.indicators.added.length > 0 ? diff.indicators.added.join(', ') : t.none }));
  out.push(fill(t.indRemoved, { list: diff.indicators.removed.length > 0 ? diff.indicators.removed.join(', ') : t.none }));
  for (const change of diff.indicators.changed) {
    const parts: string[] = [];
    if (change.dimension !== null) parts.push(fill(t.indDimension, change.dimension));
    if (change.test.length > 0) parts.push(fields(change.test.map((c) => ({ ...c, path: `test.${c.path}` })), loc));
    if (change.citation.length > 0) parts.push(fields(change.citation.map((c) => ({ ...c, path: `citation.${c.path}` })), loc));
    out.push(fill(t.indChanged, { id: change.id, fields: parts.join('; ') }));
  }
  return out.join('\n');
}
