/**
 * `--workers N`: classify in worker threads. For CSV and JSON Lines the main thread only cuts the
 * input bytes into parts at record boundaries (split.ts) and transfers them; a worker reads its
 * part (records.ts `readPart`: the same readers as the single-threaded path), validates,
 * classifies and renders it. For JSON files, and the rest of an input split.ts does not cut,
 * the main thread reads and parses the records and sends batches of them. The main thread writes
 * the output in input order. For an unweighted summary a worker counts the rows of its part
 * (per `--by` key) and sends the counts, which the main thread adds up; for a weighted one, and
 * for batches of records, the summary is kept on the main thread from compact per-row data
 * (category and indicator statuses, and the `--by` key and side fields of each row).
 *
 * This module is also the workers' entry: in a worker started by {@link WorkerPool} it serves
 * batches (in the bundle, `dist/cli.cjs` is both the command and the worker script).
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { getRuleSet } from '../rules/registry.js';
import type { RuleSet } from '../rules/types.js';
import { Tally, type TallyParts } from '../batch/summarize.js';
import { processBatch, type BatchEnd, type BatchOutput, type BatchSettings } from './batch.js';
import { InputError, UsageError } from './errors.js';
import { csvFast, readPart, type InputRecord, type PartOffset, type ReadOptions } from './records.js';

const MARK = 'chuan-ngheo-cli-worker';
const ENCODER = new TextEncoder();

/** How workers read parts of the input (`--workers` on CSV and JSON Lines). */
export interface PartSettings {
  readonly file: string;
  readonly format: 'csv' | 'jsonl';
  readonly read: ReadOptions;
  /** Whether each row's `--by` key is sent back. */
  readonly keys: boolean;
  /** Whether each row's side fields are sent back. */
  readonly fields: boolean;
  /**
   * Whether the worker counts the rows for the (unweighted) summary itself and sends back the
   * tallies, per `--by` key when `keys`, instead of each row's category, statuses, key and fields.
   */
  readonly tally: boolean;
}

interface WorkerInit {
  readonly [MARK]: true;
  readonly ruleSetId: string;
  readonly settings: BatchSettings;
  readonly parts: PartSettings | undefined;
  readonly csvFast: boolean;
}

/** A part of the input for a worker (see split.ts). */
export interface PartJob {
  readonly bytes: Uint8Array;
  readonly prefix: Uint8Array | undefined;
  readonly offset: PartOffset;
  /** The rows the main thread counted (checked), or `undefined`. */
  readonly rows: number | undefined;
}

type Job = { readonly id: number; readonly batch: readonly InputRecord[] } | { readonly id: number; readonly part: PartJob };

/** An error met while reading a part, sent back as data. */
interface PartError {
  readonly kind: 'usage' | 'input' | 'other';
  readonly message: string;
  readonly place?: { readonly row: number; readonly line: number };
}

/** A processed part: the output of its rows (those before an error, if any), and what the summary needs of each row. */
export interface PartOutput {
  readonly output: BatchOutput;
  /** Per row, the `--by` key (when asked, and not tallied). */
  readonly keys: (string | null)[] | undefined;
  /** Per row, the side fields (when asked, and not tallied). */
  readonly fields: InputRecord['fields'][] | undefined;
  /** With `tally`: the summary's counts of the part's rows. */
  readonly tallies: TallyParts | undefined;
  /** Per row, its line. */
  readonly lines: Int32Array;
  /** The first row's number. */
  readonly firstRow: number;
  /** The error that stopped the reading of the part (after its rows). */
  readonly error: Error | undefined;
}

