/**
 * `deriveRuleSet`: a local standard as a national rule set with other lines, extra
 * indicators, another cut or a yearly income unit — with its own id, citation, status and
 * fingerprint. The base rule set is never changed.
 *
 * @module
 */
import { z } from 'zod';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { parseOrThrow } from '../input/validate.js';
import { checkRuleSetData, defineRuleSet } from '../rules/define.js';
import { listRuleSets, resolveRuleSet } from '../rules/registry.js';
import { LIMITS } from './limits.js';
import { readPlain } from './plain.js';
import {
  citationFields,
  citationSchema,
  conditionBoundIssues,
  decimalSchema,
  indicatorTestSchema,
  lengthIssue,
  localizedSchema,
  testDomainIssues,
} from './rule-data.js';
import type {
  CategoryRule,
  Citation,
  Dimension,
  Indicator,
  IndicatorTest,
  Instrument,
  Localized,
  MessageCatalogue,
  RuleSet,
  RuleSetData,
  RuleSetStatus,
} from '../rules/types.js';

/** Messages for one added indicator, in one language. */
export interface IndicatorMessages {
  /** The indicator's name (catalogue key `indicator.<id>.name`). */
  readonly name: string;
  /** Explanation when deprived (`indicator.<id>.deprived`); may use `{placeholders}` filled from the evidence. */
  readonly deprived: string;
  /** Explanation when not deprived (`indicator.<id>.not-deprived`); may use `{placeholders}`. */
  readonly 'not-deprived': string;
  /** Explanation when unknown (`indicator.<id>.unknown`). */
  readonly unknown: string;
}

/** An indicator to add: its data (citation defaults to the patch's) and its messages in both languages. */
export interface AddedIndicator {
  /** New indicator id (not one of the remaining base indicators); also its key in a household's `deprivations`. */
  readonly id: string;
  /** Id of the dimension it belongs to: a base dimension or one in `addDimensions`. */
  readonly dimension: string;
  /** How the indicator is derived from member and dwelling facts. */
  readonly test: IndicatorTest;
  /** Where the indicator and its threshold are defined (default: the patch's `citation`). */
  readonly citation?: Citation;
  /** The indicator's messages in both languages. */
  readonly messages: {
    /** Vietnamese messages. */
    readonly vi: IndicatorMessages;
    /** English messages. */
    readonly en: IndicatorMessages;
  };
}

/**
 * What a local standard changes in its base. Every element it adds or replaces carries a
 * citation; where none is given, the patch's own `citation` (required) is used.
 */
