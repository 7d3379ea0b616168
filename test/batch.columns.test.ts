/**
 * The columnar path (classifyColumns, summarizeColumns, createColumnSummarizer): the same
 * results as classify and summarize on the equivalent households, exact income comparisons at
 * the lines (one hundredth of a đồng either side), every income representation, row failures
 * with their paths, and structural problems refused up front.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import {
  classify,
  classifyColumns,
  classifyMany,
  COLUMN_CATEGORIES,
  createColumnSummarizer,
  createSummarizer,
  deriveRuleSet,
  FAILED_ROW,
  getRuleSet,
  possibleCategoriesOf,
  summarize,
  summarizeColumns,
  ValidationError,
} from '../src/index.js';
import type { Classification, ColumnarClassification, HouseholdColumns, IncomeColumn, RuleSet } from '../src/index.js';
import { LOCAL_CITATION, LOCAL_INSTRUMENT } from './helpers/households.js';

const V2022 = getRuleSet('vn-2022-2025');
const V2016 = getRuleSet('vn-2016-2020');
const V2027 = getRuleSet('vn-2027-2030');
/** A yearly local standard with lines that are not whole multiples of 12, and a 13th indicator. */
const YEARLY = deriveRuleSet(V2022, {
  id: 'local-yearly-odd',
  title: { vi: 'Chuẩn địa phương theo năm', en: 'Yearly local standard' },
  instrument: LOCAL_INSTRUMENT,
  citation: LOCAL_CITATION,
  effective: { from: '2024-10-01', to: '2025-12-31' },
  incomePeriod: 'year',
  incomeLines: [
    { id: 'poverty', amounts: { rural: '18000000.5', urban: '24000001' } },
    { id: 'average-ceiling', amounts: { rural: '27000000.25', urban: '36000007' } },
  ],
  addIndicators: [
    {
      id: 'social-insurance',
      dimension: 'employment',
      test: { kind: 'answer-only', reason: { vi: 'Chỉ theo câu trả lời.', en: 'Answer only.' } },
      messages: {
        vi: { name: 'Bảo hiểm xã hội', deprived: 'theo câu trả lời', 'not-deprived': 'theo câu trả lời', unknown: 'chưa có câu trả lời' },
        en: { name: 'Social insurance', deprived: 'as answered', 'not-deprived': 'as answered', unknown: 'no answer' },
      },
    },
  ],
});

const CODE = { poor: 0, 'near-poor': 1, average: 2, 'above-average': 3, undetermined: 4 } as const;
const FORMS = ['perCapitaMonthly', 'householdMonthly', 'householdAnnual'] as const;
type Form = (typeof FORMS)[number];

/** Hundredths of a đồng as a plain decimal string ("150000001" → "1500000.01"). */
function hundredths(units: bigint): string {
  const whole = units / 100n;
  const cents = units % 100n;
  if (cents === 0n) return String(whole);
  return `${whole}.${String(cents).padStart(2, '0').replace(/0+$/, '')}`;
}

const encoder = new TextEncoder();
function utf8(values: readonly string[]): { offsets: Int32Array; data: Uint8Array } {
  const parts = values.map((value) => encoder.encode(value));
  const offsets = new Int32Array(values.length + 1);
  for (let i = 0; i < parts.length; i++) offsets[i + 1] = offsets[i]! + parts[i]!.length;
  const data = new Uint8Array(offsets[values.length]!);
  parts.forEach((part, i) => data.set(part, offsets[i]!));
  return { offsets, data };
}

/** The income position of a classify result: the index of the line it is at or below. */
function positionOf(result: Classification, ruleSet: RuleSet): number {
  const band = result.income.band.atOrBelow;
  return band === null ? ruleSet.incomeLines.length : ruleSet.incomeLines.findIndex((line) => line.id === band);
}

function maskOf(result: Classification): number {
  let mask = 0;
  for (const category of result.possibleCategories) mask |= 1 << CODE[category];
  return mask;
}

