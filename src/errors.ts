/**
 * The one error class the library throws for bad input.
 *
 * @module
 */

/** One problem found in the input: where it is, what rule it breaks, and how to fix it. */
export interface ValidationIssue {
  /** Path to the offending value, e.g. `['members', 2, 'age']`; `[]` for the whole input. */
  readonly path: readonly (string | number)[];
  /**
   * A stable machine-readable code. Library codes: `invalid_amount`, `ambiguous_amount`,
   * `income_form`, `score_not_supported`, `size_mismatch`, `size_required`, `unknown_rule_set`,
   * `invalid_date`, `date_outside_rule_set`, `no_rule_set_for_date`, `provisional_rule_set`,
   * `unknown_indicator`, `too_few_standards`, `citation_required`, `duplicate_rule_set_id`,
   * `unsound_rule_set`, `unreadable_input`, `invalid_options`, `invalid_condition`,
   * `rule_set_mismatch`; other codes come from the schema validator (zod),
   * e.g. `invalid_type`, `unrecognized_keys`, `invalid_value`, `too_big`, `too_small`.
   */
  readonly code: string;
  /** A sentence in English saying what is wrong and how to write it instead. */
  readonly message: string;
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
 *   }
 * }
 * ```
 */
export class ValidationError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  /**
   * Creates the error from the issues found (the library does this; you rarely need to).
   *
   * @param issues - Every problem found; copied and frozen. The message names the first one
   *   and how many more there are.
   */
  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0];
    // Path parts are shortened in the message only (an unknown key can be arbitrarily long); `issues` keep them whole.
    const head = first === undefined ? 'Invalid input' : `${formatPath(first.path.map((part) => (typeof part === 'string' && part.length > 60 ? `${part.slice(0, 60)}…` : part)))}: ${first.message}`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
    super(`Invalid household input — ${head}${more}`);
    this.name = 'ValidationError';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}
