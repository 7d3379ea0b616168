/**
 * The columnar kernel: answer-level households given as columns (typed arrays or arrays of
 * strings) classified in a few passes over the columns, with no object per household.
 *
 * The same rules as `evaluate`, from the same compiled rule set:
 * - the income is compared exactly with every line, as `amount × periodMonths ≤ line × divisor`
 *   (`divisor` 1, the size, or 12 × the size, by income form). Integer amounts in a declared
 *   unit (10^-scale đồng) are compared with integer thresholds `⌊line × divisor × 10^scale ÷
 *   periodMonths⌋`, computed once per rule set exactly with decimals; decimal strings are
 *   compared by their integer part with `⌊line × divisor ÷ periodMonths⌋` and, only when the
 *   integer parts are equal and the threshold is not a whole number, with decimals;
 * - an answer decides its indicator (0 not deprived, 1 deprived); without an answer (2, or no
 *   column) an answer-level household has no facts, so the indicator is unknown — as in
 *   `evaluate`, where every test kind returns "unknown" for a household with no members and no
 *   dwelling;
 * - the category and possible categories come from the compiled decision table for the income
 *   position and the deprivation-cut state.
 *
 * @internal
 * @module
 */
import { ValidationError, type IssueCode, type ValidationIssue } from '../errors.js';
import { MAX_HOUSEHOLD_SIZE } from '../input/schema.js';
import { compare, divideForDisplay, lte, MAX_AMOUNT_LENGTH, Money, parseAmount, plain } from '../money.js';
import type { Area, Category, Indicator } from '../rules/types.js';
import { CATEGORY_ORDER, type CompiledRuleSet } from './compile.js';
import type { RuleSetSummary } from './result.js';

/** A column of integers in a typed array. */
export type IntegerArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array;

/** A column of answer codes: 0 not deprived, 1 deprived, 2 unknown. */
export type AnswerColumn = Uint8Array | Int8Array;

/**
 * A column of UTF-8 strings in the Apache Arrow layout: the value of row `i` is the bytes
 * `data[offsets[i] .. offsets[i + 1])`. `offsets` has one more entry than there are rows.
 */
export interface Utf8Column {
  /** Start of each value in `data`, and the end of the last: length = rows + 1, non-decreasing. */
  readonly offsets: Int32Array;
  /** The bytes of every value, one after the other. */
  readonly data: Uint8Array;
}

/** Income values: decimal strings in đồng, or integers in units of 10^-`scale` đồng. */
export type IncomeValues = readonly (string | null | undefined)[] | Utf8Column | IntegerArray | BigInt64Array | BigUint64Array | readonly number[];

/** The income column: its form, its values, and for integers their unit. */
export interface IncomeColumn {
  /** What the amounts are, as in a household's `income`: per person per month, or for the household per month or per 12 months. */
  readonly form: 'perCapitaMonthly' | 'householdMonthly' | 'householdAnnual';
  /**
   * The amounts, exactly: plain decimal strings in đồng (as in `classify`, e.g. `"1500000.5"`;
   * an array of strings or a {@link Utf8Column}), or integers in a declared unit — an integer
   * typed array, a `BigInt64Array` / `BigUint64Array`, or an array of safe integers — with
   * `scale`. Floating-point arrays (`Float32Array`, `Float64Array`) are refused.
   */
  readonly values: IncomeValues;
  /**
   * For integer values, the unit as decimal places of a đồng: `0` whole đồng, `2` hundredths
   * (`150000001` is 1,500,000.01 đồng). Required with integers, refused with strings. 0–12.
   */
  readonly scale?: number;
  /**
   * An Apache Arrow validity bitmap (bit `i % 8` of byte `i >> 3`, least significant first): a
   * row whose bit is 0 has no income and fails. Without it every row has a value.
   */
  readonly validity?: Uint8Array;
}

/** Answer-level households as columns, one entry per household in every column. */
export interface HouseholdColumns {
  /** Area codes `0` rural, `1` urban (`Uint8Array` or `Int8Array`), or the strings `'rural'` / `'urban'`. */
  readonly area: Uint8Array | Int8Array | readonly (string | null | undefined)[];
  /** Household size, an integer from 1 to 200 (an integer typed array, or an array of numbers). */
  readonly size: IntegerArray | readonly number[];
  /** The income (see {@link IncomeColumn}). */
  readonly income: IncomeColumn;
  /**
   * Answer codes by indicator id (the rule set's ids, e.g. `'health-insurance'`): `0` not
   * deprived, `1` deprived, `2` unknown. An indicator without a column is unknown for every
   * household (as an absent answer is for `classify`).
   */
  readonly answers?: Readonly<Record<string, AnswerColumn>>;
}

/** A household (row) that could not be classified, with every problem found in its row. */
export interface ColumnFailure {
  /** The row, from 0. */
  readonly index: number;
  /** The problems, each with a path into the columns, e.g. `['size', 17]` or `['answers', 'water', 17]`. */
  readonly issues: readonly ValidationIssue[];
}

/** The indicator metadata a columnar result carries (for summaries). */
export interface ColumnIndicator {
  /** Indicator id, e.g. `health-insurance`. */
  readonly id: string;
  /** Dimension id, e.g. `health`. */
  readonly dimension: string;
}

/** The result of classifying columns: one entry per household in each typed array. */
export interface ColumnarClassification {
  /** Number of households (rows). */
  readonly length: number;
  /**
   * Category code per household: `0` poor, `1` near-poor, `2` average, `3` above-average,
   * `4` undetermined (the names are `COLUMN_CATEGORIES[code]`), `255` for a row that failed.
   */
  readonly category: Uint8Array;
  /**
   * The possible categories as a bitmask, poorest first: bit 0 poor, bit 1 near-poor, bit 2
   * average, bit 3 above-average (one bit when determined; 0 for a failed row).
   */
  readonly possible: Uint8Array;
  /** Indicators known to be deprived (0 for a failed row). */
  readonly deprivationCount: Uint8Array;
  /** Indicators whose status is unknown (0 for a failed row). */
  readonly unknownCount: Uint8Array;
  /**
   * The income position: `0` at or below the lowest line, `i` above line `i − 1` and at or below
   * line `i`, `lines` above every line (the rule set's `incomeLines` order); 255 for a failed row.
   */
  readonly incomePosition: Uint8Array;
  /**
   * With the `lowIncomeWorker` option, for rule sets that define the rule: eligibility of the
   * household's workers, `0` not eligible, `1` eligible, `2` unknown; 255 for a failed row.
   */
  readonly lowIncomeWorker?: Uint8Array;
  /** With the `perCapita` option: per-capita income per period as `classify` shows it (`null` for a failed row). */
  readonly perCapita?: readonly (string | null)[];
  /**
   * With `perCapita: 'utf8'`: the same amounts as one UTF-8 column in the Apache Arrow layout
   * (row `i` is `data[offsets[i]..offsets[i + 1]]`, empty for a failed row), and no string per row.
   */
  readonly perCapitaUtf8?: Utf8Column;
  /** With the `perCapita` option: 1 when `perCapita` is exact, 0 when rounded for display. */
  readonly perCapitaExact?: Uint8Array;
  /** Rows classified. */
  readonly classified: number;
  /** The rows that failed, in row order. */
  readonly failures: readonly ColumnFailure[];
  /** The rule set that decided, with its fingerprint. */
  readonly ruleSet: RuleSetSummary;
  /** The review date, when given. */
  readonly date?: string;
  /** The deprivation cut of the rule set. */
  readonly deprivationCut: number;
  /** The rule set's indicators, in order (the answer columns' ids). */
  readonly indicators: readonly ColumnIndicator[];
}

/** Category code of a row that failed. */
export const FAILED = 255;
const UNDETERMINED = 4;
const MAX_SCALE = 12;
const TWO_53 = 2 ** 53;
const SIZE_SLOTS = MAX_HOUSEHOLD_SIZE + 1;

type Form = IncomeColumn['form'];

/** The income column, normalised. */
type Income =
  | { readonly kind: 'strings'; readonly values: readonly unknown[] }
  | { readonly kind: 'utf8'; readonly offsets: Int32Array; readonly data: Uint8Array }
  | { readonly kind: 'integers'; readonly values: IntegerArray | readonly unknown[]; readonly scale: number; readonly plainArray: boolean }
  | { readonly kind: 'int64'; readonly values: BigInt64Array | BigUint64Array; readonly words: Uint32Array; readonly signed: boolean; readonly scale: number };

/** The columns after the structural checks. */
interface Columns {
  readonly n: number;
  readonly area: Uint8Array | Int8Array | readonly unknown[];
  readonly size: IntegerArray | readonly unknown[];
  readonly form: Form;
  readonly income: Income;
  readonly validity: Uint8Array | undefined;
  /** One entry per indicator of the rule set, `undefined` when no column was given. */
  readonly answers: readonly (AnswerColumn | undefined)[];
}

