/**
 * `classify` and `createClassifier`: one household in, a cited and explained category out.
 *
 * A classifier is prepared once per set of options: the rule set is resolved and compiled
 * (its decision and comparison tables built), the review date checked and its working-age
 * context fixed. `classify(household, options)` is a cached call of the prepared classifier for
 * those options, so per-call work is only validating the household and evaluating it.
 *
 * @module
 */
import { ValidationError } from '../errors.js';
import { ageConflicts } from '../input/consistency.js';
import { parseHousehold } from '../input/fast.js';
import { DEFAULT_RULE_SET_ID, resolveRuleSet } from '../rules/registry.js';
import { assertNotProvisional, parseIsoDate, ruleSetFor } from '../rules/select.js';
import type { RuleSet } from '../rules/types.js';
import { compile, type CompiledRuleSet } from './compile.js';
import type { AgeContext } from './conditions.js';
import { evaluate } from './evaluate.js';
import type { Classification } from './result.js';

/** Options for {@link classify} and {@link createClassifier}. */
export interface ClassifyOptions {
  /**
   * A rule-set id or a rule-set object (e.g. a derived local standard). Without it, the rule
   * set in force on `date` is used (see `ruleSetFor`), or `vn-2022-2025` when no date is given.
   */
  ruleSet?: string | RuleSet;
  /**
   * The review date, ISO `YYYY-MM-DD`. Selects the rule set when `ruleSet` is not given, sets
   * the year of the retirement-age roadmap used for working age, and must fall within the rule
   * set's effective period. Without it, a member is in working age only if they are in every
   * year of the effective period.
   */
  date?: string;
  /**
   * Accept a provisional rule set (status `provisional`, e.g. `vn-2027-2030`, whose indicator
   * thresholds are not fully known). Without it such a rule set is refused with a
   * {@link ValidationError} of code `provisional_rule_set`.
   */
  allowProvisional?: boolean;
}

/** A prepared classifier: options resolved once, households classified many times. */
export interface Classifier {
  /** The rule set every household is classified under. */
  readonly ruleSet: RuleSet;
  /** The review date, when one was given. */
  readonly date: string | undefined;
  /**
   * Classifies one household; the same as `classify(household, options)` with this
   * classifier's options.
   *
   * @throws {@link ValidationError} when the household is not valid.
   */
  classify(household: unknown): Classification;
}

/** The options, read once each (a getter runs once; a throwing one is a ValidationError). */
interface ReadOptions {
  readonly ruleSet: unknown;
  readonly date: unknown;
  readonly allowProvisional: boolean;
}

function readOptions(options: unknown): ReadOptions {
  if (options === undefined) return { ruleSet: undefined, date: undefined, allowProvisional: false };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ValidationError([
      { path: [], code: 'invalid_options', message: 'options must be an object such as { ruleSet: "vn-2022-2025", date: "2025-09-01" }' },
    ]);
  }
  try {
    const given = options as Record<string, unknown>;
    return { ruleSet: given.ruleSet, date: given.date, allowProvisional: given.allowProvisional === true };
  } catch (error) {
    throw new ValidationError([
      {
        path: [],
        code: 'invalid_options',
        message: `the options could not be read (${error instanceof Error ? error.message.slice(0, 100) : 'unknown error'})`,
      },
    ]);
  }
}

function prepare(read: ReadOptions): Classifier {
  const { date, allowProvisional } = read;
  if (date !== undefined) parseIsoDate(date, 'date');
  const ruleSet =
    read.ruleSet === undefined
      ? date === undefined
        ? resolveRuleSet(DEFAULT_RULE_SET_ID)
        : ruleSetFor(date as string, { allowProvisional })
      : resolveRuleSet(read.ruleSet);
  if (!allowProvisional) assertNotProvisional(ruleSet);
  const compiled: CompiledRuleSet = compile(ruleSet);
  let ageContext: AgeContext = compiled.defaultAgeContext;
  if (typeof date === 'string') {
    if (date < ruleSet.effective.from || date > ruleSet.effective.to) {
      throw new ValidationError([
        {
          path: ['date'],
          code: 'date_outside_rule_set',
          message: `${date} is outside the effective period of ${ruleSet.id} (${ruleSet.effective.from} to ${ruleSet.effective.to})`,
        },
      ]);
    }
    ageContext = compiled.ageContextFor(Number(date.slice(0, 4)));
  }
  const reviewDate = date as string | undefined;
  const reviewYear = reviewDate === undefined ? undefined : Number(reviewDate.slice(0, 4));
  const classifier: Classifier = Object.freeze({
    ruleSet,
    date: reviewDate,
    classify(household: unknown): Classification {
      const parsed = parseHousehold(household, compiled);
      if (reviewYear !== undefined && parsed.members !== undefined) {
        // With a review date, an age must agree with the year of birth (never silently resolved).
        const issues = ageConflicts(parsed.members, reviewYear);
        if (issues.length > 0) throw new ValidationError(issues, { subject: 'household input' });
      }
      return evaluate(compiled, parsed, ageContext, reviewDate);
    },
  });
  internals.set(classifier, { compiled, date: reviewDate });
  return classifier;
}

