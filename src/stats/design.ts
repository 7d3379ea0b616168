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
 * - **row cells** (no `psu`: every household is its own PSU): per stratum and domain, for each
 *   class c, the number of households n_c, their mean weight m_c and the sum of squared deviations
 *   of their weights M2_c (Welford's online algorithm). Every household of class c has
 *   e = w · r_c with r_c = y_c − R x_c, and the classes used by one figure partition the households
 *   (or nest, A ⊆ B), so in one pass and constant memory
 *
 *       Σ_i (e_i − ē)² = Σ_c [ r_c² M2_c + n_c (m_c r_c − ē)² ] + n_0 ē²,   ē = Σ_c n_c m_c r_c / n_h
 *
 *   (n_0 households of the stratum outside the classes, e = 0) — a sum of non-negative terms,
 *   exactly 0 when the e_i are equal, unlike Σe² − (Σe)²/n.
 *
 * Sums of many terms use Neumaier's compensated summation.
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

/** Floats per class in a row cell: n, mean weight, M2. */
const ROW = 3;

/**
 * The variance data of one domain at one level (households or persons): one cell per cell id
 * (a stratum for row cells, a PSU for PSU cells), packed in one growable array. Row cells hold
 * [n, mean weight, M2] per class (Welford); PSU cells the class totals.
 */
export class Cells {
  /** Cell id → its position in `data`. */
  readonly index = new Map<number, number>();
  /** The cells, `stride` floats each. */
  data: Float64Array;
  /** Floats per cell. */
  stride: number;

  constructor(
    readonly rows: boolean,
    public width: number,
  ) {
    this.stride = rows ? ROW * width : width;
    this.data = new Float64Array(16 * this.stride);
  }

  /** The offset of cell `id` in `data`, created (zero) when new. */
  private offset(id: number): number {
    const slot = this.index.get(id);
    if (slot !== undefined) return slot * this.stride;
    const next = this.index.size;
    if ((next + 1) * this.stride > this.data.length) {
      const data = new Float64Array(Math.ceil((1.5 * this.data.length) / this.stride) * this.stride);
      data.set(this.data);
      this.data = data;
    }
    this.index.set(id, next);
    return next * this.stride;
  }

  /** Adds weight `w` to `classes[0..count)` of cell `id` (a zero weight adds nothing: e = 0). */
  add(id: number, classes: Int32Array, count: number, w: number): void {
    if (w === 0) return;
    const base = this.offset(id);
    const cell = this.data;
    if (!this.rows) {
      for (let i = 0; i < count; i++) cell[base + classes[i]!]! += w;
      return;
    }
    for (let i = 0; i < count; i++) {
      const at = base + ROW * classes[i]!;
      const n = cell[at]! + 1;
      cell[at] = n;
      const delta = w - cell[at + 1]!;
      const mean = cell[at + 1]! + delta / n;
      cell[at + 1] = mean;
      cell[at + 2]! += delta * (w - mean);
    }
  }

  /** Grows every cell to `width` classes (new classes are zero); only ever called with more classes. */
  resize(width: number): void {
    const stride = this.rows ? ROW * width : width;
    const data = new Float64Array(Math.max(16, this.index.size) * stride);
    for (let slot = 0; slot < this.index.size; slot++) data.set(this.data.subarray(slot * this.stride, (slot + 1) * this.stride), slot * stride);
    this.data = data;
    this.stride = stride;
    this.width = width;
  }

  /** A deep copy. */
  clone(): Cells {
    const copy = new Cells(this.rows, this.width);
    for (const [id, slot] of this.index) copy.index.set(id, slot);
    copy.data = this.data.slice();
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

function dot(cell: Float64Array, base: number, classes: Int32Array, coefficients: readonly number[]): number {
  let value = 0;
  for (let j = 0; j < classes.length; j++) value += coefficients[j]! * cell[base + classes[j]!]!;
  return value;
}

/** n, mean and M2 of a union of disjoint classes of a row cell (Chan et al.'s pairwise merge). */
function merged(cell: Float64Array, base: number, classes: Int32Array): [number, number, number] {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let j = 0; j < classes.length; j++) {
    const at = base + ROW * classes[j]!;
    const nb = cell[at]!;
    if (nb === 0) continue;
    const total = n + nb;
    const delta = cell[at + 1]! - mean;
    m2 += cell[at + 2]! + (delta * delta * n * nb) / total;
    mean += (delta * nb) / total;
    n = total;
  }
  return [n, mean, m2];
}

/** One term of a linear combination `Σ coefficient · R_t` of ratio estimators (X > 0). */
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
export function linearisedVariance(registry: Registry, terms: readonly Term[], policy: SingletonPsu, scratch: Scratch): number {
  if (terms[0]!.cells.rows) return rowVariance(registry, terms[0]!, policy);
  return psuVariance(registry, terms, policy, scratch);
}

function rowVariance(registry: Registry, term: Term, policy: SingletonPsu): number {
  const { cells, estimand: e, R, X } = term;
  const total = new CompensatedSum();
  // Per class of the figure: n, mean weight, M2, and r = y − R·x (e = w·r for its households).
  const n: number[] = [];
  const m: number[] = [];
  const m2: number[] = [];
  const r: number[] = [];
  const cell = cells.data;
  for (const [h, slot] of cells.index) {
    const base = slot * cells.stride;
    n.length = m.length = m2.length = r.length = 0;
    if (e.kind === 'partition') {
      for (let j = 0; j < e.support.length; j++) {
        const at = base + ROW * e.support[j]!;
        if (cell[at] === 0) continue;
        n.push(cell[at]!);
        m.push(cell[at + 1]!);
        m2.push(cell[at + 2]!);
        r.push(e.sa[j]! - R * e.sb[j]!);
      }
    } else {
      // y = 1 on A, x = 1 on B ⊇ A: the classes A (r = 1 − R) and B∖A (r = −R).
      const [na, ma, m2a] = merged(cell, base, e.yc);
      const [nb, mb, m2b] = merged(cell, base, e.xc);
      if (na > 0) {
        n.push(na);
        m.push(ma);
        m2.push(m2a);
        r.push(1 - R);
      }
      const nc = nb - na;
      if (nc > 0) {
        const mc = (nb * mb - na * ma) / nc;
        n.push(nc);
        m.push(mc);
        m2.push(Math.max(0, m2b - m2a - (na * nc * (ma - mc) * (ma - mc)) / nb));
        r.push(-R);
      }
    }
    const size = registry.size[h]!;
    let inClasses = 0;
    const sum = new CompensatedSum();
    for (let j = 0; j < n.length; j++) {
      inClasses += n[j]!;
      sum.add(n[j]! * m[j]! * r[j]!);
    }
    const mean = sum.value / size;
    const deviations = new CompensatedSum();
    for (let j = 0; j < n.length; j++) {
      const d = m[j]! * r[j]! - mean;
      deviations.add(r[j]! * r[j]! * m2[j]! + n[j]! * d * d);
    }
    deviations.add((size - inClasses) * mean * mean);
    if (size > 1) total.add((size / (size - 1)) * deviations.value);
    else if (policy === 'adjust') total.add(sum.value * sum.value);
  }
  return total.value / (X * X);
}

/** Reusable work arrays for the variance computations (grown on demand). */
export class Scratch {
  z = new Float64Array(0);
  seen = new Uint8Array(0);
  touched = new Int32Array(0);
  sum = new Float64Array(0);
  deviation = new Float64Array(0);
  compensation = new Float64Array(0);
  present = new Int32Array(0);

  fit(psus: number, strata: number): void {
    if (this.z.length < psus) {
      this.z = new Float64Array(psus);
      this.seen = new Uint8Array(psus);
      this.touched = new Int32Array(psus);
    }
    if (this.sum.length < strata) {
      this.sum = new Float64Array(strata);
      this.deviation = new Float64Array(strata);
      this.compensation = new Float64Array(strata);
      this.present = new Int32Array(strata);
    }
  }
}

function psuVariance(registry: Registry, terms: readonly Term[], policy: SingletonPsu, scratch: Scratch): number {
  scratch.fit(registry.psuStratum.length, registry.size.length);
  const { z, seen, touched } = scratch;
  let count = 0;
  for (const term of terms) {
    const { cells, estimand: e, R, X, coefficient } = term;
    const scale = coefficient / X;
    const cell = cells.data;
    for (const [p, slot] of cells.index) {
      const base = slot * cells.stride;
      if (seen[p] === 0) {
        seen[p] = 1;
        touched[count++] = p;
        z[p] = 0;
      }
      z[p]! += scale * (dot(cell, base, e.yc, e.ya) / e.yDiv - (R * dot(cell, base, e.xc, e.xb)) / e.xDiv);
    }
  }
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    values[i] = z[touched[i]!]!;
    seen[touched[i]!] = 0;
  }
  return strataVariance(registry, touched, values, 0, count, policy, scratch);
}

/** One figure of a batch: its estimand, estimate and denominator total (X > 0). */
export interface BatchItem {
  readonly estimand: Estimand;
  readonly R: number;
  readonly X: number;
}

/**
 * The variances of many figures of one domain with PSU cells, in one sweep over the cells (a
 * cell's classes are read once for every figure, instead of once per figure).
 */
export function psuVariances(registry: Registry, cells: Cells, items: readonly BatchItem[], policy: SingletonPsu, scratch: Scratch): Float64Array {
  scratch.fit(registry.psuStratum.length, registry.size.length);
  const E = items.length;
  const K = cells.index.size;
  const z = new Float64Array(E * K);
  const psus = new Int32Array(K);
  const cell = cells.data;
  let k = 0;
  for (const [p, slot] of cells.index) {
    const base = slot * cells.stride;
    psus[k] = p;
    for (let i = 0; i < E; i++) {
      const { estimand: e, R, X } = items[i]!;
      z[i * K + k] = (dot(cell, base, e.yc, e.ya) / e.yDiv - (R * dot(cell, base, e.xc, e.xb)) / e.xDiv) / X;
    }
    k++;
  }
  const out = new Float64Array(E);
  for (let i = 0; i < E; i++) out[i] = strataVariance(registry, psus, z, i * K, K, policy, scratch);
  return out;
}

/**
 * Σ_h n_h/(n_h − 1) Σ_i (z_hi − z̄_h)² for the linearised values `z[offset + j]` of the PSUs
 * `psus[j]` (j < count; every other PSU of the design has z = 0). Two passes: the stratum
 * means, then the deviations, including the PSUs outside the domain.
 */
function strataVariance(registry: Registry, psus: Int32Array, z: Float64Array, offset: number, count: number, policy: SingletonPsu, scratch: Scratch): number {
  const stratumOf = registry.psuStratum;
  const size = registry.size;
  const { sum, deviation, compensation, present } = scratch;
  for (let j = 0; j < count; j++) {
    const h = stratumOf[psus[j]!]!;
    sum[h] = 0;
    deviation[h] = 0;
    compensation[h] = 0;
    present[h] = 0;
  }
  for (let j = 0; j < count; j++) {
    const h = stratumOf[psus[j]!]!;
    sum[h]! += z[offset + j]!;
    present[h]!++;
  }
  for (let j = 0; j < count; j++) {
    const h = stratumOf[psus[j]!]!;
    const n = size[h]!;
    const d = n > 1 ? z[offset + j]! - sum[h]! / n : z[offset + j]!;
    const term = d * d;
    const t = deviation[h]! + term;
    compensation[h]! += Math.abs(deviation[h]!) >= term ? deviation[h]! - t + term : term - t + deviation[h]!;
    deviation[h] = t;
  }
  const total = new CompensatedSum();
  for (let j = 0; j < count; j++) {
    const h = stratumOf[psus[j]!]!;
    if (present[h]! < 0) continue; // this stratum is done
    const n = size[h]!;
    if (n > 1) {
      const mean = sum[h]! / n;
      total.add((n / (n - 1)) * (deviation[h]! + compensation[h]! + (n - present[h]!) * mean * mean));
    } else if (policy === 'adjust') total.add(deviation[h]! + compensation[h]!);
    present[h] = -1;
  }
  return total.value;
}
