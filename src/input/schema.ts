/**
 * The household input: one zod schema per rule set (the `deprivations` keys are that rule set's
 * indicator ids), from which the TypeScript types are inferred.
 *
 * Every field is documented here; absent (or `null`) facts are *unknown*, never assumed.
 *
 * @module
 */
import { z } from 'zod';
import { parseAmount, type Money } from '../money.js';

/**
 * Largest household accepted (members or `size`): a documented bound that keeps work finite.
 *
 * @example
 * ```ts
 * import { MAX_HOUSEHOLD_SIZE } from 'chuan-ngheo';
 * MAX_HOUSEHOLD_SIZE; // 200
 * ```
 */
export const MAX_HOUSEHOLD_SIZE = 200;

/** Longest identifier accepted for a household or member. */
export const MAX_ID_LENGTH = 128;

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

export const amountSchema = makeAmountSchema(
  'amount',
  'đồng',
  'Non-negative amount: a JSON number or a plain decimal string such as "1500000" or "1999999.99" (no thousands separators).',
);

/** A floor area in m²: same rules as amounts, with messages that say "floor area". */
const floorAreaSchema = makeAmountSchema('floor area', 'm²', 'Non-negative area in m²: a JSON number or a plain decimal string such as "36" or "31.5".');

const fact = <T extends z.ZodType>(schema: T, description: string) => schema.nullish().describe(description);

const idSchema = z.union([z.string().min(1).max(MAX_ID_LENGTH), z.int().min(0)]);

/** Sex, for the retirement-age roadmap. */
export const SEXES = ['male', 'female'] as const;
/** Employment status of a member. */
export const EMPLOYMENT_STATUSES = ['wage-worker', 'self-employed', 'unemployed', 'not-in-labour-force'] as const;
/** Highest level of education completed, lowest first. */
export const EDUCATION_LEVELS = ['none', 'primary', 'lower-secondary', 'upper-secondary', 'vocational', 'tertiary'] as const;
/** School attendance of a child. */
export const SCHOOL_ATTENDANCE = ['appropriate-level', 'below-level', 'not-attending'] as const;
/** Dwelling durability classes (kiên cố, bán kiên cố, thiếu kiên cố, đơn sơ). */
export const DURABILITY_CLASSES = ['permanent', 'semi-permanent', 'less-permanent', 'simple'] as const;
/** Means of access to information the household may have. */
export const INFORMATION_MEANS = ['television', 'radio', 'computer', 'smartphone', 'tablet', 'feature-phone'] as const;

