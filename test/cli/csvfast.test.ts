/**
 * The CSV fast path of `classify` (src/cli/records.ts `readSimpleCsv`, src/cli/batch.ts
 * `fastClassify`): random flat CSV files — valid rows, incomes a hundredth of a đồng either side
 * of the lines, unknown answers, invalid rows, blank lines, quotes that send the file to
 * csv-parse — classified in process with the fast path on and off, and every output compared
 * byte for byte: standard output, standard error (but the run time), exit code, the --errors
 * file and the --summary-json file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { csvFast } from '../../src/cli/records.js';
import { getRuleSet } from '../../src/index.js';
import { runInProcess, runOutputs } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'chuan-ngheo-csvfast-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
afterEach(() => {
  csvFast.enabled = true;
});

const RULE_SETS = ['vn-2022-2025', 'vn-2016-2020'] as const;
const FORMS = ['perCapitaMonthly', 'householdMonthly', 'householdAnnual'] as const;

/** The amounts that matter for a rule set: every income line, per area. */
function lineAmounts(ruleSetId: string): bigint[] {
  const lines = getRuleSet(ruleSetId).incomeLines as readonly { amounts: Record<string, string> }[];
  return lines.flatMap((line) => Object.values(line.amounts).map((amount) => BigInt(amount)));
}

/** Hundredths of a đồng as a plain decimal string. */
const money = (cents: bigint): string => {
  const whole = cents / 100n;
  const part = cents % 100n;
  return part === 0n ? String(whole) : `${whole}.${String(part).padStart(2, '0')}`;
};

interface FileSpec {
  ruleSet: (typeof RULE_SETS)[number];
  form: (typeof FORMS)[number];
  /** Indicator columns (a random subset, in a random order). */
  answers: number[];
  withId: boolean;
  rows: { kind: number; area: number; size: number; line: number; delta: number; answers: number[]; id: number; blank: boolean }[];
  quote: boolean;
  options: number;
}

const spec: fc.Arbitrary<FileSpec> = fc.record({
  ruleSet: fc.constantFrom(...RULE_SETS),
  form: fc.constantFrom(...FORMS),
  answers: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
  withId: fc.boolean(),
  rows: fc.array(
    fc.record({
      // 0–5 valid, 6… a kind of invalid row
      kind: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 16 })),
      area: fc.integer({ min: 0, max: 1 }),
      size: fc.integer({ min: 1, max: 12 }),
      line: fc.nat(),
      delta: fc.integer({ min: -101, max: 101 }),
      answers: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
      id: fc.nat({ max: 5 }),
      blank: fc.boolean(),
    }),
    { minLength: 0, maxLength: 40 },
  ),
  quote: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  options: fc.nat({ max: 7 }),
});

const IDS_OF = ['H', ' H ', '=cmd', 'Hộ-7', 'x'.repeat(130), 'a;b'];

function fileOf(s: FileSpec): string {
  const ids = getRuleSet(s.ruleSet).indicators.map((indicator) => indicator.id);
  const columns = s.answers.filter((k) => k < ids.length).map((k) => ids[k]!);
  const header = [...(s.withId ? ['id'] : []), 'commune', 'area', 'size', s.form, ...columns];
  const lines = lineAmounts(s.ruleSet);
  const out = [header.join(',')];
  s.rows.forEach((r, i) => {
    if (r.blank && r.kind % 3 === 0) out.push('');
    const divisor = s.form === 'perCapitaMonthly' ? 1n : s.form === 'householdMonthly' ? BigInt(r.size) : 12n * BigInt(r.size);
    const base = lines[r.line % lines.length]! * divisor * 100n;
    let income = money(base + BigInt(r.delta) < 0n ? 0n : base + BigInt(r.delta));
    let area = r.area === 0 ? 'rural' : 'urban';
    let size = String(r.size);
    const answers = columns.map((_, j) => ['0', '1', ''][r.answers[j % 12]!]!);
    let id = `${IDS_OF[r.id]}${i}`;
    const extra: string[] = [];
    switch (r.kind) {
      case 6:
        area = 'city';
        break;
      case 7:
        size = r.size % 2 === 0 ? '0' : '201';
        break;
      case 8:
        size = 'four';
        break;
      case 9:
        income = r.size % 2 === 0 ? '1.500' : '-5';
        break;
      case 10:
        income = '';
        break;
      case 11:
        if (answers.length > 0) answers[0] = 'y';
        else extra.push('z');
        break;
      case 12:
        extra.push('extra');
        break;
      case 13:
        id = '';
        break;
      case 14:
        income = ` ${income} `;
        area = ` ${area}`;
        break;
      case 15:
        income = `${income}0000000000000000000000000000000000000`;
        break;
      default:
        break;
    }
    out.push([...(s.withId ? [id] : []), `c${r.id % 3}`, area, size, income, ...answers, ...extra].join(','));
  });
  if (s.quote && out.length > 1) out[1] = out[1]!.replace(/(rural|urban)/, '"$1"');
  return `${out.join('\n')}${s.rows.length % 2 === 0 ? '\n' : ''}`;
}

