/**
 * The columnar path: answer-level households that arrive as columns (a national database
 * extract, Apache Arrow, Parquet) classified and summarised without an object per household.
 *
 * `classifyColumns` returns typed arrays — category codes, possible-category bitmasks,
 * deprivation and unknown counts, income positions — with the same results as `classify` on
 * the equivalent households; `summarizeColumns` (or `createColumnSummarizer` for data read in
 * batches) gives the same {@link Summary} as `summarize(classifyMany(…))`.
 *
 * @module
 */
import { preparedFor, type ClassifyOptions } from '../engine/classify.js';
import {
  categoriesOfMask,
  classifyColumnsWith,
  FAILED,
  type AnswerColumn,
  type ColumnarClassification,
  type HouseholdColumns,
  type IntegerArray,
} from '../engine/columnar.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { resolveRuleSet } from '../rules/registry.js';
import type { Category, RuleSet } from '../rules/types.js';
import type { IndicatorMeta } from '../stats/measures.js';
import { buildSummary, normaliseKey, Tally, type GroupKeyValue, type Summary } from './summarize.js';

export type {
  AnswerColumn,
  ColumnarClassification,
  ColumnFailure,
  ColumnIndicator,
  HouseholdColumns,
  IncomeColumn,
  IncomeValues,
  IntegerArray,
  Utf8Column,
} from '../engine/columnar.js';

/**
 * The category names of the codes in {@link ColumnarClassification.category}: code `i` is
 * `COLUMN_CATEGORIES[i]` (`0` poor … `4` undetermined). A failed row has code {@link FAILED_ROW}.
 *
 * @example
 * ```ts
 * import { COLUMN_CATEGORIES } from 'chuan-ngheo';
 * COLUMN_CATEGORIES[1]; // 'near-poor'
 * COLUMN_CATEGORIES.length; // 5
 * ```
 */
export const COLUMN_CATEGORIES: readonly ['poor', 'near-poor', 'average', 'above-average', 'undetermined'] = Object.freeze([
  'poor',
  'near-poor',
  'average',
  'above-average',
  'undetermined',
] as const);

/**
 * The category code of a row that could not be classified (its problems are in `failures`).
 *
 * @example
 * ```ts
 * import { FAILED_ROW } from 'chuan-ngheo';
 * FAILED_ROW; // 255
 * ```
 */
export const FAILED_ROW = FAILED;

/** Options for {@link classifyColumns}: those of `classify`, and what else to return. */
export interface ClassifyColumnsOptions extends ClassifyOptions {
  /**
   * Also return `perCapita` (per-capita income per period as a decimal string, as `classify`
   * shows it) and `perCapitaExact` for every row. Off by default: it builds one string per row.
   * `'utf8'` returns the same text as one UTF-8 column, `perCapitaUtf8` (the Arrow layout, for
   * writing Arrow or Parquet), and builds no string for integer per-capita incomes.
   */
  perCapita?: boolean | 'utf8';
  /**
   * Also return `lowIncomeWorker` (rule sets that define the low-income-worker rule, such as
   * `vn-2022-2025`): `0` not eligible, `1` eligible, `2` unknown. Off by default.
   */
  lowIncomeWorker?: boolean;
}