/** Compares every row of a columnar result with classify on the equivalent household. */
function expectSameAsClassify(columnar: ColumnarClassification, households: readonly unknown[], ruleSet: RuleSet, options: object): void {
  expect(columnar.length).toBe(households.length);
  let failed = 0;
  households.forEach((household, i) => {
    let result: Classification | undefined;
    try {
      result = classify(household, options);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
    if (result === undefined) {
      failed++;
      expect(columnar.category[i], `row ${i} should fail`).toBe(FAILED_ROW);
      expect(columnar.possible[i]).toBe(0);
      expect(columnar.failures.some((failure) => failure.index === i)).toBe(true);
      if (columnar.perCapitaUtf8 !== undefined)
        expect(columnar.perCapitaUtf8.offsets[i + 1], `row ${i}: no per-capita bytes`).toBe(columnar.perCapitaUtf8.offsets[i]);
      return;
    }
    expect(columnar.category[i], `row ${i}: ${JSON.stringify(household)}`).toBe(CODE[result.category]);
    expect(columnar.possible[i]).toBe(maskOf(result));
    expect(possibleCategoriesOf(columnar.possible[i]!)).toEqual(result.possibleCategories);
    expect(columnar.deprivationCount[i]).toBe(result.deprivationCount);
    expect(columnar.unknownCount[i]).toBe(result.unknownCount);
    expect(columnar.incomePosition[i]).toBe(positionOf(result, ruleSet));
    if (columnar.lowIncomeWorker !== undefined) {
      const eligible = result.lowIncomeWorker!.eligible;
      expect(columnar.lowIncomeWorker[i]).toBe(eligible === false ? 0 : eligible === true ? 1 : 2);
    } else expect(result.lowIncomeWorker === undefined || !(options as { lowIncomeWorker?: boolean }).lowIncomeWorker).toBe(true);
    if (columnar.perCapita !== undefined) expect(columnar.perCapita[i]).toBe(result.income.perCapita);
    if (columnar.perCapitaUtf8 !== undefined) {
      const { offsets, data } = columnar.perCapitaUtf8;
      expect(new TextDecoder().decode(data.subarray(offsets[i], offsets[i + 1])), `row ${i}: per-capita bytes`).toBe(result.income.perCapita);
    }
    if (columnar.perCapitaExact !== undefined) expect(columnar.perCapitaExact[i]).toBe(result.income.perCapitaExact ? 1 : 0);
    else expect(columnar.perCapita ?? columnar.perCapitaUtf8).toBeUndefined();
  });
  if (columnar.perCapitaUtf8 !== undefined) {
    expect(columnar.perCapita).toBeUndefined();
    expect(columnar.perCapitaUtf8.offsets.length).toBe(households.length + 1);
    expect(columnar.perCapitaUtf8.offsets[households.length]).toBe(columnar.perCapitaUtf8.data.length);
  }
  expect(columnar.failures.length).toBe(failed);
  expect(columnar.classified).toBe(households.length - failed);
  expect(columnar.failures.map((failure) => failure.index)).toEqual([...columnar.failures.map((failure) => failure.index)].sort((a, b) => a - b));
}

// ---------------------------------------------------------------------------------------------
// Random data: rows that are valid or not, in every representation

interface Row {
  area: number; // 0, 1, or an invalid code
  size: number; // 1..200, or invalid
  units: bigint; // income in hundredths of a đồng
  income: 'ok' | 'trailing-zeros' | 'ambiguous' | 'separators' | 'missing';
  answers: number[]; // per indicator: 0, 1, 2, or an invalid code
}

function rowArbitrary(ruleSet: RuleSet, form: Form): fc.Arbitrary<Row> {
  const indicators = ruleSet.indicators.length;
  const lineUnits = ruleSet.incomeLines.flatMap((line) => [line.amounts.rural, line.amounts.urban]).map((amount) => BigInt(Math.round(Number(amount) * 100)));
  const size = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 201, 255) },
  );
  return fc
    .record({
      area: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: fc.constantFrom(2, 7, 255) }),
      size,
      line: fc.constantFrom(...lineUnits),
      delta: fc.constantFrom(-100n, -1n, 0n, 1n, 100n, 12n, -12n),
      free: fc.oneof(fc.bigInt({ min: 0n, max: 2_000_000_000n }), fc.bigInt({ min: 0n, max: 10n ** 21n })),
      near: fc.boolean(),
      income: fc.oneof(
        { weight: 30, arbitrary: fc.constant('ok' as const) },
        { weight: 3, arbitrary: fc.constant('trailing-zeros' as const) },
        { weight: 1, arbitrary: fc.constantFrom('ambiguous' as const, 'separators' as const, 'missing' as const) },
      ),
      answers: fc.array(fc.oneof({ weight: 40, arbitrary: fc.constantFrom(0, 1, 2) }, { weight: 1, arbitrary: fc.constantFrom(3, 9, 255) }), {
        minLength: indicators,
        maxLength: indicators,
      }),
    })
    .map(({ area, size: n, line, delta, free, near, income, answers }) => {
      // Near a line: line × divisor (× 12 for a yearly line given monthly is not whole; fine) ± a little.
      const divisor = form === 'perCapitaMonthly' ? 1n : form === 'householdMonthly' ? BigInt(Math.max(n, 1)) : BigInt(Math.max(n, 1) * 12);
      const base = near ? line * divisor + delta : free;
      return { area, size: n, units: base < 0n ? 0n : base, income, answers };
    });
}

type IncomeKind = 'strings' | 'utf8' | 'int32-cents' | 'int64-cents' | 'uint64-cents' | 'numbers-cents' | 'int32-dong';

function incomeText(row: Row): string | null {
  const text = hundredths(row.units);
  switch (row.income) {
    case 'ok':
      return text;
    case 'trailing-zeros':
      return text.includes('.') ? `${text}00` : `${text}.000`;
    case 'ambiguous':
      return '1.500';
    case 'separators':
      return '1,500,000';
    case 'missing':
      return null;
  }
}

