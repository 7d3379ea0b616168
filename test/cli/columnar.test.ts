/**
 * `classify` with Apache Arrow and Parquet files (src/cli/columnar.ts): files written here with
 * the same optional packages the command line loads (apache-arrow, parquet-wasm), run in process
 * through `main`, and every output row compared with `classify` of the same household.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as arrow from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loaders } from '../../src/cli/columnar.js';
import { classify, getRuleSet, type HouseholdInput } from '../../src/index.js';
import { hasStackTrace, runInProcess } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'chuan-ngheo-columnar-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const IDS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);

/** A household of the answer-level test mix: answers 0 not deprived, 1 deprived, 2 unknown. */
interface Row {
  id: string;
  area: 'rural' | 'urban';
  size: number;
  /** Hundredths of a đồng (so that sub-đồng incomes are exact). */
  cents: bigint;
  answers: number[];
}

const text = (cents: bigint): string => {
  const whole = cents / 100n;
  const part = cents % 100n;
  return part === 0n ? String(whole) : `${whole}.${String(part).padStart(2, '0').replace(/0$/, '')}`;
};

function household(row: Row): HouseholdInput {
  const deprivations: Record<string, boolean> = {};
  IDS.forEach((id, k) => {
    if (row.answers[k] !== 2) deprivations[id] = row.answers[k] === 1;
  });
  return { id: row.id, area: row.area, size: row.size, income: { perCapitaMonthly: text(row.cents) }, deprivations } as HouseholdInput;
}

type IncomeKind = 'utf8' | 'int64' | 'decimal' | 'float';

/** The rows as an Arrow table: area as a dictionary, answers as uint8 codes (2 as null with `nulls`) or booleans. */
function tableOf(rows: readonly Row[], options: { income?: IncomeKind; answers?: 'uint8' | 'bool' | 'uint8-nulls' } = {}): arrow.Table {
  const income = options.income ?? 'utf8';
  const columns: Record<string, arrow.Vector> = {
    id: arrow.vectorFromArray(
      rows.map((row) => row.id),
      new arrow.Utf8(),
    ),
    area: arrow.vectorFromArray(
      rows.map((row) => row.area),
      new arrow.Dictionary(new arrow.Utf8(), new arrow.Int8()),
    ),
    size: arrow.makeVector(Uint8Array.from(rows, (row) => row.size)),
  };
  if (income === 'utf8')
    columns.perCapitaMonthly = arrow.vectorFromArray(
      rows.map((row) => text(row.cents)),
      new arrow.Utf8(),
    );
  else if (income === 'int64') columns.perCapitaMonthly = arrow.makeVector(BigInt64Array.from(rows, (row) => row.cents));
  else if (income === 'float') columns.perCapitaMonthly = arrow.makeVector(Float64Array.from(rows, (row) => Number(row.cents) / 100));
  else {
    const words = new Uint32Array(rows.length * 4);
    rows.forEach((row, i) => {
      const value = BigInt.asUintN(128, row.cents);
      for (let w = 0; w < 4; w++) words[i * 4 + w] = Number((value >> BigInt(32 * w)) & 0xffffffffn);
    });
    const type = new arrow.Decimal(2, 18, 128);
    columns.perCapitaMonthly = arrow.makeVector(arrow.makeData({ type, length: rows.length, nullCount: 0, data: words }));
  }
  IDS.forEach((id, k) => {
    const codes = rows.map((row) => row.answers[k]!);
    if (options.answers === 'bool')
      columns[id] = arrow.vectorFromArray(
        codes.map((code) => (code === 2 ? null : code === 1)),
        new arrow.Bool(),
      );
    else if (options.answers === 'uint8-nulls')
      columns[id] = arrow.vectorFromArray(
        codes.map((code) => (code === 2 ? null : code)),
        new arrow.Uint8(),
      );
    else columns[id] = arrow.makeVector(Uint8Array.from(codes));
  });
  return new arrow.Table(columns);
}

function writeArrow(name: string, table: arrow.Table): string {
  const path = join(DIR, name);
  writeFileSync(path, arrow.tableToIPC(table, 'file'));
  return path;
}

function writeParquet(name: string, table: arrow.Table): string {
  const path = join(DIR, name);
  writeFileSync(path, parquet.writeParquet(parquet.Table.fromIPCStream(arrow.tableToIPC(table, 'stream'))));
  return path;
}