/**
 * Classifies answer-level households given as columns: one pass over the columns, no object
 * per household, the same rules and rule sets as `classify`.
 *
 * Every household needs an area, a size and an income; the indicator answers are codes `0`
 * (not deprived), `1` (deprived) and `2` (unknown), one column per indicator id (an indicator
 * without a column is unknown for every household, like an absent answer). Incomes are exact:
 * decimal strings in đồng (an array, or an Arrow-style UTF-8 column), or integers in a declared
 * unit (`scale: 0` đồng, `scale: 2` hundredths of a đồng) in integer typed arrays, 64-bit
 * arrays or arrays of safe integers. Floating-point arrays are refused.
 *
 * The shape is checked first (column types, lengths, unknown indicator ids, the income unit):
 * a problem there throws a {@link ValidationError} with the column's path. A row whose values
 * are not valid (an area code 7, a size 0, an income "1.500.000", an answer code 5) fails on its
 * own: category code {@link FAILED_ROW}, and an entry in `failures` with every problem and its
 * path, e.g. `['size', 17]`. Rows in = rows out: `classified + failures.length = length`.
 *
 * The results are those `classify` gives for the household `{ area, size, income: { [form]:
 * amount }, deprivations }` of each row: the same category, possible categories, deprivation
 * and unknown counts (property-tested on random data, including sub-đồng incomes).
 *
 * @param columns - The households as columns (see {@link HouseholdColumns}).
 * @param options - Rule set and review date (as for `classify`), `perCapita` and `lowIncomeWorker`.
 * @returns Typed arrays, one entry per household (see {@link ColumnarClassification}).
 * @throws {@link ValidationError} when the options or the shape of the columns are not valid.
 * @example
 * ```ts
 * import { classifyColumns, COLUMN_CATEGORIES } from 'chuan-ngheo';
 * const result = classifyColumns({
 *   area: ['rural', 'urban', 'rural'],
 *   size: Uint8Array.of(4, 2, 0),
 *   // hundredths of a đồng: 1,500,000.00 / 2,500,000.00 / 1,000,000.00 per person per month
 *   income: { form: 'perCapitaMonthly', values: Int32Array.of(150000000, 250000000, 100000000), scale: 2 },
 *   answers: {
 *     employment: Uint8Array.of(1, 0, 0),
 *     'health-insurance': Uint8Array.of(1, 0, 0),
 *     water: Uint8Array.of(1, 2, 0),
 *   },
 * });
 * Array.from(result.category, (code) => COLUMN_CATEGORIES[code] ?? 'failed'); // ['poor', 'average', 'failed']
 * Array.from(result.deprivationCount); // [3, 0, 0]
 * result.failures[0].issues[0].path; // ['size', 2]
 * // Per-capita amounts as one UTF-8 column (Arrow layout), for an Arrow or Parquet writer:
 * const { perCapitaUtf8 } = classifyColumns(
 *   { area: ['rural'], size: Uint8Array.of(4), income: { form: 'perCapitaMonthly', values: Int32Array.of(149999999), scale: 2 } },
 *   { perCapita: 'utf8' },
 * );
 * new TextDecoder().decode(perCapitaUtf8.data.subarray(perCapitaUtf8.offsets[0], perCapitaUtf8.offsets[1])); // '1499999.99'
 * ```
 */
export function classifyColumns(columns: HouseholdColumns, options?: ClassifyColumnsOptions): ColumnarClassification {
  const { compiled, date } = preparedFor(options);
  let perCapita: boolean | 'utf8' = false;
  let lowIncomeWorker = false;
  try {
    const asked = options === undefined ? undefined : (options as { perCapita?: unknown }).perCapita;
    perCapita = asked === true || asked === 'utf8' ? asked : false;
    lowIncomeWorker = options !== undefined && (options as { lowIncomeWorker?: unknown }).lowIncomeWorker === true;
  } catch {
    // A throwing getter: read as not given (the options were checked by preparedFor).
  }
  return classifyColumnsWith(compiled, columns, date === undefined ? { perCapita, lowIncomeWorker } : { perCapita, lowIncomeWorker, date });
}

/**
 * The categories of a possible-categories bitmask from {@link ColumnarClassification.possible},
 * poorest first (a shared, frozen array).
 *
 * @param mask - Bit 0 poor, bit 1 near-poor, bit 2 average, bit 3 above-average.
 * @returns The categories whose bits are set.
 * @example
 * ```ts
 * import { possibleCategoriesOf } from 'chuan-ngheo';
 * possibleCategoriesOf(0b0011); // ['poor', 'near-poor']
 * possibleCategoriesOf(0b0100); // ['average']
 * ```
 */
export function possibleCategoriesOf(mask: number): readonly Category[] {
  return categoriesOfMask(mask);
}

/**
 * Group keys for a columnar summary, one per household: values (strings, numbers, booleans;
 * `null` / `undefined` for the missing-key group), or integer `codes` with optional `labels`
 * (the key of a row is `labels[code]`, or the code as a string without labels).
 */
export type GroupKeys =
  | readonly GroupKeyValue[]
  | {
      /** One code per household. */
      readonly codes: IntegerArray | readonly number[];
      /** The key of each code (`labels[code]`); without it the key is the code as a string. */
      readonly labels?: readonly GroupKeyValue[];
    };

/** Options for {@link summarizeColumns}. */
export interface SummarizeColumnsOptions {
  /** Group the figures by these keys, one per household (see {@link GroupKeys}). */
  by?: GroupKeys;
  /** The rule set (id or object), to have the indicator tables even when no row was classified. */
  ruleSet?: string | RuleSet;
}

