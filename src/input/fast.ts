/**
 * Reading a household: one pass over the input, generated from the field tables (`fields.ts`),
 * that reads every value exactly once into the engine's own plain copy — each object is copied
 * (spread: its own enumerable fields, each read once) when the pass reaches it, and its fields
 * are checked on the copy. The engine never sees the caller's objects, so a getter cannot answer
 * differently later and a result never shares an array with the input.
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
import { dwellingConflict } from './consistency.js';
import type { z } from 'zod';
import type { ValidationIssue } from '../errors.js';
import { amountValue, type Money } from '../money.js';
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

/**
 * The state of one read: whether everything so far is valid, the plainness issues, and the
 * amounts checked, to put in place (as exact decimals) once the whole household is known to be
 * valid — until then the copy keeps them as given, for zod. Two amounts (the income, the floor
 * area) have their own slots; more go to `more`.
 */
class ReadState implements SnapshotIssues {
  ok = true;
  issues: ValidationIssue[] | undefined = undefined;
  private target0: Record<string, unknown> | undefined = undefined;
  private key0 = '';
  private value0: Money | undefined = undefined;
  private target1: Record<string, unknown> | undefined = undefined;
  private key1 = '';
  private value1: Money | undefined = undefined;
  private more: unknown[] | undefined = undefined;

  /** An amount checked: `value` goes to `target[key]` once the household is valid. */
  amount(target: Record<string, unknown>, key: string, value: Money): void {
    if (this.target0 === undefined) {
      this.target0 = target;
      this.key0 = key;
      this.value0 = value;
    } else if (this.target1 === undefined) {
      this.target1 = target;
      this.key1 = key;
      this.value1 = value;
    } else (this.more ??= []).push(target, key, value);
  }

  /** Puts the checked amounts in place of the amounts as given. */
  placeAmounts(): void {
    if (this.target0 !== undefined) this.target0[this.key0] = this.value0;
    if (this.target1 !== undefined) this.target1[this.key1] = this.value1;
    const more = this.more;
    if (more !== undefined) for (let i = 0; i < more.length; i += 3) (more[i] as Record<string, unknown>)[more[i + 1] as string] = more[i + 2];
  }
}

// ---------------------------------------------------------------- field readers from the table

/** How a field is read: a value check (the value is its own copy), a list, or an amount. */
type Reader =
  | { readonly kind: 'value'; readonly check: (value: unknown) => boolean }
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly maxLength: number; readonly nullable: boolean }
  | { readonly kind: 'amount'; readonly nullable: boolean; readonly required: boolean };

