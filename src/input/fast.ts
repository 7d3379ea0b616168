/**
 * Reading a household: one pass over the input, generated from the field tables (`fields.ts`),
 * that reads every value exactly once, checks it, and builds the engine's own plain copy as it
 * goes. The engine never sees the caller's objects, so a getter cannot answer differently later
 * and a result never shares an array with the input.
 *
 * For a valid household (the common case) the copy is the parsed household — exactly what the
 * zod schema would return — and zod is not run (the fast path). Otherwise the copy is a plain
 * snapshot of the input, and zod validates that snapshot: zod stays the single authority on
 * what is valid and on every error message, and nothing is read again. Objects that are not
 * plain JSON data (class instances, inherited fields) are refused before zod, as before.
 *
 * Equivalence with the zod schema — the same households accepted, with the same result — is
 * checked by a property test (`test/household.fast.test.ts`).
 *
 * @internal
 * @module
 */
import type { z } from 'zod';
import { parseAmount, type Money } from '../money.js';
import { MAX_HOUSEHOLD_SIZE, MAX_ID_LENGTH, TABLES, type FieldSpec } from './fields.js';
import type { ParsedHousehold } from './schema.js';
import { setOwn, snapshot, unreadable, validateSnapshot, type SnapshotIssues } from './validate.js';

/** What the error message calls a household. */
const SUBJECT = 'household input';

/**
 * Arrays longer than this are copied only this far for zod (every array of the household has a
 * smaller maximum, so zod refuses it as `too_big` all the same): bounded work for any input.
 */
const MAX_COPIED_ITEMS = 256;

/** The state of one read: whether everything so far is valid, plainness issues, pending amounts. */
interface ReadState extends SnapshotIssues {
  ok: boolean;
  /** Amounts checked, to put in place once the whole household is known to be valid: [object, key, Money, …]. */
  amounts: unknown[] | undefined;
}

// ---------------------------------------------------------------- field readers from the table

/** How a field is read: a value check (the value is its own copy), a list, or an amount. */
type Reader =
  | { readonly kind: 'value'; readonly check: (value: unknown) => boolean }
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly maxLength: number; readonly nullable: boolean }
  | { readonly kind: 'amount'; readonly nullable: boolean; readonly required: boolean };

function valueCheck(spec: FieldSpec): (value: unknown) => boolean {
  const type = spec.type;
  let check: (value: unknown) => boolean;
  switch (type.kind) {
    case 'boolean':
      check = (value) => value === true || value === false;
      break;
    case 'integer': {
      const { min, max } = type;
      check = (value) => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
      break;
    }
    case 'number': {
      const { min, max } = type;
      check = (value) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
      break;
    }
    case 'enum': {
      const values: readonly unknown[] = type.values;
      check = (value) => typeof value === 'string' && values.includes(value);
      break;
    }
    case 'id':
      check = (value) =>
        typeof value === 'string' ? value.length >= 1 && value.length <= MAX_ID_LENGTH : Number.isSafeInteger(value) && (value as number) >= 0;
      break;
    default:
      throw new TypeError(`no value check for a ${type.kind} field`);
  }
  if (spec.required === true) return check;
  if (spec.nullable) return (value) => value === undefined || value === null || check(value);
  return (value) => value === undefined || check(value);
}

function readerFor(spec: FieldSpec): Reader {
  const type = spec.type;
  if (type.kind === 'list') return { kind: 'list', values: type.values, maxLength: type.maxLength, nullable: spec.nullable };
  if (type.kind === 'amount') return { kind: 'amount', nullable: spec.nullable, required: spec.required === true };
  return { kind: 'value', check: valueCheck(spec) };
}

function readers(table: Readonly<Record<string, FieldSpec>>): ReadonlyMap<string, Reader> {
  return new Map(Object.entries(table).map(([name, spec]) => [name, readerFor(spec)]));
}

const MEMBER_READERS = readers(TABLES.member);
const DWELLING_READERS = readers(TABLES.dwelling);
const INCOME_READERS = readers(TABLES.income);
const HOUSEHOLD_READERS = readers(
  Object.fromEntries(Object.entries(TABLES.household).filter(([, spec]) => !['members', 'income', 'answers', 'dwelling'].includes(spec.type.kind))),
);
const INCOME_FORMS: readonly string[] = Object.keys(TABLES.income);