/** Builds the columns and the equivalent households. */
function build(
  rows: readonly Row[],
  ruleSet: RuleSet,
  form: Form,
  kind: IncomeKind,
  options: { strings: boolean; aligned: boolean; missing: ReadonlySet<number>; sizeArray: 'u8' | 'i32' | 'numbers' },
) {
  const n = rows.length;
  const ids = ruleSet.indicators.map((indicator) => indicator.id);
  // Integer kinds cannot hold a refused string: such rows become negative or out-of-range values.
  const integerKind = kind !== 'strings' && kind !== 'utf8';
  const households = rows.map((row) => {
    let amount: string | null = incomeText(row);
    if (integerKind) {
      amount = row.income === 'ok' || row.income === 'trailing-zeros' ? hundredths(row.units) : '-1';
      if (kind === 'int32-dong') amount = row.income === 'ok' || row.income === 'trailing-zeros' ? String(row.units / 100n) : '-1';
    }
    const deprivations: Record<string, unknown> = {};
    ids.forEach((id, k) => {
      if (options.missing.has(k)) return;
      const code = row.answers[k]!;
      deprivations[id] = code === 0 ? false : code === 1 ? true : code === 2 ? null : `code ${code}`;
    });
    return {
      area: row.area === 0 ? 'rural' : row.area === 1 ? 'urban' : `area ${row.area}`,
      size: row.size,
      income: amount === null ? {} : { [form]: amount },
      deprivations,
    };
  });
  const areaCodes = Uint8Array.from(rows, (row) => row.area);
  const area = options.strings ? households.map((household) => household.area) : areaCodes;
  const sizes = rows.map((row) => row.size);
  const size = options.sizeArray === 'u8' ? Uint8Array.from(sizes) : options.sizeArray === 'i32' ? Int32Array.from(sizes) : sizes;
  let values: IncomeColumn['values'];
  let scale: number | undefined = 2;
  const cents = rows.map((row) => (row.income === 'ok' || row.income === 'trailing-zeros' ? row.units : -1n));
  switch (kind) {
    case 'strings':
      values = rows.map(incomeText);
      scale = undefined;
      break;
    case 'utf8': {
      // A missing value is an empty string marked null in the validity bitmap.
      values = utf8(rows.map((row) => incomeText(row) ?? ''));
      scale = undefined;
      break;
    }
    case 'int32-cents':
      values = Int32Array.from(cents, (c) => Number(c));
      break;
    case 'int64-cents':
      values = BigInt64Array.from(cents);
      break;
    case 'uint64-cents':
      // Unsigned: a refused row is given as an area code problem instead (no negative exists).
      values = BigUint64Array.from(cents, (c) => (c < 0n ? 0n : c));
      break;
    case 'numbers-cents':
      values = cents.map((c) => Number(c));
      break;
    case 'int32-dong':
      values = Int32Array.from(cents, (c) => (c < 0n ? -1 : Number(c / 100n)));
      scale = 0;
      break;
  }
  let validity: Uint8Array | undefined;
  if (kind === 'utf8') {
    validity = new Uint8Array(Math.ceil(n / 8));
    rows.forEach((row, i) => {
      if (row.income !== 'missing') validity![i >> 3]! |= 1 << (i & 7);
    });
  }
  const answers: Record<string, Uint8Array | Int8Array> = {};
  ids.forEach((id, k) => {
    if (options.missing.has(k)) return;
    const codes = rows.map((row) => row.answers[k]!);
    if (options.aligned) answers[id] = Uint8Array.from(codes);
    else {
      // Unaligned: a view at byte offset 1 of a larger buffer (read row by row).
      const buffer = new Uint8Array(n + 1);
      buffer.set(codes, 1);
      answers[id] = k % 2 === 0 ? buffer.subarray(1) : new Int8Array(buffer.buffer, 1, n);
    }
  });
  const income: IncomeColumn = { form, values, ...(scale === undefined ? {} : { scale }), ...(validity === undefined ? {} : { validity }) };
  return { columns: { area, size, income, answers } as HouseholdColumns, households, areaCodes };
}

/** Household fix-ups for representations that cannot hold a row's refusal as is. */
function equivalentHouseholds(
  rows: readonly Row[],
  households: { area: string; size: number; income: object; deprivations: object }[],
  kind: IncomeKind,
): unknown[] {
  if (kind !== 'uint64-cents') return households;
  // BigUint64Array has no negative: a refused income was written as 0.
  return households.map((household, i) =>
    rows[i]!.income === 'ok' || rows[i]!.income === 'trailing-zeros'
      ? household
      : { ...household, income: { [Object.keys(household.income)[0] ?? 'perCapitaMonthly']: '0' } },
  );
}

const SETTINGS = [
  { ruleSet: V2022, options: { ruleSet: 'vn-2022-2025' } },
  { ruleSet: V2022, options: { date: '2025-09-01' } },
  { ruleSet: V2016, options: { ruleSet: 'vn-2016-2020' } },
  { ruleSet: V2027, options: { ruleSet: 'vn-2027-2030', allowProvisional: true } },
  { ruleSet: YEARLY, options: { ruleSet: YEARLY } },
] as const;

const KINDS: IncomeKind[] = ['strings', 'utf8', 'int32-cents', 'int64-cents', 'uint64-cents', 'numbers-cents', 'int32-dong'];

