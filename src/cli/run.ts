/**
 * What every command of the command line shares: where it writes (stdout, stderr), the
 * one-line messages, waiting with interruption (SIGINT / SIGTERM), and the message of a run
 * that stopped (what happened, and where the rows went). Node-only.
 *
 * @module
 */
import type { Writable } from 'node:stream';
import type { Summary } from '../batch/summarize.js';
import { renderSummary } from '../render/summary.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { CliError, InputError, Interrupted, OutputError, UsageError, type InputPlace } from './errors.js';
import { Sink, writeToStream } from './files.js';
import { countText, oneLine, printable, rowsText } from './text.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Show a progress line (stderr is a terminal). */
  readonly progress: boolean;
  /**
   * Aborted on SIGINT / SIGTERM, with the signal name as the reason: the run stops at the next
   * batch, removes its temporary files, says how many rows were written and exits 130 / 143.
   */
  readonly signal?: AbortSignal;
}

const line = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);

/** Writes to standard error; a failing standard error is ignored (there is nowhere left to tell). */
export function note(io: CliIo, text: string): void {
  try {
    io.stderr.write(line(text), () => undefined);
  } catch {
    // Closed.
  }
}

/** Writes to standard output and waits; a failure is an {@link OutputError} (exit 3). */
export async function print(io: CliIo, text: string): Promise<void> {
  try {
    await writeToStream(io.stdout, line(text));
  } catch (error) {
    throw new OutputError('standard output', error);
  }
}

const guarded = new WeakSet<Writable>();

/** An 'error' event with no listener would end the process with a stack trace: listen once. */
export function guard(stream: Writable): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', () => undefined);
}

export function interruption(signal: AbortSignal | undefined): Interrupted | undefined {
  return signal?.aborted === true ? new Interrupted(String(signal.reason)) : undefined;
}

/** `promise`, or an {@link Interrupted} rejection as soon as `signal` is aborted. */
export async function unlessInterrupted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  const now = interruption(signal);
  if (now !== undefined) {
    promise.catch(() => undefined);
    throw now;
  }
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Interrupted(String(signal.reason)));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  // If the race is lost, a later rejection of `promise` must not be unhandled.
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

export function placeText(place: InputPlace | undefined): string {
  if (place === undefined) return '';
  return place.line > 0 ? `row ${countText(place.row)} (line ${countText(place.line)}): ` : `row ${countText(place.row)}: `;
}

/** The one-line message of a run that stopped: what happened, and where the rows went. */
export function stopMessage(error: CliError, read: number, out: Sink | undefined, files: readonly Sink[], atRow?: number): string {
  const what = error instanceof InputError ? `${placeText(error.place)}${error.message}` : error.message;
  const where: string[] = [];
  if (out === undefined || out.atomic || out.discards) {
    if (out !== undefined && !out.discards) where.push(`${out.label} was ${out.committed ? '' : 'not '}written`);
    where.push(`${rowsText(read)} had been read`);
  } else {
    where.push(
      `${rowsText(out.rows)} fully written to ${out.label} (the output is incomplete${atRow !== undefined ? `; rows from row ${countText(atRow)} on were not read` : ''})`,
    );
  }
  const others = files.filter((sink) => sink !== out && sink.atomic && !sink.committed).map((sink) => sink.label);
  if (others.length > 0) where.push(`${others.join(' and ')} ${others.length === 1 ? 'was' : 'were'} not written`);
  const kept = files.filter((sink) => sink !== out && sink.committed).map((sink) => sink.label);
  if (kept.length > 0) where.push(`${kept.join(' and ')} ${kept.length === 1 ? 'was' : 'were'} written`);
  return oneLine(`chuan-ngheo: ${what} — the run stopped: ${where.join('; ')}`);
}

/**
 * Writes the summary of a classify run: `--summary-json` as JSON (a file, or standard output for
 * `-`), `--summary` as text (to standard error when the rows go to standard output, else to standard
 * output).
 */
export async function writeSummary(
  summary: Summary,
  values: { readonly summary?: boolean; readonly 'summary-json'?: string; readonly out?: string; readonly 'output-format'?: string },
  context: { readonly io: CliIo; readonly sinks: Sink[]; readonly locale: Locale; readonly ruleSet: RuleSet },
): Promise<void> {
  const { io, sinks, locale, ruleSet } = context;
  if (values['summary-json'] !== undefined) {
    const json = await Sink.open(values['summary-json'], io.stdout);
    sinks.push(json);
    json.write(`${JSON.stringify(summary, null, 2)}\n`);
    await json.finish();
  }
  if (values.summary === true) {
    const text = printable(`\n${renderSummary(summary, { locale, ruleSet })}`);
    // To standard error when the rows go to standard output (not with --output-format none).
    if (values.out === undefined && values['output-format'] !== 'none') note(io, text);
    else await print(io, text);
  }
}

/** The end of a run that went through: stops if a signal came, else commits every output (the atomic renames). */
export async function commitRun(sinks: readonly Sink[], signal: AbortSignal | undefined): Promise<void> {
  const stop = interruption(signal);
  if (stop !== undefined) throw stop;
  for (const sink of sinks) await sink.commit();
}

/**
 * The end of a classify run that failed: after an input error the rows already written to
 * standard output are flushed (a file is not kept), every output is discarded, and the one-line
 * message says where the rows went. Returns the exit code; rethrows what is not a CLI error (and
 * a usage error before the output was opened, which the caller reports with the usage).
 */
export async function stopRun(
  error: unknown,
  context: { readonly io: CliIo; readonly read: number; readonly out: Sink | undefined; readonly sinks: readonly Sink[]; readonly beforeMessage?: () => void },
): Promise<number> {
  const { io, read, out, sinks } = context;
  if (error instanceof InputError) for (const sink of sinks) if (!sink.atomic) await sink.flush().catch(() => undefined);
  await Promise.all(sinks.map((sink) => sink.discard()));
  if (!(error instanceof CliError) || (error instanceof UsageError && out === undefined)) throw error;
  context.beforeMessage?.();
  note(io, stopMessage(error, read, out, sinks, error instanceof InputError ? error.place?.row : undefined));
  return error.exitCode;
}
