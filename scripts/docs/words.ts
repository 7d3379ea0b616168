/**
 * Rule data in words (Vietnamese and English), for the generated rule cards and the
 * traceability matrix. Everything here is derived from the rule-set objects: no rule is
 * restated by hand, so the documents cannot drift from the code.
 *
 * Unknown shapes (a test kind or condition added later) are rendered as their JSON, never
 * dropped, so a card is always complete even before this file learns the new kind.
 */
import Decimal from 'decimal.js';
import { formatCitation } from '../../src/index.js';
import type { Citation, DwellingCondition, IndicatorTest, Locale, MemberCondition, RuleSet, Source } from '../../src/index.js';

/** `1500000` → `1.500.000` (vi) / `1,500,000` (en); decimals keep their digits. */
export function amount(value: string, locale: Locale): string {
  const [int = '', frac] = value.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',');
  return frac === undefined ? grouped : `${grouped}${locale === 'vi' ? ',' : '.'}${frac}`;
}

/** A decimal share as a percentage, exactly (`0.5` → `50`). */
export function percent(share: string): string {
  return new Decimal(share).times(100).toFixed();
}

const code = (text: string): string => `\`${text}\``;
const json = (value: unknown): string => code(JSON.stringify(value));

const W = {
  vi: {
    and: 'VÀ',
    or: 'HOẶC',
    oneOf: 'là một trong',
    noneOf: 'không có mục nào trong',
    unknownThen: 'nếu chưa rõ thì',
    atLeast: (n: number) => `ít nhất ${n} trong số`,
    notCounted: 'không tính',
  },
  en: {
    and: 'AND',
    or: 'OR',
    oneOf: 'is one of',
    noneOf: 'includes none of',
    unknownThen: 'if unknown:',
    atLeast: (n: number) => `at least ${n} of`,
    notCounted: 'not counted',
  },
} as const;

function ageWords(min: number | undefined, max: number | undefined, locale: Locale): string {
  if (locale === 'vi') {
    if (min !== undefined && max !== undefined) return `từ đủ ${min} đến ${max} tuổi (dưới ${max + 1})`;
    if (min !== undefined) return `từ đủ ${min} tuổi trở lên`;
    if (max !== undefined) return `dưới ${max + 1} tuổi (tuổi ≤ ${max})`;
    return 'mọi độ tuổi';
  }
  if (min !== undefined && max !== undefined) return `aged ${min}–${max} (under ${max + 1})`;
  if (min !== undefined) return `aged ${min}+`;
  if (max !== undefined) return `aged under ${max + 1} (age ≤ ${max})`;
  return 'of any age';
}