describe('classifyColumns gives what classify gives, row by row', () => {
  it('on random rows: every rule set, income form and representation, sub-đồng amounts at the lines, unknowns and bad rows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SETTINGS.keys()),
        fc.constantFrom(...FORMS),
        fc.constantFrom(...KINDS),
        fc.record({
          strings: fc.boolean(),
          aligned: fc.boolean(),
          sizeArray: fc.constantFrom('u8' as const, 'i32' as const, 'numbers' as const),
          perCapita: fc.constantFrom(false, true, 'utf8' as const),
        }),
        fc.uniqueArray(fc.nat({ max: 12 }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 1 << 30 }),
        (setting, form, kind, flags, missingList, seed) => {
          const { ruleSet, options } = SETTINGS[setting]!;
          const rows = fc.sample(fc.array(rowArbitrary(ruleSet, form), { minLength: 0, maxLength: 41 }), { seed, numRuns: 1 })[0]!;
          const limit = kind === 'int64-cents' ? 2n ** 63n : 2n ** 64n;
          const fitted =
            kind === 'int64-cents' || kind === 'uint64-cents'
              ? rows.map((row) => ({ ...row, units: row.units % limit }))
              : kind === 'int32-cents'
                ? rows.map((row) => (row.units >= 2n ** 31n ? { ...row, units: row.units % 2n ** 31n } : row))
                : kind === 'numbers-cents'
                  ? rows.map((row) => (row.units >= 2n ** 53n ? { ...row, units: row.units % 2n ** 53n } : row))
                  : kind === 'int32-dong'
                    ? rows.map((row) => ({ ...row, units: ((row.units % 2n ** 31n) / 100n) * 100n }))
                    : rows;
          const missing = new Set(missingList.filter((k) => k < ruleSet.indicators.length));
          const { columns, households } = build(fitted, ruleSet, form, kind, { ...flags, missing });
          const columnar = classifyColumns(columns, { ...options, perCapita: flags.perCapita, lowIncomeWorker: true });
          expectSameAsClassify(columnar, equivalentHouseholds(fitted, households, kind), ruleSet, options);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the packed paths (four rows per 32-bit word): rows one unit either side of every line in every lane, an invalid row in some lanes', () => {
    // Integer incomes with area and size codes in aligned byte arrays take the word-at-a-time
    // path; a word with a row it cannot take (size 0 or 201, area 2, no income) goes row by row.
    const packedRow = (ruleSet: RuleSet, form: Form): fc.Arbitrary<Row> => {
      const lineUnits = ruleSet.incomeLines
        .flatMap((line) => [line.amounts.rural, line.amounts.urban])
        .map((amount) => BigInt(Math.round(Number(amount) * 100)));
      return fc
        .record({
          area: fc.oneof({ weight: 40, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: fc.constant(2) }),
          size: fc.oneof(
            { weight: 12, arbitrary: fc.integer({ min: 1, max: 12 }) },
            { weight: 2, arbitrary: fc.constantFrom(199, 200) },
            { weight: 1, arbitrary: fc.constantFrom(0, 201) },
          ),
          line: fc.constantFrom(...lineUnits),
          delta: fc.constantFrom(-100n, -1n, 0n, 1n, 100n),
          free: fc.bigInt({ min: 0n, max: 3_000_000_000n }),
          near: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
          income: fc.oneof({ weight: 40, arbitrary: fc.constant('ok' as const) }, { weight: 1, arbitrary: fc.constant('missing' as const) }),
          answers: fc.array(fc.constantFrom(0, 1, 2), { minLength: ruleSet.indicators.length, maxLength: ruleSet.indicators.length }),
        })
        .map(({ area, size: n, line, delta, free, near, income, answers }) => {
          const divisor = form === 'perCapitaMonthly' ? 1n : form === 'householdMonthly' ? BigInt(Math.max(n, 1)) : BigInt(Math.max(n, 1) * 12);
          const base = near ? line * divisor + delta : free;
          return { area, size: n, units: base < 0n ? 0n : base, income, answers };
        });
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...SETTINGS.keys()),
        fc.constantFrom(...FORMS),
        fc.constantFrom<IncomeKind>('int32-cents', 'int64-cents', 'uint64-cents', 'int32-dong'),
        fc.integer({ min: 0, max: 1 << 30 }),
        (setting, form, kind, seed) => {
          const { ruleSet, options } = SETTINGS[setting]!;
          const rows = fc.sample(fc.array(packedRow(ruleSet, form), { minLength: 4, maxLength: 67 }), { seed, numRuns: 1 })[0]!;
          const fitted =
            kind === 'int32-cents'
              ? rows.map((row) => (row.units >= 2n ** 31n ? { ...row, units: row.units % 2n ** 31n } : row))
              : kind === 'int32-dong'
                ? rows.map((row) => ({ ...row, units: ((row.units % 2n ** 31n) / 100n) * 100n }))
                : rows;
          const { columns, households } = build(fitted, ruleSet, form, kind, { strings: false, aligned: true, missing: new Set(), sizeArray: 'u8' });
          // The per-capita amounts as strings or as one UTF-8 column (digits written from the integers).
          const columnar = classifyColumns(columns, { ...options, perCapita: seed % 2 === 0 ? true : 'utf8' });
          expectSameAsClassify(columnar, equivalentHouseholds(fitted, households, kind), ruleSet, options);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decimal strings of every shape near the lines: long fractions, many integer digits, exponent-free large amounts, thousands-like text', () => {
    // The string paths compare exactly: digits are scanned, and amounts with more than 15
    // integer digits or a fraction go through Decimal; "1.500"-like text is refused as ambiguous.
    const shaped = (ruleSet: RuleSet, form: Form) => {
      const lines = ruleSet.incomeLines.flatMap((line) => [line.amounts.rural, line.amounts.urban]);
      return fc
        .record({
          area: fc.constantFrom(0, 1),
          size: fc.integer({ min: 1, max: 9 }),
          line: fc.constantFrom(...lines),
          shape: fc.constantFrom('at', 'above', 'below', 'long', 'huge', 'ambiguous', 'zero-fraction', 'leading-zero'),
          digits: fc.integer({ min: 1, max: 30 }),
        })
        .map(({ area, size, line, shape, digits }) => {
          const divisor = form === 'perCapitaMonthly' ? 1 : form === 'householdMonthly' ? size : size * 12;
          const at = new Decimal(line).times(divisor);
          const tiny = new Decimal(10).pow(-digits);
          const text =
            shape === 'at'
              ? at.toFixed()
              : shape === 'above'
                ? at.plus(tiny).toFixed()
                : shape === 'below'
                  ? at.minus(tiny).toFixed()
                  : shape === 'long'
                    ? `${at.toFixed(0)}.${'0'.repeat(digits)}1`
                    : shape === 'huge'
                      ? `${'9'.repeat(digits)}${at.toFixed(0)}`
                      : shape === 'ambiguous'
                        ? `${digits % 999}.${String(digits).padStart(3, '0')}`
                        : shape === 'zero-fraction'
                          ? `${at.toFixed(0)}.${'0'.repeat(digits)}`
                          : `0${at.toFixed()}`;
          return { area, size, text };
        });
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...SETTINGS.keys()),
        fc.constantFrom(...FORMS),
        fc.boolean(),
        fc.integer({ min: 0, max: 1 << 30 }),
        (setting, form, utf8Column, seed) => {
          const { ruleSet, options } = SETTINGS[setting]!;
          const rows = fc.sample(fc.array(shaped(ruleSet, form), { minLength: 1, maxLength: 24 }), { seed, numRuns: 1 })[0]!;
          const texts = rows.map((row) => row.text);
          const columns: HouseholdColumns = {
            area: Uint8Array.from(rows, (row) => row.area),
            size: Uint8Array.from(rows, (row) => row.size),
            income: { form, values: utf8Column ? utf8(texts) : texts },
          };
          const households = rows.map((row) => ({ area: row.area === 0 ? 'rural' : 'urban', size: row.size, income: { [form]: row.text } }));
          expectSameAsClassify(classifyColumns(columns, { ...options, perCapita: seed % 2 === 0 ? true : 'utf8' }), households, ruleSet, options);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a rule set compiled afresh (no table cached from another test): packed integers and decimal strings at the lines, as classify decides', () => {
    // Derived here, inside the test: its thresholds and decision tables are built now.
    const fresh = deriveRuleSet(V2022, {
      id: `fresh-${Math.random().toString(36).slice(2)}`,
      title: { vi: 'Chuẩn thử', en: 'Test standard' },
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
    });
    const yearly = deriveRuleSet(YEARLY, {
      id: `fresh-yearly-${Math.random().toString(36).slice(2)}`,
      title: { vi: 'Chuẩn thử theo năm', en: 'Yearly test standard' },
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
    });
    for (const ruleSet of [fresh, yearly]) {
      const options = { ruleSet, lowIncomeWorker: true };
      const rows: Row[] = [];
      let k = 0;
      for (const line of ruleSet.incomeLines)
        for (const [area, amount] of [
          [0, line.amounts.rural],
          [1, line.amounts.urban],
        ] as const)
          for (const delta of [-1n, 0n, 1n])
            for (const size of [1, 2, 5]) {
              const units = BigInt(Math.round(Number(amount) * 100)) * BigInt(size) + delta;
              rows.push({ area, size, units, income: 'ok', answers: ruleSet.indicators.map((_, j) => (j + k) % 3) });
              k++;
            }
      for (const kind of ['int64-cents', 'int32-cents', 'strings', 'utf8'] as const) {
        if (kind === 'int32-cents' && rows.some((row) => row.units >= 2n ** 31n)) continue;
        const { columns, households } = build(rows, ruleSet, 'householdMonthly', kind, { strings: false, aligned: true, missing: new Set(), sizeArray: 'u8' });
        const result = classifyColumns(columns, { ...options, perCapita: true });
        expect(result.failures, kind).toEqual([]);
        expectSameAsClassify(result, households, ruleSet, options);
      }
    }
  });

  it('optional result fields are absent (not undefined) unless asked for', () => {
    const columns = { area: ['rural'], size: [2], income: { form: 'householdMonthly' as const, values: ['3000000'] } };
    const plain = classifyColumns(columns);
    for (const key of ['date', 'perCapita', 'perCapitaExact', 'lowIncomeWorker']) expect(Object.hasOwn(plain, key), key).toBe(false);
    const full = classifyColumns(columns, { date: '2025-09-01', perCapita: true, lowIncomeWorker: true });
    for (const key of ['date', 'perCapita', 'perCapitaExact', 'lowIncomeWorker']) expect(Object.hasOwn(full, key), key).toBe(true);
  });

  it('and summarizeColumns gives the summary of summarize(classifyMany(…)), in total and by group', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SETTINGS.keys()),
        fc.constantFrom(...FORMS),
        fc.constantFrom(...KINDS),
        fc.boolean(),
        fc.uniqueArray(fc.nat({ max: 12 }), { maxLength: 2 }),
        fc.integer({ min: 0, max: 1 << 30 }),
        (setting, form, kind, aligned, missingList, seed) => {
          const { ruleSet, options } = SETTINGS[setting]!;
          const rows = fc
            .sample(fc.array(rowArbitrary(ruleSet, form), { minLength: 0, maxLength: 70 }), { seed, numRuns: 1 })[0]!
            .map((row) => ({ ...row, units: row.units % 2n ** 31n }));
          const missing = new Set(missingList.filter((k) => k < ruleSet.indicators.length));
          const { columns, households } = build(rows, ruleSet, form, kind, { strings: false, aligned, missing, sizeArray: 'u8' });
          const fitted = equivalentHouseholds(rows, households, kind);
          const columnar = classifyColumns(columns, options);
          const batch = classifyMany(fitted, options);
          expect(summarizeColumns(columns, columnar)).toEqual(summarize(batch));
          // Grouped by a key per household (here: size parity and area, as codes with labels).
          const codes = Uint8Array.from(rows, (row, i) => (row.size % 2) * 2 + (i % 2));
          const labels = ['even-a', 'even-b', 'odd-a', 'odd-b'];
          const reference = createSummarizer();
          batch.forEach((row, i) => reference.add(row, labels[codes[i]!]));
          expect(summarizeColumns(columns, columnar, { by: { codes, labels } })).toEqual(reference.finish());
          const byValue = createSummarizer();
          batch.forEach((row, i) => byValue.add(row, rows[i]!.size));
          expect(summarizeColumns(columns, columnar, { by: rows.map((row) => row.size) })).toEqual(byValue.finish());
        },
      ),
      { numRuns: 250 },
    );
  });

  it('a summary added in batches equals the summary of all rows at once', () => {
    const rows = fc
      .sample(fc.array(rowArbitrary(V2022, 'householdMonthly'), { minLength: 100, maxLength: 100 }), { seed: 7, numRuns: 1 })[0]!
      .map((row) => ({ ...row, units: row.units % 2n ** 31n }));
    const whole = build(rows, V2022, 'householdMonthly', 'int32-cents', { strings: false, aligned: true, missing: new Set([4]), sizeArray: 'u8' });
    const all = summarizeColumns(whole.columns, classifyColumns(whole.columns), {
      by: whole.areaCodes.length ? { codes: whole.areaCodes, labels: ['rural', 'urban'] } : undefined,
    });
    const summarizer = createColumnSummarizer();
    for (const [from, to] of [
      [0, 37],
      [37, 38],
      [38, 100],
    ] as const) {
      const part = build(rows.slice(from, to), V2022, 'householdMonthly', 'int32-cents', {
        strings: false,
        aligned: from % 4 === 0,
        missing: new Set([4]),
        sizeArray: 'u8',
      });
      summarizer.add(part.columns, classifyColumns(part.columns), { codes: part.areaCodes, labels: ['rural', 'urban'] });
    }
    expect(summarizer.finish()).toEqual(all);
    expect(all.rows).toBe(100);
  });
});

