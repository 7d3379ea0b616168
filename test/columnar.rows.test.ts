/**
 * Rows that `classifyColumns` cannot classify, one kind of problem at a time: the row fails alone
 * (the rows around it are classified), with every problem of the row named by its exact path,
 * code and message; and the per-capita amount shown for the rows that pass (trailing zeros
 * trimmed, integers in their unit, household amounts divided by the size).
 */
import { describe, expect, it } from 'vitest';
import { classify, classifyColumns } from '../src/index.js';
import { INDICATOR_IDS } from './helpers/households.js';

const base = (over: Record<string, unknown> = {}) => ({
  area: Uint8Array.of(0, 1, 0),
  size: Uint8Array.of(1, 2, 3),
  income: { form: 'perCapitaMonthly', values: ['1', '2', '3'] },
  ...over,
});

type Failures = [number, [(string | number)[], string, string][]][];

/** Name, columns, the failures [row, issues], the category codes and the per-capita amounts. */
const CASES: [string, () => unknown, Failures, number[], (string | null)[]][] = [
  [
    'area code 7',
    () => base({ area: Uint8Array.of(0, 7, 0) }),
    [[1, [[['area', 1], 'invalid_value', 'area code must be 0 (rural) or 1 (urban), got 7']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'area code -1 (Int8Array)',
    () => base({ area: Int8Array.of(0, -1, 0) }),
    [[1, [[['area', 1], 'invalid_value', 'area code must be 0 (rural) or 1 (urban), got -1']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'area "town"',
    () => base({ area: ['rural', 'town', 'urban'] }),
    [[1, [[['area', 1], 'invalid_value', 'area must be "rural" or "urban", got "town"']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'area a long string',
    () => base({ area: ['rural', 'r'.repeat(60), 'urban'] }),
    [[1, [[['area', 1], 'invalid_value', 'area must be "rural" or "urban", got "rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr"']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'area null',
    () => base({ area: ['rural', null, 'urban'] }),
    [[1, [[['area', 1], 'invalid_value', 'area must be "rural" or "urban", got null']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'area a number in a string array',
    () => base({ area: ['rural', 1, 'urban'] }),
    [[1, [[['area', 1], 'invalid_value', 'area must be "rural" or "urban", got a number']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'size 0',
    () => base({ size: Uint8Array.of(1, 0, 3) }),
    [[1, [[['size', 1], 'too_small', 'size must be at least 1, got 0']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'size 201',
    () => base({ size: Uint8Array.of(1, 201, 3) }),
    [[1, [[['size', 1], 'too_big', 'size must be at most 200, got 201']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  ['size 200', () => base({ size: Uint8Array.of(1, 200, 3) }), [], [4, 4, 4], ['1', '2', '3']],
  [
    'size 1.5',
    () => base({ size: [1, 1.5, 3] }),
    [[1, [[['size', 1], 'invalid_type', 'size must be a whole number of members (1 to 200), got 1.5']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'size "two"',
    () => base({ size: [1, 'two', 3] }),
    [[1, [[['size', 1], 'invalid_type', 'size must be a whole number of members (1 to 200), got a string']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'size null',
    () => base({ size: [1, null, 3] }),
    [[1, [[['size', 1], 'invalid_type', 'size must be a whole number of members (1 to 200), got null']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'size -3 (Int32Array)',
    () => base({ size: Int32Array.of(1, -3, 3) }),
    [[1, [[['size', 1], 'too_small', 'size must be at least 1, got -3']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'answer code 3',
    () => base({ answers: { water: Uint8Array.of(0, 3, 2) } }),
    [[1, [[['answers', 'water', 1], 'invalid_value', 'answer code must be 0 (not deprived), 1 (deprived) or 2 (unknown), got 3']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'answer code -1',
    () => base({ answers: { sanitation: Int8Array.of(0, -1, 1) } }),
    [[1, [[['answers', 'sanitation', 1], 'invalid_value', 'answer code must be 0 (not deprived), 1 (deprived) or 2 (unknown), got -1']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income null (strings)',
    () => base({ income: { form: 'perCapitaMonthly', values: ['1', null, '3'] } }),
    [[1, [[['income', 'values', 1], 'invalid_type', 'the income is missing; give an amount']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income undefined (strings)',
    () => base({ income: { form: 'perCapitaMonthly', values: ['1', undefined, '3'] } }),
    [[1, [[['income', 'values', 1], 'invalid_type', 'the income is missing; give an amount']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income a number among strings',
    () => base({ income: { form: 'perCapitaMonthly', values: ['1', 2, '3'] } }),
    [[1, [[['income', 'values', 1], 'invalid_type', 'the income must be a decimal string in this column, got a number']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income "1.500" (strings)',
    () => base({ income: { form: 'perCapitaMonthly', values: ['1', '1.500.000', '3'] } }),
    [[1, [[['income', 'values', 1], 'invalid_amount', 'the income "1.500.000" uses thousands separators; write "1500000" instead']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income "-5" (utf8)',
    () => base({ income: { form: 'perCapitaMonthly', values: { offsets: Int32Array.of(0, 1, 3, 4), data: new TextEncoder().encode('1-53') } } }),
    [
      [
        1,
        [
          [
            ['income', 'values', 1],
            'invalid_amount',
            'the income must not be negative; write it as a number or a plain decimal string such as 1500000 or "1500000.50" (no thousands separators, no currency)',
          ],
        ],
      ],
    ],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income missing by validity (utf8)',
    () =>
      base({
        income: {
          form: 'perCapitaMonthly',
          values: { offsets: Int32Array.of(0, 1, 1, 2), data: new TextEncoder().encode('13') },
          validity: Uint8Array.of(0b101),
        },
      }),
    [[1, [[['income', 'values', 1], 'invalid_type', 'the income is missing (null); give an amount']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income missing by validity (int64)',
    () => base({ income: { form: 'perCapitaMonthly', values: BigInt64Array.of(1n, 2n, 3n), scale: 0, validity: Uint8Array.of(0b101) } }),
    [[1, [[['income', 'values', 1], 'invalid_type', 'the income is missing (null); give an amount']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income -1 (Int32Array)',
    () => base({ income: { form: 'perCapitaMonthly', values: Int32Array.of(1, -1, 3), scale: 2 } }),
    [[1, [[['income', 'values', 1], 'invalid_amount', 'the income must not be negative, got -1']]]],
    [4, 255, 4],
    ['0.01', null, '0.03'],
  ],
  [
    'income 0 (Int32Array) is fine',
    () => base({ income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 0, 3), scale: 2 } }),
    [],
    [4, 4, 4],
    ['0.01', '0', '0.03'],
  ],
  [
    'income -1 (numbers)',
    () => base({ income: { form: 'perCapitaMonthly', values: [1, -1, 3], scale: 0 } }),
    [[1, [[['income', 'values', 1], 'invalid_amount', 'the income must not be negative, got -1']]]],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income 1.5 (numbers)',
    () => base({ income: { form: 'perCapitaMonthly', values: [1, 1.5, 3], scale: 0 } }),
    [
      [
        1,
        [
          [
            ['income', 'values', 1],
            'invalid_amount',
            'the income must be a whole number of units of 10^-0 đồng (a safe integer), got 1.5; give decimal strings for other amounts',
          ],
        ],
      ],
    ],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income 2^53 (numbers)',
    () => base({ income: { form: 'perCapitaMonthly', values: [1, 2 ** 53, 3], scale: 0 } }),
    [
      [
        1,
        [
          [
            ['income', 'values', 1],
            'invalid_amount',
            'the income must be a whole number of units of 10^-0 đồng (a safe integer), got 9007199254740992; give decimal strings for other amounts',
          ],
        ],
      ],
    ],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income a string among numbers',
    () => base({ income: { form: 'perCapitaMonthly', values: [1, '2', 3], scale: 0 } }),
    [
      [
        1,
        [
          [
            ['income', 'values', 1],
            'invalid_amount',
            'the income must be a whole number of units of 10^-0 đồng (a safe integer), got a string; give decimal strings for other amounts',
          ],
        ],
      ],
    ],
    [4, 255, 4],
    ['1', null, '3'],
  ],
  [
    'income null among numbers',
    () => base({ income: { form: 'perCapitaMonthly', values: [1, null, 3], scale: 4 } }),
    [
      [
        1,
        [
          [
            ['income', 'values', 1],
            'invalid_amount',
            'the income must be a whole number of units of 10^-4 đồng (a safe integer), got null; give decimal strings for other amounts',
          ],
        ],
      ],
    ],
    [4, 255, 4],
    ['0.0001', null, '0.0003'],
  ],
  [
    'income -1 (BigInt64Array)',
    () => base({ income: { form: 'perCapitaMonthly', values: BigInt64Array.of(1n, -1n, 3n), scale: 2 } }),
    [[1, [[['income', 'values', 1], 'invalid_amount', 'the income must not be negative, got -1']]]],
    [4, 255, 4],
    ['0.01', null, '0.03'],
  ],
  [
    'income 0 (BigInt64Array) is fine',
    () => base({ income: { form: 'perCapitaMonthly', values: BigInt64Array.of(1n, 0n, 3n), scale: 2 } }),
    [],
    [4, 4, 4],
    ['0.01', '0', '0.03'],
  ],
  [
    'per capita: trailing zeros trimmed (strings)',
    () => base({ income: { form: 'perCapitaMonthly', values: ['1500000.50', '7.000', '12'] } }),
    [
      [
        1,
        [
          [
            ['income', 'values', 1],
            'ambiguous_amount',
            'the income "7.000" looks like Vietnamese thousands grouping; dots are decimal points here. Write "7000" for 7000 đồng',
          ],
        ],
      ],
    ],
    [2, 255, 4],
    ['1500000.5', null, '12'],
  ],
  [
    'per capita: scale 0 and 3 (Int32Array)',
    () => base({ income: { form: 'perCapitaMonthly', values: Int32Array.of(1500, 1500000, 7), scale: 3 } }),
    [],
    [4, 4, 4],
    ['1.5', '1500', '0.007'],
  ],
  [
    'per capita: scale 0 (BigInt64Array)',
    () => base({ income: { form: 'perCapitaMonthly', values: BigInt64Array.of(1500n, 0n, 99n), scale: 0 } }),
    [],
    [4, 4, 4],
    ['1500', '0', '99'],
  ],
  [
    'per capita: household income divided by size (utf8)',
    () =>
      base({ income: { form: 'householdMonthly', values: { offsets: Int32Array.of(0, 7, 14, 21), data: new TextEncoder().encode('3000000300000090000.0') } } }),
    [],
    [3, 4, 4],
    ['3000000', '1500000', '30000'],
  ],
  [
    'everything wrong in one row',
    () =>
      base({
        area: Uint8Array.of(0, 9, 0),
        size: Uint8Array.of(1, 0, 3),
        income: { form: 'perCapitaMonthly', values: Int32Array.of(1, -7, 3), scale: 1 },
        answers: { water: Uint8Array.of(0, 5, 0), telecom: Uint8Array.of(0, 4, 0) },
      }),
    [
      [
        1,
        [
          [['area', 1], 'invalid_value', 'area code must be 0 (rural) or 1 (urban), got 9'],
          [['size', 1], 'too_small', 'size must be at least 1, got 0'],
          [['income', 'values', 1], 'invalid_amount', 'the income must not be negative, got -7'],
          [['answers', 'water', 1], 'invalid_value', 'answer code must be 0 (not deprived), 1 (deprived) or 2 (unknown), got 5'],
          [['answers', 'telecom', 1], 'invalid_value', 'answer code must be 0 (not deprived), 1 (deprived) or 2 (unknown), got 4'],
        ],
      ],
    ],
    [4, 255, 4],
    ['0.1', null, '0.3'],
  ],
];

describe('a row that cannot be classified fails alone, with every problem named', () => {
  it.each(CASES)('%s', (_, make, failures, categories, perCapita) => {
    const result = classifyColumns(make() as never, { perCapita: true });
    expect(result.failures.map((failure) => [failure.index, failure.issues.map((issue) => [[...issue.path], issue.code, issue.message])])).toEqual(failures);
    expect(Array.from(result.category)).toEqual(categories);
    expect(result.perCapita).toEqual(perCapita);
    expect(result.classified).toBe(3 - failures.length);
  });
});

describe('answer codes read a word at a time: a bad code is found in any row and any column', () => {
  const ids = INDICATOR_IDS;
  const n = 19; // four whole words and a tail of three
  const columnsWith = (bad: { row: number; column: number; code: number } | undefined, layout: 'aligned' | 'unaligned' | 'int8', count = 12) => {
    const answers: Record<string, Uint8Array | Int8Array> = {};
    ids.slice(0, count).forEach((id, k) => {
      const codes = Array.from({ length: n }, (_, i) => (i + k) % 3);
      if (bad !== undefined && bad.column === k) codes[bad.row] = bad.code;
      if (layout === 'aligned') answers[id] = Uint8Array.from(codes);
      else if (layout === 'int8') answers[id] = Int8Array.from(codes);
      else {
        const buffer = new Uint8Array(n + 1);
        buffer.set(
          codes.map((code) => code & 0xff),
          1,
        );
        answers[id] = buffer.subarray(1);
      }
    });
    return {
      area: new Uint8Array(n),
      size: new Uint8Array(n).fill(2),
      income: { form: 'perCapitaMonthly' as const, values: Int32Array.from({ length: n }, (_, i) => 1_000_000 + i * 100_000), scale: 0 },
      answers,
    };
  };

  it('valid codes only: no row fails, and the counts are those of the codes', () => {
    for (const layout of ['aligned', 'unaligned', 'int8'] as const)
      for (const count of [4, 8, 12]) {
        const result = classifyColumns(columnsWith(undefined, layout, count));
        expect(result.failures).toEqual([]);
        for (let i = 0; i < n; i++) {
          const codes = Array.from({ length: count }, (_, k) => (i + k) % 3);
          expect(result.deprivationCount[i], `${layout} ${count} row ${i}`).toBe(codes.filter((code) => code === 1).length);
          expect(result.unknownCount[i]).toBe(codes.filter((code) => code === 2).length + (12 - count));
        }
      }
  });

  for (const code of [3, 4, 127, 128, 255])
    it(`code ${code}: the row and the column are named, wherever they are`, () => {
      for (const layout of ['aligned', 'unaligned'] as const)
        for (const row of [0, 1, 2, 3, 5, 15, 16, 18])
          for (const column of [0, 3, 7, 8, 11]) {
            const result = classifyColumns(columnsWith({ row, column, code }, layout));
            expect(
              result.failures.map((failure) => [failure.index, failure.issues.map((issue) => [...issue.path])]),
              `${layout} row ${row} column ${column}`,
            ).toEqual([[row, [['answers', ids[column]!, row]]]]);
          }
    });

  it('Int8Array: -1 is refused like any code other than 0, 1, 2', () => {
    const result = classifyColumns(columnsWith({ row: 6, column: 9, code: -1 }, 'int8'));
    expect(result.failures.map((failure) => [failure.index, failure.issues[0]!.message])).toEqual([
      [6, 'answer code must be 0 (not deprived), 1 (deprived) or 2 (unknown), got -1'],
    ]);
  });
});

describe('what a columnar result carries', () => {
  const columns = { area: ['rural', 'urban'], size: [1, 3], income: { form: 'householdMonthly' as const, values: ['4500000', '4500000'] } };

  it('per-capita amounts only when asked for, and the review date when one was given', () => {
    const plain = classifyColumns(columns);
    expect(plain.perCapita).toBeUndefined();
    expect(plain.date).toBeUndefined();
    const full = classifyColumns(columns, { perCapita: true, date: '2025-09-01' });
    expect(full.perCapita).toEqual(['4500000', '1500000']);
    expect(full.date).toBe('2025-09-01');
    expect(classifyColumns(columns, { perCapita: false }).perCapita).toBeUndefined();
  });

  it('household amounts over 12 months: the per-capita amount per month is the one classify shows', () => {
    const values = ['54000000', '54000001', '1'];
    const result = classifyColumns(
      { area: ['rural', 'urban', 'rural'], size: [1, 3, 7], income: { form: 'householdAnnual' as const, values } },
      { perCapita: true },
    );
    expect(result.perCapita).toEqual(
      values.map((amount, i) => classify({ area: i === 1 ? 'urban' : 'rural', size: [1, 3, 7][i]!, income: { householdAnnual: amount } }).income.perCapita),
    );
    expect(result.perCapita![1]).toBe('1500000.0278');
  });
});

describe('a UTF-8 income column is read as the same text as a column of strings', () => {
  const utf8 = (texts: readonly (string | Uint8Array)[]) => {
    const parts = texts.map((text) => (typeof text === 'string' ? new TextEncoder().encode(text) : text));
    const offsets = new Int32Array(parts.length + 1);
    parts.forEach((part, i) => (offsets[i + 1] = offsets[i]! + part.length));
    const data = new Uint8Array(offsets[parts.length]!);
    parts.forEach((part, i) => data.set(part, offsets[i]!));
    return { offsets, data };
  };
  const messages = (values: unknown) =>
    classifyColumns({ area: new Uint8Array(6), size: new Uint8Array(6).fill(1), income: { form: 'perCapitaMonthly', values } as never }).failures.map(
      (failure) => failure.issues[0]!.message,
    );

  it('Vietnamese, symbols and a character outside the BMP: the messages quote the same text', () => {
    const texts = ['1,5 triệu đồng', '1.500.000₫', 'hai triệu', '2000000 💰', 'ÀÁÂÃ', '１２３'];
    const fromUtf8 = messages(utf8(texts));
    expect(fromUtf8).toHaveLength(6);
    expect(fromUtf8).toEqual(messages(texts));
    expect(fromUtf8[0]).toContain('1,5 triệu đồng');
    expect(fromUtf8[3]).toContain('💰');
  });

  it('bytes that are not UTF-8 are read as U+FFFD (as TextDecoder does), and refused', () => {
    const bad = [
      Uint8Array.of(0x31, 0xff, 0x32),
      Uint8Array.of(0xc3),
      Uint8Array.of(0xe1, 0xba),
      Uint8Array.of(0xf4, 0x90, 0x80, 0x80),
      Uint8Array.of(0x80),
      Uint8Array.of(0xf0, 0x9f, 0x92, 0xb0),
    ];
    const fromUtf8 = messages(utf8(bad));
    expect(fromUtf8).toHaveLength(6);
    expect(fromUtf8[5]).toContain('💰');
    for (const message of fromUtf8.slice(0, 5)) expect(message).toContain('\ufffd');
  });
});
