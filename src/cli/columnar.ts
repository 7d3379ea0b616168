/**
 * Apache Arrow and Parquet in the command line: `classify households.parquet --out results.parquet`.
 *
 * The readers and writers are optional dependencies of the command line only — `apache-arrow`
 * (Arrow IPC, and the in-memory columns of both formats) and `parquet-wasm` (Parquet, as
 * WebAssembly: no native build) — loaded lazily, the first time an Arrow or Parquet file is read
 * or written; without them the run stops with a usage error saying what to install. The library
 * core never imports them.
 *
 * Each record batch (Arrow) or batch of a row group (Parquet) is turned into the library's
 * answer-level columns without a per-household object — area, size, an exact income column
 * (decimal strings, integers in a declared unit, or `decimal(p, s)`; floating-point columns are
 * refused), the 12 tri-state answers — classified by `classifyColumns`, summarised by
 * `createColumnSummarizer`, and written as a batch of result columns. Memory holds a few
 * batches at a time, whatever the number of rows. Rows in = rows out: a row that cannot be
 * classified is written with `ok = false` and its problems in `errors`. Node-only.
 *
 * @module
 */
import { open as openFile, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Readable } from 'node:stream';
import type * as ArrowModule from 'apache-arrow';
import type * as ParquetModule from 'parquet-wasm';
import {
  classifyColumns,
  COLUMN_CATEGORIES,
  createColumnSummarizer,
  possibleCategoriesOf,
  type ColumnarClassification,
  type ColumnSummarizer,
  type GroupKeys,
  type HouseholdColumns,
  type IncomeColumn,
  type Utf8Column,
} from '../batch/columns.js';
import type { ClassifyOptions } from '../engine/classify.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { CliError, EXIT, InputError, UsageError } from './errors.js';
import { openOutput, Sink } from './files.js';
import { ParquetWriter, type ParquetColumnData, type ParquetField } from './parquet-writer.js';
import { csvHeaderLine, csvText, moreText, reportIssues, type ReportedIssue } from './output.js';
import { report } from './batch.js';
import { interruption, note, unlessInterrupted, commitRun, stopRun, writeSummary, type CliIo } from './run.js';
import { countText, cut, oneLine, rowsText } from './text.js';

type Arrow = typeof ArrowModule;
type Parquet = typeof ParquetModule;
type Batch = ArrowModule.RecordBatch;
type AnyData = ArrowModule.Data;
type TypedArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array;
type ReadResult<T> = { done: true; value?: T | undefined } | { done: false; value: T };

/** The columnar file formats. */
export type ColumnarFormat = 'arrow' | 'parquet';

/** The columnar format of a file name: `.arrow`, `.feather`, `.arrows`, `.ipc` → Arrow; `.parquet`, `.pq` → Parquet. */
export function columnarFormatOf(file: string | undefined): ColumnarFormat | undefined {
  if (file === undefined) return undefined;
  const lower = file.toLowerCase();
  if (lower.endsWith('.parquet') || lower.endsWith('.pq')) return 'parquet';
  if (lower.endsWith('.arrow') || lower.endsWith('.feather') || lower.endsWith('.arrows') || lower.endsWith('.ipc')) return 'arrow';
  return undefined;
}