// ---------------------------------------------------------------------------------------------
// Cases an auditor can check by hand

/** One household of `size` members with `householdMonthly` in hundredths and no answers given. */
function oneHousehold(area: 0 | 1, size: number, cents: bigint, answers: Record<string, number> = {}) {
  return {
    area: Uint8Array.of(area),
    size: Uint8Array.of(size),
    income: { form: 'householdMonthly' as const, values: BigInt64Array.of(cents), scale: 2 },
    answers: Object.fromEntries(Object.entries(answers).map(([id, code]) => [id, Uint8Array.of(code)])),
  };
}

const ALL_ANSWERED_NO = Object.fromEntries(V2022.indicators.map((indicator) => [indicator.id, 0]));
const THREE_DEPRIVED = { ...ALL_ANSWERED_NO, employment: 1, 'health-insurance': 1, water: 1 };

describe('income at the lines, exactly (vn-2022-2025, rural poverty line 1,500,000 đồng per person per month)', () => {
  it('[rule:vn-2022-2025/incomeLine/poverty] 4 members, 6,000,000.00 đồng a month: at the line, so poor with 3 deprivations', () => {
    const result = classifyColumns(oneHousehold(0, 4, 600_000_000n, THREE_DEPRIVED));
    expect(COLUMN_CATEGORIES[result.category[0]!]).toBe('poor');
    expect(result.incomePosition[0]).toBe(0);
  });

  it('[rule:vn-2022-2025/incomeLine/poverty] 6,000,000.01 đồng (one hundredth above 4 × the line): average, not poor', () => {
    const result = classifyColumns(oneHousehold(0, 4, 600_000_001n, THREE_DEPRIVED));
    expect(COLUMN_CATEGORIES[result.category[0]!]).toBe('average');
    expect(result.incomePosition[0]).toBe(1);
  });

  it('5,999,999.99 đồng with 2 deprivations: near-poor', () => {
    const result = classifyColumns(oneHousehold(0, 4, 599_999_999n, { ...ALL_ANSWERED_NO, employment: 1, water: 1 }));
    expect(COLUMN_CATEGORIES[result.category[0]!]).toBe('near-poor');
    expect(result.deprivationCount[0]).toBe(2);
  });

  it('the same boundary with decimal strings, a UTF-8 column and whole-đồng integers', () => {
    const answers = Object.fromEntries(Object.entries(THREE_DEPRIVED).map(([id, code]) => [id, Uint8Array.of(code, code, code)]));
    const base = { area: Uint8Array.of(0, 0, 0), size: Uint8Array.of(4, 4, 4), answers };
    const strings = classifyColumns({ ...base, income: { form: 'householdMonthly', values: ['6000000', '6000000.01', '6000000.00'] } });
    expect(Array.from(strings.category)).toEqual([CODE.poor, CODE.average, CODE.poor]);
    const bytes = classifyColumns({ ...base, income: { form: 'householdMonthly', values: utf8(['6000000', '6000000.01', '6000000.00']) } });
    expect(Array.from(bytes.category)).toEqual([CODE.poor, CODE.average, CODE.poor]);
    const dong = classifyColumns({ ...base, income: { form: 'householdMonthly', values: Uint32Array.of(5_999_999, 6_000_000, 6_000_001), scale: 0 } });
    expect(Array.from(dong.category)).toEqual([CODE.poor, CODE.poor, CODE.average]);
  });

  it('a yearly line that 12 does not divide: 18,000,000.5 a year is 1,500,000.041666… a month', () => {
    const answers = Object.fromEntries(YEARLY.indicators.map((indicator) => [indicator.id, Uint8Array.of(0, 0, 0)]));
    const result = classifyColumns(
      {
        area: Uint8Array.of(0, 0, 0),
        size: Uint8Array.of(1, 1, 1),
        income: { form: 'perCapitaMonthly', values: ['1500000.04', '1500000.0416', '1500000.0417'] },
        answers,
      },
      { ruleSet: YEARLY },
    );
    // 1,500,000.0416 × 12 = 18,000,000.4992 ≤ 18,000,000.5; 1,500,000.0417 × 12 = 18,000,000.5004 > it.
    expect(Array.from(result.incomePosition)).toEqual([0, 0, 1]);
  });

  it('amounts beyond 2^53 units and beyond 15 digits are still compared exactly', () => {
    const big = 2n ** 60n;
    const result = classifyColumns({
      area: Uint8Array.of(0, 0),
      size: Uint8Array.of(1, 1),
      income: { form: 'perCapitaMonthly', values: BigUint64Array.of(big, 150_000_000n), scale: 2 },
    });
    expect(Array.from(result.incomePosition)).toEqual([2, 0]);
    const strings = classifyColumns({
      area: ['urban', 'urban'],
      size: [1, 1],
      income: { form: 'perCapitaMonthly', values: ['123456789012345678901234567890', '0.000000000000000000000000000001'] },
    });
    expect(Array.from(strings.incomePosition)).toEqual([2, 0]);
  });

  it("per-capita text as UTF-8 (perCapita: 'utf8') around 2^53 units: digits written from the integer below it, from its text above", () => {
    const units = [0n, 5n, 50n, 100n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 54n + 1n, 2n ** 63n - 1n];
    for (const values of [BigInt64Array.from(units), BigUint64Array.from(units)]) {
      const result = classifyColumns(
        { area: new Uint8Array(units.length), size: new Uint8Array(units.length).fill(1), income: { form: 'perCapitaMonthly', values, scale: 2 } },
        { perCapita: 'utf8' },
      );
      const { offsets, data } = result.perCapitaUtf8!;
      const texts = units.map((_, i) => new TextDecoder().decode(data.subarray(offsets[i], offsets[i + 1])));
      expect(texts).toEqual(units.map((value) => classify({ area: 'rural', size: 1, income: { perCapitaMonthly: hundredths(value) } }).income.perCapita));
      expect(texts.slice(0, 4)).toEqual(['0', '0.05', '0.5', '1']);
      expect(texts[6]).toBe('90071992547409.91');
      expect(texts[8]).toBe('90071992547409.93');
      expect(texts[10]).toBe('92233720368547758.07');
      expect(Array.from(result.perCapitaExact!)).toEqual(units.map(() => 1));
    }
  });
});

