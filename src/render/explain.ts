/**
 * `explain`: renders a {@link Classification} as text a ward officer can show the household — a
 * paragraph and one line per indicator, each with its legal citation, and the standard applied
 * at the end — in Vietnamese or English. Notes written for auditors (assumptions, known
 * misreadings, sources) appear only with `{ audit: true }`. It never re-decides anything: every
 * word comes from the result, the rule set and the message catalogues.
 *
 * @module
 */
import { fill } from './fill.js';
import type { Classification, IncomeAssessment, IncomeComparison, IndicatorResult, UnknownForAge } from '../engine/result.js';
import { ValidationError } from '../errors.js';
import { formatAmount, Money } from '../money.js';
import type { IndicatorEvidence, MemberRef } from '../engine/result.js';
import { listRuleSets, resolveRuleSet } from '../rules/registry.js';
import type { Citation, Locale, MessageCatalogue, RuleSet, Source } from '../rules/types.js';
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
  /**
   * Add the notes written for auditors: for each citation used, its confidence, the texts it
   * rests on, how it is derived, the parts of its place that are the project's reading, and
   * its note. Not for the text an officer shows a household (default `false`).
   */
  audit?: boolean;
}

/** Options for {@link formatCitation}. */
export interface FormatCitationOptions {
  /** Mark the parts of the place that are the project's reading (for auditors; default `false`). */
  audit?: boolean;
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

const OPTION_KEYS = new Set(['locale', 'ruleSet', 'audit']);

/** The options, checked: paths start with `options`. */
function readOptions(options: unknown): { locale: Locale; ruleSet: RuleSet | undefined; audit: boolean } {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ValidationError([{ path: ['options'], code: 'invalid_options', message: 'options must be an object such as { locale: "en" }' }]);
  }
  let locale: unknown;
  let ruleSet: unknown;
  let audit: unknown;
  try {
    const unknown = Object.keys(options).filter((key) => !OPTION_KEYS.has(key));
    if (unknown.length > 0) {
      throw new ValidationError(
        unknown.slice(0, 20).map((key) => ({
          path: ['options', key],
          code: 'unrecognized_keys',
          message: `unknown option "${key.slice(0, 60)}" (options are locale, ruleSet and audit)`,
        })),
      );
    }
    ({ locale, ruleSet, audit } = options as { locale?: unknown; ruleSet?: unknown; audit?: unknown });
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([{ path: ['options'], code: 'invalid_options', message: 'the options could not be read' }]);
  }
  if (locale !== undefined && locale !== 'vi' && locale !== 'en') {
    throw new ValidationError([{ path: ['options', 'locale'], code: 'invalid_value', message: 'locale must be "vi" or "en"' }]);
  }
  if (audit !== undefined && typeof audit !== 'boolean') {
    throw new ValidationError([{ path: ['options', 'audit'], code: 'invalid_value', message: 'audit must be true or false' }]);
  }
  return { locale: locale ?? 'vi', ruleSet: ruleSet === undefined ? undefined : resolveRuleSet(ruleSet, ['options', 'ruleSet']), audit: audit === true };
}

/** The rule set a result was made with: the one passed (checked to be the result's by `catalogueFor`), or the built-in one with its id. */
function findRuleSet(result: Classification, ruleSet: RuleSet | undefined): RuleSet | undefined {
  if (ruleSet !== undefined) return ruleSet;
  for (const candidate of listRuleSets()) if (candidate.id === result.ruleSet.id) return candidate;
  return undefined;
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
 * against the official text (confidence C) are marked as such. With `{ audit: true }`, the
 * parts of the place that are the project's reading (e.g. a point letter not yet seen in the
 * text) are marked too.
 *
 * @param citation - A citation from a rule set or a result.
 * @param locale - `vi` (default) or `en`.
 * @param options - `audit` to mark the project's readings.
 * @returns The citation as one line of text.
 * @example
 * ```ts
 * import { classify, formatCitation } from 'chuan-ngheo';
 * const result = classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 2000000 } });
 * formatCitation(result.income.comparisons[0].citation, 'en'); // 'Decree 07/2021/NĐ-CP, Art. 3, cl. 1, pt. a'
 * const average = classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 2500000 } });
 * formatCitation(average.rule.citation, 'en', { audit: true }); // "Decree 07/2021/NĐ-CP, Art. 3, cl. 2, pt. c (the project's reading)"
 * ```
 */