/** What a prepared classifier was prepared with (for the columnar path). */
const internals = new WeakMap<Classifier, { readonly compiled: CompiledRuleSet; readonly date: string | undefined }>();

/**
 * @internal The compiled rule set and review date for some options, from the same cache as
 * {@link classify} (so the options are checked exactly as `classify` checks them).
 */
export function preparedFor(options: unknown): { readonly compiled: CompiledRuleSet; readonly date: string | undefined } {
  return internals.get(cachedClassifier(options))!;
}

/**
 * Prepares a classifier for a rule set and review date: the options are checked and resolved
 * once, and the rule set compiled, so classifying many households does no per-call option work.
 * `classify(household, options)` gives exactly the same results.
 *
 * @param options - Rule set, review date, `allowProvisional` (as for {@link classify}).
 * @returns A frozen {@link Classifier} with `ruleSet`, `date` and `classify(household)`.
 * @throws {@link ValidationError} when the options are not valid (codes `invalid_options`,
 *   `unknown_rule_set`, `invalid_date`, `no_rule_set_for_date`, `date_outside_rule_set`,
 *   `provisional_rule_set`).
 * @example
 * ```ts
 * import { createClassifier } from 'chuan-ngheo';
 * const classifier = createClassifier({ date: '2025-09-01' });
 * classifier.ruleSet.id; // 'vn-2022-2025'
 * classifier.classify({ area: 'urban', size: 2, income: { householdMonthly: '4000000' } }).income.band.atOrBelow; // 'poverty'
 * ```
 */
export function createClassifier(options?: ClassifyOptions): Classifier {
  return prepare(readOptions(options));
}

/** Prepared classifiers for option values seen before (bounded: options are few in practice). */
const byId = new Map<string, Classifier>();
const byObject = new WeakMap<RuleSet, Map<string, Classifier>>();
const MAX_CACHED = 256;
let defaultClassifier: Classifier | undefined;

function cachedClassifier(options: unknown): Classifier {
  if (options === undefined) return (defaultClassifier ??= prepare(readOptions(undefined)));
  const read = readOptions(options);
  const { ruleSet, date } = read;
  if (
    (ruleSet !== undefined && typeof ruleSet !== 'string' && (typeof ruleSet !== 'object' || ruleSet === null)) ||
    (date !== undefined && typeof date !== 'string')
  ) {
    return prepare(read); // refused there, with the right message
  }
  const key = `${read.allowProvisional ? 1 : 0}${date ?? ''}`;
  let map: Map<string, Classifier> | undefined;
  let fullKey = key;
  if (ruleSet !== undefined && typeof ruleSet === 'object') {
    map = byObject.get(ruleSet as RuleSet);
    if (map === undefined) {
      const classifier = prepare(read);
      byObject.set(ruleSet as RuleSet, new Map([[key, classifier]]));
      return classifier;
    }
  } else {
    map = byId;
    fullKey = `${key}\u0000${(ruleSet as string | undefined) ?? ''}`;
  }
  let classifier = map.get(fullKey);
  if (classifier === undefined) {
    classifier = prepare(read);
    if (map.size >= MAX_CACHED) map.clear();
    map.set(fullKey, classifier);
  }
  return classifier;
}

/**
 * Classifies one household under a rule set (default `vn-2022-2025`, Decree 07/2021/NĐ-CP).
 *
 * The input is validated first; any problem throws a {@link ValidationError} listing every
 * issue with its path. An indicator answer in `deprivations` (true / false) wins over facts
 * derived from `members` and `dwelling`; `null` or absent answers are derived when facts allow,
 * and unknown otherwise. Unknown indicators make the category `undetermined` only when they
 * could change it: `possibleCategories` lists what it could be.
 *
 * The same options always give the same prepared classifier (see {@link createClassifier}).
 *
 * @param household - The household as plain JSON (see {@link HouseholdInput}).
 * @param options - Rule set and review date.
 * @returns The category, possible categories, income comparisons, per-indicator statuses with
 *   evidence and citations, and the rule set with its fingerprint.
 * @throws {@link ValidationError} when the household or the options are not valid.
 * @example
 * ```ts
 * import { classify } from 'chuan-ngheo';
 * const result = classify({
 *   area: 'rural',
 *   size: 4,
 *   income: { householdMonthly: '5600000' },
 *   deprivations: { 'health-insurance': true, water: true, sanitation: true },
 * });
 * result.category;                // 'poor'
 * result.income.perCapita;        // '1400000'
 * result.deprivationCount;        // 3
 * result.ruleSet.id;              // 'vn-2022-2025'
 * ```
 */
export function classify(household: unknown, options?: ClassifyOptions): Classification {
  return cachedClassifier(options).classify(household);
}
