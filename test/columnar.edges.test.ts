/**
 * classifyColumns at its edges: every structural problem named with its path and what was
 * given, row problems in every representation (Int8Array codes, arrays of strings and numbers,
 * validity bitmaps, UTF-8 bytes that are not an amount or not UTF-8), the same refusals as
 * classify, incomes in the finest unit (10^-12 đồng), rule sets with more than four income
 * lines or lines with a fraction of a đồng, columns that are views into a larger buffer, and the
 * 255-indicator limit. Each case is checked against classify on the equivalent household.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyColumns, COLUMN_CATEGORIES, deriveRuleSet, FAILED_ROW, getRuleSet, ValidationError } from '../src/index.js';
import type { Classification, ColumnarClassification, HouseholdColumns, RuleSet } from '../src/index.js';
import { LOCAL_CITATION, LOCAL_INSTRUMENT } from './helpers/households.js';

const V2022 = getRuleSet('vn-2022-2025');
const CODE = { poor: 0, 'near-poor': 1, average: 2, 'above-average': 3, undetermined: 4 } as const;

const encoder = new TextEncoder();
/** A UTF-8 column in the Apache Arrow layout (offsets, data) from strings or raw bytes. */
function utf8(values: readonly (string | Uint8Array)[]): { offsets: Int32Array; data: Uint8Array } {
  const parts = values.map((value) => (typeof value === 'string' ? encoder.encode(value) : value));
  const offsets = new Int32Array(values.length + 1);
  for (let i = 0; i < parts.length; i++) offsets[i + 1] = offsets[i]! + parts[i]!.length;
  const data = new Uint8Array(offsets[values.length]!);
  parts.forEach((part, i) => data.set(part, offsets[i]!));
  return { offsets, data };
}

