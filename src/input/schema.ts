/**
 * The household input as zod schemas — one per rule set (the `deprivations` keys are that rule
 * set's indicator ids) — and the TypeScript types, all generated from the field tables in
 * `fields.ts`. Nothing about a field is written here: its type, domain, documentation and label
 * live in the table.
 *
 * Absent (or `null`) facts are *unknown*, never assumed.
 *
 * @module
 */
import { dwellingConflict } from './consistency.js';
import { z } from 'zod';
import { parseAmount, type Money } from '../money.js';
import {
  TABLES,
  type DwellingTable,
  type FieldInput,
  type FieldOutput,
  type FieldSpec,
  type FieldType,
  type HouseholdTable,
  type IncomeTable,
  type InputOf,
  type MemberTable,
  type OutputOf,
} from './fields.js';

export {
  DURABILITY_CLASSES,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  INFORMATION_MEANS,
  MAX_HOUSEHOLD_SIZE,
  MAX_ID_LENGTH,
  SCHOOL_ATTENDANCE,
  SEXES,
} from './fields.js';
import { MAX_HOUSEHOLD_SIZE, MAX_ID_LENGTH } from './fields.js';

/**
 * A money or area amount: a non-negative JSON number or plain decimal string. Every value goes
 * to `parseAmount` (not `z.number()`, which refuses NaN and ±Infinity with a bare "Invalid
 * input"), so each bad amount gets `invalid_amount` / `ambiguous_amount` and a message saying
 * how to write it. The input type stays `number | string`; the JSON Schema type comes from the
 * metadata.
 */
function makeAmountSchema(what: string, unit: string, description: string) {
  return z
    .custom<number | string>(() => true)
    .transform((value, ctx): Money => {
      const parsed = parseAmount(value, what, unit);
      if (parsed.ok) return parsed.value;
      ctx.issues.push({ code: 'custom', message: parsed.message, input: value, params: { code: parsed.code } });
      return z.NEVER;
    })
    .meta({ type: ['number', 'string'], description });
}

/** A money amount in đồng (income forms). */
export const amountSchema = makeAmountSchema(
  TABLES.income.perCapitaMonthly.type.noun,
  TABLES.income.perCapitaMonthly.type.unit,
  TABLES.income.perCapitaMonthly.type.format,
);

const idSchema = z.union([z.string().min(1).max(MAX_ID_LENGTH), z.int().min(0)]);

/** The zod schema of one value of a field type (leaf kinds only). */
function valueSchema(type: FieldType): z.ZodType {
  switch (type.kind) {
    case 'boolean':
      return z.boolean();
    case 'integer':
      return z.int().min(type.min).max(type.max);
    case 'number':
      return z.number().min(type.min).max(type.max);
    case 'enum':
      return z.enum(type.values as [string, ...string[]]);
    case 'list':
      return z.array(z.enum(type.values as [string, ...string[]])).max(type.maxLength);
    case 'amount':
      // The income forms share one schema (as they share one type in the table).
      return type === TABLES.income.perCapitaMonthly.type ? amountSchema : makeAmountSchema(type.noun, type.unit, type.format);
    case 'id':
      return idSchema;
    default:
      throw new TypeError(`no leaf schema for a ${type.kind} field`);
  }
}

/** A field: required, optional, or optional and nullable, with its description. */
function fieldSchema(spec: FieldSpec, value: z.ZodType = valueSchema(spec.type)): z.ZodType {
  const schema = spec.required === true ? value : spec.nullable ? value.nullish() : value.optional();
  return schema.describe(spec.description);
}

/** The zod type of a field of the table (for the schemas' static types). */
type FieldZod<S extends FieldSpec> = S extends { readonly required: true }
  ? z.ZodType<FieldOutput<S>, FieldInput<S>>
  : z.ZodOptional<z.ZodType<FieldOutput<S>, FieldInput<S>>>;
type ShapeOf<F extends Readonly<Record<string, FieldSpec>>> = { -readonly [K in keyof F]: FieldZod<F[K]> };

function objectSchema<F extends Readonly<Record<string, FieldSpec>>>(table: F): z.ZodObject<ShapeOf<F>, z.core.$strict> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(table)) shape[name] = fieldSchema(spec);
  return z.strictObject(shape) as unknown as z.ZodObject<ShapeOf<F>, z.core.$strict>;
}

