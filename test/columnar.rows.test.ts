/**
 * Rows that `classifyColumns` cannot classify, one kind of problem at a time: the row fails alone
 * (the rows around it are classified), with every problem of the row named by its exact path,
 * code and message; and the per-capita amount shown for the rows that pass (trailing zeros
 * trimmed, integers in their unit, household amounts divided by the size).
 */
import { describe, expect, it } from 'vitest';
import { classifyColumns } from '../src/index.js';

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
