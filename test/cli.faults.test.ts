/**
 * Fault injection on the built command line: every fault × every input format ends with an
 * honest exit code, a one-line message with the counts, no stack trace, and no output file that
 * looks complete (nor a temporary file left behind).
 *
 * Faults, and how they are made:
 * - closed standard output: the test closes its end of the pipe before the CLI writes (EPIPE);
 * - full standard output: standard output is `/dev/full` (ENOSPC on every write);
 * - full disk for `--out`: the CLI runs under `ulimit -f` (RLIMIT_FSIZE; Node ignores SIGXFSZ,
 *   so a write past the limit fails with EFBIG, as a full disk fails with ENOSPC — the same
 *   path in the CLI). It needs no mount, no root and no tmpfs. (`--out /dev/full` is covered
 *   too: a target that is not a regular file is written directly.)
 * - SIGINT / SIGTERM mid-run: the input comes on standard input; the signal is sent once the
 *   first batch was written (standard output) or the temporary file exists (`--out`), while the
 *   CLI waits for more input;
 * - a syntax error mid-file: an unclosed quote (CSV: the run stops, exit 2) or a line that is not
 *   JSON (JSON Lines: that row fails alone, exit 1).
 *
 * The CLI is built once (tsup, the CLI entry of tsup.config.ts) into a temporary folder.
 * XLSX is in KINDS (its rows fail alone, as JSON Lines lines do). To add an input format, add an entry to KINDS; a format that cannot be streamed on
 * standard input sets `stdin: false` and the signal cases are skipped for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tsupConfig from '../tsup.config.js';
import { writeWorkbook } from '../src/sheets/index.js';
import * as arrow from 'apache-arrow';
import { csvFile, hasStackTrace, jsonlFile, jsonRow, type Run } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = mkdtempSync(join(tmpdir(), 'chuan-ngheo-faults-'));
// The bundle requires zod and decimal.js (the library's dependencies): build it inside the project.
mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
const BUILD = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'cli-faults-'));
const CLI = join(BUILD, 'cli.cjs');
afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  rmSync(BUILD, { recursive: true, force: true });
});

beforeAll(async () => {
  const cli = (tsupConfig as Options[]).find((options) => typeof options.entry === 'object' && !Array.isArray(options.entry) && 'cli' in options.entry)!;
  await build({ ...cli, outDir: BUILD, sourcemap: false, silent: true, config: false });
}, 120_000);

const ROWS = 3000;
const BAD_ROW = 1000;

/** An input format of the matrix. */
interface Kind {
  readonly name: string;
  /** File extension and `--format` value. */
  readonly ext: string;
  readonly format: string;
  /** Arguments the files need (the `commune` column or field). */
  readonly args: readonly string[];
  /** A file of `rows` good rows. */
  good(rows: number): Buffer;
  /** Data rows `from`… `from + rows - 1`, without the header (to stream after a first part). */
  more(from: number, rows: number): Buffer;
  /** A file of ROWS rows with a syntax error at data row BAD_ROW. */
  broken(): Buffer;
  /** What a syntax error mid-file does: stop the run (exit 2), or fail that row alone (exit 1). */
  readonly syntaxError: 'stops' | 'fails-row';
  /** The issue code of the row that fails alone (default `invalid_json`). */
  readonly failedCode?: string;
  /** Whether the file can be streamed on standard input (for the signal cases). */
  readonly stdin: boolean;
}