/** One household member (from `MEMBER_FIELDS`). Every fact is optional: absent or `null` means unknown. */
export const memberSchema = objectSchema(TABLES.member);

/** The dwelling (from `DWELLING_FIELDS`). Every fact is optional: absent or `null` means unknown. */
export const dwellingSchema = objectSchema(TABLES.dwelling);

/** The income forms, as `buildIncomeSchema` lists them (`score` last). */
const INCOME_FORMS = (Object.keys(TABLES.income) as (keyof typeof TABLES.income)[]).filter((form) => form !== 'score');

/** The income schema; `score` is accepted only for rule sets that define an income-proxy score. */
function buildIncomeSchema(score: boolean) {
  const moneyForms = `${INCOME_FORMS.slice(0, -1).join(', ')} or ${INCOME_FORMS[INCOME_FORMS.length - 1]!}`;
  const forms = score ? `${moneyForms}, or score` : moneyForms;
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(TABLES.income)) shape[name] = fieldSchema(spec);
  return z.strictObject(shape).superRefine((income, ctx) => {
    if (income.score !== undefined && !score) {
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `this rule set defines no income-proxy score thresholds; give the income in money: ${moneyForms}`,
        params: { code: 'score_not_supported' },
      });
      return;
    }
    let given = 0;
    for (const form of Object.keys(TABLES.income)) if (income[form] !== undefined) given++;
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: given === 0 ? `give the income in exactly one form: ${forms}` : `give the income in exactly one form, not several: ${forms}`,
        params: { code: 'income_form' },
      });
    }
  });
}

/**
 * A household object type from the household table: required fields (`area`, `income`) and
 * optional ones, each key keeping its table entry's TSDoc; `Nested` gives the types of the
 * nested parts (members, income, answers, dwelling).
 */
type HouseholdOf<Nested, Leaf extends 'in' | 'out'> = {
  -readonly [K in keyof HouseholdTable as HouseholdTable[K] extends { readonly required: true } ? K : never]: K extends keyof Nested
    ? Nested[K]
    : LeafOf<HouseholdTable[K], Leaf>;
} & {
  -readonly [K in keyof HouseholdTable as HouseholdTable[K] extends { readonly required: true } ? never : K]?: K extends keyof Nested
    ? Nested[K]
    : LeafOf<HouseholdTable[K], Leaf>;
};
type LeafOf<S extends FieldSpec, Leaf extends 'in' | 'out'> = Leaf extends 'in' ? FieldInput<S> : FieldOutput<S>;

/** Answers per indicator id, as given and as validated. */
type Answers = Record<string, boolean | null | undefined>;

/** The validated household, as the engine sees it (derived from the tables). */
export type ParsedHousehold = HouseholdOf<{ members: ParsedMember[]; income: ParsedIncome; deprivations: Answers; dwelling: ParsedDwelling }, 'out'>;
/** The validated income: exactly one form is defined. */
export type ParsedIncome = OutputOf<IncomeTable>;
/** One validated member. */
export type ParsedMember = OutputOf<MemberTable>;
/** The validated dwelling. */
export type ParsedDwelling = OutputOf<DwellingTable>;

/**
 * Builds the household schema for a rule set's indicator ids; `options.score` accepts
 * `income.score` (for rule sets with income-proxy score thresholds).
 */
