/**
 * The survey design and the variance of ratio estimators by Taylor linearisation.
 *
 * Every figure is a ratio of weighted totals `R = Y / X` (a share, a headcount ratio, an
 * intensity). Its linearised variance under a stratified design with primary sampling units
 * (PSUs) drawn with replacement is
 *
 *     V(R) = (1 / X²) · Σ_h n_h / (n_h − 1) · Σ_i (e_hi − ē_h)²,   e_hi = Σ_{j ∈ PSU hi} w_j (y_j − R x_j)
 *
 * (Wolter 2007, §6; Lohr 2022, §9.1 and §6.5), where n_h is the number of PSUs in stratum h and
 * ē_h their mean. A subgroup (domain) is estimated with the whole design: households outside it
 * have y = x = 0, so PSUs without any of its households count in n_h with e = 0. This is what R's
 * `survey` package computes (`svyratio`, `svymean`, `svyby`; Lumley 2004).
 *
 * Two ways to hold the data, same formula:
 * - **PSU cells** (a `psu` is given): per PSU and domain, the weighted totals of each class of
 *   households; e_hi is formed at the end.
 * - **row cells** (no `psu`: every household is its own PSU): per stratum and domain, the sums of
 *   w and w² for each class; because the classes used by one figure partition the households
 *   (or nest, A ⊆ B), Σ_i e_i² = Σ_c W2_c (y_c − R x_c)² exactly, in one pass, in constant memory.
 *
 * Sums use Neumaier's compensated summation.
 *
 * @internal
 * @module
 */
import { ValidationError } from '../errors.js';

/** What to do with a stratum that has a single PSU (its variance cannot be estimated). */
export type SingletonPsu = 'adjust' | 'certainty' | 'fail';

/** The strata and PSUs seen, shared by every domain of a summary. */
export class Registry {
  private readonly strataIndex = new Map<string, number>();
  /** Stratum keys, by index. */
  readonly strata: string[] = [];
  /** Per stratum: rows (row cells) or PSUs (PSU cells). */
  readonly size: number[] = [];
  private readonly psuIndex = new Map<string, number>();
  /** Per PSU: its stratum. */
  readonly psuStratum: number[] = [];

  constructor(readonly clustered: boolean) {}

  /** Registers a row and returns its cell id: the stratum index (row cells) or the PSU index. */
  locate(stratum: string, psu: string): number {
    let h = this.strataIndex.get(stratum);
    if (h === undefined) {
      h = this.strata.length;
      this.strataIndex.set(stratum, h);
      this.strata.push(stratum);
      this.size.push(0);
    }
    if (!this.clustered) {
      this.size[h]!++;
      return h;
    }
    // PSU ids are nested within strata: the same id in two strata is two PSUs.
    const key = `${stratum}\u0000${psu}`;
    let p = this.psuIndex.get(key);
    if (p === undefined) {
      p = this.psuStratum.length;
      this.psuIndex.set(key, p);
      this.psuStratum.push(h);
      this.size[h]!++;
    }
    return p;
  }

  /** Number of PSUs (rows when not clustered). */
  get psus(): number {
    return this.clustered ? this.psuStratum.length : this.size.reduce((a, b) => a + b, 0);
  }

  /** Strata with a single PSU. */
  get singletons(): number {
    return this.size.filter((n) => n === 1).length;
  }

  /** Throws when `policy` is `fail` and a stratum has one PSU. */
  check(policy: SingletonPsu): void {
    if (policy !== 'fail') return;
    const h = this.size.indexOf(1);
    if (h !== -1) {
      throw new ValidationError([
        {
          path: ['strata', this.strata[h]!.slice(0, 60)],
          code: 'singleton_psu',
          message: `stratum "${this.strata[h]!.slice(0, 60)}" has a single PSU, so its variance cannot be estimated; merge it with a similar stratum, or choose singletonPsu "adjust" or "certainty"`,
        },
      ]);
    }
  }
}

/**
 * A figure as a ratio of linear combinations of class totals: `y = Σ ya_j · class yc_j`,
 * `x = Σ xb_j · class xc_j`. `kind` says how the classes relate, for row cells:
 * - `partition`: `support` lists disjoint classes with their coefficients `sa` (of y), `sb` (of x);
 * - `subset`: y counts the households of the disjoint classes `yc` (coefficient 1), x those of
 *   `xc` (coefficient 1), and the first are among the second (A ⊆ B).
 */
export interface Estimand {
  readonly kind: 'partition' | 'subset';
  /** Classes and integer coefficients of y (exact), and their divisor. */
  readonly yc: Int32Array;
  readonly ya: readonly number[];
  readonly yDiv: number;
  /** Classes and integer coefficients of x (exact), and their divisor. */
  readonly xc: Int32Array;
  readonly xb: readonly number[];
  readonly xDiv: number;
  /** partition: the disjoint classes and real coefficients of y and x on each. */
  readonly support: Int32Array;
  readonly sa: Float64Array;
  readonly sb: Float64Array;
}