export interface RuleSetPatch {
  /** New id: lowercase letters, digits and hyphens; not the base's id nor a built-in id. */
  readonly id: string;
  /** Version of the derived rule data (default `1.0.0`). */
  readonly version?: string;
  /** Status (default: the base's status). */
  readonly status?: RuleSetStatus;
  /** The local standard's name in both languages. */
  readonly title: Localized;
  /** The local instrument (e.g. a provincial People's Council resolution). Required. */
  readonly instrument: Instrument;
  /** Where in the local instrument the standard is set. Required; the default citation of every patched element. */
  readonly citation: Omit<Citation, 'instrument'>;
  /** Effective period (default: the base's), cited by `citation`. */
  readonly effective?: {
    /** First day, ISO `YYYY-MM-DD`, inclusive. */
    readonly from: string;
    /** Last day, ISO `YYYY-MM-DD`, inclusive. */
    readonly to: string;
  };
  /** Income unit: `month` or `year` (VND per person per period). */
  readonly incomePeriod?: 'month' | 'year';
  /** Replaces all income lines (ascending); each line's citation defaults to `citation`. */
  readonly incomeLines?: readonly {
    /** Income line id, e.g. `poverty`. */
    readonly id: string;
    /** The line by area, VND per person per the derived rule set's income period. */
    readonly amounts: {
      /** Rural (nông thôn) amount, a plain decimal string, e.g. `"2000000"`. */
      readonly rural: string;
      /** Urban (thành thị) amount, a plain decimal string, e.g. `"2500000"`. */
      readonly urban: string;
    };
    /** Where the line is set (default: the patch's `citation`). */
    readonly citation?: Citation;
  }[];
  /** Replaces all category rules; each rule's citation defaults to `citation`. */
  readonly categoryRules?: readonly (Omit<CategoryRule, 'citation'> & {
    /** Where the rule is set (default: the patch's `citation`). */
    readonly citation?: Citation;
  })[];
  /** Another deprivation cut. */
  readonly deprivationCut?: number;
  /** Dimensions to add, with their names. */
  readonly addDimensions?: readonly {
    /** New dimension id, e.g. `environment`. */
    readonly id: string;
    /** Where the dimension is defined (default: the patch's `citation`). */
    readonly citation?: Citation;
    /** The dimension's name in both languages (catalogue key `dimension.<id>`). */
    readonly names: Localized;
  }[];
  /** Indicators to add (after the base's), with their messages. */
  readonly addIndicators?: readonly AddedIndicator[];
  /** Ids of base indicators to remove. */
  readonly removeIndicators?: readonly string[];
  /** Message overrides or additions per locale (e.g. `incomeLine.<id>` for new lines). */
  readonly messages?: {
    /** Vietnamese messages, keyed as in a {@link MessageCatalogue}. */
    readonly vi?: MessageCatalogue;
    /** English messages, keyed as in a {@link MessageCatalogue}. */
    readonly en?: MessageCatalogue;
  };
}

const localized = localizedSchema;
const citation = citationSchema;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');
const decimal = decimalSchema;
const indicatorTest = indicatorTestSchema;
const message = z.string().min(1).max(LIMITS.textLength);
const indicatorMessages = z.strictObject({ name: message, deprived: message, 'not-deprived': message, unknown: message });
const category = z.enum(['poor', 'near-poor', 'average', 'above-average']);
const id = z.string().min(1).max(64);

const patchSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and hyphens, e.g. "hcmc-2024"'),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as "1.0.0"')
    .optional(),
  status: z.enum(['in-force', 'superseded', 'provisional', 'local']).optional(),
  title: localized,
  instrument: z.strictObject({ id, name: localized, title: localized, signed: isoDate, inForce: isoDate, role: localized }),
  citation: z.strictObject(citationFields),
  effective: z.strictObject({ from: isoDate, to: isoDate }).optional(),
  incomePeriod: z.enum(['month', 'year']).optional(),
  incomeLines: z
    .array(z.strictObject({ id, amounts: z.strictObject({ rural: decimal, urban: decimal }), citation: citation.optional() }))
    .min(1)
    .max(LIMITS.incomeLines)
    .optional(),
  categoryRules: z
    .array(
      z.strictObject({
        category,
        income: z.strictObject({ above: id.optional(), atOrBelow: id.optional() }),
        deprivations: z.enum(['at-least-cut', 'below-cut']).optional(),
        citation: citation.optional(),
      }),
    )
    .min(1)
    .max(LIMITS.categoryRules)
    .optional(),
  deprivationCut: z.int().min(1).optional(),
  addDimensions: z
    .array(z.strictObject({ id, citation: citation.optional(), names: localized }))
    .max(LIMITS.addDimensions)
    .optional(),
  addIndicators: z
    .array(
      z.strictObject({
        id,
        dimension: id,
        test: indicatorTest,
        citation: citation.optional(),
        messages: z.strictObject({ vi: indicatorMessages, en: indicatorMessages }),
      }),
    )
    .max(LIMITS.addIndicators)
    .optional(),
  removeIndicators: z.array(z.string().max(64)).max(LIMITS.removeIndicators).optional(),
  messages: z.strictObject({ vi: z.record(z.string().max(200), message).optional(), en: z.record(z.string().max(200), message).optional() }).optional(),
});

function drop<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}

