/**
 * zod schemas of rule data given from outside (a `deriveRuleSet` patch, a diff handed to
 * `renderDiff`): citations, member and dwelling conditions, indicator tests — with the facts
 * and their domains taken from the household schema, and the bounds of {@link LIMITS}.
 *
 * The facts a condition may compare, and the values each one takes, are not written here: they
 * come from the household field table (`src/input/fields.ts`). A value a household can never
 * have (`equals: 'unemployd'`) is refused, instead of silently never matching.
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import type { ValidationIssue } from '../errors.js';
import { DWELLING_FACTS as DWELLING_FACT_NAMES, DWELLING_FIELDS, MEMBER_FACTS as MEMBER_FACT_NAMES, MEMBER_FIELDS, type FieldSpec } from '../input/fields.js';
import { PLAIN_DECIMAL } from '../money.js';
import { LIMITS } from './limits.js';

type Path = (string | number)[];
type Scalar = string | boolean;

/** What a fact can be compared with: scalar values (`equals`, `in`), or list items (`includesNoneOf`). */
export interface FactDomain {
  /** Values the fact can have, for `equals` and `in` (empty for a list fact). */
  readonly values: readonly Scalar[];
  /** Items a list fact can hold, for `includesNoneOf` (empty for a scalar fact). */
  readonly items: readonly string[];
}

/**
 * The domain of each fact of a field table that a condition can compare by value: booleans,
 * enum values, and the entries of list facts. Ages, years and amounts are compared by other
 * conditions or tests (`age`, `bornFrom`, `per-member-below`), so they have no value domain.
 */
function domains(table: Readonly<Record<string, FieldSpec>>, facts: readonly string[]): ReadonlyMap<string, FactDomain> {
  const out = new Map<string, FactDomain>();
  for (const name of facts) {
    const type = table[name]!.type;
    if (type.kind === 'boolean') out.set(name, Object.freeze({ values: [true, false], items: [] }));
    else if (type.kind === 'enum') out.set(name, Object.freeze({ values: type.values, items: [] }));
    else if (type.kind === 'list') out.set(name, Object.freeze({ values: [], items: type.values }));
  }
  return out;
}

/** Member facts and their domains (from the field table, `MEMBER_FIELDS`). */
export const MEMBER_FACTS: ReadonlyMap<string, FactDomain> = domains(MEMBER_FIELDS, MEMBER_FACT_NAMES);
/** Dwelling facts and their domains (from the field table, `DWELLING_FIELDS`). */
export const DWELLING_FACTS: ReadonlyMap<string, FactDomain> = domains(DWELLING_FIELDS, DWELLING_FACT_NAMES);

const text = z.string().min(1).max(LIMITS.textLength);
export const localizedSchema = z.strictObject({ vi: text, en: text });
const instrumentRef = z.strictObject({ id: text, name: localizedSchema });
const part = z.string().max(LIMITS.textLength).optional();
const sourceSchema = z.strictObject({
  kind: z.enum(['official-text', 'official-translation', 'translation', 'news', 'secondary-note']),
  publisher: text,
  address: text.optional(),
  origin: text.optional(),
  bears: z.enum(['states', 'related', 'lead']),
});
export const citationFields = {
  article: part,
  clause: part,
  point: part,
  appendix: part,
  item: part,
  paraphrase: localizedSchema,
  confidence: z.enum(['A', 'B', 'C']),
  note: localizedSchema.optional(),
  sources: z.array(sourceSchema).max(LIMITS.conditionValues).optional(),
  derived: localizedSchema.optional(),
  reading: z
    .array(z.enum(['article', 'clause', 'point', 'item']))
    .max(4)
    .optional(),
};
export const citationSchema = z.strictObject({ instrument: instrumentRef, ...citationFields });

/** A plain decimal of at most {@link LIMITS.amountLength} characters. */
export const decimalSchema = z
  .string()
  .max(LIMITS.amountLength, `at most ${LIMITS.amountLength} characters`)
  .regex(PLAIN_DECIMAL, 'a plain decimal string such as "46000000"');

const memberFactName = z.enum([...MEMBER_FACTS.keys()] as [string, ...string[]]);
const dwellingFactName = z.enum([...DWELLING_FACTS.keys()] as [string, ...string[]]);
const valueList = z.array(z.string()).min(1).max(LIMITS.conditionValues);

/**
 * One object schema with every operand optional, and a check that exactly one form is used:
 * errors then name the offending key (`fact`, `equals`, `all[2]`…) instead of one "invalid
 * union" for the whole condition.
 */
