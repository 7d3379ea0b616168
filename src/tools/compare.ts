/**
 * `compareStandards`: one household under several standards side by side, as communes did in
 * 2021 when they reviewed households under both the 2016–2020 and the 2022–2025 standard.
 *
 * @module
 */
import { classify } from '../engine/classify.js';
import type { Classification, IndicatorStatus } from '../engine/result.js';
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { parseOrThrow } from '../input/validate.js';
import { resolveRuleSet } from '../rules/registry.js';
import { LIMITS } from './limits.js';
import { readPlain } from './plain.js';
import type { Category, Citation, Localized, RuleSet } from '../rules/types.js';

/** Options for {@link compareStandards}. */
export interface CompareOptions {
  /**
   * Answers per standard, keyed by rule-set id, then indicator id: they win over the shared
   * `household.deprivations` for that standard only. Use them when one answer does not hold
   * for every standard (e.g. `water` is a *hygienic* source in 2016–2020 and a *safe* source in
   * 2022–2025).
   */
  answers?: Readonly<Record<string, Readonly<Record<string, boolean | null | undefined>>>>;
  /** Review dates per standard (rule-set id → ISO date), each within that standard's period. */
  dates?: Readonly<Record<string, string>>;
  /** Accept provisional rule sets (e.g. `vn-2027-2030`). */
  allowProvisional?: boolean;
}

/** One standard's result in a comparison. */
export interface StandardResult {
  /** Id of the standard's rule set, e.g. `vn-2016-2020`. */
  readonly ruleSetId: string;
  /** What `classify` returned for the household under this standard. */
  readonly classification: Classification;
  /** Shared answers left out because this standard has no indicator with that id. */
  readonly ignoredAnswers: readonly string[];
}

/**
 * A change of status between two standards, in the words of the review procedure
 * (Decision 24/2021/QĐ-TTg): poor / near-poor, escaped poverty (thoát nghèo), escaped
 * near-poverty (thoát cận nghèo), newly poor (phát sinh mới), poor from near-poor.
 */
export type TransitionKind =
  | 'remained-poor'
  | 'poor-to-near-poor'
  | 'escaped-poverty'
  | 'near-poor-to-poor'
  | 'remained-near-poor'
  | 'escaped-near-poverty'
  | 'newly-poor'
  | 'newly-near-poor'
  | 'neither-poor-nor-near-poor'
  | 'undetermined';

/** The transition from one standard's result to the next one's. */
export interface Transition {
  /** Rule-set id of the earlier (or first-listed) standard. */
  readonly from: string;
  /** Rule-set id of the later (or second-listed) standard. */
  readonly to: string;
  /** The transition, or `undetermined` when an undetermined category leaves several possible. */
  readonly kind: TransitionKind;
  /** Every transition the possible categories allow (one element when determined). */
  readonly possibleKinds: readonly Exclude<TransitionKind, 'undetermined'>[];
  /** The transition in words (`kind`), Vietnamese and English. */
  readonly words: Localized;
  /** Where the vocabulary comes from. */
  readonly citation: Citation;
}

/** One indicator id across the compared standards. */
export interface IndicatorMatch {
  /** Indicator id, e.g. `health-insurance`. */
  readonly id: string;
  /** Status under each standard (rule-set id → status), `null` where the standard has no such indicator. */
  readonly statuses: Readonly<Record<string, IndicatorStatus | null>>;
  /** Whether the indicator is in every compared standard. */
  readonly inAll: boolean;
  /** Whether the known statuses differ between the standards that have it. */
  readonly differs: boolean;
}

/** The result of {@link compareStandards}. */
export interface StandardsComparison {
  /** One result per standard, in the order asked for. */
  readonly results: readonly StandardResult[];
  /** From the first standard to the last. */
  readonly transition: Transition;
  /** Between each standard and the next (one element for two standards). */
  readonly transitions: readonly Transition[];
  /** Indicators matched by id, in order of first appearance. */
  readonly indicators: readonly IndicatorMatch[];
}