/** Whether the first bytes are those of a Parquet file (`PAR1`) or an Arrow IPC file (`ARROW1`). */
export function columnarFormatOfBytes(head: Uint8Array | undefined): ColumnarFormat | undefined {
  if (head === undefined || head.length < 4) return undefined;
  if (head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31) return 'parquet';
  if (head.length >= 6 && String.fromCharCode(...head.subarray(0, 6)) === 'ARROW1') return 'arrow';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The optional dependencies

const PACKAGES = { arrow: 'apache-arrow', parquet: 'parquet-wasm' } as const;

/**
 * The usage error of a missing optional package, in Vietnamese and English: what it is needed
 * for and the command that installs it.
 */
export function missingDependency(name: 'apache-arrow' | 'parquet-wasm', purpose: string, error: unknown): UsageError {
  const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const packages = name === 'parquet-wasm' ? 'apache-arrow parquet-wasm' : 'apache-arrow';
  return new UsageError(
    `${purpose} needs the optional package ${name}, which could not be loaded (${cut(detail, 200)}): install it beside chuan-ngheo with \`npm install ${packages}\`` +
      ` / Cần gói tùy chọn ${name} để đọc, ghi tệp Arrow/Parquet nhưng không tải được: cài bằng lệnh \`npm install ${packages}\``,
  );
}

/** Module loaders (replaced in tests to check the message of a missing package). */
export const loaders: { arrow: () => Promise<unknown>; parquet: () => Promise<unknown>; parquetPath: () => string } = {
  arrow: () => import('apache-arrow'),
  parquet: () => import('parquet-wasm'),
  // The Parquet reader thread loads parquet-wasm itself, from this path.
  parquetPath: () => createRequire(import.meta.url).resolve('parquet-wasm'),
};

/** The namespace of a CommonJS module imported from ESM (named exports, or `default`). */
function namespaceOf<T>(module: unknown, probe: string): T {
  const m = module as Record<string, unknown>;
  if (m[probe] !== undefined) return m as T;
  const fallback = m.default as Record<string, unknown> | undefined;
  if (fallback !== undefined && fallback[probe] !== undefined) return fallback as T;
  throw new Error(`the module has no ${probe}`);
}

async function loadArrow(purpose: string): Promise<Arrow> {
  try {
    return namespaceOf<Arrow>(await loaders.arrow(), 'RecordBatchReader');
  } catch (error) {
    throw missingDependency(PACKAGES.arrow, purpose, error);
  }
}

async function loadParquet(purpose: string): Promise<Parquet> {
  try {
    return namespaceOf<Parquet>(await loaders.parquet(), 'ParquetFile');
  } catch (error) {
    throw missingDependency(PACKAGES.parquet, purpose, error);
  }
}

function parquetPath(purpose: string): string {
  try {
    return loaders.parquetPath();
  } catch (error) {
    throw missingDependency(PACKAGES.parquet, purpose, error);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Rows per batch read from a Parquet file (and per output batch). */
const PARQUET_BATCH = 1 << 17;

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Errors of the libraries are not always `Error`s (wasm-bindgen throws strings). */
function messageOf(error: unknown): string {
  return cut(oneLine(error instanceof Error ? error.message : String(error)), 300);
}

/** A record batch with no row (a file with no row still has its columns). */
function emptyBatch(arrow: Arrow, schema: ArrowModule.Schema): Batch {
  const children = schema.fields.map((field) => arrow.makeData({ type: field.type as ArrowModule.DataType, length: 0, nullCount: 0 } as never) as AnyData);
  return new arrow.RecordBatch(
    schema,
    arrow.makeData({ type: new arrow.Struct(schema.fields), length: 0, nullCount: 0, children }) as ArrowModule.Data<ArrowModule.Struct>,
  );
}

/**
 * Opens the input and returns its record batches. Problems found while opening (not a Parquet
 * or Arrow file, unreadable) are usage errors; later ones input errors.
 */
async function openBatches(
  file: string,
  format: ColumnarFormat,
  arrow: Arrow,
  parquet: Parquet | ParquetReader | undefined,
  stdin: Readable,
  select: (schema: ArrowModule.Schema) => string[],
): Promise<AsyncIterator<Batch>> {
  const label = file === '-' ? 'standard input' : file;
  if (parquet instanceof ParquetReader) return parquet.batches(arrow, select);
  if (format === 'parquet') {
    let stream: ReadableStream;
    let schema: ParquetModule.Schema;
    try {
      const handle = await parquet!.ParquetFile.fromFile(new Blob([await readAll(stdin)]));
      schema = handle.schema();
      // Only the columns that are read (a national extract has many more).
      const columns = select(arrow.tableFromIPC(handle.schema().intoIPCStream()).schema);
      stream = await handle.stream({ batchSize: PARQUET_BATCH, columns });
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new UsageError(`cannot read ${label} as Parquet: ${messageOf(error)}`);
    }
    const reader = stream.getReader();
    return (async function* () {
      let any = false;
      try {
        for (;;) {
          let step: ReadResult<ParquetModule.RecordBatch>;
          try {
            step = await reader.read();
          } catch (error) {
            throw new InputError(`cannot read ${label}: ${messageOf(error)}`);
          }
          if (step.done) break;
          const table = arrow.tableFromIPC(step.value.intoIPCStream());
          for (const batch of table.batches) {
            any = true;
            yield batch;
          }
        }
        // A file with no row still has its columns: one empty batch, so that they are checked.
        if (!any) yield emptyBatch(arrow, arrow.tableFromIPC(schema.intoIPCStream()).schema);
      } finally {
        reader.cancel().catch(() => undefined);
      }
    })();
  }
  let reader: ArrowModule.AsyncRecordBatchStreamReader;
  // A file is read by position (an Arrow IPC file's footer says where each batch is): one batch
  // in memory at a time. Read as a stream, apache-arrow keeps the whole file.
  let handle: FileHandle | undefined;
  try {
    if (file !== '-') handle = await openFile(file, 'r');
    reader = (await (handle === undefined
      ? arrow.RecordBatchReader.from(stdin)
      : arrow.RecordBatchReader.from(handle))) as unknown as ArrowModule.AsyncRecordBatchStreamReader;
    await reader.open();
  } catch (error) {
    void handle?.close().catch(() => undefined);
    throw new UsageError(`cannot read ${label} as Arrow IPC: ${messageOf(error)}`);
  }
  const schemaOnly = reader.schema;
  return (async function* () {
    let any = false;
    try {
      for (;;) {
        let step: IteratorResult<Batch>;
        try {
          step = await reader.next();
        } catch (error) {
          throw new InputError(`cannot read ${label}: ${messageOf(error)}`);
        }
        if (step.done === true) break;
        any = true;
        yield step.value;
      }
      // An empty file still has a schema: one empty batch, so that the columns are checked.
      if (!any && schemaOnly !== undefined) yield emptyBatch(arrow, schemaOnly);
    } finally {
      Promise.resolve(reader.cancel())
        .catch(() => undefined)
        .finally(() => handle?.close().catch(() => undefined));
    }
  })();
}

/**
 * The Parquet reader thread (CommonJS, run with `eval`): opens the file, sends its schema, then
 * the batches of the columns asked for as Arrow IPC streams, as many ahead as the main thread
 * has asked for (`more`). Decoding Parquet (WebAssembly) thus runs beside the classification.
 */
const PARQUET_READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { openAsBlob } = require('node:fs');
const pq = require(workerData.module);
const messageOf = (error) => String((error && error.message) || error);
const owned = (bytes) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice());
let credits = 0;
let wake;
let handle;
parentPort.on('message', (message) => {
  if (message.more !== undefined) {
    credits += message.more;
    if (wake !== undefined) { const resolve = wake; wake = undefined; resolve(); }
  } else if (message.columns !== undefined) void read(message.columns);
});
(async () => {
  try {
    handle = await pq.ParquetFile.fromFile(await openAsBlob(workerData.file));
    const schema = owned(handle.schema().intoIPCStream());
    parentPort.postMessage({ schema }, [schema.buffer]);
  } catch (error) {
    parentPort.postMessage({ error: messageOf(error), opening: true });
  }
})();
async function read(columns) {
  let reader;
  try {
    reader = (await handle.stream({ batchSize: workerData.batchSize, columns })).getReader();
  } catch (error) {
    parentPort.postMessage({ error: messageOf(error), opening: true });
    return;
  }
  try {
    for (;;) {
      while (credits <= 0) await new Promise((resolve) => (wake = resolve));
      const step = await reader.read();
      if (step.done) break;
      credits--;
      const batch = owned(step.value.intoIPCStream());
      parentPort.postMessage({ batch }, [batch.buffer]);
    }
    parentPort.postMessage({ done: true });
  } catch (error) {
    parentPort.postMessage({ error: messageOf(error) });
  }
}
`;

/** Parquet batches decoded ahead by the reader thread (bounds the memory: a few batches). */
const PARQUET_READ_AHEAD = 4;

/**
 * The record batches of a Parquet file, decoded in a worker thread ({@link PARQUET_READER}).
 * The thread is started first (before apache-arrow is loaded on this thread), so that its
 * start-up and the first batch's decoding overlap the rest of the set-up. Problems while
 * opening are usage errors, later ones input errors, as on the main thread.
 */
class ParquetReader {
  private readonly thread: Worker;
  private readonly queue: ParquetMessage[] = [];
  private waiting: ((message: ParquetMessage) => void) | undefined;
  constructor(
    private readonly file: string,
    module: string,
  ) {
    this.thread = new Worker(PARQUET_READER, { eval: true, workerData: { module, file, batchSize: PARQUET_BATCH } });
    const deliver = (message: ParquetMessage): void => {
      if (this.waiting !== undefined) {
        const resolve = this.waiting;
        this.waiting = undefined;
        resolve(message);
      } else this.queue.push(message);
    };
    this.thread.on('message', deliver);
    this.thread.on('error', (error) => deliver({ error: messageOf(error) }));
    this.thread.on('exit', (code) => deliver({ error: `the Parquet reader stopped (exit code ${code})` }));
  }

  /** Stops the thread (when the run stops before reading). */
  stop(): void {
    this.thread.removeAllListeners('exit');
    void this.thread.terminate();
  }

  private next(): Promise<ParquetMessage> {
    return this.queue.length > 0 ? Promise.resolve(this.queue.shift()!) : new Promise((resolve) => (this.waiting = resolve));
  }

  private fail(message: ParquetMessage): never {
    this.stop();
    if (message.opening === true) throw new UsageError(`cannot read ${this.file} as Parquet: ${messageOf(message.error)}`);
    throw new InputError(`cannot read ${this.file}: ${messageOf(message.error)}`);
  }

  /** The file's batches of the columns `select` picks from its schema. */
  async batches(arrow: Arrow, select: (schema: ArrowModule.Schema) => string[]): Promise<AsyncIterator<Batch>> {
    const opened = await this.next();
    if (opened.schema === undefined) return this.fail({ ...opened, opening: true });
    const schema = arrow.tableFromIPC(opened.schema).schema;
    let columns: string[];
    try {
      columns = select(schema);
    } catch (error) {
      this.stop();
      throw error;
    }
    const thread = this.thread;
    thread.postMessage({ columns });
    thread.postMessage({ more: PARQUET_READ_AHEAD });
    const reader = this;
    return (async function* () {
      let any = false;
      try {
        for (;;) {
          const message = await reader.next();
          if (message.done === true) break;
          if (message.batch === undefined) reader.fail(message);
          thread.postMessage({ more: 1 });
          for (const batch of arrow.tableFromIPC(message.batch!).batches) {
            any = true;
            yield batch;
          }
        }
        // A file with no row still has its columns: one empty batch, so that they are checked.
        if (!any) yield emptyBatch(arrow, schema);
      } finally {
        reader.stop();
      }
    })();
  }
}

/** A message of the reader thread. */
type ParquetMessage = { schema?: Uint8Array; batch?: Uint8Array; done?: true; error?: string; opening?: true };

// ---------------------------------------------------------------------------------------------
// The input columns

const INCOME_FORMS = ['perCapitaMonthly', 'householdMonthly', 'householdAnnual'] as const;

/** Which column of the file holds what. */
interface Plan {
  readonly id?: number;
  readonly area: number;
  readonly size: number;
  readonly income: { readonly index: number; readonly name: string; readonly form: IncomeColumn['form'] };
  readonly answers: readonly { readonly index: number; readonly id: string }[];
  readonly by?: number;
}

/** Arrow type ids (apache-arrow's `Type` enum), as numbers: the module is loaded lazily. */
interface TypeIds {
  readonly Int: number;
  readonly Float: number;
  readonly Utf8: number;
  readonly LargeUtf8: number;
  readonly Bool: number;
  readonly Decimal: number;
  readonly Dictionary: number;
  readonly Null: number;
}

function typeIds(arrow: Arrow): TypeIds {
  const T = arrow.Type;
  return { Int: T.Int, Float: T.Float, Utf8: T.Utf8, LargeUtf8: T.LargeUtf8, Bool: T.Bool, Decimal: T.Decimal, Dictionary: T.Dictionary, Null: T.Null };
}

/** Checks the columns of the file (names and types) against the rule set, once. */
function planOf(schema: ArrowModule.Schema, arrow: Arrow, ruleSet: RuleSet, options: { by?: string | undefined; ignore: readonly string[] }): Plan {
  const T = typeIds(arrow);
  const indicatorIds = new Set(ruleSet.indicators.map((indicator) => indicator.id));
  const names = schema.fields.map((field) => field.name);
  const index = (name: string): number | undefined => {
    const i = names.indexOf(name);
    return i === -1 ? undefined : i;
  };
  const typeOf = (i: number): ArrowModule.DataType => schema.fields[i]!.type as ArrowModule.DataType;
  const isInt = (type: ArrowModule.DataType): boolean => type.typeId === T.Int;
  const isText = (type: ArrowModule.DataType): boolean =>
    type.typeId === T.Utf8 || (type.typeId === T.Dictionary && (type as ArrowModule.Dictionary).dictionary.typeId === T.Utf8);
  const typeText = (type: ArrowModule.DataType): string => String(type);
  const problems: string[] = [];

  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push(`the column "${cut(name, 80)}" appears twice`);
    seen.add(name);
    const known =
      name === 'id' ||
      name === 'area' ||
      name === 'size' ||
      name === 'score' ||
      (INCOME_FORMS as readonly string[]).includes(name) ||
      indicatorIds.has(name) ||
      name === options.by ||
      options.ignore.includes(name);
    if (!known)
      problems.push(
        `unknown column "${cut(name, 80)}" (answer columns are the rule set's indicator ids: ${[...indicatorIds].join(', ')}; pass --ignore-columns to leave it out)`,
      );
  }
  if (names.includes('score') && options.by !== 'score' && !options.ignore.includes('score'))
    problems.push(
      'the column "score" (the income-proxy score) is not read from Arrow or Parquet input; use CSV or JSON Lines for score-based rule sets, or --ignore-columns score',
    );

  const area = index('area');
  if (area === undefined) problems.push('the column "area" is missing (rural/urban, or codes 0 rural / 1 urban)');
  else if (!isText(typeOf(area)) && !isInt(typeOf(area)))
    problems.push(`the column "area" must hold text ("rural" / "urban") or integer codes (0 rural, 1 urban), not ${typeText(typeOf(area))}`);
  const size = index('size');
  if (size === undefined) problems.push('the column "size" is missing (the number of members, 1–200)');
  else if (!isInt(typeOf(size))) problems.push(`the column "size" must hold integers, not ${typeText(typeOf(size))}`);

  const incomes = INCOME_FORMS.filter((form) => index(form) !== undefined && !options.ignore.includes(form));
  let income: Plan['income'] | undefined;
  if (incomes.length === 0) problems.push(`no income column: give one of ${INCOME_FORMS.join(', ')}`);
  else if (incomes.length > 1)
    problems.push(`several income columns (${incomes.join(', ')}): Arrow and Parquet input take one income column, the same form for every row`);
  else {
    const name = incomes[0]!;
    const i = index(name)!;
    const type = typeOf(i);
    if (type.typeId === T.Float) {
      problems.push(
        `the income column "${name}" holds floating-point numbers (${typeText(type)}), which are not exact (1499999.99 may be stored as 1499999.9899999998): write the incomes as decimal strings (utf8), as integers in đồng or in a declared unit (--income-scale 2 for hundredths of a đồng), or as decimal(p, s)`,
      );
    } else if (type.typeId === T.Decimal) {
      const scale = (type as ArrowModule.Decimal).scale;
      if (scale < 0 || scale > 12) problems.push(`the income column "${name}" is ${typeText(type)}: the scale must be 0 to 12 decimal places`);
    } else if (!isInt(type) && type.typeId !== T.Utf8) {
      problems.push(`the income column "${name}" must hold decimal strings (utf8), integers or decimal(p, s), not ${typeText(type)}`);
    }
    income = { index: i, name, form: name };
  }

  const answers: { index: number; id: string }[] = [];
  for (const indicator of ruleSet.indicators) {
    const i = index(indicator.id);
    if (i === undefined || options.ignore.includes(indicator.id)) continue;
    const type = typeOf(i);
    if (!isInt(type) && type.typeId !== T.Bool && type.typeId !== T.Null)
      problems.push(
        `the answer column "${indicator.id}" must hold booleans (true deprived, false not, null unknown) or integer codes (1 deprived, 0 not, 2 or null unknown), not ${typeText(type)}`,
      );
    answers.push({ index: i, id: indicator.id });
  }
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  const id = index('id');
  const by = options.by === undefined ? undefined : index(options.by);
  if (options.by !== undefined && by === undefined) throw new UsageError(`--by: the file has no column "${cut(options.by, 80)}"`);
  return { ...(id === undefined ? {} : { id }), area: area!, size: size!, income: income!, answers, ...(by === undefined ? {} : { by }) };
}

