/**
 * `renderDiff`: a {@link RuleSetDiff} as readable lines of text, in Vietnamese or English.
 *
 * @module
 */
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { parseOrThrow } from '../input/validate.js';
import { formatAmount } from '../money.js';
import type { Band, LineSnapshot, PeriodSnapshot, RuleSetDiff, ValueChange } from '../tools/diff.js';
import { readPlain } from '../tools/plain.js';
import { citationSchema, decimalSchema, indicatorTestSchema } from '../tools/rule-data.js';
import type { Citation, Locale } from '../rules/types.js';
import { formatCitation } from './explain.js';
import { fill } from './fill.js';
import { testWords } from './words.js';
import { commonEn } from './locales/en.js';
import { commonVi } from './locales/vi.js';

const TEXT = {
  vi: {
    heading: 'So sánh {a} ({aid}, phiên bản {av}) → {b} ({bid}, phiên bản {bv})',
    identical: 'Hai bộ quy tắc giống hệt nhau (cùng dấu vân tay).',
    status: 'Trạng thái: {from} → {to}',
    effective: 'Thời gian hiệu lực: {from} → {to}',
    period: 'từ {from} đến {to}',
    incomePeriod: 'Đơn vị thu nhập: đồng/người/{from} → đồng/người/{to}',
    lineAdded: 'Thêm {name}: nông thôn {rural} đồng, thành thị {urban} đồng',
    lineRemoved: 'Bỏ {name}: nông thôn {rural} đồng, thành thị {urban} đồng',
    lineChanged: '{Name}: nông thôn {r1} → {r2} đồng, thành thị {u1} → {u2} đồng',
    lineCitation: 'Căn cứ của {name} thay đổi: {change}',
    bandsHeading: 'Phân loại theo khoảng thu nhập ({which}, nông thôn):',
    before: 'trước',
    after: 'sau',
    band: '  {interval}: {cutMet} nếu thiếu hụt từ ngưỡng trở lên; {cutNotMet} nếu dưới ngưỡng',
    bandSame: '  {interval}: {cutMet}',
    atOrBelow: 'từ {line} ({amount} đồng) trở xuống',
    above: 'trên {line} ({amount} đồng)',
    between: 'trên {low} ({lowAmount} đồng) đến {high} ({highAmount} đồng)',
    cut: 'Ngưỡng thiếu hụt: từ {from} → từ {to} chỉ số trở lên',
    dimAdded: 'Thêm chiều: {list}',
    dimRemoved: 'Bỏ chiều: {list}',
    indAdded: 'Thêm chỉ số: {list}',
    indRemoved: 'Bỏ chỉ số: {list}',
    indChanged: 'Chỉ số {name} thay đổi: {fields}',
    indDimension: 'thuộc chiều {from} → {to}',
    indTest: 'điều kiện: {from} → {to}',
    indCitation: 'căn cứ: {change}',
    citationMoved: '{from} → {to}',
    confidence: 'độ tin cậy {from} → {to}',
    paraphrase: 'nội dung diễn giải được sửa',
    note: 'ghi chú được sửa',
    none: '(không có)',
    'status.in-force': 'đang có hiệu lực',
    'status.superseded': 'đã được thay thế',
    'status.provisional': 'tạm thời (chưa chính thức)',
    'status.local': 'chuẩn địa phương',
    'period.month': 'tháng',
    'period.year': 'năm',
    line: 'chuẩn thu nhập',
  },
  en: {
    heading: 'Comparing {a} ({aid}, version {av}) → {b} ({bid}, version {bv})',
    identical: 'The two rule sets are identical (same fingerprint).',
    status: 'Status: {from} → {to}',
    effective: 'Effective period: {from} → {to}',
    period: '{from} to {to}',
    incomePeriod: 'Income unit: VND per person per {from} → per {to}',
    lineAdded: 'Added the {name}: rural VND {rural}, urban VND {urban}',
    lineRemoved: 'Removed the {name}: rural VND {rural}, urban VND {urban}',
    lineChanged: '{Name}: rural VND {r1} → {r2}, urban VND {u1} → {u2}',
    lineCitation: 'Legal basis of the {name} changed: {change}',
    bandsHeading: 'Categories by income band ({which}, rural):',
    before: 'before',
    after: 'after',
    band: '  {interval}: {cutMet} with deprivations at or above the cut; {cutNotMet} below it',
    bandSame: '  {interval}: {cutMet}',
    atOrBelow: 'at or below the {line} (VND {amount})',
    above: 'above the {line} (VND {amount})',
    between: 'above the {low} (VND {lowAmount}) up to the {high} (VND {highAmount})',
    cut: 'Deprivation cut: {from} → {to} or more indicators',
    dimAdded: 'Dimensions added: {list}',
    dimRemoved: 'Dimensions removed: {list}',
    indAdded: 'Indicators added: {list}',
    indRemoved: 'Indicators removed: {list}',
    indChanged: 'Indicator {name} changed: {fields}',
    indDimension: 'dimension {from} → {to}',
    indTest: 'test: {from} → {to}',
    indCitation: 'legal basis: {change}',
    citationMoved: '{from} → {to}',
    confidence: 'confidence {from} → {to}',
    paraphrase: 'paraphrase revised',
    note: 'note revised',
    none: '(none)',
    'status.in-force': 'in force',
    'status.superseded': 'superseded',
    'status.provisional': 'provisional',
    'status.local': 'local standard',
    'period.month': 'month',
    'period.year': 'year',
    line: 'income line',
  },
} as const;