/**
 * Derives a local standard from a rule set: other income lines, extra indicators, another
 * cut, a yearly income unit. The result is a new frozen rule set with its own id, status,
 * version, citation and fingerprint, and `derivedFrom` naming the base (id, version,
 * fingerprint). The base is not changed. Use it with `classify(household, { ruleSet })` and
 * `explain(result, { ruleSet })`.
 *
 * The income-proxy score and the low-income-worker rule of the base are kept only when the
 * income lines and the income unit are unchanged (they refer to the base's lines).
 *
 * **Conditions are checked against the household schema.** A condition may compare only facts
 * a member or the dwelling has, with values that fact can take: `{ fact: 'employment', equals:
 * 'unemployd' }` is refused (`invalid_value` at `addIndicators[i].test.where…equals`), since
 * it could never hold.
 *
 * **Limits** ({@link LIMITS}): conditions at most 8 levels deep and 64 nodes per test, counted
 * as a tree (an object reused twice counts twice); at most 32 values per `in` /
 * `includesNoneOf`; amounts, shares and floors at most 40 characters; at most 16 income lines,
 * 64 category rules, 32 added dimensions, 64 added or removed indicators, 1,000 messages per
 * locale, 2,000 characters per text. Beyond them the patch is refused (`too_big`).
 *
 * @param base - The rule set to start from: an id (`'vn-2022-2025'`) or a rule set from
 *   `getRuleSet`, `listRuleSets` or `deriveRuleSet`.
 * @param patch - What changes (see {@link RuleSetPatch}); `instrument` and `citation` are required.
 * @returns The derived, frozen, fingerprinted rule set.
 * @throws {@link ValidationError} when the base is not a rule set (`unknown_rule_set` at `base`),
 *   the patch has no `instrument` or `citation` (`citation_required`), is malformed (zod issue
 *   codes, e.g. `invalid_type`), compares a fact with a value it cannot have (`invalid_value`),
 *   passes a limit (`too_big`), cannot be read (`unreadable_input`), reuses a built-in id
 *   (`duplicate_rule_set_id`), refers to unknown indicators (`unknown_indicator`), or gives
 *   unsound rule data (`unsound_rule_set`: e.g. lines not ascending, categories not covering
 *   every band, missing messages).
 * @example
 * ```ts
 * import { classify, deriveRuleSet, getRuleSet } from 'chuan-ngheo';
 * const local = deriveRuleSet(getRuleSet('vn-2022-2025'), {
 *   id: 'example-province-2025',
 *   title: { vi: 'Chuẩn nghèo của tỉnh (ví dụ)', en: 'Province standard (example)' },
 *   instrument: {
 *     id: 'example-resolution', name: { vi: 'Nghị quyết (ví dụ)', en: 'Resolution (example)' },
 *     title: { vi: 'Ví dụ', en: 'Example' }, signed: '2024-12-01', inForce: '2025-01-01',
 *     role: { vi: 'Chuẩn nghèo của tỉnh', en: 'Province poverty standard' },
 *   },
 *   citation: { article: '1', paraphrase: { vi: 'Chuẩn thu nhập cao hơn.', en: 'Higher income line.' }, confidence: 'A' },
 *   incomeLines: [
 *     { id: 'poverty', amounts: { rural: '2000000', urban: '2500000' } },
 *     { id: 'average-ceiling', amounts: { rural: '3000000', urban: '3750000' } },
 *   ],
 * });
 * local.derivedFrom?.id; // 'vn-2022-2025'
 * deriveRuleSet('vn-2022-2025', { id: 'typo', title: local.title, instrument: local.instruments[0], citation: { paraphrase: { vi: 'Thử.', en: 'Test.' }, confidence: 'A' }, addIndicators: [{ id: 'jobless', dimension: 'employment', test: { kind: 'any-member', where: { fact: 'employment', equals: 'unemployd' } }, messages: { vi: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' }, en: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' } } }] }); // throws ValidationError (invalid_value)
 * classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1800000 } }, { ruleSet: local }).income.band.atOrBelow; // 'poverty'
 * ```
 */