/** A fixed set of worker threads; `submit` returns the processed batch. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (output: unknown) => void; reject: (error: Error) => void }>();
  private next = 0;
  private seq = 0;
  private failure: Error | undefined;

  constructor(size: number, ruleSet: RuleSet, settings: BatchSettings, parts?: PartSettings) {
    const init: WorkerInit = { [MARK]: true, ruleSetId: ruleSet.id, settings, parts, csvFast: csvFast.enabled };
    const script = fileURLToPath(import.meta.url);
    // From the TypeScript sources (development, tests), a worker registers tsx before loading this module.
    const fromSources = script.endsWith('.ts');
    const bootstrap = `import(${JSON.stringify(fromSources ? import.meta.resolve('tsx/esm/api') : '')}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
    for (let i = 0; i < size; i++) {
      const worker = fromSources ? new Worker(bootstrap, { eval: true, workerData: init }) : new Worker(script, { workerData: init });
      worker.on('message', ({ id, output }: { id: number; output: BatchOutput | WirePart }) => {
        const waiting = this.pending.get(id);
        this.pending.delete(id);
        waiting?.resolve(output);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker stopped with exit code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private post<T>(job: Job, transfer: ArrayBuffer[]): Promise<T> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const promise = new Promise<T>((resolve, reject) => this.pending.set(job.id, { resolve: resolve as (output: unknown) => void, reject }));
    this.workers[this.next]!.postMessage(job, transfer);
    this.next = (this.next + 1) % this.workers.length;
    return promise;
  }

  /** Sends a batch of records to the next worker (round robin). */
  submit(batch: readonly InputRecord[]): Promise<BatchOutput> {
    return this.post<BatchOutput>({ id: this.seq++, batch }, []);
  }

  /** Sends a part of the input to the next worker (its bytes are transferred). */
  async submitPart(part: PartJob): Promise<PartOutput> {
    const wire = await this.post<WirePart>({ id: this.seq++, part }, [part.bytes.buffer as ArrayBuffer]);
    const error = wire.error;
    return {
      ...wire,
      error:
        error === undefined
          ? undefined
          : error.kind === 'usage'
            ? new UsageError(error.message)
            : error.kind === 'input'
              ? new InputError(error.message, error.place)
              : new Error(error.message),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

type WirePart = Omit<PartOutput, 'error'> & { readonly error: PartError | undefined };

/**
 * The output of the batches of a part that end at or before row `row` (counted from the part's
 * start): what the main thread writes when the summary refuses row `row`, as the single-threaded
 * run writes the batches before the refused row's batch. Empty for a single batch.
 */
export function batchesBefore(output: BatchOutput, row: number): BatchOutput {
  let end: BatchEnd | undefined;
  for (const batchEnd of output.ends ?? []) {
    if (batchEnd.rows > row) break;
    end = batchEnd;
  }
  if (end === undefined || output.chunks === undefined) return { rows: 0, failed: 0, text: '', chunks: [], errorsText: '', reports: [] };
  return {
    rows: end.rows,
    failed: end.failed,
    text: '',
    chunks: output.chunks.slice(0, end.chunks),
    errorsText: output.errorsText.slice(0, end.errorsText),
    reports: output.reports.slice(0, end.reports),
  };
}

/** Joins the outputs of a part's batches (their texts already encoded, one chunk per batch); slots and statuses unless tallied. */
function joined(outputs: BatchOutput[], d: number, chunks: Uint8Array[], tallied: boolean, ends: BatchEnd[]): BatchOutput {
  let rows = 0;
  for (const output of outputs) rows += output.rows;
  const joinedOutput = {
    ends,
    rows,
    failed: outputs.reduce((sum, output) => sum + output.failed, 0),
    text: '',
    chunks,
    errorsText: outputs.map((output) => output.errorsText).join(''),
    reports: outputs.flatMap((output) => output.reports),
  };
  if (tallied) return joinedOutput;
  const slots = new Uint8Array(rows);
  const statuses = new Uint8Array(rows * d);
  let at = 0;
  for (const output of outputs) {
    slots.set(output.slots!, at);
    statuses.set(output.statuses!, at * d);
    at += output.rows;
  }
  return { ...joinedOutput, slots, statuses };
}

/** The summary's counts of rows, in total and per key (in a worker). */
class PartTallies {
  private readonly total: Tally;
  private readonly groups = new Map<string | null, Tally>();

  constructor(
    private readonly d: number,
    private readonly cut: number,
  ) {
    this.total = new Tally(d);
  }

  add(output: BatchOutput, batch: readonly InputRecord[], keyed: boolean): void {
    const { slots, statuses } = output;
    const d = this.d;
    for (let i = 0; i < output.rows; i++) {
      this.total.addCodes(slots![i]!, statuses!, i * d, this.cut);
      if (!keyed) continue;
      const key = batch[i]!.key ?? null;
      let group = this.groups.get(key);
      if (group === undefined) {
        group = new Tally(d);
        this.groups.set(key, group);
      }
      group.addCodes(slots![i]!, statuses!, i * d, this.cut);
    }
  }

  parts(): TallyParts {
    return { total: this.total, groups: [...this.groups] };
  }
}

async function readAndProcess(part: PartJob, init: WorkerInit, ruleSet: RuleSet): Promise<WirePart> {
  const settings = init.parts!;
  const d = ruleSet.indicators.length;
  const outputs: BatchOutput[] = [];
  const tallies = settings.tally ? new PartTallies(d, ruleSet.deprivationCut.atLeast) : undefined;
  const keys: (string | null)[] | undefined = settings.keys && !settings.tally ? [] : undefined;
  const fields: InputRecord['fields'][] | undefined = settings.fields && !settings.tally ? [] : undefined;
  const lines: number[] = [];
  // Each batch's text is encoded as soon as it is rendered (no string of the whole part), into a buffer of its own size.
  const chunks: Uint8Array[] = [];
  const ends: BatchEnd[] = [];
  let error: PartError | undefined;
  try {
    for await (const batch of readPart(settings.format, part.prefix, part.bytes, { ...settings.read, offset: part.offset }, settings.file)) {
      const output = processBatch(batch, init.settings, ruleSet, undefined, true);
      chunks.push(ENCODER.encode(output.text));
      const last = ends.at(-1);
      ends.push({
        rows: (last?.rows ?? 0) + output.rows,
        failed: (last?.failed ?? 0) + output.failed,
        chunks: chunks.length,
        errorsText: (last?.errorsText ?? 0) + output.errorsText.length,
        reports: (last?.reports ?? 0) + output.reports.length,
      });
      tallies?.add(output, batch, settings.keys);
      outputs.push({ ...output, text: '' });
      for (const record of batch) {
        lines.push(record.line);
        keys?.push(record.key ?? null);
        fields?.push(record.fields);
      }
    }
  } catch (caught) {
    error =
      caught instanceof UsageError
        ? { kind: 'usage', message: caught.message }
        : caught instanceof InputError
          ? { kind: 'input', message: caught.message, ...(caught.place === undefined ? {} : { place: caught.place }) }
          : { kind: 'other', message: caught instanceof Error ? caught.message : String(caught) };
  }
  const output = joined(outputs, d, chunks, tallies !== undefined, ends);
  if (error === undefined && part.rows !== undefined && output.rows !== part.rows)
    error = { kind: 'other', message: `internal error: a part of the input has ${output.rows} rows, ${part.rows} were counted (run with --workers 0)` };
  return { output, keys, fields, tallies: tallies?.parts(), lines: Int32Array.from(lines), firstRow: part.offset.rows + 1, error };
}

/** The output with its text as UTF-8 bytes, and the buffers to transfer (those the bytes, slots and statuses have to themselves). */
function wire(output: BatchOutput): { output: BatchOutput; transfer: ArrayBuffer[] } {
  const chunks = output.chunks ?? [ENCODER.encode(output.text)];
  const transfer = new Set<ArrayBuffer>();
  const own = (view: Uint8Array | undefined): void => {
    if (view !== undefined && view.byteOffset === 0 && view.byteLength === view.buffer.byteLength) transfer.add(view.buffer as ArrayBuffer);
  };
  for (const chunk of chunks) own(chunk);
  own(output.slots);
  own(output.statuses);
  return { output: { ...output, text: '', chunks }, transfer: [...transfer] };
}

function serve(init: WorkerInit): void {
  const ruleSet = getRuleSet(init.ruleSetId);
  csvFast.enabled = init.csvFast;
  // Jobs are served one at a time, in the order they come.
  let queue = Promise.resolve();
  parentPort!.on('message', (job: Job) => {
    if ('batch' in job) {
      const { output, transfer } = wire(processBatch(job.batch, init.settings, ruleSet, undefined, true));
      queue = queue.then(() => parentPort!.postMessage({ id: job.id, output }, transfer));
      return;
    }
    queue = queue.then(async () => {
      const part = await readAndProcess(job.part, init, ruleSet);
      const { output, transfer } = wire(part.output);
      parentPort!.postMessage({ id: job.id, output: { ...part, output } }, [...transfer, part.lines.buffer as ArrayBuffer]);
    });
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.[MARK] === true) serve(workerData as WorkerInit);