const DECISION_24_2021: Citation = Object.freeze({
  instrument: Object.freeze({ id: 'decision-24-2021', name: Object.freeze({ vi: 'Quyết định 24/2021/QĐ-TTg', en: 'Decision 24/2021/QĐ-TTg' }) }),
  paraphrase: Object.freeze({
    vi: 'Kết quả rà soát được công nhận: hộ nghèo, hộ cận nghèo, hộ thoát nghèo, hộ thoát cận nghèo; báo cáo phân biệt hộ phát sinh mới, hộ nghèo từ hộ cận nghèo.',
    en: 'Review outcomes recognised: poor, near-poor, escaped poverty, escaped near-poverty; reports distinguish newly poor households and poor households from previous near-poor.',
  }),
  confidence: 'A',
}) as Citation;

const WORDS: Readonly<Record<TransitionKind, Localized>> = {
  'remained-poor': { vi: 'vẫn là hộ nghèo', en: 'remained poor' },
  'poor-to-near-poor': { vi: 'thoát nghèo, trở thành hộ cận nghèo', en: 'escaped poverty, now near-poor' },
  'escaped-poverty': { vi: 'thoát nghèo', en: 'escaped poverty' },
  'near-poor-to-poor': { vi: 'hộ nghèo từ hộ cận nghèo', en: 'poor, from near-poor' },
  'remained-near-poor': { vi: 'vẫn là hộ cận nghèo', en: 'remained near-poor' },
  'escaped-near-poverty': { vi: 'thoát cận nghèo', en: 'escaped near-poverty' },
  'newly-poor': { vi: 'hộ nghèo phát sinh mới', en: 'newly poor' },
  'newly-near-poor': { vi: 'hộ cận nghèo phát sinh mới', en: 'newly near-poor' },
  'neither-poor-nor-near-poor': { vi: 'không thuộc diện nghèo, cận nghèo theo cả hai chuẩn', en: 'neither poor nor near-poor under either standard' },
  undetermined: { vi: 'chưa xác định (kết quả theo một chuẩn chưa xác định)', en: 'undetermined (a result under one standard is undetermined)' },
};

type Group = 'poor' | 'near-poor' | 'other';
const group = (category: Category): Group => (category === 'poor' || category === 'near-poor' ? category : 'other');

const KIND: Readonly<Record<Group, Readonly<Record<Group, Exclude<TransitionKind, 'undetermined'>>>>> = {
  poor: { poor: 'remained-poor', 'near-poor': 'poor-to-near-poor', other: 'escaped-poverty' },
  'near-poor': { poor: 'near-poor-to-poor', 'near-poor': 'remained-near-poor', other: 'escaped-near-poverty' },
  other: { poor: 'newly-poor', 'near-poor': 'newly-near-poor', other: 'neither-poor-nor-near-poor' },
};

const KIND_ORDER: readonly Exclude<TransitionKind, 'undetermined'>[] = [
  'remained-poor',
  'poor-to-near-poor',
  'escaped-poverty',
  'near-poor-to-poor',
  'remained-near-poor',
  'escaped-near-poverty',
  'newly-poor',
  'newly-near-poor',
  'neither-poor-nor-near-poor',
];

/**
 * The transition between two results, in the review's words (Decision 24/2021/QĐ-TTg):
 * average and above-average count alike as "neither poor nor near-poor".
 *
 * @param from - The result under the earlier standard.
 * @param to - The result under the later standard.
 * @returns The transition; `undetermined` (with `possibleKinds`) when either result is.
 * @example
 * ```ts
 * import { classify, transitionBetween } from 'chuan-ngheo';
 * const household = { area: 'rural', size: 1, income: { perCapitaMonthly: 650000 } };
 * const before = classify(household, { ruleSet: 'vn-2016-2020' }); // poor (income ≤ 700,000)
 * const after = classify({ ...household, deprivations: { employment: false, dependants: false, nutrition: false, 'health-insurance': false, 'adult-education': false, 'school-attendance': false, 'housing-quality': false, 'housing-area': false, water: false, sanitation: false, telecom: false, 'information-access': false } }, { ruleSet: 'vn-2022-2025' });
 * transitionBetween(before, after).kind; // 'poor-to-near-poor'
 * ```
 */