type Text = (typeof TEXT)[Locale];

/** Names from the diff's catalogues: the rule set's own name, with the id in parentheses where it helps. */
class Namer {
  constructor(
    private readonly diff: RuleSetDiff,
    private readonly locale: Locale,
  ) {}

  private lookup(key: string, side: 'from' | 'to'): string | undefined {
    const other = side === 'from' ? 'to' : 'from';
    return this.diff.names[side][this.locale][key] ?? this.diff.names[other][this.locale][key];
  }

  title(side: 'from' | 'to'): string {
    return this.diff.names[side][this.locale]['ruleSet.title'] ?? this.diff[side].id;
  }

  /** An income line's name (e.g. `chuẩn nghèo về thu nhập`), or the generic word with its id. */
  line(id: string, side: 'from' | 'to'): string {
    return this.lookup(`incomeLine.${id}`, side) ?? `${TEXT[this.locale].line} (${id})`;
  }

  dimension(id: string, side: 'from' | 'to'): string {
    const name = this.lookup(`dimension.${id}`, side);
    return name === undefined ? id : `${name} (${id})`;
  }

  indicator(id: string, side: 'from' | 'to'): string {
    const name = this.lookup(`indicator.${id}.name`, side);
    return name === undefined ? id : `${name} (${id})`;
  }
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function isoDate(date: string, locale: Locale): string {
  if (locale === 'en') return date;
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** A citation change in words: where it moved, its confidence, revised paraphrase or note. */
function citationChange(change: ValueChange<Citation>, t: Text, locale: Locale): string {
  const { from, to } = change;
  const where = (citation: Citation): string => formatCitation({ ...citation, confidence: 'A' }, locale);
  const parts: string[] = [];
  if (where(from) !== where(to)) parts.push(fill(t.citationMoved, { from: where(from), to: where(to) }));
  if (from.confidence !== to.confidence) parts.push(fill(t.confidence, { from: from.confidence, to: to.confidence }));
  if (from.paraphrase[locale] !== to.paraphrase[locale]) parts.push(t.paraphrase);
  if (from.note?.[locale] !== to.note?.[locale]) parts.push(t.note);
  return parts.join('; ');
}

function interval(band: Band, t: Text, locale: Locale, names: Namer, side: 'from' | 'to'): string {
  const amount = (line: LineSnapshot): string => formatAmount(line.rural, locale);
  if (band.above === null && band.atOrBelow !== null) return fill(t.atOrBelow, { line: names.line(band.atOrBelow.id, side), amount: amount(band.atOrBelow) });
  if (band.atOrBelow === null && band.above !== null) return fill(t.above, { line: names.line(band.above.id, side), amount: amount(band.above) });
  if (band.above !== null && band.atOrBelow !== null) {
    return fill(t.between, {
      low: names.line(band.above.id, side),
      lowAmount: amount(band.above),
      high: names.line(band.atOrBelow.id, side),
      highAmount: amount(band.atOrBelow),
    });
  }
  return '—';
}

const lineSnapshot = z.strictObject({ id: z.string(), rural: decimalSchema, urban: decimalSchema });
const fieldChange = z.strictObject({ path: z.string(), from: z.unknown(), to: z.unknown() });
const category = z.enum(['poor', 'near-poor', 'average', 'above-average']);
const band = z.strictObject({ above: lineSnapshot.nullable(), atOrBelow: lineSnapshot.nullable(), cutMet: category, cutNotMet: category });
const change = <T extends z.ZodType>(schema: T) => z.strictObject({ from: schema, to: schema });
const ref = z.strictObject({ id: z.string(), version: z.string(), fingerprint: z.string() });
const incomeLine = z.strictObject({ id: z.string(), amounts: z.strictObject({ rural: decimalSchema, urban: decimalSchema }), citation: citationSchema });
const indicator = z.strictObject({ id: z.string(), dimension: z.string(), test: indicatorTestSchema, citation: citationSchema });
const catalogue = z.record(z.string(), z.string());
const status = z.enum(['in-force', 'superseded', 'provisional', 'local']);
const period = z.enum(['month', 'year']);

/** The shape of a {@link RuleSetDiff}, checked before it is rendered. */
const diffSchema = z.strictObject({
  from: ref,
  to: ref,
  identical: z.boolean(),
  status: change(status).nullable(),
  effective: change(z.strictObject({ from: z.string(), to: z.string() })).nullable(),
  incomePeriod: change(period).nullable(),
  incomeLines: z.strictObject({
    added: z.array(lineSnapshot),
    removed: z.array(lineSnapshot),
    changed: z.array(z.strictObject({ id: z.string(), amounts: change(lineSnapshot).nullable(), citation: z.array(fieldChange), line: change(incomeLine) })),
  }),
  bands: z.strictObject({ from: z.array(band), to: z.array(band), changed: z.boolean() }),
  cut: change(z.int()).nullable(),
  dimensions: z.strictObject({ added: z.array(z.string()), removed: z.array(z.string()) }),
  indicators: z.strictObject({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(
      z.strictObject({
        id: z.string(),
        dimension: change(z.string()).nullable(),
        test: z.array(fieldChange),
        citation: z.array(fieldChange),
        indicator: change(indicator),
      }),
    ),
  }),
  names: change(z.strictObject({ vi: catalogue, en: catalogue })),
});

/**
 * Renders a {@link RuleSetDiff} as readable lines of text (Vietnamese by default), in the
 * words of the rule sets' own message catalogues: income lines, dimensions and indicators by
 * name (the id in parentheses), tests in words, citations as articles and Appendix items.
 * Amounts in the band listing are rural ones; the line changes list both areas.
 *
 * @param diff - A result of {@link diffRuleSets} (plain JSON; a diff read back from a file works too).
 * @param locale - `vi` (default) or `en`.
 * @returns Multi-line text.
 * @throws {@link ValidationError} when `diff` is not a diff (paths inside it) or the locale is
 *   neither `vi` nor `en` (`invalid_value` at `locale`).
 * @example
 * ```ts
 * import { diffRuleSets, renderDiff } from 'chuan-ngheo';
 * const text = renderDiff(diffRuleSets('vn-2016-2020', 'vn-2022-2025'), 'en');
 * text.split('\n')[0];
 * // 'Comparing Multidimensional poverty standard 2016–2020 (vn-2016-2020, version 2.0.0) → Multidimensional poverty standard 2022–2025 (vn-2022-2025, version 2.0.0)'
 * renderDiff(null); // throws ValidationError (invalid_type)
 * ```
 */
export function renderDiff(diff: RuleSetDiff, locale: Locale = 'vi'): string {
  if (locale !== 'vi' && locale !== 'en') {
    throw new ValidationError([{ path: ['locale'], code: 'invalid_value', message: 'locale must be "vi" or "en"' }]);
  }
  const d = parseOrThrow(diffSchema, readPlain(diff)) as unknown as RuleSetDiff;
  const t = TEXT[locale];
  const names = new Namer(d, locale);
  const common = locale === 'vi' ? commonVi : commonEn;
  const categoryName = (value: string): string => common[`category.${value}`] ?? value;
  const out: string[] = [fill(t.heading, { a: names.title('from'), aid: d.from.id, av: d.from.version, b: names.title('to'), bid: d.to.id, bv: d.to.version })];
  if (d.identical) {
    out.push(t.identical);
    return out.join('\n');
  }
  if (d.status !== null) out.push(fill(t.status, { from: t[`status.${d.status.from}` as keyof Text], to: t[`status.${d.status.to}` as keyof Text] }));
  if (d.effective !== null) {
    const period = (p: PeriodSnapshot): string => fill(t.period, { from: isoDate(p.from, locale), to: isoDate(p.to, locale) });
    out.push(fill(t.effective, { from: period(d.effective.from), to: period(d.effective.to) }));
  }
  if (d.incomePeriod !== null)
    out.push(fill(t.incomePeriod, { from: t[`period.${d.incomePeriod.from}` as keyof Text], to: t[`period.${d.incomePeriod.to}` as keyof Text] }));
  const money = (value: string): string => formatAmount(value, locale);
  for (const line of d.incomeLines.added) out.push(fill(t.lineAdded, { name: names.line(line.id, 'to'), rural: money(line.rural), urban: money(line.urban) }));
  for (const line of d.incomeLines.removed)
    out.push(fill(t.lineRemoved, { name: names.line(line.id, 'from'), rural: money(line.rural), urban: money(line.urban) }));
  for (const line of d.incomeLines.changed) {
    const name = names.line(line.id, 'to');
    if (line.amounts !== null) {
      const { from, to } = line.amounts;
      out.push(fill(t.lineChanged, { Name: capitalise(name), r1: money(from.rural), r2: money(to.rural), u1: money(from.urban), u2: money(to.urban) }));
    }
    const change = citationChange({ from: line.line.from.citation, to: line.line.to.citation }, t, locale);
    if (change !== '') out.push(fill(t.lineCitation, { name, change }));
  }
  if (d.bands.changed) {
    for (const [which, list, side] of [
      [t.before, d.bands.from, 'from'],
      [t.after, d.bands.to, 'to'],
    ] as const) {
      out.push(fill(t.bandsHeading, { which }));
      for (const band of list) {
        const values = { interval: interval(band, t, locale, names, side), cutMet: categoryName(band.cutMet), cutNotMet: categoryName(band.cutNotMet) };
        out.push(fill(band.cutMet === band.cutNotMet ? t.bandSame : t.band, values));
      }
    }
  }
  if (d.cut !== null) out.push(fill(t.cut, { from: String(d.cut.from), to: String(d.cut.to) }));
  if (d.dimensions.added.length > 0) out.push(fill(t.dimAdded, { list: d.dimensions.added.map((id) => names.dimension(id, 'to')).join(', ') }));
  if (d.dimensions.removed.length > 0) out.push(fill(t.dimRemoved, { list: d.dimensions.removed.map((id) => names.dimension(id, 'from')).join(', ') }));
  const indicatorList = (ids: readonly string[], side: 'from' | 'to'): string =>
    ids.length > 0 ? ids.map((id) => names.indicator(id, side)).join(', ') : t.none;
  out.push(fill(t.indAdded, { list: indicatorList(d.indicators.added, 'to') }));
  out.push(fill(t.indRemoved, { list: indicatorList(d.indicators.removed, 'from') }));
  for (const change of d.indicators.changed) {
    const { from, to } = change.indicator;
    const parts: string[] = [];
    if (change.dimension !== null)
      parts.push(fill(t.indDimension, { from: names.dimension(change.dimension.from, 'from'), to: names.dimension(change.dimension.to, 'to') }));
    const before = testWords(from.test, locale);
    const after = testWords(to.test, locale);
    if (change.test.length > 0) parts.push(fill(t.indTest, { from: before, to: after }));
    const basis = citationChange({ from: from.citation, to: to.citation }, t, locale);
    if (basis !== '') parts.push(fill(t.indCitation, { change: basis }));
    out.push(fill(t.indChanged, { name: names.indicator(change.id, 'to'), fields: parts.join('; ') }));
  }
  return out.join('\n');
}
