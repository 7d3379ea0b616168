/**
 * The one error class the library throws for bad input.
 *
 * @module
 */
import type { z } from 'zod';

/**
 * The codes the library itself gives an issue:
 * - household input: `invalid_amount` (an amount that is not a non-negative number or plain
 *   decimal string), `ambiguous_amount` (a dot-grouped amount such as `"1.500"`), `income_form`
 *   (not exactly one income form), `score_not_supported` (`income.score` for a rule set without
 *   score thresholds), `size_required`, `size_mismatch`, `durability_mismatch` (a durability
 *   class that contradicts the main structures given), `age_birth_year_mismatch` and
 *   `birth_year_after_review` (with a review date), `unreadable_input` (a throwing getter,
 *   a revoked proxy);
 * - options and arguments: `invalid_options`, `unknown_rule_set`, `invalid_date`,
 *   `date_outside_rule_set`, `no_rule_set_for_date`, `provisional_rule_set`,
 *   `too_few_standards`, `mixed_rule_sets`;
 * - rule sets and patches: `unknown_indicator`, `citation_required`, `duplicate_rule_set_id`,
 *   `unsound_rule_set`;
 * - rows read by the command line: `invalid_json`, `column_count`, `invalid_answer`.
 *
 * @example
 * ```ts
 * import type { LibraryIssueCode } from 'chuan-ngheo';
 * const code: LibraryIssueCode = 'invalid_amount';
 * ```
 */
export type LibraryIssueCode =
  | 'invalid_amount'
  | 'ambiguous_amount'
  | 'income_form'
  | 'score_not_supported'
  | 'size_required'
  | 'size_mismatch'
  | 'durability_mismatch'
  | 'age_birth_year_mismatch'
  | 'birth_year_after_review'
  | 'unreadable_input'
  | 'invalid_options'
  | 'unknown_rule_set'
  | 'invalid_date'
  | 'date_outside_rule_set'
  | 'no_rule_set_for_date'
  | 'provisional_rule_set'
  | 'too_few_standards'
  | 'mixed_rule_sets'
  | 'unknown_indicator'
  | 'citation_required'
  | 'duplicate_rule_set_id'
  | 'unsound_rule_set'
  | 'invalid_json'
  | 'column_count'
  | 'invalid_answer'
  | 'invalid_condition'
  | 'rule_set_mismatch'
  // The command line's readers (src/cli/)
  | 'inexact_score'
  | 'invalid_encoding'
  | 'line_too_long'
  // The columnar path (classifyColumns)
  | 'length_mismatch'
  | 'too_many_indicators'
  | 'float_amounts'
  | 'scale_required'
  // Survey statistics (src/stats/, summarize)
  | 'invalid_design'
  | 'invalid_group_key'
  | 'invalid_size'
  | 'invalid_weight'
  | 'singleton_psu'
  // The annual review (src/review/)
  | 'current_before_baseline'
  | 'duplicate_history_year'
  | 'duplicate_id'
  | 'duplicate_total'
  | 'history_not_before_list'
  | 'households_required'
  | 'id_required'
  | 'invalid_range'
  | 'no_average_band'
  | 'no_years'
  | 'persons_mismatch'
  | 'poor_above_households'
  | 'previous_after_current'
  | 'previous_after_review'
  | 'review_finished'
  | 'rule_set_required'
  | 'share_above_one'
  | 'total_not_prefix';

/**
 * The codes of the schema validator (zod): `invalid_type`, `unrecognized_keys`, `invalid_value`
 * (not one of the allowed values), `too_big`, `too_small`, `invalid_format`, `not_multiple_of`,
 * `invalid_union`, `invalid_key`, `invalid_element`, `custom`.
 *
 * @example
 * ```ts
 * import type { SchemaIssueCode } from 'chuan-ngheo';
 * const code: SchemaIssueCode = 'too_big';
 * ```
 */
export type SchemaIssueCode =
  | 'invalid_type'
  | 'unrecognized_keys'
  | 'invalid_value'
  | 'too_big'
  | 'too_small'
  | 'invalid_format'
  | 'not_multiple_of'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'custom';

/** The schema codes are zod's, exactly (checked when zod is upgraded). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** @internal */
export type SchemaCodesAreZods = Assert<Same<SchemaIssueCode, z.core.$ZodIssue['code']>>;

/**
 * Every code an issue can have: one of the library's ({@link LibraryIssueCode}) or of the
 * schema validator's ({@link SchemaIssueCode}).
 *
 * @example
 * ```ts
 * import type { IssueCode } from 'chuan-ngheo';
 * const codes: IssueCode[] = ['invalid_amount', 'unrecognized_keys'];
 * ```
 */
export type IssueCode = LibraryIssueCode | SchemaIssueCode;

/** One problem found in the input: where it is, what rule it breaks, and how to fix it. */
export interface ValidationIssue {
  /** Path to the offending value, e.g. `['members', 2, 'age']`; `[]` for the whole input. */
  readonly path: readonly (string | number)[];
  /** A stable machine-readable code (see {@link IssueCode}). */
  readonly code: IssueCode;
  /** A sentence in English saying what is wrong and how to write it instead. */
  readonly message: string;
}

/** Options of the {@link ValidationError} constructor. */
export interface ValidationErrorOptions {
  /**
   * What was invalid, as the message names it: `Invalid <subject> — …`, e.g. `household input`,
   * `options`, `rule-set patch`. Default `input`.
   */
  readonly subject?: string;
}

/** Renders a path as `income.perCapitaMonthly` or `members[2].age`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(input)' : out;
}

/**
 * Thrown by `classify` (and every other entry point that reads input) when the input is not
 * valid. Nothing is ever coerced silently: every problem is listed in {@link ValidationError.issues}.
 *
 * @example
 * ```ts
 * import { classify, ValidationError } from 'chuan-ngheo';
 * try {
 *   classify({ area: 'rural', size: 4, income: { perCapitaMonthly: '1.500.000' } });
 * } catch (error) {
 *   if (error instanceof ValidationError) {
 *     console.log(error.issues[0].path.join('.')); // "income.perCapitaMonthly"
 *     console.log(error.issues[0].code);           // "invalid_amount"
 *     console.log(error.subject);                  // "household input"
 *   }
 * }
 * ```
 */
export class ValidationError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];
  /** What was invalid (`household input`, `options`, …), as the message names it. */
  readonly subject: string;

  /**
   * Creates the error from the issues found (the library does this; you rarely need to).
   *
   * @param issues - Every problem found; copied and frozen. The message names the first one
   *   and how many more there are.
   * @param options - `subject`: what was invalid, for the message (default `input`).
   */
  constructor(issues: readonly ValidationIssue[], options: ValidationErrorOptions = {}) {
    const first = issues[0];
    // Path parts are shortened in the message only (an unknown key can be arbitrarily long); `issues` keep them whole.
    const head =
      first === undefined
        ? 'Invalid input'
        : `${formatPath(first.path.map((part) => (typeof part === 'string' && part.length > 60 ? `${part.slice(0, 60)}…` : part)))}: ${first.message}`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
    const subject = options.subject ?? 'input';
    super(`Invalid ${subject} — ${head}${more}`);
    this.name = 'ValidationError';
    this.subject = subject;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}
