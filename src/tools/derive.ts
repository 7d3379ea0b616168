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
import { PLAIN_DECIMAL } from '../money.js';
import { checkRuleSetData, defineRuleSet } from '../rules/define.js';
import { listRuleSets } from '../rules/registry.js';
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

const localized = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const instrumentRef = z.strictObject({ id: z.string().min(1), name: localized });
const citationFields = {
  article: z.string().optional(),
  clause: z.string().optional(),
  point: z.string().optional(),
  appendix: z.string().optional(),
  item: z.string().optional(),
  paraphrase: localized,
  confidence: z.enum(['A', 'B', 'C']),
  note: localized.optional(),
};
const citation = z.strictObject({ instrument: instrumentRef, ...citationFields });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');
const decimal = z.string().regex(PLAIN_DECIMAL, 'a plain decimal string such as "46000000"');
const memberFact = z.enum([
  'sex',
  'employment',
  'labourContract',
  'healthInsurance',
  'inEducationOrTraining',
  'educationLevel',
  'schoolAttendance',
  'stunted',
  'underweight',
  'dependant',
  'monthlySocialAllowance',
  'usesInternet',
  'birthYear',
  'untreatedIllness',
  'phoneSubscription',
]);
const dwellingFact = z.enum(['durability', 'floorArea', 'safeWater', 'hygienicLatrine', 'informationMeans', 'hearsLoudspeaker', 'hygienicWater']);
const memberCondition: z.ZodType = z.lazy(() =>
  z.union([
    z.strictObject({ age: z.strictObject({ min: z.int().min(0).optional(), max: z.int().min(0).optional() }) }),
    z.strictObject({ workingAge: z.literal(true) }),
    z.strictObject({ bornFrom: z.int() }),
    z.strictObject({ fact: memberFact, equals: z.union([z.boolean(), z.string()]), ifUnknown: memberCondition.optional() }),
    z.strictObject({ fact: memberFact, in: z.array(z.string()) }),
    z.strictObject({ all: z.array(memberCondition).min(1) }),
    z.strictObject({ any: z.array(memberCondition).min(1) }),
  ]),
);
const dwellingCondition: z.ZodType = z.lazy(() =>
  z.union([
    z.strictObject({ fact: dwellingFact, equals: z.union([z.boolean(), z.string()]) }),
    z.strictObject({ fact: dwellingFact, in: z.array(z.string()) }),
    z.strictObject({ fact: dwellingFact, includesNoneOf: z.array(z.string()) }),
    z.strictObject({ all: z.array(dwellingCondition).min(1) }),
    z.strictObject({ any: z.array(dwellingCondition).min(1) }),
  ]),
);
const indicatorTest = z.union([
  z.strictObject({ kind: z.literal('any-member'), where: memberCondition }),
  z.strictObject({ kind: z.literal('no-member'), where: memberCondition }),
  z.strictObject({ kind: z.literal('member-share-above'), where: memberCondition, share: decimal }),
  z.strictObject({ kind: z.literal('per-member-below'), fact: z.literal('floorArea'), floor: decimal }),
  z.strictObject({ kind: z.literal('dwelling'), where: dwellingCondition }),
  z.strictObject({ kind: z.literal('answer-only'), reason: localized }),
]);
const indicatorMessages = z.strictObject({ name: z.string().min(1), deprived: z.string().min(1), 'not-deprived': z.string().min(1), unknown: z.string().min(1) });
const category = z.enum(['poor', 'near-poor', 'average', 'above-average']);

const patchSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and hyphens, e.g. "hcmc-2024"'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as "1.0.0"').optional(),
  status: z.enum(['in-force', 'superseded', 'provisional']).optional(),
  title: localized,
  instrument: z.strictObject({ id: z.string().min(1), name: localized, title: localized, signed: isoDate, inForce: isoDate, role: localized }),
  citation: z.strictObject(citationFields),
  effective: z.strictObject({ from: isoDate, to: isoDate }).optional(),
  incomePeriod: z.enum(['month', 'year']).optional(),
  incomeLines: z
    .array(z.strictObject({ id: z.string().min(1), amounts: z.strictObject({ rural: decimal, urban: decimal }), citation: citation.optional() }))
    .min(1)
    .optional(),
  categoryRules: z
    .array(
      z.strictObject({
        category,
        income: z.strictObject({ above: z.string().optional(), atOrBelow: z.string().optional() }),
        deprivations: z.enum(['at-least-cut', 'below-cut']).optional(),
        citation: citation.optional(),
      }),
    )
    .min(1)
    .optional(),
  deprivationCut: z.int().min(1).optional(),
  addDimensions: z.array(z.strictObject({ id: z.string().min(1), citation: citation.optional(), names: localized })).optional(),
  addIndicators: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        dimension: z.string().min(1),
        test: indicatorTest,
        citation: citation.optional(),
        messages: z.strictObject({ vi: indicatorMessages, en: indicatorMessages }),
      }),
    )
    .optional(),
  removeIndicators: z.array(z.string()).optional(),
  messages: z.strictObject({ vi: z.record(z.string(), z.string()).optional(), en: z.record(z.string(), z.string()).optional() }).optional(),
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
 * @param base - The rule set to start from (e.g. `getRuleSet('vn-2022-2025')`).
 * @param patch - What changes (see {@link RuleSetPatch}); `instrument` and `citation` are required.
 * @returns The derived, frozen, fingerprinted rule set.
 * @throws {@link ValidationError} when the patch has no `instrument` or `citation`
 *   (`citation_required`), is malformed (zod issue codes, e.g. `invalid_type`), reuses a built-in id (`duplicate_rule_set_id`),
 *   refers to unknown indicators (`unknown_indicator`), or gives unsound rule data
 *   (`unsound_rule_set`: e.g. lines not ascending, categories not covering every band, missing
 *   messages).
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
 * classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1800000 } }, { ruleSet: local }).income.band.atOrBelow; // 'poverty'
 * ```
 */
export function deriveRuleSet(base: RuleSet, patch: RuleSetPatch): RuleSet {
  if (base === null || typeof base !== 'object' || typeof base.fingerprint !== 'string' || !Object.isFrozen(base)) {
    throw new ValidationError([{ path: ['base'], code: 'unknown_rule_set', message: 'base must be a rule set from getRuleSet, listRuleSets or deriveRuleSet' }]);
  }
  const given = patch as unknown as Record<string, unknown> | null | undefined;
  if (given !== null && typeof given === 'object') {
    const missing = (['instrument', 'citation'] as const).filter((key) => given[key] === undefined || given[key] === null);
    if (missing.length > 0) {
      throw new ValidationError(
        missing.map((key) => ({ path: [key], code: 'citation_required', message: `a local standard must cite its own legal basis: give ${key === 'instrument' ? 'the local instrument (id, name, title, signed, inForce, role)' : 'the citation within it (article…, paraphrase in vi and en, confidence)'}` })),
      );
    }
  }
  const parsed = parseOrThrow(patchSchema, patch) as unknown as RuleSetPatch;
  const issues: ValidationIssue[] = [];
  const builtInIds = listRuleSets().map((ruleSet) => ruleSet.id);
  if (parsed.id === base.id || builtInIds.includes(parsed.id)) {
    issues.push({ path: ['id'], code: 'duplicate_rule_set_id', message: `"${parsed.id}" is the id of ${parsed.id === base.id ? 'the base' : 'a built-in rule set'}; give the local standard its own id` });
  }
  const baseIds = new Set(base.indicators.map((indicator) => indicator.id));
  (parsed.removeIndicators ?? []).forEach((id, index) => {
    if (!baseIds.has(id)) issues.push({ path: ['removeIndicators', index], code: 'unknown_indicator', message: `the base has no indicator "${id.slice(0, 60)}"` });
  });
  if (issues.length > 0) throw new ValidationError(issues);

  const instrumentRef = { id: parsed.instrument.id, name: parsed.instrument.name };
  const own: Citation = { instrument: instrumentRef, ...parsed.citation };
  const removed = new Set(parsed.removeIndicators ?? []);
  const dimensions: Dimension[] = [
    ...base.dimensions,
    ...(parsed.addDimensions ?? []).map((dimension) => ({ id: dimension.id, citation: dimension.citation ?? own })),
  ];
  const indicators: Indicator[] = [
    ...base.indicators.filter((indicator) => !removed.has(indicator.id)),
    ...(parsed.addIndicators ?? []).map((indicator) => ({ id: indicator.id, dimension: indicator.dimension, test: indicator.test, citation: indicator.citation ?? own })),
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
