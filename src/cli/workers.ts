/**
 * `--workers N`: classify in worker threads. For CSV and JSON Lines the main thread only cuts the
 * input bytes into parts at record boundaries (split.ts) and transfers them; a worker reads its
 * part (records.ts `readPart`: the same readers as the single-threaded path), validates,
 * classifies and renders it. For JSON files, and the rest of an input split.ts does not cut,
 * the main thread reads and parses the records and sends batches of them. The main thread writes
 * the output in input order. The summary is kept on the main thread from compact per-row data
 * (category and indicator statuses, and the `--by` key, side fields and line of each row) the
 * workers send back.
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
import { processBatch, type BatchOutput, type BatchSettings } from './batch.js';
import { InputError, UsageError } from './errors.js';
import { csvFast, readPart, type InputRecord, type PartOffset, type ReadOptions } from './records.js';

const MARK = 'chuan-ngheo-cli-worker';

/** How workers read parts of the input (`--workers` on CSV and JSON Lines). */
export interface PartSettings {
  readonly file: string;
  readonly format: 'csv' | 'jsonl';
  readonly read: ReadOptions;
  /** Whether each row's `--by` key is sent back. */
  readonly keys: boolean;
  /** Whether each row's side fields are sent back. */
  readonly fields: boolean;
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
  /** Per row, the `--by` key (when asked). */
  readonly keys: (string | null)[] | undefined;
  /** Per row, the side fields (when asked). */
  readonly fields: InputRecord['fields'][] | undefined;
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

/** Joins the outputs of a part's batches. */
function joined(outputs: BatchOutput[], d: number): BatchOutput {
  if (outputs.length === 1) return outputs[0]!;
  let rows = 0;
  for (const output of outputs) rows += output.rows;
  const slots = new Uint8Array(rows);
  const statuses = new Uint8Array(rows * d);
  let at = 0;
  for (const output of outputs) {
    slots.set(output.slots!, at);
    statuses.set(output.statuses!, at * d);
    at += output.rows;
  }
  return {
    rows,
    failed: outputs.reduce((sum, output) => sum + output.failed, 0),
    text: outputs.map((output) => output.text).join(''),
    errorsText: outputs.map((output) => output.errorsText).join(''),
    reports: outputs.flatMap((output) => output.reports),
    slots,
    statuses,
  };
}

async function readAndProcess(part: PartJob, init: WorkerInit, ruleSet: RuleSet): Promise<WirePart> {
  const settings = init.parts!;
  const outputs: BatchOutput[] = [];
  const keys: (string | null)[] | undefined = settings.keys ? [] : undefined;
  const fields: InputRecord['fields'][] | undefined = settings.fields ? [] : undefined;
  const lines: number[] = [];
  let error: PartError | undefined;
  try {
    for await (const batch of readPart(settings.format, part.prefix, part.bytes, { ...settings.read, offset: part.offset }, settings.file)) {
      outputs.push(processBatch(batch, init.settings, ruleSet, undefined, true));
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
  const d = ruleSet.indicators.length;
  const output =
    outputs.length === 0
      ? { rows: 0, failed: 0, text: '', errorsText: '', reports: [], slots: new Uint8Array(0), statuses: new Uint8Array(0) }
      : joined(outputs, d);
  if (error === undefined && part.rows !== undefined && output.rows !== part.rows)
    error = { kind: 'other', message: `internal error: a part of the input has ${output.rows} rows, ${part.rows} were counted (run with --workers 0)` };
  return { output, keys, fields, lines: Int32Array.from(lines), firstRow: part.offset.rows + 1, error };
}

const ENCODER = new TextEncoder();

/** The output with its text as UTF-8 bytes (each with its own buffer, to be transferred), and the buffers to transfer. */
function wire(output: BatchOutput): { output: BatchOutput; transfer: ArrayBuffer[] } {
  const bytes = ENCODER.encode(output.text);
  return {
    output: { ...output, text: '', bytes },
    transfer: [bytes.buffer as ArrayBuffer, output.slots!.buffer as ArrayBuffer, output.statuses!.buffer as ArrayBuffer],
  };
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
