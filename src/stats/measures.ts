/**
 * Alkire–Foster measures over a rule set's indicators: the national count (equal weights,
 * `k` = the rule set's deprivation cut, every cut 1…d) and other indicator weightings (equal,
 * nested, or given per indicator) with exact rational weights and cuts.
 *
 * @internal
 * @module
 */
import { ValidationError, type LibraryIssueCode, type SchemaIssueCode } from '../errors.js';
import { compareFractions, fraction, lcm, readFraction, type Fraction } from './rational.js';

/**
 * Another weighting of the indicators for Alkire–Foster figures (the national standard is the
 * unweighted count; this is for comparisons with global-MPI-style measures).
 *
 * - `'equal'`: every indicator 1/d.
 * - `'nested'`: each dimension 1/D, shared equally by its indicators (the global MPI's rule).
 * - an object: each indicator's weight as a fraction (`"1/18"`), a plain decimal string or a
 *   number; every indicator of the rule set must be listed (0 is allowed) and the weights must
 *   add up to exactly 1.
 */
export interface IndicatorWeighting {
  /** A name for the tables and the JSON output, e.g. `"nested"`. */
  readonly name: string;
  /** The weights: `'equal'`, `'nested'`, or one weight per indicator id. */
  readonly weights: 'equal' | 'nested' | Readonly<Record<string, string | number>>;
  /**
   * The poverty cut as a share of the weights (poor when the weighted deprivation score ≥ k),
   * a fraction such as `"1/3"`, a decimal string or a number, 0 < k ≤ 1. Default: the rule
   * set's cut as a share, e.g. 3/12 = 1/4.
   */
  readonly k?: string | number;
  /** More cuts for a robustness table (same forms as `k`); `k` is always included. */
  readonly cuts?: readonly (string | number)[];
}

/** Most distinct weighted scores a weighting may produce (it bounds the memory per design cell). */
export const MAX_DISTINCT_SCORES = 256;

/** One cut of a measure. */
export interface ResolvedCut {
  /** The cut as a share of the weights. */
  readonly k: Fraction;
  /** For the count measure: the number of indicators (deprived on at least this many). */
  readonly atLeast?: number;
  /** Poor when the score (in units of 1/L) is at least this integer. */
  readonly threshold: number;
}

/** A measure with integer weights over a common denominator. */
export interface ResolvedMeasure {
  /** `count` for the national measure, else the weighting's name. */
  readonly name: string;
  /** The national count measure, or another weighting. */
  readonly kind: 'count' | 'weighted';
  /** Each indicator's weight, exact. */
  readonly weights: readonly Fraction[];
  /** Each indicator's weight in units of 1/L. */
  readonly units: Int32Array;
  /** The common denominator. */
  readonly L: number;
  /** The measure's cut (one of `cuts`). */
  readonly cut: ResolvedCut;
  /** Every cut of the robustness table, ascending. */
  readonly cuts: readonly ResolvedCut[];
  /** Achievable scores (units of 1/L), ascending. */
  readonly scores: readonly number[];
  /** Score (units) → position in `scores`; -1 when not achievable. */
  readonly scoreIndex: (score: number) => number;
}

/** What a measure is built over. */
export interface IndicatorMeta {
  /** Indicator id. */
  readonly id: string;
  /** Dimension id. */
  readonly dimension: string;
}

function fail(path: readonly (string | number)[], code: LibraryIssueCode | SchemaIssueCode, message: string): never {
  throw new ValidationError([{ path: [...path], code, message }]);
}

function threshold(k: Fraction, L: number): number {
  // ceil(k × L): the smallest integer score (in 1/L) with score / L ≥ k.
  const scaled = k.num * BigInt(L);
  return Number((scaled + k.den - 1n) / k.den);
}

function achievable(units: Int32Array): number[] {
  let scores = new Set<number>([0]);
  for (const unit of units) {
    if (unit === 0) continue;
    const next = new Set(scores);
    for (const score of scores) next.add(score + unit);
    scores = next;
    if (scores.size > MAX_DISTINCT_SCORES) return [];
  }
  return [...scores].sort((a, b) => a - b);
}

function indexer(scores: readonly number[], L: number): (score: number) => number {
  // Every score a household can have is in `scores` (0 ≤ score ≤ L).
  const table = new Int32Array(L + 1).fill(-1);
  scores.forEach((score, i) => (table[score] = i));
  return (score) => table[score]!;
}

/** The national measure: equal weights 1/d, cut k = `atLeast` indicators (1 ≤ atLeast ≤ d, as every rule set's cut), cuts 1…d. */
export function countMeasure(d: number, atLeast: number): ResolvedMeasure {
  const units = new Int32Array(d).fill(1);
  const scores = Array.from({ length: d + 1 }, (_, i) => i);
  const cuts = Array.from({ length: d }, (_, i) => ({ k: fraction(BigInt(i + 1), BigInt(d)), atLeast: i + 1, threshold: i + 1 }));
  return {
    name: 'count',
    kind: 'count',
    weights: Array.from({ length: d }, () => fraction(1n, BigInt(d))),
    units,
    L: d,
    cut: cuts[atLeast - 1]!,
    cuts,
    scores,
    scoreIndex: indexer(scores, d),
  };
}

