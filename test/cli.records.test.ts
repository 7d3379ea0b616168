/**
 * The CLI's flat CSV layout (header checks, cell mapping) and output encoding, in process.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, fieldOf, jsonLine } from '../src/cli/output.js';
import { csvMapper, detectFormat, UsageError } from '../src/cli/records.js';
import { classify, getRuleSet } from '../src/index.js';

const IDS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);
const OPTIONS = { indicatorIds: IDS };

describe('csvMapper', () => {
  const map = csvMapper(['id', 'area', 'size', 'perCapitaMonthly', 'water', 'sanitation', 'telecom'], OPTIONS);

  it('maps 1 / 0 / blank to deprived / not deprived / unknown and trims cells', () => {
    const record = map([' H1 ', 'rural', ' 4', '1200000 ', '1', ' 0 ', ''], 1, 2);
    expect(record).toEqual({
      row: 1,
      line: 2,
      id: 'H1',
      household: { id: 'H1', area: 'rural', size: 4, income: { perCapitaMonthly: '1200000' }, deprivations: { water: true, sanitation: false, telecom: null } },
    });
    expect(classify(record.household).deprivationCount).toBe(1);
  });

  it('fails a row with an answer other than 1, 0 or blank, naming the column', () => {
    const record = map(['H2', 'rural', '4', '1200000', 'yes', '0', '2'], 2, 3);
    expect(record.household).toBeUndefined();
    expect(record.issues!.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['deprivations.water', 'invalid_answer'],
      ['deprivations.telecom', 'invalid_answer'],
    ]);
  });

  it('fails a row whose cell count differs from the header', () => {
    expect(map(['H3', 'rural', '4'], 3, 4).issues![0]!.code).toBe('column_count');
  });

  it('passes a non-numeric size through, so validation reports it at size', () => {
    const record = map(['H4', 'rural', 'four', '1200000', '', '', ''], 4, 5);
    expect((record.household as { size: unknown }).size).toBe('four');
    expect(() => classify(record.household)).toThrow(/size/);
  });

  it('[rule:vn-2022-2025/incomeLine/poverty] keeps CSV amounts as exact decimal strings at the rural line', () => {
    const boundary = csvMapper(['area', 'size', 'perCapitaMonthly', ...IDS], OPTIONS);
    const answers = IDS.map((id) => (['water', 'sanitation', 'telecom'].includes(id) ? '1' : '0'));
    const categoryAt = (amount: string): string => classify(boundary(['rural', '4', amount, ...answers], 1, 2).household).category;
    expect(categoryAt('1500000')).toBe('poor');
    expect(categoryAt('1499999')).toBe('poor');
    expect(categoryAt('1499999.99')).toBe('poor');
    expect(categoryAt('1500000.01')).toBe('average');
    expect(categoryAt('1500001')).toBe('average');
  });

  it('refuses unknown, duplicate and missing columns (usage errors)', () => {
    expect(() => csvMapper(['area', 'size', 'perCapitaMonthly', 'helth-insurance'], OPTIONS)).toThrow(UsageError);
    expect(() => csvMapper(['area', 'size', 'perCapitaMonthly', 'water', 'water'], OPTIONS)).toThrow(/twice/);
    expect(() => csvMapper(['size', 'perCapitaMonthly'], OPTIONS)).toThrow(/area/);
    expect(() => csvMapper(['area', 'perCapitaMonthly'], OPTIONS)).toThrow(/size/);
    expect(() => csvMapper(['area', 'size'], OPTIONS)).toThrow(/income/);
  });

  it('accepts ignored columns and keeps the --by column as the group key', () => {
    const grouped = csvMapper(['name', 'province', 'area', 'size', 'householdMonthly'], { ...OPTIONS, ignoreColumns: ['name'], by: 'province' });
    const record = grouped(['Nguyễn Văn A', '01', 'urban', '2', '5000000'], 1, 2);
    expect(record.key).toBe('01');
    expect(record.household).toEqual({ area: 'urban', size: 2, income: { householdMonthly: '5000000' }, deprivations: {} });
  });
});

describe('formats and output encoding', () => {
  it('detects the input format from the extension', () => {
    expect([detectFormat('a.CSV'), detectFormat('b.jsonl'), detectFormat('c.ndjson'), detectFormat('d.json'), detectFormat('e.txt')]).toEqual([
      'csv',
      'jsonl',
      'jsonl',
      'json',
      undefined,
    ]);
  });

  it('quotes CSV cells only when needed (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('names the field at fault as the CSV column or the JSON path', () => {
    expect(fieldOf(['income', 'perCapitaMonthly'], true)).toBe('perCapitaMonthly');
    expect(fieldOf(['deprivations', 'water'], true)).toBe('water');
    expect(fieldOf(['members', 2, 'age'], false)).toBe('members[2].age');
    expect(fieldOf([], false)).toBe('(input)');
  });

  it('writes the compact JSON line exactly as JSON.stringify would', () => {
    const result = classify({
      id: 'X"1',
      area: 'rural',
      size: 4,
      income: { perCapitaMonthly: 1200000 },
      deprivations: { employment: true, water: true, sanitation: true },
    });
    const line = jsonLine({ row: 1, line: 2, id: 'X"1', ok: true, result, explanation: 'a "quoted"\nexplanation' }, false);
    const deprived = result.indicators.filter((indicator) => indicator.status === 'deprived').map((indicator) => indicator.id);
    const unknown = result.indicators.filter((indicator) => indicator.status === 'unknown').map((indicator) => indicator.id);
    expect(line).toBe(
      `${JSON.stringify({ row: 1, line: 2, id: 'X"1', ok: true, category: 'poor', possibleCategories: ['poor'], deprivationCount: 3, unknownCount: unknown.length, perCapita: '1200000', deprived, unknown, explanation: 'a "quoted"\nexplanation' })}\n`,
    );
    expect(JSON.parse(jsonLine({ row: 1, line: 0, id: undefined, ok: true, result, explanation: undefined }, true))).toEqual({
      row: 1,
      ok: true,
      result: JSON.parse(JSON.stringify(result)),
    });
    expect(
      csvLine({ row: 3, line: 4, id: 'a,b', ok: false, issues: [{ field: 'size', path: ['size'], code: 'too_small', message: 'too small' }] }, false),
    ).toBe('3,4,"a,b",false,,,,,,,,size: too small\n');
  });
});