/** The one data of a batch's column. */
function dataAt(batch: Batch, index: number): AnyData {
  const vector = batch.getChildAt(index);
  if (vector === null || vector.data.length !== 1) throw new InputError(`column ${index} of a record batch has ${vector?.data.length ?? 0} chunks`);
  return vector.data[0]!;
}

/** The validity bitmap of a data, aligned to its first row (undefined: no nulls). */
function validityOf(data: AnyData): Uint8Array | undefined {
  if (data.nullCount === 0 || data.nullBitmap === undefined || data.nullBitmap.length === 0) {
    if (data.nullCount > 0 && data.typeId === 1 /* Null */) return new Uint8Array((data.length + 7) >>> 3);
    return undefined;
  }
  const bitmap = data.nullBitmap;
  if ((data.offset & 7) === 0) return bitmap.subarray(data.offset >>> 3, (data.offset >>> 3) + ((data.length + 7) >>> 3));
  const out = new Uint8Array((data.length + 7) >>> 3);
  for (let i = 0; i < data.length; i++) {
    const j = i + data.offset;
    if ((bitmap[j >>> 3]! >>> (j & 7)) & 1) out[i >>> 3]! |= 1 << (i & 7);
  }
  return out;
}

const valid = (bitmap: Uint8Array | undefined, i: number): boolean => bitmap === undefined || ((bitmap[i >>> 3]! >>> (i & 7)) & 1) === 1;

/** The values of a data as a typed array of its rows (no copy). */
function valuesOf(data: AnyData): TypedArray | BigInt64Array | BigUint64Array {
  const values = data.values as TypedArray;
  return values.subarray(data.offset, data.offset + data.length) as TypedArray;
}

const RURAL = [0x72, 0x75, 0x72, 0x61, 0x6c];
const URBAN = [0x75, 0x72, 0x62, 0x61, 0x6e];

/** Area code of a UTF-8 value: 0 rural, 1 urban, 255 anything else. */
function areaCode(bytes: Uint8Array, from: number, to: number): number {
  if (to - from !== 5) return 255;
  let rural = true;
  let urban = true;
  for (let k = 0; k < 5; k++) {
    const b = bytes[from + k];
    rural &&= b === RURAL[k];
    urban &&= b === URBAN[k];
  }
  return rural ? 0 : urban ? 1 : 255;
}