export function transitionBetween(from: Classification, to: Classification): Transition {
  const { kind, possibleKinds } = transitionKinds(from.possibleCategories, to.possibleCategories);
  return { from: from.ruleSet.id, to: to.ruleSet.id, kind, possibleKinds, words: WORDS[kind], citation: DECISION_24_2021 };
}

/**
 * The transition kind(s) between two sets of possible categories (the kernel of
 * {@link transitionBetween}, also used by the annual review in `src/review/`).
 *
 * @internal
 */
export function transitionKinds(
  from: readonly Category[],
  to: readonly Category[],
): { readonly kind: TransitionKind; readonly possibleKinds: readonly Exclude<TransitionKind, 'undetermined'>[] } {
  const kinds = new Set<Exclude<TransitionKind, 'undetermined'>>();
  for (const a of from) for (const b of to) kinds.add(KIND[group(a)][group(b)]);
  const possibleKinds = KIND_ORDER.filter((kind) => kinds.has(kind));
  const kind: TransitionKind = possibleKinds.length === 1 ? possibleKinds[0]! : 'undetermined';
  return { kind, possibleKinds };
}

/**
 * The words of each transition kind (Decision 24/2021/QĐ-TTg vocabulary) and their citation, for
 * the annual review in `src/review/`.
 *
 * @internal
 */
export const TRANSITION_VOCABULARY: { readonly words: Readonly<Record<TransitionKind, Localized>>; readonly citation: Citation } = {
  words: WORDS,
  citation: DECISION_24_2021,
};
/** The standards as a plain list of at least 2 and at most {@link LIMITS.standards} entries (holes read as `undefined`). */
function readStandards(standards: unknown): unknown[] {
  let list: unknown[];
  try {
    if (!Array.isArray(standards)) list = [];
    else if (standards.length > LIMITS.standards) {
      throw new ValidationError([
        { path: ['standards'], code: 'too_big', message: `compare at most ${LIMITS.standards} standards at once (got ${standards.length})` },
      ]);
    } else list = Array.from({ length: standards.length }, (_, index) => (standards as unknown[])[index]);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([{ path: ['standards'], code: 'unreadable_input', message: 'the list of standards could not be read' }]);
  }
  if (list.length < 2) {
    throw new ValidationError([
      { path: ['standards'], code: 'too_few_standards', message: 'give at least two standards to compare, e.g. ["vn-2016-2020", "vn-2022-2025"]' },
    ]);
  }
  return list;
}

const answerValue = z.boolean().nullable().optional();
const optionsSchema = z.strictObject({
  answers: z.record(z.string().max(64), z.record(z.string().max(128), answerValue)).optional(),
  dates: z.record(z.string().max(64), z.string().max(10)).optional(),
  allowProvisional: z.boolean().optional(),
});

/** The options, read once and checked (paths start with `options`). */
function parseOptions(options: unknown): CompareOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ValidationError([
      { path: ['options'], code: 'invalid_options', message: 'options must be an object such as { answers: { "vn-2022-2025": { water: true } } }' },
    ]);
  }
  try {
    return parseOrThrow(optionsSchema, readPlain(options, ['options'])) as CompareOptions;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(error.issues.map((issue) => (issue.path[0] === 'options' ? issue : { ...issue, path: ['options', ...issue.path] })));
  }
}