export function buildHouseholdSchema(indicatorIds: readonly string[], options: { readonly score?: boolean } = {}): z.ZodType<ParsedHousehold, HouseholdInput> {
  const table = TABLES.household;
  const answer = z.boolean().nullable().optional().describe('true: deprived; false: not deprived; null or absent: unknown.');
  const answers: Record<string, typeof answer> = {};
  for (const id of indicatorIds) answers[id] = answer;
  const nested: Record<string, z.ZodType> = {
    members: fieldSchema(table.members, z.array(memberSchema).min(1).max(MAX_HOUSEHOLD_SIZE)),
    income: buildIncomeSchema(options.score === true),
    // (The answers object carries its own description, so the JSON Schema keeps it inside.)
    deprivations: z.strictObject(answers).describe(table.deprivations.description).optional(),
    dwelling: fieldSchema(table.dwelling, dwellingSchema),
  };
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(table)) shape[name] = nested[name] ?? fieldSchema(spec);

  return z.strictObject(shape).superRefine((household, ctx) => {
    const dwelling = household.dwelling as Record<string, unknown> | undefined;
    const conflict = dwelling === undefined ? undefined : dwellingConflict(dwelling);
    if (conflict !== undefined) ctx.addIssue({ code: 'custom', path: conflict.path.slice(), message: conflict.message, params: { code: conflict.code } });
    const size = household.size as number | undefined;
    const members = household.members as readonly unknown[] | undefined;
    if (size === undefined && members === undefined) {
      ctx.addIssue({ code: 'custom', path: ['size'], message: 'give size (an integer ≥ 1) or list the members', params: { code: 'size_required' } });
    } else if (size !== undefined && members !== undefined && members.length !== size) {
      ctx.addIssue({
        code: 'custom',
        path: ['size'],
        message: `size is ${size} but ${members.length} member${members.length === 1 ? ' is' : 's are'} listed; give one or make them agree`,
        params: { code: 'size_mismatch' },
      });
    }
  }) as unknown as z.ZodType<ParsedHousehold, HouseholdInput>;
}

/**
 * A member as you pass it: every field of `MEMBER_FIELDS`, each optional (absent or `null`:
 * unknown).
 *
 * @example
 * ```ts
 * import type { MemberInput } from 'chuan-ngheo';
 * const member: MemberInput = { age: 34, sex: 'female', healthInsurance: true, employment: null };
 * ```
 */
export interface MemberInput extends InputOf<MemberTable> {}

/**
 * A dwelling as you pass it: every field of `DWELLING_FIELDS`, each optional (absent or `null`:
 * unknown).
 *
 * @example
 * ```ts
 * import type { DwellingInput } from 'chuan-ngheo';
 * const dwelling: DwellingInput = { floorArea: '31.5', safeWater: true, informationMeans: ['radio'] };
 * ```
 */
export interface DwellingInput extends InputOf<DwellingTable> {}

/**
 * A household as you pass it to `classify` (plain JSON). The fields are those of
 * `HOUSEHOLD_FIELDS`; every fact not given is unknown.
 *
 * @example
 * ```ts
 * import type { HouseholdInput } from 'chuan-ngheo';
 * const household: HouseholdInput = { area: 'rural', size: 4, income: { householdMonthly: '5600000' } };
 * ```
 */
export interface HouseholdInput {
  /** Your identifier for the household, copied to the result: a non-empty string (at most 128 characters) or a non-negative integer. */
  id?: string | number;
  /** `rural` (nông thôn) or `urban` (thành thị). */
  area: 'rural' | 'urban';
  /** Number of members (1–200); may be omitted when `members` is given. */
  size?: number;
  /** Members (1–200), for indicators derived from member facts. */
  members?: MemberInput[];
  /**
   * Income in exactly one form: money (VND, number or plain decimal string) per person per
   * month, for the household per month or per 12 months; or, for rule sets with score
   * thresholds (`vn-2022-2025`), the review form's income-proxy `score`.
   */
  income:
    | {
        /** VND per person per month. */
        perCapitaMonthly: number | string;
      }
    | {
        /** VND for the whole household per month. */
        householdMonthly: number | string;
      }
    | {
        /** VND for the whole household over 12 months. */
        householdAnnual: number | string;
      }
    | {
        /** The review form's income-proxy score (rule sets with score thresholds only). */
        score: number;
      };
  /** Answers per indicator id: true deprived, false not deprived, null/absent unknown. */
  deprivations?: Record<string, boolean | null | undefined>;
  /** Dwelling facts. */
  dwelling?: DwellingInput;
}

/** `HouseholdInput` is the household table's input type (checked here: adding a household field to the table without it fails to compile). */
type DerivedHouseholdInput = HouseholdOf<{ members: MemberInput[]; income: HouseholdInput['income']; deprivations: Answers; dwelling: DwellingInput }, 'in'>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** @internal */
export type HouseholdInputMatchesTable = [Assert<Same<HouseholdInput, DerivedHouseholdInput>>, Assert<Same<keyof HouseholdInput, keyof HouseholdTable>>];
