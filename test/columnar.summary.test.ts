/**
 * summarizeColumns and createColumnSummarizer at their edges: group keys in every form (plain
 * values, small-integer codes with and without labels, plain arrays of codes) grouped as
 * summarize groups them; refusals with their paths (an invalid group key names its row, across
 * batches); a rule set given up front; classifications read back at any byte offset; and more
 * rows than one internal chunk (65,536), counted row by row.
 */
import { describe, expect, it } from 'vitest';
import {
  classifyColumns,
  classifyMany,
  createColumnSummarizer,
  createSummarizer,
  getRuleSet,
  summarize,
  summarizeColumns,
  ValidationError,
} from '../src/index.js';
import type { ColumnarClassification, HouseholdColumns } from '../src/index.js';

const IDS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);

/** An answer column per indicator of vn-2022-2025: `code(id, row)` for each of `n` rows. */
function answerColumns(n: number, code: (id: string, row: number) => number): Record<string, Uint8Array> {
  return Object.fromEntries(IDS.map((id) => [id, Uint8Array.from({ length: n }, (_, row) => code(id, row))]));
}

/**
 * Three rural households of one member at 1,000,000 đồng a month (at or below the poverty
 * line), every indicator answered: deprived on employment, health insurance and water (poor);
 * on employment alone (near-poor); on employment and health insurance with water unknown
 * (undetermined: poor or near-poor).
 */
function threeHouseholds(): HouseholdColumns {
  const codes: Record<string, readonly number[]> = { employment: [1, 1, 1], 'health-insurance': [1, 0, 1], water: [1, 0, 2] };
  return {
    area: Uint8Array.of(0, 0, 0),
    size: Uint8Array.of(1, 1, 1),
    income: { form: 'perCapitaMonthly', values: ['1000000', '1000000', '1000000'] },
    answers: answerColumns(3, (id, row) => codes[id]?.[row] ?? 0),
  };
}

/** The same households as classify reads them. */
function asHouseholds(columns: HouseholdColumns): object[] {
  const n = columns.area.length;
  const ids = Object.keys(columns.answers ?? {});
  return Array.from({ length: n }, (_, i) => ({
    area: typeof columns.area[i] === 'string' ? columns.area[i] : columns.area[i] === 0 ? 'rural' : 'urban',
    size: columns.size[i],
    income: { [columns.income.form]: (columns.income.values as readonly string[])[i] },
    deprivations: Object.fromEntries(ids.map((id) => [id, [false, true, null][columns.answers![id]![i]!]])),
  }));
}

/** The issues of the ValidationError `run` throws. */
function refusal(run: () => unknown): { path: readonly (string | number)[]; code: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map(({ path, code, message }) => ({ path, code, message }));
  }
  expect.fail('a ValidationError should have been thrown');
}

describe('group keys in every form, grouped as summarize groups them', () => {
  const columns = threeHouseholds();
  const result = classifyColumns(columns);
  const batch = classifyMany(asHouseholds(columns));

  it('the three households classified as classify classifies them', () => {
    expect(batch.map((row) => (row.ok ? row.result.category : 'failed'))).toEqual(['poor', 'near-poor', 'undetermined']);
    expect(summarizeColumns(columns, result)).toEqual(summarize(batch));
  });

  it.each([
    ['small-integer codes without labels: the key is the code as a string', { codes: Uint8Array.of(7, 3, 7) }, ['7', '3', '7']],
    ['Int16Array codes with labels', { codes: Int16Array.of(1, 0, 1), labels: ['commune A', 'commune B'] }, ['commune B', 'commune A', 'commune B']],
    ['a plain array of codes with labels', { codes: [1, 0, 1], labels: ['village 1', 'village 2'] }, ['village 2', 'village 1', 'village 2']],
    ['a plain array of codes without labels', { codes: [12, 12, 40] }, ['12', '12', '40']],
    ['Int32Array codes (not small): the code as a string', { codes: Int32Array.of(100000, 5, 5) }, ['100000', '5', '5']],
    ['a code past the end of the labels: the missing-key group', { codes: Uint8Array.of(0, 5, 0), labels: ['hamlet'] }, ['hamlet', null, 'hamlet']],
    ['the number 1 and the string "1" are one key, as for summarize', [1, '1', 2], ['1', '1', '2']],
    ['null and undefined are the missing-key group', [null, 'x', undefined], [null, 'x', null]],
  ] as const)('%s', (_name, by, keys) => {
    const reference = createSummarizer();
    batch.forEach((row, i) => reference.add(row, keys[i]));
    expect(summarizeColumns(columns, result, { by: by as never })).toEqual(reference.finish());
  });

  it('area as an array of "rural" / "urban" summarizes as area codes do', () => {
    const named: HouseholdColumns = { ...columns, area: ['rural', 'rural', 'rural'] };
    expect(summarizeColumns(named, classifyColumns(named), { by: named.area as string[] })).toEqual(
      summarizeColumns(columns, result, { by: { codes: Uint8Array.of(0, 0, 0), labels: ['rural'] } }),
    );
  });
});

