/**
 * The command line end to end: spawns `node --import tsx src/cli/index.ts …` on temporary files
 * and checks outputs, stderr reports and exit codes (0 all good, 1 some rows failed, 2 usage or
 * file error). Output failures and signals (exit 3, 130, 143) are in cli.faults.test.ts, limits
 * and refusals in cli.limits.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import * as library from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = mkdtempSync(join(tmpdir(), 'chuan-ngheo-cli-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (stdin !== undefined) child.stdin.end(stdin);
    else child.stdin.end();
  });
}

async function runInProcess(args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        append(String(chunk));
        callback();
      },
    });
  const code = await main(args, { stdout: sink((text) => (stdout += text)), stderr: sink((text) => (stderr += text)), progress: false });
  return { code, stdout, stderr };
}

function file(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

const IDS = library.getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);
const HEADER = ['id', 'commune', 'area', 'size', 'perCapitaMonthly', ...IDS].join(',');
const row = (id: string, commune: string, area: string, size: string, income: string, deprived: readonly string[], blank: readonly string[] = []) =>
  [id, commune, area, size, income, ...IDS.map((ind) => (blank.includes(ind) ? '' : deprived.includes(ind) ? '1' : '0'))].join(',');

const GOOD_CSV =
  [
    HEADER,
    row('A1', 'X', 'rural', '4', '1200000', ['employment', 'health-insurance', 'water']),
    row('A2', 'X', 'urban', '2', '2000000', []),
    row('A3', 'Y', 'rural', '3', '5000000', ['water']),
  ].join('\n') + '\n';
const BAD_CSV =
  [
    HEADER,
    row('B1', 'X', 'rural', '4', '1200000', ['employment', 'health-insurance', 'water']),
    row('B2', 'X', 'rural', '4', '1200000', []).replace(/,0$/, ',yes'),
    row('B3', 'Y', 'rural', '0', '1200000', []),
    row('B4', 'Y', 'rural', '2', '1.500.000', []),
  ].join('\n') + '\n';

const TIMEOUT = 60_000;

describe('chuan-ngheo classify', () => {
  it(
    'classifies a good CSV: one JSON line per row, in order, exit 0 and a final count',
    async () => {
      const input = file('good.csv', GOOD_CSV);
      const result = await run(['classify', input, '--ignore-columns', 'commune']);
      expect(result.code).toBe(0);
      const lines = result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.map((line) => [line.row, line.line, line.id, line.ok, line.category])).toEqual([
        [1, 2, 'A1', true, 'poor'],
        [2, 3, 'A2', true, 'near-poor'],
        [3, 4, 'A3', true, 'above-average'],
      ]);
      expect(lines[0]!.deprived).toEqual(['employment', 'health-insurance', 'water']);
      expect(result.stderr).toContain('3 rows read, 3 classified, 0 failed');
    },
    TIMEOUT,
  );

  it(
    'reports bad rows with row, line and field, keeps going, writes --errors, exits 1',
    async () => {
      const input = file('bad.csv', BAD_CSV);
      const errors = join(DIR, 'errors.jsonl');
      const out = join(DIR, 'out.jsonl');
      const result = await run(['classify', input, '--ignore-columns', 'commune', '--errors', errors, '--out', out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('row 2 (line 3) [id B2]: information-access — answer "yes" must be 1');
      expect(result.stderr).toContain('row 3 (line 4) [id B3]: size');
      expect(result.stderr).toContain('row 4 (line 5) [id B4]: perCapitaMonthly');
      expect(result.stderr).toContain('4 rows read, 1 classified, 3 failed');
      const written = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { row: number; ok: boolean });
      expect(written.map((line) => [line.row, line.ok])).toEqual([
        [1, true],
        [2, false],
        [3, false],
        [4, false],
      ]);
      const failed = readFileSync(errors, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { row: number; issues: { field: string; code: string }[] });
      expect(failed.map((line) => [line.row, line.issues[0]!.field, line.issues[0]!.code])).toEqual([
        [2, 'information-access', 'invalid_answer'],
        [3, 'size', 'too_small'],
        [4, 'perCapitaMonthly', 'invalid_amount'],
      ]);
    },
    TIMEOUT,
  );

  it(
    'writes CSV with --output-format csv, quoting the explanation',
    async () => {
      const input = file('good2.csv', GOOD_CSV);
      const result = await run(['classify', input, '--ignore-columns', 'commune', '--output-format', 'csv', '--explain', '--locale', 'en']);
      expect(result.code).toBe(0);
      const [header, first] = result.stdout.split('\n');
      expect(header).toBe('row,line,id,ok,category,possible_categories,deprivation_count,unknown_count,per_capita,deprived,unknown,errors,explanation');
      expect(first!.startsWith('1,2,A1,true,poor,poor,3,0,1200000,employment;health-insurance;water,,,"Result: poor household')).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'prints grouped summary tables with --summary --by',
    async () => {
      const input = file('good3.csv', GOOD_CSV);
      const summaryJson = join(DIR, 'summary.json');
      const result = await run(['classify', input, '--by', 'commune', '--summary', '--summary-json', summaryJson, '--locale', 'en']);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/Poor\s+1\s+33\.33%/);
      expect(result.stderr).toContain('== Group: X ==');
      const summary = JSON.parse(readFileSync(summaryJson, 'utf8')) as library.Summary;
      expect(summary.groups.map((group) => [group.key, group.rows])).toEqual([
        ['X', 2],
        ['Y', 1],
      ]);
    },
    TIMEOUT,
  );

  it(
    'reads JSON Lines (an unparsable line fails alone) and JSON arrays of member-level households',
    async () => {
      const jsonl = file(
        'in.jsonl',
        `${JSON.stringify({ id: 1, area: 'rural', size: 2, income: { perCapitaMonthly: 900000 } })}\n{not json\n\n${JSON.stringify({ id: 3, area: 'urban', size: 1, income: { householdMonthly: '2500000' } })}\n`,
      );
      const a = await run(['classify', jsonl]);
      expect(a.code).toBe(1);
      const lines = a.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { row: number; line: number; ok: boolean; category?: string });
      expect(lines.map((line) => [line.row, line.line, line.ok, line.category])).toEqual([
        [1, 1, true, 'undetermined'],
        [2, 2, false, undefined],
        [3, 4, true, 'average'],
      ]);
      const members = [
        {
          id: 'M1',
          area: 'rural',
          income: { householdMonthly: 3000000 },
          members: [
            { age: 40, healthInsurance: false },
            { age: 38, healthInsurance: true },
          ],
        },
      ];
      const json = file('in.json', JSON.stringify(members));
      const b = await run(['classify', json, '--full']);
      expect(b.code).toBe(0);
      const full = JSON.parse(b.stdout) as { result: library.Classification };
      expect(full.result.householdId).toBe('M1');
      expect(full.result.indicators.find((indicator) => indicator.id === 'health-insurance')!.status).toBe('deprived');
    },
    TIMEOUT,
  );

  it(
    'exits 2 for usage and file errors, with no output',
    async () => {
      const good = file('good4.csv', GOOD_CSV);
      const cases: string[][] = [
        [],
        ['classify'],
        ['classify', join(DIR, 'missing.csv')],
        ['classify', good],
        ['classify', good, '--ignore-columns', 'commune', '--rule-set', 'vn-1999'],
        ['classify', good, '--ignore-columns', 'commune', '--date', '2025-13-01'],
        ['classify', good, '--ignore-columns', 'commune', '--no-such-option'],
        ['classify', file('x.txt', 'a')],
        ['frobnicate'],
        ['rules', 'show', 'vn-1999'],
      ];
      // In process (main() is what the bin runs), to keep the suite fast; one spawn below.
      for (const args of cases) {
        const result = await runInProcess(args);
        expect({ args, code: result.code }).toEqual({ args, code: 2 });
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/chuan-ngheo|Usage/);
      }
      const unknownColumn = await run(['classify', good]);
      expect(unknownColumn.code).toBe(2);
      expect(unknownColumn.stdout).toBe('');
      expect(unknownColumn.stderr).toContain('unknown CSV column "commune"');
    },
    TIMEOUT,
  );

  it('reports the line where each CSV row starts, across blank lines and quoted line breaks', async () => {
    const input = file(
      'lines.csv',
      'id,area,size,perCapitaMonthly,water\nA,rural,1,100,1\n\nB,rural,2,"1\n00",0\nC,urban,1,5,\n"D\nx",rural,1,1,\nE,rural,1,1,\n',
    );
    const result = await runInProcess(['classify', input]);
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { row: number; line: number; ok: boolean });
    expect(lines.map((line) => [line.row, line.line, line.ok])).toEqual([
      [1, 2, true],
      [2, 4, false],
      [3, 6, true],
      [4, 7, true],
      [5, 9, true],
    ]);
    expect(result.stderr).toContain('row 2 (line 4) [id B]: perCapitaMonthly');
  });

  it(
    '--workers 2 gives byte-identical output and the same summary as the main thread',
    async () => {
      const lines = [HEADER];
      for (let i = 0; i < 1500; i++) {
        const income = String(900_000 + ((i * 7919) % 3_000_000));
        lines.push(
          row(
            `W${i}`,
            i % 3 === 0 ? 'X' : 'Y',
            i % 4 === 0 ? 'urban' : 'rural',
            String(1 + (i % 5)),
            i % 97 === 0 ? '1.500.000' : income,
            IDS.filter((_, j) => (i * (j + 3)) % 7 === 0),
            i % 11 === 0 ? ['water'] : [],
          ),
        );
      }
      const input = file('workers.csv', `${lines.join('\n')}\n`);
      const args = ['classify', input, '--by', 'commune', '--batch-size', '100', '--quiet'];
      const single = await runInProcess([...args, '--summary-json', join(DIR, 'w0.json')]);
      const threaded = await runInProcess([...args, '--workers', '2', '--summary-json', join(DIR, 'w2.json')]);
      expect(single.code).toBe(1);
      expect(threaded.code).toBe(1);
      expect(threaded.stdout).toBe(single.stdout);
      expect(threaded.stdout.split('\n')).toHaveLength(1501);
      expect(readFileSync(join(DIR, 'w2.json'), 'utf8')).toBe(readFileSync(join(DIR, 'w0.json'), 'utf8'));
    },
    TIMEOUT,
  );

  it(
    'reads stdin with "-" and --format',
    async () => {
      const result = await run(['classify', '-', '--format', 'csv', '--ignore-columns', 'commune'], GOOD_CSV);
      expect(result.code).toBe(0);
      expect(result.stdout.trim().split('\n')).toHaveLength(3);
    },
    TIMEOUT,
  );
});

describe('chuan-ngheo explain, rules, schema', () => {
  it(
    'explains one household, in English with --locale en',
    async () => {
      const input = file(
        'one.json',
        JSON.stringify({
          area: 'rural',
          size: 4,
          income: { perCapitaMonthly: 1200000 },
          deprivations: { employment: true, 'health-insurance': true, water: true },
        }),
      );
      const result = await run(['explain', input, '--locale', 'en']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Result: poor household/);
      const many = file('many.csv', GOOD_CSV);
      const second = await run(['explain', many, '--row', '2', '--ignore-columns', 'commune', '--locale', 'en']);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/^Result: near-poor household/);
      const ambiguous = await run(['explain', many, '--ignore-columns', 'commune']);
      expect(ambiguous.code).toBe(2);
      expect(ambiguous.stderr).toContain('has 3 households');
      const invalid = await run(['explain', file('bad.json', JSON.stringify({ area: 'rural', size: 0, income: { perCapitaMonthly: 1 } }))]);
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toContain('size');
    },
    TIMEOUT * 2,
  );

  it(
    'lists, shows and diffs rule sets',
    async () => {
      const list = await run(['rules', 'list', '--locale', 'en']);
      expect(list.code).toBe(0);
      expect(list.stdout).toContain('vn-2022-2025');
      const show = await run(['rules', 'show', 'vn-2022-2025', '--locale', 'en']);
      expect(show.code).toBe(0);
      expect(show.stdout).toContain('Decree 07/2021/NĐ-CP, Art. 3, cl. 1, pt. a');
      expect(show.stdout).toContain('health-insurance');
      const diff = await run(['rules', 'diff', 'vn-2016-2020', 'vn-2022-2025', '--locale', 'en']);
      expect(diff.code).toBe(0);
      expect(diff.stdout).toBe(`${library.renderDiff(library.diffRuleSets(library.getRuleSet('vn-2016-2020'), library.getRuleSet('vn-2022-2025')), 'en')}\n`);
      const usage = await runInProcess(['rules', 'diff', 'vn-2016-2020']);
      expect(usage.code).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'prints the JSON Schema of the household input',
    async () => {
      const result = await run(['schema']);
      expect(result.code).toBe(0);
      const schema = JSON.parse(result.stdout) as { type: string; properties: Record<string, unknown>; required: string[] };
      expect(schema.type).toBe('object');
      expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['area', 'size', 'income', 'deprivations', 'members', 'dwelling']));
      expect(schema.required).toEqual(expect.arrayContaining(['area', 'income']));
    },
    TIMEOUT,
  );
});
