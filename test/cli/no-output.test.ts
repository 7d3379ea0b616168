/**
 * `classify --output-format none`: no row is written, only the summary and the failed rows —
 * the same summary as a run that writes every row, for every reader (flat CSV, JSON Lines,
 * with and without workers). The Arrow and Parquet cases are in columnar.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvFile, jsonRow, runInProcess } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'chuan-ngheo-none-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function inputs(): { csv: string; jsonl: string } {
  const csv = join(DIR, 'in.csv');
  // Row 5 fails (size 0).
  writeFileSync(csv, csvFile(40).replace(/\nH5,([XY]),(rural|urban),\d,/, '\nH5,$1,$2,0,'));
  const jsonl = join(DIR, 'in.jsonl');
  writeFileSync(jsonl, `${Array.from({ length: 40 }, (_, i) => (i === 4 ? '{"id":"H5","area":"rural","size":0}' : jsonRow(i + 1))).join('\n')}\n`);
  return { csv, jsonl };
}

describe('classify --output-format none', () => {
  for (const [label, pick, extra] of [
    ['flat CSV', 'csv', []],
    ['flat CSV with --workers 2', 'csv', ['--workers', '2']],
    ['JSON Lines', 'jsonl', []],
  ] as const) {
    it(`${label}: the summary of a run that writes the rows; no row on standard output; the failed row in --errors (exit 1)`, async () => {
      const file = inputs()[pick];
      const full = join(DIR, `${pick}-full.json`);
      const withRows = await runInProcess(['classify', file, '--by', 'commune', '--summary-json', full, '--out', join(DIR, `${pick}.jsonl`), ...extra]);
      expect(withRows.code).toBe(1);
      const none = join(DIR, `${pick}-none.json`);
      const errors = join(DIR, `${pick}-errors.jsonl`);
      const run = await runInProcess(['classify', file, '--by', 'commune', '--summary-json', none, '--output-format', 'none', '--errors', errors, ...extra]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/40 rows read, 39 classified, 1 failed/);
      expect(JSON.parse(readFileSync(none, 'utf8'))).toEqual(JSON.parse(readFileSync(full, 'utf8')));
      const failed = readFileSync(errors, 'utf8').trim().split('\n');
      expect(failed.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['H5']);
    });
  }

  it('--summary prints the tables on standard output (nothing else is there)', async () => {
    const run = await runInProcess([
      'classify',
      inputs().csv,
      '--ignore-columns',
      'commune',
      '--output-format',
      'none',
      '--summary',
      '--locale',
      'en',
      '--quiet',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\nClassification summary — Rule set vn-2022-2025/);
    expect(run.stdout).toMatch(/Rows: 40 \(classified 39; errors 1\)/);
    expect(run.stderr).not.toMatch(/Classification summary/);
  });

  it('is refused with --out, with --excel, and with nothing to show (exit 2, the usage named)', async () => {
    const { csv } = inputs();
    const cases: [string[], RegExp][] = [
      [['--summary', '--out', join(DIR, 'x.jsonl')], /--output-format none writes no rows: leave out --out/],
      [['--summary', '--excel'], /--excel is for CSV output, not --output-format none/],
      [[], /--output-format none writes no rows: add --summary, --summary-json <file> or --errors <file>/],
    ];
    for (const [extra, message] of cases) {
      const run = await runInProcess(['classify', csv, '--ignore-columns', 'commune', '--output-format', 'none', ...extra]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
  });
});