describe("per-capita text as UTF-8 (perCapita: 'utf8'): every digit, and more text than the first buffer holds", () => {
  const decode = (result: ColumnarClassification): string[] => {
    const { offsets, data } = result.perCapitaUtf8!;
    return Array.from({ length: result.length }, (_, i) => new TextDecoder().decode(data.subarray(offsets[i], offsets[i + 1])));
  };
  const asClassify = (texts: readonly string[]) =>
    texts.map((text) => classify({ area: 'rural', size: 1, income: { perCapitaMonthly: text } }).income.perCapita);

  it('integers beyond 32 bits with more trailing zeros than decimals keep their zeros (scale 0 and 2)', () => {
    const whole = [3_000_000_000, 30_000_000_000, 4_294_967_296_000, 2 ** 31, 2 ** 31 * 10];
    const scale0 = classifyColumns(
      { area: new Uint8Array(whole.length), size: new Uint8Array(whole.length).fill(1), income: { form: 'perCapitaMonthly', values: whole, scale: 0 } },
      { perCapita: 'utf8' },
    );
    expect(decode(scale0)).toEqual(['3000000000', '30000000000', '4294967296000', '2147483648', '21474836480']);
    const scale2 = classifyColumns(
      {
        area: new Uint8Array(whole.length),
        size: new Uint8Array(whole.length).fill(1),
        income: { form: 'perCapitaMonthly', values: BigInt64Array.from(whole, BigInt), scale: 2 },
      },
      { perCapita: 'utf8' },
    );
    expect(decode(scale2)).toEqual(['30000000', '300000000', '42949672960', '21474836.48', '214748364.8']);
    expect(decode(scale2)).toEqual(asClassify(['30000000', '300000000', '42949672960', '21474836.48', '214748364.8']));
  });

  it('rows longer than twelve bytes on average (the first buffer) are all written whole: integers and decimal strings', () => {
    const n = 50;
    const big = Array.from({ length: n }, (_, i) => 9_007_199_254_740_991 - i * 1_000_003);
    const integers = classifyColumns(
      { area: new Uint8Array(n), size: new Uint8Array(n).fill(1), income: { form: 'perCapitaMonthly', values: big, scale: 3 } },
      { perCapita: 'utf8' },
    );
    const texts = decode(integers);
    expect(texts[0]).toBe('9007199254740.991');
    expect(texts).toEqual(asClassify(big.map((units) => `${String(units).slice(0, -3)}.${String(units).slice(-3)}`.replace(/\.?0+$/, ''))));
    const long = Array.from({ length: n }, (_, i) => `${123456789012345 + i}.${'7'.repeat(12)}`);
    const strings = classifyColumns(
      { area: new Uint8Array(n), size: new Uint8Array(n).fill(1), income: { form: 'perCapitaMonthly', values: long } },
      { perCapita: 'utf8' },
    );
    expect(decode(strings)).toEqual(long);
    expect(integers.perCapitaUtf8!.data.length).toBe(texts.join('').length);
  });
});