// ---------------------------------------------------------------- the pass

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const isPlainArray = (value: unknown): value is unknown[] => Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;

/**
 * The path of a value: `section` (`''` for the top level), the member `index` (`-1` for none),
 * the field `key` and the list `item` (when given). Built only for invalid values.
 */
function pathOf(section: string, index: number, key: string | undefined, item: number): (string | number)[] {
  const path: (string | number)[] = section === '' ? [] : [section];
  if (index >= 0) path.push(index);
  if (key !== undefined) path.push(key);
  if (item >= 0) path.push(item);
  return path;
}

/** An invalid value: the household is not valid; a plain snapshot of the value is kept for zod. */
function invalid(value: unknown, state: ReadState, depth: number, section: string, index: number, key?: string, item = -1): unknown {
  state.ok = false;
  if (value === null || typeof value !== 'object') return value;
  return snapshot(value, pathOf(section, index, key, item), depth, state, MAX_COPIED_ITEMS);
}

/** A list field (e.g. `informationMeans`): a new array, each entry checked. */
function readList(value: unknown, reader: Extract<Reader, { kind: 'list' }>, state: ReadState, depth: number, section: string, index: number, key: string): unknown {
  if (value === undefined || (value === null && reader.nullable)) return value;
  if (!isPlainArray(value)) return invalid(value, state, depth, section, index, key);
  const length = value.length;
  if (length > reader.maxLength) return invalid(value, state, depth, section, index, key);
  const copy: unknown[] = new Array(length);
  const values: readonly unknown[] = reader.values;
  for (let i = 0; i < length; i++) {
    const item = value[i];
    copy[i] = typeof item === 'string' && values.includes(item) ? item : invalid(item, state, depth + 1, section, index, key, i);
  }
  return copy;
}

/** An object of table fields (a member, the dwelling, the income): a copy, each field checked. */
function readFields(value: unknown, fields: ReadonlyMap<string, Reader>, state: ReadState, depth: number, section: string, index: number): unknown {
  if (!isPlainObject(value)) return invalid(value, state, depth, section, index);
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const field = value[key];
    const reader = fields.get(key);
    if (reader === undefined) {
      setOwn(copy, key, invalid(field, state, depth + 1, section, index, key));
    } else if (reader.kind === 'value') {
      copy[key] = reader.check(field) ? field : invalid(field, state, depth + 1, section, index, key);
    } else if (reader.kind === 'list') {
      copy[key] = readList(field, reader, state, depth + 1, section, index, key);
    } else {
      copy[key] = field;
      if (field === undefined ? !reader.required : field === null && reader.nullable) continue;
      const parsed = typeof field === 'number' || typeof field === 'string' ? parseAmount(field) : undefined;
      if (parsed?.ok === true) (state.amounts ??= []).push(copy, key, parsed.value);
      else copy[key] = invalid(field, state, depth + 1, section, index, key);
    }
  }
  return copy;
}

function readMembers(value: unknown, state: ReadState): unknown {
  if (!isPlainArray(value)) return invalid(value, state, 1, 'members', -1);
  const length = value.length;
  if (length < 1 || length > MAX_HOUSEHOLD_SIZE) state.ok = false;
  const copied = Math.min(length, MAX_COPIED_ITEMS);
  const copy: unknown[] = new Array(copied);
  for (let i = 0; i < copied; i++) copy[i] = readFields(value[i], MEMBER_READERS, state, 2, 'members', i);
  return copy;
}

function readIncome(value: unknown, state: ReadState, score: boolean): unknown {
  const copy = readFields(value, INCOME_READERS, state, 1, 'income', -1);
  if (!state.ok) return copy;
  const income = copy as Record<string, unknown>;
  // Exactly one form given; a score only where the rule set defines score thresholds.
  let given = 0;
  for (const form of INCOME_FORMS) if (income[form] !== undefined) given++;
  if (given !== 1 || (!score && income.score !== undefined)) state.ok = false;
  return copy;
}