function value(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A member condition in words; `nested` adds brackets around compound conditions. */
export function memberCondition(condition: MemberCondition, locale: Locale, nested = false): string {
  const c = condition as Record<string, unknown>;
  const w = W[locale];
  if (Array.isArray(c.all) || Array.isArray(c.any)) {
    const parts = ((c.all ?? c.any) as MemberCondition[]).map((part) => memberCondition(part, locale, true));
    const text = parts.join(` ${Array.isArray(c.all) ? w.and : w.or} `);
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  if (typeof c.atLeast === 'number' && Array.isArray(c.of)) {
    return `${w.atLeast(c.atLeast)} [${(c.of as MemberCondition[]).map((part) => memberCondition(part, locale, true)).join('; ')}]`;
  }
  if (c.age !== undefined) {
    const age = c.age as { min?: number; max?: number };
    return ageWords(age.min, age.max, locale);
  }
  if (c.workingAge === true) return locale === 'vi' ? 'trong độ tuổi lao động' : 'of working age';
  if (typeof c.bornFrom === 'number') return locale === 'vi' ? `sinh từ năm ${c.bornFrom} trở về sau` : `born in ${c.bornFrom} or later`;
  if (typeof c.fact === 'string' && Array.isArray(c.in)) return `${code(c.fact)} ${w.oneOf} ${(c.in as unknown[]).map(value).join(', ')}`;
  if (typeof c.fact === 'string' && 'equals' in c) {
    const base = `${code(c.fact)} = ${value(c.equals)}`;
    if (c.ifUnknown === undefined) return base;
    return `${base} (${w.unknownThen} ${memberCondition(c.ifUnknown as MemberCondition, locale)})`;
  }
  return json(condition);
}

/** A dwelling condition in words. */
export function dwellingCondition(condition: DwellingCondition, locale: Locale, nested = false): string {
  const c = condition as Record<string, unknown>;
  const w = W[locale];
  if (Array.isArray(c.all) || Array.isArray(c.any)) {
    const parts = ((c.all ?? c.any) as DwellingCondition[]).map((part) => dwellingCondition(part, locale, true));
    const text = parts.join(` ${Array.isArray(c.all) ? w.and : w.or} `);
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  if (typeof c.atLeast === 'number' && Array.isArray(c.of)) {
    return `${w.atLeast(c.atLeast)} [${(c.of as DwellingCondition[]).map((part) => dwellingCondition(part, locale, true)).join('; ')}]`;
  }
  if (typeof c.fact === 'string') {
    const fact = code(`dwelling.${c.fact}`);
    if (Array.isArray(c.in)) {
      const base = `${fact} ${w.oneOf} ${(c.in as unknown[]).map(value).join(', ')}`;
      return c.ifUnknown === undefined ? base : `${base} (${w.unknownThen} ${dwellingCondition(c.ifUnknown as DwellingCondition, locale)})`;
    }
    if (Array.isArray(c.includesNoneOf)) {
      const base = `${fact} ${w.noneOf} ${(c.includesNoneOf as unknown[]).map(value).join(', ')}`;
      return Array.isArray(c.notCounted) && c.notCounted.length > 0 ? `${base} (${w.notCounted}: ${(c.notCounted as unknown[]).map(value).join(', ')})` : base;
    }
    if ('equals' in c) return `${fact} = ${value(c.equals)}`;
  }
  return json(condition);
}

/** An indicator test in words: when is the household deprived. */
export function indicatorTest(test: IndicatorTest, locale: Locale): string {
  const vi = locale === 'vi';
  const t = test as { kind: string } & Record<string, unknown>;
  switch (t.kind) {
    case 'any-member':
      return vi
        ? `Thiếu hụt khi có ít nhất 01 thành viên: ${memberCondition(t.where as MemberCondition, locale)}`
        : `Deprived when any member is: ${memberCondition(t.where as MemberCondition, locale)}`;
    case 'no-member':
      return vi
        ? `Thiếu hụt khi không có thành viên nào: ${memberCondition(t.where as MemberCondition, locale)}`
        : `Deprived when no member is: ${memberCondition(t.where as MemberCondition, locale)}`;
    case 'member-share-above': {
      const share = String(t.share);
      return vi
        ? `Thiếu hụt khi số thành viên thỏa mãn [${memberCondition(t.where as MemberCondition, locale)}] chiếm trên ${percent(share)}% (> ${share}) số nhân khẩu; đúng ${percent(share)}% thì không thiếu hụt`
        : `Deprived when the members meeting [${memberCondition(t.where as MemberCondition, locale)}] are more than ${percent(share)}% (> ${share}) of the household size; exactly ${percent(share)}% is not deprived`;
    }
    case 'per-member-below': {
      const floor = String(t.floor);
      const fact = code(`dwelling.${String(t.fact)}`);
      return vi
        ? `Thiếu hụt khi ${fact} ÷ số nhân khẩu < ${amount(floor, locale)} (nhỏ hơn hẳn; đúng bằng ${amount(floor, locale)} thì không thiếu hụt)`
        : `Deprived when ${fact} ÷ household size < ${amount(floor, locale)} (strictly less; exactly ${amount(floor, locale)} is not deprived)`;
    }
    case 'dwelling':
      return vi
        ? `Thiếu hụt khi nhà ở: ${dwellingCondition(t.where as DwellingCondition, locale)}`
        : `Deprived when the dwelling has: ${dwellingCondition(t.where as DwellingCondition, locale)}`;
    case 'answer-only': {
      const reason = (t.reason as { vi: string; en: string } | undefined)?.[locale];
      const head = vi
        ? 'Chỉ theo câu trả lời trên phiếu rà soát (`deprivations`); không suy ra từ dữ kiện'
        : 'Review-form answer only (`deprivations`); nothing is derived from facts';
      return reason === undefined || reason === '' ? head : `${head}: ${reason}`;
    }
    default:
      return `${vi ? 'Kiểu kiểm tra' : 'Test kind'} ${code(t.kind)}: ${json(test)}`;
  }
}

/** A message from the rule set's catalogue, or the fallback. */
export function message(ruleSet: RuleSet, locale: Locale, key: string, fallback: string): string {
  const text = ruleSet.messages[locale][key];
  return typeof text === 'string' && text !== '' ? text : fallback;
}

/** An income line's name and amounts, e.g. `income poverty line (1,500,000 rural / 2,000,000 urban)`. */
export function lineWords(ruleSet: RuleSet, id: string, locale: Locale): string {
  const line = ruleSet.incomeLines.find((candidate) => candidate.id === id);
  const name = message(ruleSet, locale, `incomeLine.${id}`, id);
  if (line === undefined) return code(id);
  const rural = locale === 'vi' ? 'nông thôn' : 'rural';
  const urban = locale === 'vi' ? 'thành thị' : 'urban';
  return `${name} (${amount(line.amounts.rural, locale)} ${rural} / ${amount(line.amounts.urban, locale)} ${urban})`;
}

/** A category rule's condition in words, e.g. `income ≤ poverty line (…) AND deprivations ≥ 3`. */
export function categoryRuleWords(ruleSet: RuleSet, rule: RuleSet['categoryRules'][number], locale: Locale): string {
  const vi = locale === 'vi';
  const income = vi ? 'thu nhập' : 'income';
  const parts: string[] = [];
  const { above, atOrBelow } = rule.income;
  if (above !== undefined && atOrBelow !== undefined) parts.push(`${lineWords(ruleSet, above, locale)} < ${income} ≤ ${lineWords(ruleSet, atOrBelow, locale)}`);
  else if (above !== undefined) parts.push(`${income} > ${lineWords(ruleSet, above, locale)}`);
  else if (atOrBelow !== undefined) parts.push(`${income} ≤ ${lineWords(ruleSet, atOrBelow, locale)}`);
  else parts.push(vi ? 'mọi mức thu nhập' : 'any income');
  const cut = ruleSet.deprivationCut.atLeast;
  if (rule.deprivations === 'at-least-cut') parts.push(vi ? `số chỉ số thiếu hụt ≥ ${cut}` : `deprivations ≥ ${cut}`);
  else if (rule.deprivations === 'below-cut')
    parts.push(vi ? `số chỉ số thiếu hụt ≤ ${cut - 1} (dưới ${cut})` : `deprivations ≤ ${cut - 1} (fewer than ${cut})`);
  const text = parts.join(` ${W[locale].and} `);
  return rule.deprivations === undefined ? `${text} (${vi ? 'không xét chỉ số thiếu hụt' : 'deprivations not considered'})` : text;
}

/**
 * Citation without the confidence marker (the cards mark confidence in their own column), with
 * the parts that are the project's reading marked, and "derived" when no clause states it.
 */
export function citationWhere(citation: Citation, locale: Locale): string {
  const place = formatCitation({ ...citation, confidence: 'A' }, locale, { audit: true });
  if (citation.derived === undefined) return place;
  return `${place} — ${locale === 'vi' ? '**suy ra**' : '**derived**'}: ${citation.derived[locale]}`;
}

const KIND: Record<Source['kind'], { vi: string; en: string }> = {
  'official-text': { vi: 'văn bản', en: 'text' },
  'official-translation': { vi: 'bản dịch chính thức', en: 'official translation' },
  translation: { vi: 'bản dịch', en: 'translation' },
  news: { vi: 'tin báo', en: 'news' },
  'secondary-note': { vi: 'ghi chú thứ cấp', en: 'secondary note' },
};
const BEARS: Record<Source['bears'], { vi: string; en: string }> = {
  states: { vi: 'nêu nội dung này', en: 'states it' },
  related: { vi: 'văn bản liên quan', en: 'related text' },
  lead: { vi: 'chỉ là đầu mối, không tính', en: 'lead only, not counted' },
};

/** One source in words: kind, publisher, address, how it bears. */
export function sourceWords(source: Source, locale: Locale): string {
  const where = source.address === undefined ? '' : ` — \`${source.address}\``;
  const origin = source.origin === undefined ? '' : locale === 'vi' ? `; cùng gốc: ${source.origin}` : `; origin: ${source.origin}`;
  return `${KIND[source.kind][locale]}: ${source.publisher}${where} (${BEARS[source.bears][locale]}${origin})`;
}

/** A citation's sources in words, or what to say when none was reached or none is listed. */
export function sourcesWords(sources: readonly Source[] | undefined, locale: Locale): string {
  if (sources === undefined) return locale === 'vi' ? 'không ghi' : 'not listed';
  if (sources.length === 0) return locale === 'vi' ? 'chưa tiếp cận được văn bản nào nêu nội dung này' : 'no text stating it has been reached';
  return sources.map((source) => sourceWords(source, locale)).join('; ');
}

/** The visible mark of a confidence-C element. */
export const UNCHECKED_MARK = '⚠ C — chưa đối chiếu từng chữ với văn bản chính thức / not yet checked word for word against the official text';

/** Confidence cell: `A`, `B`, or the visible C warning. */
export function confidenceCell(citation: Citation, locale: Locale): string {
  if (citation.confidence !== 'C') return citation.confidence;
  return locale === 'vi' ? '⚠ **C — chưa đối chiếu từng chữ**' : '⚠ **C — not yet checked word for word**';
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