/** A partition estimand: classes `classes`, y coefficient `a(c)`, x coefficient `b(c)` (integers), divisors. */
export function partitionEstimand(classes: readonly number[], a: readonly number[], b: readonly number[], yDiv = 1, xDiv = 1): Estimand {
  const yc: number[] = [];
  const ya: number[] = [];
  const xc: number[] = [];
  const xb: number[] = [];
  classes.forEach((c, i) => {
    if (a[i] !== 0) {
      yc.push(c);
      ya.push(a[i]!);
    }
    if (b[i] !== 0) {
      xc.push(c);
      xb.push(b[i]!);
    }
  });
  return {
    kind: 'partition',
    yc: Int32Array.from(yc),
    ya,
    yDiv,
    xc: Int32Array.from(xc),
    xb,
    xDiv,
    support: Int32Array.from(classes),
    sa: Float64Array.from(a, (v) => v / yDiv),
    sb: Float64Array.from(b, (v) => v / xDiv),
  };
}

/** A subset estimand: the households of classes `A` among those of classes `B` (A ⊆ B). */
export function subsetEstimand(A: readonly number[], B: readonly number[]): Estimand {
  return {
    kind: 'subset',
    yc: Int32Array.from(A),
    ya: A.map(() => 1),
    yDiv: 1,
    xc: Int32Array.from(B),
    xb: B.map(() => 1),
    xDiv: 1,
    support: new Int32Array(0),
    sa: new Float64Array(0),
    sb: new Float64Array(0),
  };
}

/**
 * The variance data of one domain at one level (households or persons): cells keyed by cell
 * id. Row cells hold [W, W compensation, W², W² compensation] per class; PSU cells [P] per class.
 */
export class Cells {
  readonly map = new Map<number, Float64Array>();

  constructor(
    readonly rows: boolean,
    public width: number,
  ) {}

  private fresh(): Float64Array {
    return new Float64Array(this.rows ? 4 * this.width : this.width);
  }

  /** Adds weight `w` to `classes[0..count)` of cell `id`. */
  add(id: number, classes: Int32Array, count: number, w: number): void {
    if (w === 0) return;
    let cell = this.map.get(id);
    if (cell === undefined) {
      cell = this.fresh();
      this.map.set(id, cell);
    }
    if (!this.rows) {
      for (let i = 0; i < count; i++) cell[classes[i]!]! += w;
      return;
    }
    const V = this.width;
    const w2 = w * w;
    for (let i = 0; i < count; i++) {
      const c = classes[i]!;
      // Neumaier: sums of non-negative terms, compensation kept beside each.
      let s = cell[c]!;
      let t = s + w;
      cell[V + c]! += Math.abs(s) >= w ? s - t + w : w - t + s;
      cell[c] = t;
      s = cell[2 * V + c]!;
      t = s + w2;
      cell[3 * V + c]! += Math.abs(s) >= w2 ? s - t + w2 : w2 - t + s;
      cell[2 * V + c] = t;
    }
  }

  /** Grows every cell to `width` classes (new classes are zero). */
  resize(width: number): void {
    if (width <= this.width) return;
    const old = this.width;
    for (const [id, cell] of this.map) {
      const next = new Float64Array(this.rows ? 4 * width : width);
      const segments = this.rows ? 4 : 1;
      for (let s = 0; s < segments; s++) next.set(cell.subarray(s * old, (s + 1) * old), s * width);
      this.map.set(id, next);
    }
    this.width = width;
  }

  /** A deep copy. */
  clone(): Cells {
    const copy = new Cells(this.rows, this.width);
    for (const [id, cell] of this.map) copy.map.set(id, cell.slice());
    return copy;
  }
}

/** Neumaier's compensated sum. */
export class CompensatedSum {
  private sum = 0;
  private c = 0;
  add(x: number): void {
    const t = this.sum + x;
    this.c += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }
  get value(): number {
    return this.sum + this.c;
  }
}

function dot(cell: Float64Array, offset: number, classes: Int32Array, coefficients: readonly number[] | Float64Array, width: number, compensated: boolean): number {
  let value = 0;
  for (let j = 0; j < classes.length; j++) {
    const c = classes[j]!;
    value += coefficients[j]! * (compensated ? cell[offset + c]! + cell[offset + width + c]! : cell[offset + c]!);
  }
  return value;
}