/** The issues of the ValidationError classifyColumns throws for `columns` (fails the test if none). */
function refusal(columns: unknown, options?: Parameters<typeof classifyColumns>[1]): { path: readonly (string | number)[]; code: string; message: string }[] {
  try {
    classifyColumns(columns as HouseholdColumns, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map(({ path, code, message }) => ({ path, code, message }));
  }
  expect.fail('classifyColumns should have refused the columns');
}

/** The issue classify gives for `text` as a per-capita income (fails the test if it accepts it). */
function classifyIssue(text: string): { code: string; message: string } {
  try {
    classify({ area: 'rural', size: 1, income: { perCapitaMonthly: text } });
  } catch (error) {
    const issue = (error as ValidationError).issues.find((candidate) => candidate.path.join('.') === 'income.perCapitaMonthly');
    if (issue !== undefined) return issue;
  }
  expect.fail(`classify should refuse ${JSON.stringify(text)} as an income`);
}

/** Each failed row's issues as [path, code, message]. */
function failures(result: ColumnarClassification): [number, [readonly (string | number)[], string, string][]][] {
  return result.failures.map((failure) => [failure.index, failure.issues.map((issue) => [issue.path, issue.code, issue.message])]);
}

/** Category, income position and counts of classify for one answer-level household. */
function expected(household: object, options: object): { category: number; position: number; deprived: number; unknown: number } {
  const result: Classification = classify(household, options);
  const ruleSet = (options as { ruleSet?: RuleSet }).ruleSet ?? V2022;
  const band = result.income.band.atOrBelow;
  return {
    category: CODE[result.category],
    position: band === null ? ruleSet.incomeLines.length : ruleSet.incomeLines.findIndex((line) => line.id === band),
    deprived: result.deprivationCount,
    unknown: result.unknownCount,
  };
}

function rowsOf(result: ColumnarClassification): { category: number; position: number; deprived: number; unknown: number }[] {
  return Array.from(result.category, (category, i) => ({
    category,
    position: result.incomePosition[i]!,
    deprived: result.deprivationCount[i]!,
    unknown: result.unknownCount[i]!,
  }));
}

/** vn-2022-2025 with `times` × 64 answer-only indicators added (one derivation per 64). */
function withAddedIndicators(times: number): RuleSet {
  let ruleSet: RuleSet = V2022;
  for (let k = 0; k < times; k++) {
    ruleSet = deriveRuleSet(ruleSet, {
      id: `many-indicators-${k}`,
      title: { vi: 'Nhiều chỉ số', en: 'Many indicators' },
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
      addIndicators: Array.from({ length: 64 }, (_, i) => ({
        id: `extra-${k}-${i}`,
        dimension: 'employment',
        test: { kind: 'answer-only' as const, reason: { vi: 'Theo câu trả lời.', en: 'As answered.' } },
        messages: {
          vi: { name: `Chỉ số thêm ${k}-${i}`, deprived: 'thiếu hụt', 'not-deprived': 'không thiếu hụt', unknown: 'chưa rõ' },
          en: { name: `Extra ${k}-${i}`, deprived: 'deprived', 'not-deprived': 'not deprived', unknown: 'unknown' },
        },
      })),
    });
  }
  return ruleSet;
}

const AREA_MESSAGE = 'area must be a Uint8Array or Int8Array of codes (0 rural, 1 urban) or an array of "rural" / "urban"';

describe('the shape of the columns: every problem at once, naming what was given', () => {
  const good = () => ({ area: Uint8Array.of(0, 1), size: Uint8Array.of(1, 2), income: { form: 'perCapitaMonthly', values: ['1', '2'] } });

  it('a missing area column, a string, an object, a Float64Array', () => {
    const { area: _area, ...noArea } = good();
    expect(refusal(noArea)).toEqual([{ path: ['area'], code: 'invalid_type', message: `${AREA_MESSAGE}, got nothing` }]);
    expect(refusal({ ...good(), area: 'rural' })).toEqual([{ path: ['area'], code: 'invalid_type', message: `${AREA_MESSAGE}, got a string` }]);
    expect(refusal({ ...good(), area: { 0: 'rural', 1: 'urban' } })).toEqual([
      { path: ['area'], code: 'invalid_type', message: `${AREA_MESSAGE}, got an object` },
    ]);
    expect(refusal({ ...good(), area: Float64Array.of(0, 1) })).toEqual([
      { path: ['area'], code: 'invalid_type', message: `${AREA_MESSAGE}, got a Float64Array` },
    ]);
  });

  it('null area, a size given as text, null income and answers given as an array: four problems in one error', () => {
    expect(refusal({ ...good(), area: null, size: '4', income: null, answers: [] })).toEqual([
      { path: ['area'], code: 'invalid_type', message: `${AREA_MESSAGE}, got null` },
      { path: ['size'], code: 'invalid_type', message: 'size must be an integer typed array or an array of numbers, got a string' },
      { path: ['income'], code: 'invalid_type', message: 'income must be an object { form, values, scale? }, got null' },
      { path: ['answers'], code: 'invalid_type', message: 'answers must be an object of answer columns by indicator id, got an array' },
    ]);
    expect(refusal({ ...good(), income: ['1', '2'], answers: Uint8Array.of(0, 1) })).toEqual([
      { path: ['income'], code: 'invalid_type', message: 'income must be an object { form, values, scale? }, got an array' },
      { path: ['answers'], code: 'invalid_type', message: 'answers must be an object of answer columns by indicator id, got a Uint8Array' },
    ]);
  });

  it('an unknown field of the income, and values that are neither strings, a UTF-8 column nor integers', () => {
    expect(refusal({ ...good(), income: { form: 'perCapitaMonthly', values: 1500000, currency: 'VND' } })).toEqual([
      { path: ['income', 'currency'], code: 'unrecognized_keys', message: 'unknown field "currency" (income has form, values, scale and validity)' },
      {
        path: ['income', 'values'],
        code: 'invalid_type',
        message: 'income.values must be an array of decimal strings, a { offsets, data } UTF-8 column, or integers with a scale; got a number',
      },
    ]);
  });

  it('a scale below 0 or not whole is refused like one above 12, for typed arrays, 64-bit integers and arrays of numbers', () => {
    const bad = [{ path: ['income', 'scale'], code: 'invalid_value', message: 'scale must be an integer from 0 to 12 (decimal places of a đồng)' }];
    for (const scale of [-1, 1.5, '2']) expect(refusal({ ...good(), income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 2), scale } })).toEqual(bad);
    expect(refusal({ ...good(), income: { form: 'perCapitaMonthly', values: BigInt64Array.of(1n, 2n), scale: 13 } })).toEqual(bad);
    expect(refusal({ ...good(), income: { form: 'perCapitaMonthly', values: [1, 2], scale: 13 } })).toEqual(bad);
    expect(refusal({ ...good(), income: { form: 'perCapitaMonthly', values: BigUint64Array.of(1n, 2n) } })).toEqual([
      { path: ['income', 'scale'], code: 'scale_required', message: 'integer amounts need their unit: scale 0 for đồng, 2 for hundredths of a đồng' },
    ]);
  });

  it('a validity bitmap must be a Uint8Array of at least one bit per row', () => {
    expect(refusal({ ...good(), income: { form: 'perCapitaMonthly', values: ['1', '2'], validity: [1] } })).toEqual([
      { path: ['income', 'validity'], code: 'invalid_type', message: 'income.validity must be a Uint8Array bitmap (Apache Arrow layout)' },
    ]);
    // 9 rows need 2 bytes.
    const nine = {
      area: new Uint8Array(9),
      size: new Uint8Array(9).fill(1),
      income: { form: 'perCapitaMonthly' as const, values: new Array<string>(9).fill('1'), validity: Uint8Array.of(0xff) },
    };
    expect(refusal(nine)).toEqual([{ path: ['income', 'validity'], code: 'length_mismatch', message: 'the bitmap has 1 bytes; 9 rows need 2' }]);
    expect(classifyColumns({ ...nine, income: { ...nine.income, validity: Uint8Array.of(0xff, 0x01) } }).classified).toBe(9);
  });

  it('without a readable area the number of rows is not known: no length is compared with it', () => {
    expect(
      refusal({
        area: 7,
        size: Uint8Array.of(1, 2, 3),
        income: { form: 'perCapitaMonthly', values: ['1'], validity: new Uint8Array(0) },
        answers: { water: Uint8Array.of(0) },
      }),
    ).toEqual([{ path: ['area'], code: 'invalid_type', message: `${AREA_MESSAGE}, got a number` }]);
  });

  it('a rule set of more than 255 indicators is refused: the counts are bytes', () => {
    const big = withAddedIndicators(4);
    expect(big.indicators).toHaveLength(12 + 4 * 64);
    expect(refusal(good(), { ruleSet: big })).toEqual([
      { path: [], code: 'too_many_indicators', message: 'the columnar path counts at most 255 indicators; many-indicators-3 has 268' },
    ]);
    // classify itself has no such limit.
    expect(classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 3000000 } }, { ruleSet: big }).category).toBe('above-average');
  });
});

