/**
 * A fast path for the common, valid household: a hand-written check that either returns exactly
 * what the zod schema would return, or `undefined` to say "let zod decide". It never rejects
 * anything itself and never reports errors — zod stays the single authority on what is valid
 * and on every error message. Anything unusual (an unknown key, an odd prototype, a value out of
 * range, a form it does not know) falls back to zod.
 *
 * Equivalence with the zod schema is checked by a property test (`test/household.fast.test.ts`).
 *
 * @internal
 * @module
 */
import { parseAmount, type Money } from '../money.js';
import {
  DURABILITY_CLASSES,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  INFORMATION_MEANS,
  MAX_HOUSEHOLD_SIZE,
  MAX_ID_LENGTH,
  SCHOOL_ATTENDANCE,
  SEXES,
  type ParsedHousehold,
} from './schema.js';

type Check = (value: unknown) => boolean;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const nullishBoolean: Check = (value) => value === true || value === false || value === null || value === undefined;
const nullishInt = (min: number, max: number): Check => (value) =>
  value === null || value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max);
const nullishEnum = (values: readonly string[]): Check => (value) => value === null || value === undefined || (typeof value === 'string' && values.includes(value));
const id: Check = (value) =>
  value === undefined ||
  (typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH) ||
  (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);

/** Member fields the fast path knows, with their checks (mirrors `memberSchema`). */
const MEMBER_FIELDS: ReadonlyMap<string, Check> = new Map(Object.entries({
  id,
  age: nullishInt(0, 130),
  ageMonths: nullishInt(0, 11),
  sex: nullishEnum(SEXES),
  employment: nullishEnum(EMPLOYMENT_STATUSES),
  labourContract: nullishBoolean,
  healthInsurance: nullishBoolean,
  inEducationOrTraining: nullishBoolean,
  educationLevel: nullishEnum(EDUCATION_LEVELS),
  schoolAttendance: nullishEnum(SCHOOL_ATTENDANCE),
  stunted: nullishBoolean,
  underweight: nullishBoolean,
  dependant: nullishBoolean,
  monthlySocialAllowance: nullishBoolean,
  usesInternet: nullishBoolean,
  birthYear: nullishInt(1850, 2200),
  untreatedIllness: nullishBoolean,
  phoneSubscription: nullishBoolean,
}));

const DWELLING_FIELDS: ReadonlyMap<string, Check> = new Map(Object.entries({
  durability: nullishEnum(DURABILITY_CLASSES),
  safeWater: nullishBoolean,
  hygienicLatrine: nullishBoolean,
  hearsLoudspeaker: nullishBoolean,
  hygienicWater: nullishBoolean,
  informationMeans: (value) => {
    if (value === null || value === undefined) return true;
    if (!Array.isArray(value) || value.length > INFORMATION_MEANS.length * 4) return false;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return false;
      const item: unknown = value[i];
      if (typeof item !== 'string' || !(INFORMATION_MEANS as readonly string[]).includes(item)) return false;
    }
    return true;
  },
}));

const TOP_KEYS = new Set(['id', 'area', 'size', 'members', 'income', 'deprivations', 'dwelling']);
const INCOME_KEYS = new Set(['perCapitaMonthly', 'householdMonthly', 'householdAnnual']);

function checkFields(value: unknown, fields: ReadonlyMap<string, Check>): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    const check = fields.get(key);
    if (check === undefined || !check(value[key])) return false;
  }
  return true;
}

function amount(value: unknown): Money | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const parsed = parseAmount(value);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * Returns the parsed household, or `undefined` when the input is not in the common valid shape
 * (the caller then validates with zod). Reuses the caller's member and answer objects, which
 * it has fully checked; the engine only reads them.
 */
export function fastParse(input: unknown, indicatorIds: ReadonlySet<string>): ParsedHousehold | undefined {
  if (!isPlainObject(input)) return undefined;
  for (const key in input) if (!TOP_KEYS.has(key)) return undefined;
  const { area, size, members, income, deprivations, dwelling } = input;
  if (area !== 'rural' && area !== 'urban') return undefined;
  if (!id(input.id)) return undefined;
  if (size !== undefined && !(typeof size === 'number' && Number.isInteger(size) && size >= 1 && size <= MAX_HOUSEHOLD_SIZE)) return undefined;
  if (members !== undefined) {
    if (!Array.isArray(members) || members.length < 1 || members.length > MAX_HOUSEHOLD_SIZE) return undefined;
    if (size !== undefined && size !== members.length) return undefined;
    for (let i = 0; i < members.length; i++) {
      if (!(i in members) || !checkFields(members[i], MEMBER_FIELDS)) return undefined;
    }
  } else if (size === undefined) return undefined;

  // income: exactly one known form, a valid amount
  if (!isPlainObject(income)) return undefined;
  let form: string | undefined;
  for (const key in income) {
    if (!INCOME_KEYS.has(key) || form !== undefined) return undefined;
    form = key;
  }
  if (form === undefined) return undefined;
  const money = amount(income[form]);
  if (money === undefined) return undefined;

  if (deprivations !== undefined) {
    if (!isPlainObject(deprivations)) return undefined;
    for (const key in deprivations) {
      if (!indicatorIds.has(key)) return undefined;
      const answer = deprivations[key];
      if (answer !== true && answer !== false && answer !== null && answer !== undefined) return undefined;
    }
  }

  let parsedDwelling: ParsedHousehold['dwelling'];
  if (dwelling !== undefined) {
    if (!isPlainObject(dwelling)) return undefined;
    let floorArea: Money | null | undefined;
    for (const key in dwelling) {
      if (key === 'floorArea') {
        const value = dwelling[key];
        if (value === null || value === undefined) floorArea = value;
        else {
          floorArea = amount(value);
          if (floorArea === undefined) return undefined;
        }
      } else {
        const check = DWELLING_FIELDS.get(key);
        if (check === undefined || !check(dwelling[key])) return undefined;
      }
    }
    parsedDwelling = (floorArea === undefined || floorArea === null ? dwelling : { ...dwelling, floorArea }) as ParsedHousehold['dwelling'];
  }

  const parsed: Record<string, unknown> = { area, income: { [form]: money } };
  if (input.id !== undefined) parsed.id = input.id;
  if (size !== undefined) parsed.size = size;
  if (members !== undefined) parsed.members = members;
  if (deprivations !== undefined) parsed.deprivations = deprivations;
  if (parsedDwelling !== undefined) parsed.dwelling = parsedDwelling;
  return parsed as ParsedHousehold;
}