export function formatCitation(citation: Citation, locale: Locale = 'vi', options: FormatCitationOptions = {}): string {
  const m = COMMON[locale];
  const reading = options.audit === true ? (citation.reading ?? []) : [];
  const mark = (part: 'article' | 'clause' | 'point' | 'item', text: string): string => (reading.includes(part) ? `${text} ${m['citation.reading']!}` : text);
  const parts = [citation.instrument.name[locale]];
  if (citation.article !== undefined) parts.push(mark('article', fill(m['citation.article']!, { v: citation.article })));
  if (citation.clause !== undefined) parts.push(mark('clause', fill(m['citation.clause']!, { v: citation.clause })));
  if (citation.point !== undefined) parts.push(mark('point', fill(m['citation.point']!, { v: citation.point })));
  if (citation.appendix !== undefined) {
    parts.push(citation.appendix === '' ? m['citation.appendix']! : fill(m['citation.appendix.numbered']!, { v: citation.appendix }));
  }
  if (citation.item !== undefined) parts.push(mark('item', fill(m['citation.item']!, { v: citation.item })));
  const text = parts.join(', ');
  return citation.confidence === 'C' ? `${text} ${m['citation.unchecked']!}` : text;
}

function listJoin(items: readonly string[], locale: Locale, word: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${COMMON[locale][word]!} ${items[items.length - 1]!}`;
}

function memberName(member: MemberRef, locale: Locale): string {
  const m = COMMON[locale];
  return member.id === undefined ? fill(m['member.index']!, { n: String(member.index + 1) }) : fill(m['member.id']!, { id: String(member.id) });
}

function memberList(members: readonly MemberRef[] | undefined, locale: Locale): string {
  return listJoin(
    (members ?? []).map((member) => memberName(member, locale)),
    locale,
    'and',
  );
}

function percent(value: string | undefined, locale: Locale): string {
  if (value === undefined) return '';
  const text = new Money(value).times(100).toDecimalPlaces(2).toFixed();
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

function evidenceValues(evidence: IndicatorEvidence, locale: Locale, members?: readonly MemberRef[]): Record<string, string> {
  const m = COMMON[locale];
  const values: Record<string, string> = {
    members: memberList(evidence.members, locale),
    unknownMembers: memberList(members ?? evidence.unknownMembers, locale),
    count: String(evidence.count ?? ''),
    size: String(evidence.size ?? ''),
    value: evidence.value === undefined ? '' : `${evidence.valueExact === false ? '≈' : ''}${formatAmount(evidence.value, locale)}`,
    threshold: evidence.threshold === undefined ? '' : formatAmount(evidence.threshold, locale),
    valuePercent: `${evidence.valueExact === false ? '≈' : ''}${percent(evidence.value, locale)}`,
    thresholdPercent: percent(evidence.threshold, locale),
  };
  // {facts}: the known facts consulted that have words, e.g. "thiếu kiên cố" or "tường không bền chắc, mái bền chắc".
  const known: string[] = [];
  for (const [fact, value] of Object.entries(evidence.facts ?? {})) {
    values[`fact:${fact}`] = typeof value === 'string' ? (m[`value.${fact}.${value}`] ?? value) : String(value);
    const words = typeof value === 'string' || typeof value === 'boolean' ? m[`value.${fact}.${String(value)}`] : undefined;
    if (words !== undefined) known.push(words);
  }
  values.facts = known.join(', ');
  return values;
}

/** `a, b` → "a" without its final full stop (paraphrases end with one). */
const withoutStop = (text: string): string => text.replace(/[.。]\s*$/, '');

/**
 * The unknown line of an indicator: members unknown only for want of age precision get their
 * own sentence (what would decide them); the others the catalogue's unknown text.
 */
function unknownReason(indicator: IndicatorResult, catalogue: MessageCatalogue, locale: Locale): string | undefined {
  const gaps = indicator.evidence.unknownForAge;
  const template = catalogue[`indicator.${indicator.id}.unknown`];
  if (gaps === undefined || gaps.length === 0 || template === undefined) return undefined;
  const m = COMMON[locale];
  const explained = new Set(gaps.map((gap) => gap.member.index));
  const others = (indicator.evidence.unknownMembers ?? []).filter((member) => !explained.has(member.index));
  const parts: string[] = [];
  if (others.length > 0) parts.push(fill(template, evidenceValues(indicator.evidence, locale, others)));
  // Members grouped by what they lack, in the order first met.
  const groups = new Map<string, UnknownForAge[]>();
  for (const gap of gaps) {
    const key = gap.missing.join('+');
    groups.set(key, [...(groups.get(key) ?? []), gap]);
  }
  for (const group of groups.values()) {
    const missing = listJoin(
      group[0]!.missing.map((piece) => m[`missing.${piece}`]!),
      locale,
      'and',
    );
    parts.push(
      fill(m['unknown.age']!, {
        members: memberList(
          group.map((gap) => gap.member),
          locale,
        ),
        missing,
      }),
    );
  }
  return parts.join('; ');
}

function indicatorLine(
  indicator: IndicatorResult,
  position: number,
  catalogue: MessageCatalogue | undefined,
  locale: Locale,
  ruleSet: RuleSet | undefined,
): string {
  const m = COMMON[locale];
  const c = catalogue ?? {};
  const name = c[`indicator.${indicator.id}.name`] ?? withoutStop(indicator.citation.paraphrase[locale]);
  let reason: string;
  if (indicator.evidence.basis === 'answer') {
    // An answer-only indicator: say which criterion was answered (the facts never decide it).
    const answerOnly = ruleSet?.indicators.find((candidate) => candidate.id === indicator.id)?.test.kind === 'answer-only';
    reason = answerOnly ? fill(m['source.answer.criterion']!, { criterion: withoutStop(indicator.citation.paraphrase[locale]) }) : m['source.answer']!;
  } else if (indicator.evidence.basis === 'none') reason = m['evidence.none']!;
  else if (indicator.evidence.basis === 'answer-required')
    reason = c[`indicator.${indicator.id}.unknown`] ?? indicator.evidence.reason?.[locale] ?? m['evidence.none']!;
  else {
    const template = c[`indicator.${indicator.id}.${indicator.status}`];
    const ages = indicator.status === 'unknown' && catalogue !== undefined ? unknownReason(indicator, catalogue, locale) : undefined;
    if (ages !== undefined) reason = ages;
    else if (template !== undefined) reason = fill(template, evidenceValues(indicator.evidence, locale));
    else if (catalogue === undefined)
      reason = FALLBACK[locale][indicator.status === 'unknown' ? (`${indicator.evidence.basis}.unknown` as const) : indicator.evidence.basis];
    else reason = indicator.citation.paraphrase[locale];
  }
  return `${position}. ${name} — ${m[`status.${indicator.status}`]!}: ${reason}. [${formatCitation(indicator.citation, locale)}]`;
}

/**
 * The per-capita income as an officer reads it: to the đồng, marked approximate when rounded —
 * unless rounding would put it on the other side of a line it is compared with (e.g.
 * 1,500,000.25 is above 1,500,000), or the 4-decimal display cannot be rounded safely; then the
 * exact (or 4-decimal) figure is shown. The result keeps the exact value.
 */
function perCapitaText(income: IncomeAssessment, bounding: readonly IncomeComparison[], locale: Locale): { text: string; approx: boolean } {
  const value = income.perCapita;
  const exact = income.perCapitaExact;
  const precise = { text: formatAmount(value, locale), approx: !exact };
  const amount = new Money(value);
  if (amount.isInteger()) return precise;
  const fraction = value.split('.')[1] ?? '';
  // A rounded display (…,5000) may stand for a value just below or above the half: keep it.
  if (!exact && /^50*$/.test(fraction)) return precise;
  const rounded = amount.toDecimalPlaces(0);
  for (const comparison of bounding) {
    if (rounded.lte(comparison.amount) !== (comparison.outcome === 'at-or-below')) return precise;
  }
  return { text: formatAmount(rounded.toFixed(), locale), approx: true };
}

function sourceText(source: Source, locale: Locale): string {
  const m = COMMON[locale];
  const where = source.address === undefined ? '' : ` — ${source.address}`;
  const bears = source.bears === 'states' ? '' : ` (${m[`source.bears.${source.bears}`]!})`;
  return `${m[`source.kind.${source.kind}`]!}: ${source.publisher}${where}${bears}`;
}

/** One auditor's line for a citation: place with readings, confidence, sources, derivation, note. */
function auditLine(label: string, citation: Citation, locale: Locale): string {
  const m = COMMON[locale];
  const parts = [
    `${formatCitation({ ...citation, confidence: citation.confidence === 'C' ? 'B' : citation.confidence }, locale, { audit: true })}`,
    fill(m['audit.confidence']!, { c: citation.confidence }),
  ];
  if (citation.derived !== undefined) parts.push(fill(m['audit.derived']!, { text: withoutStop(citation.derived[locale]) }));
  if (citation.sources !== undefined) {
    parts.push(
      citation.sources.length === 0
        ? m['audit.noSources']!
        : fill(m['audit.sources']!, { list: citation.sources.map((source) => sourceText(source, locale)).join('; ') }),
    );
  }
  if (citation.note !== undefined) parts.push(fill(m['audit.note']!, { text: withoutStop(citation.note[locale]) }));
  return `- ${label}: ${parts.join('; ')}.`;
}

/**
 * Renders a classification as readable text: a paragraph (category, income against the lines,
 * deprivation count, legal basis) and one numbered line per indicator with its status, what it
 * rests on and its citation; the standard applied (title, id and version) comes last.
 * Vietnamese by default. With `{ audit: true }` the notes for auditors follow (confidence,
 * sources, derivations, the project's readings, notes of every citation used).
 *
 * The per-capita income is shown to the đồng (the exact value stays in `result.income`);
 * members unknown only because the review date, the months of age or the exact age are missing
 * are named with what would decide them; the low-income-worker sentence (Decree 30/2025/NĐ-CP)
 * appears only where the status can apply; an answer to an indicator the library cannot derive
 * states the criterion answered.
 *
 * **A rule set that is not built in.** The names and messages of a derived rule set
 * (`deriveRuleSet`) are in the rule set, not in the result: pass it as `ruleSet`. Without it the
 * explanation still reads plainly: each indicator is named by its legal basis (the citation's
 * paraphrase), income lines by their amounts, and one sentence says why — never a raw id.
 *
 * @param result - A result of `classify` (or the same result read back from JSON).
 * @param options - `locale` (`vi` default, or `en`); `ruleSet` (id or rule set) for rule sets that are not built in; `audit` for the auditors' notes.
 * @returns Multi-line text.
 * @throws {@link ValidationError} when `result` is not a classification (paths inside it),
 *   the options are not an object (`invalid_options` at `options`), have an unknown key, locale
 *   or `audit` value, or name a rule set that is unknown (`unknown_rule_set`) or not the result's
 *   (`rule_set_mismatch` at `options.ruleSet`).
 * @example
 * ```ts
 * import { classify, explain } from 'chuan-ngheo';
 * const result = classify({
 *   area: 'rural', size: 9, income: { householdMonthly: 12500000 },
 *   deprivations: { employment: true, 'health-insurance': true, water: true },
 * });
 * explain(result, { locale: 'en' }).split('\n')[0].split(' per person')[0];
 * // 'Result: poor household. Per-capita income about VND 1,388,889'
 * explain(result, { locale: 'en' }).split('\n').at(-1); // 'Standard applied: Multidimensional poverty standard 2022–2025 (vn-2022-2025, version 2.0.0).'
 * explain(null); // throws ValidationError (invalid_type)
 * ```
 */
export function explain(result: Classification, options: ExplainOptions = {}): string {
  const { locale, ruleSet, audit } = readOptions(options);
  // zod reads each value once and returns its own copy; the result schema has no recursion, so the work is linear in the input.
  const checked = checkClassification(result);
  const catalogue = catalogueFor(checked, locale, ruleSet);
  return render(checked, locale, catalogue, catalogue === undefined ? undefined : findRuleSet(checked, ruleSet), audit);
}

function render(result: Classification, locale: Locale, found: MessageCatalogue | undefined, ruleSet: RuleSet | undefined, audit: boolean): string {
  const m = COMMON[locale];
  const catalogue = found ?? {};
  const lineName = (id: string): string => catalogue[`incomeLine.${id}`] ?? (found === undefined ? FALLBACK[locale].line : id);
  const categoryName = (category: string): string => catalogue[`category.${category}`] ?? m[`category.${category}`]!;
  const indicatorName = (indicator: IndicatorResult): string =>
    catalogue[`indicator.${indicator.id}.name`] ?? withoutStop(indicator.citation.paraphrase[locale]);
  const lines: string[] = [];
  if (result.category === 'undetermined') {
    lines.push(fill(m['headline.undetermined']!, { possible: listJoin(result.possibleCategories.map(categoryName), locale, 'or') }));
  } else {
    lines.push(fill(m['headline']!, { category: categoryName(result.category) }));
  }
  const area = m[`area.${result.area}`]!;
  // The lines that bound the band: the one the income is above and the one it is at or below.
  const bounding = result.income.comparisons.filter(
    (comparison) => comparison.line === result.income.band.above || comparison.line === result.income.band.atOrBelow,
  );
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
    const perCapita = perCapitaText(result.income, bounding, locale);
    lines.push(
      fill(m['income.summary']!, {
        approx: perCapita.approx ? m['income.approx']! : '',
        perCapita: perCapita.text,
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
    lines.push(fill(m['undetermined.score']!, { possible: listJoin(result.possibleCategories.map(categoryName), locale, 'or') }));
  } else {
    const unknown = result.indicators.filter((indicator) => indicator.status === 'unknown').map(indicatorName);
    lines.push(fill(m['undetermined.why']!, { list: unknown.join(', ') }));
  }
  if (result.date === undefined) {
    // Indicators a review date would help decide (a member unknown only for want of it).
    const byDate = result.indicators
      .filter((indicator) => indicator.status === 'unknown' && (indicator.evidence.unknownForAge ?? []).some((gap) => gap.missing.includes('date')))
      .map(indicatorName);
    if (byDate.length > 0) lines.push(fill(m['undetermined.date']!, { list: byDate.join(', ') }));
  }
  // The low-income-worker status (Decree 30/2025/NĐ-CP) is mentioned only where it can apply:
  // not for a household that cannot qualify (poor, near-poor, above the ceiling), nor for a
  // review date before the decree came into force.
  const flag = result.lowIncomeWorker;
  const inForce = flag === undefined ? undefined : ruleSet?.instruments.find((instrument) => instrument.id === flag.citation.instrument.id)?.inForce;
  const workerApplies = flag !== undefined && flag.eligible !== false && !(result.date !== undefined && inForce !== undefined && result.date < inForce);
  if (workerApplies) {
    lines.push(
      fill(m[`lowIncomeWorker.${flag.eligible === null ? 'unknown' : 'true'}`]!, {
        ceiling: formatAmount(flag.ceiling, locale),
        area,
        citation: formatCitation(flag.citation, locale),
      }),
    );
  }
  if (found === undefined) lines.push(FALLBACK[locale].note);
  const paragraph = lines.join(' ');
  const indicatorLines = result.indicators.map((indicator, index) => indicatorLine(indicator, index + 1, found, locale, ruleSet));
  const standard = fill(m['ruleSet.applied']!, {
    ruleSetTitle: catalogue['ruleSet.title'] ?? result.ruleSet.title[locale],
    ruleSetId: result.ruleSet.id,
    version: result.ruleSet.version,
  });
  const out = [paragraph, m['indicators.heading']!, ...indicatorLines, standard];
  if (audit) {
    out.push(m['audit.heading']!);
    if (result.rule !== null) out.push(auditLine(categoryName(result.rule.category), result.rule.citation, locale));
    for (const comparison of bounding) out.push(auditLine(lineName(comparison.line), comparison.citation, locale));
    if (score !== undefined) out.push(auditLine(m['audit.score']!, score.citation, locale));
    if (workerApplies) out.push(auditLine(m['audit.lowIncomeWorker']!, flag.citation, locale));
    for (const indicator of result.indicators) out.push(auditLine(indicatorName(indicator), indicator.citation, locale));
  }
  return out.join('\n');
}