function conditionSchema(
  forms: Readonly<Record<string, readonly string[]>>,
  shape: Record<string, z.ZodType>,
  what: string,
  optional: Readonly<Record<string, readonly string[]>> = {},
): z.ZodType {
  return z.strictObject(shape).superRefine((condition, ctx) => {
    const keys = Object.keys(condition).filter((key) => (condition as Record<string, unknown>)[key] !== undefined);
    const matching = Object.entries(forms).filter(
      ([name, form]) => form.every((key) => keys.includes(key)) && keys.every((key) => form.includes(key) || (optional[name] ?? []).includes(key)),
    );
    if (matching.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `a ${what} condition is one of: ${Object.values(forms)
          .map((form) => `{ ${form.join(', ')} }`)
          .join(', ')}${keys.length > 0 ? `; got { ${keys.join(', ')} }` : ''}`,
        params: { code: 'invalid_condition' },
      });
    }
  });
}

const MEMBER_FORMS = {
  age: ['age'],
  workingAge: ['workingAge'],
  bornFrom: ['bornFrom'],
  equals: ['fact', 'equals'],
  in: ['fact', 'in'],
  all: ['all'],
  any: ['any'],
  atLeast: ['atLeast', 'of'],
} as const;

export const memberConditionSchema: z.ZodType = z.lazy(() =>
  conditionSchema(
    MEMBER_FORMS,
    {
      age: z.strictObject({ min: z.int().min(0).max(130).optional(), max: z.int().min(0).max(130).optional() }).optional(),
      workingAge: z.literal(true).optional(),
      bornFrom: z.int().min(1850).max(2200).optional(),
      fact: memberFactName.optional(),
      equals: z.union([z.boolean(), z.string()]).optional(),
      ifUnknown: memberConditionSchema.optional(),
      in: valueList.optional(),
      all: z.array(memberConditionSchema).min(1).optional(),
      any: z.array(memberConditionSchema).min(1).optional(),
      atLeast: z.int().min(1).max(LIMITS.conditionNodes).optional(),
      of: z.array(memberConditionSchema).min(1).optional(),
    },
    'member',
    { equals: ['ifUnknown'] },
  ),
);

const DWELLING_FORMS = {
  equals: ['fact', 'equals'],
  in: ['fact', 'in'],
  includesNoneOf: ['fact', 'includesNoneOf'],
  all: ['all'],
  any: ['any'],
  atLeast: ['atLeast', 'of'],
} as const;

export const dwellingConditionSchema: z.ZodType = z.lazy(() =>
  conditionSchema(
    DWELLING_FORMS,
    {
      fact: dwellingFactName.optional(),
      equals: z.union([z.boolean(), z.string()]).optional(),
      in: valueList.optional(),
      includesNoneOf: valueList.optional(),
      notCounted: valueList.optional(),
      ifUnknown: dwellingConditionSchema.optional(),
      all: z.array(dwellingConditionSchema).min(1).optional(),
      any: z.array(dwellingConditionSchema).min(1).optional(),
      atLeast: z.int().min(1).max(LIMITS.conditionNodes).optional(),
      of: z.array(dwellingConditionSchema).min(1).optional(),
    },
    'dwelling',
    { in: ['ifUnknown'], includesNoneOf: ['notCounted'] },
  ),
);

export const indicatorTestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('any-member'), where: memberConditionSchema }),
  z.strictObject({ kind: z.literal('no-member'), where: memberConditionSchema }),
  z.strictObject({ kind: z.literal('member-share-above'), where: memberConditionSchema, share: decimalSchema }),
  z.strictObject({ kind: z.literal('per-member-below'), fact: z.literal('floorArea'), floor: decimalSchema }),
  z.strictObject({ kind: z.literal('dwelling'), where: dwellingConditionSchema }),
  z.strictObject({ kind: z.literal('answer-only'), reason: localizedSchema }),
]);

const show = (value: unknown): string => (typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value));

/**
 * Values compared with a fact that the fact can never have (after the schema has checked the
 * shape): `equals: 'unemployd'`, an `in` list with a typo, `includesNoneOf` on a fact that is
 * not a list, or `equals` on a list fact.
 */