function areaColumn(data: AnyData, vector: () => ArrowModule.Vector, T: TypeIds): HouseholdColumns['area'] {
  const n = data.length;
  const validity = validityOf(data);
  if (data.typeId === T.Int) {
    const values = valuesOf(data);
    if ((values instanceof Uint8Array || values instanceof Int8Array) && validity === undefined) return values;
    const codes = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = Number(values[i]);
      codes[i] = valid(validity, i) && (v === 0 || v === 1) ? v : 255;
    }
    return codes;
  }
  const codes = new Uint8Array(n);
  let bad = false;
  if (data.typeId === T.Dictionary) {
    const dictionary = data.dictionary!.data[0]!;
    const entries = new Uint8Array(dictionary.length);
    const offsets = dictionary.valueOffsets as Int32Array;
    for (let d = 0; d < dictionary.length; d++)
      entries[d] = areaCode(dictionary.values as Uint8Array, offsets[dictionary.offset + d]!, offsets[dictionary.offset + d + 1]!);
    const keys = valuesOf(data);
    for (let i = 0; i < n; i++) {
      const code = valid(validity, i) ? (entries[Number(keys[i])] ?? 255) : 255;
      codes[i] = code;
      bad ||= code === 255;
    }
  } else {
    const offsets = data.valueOffsets as Int32Array;
    const bytes = data.values as Uint8Array;
    for (let i = 0; i < n; i++) {
      const j = data.offset + i;
      const code = valid(validity, i) ? areaCode(bytes, offsets[j]!, offsets[j + 1]!) : 255;
      codes[i] = code;
      bad ||= code === 255;
    }
  }
  // Some value is not "rural" or "urban": the strings, so that the message shows it.
  return bad ? (vector().toArray() as (string | null)[]) : codes;
}

function sizeColumn(data: AnyData): HouseholdColumns['size'] {
  const values = valuesOf(data);
  const validity = validityOf(data);
  if (validity === undefined && !(values instanceof BigInt64Array) && !(values instanceof BigUint64Array))
    return values as Exclude<typeof values, BigInt64Array | BigUint64Array | Float32Array | Float64Array>;
  const out: (number | null)[] = new Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = valid(validity, i) ? Number(values[i]) : null;
  return out as number[];
}

function incomeColumn(data: AnyData, plan: Plan, scale: number, T: TypeIds, firstRow: number): IncomeColumn {
  const form = plan.income.form;
  const validity = validityOf(data);
  const withValidity = (column: IncomeColumn): IncomeColumn => (validity === undefined ? column : { ...column, validity });
  if (data.typeId === T.Utf8) {
    const offsets = (data.valueOffsets as Int32Array).subarray(data.offset, data.offset + data.length + 1);
    return withValidity({ form, values: { offsets, data: data.values as Uint8Array } });
  }
  if (data.typeId === T.Decimal) {
    const type = data.type as ArrowModule.Decimal;
    const words = type.bitWidth / 32;
    const all = data.values as unknown as Uint32Array;
    const n = data.length;
    const out = new Int32Array(n * 2);
    for (let i = 0; i < n; i++) {
      const at = (data.offset + i) * words;
      const low = all[at]!;
      const high = all[at + 1]!;
      // The value must fit in 64 bits: the words above are the sign extension of word 1.
      const sign = high >>> 31 === 1 ? 0xffffffff : 0;
      for (let w = 2; w < words; w++) {
        if (all[at + w] !== sign && valid(validity, i))
          throw new InputError(`row ${countText(firstRow + i + 1)}: the income in "${plan.income.name}" (${String(type)}) is too large to be an income`);
      }
      out[2 * i] = low | 0;
      out[2 * i + 1] = high | 0;
    }
    return withValidity({ form, values: new BigInt64Array(out.buffer), scale: type.scale });
  }
  return withValidity({ form, values: valuesOf(data) as NonNullable<IncomeColumn['values']> & (Uint8Array | BigInt64Array), scale });
}

/** Answer codes 0 / 1 / 2 (255 for a value that is none of them); nulls are unknown (2). */
function answerColumn(data: AnyData, T: TypeIds): Uint8Array | Int8Array {
  const n = data.length;
  const validity = validityOf(data);
  if (data.typeId === T.Null) return new Uint8Array(n).fill(2);
  if (data.typeId === T.Bool) {
    const bits = data.values as Uint8Array;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const j = data.offset + i;
      out[i] = valid(validity, i) ? (bits[j >>> 3]! >>> (j & 7)) & 1 : 2;
    }
    return out;
  }
  const values = valuesOf(data);
  if ((values instanceof Uint8Array || values instanceof Int8Array) && validity === undefined) return values;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!valid(validity, i)) out[i] = 2;
    else {
      const v = Number(values[i]);
      out[i] = v === 0 || v === 1 || v === 2 ? v : 255;
    }
  }
  return out;
}

/**
 * Group keys of a batch. A dictionary column gives integer codes into one label list for the
 * whole run (each batch's dictionary may differ: its entries are mapped to the run's codes), so
 * that the summary looks a key up once per distinct value, not once per row.
 */
function groupKeysOf(
  data: AnyData,
  vector: ArrowModule.Vector,
  T: TypeIds,
  labels: { readonly list: (string | number | boolean | null)[]; readonly codes: Map<unknown, number> },
): GroupKeys {
  if (data.typeId === T.Dictionary) {
    const entries = data.dictionary!.toArray() as unknown[];
    const translate = new Uint16Array(entries.length);
    entries.forEach((entry, d) => {
      const value = keyValue(entry);
      let code = labels.codes.get(value);
      if (code === undefined) {
        code = labels.list.length;
        labels.list.push(value);
        labels.codes.set(value, code);
      }
      translate[d] = code;
    });
    let nullCode = labels.codes.get(null);
    const keys = valuesOf(data);
    const validity = validityOf(data);
    if (validity !== undefined && nullCode === undefined) {
      nullCode = labels.list.length;
      labels.list.push(null);
      labels.codes.set(null, nullCode);
    }
    if (labels.list.length <= 65536) {
      const codes = new Uint16Array(data.length);
      for (let i = 0; i < data.length; i++) codes[i] = valid(validity, i) ? translate[Number(keys[i])]! : nullCode!;
      return { codes, labels: labels.list };
    }
    const out = new Array<unknown>(data.length);
    for (let i = 0; i < data.length; i++) out[i] = valid(validity, i) ? keyValue(entries[Number(keys[i])]) : null;
    return out as GroupKeys & unknown[];
  }
  return Array.from(vector.toArray() as ArrayLike<unknown>, keyValue) as GroupKeys & unknown[];
}

const keyValue = (value: unknown): string | number | boolean | null =>
  typeof value === 'bigint' ? String(value) : value === undefined ? null : (value as string | number | boolean | null);

/** The library's columns of a batch. */
function householdColumns(batch: Batch, plan: Plan, scale: number, T: TypeIds, firstRow: number): HouseholdColumns {
  // No row (an empty file): empty columns (an empty UTF-8 column may have no offsets at all).
  if (batch.numRows === 0) return { area: [], size: [], income: { form: plan.income.form, values: [] }, answers: {} };
  const answers: Record<string, Uint8Array | Int8Array> = {};
  for (const { index, id } of plan.answers) answers[id] = answerColumn(dataAt(batch, index), T);
  return {
    area: areaColumn(dataAt(batch, plan.area), () => batch.getChildAt(plan.area)!, T),
    size: sizeColumn(dataAt(batch, plan.size)),
    income: incomeColumn(dataAt(batch, plan.income.index), plan, scale, T, firstRow),
    answers,
  };
}

// ---------------------------------------------------------------------------------------------
// The results

/** A classified batch, with what every output needs. */
interface Classified {
  readonly first: number;
  readonly batch: Batch;
  readonly result: ColumnarClassification;
  /** Per row: bit k set when indicator k is deprived (resp. unknown). */
  readonly deprived: Int16Array | Int32Array;
  readonly unknown: Int16Array | Int32Array;
  /** Per failed row (same order as `result.failures`): the issues as written. */
  readonly issues: readonly { readonly index: number; readonly reported: ReturnType<typeof reportIssues> }[];
}

/** The field of a columnar issue: the column of the file. */
function fileIssue(issue: ValidationIssue, plan: Plan): ValidationIssue {
  const [head, second] = issue.path;
  const column = head === 'answers' ? String(second) : head === 'income' ? plan.income.name : String(head);
  return { ...issue, path: [column] };
}