function readAnswers(value: unknown, state: ReadState, indicatorIds: ReadonlySet<string>): unknown {
  if (!isPlainObject(value)) return invalid(value, state, 1, 'deprivations', -1);
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const answer = value[key];
    if (indicatorIds.has(key) && (answer === true || answer === false || answer === null || answer === undefined)) copy[key] = answer;
    else setOwn(copy, key, invalid(answer, state, 2, 'deprivations', -1, key));
  }
  return copy;
}

/** One pass over the household: its copy, with `state.ok` telling whether it is valid. */
function read(input: unknown, indicatorIds: ReadonlySet<string>, score: boolean, state: ReadState): unknown {
  if (!isPlainObject(input)) return invalid(input, state, 0, '', -1);
  const copy: Record<string, unknown> = {};
  let area = false;
  let income = false;
  for (const key in input) {
    const value = input[key];
    switch (key) {
      case 'members':
        copy.members = value === undefined ? value : readMembers(value, state);
        break;
      case 'income':
        copy.income = readIncome(value, state, score);
        income = true;
        break;
      case 'deprivations':
        copy.deprivations = value === undefined ? value : readAnswers(value, state, indicatorIds);
        break;
      case 'dwelling':
        copy.dwelling = value === undefined ? value : readFields(value, DWELLING_READERS, state, 1, 'dwelling', -1);
        break;
      default: {
        const reader = HOUSEHOLD_READERS.get(key);
        if (reader?.kind === 'value' && reader.check(value)) copy[key] = value;
        else setOwn(copy, key, invalid(value, state, 1, '', -1, key));
        if (key === 'area') area = true;
      }
    }
  }
  if (!area || !income) state.ok = false;
  if (state.ok) {
    // size or members, and they agree.
    const size = copy.size as number | undefined;
    const members = copy.members as readonly unknown[] | undefined;
    if (size === undefined ? members === undefined : members !== undefined && members.length !== size) state.ok = false;
  }
  return copy;
}

/** Puts the checked amounts (exact decimals) in place of the amounts as given. */
function placeAmounts(state: ReadState): void {
  const amounts = state.amounts;
  if (amounts === undefined) return;
  for (let i = 0; i < amounts.length; i += 3) (amounts[i] as Record<string, unknown>)[amounts[i + 1] as string] = amounts[i + 2] as Money;
}

/** What the reader needs to know about a rule set (a compiled rule set has all of it). */
export interface HouseholdRules {
  /** The rule set's indicator ids: the keys `deprivations` may have. */
  readonly indicatorIds: ReadonlySet<string>;
  /** The zod schema of the rule set's household (`buildHouseholdSchema`). */
  readonly schema: z.ZodType<ParsedHousehold>;
  /** Present when the rule set defines an income-proxy score (`income.score` is accepted). */
  readonly score?: unknown;
}

/**
 * Validates a household for a rule set and returns the engine's own copy of it, reading every
 * value of the input exactly once; throws a `ValidationError` (subject `household input`)
 * listing every problem otherwise.
 */
export function parseHousehold(input: unknown, rules: HouseholdRules): ParsedHousehold {
  const state: ReadState = { ok: true, issues: undefined, amounts: undefined };
  let copy: unknown;
  try {
    copy = read(input, rules.indicatorIds, rules.score !== undefined, state);
  } catch (error) {
    // Hostile objects (throwing getters, proxies) end here: report, never crash with another error.
    throw unreadable(error, SUBJECT);
  }
  if (state.ok && state.issues === undefined) {
    placeAmounts(state);
    return copy as ParsedHousehold;
  }
  return validateSnapshot(rules.schema, copy, state as SnapshotIssues, SUBJECT);
}

/**
 * The fast path alone: the parsed household (a copy) when the input is valid, or `undefined`
 * (the input is invalid or unreadable; `parseHousehold` then reports why).
 */
export function fastParse(input: unknown, indicatorIds: ReadonlySet<string>, options: { readonly score?: boolean } = {}): ParsedHousehold | undefined {
  const state: ReadState = { ok: true, issues: undefined, amounts: undefined };
  let copy: unknown;
  try {
    copy = read(input, indicatorIds, options.score === true, state);
  } catch {
    return undefined;
  }
  if (!state.ok || state.issues !== undefined) return undefined;
  placeAmounts(state);
  return copy as ParsedHousehold;
}