function readArrow(path: string): arrow.Table {
  return arrow.tableFromIPC(readFileSync(path));
}

function readParquet(path: string): arrow.Table {
  return arrow.tableFromIPC(parquet.readParquet(readFileSync(path)).intoIPCStream());
}

/** The output row as plain values. */
function outputRows(table: arrow.Table): Record<string, unknown>[] {
  return table.toArray().map((row) => (row as { toJSON(): Record<string, unknown> }).toJSON());
}

const list = (joined: unknown): string[] => (joined === '' || joined === null ? [] : String(joined).split(';'));

/** Every output row is what `classify` says of the same household. */
function expectSameAsClassify(rows: readonly Row[], out: readonly Record<string, unknown>[]): void {
  expect(out).toHaveLength(rows.length);
  rows.forEach((row, i) => {
    const result = classify(household(row));
    const got = out[i]!;
    expect(got.row).toBe(i + 1);
    expect(got.id).toBe(row.id);
    expect(got.ok).toBe(true);
    expect({
      category: got.category,
      possible: list(got.possible_categories),
      deprivationCount: got.deprivation_count,
      unknownCount: got.unknown_count,
      perCapita: got.per_capita,
      deprived: list(got.deprived),
      unknown: list(got.unknown),
    }).toEqual({
      category: result.category,
      possible: [...result.possibleCategories],
      deprivationCount: result.deprivationCount,
      unknownCount: result.unknownCount,
      perCapita: result.income.perCapita,
      deprived: result.indicators.filter((indicator) => indicator.status === 'deprived').map((indicator) => indicator.id),
      unknown: result.indicators.filter((indicator) => indicator.status === 'unknown').map((indicator) => indicator.id),
    });
  });
}

/** A deterministic mix around the lines (1,500,000 and 2,000,000 đồng rural in vn-2022-2025), with sub-đồng incomes and unknowns. */
function mix(n: number): Row[] {
  const near = [150_000_000n, 150_000_001n, 149_999_999n, 200_000_000n, 200_000_050n, 199_999_999n, 100_000_000n, 500_000_000n];
  return Array.from({ length: n }, (_, i) => ({
    id: `H${i}`,
    area: i % 3 === 0 ? 'urban' : 'rural',
    size: 1 + (i % 6),
    cents: near[i % near.length]! + BigInt((i * 7919) % 13) * (i % 2 === 0 ? 1n : 100_000n),
    answers: IDS.map((_, k) => ((i * (k + 5)) % 11 === 0 ? 1 : (i * (k + 3)) % 29 === 0 ? 2 : 0)),
  }));
}

const arbitraryRow = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  area: fc.constantFrom('rural' as const, 'urban' as const),
  size: fc.integer({ min: 1, max: 12 }),
  cents: fc.oneof(
    fc.bigInt({ min: 0n, max: 600_000_000n }),
    fc.constantFrom(150_000_000n, 150_000_001n, 149_999_999n, 200_000_000n, 200_000_001n, 199_999_999n, 210_000_000n, 210_000_001n),
  ),
  answers: fc.array(fc.constantFrom(0, 0, 1, 2), { minLength: IDS.length, maxLength: IDS.length }),
});