export function conditionDomainIssues(condition: unknown, facts: ReadonlyMap<string, FactDomain>, path: Path): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const visit = (node: Record<string, unknown>, at: Path): void => {
    for (const key of ['all', 'any', 'of'] as const) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((child, index) => visit(child as Record<string, unknown>, [...at, key, index]));
    }
    if (node['ifUnknown'] !== undefined) visit(node['ifUnknown'] as Record<string, unknown>, [...at, 'ifUnknown']);
    if (typeof node['fact'] !== 'string') return;
    const fact = node['fact'];
    const domain = facts.get(fact)!;
    const allowed = domain.values.map(show).join(', ');
    const refuse = (where: Path, value: unknown): void => {
      const hint =
        domain.values.length > 0
          ? `${fact} is one of ${allowed}`
          : `${fact} is a list: compare it with includesNoneOf (items ${domain.items.map(show).join(', ')})`;
      issues.push({ path: where, code: 'invalid_value', message: `${show(value)} is not a value ${fact} can have; ${hint}` });
    };
    if ('equals' in node && !domain.values.includes(node['equals'] as Scalar)) refuse([...at, 'equals'], node['equals']);
    if (Array.isArray(node['in'])) node['in'].forEach((value, index) => domain.values.includes(value as Scalar) || refuse([...at, 'in', index], value));
    if (Array.isArray(node['notCounted'])) {
      node['notCounted'].forEach((value, index) => {
        if (!domain.items.includes(value as string))
          issues.push({ path: [...at, 'notCounted', index], code: 'invalid_value', message: `${show(value)} is not an item ${fact} can hold` });
      });
    }
    if (Array.isArray(node['includesNoneOf'])) {
      if (domain.items.length === 0) {
        issues.push({ path: [...at, 'includesNoneOf'], code: 'invalid_value', message: `${fact} is not a list; compare it with equals or in (${allowed})` });
      } else {
        node['includesNoneOf'].forEach((value, index) => {
          if (!domain.items.includes(value as string)) {
            issues.push({
              path: [...at, 'includesNoneOf', index],
              code: 'invalid_value',
              message: `${show(value)} is not an item ${fact} can hold; items: ${domain.items.map(show).join(', ')}`,
            });
          }
        });
      }
    }
  };
  visit(condition as Record<string, unknown>, path);
  return issues;
}

/** Domain problems of one (schema-checked) indicator test, with paths under `path`. */
export function testDomainIssues(test: { readonly kind: string; readonly where?: unknown }, path: Path): ValidationIssue[] {
  if (test.where === undefined) return [];
  return conditionDomainIssues(test.where, test.kind === 'dwelling' ? DWELLING_FACTS : MEMBER_FACTS, [...path, 'where']);
}

/**
 * Checks the size of a condition before any schema walks it: depth and node count (as a tree,
 * so a reused object counts every time it appears), `all` / `any` / `in` list lengths. Stops at
 * the first bound passed, so a hostile tree costs at most {@link LIMITS.conditionNodes} steps.
 * Reading the value may throw (getters, proxies): the caller reports that.
 */
export function conditionBoundIssues(condition: unknown, path: Path): ValidationIssue[] {
  let nodes = 0;
  let issue: ValidationIssue | undefined;
  const visit = (node: unknown, at: Path, depth: number): boolean => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return true; // the schema reports the shape
    nodes++;
    if (depth > LIMITS.conditionDepth) {
      issue = { path: at, code: 'too_big', message: `conditions may be nested at most ${LIMITS.conditionDepth} levels deep` };
      return false;
    }
    if (nodes > LIMITS.conditionNodes) {
      issue = {
        path,
        code: 'too_big',
        message: `a test may have at most ${LIMITS.conditionNodes} conditions (counted as a tree: an object used twice counts twice)`,
      };
      return false;
    }
    const record = node as Record<string, unknown>;
    for (const key of ['in', 'includesNoneOf', 'notCounted'] as const) {
      const list = record[key];
      if (Array.isArray(list) && list.length > LIMITS.conditionValues) {
        issue = { path: [...at, key], code: 'too_big', message: `a list of values may have at most ${LIMITS.conditionValues} entries` };
        return false;
      }
    }
    for (const key of ['all', 'any', 'of'] as const) {
      const list = record[key];
      if (!Array.isArray(list)) continue;
      if (list.length > LIMITS.conditionNodes) {
        issue = { path: [...at, key], code: 'too_big', message: `a test may have at most ${LIMITS.conditionNodes} conditions` };
        return false;
      }
      for (let index = 0; index < list.length; index++) if (!visit(list[index], [...at, key, index], depth + 1)) return false;
    }
    return record['ifUnknown'] === undefined || visit(record['ifUnknown'], [...at, 'ifUnknown'], depth + 1);
  };
  visit(condition, path, 1);
  return issue === undefined ? [] : [issue];
}

/** A list longer than `max` entries (checked before a schema reads its entries). */
export function lengthIssue(value: unknown, max: number, path: Path): ValidationIssue[] {
  if (Array.isArray(value) && value.length > max) return [{ path, code: 'too_big', message: `at most ${max} entries (got ${value.length})` }];
  return [];
}