function bitsOf(
  result: ColumnarClassification,
  columns: HouseholdColumns,
  indicatorIds: readonly string[],
): { deprived: Int16Array | Int32Array; unknown: Int16Array | Int32Array } {
  const n = result.length;
  const wide = indicatorIds.length > 14;
  const deprived = wide ? new Int32Array(n) : new Int16Array(n);
  const unknown = wide ? new Int32Array(n) : new Int16Array(n);
  indicatorIds.forEach((id, k) => {
    const column = columns.answers?.[id];
    const bit = 1 << k;
    if (column === undefined) {
      for (let i = 0; i < n; i++) unknown[i]! |= bit;
      return;
    }
    for (let i = 0; i < n; i++) {
      const code = column[i]!;
      deprived[i]! |= +(code === 1) * bit;
      unknown[i]! |= +(code === 2) * bit;
    }
  });
  return { deprived, unknown };
}

/** UTF-8 bytes of short repeated strings (category names, indicator lists), cached. */
class Texts {
  private readonly cache = new Map<number, Uint8Array>();
  private readonly encoder = new TextEncoder();
  constructor(private readonly text: (key: number) => string) {}
  bytes(key: number): Uint8Array {
    let bytes = this.cache.get(key);
    if (bytes === undefined) {
      bytes = this.encoder.encode(this.text(key));
      if (this.cache.size < 1 << 16) this.cache.set(key, bytes);
    }
    return bytes;
  }
  string(key: number): string {
    return this.text(key);
  }
}

/** An Arrow UTF-8 column built row by row from cached bytes or strings. */
class Utf8Builder {
  private readonly offsets: Int32Array;
  private data: Uint8Array;
  private at = 0;
  private readonly validity: Uint8Array;
  nulls = 0;
  private row = 0;
  constructor(n: number, bytesPerRow: number) {
    this.offsets = new Int32Array(n + 1);
    this.data = new Uint8Array(Math.max(16, n * bytesPerRow));
    this.validity = new Uint8Array((n + 7) >>> 3);
  }
  private room(extra: number): void {
    if (this.at + extra <= this.data.length) return;
    const grown = new Uint8Array(Math.max(this.data.length * 2, this.at + extra));
    grown.set(this.data.subarray(0, this.at));
    this.data = grown;
  }
  addBytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.data.set(bytes, this.at);
    this.at += bytes.length;
    this.validity[this.row >>> 3]! |= 1 << (this.row & 7);
    this.offsets[++this.row] = this.at;
  }
  addText(text: string): void {
    this.addBytes(Buffer.from(text, 'utf8'));
  }
  addNull(): void {
    this.nulls++;
    this.offsets[++this.row] = this.at;
  }
  /** Nulls up to row `row` (a column that is mostly null, such as `errors`). */
  fill(row: number): void {
    while (this.row < row) this.addNull();
  }
  /** The column for the Parquet writer. */
  columnData(): ParquetColumnData {
    return { offsets: this.offsets.subarray(0, this.row + 1), data: this.data.subarray(0, this.at), validity: this.nulls === 0 ? undefined : this.validity };
  }
  build(arrow: Arrow): AnyData {
    return arrow.makeData({
      type: new arrow.Utf8(),
      length: this.row,
      nullCount: this.nulls,
      valueOffsets: this.offsets.subarray(0, this.row + 1),
      nullBitmap: this.nulls === 0 ? null : this.validity.subarray(0, (this.row + 7) >>> 3),
      data: this.data.subarray(0, this.at),
    }) as AnyData;
  }
}

/** The result columns of one batch as typed arrays. */
interface ResultData {
  readonly n: number;
  readonly failed: number;
  /** Bit i set when row i was classified (the `ok` values, and the validity of the result columns). */
  readonly okBits: Uint8Array;
  readonly rows: Uint32Array;
  readonly codes: Int8Array;
  readonly categoryCodes: Uint8Array;
  readonly masks: Int8Array;
  /** The kernel's per-capita column (`perCapita: 'utf8'`): empty for a failed row. */
  readonly perCapita: Utf8Column;
  readonly errors: Utf8Builder;
}

/** Builds the output record batches: one per input batch, the same rows in the same order. */
class ResultColumns {
  private readonly categoryType: ArrowModule.Dictionary;
  private readonly possibleType: ArrowModule.Dictionary;
  private readonly listType: ArrowModule.Dictionary;
  private readonly categoryNames: ArrowModule.Vector;
  private readonly possible: Texts;
  private readonly lists: Texts;
  schema: ArrowModule.Schema | undefined;
  constructor(
    private readonly arrow: Arrow,
    private readonly indicatorIds: readonly string[],
    private readonly plan: Plan,
  ) {
    this.categoryType = new arrow.Dictionary(new arrow.Utf8(), new arrow.Int8(), 0, false);
    this.possibleType = new arrow.Dictionary(new arrow.Utf8(), new arrow.Int8(), 1, false);
    this.listType = new arrow.Dictionary(new arrow.Utf8(), new arrow.Int16(), 2, false);
    this.categoryNames = arrow.vectorFromArray([...COLUMN_CATEGORIES], new arrow.Utf8());
    this.possible = new Texts((mask) => possibleCategoriesOf(mask).join(';'));
    this.lists = new Texts((mask) => this.indicatorIds.filter((_, k) => (mask >>> k) & 1).join(';'));
  }

  /** `possible_categories` and `deprived` / `unknown` as dictionaries indexed by the bitmask (built once). */
  private dictionaries(): { possible: ArrowModule.Vector; lists: ArrowModule.Vector | undefined } {
    if (this.dictionaryVectors !== undefined) return this.dictionaryVectors;
    const arrow = this.arrow;
    const possible = arrow.vectorFromArray(
      Array.from({ length: 16 }, (_, mask) => this.possible.string(mask)),
      new arrow.Utf8(),
    );
    const d = this.indicatorIds.length;
    const lists =
      d <= 14
        ? arrow.vectorFromArray(
            Array.from({ length: 1 << d }, (_, mask) => this.lists.string(mask)),
            new arrow.Utf8(),
          )
        : undefined;
    this.dictionaryVectors = { possible, lists };
    return this.dictionaryVectors;
  }
  private dictionaryVectors: { possible: ArrowModule.Vector; lists: ArrowModule.Vector | undefined } | undefined;

  /** The result columns of a classified batch as typed arrays (shared by the Arrow and Parquet writers). */
  private data(c: Classified): ResultData {
    const { result } = c;
    const n = result.length;
    const okBits = new Uint8Array((n + 7) >>> 3);
    const codes = new Int8Array(n);
    const categoryCodes = new Uint8Array(n);
    const masks = new Int8Array(n);
    const rows = new Uint32Array(n);
    const errors = new Utf8Builder(n, 0);
    let failure = 0;
    const category = result.category;
    const possible = result.possible;
    const first = c.first + 1;
    for (let i = 0; i < n; i++) {
      rows[i] = first + i;
      const code = category[i]!;
      if (code !== 255) {
        okBits[i >>> 3]! |= 1 << (i & 7);
        codes[i] = code;
        categoryCodes[i] = code;
        masks[i] = possible[i]!;
      } else {
        errors.fill(i);
        errors.addText(errorsCell(c.issues[failure++]!.reported));
      }
    }
    errors.fill(n);
    return { n, failed: result.failures.length, okBits, rows, codes, categoryCodes, masks, perCapita: result.perCapitaUtf8!, errors };
  }

