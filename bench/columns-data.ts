/**
 * SYNTHETIC answer-level households as columns, in a small binary file that this benchmark and
 * the numpy peer (bench/peer/numpy_classify.py) both read — the same bytes for both.
 *
 * File layout ("CNCOL001"): 8 bytes magic, a little-endian uint32 header length, the header
 * (UTF-8 JSON: `{ rows, columns: [{ name, dtype, offset, count }] }`), then each column at a
 * 64-byte-aligned offset. dtypes: `u1` (uint8), `i8` (int64, little-endian).
 *
 * Columns: `area` (0 rural, 1 urban), `size` (1–200), `region` (0–5), `income_cents`
 * (household income per month in hundredths of a đồng: `householdMonthly`, scale 2), and the
 * 12 answers of vn-2022-2025 in the decree's order as `answer:<id>` (0 not deprived,
 * 1 deprived, 2 unknown), contiguous so that numpy can read them as one 12 × rows matrix.
 *
 * The mix is made up (≈ 7 % at or below the poverty line, ≈ 9 % in the average band); one
 * household in eight is put exactly at a line × size, or one hundredth of a đồng either side,
 * so that any inexact comparison shows.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';

export const INDICATORS = [
  'employment',
  'dependants',
  'nutrition',
  'health-insurance',
  'adult-education',
  'school-attendance',
  'housing-quality',
  'housing-area',
  'water',
  'sanitation',
  'telecom',
  'information-access',
] as const;

/** vn-2022-2025 lines in đồng per person per month: [poverty, average ceiling] by area code. */
export const LINES: readonly (readonly [number, number])[] = [
  [1_500_000, 2_250_000],
  [2_000_000, 3_000_000],
];

export interface ColumnsFile {
  readonly rows: number;
  readonly area: Uint8Array;
  readonly size: Uint8Array;
  readonly region: Uint8Array;
  readonly incomeCents: BigInt64Array;
  readonly answers: Record<string, Uint8Array>;
}

function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGION_WEIGHTS = [0.125, 0.06, 0.21, 0.18, 0.235, 0.19];
const URBAN = [0.2, 0.29, 0.28, 0.26, 0.37, 0.63];
const POOR_BAND = [0.2, 0.13, 0.08, 0.045, 0.03, 0.02];
const SIZES = [0.1, 0.2, 0.2, 0.25, 0.12, 0.07, 0.04, 0.02];

/** Generates `rows` households deterministically for `seed`. */
export function generate(rows: number, seed = 2022): ColumnsFile {
  const random = mulberry32(seed);
  const area = new Uint8Array(rows);
  const size = new Uint8Array(rows);
  const region = new Uint8Array(rows);
  const incomeCents = new BigInt64Array(rows);
  const answers = new Uint8Array(INDICATORS.length * rows);
  for (let i = 0; i < rows; i++) {
    let u = random();
    let r = 0;
    while (r < 5 && u >= REGION_WEIGHTS[r]!) u -= REGION_WEIGHTS[r++]!;
    region[i] = r;
    const a = random() < URBAN[r]! ? 1 : 0;
    area[i] = a;
    let n: number;
    if (random() < 0.001) n = 9 + Math.floor(random() * 192);
    else {
      u = random();
      n = 1;
      while (n < 8 && u >= SIZES[n - 1]!) u -= SIZES[n++ - 1]!;
    }
    size[i] = n;
    const [poverty, ceiling] = LINES[a]!;
    let cents: number;
    const kind = random();
    let low = false;
    if (kind < 0.125) {
      // At a line × size, or one hundredth of a đồng either side.
      const line = random() < 0.5 ? poverty : ceiling;
      cents = line * 100 * n + (Math.floor(random() * 3) - 1);
      low = line === poverty && cents <= poverty * 100 * n;
    } else {
      const band = random();
      let perCapita: number;
      if (band < POOR_BAND[r]!) {
        perCapita = 300_000 + random() * (poverty - 300_000);
        low = true;
      } else if (band < POOR_BAND[r]! + 0.09) perCapita = poverty + random() * (ceiling - poverty);
      else perCapita = ceiling + random() * 12_000_000;
      cents = Math.floor(perCapita * 100) * n + Math.floor(random() * n);
    }
    incomeCents[i] = BigInt(cents);
    // Deprivations: more for low incomes; each answer unknown with probability 2 %.
    const rate = low ? (random() < 0.55 ? 0.35 : 0.08) : 0.06;
    for (let k = 0; k < INDICATORS.length; k++) {
      const v = random();
      answers[k * rows + i] = v < 0.02 ? 2 : v < 0.02 + rate ? 1 : 0;
    }
  }
  const byId: Record<string, Uint8Array> = {};
  INDICATORS.forEach((id, k) => {
    byId[id] = answers.subarray(k * rows, (k + 1) * rows);
  });
  return { rows, area, size, region, incomeCents, answers: byId };
}

