/**
 * `explain`: renders a {@link Classification} as text a ward officer can read — a paragraph
 * and one line per indicator, each with its legal citation — in Vietnamese or English.
 * It never re-decides anything: every word comes from the result and the message catalogues.
 *
 * @module
 */
import { fill } from './fill.js';
import type { Classification, IndicatorResult } from '../engine/result.js';
import { formatAmount, Money } from '../money.js';
import type { IndicatorEvidence, MemberRef } from '../engine/result.js';
import { listRuleSets } from '../rules/registry.js';
import type { Citation, Locale, MessageCatalogue, RuleSet } from '../rules/types.js';
import { commonEn } from './locales/en.js';
import { commonVi } from './locales/vi.js';

/** Options for {@link explain}. */
export interface ExplainOptions {
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** The rule set, when it is not built in (e.g. derived with `deriveRuleSet`), for its messages. */
  ruleSet?: RuleSet;
}

const COMMON = { vi: commonVi, en: commonEn } as const;


function catalogueFor(result: Classification, locale: Locale, ruleSet: RuleSet | undefined): MessageCatalogue {
  if (ruleSet !== undefined && ruleSet.id === result.ruleSet.id) return ruleSet.messages[locale];
  for (const candidate of listRuleSets()) if (candidate.id === result.ruleSet.id) return candidate.messages[locale];
  return {};
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

function indicatorLine(indicator: IndicatorResult, position: number, catalogue: MessageCatalogue, locale: Locale): string {
  const m = COMMON[locale];
  const name = catalogue[`indicator.${indicator.id}.name`] ?? indicator.id;
  let reason: string;
  if (indicator.evidence.basis === 'answer') reason = m['source.answer']!;
  else if (indicator.evidence.basis === 'none') reason = m['evidence.none']!;
  else if (indicator.evidence.basis === 'answer-required') reason = catalogue[`indicator.${indicator.id}.unknown`] ?? indicator.evidence.reason?.[locale] ?? m['evidence.none']!;
  else {
    const template = catalogue[`indicator.${indicator.id}.${indicator.status}`];
    reason = template === undefined ? indicator.citation.paraphrase[locale] : fill(template, evidenceValues(indicator.evidence, locale));
  }
  return `${position}. ${name} — ${m[`status.${indicator.status}`]!}: ${reason}. [${formatCitation(indicator.citation, locale)}]`;
}

/**
 * Renders a classification as readable text: a paragraph (category, income against the lines,
 * deprivation count, legal basis) and one numbered line per indicator with its status, what it
 * rests on and its citation. Vietnamese by default.
 *
 * @param result - A result of `classify`.
 * @param options - `locale` (`vi` default, or `en`); `ruleSet` for rule sets that are not built in.
 * @returns Multi-line text.
 * @example
 * ```ts
 * import { classify, explain } from 'chuan-ngheo';
 * const result = classify({
 *   area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 },
 *   deprivations: { employment: true, 'health-insurance': true, water: true },
 * });
 * console.log(explain(result, { locale: 'en' }).split('\n')[0]);
 * // Result: poor household — under the Multidimensional poverty standard 2022–2025 (vn-2022-2025, version 1.0.0).
 * ```
 */
export function explain(result: Classification, options: ExplainOptions = {}): string {
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const m = COMMON[locale];
  const catalogue = catalogueFor(result, locale, options.ruleSet);
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
      line: catalogue[`incomeLine.${comparison.line}`] ?? comparison.line,
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
        line: catalogue[`incomeLine.${score.line}`] ?? score.line,
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
    const unknown = result.indicators.filter((indicator) => indicator.status === 'unknown').map((indicator) => catalogue[`indicator.${indicator.id}.name`] ?? indicator.id);
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
  const paragraph = lines.join(' ');
  const indicatorLines = result.indicators.map((indicator, index) => indicatorLine(indicator, index + 1, catalogue, locale));
  return [paragraph, m['indicators.heading']!, ...indicatorLines].join('\n');
}