/**
 * An incremental columnar summary, for data classified in batches (Arrow record batches,
 * Parquet row groups): `add` each batch with its result, then `finish`.
 */
export interface ColumnSummarizer {
  /**
   * Adds a batch: the columns given to {@link classifyColumns} and what it returned, with the
   * batch's group keys when grouping (see {@link GroupKeys}).
   *
   * @throws {@link ValidationError} when the result does not fit the columns, or comes from
   *   another rule set than the batches before.
   */
  add(columns: HouseholdColumns, classification: ColumnarClassification, keys?: GroupKeys): void;
  /** The summary of every batch added so far. */
  finish(): Summary;
}

/** Answer columns in the rule set's indicator order (`undefined`: no column). */
function answerColumns(columns: HouseholdColumns, classification: ColumnarClassification): (AnswerColumn | undefined)[] {
  const issues: ValidationIssue[] = [];
  const n = classification.length;
  if (columns === null || typeof columns !== 'object')
    throw new ValidationError([{ path: [], code: 'invalid_type', message: 'columns must be the object given to classifyColumns' }]);
  const area = (columns as { area?: unknown }).area;
  if (!(ArrayBuffer.isView(area) || Array.isArray(area)) || (area as { length: number }).length !== n) {
    issues.push({
      path: ['area'],
      code: 'length_mismatch',
      message: `the columns do not fit the classification (${n} rows): give the columns that were classified`,
    });
  }
  const given = (columns.answers ?? {}) as Record<string, unknown>;
  const out = classification.indicators.map(({ id }) => {
    const column = given[id];
    if (column === undefined) return undefined;
    if (!(column instanceof Uint8Array || column instanceof Int8Array) || column.length !== n) {
      issues.push({ path: ['answers', id], code: 'length_mismatch', message: `the answer column does not fit the classification (${n} rows)` });
      return undefined;
    }
    return column;
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return out;
}

/** Sums the bytes of a 32-bit word of four byte lanes. */
function lanes(word: number): number {
  return (word & 0xff) + ((word >>> 8) & 0xff) + ((word >>> 16) & 0xff) + (word >>> 24);
}

/**
 * Rows are read in chunks of this many: each hot loop is a small function called per chunk, so
 * the compiler optimizes it on entry with the feedback of the chunks before (rather than
 * compiling a loop once while it runs, before the code after it has ever run).
 */
const CHUNK = 1 << 16;

/** Module scratch for the loops' second results (no object per call). */
let scratchTwos = 0;

/**
 * Bits 0 and 1 of every byte of the words `codes[from .. to)` (four rows each; at most 255 words
 * per call, so that no byte lane overflows): returns the ones, sets `scratchTwos`.
 */
function wordBits(codes: Int32Array, from: number, to: number): number {
  let d = 0;
  let u = 0;
  for (let j = from; j < to; j++) {
    const w = codes[j]!;
    d = (d + (w & 0x01010101)) | 0;
    u = (u + ((w >>> 1) & 0x01010101)) | 0;
  }
  scratchTwos = lanes(u);
  return lanes(d);
}

/** Bits 0 and 1 of every byte of a column, four rows at a time where it is 4-byte aligned. */
function bitCounts(column: AnswerColumn, out: Float64Array): void {
  let ones = 0;
  let twos = 0;
  let start = 0;
  if ((column.byteOffset & 3) === 0) {
    const words = column.length >>> 2;
    const codes = new Int32Array(column.buffer, column.byteOffset, words);
    for (let from = 0; from < words; from += 255) {
      ones += wordBits(codes, from, Math.min(words, from + 255));
      twos += scratchTwos;
    }
    start = words << 2;
  }
  for (let i = start; i < column.length; i++) {
    const code = column[i]!;
    ones += code & 1;
    twos += (code >>> 1) & 1;
  }
  out[0] = ones;
  out[1] = twos;
}

/** How many of the rows in `list[0 .. count)` have code 1 in `column`. */
function deprivedAmong(column: AnswerColumn, list: Int32Array, count: number): number {
  let deprived = 0;
  for (let j = 0; j < count; j++) deprived += +(column[list[j]!] === 1);
  return deprived;
}

/** The state of {@link rowFigures} over the chunks of a batch. */
interface RowFigures {
  /** Four interleaved histograms of category codes (so that equal neighbours do not wait on each other). */
  readonly histograms: Int32Array;
  /** AF complete cases, AF poor, sum of their deprivations. */
  population: number;
  afPoor: number;
  afSum: number;
  /** Poor-or-near-poor rows and multidimensionally poor rows, in row order (room for a whole chunk). */
  poorList: Int32Array;
  poorCount: number;
  censoredList: Int32Array;
  censoredCount: number;
}

/**
 * The category counts, the Alkire–Foster counts and the lists of poor-or-near-poor and
 * multidimensionally poor rows, for rows `from .. to` (at most one chunk: the lists have room).
 */
function rowFigures(category: Uint8Array, deprivationCount: Uint8Array, unknownCount: Uint8Array, cut: number, from: number, to: number, f: RowFigures): void {
  const histograms = f.histograms;
  const poorList = f.poorList;
  const censoredList = f.censoredList;
  let poorCount = f.poorCount;
  let censoredCount = f.censoredCount;
  let population = 0;
  let afPoor = 0;
  let afSum = 0;
  // Without branches on the data (`+(a === b)` is 0 or 1, and compiles to no branch): every
  // row is written at the end of each list, which advances only when the row belongs to it.
  for (let i = from; i < to; i++) {
    const code = category[i]!;
    const slot = ((i & 3) << 8) | code;
    histograms[slot] = (histograms[slot]! + 1) | 0;
    poorList[poorCount] = i;
    poorCount += +(code <= 1);
    const d = deprivationCount[i]!;
    const complete = +(unknownCount[i] === 0) & +(code !== FAILED);
    const poor = complete & +(d >= cut);
    population += complete;
    afPoor += poor;
    afSum += poor * d;
    censoredList[censoredCount] = i;
    censoredCount += poor;
  }
  f.poorCount = poorCount;
  f.censoredCount = censoredCount;
  f.population += population;
  f.afPoor += afPoor;
  f.afSum += afSum;
}

/**
 * {@link rowFigures} reading category, deprivation and unknown counts one 32-bit word (four rows)
 * at a time, for words `fromWord .. toWord` of 4-byte-aligned arrays on a little-endian platform.
 */
function rowFiguresPacked(
  category: Int32Array,
  deprivationCount: Int32Array,
  unknownCount: Int32Array,
  cut: number,
  fromWord: number,
  toWord: number,
  f: RowFigures,
): void {
  const histograms = f.histograms;
  const poorList = f.poorList;
  const censoredList = f.censoredList;
  let poorCount = f.poorCount;
  let censoredCount = f.censoredCount;
  let population = 0;
  let afPoor = 0;
  let afSum = 0;
  for (let q = fromWord; q < toWord; q++) {
    const codes = category[q]!;
    const counts = deprivationCount[q]!;
    const unknowns = unknownCount[q]!;
    for (let k = 0; k < 4; k++) {
      const i = (q << 2) | k;
      const shift = k << 3;
      const code = (codes >>> shift) & 0xff;
      const slot = (k << 8) | code;
      histograms[slot] = (histograms[slot]! + 1) | 0;
      poorList[poorCount] = i;
      poorCount += +(code <= 1);
      const d = (counts >>> shift) & 0xff;
      const complete = +(((unknowns >>> shift) & 0xff) === 0) & +(code !== FAILED);
      const poor = complete & +(d >= cut);
      population += complete;
      afPoor += poor;
      afSum += poor * d;
      censoredList[censoredCount] = i;
      censoredCount += poor;
    }
  }
  f.poorCount = poorCount;
  f.censoredCount = censoredCount;
  f.population += population;
  f.afPoor += afPoor;
  f.afSum += afSum;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Room for `more` entries after `count` in a list. */
function room(list: Int32Array, count: number, more: number): Int32Array {
  if (count + more <= list.length) return list;
  const grown = new Int32Array(Math.max(list.length * 2, count + more));
  grown.set(list.subarray(0, count));
  return grown;
}

/**
 * The complete cases by number of deprivations (the histogram behind the every-cut table
 * `alkireFoster.cuts`): for each classified row with no unknown indicator, one more at its
 * deprivation count — in `scores` of the row's tally (`group`: tally index per row).
 */
function addScores(tallies: readonly Tally[], group: Int32Array | undefined, classification: ColumnarClassification): void {
  const { category, deprivationCount, unknownCount } = classification;
  const n = classification.length;
  for (let i = 0; i < n; i++) {
    if (category[i] === FAILED || unknownCount[i] !== 0) continue;
    tallies[group === undefined ? 0 : group[i]!]!.scores[deprivationCount[i]!]!++;
  }
}

/**
 * The whole-population tallies of one batch: the row figures, then per indicator deprived and
 * unknown over all rows four at a time (less the failed rows' bytes) and the deprived among the
 * two lists.
 */
function addTotals(tally: Tally, answers: readonly (AnswerColumn | undefined)[], classification: ColumnarClassification, cut: number): void {
  const n = classification.length;
  const failures = classification.failures;
  const rows: RowFigures = {
    histograms: new Int32Array(4 * 256),
    population: 0,
    afPoor: 0,
    afSum: 0,
    poorList: new Int32Array(CHUNK),
    poorCount: 0,
    censoredList: new Int32Array(CHUNK),
    censoredCount: 0,
  };
  // Whole chunks four rows at a time (our own arrays are aligned; a typed array from elsewhere may not be).
  const aligned = (array: Uint8Array): boolean => (array.byteOffset & 3) === 0;
  const packed = LITTLE_ENDIAN && aligned(classification.category) && aligned(classification.deprivationCount) && aligned(classification.unknownCount);
  const view = (array: Uint8Array): Int32Array => new Int32Array(array.buffer, array.byteOffset, n >>> 2);
  const category32 = packed ? view(classification.category) : undefined;
  const deprived32 = packed ? view(classification.deprivationCount) : undefined;
  const unknown32 = packed ? view(classification.unknownCount) : undefined;
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    rows.poorList = room(rows.poorList, rows.poorCount, to - from);
    rows.censoredList = room(rows.censoredList, rows.censoredCount, to - from);
    const { category, deprivationCount, unknownCount } = classification;
    if (packed) {
      // `from` is a multiple of 4: whole words, then the last rows (of the last chunk) one by one.
      rowFiguresPacked(category32!, deprived32!, unknown32!, cut, from >>> 2, to >>> 2, rows);
      rowFigures(category, deprivationCount, unknownCount, cut, (to >>> 2) << 2, to, rows);
    } else rowFigures(category, deprivationCount, unknownCount, cut, from, to, rows);
  }
  const histogram = new Float64Array(256);
  for (let c = 0; c < 256; c++) histogram[c] = rows.histograms[c]! + rows.histograms[256 + c]! + rows.histograms[512 + c]! + rows.histograms[768 + c]!;
  const errors = histogram[FAILED]!;
  const classified = n - errors;
  for (let c = 0; c < 5; c++) tally.categories[c]! += histogram[c]!;
  tally.rows += n;
  tally.errors += errors;
  tally.afPopulation += rows.population;
  tally.afIncomplete += classified - rows.population;
  tally.afPoor += rows.afPoor;
  tally.afSum += rows.afSum;
  addScores([tally], undefined, classification);
  const counts = new Float64Array(2);
  for (let k = 0; k < answers.length; k++) {
    const column = answers[k];
    if (column === undefined) {
      tally.unknown[k]! += classified;
      continue;
    }
    // For a classified row the code is 0, 1 or 2: bit 0 is "deprived", bit 1 "unknown". The
    // failed rows' bytes (whatever they hold) are taken off again.
    bitCounts(column, counts);
    let deprived = counts[0]!;
    let unknown = counts[1]!;
    for (const failure of failures) {
      const code = column[failure.index]! & 0xff;
      deprived -= code & 1;
      unknown -= (code >>> 1) & 1;
    }
    tally.deprived[k]! += deprived;
    tally.unknown[k]! += unknown;
    tally.deprivedPoorOrNearPoor[k]! += deprivedAmong(column, rows.poorList, rows.poorCount);
    tally.censored[k]! += deprivedAmong(column, rows.censoredList, rows.censoredCount);
  }
}

/**
 * Group index of every row, new groups created in `groups` as keys are met. `first` is the
 * number of rows added before (an invalid key is reported at its row over all batches).
 */
function groupIndexes(keys: GroupKeys, n: number, groups: Map<string | null, number>, raw: Map<unknown, number>, first: number): Int32Array {
  const index = new Int32Array(n);
  let values: readonly unknown[] | IntegerArray;
  let labels: readonly GroupKeyValue[] | undefined;
  if (Array.isArray(keys)) values = keys;
  else if (
    keys !== null &&
    typeof keys === 'object' &&
    (ArrayBuffer.isView((keys as { codes?: unknown }).codes) || Array.isArray((keys as { codes?: unknown }).codes))
  ) {
    values = (keys as { codes: IntegerArray | readonly number[] }).codes;
    labels = (keys as { labels?: readonly GroupKeyValue[] }).labels;
  } else {
    throw new ValidationError([
      { path: ['by'], code: 'invalid_type', message: 'group keys must be an array with one key per household, or { codes, labels? }' },
    ]);
  }
  if (values.length !== n) throw new ValidationError([{ path: ['by'], code: 'length_mismatch', message: `${values.length} group keys for ${n} households` }]);
  if (values instanceof Uint8Array || values instanceof Uint16Array || values instanceof Int8Array || values instanceof Int16Array) {
    // Small integer codes: a table from code to group (filled from the same map as other keys).
    const table = new Int32Array(65536).fill(-1);
    for (let i = 0; i < n; i++) {
      const value = values[i]!;
      const slot = value & 0xffff;
      let g = table[slot]!;
      if (g === -1) {
        const key = normaliseKey(labels === undefined ? value : labels[value], first + i);
        const known = raw.get(value) ?? groups.get(key);
        g = known ?? groups.size;
        if (known === undefined) groups.set(key, g);
        raw.set(value, g);
        table[slot] = g;
      }
      index[i] = g;
    }
    return index;
  }
  for (let i = 0; i < n; i++) {
    const value = values[i];
    let g = raw.get(value);
    if (g === undefined) {
      const key = normaliseKey(labels === undefined ? value : labels[value as number], first + i);
      g = groups.get(key);
      if (g === undefined) {
        g = groups.size;
        groups.set(key, g);
      }
      // Objects are not cached (their key is null, and a Map would keep them alive).
      if (value === null || typeof value !== 'object') raw.set(value, g);
    }
    index[i] = g;
  }
  return index;
}

/**
 * Per-row pass of the grouped tallies, for rows `from .. to`: per group, the category histogram
 * (slots 0–4, failed rows in slot 7), Alkire–Foster counts; per row, flags: bit 0 classified,
 * bit 1 poor or near-poor, bit 2 multidimensionally poor. Without branches on the data.
 */
function groupRows(
  group: Int32Array,
  category: Uint8Array,
  deprivationCount: Uint8Array,
  unknownCount: Uint8Array,
  cut: number,
  from: number,
  to: number,
  flags: Uint8Array,
  histogram: Float64Array,
  af: Float64Array,
): void {
  for (let i = from; i < to; i++) {
    const g = group[i]!;
    const code = category[i]!;
    histogram[g * 8 + (code & 7)]!++;
    const valid = +(code !== FAILED);
    const d = deprivationCount[i]!;
    const complete = +(unknownCount[i] === 0) & valid;
    const poor = complete & +(d >= cut);
    flags[i] = valid | (+(code <= 1) << 1) | (poor << 2);
    af[g * 3]! += complete;
    af[g * 3 + 1]! += poor;
    af[g * 3 + 2]! += poor * d;
  }
}

/** Rows per packed pass: each of the four 13-bit fields of a packed sum stays below 2^13. */
const PACKED = 8191;
const F1 = 2 ** 13;
const F2 = 2 ** 26;
const F3 = 2 ** 39;

/**
 * Per-indicator pass of the grouped tallies, for rows `from .. to` (at most {@link PACKED}) of one
 * answer column: per group `g`, one packed sum `packed[g]` of deprived + 2^13 × unknown + 2^26 ×
 * deprived among poor or near-poor + 2^39 × deprived among the multidimensionally poor
 * (classified rows only; exact in a double: 52 bits). One addition per row.
 */
function groupAnswers(group: Int32Array, column: AnswerColumn, flags: Uint8Array, from: number, to: number, packed: Float64Array): void {
  for (let i = from; i < to; i++) {
    const code = column[i]!;
    const f = flags[i]!;
    const deprived = +(code === 1) & f;
    packed[group[i]!]! += deprived + (+(code === 2) & f) * F1 + (deprived & (f >>> 1)) * F2 + (deprived & (f >>> 2)) * F3;
  }
}

/** Adds the packed sums to the four counters of each group at `(g × 4) + 0..3`, and clears them. */
function unpack(packed: Float64Array, out: Float64Array): void {
  for (let g = 0; g < packed.length; g++) {
    let value = packed[g]!;
    const third = Math.floor(value / F3);
    value -= third * F3;
    const second = Math.floor(value / F2);
    value -= second * F2;
    const first = Math.floor(value / F1);
    out[g * 4]! += value - first * F1;
    out[g * 4 + 1]! += first;
    out[g * 4 + 2]! += second;
    out[g * 4 + 3]! += third;
    packed[g] = 0;
  }
}

/** The grouped tallies of one batch: a pass over the rows, then one per answer column. */
function addGroups(
  tallies: Tally[],
  group: Int32Array,
  answers: readonly (AnswerColumn | undefined)[],
  classification: ColumnarClassification,
  cut: number,
): void {
  const { category, deprivationCount, unknownCount } = classification;
  const n = classification.length;
  const groups = tallies.length;
  const flags = new Uint8Array(n);
  const histogram = new Float64Array(groups * 8);
  const af = new Float64Array(groups * 3);
  for (let from = 0; from < n; from += CHUNK)
    groupRows(group, category, deprivationCount, unknownCount, cut, from, Math.min(n, from + CHUNK), flags, histogram, af);
  for (let g = 0; g < groups; g++) {
    const tally = tallies[g]!;
    let rows = 0;
    for (let c = 0; c < 8; c++) rows += histogram[g * 8 + c]!;
    const errors = histogram[g * 8 + 7]!;
    tally.rows += rows;
    tally.errors += errors;
    for (let c = 0; c < 5; c++) tally.categories[c]! += histogram[g * 8 + c]!;
    tally.afPopulation += af[g * 3]!;
    tally.afIncomplete += rows - errors - af[g * 3]!;
    tally.afPoor += af[g * 3 + 1]!;
    tally.afSum += af[g * 3 + 2]!;
  }
  addScores(tallies, group, classification);
  const out = new Float64Array(groups * 4);
  const packed = new Float64Array(groups);
  answers.forEach((column, k) => {
    if (column === undefined) {
      // No column: unknown for every classified row.
      for (let g = 0; g < groups; g++) {
        let classified = 0;
        for (let c = 0; c < 5; c++) classified += histogram[g * 8 + c]!;
        tallies[g]!.unknown[k]! += classified;
      }
      return;
    }
    out.fill(0);
    for (let from = 0; from < n; from += PACKED) {
      groupAnswers(group, column, flags, from, Math.min(n, from + PACKED), packed);
      unpack(packed, out);
    }
    for (let g = 0; g < groups; g++) {
      const tally = tallies[g]!;
      tally.deprived[k]! += out[g * 4]!;
      tally.unknown[k]! += out[g * 4 + 1]!;
      tally.deprivedPoorOrNearPoor[k]! += out[g * 4 + 2]!;
      tally.censored[k]! += out[g * 4 + 3]!;
    }
  });
}

/**
 * Creates a {@link ColumnSummarizer}: the columnar form of `createSummarizer`, for batches
 * classified with {@link classifyColumns}. The figures are those of `summarize` over the same
 * households; batches added with keys are grouped (`by` is then `'(key)'`, as for
 * `Summarizer.add(row, key)`).
 *
 * @param options - The rule set (optional: it is read from the first batch with a classified row).
 * @returns An object with `add(columns, classification, keys?)` and `finish()`.
 * @example
 * ```ts
 * import { classifyColumns, createColumnSummarizer } from 'chuan-ngheo';
 * const summarizer = createColumnSummarizer();
 * for (const batch of [
 *   { area: Uint8Array.of(0, 1), size: Uint8Array.of(4, 2), income: { form: 'perCapitaMonthly' as const, values: ['1200000', '2500000'] }, answers: { water: Uint8Array.of(1, 0) } },
 *   { area: Uint8Array.of(1), size: Uint8Array.of(3), income: { form: 'perCapitaMonthly' as const, values: ['900000'] } },
 * ]) summarizer.add(batch, classifyColumns(batch));
 * const summary = summarizer.finish();
 * summary.rows; // 3
 * summary.categories.average.count; // 1
 * // Two households at or below the poverty line have too many unknown answers to decide:
 * summary.categories.undetermined.count; // 2
 * ```
 */
export function createColumnSummarizer(options: { ruleSet?: string | RuleSet } = {}): ColumnSummarizer {
  let ruleSet: Summary['ruleSet'] = null;
  let meta: readonly IndicatorMeta[] = [];
  let cut = 0;
  let known = false;
  if (options.ruleSet !== undefined) {
    const resolved = resolveRuleSet(options.ruleSet);
    ruleSet = { id: resolved.id, version: resolved.version, fingerprint: resolved.fingerprint };
    meta = resolved.indicators.map((indicator) => ({ id: indicator.id, dimension: indicator.dimension }));
    cut = resolved.deprivationCut.atLeast;
    known = true;
  }
  const total = new Tally(meta.length);
  const groupIndex = new Map<string | null, number>();
  const rawIndex = new Map<unknown, number>();
  const tallies: Tally[] = [];
  let rows = 0;

  return {
    add(columns: HouseholdColumns, classification: ColumnarClassification, keys?: GroupKeys): void {
      if (classification === null || typeof classification !== 'object' || !(classification.category instanceof Uint8Array)) {
        throw new ValidationError([{ path: [], code: 'invalid_type', message: 'classification must be what classifyColumns returned' }]);
      }
      if (classification.classified > 0) {
        if (!known) {
          ruleSet = { id: classification.ruleSet.id, version: classification.ruleSet.version, fingerprint: classification.ruleSet.fingerprint };
          meta = classification.indicators;
          cut = classification.deprivationCut;
          known = true;
          total.resize(meta.length);
          for (const tally of tallies) tally.resize(meta.length);
        } else if (classification.ruleSet.fingerprint !== ruleSet!.fingerprint) {
          throw new ValidationError([
            {
              path: [rows],
              code: 'mixed_rule_sets',
              message: `the batch at row ${rows} was classified under ${classification.ruleSet.id} (${classification.ruleSet.fingerprint.slice(0, 12)}…), the rows before under ${ruleSet!.id} (${ruleSet!.fingerprint.slice(0, 12)}…); summarize one rule set at a time`,
            },
          ]);
        }
      }
      // Only failed rows: as summarize does, they are counted as rows and errors, nothing else.
      const onlyFailed = classification.classified === 0;
      const answers = onlyFailed ? [] : answerColumns(columns, classification);
      if (onlyFailed) {
        total.rows += classification.length;
        total.errors += classification.length;
      } else addTotals(total, answers, classification, cut);
      if (keys !== undefined) {
        const group = groupIndexes(keys, classification.length, groupIndex, rawIndex, rows);
        while (tallies.length < groupIndex.size) tallies.push(new Tally(meta.length));
        if (onlyFailed) {
          for (let i = 0; i < classification.length; i++) {
            const tally = tallies[group[i]!]!;
            tally.rows++;
            tally.errors++;
          }
        } else addGroups(tallies, group, answers, classification, cut);
      }
      rows += classification.length;
    },
    finish(): Summary {
      const groups = new Map<string | null, Tally>();
      for (const [key, index] of groupIndex) groups.set(key, tallies[index]!);
      return buildSummary(ruleSet, groups.size > 0 ? '(key)' : null, meta, cut, total, groups);
    },
  };
}

/**
 * Population statistics for columns classified with {@link classifyColumns}: the same
 * {@link Summary} as `summarize` over the same households — category counts and shares, the
 * deprivation table, Alkire–Foster measures — computed from the typed arrays, four rows at a
 * time, with no result object per household. With `by` (one key per household) the figures
 * are also given per group (`by` is then `'(key)'`).
 *
 * @param columns - The columns that were classified.
 * @param classification - What `classifyColumns` returned for them.
 * @param options - Group keys (`by`) and optionally the rule set.
 * @returns The {@link Summary}.
 * @throws {@link ValidationError} when the classification does not fit the columns.
 * @example
 * ```ts
 * import { classifyColumns, summarizeColumns } from 'chuan-ngheo';
 * const columns = {
 *   area: ['rural', 'urban'],
 *   size: [4, 2],
 *   income: { form: 'perCapitaMonthly' as const, values: ['1200000', '2500000'] },
 *   answers: { employment: Uint8Array.of(1, 0), 'health-insurance': Uint8Array.of(1, 0), water: Uint8Array.of(1, 0) },
 * };
 * const summary = summarizeColumns(columns, classifyColumns(columns), { by: columns.area });
 * summary.categories.poor; // { count: 1, share: '0.5' }
 * summary.groups.map((group) => group.key); // ['rural', 'urban']
 * ```
 */
export function summarizeColumns(columns: HouseholdColumns, classification: ColumnarClassification, options: SummarizeColumnsOptions = {}): Summary {
  const summarizer = createColumnSummarizer(options.ruleSet === undefined ? {} : { ruleSet: options.ruleSet });
  summarizer.add(columns, classification, options.by);
  return summarizer.finish();
}