/** One household member. Every fact is optional: absent or `null` means unknown. */
export const memberSchema = z.strictObject({
  /** Your identifier for the member: a non-empty string (at most 128 characters) or a non-negative integer; shown in explanations instead of the position. */
  id: idSchema.optional().describe('Your identifier for the member (shown in explanations instead of the position).'),
  /** Age in completed years at the review date (0–130). */
  age: fact(z.int().min(0).max(130), 'Age in completed years at the review date.'),
  /** Months since the last birthday (0–11); decides working age in the year the retirement age is reached. */
  ageMonths: fact(z.int().min(0).max(11), 'Months since the last birthday (0–11); decides working age in the year the retirement age is reached.'),
  /** Sex (`male` or `female`), for the statutory retirement age that bounds working age. */
  sex: fact(z.enum(SEXES), 'Sex, for the statutory retirement age (working age).'),
  /** Employment status: `wage-worker`, `self-employed`, `unemployed` or `not-in-labour-force`. */
  employment: fact(
    z.enum(EMPLOYMENT_STATUSES),
    'wage-worker: works for wages or salary; self-employed: own-account, employer or family worker; unemployed: able and willing to work but has no job; not-in-labour-force: studying, retired, unable to work.',
  ),
  /** For a wage-worker: whether they have a labour contract. */
  labourContract: fact(z.boolean(), 'For a wage-worker: has a labour contract.'),
  /** Whether the member has health insurance (bảo hiểm y tế) now. */
  healthInsurance: fact(z.boolean(), 'Has health insurance (bảo hiểm y tế) now.'),
  /** Whether the member is currently in school, college, university or a training course. */
  inEducationOrTraining: fact(z.boolean(), 'Currently in school, college, university or a training course.'),
  /** Highest level of education completed, from `none` to `tertiary` (see `EDUCATION_LEVELS`). */
  educationLevel: fact(
    z.enum(EDUCATION_LEVELS),
    'Highest level completed: none, primary (tiểu học), lower-secondary (THCS), upper-secondary (THPT), vocational (a vocational-education qualification: sơ cấp, trung cấp, cao đẳng), tertiary (university).',
  ),
  /** For a child: `appropriate-level` (attends the level for their age), `below-level`, or `not-attending`. */
  schoolAttendance: fact(
    z.enum(SCHOOL_ATTENDANCE),
    'For a child: attends the level appropriate to their age (appropriate-level), attends a lower level (below-level), or does not attend (not-attending).',
  ),
  /** Whether the child is stunted: low height-for-age (suy dinh dưỡng thể thấp còi). */
  stunted: fact(z.boolean(), 'Child is stunted: low height-for-age (suy dinh dưỡng thể thấp còi).'),
  /** Whether the child is underweight: low weight-for-age (suy dinh dưỡng thể nhẹ cân). */
  underweight: fact(z.boolean(), 'Child is underweight: low weight-for-age (suy dinh dưỡng thể nhẹ cân).'),
  /** Whether the member counts as a dependant (người phụ thuộc); wins over the default (children under 16 and people receiving a monthly social allowance). */
  dependant: fact(
    z.boolean(),
    'Counts as a dependant (người phụ thuộc) under the review guidance. Wins over the default: children under 16 and people receiving a monthly social allowance.',
  ),
  /** Whether the member receives a monthly social allowance as an elderly or disabled person (used for the default dependant rule). */
  monthlySocialAllowance: fact(z.boolean(), 'Receives a monthly social allowance as an elderly or disabled person (used for the default dependant rule).'),
  /** Whether the member uses internet services (any device, any connection). */
  usesInternet: fact(z.boolean(), 'Uses internet services (any device, any connection).'),
  /** Year of birth (1850–2200), for standards that count a birth cohort; when absent, inferred from `age` and the review year. */
  birthYear: fact(
    z.int().min(1850).max(2200),
    'Year of birth. Used where a standard counts a birth cohort (2016–2020 adult education: born 1986 or later); when absent, it is inferred from age and the review year, and stays unknown when that is ambiguous.',
  ),
  /** Whether, in the 12 months before the review, the member was ill (bedridden, or unable to work or study) and sought no medical treatment (2016–2020 standard). */
  untreatedIllness: fact(
    z.boolean(),
    'In the 12 months before the review was ill (bedridden, or unable to work or study) and did not seek medical treatment (2016–2020 access to health services).',
  ),
  /** Whether the member has a telephone (mobile or fixed-line) subscription (2016–2020 standard). */
  phoneSubscription: fact(z.boolean(), 'Has a telephone (mobile or fixed-line) subscription (2016–2020 telecom indicator).'),
});

/** The dwelling. Every fact is optional: absent or `null` means unknown. */
export const dwellingSchema = z.strictObject({
  /** Durability class: `permanent` (kiên cố), `semi-permanent` (bán kiên cố), `less-permanent` (thiếu kiên cố) or `simple` (đơn sơ). */
  durability: fact(
    z.enum(DURABILITY_CLASSES),
    'permanent (kiên cố), semi-permanent (bán kiên cố), less-permanent (thiếu kiên cố), simple (đơn sơ).',
  ),
  /** Living floor area of the dwelling in m²: a non-negative JSON number or plain decimal string. */
  floorArea: fact(floorAreaSchema, 'Living floor area of the dwelling in m² (a non-negative decimal).'),
  /** Whether the household has access to a safe (an toàn) domestic water source (2022–2025 standard). */
  safeWater: fact(z.boolean(), 'Has access to a safe domestic water source.'),
  /** Whether the household uses a hygienic latrine. */
  hygienicLatrine: fact(z.boolean(), 'Uses a hygienic latrine.'),
  /** Means of access to information the household has (see `INFORMATION_MEANS`); `[]` for none. */
  informationMeans: fact(
    z.array(z.enum(INFORMATION_MEANS)).max(INFORMATION_MEANS.length * 4),
    'Means of access to information the household has; [] for none.',
  ),
  /** Whether the household can hear the commune/village loudspeaker system. */
  hearsLoudspeaker: fact(z.boolean(), 'Can hear the commune/village loudspeaker system.'),
  /** Whether the household has a hygienic (hợp vệ sinh) domestic water source (2016–2020 standard; a separate fact from `safeWater`). */
  hygienicWater: fact(
    z.boolean(),
    'Has a hygienic (hợp vệ sinh) domestic water source — the 2016–2020 concept. It is a separate fact from safeWater (an toàn, 2022–2025): give both when comparing standards.',
  ),
});