describe('classify: Arrow and Parquet input and output', () => {
  it('round-trips a small Parquet file: Parquet in, Parquet out, every row as classify gives it (exit 0)', async () => {
    const rows = mix(40);
    const input = writeParquet('small.parquet', tableOf(rows));
    const output = join(DIR, 'small-results.parquet');
    const run = await runInProcess(['classify', input, '--out', output]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/40 rows read, 40 classified, 0 failed/);
    const table = readParquet(output);
    expect(table.schema.fields.map((field) => field.name)).toEqual([
      'row',
      'id',
      'ok',
      'category',
      'category_code',
      'possible_categories',
      'deprivation_count',
      'unknown_count',
      'per_capita',
      'deprived',
      'unknown',
      'errors',
    ]);
    expectSameAsClassify(rows, outputRows(table));
  });

  it('round-trips a small Arrow file (.arrow in, .arrow out), with boolean answers and null as unknown', async () => {
    const rows = mix(40);
    const input = writeArrow('small.arrow', tableOf(rows, { answers: 'bool' }));
    const output = join(DIR, 'small-results.arrow');
    const run = await runInProcess(['classify', input, '--out', output]);
    expect(run.code).toBe(0);
    expectSameAsClassify(rows, outputRows(readArrow(output)));
    // The category code column agrees with the names.
    for (const row of outputRows(readArrow(output)))
      expect(['poor', 'near-poor', 'average', 'above-average', 'undetermined'][row.category_code as number]).toBe(row.category);
  });

  it('reads integer incomes in a declared unit (--income-scale 2) and decimal(18, 2) exactly, with nullable uint8 answers', async () => {
    const rows = mix(64);
    for (const [kind, args] of [
      ['int64', ['--income-scale', '2']],
      ['decimal', []],
    ] as const) {
      const input = writeParquet(`${kind}.parquet`, tableOf(rows, { income: kind, answers: 'uint8-nulls' }));
      const output = join(DIR, `${kind}-results.parquet`);
      const run = await runInProcess(['classify', input, '--out', output, ...args]);
      expect(run.code, run.stderr).toBe(0);
      expectSameAsClassify(rows, outputRows(readParquet(output)));
    }
  });

  it('1,000 households with sub-đồng incomes and unknown answers: the same as classify, row for row (property test)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryRow, { minLength: 1000, maxLength: 1000 }),
        fc.constantFrom<IncomeKind>('utf8', 'int64', 'decimal'),
        async (rows, income) => {
          const input = writeParquet('random.parquet', tableOf(rows, { income }));
          const output = join(DIR, 'random-results.parquet');
          const run = await runInProcess(['classify', input, '--out', output, ...(income === 'int64' ? ['--income-scale', '2'] : [])]);
          expect(run.code, run.stderr).toBe(0);
          expectSameAsClassify(rows, outputRows(readParquet(output)));
        },
      ),
      { numRuns: 3 },
    );
  });

  it('JSON Lines from Parquet input: the same records as the flat CSV reader writes for the same households (without "line")', async () => {
    const rows = mix(30);
    const csv = [
      ['id', 'area', 'size', 'perCapitaMonthly', ...IDS].join(','),
      ...rows.map((row) => [row.id, row.area, row.size, text(row.cents), ...row.answers.map((a) => (a === 2 ? '' : String(a)))].join(',')),
    ].join('\n');
    const csvFile = join(DIR, 'same.csv');
    writeFileSync(csvFile, `${csv}\n`);
    const fromCsv = await runInProcess(['classify', csvFile]);
    const fromParquet = await runInProcess(['classify', writeParquet('same.parquet', tableOf(rows))]);
    expect(fromParquet.code).toBe(0);
    const strip = (line: string) => {
      const { line: _, ...rest } = JSON.parse(line) as Record<string, unknown>;
      return rest;
    };
    expect(fromParquet.stdout.trim().split('\n').map(strip)).toEqual(fromCsv.stdout.trim().split('\n').map(strip));
    // And CSV output has the CSV columns.
    const csvOut = await runInProcess(['classify', join(DIR, 'same.parquet'), '--output-format', 'csv']);
    expect(csvOut.stdout.split('\n')[0]).toBe('row,line,id,ok,category,possible_categories,deprivation_count,unknown_count,per_capita,deprived,unknown,errors');
    expect(csvOut.stdout.trim().split('\n')).toHaveLength(31);
  });

  it('an empty file gives an empty result file with every column (exit 0)', async () => {
    const input = writeParquet('empty.parquet', tableOf([]));
    for (const output of [join(DIR, 'empty-results.parquet'), join(DIR, 'empty-results.arrow')]) {
      const run = await runInProcess(['classify', input, '--out', output]);
      expect(run.code, run.stderr).toBe(0);
      const table = output.endsWith('.arrow') ? readArrow(output) : readParquet(output);
      expect(table.numRows).toBe(0);
      expect(table.schema.fields.map((field) => field.name)).toContain('possible_categories');
    }
  });

  it('refuses a floating-point income column, naming it (exit 2, no output file)', async () => {
    const input = writeParquet('float.parquet', tableOf(mix(5), { income: 'float' }));
    const output = join(DIR, 'float-results.parquet');
    const run = await runInProcess(['classify', input, '--out', output]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the income column "perCapitaMonthly" holds floating-point numbers \(Float64\), which are not exact/);
    expect(existsSync(output)).toBe(false);
  });

  it('rows in = rows out: failed rows are written with ok = false and their problems, exit 1; --errors lists them', async () => {
    const rows = mix(6);
    const table = tableOf(rows);
    const size = Uint8Array.from(rows, (row) => row.size);
    size[2] = 0;
    const area = rows.map((row) => row.area as string);
    area[4] = 'town';
    const columns: Record<string, arrow.Vector> = {};
    for (const field of table.schema.fields) columns[field.name] = table.getChild(field.name)!;
    columns.size = arrow.makeVector(size);
    columns.area = arrow.vectorFromArray(area, new arrow.Utf8());
    const input = writeArrow('failed.arrow', new arrow.Table(columns));
    const output = join(DIR, 'failed-results.parquet');
    const errors = join(DIR, 'failed-errors.jsonl');
    const run = await runInProcess(['classify', input, '--out', output, '--errors', errors]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/6 rows read, 4 classified, 2 failed/);
    const out = outputRows(readParquet(output));
    expect(out.map((row) => row.ok)).toEqual([true, true, false, true, false, true]);
    expect(out[2]!.category).toBeNull();
    expect(out[2]!.errors).toBe('size: size must be at least 1, got 0');
    expect(out[4]!.errors).toBe('area: area must be "rural" or "urban", got "town"');
    const lines = readFileSync(errors, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { row: number; id: string; issues: { field: string }[] });
    expect(lines.map((line) => [line.row, line.id, line.issues[0]!.field])).toEqual([
      [3, 'H2', 'size'],
      [5, 'H4', 'area'],
    ]);
  });

  it('refuses unknown columns and a missing income column before writing anything (exit 2, the previous output kept)', async () => {
    const output = join(DIR, 'kept.parquet');
    writeFileSync(output, 'previous');
    const table = tableOf(mix(3));
    const columns: Record<string, arrow.Vector> = {};
    for (const field of table.schema.fields) if (field.name !== 'perCapitaMonthly') columns[field.name] = table.getChild(field.name)!;
    columns.wter = arrow.makeVector(Uint8Array.of(0, 1, 0));
    const run = await runInProcess(['classify', writeParquet('unknown.parquet', new arrow.Table(columns)), '--out', output]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown column "wter"/);
    expect(run.stderr).toMatch(/no income column/);
    expect(readFileSync(output, 'utf8')).toBe('previous');
  });

  it('summarises with --summary-json and --by, the same figures as from the CSV of the same households', async () => {
    const rows = mix(50);
    const table = tableOf(rows);
    const columns: Record<string, arrow.Vector> = {
      commune: arrow.vectorFromArray(
        rows.map((_, i) => (i % 2 === 0 ? 'A' : 'B')),
        new arrow.Dictionary(new arrow.Utf8(), new arrow.Int8()),
      ),
    };
    for (const field of table.schema.fields) columns[field.name] = table.getChild(field.name)!;
    const csv = [
      ['id', 'commune', 'area', 'size', 'perCapitaMonthly', ...IDS].join(','),
      ...rows.map((row, i) =>
        [row.id, i % 2 === 0 ? 'A' : 'B', row.area, row.size, text(row.cents), ...row.answers.map((a) => (a === 2 ? '' : String(a)))].join(','),
      ),
    ].join('\n');
    writeFileSync(join(DIR, 'by.csv'), `${csv}\n`);
    await runInProcess(['classify', join(DIR, 'by.csv'), '--by', 'commune', '--summary-json', join(DIR, 'by-csv.json'), '--out', join(DIR, 'by-csv.jsonl')]);
    const run = await runInProcess([
      'classify',
      writeParquet('by.parquet', new arrow.Table(columns)),
      '--by',
      'commune',
      '--summary-json',
      join(DIR, 'by-parquet.json'),
      '--out',
      join(DIR, 'by.parquet.out.parquet'),
    ]);
    expect(run.code).toBe(0);
    const fromCsv = JSON.parse(readFileSync(join(DIR, 'by-csv.json'), 'utf8')) as Record<string, unknown>;
    const fromParquet = JSON.parse(readFileSync(join(DIR, 'by-parquet.json'), 'utf8')) as Record<string, unknown>;
    // The CSV run groups by the column name, the columnar summariser by '(key)'.
    expect({ ...fromParquet, by: null }).toEqual({ ...fromCsv, by: null });
  });

  it('failed rows in a batch whose validity bitmap is a whole 8 bytes (57–64 rows): every column of the Arrow and Parquet output reads back right', async () => {
    // Regression: the category's validity bitmap and the `ok` values were the same bytes, and
    // apache-arrow's IPC writer collapsed them into one chunk, shifting every later buffer.
    for (const n of [57, 64]) {
      const rows = mix(n);
      for (const bad of [0, 7, n - 1]) rows[bad]!.size = 0;
      const input = writeParquet(`bitmap-${n}.parquet`, tableOf(rows));
      for (const extension of ['arrow', 'parquet']) {
        const output = join(DIR, `bitmap-${n}-results.${extension}`);
        const run = await runInProcess(['classify', input, '--out', output, '--quiet']);
        expect(run.stderr).toMatch(new RegExp(`${n} rows read, ${n - 3} classified, 3 failed`));
        expect(run.code).toBe(1);
        const out = outputRows(extension === 'arrow' ? readArrow(output) : readParquet(output));
        expect(out.map((row) => row.ok)).toEqual(rows.map((_, i) => ![0, 7, n - 1].includes(i)));
        expect(out.filter((row) => row.ok === false).map((row) => row.errors)).toEqual(Array(3).fill('size: size must be at least 1, got 0'));
        const good = rows.filter((_, i) => ![0, 7, n - 1].includes(i));
        expectSameAsClassify(
          good,
          out.filter((row) => row.ok === true).map((row, i) => ({ ...row, row: i + 1 })),
        );
      }
    }
  });

  it('a Parquet file damaged in its data pages stops the run with exit 2 and the file named, never a crash with a stack trace', async () => {
    const path = writeParquet('damaged.parquet', tableOf(mix(3000)));
    const bytes = readFileSync(path);
    bytes.fill(0x55, Math.floor(bytes.length * 0.2), Math.floor(bytes.length * 0.6));
    writeFileSync(path, bytes);
    const run = await runInProcess(['classify', path, '--output-format', 'none', '--summary-json', join(DIR, 'damaged.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read .*damaged\.parquet/);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(existsSync(join(DIR, 'damaged.json'))).toBe(false);
  });

  it('--output-format none: the same summary as a run that writes the rows, no row written, failed rows still in --errors', async () => {
    const rows = mix(60);
    rows[7]!.size = 0; // fails validation
    const input = writeParquet('none.parquet', tableOf(rows));
    const withRows = await runInProcess(['classify', input, '--summary-json', join(DIR, 'none-a.json'), '--out', join(DIR, 'none-a.parquet')]);
    expect(withRows.code).toBe(1);
    const errors = join(DIR, 'none-errors.jsonl');
    const run = await runInProcess(['classify', input, '--output-format', 'none', '--summary-json', join(DIR, 'none-b.json'), '--errors', errors, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/60 rows read, 59 classified, 1 failed/);
    expect(JSON.parse(readFileSync(join(DIR, 'none-b.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(DIR, 'none-a.json'), 'utf8')));
    const failed = readFileSync(errors, 'utf8').trim().split('\n');
    expect(failed).toHaveLength(1);
    expect(JSON.parse(failed[0]!)).toMatchObject({ row: 8, id: 'H7', ok: false });
  });

  it('--output-format none: the text summary goes to standard output; refused with --out or with nothing to show (exit 2)', async () => {
    const input = writeParquet('none-text.parquet', tableOf(mix(12)));
    const run = await runInProcess(['classify', input, '--output-format', 'none', '--summary', '--locale', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Rows: 12 \(classified 12; errors 0\)/);
    expect(run.stderr).not.toMatch(/Rows: 12/);
    const withOut = await runInProcess(['classify', input, '--output-format', 'none', '--summary', '--out', join(DIR, 'none-x.parquet')]);
    expect(withOut.code).toBe(2);
    expect(withOut.stderr).toMatch(/--output-format none writes no rows: leave out --out/);
    expect(existsSync(join(DIR, 'none-x.parquet'))).toBe(false);
    const nothing = await runInProcess(['classify', input, '--output-format', 'none']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/add --summary, --summary-json <file> or --errors <file>/);
  });

  it('an income too large for 64 bits in a decimal column stops the run part-way (exit 2): no output file, the row named', async () => {
    const rows = mix(4);
    rows[3]!.cents = 2n ** 70n;
    const input = writeArrow('huge.arrow', tableOf(rows, { income: 'decimal' }));
    const output = join(DIR, 'huge-results.parquet');
    const run = await runInProcess(['classify', input, '--out', output]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /row 4: the income in "perCapitaMonthly" \(Decimal\[18e\+2\]\) is too large to be an income — the run stopped: .*huge-results\.parquet was not written/,
    );
    expect(existsSync(output)).toBe(false);
  });

  describe('without the optional packages', () => {
    const saved = { ...loaders };
    afterEach(() => Object.assign(loaders, saved));

    it('says which package to install, in English and Vietnamese (exit 2)', async () => {
      loaders.parquet = () => Promise.reject(new Error("Cannot find package 'parquet-wasm' imported from cli.cjs"));
      loaders.parquetPath = () => {
        throw new Error("Cannot find module 'parquet-wasm'");
      };
      // A file is read in the reader thread, which is given the module's path.
      const run = await runInProcess(['classify', join(DIR, 'small.parquet'), '--out', join(DIR, 'never.parquet')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /reading Parquet \(.*small\.parquet\) needs the optional package parquet-wasm, which could not be loaded \(Cannot find module 'parquet-wasm'/,
      );
      expect(run.stderr).toMatch(/npm install apache-arrow parquet-wasm/);
      expect(run.stderr).toMatch(/Cần gói tùy chọn parquet-wasm/);
      expect(existsSync(join(DIR, 'never.parquet'))).toBe(false);

      // Parquet output needs no parquet-wasm: Arrow in, Parquet out goes through.
      const arrowToParquet = await runInProcess(['classify', writeArrow('no-wasm.arrow', tableOf(mix(9))), '--out', join(DIR, 'no-wasm.parquet')]);
      expect(arrowToParquet.code).toBe(0);
      loaders.parquet = saved.parquet;
      expect(outputRows(readParquet(join(DIR, 'no-wasm.parquet')))).toHaveLength(9);

      loaders.arrow = () => Promise.reject(new Error("Cannot find package 'apache-arrow'"));
      const arrowRun = await runInProcess(['classify', join(DIR, 'small.arrow')]);
      expect(arrowRun.code).toBe(2);
      expect(arrowRun.stderr).toMatch(/needs the optional package apache-arrow.*npm install apache-arrow`/);
    });
  });

  it('Arrow or Parquet output is for Arrow or Parquet input', async () => {
    const run = await runInProcess(['classify', join(DIR, 'same.csv'), '--out', join(DIR, 'x.parquet')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--output-format parquet is for Arrow or Parquet input/);
  });
});

describe("apache-arrow's file writer: the count the Arrow output relies on", () => {
  it('still keeps the bytes it queued in `_position`, equal to the bytes its iterator hands out', async () => {
    // src/cli/columnar.ts writes each batch's bytes before classifying the next by comparing the
    // bytes taken with the writer's private `_position`. Were it renamed, the output would stay
    // correct but wait in memory to the end: this test says so first.
    const writer = new arrow.RecordBatchFileWriter();
    const chunks = writer[Symbol.asyncIterator]();
    const position = () => (writer as unknown as { _position?: unknown })._position;
    expect(typeof position()).toBe('number');
    const table = arrow.tableFromArrays({ category: Uint8Array.of(0, 1, 2), id: ['a', 'b', 'c'] });
    writer.write(table.batches[0]!);
    const queued = position() as number;
    expect(queued).toBeGreaterThan(0);
    const bytes: Uint8Array[] = [];
    let taken = 0;
    while (taken < queued) {
      const step = await chunks.next();
      expect(step.done).not.toBe(true);
      bytes.push(step.value as Uint8Array);
      taken += (step.value as Uint8Array).byteLength;
    }
    expect(taken).toBe(queued);
    writer.finish();
    for (let step = await chunks.next(); step.done !== true; step = await chunks.next()) bytes.push(step.value as Uint8Array);
    // What was taken by that count, then the rest, is the whole file.
    const file = new Uint8Array(bytes.reduce((sum, chunk) => sum + chunk.byteLength, 0));
    bytes.reduce((at, chunk) => (file.set(chunk, at), at + chunk.byteLength), 0);
    expect(arrow.tableFromIPC(file).getChild('id')?.toArray()).toEqual(['a', 'b', 'c']);
  });
});
