/**
 * A zod schema of `classify`'s result ({@link Classification}), written by hand from the type
 * and kept honest two ways: the type checks below fail to compile if the schema and the type
 * disagree on a field, and `test/docs.test.ts` parses real results with it (strict objects, so
 * a field added to the result without being added here fails the test). `explain` checks its
 * input with it; the result JSON Schema (`schema/result.schema.json`) is generated from it.
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import type { Classification } from '../engine/result.js';
import { ValidationError, type ValidationIssue } from '../errors.js';

const localized = z.strictObject({ vi: z.string(), en: z.string() });
const decimal = z
  .string()
  .regex(/^(?:0|[1-9]\d*)(?:\.\d+)?$/)
  .describe('Plain non-negative decimal string, e.g. "1500000" or "1999999.99".');
const category = z.enum(['poor', 'near-poor', 'average', 'above-average']);

export const citationSchema = z
  .strictObject({
    instrument: z.strictObject({ id: z.string(), name: localized }),
    article: z.string().optional(),
    clause: z.string().optional(),
    point: z.string().optional(),
    appendix: z.string().optional().describe("Appendix number or label; '' for an instrument's only, unnumbered appendix."),
    item: z.string().optional(),
    paraphrase: localized.describe('What the code implements, in words.'),
    confidence: z
      .enum(['A', 'B', 'C'])
      .describe(
        'A: two or more independent sources state it; B: one source, or a related text; C: leads only, not yet checked word for word against the official text.',
      ),
    note: localized.optional(),
    sources: z
      .array(
        z.strictObject({
          kind: z.enum(['official-text', 'official-translation', 'translation', 'news', 'secondary-note']),
          publisher: z.string(),
          address: z.string().optional().describe('Address without the scheme, when recorded.'),
          origin: z.string().optional().describe('Sources with the same origin count once.'),
          bears: z.enum(['states', 'related', 'lead']),
        }),
      )
      .optional()
      .describe('The texts the paraphrase rests on, and how each bears on it.'),
    derived: localized.optional().describe('Set when no clause states the element: how it is derived from the others.'),
    reading: z
      .array(z.enum(['article', 'clause', 'point', 'item']))
      .optional()
      .describe("Parts of the place that are the project's reading, not yet seen in the text."),
  })
  .describe('Where a rule element comes from in the law.');

const memberRef = z.strictObject({ index: z.int().min(0), id: z.union([z.string(), z.int()]).optional() });

export const evidenceSchema = z.strictObject({
  basis: z.enum(['answer', 'members', 'dwelling', 'none', 'answer-required']),
  reason: localized.optional(),
  answer: z.boolean().optional(),
  members: z.array(memberRef).optional(),
  unknownMembers: z.array(memberRef).optional(),
  count: z.int().min(0).optional(),
  size: z.int().min(1).optional(),
  value: decimal.optional(),
  valueExact: z.boolean().optional(),
  threshold: decimal.optional(),
  facts: z.record(z.string(), z.unknown()).optional(),
  unknownForAge: z
    .array(z.strictObject({ member: memberRef, missing: z.array(z.enum(['date', 'ageMonths', 'age', 'birthYear'])).min(1) }))
    .optional()
    .describe('Unknown members whose status only the precision of their age leaves open, and what would decide it.'),
});

const comparison = z.strictObject({
  line: z.string(),
  amount: decimal,
  outcome: z.enum(['at-or-below', 'above', 'unknown']),
  citation: citationSchema,
});

export const classificationSchema = z
  .strictObject({
    householdId: z.union([z.string(), z.int()]).optional(),
    area: z.enum(['rural', 'urban']),
    category: z.enum(['poor', 'near-poor', 'average', 'above-average', 'undetermined']),
    possibleCategories: z.array(category).min(1).describe('Every category the household could be in, poorest first.'),
    rule: z.strictObject({ category, citation: citationSchema }).nullable(),
    deprivationCount: z.int().min(0),
    unknownCount: z.int().min(0),
    deprivationCut: z.int().min(1),
    income: z.strictObject({
      form: z.enum(['perCapitaMonthly', 'householdMonthly', 'householdAnnual', 'score']),
      given: decimal,
      period: z.enum(['month', 'year']),
      perCapita: z.union([decimal, z.literal('')]).describe("Per-capita income per period; '' when the income was given as a score."),
      perCapitaExact: z.boolean(),
      comparisons: z.array(comparison),
      band: z.strictObject({ above: z.string().nullable(), atOrBelow: z.string().nullable() }),
      score: z
        .strictObject({
          value: decimal,
          threshold: decimal,
          line: z.string(),
          outcome: z.enum(['at-or-below', 'above']),
          citation: citationSchema,
        })
        .optional(),
    }),
    indicators: z.array(
      z.strictObject({
        id: z.string(),
        dimension: z.string(),
        status: z.enum(['deprived', 'not-deprived', 'unknown']),
        source: z.enum(['answer', 'derived']),
        evidence: evidenceSchema,
        citation: citationSchema,
      }),
    ),
    ruleSet: z.strictObject({
      id: z.string(),
      version: z.string(),
      status: z.enum(['in-force', 'superseded', 'provisional', 'local']),
      title: localized,
      instruments: z.array(z.strictObject({ id: z.string(), name: localized })),
      effective: z.strictObject({ from: z.string(), to: z.string(), citations: z.array(citationSchema).optional() }),
      incomePeriod: z.enum(['month', 'year']),
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    date: z.string().optional(),
    lowIncomeWorker: z.strictObject({ eligible: z.boolean().nullable(), ceiling: decimal, citation: citationSchema }).optional(),
  })
  .describe('The result of classify(): plain JSON data.');

// Compile-time agreement between the schema and the type, in both directions (readonly aside).
type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
type SchemaOutput = z.output<typeof classificationSchema>;
/** Fails to compile if a field of the result type is missing from the schema or typed differently. */
export const typeFitsSchema = (result: DeepMutable<Classification>): z.input<typeof classificationSchema> => result;
/** Fails to compile if the schema allows something the result type does not. */
export const schemaFitsType = (result: SchemaOutput): Classification => result;

/**
 * Checks a value against {@link classificationSchema} and returns zod's own copy of it. Errors
 * are a `ValidationError` with the paths inside the result (an unknown key is named in its path);
 * anything that throws while the value is read is `unreadable_input`.
 */
export function checkClassification(value: unknown): Classification {
  let parsed: ReturnType<typeof classificationSchema.safeParse>;
  try {
    parsed = classificationSchema.safeParse(value);
  } catch {
    throw new ValidationError([{ path: [], code: 'unreadable_input', message: 'the result could not be read as JSON data (a getter or proxy threw)' }]);
  }
  if (parsed.success) return parsed.data as Classification;
  const issues: ValidationIssue[] = [];
  for (const issue of parsed.error.issues.slice(0, 20)) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys)
        issues.push({ path: [...path, key], code: 'unrecognized_keys', message: `unknown field "${key.slice(0, 60)}" (not part of a classification)` });
    else issues.push({ path, code: issue.code, message: issue.message });
  }
  throw new ValidationError(issues);
}