const KINDS: readonly Kind[] = [
  {
    name: 'CSV',
    ext: 'csv',
    format: 'csv',
    args: ['--by', 'commune'],
    good: (rows) => Buffer.from(csvFile(rows)),
    more: (from, rows) => Buffer.from(csvFile(rows, from)),
    broken: () => {
      const lines = csvFile(ROWS).split('\n');
      lines[BAD_ROW] = lines[BAD_ROW]!.replace(/,([XY]),/, ',"$1,'); // data row 1000 is line 1001
      return Buffer.from(lines.join('\n'));
    },
    syntaxError: 'stops',
    stdin: true,
  },
  {
    name: 'JSON Lines',
    ext: 'jsonl',
    format: 'jsonl',
    args: ['--by', 'commune'],
    good: (rows) => Buffer.from(jsonlFile(rows)),
    more: (from, rows) => Buffer.from(jsonlFile(rows, from)),
    broken: () => {
      const lines = jsonlFile(ROWS).split('\n');
      lines[BAD_ROW - 1] = jsonRow(BAD_ROW).slice(0, -10);
      return Buffer.from(lines.join('\n'));
    },
    syntaxError: 'fails-row',
    stdin: true,
  },
  {
    // An Excel workbook (read with the sheets reader, which needs --blank): written by the
    // library's writer with text cells, the flat layout's English headings. A workbook cannot be
    // streamed on standard input (its directory is at the end), so the signal cases are skipped.
    // Its "syntax error" is a cell that cannot be read (an area written "rurall"): that row fails alone.
    name: 'XLSX',
    ext: 'xlsx',
    format: 'xlsx',
    args: ['--by', 'commune', '--blank', 'unknown', '--locale', 'en'],
    good: (rows) => xlsxOf(csvFile(rows)),
    more: (from, rows) => xlsxOf(csvFile(rows, from)),
    broken: () => {
      const lines = csvFile(ROWS).split('\n');
      lines[BAD_ROW] = lines[BAD_ROW]!.replace(/,(rural|urban),/, ',$1l,'); // data row 1000
      return xlsxOf(lines.join('\n'));
    },
    syntaxError: 'fails-row',
    failedCode: 'invalid_area',
    stdin: false,
  },
  {
    // CSV as Excel writes it with Vietnamese regional settings (";"), read by the sheets reader;
    // streamed on standard input, so the signal cases run too. Its bad row: a tick "xx".
    name: 'Excel CSV (;)',
    ext: 'csv',
    format: 'csv',
    args: ['--by', 'commune', '--blank', 'unknown', '--locale', 'en'],
    good: (rows) => Buffer.from(csvFile(rows).replace(/,/g, ';')),
    more: (from, rows) => Buffer.from(csvFile(rows, from).replace(/,/g, ';')),
    broken: () => {
      const lines = csvFile(ROWS).split('\n');
      lines[BAD_ROW] = lines[BAD_ROW]!.replace(/,([01])$/, ',xx');
      return Buffer.from(lines.join('\n').replace(/,/g, ';'));
    },
    syntaxError: 'fails-row',
    failedCode: 'invalid_tick',
    stdin: true,
  },
];

/** A workbook of one sheet holding the cells of a CSV text (every cell as text). */
function xlsxOf(csv: string): Buffer {
  const rows = csv
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
  return Buffer.from(writeWorkbook([{ name: 'Households', rows }]));
}

interface Spawned {
  readonly child: ChildProcess;
  readonly done: Promise<Run>;
  /** Standard output received so far. */
  stdout(): string;
}