const MAGIC = 'CNCOL001';

/** Writes the columns (answers contiguous, in indicator order). */
export function writeColumns(file: string, data: ColumnsFile): void {
  const columns: { name: string; dtype: 'u1' | 'i8'; bytes: Uint8Array }[] = [
    { name: 'area', dtype: 'u1', bytes: data.area },
    { name: 'size', dtype: 'u1', bytes: data.size },
    { name: 'region', dtype: 'u1', bytes: data.region },
    { name: 'income_cents', dtype: 'i8', bytes: new Uint8Array(data.incomeCents.buffer, data.incomeCents.byteOffset, data.incomeCents.byteLength) },
    ...INDICATORS.map((id) => ({ name: `answer:${id}`, dtype: 'u1' as const, bytes: data.answers[id]! })),
  ];
  // Offsets relative to the data section; the answers are laid out back to back.
  let offset = 0;
  const entries = columns.map((column) => {
    const entry = { name: column.name, dtype: column.dtype, offset, count: data.rows };
    offset += column.bytes.byteLength;
    if (!column.name.startsWith('answer:')) offset = Math.ceil(offset / 64) * 64;
    return entry;
  });
  let header = JSON.stringify({ rows: data.rows, columns: entries });
  const start = Math.ceil((12 + Buffer.byteLength(header)) / 64) * 64;
  header = header.padEnd(start - 12, ' ');
  const out = new Uint8Array(start + offset);
  out.set(Buffer.from(MAGIC, 'latin1'), 0);
  new DataView(out.buffer).setUint32(8, Buffer.byteLength(header), true);
  out.set(Buffer.from(header, 'utf8'), 12);
  columns.forEach((column, i) => out.set(column.bytes, start + entries[i]!.offset));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, out);
}

/** Reads the columns as views on one buffer (no copies). */
export function readColumns(file: string): ColumnsFile {
  const raw = readFileSync(file);
  // A copy into a fresh, 64-byte-aligned ArrayBuffer (Node's Buffer may share a pool).
  const bytes = new Uint8Array(new ArrayBuffer(raw.byteLength));
  bytes.set(raw);
  if (Buffer.from(bytes.subarray(0, 8)).toString('latin1') !== MAGIC) throw new Error(`${file} is not a columns file`);
  const length = new DataView(bytes.buffer).getUint32(8, true);
  const header = JSON.parse(Buffer.from(bytes.subarray(12, 12 + length)).toString('utf8')) as {
    rows: number;
    columns: { name: string; dtype: string; offset: number; count: number }[];
  };
  const start = 12 + length;
  const column = (name: string) => header.columns.find((entry) => entry.name === name)!;
  const u1 = (name: string) => new Uint8Array(bytes.buffer, start + column(name).offset, header.rows);
  const answers: Record<string, Uint8Array> = {};
  for (const id of INDICATORS) answers[id] = u1(`answer:${id}`);
  return {
    rows: header.rows,
    area: u1('area'),
    size: u1('size'),
    region: u1('region'),
    incomeCents: new BigInt64Array(bytes.buffer, start + column('income_cents').offset, header.rows),
    answers,
  };
}

/** The file for `rows` households (generated once). */
export function ensureFile(file: string, rows: number, seed = 2022): void {
  if (!existsSync(file)) writeColumns(file, generate(rows, seed));
}