describe('answers and unknowns', () => {
  it('an indicator without a column is unknown for every household; codes 2 are unknown too', () => {
    const result = classifyColumns({
      area: Uint8Array.of(0, 0),
      size: Uint8Array.of(2, 2),
      income: { form: 'perCapitaMonthly', values: ['1000000', '1000000'] },
      answers: { employment: Uint8Array.of(1, 1), 'health-insurance': Uint8Array.of(1, 2) },
    });
    expect(Array.from(result.deprivationCount)).toEqual([2, 1]);
    expect(Array.from(result.unknownCount)).toEqual([10, 11]);
    // Two deprived and ten unknown at or below the line: poor or near-poor, undetermined.
    expect(Array.from(result.category)).toEqual([CODE.undetermined, CODE.undetermined]);
    expect(possibleCategoriesOf(result.possible[0]!)).toEqual(['poor', 'near-poor']);
  });

  it('above the average ceiling the answers cannot matter: above-average even with every answer unknown', () => {
    const result = classifyColumns({ area: ['rural'], size: [1], income: { form: 'perCapitaMonthly', values: ['2250001'] } });
    expect(COLUMN_CATEGORIES[result.category[0]!]).toBe('above-average');
    expect(result.unknownCount[0]).toBe(12);
  });

  it('gives the low-income-worker flag when asked, where the rule set defines it (vn-2022-2025)', () => {
    // 2,000,000 đồng per person per month, rural: above the poverty line, within the 2,250,000 ceiling.
    const result = classifyColumns(oneHousehold(0, 1, 200_000_000n, ALL_ANSWERED_NO), { lowIncomeWorker: true });
    expect(result.lowIncomeWorker![0]).toBe(1);
    expect(classifyColumns(oneHousehold(0, 1, 225_000_001n, ALL_ANSWERED_NO), { lowIncomeWorker: true }).lowIncomeWorker![0]).toBe(0);
    expect(classifyColumns(oneHousehold(0, 1, 200_000_000n)).lowIncomeWorker).toBeUndefined();
    expect(classifyColumns(oneHousehold(0, 1, 200_000_000n), { ruleSet: 'vn-2016-2020', lowIncomeWorker: true }).lowIncomeWorker).toBeUndefined();
  });
});

