/**
 * `classify --workers N` on CSV and JSON Lines: the main thread cuts the input into parts
 * (src/cli/split.ts) that workers read with the readers of the single-threaded path
 * (src/cli/records.ts `readPart`).
 *
 * - The cutting, in this thread and on many random files (fast-check): quoted cells with commas,
 *   line breaks and quotes, CR LF and LF, blank lines, a byte-order mark, bytes that are not
 *   UTF-8, a quote never closed, a stray quote, a lone CR, records and lines over the limit,
 *   blank-looking JSON Lines (Unicode spaces), no final line break. Reading the parts one by one
 *   gives the same records (rows, lines, households, issues, keys) and the same error (class,
 *   message, place) as reading the whole file, with the CSV fast path on and off, for every
 *   part size.
 * - The command, in process with real worker threads, on fewer random files: `--workers 2` and
 *   `--workers 3` write byte for byte what `--workers 0` writes — standard output, standard
 *   error (but the run time), exit code, the `--errors` file and the `--summary-json` file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { csvFast, readPart, readRecords, readStream, type InputRecord, type ReadOptions } from '../../src/cli/records.js';
import { splitInput } from '../../src/cli/split.js';
import { csvRow, HEADER, IDS, runOutputs } from '../helpers/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'chuan-ngheo-workers-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
afterEach(() => {
  csvFast.enabled = true;
});

// ---------------------------------------------------------------------------------------------
// Random files

const CELLS = ['1', '0', '', ' 1 ', 'x', '"1"', '"a,b"', '"line\nbreak"', '"cr\r\nlf"', '"say ""hi"""', '""', 'Hộ-7', '"Hộ\n""x"""', '"lone\rcr"'] as const;
const BAD = Buffer.from([0xff, 0xfe, 0x41]);

interface CsvSpec {
  crlf: boolean;
  bom: boolean;
  leadingBlank: boolean;
  withBy: boolean;
  rows: { kind: number; cells: number[]; size: number; income: number; blankAfter: number }[];
  finalBreak: boolean;
  fault: number;
  faultAt: number;
}

const csvSpec: fc.Arbitrary<CsvSpec> = fc.record({
  crlf: fc.boolean(),
  bom: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  leadingBlank: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  withBy: fc.boolean(),
  rows: fc.array(
    fc.record({
      kind: fc.integer({ min: 0, max: 12 }),
      cells: fc.array(fc.nat({ max: CELLS.length - 1 }), { minLength: 4, maxLength: 4 }),
      size: fc.integer({ min: 0, max: 9 }),
      income: fc.integer({ min: 0, max: 4_000_000 }),
      blankAfter: fc.integer({ min: 0, max: 7 }),
    }),
    { maxLength: 40 },
  ),
  finalBreak: fc.boolean(),
  // 0–5: none; 6 a quote never closed; 7 a stray quote; 8 a lone CR line end; 9 a long record
  fault: fc.integer({ min: 0, max: 9 }),
  faultAt: fc.nat(),
});

const CSV_COLUMNS = ['employment', 'water', 'telecom', 'nutrition'];

function csvOf(s: CsvSpec): Buffer {
  const eol = s.crlf ? '\r\n' : '\n';
  const header = ['id', ...(s.withBy ? ['commune'] : []), 'area', 'size', 'perCapitaMonthly', ...CSV_COLUMNS];
  const parts: (string | Buffer)[] = [];
  if (s.bom) parts.push('\uFEFF');
  if (s.leadingBlank) parts.push(eol);
  parts.push(header.join(','), eol);
  s.rows.forEach((r, i) => {
    const cells = r.cells.map((c) => CELLS[c]!);
    const row = [`H${i}`, ...(s.withBy ? [i % 3 === 0 ? '"X, Y"' : 'Y'] : []), i % 4 === 0 ? 'urban' : 'rural', String(r.size), String(r.income), ...cells];
    if (r.kind === 1) row.pop();
    if (r.kind === 2) row.push('extra');
    if (r.kind === 3) row[0] = `"H${i}\nnext"`;
    let text = row.join(',');
    if (r.kind === 4) text = text.replace('rural', '"rural"');
    if (r.kind === 5) {
      parts.push(Buffer.from(`${text},`), BAD, eol);
    } else parts.push(text, r.kind === 6 ? '\n' : eol);
    if (r.blankAfter === 0) parts.push(eol);
    if (r.blankAfter === 1) parts.push(eol, eol);
    if (r.blankAfter === 2) parts.push('   ', eol);
  });
  let bytes = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
  if (!s.finalBreak && bytes.length > 0 && bytes[bytes.length - 1] === 10)
    bytes = bytes.subarray(0, bytes[bytes.length - 2] === 13 ? bytes.length - 2 : bytes.length - 1);
  if (s.fault >= 6 && bytes.length > 0) {
    const at = s.faultAt % bytes.length;
    const insert = s.fault === 6 ? '"' : s.fault === 7 ? 'a"b' : s.fault === 8 ? '\r' : `"${'z'.repeat(300)}"`;
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at)]);
  }
  return bytes;
}

interface JsonSpec {
  bom: boolean;
  lines: { kind: number; n: number; crlf: boolean }[];
  finalBreak: boolean;
}

const jsonSpec: fc.Arbitrary<JsonSpec> = fc.record({
  bom: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  lines: fc.array(fc.record({ kind: fc.integer({ min: 0, max: 14 }), n: fc.nat({ max: 5_000_000 }), crlf: fc.boolean() }), { maxLength: 40 }),
  finalBreak: fc.boolean(),
});

function jsonOf(s: JsonSpec): Buffer {
  const parts: Buffer[] = [];
  if (s.bom) parts.push(Buffer.from('\uFEFF'));
  s.lines.forEach((l, i) => {
    const household = {
      id: `J${i}`,
      commune: i % 2 ? 'A' : 'B',
      area: l.n % 3 ? 'rural' : 'urban',
      size: 1 + (l.n % 6),
      income: { perCapitaMonthly: String(l.n) },
      deprivations: {} as Record<string, boolean>,
    };
    IDS.forEach((id, j) => {
      if ((l.n >> j) & 1) household.deprivations[id] = (l.n >> (j + 3)) % 2 === 0;
    });
    let text: string | Buffer;
    switch (l.kind) {
      case 7:
        text = '';
        break;
      case 8:
        text = ' \t ';
        break;
      case 9:
        text = '\u00a0\u3000';
        break;
      case 10:
        text = '{"id": "broken"';
        break;
      case 11:
        text = Buffer.concat([Buffer.from(' '), BAD]);
        break;
      case 12:
        text = JSON.stringify({ ...household, note: 'y'.repeat(400) });
        break;
      case 13:
        text = '[1,2]';
        break;
      case 14:
        text = `\uFEFF${JSON.stringify(household)}`;
        break;
      default:
        text = JSON.stringify(l.kind === 6 ? { ...household, size: 'four' } : household);
    }
    parts.push(typeof text === 'string' ? Buffer.from(text) : text, Buffer.from(l.crlf ? '\r\n' : '\n'));
  });
  let bytes = Buffer.concat(parts);
  if (!s.finalBreak && bytes.length > 0 && bytes[bytes.length - 1] === 10) bytes = bytes.subarray(0, bytes.length - 1);
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Reading whole and in parts

interface Read {
  records: InputRecord[];
  error: { kind: string; message: string; place: unknown } | undefined;
}

function errorOf(error: unknown): Read['error'] {
  const e = error as { constructor: { name: string }; message: string; place?: unknown };
  return { kind: e.constructor.name, message: e.message, place: e.place };
}

async function whole(file: string, format: 'csv' | 'jsonl', options: ReadOptions): Promise<Read> {
  const records: InputRecord[] = [];
  try {
    for await (const batch of readRecords(file, format, options)) records.push(...batch);
  } catch (error) {
    return { records, error: errorOf(error) };
  }
  return { records, error: undefined };
}

/** What the main thread and the workers do with `--workers`, in this thread: cut, then read each part alone. */
async function inParts(
  bytes: Buffer,
  file: string,
  format: 'csv' | 'jsonl',
  options: ReadOptions,
  rows: number,
  pieceBytes: number,
): Promise<Read & { parts: number }> {
  const records: InputRecord[] = [];
  let parts = 0;
  // The input as a stream of small pieces, so that records span pieces.
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += pieceBytes) pieces.push(bytes.subarray(at, at + pieceBytes));
  try {
    for await (const piece of splitInput(Readable.from(pieces, { objectMode: false }), format, file, {
      firstRows: Math.max(1, rows >> 1),
      rows,
      bytes: 200,
      maxLineBytes: options.maxLineBytes!,
    })) {
      if (piece.kind === 'rest') {
        for await (const batch of readStream(piece.stream, file, format, { ...options, offset: piece.offset })) records.push(...batch);
        break;
      }
      parts++;
      let got = 0;
      try {
        for await (const batch of readPart(format, piece.prefix, piece.bytes, { ...options, offset: piece.offset }, file)) {
          records.push(...batch);
          got += batch.length;
        }
      } catch (error) {
        return { records, error: errorOf(error), parts };
      }
      if (piece.rows !== undefined) expect(got).toBe(piece.rows);
    }
  } catch (error) {
    return { records, error: errorOf(error), parts };
  }
  return { records, error: undefined, parts };
}