const INCOME_FORMS = 'perCapitaMonthly, householdMonthly or householdAnnual';

/** The income schema; `score` is accepted only for rule sets that define an income-proxy score. */
function buildIncomeSchema(score: boolean) {
  const forms = score ? `${INCOME_FORMS}, or score` : INCOME_FORMS;
  return z
    .strictObject({
      perCapitaMonthly: amountSchema.optional().describe('VND per person per month.'),
      householdMonthly: amountSchema.optional().describe('VND for the whole household per month.'),
      householdAnnual: amountSchema.optional().describe('VND for the whole household over 12 months.'),
      score: z
        .number()
        .min(0)
        .max(100000)
        .optional()
        .describe('Income-proxy score from the review form (Circular 07/2021/TT-BLĐTBXH, điểm A / B1), for rule sets that define score thresholds.'),
    })
    .superRefine((income, ctx) => {
      if (income.score !== undefined && !score) {
        ctx.addIssue({
          code: 'custom',
          path: ['score'],
          message: 'this rule set defines no income-proxy score thresholds; give the income in money: perCapitaMonthly, householdMonthly or householdAnnual',
          params: { code: 'score_not_supported' },
        });
        return;
      }
      let given = 0;
      if (income.perCapitaMonthly !== undefined) given++;
      if (income.householdMonthly !== undefined) given++;
      if (income.householdAnnual !== undefined) given++;
      if (income.score !== undefined) given++;
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
 * Builds the household schema for a rule set's indicator ids; `options.score` accepts
 * `income.score` (for rule sets with income-proxy score thresholds).
 */
export function buildHouseholdSchema(indicatorIds: readonly string[], options: { readonly score?: boolean } = {}) {
  const answer = z
    .boolean()
    .nullable()
    .optional()
    .describe('true: deprived; false: not deprived; null or absent: unknown.');
  const shape: Record<string, typeof answer> = {};
  for (const id of indicatorIds) shape[id] = answer;
  const deprivations = z.strictObject(shape).describe('Answers per indicator as on the review form.');

  return z
    .strictObject({
      id: idSchema.optional().describe('Your identifier for the household (copied to the result).'),
      area: z.enum(['rural', 'urban']).describe('rural (nông thôn) or urban (thành thị).'),
      size: z.int().min(1).max(MAX_HOUSEHOLD_SIZE).optional().describe('Number of members; may be omitted when members are listed.'),
      members: z.array(memberSchema).min(1).max(MAX_HOUSEHOLD_SIZE).optional().describe('The members, for indicators derived from member facts.'),
      income: buildIncomeSchema(options.score === true),
      deprivations: deprivations.optional(),
      dwelling: dwellingSchema.optional(),
    })
    .superRefine((household, ctx) => {
      if (household.size === undefined && household.members === undefined) {
        ctx.addIssue({ code: 'custom', path: ['size'], message: 'give size (an integer ≥ 1) or list the members', params: { code: 'size_required' } });
      } else if (household.size !== undefined && household.members !== undefined && household.members.length !== household.size) {
        ctx.addIssue({
          code: 'custom',
          path: ['size'],
          message: `size is ${household.size} but ${household.members.length} member${household.members.length === 1 ? ' is' : 's are'} listed; give one or make them agree`,
          params: { code: 'size_mismatch' },
        });
      }
    });
}

/** The validated household, as the engine sees it. */
export type ParsedHousehold = z.output<ReturnType<typeof buildHouseholdSchema>>;
/** One validated member. */
export type ParsedMember = z.output<typeof memberSchema>;
/** The validated dwelling. */
export type ParsedDwelling = z.output<typeof dwellingSchema>;

/**
 * A household as you pass it to `classify` (plain JSON). See the field descriptions in the
 * schema; every fact not given is unknown.
 */
export interface HouseholdInput {
  /** Your identifier, copied to the result. */
  id?: string | number;
  /** `rural` (nông thôn) or `urban` (thành thị). */
  area: 'rural' | 'urban';
  /** Number of members (1–200); may be omitted when `members` is given. */
  size?: number;
  /** Members, for indicators derived from member facts. */
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

/** A member as you pass it (see `memberSchema` for each field's meaning). */
export type MemberInput = z.input<typeof memberSchema>;
/** A dwelling as you pass it (see `dwellingSchema` for each field's meaning). */
export type DwellingInput = z.input<typeof dwellingSchema>;
