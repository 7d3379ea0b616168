/**
 * Exact rationals for indicator weights and poverty cuts: `"1/18"`, `"0.25"`, `1`. Weights are
 * turned into integers over a common denominator L, so a household's weighted deprivation score
 * is an integer number of 1/L and the cut `score ≥ k` is an integer comparison.
 *
 * @internal
 * @module
 */
import { Money, PLAIN_DECIMAL } from '../money.js';

/** A non-negative rational in lowest terms. */
export interface Fraction {
  /** Numerator. */
  readonly num: bigint;
  /** Denominator (> 0). */
  readonly den: bigint;
}

/** Greatest common divisor of non-negative integers, not both 0. */
function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `a / b` in lowest terms (a ≥ 0, b > 0). */
export function fraction(num: bigint, den: bigint): Fraction {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** `"n/d"` (or `"n"` when d = 1). */
export function fractionString(value: Fraction): string {
  return value.den === 1n ? value.num.toString() : `${value.num}/${value.den}`;
}

const FRACTION = /^(0|[1-9]\d{0,17})\/([1-9]\d{0,17})$/;

/**
 * Reads a non-negative rational: `"a/b"`, a plain decimal string (`"0.25"`) or a finite
 * non-negative number (read as the decimal it prints as: `0.25` is 1/4, but `1/3` as a number is
 * 0.3333333333333333 — write `"1/3"`). Returns the fraction or an error message.
 */
export function readFraction(input: unknown): Fraction | string {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return 'must be a non-negative number, a fraction "a/b" or a plain decimal string';
    text = new Money(input).toFixed();
  } else if (typeof input === 'string') {
    const match = FRACTION.exec(input);
    if (match !== null) return fraction(BigInt(match[1]!), BigInt(match[2]!));
    if (input.length > 40 || !PLAIN_DECIMAL.test(input))
      return `must be a fraction such as "1/3" or a plain decimal such as "0.25", got "${input.slice(0, 40)}"`;
    text = input;
  } else {
    return 'must be a fraction such as "1/3", a plain decimal string or a number';
  }
  const point = text.indexOf('.');
  if (point === -1) return fraction(BigInt(text), 1n);
  const frac = text.slice(point + 1);
  return fraction(BigInt(text.slice(0, point) + frac), 10n ** BigInt(frac.length));
}

/** Compares two fractions: negative, zero or positive. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Least common multiple of positive integers. */
export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}