/** One term of a linear combination `Σ coefficient · R_t` of ratio estimators. */
export interface Term {
  /** The domain's cells. */
  readonly cells: Cells;
  /** The figure. */
  readonly estimand: Estimand;
  /** Its estimate. */
  readonly R: number;
  /** Its denominator total X (real units). */
  readonly X: number;
  /** Coefficient in the combination (1, or ±1 for a change). */
  readonly coefficient: number;
}

/**
 * The linearised variance of `Σ coefficient_t · R_t` (one term: the variance of R). Row cells
 * take a single term.
 */
export function linearisedVariance(registry: Registry, terms: readonly Term[], policy: SingletonPsu, scratch: Float64Array[]): number {
  if (terms.length === 0) return 0;
  if (terms[0]!.cells.rows) return rowVariance(registry, terms[0]!, policy);
  return psuVariance(registry, terms, policy, scratch);
}

function rowVariance(registry: Registry, term: Term, policy: SingletonPsu): number {
  const { cells, estimand: e, R, X } = term;
  if (X === 0) return Number.NaN;
  const V = cells.width;
  const total = new CompensatedSum();
  for (const [h, cell] of cells.map) {
    const n = registry.size[h]!;
    // Σ_i e_i over the stratum's rows in the domain (the others have e = 0).
    const s1 = dot(cell, 0, e.yc, e.ya, V, true) / e.yDiv - (R * dot(cell, 0, e.xc, e.xb, V, true)) / e.xDiv;
    // Σ_i e_i².
    let s2: number;
    if (e.kind === 'partition') {
      const sum = new CompensatedSum();
      for (let j = 0; j < e.support.length; j++) {
        const c = e.support[j]!;
        const r = e.sa[j]! - R * e.sb[j]!;
        sum.add((cell[2 * V + c]! + cell[3 * V + c]!) * r * r);
      }
      s2 = sum.value;
    } else {
      let a = 0;
      for (let j = 0; j < e.yc.length; j++) a += cell[2 * V + e.yc[j]!]! + cell[3 * V + e.yc[j]!]!;
      let b = 0;
      for (let j = 0; j < e.xc.length; j++) b += cell[2 * V + e.xc[j]!]! + cell[3 * V + e.xc[j]!]!;
      s2 = (1 - R) * (1 - R) * a + R * R * Math.max(0, b - a);
    }
    if (n > 1) total.add((n / (n - 1)) * Math.max(0, s2 - (s1 * s1) / n));
    else if (policy === 'adjust') total.add(s2);
  }
  return total.value / (X * X);
}

function psuVariance(registry: Registry, terms: readonly Term[], policy: SingletonPsu, scratch: Float64Array[]): number {
  const P = registry.psuStratum.length;
  const H = registry.size.length;
  if (scratch[0] === undefined || scratch[0].length < P) scratch[0] = new Float64Array(P);
  if (scratch[1] === undefined || scratch[1].length < H) scratch[1] = new Float64Array(H);
  const z = scratch[0];
  const s1 = scratch[1];
  const touched: number[] = [];
  const seen = new Uint8Array(P);
  for (const term of terms) {
    const { cells, estimand: e, R, X, coefficient } = term;
    if (X === 0) return Number.NaN;
    const V = cells.width;
    for (const [p, cell] of cells.map) {
      const y = dot(cell, 0, e.yc, e.ya, V, false) / e.yDiv;
      const x = dot(cell, 0, e.xc, e.xb, V, false) / e.xDiv;
      if (seen[p] === 0) {
        seen[p] = 1;
        touched.push(p);
        z[p] = 0;
      }
      z[p]! += (coefficient * (y - R * x)) / X;
    }
  }
  s1.fill(0, 0, H);
  for (const p of touched) s1[registry.psuStratum[p]!]! += z[p]!;
  // Two passes: deviations from each stratum's mean, with the PSUs outside the domain (z = 0).
  const deviations = new Map<number, CompensatedSum>();
  const present = new Map<number, number>();
  for (const p of touched) {
    const h = registry.psuStratum[p]!;
    const mean = s1[h]! / registry.size[h]!;
    let sum = deviations.get(h);
    if (sum === undefined) {
      sum = new CompensatedSum();
      deviations.set(h, sum);
    }
    const n = registry.size[h]!;
    sum.add(n > 1 ? (z[p]! - mean) * (z[p]! - mean) : z[p]! * z[p]!);
    present.set(h, (present.get(h) ?? 0) + 1);
  }
  const total = new CompensatedSum();
  for (const [h, sum] of deviations) {
    const n = registry.size[h]!;
    if (n > 1) {
      const mean = s1[h]! / n;
      total.add((n / (n - 1)) * (sum.value + (n - present.get(h)!) * mean * mean));
    } else if (policy === 'adjust') total.add(sum.value);
  }
  return total.value;
}