export function deriveRuleSet(base: string | RuleSet, patch: RuleSetPatch): RuleSet {
  const from = resolveRuleSet(base, ['base']);
  // The bounds first, on the patch as given (the walk stops at the first bound passed), then
  // one plain copy read in bounded work: every check below looks at that copy only.
  const first = readOnce(() => (isRecord(patch) ? boundIssues(patch) : []));
  if (first.length > 0) throw new ValidationError(first);
  const given = readPlain(patch, [], PATCH_BOUNDS);
  if (given !== null && typeof given === 'object' && !Array.isArray(given)) {
    const record = given as Record<string, unknown>;
    const missing = (['instrument', 'citation'] as const).filter((key) => record[key] === undefined || record[key] === null);
    if (missing.length > 0) {
      throw new ValidationError(
        missing.map((key) => ({
          path: [key],
          code: 'citation_required',
          message: `a local standard must cite its own legal basis: give ${key === 'instrument' ? 'the local instrument (id, name, title, signed, inForce, role)' : 'the citation within it (article…, paraphrase in vi and en, confidence)'}`,
        })),
      );
    }
    const bounds = boundIssues(record);
    if (bounds.length > 0) throw new ValidationError(bounds);
  }
  const parsed = parseOrThrow(patchSchema, given) as unknown as RuleSetPatch;
  const issues: ValidationIssue[] = [];
  (parsed.addIndicators ?? []).forEach((indicator, index) => issues.push(...testDomainIssues(indicator.test, ['addIndicators', index, 'test'])));
  const builtInIds = listRuleSets().map((ruleSet) => ruleSet.id);
  if (parsed.id === from.id || builtInIds.includes(parsed.id)) {
    issues.push({
      path: ['id'],
      code: 'duplicate_rule_set_id',
      message: `"${parsed.id}" is the id of ${parsed.id === from.id ? 'the base' : 'a built-in rule set'}; give the local standard its own id`,
    });
  }
  const baseIds = new Set(from.indicators.map((indicator) => indicator.id));
  (parsed.removeIndicators ?? []).forEach((id, index) => {
    if (!baseIds.has(id))
      issues.push({ path: ['removeIndicators', index], code: 'unknown_indicator', message: `the base has no indicator "${id.slice(0, 60)}"` });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return build(from, parsed);
}

/** Work bounds of the plain copy of a patch: generous for the largest patch {@link LIMITS} allow. */
const PATCH_BOUNDS = { nodes: 50_000, depth: 24 } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Runs a read of caller data; anything but a ValidationError it throws becomes `unreadable_input`. */
function readOnce<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([{ path: [], code: 'unreadable_input', message: 'the patch could not be read as JSON data (a getter or proxy threw)' }]);
  }
}

/** The bounds of {@link LIMITS}, checked before the schema walks the patch. */
function boundIssues(patch: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [
    ...lengthIssue(patch['incomeLines'], LIMITS.incomeLines, ['incomeLines']),
    ...lengthIssue(patch['categoryRules'], LIMITS.categoryRules, ['categoryRules']),
    ...lengthIssue(patch['addDimensions'], LIMITS.addDimensions, ['addDimensions']),
    ...lengthIssue(patch['addIndicators'], LIMITS.addIndicators, ['addIndicators']),
    ...lengthIssue(patch['removeIndicators'], LIMITS.removeIndicators, ['removeIndicators']),
  ];
  const messages = patch['messages'];
  if (messages !== null && typeof messages === 'object') {
    for (const [locale, catalogue] of Object.entries(messages)) {
      if (catalogue !== null && typeof catalogue === 'object' && Object.keys(catalogue).length > LIMITS.messages) {
        issues.push({ path: ['messages', locale], code: 'too_big', message: `at most ${LIMITS.messages} messages per locale` });
      }
    }
  }
  if (issues.length > 0) return issues;
  const added = patch['addIndicators'];
  if (Array.isArray(added)) {
    added.forEach((indicator: unknown, index) => {
      const test = indicator !== null && typeof indicator === 'object' ? (indicator as Record<string, unknown>)['test'] : undefined;
      if (test !== null && typeof test === 'object')
        issues.push(...conditionBoundIssues((test as Record<string, unknown>)['where'], ['addIndicators', index, 'test', 'where']));
    });
  }
  return issues;
}

