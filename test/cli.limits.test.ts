/**
 * The command line's limits and refusals, in process (`main()` and the readers): invalid UTF-8,
 * the line limit (in bounded memory), the cap on issues per failed row, control characters on
 * standard error, exact CSV scores, CSV formula escaping, the line of a CSV syntax error, and
 * output failures (exit 3, never a stack trace).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { OPTIONS, USAGE } from '../src/cli/main.js';
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS, csvLine, csvText, MAX_ISSUES_PER_ROW } from '../src/cli/output.js';
import { csvMapper, exactScore, firstInvalidUtf8, readStream, type InputRecord } from '../src/cli/records.js';
import { oneLine, printable } from '../src/cli/text.js';
import { classify } from '../src/index.js';
import { csvFile, csvRow, hasStackTrace, HEADER, IDS, jsonlFile, memoryStream, runInProcess } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = mkdtempSync(join(tmpdir(), 'chuan-ngheo-limits-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(DIR, name);
  writeFileSync(path, content);
  return path;
}

const lines = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

async function collect(source: AsyncIterable<InputRecord[]>): Promise<InputRecord[]> {
  const all: InputRecord[] = [];
  for await (const batch of source) all.push(...batch);
  return all;
}

/** A stream that hands out `bytes` in pieces of the given sizes (cycled). */
function chunked(bytes: Buffer, sizes: readonly number[]): Readable {
  const pieces: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length]!);
    pieces.push(bytes.subarray(at, at + size));
    at += size;
  }
  return Readable.from(pieces);
}

