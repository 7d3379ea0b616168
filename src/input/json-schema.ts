/**
 * The household input as a JSON Schema (draft 2020-12), built from the very zod schema `classify`
 * validates with (itself generated from the field tables in `fields.ts`: types, bounds, enums and
 * descriptions), plus the cross-field rules zod checks in code. Used by the CLI (`chuan-ngheo
 * schema`) and by the docs generator (`schema/household.<id>.json`), so both publish the same.
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { compile } from '../engine/compile.js';
import { DOT_GROUPED, MAX_AMOUNT_LENGTH, PLAIN_DECIMAL } from '../money.js';
import type { RuleSet } from '../rules/types.js';
import { INCOME_FIELDS } from './fields.js';

export type Json = Record<string, unknown>;

/** The money forms of the income (`score` is added for rule sets with score thresholds). */
const INCOME_FORMS = Object.keys(INCOME_FIELDS).filter((form) => form !== 'score');

/** What `parseAmount` accepts as a string (src/money.ts); dot-grouped strings like "1.500" are refused as ambiguous. */
const AMOUNT_STRING = {
  type: 'string',
  pattern: PLAIN_DECIMAL.source,
  maxLength: MAX_AMOUNT_LENGTH,
  not: { pattern: DOT_GROUPED.source },
} as const;

/** Amounts are checked by `parseAmount` in a zod transform (JSON Schema type `[number, string]`): restate what it accepts. */
function tightenAmounts(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) tightenAmounts(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Json;
  const type = record.type;
  if (Array.isArray(type) && type.length === 2 && type.includes('number') && type.includes('string')) {
    delete record.type;
    record.anyOf = [{ type: 'number', minimum: 0 }, { ...AMOUNT_STRING }];
    const description = typeof record.description === 'string' ? record.description : '';
    const rule = description.includes('plain decimal string')
      ? 'Dot-grouped strings such as "1.500" are refused as ambiguous.'
      : 'A non-negative JSON number or a plain decimal string ("1500000", "1999999.99"); no thousands separators, and dot-grouped strings such as "1.500" are refused as ambiguous.';
    record.description = description === '' ? rule : `${description} ${rule}`;
  }
  for (const value of Object.values(record)) tightenAmounts(value);
}

/** The household JSON Schema of one rule set. */
export function householdJsonSchema(ruleSet: RuleSet): Json {
  const schema = compile(ruleSet).schema;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  const properties = json.properties as Record<string, Json>;
  // Cross-field rules zod checks in code (superRefine), restated so other languages check them too.
  const income = properties.income!;
  const forms: string[] = [...INCOME_FORMS, ...(ruleSet.incomeScore === undefined ? [] : ['score'])];
  income.oneOf = forms.map((form) => ({ required: [form] }));
  if (ruleSet.incomeScore === undefined && (income.properties as Json | undefined)?.score !== undefined) {
    delete (income.properties as Json).score;
  }
  income.description = `Income in exactly one form: ${forms.join(', ')}.`;
  json.anyOf = [{ required: ['size'] }, { required: ['members'] }];
  tightenAmounts(json.properties);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `chuan-ngheo household input (${ruleSet.id})`,
    description: `A household as passed to classify() with the rule set ${ruleSet.id} (${ruleSet.title.en}, version ${ruleSet.version}, fingerprint ${ruleSet.fingerprint}). Absent or null facts are unknown, never assumed. Not expressible here and checked by the library: when both size and members are given, size must equal the number of members; amounts given as strings must be plain decimals without thousands separators.`,
    ...json,
  };
}