describe('row failures: the row fails, the others go on, each problem has its path', () => {
  it('names the column and the row of every problem in a failed row', () => {
    const result = classifyColumns({
      area: Uint8Array.of(0, 7, 1, 0),
      size: [2, 2, 0, 2.5],
      income: { form: 'perCapitaMonthly', values: ['1000000', '1.500.000', '1000000', '1000000'] },
      answers: { water: Uint8Array.of(0, 0, 3, 0) },
    });
    expect(Array.from(result.category)).toEqual([CODE.undetermined, FAILED_ROW, FAILED_ROW, FAILED_ROW]);
    expect(result.classified).toBe(1);
    expect(result.failures.map((failure) => failure.index)).toEqual([1, 2, 3]);
    expect(result.failures[0]!.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['area', 1], 'invalid_value'],
      [['income', 'values', 1], 'invalid_amount'],
    ]);
    expect(result.failures[1]!.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['size', 2], 'too_small'],
      [['answers', 'water', 2], 'invalid_value'],
    ]);
    expect(result.failures[2]!.issues.map((issue) => [issue.path, issue.code])).toEqual([[['size', 3], 'invalid_type']]);
    expect(result.deprivationCount[2]).toBe(0);
  });

  it('an ambiguous "1.500" is refused with the message classify gives', () => {
    const result = classifyColumns({ area: ['rural'], size: [1], income: { form: 'perCapitaMonthly', values: ['1.500'] } });
    expect(result.failures[0]!.issues[0]!.code).toBe('ambiguous_amount');
    expect(result.failures[0]!.issues[0]!.message).toContain('Vietnamese thousands grouping');
  });

  it('a negative integer, a null in the validity bitmap and a missing string fail', () => {
    const ints = classifyColumns({ area: ['rural', 'rural'], size: [1, 1], income: { form: 'perCapitaMonthly', values: Int32Array.of(-1, 5), scale: 0 } });
    expect(Array.from(ints.category)).toEqual([FAILED_ROW, CODE.undetermined]);
    const nulls = classifyColumns({
      area: ['rural', 'rural'],
      size: [1, 1],
      income: { form: 'perCapitaMonthly', values: utf8(['5', '5']), validity: Uint8Array.of(0b10) },
    });
    expect(nulls.failures.map((failure) => failure.issues[0]!.path)).toEqual([['income', 'values', 0]]);
    const missing = classifyColumns({ area: ['rural', 'rural'], size: [1, 1], income: { form: 'perCapitaMonthly', values: [null, '5'] } });
    expect(missing.failures[0]!.issues[0]!.message).toContain('missing');
  });
});

describe('the shape of the columns is checked before any row', () => {
  const good = (): HouseholdColumns => ({ area: Uint8Array.of(0, 1), size: Uint8Array.of(1, 2), income: { form: 'perCapitaMonthly', values: ['1', '2'] } });
  const issuesOf = (columns: unknown): [readonly (string | number)[], string][] => {
    try {
      classifyColumns(columns as HouseholdColumns);
    } catch (error) {
      if (error instanceof ValidationError) return error.issues.map((issue) => [issue.path, issue.code]);
      throw error;
    }
    return [];
  };

  it('refuses floating-point incomes: they are not exact', () => {
    expect(issuesOf({ ...good(), income: { form: 'perCapitaMonthly', values: Float64Array.of(1500000.01, 2), scale: 2 } })).toEqual([
      [['income', 'values'], 'float_amounts'],
    ]);
    expect(issuesOf({ ...good(), income: { form: 'perCapitaMonthly', values: Float32Array.of(1, 2) } })).toEqual([[['income', 'values'], 'float_amounts']]);
  });

  it('needs the unit of integer amounts, and refuses one for strings', () => {
    expect(issuesOf({ ...good(), income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 2) } })).toEqual([[['income', 'scale'], 'scale_required']]);
    expect(issuesOf({ ...good(), income: { form: 'perCapitaMonthly', values: [1, 2] } })).toEqual([[['income', 'scale'], 'scale_required']]);
    expect(issuesOf({ ...good(), income: { form: 'perCapitaMonthly', values: ['1', '2'], scale: 2 } }).map(([path]) => path)).toEqual([['income', 'scale']]);
    expect(issuesOf({ ...good(), income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 2), scale: 13 } })).toEqual([
      [['income', 'scale'], 'invalid_value'],
    ]);
  });

  it('checks lengths, types, income forms and indicator ids, listing every problem', () => {
    expect(issuesOf({ ...good(), size: Uint8Array.of(1) })).toEqual([[['size'], 'length_mismatch']]);
    expect(issuesOf({ ...good(), size: Float64Array.of(1, 2) })).toEqual([[['size'], 'invalid_type']]);
    expect(issuesOf({ ...good(), answers: { 'no-such-indicator': Uint8Array.of(0, 0), water: [0, 0] } })).toEqual([
      [['answers', 'no-such-indicator'], 'unrecognized_keys'],
      [['answers', 'water'], 'invalid_type'],
    ]);
    expect(issuesOf({ ...good(), income: { form: 'weekly', values: ['1', '2'] } })).toEqual([[['income', 'form'], 'income_form']]);
    expect(issuesOf({ ...good(), extra: 1 })).toEqual([[['extra'], 'unrecognized_keys']]);
    expect(issuesOf(null)).toEqual([[[], 'invalid_type']]);
    expect(issuesOf({ ...good(), income: { form: 'perCapitaMonthly', values: { offsets: Int32Array.of(0, 5, 2), data: new Uint8Array(5) } } })).toEqual([
      [['income', 'values', 'offsets'], 'invalid_value'],
    ]);
  });

  it('checks the options as classify does', () => {
    expect(() => classifyColumns(good(), { ruleSet: 'vn-1999' })).toThrow(ValidationError);
    expect(() => classifyColumns(good(), { ruleSet: 'vn-2027-2030' })).toThrow(/provisional/);
    expect(classifyColumns(good(), { date: '2018-06-01' }).ruleSet.id).toBe('vn-2016-2020');
  });

  it('summarizeColumns refuses a classification that does not fit the columns, and mixed rule sets', () => {
    const columns = good();
    const result = classifyColumns(columns);
    expect(() => summarizeColumns({ ...columns, area: Uint8Array.of(0) }, result)).toThrow(ValidationError);
    const summarizer = createColumnSummarizer();
    summarizer.add(columns, result);
    expect(() => summarizer.add(columns, classifyColumns(columns, { ruleSet: 'vn-2016-2020' }))).toThrow(/one rule set at a time/);
  });
});