/** The derived rule set from a resolved base and a checked patch. */
function build(base: RuleSet, parsed: RuleSetPatch): RuleSet {
  const instrumentRef = { id: parsed.instrument.id, name: parsed.instrument.name };
  const own: Citation = { instrument: instrumentRef, ...parsed.citation };
  const removed = new Set(parsed.removeIndicators ?? []);
  const dimensions: Dimension[] = [
    ...base.dimensions,
    ...(parsed.addDimensions ?? []).map((dimension) => ({ id: dimension.id, citation: dimension.citation ?? own })),
  ];
  const indicators: Indicator[] = [
    ...base.indicators.filter((indicator) => !removed.has(indicator.id)),
    ...(parsed.addIndicators ?? []).map((indicator) => ({
      id: indicator.id,
      dimension: indicator.dimension,
      test: indicator.test,
      citation: indicator.citation ?? own,
    })),
  ];
  const linesChanged = parsed.incomeLines !== undefined || (parsed.incomePeriod !== undefined && parsed.incomePeriod !== base.incomePeriod);
  const baseData: RuleSetData = drop(drop(base, 'fingerprint'), 'messages');
  let data: RuleSetData = {
    ...baseData,
    id: parsed.id,
    version: parsed.version ?? '1.0.0',
    status: parsed.status ?? base.status,
    title: parsed.title,
    instruments: [parsed.instrument, ...base.instruments],
    effective: { from: parsed.effective?.from ?? base.effective.from, to: parsed.effective?.to ?? base.effective.to, citations: [own] },
    incomePeriod: parsed.incomePeriod ?? base.incomePeriod,
    incomeLines: parsed.incomeLines?.map((line) => ({ id: line.id, amounts: line.amounts, citation: line.citation ?? own })) ?? base.incomeLines,
    deprivationCut: parsed.deprivationCut === undefined ? base.deprivationCut : { atLeast: parsed.deprivationCut, citation: own },
    categoryRules: parsed.categoryRules?.map((rule) => ({ ...rule, citation: rule.citation ?? own })) ?? base.categoryRules,
    dimensions,
    indicators,
    derivedFrom: { id: base.id, version: base.version, fingerprint: base.fingerprint },
  };
  if (linesChanged) data = drop(drop(data, 'incomeScore'), 'lowIncomeWorker');

  const messages = { vi: { ...base.messages.vi } as Record<string, string>, en: { ...base.messages.en } as Record<string, string> };
  for (const locale of ['vi', 'en'] as const) {
    const catalogue = messages[locale];
    for (const id of removed) for (const part of ['name', 'deprived', 'not-deprived', 'unknown']) delete catalogue[`indicator.${id}.${part}`];
    catalogue['ruleSet.title'] = parsed.title[locale];
    for (const dimension of parsed.addDimensions ?? []) catalogue[`dimension.${dimension.id}`] = dimension.names[locale];
    for (const indicator of parsed.addIndicators ?? []) {
      for (const [part, text] of Object.entries(indicator.messages[locale])) catalogue[`indicator.${indicator.id}.${part}`] = text;
    }
    Object.assign(catalogue, parsed.messages?.[locale] ?? {});
  }
  const problems = checkRuleSetData(data, messages);
  if (problems.length > 0) {
    throw new ValidationError(problems.map((problem) => ({ path: [], code: 'unsound_rule_set', message: `the derived rule set is not sound: ${problem}` })));
  }
  return defineRuleSet(data, messages);
}
