/**
 * Exact money: parsing amounts given as numbers or plain decimal strings, and formatting.
 * All arithmetic uses a private decimal.js clone (the caller's global Decimal settings are
 * never read or changed).
 *
 * @internal
 * @module
 */
import { Decimal } from 'decimal.js';

/** Private Decimal constructor: 60 significant digits, never exponent notation in output. */
export const Money = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
export type Money = InstanceType<typeof Money>;

/** A plain non-negative decimal: no sign, exponent, separators or leading zeros (`0`, `1500000`, `0.5`). */
export const PLAIN_DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
const LEADING_ZERO_DECIMAL = /^\d+(?:\.\d+)?$/;
/** Dot-grouped like Vietnamese thousands (`1.500`, `1.500.000`): refused, as ambiguous or as separators. */
export const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0]\d{3})+$/;

/** Longest amount string accepted (digits and point). */
export const MAX_AMOUNT_LENGTH = 40;

export type AmountParse = { ok: true; value: Money } | { ok: false; code: 'invalid_amount' | 'ambiguous_amount'; message: string };

const HOW = 'write it as a number or a plain decimal string such as 1500000 or "1500000.50" (no thousands separators, no currency)';

/**
 * The value of a valid amount (a non-negative finite JSON number, or a plain decimal string of at
 * most {@link MAX_AMOUNT_LENGTH} characters that is not dot-grouped like "1.500"), or
 * `undefined`: exactly what {@link parseAmount} accepts, without building a message.
 */
export function amountValue(input: unknown): Money | undefined {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? new Money(input === 0 ? 0 : input) : undefined;
  if (typeof input !== 'string' || input.length > MAX_AMOUNT_LENGTH || !PLAIN_DECIMAL.test(input)) return undefined;
  if (input.indexOf('.') === -1) {
    // Up to 7 digits: exactly that number, built by decimal.js's small-integer path.
    return new Money(input.length <= 7 ? +input : input);
  }
  return DOT_GROUPED.test(input) ? undefined : new Money(input);
}

/**
 * Parses a non-negative amount given as a JSON number or a plain decimal string.
 * Rejects NaN, ±Infinity, negatives, empty strings, exponents, signs, thousands separators
 * ("1.500.000", "1,500,000", "1 500 000") and dot-grouped strings that could mean thousands
 * ("1.500" is refused as ambiguous: 1.5 or 1500?).
 */
export function parseAmount(input: unknown, what = 'amount', unit = 'đồng'): AmountParse {
  const value = amountValue(input);
  if (value !== undefined) return { ok: true, value };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, code: 'invalid_amount', message: `${what} must be a finite number; ${HOW}` };
    return { ok: false, code: 'invalid_amount', message: `${what} must not be negative; ${HOW}` };
  }
  if (typeof input === 'string') {
    // Every plain decimal that is not dot-grouped was accepted by amountValue above.
    if (input.length === 0) return { ok: false, code: 'invalid_amount', message: `${what} is an empty string; ${HOW}` };
    if (input.length <= MAX_AMOUNT_LENGTH && PLAIN_DECIMAL.test(input)) {
      // A plain decimal refused by amountValue: dot-grouped.
      return {
        ok: false,
        code: 'ambiguous_amount',
        message: `${what} "${input}" looks like Vietnamese thousands grouping; dots are decimal points here. Write "${input.replace(/\./g, '')}" for ${input.replace(/\./g, '')} ${unit}`,
      };
    }
    if (input.length > MAX_AMOUNT_LENGTH)
      return { ok: false, code: 'invalid_amount', message: `${what} is longer than ${MAX_AMOUNT_LENGTH} characters; ${HOW}` };
    if (DOT_GROUPED.test(input) || COMMA_GROUPED.test(input) || SPACE_GROUPED.test(input)) {
      return {
        ok: false,
        code: 'invalid_amount',
        message: `${what} "${input}" uses thousands separators; write "${input.replace(/[.,  \u00a0](?=\d{3}(?:\D|$))/g, '')}" instead`,
      };
    }
    if (LEADING_ZERO_DECIMAL.test(input)) return { ok: false, code: 'invalid_amount', message: `${what} "${input}" has leading zeros; ${HOW}` };
    if (input.startsWith('-')) return { ok: false, code: 'invalid_amount', message: `${what} must not be negative; ${HOW}` };
    // (Longer strings were refused above, so the whole input can be quoted.)
    return { ok: false, code: 'invalid_amount', message: `${what} "${input}" is not a plain decimal amount; ${HOW}` };
  }
  return { ok: false, code: 'invalid_amount', message: `${what} must be a number or a string, got ${describeType(input)}; ${HOW}` };
}