describe('invalid UTF-8 is refused, never replaced by U+FFFD', () => {
  it('fails a CSV row with bytes that are not UTF-8, naming the column and the line; the other rows go on', async () => {
    const input = file(
      'bad-utf8.csv',
      Buffer.concat([Buffer.from(`id,area,size,perCapitaMonthly\nSYN-`), Buffer.from([0xff, 0xfe]), Buffer.from('02,rural,2,100\nSYN-ok,rural,2,100\n')]),
    );
    const result = await runInProcess(['classify', input]);
    expect(result.code).toBe(1);
    const rows = lines(result.stdout);
    expect(rows.map((row) => [row.row, row.line, row.ok])).toEqual([
      [1, 2, false],
      [2, 3, true],
    ]);
    expect((rows[0]!.issues as { code: string; message: string }[])[0]).toMatchObject({
      code: 'invalid_encoding',
      message: expect.stringContaining('column "id"'),
    });
    expect(result.stdout).not.toContain('\uFFFD');
    expect(result.stderr).toContain('row 1 (line 2): (input) — the cell in column "id" of the row is not valid UTF-8');
  });

  it('fails a JSON Lines line with bytes that are not UTF-8, and refuses a JSON file or a CSV header naming the line', async () => {
    const jsonl = file(
      'bad-utf8.jsonl',
      Buffer.concat([
        Buffer.from('{"id":"a","area":"rural","size":1,"income":{"perCapitaMonthly":1}}\n{"id":"SYN-'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('02","area":"rural","size":1,"income":{"perCapitaMonthly":1}}\n'),
      ]),
    );
    const a = await runInProcess(['classify', jsonl]);
    expect(a.code).toBe(1);
    expect(lines(a.stdout).map((row) => [row.row, row.line, row.ok, (row.issues as { code: string }[] | undefined)?.[0]?.code])).toEqual([
      [1, 1, true, undefined],
      [2, 2, false, 'invalid_encoding'],
    ]);
    const json = file(
      'bad-utf8.json',
      Buffer.concat([
        Buffer.from('[\n{"id":"a","area":"rural","size":1,"income":{"perCapitaMonthly":1}},\n{"id":"'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}]'),
      ]),
    );
    const b = await runInProcess(['classify', json]);
    expect(b.code).toBe(2);
    expect(b.stdout).toBe('');
    expect(b.stderr).toContain('is not valid UTF-8: byte 0xC3');
    expect(b.stderr).toContain('on line 3');
    const header = file('bad-header.csv', Buffer.concat([Buffer.from('id,ar'), Buffer.from([0xe9]), Buffer.from('a,size\n')]));
    const c = await runInProcess(['classify', header]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('the CSV header (line 1) is not valid UTF-8');
    const utf16 = file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,area,size,perCapitaMonthly\n', 'utf16le')]));
    expect((await runInProcess(['classify', utf16])).code).toBe(2);
  });

  it('refuses overlong forms, surrogates and code points above U+10FFFF, as the native check does', () => {
    const cases: [number[], number][] = [
      [[0x41, 0xc3, 0xa9], -1], // "Aé"
      [[0xe1, 0xbb, 0x87], -1], // "ệ"
      [[0xf0, 0x9f, 0x98, 0x80], -1], // an emoji
      [[0x41, 0xc0, 0x80], 1], // overlong NUL
      [[0xe0, 0x80, 0xaf], 0], // overlong "/"
      [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // U+110000
      [[0x41, 0x42, 0xe1, 0xbb], 2], // truncated
      [[0x80], 0], // a lone continuation byte
    ];
    for (const [bytes, expected] of cases) expect({ bytes, at: firstInvalidUtf8(Buffer.from(bytes), 0, bytes.length) }).toEqual({ bytes, at: expected });
  });

  it('property: a CSV split into any chunks reads the same, and only the rows with a bad byte fail', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 6 }).map((id) => id.replace(/[",\r\n]/g, '') || 'x'),
          { minLength: 1, maxLength: 12 },
        ),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        async (ids, sizes, badPicks) => {
          const bad = new Set(badPicks.map((pick) => pick % ids.length));
          const parts: Buffer[] = [Buffer.from('id,area,size,perCapitaMonthly\n')];
          ids.forEach((id, i) => {
            parts.push(Buffer.from(`${id}`));
            if (bad.has(i)) parts.push(Buffer.from([0xff]));
            parts.push(Buffer.from(`,rural,1,${i + 1}\n`));
          });
          const records = await collect(readStream(chunked(Buffer.concat(parts), sizes), 'test', 'csv', { indicatorIds: IDS }));
          expect(records.map((record) => [record.row, record.line, record.issues?.[0]?.code ?? 'read'])).toEqual(
            ids.map((_, i) => [i + 1, i + 2, bad.has(i) ? 'invalid_encoding' : 'read']),
          );
          for (const [i, record] of records.entries()) if (!bad.has(i)) expect(record.id).toBe(ids[i]!.trim() || undefined);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the line limit', () => {
  it('makes a JSON Lines line over the limit one failed row, and the rows around it go on', async () => {
    const long = `{"id":"${'x'.repeat(1000)}"}`;
    const input = file('long.jsonl', `${jsonlFile(2).trim()}\n${long}\n${jsonlFile(1, 3)}`);
    const result = await runInProcess(['classify', input, '--by', 'commune', '--max-line-bytes', '600']);
    expect(result.code).toBe(1);
    const rows = lines(result.stdout);
    expect(rows.map((row) => [row.row, row.line, row.ok])).toEqual([
      [1, 1, true],
      [2, 2, true],
      [3, 3, false],
      [4, 4, true],
    ]);
    expect(rows[2]!.issues).toEqual([
      {
        field: '(input)',
        path: [],
        code: 'line_too_long',
        message: 'the line is 1,009 bytes long, over the limit of 600 bytes (--max-line-bytes): it is not read',
      },
    ]);
    expect((await runInProcess(['classify', input, '--max-line-bytes', '0'])).code).toBe(2);
  });

  it('reads a 256 MiB line in bounded memory: the line is never built as a string', async () => {
    const chunk = Buffer.alloc(1 << 20, 0x78);
    let sent = 0;
    let peak = 0;
    const before = process.memoryUsage();
    const base = before.heapUsed + before.arrayBuffers;
    const stream = new Readable({
      read() {
        const now = process.memoryUsage();
        peak = Math.max(peak, now.heapUsed + now.arrayBuffers - base);
        if (sent === 256) this.push('\n{"area":"rural","size":1,"income":{"perCapitaMonthly":1}}\n');
        else if (sent > 256) this.push(null);
        else this.push(chunk);
        sent++;
      },
    });
    const records = await collect(readStream(stream, 'big', 'jsonl', { indicatorIds: IDS }));
    expect(records.map((record) => [record.row, record.line, record.issues?.[0]?.code ?? 'read'])).toEqual([
      [1, 1, 'line_too_long'],
      [2, 2, 'read'],
    ]);
    expect(records[0]!.issues![0]!.message).toContain('268,435,456 bytes long');
    // Well under the line itself (the old reader held it as a 256 MiB string and more).
    expect(peak).toBeLessThan(64 * 2 ** 20);
  });

  it('stops a CSV run at a record over the limit, naming its row and line', async () => {
    const input = file('long.csv', `${csvFile(3).trim()}\nH4,X,rural,1,"${'9'.repeat(500)}\n${csvRow(5)}\n`);
    const result = await runInProcess(['classify', input, '--by', 'commune', '--max-line-bytes', '400']);
    expect(result.code).toBe(2);
    expect(lines(result.stdout)).toHaveLength(3);
    expect(result.stderr).toContain('row 4 (line 5): the row is longer than the limit of 400 bytes (--max-line-bytes)');
  });
});

describe('failed rows are bounded', () => {
  it('writes at most 20 issues per row and counts the rest, so a failed row is smaller than its input', async () => {
    const household: Record<string, unknown> = { id: 'many', area: 'rural', size: 2, income: { perCapitaMonthly: 1 } };
    for (let i = 0; i < 100_000; i++) household[`k${i}`] = 1;
    const line = JSON.stringify(household);
    const input = file('many-keys.jsonl', `${line}\n${line}\n${line}\n`);
    const errors = join(DIR, 'many-errors.jsonl');
    const result = await runInProcess(['classify', input, '--max-line-bytes', String(4 << 20), '--errors', errors]);
    expect(result.code).toBe(1);
    const rows = result.stdout.trim().split('\n');
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.length).toBeLessThan(line.length / 10);
      const parsed = JSON.parse(row) as { issues: { path: string[] }[]; moreIssues: number };
      expect(parsed.issues).toHaveLength(MAX_ISSUES_PER_ROW);
      expect(parsed.issues[0]!.path).toEqual(['k0']);
      expect(parsed.moreIssues).toBe(100_000 - MAX_ISSUES_PER_ROW);
    }
    expect(readFileSync(errors, 'utf8').trim().split('\n')).toEqual(rows);
    expect(result.stderr).toContain('k19 — unknown field "k19"; … and 99,980 more issues');
    expect(result.stderr.length).toBeLessThan(10_000);
  });

  it('cuts very long messages and path elements', async () => {
    const key = 'k'.repeat(5000);
    const input = file('long-key.jsonl', `${JSON.stringify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 }, [key]: 1 })}\n`);
    const result = await runInProcess(['classify', input]);
    const [row] = lines(result.stdout) as { issues: { field: string; path: string[]; message: string }[] }[];
    expect(row!.issues[0]!.path[0]!.length).toBe(200);
    expect(row!.issues[0]!.field.endsWith('…')).toBe(true);
    expect(row!.issues[0]!.message.length).toBeLessThanOrEqual(500);
  });
});

describe('standard error escapes control characters from the data', () => {
  it('escapes terminal escape sequences and bidirectional overrides in ids and messages', async () => {
    const id = '\u001b]0;pwned\u0007\u001b[2J\u202eevil\r\nline';
    const input = file('escape.jsonl', `${JSON.stringify({ id, area: 'rural', size: 0, income: { perCapitaMonthly: 1 } })}\n`);
    const result = await runInProcess(['classify', input]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[id \\e]0;pwned\\u0007\\e[2J\\u202eevil\\r\\nline]: size');
    // Nothing but line feeds below U+0020 on standard error, and no bidi override.
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    // The data output keeps the id exactly (JSON-escaped).
    expect((lines(result.stdout)[0] as { id: string }).id).toBe(id);
    // Group keys in the printed summary too.
    const grouped = file('escape-group.jsonl', `${JSON.stringify({ commune: '\u001b[31mX', area: 'rural', size: 1, income: { perCapitaMonthly: 1 } })}\n`);
    const summary = await runInProcess(['classify', grouped, '--by', 'commune', '--summary', '--locale', 'en']);
    expect(summary.code).toBe(0);
    expect(summary.stderr).toContain('\\e[31mX');
    expect(summary.stderr).not.toContain('\u001b');
    expect(printable('a\tb\nc\u0007')).toBe('a\tb\nc\\u0007');
    expect(oneLine('a\nb')).toBe('a\\nb');
  });
});

describe('CSV scores are read exactly', () => {
  it('passes a score the library can hold exactly, refuses one it would round, and leaves the rest to validation', () => {
    expect(exactScore('140')).toBe(140);
    expect(exactScore('140.5')).toBe(140.5);
    expect(exactScore('0.1')).toBe(0.1);
    expect(exactScore('140.00000000000001')).toBeUndefined();
    expect(exactScore('12345678901234567890')).toBeUndefined();
    expect(exactScore('1e3')).toBe('1e3');
    const map = csvMapper(['area', 'size', 'score', ...IDS], { indicatorIds: IDS });
    const answers = IDS.map(() => '0');
    const rounded = map(['rural', '2', '140.00000000000001', ...answers], 1, 2);
    expect(rounded.household).toBeUndefined();
    expect(rounded.issues).toEqual([
      { path: ['income', 'score'], code: 'inexact_score', message: expect.stringContaining('score "140.00000000000001" cannot be read exactly') },
    ]);
    const exact = map(['rural', '2', '140', ...answers], 1, 2);
    expect((exact.household as { income: unknown }).income).toEqual({ score: 140 });
    expect(classify(exact.household).income.given).toBe('140');
    expect(() => classify(map(['rural', '2', '1e3', ...answers], 1, 2).household)).toThrow(/score/);
  });
});

describe('CSV output escapes spreadsheet formulas (csv-stringify, escape_formulas)', () => {
  it('prefixes cells that start with = + - @ with a quote, and quotes as RFC 4180', async () => {
    const issues = [{ field: 'size', path: ['size'], code: 'too_small', message: '=1+1' }];
    expect(csvLine({ row: 1, line: 2, id: '=HYPERLINK("http://x","click")', ok: false, issues }, false)).toBe(
      `1,2,"'=HYPERLINK(""http://x"",""click"")",false,,,,,,,,size: =1+1\n`,
    );
    expect(csvLine({ row: 1, line: 2, id: '@SUM(A1)', ok: false, issues: [] }, false)).toBe("1,2,'@SUM(A1),false,,,,,,,,\n");
    expect(csvLine({ row: 1, line: 2, id: ' padded ', ok: false, issues: [] }, false)).toBe('1,2," padded ",false,,,,,,,,\n');
    const input = file('formula.csv', `${HEADER}\n${csvRow(1, '"=HYPERLINK(""http://evil"",""x"")"')}\n${csvRow(2, '+2')}\n${csvRow(3, '-3')}\n`);
    const result = await runInProcess(['classify', input, '--ignore-columns', 'commune', '--output-format', 'csv']);
    expect(result.code).toBe(0);
    const table = parse(result.stdout, { columns: true }) as { id: string; ok: string }[];
    expect(table.map((row) => row.id)).toEqual(['\'=HYPERLINK("http://evil","x")', "'+2", "'-3"]);
  });

  it('property: the fast path for plain cells writes exactly what csv-stringify writes, for any text', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^[-=+@\t\r ,;:."'\w\n]{0,8}$/),
      fc.constantFrom('', ' a', 'a ', '-1', 'SYN-1', '=1', '\uFF1D1', 'a;b', 'x:y'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { maxLength: 4 }), (rows) => {
        expect(csvText(rows)).toBe(rows.length === 0 ? '' : stringify(rows, CSV_OPTIONS));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a CSV syntax error mid-file', () => {
  it('names the row and line where the bad record starts, and says how many rows were written before it', async () => {
    const rows = csvFile(3000).split('\n');
    rows[1000] = rows[1000]!.replace(',X,', ',"X,').replace(',Y,', ',"Y,'); // data row 1000, line 1001
    const input = file('quote.csv', rows.join('\n'));
    const result = await runInProcess(['classify', input, '--by', 'commune']);
    expect(result.code).toBe(2);
    const written = lines(result.stdout);
    expect(written).toHaveLength(999);
    expect(written.at(-1)!.row).toBe(999);
    expect(result.stderr).toBe(
      'chuan-ngheo: row 1,000 (line 1,001): CSV syntax error: a quote opened in this row is never closed — the run stopped: 999 rows fully written to standard output (the output is incomplete; rows from row 1,000 on were not read)\n',
    );
    const out = join(DIR, 'quote-out.jsonl');
    const toFile = await runInProcess(['classify', input, '--by', 'commune', '--out', out]);
    expect(toFile.code).toBe(2);
    expect(readdirSync(DIR).filter((name) => name.includes('quote-out'))).toEqual([]);
    expect(toFile.stderr).toContain('quote-out.jsonl was not written; 999 rows had been read');
    // With worker threads: the same rows, in the same order, and the same message.
    const threaded = await runInProcess(['classify', input, '--by', 'commune', '--workers', '2', '--batch-size', '100']);
    expect(threaded).toEqual(result);
  });

  it('counts lines the way editors do, across CR LF line ends inside quoted cells and blank lines', async () => {
    const input = file('crlf.csv', 'id,area,size,perCapitaMonthly\r\nA,rural,1,1\r\n\r\n"B\r\nb",rural,1,1\r\nC,rural,1,1\r\n"D,rural,1,1\r\n');
    const result = await runInProcess(['classify', input]);
    expect(lines(result.stdout).map((row) => [row.row, row.line])).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    expect(result.stderr).toContain('row 4 (line 7): CSV syntax error');
  });
});

describe('output failures: exit 3, a one-line message, never a stack trace', () => {
  it('stops classify when standard output fails, saying how many rows were fully written', async () => {
    const input = file('epipe.csv', csvFile(3000));
    const stdout = memoryStream({ failAfter: 200_000, code: 'EPIPE' });
    const result = await runInProcess(['classify', input, '--by', 'commune'], { stdout });
    expect(result.code).toBe(3);
    const got = result.stdout.split('\n').filter((line) => line !== '').length;
    expect(got).toBeGreaterThan(0);
    expect(result.stderr).toBe(
      `chuan-ngheo: cannot write standard output: the reading end of the pipe was closed (EPIPE) — the run stopped: ${got.toLocaleString('en-US')} rows fully written to standard output (the output is incomplete)\n`,
    );
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('fails every printing command with exit 3 when standard output is full', async () => {
    const one = file('one.json', JSON.stringify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 } }));
    const out = join(DIR, 'summary-out.jsonl');
    const commands = [
      ['rules', 'list'],
      ['rules', 'show', 'vn-2022-2025'],
      ['rules', 'diff', 'vn-2016-2020', 'vn-2022-2025'],
      ['schema'],
      ['--help'],
      ['--version'],
      ['explain', one],
      ['classify', one, '--out', out, '--summary'],
    ];
    for (const args of commands) {
      const result = await runInProcess(args, { stdout: memoryStream({ failAfter: 0, code: 'ENOSPC' }) });
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({
        args,
        code: 3,
        stderr: expect.stringContaining('cannot write standard output: no space left on the device (ENOSPC)'),
      });
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
    // The summary could not be printed: the results file is not left looking complete.
    expect(readdirSync(DIR).filter((name) => name.includes('summary-out'))).toEqual([]);
  });

  it('leaves an existing --out file as it was when a run fails, and replaces it when a run succeeds', async () => {
    const out = file('existing.jsonl', 'previous results\n');
    const broken = file('broken-tail.csv', 'id,area,size,perCapitaMonthly\nA,rural,1,1\n"B,rural,1,1\n');
    const failed = await runInProcess(['classify', broken, '--out', out]);
    expect(failed.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous results\n');
    expect(readdirSync(DIR).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const good = await runInProcess(['classify', file('good-tail.csv', 'id,area,size,perCapitaMonthly\nA,rural,1,1\n'), '--out', out]);
    expect(good.code).toBe(0);
    expect(lines(readFileSync(out, 'utf8')).map((row) => row.id)).toEqual(['A']);
  });

  it('refuses --out, --errors and --summary-json naming the same file', async () => {
    const input = file('same.csv', csvFile(2));
    const result = await runInProcess(['classify', input, '--by', 'commune', '--out', join(DIR, 'same.jsonl'), '--errors', join(DIR, 'same.jsonl')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out and --errors name the same file');
  });
});

describe('documentation of the options', () => {
  it('documents every option in --help and docs/cli.md, and ships docs/cli.md, which --help points to', () => {
    const docs = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    for (const option of Object.keys(OPTIONS)) {
      expect({ option, help: USAGE.includes(`--${option}`) }).toEqual({ option, help: true });
      expect({ option, docs: docs.includes(`--${option}`) }).toEqual({ option, docs: true });
    }
    expect(USAGE).toContain('docs/cli.md');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs/cli.md');
  });
});
