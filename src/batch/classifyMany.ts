/**
 * `classifyMany`: many households in, one result per household out, in order. A household that
 * fails validation becomes a row-level error result and the batch goes on.
 *
 * @module
 */
import { createClassifier, type Classifier, type ClassifyOptions } from '../engine/classify.js';
import type { Classification } from '../engine/result.js';
import { ValidationError, type ValidationIssue } from '../errors.js';

/** Options for {@link classifyMany}: the same as `classify`'s, applied to every household. */
export type ClassifyManyOptions = ClassifyOptions;

/** A household that was classified. */
export interface BatchSuccess {
  /** Position of the household in the input, from 0. */
  readonly index: number;
  /** The household's `id`, when it had one (same as `result.householdId`). */
  readonly id?: string | number;
  /** Always `true`: narrows a {@link BatchResult} to a success. */
  readonly ok: true;
  /** What `classify` returned for this household. */
  readonly result: Classification;
}

/** A household that could not be classified (invalid input). */
export interface BatchFailure {
  /** Position of the household in the input, from 0. */
  readonly index: number;
  /** The household's `id`, when it had a readable string or integer `id`. */
  readonly id?: string | number;
  /** Always `false`: narrows a {@link BatchResult} to a failure. */
  readonly ok: false;
  /** Every validation problem, with its path inside the household. */
  readonly issues: readonly ValidationIssue[];
}

/** One row of a batch: a {@link BatchSuccess} or a {@link BatchFailure}. Narrow on `ok`. */
export type BatchResult = BatchSuccess | BatchFailure;

function readId(household: unknown): string | number | undefined {
  if (household === null || typeof household !== 'object') return undefined;
  try {
    const id = (household as { id?: unknown }).id;
    if (typeof id === 'string' && id.length > 0 && id.length <= 128) return id;
    if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0) return id;
  } catch {
    // A throwing getter: no id.
  }
  return undefined;
}

/** Classifies one household of a batch; never throws for bad input. */
function one(household: unknown, index: number, classifier: Classifier): BatchResult {
  try {
    const result = classifier.classify(household);
    return result.householdId === undefined ? { index, ok: true, result } : { index, id: result.householdId, ok: true, result };
  } catch (error) {
    // Anything else thrown while the row is read (a getter or proxy that throws late) is that
    // row's failure, never the batch's: every row comes out.
    const issues: readonly ValidationIssue[] =
      error instanceof ValidationError
        ? error.issues
        : [{ path: [], code: 'unreadable_input', message: 'the household could not be read as JSON data (reading it threw)' }];
    const id = readId(household);
    return id === undefined ? { index, ok: false, issues } : { index, id, ok: false, issues };
  }
}

function* syncRows(households: Iterable<unknown>, classifier: Classifier): Generator<BatchResult, void, undefined> {
  let index = 0;
  for (const household of households) yield one(household, index++, classifier);
}

async function* asyncRows(households: AsyncIterable<unknown>, classifier: Classifier): AsyncGenerator<BatchResult, void, undefined> {
  let index = 0;
  for await (const household of households) yield one(household, index++, classifier);
}

/**
 * Classifies many households with the same options. Rows in = rows out, in input order: each
 * household gives either `{ index, id?, ok: true, result }` (`result` is exactly what `classify`
 * returns) or `{ index, id?, ok: false, issues }` when it is not valid — the batch goes on.
 *
 * - An **array** gives an array of results.
 * - Any other **iterable** (a generator, a Set…) gives a lazy generator: one household is
 *   classified per step, so memory stays constant however long the input is.
 * - An **async iterable** (a stream of parsed rows…) gives an async generator.
 *
 * The options (rule set, review date) are checked once, up front: a bad rule-set id or date
 * throws a {@link ValidationError} before any household is read.
 *
 * @param households - Plain JSON households (see `HouseholdInput`), as an array or (async) iterable.
 * @param options - Rule set and review date for every household.
 * @returns One {@link BatchResult} per household, in order.
 * @throws {@link ValidationError} when the options are not valid or `households` is not iterable.
 * @example
 * ```ts
 * import { classifyMany } from 'chuan-ngheo';
 * const results = classifyMany([
 *   { id: 'A1', area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 },
 *     deprivations: { employment: true, 'health-insurance': true, water: true } },
 *   { id: 'A2', area: 'rural', size: 0, income: { perCapitaMonthly: 1200000 } },
 * ]);
 * results[0].ok && results[0].result.category; // 'poor'
 * results[1].ok;                               // false
 * !results[1].ok && results[1].issues[0].path; // ['size']
 * ```
 */
export function classifyMany(households: readonly unknown[], options?: ClassifyManyOptions): BatchResult[];
export function classifyMany(households: Iterable<unknown>, options?: ClassifyManyOptions): Generator<BatchResult, void, undefined>;
export function classifyMany(households: AsyncIterable<unknown>, options?: ClassifyManyOptions): AsyncGenerator<BatchResult, void, undefined>;
export function classifyMany(
  households: Iterable<unknown> | AsyncIterable<unknown>,
  options?: ClassifyManyOptions,
): BatchResult[] | Generator<BatchResult, void, undefined> | AsyncGenerator<BatchResult, void, undefined> {
  // The options are read and checked once, before any household (later changes to the
  // caller's object do not affect a running batch).
  const classifier = createClassifier(options);
  if (Array.isArray(households)) {
    const out: BatchResult[] = new Array(households.length);
    for (let index = 0; index < households.length; index++) out[index] = one(households[index], index, classifier);
    return out;
  }
  if (households !== null && (typeof households === 'object' || typeof households === 'function')) {
    if (typeof (households as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') return asyncRows(households as AsyncIterable<unknown>, classifier);
    if (typeof (households as Iterable<unknown>)[Symbol.iterator] === 'function') return syncRows(households as Iterable<unknown>, classifier);
  }
  throw new ValidationError([{ path: [], code: 'invalid_type', message: 'households must be an array, an iterable or an async iterable of households' }]);
}
