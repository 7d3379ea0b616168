/**
 * Fast paths for the review's common, valid records (last year's entries; this year's records
 * without a farm form): a hand-written check that returns what the zod schema would return, or
 * `undefined` to let zod decide. It never rejects anything and never reports errors — zod stays
 * the one authority on validity and on every message. Equivalence with the schemas is checked
 * by a property test (`test/review.fast.test.ts`).
 *
 * @internal
 * @module
 */
import { MAX_HOUSEHOLD_SIZE, MAX_ID_LENGTH } from '../input/schema.js';
import type { z } from 'zod';
import type { ReviewSchemas } from './schema.js';

type PreviousParsed = z.output<ReviewSchemas['previousRecordSchema']>;
type ShellParsed = z.output<ReviewSchemas['currentShellSchema']>;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const isId = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH) || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);

const isStatus = (value: unknown): value is 'poor' | 'near-poor' | 'none' => value === 'poor' || value === 'near-poor' || value === 'none';

const isYear = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1990 && value <= 2200;

/** A group object as `groupSchema` accepts it (returned as is: the schema copies, values are the same). */
function isGroup(value: unknown): value is Record<string, string | number | null> {
  if (!isPlainObject(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    if (++keys > 16 || key.length < 1 || key.length > 64 || key === '__proto__') return false;
    const v = value[key];
    if (!((typeof v === 'string' && v.length <= 200) || (typeof v === 'number' && Number.isFinite(v)) || v === null)) return false;
  }
  return true;
}

/** Last year's entry, or `undefined` (let zod decide). */
export function fastPrevious(input: unknown): PreviousParsed | undefined {
  if (!isPlainObject(input)) return undefined;
  let id: string | number | undefined;
  let status: PreviousParsed['status'] | undefined;
  let history: PreviousParsed['history'];
  let group: PreviousParsed['group'];
  for (const key in input) {
    if (!Object.hasOwn(input, key)) return undefined;
    const value = input[key];
    switch (key) {
      case 'id':
        if (!isId(value)) return undefined;
        id = value;
        break;
      case 'status':
        if (!isStatus(value)) return undefined;
        status = value;
        break;
      case 'history': {
        if (value === undefined) break;
        if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length > 50) return undefined;
        const steps: { year: number; status: 'poor' | 'near-poor' | 'none' }[] = [];
        for (const step of value as unknown[]) {
          if (!isPlainObject(step)) return undefined;
          let n = 0;
          for (const k in step) if (Object.hasOwn(step, k)) n++;
          if (n !== 2 || !isYear(step.year) || !isStatus(step.status)) return undefined;
          steps.push({ year: step.year, status: step.status });
        }
        history = steps;
        break;
      }
      case 'group':
        if (value === undefined) break;
        if (!isGroup(value)) return undefined;
        group = value;
        break;
      default:
        return undefined;
    }
  }
  if (id === undefined || status === undefined) return undefined;
  return { id, status, ...(history === undefined ? {} : { history }), ...(group === undefined ? {} : { group }) };
}

/** This year's record without its result and without a farm form, or `undefined` (let zod decide). */
export function fastShell(input: Record<string, unknown>): ShellParsed | undefined {
  if (!isPlainObject(input)) return undefined;
  let id: string | number | undefined;
  let group: ShellParsed['group'];
  let persons: number | undefined;
  for (const key in input) {
    if (!Object.hasOwn(input, key)) return undefined;
    const value = input[key];
    if (value === undefined) {
      if (key === 'id' || key === 'group' || key === 'persons' || key === 'farm') continue;
      return undefined;
    }
    switch (key) {
      case 'id':
        if (!isId(value)) return undefined;
        id = value;
        break;
      case 'group':
        if (!isGroup(value)) return undefined;
        group = value;
        break;
      case 'persons':
        if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_HOUSEHOLD_SIZE)) return undefined;
        persons = value;
        break;
      default:
        return undefined; // a farm form (or anything else): zod decides
    }
  }
  return { ...(id === undefined ? {} : { id }), ...(group === undefined ? {} : { group }), ...(persons === undefined ? {} : { persons }) };
}