/** The check of a field's value, absent (`undefined`) and `null` forms included, as one function. */
function valueCheck(spec: FieldSpec): (value: unknown) => boolean {
  const type = spec.type;
  const undefinedOk = spec.required !== true;
  const nullOk = spec.nullable;
  /** Whether a value that is not of the field's type is still accepted (absent, or null). */
  const absent = (value: unknown): boolean => (value === undefined ? undefinedOk : value === null && nullOk);
  switch (type.kind) {
    case 'boolean':
      return (value) => value === true || value === false || (value === undefined ? undefinedOk : value === null && nullOk);
    case 'integer': {
      const { min, max } = type;
      return (value) =>
        typeof value === 'number' ? Number.isSafeInteger(value) && value >= min && value <= max : value === undefined ? undefinedOk : value === null && nullOk;
    }
    case 'number': {
      const { min, max } = type;
      return (value) => (typeof value === 'number' ? Number.isFinite(value) && value >= min && value <= max : absent(value));
    }
    case 'enum': {
      const values: readonly unknown[] = type.values;
      return (value) => (typeof value === 'string' ? values.includes(value) : value === undefined ? undefinedOk : value === null && nullOk);
    }
    case 'id':
      return (value) =>
        typeof value === 'string'
          ? value.length >= 1 && value.length <= MAX_ID_LENGTH
          : typeof value === 'number'
            ? Number.isSafeInteger(value) && value >= 0
            : absent(value);
    default:
      throw new TypeError(`no value check for a ${type.kind} field`);
  }
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
function readList(
  value: unknown,
  reader: Extract<Reader, { kind: 'list' }>,
  state: ReadState,
  depth: number,
  section: string,
  index: number,
  key: string,
): unknown {
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

/**
 * Checks the fields of a copy (a member, the dwelling, the income) in place: values stay (they
 * are primitives), lists are copied, amounts are parsed (and put in place once the household is
 * known to be valid), anything else is replaced by its snapshot. Returns how many fields are
 * given (not `undefined`).
 */
function checkFields(
  copy: Record<string, unknown>,
  fields: ReadonlyMap<string, Reader>,
  state: ReadState,
  depth: number,
  section: string,
  index: number,
): number {
  let given = 0;
  for (const key in copy) {
    const field = copy[key];
    if (field !== undefined) given++;
    const reader = fields.get(key);
    if (reader === undefined) {
      setOwn(copy, key, invalid(field, state, depth + 1, section, index, key));
    } else if (reader.kind === 'value') {
      if (!reader.check(field)) copy[key] = invalid(field, state, depth + 1, section, index, key);
    } else if (reader.kind === 'list') {
      if (field !== undefined && field !== null) copy[key] = readList(field, reader, state, depth + 1, section, index, key);
      else if (field === null && !reader.nullable) state.ok = false;
    } else if (field === undefined ? reader.required : field !== null || !reader.nullable) {
      const value = amountValue(field);
      if (value !== undefined) state.amount(copy, key, value);
      else copy[key] = invalid(field, state, depth + 1, section, index, key);
    }
  }
  return given;
}

function readDwelling(value: unknown, state: ReadState): unknown {
  if (!isPlainObject(value)) return invalid(value, state, 1, 'dwelling', -1);
  const copy = { ...value };
  checkFields(copy, DWELLING_READERS, state, 1, 'dwelling', -1);
  return copy;
}

function readMembers(value: unknown, state: ReadState): unknown {
  if (!isPlainArray(value)) return invalid(value, state, 1, 'members', -1);
  const length = value.length;
  if (length < 1 || length > MAX_HOUSEHOLD_SIZE) state.ok = false;
  const copied = length > MAX_COPIED_ITEMS ? MAX_COPIED_ITEMS : length;
  const copy: unknown[] = new Array(copied);
  for (let i = 0; i < copied; i++) {
    const member = value[i];
    if (isPlainObject(member)) {
      // (Each kind of object is copied at its own site: the engine's copy is fastest for few shapes per site.)
      const memberCopy = { ...member };
      checkFields(memberCopy, MEMBER_READERS, state, 2, 'members', i);
      copy[i] = memberCopy;
    } else copy[i] = invalid(member, state, 2, 'members', i);
  }
  return copy;
}

function readIncome(value: unknown, state: ReadState, score: boolean): unknown {
  if (!isPlainObject(value)) return invalid(value, state, 1, 'income', -1);
  const copy = { ...value };
  // Exactly one form given; a score only where the rule set defines score thresholds.
  const given = checkFields(copy, INCOME_READERS, state, 1, 'income', -1);
  if (given !== 1 || (!score && copy.score !== undefined)) state.ok = false;
  return copy;
}

function readAnswers(value: unknown, state: ReadState, indicatorIds: ReadonlySet<string>): unknown {
  if (!isPlainObject(value)) return invalid(value, state, 1, 'deprivations', -1);
  const copy = { ...value };
  for (const key in copy) {
    const answer = copy[key];
    if (!(indicatorIds.has(key) && (answer === true || answer === false || answer === null || answer === undefined))) {
      setOwn(copy, key, invalid(answer, state, 2, 'deprivations', -1, key));
    }
  }
  return copy;
}

/** One pass over the household: its copy, with `state.ok` telling whether it is valid. */
function read(input: unknown, indicatorIds: ReadonlySet<string>, score: boolean, state: ReadState): unknown {
  if (!isPlainObject(input)) return invalid(input, state, 0, '', -1);
  const copy = { ...input };
  let area = false;
  let income = false;
  for (const key in copy) {
    const value = copy[key];
    switch (key) {
      case 'members':
        if (value !== undefined) copy.members = readMembers(value, state);
        break;
      case 'income':
        copy.income = readIncome(value, state, score);
        income = true;
        break;
      case 'deprivations':
        if (value !== undefined) copy.deprivations = readAnswers(value, state, indicatorIds);
        break;
      case 'dwelling':
        if (value !== undefined) copy.dwelling = readDwelling(value, state);
        break;
      default: {
        const reader = HOUSEHOLD_READERS.get(key);
        if (reader?.kind !== 'value' || !reader.check(value)) setOwn(copy, key, invalid(value, state, 1, '', -1, key));
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
    // The durability class and the main structures agree (else zod reports the contradiction).
    const dwelling = copy.dwelling as Record<string, unknown> | undefined;
    if (dwelling !== undefined && dwellingConflict(dwelling) !== undefined) state.ok = false;
  }
  return copy;
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
  const state = new ReadState();
  let copy: unknown;
  try {
    copy = read(input, rules.indicatorIds, rules.score !== undefined, state);
  } catch (error) {
    // Hostile objects (throwing getters, proxies) end here: report, never crash with another error.
    throw unreadable(error, SUBJECT);
  }
  if (state.ok && state.issues === undefined) {
    state.placeAmounts();
    return copy as ParsedHousehold;
  }
  return validateSnapshot(rules.schema, copy, state, SUBJECT);
}

/**
 * The fast path alone: the parsed household (a copy) when the input is valid, or `undefined`
 * (the input is invalid or unreadable; `parseHousehold` then reports why).
 */
export function fastParse(input: unknown, indicatorIds: ReadonlySet<string>, options: { readonly score?: boolean } = {}): ParsedHousehold | undefined {
  const state = new ReadState();
  let copy: unknown;
  try {
    copy = read(input, indicatorIds, options.score === true, state);
  } catch {
    return undefined;
  }
  if (!state.ok || state.issues !== undefined) return undefined;
  state.placeAmounts();
  return copy as ParsedHousehold;
}