const readOptions = (maxLineBytes: number, by: boolean): ReadOptions => ({
  indicatorIds: IDS,
  batchSize: 4,
  maxLineBytes,
  ...(by ? { by: 'commune' } : { ignoreColumns: ['commune'] }),
});

describe('cutting the input into parts (split.ts) and reading them alone', () => {
  it('gives the records and the error of the whole CSV file, fast path on and off', async () => {
    let split = 0;
    await fc.assert(
      fc.asyncProperty(
        csvSpec,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 97 }),
        fc.constantFrom(200, 1 << 20),
        fc.boolean(),
        async (s, rows, pieceBytes, maxLineBytes, fast) => {
          csvFast.enabled = fast;
          const bytes = csvOf(s);
          const file = join(DIR, 'split.csv');
          writeFileSync(file, bytes);
          const options = readOptions(maxLineBytes, s.withBy);
          const expected = await whole(file, 'csv', options);
          const got = await inParts(bytes, file, 'csv', options, rows, pieceBytes);
          expect(got.error).toEqual(expected.error);
          expect(got.records).toEqual(expected.records);
          if (got.parts > 2) split++;
        },
      ),
      // A fixed seed: the check below (most runs cut the file into several parts) must not depend on chance.
      { numRuns: 400, seed: 20261202 },
    );
    expect(split).toBeGreaterThan(100);
  }, 120_000);

  it('gives the records and the error of the whole JSON Lines file', async () => {
    await fc.assert(
      fc.asyncProperty(
        jsonSpec,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 97 }),
        fc.constantFrom(300, 1 << 20),
        fc.boolean(),
        async (s, rows, pieceBytes, maxLineBytes, by) => {
          const bytes = jsonOf(s);
          const file = join(DIR, 'split.jsonl');
          writeFileSync(file, bytes);
          const options = readOptions(maxLineBytes, by);
          const expected = await whole(file, 'jsonl', options);
          const got = await inParts(bytes, file, 'jsonl', options, rows, pieceBytes);
          expect(got.error).toEqual(expected.error);
          expect(got.records).toEqual(expected.records);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('reads the rest in the main thread from a record over the part limit, and a CSV whose lines end in a lone CR', async () => {
    // A record longer than the part buffer (twice the limit and 64 KiB), coming in small pieces.
    const long = Buffer.from(`id,area,size,perCapitaMonthly\nA,rural,1,1\n"${'q'.repeat(70_000)}",rural,1,1\nB,rural,2,2\n`);
    const chunks: Buffer[] = [];
    for (let at = 0; at < long.length; at += 1000) chunks.push(long.subarray(at, at + 1000));
    const pieces: string[] = [];
    for await (const piece of splitInput(Readable.from(chunks, { objectMode: false }), 'csv', 'x.csv', { rows: 1, maxLineBytes: 100 })) pieces.push(piece.kind);
    expect(pieces).toEqual(['part', 'rest']);
    const mac = 'id,area,size,perCapitaMonthly\rA,rural,1,1\rB,rural,1,1\r';
    const kinds: string[] = [];
    for await (const piece of splitInput(Readable.from([Buffer.from(mac)], { objectMode: false }), 'csv', 'x.csv', { rows: 1, maxLineBytes: 100 }))
      kinds.push(piece.kind);
    expect(kinds).toEqual(['rest']);
  });
});

// ---------------------------------------------------------------------------------------------
// The command with worker threads

/** Runs the command and collects every output it writes (see runOutputs). */
const outputs = (args: string[]) => runOutputs(args, DIR, ['summary.json', 'errors.jsonl']);

function optionsOf(n: number, by: boolean): string[] {
  const group = by ? ['--by', 'commune'] : ['--ignore-columns', 'commune'];
  const files = ['--summary-json', join(DIR, 'summary.json'), '--errors', join(DIR, 'errors.jsonl')];
  switch (n) {
    case 0:
      return [...group, ...files, '--batch-size', '2'];
    case 1:
      return [...group, ...files, '--batch-size', '3', '--output-format', 'csv'];
    case 2:
      return [...group, '--batch-size', '1', '--explain', '--locale', 'en', '--summary'];
    case 3:
      return [...group, ...files, '--batch-size', '5', '--full', '--max-line-bytes', '300'];
    default:
      return [...group, ...files, '--batch-size', '4', '--output-format', 'csv', '--explain'];
  }
}

describe('classify --workers N on CSV and JSON Lines', () => {
  it('writes byte for byte what --workers 0 writes, on random CSV files', async () => {
    await fc.assert(
      fc.asyncProperty(csvSpec, fc.nat({ max: 4 }), fc.constantFrom('2', '3'), async (s, n, workers) => {
        const file = join(DIR, 'input.csv');
        writeFileSync(file, csvOf(s));
        const args = ['classify', file, ...optionsOf(n, s.withBy)];
        const single = await outputs(args);
        const threaded = await outputs([...args, '--workers', workers]);
        expect(threaded).toEqual(single);
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it('refuses a missing file, a directory and an empty CSV as --workers 0 does', async () => {
    writeFileSync(join(DIR, 'empty.csv'), '');
    for (const input of [join(DIR, 'missing.csv'), join(DIR, 'missing.jsonl'), DIR, join(DIR, 'empty.csv')]) {
      const args = ['classify', input, '--format', input.endsWith('jsonl') ? 'jsonl' : 'csv'];
      const single = await outputs(args);
      expect(single.code).toBe(2);
      expect(await outputs([...args, '--workers', '2'])).toEqual(single);
    }
  }, 60_000);

  it('gives the weighted summary of --workers 0 (kept on the main thread), and stops at the same row without a weight', async () => {
    const weighted = (i: number) => `${csvRow(i)},${i % 5 === 0 ? '2.5' : '1'},P${i % 4},S${i % 2}`;
    const header = `${HEADER},weight,psu,stratum`;
    const good = join(DIR, 'weighted.csv');
    writeFileSync(good, `${[header, ...Array.from({ length: 40 }, (_, i) => weighted(i))].join('\n')}\n`);
    const bad = join(DIR, 'weighted-bad.csv');
    writeFileSync(bad, `${[header, ...Array.from({ length: 40 }, (_, i) => (i === 29 ? `${csvRow(i)},,P1,S1` : weighted(i)))].join('\n')}\n`);
    for (const [file, code] of [
      [good, 0],
      [bad, 2],
    ] as const) {
      const args = [
        'classify',
        file,
        '--by',
        'commune',
        '--weight',
        'weight',
        '--psu',
        'psu',
        '--strata',
        'stratum',
        '--summary-json',
        join(DIR, 'summary.json'),
        '--batch-size',
        '2',
      ];
      const single = await outputs(args);
      expect(single.code).toBe(code);
      if (code === 0) expect(JSON.parse(String(single['summary.json'])).survey.design).toBeDefined();
      else expect(single.stderr).toMatch(/row 30/);
      expect(await outputs([...args, '--workers', '2'])).toEqual(single);
    }
  }, 60_000);

  it('writes byte for byte what --workers 0 writes, on random JSON Lines files', async () => {
    await fc.assert(
      fc.asyncProperty(jsonSpec, fc.nat({ max: 4 }), fc.constantFrom('2', '3'), fc.boolean(), async (s, n, workers, by) => {
        const file = join(DIR, 'input.jsonl');
        writeFileSync(file, jsonOf(s));
        const args = ['classify', file, ...optionsOf(n, by)];
        const single = await outputs(args);
        const threaded = await outputs([...args, '--workers', workers]);
        expect(threaded).toEqual(single);
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