describe('row problems: the row fails with each problem and its path, the other rows are classified', () => {
  it('Int8Array area codes other than 0 and 1 (negative too)', () => {
    const result = classifyColumns({ area: Int8Array.of(0, 1, -1, 2), size: [1, 1, 1, 1], income: { form: 'perCapitaMonthly', values: ['1', '1', '1', '1'] } });
    expect(Array.from(result.category)).toEqual([CODE.undetermined, CODE.undetermined, FAILED_ROW, FAILED_ROW]);
    expect(failures(result)).toEqual([
      [2, [[['area', 2], 'invalid_value', 'area code must be 0 (rural) or 1 (urban), got -1']]],
      [3, [[['area', 3], 'invalid_value', 'area code must be 0 (rural) or 1 (urban), got 2']]],
    ]);
  });

  it('area and size as plain arrays: null, a number, "Rural", a size as text, 201 and 0; a number among decimal strings', () => {
    const result = classifyColumns({
      area: ['rural', null, 0, 'Rural'] as never,
      size: [1, '4', 201, 0] as never,
      income: { form: 'perCapitaMonthly', values: ['1', 5, '1', '1'] as never },
    });
    expect(result.classified).toBe(1);
    expect(failures(result)).toEqual([
      [
        1,
        [
          [['area', 1], 'invalid_value', 'area must be "rural" or "urban", got null'],
          [['size', 1], 'invalid_type', 'size must be a whole number of members (1 to 200), got a string'],
          [['income', 'values', 1], 'invalid_type', 'the income must be a decimal string in this column, got a number'],
        ],
      ],
      [
        2,
        [
          [['area', 2], 'invalid_value', 'area must be "rural" or "urban", got a number'],
          [['size', 2], 'too_big', 'size must be at most 200, got 201'],
        ],
      ],
      [
        3,
        [
          [['area', 3], 'invalid_value', 'area must be "rural" or "urban", got "Rural"'],
          [['size', 3], 'too_small', 'size must be at least 1, got 0'],
        ],
      ],
    ]);
  });

  it('an array of whole numbers with a scale: text, a fraction and 2^53 are not safe integers of the unit', () => {
    const result = classifyColumns({
      area: ['rural', 'rural', 'rural', 'rural'],
      size: [1, 1, 1, 1],
      income: { form: 'perCapitaMonthly', values: [1500000, '7', 1.5, 2 ** 53] as never, scale: 0 },
    });
    expect(Array.from(result.category)).toEqual([CODE.undetermined, FAILED_ROW, FAILED_ROW, FAILED_ROW]);
    const tail = '; give decimal strings for other amounts';
    expect(failures(result)).toEqual([
      [1, [[['income', 'values', 1], 'invalid_amount', `the income must be a whole number of units of 10^-0 đồng (a safe integer), got a string${tail}`]]],
      [2, [[['income', 'values', 2], 'invalid_amount', `the income must be a whole number of units of 10^-0 đồng (a safe integer), got 1.5${tail}`]]],
      [
        3,
        [[['income', 'values', 3], 'invalid_amount', `the income must be a whole number of units of 10^-0 đồng (a safe integer), got 9007199254740992${tail}`]],
      ],
    ]);
  });

  it('a validity bitmap marks a row as missing for an array of strings and for integers (bit 0 of byte 0 is row 0)', () => {
    const missing = [[['income', 'values', 1], 'invalid_type', 'the income is missing (null); give an amount']];
    const strings = classifyColumns({
      area: ['rural', 'rural', 'rural'],
      size: [1, 1, 1],
      income: { form: 'perCapitaMonthly', values: ['1', '2', '3'], validity: Uint8Array.of(0b101) },
    });
    expect(failures(strings)).toEqual([[1, missing]]);
    const integers = classifyColumns({
      area: Uint8Array.of(0, 0, 0),
      size: Uint8Array.of(1, 1, 1),
      income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 2, 3), scale: 0, validity: Uint8Array.of(0b101) },
    });
    expect(failures(integers)).toEqual([[1, missing]]);
    expect(Array.from(integers.category)).toEqual([CODE.undetermined, FAILED_ROW, CODE.undetermined]);
    // A null row's value is not read: a negative number under a 0 bit is still "missing", once.
    const both = classifyColumns({
      area: Uint8Array.of(0, 0),
      size: Uint8Array.of(1, 1),
      income: { form: 'perCapitaMonthly', values: BigInt64Array.of(1n, -5n), scale: 0, validity: Uint8Array.of(0b01) },
    });
    expect(failures(both)).toEqual([[1, missing]]);
    expect(both.classified).toBe(1);
  });

  // Strings classify refuses, each for its own reason: empty, sign, leading zero, exponent,
  // separators, a bare point, letters, too long (41 digits), dot-grouped thousands, Vietnamese
  // words and symbols outside ASCII.
  const REFUSED = [
    '',
    '-5',
    '+5',
    '05',
    '1e6',
    '1,500,000',
    '1 500 000',
    '1.',
    '.5',
    '1.5x',
    'abc',
    '1'.repeat(41),
    '1.500',
    '1.500.000',
    'một triệu',
    '1,5 đ',
    '😀',
    '１５００',
  ];

  it.each([
    ['an array of strings', (values: string[]) => values],
    ['a UTF-8 column', (values: string[]) => utf8(values)],
  ] as const)('%s refuses exactly what classify refuses, with its code and message', (_name, column) => {
    const result = classifyColumns({
      area: new Uint8Array(REFUSED.length),
      size: new Uint8Array(REFUSED.length).fill(1),
      income: { form: 'perCapitaMonthly', values: column(REFUSED) },
    });
    expect(result.classified).toBe(0);
    REFUSED.forEach((text, i) => {
      const { code, message } = classifyIssue(text);
      // classify names the field "amount"; the columnar path names the column "the income".
      expect(result.failures[i]!.issues, JSON.stringify(text)).toEqual([
        { path: ['income', 'values', i], code, message: message.replace(/^amount/, 'the income') },
      ]);
    });
  });

  it('any text outside ASCII in a UTF-8 column (1 to 4 bytes per character) is refused as classify refuses the same string', () => {
    const notAscii = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((text) => /[^\x00-\x7f]/.test(text));
    fc.assert(
      fc.property(fc.array(notAscii, { minLength: 1, maxLength: 5 }), (texts) => {
        const result = classifyColumns({
          area: new Uint8Array(texts.length),
          size: new Uint8Array(texts.length).fill(1),
          income: { form: 'perCapitaMonthly', values: utf8(texts) },
        });
        expect(result.classified).toBe(0);
        texts.forEach((text, i) => {
          const { code, message } = classifyIssue(text);
          expect(result.failures[i]!.issues).toEqual([{ path: ['income', 'values', i], code, message: message.replace(/^amount/, 'the income') }]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('bytes that are not UTF-8 never throw: the row fails as not an amount (the message shows them as TextDecoder does, U+FFFD)', () => {
    const bytes = [Uint8Array.of(0xf7, 0xbf, 0xbf, 0xbf), Uint8Array.of(0xe1), Uint8Array.of(0x31, 0x80), Uint8Array.of(0xc3)];
    const result = classifyColumns({
      area: new Uint8Array(5),
      size: new Uint8Array(5).fill(1),
      income: { form: 'perCapitaMonthly', values: utf8([...bytes, '1000000']) },
    });
    expect(Array.from(result.category)).toEqual([FAILED_ROW, FAILED_ROW, FAILED_ROW, FAILED_ROW, CODE.undetermined]);
    expect(result.failures.map((failure) => failure.issues[0]!.code)).toEqual(['invalid_amount', 'invalid_amount', 'invalid_amount', 'invalid_amount']);
    expect(result.failures[0]!.issues[0]!.message).toContain('"\ufffd\ufffd\ufffd\ufffd"');
    expect(result.failures[2]!.issues[0]!.message).toContain('"1\ufffd"');
  });
});

describe('incomes at the lines in every unit and rule set, as classify decides them', () => {
  it('[rule:vn-2022-2025/incomeLine/poverty] the finest unit, 10^-12 đồng: 1,500,000 đồng (1.5 × 10^18 units) is at the rural line, one unit more is above it', () => {
    const line = 1_500_000n * 10n ** 12n;
    const result = classifyColumns({
      area: Uint8Array.of(0, 0, 0),
      size: Uint8Array.of(1, 1, 1),
      income: { form: 'perCapitaMonthly', values: BigInt64Array.of(line - 1n, line, line + 1n), scale: 12 },
    });
    expect(Array.from(result.incomePosition)).toEqual([0, 0, 1]);
    // The same amounts as classify reads them.
    expect(classify({ area: 'rural', size: 1, income: { perCapitaMonthly: '1500000.000000000001' } }).income.band.atOrBelow).toBe('average-ceiling');
    // A household of 200 over 12 months: 1,500,000 × 200 × 12 = 3.6 × 10^9 đồng = 3.6 × 10^21 units (beyond 64 bits): as decimal strings.
    const annual = classifyColumns({
      area: ['rural', 'rural'],
      size: [200, 200],
      income: { form: 'householdAnnual', values: ['3600000000', '3600000000.000000000001'] },
    });
    expect(Array.from(annual.incomePosition)).toEqual([0, 1]);
  });

  /**
   * A local rule set with income lines `ids` at 1, 2, 3 … times `rural` / `urban` đồng a month:
   * poor or near-poor up to the first, near-poor up to the second, average up to the fourth.
   */
  const withLines = (id: string, title: { vi: string; en: string }, ids: readonly string[], rural: number, urban: number): RuleSet =>
    deriveRuleSet(V2022, {
      id,
      title,
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
      incomeLines: ids.map((line, i) => ({ id: line, amounts: { rural: String(rural * (i + 1)), urban: String(urban * (i + 1)) } })),
      categoryRules: [
        { category: 'poor', income: { atOrBelow: ids[0]! }, deprivations: 'at-least-cut' },
        { category: 'near-poor', income: { atOrBelow: ids[0]! }, deprivations: 'below-cut' },
        { category: 'near-poor', income: { above: ids[0]!, atOrBelow: ids[1]! } },
        { category: 'average', income: { above: ids[1]!, atOrBelow: ids[3]! } },
        { category: 'above-average', income: { above: ids[3]! } },
      ],
      messages: {
        vi: Object.fromEntries(ids.map((line) => [`incomeLine.${line}`, `mức ${line}`])),
        en: Object.fromEntries(ids.map((line) => [`incomeLine.${line}`, `line ${line}`])),
      },
    });

  /** Five income lines: 1–5 million đồng a month rural, 2–10 million urban; near-poor up to l2, average up to l4. */
  const FIVE = withLines('five-lines', { vi: 'Chuẩn năm mức thu nhập', en: 'Five income lines' }, ['l1', 'l2', 'l3', 'l4', 'l5'], 1_000_000, 2_000_000);

  it('more than four income lines: the position among five lines, one đồng either side of each, in every representation', () => {
    const rows: [0 | 1, number][] = [];
    for (const [area, step] of [
      [0, 1_000_000],
      [1, 2_000_000],
    ] as const) {
      for (let k = 1; k <= 5; k++) for (const delta of [-1, 0, 1]) rows.push([area, step * k + delta]);
    }
    const households = rows.map(([area, amount]) => ({ area: area === 0 ? 'rural' : 'urban', size: 2, income: { householdMonthly: String(2 * amount) } }));
    const want = households.map((household) => expected(household, { ruleSet: FIVE }));
    expect(new Set(want.map((row) => row.position))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    const area = Uint8Array.from(rows, ([a]) => a);
    const size = new Uint8Array(rows.length).fill(2);
    const amounts = rows.map(([, amount]) => 2 * amount);
    const incomes: HouseholdColumns['income'][] = [
      { form: 'householdMonthly', values: amounts.map(String) },
      { form: 'householdMonthly', values: utf8(amounts.map(String)) },
      { form: 'householdMonthly', values: Int32Array.from(amounts), scale: 0 },
      { form: 'householdMonthly', values: BigInt64Array.from(amounts, BigInt), scale: 0 },
      { form: 'householdMonthly', values: amounts, scale: 0 },
    ];
    for (const income of incomes) expect(rowsOf(classifyColumns({ area, size, income }, { ruleSet: FIVE }))).toEqual(want);
    // An amount of 2^53 units or more among five lines (compared exactly as a bigint).
    const big = classifyColumns(
      { area: Uint8Array.of(0, 1), size: Uint8Array.of(1, 1), income: { form: 'perCapitaMonthly', values: BigUint64Array.of(2n ** 60n, 2n ** 53n), scale: 2 } },
      { ruleSet: FIVE },
    );
    expect(Array.from(big.incomePosition)).toEqual([5, 5]);
    expect(COLUMN_CATEGORIES[big.category[0]!]).toBe('above-average');
  });

  /** Exactly four income lines (the four-comparison path with no padding): 1–4 million đồng a month rural, 1.5–6 million urban. */
  const FOUR = withLines('four-lines', { vi: 'Chuẩn bốn mức thu nhập', en: 'Four income lines' }, ['m1', 'm2', 'm3', 'm4'], 1_000_000, 1_500_000);

  it('exactly four income lines: the position among them, one đồng either side of each, every size, row by row and four rows at a time', () => {
    const rows: [0 | 1, number, number][] = [];
    for (const [area, step] of [
      [0, 1_000_000],
      [1, 1_500_000],
    ] as const) {
      for (let k = 1; k <= 4; k++) for (const delta of [-1, 0, 1]) for (const size of [1, 2, 3, 5]) rows.push([area, size, step * k + delta]);
    }
    // Shuffled (a fixed permutation) so that every line falls in every lane of a four-row word.
    const order = rows.map((_, i) => (i * 37) % rows.length);
    expect(new Set(order).size).toBe(rows.length);
    const shuffled = order.map((i) => rows[i]!);
    for (const form of ['perCapitaMonthly', 'householdMonthly'] as const) {
      const amounts = shuffled.map(([, size, perCapita]) => (form === 'perCapitaMonthly' ? perCapita : perCapita * size));
      const households = shuffled.map(([area, size], i) => ({ area: area === 0 ? 'rural' : 'urban', size, income: { [form]: String(amounts[i]) } }));
      const want = households.map((household) => expected(household, { ruleSet: FOUR }));
      expect(new Set(want.map((row) => row.position))).toEqual(new Set([0, 1, 2, 3, 4]));
      const area = Uint8Array.from(shuffled, ([a]) => a);
      const size = Uint8Array.from(shuffled, ([, s]) => s);
      const incomes: HouseholdColumns['income'][] = [
        { form, values: amounts.map(String) },
        { form, values: Int32Array.from(amounts), scale: 0 },
        { form, values: Uint32Array.from(amounts), scale: 0 },
        { form, values: BigInt64Array.from(amounts, BigInt), scale: 0 },
        { form, values: BigInt64Array.from(amounts, (amount) => BigInt(amount) * 100n), scale: 2 },
        { form, values: amounts, scale: 0 },
      ];
      for (const income of incomes) {
        expect(rowsOf(classifyColumns({ area, size, income }, { ruleSet: FOUR }))).toEqual(want);
        // Each row alone (read row by row, not four at a time).
        const values = income.values as unknown as { slice(from: number, to: number): unknown };
        want.forEach((row, i) => {
          const one = { ...income, values: values.slice(i, i + 1) } as HouseholdColumns['income'];
          expect(rowsOf(classifyColumns({ area: area.slice(i, i + 1), size: size.slice(i, i + 1), income: one }, { ruleSet: FOUR }))).toEqual([row]);
        });
      }
    }
  });

  it('a monthly line with half a đồng (1,500,000.5 rural, 2,000,000.5 urban): the fraction decides at the same integer part', () => {
    const half = deriveRuleSet(V2022, {
      id: 'half-dong-line',
      title: { vi: 'Chuẩn có nửa đồng', en: 'Line with half a đồng' },
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
      incomeLines: [
        { id: 'poverty', amounts: { rural: '1500000.5', urban: '2000000.5' } },
        { id: 'average-ceiling', amounts: { rural: '2250000', urban: '3000000' } },
      ],
    });
    const values = ['1500000.3', '1500000.5', '1500000.51', '2000000.49', '2000000.5', '2000000.6'];
    const area = Uint8Array.of(0, 0, 0, 1, 1, 1);
    const households = values.map((value, i) => ({ area: area[i] === 0 ? 'rural' : 'urban', size: 1, income: { perCapitaMonthly: value } }));
    const want = households.map((household) => expected(household, { ruleSet: half }));
    expect(want.map((row) => row.position)).toEqual([0, 0, 1, 0, 0, 1]);
    for (const column of [values, utf8(values)]) {
      expect(
        rowsOf(classifyColumns({ area, size: new Uint8Array(6).fill(1), income: { form: 'perCapitaMonthly', values: column } }, { ruleSet: half })),
      ).toEqual(want);
    }
  });

  it('columns that are views at any byte offset of a larger buffer (as read from a file) give the results of aligned copies', () => {
    const n = 11;
    const areaCodes = Array.from({ length: n }, (_, i) => i % 2);
    const sizes = Array.from({ length: n }, (_, i) => 1 + (i % 5));
    // Around the rural and urban poverty lines per person: 1,500,000 and 2,000,000 đồng.
    const perPerson = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1_500_000 : 2_000_000) + (i % 3) - 1);
    const cents = perPerson.map((amount, i) => BigInt(amount * sizes[i]!) * 100n);
    const aligned = classifyColumns({
      area: Uint8Array.from(areaCodes),
      size: Uint8Array.from(sizes),
      income: { form: 'householdMonthly', values: BigInt64Array.from(cents), scale: 2 },
    });
    for (const offset of [1, 2, 3]) {
      const buffer = new Uint8Array(2 * n + 8);
      buffer.set(areaCodes, offset);
      buffer.set(sizes, offset + n + 2);
      const viewed = classifyColumns({
        area: buffer.subarray(offset, offset + n),
        size: buffer.subarray(offset + n + 2, offset + 2 * n + 2),
        income: { form: 'householdMonthly', values: BigInt64Array.from(cents), scale: 2 },
      });
      expect(rowsOf(viewed)).toEqual(rowsOf(aligned));
    }
    const households = perPerson.map((amount, i) => ({
      area: areaCodes[i] === 0 ? 'rural' : 'urban',
      size: sizes[i]!,
      income: { householdMonthly: amount * sizes[i]! },
    }));
    expect(rowsOf(aligned)).toEqual(households.map((household) => expected(household, {})));
    expect(new Set(rowsOf(aligned).map((row) => row.position))).toEqual(new Set([0, 1]));
  });
});

describe('counts and flags the byte lanes must not mix up', () => {
  it('a rule set of 140 indicators (counts above 127): every count exact, as classify gives it', () => {
    const many = withAddedIndicators(2);
    const ids = many.indicators.map((indicator) => indicator.id);
    expect(ids).toHaveLength(140);
    // Row 0 all deprived, row 1 all unknown, row 2 deprived on the first 130 and not on the rest, row 3 none, row 4 like row 0.
    const codeOf = (row: number, k: number): number => [1, 2, k < 130 ? 1 : 0, 0, 1][row]!;
    const answers = Object.fromEntries(ids.map((id, k) => [id, Uint8Array.from({ length: 5 }, (_, row) => codeOf(row, k))]));
    const result = classifyColumns(
      { area: new Uint8Array(5), size: new Uint8Array(5).fill(1), income: { form: 'perCapitaMonthly', values: new Array<string>(5).fill('1000000') }, answers },
      { ruleSet: many },
    );
    const households = [0, 1, 2, 3, 4].map((row) => ({
      area: 'rural',
      size: 1,
      income: { perCapitaMonthly: '1000000' },
      deprivations: Object.fromEntries(ids.map((id, k) => [id, [false, true, null][codeOf(row, k)]])),
    }));
    expect(rowsOf(result)).toEqual(households.map((household) => expected(household, { ruleSet: many })));
    expect(Array.from(result.deprivationCount)).toEqual([140, 0, 130, 0, 140]);
    expect(Array.from(result.unknownCount)).toEqual([0, 140, 0, 0, 0]);
    expect(Array.from(result.category)).toEqual([CODE.poor, CODE.undetermined, CODE.poor, CODE['near-poor'], CODE.poor]);
  });

  it('the low-income-worker flag is unknown (2) when the category it depends on is: a standard where the deprivations decide between poor and average', () => {
    const noNearPoor = deriveRuleSet(V2022, {
      id: 'poor-or-average',
      title: { vi: 'Nghèo hoặc trung bình', en: 'Poor or average' },
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
      categoryRules: [
        { category: 'poor', income: { atOrBelow: 'poverty' }, deprivations: 'at-least-cut' },
        { category: 'average', income: { atOrBelow: 'poverty' }, deprivations: 'below-cut' },
        { category: 'average', income: { above: 'poverty', atOrBelow: 'average-ceiling' } },
        { category: 'above-average', income: { above: 'average-ceiling' } },
      ],
    });
    const ids = noNearPoor.indicators.map((indicator) => indicator.id);
    // 1,000,000 đồng a person, rural (at or below the poverty line): 3 deprived, none deprived, one answer missing with 2 deprived.
    const rows = [ids.map((_, k) => (k < 3 ? 1 : 0)), ids.map(() => 0), ids.map((_, k) => (k < 2 ? 1 : k === 2 ? 2 : 0))];
    const answers = Object.fromEntries(ids.map((id, k) => [id, Uint8Array.from(rows, (row) => row[k]!)]));
    const result = classifyColumns(
      { area: new Uint8Array(3), size: new Uint8Array(3).fill(1), income: { form: 'perCapitaMonthly', values: ['1000000', '1000000', '1000000'] }, answers },
      { ruleSet: noNearPoor, lowIncomeWorker: true },
    );
    const flags = rows.map(
      (row) =>
        classify(
          {
            area: 'rural',
            size: 1,
            income: { perCapitaMonthly: 1000000 },
            deprivations: Object.fromEntries(ids.map((id, k) => [id, [false, true, null][row[k]!]])),
          },
          { ruleSet: noNearPoor },
        ).lowIncomeWorker!.eligible,
    );
    expect(flags).toEqual([false, true, null]);
    expect(Array.from(result.lowIncomeWorker!)).toEqual([0, 1, 2]);
    expect(Array.from(result.category)).toEqual([CODE.poor, CODE.average, CODE.undetermined]);
  });
});
