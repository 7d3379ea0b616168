/**
 * Validating input at the boundary: the input is read once into a plain snapshot (refusing
 * anything that is not plain JSON data), the snapshot is validated with zod, and zod issues
 * become {@link ValidationIssue}s with a path, a stable code and a message that says how to fix
 * the input. What zod validated is what the caller gets: zod's output is built from the
 * snapshot, never from the caller's objects, and no value is read twice.
 *
 * @internal
 * @module
 */
import type { z } from 'zod';
import { ValidationError, type IssueCode, type ValidationIssue } from '../errors.js';

type ZodIssue = z.core.$ZodIssue;

/** Levels below the input's root that are copied and checked for plainness (deeper values are kept as they are). */
export const SNAPSHOT_DEPTH = 4;
/** Most plainness issues reported (the rest are not looked for). */
const MAX_PLAIN_ISSUES = 20;

/** Converts zod issues to the library's issues (custom issues carry their code in `params.code`). */
export function toIssues(zodIssues: readonly ZodIssue[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const issue of zodIssues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ path: [...path, key], code: 'unrecognized_keys', message: `unknown field "${key.slice(0, 60)}"` + hint(path) });
      }
    } else if (issue.code === 'custom') {
      const code = ((issue.params as { code?: IssueCode } | undefined)?.code ?? 'custom') as IssueCode;
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

/** Collects the plainness problems found while a snapshot is taken. */
export interface SnapshotIssues {
  issues: ValidationIssue[] | undefined;
}

/** Sets an own property, also for the key `__proto__` (which plain assignment would treat as the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function report(state: SnapshotIssues, issue: ValidationIssue): void {
  (state.issues ??= []).push(issue);
}

/**
 * A plain copy of `value`, reading each value once: objects (prototype `Object.prototype` or
 * `null`) by their own enumerable keys, arrays (prototype `Array.prototype`) element by element
 * (at most `maxItems`), to `SNAPSHOT_DEPTH` levels below the root; deeper values are kept as
 * they are. Inputs are plain JSON data: an object whose prototype is anything else — a class
 * instance, or `Object.create(other)` with inherited fields — is not read at all and is reported
 * in `state.issues` (at most 20), so no field is ever read through a prototype chain.
 */
export function snapshot(
  value: unknown,
  path: readonly (string | number)[],
  depth: number,
  state: SnapshotIssues,
  maxItems = Number.POSITIVE_INFINITY,
): unknown {
  if (value === null || typeof value !== 'object' || depth > SNAPSHOT_DEPTH) return value;
  if (state.issues !== undefined && state.issues.length >= MAX_PLAIN_ISSUES) return undefined;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) {
      report(state, { path: [...path], code: 'invalid_type', message: 'must be a plain JSON array' });
      return undefined;
    }
    const length = Math.min(value.length, maxItems);
    const copy: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) copy[i] = snapshot(value[i], [...path, i], depth + 1, state, maxItems);
    return copy;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    report(state, {
      path: [...path],
      code: 'invalid_type',
      message: 'must be plain JSON data (an object literal or JSON.parse output), not a class instance or an object with inherited fields',
    });
    return undefined;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(copy, key, snapshot((value as Record<string, unknown>)[key], [...path, key], depth + 1, state, maxItems));
  return copy;
}

/** The issue for an input that could not be read (a throwing getter, a revoked proxy…). */
export function unreadable(error: unknown, subject: string): ValidationError {
  const reason = error instanceof Error ? error.message.slice(0, 100) : 'unknown error';
  return new ValidationError([{ path: [], code: 'unreadable_input', message: `the input could not be read as JSON data (${reason})` }], { subject });
}

/** Options of {@link parseOrThrow}. */
export interface ParseOptions {
  /** What the input is, for the error message ("Invalid <subject> — …"); default `input`. */
  readonly subject?: string;
}

/**
 * Validates a snapshot already taken (see {@link snapshot}) or throws a {@link ValidationError}
 * naming `subject`. Hostile schemas or values (a throwing refinement) are reported, never
 * rethrown as another error.
 */
export function validateSnapshot<S extends z.ZodType>(schema: S, copy: unknown, state: SnapshotIssues, subject: string): z.output<S> {
  if (state.issues !== undefined) throw new ValidationError(state.issues, { subject });
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(copy) as ReturnType<S['safeParse']>;
  } catch (error) {
    throw unreadable(error, subject);
  }
  if (result.success) return result.data as z.output<S>;
  throw new ValidationError(toIssues(result.error.issues), { subject });
}

/**
 * Parses with a schema or throws a {@link ValidationError}: the input is read once into a plain
 * snapshot, which zod then validates (its output is the caller's own copy).
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, options: ParseOptions = {}): z.output<S> {
  const subject = options.subject ?? 'input';
  const state: SnapshotIssues = { issues: undefined };
  let copy: unknown;
  try {
    copy = snapshot(input, [], 0, state);
  } catch (error) {
    // Hostile objects (throwing getters, proxies) end here: report, never crash with another error.
    throw unreadable(error, subject);
  }
  return validateSnapshot(schema, copy, state, subject);
}