/** Resolves a weighting against the rule set's indicators (ValidationError at `path` when invalid). */
export function resolveWeighting(spec: unknown, indicators: readonly IndicatorMeta[], atLeast: number, path: readonly (string | number)[]): ResolvedMeasure {
  if (spec === null || typeof spec !== 'object')
    fail(path, 'invalid_type', 'an indicator weighting is { name, weights: "equal" | "nested" | { [indicatorId]: weight }, k?, cuts? }');
  const { name, weights, k, cuts } = spec as Record<string, unknown>;
  if (typeof name !== 'string' || name.length === 0 || name.length > 60 || name === 'count') {
    fail([...path, 'name'], 'invalid_value', 'name must be a non-empty string of at most 60 characters other than "count"');
  }
  const d = indicators.length;
  let fractions: Fraction[];
  if (weights === 'equal') fractions = indicators.map(() => fraction(1n, BigInt(d)));
  else if (weights === 'nested') {
    const perDimension = new Map<string, number>();
    for (const indicator of indicators) perDimension.set(indicator.dimension, (perDimension.get(indicator.dimension) ?? 0) + 1);
    const D = BigInt(perDimension.size);
    fractions = indicators.map((indicator) => fraction(1n, D * BigInt(perDimension.get(indicator.dimension)!)));
  } else if (weights !== null && typeof weights === 'object' && !Array.isArray(weights)) {
    const given = weights as Record<string, unknown>;
    const ids = new Set(indicators.map((indicator) => indicator.id));
    for (const key of Object.keys(given))
      if (!ids.has(key)) fail([...path, 'weights', key], 'unknown_indicator', `the rule set has no indicator "${key.slice(0, 60)}"`);
    fractions = indicators.map((indicator) => {
      if (!Object.hasOwn(given, indicator.id))
        fail([...path, 'weights', indicator.id], 'invalid_value', `every indicator needs a weight (0 is allowed); "${indicator.id}" has none`);
      const value = readFraction(given[indicator.id]);
      if (typeof value === 'string') fail([...path, 'weights', indicator.id], 'invalid_value', `weight ${value}`);
      return value;
    });
    let sum = fraction(0n, 1n);
    for (const f of fractions) sum = fraction(sum.num * f.den + f.num * sum.den, sum.den * f.den);
    if (sum.num !== sum.den)
      fail(
        [...path, 'weights'],
        'invalid_value',
        `the weights must add up to exactly 1; they add up to ${sum.num}/${sum.den} (write thirds as "1/3", not 0.333)`,
      );
  } else {
    fail([...path, 'weights'], 'invalid_value', 'weights must be "equal", "nested" or an object { [indicatorId]: weight }');
  }
  let L = 1n;
  for (const f of fractions) L = lcm(L, f.den);
  if (L > 1_000_000n) fail([...path, 'weights'], 'invalid_value', `the weights' common denominator ${L} is larger than 1,000,000; use simpler fractions`);
  const Ln = Number(L);
  const units = Int32Array.from(fractions, (f) => Number((f.num * L) / f.den));
  const scores = achievable(units);
  if (scores.length === 0)
    fail(
      [...path, 'weights'],
      'invalid_value',
      `these weights give more than ${MAX_DISTINCT_SCORES} distinct deprivation scores; use weights with a small common denominator (e.g. nested weights)`,
    );
  const readCut = (value: unknown, at: readonly (string | number)[]): ResolvedCut => {
    const f = readFraction(value);
    if (typeof f === 'string') fail(at, 'invalid_value', `k ${f}`);
    if (f.num === 0n || f.num > f.den) fail(at, 'invalid_value', 'k must be greater than 0 and at most 1');
    return { k: f, threshold: threshold(f, Ln) };
  };
  const cut =
    k === undefined ? { k: fraction(BigInt(atLeast), BigInt(d)), threshold: threshold(fraction(BigInt(atLeast), BigInt(d)), Ln) } : readCut(k, [...path, 'k']);
  const all = [cut];
  if (cuts !== undefined) {
    if (!Array.isArray(cuts) || cuts.length > 100) fail([...path, 'cuts'], 'invalid_type', 'cuts must be an array of at most 100 cuts');
    cuts.forEach((value, i) => all.push(readCut(value, [...path, 'cuts', i])));
  }
  const sorted = all.sort((a, b) => compareFractions(a.k, b.k)).filter((c, i, list) => i === 0 || compareFractions(c.k, list[i - 1]!.k) !== 0);
  return {
    name: name as string,
    kind: 'weighted',
    weights: fractions,
    units,
    L: Ln,
    cut: sorted.find((c) => compareFractions(c.k, cut.k) === 0)!,
    cuts: sorted,
    scores,
    scoreIndex: indexer(scores, Ln),
  };
}