function describeType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  switch (typeof input) {
    case 'object':
      return 'an object';
    case 'undefined':
      return 'undefined';
    default:
      return `a ${typeof input}`;
  }
}

/** A decimal as a plain string (no exponent), trailing zeros removed. */
export function plain(value: Money): string {
  // Integers below 10^15 (nearly every amount): from the digits, exactly. decimal.js documents
  // `d` (base-10^7 digit words, no trailing zero words), `e` (base-10 exponent) and `s` (sign)
  // as read-only properties; they are only read here.
  const { d, e } = value;
  if (value.s === 1 && d !== null && e >= 0 && e < 15 && d.length <= 3) {
    const first = d[0]!;
    const words = d.length;
    // Digits held by the words: those of the first word, then 7 per word.
    const digits = (first >= 1e6 ? 7 : first >= 1e5 ? 6 : first >= 1e4 ? 5 : first >= 1e3 ? 4 : first >= 100 ? 3 : first >= 10 ? 2 : 1) + 7 * (words - 1);
    if (digits <= e + 1) {
      let whole = first;
      for (let i = 1; i < words; i++) whole = whole * 1e7 + d[i]!;
      // whole < 10^digits ≤ 10^15 and so is whole × 10^(e + 1 − digits): exact in a double.
      return String(whole * 10 ** (e + 1 - digits));
    }
  }
  return value.toFixed();
}

/**
 * Compares two finite amounts exactly: negative when `a < b`, 0 when equal, positive when
 * `a > b`. The same order as decimal.js's `cmp`, without the copy of `b` it makes on every call.
 */
export function compare(a: Money, b: Money): number {
  const ad = a.d;
  const bd = b.d;
  const as = a.s;
  if (ad === null || bd === null) return a.cmp(b); // ±Infinity or NaN: never an amount here
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -b.s : 0;
  if (as !== b.s) return as;
  if (a.e !== b.e) return a.e > b.e !== as < 0 ? 1 : -1;
  const length = ad.length < bd.length ? ad.length : bd.length;
  for (let i = 0; i < length; i++) {
    if (ad[i] !== bd[i]) return ad[i]! > bd[i]! !== as < 0 ? 1 : -1;
  }
  return ad.length === bd.length ? 0 : ad.length > bd.length !== as < 0 ? 1 : -1;
}

/** `a ≤ b`, exactly (see {@link compare}). */
export function lte(a: Money, b: Money): boolean {
  return compare(a, b) <= 0;
}

/** `a < b`, exactly (see {@link compare}). */
export function lt(a: Money, b: Money): boolean {
  return compare(a, b) < 0;
}

/**
 * Formats a plain decimal string for people: `1.500.000` (vi) or `1,500,000` (en); fractional
 * digits are kept as given.
 */
export function formatAmount(value: string, locale: 'vi' | 'en'): string {
  const [int, frac] = value.split('.') as [string, string?];
  const group = locale === 'vi' ? '.' : ',';
  const point = locale === 'vi' ? ',' : '.';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac === undefined ? grouped : `${grouped}${point}${frac}`;
}

/**
 * Divides a plain non-negative decimal string by a positive integer, for display: exact when
 * the quotient terminates within 20 decimal places more than the numerator has (always the case
 * when it terminates at all, for divisors up to 2^20), otherwise rounded half-up to 4 places (and
 * `exact: false`). Long division on digits: no floating point, no precision loss.
 */
export function divideForDisplay(numerator: string, divisor: number): { value: string; exact: boolean } {
  if (divisor === 1) return { value: numerator, exact: true };
  const point = numerator.indexOf('.');
  if (point === -1 && numerator.length <= 15 && divisor <= MAX_FAST_DIVISOR) return divideInteger(Number(numerator), divisor);
  return divideDigits(numerator, divisor, point);
}

