/**
 * `diffRuleSets`: what changed between two rule sets — income lines, the category bands, the
 * deprivation cut, dimensions and indicators (test parameters and citations) — as plain data,
 * and `renderDiff` to read it.
 *
 * @module
 */
import { canonicalJson } from './rules/fingerprint.js';
import { ruleMatches } from './rules/define.js';
import { formatAmount } from './money.js';
import { commonEn, commonVi } from './explain/messages.js';
import type { Category, Locale, RuleSet } from './rules/types.js';

/** A rule set as named in a diff. */
export interface RuleSetRef {
  /** Rule-set id, e.g. `vn-2022-2025`. */
  readonly id: string;
  /** Version of the rule data, e.g. `1.1.0`. */
  readonly version: string;
  /** The rule set's fingerprint: SHA-256 of its canonical JSON data, lowercase hex. */
  readonly fingerprint: string;
}

/** A value before and after: in the first rule set (`from`) and in the second (`to`). */
export type ValueChange<T> = {
  /** The value in the first rule set. */
  readonly from: T;
  /** The value in the second rule set. */
  readonly to: T;
};

/** An effective period as compared in a diff: first and last day, ISO `YYYY-MM-DD`, both inclusive. */
export interface PeriodSnapshot {
  /** First day, ISO `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day, ISO `YYYY-MM-DD`. */
  readonly to: string;
}

/** One changed value: a dotted path within the element, and the values before and after (`null`: absent). */
export interface FieldChange {
  /** Dotted path of the changed value within the element, e.g. `floor` or `paraphrase.en`. */
  readonly path: string;
  /** The value in the first rule set, `null` when absent there. */
  readonly from: unknown;
  /** The value in the second rule set, `null` when absent there. */
  readonly to: unknown;
}

/** An income line as listed in a diff. */
export interface LineSnapshot {
  /** Income line id, e.g. `poverty`. */
  readonly id: string;
  /** Rural (nông thôn) amount: a plain decimal string, VND per person per the rule set's income period. */
  readonly rural: string;
  /** Urban (thành thị) amount: a plain decimal string, VND per person per the rule set's income period. */
  readonly urban: string;
}

/** One income band of a rule set: the interval and the category with and without the deprivation cut met. */
export interface Band {
  /** The line the income is above (exclusive), `null` for the lowest band. */
  readonly above: LineSnapshot | null;
  /** The line the income is at or below, `null` for the highest band. */
  readonly atOrBelow: LineSnapshot | null;
  /** Category when the deprivation count is at least the cut. */
  readonly cutMet: Category;
  /** Category when it is below the cut. */
  readonly cutNotMet: Category;
}

/** Changes to one indicator present in both rule sets. */
export interface IndicatorChange {
  /** Indicator id, e.g. `health-insurance`. */
  readonly id: string;
  /** The dimension id before and after, `null` when the indicator stays in the same dimension. */
  readonly dimension: ValueChange<string> | null;
  /** Changes to the test (kind and threshold parameters), e.g. `{ path: 'floor', from: '8', to: '10' }`. */
  readonly test: readonly FieldChange[];
  /** Changes to the citation, e.g. `{ path: 'confidence', from: 'C', to: 'B' }`. */
  readonly citation: readonly FieldChange[];
}

