/**
 * Validating a household at the boundary: zod issues become {@link ValidationIssue}s with a
 * path, a stable code and a message that says how to fix the input.
 *
 * @internal
 * @module
 */
import type { z } from 'zod';
import { ValidationError, type ValidationIssue } from '../errors.js';

type ZodIssue = z.core.$ZodIssue;

function toIssues(zodIssues: readonly ZodIssue[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const issue of zodIssues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ path: [...path, key], code: 'unrecognized_keys', message: `unknown field "${key.slice(0, 60)}"` + hint(path) });
      }
    } else if (issue.code === 'custom') {
      const code = (issue.params as { code?: string } | undefined)?.code ?? 'custom';
      issues.push({ path, code, message: issue.message });
    } else {
      issues.push({ path, code: issue.code, message: issue.message });
    }
  }
  return issues;
}

function hint(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (last === 'deprivations') return ' (not an indicator of this rule set)';
  return '';
}

/** Parses with a schema or throws a {@link ValidationError}. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch (error) {
    // Hostile objects (throwing getters, proxies) end here: report, never crash with another error.
    throw new ValidationError([{ path: [], code: 'unreadable_input', message: `the input could not be read as JSON data (${error instanceof Error ? error.message.slice(0, 100) : 'unknown error'})` }]);
  }
  if (result.success) return result.data as z.output<S>;
  throw new ValidationError(toIssues(result.error.issues));
}