function isIntegerArray(value: unknown): value is IntegerArray {
  return (
    value instanceof Int8Array ||
    value instanceof Uint8Array ||
    value instanceof Int16Array ||
    value instanceof Uint16Array ||
    value instanceof Int32Array ||
    value instanceof Uint32Array
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return `a ${(value as object).constructor.name}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const FLOATS_REFUSED =
  'floating-point amounts are not exact; give decimal strings, or integers with a declared unit (scale: 0 for đồng, 2 for hundredths of a đồng)';

/** Reads and checks the shape of the columns (not the values); throws every structural problem at once. */
function readColumns(input: unknown, compiled: CompiledRuleSet): Columns {
  const issues: ValidationIssue[] = [];
  const fail = (path: (string | number)[], code: IssueCode, message: string): void => {
    issues.push({ path, code, message });
  };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ValidationError([
      { path: [], code: 'invalid_type', message: 'columns must be an object { area, size, income: { form, values, scale? }, answers }' },
    ]);
  }
  const given = input as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (key !== 'area' && key !== 'size' && key !== 'income' && key !== 'answers')
      fail([key], 'unrecognized_keys', `unknown column "${key.slice(0, 60)}" (columns are area, size, income and answers)`);
  }
  const area = given.area;
  let n = -1;
  if (area instanceof Uint8Array || area instanceof Int8Array || Array.isArray(area)) n = area.length;
  else
    fail(
      ['area'],
      'invalid_type',
      `area must be a Uint8Array or Int8Array of codes (0 rural, 1 urban) or an array of "rural" / "urban", got ${describe(area)}`,
    );

  const length = (path: (string | number)[], actual: number): void => {
    if (n >= 0 && actual !== n) fail(path, 'length_mismatch', `has ${actual} rows but area has ${n}; every column needs one entry per household`);
  };

  const size = given.size;
  if (isIntegerArray(size) || Array.isArray(size)) length(['size'], size.length);
  else if (size instanceof Float32Array || size instanceof Float64Array)
    fail(['size'], 'invalid_type', `size must be integers (an integer typed array or an array of numbers), got ${describe(size)}`);
  else fail(['size'], 'invalid_type', `size must be an integer typed array or an array of numbers, got ${describe(size)}`);

  let form: Form = 'perCapitaMonthly';
  let income: Income | undefined;
  let validity: Uint8Array | undefined;
  const incomeGiven = given.income;
  if (incomeGiven === null || typeof incomeGiven !== 'object' || Array.isArray(incomeGiven) || ArrayBuffer.isView(incomeGiven)) {
    fail(['income'], 'invalid_type', `income must be an object { form, values, scale? }, got ${describe(incomeGiven)}`);
  } else {
    const column = incomeGiven as Record<string, unknown>;
    for (const key of Object.keys(column)) {
      if (key !== 'form' && key !== 'values' && key !== 'scale' && key !== 'validity')
        fail(['income', key], 'unrecognized_keys', `unknown field "${key.slice(0, 60)}" (income has form, values, scale and validity)`);
    }
    if (column.form === 'perCapitaMonthly' || column.form === 'householdMonthly' || column.form === 'householdAnnual') form = column.form;
    else fail(['income', 'form'], 'income_form', 'income.form must be perCapitaMonthly, householdMonthly or householdAnnual');
    const values = column.values;
    const scale = column.scale;
    // Integers come in an integer typed array, or in a plain array when a scale is given.
    const firstGiven = Array.isArray(values) ? values.find((value) => value !== null && value !== undefined) : undefined;
    const integers =
      isIntegerArray(values) ||
      values instanceof BigInt64Array ||
      values instanceof BigUint64Array ||
      (Array.isArray(values) && scale !== undefined && typeof firstGiven !== 'string');
    const floats = values instanceof Float32Array || values instanceof Float64Array;
    let scaleOk = true;
    if (floats) {
      // Refused below, whatever the scale.
    } else if (integers) {
      if (scale === undefined) {
        fail(['income', 'scale'], 'scale_required', 'integer amounts need their unit: scale 0 for đồng, 2 for hundredths of a đồng');
        scaleOk = false;
      } else if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
        fail(['income', 'scale'], 'invalid_value', `scale must be an integer from 0 to ${MAX_SCALE} (decimal places of a đồng)`);
        scaleOk = false;
      }
    } else if (scale !== undefined) {
      fail(['income', 'scale'], 'invalid_value', 'scale is for integer amounts; decimal strings are in đồng');
    } else if (Array.isArray(values) && typeof firstGiven === 'number') {
      fail(
        ['income', 'scale'],
        'scale_required',
        'an array of numbers holds integer amounts and needs their unit: scale 0 for đồng, 2 for hundredths of a đồng (or give decimal strings)',
      );
    }
    if (values instanceof Float32Array || values instanceof Float64Array) {
      fail(['income', 'values'], 'float_amounts', FLOATS_REFUSED);
    } else if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
      length(['income', 'values'], values.length);
      if (scaleOk) {
        income = {
          kind: 'int64',
          values,
          words: new Uint32Array(values.buffer, values.byteOffset, values.length * 2),
          signed: values instanceof BigInt64Array,
          scale: scale as number,
        };
      }
    } else if (isIntegerArray(values)) {
      length(['income', 'values'], values.length);
      if (scaleOk) income = { kind: 'integers', values, scale: scale as number, plainArray: false };
    } else if (Array.isArray(values)) {
      length(['income', 'values'], values.length);
      // An array holds decimal strings, or (with a scale) numbers that must be safe integers.
      if (integers) {
        if (scaleOk) income = { kind: 'integers', values, scale: scale as number, plainArray: true };
      } else income = { kind: 'strings', values };
    } else if (
      values !== null &&
      typeof values === 'object' &&
      (values as Utf8Column).offsets instanceof Int32Array &&
      (values as Utf8Column).data instanceof Uint8Array
    ) {
      const { offsets, data } = values as Utf8Column;
      length(['income', 'values', 'offsets'], Math.max(offsets.length - 1, 0));
      let ordered = offsets.length >= 1 && offsets[0]! >= 0 && offsets[offsets.length - 1]! <= data.length;
      for (let i = 1; ordered && i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) ordered = false;
      if (!ordered) fail(['income', 'values', 'offsets'], 'invalid_value', 'offsets must start at 0 or more, never decrease, and end within data');
      else income = { kind: 'utf8', offsets, data };
    } else {
      fail(
        ['income', 'values'],
        'invalid_type',
        `income.values must be an array of decimal strings, a { offsets, data } UTF-8 column, or integers with a scale; got ${describe(values)}`,
      );
    }
    if (column.validity !== undefined) {
      if (!(column.validity instanceof Uint8Array))
        fail(['income', 'validity'], 'invalid_type', 'income.validity must be a Uint8Array bitmap (Apache Arrow layout)');
      else if (n >= 0 && column.validity.length < Math.ceil(n / 8))
        fail(['income', 'validity'], 'length_mismatch', `the bitmap has ${column.validity.length} bytes; ${n} rows need ${Math.ceil(n / 8)}`);
      else validity = column.validity;
    }
  }

  const answers: (AnswerColumn | undefined)[] = new Array<AnswerColumn | undefined>(compiled.indicators.length).fill(undefined);
  const answersGiven = given.answers;
  if (answersGiven !== undefined) {
    if (answersGiven === null || typeof answersGiven !== 'object' || Array.isArray(answersGiven) || ArrayBuffer.isView(answersGiven)) {
      fail(['answers'], 'invalid_type', `answers must be an object of answer columns by indicator id, got ${describe(answersGiven)}`);
    } else {
      const position = new Map(compiled.indicatorIdList.map((id, i) => [id, i]));
      for (const id of Object.keys(answersGiven)) {
        const index = position.get(id);
        const column = (answersGiven as Record<string, unknown>)[id];
        if (index === undefined)
          fail(
            ['answers', id],
            'unrecognized_keys',
            `"${id.slice(0, 60)}" is not an indicator of ${compiled.ruleSet.id} (its indicators: ${compiled.indicatorIdList.join(', ')})`,
          );
        else if (column instanceof Uint8Array || column instanceof Int8Array) {
          length(['answers', id], column.length);
          answers[index] = column;
        } else
          fail(
            ['answers', id],
            'invalid_type',
            `an answer column must be a Uint8Array or Int8Array of codes (0 not deprived, 1 deprived, 2 unknown), got ${describe(column)}`,
          );
      }
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { n, area: area as Columns['area'], size: size as Columns['size'], form, income: income!, validity, answers };
}

/** Thresholds for one income form and unit, by area, size and line. */
interface Thresholds {
  /** Entries per (area, size): 4 when there are at most 4 lines (the rest +∞), else the number of lines. */
  readonly stride: number;
  /** Index `(area × 201 + size) × stride + line`: ⌊line × divisor × 10^scale ÷ periodMonths⌋, at most 2^53. */
  readonly floor: Float64Array;
  /** The same, exactly (for integers of 2^53 and more). */
  readonly exact: readonly bigint[];
  /** 1 when line × divisor × 10^scale ÷ periodMonths is a whole number. */
  readonly whole: Uint8Array;
}

const thresholdCache = new WeakMap<CompiledRuleSet, Map<string, Thresholds>>();

function divisorFor(form: Form, size: number): number {
  return form === 'perCapitaMonthly' ? 1 : form === 'householdMonthly' ? size : size * 12;
}

function thresholdsFor(compiled: CompiledRuleSet, form: Form, scale: number): Thresholds {
  let byKey = thresholdCache.get(compiled);
  if (byKey === undefined) {
    byKey = new Map();
    thresholdCache.set(compiled, byKey);
  }
  const key = `${form}:${scale}`;
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const lines = compiled.lines.length;
  const stride = lines <= 4 ? 4 : lines;
  // Padding entries are +∞: no amount is above them, so four comparisons give the position.
  const floor = new Float64Array(2 * SIZE_SLOTS * stride).fill(Number.POSITIVE_INFINITY);
  const exact: bigint[] = new Array<bigint>(floor.length).fill(0n);
  const whole = new Uint8Array(floor.length);
  const unit = new Money(10).pow(scale);
  const areas: Area[] = ['rural', 'urban'];
  for (let a = 0; a < 2; a++) {
    for (let size = 1; size <= MAX_HOUSEHOLD_SIZE; size++) {
      const amounts = compiled.linesTimes(areas[a]!, divisorFor(form, size));
      for (let j = 0; j < lines; j++) {
        const index = (a * SIZE_SLOTS + size) * stride + j;
        // amount × periodMonths ≤ line × divisor  ⇔  amount ≤ q,  q = line × divisor ÷ periodMonths.
        // For an integer u = amount × 10^scale:  u ≤ q × 10^scale  ⇔  u ≤ ⌊q × 10^scale⌋.
        const q = amounts[j]!.times(unit).div(compiled.periodMonths);
        const down = q.floor();
        exact[index] = BigInt(plain(down));
        floor[index] = down.gte(TWO_53) ? TWO_53 : down.toNumber();
        whole[index] = down.eq(q) ? 1 : 0;
      }
    }
  }
  const thresholds = { stride, floor, exact, whole };
  byKey.set(key, thresholds);
  return thresholds;
}

// ---------------------------------------------------------------------------------------------
// Pass 1: answers → deprivation and unknown counts (four rows at a time where aligned)

/**
 * Adds the answer columns to the counts; returns true when some code is not 0, 1 or 2 (the rows
 * with one are then marked in `bad`). Codes: bit 0 is "deprived", bit 1 "unknown".
 *
 * Four rows at a time as 32-bit words, and four columns per pass, where the columns are 4-byte
 * aligned: each byte lane counts one row, and every term added to it is 0 or 1 (the bit, masked),
 * so a lane never carries into the next whatever the bytes hold (at most 255 indicators). A
 * byte above 2 shows in `(w + 0x7d7d7d7d) | w`: bit 7 of its lane is set (for bytes up to 0x7f
 * the sum has no carry; larger bytes have bit 7 already).
 */
function countAnswers(columns: Columns, deprived: Uint8Array, unknown: Uint8Array, bad: number[]): boolean {
  const n = columns.n;
  const words = n >>> 2;
  const deprived32 = new Int32Array(deprived.buffer, deprived.byteOffset, words);
  const unknown32 = new Int32Array(unknown.buffer, unknown.byteOffset, words);
  let missing = 0;
  const aligned: AnswerColumn[] = [];
  const unaligned: AnswerColumn[] = [];
  for (const column of columns.answers) {
    if (column === undefined) missing++;
    else if ((column.byteOffset & 3) === 0) aligned.push(column);
    else unaligned.push(column);
  }
  let check = 0;
  let zero: Int32Array | undefined;
  const view = (column: AnswerColumn | undefined): Int32Array =>
    column === undefined ? (zero ??= new Int32Array(words)) : new Int32Array(column.buffer, column.byteOffset, words);
  // Eight columns per pass while there are eight, then four (missing ones read as zeros).
  for (let g = 0; g < aligned.length; ) {
    if (aligned.length - g >= 8) {
      check |= addEight(aligned.slice(g, g + 8).map(view), deprived32, unknown32, words);
      g += 8;
    } else {
      check |= addFour(
        [0, 1, 2, 3].map((k) => view(aligned[g + k])),
        deprived32,
        unknown32,
        words,
      );
      g += 4;
    }
  }
  // Rows past the last whole word of the aligned columns, and unaligned columns: byte by byte.
  let invalid = (check & 0x80808080) !== 0;
  for (const column of aligned) {
    for (let i = words << 2; i < n; i++) {
      const code = column[i]! & 0xff;
      deprived[i] = deprived[i]! + (code & 1);
      unknown[i] = unknown[i]! + ((code >>> 1) & 1);
      if (code > 2) invalid = true;
    }
  }
  for (const column of unaligned) {
    for (let i = 0; i < n; i++) {
      const code = column[i]! & 0xff;
      deprived[i] = deprived[i]! + (code & 1);
      unknown[i] = unknown[i]! + ((code >>> 1) & 1);
      if (code > 2) invalid = true;
    }
  }
  if (missing > 0) {
    const add = Math.imul(missing, 0x01010101);
    for (let j = 0; j < words; j++) unknown32[j] = (unknown32[j]! + add) | 0;
    for (let i = words << 2; i < n; i++) unknown[i] = unknown[i]! + missing;
  }
  if (invalid) {
    for (const column of columns.answers) {
      if (column === undefined) continue;
      for (let i = 0; i < n; i++) {
        const code = column[i]!;
        if (code !== 0 && code !== 1 && code !== 2) bad.push(i);
      }
    }
  }
  return invalid;
}

/**
 * Adds four answer columns (as 32-bit words) to the counts; returns the OR of `(w + 0x7d7d7d7d)
 * | w` over the words (bit 7 of a lane set: some byte above 2). Deprived terms are `w & M` (bit
 * 0 of each lane), unknown terms `w & 2M` (bit 1, counted in twos and halved once per word).
 */
function addFour(c: Int32Array[], deprived32: Int32Array, unknown32: Int32Array, words: number): number {
  const M = 0x01010101;
  const M2 = 0x02020202;
  const [c0, c1, c2, c3] = c as [Int32Array, Int32Array, Int32Array, Int32Array];
  let check = 0;
  for (let j = 0; j < words; j++) {
    const w0 = c0[j]!;
    const w1 = c1[j]!;
    const w2 = c2[j]!;
    const w3 = c3[j]!;
    deprived32[j] = (deprived32[j]! + (w0 & M) + (w1 & M) + (w2 & M) + (w3 & M)) | 0;
    unknown32[j] = (unknown32[j]! + (((w0 & M2) + (w1 & M2) + (w2 & M2) + (w3 & M2)) >>> 1)) | 0;
    check |= (w0 + 0x7d7d7d7d) | w0 | (w1 + 0x7d7d7d7d) | w1 | (w2 + 0x7d7d7d7d) | w2 | (w3 + 0x7d7d7d7d) | w3;
  }
  return check;
}

/** {@link addFour} for eight columns (each lane of a term sum stays below 17: no carry). */
function addEight(c: Int32Array[], deprived32: Int32Array, unknown32: Int32Array, words: number): number {
  const M = 0x01010101;
  const M2 = 0x02020202;
  const [c0, c1, c2, c3, c4, c5, c6, c7] = c as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  let check = 0;
  for (let j = 0; j < words; j++) {
    const w0 = c0[j]!;
    const w1 = c1[j]!;
    const w2 = c2[j]!;
    const w3 = c3[j]!;
    const w4 = c4[j]!;
    const w5 = c5[j]!;
    const w6 = c6[j]!;
    const w7 = c7[j]!;
    deprived32[j] = (deprived32[j]! + (w0 & M) + (w1 & M) + (w2 & M) + (w3 & M) + (w4 & M) + (w5 & M) + (w6 & M) + (w7 & M)) | 0;
    unknown32[j] = (unknown32[j]! + (((w0 & M2) + (w1 & M2) + (w2 & M2) + (w3 & M2) + (w4 & M2) + (w5 & M2) + (w6 & M2) + (w7 & M2)) >>> 1)) | 0;
    check |=
      (w0 + 0x7d7d7d7d) |
      w0 |
      (w1 + 0x7d7d7d7d) |
      w1 |
      (w2 + 0x7d7d7d7d) |
      w2 |
      (w3 + 0x7d7d7d7d) |
      w3 |
      (w4 + 0x7d7d7d7d) |
      w4 |
      (w5 + 0x7d7d7d7d) |
      w5 |
      (w6 + 0x7d7d7d7d) |
      w6 |
      (w7 + 0x7d7d7d7d) |
      w7;
  }
  return check;
}

/**
 * The deprivation-cut state of every row, as `evaluate` has it: 1 when `deprived ≥ cut`, 0 when
 * `deprived + unknown < cut`, 2 otherwise. Four rows at a time when counts and cut stay below
 * 128 (a byte lane with bit 7 set minus a smaller number never borrows from the next lane):
 * `ge = ((d | 0x80) − cut) >>> 7`, `lt = 1 − (((d + u) | 0x80) − cut) >>> 7`, state `2 − ge − 2·lt`.
 */
function cutStates(deprived: Uint8Array, unknown: Uint8Array, cut: number, indicators: number, out: Uint8Array): void {
  const n = deprived.length;
  let start = 0;
  if (cut <= 127 && indicators <= 127) {
    const words = n >>> 2;
    const d32 = new Int32Array(deprived.buffer, deprived.byteOffset, words);
    const u32 = new Int32Array(unknown.buffer, unknown.byteOffset, words);
    const o32 = new Int32Array(out.buffer, out.byteOffset, words);
    const cuts = Math.imul(cut, 0x01010101);
    for (let j = 0; j < words; j++) {
      const d = d32[j]!;
      const ge = (((d | 0x80808080) - cuts) >>> 7) & 0x01010101;
      const notBelow = ((((d + u32[j]!) | 0x80808080) - cuts) >>> 7) & 0x01010101;
      // 2 − ge − 2 × lt, with lt = 1 − notBelow: 2·notBelow − ge (never negative in a lane).
      o32[j] = ((notBelow << 1) - ge) | 0;
    }
    start = words << 2;
  }
  for (let i = start; i < n; i++) {
    const d = deprived[i]!;
    out[i] = d >= cut ? 1 : d + unknown[i]! < cut ? 0 : 2;
  }
}

// ---------------------------------------------------------------------------------------------
// Pass 2: area, size and income → income position

/** Area codes as a Uint8Array (0 rural, 1 urban, 255 not valid). */
function areaCodes(area: Columns['area'], n: number): Uint8Array {
  if (area instanceof Uint8Array) return area;
  const codes = new Uint8Array(n);
  if (area instanceof Int8Array) {
    for (let i = 0; i < n; i++) codes[i] = area[i] === 0 ? 0 : area[i] === 1 ? 1 : 255;
  } else {
    for (let i = 0; i < n; i++) {
      const value = area[i];
      codes[i] = value === 'rural' ? 0 : value === 'urban' ? 1 : 255;
    }
  }
  return codes;
}

/** Sizes as a Uint8Array (1..200; 0 not valid). */
function sizeCodes(size: Columns['size'], n: number): Uint8Array {
  const codes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const value = size[i];
    codes[i] = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_HOUSEHOLD_SIZE ? value : 0;
  }
  return codes;
}

/**
 * The outputs of the row pass and the decision table. Each row pass reads a row's area, size
 * and income, finds the income position and, with the counts of the answer pass, the decision
 * (category and possible categories) in the same loop; a row that is not
 * valid is marked in `bad` and counted.
 */
interface RowPass {
  readonly codes: DecisionCodes;
  /** The deprivation-cut state of every row (see {@link cutStates}). */
  readonly cutState: Uint8Array;
  readonly deprived: Uint8Array;
  readonly unknown: Uint8Array;
  readonly position: Uint8Array;
  readonly category: Uint8Array;
  readonly possible: Uint8Array;
  readonly worker: Uint8Array | undefined;
  /** Rows found not valid, in row order. */
  readonly bad: number[];
}

/** Rows of integer amounts (numbers below 2^53); returns the number of rows not valid. */
function rowsOfIntegers(
  values: IntegerArray | readonly unknown[],
  plainArray: boolean,
  area: Uint8Array,
  size: Uint8Array,
  t: Thresholds,
  lines: number,
  o: RowPass,
  from = 0,
  to = o.position.length,
): number {
  const floor = t.floor;
  const width = t.stride;
  const { cutState, position, category, possible, bad } = o;
  const byCut = o.codes.byCut;
  // Module constants as locals (loop-invariant for the compiler).
  const maxSize = MAX_HOUSEHOLD_SIZE;
  const slots = SIZE_SLOTS;
  let failed = 0;
  for (let i = from; i < to; i++) {
    const a = area[i]!;
    const s = size[i]!;
    const v = values[i] as number;
    if (a > 1 || s === 0 || s > maxSize || !(v >= 0) || (plainArray && !Number.isSafeInteger(v))) {
      bad.push(i);
      failed++;
      continue;
    }
    // 0 ≤ v < 2^53 and every threshold is min(⌊q × 10^scale⌋, 2^53): v ≤ min(T, 2^53) ⇔ v ≤ T
    // (if T > 2^53 both hold, since v < 2^53), and both sides are exact doubles.
    const base = (a * slots + s) * width;
    // Thresholds ascend: the position is the number of lines the amount is above. `+(a > b)`
    // compiles without a branch (a conditional `? 1 : 0` does not, and mispredicts on incomes).
    let p: number;
    if (width === 4) p = +(v > floor[base]!) + +(v > floor[base + 1]!) + +(v > floor[base + 2]!) + +(v > floor[base + 3]!);
    else {
      p = 0;
      for (let j = 0; j < lines; j++) p += +(v > floor[base + j]!);
    }
    const decided = byCut[p * 3 + cutState[i]!]!;
    position[i] = p;
    category[i] = decided;
    possible[i] = decided >>> 8;
  }
  return failed;
}

/** Rows of 64-bit integer amounts: compared as doubles below 2^53, as bigints above. */
function rowsOfInt64(
  income: Extract<Income, { kind: 'int64' }>,
  area: Uint8Array,
  size: Uint8Array,
  t: Thresholds,
  lines: number,
  o: RowPass,
  from = 0,
  to = o.position.length,
): number {
  const { words, signed, values } = income;
  const floor = t.floor;
  const exact = t.exact;
  const width = t.stride;
  const { cutState, position, category, possible, bad } = o;
  const byCut = o.codes.byCut;
  // Word order of a 64-bit value in memory: low word first on little-endian platforms.
  const low = LITTLE_ENDIAN ? 0 : 1;
  const high = 1 - low;
  // Module constants as locals (loop-invariant for the compiler).
  const maxSize = MAX_HOUSEHOLD_SIZE;
  const slots = SIZE_SLOTS;
  let failed = 0;
  for (let i = from; i < to; i++) {
    const a = area[i]!;
    const s = size[i]!;
    const hi = words[2 * i + high]!;
    let p = 0;
    // One test for the common row (area 0 or 1, size 1–200, amount below 2^53 units); the
    // others (not valid, or 2^53 units and more) are sorted out apart.
    if (((a >>> 1) | +((s - 1) >>> 0 >= maxSize) | (hi >>> 21)) === 0) {
      const base = (a * slots + s) * width;
      // Below 2^53: hi × 2^32 + lo is exact (see rowsOfIntegers for the comparison).
      const v = hi * 4294967296 + words[2 * i + low]!;
      if (width === 4) p = +(v > floor[base]!) + +(v > floor[base + 1]!) + +(v > floor[base + 2]!) + +(v > floor[base + 3]!);
      else for (let j = 0; j < lines; j++) p += +(v > floor[base + j]!);
    } else if (a > 1 || s === 0 || s > maxSize || (signed && hi >= 0x80000000)) {
      bad.push(i);
      failed++;
      continue;
    } else p = bigPosition(values[i]!, exact, (a * slots + s) * width, lines);
    const decided = byCut[p * 3 + cutState[i]!]!;
    position[i] = p;
    category[i] = decided;
    possible[i] = decided >>> 8;
  }
  return failed;
}

/**
 * {@link rowsOfInt64} four rows at a time, for at most four lines, 4-byte-aligned byte columns
 * and a little-endian platform (byte k of a 32-bit word is row 4q + k): area, size and cut
 * state are read, and position, category and possible categories
 * written, as one 32-bit word per four rows (each typed-array access costs the same for one byte
 * or four). Four rows that are not all common (valid, below 2^53 units) go through
 * {@link rowsOfInt64}. Returns the number of rows not valid.
 */
function rowsOfInt64Packed(income: Extract<Income, { kind: 'int64' }>, area: Uint8Array, size: Uint8Array, t: Thresholds, lines: number, o: RowPass): number {
  const n = o.position.length;
  const quads = n >>> 2;
  const words = income.words;
  const floor = t.floor;
  const byCut = o.codes.byCut;
  const area32 = new Int32Array(area.buffer, area.byteOffset, quads);
  const size32 = new Int32Array(size.buffer, size.byteOffset, quads);
  const cut32 = new Int32Array(o.cutState.buffer, o.cutState.byteOffset, quads);
  const position32 = new Int32Array(o.position.buffer, o.position.byteOffset, quads);
  const category32 = new Int32Array(o.category.buffer, o.category.byteOffset, quads);
  const possible32 = new Int32Array(o.possible.buffer, o.possible.byteOffset, quads);
  const low = 0;
  const high = 1;
  const slots = SIZE_SLOTS;
  let failed = 0;
  for (let q = 0; q < quads; q++) {
    const areas = area32[q]!;
    const sizes = size32[q]!;
    const w = q << 3;
    const h0 = words[w + high]!;
    const h1 = words[w + 2 + high]!;
    const h2 = words[w + 4 + high]!;
    const h3 = words[w + 6 + high]!;
    const s0 = sizes & 0xff;
    const s1 = (sizes >>> 8) & 0xff;
    const s2 = (sizes >>> 16) & 0xff;
    const s3 = sizes >>> 24;
    // Areas 0 or 1, sizes 1–200, amounts below 2^53 units: else row by row, with the checks.
    if (
      (areas & 0xfefefefe) |
      +((s0 - 1) >>> 0 >= 200) |
      +((s1 - 1) >>> 0 >= 200) |
      +((s2 - 1) >>> 0 >= 200) |
      +((s3 - 1) >>> 0 >= 200) |
      ((h0 | h1 | h2 | h3) >>> 21)
    ) {
      failed += rowsOfInt64(income, area, size, t, lines, o, q << 2, (q << 2) + 4);
      continue;
    }
    const cuts = cut32[q]!;
    const b0 = ((areas & 1) * slots + s0) << 2;
    const b1 = (((areas >>> 8) & 1) * slots + s1) << 2;
    const b2 = (((areas >>> 16) & 1) * slots + s2) << 2;
    const b3 = (((areas >>> 24) & 1) * slots + s3) << 2;
    const v0 = h0 * 4294967296 + words[w + low]!;
    const v1 = h1 * 4294967296 + words[w + 2 + low]!;
    const v2 = h2 * 4294967296 + words[w + 4 + low]!;
    const v3 = h3 * 4294967296 + words[w + 6 + low]!;
    const p0 = +(v0 > floor[b0]!) + +(v0 > floor[b0 + 1]!) + +(v0 > floor[b0 + 2]!) + +(v0 > floor[b0 + 3]!);
    const p1 = +(v1 > floor[b1]!) + +(v1 > floor[b1 + 1]!) + +(v1 > floor[b1 + 2]!) + +(v1 > floor[b1 + 3]!);
    const p2 = +(v2 > floor[b2]!) + +(v2 > floor[b2 + 1]!) + +(v2 > floor[b2 + 2]!) + +(v2 > floor[b2 + 3]!);
    const p3 = +(v3 > floor[b3]!) + +(v3 > floor[b3 + 1]!) + +(v3 > floor[b3 + 2]!) + +(v3 > floor[b3 + 3]!);
    const d0 = byCut[p0 * 3 + (cuts & 0xff)]!;
    const d1 = byCut[p1 * 3 + ((cuts >>> 8) & 0xff)]!;
    const d2 = byCut[p2 * 3 + ((cuts >>> 16) & 0xff)]!;
    const d3 = byCut[p3 * 3 + (cuts >>> 24)]!;
    // Byte k of a word is row 4q + k (little-endian platforms only: see the caller).
    position32[q] = p0 | (p1 << 8) | (p2 << 16) | (p3 << 24);
    category32[q] = (d0 & 0xff) | ((d1 & 0xff) << 8) | ((d2 & 0xff) << 16) | ((d3 & 0xff) << 24);
    possible32[q] = (d0 >>> 8) | (d1 & 0xff00) | ((d2 & 0xff00) << 8) | ((d3 & 0xff00) << 16);
  }
  return failed + rowsOfInt64(income, area, size, t, lines, o, quads << 2, n);
}

/** {@link rowsOfInt64Packed} for amounts in an integer typed array (numbers below 2^32). */
function rowsOfIntegersPacked(values: IntegerArray, area: Uint8Array, size: Uint8Array, t: Thresholds, lines: number, o: RowPass): number {
  const n = o.position.length;
  const quads = n >>> 2;
  const floor = t.floor;
  const byCut = o.codes.byCut;
  const area32 = new Int32Array(area.buffer, area.byteOffset, quads);
  const size32 = new Int32Array(size.buffer, size.byteOffset, quads);
  const cut32 = new Int32Array(o.cutState.buffer, o.cutState.byteOffset, quads);
  const position32 = new Int32Array(o.position.buffer, o.position.byteOffset, quads);
  const category32 = new Int32Array(o.category.buffer, o.category.byteOffset, quads);
  const possible32 = new Int32Array(o.possible.buffer, o.possible.byteOffset, quads);
  const slots = SIZE_SLOTS;
  let failed = 0;
  for (let q = 0; q < quads; q++) {
    const areas = area32[q]!;
    const sizes = size32[q]!;
    const i = q << 2;
    const v0 = values[i]!;
    const v1 = values[i + 1]!;
    const v2 = values[i + 2]!;
    const v3 = values[i + 3]!;
    const s0 = sizes & 0xff;
    const s1 = (sizes >>> 8) & 0xff;
    const s2 = (sizes >>> 16) & 0xff;
    const s3 = sizes >>> 24;
    // Areas 0 or 1, sizes 1–200, amounts not negative: else row by row, with the checks.
    if (
      (areas & 0xfefefefe) |
      +((s0 - 1) >>> 0 >= 200) |
      +((s1 - 1) >>> 0 >= 200) |
      +((s2 - 1) >>> 0 >= 200) |
      +((s3 - 1) >>> 0 >= 200) |
      +(v0 < 0) |
      +(v1 < 0) |
      +(v2 < 0) |
      +(v3 < 0)
    ) {
      failed += rowsOfIntegers(values, false, area, size, t, lines, o, i, i + 4);
      continue;
    }
    const cuts = cut32[q]!;
    const b0 = ((areas & 1) * slots + s0) << 2;
    const b1 = (((areas >>> 8) & 1) * slots + s1) << 2;
    const b2 = (((areas >>> 16) & 1) * slots + s2) << 2;
    const b3 = (((areas >>> 24) & 1) * slots + s3) << 2;
    const p0 = +(v0 > floor[b0]!) + +(v0 > floor[b0 + 1]!) + +(v0 > floor[b0 + 2]!) + +(v0 > floor[b0 + 3]!);
    const p1 = +(v1 > floor[b1]!) + +(v1 > floor[b1 + 1]!) + +(v1 > floor[b1 + 2]!) + +(v1 > floor[b1 + 3]!);
    const p2 = +(v2 > floor[b2]!) + +(v2 > floor[b2 + 1]!) + +(v2 > floor[b2 + 2]!) + +(v2 > floor[b2 + 3]!);
    const p3 = +(v3 > floor[b3]!) + +(v3 > floor[b3 + 1]!) + +(v3 > floor[b3 + 2]!) + +(v3 > floor[b3 + 3]!);
    const d0 = byCut[p0 * 3 + (cuts & 0xff)]!;
    const d1 = byCut[p1 * 3 + ((cuts >>> 8) & 0xff)]!;
    const d2 = byCut[p2 * 3 + ((cuts >>> 16) & 0xff)]!;
    const d3 = byCut[p3 * 3 + (cuts >>> 24)]!;
    position32[q] = p0 | (p1 << 8) | (p2 << 16) | (p3 << 24);
    category32[q] = (d0 & 0xff) | ((d1 & 0xff) << 8) | ((d2 & 0xff) << 16) | ((d3 & 0xff) << 24);
    possible32[q] = (d0 >>> 8) | (d1 & 0xff00) | ((d2 & 0xff00) << 8) | ((d3 & 0xff00) << 16);
  }
  return failed + rowsOfIntegers(values, false, area, size, t, lines, o, quads << 2, n);
}

/** The position of a 64-bit amount of 2^53 units or more, compared as a bigint. */
function bigPosition(value: bigint, exact: readonly bigint[], base: number, lines: number): number {
  let p = 0;
  while (p < lines && value > exact[base + p]!) p++;
  return p;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Scratch results of {@link scanDecimal}: the integer part (exact when `intDigits ≤ 15`), its
 * number of digits, and whether a fractional digit is not 0.
 */
let scanInteger = 0;
let scanIntDigits = 0;
let scanFraction = false;

/**
 * Reads a plain decimal (`0`, `1500000`, `1500000.05`: no sign, exponent, separators or leading
 * zeros; at most 40 characters); false for anything else, and for a string that `parseAmount`
 * refuses as ambiguous (`1.500`). Sets the scan scratch. {@link scanBytes} is the same over
 * UTF-8 bytes (two copies, so that each loop reads one kind of input).
 */
function scanString(text: string): boolean {
  const end = text.length;
  if (end === 0 || end > MAX_AMOUNT_LENGTH) return false;
  let c = text.charCodeAt(0);
  let k = 1;
  let value = c - 48;
  if (c !== 48) {
    if (c < 49 || c > 57) return false;
    while (k < end && (c = text.charCodeAt(k)) >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      k++;
    }
  }
  scanInteger = value;
  scanIntDigits = k;
  scanFraction = false;
  if (k === end) return true;
  if (text.charCodeAt(k) !== 46 || k === end - 1) return false;
  const point = k;
  for (k++; k < end; k++) {
    c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
    if (c !== 48) scanFraction = true;
  }
  // parseAmount refuses "1.500" (1–3 integer digits, not 0, then exactly 3) as ambiguous.
  return !(point <= 3 && text.charCodeAt(0) !== 48 && end - point === 4);
}

/** {@link scanString} over the bytes `data[start .. end)`. */
function scanBytes(data: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length === 0 || length > MAX_AMOUNT_LENGTH) return false;
  let c = data[start]!;
  let k = start + 1;
  let value = c - 48;
  if (c !== 48) {
    if (c < 49 || c > 57) return false;
    while (k < end && (c = data[k]!) >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      k++;
    }
  }
  scanInteger = value;
  scanIntDigits = k - start;
  scanFraction = false;
  if (k === end) return true;
  if (data[k] !== 46 || k === end - 1) return false;
  const point = k;
  for (k++; k < end; k++) {
    c = data[k]!;
    if (c < 48 || c > 57) return false;
    if (c !== 48) scanFraction = true;
  }
  return !(point - start <= 3 && data[start] !== 48 && end - point === 4);
}

/**
 * The position of a decimal amount already scanned, with the exact fallback: integer parts
 * decide unless they equal a threshold that is not whole (then the amount is compared with
 * decimals, as `evaluate` does).
 */
function decimalPosition(text: () => string, compiled: CompiledRuleSet, a: number, s: number, form: Form, t: Thresholds, lines: number): number {
  const base = (a * SIZE_SLOTS + s) * t.stride;
  if (scanIntDigits > 15) {
    // Beyond the exact integers of a double: compare with decimals.
    const amount = new Money(text());
    const scaled = compiled.periodMonths === 1 ? amount : amount.times(compiled.periodMonths);
    const limits = compiled.linesTimes(a === 0 ? 'rural' : 'urban', divisorFor(form, s));
    let p = 0;
    while (p < lines && !lte(scaled, limits[p]!)) p++;
    return p;
  }
  const floor = t.floor;
  const integer = scanInteger;
  for (let p = 0; p < lines; p++) {
    const limit = floor[base + p]!;
    // I < ⌊q⌋ ⇒ amount < I + 1 ≤ q; I > ⌊q⌋ ⇒ amount ≥ ⌊q⌋ + 1 > q. (⌊q⌋ ≥ 2^53 is stored as
    // 2^53, still above any 15-digit I.)
    if (integer < limit) return p;
    if (integer > limit) continue;
    // Same integer part: amount ≤ q ⇔ fraction(amount) ≤ fraction(q).
    if (!scanFraction) return p;
    if (t.whole[base + p] === 1) continue;
    const amount = new Money(text());
    const scaled = compiled.periodMonths === 1 ? amount : amount.times(compiled.periodMonths);
    if (compare(scaled, compiled.linesTimes(a === 0 ? 'rural' : 'urban', divisorFor(form, s))[p]!) <= 0) return p;
  }
  return lines;
}

function rowsOfStrings(
  values: readonly unknown[],
  validity: Uint8Array | undefined,
  compiled: CompiledRuleSet,
  form: Form,
  area: Uint8Array,
  size: Uint8Array,
  t: Thresholds,
  lines: number,
  o: RowPass,
): number {
  let current = '';
  const text = (): string => current;
  const { cutState, position, category, possible, bad } = o;
  const byCut = o.codes.byCut;
  // Module constants as locals (loop-invariant for the compiler).
  const maxSize = MAX_HOUSEHOLD_SIZE;
  let failed = 0;
  for (let i = 0; i < position.length; i++) {
    const a = area[i]!;
    const s = size[i]!;
    const value = values[i];
    if (
      a > 1 ||
      s === 0 ||
      s > maxSize ||
      typeof value !== 'string' ||
      (validity !== undefined && ((validity[i >>> 3]! >>> (i & 7)) & 1) === 0) ||
      !scanString(value)
    ) {
      bad.push(i);
      failed++;
      continue;
    }
    current = value;
    const p = decimalPosition(text, compiled, a, s, form, t, lines);
    const decided = byCut[p * 3 + cutState[i]!]!;
    position[i] = p;
    category[i] = decided;
    possible[i] = decided >>> 8;
  }
  return failed;
}

function rowsOfUtf8(
  offsets: Int32Array,
  data: Uint8Array,
  validity: Uint8Array | undefined,
  compiled: CompiledRuleSet,
  form: Form,
  area: Uint8Array,
  size: Uint8Array,
  t: Thresholds,
  lines: number,
  o: RowPass,
): number {
  let start = 0;
  let end = 0;
  const text = (): string => utf8Text(data, start, end);
  const { cutState, position, category, possible, bad } = o;
  const byCut = o.codes.byCut;
  // Module constants as locals (loop-invariant for the compiler).
  const maxSize = MAX_HOUSEHOLD_SIZE;
  let failed = 0;
  for (let i = 0; i < position.length; i++) {
    const a = area[i]!;
    const s = size[i]!;
    start = offsets[i]!;
    end = offsets[i + 1]!;
    if (a > 1 || s === 0 || s > maxSize || (validity !== undefined && ((validity[i >>> 3]! >>> (i & 7)) & 1) === 0) || !scanBytes(data, start, end)) {
      bad.push(i);
      failed++;
      continue;
    }
    const p = decimalPosition(text, compiled, a, s, form, t, lines);
    const decided = byCut[p * 3 + cutState[i]!]!;
    position[i] = p;
    category[i] = decided;
    possible[i] = decided >>> 8;
  }
  return failed;
}

/** The text of a UTF-8 value (for messages and exact fallbacks; amounts are ASCII). */
function utf8Text(data: Uint8Array, start: number, end: number): string {
  let out = '';
  let ascii = true;
  for (let k = start; k < end; k++) {
    const byte = data[k]!;
    if (byte >= 0x80) ascii = false;
    out += String.fromCharCode(byte);
  }
  // Not ASCII (so not an amount): decoded for the message as TextDecoder does (U+FFFD for bytes that are not UTF-8).
  return ascii ? out : UTF8.decode(data.subarray(start, end));
}

/** The WHATWG TextDecoder, present in every runtime the core supports (browsers, workers, Node, Deno, edge runtimes); declared here because the core is compiled without DOM or Node types. */
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };
const UTF8 = new TextDecoder();

// ---------------------------------------------------------------------------------------------
// Pass 3: decisions

/**
 * The decision for every income position `p`, deprivation count `d` and unknown count `u`, at
 * index `(p × (k + 1) + d) × (k + 1) + u` for `k` indicators: category code, possible-categories
 * mask and low-income-worker code (one table read per household, no branches on the counts).
 */
interface DecisionCodes {
  /** k + 1. */
  readonly stride: number;
  /** Category code | possible-categories mask << 8, in one read. */
  readonly both: Uint16Array;
  /** The same by income position and cut state: index `position × 3 + cutState`. */
  readonly byCut: Uint16Array;
  readonly category: Uint8Array;
  readonly possible: Uint8Array;
  readonly worker: Uint8Array | undefined;
}

const decisionCache = new WeakMap<CompiledRuleSet, DecisionCodes>();

function decisionCodes(compiled: CompiledRuleSet): DecisionCodes {
  const cached = decisionCache.get(compiled);
  if (cached !== undefined) return cached;
  const positions = compiled.lines.length + 1;
  const stride = compiled.indicators.length + 1;
  const size = positions * stride * stride;
  const category = new Uint8Array(size);
  const possible = new Uint8Array(size);
  const worker = compiled.ruleSet.lowIncomeWorker === undefined ? undefined : new Uint8Array(size);
  const cut = compiled.cut;
  for (let p = 0; p < positions; p++) {
    for (let d = 0; d < stride; d++) {
      for (let u = 0; u + d < stride; u++) {
        // 0: cut not met whatever the unknowns; 1: met whatever they are; 2: either (as evaluate).
        const cutState = d >= cut ? 1 : d + u < cut ? 0 : 2;
        const decision = compiled.decision(p, p, cutState);
        const index = (p * stride + d) * stride + u;
        let mask = 0;
        for (const name of decision.possibleCategories) mask |= 1 << CATEGORY_ORDER.indexOf(name);
        possible[index] = mask;
        category[index] = decision.possibleCategories.length === 1 ? CATEGORY_ORDER.indexOf(decision.possibleCategories[0]!) : UNDETERMINED;
        if (worker !== undefined) {
          const eligible = decision.lowIncomeWorker!.rural.eligible;
          worker[index] = eligible === false ? 0 : eligible === true ? 1 : 2;
        }
      }
    }
  }
  const both = new Uint16Array(size);
  for (let i = 0; i < size; i++) both[i] = category[i]! | (possible[i]! << 8);
  const byCut = new Uint16Array(positions * 3);
  for (let p = 0; p < positions; p++) {
    for (const cutState of [0, 1, 2] as const) {
      const decision = compiled.decision(p, p, cutState);
      let mask = 0;
      for (const name of decision.possibleCategories) mask |= 1 << CATEGORY_ORDER.indexOf(name);
      byCut[p * 3 + cutState] =
        (decision.possibleCategories.length === 1 ? CATEGORY_ORDER.indexOf(decision.possibleCategories[0]!) : UNDETERMINED) | (mask << 8);
    }
  }
  const codes = { stride, both, byCut, category, possible, worker };
  decisionCache.set(compiled, codes);
  return codes;
}

// ---------------------------------------------------------------------------------------------
// Failures: every problem of a failed row, with its path

function rowIssues(columns: Columns, compiled: CompiledRuleSet, i: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const area = columns.area[i];
  if (columns.area instanceof Uint8Array || columns.area instanceof Int8Array) {
    if (area !== 0 && area !== 1)
      issues.push({ path: ['area', i], code: 'invalid_value', message: `area code must be 0 (rural) or 1 (urban), got ${String(area)}` });
  } else if (area !== 'rural' && area !== 'urban') {
    issues.push({
      path: ['area', i],
      code: 'invalid_value',
      message: `area must be "rural" or "urban", got ${typeof area === 'string' ? JSON.stringify(area.slice(0, 40)) : describe(area)}`,
    });
  }
  const size = columns.size[i];
  if (typeof size !== 'number' || !Number.isInteger(size))
    issues.push({
      path: ['size', i],
      code: 'invalid_type',
      message: `size must be a whole number of members (1 to ${MAX_HOUSEHOLD_SIZE}), got ${typeof size === 'number' ? String(size) : describe(size)}`,
    });
  else if (size < 1) issues.push({ path: ['size', i], code: 'too_small', message: `size must be at least 1, got ${size}` });
  else if (size > MAX_HOUSEHOLD_SIZE) issues.push({ path: ['size', i], code: 'too_big', message: `size must be at most ${MAX_HOUSEHOLD_SIZE}, got ${size}` });
  const incomeIssue = incomeProblem(columns, i);
  if (incomeIssue !== undefined) issues.push(incomeIssue);
  columns.answers.forEach((column, k) => {
    if (column === undefined) return;
    const code = column[i]!;
    if (code !== 0 && code !== 1 && code !== 2) {
      issues.push({
        path: ['answers', compiled.indicatorIdList[k]!, i],
        code: 'invalid_value',
        message: `answer code must be 0 (not deprived), 1 (deprived) or 2 (unknown), got ${code}`,
      });
    }
  });
  return issues;
}

function incomeProblem(columns: Columns, i: number): ValidationIssue | undefined {
  const path = ['income', 'values', i];
  const income = columns.income;
  if (columns.validity !== undefined && ((columns.validity[i >>> 3]! >>> (i & 7)) & 1) === 0)
    return { path, code: 'invalid_type', message: 'the income is missing (null); give an amount' };
  switch (income.kind) {
    case 'strings':
    case 'utf8': {
      const value = income.kind === 'strings' ? income.values[i] : utf8Text(income.data, income.offsets[i]!, income.offsets[i + 1]!);
      if (value === null || value === undefined) return { path, code: 'invalid_type', message: 'the income is missing; give an amount' };
      if (typeof value !== 'string')
        return { path, code: 'invalid_type', message: `the income must be a decimal string in this column, got ${describe(value)}` };
      const parsed = parseAmount(value, 'the income');
      return parsed.ok ? undefined : { path, code: parsed.code, message: parsed.message };
    }
    case 'integers': {
      const value = income.values[i];
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        return {
          path,
          code: 'invalid_amount',
          message: `the income must be a whole number of units of 10^-${income.scale} đồng (a safe integer), got ${typeof value === 'number' ? String(value) : describe(value)}; give decimal strings for other amounts`,
        };
      }
      return value < 0 ? { path, code: 'invalid_amount', message: `the income must not be negative, got ${value}` } : undefined;
    }
    case 'int64': {
      const value = income.values[i]!;
      return value < 0n ? { path, code: 'invalid_amount', message: `the income must not be negative, got ${value}` } : undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Per-capita display (optional)

/** A non-negative integer in units of 10^-scale as a plain decimal string. */
function unitsToPlain(units: string, scale: number): string {
  if (scale === 0) return units;
  const padded = units.padStart(scale + 1, '0');
  const whole = padded.slice(0, padded.length - scale);
  const fraction = padded.slice(padded.length - scale).replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/** A plain decimal without trailing fractional zeros (as `plain(new Money(text))`). */
function trimmed(text: string): string {
  if (text.indexOf('.') === -1) return text;
  const out = text.replace(/0+$/, '');
  return out.endsWith('.') ? out.slice(0, -1) : out;
}

function amountText(columns: Columns, i: number): string {
  const income = columns.income;
  switch (income.kind) {
    case 'strings':
      return trimmed(income.values[i] as string);
    case 'utf8':
      return trimmed(utf8Text(income.data, income.offsets[i]!, income.offsets[i + 1]!));
    case 'integers':
      return unitsToPlain(String(income.values[i]), income.scale);
    case 'int64':
      return unitsToPlain(String(income.values[i]), income.scale);
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * The digits of `units` (a safe non-negative integer in units of 10^-scale) as {@link unitsToPlain}
 * writes them, put in `data` from `at`; returns the end. `digits` is scratch room (24 bytes).
 */
function writeUnits(data: Uint8Array, at: number, units: number, scale: number, digits: Uint8Array): number {
  let places = scale;
  let count = 0;
  // Trailing fractional zeros are not shown: they are dropped first (exact divisions by 10).
  if (units <= 0x7fffffff) {
    // 32-bit integer arithmetic (most amounts).
    let x = units | 0;
    while (places > 0 && x !== 0) {
      const q = (x / 10) | 0;
      if (x !== q * 10) break;
      x = q;
      places--;
    }
    if (x === 0) places = 0;
    do {
      const q = (x / 10) | 0;
      digits[count++] = 48 + x - q * 10;
      x = q;
    } while (x !== 0);
  } else {
    let x = units;
    while (places > 0 && x % 10 === 0) {
      x /= 10;
      places--;
    }
    do {
      const r = x % 10;
      digits[count++] = 48 + r;
      x = (x - r) / 10;
    } while (x !== 0);
  }
  // At least one digit before the point ("0.05").
  while (count <= places) digits[count++] = 48;
  for (let k = count - 1; k >= 0; k--) {
    if (k === places - 1) data[at++] = 46;
    data[at++] = digits[k]!;
  }
  return at;
}

/** Row `i`'s income as a safe integer number of units, or -1 (then it is shown from its text). */
function safeUnits(income: Extract<Income, { kind: 'integers' | 'int64' }>, i: number): number {
  if (income.kind === 'integers') return Number(income.values[i]);
  // The two 32-bit words of the 64-bit value (little-endian platforms; elsewhere the text path).
  if (!LITTLE_ENDIAN) return -1;
  const high = income.words[2 * i + 1]!;
  return high < 0x200000 ? high * 0x100000000 + income.words[2 * i]! : -1;
}

/**
 * The per-capita amounts of the rows not failed as one UTF-8 column (`perCapita: 'utf8'`): the
 * same text as the `perCapita` strings. Integer per-capita incomes (the common columnar case)
 * are written digit by digit, with no string; other rows through the string path.
 */
function perCapitaColumn(columns: Columns, compiled: CompiledRuleSet, size: IntegerArray, category: Uint8Array): { column: Utf8Column; exact: Uint8Array } {
  const n = columns.n;
  const income = columns.income;
  const offsets = new Int32Array(n + 1);
  const exact = new Uint8Array(n);
  let data: Uint8Array = new Uint8Array(Math.max(64, n * 12));
  const digits = new Uint8Array(24);
  const direct = compiled.periodMonths === 1 && columns.form === 'perCapitaMonthly' && (income.kind === 'integers' || income.kind === 'int64');
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (category[i] !== FAILED) {
      const units = direct ? safeUnits(income as Extract<Income, { kind: 'integers' | 'int64' }>, i) : -1;
      if (units >= 0) {
        if (at + 32 > data.length) data = grown(data, at + 32);
        at = writeUnits(data, at, units, (income as { scale: number }).scale, digits);
        exact[i] = 1;
      } else {
        const shown = perCapitaText(columns, compiled, size, i);
        if (at + shown.value.length > data.length) data = grown(data, at + shown.value.length);
        for (let k = 0; k < shown.value.length; k++) data[at++] = shown.value.charCodeAt(k);
        exact[i] = shown.exact ? 1 : 0;
      }
    }
    offsets[i + 1] = at;
  }
  return { column: { offsets, data: data.subarray(0, at) }, exact };
}

/** A copy of `data` with room for at least `need` bytes. */
function grown(data: Uint8Array, need: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(data.length * 2, need));
  bigger.set(data);
  return bigger;
}

/** Row `i`'s per-capita income as `classify` shows it. */
function perCapitaText(columns: Columns, compiled: CompiledRuleSet, size: IntegerArray, i: number): { value: string; exact: boolean } {
  const amount = amountText(columns, i);
  const source = compiled.periodMonths === 1 ? amount : plain(new Money(amount).times(compiled.periodMonths));
  return divideForDisplay(source, divisorFor(columns.form, size[i]!));
}

/** Options of the kernel. */
export interface KernelOptions {
  readonly perCapita?: boolean | 'utf8';
  readonly lowIncomeWorker?: boolean;
  readonly date?: string;
}

const indicatorMeta = new WeakMap<CompiledRuleSet, readonly ColumnIndicator[]>();

/** The indicators of a compiled rule set as columnar metadata (shared, frozen). */
export function columnIndicators(compiled: CompiledRuleSet): readonly ColumnIndicator[] {
  let meta = indicatorMeta.get(compiled);
  if (meta === undefined) {
    meta = Object.freeze(compiled.indicators.map((indicator: Indicator) => Object.freeze({ id: indicator.id, dimension: indicator.dimension })));
    indicatorMeta.set(compiled, meta);
  }
  return meta;
}

/** Classifies validated-shape columns against a compiled rule set (see the module comment). */
export function classifyColumnsWith(compiled: CompiledRuleSet, input: unknown, options: KernelOptions = {}): ColumnarClassification {
  if (compiled.indicators.length > 255) {
    throw new ValidationError([
      {
        path: [],
        code: 'too_many_indicators',
        message: `the columnar path counts at most 255 indicators; ${compiled.ruleSet.id} has ${compiled.indicators.length}`,
      },
    ]);
  }
  const columns = readColumns(input, compiled);
  const n = columns.n;
  const lines = compiled.lines.length;
  const deprived = new Uint8Array(n);
  const unknown = new Uint8Array(n);
  // Rows not valid: from the answer pass (a bad code) and from the row pass.
  const answerBad: number[] = [];
  const bad: number[] = [];

  const answersInvalid = countAnswers(columns, deprived, unknown, answerBad);

  const codes = decisionCodes(compiled);
  const cut = compiled.cut;
  const cutState = new Uint8Array(n);
  cutStates(deprived, unknown, cut, compiled.indicators.length, cutState);
  const rows: RowPass = {
    codes,
    cutState,
    deprived,
    unknown,
    position: new Uint8Array(n),
    category: new Uint8Array(n),
    possible: new Uint8Array(n),
    worker: codes.worker === undefined || options.lowIncomeWorker !== true ? undefined : new Uint8Array(n),
    bad,
  };
  const { position, category, possible, worker } = rows;
  const area = areaCodes(columns.area, n);
  const size = columns.size instanceof Uint8Array ? columns.size : sizeCodes(columns.size, n);
  const income = columns.income;
  let failedRows: number;
  if (income.kind === 'strings' || income.kind === 'utf8') {
    const t = thresholdsFor(compiled, columns.form, 0);
    failedRows =
      income.kind === 'strings'
        ? rowsOfStrings(income.values, columns.validity, compiled, columns.form, area, size, t, lines, rows)
        : rowsOfUtf8(income.offsets, income.data, columns.validity, compiled, columns.form, area, size, t, lines, rows);
  } else {
    const t = thresholdsFor(compiled, columns.form, income.scale);
    // Four rows at a time where the byte columns are aligned words (little-endian platforms).
    const packed = t.stride === 4 && LITTLE_ENDIAN && (area.byteOffset & 3) === 0 && (size.byteOffset & 3) === 0;
    if (income.kind === 'integers') {
      failedRows =
        packed && !income.plainArray
          ? rowsOfIntegersPacked(income.values as IntegerArray, area, size, t, lines, rows)
          : rowsOfIntegers(income.values, income.plainArray, area, size, t, lines, rows);
    } else failedRows = packed ? rowsOfInt64Packed(income, area, size, t, lines, rows) : rowsOfInt64(income, area, size, t, lines, rows);
    if (columns.validity !== undefined) {
      const validity = columns.validity;
      for (let i = 0; i < n; i++) {
        if (((validity[i >>> 3]! >>> (i & 7)) & 1) === 0) {
          bad.push(i);
          failedRows++;
        }
      }
    }
  }

  // Low-income-worker codes (when asked), from the same decision index.
  if (worker !== undefined && codes.worker !== undefined) {
    const table = codes.worker;
    const stride = codes.stride;
    for (let i = 0; i < n; i++) worker[i] = table[(position[i]! * stride + deprived[i]!) * stride + unknown[i]!]!;
  }

  // Rows that failed (rare): the failed code, no counts, and every problem with its path.
  const failures: ColumnFailure[] = [];
  if (failedRows > 0 || answersInvalid) {
    const rowsBad = [...new Set([...answerBad, ...bad])].sort((x, y) => x - y);
    for (const i of rowsBad) {
      category[i] = FAILED;
      possible[i] = 0;
      position[i] = FAILED;
      deprived[i] = 0;
      unknown[i] = 0;
      if (worker !== undefined) worker[i] = FAILED;
      failures.push({ index: i, issues: Object.freeze(rowIssues(columns, compiled, i)) });
    }
  }

  const result: { -readonly [K in keyof ColumnarClassification]: ColumnarClassification[K] } = {
    length: n,
    category,
    possible,
    deprivationCount: deprived,
    unknownCount: unknown,
    incomePosition: position,
    classified: n - failures.length,
    failures: Object.freeze(failures),
    ruleSet: compiled.summary,
    deprivationCut: cut,
    indicators: columnIndicators(compiled),
  };
  if (worker !== undefined) result.lowIncomeWorker = worker;
  if (options.date !== undefined) result.date = options.date;
  if (options.perCapita === true) {
    const perCapita: (string | null)[] = new Array<string | null>(n).fill(null);
    const exact = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (category[i] === FAILED) continue;
      const shown = perCapitaText(columns, compiled, size, i);
      perCapita[i] = shown.value;
      exact[i] = shown.exact ? 1 : 0;
    }
    result.perCapita = perCapita;
    result.perCapitaExact = exact;
  } else if (options.perCapita === 'utf8') {
    const { column, exact } = perCapitaColumn(columns, compiled, size, category);
    result.perCapitaUtf8 = column;
    result.perCapitaExact = exact;
  }
  return result;
}

/** The categories of a possible-categories bitmask, poorest first (shared, frozen arrays). */
const POSSIBLE: readonly (readonly Category[])[] = Object.freeze(
  Array.from({ length: 16 }, (_, mask) => Object.freeze(CATEGORY_ORDER.filter((_, bit) => (mask >>> bit) & 1))),
);

/** The categories of a bitmask from {@link ColumnarClassification.possible}. */
export function categoriesOfMask(mask: number): readonly Category[] {
  return POSSIBLE[mask & 15]!;
}