  batch(c: Classified): Batch {
    const arrow = this.arrow;
    const { result } = c;
    const { n, failed, okBits, rows, codes, categoryCodes, masks, perCapita, errors } = this.data(c);
    const category = result.category;
    // A copy of the validity bitmap for each column: apache-arrow's IPC writer joins its output
    // chunks and collapses two that are the same bytes of the same buffer (the `ok` values
    // followed by the category's validity), which shifted every later buffer of the batch.
    const nullable = (): Uint8Array | null => (failed === 0 ? null : okBits.slice());
    const { possible: possibleNames, lists } = this.dictionaries();
    const u8 = (values: Uint8Array): AnyData =>
      arrow.makeData({ type: new arrow.Uint8(), length: n, nullCount: failed, nullBitmap: nullable(), data: values }) as AnyData;
    const children: AnyData[] = [arrow.makeData({ type: new arrow.Uint32(), length: n, nullCount: 0, data: rows }) as AnyData];
    const fields: ArrowModule.Field[] = [new arrow.Field('row', new arrow.Uint32(), false)];
    if (this.plan.id !== undefined) {
      let id = dataAt(c.batch, this.plan.id);
      // Dictionaries differ from batch to batch, and an Arrow IPC file allows no replacement: the values.
      if (id.typeId === arrow.Type.Dictionary)
        id = arrow.vectorFromArray(
          Array.from(c.batch.getChildAt(this.plan.id)!.toArray() as ArrayLike<unknown>, (v) => (v === null || v === undefined ? null : String(v))),
          new arrow.Utf8(),
        ).data[0]! as AnyData;
      children.push(id);
      fields.push(new arrow.Field('id', this.schema?.fields[1]?.type ?? id.type, true));
    }
    children.push(arrow.makeData({ type: new arrow.Bool(), length: n, nullCount: 0, data: okBits }) as AnyData);
    fields.push(new arrow.Field('ok', new arrow.Bool(), false));
    children.push(
      arrow.makeData({ type: this.categoryType, length: n, nullCount: failed, nullBitmap: nullable(), data: codes, dictionary: this.categoryNames }) as AnyData,
    );
    fields.push(new arrow.Field('category', this.categoryType, true));
    children.push(u8(categoryCodes));
    fields.push(new arrow.Field('category_code', new arrow.Uint8(), true));
    children.push(
      arrow.makeData({ type: this.possibleType, length: n, nullCount: failed, nullBitmap: nullable(), data: masks, dictionary: possibleNames }) as AnyData,
    );
    fields.push(new arrow.Field('possible_categories', this.possibleType, true));
    children.push(u8(result.deprivationCount));
    fields.push(new arrow.Field('deprivation_count', new arrow.Uint8(), true));
    children.push(u8(result.unknownCount));
    fields.push(new arrow.Field('unknown_count', new arrow.Uint8(), true));
    children.push(
      arrow.makeData({
        type: new arrow.Utf8(),
        length: n,
        nullCount: failed,
        nullBitmap: nullable(),
        valueOffsets: perCapita.offsets,
        data: perCapita.data,
      }) as AnyData,
    );
    fields.push(new arrow.Field('per_capita', new arrow.Utf8(), true));
    for (const [name, bits] of [
      ['deprived', c.deprived],
      ['unknown', c.unknown],
    ] as const) {
      if (lists !== undefined) {
        children.push(arrow.makeData({ type: this.listType, length: n, nullCount: failed, nullBitmap: nullable(), data: bits, dictionary: lists }) as AnyData);
        fields.push(new arrow.Field(name, this.listType, true));
      } else {
        children.push(this.listText(bits, category).build(arrow));
        fields.push(new arrow.Field(name, new arrow.Utf8(), true));
      }
    }
    children.push(errors.build(arrow));
    fields.push(new arrow.Field('errors', new arrow.Utf8(), true));
    this.schema ??= new arrow.Schema(
      fields,
      new Map([['chuan-ngheo:rule-set', `${result.ruleSet.id} ${result.ruleSet.version} ${result.ruleSet.fingerprint}`]]),
    );
    const struct = arrow.makeData({ type: new arrow.Struct(this.schema.fields), length: n, nullCount: 0, children });
    return new arrow.RecordBatch(this.schema, struct as ArrowModule.Data<ArrowModule.Struct>);
  }

  /** The indicator lists as text, for more than 14 indicators (no dictionary of every subset). */
  private listText(bits: Int16Array | Int32Array, category: Uint8Array): Utf8Builder {
    const builder = new Utf8Builder(bits.length, 12);
    for (let i = 0; i < bits.length; i++)
      if (category[i] === 255) builder.addNull();
      else builder.addBytes(this.lists.bytes(bits[i]!));
    return builder;
  }

  /** How the input's id column is written to Parquet: as it is (32-bit integers, UTF-8), else as text. */
  private idKind(type: ArrowModule.DataType | undefined): 'utf8' | 'int32' | 'uint32' {
    const T = this.arrow.Type;
    if (type === undefined || type.typeId !== T.Int) return 'utf8';
    const { bitWidth, isSigned } = type as ArrowModule.Int;
    if (bitWidth < 32 || (bitWidth === 32 && isSigned)) return 'int32';
    return bitWidth === 32 ? 'uint32' : 'utf8';
  }

  /** The columns of the Parquet output (the same names and values as the Arrow output). */
  parquetFields(inputSchema: ArrowModule.Schema): ParquetField[] {
    const idType = this.plan.id === undefined ? undefined : (inputSchema.fields[this.plan.id]!.type as ArrowModule.DataType);
    this.idWritten = this.plan.id === undefined ? undefined : this.idKind(idType);
    const d = this.indicatorIds.length;
    const lists = d <= 14 ? Array.from({ length: 1 << d }, (_, mask) => this.lists.string(mask)) : undefined;
    const list = (name: string): ParquetField =>
      lists === undefined ? { name, kind: 'utf8', nullable: true } : { name, kind: 'dictionary', nullable: true, dictionary: lists };
    return [
      { name: 'row', kind: 'uint32', nullable: false },
      ...(this.idWritten === undefined ? [] : [{ name: 'id', kind: this.idWritten, nullable: true } as ParquetField]),
      { name: 'ok', kind: 'bool', nullable: false },
      { name: 'category', kind: 'dictionary', nullable: true, dictionary: [...COLUMN_CATEGORIES] },
      { name: 'category_code', kind: 'uint8', nullable: true },
      { name: 'possible_categories', kind: 'dictionary', nullable: true, dictionary: Array.from({ length: 16 }, (_, mask) => this.possible.string(mask)) },
      { name: 'deprivation_count', kind: 'uint8', nullable: true },
      { name: 'unknown_count', kind: 'uint8', nullable: true },
      { name: 'per_capita', kind: 'utf8', nullable: true },
      list('deprived'),
      list('unknown'),
      { name: 'errors', kind: 'utf8', nullable: true },
    ];
  }
  private idWritten: 'utf8' | 'int32' | 'uint32' | undefined;

  /** A classified batch as the columns of {@link parquetFields}. */
  parquetColumns(c: Classified): ParquetColumnData[] {
    const { result } = c;
    const { n, failed, okBits, rows, codes, categoryCodes, masks, perCapita, errors } = this.data(c);
    const validity = failed === 0 ? undefined : okBits;
    const columns: ParquetColumnData[] = [{ values: rows }];
    if (this.idWritten !== undefined) columns.push(this.parquetId(c, n));
    columns.push(
      { bits: okBits },
      { values: codes, validity },
      { values: categoryCodes, validity },
      { values: masks, validity },
      { values: result.deprivationCount, validity },
      { values: result.unknownCount, validity },
      { offsets: perCapita.offsets, data: perCapita.data, validity },
    );
    for (const bits of [c.deprived, c.unknown])
      columns.push(this.indicatorIds.length <= 14 ? { values: bits, validity } : this.listText(bits, result.category).columnData());
    columns.push(errors.columnData());
    return columns;
  }

  /** The id column of a batch for Parquet: the input's buffers when they can be written as they are. */
  private parquetId(c: Classified, n: number): ParquetColumnData {
    const data = dataAt(c.batch, this.plan.id!);
    const T = this.arrow.Type;
    const plain = data.offset === 0;
    if (plain && this.idWritten === 'utf8' && data.typeId === T.Utf8)
      return {
        offsets: data.valueOffsets as Int32Array,
        data: data.values as Uint8Array,
        validity: data.nullCount === 0 ? undefined : (data.nullBitmap ?? undefined),
      };
    if (plain && this.idWritten !== 'utf8' && data.typeId === T.Int)
      return { values: data.values as Int32Array | Uint32Array, validity: data.nullCount === 0 ? undefined : (data.nullBitmap ?? undefined) };
    // Any other id column (64-bit integers, a dictionary, large strings, a sliced batch): as text.
    const vector = c.batch.getChildAt(this.plan.id!)!;
    if (this.idWritten !== 'utf8') {
      const values = this.idWritten === 'int32' ? new Int32Array(n) : new Uint32Array(n);
      const validity = new Uint8Array((n + 7) >>> 3);
      for (let i = 0; i < n; i++) {
        const value = vector.get(i) as number | null;
        if (value !== null && value !== undefined) {
          values[i] = value;
          validity[i >>> 3]! |= 1 << (i & 7);
        }
      }
      return { values, validity };
    }
    const builder = new Utf8Builder(n, 8);
    for (let i = 0; i < n; i++) {
      const value = vector.get(i) as unknown;
      if (value === null || value === undefined) builder.addNull();
      else builder.addText(String(value));
    }
    return builder.columnData();
  }

