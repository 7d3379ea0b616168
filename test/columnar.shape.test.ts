/**
 * The shape of the columns given to `classifyColumns`: every structural refusal with its exact
 * path, code and message (the columns are checked before any row is read, and every problem
 * is reported at once).
 */
import { describe, expect, it } from 'vitest';
import { classifyColumns, ValidationError } from '../src/index.js';

const good = () => ({
  area: Uint8Array.of(0, 1),
  size: Uint8Array.of(1, 2),
  income: { form: 'perCapitaMonthly', values: ['1', '2'] } as Record<string, unknown>,
});

/** The issues of a refused input as [path, code, message]. */
function issuesOf(input: unknown): [readonly (string | number)[], string, string][] {
  try {
    classifyColumns(input as never);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => [[...issue.path], issue.code, issue.message]);
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const CASES: [string, () => unknown, [(string | number)[], string, string][]][] = [
  ['null', () => null, [[[], 'invalid_type', 'columns must be an object { area, size, income: { form, values, scale? }, answers }']]],
  ['an array', () => [], [[[], 'invalid_type', 'columns must be an object { area, size, income: { form, values, scale? }, answers }']]],
  ['a number', () => 5, [[[], 'invalid_type', 'columns must be an object { area, size, income: { form, values, scale? }, answers }']]],
  [
    'an unknown column with a long name',
    () => ({ ...good(), ['x'.repeat(70)]: 1 }),
    [
      [
        ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
        'unrecognized_keys',
        'unknown column "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" (columns are area, size, income and answers)',
      ],
    ],
  ],
  [
    'income a number, not an object',
    () => ({ ...good(), income: 5 }),
    [[['income'], 'invalid_type', 'income must be an object { form, values, scale? }, got a number']],
  ],
  [
    'income a string, not an object',
    () => ({ ...good(), income: 'x' }),
    [[['income'], 'invalid_type', 'income must be an object { form, values, scale? }, got a string']],
  ],
  [
    'answers a number, not an object',
    () => ({ ...good(), answers: 5 }),
    [[['answers'], 'invalid_type', 'answers must be an object of answer columns by indicator id, got a number']],
  ],
  [
    'a scale for an array whose first given value (after a gap) is text',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: [undefined, '1000'], scale: 0 } }),
    [[['income', 'scale'], 'invalid_value', 'scale is for integer amounts; decimal strings are in đồng']],
  ],
  [
    'no households in area, one in size',
    () => ({ area: Uint8Array.of(), size: Uint8Array.of(1), income: { form: 'perCapitaMonthly', values: [] } }),
    [[['size'], 'length_mismatch', 'has 1 rows but area has 0; every column needs one entry per household']],
  ],
  [
    'area of the wrong type',
    () => ({ ...good(), area: 'rural' }),
    [[['area'], 'invalid_type', 'area must be a Uint8Array or Int8Array of codes (0 rural, 1 urban) or an array of "rural" / "urban", got a string']],
  ],
  [
    'size with another length',
    () => ({ ...good(), size: Uint8Array.of(1) }),
    [[['size'], 'length_mismatch', 'has 1 rows but area has 2; every column needs one entry per household']],
  ],
  [
    'size as floats',
    () => ({ ...good(), size: Float64Array.of(1, 2) }),
    [[['size'], 'invalid_type', 'size must be integers (an integer typed array or an array of numbers), got a Float64Array']],
  ],
  [
    'size as Float32Array',
    () => ({ ...good(), size: Float32Array.of(1, 2) }),
    [[['size'], 'invalid_type', 'size must be integers (an integer typed array or an array of numbers), got a Float32Array']],
  ],
  [
    'size of the wrong type',
    () => ({ ...good(), size: 'two' }),
    [[['size'], 'invalid_type', 'size must be an integer typed array or an array of numbers, got a string']],
  ],
  ['income null', () => ({ ...good(), income: null }), [[['income'], 'invalid_type', 'income must be an object { form, values, scale? }, got null']]],
  ['income an array', () => ({ ...good(), income: [] }), [[['income'], 'invalid_type', 'income must be an object { form, values, scale? }, got an array']]],
  [
    'income a typed array',
    () => ({ ...good(), income: Uint8Array.of(1) }),
    [[['income'], 'invalid_type', 'income must be an object { form, values, scale? }, got a Uint8Array']],
  ],
  [
    'income with an unknown field',
    () => ({ ...good(), income: { ...good().income, ['y'.repeat(70)]: 1 } }),
    [
      [
        ['income', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'],
        'unrecognized_keys',
        'unknown field "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy" (income has form, values, scale and validity)',
      ],
    ],
  ],
  [
    'income form unknown',
    () => ({ ...good(), income: { ...good().income, form: 'weekly' } }),
    [[['income', 'form'], 'income_form', 'income.form must be perCapitaMonthly, householdMonthly or householdAnnual']],
  ],
  [
    'integers without scale',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 2) } }),
    [[['income', 'scale'], 'scale_required', 'integer amounts need their unit: scale 0 for đồng, 2 for hundredths of a đồng']],
  ],
  [
    'integers with scale 13',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 2), scale: 13 } }),
    [[['income', 'scale'], 'invalid_value', 'scale must be an integer from 0 to 12 (decimal places of a đồng)']],
  ],
  [
    'integers with scale -1',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 2), scale: -1 } }),
    [[['income', 'scale'], 'invalid_value', 'scale must be an integer from 0 to 12 (decimal places of a đồng)']],
  ],
  [
    'integers with scale 1.5',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 2), scale: 1.5 } }),
    [[['income', 'scale'], 'invalid_value', 'scale must be an integer from 0 to 12 (decimal places of a đồng)']],
  ],
  [
    'integers with scale "2"',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: Int32Array.of(1, 2), scale: '2' } }),
    [[['income', 'scale'], 'invalid_value', 'scale must be an integer from 0 to 12 (decimal places of a đồng)']],
  ],
  [
    'bigints without scale',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: BigInt64Array.of(1n, 2n) } }),
    [[['income', 'scale'], 'scale_required', 'integer amounts need their unit: scale 0 for đồng, 2 for hundredths of a đồng']],
  ],
  [
    'bigints of another length',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: BigInt64Array.of(1n), scale: 0 } }),
    [[['income', 'values'], 'length_mismatch', 'has 1 rows but area has 2; every column needs one entry per household']],
  ],
  [
    'integers of another length',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: Int32Array.of(1), scale: 0 } }),
    [[['income', 'values'], 'length_mismatch', 'has 1 rows but area has 2; every column needs one entry per household']],
  ],
  [
    'numbers of another length',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: [1], scale: 0 } }),
    [[['income', 'values'], 'length_mismatch', 'has 1 rows but area has 2; every column needs one entry per household']],
  ],
  [
    'strings of another length',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: ['1'] } }),
    [[['income', 'values'], 'length_mismatch', 'has 1 rows but area has 2; every column needs one entry per household']],
  ],
  [
    'strings with a scale',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: ['1', '2'], scale: 2 } }),
    [[['income', 'scale'], 'invalid_value', 'scale is for integer amounts; decimal strings are in đồng']],
  ],
  [
    'numbers without scale',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: [null, 2] } }),
    [
      [
        ['income', 'scale'],
        'scale_required',
        'an array of numbers holds integer amounts and needs their unit: scale 0 for đồng, 2 for hundredths of a đồng (or give decimal strings)',
      ],
    ],
  ],
  [
    'floats',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: Float64Array.of(1, 2), scale: 2 } }),
    [
      [
        ['income', 'values'],
        'float_amounts',
        'floating-point amounts are not exact; give decimal strings, or integers with a declared unit (scale: 0 for đồng, 2 for hundredths of a đồng)',
      ],
    ],
  ],
  [
    'float32',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: Float32Array.of(1, 2) } }),
    [
      [
        ['income', 'values'],
        'float_amounts',
        'floating-point amounts are not exact; give decimal strings, or integers with a declared unit (scale: 0 for đồng, 2 for hundredths of a đồng)',
      ],
    ],
  ],
  [
    'utf8 of another length',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: { offsets: Int32Array.of(0, 1), data: Uint8Array.of(49) } } }),
    [[['income', 'values', 'offsets'], 'length_mismatch', 'has 1 rows but area has 2; every column needs one entry per household']],
  ],
  [
    'utf8 decreasing offsets',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: { offsets: Int32Array.of(0, 2, 1), data: Uint8Array.of(49, 50) } } }),
    [[['income', 'values', 'offsets'], 'invalid_value', 'offsets must start at 0 or more, never decrease, and end within data']],
  ],
  [
    'utf8 negative start',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: { offsets: Int32Array.of(-1, 1, 2), data: Uint8Array.of(49, 50) } } }),
    [[['income', 'values', 'offsets'], 'invalid_value', 'offsets must start at 0 or more, never decrease, and end within data']],
  ],
  [
    'utf8 beyond data',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: { offsets: Int32Array.of(0, 1, 3), data: Uint8Array.of(49, 50) } } }),
    [[['income', 'values', 'offsets'], 'invalid_value', 'offsets must start at 0 or more, never decrease, and end within data']],
  ],
  [
    'utf8 no offsets',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: { offsets: new Int32Array(0), data: Uint8Array.of(49, 50) } } }),
    [
      [['income', 'values', 'offsets'], 'length_mismatch', 'has 0 rows but area has 2; every column needs one entry per household'],
      [['income', 'values', 'offsets'], 'invalid_value', 'offsets must start at 0 or more, never decrease, and end within data'],
    ],
  ],
  [
    'values of the wrong type',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: 'one' } }),
    [
      [
        ['income', 'values'],
        'invalid_type',
        'income.values must be an array of decimal strings, a { offsets, data } UTF-8 column, or integers with a scale; got a string',
      ],
    ],
  ],
  [
    'values null',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: null } }),
    [
      [
        ['income', 'values'],
        'invalid_type',
        'income.values must be an array of decimal strings, a { offsets, data } UTF-8 column, or integers with a scale; got null',
      ],
    ],
  ],
  [
    'values an object with offsets as a plain array',
    () => ({ ...good(), income: { form: 'perCapitaMonthly', values: { offsets: [0, 1, 2], data: Uint8Array.of(49, 50) } } }),
    [
      [
        ['income', 'values'],
        'invalid_type',
        'income.values must be an array of decimal strings, a { offsets, data } UTF-8 column, or integers with a scale; got an object',
      ],
    ],
  ],
  [
    'validity not a Uint8Array',
    () => ({ ...good(), income: { ...good().income, validity: [1] } }),
    [[['income', 'validity'], 'invalid_type', 'income.validity must be a Uint8Array bitmap (Apache Arrow layout)']],
  ],
  [
    'validity too short',
    () => ({
      ...good(),
      area: new Uint8Array(9),
      size: new Uint8Array(9).fill(1),
      income: { form: 'perCapitaMonthly', values: Array(9).fill('1'), validity: Uint8Array.of(255) },
    }),
    [[['income', 'validity'], 'length_mismatch', 'the bitmap has 1 bytes; 9 rows need 2']],
  ],
  [
    'answers null',
    () => ({ ...good(), answers: null }),
    [[['answers'], 'invalid_type', 'answers must be an object of answer columns by indicator id, got null']],
  ],
  [
    'answers an array',
    () => ({ ...good(), answers: [] }),
    [[['answers'], 'invalid_type', 'answers must be an object of answer columns by indicator id, got an array']],
  ],
  [
    'answers a typed array',
    () => ({ ...good(), answers: Uint8Array.of(1) }),
    [[['answers'], 'invalid_type', 'answers must be an object of answer columns by indicator id, got a Uint8Array']],
  ],
  [
    'answers an unknown indicator',
    () => ({ ...good(), answers: { ['z'.repeat(70)]: Uint8Array.of(0, 0) } }),
    [
      [
        ['answers', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'],
        'unrecognized_keys',
        '"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" is not an indicator of vn-2022-2025 (its indicators: employment, dependants, nutrition, health-insurance, adult-education, school-attendance, housing-quality, housing-area, water, sanitation, telecom, information-access)',
      ],
    ],
  ],
  [
    'answers of another length',
    () => ({ ...good(), answers: { water: Uint8Array.of(0) } }),
    [[['answers', 'water'], 'length_mismatch', 'has 1 rows but area has 2; every column needs one entry per household']],
  ],
  [
    'answers of the wrong type',
    () => ({ ...good(), answers: { water: [0, 0] } }),
    [
      [
        ['answers', 'water'],
        'invalid_type',
        'an answer column must be a Uint8Array or Int8Array of codes (0 not deprived, 1 deprived, 2 unknown), got an array',
      ],
    ],
  ],
  [
    'several problems at once',
    () => ({ area: Uint8Array.of(0), size: Uint8Array.of(1, 1), income: { form: 'x', values: Int32Array.of(1, 2) }, extra: 1 }),
    [
      [['extra'], 'unrecognized_keys', 'unknown column "extra" (columns are area, size, income and answers)'],
      [['size'], 'length_mismatch', 'has 2 rows but area has 1; every column needs one entry per household'],
      [['income', 'form'], 'income_form', 'income.form must be perCapitaMonthly, householdMonthly or householdAnnual'],
      [['income', 'scale'], 'scale_required', 'integer amounts need their unit: scale 0 for đồng, 2 for hundredths of a đồng'],
      [['income', 'values'], 'length_mismatch', 'has 2 rows but area has 1; every column needs one entry per household'],
    ],
  ],
];

describe('classifyColumns refuses columns of the wrong shape, naming each problem', () => {
  it.each(CASES)('%s', (_, make, expected) => {
    expect(issuesOf(make())).toEqual(expected);
  });

  it('a valid input of each kind is accepted (the refusals above are about the shape only)', () => {
    for (const income of [
      { form: 'perCapitaMonthly', values: ['1', '2'] },
      { form: 'householdMonthly', values: Int32Array.of(1, 2), scale: 0 },
      { form: 'householdAnnual', values: BigInt64Array.of(1n, 2n), scale: 12 },
      { form: 'perCapitaMonthly', values: [1, 2], scale: 2 },
      { form: 'perCapitaMonthly', values: { offsets: Int32Array.of(0, 1, 2), data: Uint8Array.of(49, 50) }, validity: Uint8Array.of(3) },
    ])
      expect(classifyColumns({ ...good(), income } as never).length).toBe(2);
  });
});
