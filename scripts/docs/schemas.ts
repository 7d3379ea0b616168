/**
 * JSON Schemas (draft 2020-12) generated from the zod schemas:
 *
 * - `schema/household.<ruleSetId>.json` — the household input for one rule set (its
 *   `deprivations` keys are that rule set's indicator ids), built from the very schema
 *   `classify` validates with (`compile(ruleSet).schema`);
 * - `schema/household.json` — the same for the default rule set;
 * - `schema/result.json` — the result of `classify` (see `result-schema.ts`).
 *
 * The same files are written to `docs/schema/` for the documentation site.
 */
import { z } from 'zod';
import { listRuleSets } from '../../src/index.js';
import { householdJsonSchema } from '../../src/input/json-schema.js';
import { DEFAULT_RULE_SET_ID } from '../../src/rules/registry.js';
import { classificationSchema } from './result-schema.js';

type Json = Record<string, unknown>;

export { householdJsonSchema };

/** The result JSON Schema. */
export function resultJsonSchema(): Json {
  const json = z.toJSONSchema(classificationSchema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'chuan-ngheo classification result',
    ...json,
  };
}

const text = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every schema file: path → content (both `schema/` and `docs/schema/`). */
export function schemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (name: string, value: unknown): void => {
    files.set(`schema/${name}`, text(value));
    files.set(`docs/schema/${name}`, text(value));
  };
  for (const ruleSet of listRuleSets()) {
    const schema = householdJsonSchema(ruleSet);
    add(`household.${ruleSet.id}.json`, schema);
    if (ruleSet.id === DEFAULT_RULE_SET_ID) add('household.json', schema);
  }
  add('result.json', resultJsonSchema());
  return files;
}