  /** JSON Lines or CSV text of a classified batch (the same records as the flat reader writes, without `line`). */
  text(c: Classified, csv: boolean): string {
    const { result } = c;
    const idVector = this.plan.id === undefined ? undefined : c.batch.getChildAt(this.plan.id)!;
    let out = '';
    let failure = 0;
    for (let i = 0; i < result.length; i++) {
      const row = c.first + i + 1;
      const rawId = idVector?.get(i) as unknown;
      const id = rawId === null || rawId === undefined ? undefined : typeof rawId === 'number' ? rawId : String(rawId);
      const code = result.category[i]!;
      if (csv) {
        if (code !== 255) {
          const deprived = this.lists.string(c.deprived[i]!);
          const unknown = this.lists.string(c.unknown[i]!);
          out += csvText([
            [
              String(row),
              '',
              id === undefined ? '' : String(id),
              'true',
              COLUMN_CATEGORIES[code]!,
              this.possible.string(result.possible[i]!),
              String(result.deprivationCount[i]),
              String(result.unknownCount[i]),
              result.perCapita![i]!,
              deprived,
              unknown,
              '',
            ],
          ]);
        } else {
          out += csvText([
            [String(row), '', id === undefined ? '' : String(id), 'false', '', '', '', '', '', '', '', errorsCell(c.issues[failure++]!.reported)],
          ]);
        }
        continue;
      }
      let head = `{"row":${row}`;
      if (id !== undefined) head += `,"id":${JSON.stringify(id)}`;
      if (code === 255) {
        const { issues, more } = c.issues[failure++]!.reported;
        out += `${head},"ok":false,"issues":${JSON.stringify(issues)}${more > 0 ? `,"moreIssues":${more}` : ''}}\n`;
        continue;
      }
      out +=
        `${head},"ok":true,"category":"${COLUMN_CATEGORIES[code]}","possibleCategories":${jsonList(this.possible.string(result.possible[i]!))}` +
        `,"deprivationCount":${result.deprivationCount[i]},"unknownCount":${result.unknownCount[i]},"perCapita":${JSON.stringify(result.perCapita![i])}` +
        `,"deprived":${jsonList(this.lists.string(c.deprived[i]!))},"unknown":${jsonList(this.lists.string(c.unknown[i]!))}}\n`;
    }
    return out;
  }
}

const jsonList = (joined: string): string => (joined === '' ? '[]' : `["${joined.split(';').join('","')}"]`);

function errorsCell(reported: { issues: readonly ReportedIssue[]; more: number }): string {
  const errors = reported.issues.map((issue) => `${issue.field}: ${issue.message}`);
  if (reported.more > 0) errors.push(moreText(reported.more));
  return errors.join(' | ');
}

// ---------------------------------------------------------------------------------------------
// The command

/** The options of `classify` for Arrow and Parquet input. */
export interface ColumnarValues {
  readonly out?: string | undefined;
  readonly 'output-format'?: string | undefined;
  readonly errors?: string | undefined;
  readonly 'summary-json'?: string | undefined;
  readonly summary?: boolean | undefined;
  readonly by?: string | undefined;
  readonly quiet?: boolean | undefined;
  readonly 'ignore-columns'?: string | undefined;
  readonly 'income-scale'?: string | undefined;
}

/** Output formats of a columnar run. */
export type ColumnarOutput = 'arrow' | 'parquet' | 'csv' | 'jsonl' | 'none';

/** The rows of a columnar run go to Arrow or Parquet output: loads apache-arrow (Parquet is written without parquet-wasm). */
export async function checkColumnarOutput(format: ColumnarFormat): Promise<void> {
  await loadArrow(`writing ${format === 'arrow' ? 'Arrow' : 'Parquet'} (--output-format ${format})`);
}

/**
 * `classify` for an Arrow or Parquet file (`input`), to Arrow, Parquet, CSV or JSON Lines.
 * Exit codes as for every `classify` run: 0 all classified, 1 some rows failed, 2 usage or
 * input error, 3 an output could not be written, 130 / 143 interrupted.
 */