function optionsOf(n: number, ruleSet: string): string[] {
  const base = ['--rule-set', ruleSet];
  switch (n) {
    case 0:
      return [...base, '--ignore-columns', 'commune'];
    case 1:
      return [...base, '--ignore-columns', 'commune', '--output-format', 'csv'];
    case 2:
      return [...base, '--by', 'commune', '--summary'];
    case 3:
      return [...base, '--by', 'commune', '--summary-json', join(DIR, 'summary.json'), '--output-format', 'csv'];
    case 4:
      return [...base, '--ignore-columns', 'commune', '--errors', join(DIR, 'errors.jsonl')];
    case 5:
      return [...base, '--by', 'commune', '--batch-size', '3', '--summary', '--out', join(DIR, 'out.csv')];
    case 6:
      return [...base, '--ignore-columns', 'commune', '--quiet', '--locale', 'en', '--summary'];
    default:
      return [...base, '--by', 'commune', '--output-format', 'csv', '--errors', join(DIR, 'errors.jsonl'), '--batch-size', '5'];
  }
}

/** Runs the command and collects every output it writes (see runOutputs). */
const outputs = (args: string[]) => runOutputs(args, DIR, ['summary.json', 'errors.jsonl', 'out.csv']);

describe('the CSV fast path', () => {
  it('writes byte for byte what the general path writes, on random flat CSV files', async () => {
    let fastFiles = 0;
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const file = join(DIR, 'input.csv');
        writeFileSync(file, fileOf(s));
        const args = ['classify', file, ...optionsOf(s.options, s.ruleSet)];
        csvFast.enabled = false;
        const slow = await outputs(args);
        csvFast.enabled = true;
        const before = csvFast.files;
        const fast = await outputs(args);
        fastFiles += csvFast.files - before;
        expect(fast).toEqual(slow);
      }),
      { numRuns: 60 },
    );
    // Most files are simple (a tenth have a quote, which sends them to csv-parse).
    expect(fastFiles).toBeGreaterThan(30);
  }, 120_000);

  it('is taken for a simple file, for every valid row, and can be turned off', async () => {
    const ids = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);
    const rows = Array.from({ length: 1000 }, (_, i) =>
      [
        `H${i}`,
        i % 2 ? 'rural' : 'urban',
        String(1 + (i % 6)),
        String(1_400_000 + i * 997),
        ...ids.map((_, j) => ((i + j) % 5 === 0 ? '1' : (i + j) % 7 === 0 ? '' : '0')),
      ].join(','),
    );
    const file = join(DIR, 'simple.csv');
    writeFileSync(file, `${['id', 'area', 'size', 'householdMonthly', ...ids].join(',')}\n${rows.join('\n')}\n`);
    const files = csvFast.files;
    const classified = csvFast.rows;
    const fast = await runInProcess(['classify', file, '--output-format', 'csv']);
    expect(fast.code).toBe(0);
    expect(csvFast.files - files).toBe(1);
    expect(csvFast.rows - classified).toBe(1000);
    csvFast.enabled = false;
    const slow = await runInProcess(['classify', file, '--output-format', 'csv']);
    expect(csvFast.files - files).toBe(1);
    expect(csvFast.rows - classified).toBe(1000);
    expect(fast.stdout).toBe(slow.stdout);
    expect(fast.stdout.split('\n')).toHaveLength(1002);
  });

  it('leaves files with quotes or carriage returns, and rows with scores, to the general path', async () => {
    const file = join(DIR, 'crlf.csv');
    writeFileSync(file, 'area,size,perCapitaMonthly\r\nrural,4,1500000\r\n');
    const files = csvFast.files;
    expect((await runInProcess(['classify', file])).code).toBe(0);
    writeFileSync(file, 'area,size,perCapitaMonthly\n"rural",4,1500000\n');
    expect((await runInProcess(['classify', file])).code).toBe(0);
    expect(csvFast.files).toBe(files);
    writeFileSync(file, 'area,size,score\nrural,4,140\n');
    const rows = csvFast.rows;
    const run = await runInProcess(['classify', file]);
    expect(run.code).toBe(0);
    expect(csvFast.files).toBe(files + 1);
    expect(csvFast.rows).toBe(rows);
  });
});
