/**
 * `explain`: renders a {@link Classification} as text a ward officer can read — a paragraph
 * and one line per indicator, each with its legal citation — in Vietnamese or English.
 * It never re-decides anything: every word comes from the result and the message catalogues.
 *
 * @module
 */
import { fill } from './fill.js';
import type { Classification, IndicatorResult } from '../engine/result.js';
import { ValidationError } from '../errors.js';
import { formatAmount, Money } from '../money.js';
import type { IndicatorEvidence, MemberRef } from '../engine/result.js';
import { listRuleSets, resolveRuleSet } from '../rules/registry.js';
import type { Citation, Locale, MessageCatalogue, RuleSet } from '../rules/types.js';
import { commonEn } from './locales/en.js';
import { commonVi } from './locales/vi.js';
import { checkClassification } from './result-schema.js';

/** Options for {@link explain}. */
export interface ExplainOptions {
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /**
   * The rule set the result was made with, by id or as a rule set — needed for one that is not
   * built in (derived with `deriveRuleSet`), for its names and messages. It must be the rule set
   * of the result (same fingerprint).
   */
  ruleSet?: string | RuleSet;
}

const COMMON = { vi: commonVi, en: commonEn } as const;

/** Words used when the rule set's catalogue is not available (a derived rule set not passed in). */
const FALLBACK = {
  vi: {
    note: 'Tên các chỉ số dưới đây lấy theo nội dung căn cứ pháp lý, vì danh mục tên của bộ quy tắc này không được cung cấp cùng kết quả.',
    line: 'chuẩn thu nhập',
    members: 'theo thông tin về các thành viên của hộ',
    dwelling: 'theo thông tin về nhà ở của hộ',
    'members.unknown': 'thông tin về các thành viên của hộ chưa đủ để xác định',
    'dwelling.unknown': 'thông tin về nhà ở của hộ chưa đủ để xác định',
  },
  en: {
    note: "The indicators below are named by their legal basis, because this rule set's catalogue of names was not given with the result.",
    line: 'income line',
    members: "from the facts about the household's members",
    dwelling: "from the facts about the household's dwelling",
    'members.unknown': "the facts about the household's members do not decide it",
    'dwelling.unknown': "the facts about the household's dwelling do not decide it",
  },
} as const;

const OPTION_KEYS = new Set(['locale', 'ruleSet']);

/** The options, checked: paths start with `options`. */
function readOptions(options: unknown): { locale: Locale; ruleSet: RuleSet | undefined } {
  if (options === undefined) return { locale: 'vi', ruleSet: undefined };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ValidationError([{ path: ['options'], code: 'invalid_options', message: 'options must be an object such as { locale: "en" }' }]);
  }
  let locale: unknown;
  let ruleSet: unknown;
  try {
    const unknown = Object.keys(options).filter((key) => !OPTION_KEYS.has(key));
    if (unknown.length > 0) {
      throw new ValidationError(unknown.slice(0, 20).map((key) => ({ path: ['options', key], code: 'unrecognized_keys', message: `unknown option "${key.slice(0, 60)}" (options are locale and ruleSet)` })));
    }
    ({ locale, ruleSet } = options as { locale?: unknown; ruleSet?: unknown });
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([{ path: ['options'], code: 'invalid_options', message: 'the options could not be read' }]);
  }
  if (locale !== undefined && locale !== 'vi' && locale !== 'en') {
    throw new ValidationError([{ path: ['options', 'locale'], code: 'invalid_value', message: 'locale must be "vi" or "en"' }]);
  }
  return { locale: locale ?? 'vi', ruleSet: ruleSet === undefined ? undefined : resolveRuleSet(ruleSet, ['options', 'ruleSet']) };
}

/**
 * The catalogue of the result's rule set: the one passed (it must be the result's, by
 * fingerprint), else the built-in one with the result's id; `undefined` when neither exists
 * (a derived rule set not passed in).
 */
function catalogueFor(result: Classification, locale: Locale, ruleSet: RuleSet | undefined): MessageCatalogue | undefined {
  if (ruleSet !== undefined) {
    if (ruleSet.fingerprint !== result.ruleSet.fingerprint) {
      throw new ValidationError([
        {
          path: ['options', 'ruleSet'],
          code: 'rule_set_mismatch',
          message: `the result was made with ${result.ruleSet.id.slice(0, 60)} (fingerprint ${result.ruleSet.fingerprint.slice(0, 12)}…), not ${ruleSet.id} (${ruleSet.fingerprint.slice(0, 12)}…)`,
        },
      ]);
    }
    return ruleSet.messages[locale];
  }
  for (const candidate of listRuleSets()) if (candidate.id === result.ruleSet.id) return candidate.messages[locale];
  return undefined;
}

/**
 * Renders a citation: `Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2, điểm a` (vi) or
 * `Decree 07/2021/NĐ-CP, Art. 3, cl. 2, pt. a` (en). Rules not yet checked word for word
 * against the official text (confidence C) are marked as such.
 *
 * @param citation - A citation from a rule set or a result.
 * @param locale - `vi` (default) or `en`.
 * @returns The citation as one line of text.
 * @example
 * ```ts
 * import { classify, formatCitation } from 'chuan-ngheo';
 * const result = classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 2000000 } });
 * formatCitation(result.income.comparisons[0].citation, 'en'); // 'Decree 07/2021/NĐ-CP, Art. 3, cl. 1, pt. a'
 * ```
 */