export async function classifyColumnarFile(
  file: string,
  input: ColumnarFormat,
  outputFormat: ColumnarOutput,
  values: ColumnarValues,
  io: CliIo & { stdin?: Readable },
  context: { locale: Locale; options: ClassifyOptions; ruleSet: RuleSet },
): Promise<number> {
  const { locale, options, ruleSet } = context;
  const started = Date.now();
  const signal = io.signal;
  const scale = values['income-scale'] === undefined ? 0 : Number(values['income-scale']);
  if (values['income-scale'] !== undefined && (!/^\d{1,2}$/.test(values['income-scale']) || scale > 12))
    throw new UsageError(`--income-scale must be a whole number of decimal places from 0 to 12, got "${values['income-scale'].slice(0, 40)}"`);
  const ignore =
    values['ignore-columns']
      ?.split(',')
      .map((column) => column.trim())
      .filter((column) => column !== '') ?? [];
  const kind = input === 'arrow' ? 'Arrow' : 'Parquet';
  // parquet-wasm only reads Parquet (output is written by ./parquet-writer.ts); a file is read
  // in a thread, started now, standard input here.
  const reader = input === 'parquet' && file !== '-' ? new ParquetReader(file, parquetPath(`reading Parquet (${file})`)) : undefined;
  let arrow: Arrow;
  let parquet: Parquet | ParquetReader | undefined = reader;
  try {
    arrow = await loadArrow(`reading ${kind} (${file})`);
    if (input === 'parquet' && reader === undefined) parquet = await loadParquet(`reading Parquet (${file})`);
  } catch (error) {
    reader?.stop();
    throw error;
  }
  const T = typeIds(arrow);
  const indicatorIds = ruleSet.indicators.map((indicator) => indicator.id);
  const wantSummary = values.summary === true || values['summary-json'] !== undefined;
  const summarizer: ColumnSummarizer | undefined = wantSummary ? createColumnSummarizer({ ruleSet }) : undefined;
  const quiet = values.quiet === true;

  // The columns the run reads: checked on the file's schema (every problem at once), then read.
  const select = (schema: ArrowModule.Schema): string[] => {
    const chosen = planOf(schema, arrow, ruleSet, { by: values.by, ignore });
    const names = schema.fields.map((field) => field.name);
    return [chosen.id, chosen.area, chosen.size, chosen.income.index, chosen.by, ...chosen.answers.map((answer) => answer.index)]
      .filter((i): i is number => i !== undefined)
      .map((i) => names[i]!);
  };
  let batches: AsyncIterator<Batch>;
  try {
    batches = await unlessInterrupted(openBatches(file, input, arrow, parquet, io.stdin ?? process.stdin, select), signal);
  } catch (error) {
    reader?.stop();
    throw error;
  }
  const firstStep = await unlessInterrupted(batches.next(), signal);
  if (firstStep.done === true) throw new UsageError(`${file} holds no record batch`);
  const inputSchema = firstStep.value.schema;
  const plan = planOf(inputSchema, arrow, ruleSet, { by: values.by, ignore });
  const results = new ResultColumns(arrow, indicatorIds, plan);

  const sinks: Sink[] = [];
  let out: Sink | undefined;
  let errorsSink: Sink | undefined;
  let read = 0;
  let failed = 0;
  let reported = 0;
  let pendingFirst: Batch | undefined = firstStep.value;
  const byLabels = { list: [] as (string | number | boolean | null)[], codes: new Map<unknown, number>() };

  /** Reads, classifies and summarises the next batch (undefined at the end). */
  const next = async (): Promise<Classified | undefined> => {
    const stop = interruption(signal);
    if (stop !== undefined) throw stop;
    let batch: Batch;
    if (pendingFirst !== undefined) {
      batch = pendingFirst;
      pendingFirst = undefined;
    } else {
      const step = await unlessInterrupted(batches.next(), signal);
      if (step.done === true) return undefined;
      batch = step.value;
    }
    const first = read;
    const columns = householdColumns(batch, plan, scale, T, first);
    let result: ColumnarClassification;
    try {
      // Per-capita text for the rows written: strings for CSV and JSON Lines, bytes for Arrow and Parquet.
      const perCapita = outputFormat === 'none' ? false : outputFormat === 'csv' || outputFormat === 'jsonl' ? true : 'utf8';
      result = classifyColumns(columns, { ...options, perCapita });
    } catch (error) {
      if (error instanceof ValidationError)
        throw new InputError(`the columns of the record batch at row ${countText(first + 1)} cannot be classified: ${error.message}`);
      throw error;
    }
    const { deprived, unknown } = bitsOf(result, columns, indicatorIds);
    const issues = result.failures.map((failure) => ({
      index: failure.index,
      reported: reportIssues(
        failure.issues.map((issue) => fileIssue(issue, plan)),
        false,
      ),
    }));
    const classified: Classified = { first, batch, result, deprived, unknown, issues };
    if (summarizer !== undefined) {
      try {
        summarizer.add(columns, result, plan.by === undefined ? undefined : groupKeysOf(dataAt(batch, plan.by), batch.getChildAt(plan.by)!, T, byLabels));
      } catch (error) {
        if (error instanceof ValidationError) throw new InputError(`--by: ${error.message}`);
        throw error;
      }
    }
    read += result.length;
    failed += result.failures.length;
    const idVector = plan.id === undefined ? undefined : batch.getChildAt(plan.id)!;
    let errorsText = '';
    for (const { index, reported: shown } of issues) {
      const row = first + index + 1;
      const rawId = idVector?.get(index) as unknown;
      const id = rawId === null || rawId === undefined ? undefined : typeof rawId === 'number' ? rawId : String(rawId);
      if (!quiet && reported < 20) {
        reported++;
        note(io, report({ row, line: 0, id, ok: false, issues: shown.issues, more: shown.more }));
      }
      if (errorsSink !== undefined)
        errorsText += `{"row":${row}${id === undefined ? '' : `,"id":${JSON.stringify(id)}`},"ok":false,"issues":${JSON.stringify(shown.issues)}${shown.more > 0 ? `,"moreIssues":${shown.more}` : ''}}\n`;
    }
    if (errorsSink !== undefined && errorsText !== '') {
      const pending = errorsSink.write(errorsText, issues.length);
      if (pending !== undefined) await pending;
    }
    return classified;
  };

  try {
    out = await openOutput({ 'output-format': outputFormat, out: values.out }, io.stdout);
    sinks.push(out);
    if (values.errors !== undefined) {
      errorsSink = await Sink.open(values.errors, io.stdout);
      sinks.push(errorsSink);
    }
    if (outputFormat === 'none') {
      // Only the summary and the failed rows: no result column is built.
      for (let c = await next(); c !== undefined; c = await next()) out.write('', c.result.length);
    } else if (outputFormat === 'csv' || outputFormat === 'jsonl') {
      if (outputFormat === 'csv') out.write(csvHeaderLine(false));
      for (let c = await next(); c !== undefined; c = await next()) {
        const pending = out.write(results.text(c, outputFormat === 'csv'), c.result.length);
        if (pending !== undefined) await pending;
      }
    } else {
      await writeColumnar(outputFormat, arrow, out, results, next, { inputSchema, ruleSet });
    }
    await out.finish();
    if (errorsSink !== undefined) await errorsSink.finish();
    if (summarizer !== undefined) {
      const summary = summarizer.finish();
      await writeSummary(summary, values, { io, sinks, locale, ruleSet });
    }
    await commitRun(sinks, signal);
  } catch (error) {
    return await stopRun(error, { io, read, out, sinks });
  } finally {
    batches.return?.(undefined)?.catch(() => undefined);
  }
  const seconds = (Date.now() - started) / 1000;
  if (!quiet && failed > reported)
    note(
      io,
      `… and ${countText(failed - reported)} more failed row${failed - reported === 1 ? '' : 's'}${values.errors === undefined ? ' (list them all with --errors <file>)' : ` (all in ${oneLine(values.errors)})`}`,
    );
  note(
    io,
    `chuan-ngheo: ${rowsText(read)} read, ${countText(read - failed)} classified, ${countText(failed)} failed — rule set ${ruleSet.id} ${ruleSet.version} (${ruleSet.fingerprint.slice(0, 12)}…), ${kind} input, ${seconds.toFixed(1)} s`,
  );
  return failed > 0 ? EXIT.rowsFailed : EXIT.ok;
}

/**
 * Writes the result batches as an Arrow IPC file or a Parquet file, pulling one input batch
 * whenever the writer wants one (backpressure: a few batches in memory at a time). Parquet is
 * written by the TypeScript writer of ./parquet-writer.ts straight from the result arrays, one
 * row group per input batch.
 */
async function writeColumnar(
  format: 'arrow' | 'parquet',
  arrow: Arrow,
  out: Sink,
  results: ResultColumns,
  next: () => Promise<Classified | undefined>,
  context: { readonly inputSchema: ArrowModule.Schema; readonly ruleSet: RuleSet },
): Promise<void> {
  if (format === 'parquet') {
    const { ruleSet } = context;
    const writer = new ParquetWriter(results.parquetFields(context.inputSchema), {
      keyValueMetadata: { 'chuan-ngheo:rule-set': `${ruleSet.id} ${ruleSet.version} ${ruleSet.fingerprint}` },
    });
    for (let c = await next(); c !== undefined; c = await next()) {
      const pending = out.writeBytes(writer.rowGroup(c.result.length, results.parquetColumns(c)), c.result.length);
      if (pending !== undefined) await pending;
    }
    out.writeBytes(writer.finish(), 0);
    return;
  }
  // apache-arrow's writer queues the bytes of each batch written; its DOM-stream form takes the
  // next batch as soon as the last one is queued, whatever the sink's pace (with a slower sink,
  // the whole output waited in memory: 569 MB at 6M rows). Here each batch's bytes are written
  // to the sink before the next batch is classified. `_position` (the bytes queued so far) is
  // the writer's own count; without it the bytes are taken at the end (correct, not bounded).
  const writer = new arrow.RecordBatchFileWriter();
  const chunks = writer[Symbol.asyncIterator]();
  const queued = (): number => (writer as unknown as { _position?: number })._position ?? Number.POSITIVE_INFINITY;
  let taken = 0;
  /** Writes the queued bytes to the sink (all of them, to the end of the file, when `toEnd`); `rows` are counted with the last. */
  const take = async (rows: number, toEnd: boolean): Promise<void> => {
    let counted = false;
    while (toEnd || taken < queued()) {
      const step = await chunks.next();
      if (step.done === true) break;
      taken += step.value.byteLength;
      counted = !toEnd && taken >= queued();
      const pending = out.writeBytes(step.value, counted ? rows : 0);
      if (pending !== undefined) await pending;
    }
    if (!counted && rows > 0) out.writeBytes(new Uint8Array(0), rows);
  };
  const attempt = <R>(action: () => R): R => {
    try {
      return action();
    } catch (error) {
      throw new InputError(`cannot write Arrow: ${messageOf(error)}`);
    }
  };
  try {
    let pendingRows = 0;
    for (let c = await next(); c !== undefined; c = await next()) {
      const batch = results.batch(c);
      attempt(() => writer.write(batch));
      if (queued() === Number.POSITIVE_INFINITY) pendingRows += c.result.length;
      else await take(c.result.length, false);
    }
    attempt(() => writer.finish());
    await take(pendingRows, true);
  } finally {
    chunks.return?.(undefined)?.catch(() => undefined);
  }
}
