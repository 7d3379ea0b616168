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

/**
 * Inputs are plain JSON data. An object whose prototype is not `Object.prototype` (or `null`)
 * — a class instance, or `Object.create(other)` with inherited fields — is refused, so no field
 * is ever read through a prototype chain. Only the levels the schema has are walked (deeper
 * values are refused by the schema anyway).
 */
function nonPlainIssues(value: unknown, path: (string | number)[], depth: number, issues: ValidationIssue[]): void {
  if (value === null || typeof value !== 'object' || depth > 4 || issues.length >= 20) return;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) {
      issues.push({ path: [...path], code: 'invalid_type', message: 'must be a plain JSON array' });
      return;
    }
    for (let i = 0; i < value.length && i < 256; i++) nonPlainIssues(value[i], [...path, i], depth + 1, issues);
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    issues.push({
      path: [...path],
      code: 'invalid_type',
      message: 'must be plain JSON data (an object literal or JSON.parse output), not a class instance or an object with inherited fields',
    });
    return;
  }
  for (const key of Object.keys(value)) nonPlainIssues((value as Record<string, unknown>)[key], [...path, key], depth + 1, issues);
}

/** Parses with a schema or throws a {@link ValidationError}. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    const plainProblems: ValidationIssue[] = [];
    nonPlainIssues(input, [], 0, plainProblems);
    if (plainProblems.length > 0) throw new ValidationError(plainProblems);
    result = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    // Hostile objects (throwing getters, proxies) end here: report, never crash with another error.
    throw new ValidationError([{ path: [], code: 'unreadable_input', message: `the input could not be read as JSON data (${error instanceof Error ? error.message.slice(0, 100) : 'unknown error'})` }]);
  }
  if (result.success) return result.data as z.output<S>;
  throw new ValidationError(toIssues(result.error.issues));
}
