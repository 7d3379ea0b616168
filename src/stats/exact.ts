/**
 * Exact weighted totals. Survey weights are decimals (`"1234.5678"`, or JSON numbers read as
 * the decimal they print as); every weighted count is the exact sum of those decimals, never a
 * floating-point sum.
 *
 * A weight is held as an integer mantissa and a scale (decimal places): `1234.5678` is
 * `12345678 × 10^-4`. {@link ExactSums} adds mantissas at a common scale in float64 while the
 * running sum stays below 2^53 (where every integer is exact) and flushes into BigInt before it
 * could exceed it, so the hot loop is float additions and the result is exact.
 *
 * @internal
 * @module
 */
import { MAX_AMOUNT_LENGTH, Money, PLAIN_DECIMAL } from '../money.js';

/** A non-negative decimal read exactly. `units` is the mantissa when it is a safe integer, else NaN and `big` holds it. */
export interface ExactDecimal {
  /** The mantissa as a number when ≤ 2^53 − 1, else NaN. */
  units: number;
  /** The mantissa as a BigInt when it is not a safe integer. */
  big: bigint;
  /** Decimal places: the value is mantissa × 10^-scale. */
  scale: number;
  /** The nearest double (for floating-point variance computations). */
  float: number;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** 10^n as a double (exact for n ≤ 22) and as a BigInt. */
const POW10 = Array.from({ length: 23 }, (_, n) => 10 ** n);
function pow10n(n: number): bigint {
  return 10n ** BigInt(n);
}

/**
 * Reads a non-negative decimal (a survey weight) into `out`: a finite non-negative number, or a
 * plain decimal string (`"12.5"`; no sign, exponent or separators, at most 40 characters).
 * Returns an error message, or `null` when `out` was filled.
 */
export function readDecimal(input: unknown, out: ExactDecimal): string | null {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return 'must be a finite non-negative number or a plain decimal string such as "1234.5"';
    if (Number.isSafeInteger(input)) {
      out.units = input;
      out.scale = 0;
      out.float = input;
      return null;
    }
    // The decimal the number prints as (shortest round trip), without exponent.
    text = String(input);
    if (text.includes('e')) text = new Money(input).toFixed();
  } else if (typeof input === 'string') {
    if (input.length === 0 || input.length > MAX_AMOUNT_LENGTH || !PLAIN_DECIMAL.test(input)) {
      return `must be a plain decimal string such as "1234.5" (no sign, exponent or separators, at most ${MAX_AMOUNT_LENGTH} characters)`;
    }
    text = input;
  } else {
    return 'must be a number or a plain decimal string such as "1234.5"';
  }
  const point = text.indexOf('.');
  let digits: string;
  let scale = 0;
  if (point === -1) digits = text;
  else {
    const frac = text.slice(point + 1).replace(/0+$/, '');
    digits = text.slice(0, point) + frac;
    scale = frac.length;
  }
  digits = digits.replace(/^0+(?=\d)/, '');
  out.scale = scale;
  out.float = Number(text);
  if (digits.length <= 15) {
    out.units = Number(digits);
  } else {
    out.units = Number.NaN;
    out.big = BigInt(digits);
  }
  return null;
}

/** A fresh {@link ExactDecimal} holder. */
export function exactDecimal(): ExactDecimal {
  return { units: 0, big: 0n, scale: 0, float: 0 };
}

/** A non-negative BigInt in units of 10^-scale as a plain decimal string (`123450n, 3` → `"123.45"`). */
export function decimalString(value: bigint, scale: number): string {
  let digits = value.toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    const int = digits.slice(0, digits.length - scale);
    const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
    digits = frac === '' ? int : `${int}.${frac}`;
  }
  return digits;
}

/** Decimal places kept in quotients (as in the unweighted summary). */
export const QUOTIENT_DECIMALS = 20;

/**
 * `numerator / denominator` (integers) as a decimal string: exact when the quotient has at most
 * 20 decimal places, otherwise rounded half-up at the 20th (the same arithmetic as the unweighted
 * shares, so equal totals give equal strings). `null` when the denominator is 0.
 */
export function quotient(numerator: bigint, denominator: bigint): string | null {
  if (denominator === 0n) return null;
  if (numerator === 0n) return '0';
  return new Money(numerator.toString()).div(denominator.toString()).toDecimalPlaces(QUOTIENT_DECIMALS).toFixed();
}

/**
 * Exact sums of weights for a fixed set of slots (one per class of households). `add` adds one
 * weight to several slots; each slot receives at most one weight per row.
 */
export class ExactSums {
  /** Float64 part: exact integers below 2^53, in units of 10^-scale. */
  private lo: Float64Array;
  /** BigInt part, in units of 10^-scale. */
  private hi: bigint[];
  /** An upper bound of every `lo` slot since the last flush. */
  private bound = 0;
  /** Current scale (decimal places). Grows when a weight with more places arrives. */
  scale = 0;

  constructor(size: number) {
    this.lo = new Float64Array(size);
    this.hi = new Array<bigint>(size).fill(0n);
  }

  /** Grows to `size` slots (new slots are zero); only ever called with more slots. */
  resize(size: number): void {
    const lo = new Float64Array(size);
    lo.set(this.lo);
    this.lo = lo;
    while (this.hi.length < size) this.hi.push(0n);
  }

  /** A deep copy. */
  clone(): ExactSums {
    const copy = new ExactSums(0);
    copy.lo = this.lo.slice();
    copy.hi = [...this.hi];
    copy.bound = this.bound;
    copy.scale = this.scale;
    return copy;
  }

  private flush(): void {
    const lo = this.lo;
    const hi = this.hi;
    for (let i = 0; i < lo.length; i++) {
      if (lo[i] !== 0) {
        hi[i] = hi[i]! + BigInt(lo[i]!);
        lo[i] = 0;
      }
    }
    this.bound = 0;
  }

  private rescale(scale: number): void {
    this.flush();
    const factor = pow10n(scale - this.scale);
    for (let i = 0; i < this.hi.length; i++) if (this.hi[i] !== 0n) this.hi[i] = this.hi[i]! * factor;
    this.scale = scale;
  }

  /**
   * Adds `weight × multiplier` (multiplier a non-negative safe integer, e.g. 1 or a household
   * size) to each of `slots[0..count)`.
   */
  add(slots: Int32Array, count: number, weight: ExactDecimal, multiplier: number): void {
    if (weight.scale > this.scale) this.rescale(weight.scale);
    const shift = this.scale - weight.scale;
    let units = Number.NaN;
    if (!Number.isNaN(weight.units) && shift < POW10.length) {
      units = weight.units * POW10[shift]! * multiplier;
      if (units > SAFE) units = Number.NaN;
    }
    if (Number.isNaN(units)) {
      const big = (Number.isNaN(weight.units) ? weight.big : BigInt(weight.units)) * pow10n(shift) * BigInt(multiplier);
      for (let i = 0; i < count; i++) this.hi[slots[i]!] = this.hi[slots[i]!]! + big;
      return;
    }
    if (units === 0) return;
    if (this.bound + units > SAFE) this.flush();
    this.bound += units;
    const lo = this.lo;
    for (let i = 0; i < count; i++) lo[slots[i]!]! += units;
  }

  /** The exact sum of slot `i`, in units of 10^-scale. */
  value(i: number): bigint {
    const lo = this.lo[i]!;
    return lo === 0 ? this.hi[i]! : this.hi[i]! + BigInt(lo);
  }
}