/** The machine-readable difference between two rule sets (plain JSON). */
export interface RuleSetDiff {
  /** The first (earlier or base) rule set. */
  readonly from: RuleSetRef;
  /** The second (later or derived) rule set. */
  readonly to: RuleSetRef;
  /** True when the fingerprints are equal (same rule data). */
  readonly identical: boolean;
  /** The status (`in-force`, `superseded`, `provisional`) before and after; `null` when unchanged. */
  readonly status: ValueChange<string> | null;
  /** The effective period before and after; `null` when both dates are unchanged. */
  readonly effective: ValueChange<PeriodSnapshot> | null;
  /** The income period (`month` or `year`) before and after; `null` when unchanged. */
  readonly incomePeriod: ValueChange<string> | null;
  /** Income lines added, removed and changed, matched by id. */
  readonly incomeLines: {
    /** Lines only in the second rule set. */
    readonly added: readonly LineSnapshot[];
    /** Lines only in the first rule set. */
    readonly removed: readonly LineSnapshot[];
    /** Lines with the same id whose amounts or citation changed. */
    readonly changed: readonly {
      /** Income line id, e.g. `poverty`. */
      readonly id: string;
      /** The line before and after; `null` when the rural and urban amounts are unchanged. */
      readonly amounts: ValueChange<LineSnapshot> | null;
      /** Changes to the line's citation (empty when unchanged). */
      readonly citation: readonly FieldChange[];
    }[];
  };
  /** The income bands and their categories, before and after; `changed` when they differ in any way. */
  readonly bands: {
    /** Bands of the first rule set, lowest income first. */
    readonly from: readonly Band[];
    /** Bands of the second rule set, lowest income first. */
    readonly to: readonly Band[];
    /** True when the bands differ in any way (lines, amounts or categories). */
    readonly changed: boolean;
  };
  /** The deprivation cut (number of deprived indicators) before and after; `null` when unchanged. */
  readonly cut: ValueChange<number> | null;
  /** Dimension ids added and removed. */
  readonly dimensions: {
    /** Dimension ids only in the second rule set. */
    readonly added: readonly string[];
    /** Dimension ids only in the first rule set. */
    readonly removed: readonly string[];
  };
  /** Indicators added, removed and changed, matched by id. */
  readonly indicators: {
    /** Indicator ids only in the second rule set, in its order. */
    readonly added: readonly string[];
    /** Indicator ids only in the first rule set, in its order. */
    readonly removed: readonly string[];
    /** Indicators in both whose dimension, test or citation changed, in the first rule set's order. */
    readonly changed: readonly IndicatorChange[];
  };
}

function ref(ruleSet: RuleSet): RuleSetRef {
  return { id: ruleSet.id, version: ruleSet.version, fingerprint: ruleSet.fingerprint };
}

function snapshot(line: RuleSet['incomeLines'][number]): LineSnapshot {
  return { id: line.id, rural: line.amounts.rural, urban: line.amounts.urban };
}

/** Leaf changes between two JSON values; arrays are compared as wholes. */
function changes(a: unknown, b: unknown, path = ''): FieldChange[] {
  const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => changes(a[key], b[key], path === '' ? key : `${path}.${key}`));
  }
  if (a === undefined && b === undefined) return [];
  if (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b)) return [];
  return [{ path, from: a ?? null, to: b ?? null }];
}

function bands(ruleSet: RuleSet): Band[] {
  const lineIds = ruleSet.incomeLines.map((line) => line.id);
  const out: Band[] = [];
  for (let position = 0; position <= lineIds.length; position++) {
    const pick = (cutMet: boolean): Category => ruleSet.categoryRules.find((rule) => ruleMatches(rule, position, cutMet, lineIds))!.category;
    out.push({
      above: position === 0 ? null : snapshot(ruleSet.incomeLines[position - 1]!),
      atOrBelow: position === lineIds.length ? null : snapshot(ruleSet.incomeLines[position]!),
      cutMet: pick(true),
      cutNotMet: pick(false),
    });
  }
  return out;
}

/**
 * The differences between two rule sets, as plain data: status, effective period, income
 * period, income lines (added, removed, changed amounts and citations), the income bands with
 * their categories, the deprivation cut, dimensions, and indicators (added, removed, and for
 * those in both: dimension, test parameters and citation changes).
 *
 * @param a - The earlier (or base) rule set.
 * @param b - The later (or derived) rule set.
 * @returns A JSON-serialisable {@link RuleSetDiff}.
 * @example
 * ```ts
 * import { diffRuleSets, getRuleSet } from 'chuan-ngheo';
 * const diff = diffRuleSets(getRuleSet('vn-2016-2020'), getRuleSet('vn-2022-2025'));
 * diff.indicators.added;    // ['employment', 'dependants', 'nutrition']
 * diff.indicators.removed;  // ['health-access']
 * diff.incomeLines.removed; // [{ id: 'near-poverty', rural: '1000000', urban: '1300000' }]
 * diff.cut;                 // null (3 in both)
 * ```
 */