/** An object of the household's plain copy (`readPlain` copies objects to object literals). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Classifies one household under several standards and says how its status changes between
 * them, in the review's own words, with the indicators matched by id.
 *
 * **Answers across standards.** `household.deprivations` is shared: each answer applies to
 * every compared standard that has an indicator with that id, and is left out (listed in
 * `ignoredAnswers`) for a standard that has none. An id that no compared standard has is an
 * error (`unrecognized_keys`). When one answer does not hold for every standard, give it per
 * standard in `options.answers[ruleSetId]`, which wins over the shared answer.
 *
 * The household, the list of standards and the options are each read once: a value that
 * changes between reads cannot give one standard one answer and the next another.
 *
 * @param household - The household as plain JSON (as for `classify`).
 * @param standards - Two to eight ({@link LIMITS}`.standards`) rule-set ids or rule sets, earlier standard first.
 * @param options - Per-standard answers and dates; `allowProvisional`.
 * @returns One result per standard, the transition(s), and indicators matched by id.
 * @throws {@link ValidationError} for invalid input, unknown rule sets (`unknown_rule_set` at
 *   `standards[i]`), fewer than two or more than eight standards (`too_few_standards`,
 *   `too_big`), options that are not an object (`invalid_options`) or malformed (paths under
 *   `options`), or a provisional rule set without the opt-in.
 * @example
 * ```ts
 * import { compareStandards } from 'chuan-ngheo';
 * const comparison = compareStandards(
 *   { area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 },
 *     deprivations: { 'health-insurance': true, water: true, sanitation: true } },
 *   ['vn-2016-2020', 'vn-2022-2025'],
 * );
 * comparison.results.map((r) => r.classification.category); // ['average', 'poor']
 * comparison.transition.kind;                                 // 'newly-poor'
 * comparison.transition.words.vi;                             // 'hộ nghèo phát sinh mới'
 * ```
 */
export function compareStandards(household: unknown, standards: readonly (string | RuleSet)[], options: CompareOptions = {}): StandardsComparison {
  // Each argument is read once, in bounded work; everything below looks at these copies.
  const list = readStandards(standards);
  const ruleSets: RuleSet[] = list.map((standard, index) => resolveRuleSet(standard, ['standards', index]));
  const opts = parseOptions(options);
  household = readPlain(household);
  const known = new Set<string>();
  for (const ruleSet of ruleSets) for (const indicator of ruleSet.indicators) known.add(indicator.id);

  const shared = isPlainRecord(household) && isPlainRecord(household.deprivations) ? household.deprivations : undefined;
  if (shared !== undefined) {
    const unknown = Object.keys(shared).filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw new ValidationError(
        unknown.slice(0, 20).map((key) => ({
          path: ['deprivations', key],
          code: 'unrecognized_keys',
          message: `unknown field "${key.slice(0, 60)}" (not an indicator of any compared rule set)`,
        })),
      );
    }
  }
  const results: StandardResult[] = ruleSets.map((ruleSet) => {
    const ids = new Set(ruleSet.indicators.map((indicator) => indicator.id));
    const ignoredAnswers: string[] = [];
    let input = household;
    const own = opts.answers?.[ruleSet.id];
    if (isPlainRecord(household) && (shared !== undefined || own !== undefined)) {
      const deprivations: Record<string, unknown> = {};
      if (shared !== undefined) {
        for (const [key, value] of Object.entries(shared)) {
          if (ids.has(key)) deprivations[key] = value;
          else ignoredAnswers.push(key);
        }
      }
      if (own !== undefined) Object.assign(deprivations, own);
      input = { ...household, deprivations };
    }
    const date = opts.dates?.[ruleSet.id];
    const classification = classify(input, {
      ruleSet,
      ...(date === undefined ? {} : { date }),
      ...(opts.allowProvisional === true ? { allowProvisional: true } : {}),
    });
    return { ruleSetId: ruleSet.id, classification, ignoredAnswers };
  });

  const transitions: Transition[] = [];
  for (let i = 1; i < results.length; i++) transitions.push(transitionBetween(results[i - 1]!.classification, results[i]!.classification));
  const transition = results.length === 2 ? transitions[0]! : transitionBetween(results[0]!.classification, results[results.length - 1]!.classification);

  const order: string[] = [];
  for (const ruleSet of ruleSets) for (const indicator of ruleSet.indicators) if (!order.includes(indicator.id)) order.push(indicator.id);
  const indicators: IndicatorMatch[] = order.map((id) => {
    const statuses: Record<string, IndicatorStatus | null> = {};
    const seen = new Set<IndicatorStatus>();
    let inAll = true;
    for (const result of results) {
      const found = result.classification.indicators.find((indicator) => indicator.id === id);
      statuses[result.ruleSetId] = found === undefined ? null : found.status;
      if (found === undefined) inAll = false;
      else if (found.status !== 'unknown') seen.add(found.status);
    }
    return { id, statuses, inAll, differs: seen.size > 1 };
  });
  return { results, transition, transitions, indicators };
}
