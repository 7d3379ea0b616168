/**
 * The review's inputs, validated with zod at the boundary: last year's list, this year's
 * records, resident totals, options, farm-income forms and targets. Errors are
 * `ValidationError`s whose issues name the path and the rule broken.
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { amountSchema, MAX_HOUSEHOLD_SIZE, MAX_ID_LENGTH } from '../input/schema.js';
import { PLAIN_DECIMAL } from '../money.js';
import { calendarDate } from './period.js';

/** Source kinds of the farm-income form (neutral names: the official form's fields are not known). */
export const FARM_SOURCE_KINDS = ['agriculture', 'forestry', 'fishery', 'salt-making', 'wages', 'other', 'state-social-assistance'] as const;

/** Occupations: the four that qualify (Decision 24/2021 Art. 2 cl. 2) and `other`. */
export const FARM_OCCUPATIONS = ['agriculture', 'forestry', 'fishery', 'salt-making', 'other'] as const;

/** Builds the schemas (once, on first use: an app that never reviews neither builds nor ships them). */
function build() {
  /** A household id: a non-empty string or a non-negative integer (matched as text: `12` and `"12"` are the same id). */
  const idSchema = z.union([z.string().min(1).max(MAX_ID_LENGTH), z.int().min(0)]);

  /** A status on a list: poor, near-poor, or neither (`none`). */
  const listedStatusSchema = z.enum(['poor', 'near-poor', 'none']);

  /** Years accepted in lists and targets. */
  const yearSchema = z.int().min(1990).max(2200);

  /** An ISO calendar date. */
  const isoDateSchema = z.string().refine((value) => calendarDate(value) !== null, {
    message: 'must be a calendar date written YYYY-MM-DD, e.g. "2025-09-01"',
    params: { code: 'invalid_date' },
  });

  /** Grouping values of one household, e.g. `{ xa: 'Xã A', thon: 'Thôn Đông' }`. */
  const groupSchema = z
    .record(z.string().min(1).max(64), z.union([z.string().max(200), z.number().finite(), z.null()]))
    .refine((value) => Object.keys(value).length <= 16, { message: 'at most 16 grouping fields', params: { code: 'too_big' } });

  /** One entry of last year's list. */
  const previousRecordSchema = z.strictObject({
    id: idSchema,
    status: listedStatusSchema,
    history: z
      .array(z.strictObject({ year: yearSchema, status: listedStatusSchema }))
      .max(50)
      .optional(),
    group: groupSchema.optional(),
  });

  /** The farm-income form (neutral names). */
  const farmIncomeSchema = z.strictObject({
    id: idSchema.optional(),
    area: z.enum(['rural', 'urban']),
    members: z.int().min(1).max(MAX_HOUSEHOLD_SIZE),
    occupation: z.enum(FARM_OCCUPATIONS),
    sources: z
      .array(
        z.strictObject({
          label: z.string().min(1).max(200),
          kind: z.enum(FARM_SOURCE_KINDS).optional(),
          gross: amountSchema,
          costs: amountSchema.optional(),
        }),
      )
      .min(1)
      .max(100),
  });

  /** This year's record, without its classification (checked separately, see `review.ts`). */
  const currentShellSchema = z.strictObject({
    id: idSchema.optional(),
    group: groupSchema.optional(),
    persons: z.int().min(1).max(MAX_HOUSEHOLD_SIZE).optional(),
    farm: farmIncomeSchema.optional(),
  });

  /** Resident households (and persons) of one group. */
  const totalSchema = z.strictObject({
    group: groupSchema,
    households: z.int().min(0).max(100_000_000),
    persons: z.int().min(0).max(1_000_000_000).optional(),
  });

  const lookBackSchema = z.union([z.strictObject({ years: z.int().min(1).max(100) }), z.strictObject({ fromYear: yearSchema })]);

  /** Options of `createReview` (the rule set is resolved separately). */
  const reviewOptionsSchema = z.strictObject({
    date: isoDateSchema,
    previousList: z.strictObject({
      year: yearSchema,
      date: isoDateSchema.optional(),
      coverage: z.enum(['poor-and-near-poor', 'all-households']).optional(),
    }),
    by: z.array(z.string().min(1).max(64)).max(8).optional(),
    totals: z.array(totalSchema).max(1_000_000).optional(),
    rePoorLookBack: lookBackSchema.optional(),
    ruleSet: z.unknown().optional(),
  });

  /** A plain non-negative decimal string or number (for target shares and points). */
  const decimalSchema = z.union([
    z.string().refine((value) => value.length <= 40 && PLAIN_DECIMAL.test(value), {
      message: 'must be a plain decimal such as "0.4" or "0.05"',
      params: { code: 'invalid_decimal' },
    }),
    z.number().finite().min(0),
  ]);

  const countsSchema = z.strictObject({
    year: yearSchema,
    poor: z.int().min(0).max(100_000_000),
    households: z.int().min(0).max(100_000_000).optional(),
  });

  /** Input of `progressAgainstTarget`. */
  const progressSchema = z.strictObject({
    baseline: countsSchema,
    current: countsSchema,
    target: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('relative-reduction'), share: decimalSchema, source: z.string().max(500).optional() }),
      z.strictObject({
        kind: z.literal('rate-points-per-year'),
        points: decimalSchema,
        pointsUpTo: decimalSchema.optional(),
        source: z.string().max(500).optional(),
      }),
    ]),
  });

  return {
    idSchema,
    listedStatusSchema,
    isoDateSchema,
    groupSchema,
    previousRecordSchema,
    farmIncomeSchema,
    currentShellSchema,
    totalSchema,
    reviewOptionsSchema,
    progressSchema,
  };
}

/** The review's schemas. */
export type ReviewSchemas = ReturnType<typeof build>;

let built: ReviewSchemas | undefined;

/** The review's zod schemas, built on first use and then shared (they are immutable). */
export function reviewSchemas(): ReviewSchemas {
  return (built ??= build());
}
