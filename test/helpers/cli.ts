/**
 * Running the command line in tests: in process (`main()` with in-memory streams that can be
 * made to fail) and synthetic input files in the flat CSV layout and JSON Lines.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { getRuleSet } from '../../src/index.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A writable that keeps what it gets; with `failAfter`, the write after that many bytes fails with `code`. */
export function memoryStream(options: { failAfter?: number; code?: string } = {}): Writable & { text: () => string } {
  let text = '';
  let bytes = 0;
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      const piece = String(chunk);
      if (options.failAfter !== undefined && bytes + piece.length > options.failAfter) {
        const error = Object.assign(new Error(`write ${options.code ?? 'EPIPE'}`), { code: options.code ?? 'EPIPE' });
        callback(error);
        return;
      }
      bytes += piece.length;
      text += piece;
      callback();
    },
  });
  return Object.assign(stream, { text: () => text });
}

/** Runs `main` in this process with in-memory standard output and error. */
export async function runInProcess(args: readonly string[], options: { stdout?: Writable & { text: () => string }; signal?: AbortSignal } = {}): Promise<Run> {
  const stdout = options.stdout ?? memoryStream();
  const stderr = memoryStream();
  const code = await main(args, { stdout, stderr, progress: false, ...(options.signal === undefined ? {} : { signal: options.signal }) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * Runs the command in process and collects every output it writes, to compare two runs: the
 * exit code, standard output, standard error (the run time masked) and each of `files` in `dir`
 * (removed first; `(none)` when the run did not write it).
 */
export async function runOutputs(args: readonly string[], dir: string, files: readonly string[]): Promise<Record<string, string | number | null>> {
  for (const name of files) rmSync(join(dir, name), { force: true });
  const run = await runInProcess(args);
  const outputs: Record<string, string | number | null> = { code: run.code, stdout: run.stdout, stderr: run.stderr.replace(/, \d+\.\d s\n/g, ', … s\n') };
  for (const name of files) outputs[name] = existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '(none)';
  return outputs;
}

/** The indicator ids of vn-2022-2025 (the CSV answer columns). */
export const IDS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);
/** A CSV header with a `commune` column (pass `--ignore-columns commune` or `--by commune`). */
export const HEADER = ['id', 'commune', 'area', 'size', 'perCapitaMonthly', ...IDS].join(',');

/** One CSV data row: household `i` of a deterministic mix (some poor, some near-poor, some above). */
export function csvRow(i: number, id = `H${i}`): string {
  const income = String(900_000 + ((i * 7919) % 3_000_000));
  return [
    id,
    i % 3 === 0 ? 'X' : 'Y',
    i % 4 === 0 ? 'urban' : 'rural',
    String(1 + (i % 5)),
    income,
    ...IDS.map((_, j) => ((i * (j + 3)) % 7 === 0 ? '1' : '0')),
  ].join(',');
}

/** One JSON Lines household, the same mix. */
export function jsonRow(i: number, id = `H${i}`): string {
  const deprivations: Record<string, boolean> = {};
  IDS.forEach((indicator, j) => (deprivations[indicator] = (i * (j + 3)) % 7 === 0));
  return JSON.stringify({
    id,
    commune: i % 3 === 0 ? 'X' : 'Y',
    area: i % 4 === 0 ? 'urban' : 'rural',
    size: 1 + (i % 5),
    income: { perCapitaMonthly: String(900_000 + ((i * 7919) % 3_000_000)) },
    deprivations,
  });
}

/** A CSV file of `n` rows (header first, LF line ends). */
export function csvFile(n: number, from = 1): string {
  const lines = from === 1 ? [HEADER] : [];
  for (let i = from; i < from + n; i++) lines.push(csvRow(i));
  return `${lines.join('\n')}\n`;
}

/** A JSON Lines file of `n` rows. */
export function jsonlFile(n: number, from = 1): string {
  const lines: string[] = [];
  for (let i = from; i < from + n; i++) lines.push(jsonRow(i));
  return `${lines.join('\n')}\n`;
}

/** Whether a text holds a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+[(:]\d+|node:internal|Error: .*\n\s+at /.test(text);
}