/** Largest divisor of the integer fast path (its terminating quotients have at most 20 places). */
const MAX_FAST_DIVISOR = 1 << 20;

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * {@link divideForDisplay} for an integer numerator below 10^15 and a divisor up to 2^20 (every
 * per-capita income and member share): the same digits, without building 24 of them first.
 * The quotient terminates exactly when the divisor, reduced by its common factors with the
 * remainder, has no prime factor but 2 and 5; it then has max(twos, fives) ≤ 20 places.
 * Otherwise it is rounded half-up at the 4th place, from the 5th digit (as the long division does).
 */
function divideInteger(whole: number, divisor: number): { value: string; exact: boolean } {
  let remainder = whole % divisor;
  const quotient = (whole - remainder) / divisor;
  if (remainder === 0) return { value: String(quotient), exact: true };
  let reduced = divisor / gcd(remainder, divisor);
  let twos = 0;
  let fives = 0;
  while (reduced % 2 === 0) {
    reduced /= 2;
    twos++;
  }
  while (reduced % 5 === 0) {
    reduced /= 5;
    fives++;
  }
  const places = reduced === 1 ? (twos > fives ? twos : fives) : 5;
  let frac = '';
  let kept = 0;
  for (let i = 0; i < places; i++) {
    remainder *= 10; // < 10 × 2^20: exact
    const digit = Math.floor(remainder / divisor);
    remainder -= digit * divisor;
    if (reduced === 1) frac += String(digit);
    else if (i < 4) kept = kept * 10 + digit;
    else if (digit >= 5) kept++;
  }
  if (reduced === 1) return { value: `${quotient}.${frac}`, exact: true };
  // kept is the 4 places rounded: 0..10000 (10000 carries into the integer part).
  const whole4 = kept === 10000 ? quotient + 1 : quotient;
  const four = kept === 10000 ? 0 : kept;
  return { value: `${whole4}.${String(four).padStart(4, '0')}`, exact: false };
}

/** The general long division of {@link divideForDisplay}, digit by digit. */
function divideDigits(numerator: string, divisor: number, point: number): { value: string; exact: boolean } {
  const intDigits = point === -1 ? numerator : numerator.slice(0, point);
  const fracDigits = point === -1 ? '' : numerator.slice(point + 1);
  let remainder = 0;
  let intPart = '';
  if (intDigits.length <= 15) {
    // Below 10^15 a double holds the integer part, the remainder and the quotient exactly.
    const whole = Number(intDigits);
    remainder = whole % divisor;
    intPart = String((whole - remainder) / divisor);
  } else {
    for (let i = 0; i < intDigits.length; i++) {
      remainder = remainder * 10 + (intDigits.charCodeAt(i) - 48);
      const digit = Math.floor(remainder / divisor);
      remainder -= digit * divisor;
      if (intPart !== '' || digit !== 0) intPart += String(digit);
    }
  }
  let frac = '';
  let i = 0;
  const limit = fracDigits.length + 24;
  while (i < limit && (remainder !== 0 || i < fracDigits.length)) {
    remainder = remainder * 10 + (i < fracDigits.length ? fracDigits.charCodeAt(i) - 48 : 0);
    const digit = Math.floor(remainder / divisor);
    remainder -= digit * divisor;
    frac += String(digit);
    i++;
  }
  // A remainder left means the loop ran to `limit` (24 places past the numerator's), so this
  // also says the division terminated.
  const exact = frac.length - fracDigits.length <= 20;
  if (exact) {
    frac = frac.replace(/0+$/, '');
    return { value: frac === '' ? intPart : `${intPart}.${frac}`, exact: true };
  }
  // Round half-up to 4 decimal places.
  const keep = frac.slice(0, 4); // not exact: frac has at least 21 digits
  const roundUp = frac.charCodeAt(4) - 48 >= 5;
  if (!roundUp) return { value: `${intPart}.${keep}`, exact: false };
  const digits = (intPart + keep).split('').map((c) => c.charCodeAt(0) - 48);
  let k = digits.length - 1;
  while (k >= 0) {
    if (digits[k]! < 9) {
      digits[k]!++;
      break;
    }
    digits[k] = 0;
    k--;
  }
  let all = digits.join('');
  if (k < 0) all = `1${all}`;
  return { value: `${all.slice(0, -4)}.${all.slice(-4)}`, exact: false };
}
