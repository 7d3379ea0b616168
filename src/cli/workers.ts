/**
 * `--workers N`: classify batches in worker threads. The main thread reads and parses the file
 * and writes the output in input order; workers validate, classify and render. The summary is
 * kept on the main thread from compact per-row data (category and indicator statuses) the
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
import type { InputRecord } from './records.js';

const MARK = 'chuan-ngheo-cli-worker';

interface WorkerInit {
  readonly [MARK]: true;
  readonly ruleSetId: string;
  readonly settings: BatchSettings;
}

interface Job {
  readonly id: number;
  readonly batch: readonly InputRecord[];
}

/** A fixed set of worker threads; `submit` returns the processed batch. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (output: BatchOutput) => void; reject: (error: Error) => void }>();
  private next = 0;
  private seq = 0;
  private failure: Error | undefined;

  constructor(size: number, ruleSet: RuleSet, settings: BatchSettings) {
    const init: WorkerInit = { [MARK]: true, ruleSetId: ruleSet.id, settings };
    const script = fileURLToPath(import.meta.url);
    // From the TypeScript sources (development, tests), a worker registers tsx before loading this module.
    const fromSources = script.endsWith('.ts');
    const bootstrap = `import(${JSON.stringify(fromSources ? import.meta.resolve('tsx/esm/api') : '')}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
    for (let i = 0; i < size; i++) {
      const worker = fromSources ? new Worker(bootstrap, { eval: true, workerData: init }) : new Worker(script, { workerData: init });
      worker.on('message', ({ id, output }: { id: number; output: BatchOutput }) => {
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

  /** Sends a batch to the next worker (round robin). */
  submit(batch: readonly InputRecord[]): Promise<BatchOutput> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const id = this.seq++;
    const promise = new Promise<BatchOutput>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    const job: Job = { id, batch };
    this.workers[this.next]!.postMessage(job);
    this.next = (this.next + 1) % this.workers.length;
    return promise;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

function serve(init: WorkerInit): void {
  const ruleSet = getRuleSet(init.ruleSetId);
  parentPort!.on('message', (job: Job) => {
    const output = processBatch(job.batch, init.settings, ruleSet, undefined, true);
    parentPort!.postMessage({ id: job.id, output }, [output.slots!.buffer as ArrayBuffer, output.statuses!.buffer as ArrayBuffer]);
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.[MARK] === true) serve(workerData as WorkerInit);