describe('refusals, each with its path', () => {
  const columns = threeHouseholds();
  const result = classifyColumns(columns);

  it('group keys that are not one per household, or not keys', () => {
    expect(refusal(() => summarizeColumns(columns, result, { by: ['a', 'b'] }))).toEqual([
      { path: ['by'], code: 'length_mismatch', message: '2 group keys for 3 households' },
    ]);
    expect(refusal(() => summarizeColumns(columns, result, { by: { codes: Uint8Array.of(0) } }))).toEqual([
      { path: ['by'], code: 'length_mismatch', message: '1 group keys for 3 households' },
    ]);
    const notKeys = [{ path: ['by'], code: 'invalid_type', message: 'group keys must be an array with one key per household, or { codes, labels? }' }];
    expect(refusal(() => summarizeColumns(columns, result, { by: 'area' as never }))).toEqual(notKeys);
    expect(refusal(() => summarizeColumns(columns, result, { by: { codes: 'abc' } as never }))).toEqual(notKeys);
    expect(refusal(() => summarizeColumns(columns, result, { by: null as never }))).toEqual(notKeys);
  });

  it('[regression] a group key that is not a value names its row, as summarize does, counting the rows of earlier batches', () => {
    const message = 'a group key must be a string, a number, a boolean, null or undefined';
    expect(refusal(() => summarizeColumns(columns, result, { by: ['a', 'b', { village: 1 }] as never }))).toEqual([
      { path: [2], code: 'invalid_group_key', message },
    ]);
    expect(refusal(() => summarize(classifyMany(asHouseholds(columns)), { by: (_row, i) => (i === 2 ? { village: 1 } : 'a') as never }))).toEqual([
      { path: [2], code: 'invalid_group_key', message },
    ]);
    // A label that is not a value, met at row 1 (its code's first row).
    expect(refusal(() => summarizeColumns(columns, result, { by: { codes: Uint8Array.of(0, 1, 1), labels: ['a', ['b']] as never } }))).toEqual([
      { path: [1], code: 'invalid_group_key', message },
    ]);
    expect(refusal(() => summarizeColumns(columns, result, { by: { codes: [0, 1, 1], labels: ['a', ['b']] as never } }))).toEqual([
      { path: [1], code: 'invalid_group_key', message },
    ]);
    // Rows are counted over the batches: the second batch's row 0 is row 3.
    const summarizer = createColumnSummarizer();
    summarizer.add(columns, result, ['a', 'b', 'c']);
    expect(refusal(() => summarizer.add(columns, result, [{}, 'b', 'c'] as never))).toEqual([{ path: [3], code: 'invalid_group_key', message }]);
  });

  it('columns and classifications that are not what classifyColumns took and gave', () => {
    expect(refusal(() => summarizeColumns(null as never, result))).toEqual([
      { path: [], code: 'invalid_type', message: 'columns must be the object given to classifyColumns' },
    ]);
    const notResult = [{ path: [], code: 'invalid_type', message: 'classification must be what classifyColumns returned' }];
    expect(refusal(() => summarizeColumns(columns, null as never))).toEqual(notResult);
    expect(refusal(() => summarizeColumns(columns, { ...result, category: Array.from(result.category) } as never))).toEqual(notResult);
    expect(refusal(() => summarizeColumns({ ...columns, answers: { ...columns.answers, water: Uint8Array.of(0, 1) } }, result))).toEqual([
      { path: ['answers', 'water'], code: 'length_mismatch', message: 'the answer column does not fit the classification (3 rows)' },
    ]);
    expect(refusal(() => summarizeColumns({ ...columns, area: 'rural' } as never, result))).toEqual([
      { path: ['area'], code: 'length_mismatch', message: 'the columns do not fit the classification (3 rows): give the columns that were classified' },
    ]);
  });

  it('a rule set given up front: batches of another rule set are refused from the first one', () => {
    const summarizer = createColumnSummarizer({ ruleSet: 'vn-2016-2020' });
    expect(refusal(() => summarizer.add(columns, result))).toEqual([
      {
        path: [0],
        code: 'mixed_rule_sets',
        message: `the batch at row 0 was classified under vn-2022-2025 (${result.ruleSet.fingerprint.slice(0, 12)}…), the rows before under vn-2016-2020 (${summarizer.finish().ruleSet!.fingerprint.slice(0, 12)}…); summarize one rule set at a time`,
      },
    ]);
  });
});