export function formatCitation(citation: Citation, locale: Locale = 'vi'): string {
  const m = COMMON[locale];
  const parts = [citation.instrument.name[locale]];
  if (citation.article !== undefined) parts.push(fill(m['citation.article']!, { v: citation.article }));
  if (citation.clause !== undefined) parts.push(fill(m['citation.clause']!, { v: citation.clause }));
  if (citation.point !== undefined) parts.push(fill(m['citation.point']!, { v: citation.point }));
  if (citation.appendix !== undefined) {
    parts.push(citation.appendix === '' ? m['citation.appendix']! : fill(m['citation.appendix.numbered']!, { v: citation.appendix }));
  }
  if (citation.item !== undefined) parts.push(fill(m['citation.item']!, { v: citation.item }));
  const text = parts.join(', ');
  return citation.confidence === 'C' ? `${text} ${m['citation.unchecked']!}` : text;
}

function listJoin(items: readonly string[], locale: Locale, word: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${COMMON[locale][word]!} ${items[items.length - 1]!}`;
}

function memberList(members: readonly MemberRef[] | undefined, locale: Locale): string {
  const m = COMMON[locale];
  return listJoin(
    (members ?? []).map((member) => (member.id === undefined ? fill(m['member.index']!, { n: String(member.index + 1) }) : fill(m['member.id']!, { id: String(member.id) }))),
    locale,
    'and',
  );
}

function percent(value: string | undefined, locale: Locale): string {
  if (value === undefined) return '';
  const text = new Money(value).times(100).toDecimalPlaces(2).toFixed();
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

function evidenceValues(evidence: IndicatorEvidence, locale: Locale): Record<string, string> {
  const m = COMMON[locale];
  const values: Record<string, string> = {
    members: memberList(evidence.members, locale),
    unknownMembers: memberList(evidence.unknownMembers, locale),
    count: String(evidence.count ?? ''),
    size: String(evidence.size ?? ''),
    value: evidence.value === undefined ? '' : `${evidence.valueExact === false ? '≈' : ''}${formatAmount(evidence.value, locale)}`,
    threshold: evidence.threshold === undefined ? '' : formatAmount(evidence.threshold, locale),
    valuePercent: `${evidence.valueExact === false ? '≈' : ''}${percent(evidence.value, locale)}`,
    thresholdPercent: percent(evidence.threshold, locale),
  };
  for (const [fact, value] of Object.entries(evidence.facts ?? {})) {
    values[`fact:${fact}`] = typeof value === 'string' ? (m[`value.${fact}.${value}`] ?? value) : String(value);
  }
  return values;
}

function indicatorLine(indicator: IndicatorResult, position: number, catalogue: MessageCatalogue | undefined, locale: Locale): string {
  const m = COMMON[locale];
  const c = catalogue ?? {};
  const name = c[`indicator.${indicator.id}.name`] ?? indicator.citation.paraphrase[locale].replace(/\.$/, '');
  let reason: string;
  if (indicator.evidence.basis === 'answer') reason = m['source.answer']!;
  else if (indicator.evidence.basis === 'none') reason = m['evidence.none']!;
  else if (indicator.evidence.basis === 'answer-required') reason = c[`indicator.${indicator.id}.unknown`] ?? indicator.evidence.reason?.[locale] ?? m['evidence.none']!;
  else {
    const template = c[`indicator.${indicator.id}.${indicator.status}`];
    if (template !== undefined) reason = fill(template, evidenceValues(indicator.evidence, locale));
    else if (catalogue === undefined) reason = FALLBACK[locale][indicator.status === 'unknown' ? (`${indicator.evidence.basis}.unknown` as const) : indicator.evidence.basis];
    else reason = indicator.citation.paraphrase[locale];
  }
  return `${position}. ${name} — ${m[`status.${indicator.status}`]!}: ${reason}. [${formatCitation(indicator.citation, locale)}]`;
}

/**
 * Renders a classification as readable text: a paragraph (category, income against the lines,
 * deprivation count, legal basis) and one numbered line per indicator with its status, what it
 * rests on and its citation. Vietnamese by default.
 *
 * **A rule set that is not built in.** The names and messages of a derived rule set
 * (`deriveRuleSet`) are in the rule set, not in the result: pass it as `ruleSet`. Without it the
 * explanation still reads plainly: each indicator is named by its legal basis (the citation's
 * paraphrase), income lines by their amounts, and one sentence says why — never a raw id.
 *
 * @param result - A result of `classify` (or the same result read back from JSON).
 * @param options - `locale` (`vi` default, or `en`); `ruleSet` (id or rule set) for rule sets that are not built in.
 * @returns Multi-line text.
 * @throws {@link ValidationError} when `result` is not a classification (paths inside it),
 *   the options are not an object (`invalid_options` at `options`), have an unknown key or
 *   locale, or name a rule set that is unknown (`unknown_rule_set`) or not the result's
 *   (`rule_set_mismatch` at `options.ruleSet`).
 * @example
 * ```ts
 * import { classify, explain } from 'chuan-ngheo';
 * const result = classify({
 *   area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 },
 *   deprivations: { employment: true, 'health-insurance': true, water: true },
 * });
 * explain(result, { locale: 'en' }).split('\n')[0].split('. ')[0];
 * // 'Result: poor household — under the Multidimensional poverty standard 2022–2025 (vn-2022-2025, version 1.1.0)'
 * explain(null); // throws ValidationError (invalid_type)
 * ```
 */
export function explain(result: Classification, options: ExplainOptions = {}): string {
  const { locale, ruleSet } = readOptions(options);
  // zod reads each value once and returns its own copy; the result schema has no recursion, so the work is linear in the input.
  const checked = checkClassification(result);
  return render(checked, locale, catalogueFor(checked, locale, ruleSet));
}

function render(result: Classification, locale: Locale, found: MessageCatalogue | undefined): string {
  const m = COMMON[locale];
  const catalogue = found ?? {};
  const lineName = (id: string): string => catalogue[`incomeLine.${id}`] ?? (found === undefined ? FALLBACK[locale].line : id);
  const ruleSetValues = {
    ruleSetTitle: catalogue['ruleSet.title'] ?? result.ruleSet.title[locale],
    ruleSetId: result.ruleSet.id,
    version: result.ruleSet.version,
  };
  const lines: string[] = [];
  if (result.category === 'undetermined') {
    const possible = listJoin(result.possibleCategories.map((category) => catalogue[`category.${category}`] ?? m[`category.${category}`]!), locale, 'or');
    lines.push(fill(m['headline.undetermined']!, { ...ruleSetValues, possible }));
  } else {
    lines.push(fill(m['headline']!, { ...ruleSetValues, category: catalogue[`category.${result.category}`] ?? m[`category.${result.category}`]! }));
  }
  const area = m[`area.${result.area}`]!;
  // The lines that bound the band: the one the income is above and the one it is at or below.
  const bounding = result.income.comparisons.filter((comparison) => comparison.line === result.income.band.above || comparison.line === result.income.band.atOrBelow);
  const comparisons = bounding.map((comparison) =>
    fill(m[`income.${comparison.outcome}`]!, {
      line: lineName(comparison.line),
      amount: formatAmount(comparison.amount, locale),
      area,
    }),
  );
  const score = result.income.score;
  if (score !== undefined) {
    lines.push(
      fill(m[`income.score.${score.outcome}`]!, {
        score: formatAmount(score.value, locale),
        threshold: formatAmount(score.threshold, locale),
        area,
        line: lineName(score.line),
        citation: formatCitation(score.citation, locale),
      }),
    );
  } else {
    lines.push(
      fill(m['income.summary']!, {
        approx: result.income.perCapitaExact ? '' : m['income.approx']!,
        perCapita: formatAmount(result.income.perCapita, locale),
        period: m[`period.${result.income.period}`]!,
        comparisons: comparisons.join('; '),
      }),
    );
  }
  lines.push(
    fill(m[result.unknownCount > 0 ? 'deprivations.summary.unknown' : 'deprivations.summary']!, {
      count: String(result.deprivationCount),
      total: String(result.indicators.length),
      unknown: String(result.unknownCount),
      cut: String(result.deprivationCut),
    }),
  );
  if (result.rule !== null) lines.push(fill(m['basis']!, { citation: formatCitation(result.rule.citation, locale) }));
  else if (score !== undefined && score.outcome === 'above') {
    // Above the score threshold the income's band is unknown: the score cannot place the household.
    const possible = listJoin(result.possibleCategories.map((category) => catalogue[`category.${category}`] ?? m[`category.${category}`]!), locale, 'or');
    lines.push(fill(m['undetermined.score']!, { possible }));
  } else {
    const unknown = result.indicators.filter((indicator) => indicator.status === 'unknown').map((indicator) => catalogue[`indicator.${indicator.id}.name`] ?? indicator.citation.paraphrase[locale].replace(/\.$/, ''));
    lines.push(fill(m['undetermined.why']!, { list: unknown.join(', ') }));
  }
  // A poor or near-poor household is excluded from the low-income-worker status by definition:
  // saying so would only add noise to the explanation an officer reads.
  if (result.lowIncomeWorker !== undefined && result.category !== 'poor' && result.category !== 'near-poor') {
    const flag = result.lowIncomeWorker;
    lines.push(
      fill(m[`lowIncomeWorker.${flag.eligible === null ? 'unknown' : String(flag.eligible)}`]!, {
        ceiling: formatAmount(flag.ceiling, locale),
        area,
        citation: formatCitation(flag.citation, locale),
      }),
    );
  }
  if (found === undefined) lines.push(FALLBACK[locale].note);
  const paragraph = lines.join(' ');
  const indicatorLines = result.indicators.map((indicator, index) => indicatorLine(indicator, index + 1, found, locale));
  return [paragraph, m['indicators.heading']!, ...indicatorLines].join('\n');
}