export function diffRuleSets(a: RuleSet, b: RuleSet): RuleSetDiff {
  const linesA = new Map(a.incomeLines.map((line) => [line.id, line]));
  const linesB = new Map(b.incomeLines.map((line) => [line.id, line]));
  const changedLines: RuleSetDiff['incomeLines']['changed'][number][] = [];
  for (const line of a.incomeLines) {
    const other = linesB.get(line.id);
    if (other === undefined) continue;
    const sameAmounts = line.amounts.rural === other.amounts.rural && line.amounts.urban === other.amounts.urban;
    const citation = changes(line.citation, other.citation);
    if (!sameAmounts || citation.length > 0) {
      changedLines.push({ id: line.id, amounts: sameAmounts ? null : { from: snapshot(line), to: snapshot(other) }, citation });
    }
  }
  const bandsA = bands(a);
  const bandsB = bands(b);
  const dimsA = a.dimensions.map((dimension) => dimension.id);
  const dimsB = b.dimensions.map((dimension) => dimension.id);
  const indA = new Map(a.indicators.map((indicator) => [indicator.id, indicator]));
  const indB = new Map(b.indicators.map((indicator) => [indicator.id, indicator]));
  const changedIndicators: IndicatorChange[] = [];
  for (const indicator of a.indicators) {
    const other = indB.get(indicator.id);
    if (other === undefined) continue;
    const test = changes(indicator.test, other.test);
    const citation = changes(indicator.citation, other.citation);
    const dimension = indicator.dimension === other.dimension ? null : { from: indicator.dimension, to: other.dimension };
    if (test.length > 0 || citation.length > 0 || dimension !== null) changedIndicators.push({ id: indicator.id, dimension, test, citation });
  }
  return {
    from: ref(a),
    to: ref(b),
    identical: a.fingerprint === b.fingerprint,
    status: a.status === b.status ? null : { from: a.status, to: b.status },
    effective:
      a.effective.from === b.effective.from && a.effective.to === b.effective.to
        ? null
        : { from: { from: a.effective.from, to: a.effective.to }, to: { from: b.effective.from, to: b.effective.to } },
    incomePeriod: a.incomePeriod === b.incomePeriod ? null : { from: a.incomePeriod, to: b.incomePeriod },
    incomeLines: {
      added: b.incomeLines.filter((line) => !linesA.has(line.id)).map(snapshot),
      removed: a.incomeLines.filter((line) => !linesB.has(line.id)).map(snapshot),
      changed: changedLines,
    },
    bands: { from: bandsA, to: bandsB, changed: canonicalJson(bandsA) !== canonicalJson(bandsB) },
    cut: a.deprivationCut.atLeast === b.deprivationCut.atLeast ? null : { from: a.deprivationCut.atLeast, to: b.deprivationCut.atLeast },
    dimensions: { added: dimsB.filter((id) => !dimsA.includes(id)), removed: dimsA.filter((id) => !dimsB.includes(id)) },
    indicators: {
      added: b.indicators.filter((indicator) => !indA.has(indicator.id)).map((indicator) => indicator.id),
      removed: a.indicators.filter((indicator) => !indB.has(indicator.id)).map((indicator) => indicator.id),
      changed: changedIndicators,
    },
  };
}

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

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

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
 * text.split('\n')[0]; // 'Comparing vn-2016-2020 (version 1.0.0) → vn-2022-2025 (version 1.1.0)'
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