describe('a rule set given up front gives the tables when no row was classified', () => {
  it('only failed rows: counted as rows and errors, with the indicator table of the rule set named', () => {
    const columns: HouseholdColumns = { area: Uint8Array.of(7, 7), size: Uint8Array.of(1, 1), income: { form: 'perCapitaMonthly', values: ['1', '1'] } };
    const result = classifyColumns(columns);
    expect(result.classified).toBe(0);
    const batch = classifyMany([
      { area: 'nowhere', size: 1, income: { perCapitaMonthly: 1 } },
      { area: 'nowhere', size: 1, income: { perCapitaMonthly: 1 } },
    ]);
    const given = summarizeColumns(columns, result, { ruleSet: 'vn-2022-2025' });
    expect(given).toEqual(summarize(batch, { ruleSet: 'vn-2022-2025' }));
    expect([given.rows, given.errors.count, given.ruleSet?.id, given.indicators.length]).toEqual([2, 2, 'vn-2022-2025', 12]);
    // Without it nothing names the rule set.
    const unnamed = summarizeColumns(columns, result);
    expect([unnamed.rows, unnamed.errors.count, unnamed.ruleSet, unnamed.indicators.length]).toEqual([2, 2, null, 0]);
  });
});

describe('figures that do not depend on how the arrays are laid out or how many rows there are', () => {
  it('a classification read back at an odd byte offset (e.g. from a file) summarizes as the original', () => {
    const columns = threeHouseholds();
    const result = classifyColumns(columns);
    const atOffset = (array: Uint8Array, offset: number): Uint8Array => {
      const copy = new Uint8Array(array.length + offset).subarray(offset);
      copy.set(array);
      return copy;
    };
    for (const offset of [1, 2, 3]) {
      const moved: ColumnarClassification = {
        ...result,
        category: atOffset(result.category, offset),
        deprivationCount: atOffset(result.deprivationCount, offset),
        unknownCount: atOffset(result.unknownCount, offset),
      };
      expect(summarizeColumns(columns, moved)).toEqual(summarizeColumns(columns, result));
    }
  });

  it('70,001 rows (more than one chunk of 65,536): every poor and near-poor household and every deprivation counted', () => {
    const n = 70_001;
    // Row i: deprived on employment, health insurance and water when i is even (poor), on employment alone when odd (near-poor); every indicator answered.
    const even = (i: number) => (i % 2 === 0 ? 1 : 0);
    const columns: HouseholdColumns = {
      area: new Uint8Array(n),
      size: new Uint8Array(n).fill(1),
      income: { form: 'perCapitaMonthly', values: new Int32Array(n).fill(1_000_000), scale: 0 },
      answers: answerColumns(n, (id, i) => (id === 'employment' ? 1 : id === 'health-insurance' || id === 'water' ? even(i) : 0)),
    };
    const summary = summarizeColumns(columns, classifyColumns(columns));
    const poor = 35_001; // rows 0, 2, …, 70,000
    const nearPoor = 35_000;
    expect([summary.rows, summary.categories.poor.count, summary.categories['near-poor'].count]).toEqual([n, poor, nearPoor]);
    const row = (id: string) => summary.indicators.find((indicator) => indicator.id === id)!;
    expect(row('employment')).toMatchObject({ deprived: n, deprivedAmongPoorOrNearPoor: n });
    expect(row('water')).toMatchObject({ deprived: poor, deprivedAmongPoorOrNearPoor: poor, unknown: 0 });
    expect(row('sanitation')).toMatchObject({ deprived: 0, deprivedAmongPoorOrNearPoor: 0, unknown: 0 });
  });
});