/** Runs the built CLI. `stdout`: a pipe, a pipe closed before the CLI writes, or /dev/full. */
function start(
  args: readonly string[],
  options: { stdout?: 'pipe' | 'closed' | 'full'; fileSizeLimitKiB?: number; input?: Buffer | 'keep-open' } = {},
): Spawned {
  const full = options.stdout === 'full' ? openSync('/dev/full', 'w') : undefined;
  const command = options.fileSizeLimitKiB === undefined ? process.execPath : 'bash';
  const argv =
    options.fileSizeLimitKiB === undefined ? [CLI, ...args] : ['-c', `ulimit -f ${options.fileSizeLimitKiB} && exec "$0" "$@"`, process.execPath, CLI, ...args];
  const child = spawn(command, argv, { cwd: ROOT, stdio: ['pipe', full ?? 'pipe', 'pipe'], env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  if (full !== undefined) closeSync(full);
  let stdout = '';
  let stderr = '';
  if (options.stdout === 'closed') child.stdout!.destroy();
  else child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin!.on('error', () => undefined);
  if (options.input instanceof Buffer) child.stdin!.end(options.input);
  else if (options.input === undefined) child.stdin!.end();
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let cases = 0;
/** A fresh folder for one case's input and outputs. */
function folder(): string {
  const path = join(DIR, `case-${++cases}`);
  mkdirSync(path);
  return path;
}

const completeLines = (text: string): number => text.split('\n').length - 1;

/** The counts said in the final message line. */
function said(stderr: string): { written?: number; read?: number } {
  const last = stderr.trimEnd().split('\n').at(-1)!;
  const written = /([\d,]+) rows? fully written to standard output/.exec(last)?.[1];
  const read = /([\d,]+) rows? had been read/.exec(last)?.[1];
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text.replace(/,/g, '')));
  return { written: number(written), read: number(read) };
}

/** What every faulty run must show: the exit code, one last message line, no stack trace, no temporary file. */
function expectHonest(run: Run, code: number, message: RegExp, dir?: string): void {
  const last = run.stderr.trimEnd().split('\n').at(-1)!;
  expect({ code: run.code, last }).toEqual({ code, last: expect.stringMatching(message) });
  expect(hasStackTrace(run.stderr)).toBe(false);
  if (dir !== undefined) expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}

for (const kind of KINDS) {
  describe(`${kind.name} input`, () => {
    const input = (dir: string, bytes = kind.good(ROWS)): string => {
      const path = join(dir, `in.${kind.ext}`);
      writeFileSync(path, bytes);
      return path;
    };

    it('closed standard output: exit 3, the rows fully written are counted, no stack trace', async () => {
      const dir = folder();
      const run = await start(['classify', input(dir), ...kind.args], { stdout: 'closed' }).done;
      expectHonest(
        run,
        3,
        /^chuan-ngheo: cannot write standard output: .*\(EPIPE\) — the run stopped: 0 rows fully written to standard output \(the output is incomplete\)$/,
      );
      // The same with --workers: the worker threads are stopped, the process ends.
      const threaded = await start(['classify', input(dir), ...kind.args, '--workers', '1'], { stdout: 'closed' }).done;
      expectHonest(threaded, 3, /\(EPIPE\) — the run stopped: 0 rows fully written/);
    });

    it('full standard output (/dev/full): exit 3, ENOSPC, no stack trace', async () => {
      const run = await start(['classify', input(folder()), ...kind.args], { stdout: 'full' }).done;
      expectHonest(run, 3, /^chuan-ngheo: cannot write standard output: no space left on the device \(ENOSPC\) — the run stopped: 0 rows fully written/);
    });

    it('full disk for --out (file size limit): exit 3, no --out, --errors or --summary-json file, no temporary file', async () => {
      const dir = folder();
      const out = join(dir, 'out.jsonl');
      const run = await start(
        ['classify', input(dir), ...kind.args, '--out', out, '--errors', join(dir, 'errors.jsonl'), '--summary-json', join(dir, 'summary.json')],
        { fileSizeLimitKiB: 128 },
      ).done;
      expectHonest(
        run,
        3,
        /^chuan-ngheo: cannot write .*out\.jsonl: .*\(EFBIG\) — the run stopped: .*out\.jsonl was not written; [\d,]+ rows had been read; .*errors\.jsonl was not written$/,
        dir,
      );
      expect(readdirSync(dir)).toEqual([`in.${kind.ext}`]);
      // /dev/full as --out: not a regular file, written directly; the same honest failure.
      const direct = await start(['classify', input(dir), ...kind.args, '--out', '/dev/full']).done;
      expectHonest(direct, 3, /^chuan-ngheo: cannot write \/dev\/full: no space left on the device \(ENOSPC\)/, dir);
    });

    if (kind.stdin)
      it('SIGINT mid-run, standard output: exit 130, and the count said is the count of rows the reader got', async () => {
        const run = start(['classify', '-', '--format', kind.format, ...kind.args], { input: 'keep-open' });
        run.child.stdin!.write(kind.good(1000));
        await until(() => run.stdout().includes('\n'), 'the first rows');
        run.child.kill('SIGINT');
        const result = await run.done;
        expectHonest(
          result,
          130,
          /^chuan-ngheo: interrupted by SIGINT — the run stopped: [\d,]+ rows fully written to standard output \(the output is incomplete\)$/,
        );
        const written = said(result.stderr).written!;
        expect(written).toBeGreaterThan(0);
        expect(completeLines(result.stdout)).toBe(written);
      });

    if (kind.stdin)
      it('SIGINT and SIGTERM mid-run, --out: exit 130 / 143, no output file, no temporary file', async () => {
        for (const [signal, code] of [
          ['SIGINT', 130],
          ['SIGTERM', 143],
        ] as const) {
          const dir = folder();
          const run = start(
            ['classify', '-', '--format', kind.format, ...kind.args, '--out', join(dir, 'out.jsonl'), '--summary-json', join(dir, 'summary.json')],
            { input: 'keep-open' },
          );
          run.child.stdin!.write(kind.good(1000));
          await until(() => readdirSync(dir).some((name) => name.endsWith('.tmp')), 'the temporary file');
          run.child.kill(signal);
          const result = await run.done;
          expectHonest(
            result,
            code,
            new RegExp(`^chuan-ngheo: interrupted by ${signal} — the run stopped: .*out\\.jsonl was not written; [\\d,]+ rows had been read$`),
            dir,
          );
          expect(readdirSync(dir)).toEqual([]);
          // The count said is the rows read when the signal came: the output is opened before the
          // first row is parsed, so it can be 0 on a busy machine, never more than was sent.
          const { read } = said(result.stderr);
          expect(read).toBeTypeOf('number');
          expect(read!).toBeLessThanOrEqual(1000);
        }
      });

    it(`syntax error at data row ${BAD_ROW} of ${ROWS}: ${kind.syntaxError === 'stops' ? 'exit 2 at the right line, no --out file' : 'that row fails alone, every row is written'}`, async () => {
      const dir = folder();
      const file = input(dir, kind.broken());
      const out = join(dir, 'out.jsonl');
      const toStdout = await start(['classify', file, ...kind.args, '--quiet']).done;
      const toFile = await start(['classify', file, ...kind.args, '--quiet', '--out', out]).done;
      if (kind.syntaxError === 'stops') {
        expectHonest(
          toStdout,
          2,
          /^chuan-ngheo: row 1,000 \(line 1,001\): .* — the run stopped: 999 rows fully written to standard output \(the output is incomplete; rows from row 1,000 on were not read\)$/,
        );
        expect(completeLines(toStdout.stdout)).toBe(BAD_ROW - 1);
        expectHonest(toFile, 2, /— the run stopped: .*out\.jsonl was not written; 999 rows had been read$/, dir);
        expect(existsSync(out)).toBe(false);
      } else {
        expectHonest(toStdout, 1, /^chuan-ngheo: 3,000 rows read, 2,999 classified, 1 failed/);
        const rows = toStdout.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { row: number; ok: boolean; issues?: { code: string }[] });
        expect(rows.map((row) => row.row)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
        expect(rows.filter((row) => !row.ok).map((row) => [row.row, row.issues![0]!.code])).toEqual([[BAD_ROW, kind.failedCode ?? 'invalid_json']]);
        expectHonest(toFile, 1, /3,000 rows read/, dir);
        expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
      }
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    });

    it('the same file without faults: exit 0, every row written, --out renamed in place', async () => {
      const dir = folder();
      const out = join(dir, 'out.jsonl');
      const run = await start(['classify', input(dir), ...kind.args, '--out', out]).done;
      expectHonest(run, 0, /^chuan-ngheo: 3,000 rows read, 3,000 classified, 0 failed/, dir);
      expect(completeLines(readFileSync(out, 'utf8'))).toBe(ROWS);
      expect(readdirSync(dir).sort()).toEqual([`in.${kind.ext}`, 'out.jsonl']);
    });
  });
}

describe('XLSX output (--out results.xlsx)', () => {
  it('a file size limit: exit 3, no workbook, no temporary file; the same run without the limit writes it', async () => {
    const dir = folder();
    const input = join(dir, 'in.csv');
    writeFileSync(input, csvFile(ROWS));
    const out = join(dir, 'out.xlsx');
    const run = await start(['classify', input, '--by', 'commune', '--out', out], { fileSizeLimitKiB: 16 }).done;
    expectHonest(run, 3, /^chuan-ngheo: cannot write .*out\.xlsx: .*\(EFBIG\) — the run stopped: .*out\.xlsx was not written; [\d,]+ rows had been read$/, dir);
    expect(readdirSync(dir)).toEqual(['in.csv']);
    const whole = await start(['classify', input, '--by', 'commune', '--out', out]).done;
    expectHonest(whole, 0, /^chuan-ngheo: 3.000 dòng đã đọc, 3.000 hộ đã phân loại, 0 dòng lỗi/, dir);
    expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });
});

/** A CSV file's households as an Arrow IPC file: text ids, areas and incomes, integer sizes and answer codes (the commune left out). */
function arrowOf(csv: string): Uint8Array {
  const [header, ...rows] = csv
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
  const columns: Record<string, arrow.Vector> = {};
  header!.forEach((name, k) => {
    const values = rows.map((row) => row[k]!);
    if (name === 'commune') return;
    if (name === 'id' || name === 'area' || name === 'perCapitaMonthly') columns[name] = arrow.vectorFromArray(values, new arrow.Utf8());
    else if (name === 'size') columns[name] = arrow.makeVector(Int32Array.from(values, Number));
    else columns[name] = arrow.makeVector(Uint8Array.from(values, Number));
  });
  return arrow.tableToIPC(new arrow.Table(columns), 'file');
}

describe('Arrow and Parquet output (--out results.arrow / .parquet, --output-format on standard output)', () => {
  for (const [format, magic] of [
    ['arrow', 'ARROW1'],
    ['parquet', 'PAR1'],
  ] as const) {
    it(`${format}: a file size limit: exit 3, no file, no temporary file; a closed standard output: exit 3; without faults every row is written`, async () => {
      const dir = folder();
      // The same ROWS households as an Arrow file (columnar output needs columnar input).
      const input = join(dir, 'in.arrow');
      writeFileSync(input, arrowOf(csvFile(ROWS)));
      const out = join(dir, `out.${format}`);
      const limited = await start(['classify', input, '--out', out], { fileSizeLimitKiB: 16 }).done;
      expectHonest(
        limited,
        3,
        new RegExp(`^chuan-ngheo: cannot write .*out\\.${format}: .*\\(EFBIG\\) — the run stopped: .*out\\.${format} was not written`),
        dir,
      );
      expect(readdirSync(dir)).toEqual(['in.arrow']);
      const closed = await start(['classify', input, '--output-format', format], { stdout: 'closed' }).done;
      expectHonest(closed, 3, /^chuan-ngheo: cannot write standard output: .*\(EPIPE\) — the run stopped/);
      const whole = await start(['classify', input, '--out', out]).done;
      expectHonest(whole, 0, /^chuan-ngheo: 3,000 rows read, 3,000 classified, 0 failed/, dir);
      expect(readFileSync(out).subarray(0, magic.length).toString('latin1')).toBe(magic);
    });
  }
});

describe('the bundle', () => {
  it('requires only Node built-ins and the library dependencies (csv-parse and csv-stringify are bundled in)', () => {
    const required = [...readFileSync(CLI, 'utf8').matchAll(/require\(['"]([^'"]+)['"]\)/g)].map((match) => match[1]!);
    const builtins = new Set(['buffer', 'crypto', 'fs', 'fs/promises', 'path', 'stream', 'url', 'util', 'worker_threads', 'events', 'os', 'module']);
    const external = [...new Set(required.filter((name) => !builtins.has(name.replace(/^node:/, ''))))].sort();
    // Only the package's declared runtime dependencies may stay external (the CSV tools are bundled).
    const runtime = Object.keys(
      (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
    );
    const packageOf = (name: string): string => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!);
    expect(external.filter((name) => !runtime.includes(packageOf(name)))).toEqual([]);
    expect(external).toEqual(expect.arrayContaining(['decimal.js', 'zod']));
    expect(external).not.toContain('csv-parse');
    expect(external).not.toContain('csv-stringify');
    // The Arrow and Parquet packages are optional: never required when the bundle loads, only
    // imported lazily (src/cli/columnar.ts), and declared as optional dependencies.
    const text = readFileSync(CLI, 'utf8');
    expect(external).not.toContain('apache-arrow');
    expect(external).not.toContain('parquet-wasm');
    expect(text).toMatch(/import\(['"]apache-arrow['"]\)/);
    expect(text).toMatch(/import\(['"]parquet-wasm['"]\)/);
    const optional = Object.keys(
      (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { optionalDependencies: Record<string, string> }).optionalDependencies,
    );
    expect(optional.sort()).toEqual(['apache-arrow', 'parquet-wasm']);
  });
});

describe('other commands with a closed or full standard output', () => {
  it('exit 3 with a one-line message, never a stack trace (rules, schema, --help, explain, classify --summary)', async () => {
    const dir = folder();
    const one = join(dir, 'one.json');
    writeFileSync(one, JSON.stringify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 } }));
    const commands = [
      ['rules', 'list'],
      ['rules', 'show', 'vn-2022-2025'],
      ['schema'],
      ['--help'],
      ['explain', one],
      ['classify', one, '--out', join(dir, 'out.jsonl'), '--summary'],
    ];
    for (const args of commands) {
      for (const stdout of ['closed', 'full'] as const) {
        const run = await start(args, { stdout }).done;
        expect({ args, stdout, code: run.code }).toEqual({ args, stdout, code: 3 });
        expectHonest(
          run,
          3,
          stdout === 'full'
            ? /^chuan-ngheo: cannot write standard output: no space left on the device \(ENOSPC\)/
            : /^chuan-ngheo: cannot write standard output: .*\(EPIPE\)/,
          dir,
        );
      }
    }
    // classify --out … --summary: the summary could not be printed, so the results file is not kept.
    expect(readdirSync(dir)).toEqual(['one.json']);
  });
});
