/**
 * The `chuan-ngheo` command line: `classify`, `explain`, `rules list|show|diff`, `schema`.
 * Node-only; never imported by the library entry. Exit codes (docs/cli.md, "Exit codes"): 0 all
 * rows classified, 1 some rows failed validation, 2 usage or input error, 3 an output could not
 * be written, 130 / 143 interrupted by SIGINT / SIGTERM. Every output file is written
 * atomically (files.ts): on any exit code but 0 and 1, none is created or replaced.
 *
 * @module
 */
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { classifyMany } from '../batch/classifyMany.js';
import { FAILED_SLOT, processBatch, type BatchOutput, type BatchSettings } from './batch.js';
import { summaryItems, WorkerPool } from './workers.js';
import { renderSummary } from '../render/summary.js';
import { createSummarizer, type SummaryItem } from '../batch/summarize.js';
import { createClassifier, type ClassifyOptions } from '../engine/classify.js';
import { ValidationError } from '../errors.js';
import { explain } from '../render/explain.js';
import { householdJsonSchema } from '../input/json-schema.js';
import { DEFAULT_RULE_SET_ID } from '../rules/registry.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { CliError, EXIT, InputError, Interrupted, OutputError, UsageError, type InputPlace } from './errors.js';
import { Sink, writeToStream } from './files.js';
import { csvHeaderLine, moreText, reportIssues } from './output.js';
import { DEFAULT_MAX_LINE_BYTES, detectFormat, readRecords, type InputFormat, type InputRecord } from './records.js';
import { rulesDiff, rulesList, rulesShow } from './rules.js';
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

declare const __CHUAN_NGHEO_VERSION__: string | undefined;
const VERSION = typeof __CHUAN_NGHEO_VERSION__ === 'string' ? __CHUAN_NGHEO_VERSION__ : 'dev';

export const USAGE = `chuan-ngheo — classify Vietnamese households under the multidimensional poverty standard

Usage:
  chuan-ngheo classify <file> [options]   classify every household of a CSV, JSON Lines or JSON file
  chuan-ngheo explain <file> [options]    explain one household (use --row N when the file has several)
  chuan-ngheo rules list                  list the built-in rule sets
  chuan-ngheo rules show <id>             print a rule set's card (every rule with its citation)
  chuan-ngheo rules diff <a> <b>          compare two rule sets
  chuan-ngheo schema [--rule-set id]      print the JSON Schema of the household input

Options:
  --format csv|jsonl|json    input format (default: from the file extension; "-" reads stdin)
  --output-format jsonl|csv  output format (default: from --out's extension, else jsonl)
  --out <file>               write results to a file instead of stdout
  --rule-set <id>            rule set (default: the one in force on --date, else vn-2022-2025)
  --date <YYYY-MM-DD>        review date
  --allow-provisional        accept a provisional rule set
  --locale vi|en             language of explanations and summaries (default vi)
  --explain                  add the rendered explanation to every row
  --full                     JSON Lines: write the full classification of every row
  --summary                  print summary tables at the end (stdout with --out, else stderr)
  --summary-json <file>      write the summary as JSON
  --by <column>              group the summary by a CSV column or top-level JSON field
  --ignore-columns <a,b>     CSV columns to ignore
  --errors <file>            write the failed rows with their issues as JSON Lines
  --row <n>                  explain: the row to explain (from 1)
  --quiet                    no per-row error lines on stderr (the final count is still printed)
  --max-line-bytes <n>       longest JSON Lines line / CSV record read (default 1048576, 1 MiB)
  --batch-size <n>           rows per batch (default 512; the unit of work of --workers)
  --workers <n>              classify in n worker threads (default 0: in the main thread)
  -h, --help                 this text
  -v, --version              the version

--out, --errors and --summary-json are written atomically: they appear only when the run
succeeds (exit 0 or 1).
Exit codes: 0 all rows classified; 1 some rows failed validation (all rows are in the output);
2 usage or input error; 3 an output could not be written; 130/143 interrupted (SIGINT/SIGTERM).
CSV layout, output formats, limits and what each exit code guarantees: docs/cli.md (shipped in
the package: node_modules/chuan-ngheo/docs/cli.md).`;

export const OPTIONS = {
  format: { type: 'string' },
  'output-format': { type: 'string' },
  out: { type: 'string' },
  'rule-set': { type: 'string' },
  date: { type: 'string' },
  'allow-provisional': { type: 'boolean' },
  locale: { type: 'string' },
  explain: { type: 'boolean' },
  full: { type: 'boolean' },
  summary: { type: 'boolean' },
  'summary-json': { type: 'string' },
  by: { type: 'string' },
  'ignore-columns': { type: 'string' },
  errors: { type: 'string' },
  row: { type: 'string' },
  quiet: { type: 'boolean' },
  'batch-size': { type: 'string' },
  'max-line-bytes': { type: 'string' },
  workers: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const line = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);

/** Writes to standard error; a failing standard error is ignored (there is nowhere left to tell). */
function note(io: CliIo, text: string): void {
  try {
    io.stderr.write(line(text), () => undefined);
  } catch {
    // Closed.
  }
}

/** Writes to standard output and waits; a failure is an {@link OutputError} (exit 3). */
async function print(io: CliIo, text: string): Promise<void> {
  try {
    await writeToStream(io.stdout, line(text));
  } catch (error) {
    throw new OutputError('standard output', error);
  }
}

const guarded = new WeakSet<Writable>();

/** An 'error' event with no listener would end the process with a stack trace: listen once. */
function guard(stream: Writable): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', () => undefined);
}

function interruption(signal: AbortSignal | undefined): Interrupted | undefined {
  return signal?.aborted === true ? new Interrupted(String(signal.reason)) : undefined;
}

/** `promise`, or an {@link Interrupted} rejection as soon as `signal` is aborted. */
async function unlessInterrupted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
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

function placeText(place: InputPlace | undefined): string {
  return place === undefined ? '' : `row ${countText(place.row)} (line ${countText(place.line)}): `;
}

function localeOf(values: Values): Locale {
  const locale = values.locale ?? 'vi';
  if (locale !== 'vi' && locale !== 'en') throw new UsageError(`--locale must be vi or en, got "${locale}"`);
  return locale;
}

function classifyOptions(values: Values): ClassifyOptions {
  const options: ClassifyOptions = {};
  if (values['rule-set'] !== undefined) options.ruleSet = values['rule-set'];
  if (values.date !== undefined) options.date = values.date;
  if (values['allow-provisional'] === true) options.allowProvisional = true;
  return options;
}

/** Resolves the rule set the options select, the way classify does (bad options are usage errors). */
function resolveRuleSet(options: ClassifyOptions): RuleSet {
  try {
    return createClassifier(options).ruleSet;
  } catch (error) {
    if (error instanceof ValidationError) {
      const text = error.issues.map((issue) => `--${issue.path[0] === 'date' ? 'date' : 'rule-set'}: ${issue.message}`).join('; ');
      throw new UsageError(text.replace('pass { allowProvisional: true }', 'pass --allow-provisional'));
    }
    throw error;
  }
}

function inputFormat(file: string, values: Values): InputFormat {
  const format = values.format ?? detectFormat(file);
  if (format === undefined) throw new UsageError(`cannot tell the format of ${file} from its extension; pass --format csv, jsonl or json`);
  if (format !== 'csv' && format !== 'jsonl' && format !== 'json') throw new UsageError(`--format must be csv, jsonl or json, got "${format}"`);
  return format;
}

function positiveInteger(value: string | undefined, fallback: number, option: string, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) throw new UsageError(`${option} must be a whole number from 1 to ${countText(max)}, got "${value.slice(0, 40)}"`);
  return n;
}

/** Refuses two output options naming the same file (one would silently replace the other). */
function checkDistinct(values: Values): void {
  const files: [string, string][] = [];
  for (const option of ['out', 'errors', 'summary-json'] as const) {
    const file = values[option];
    if (file === undefined || file === '-') continue;
    const same = files.find(([, other]) => other === resolve(file));
    if (same !== undefined) throw new UsageError(`--${same[0]} and --${option} name the same file ${file}`);
    files.push([option, resolve(file)]);
  }
}

/** The one-line message of a run that stopped: what happened, and where the rows went. */
function stopMessage(error: CliError, read: number, out: Sink | undefined, files: readonly Sink[], atRow?: number): string {
  const what = error instanceof InputError ? `${placeText(error.place)}${error.message}` : error.message;
  const where: string[] = [];
  if (out === undefined || out.atomic) {
    if (out !== undefined) where.push(`${out.label} was ${out.committed ? '' : 'not '}written`);
    where.push(`${rowsText(read)} had been read`);
  } else {
    where.push(`${rowsText(out.rows)} fully written to ${out.label} (the output is incomplete${atRow !== undefined ? `; rows from row ${countText(atRow)} on were not read` : ''})`);
  }
  const others = files.filter((sink) => sink !== out && sink.atomic && !sink.committed).map((sink) => sink.label);
  if (others.length > 0) where.push(`${others.join(' and ')} ${others.length === 1 ? 'was' : 'were'} not written`);
  const kept = files.filter((sink) => sink !== out && sink.committed).map((sink) => sink.label);
  if (kept.length > 0) where.push(`${kept.join(' and ')} ${kept.length === 1 ? 'was' : 'were'} written`);
  return oneLine(`chuan-ngheo: ${what} — the run stopped: ${where.join('; ')}`);
}

async function commandClassify(file: string, values: Values, io: CliIo): Promise<number> {
  const locale = localeOf(values);
  const options = classifyOptions(values);
  const ruleSet = resolveRuleSet(options);
  const format = inputFormat(file, values);
  const outputFormat = values['output-format'] ?? (values.out !== undefined && values.out.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
  if (outputFormat !== 'csv' && outputFormat !== 'jsonl') throw new UsageError(`--output-format must be jsonl or csv, got "${outputFormat}"`);
  const batchSize = positiveInteger(values['batch-size'], 512, '--batch-size', 1_000_000);
  const maxLineBytes = positiveInteger(values['max-line-bytes'], DEFAULT_MAX_LINE_BYTES, '--max-line-bytes', 1 << 30);
  const workers = values.workers === undefined ? 0 : Number(values.workers);
  if (!Number.isSafeInteger(workers) || workers < 0 || workers > 64) throw new UsageError('--workers must be a whole number from 0 to 64');
  checkDistinct(values);
  const explainRows = values.explain === true;
  const full = values.full === true;
  const quiet = values.quiet === true;
  const csvIn = format === 'csv';
  const csvOut = outputFormat === 'csv';
  const wantSummary = values.summary === true || values['summary-json'] !== undefined;
  const summarizer = wantSummary ? createSummarizer(values.by === undefined ? { ruleSet } : { ruleSet, by: values.by }) : undefined;
  const ignoreColumns = values['ignore-columns']?.split(',').map((column) => column.trim()).filter((column) => column !== '');

  const records = readRecords(file, format, {
    indicatorIds: ruleSet.indicators.map((indicator) => indicator.id),
    ...(values.by === undefined ? {} : { by: values.by }),
    ...(ignoreColumns === undefined ? {} : { ignoreColumns }),
    batchSize,
    maxLineBytes,
  });
  const signal = io.signal;
  const sinks: Sink[] = [];
  let out: Sink | undefined;
  let errors: Sink | undefined;
  let pool: WorkerPool | undefined;
  const started = Date.now();
  let lastProgress = started;
  let read = 0;
  let failed = 0;
  let reported = 0;
  const MAX_REPORTED = 20;
  const clearProgress = (): void => {
    if (!io.progress || lastProgress === started) return;
    lastProgress = started;
    try {
      io.stderr.write('\r\x1b[K', () => undefined);
    } catch {
      // Closed.
    }
  };

  try {
    // Read the first batch before opening the outputs: header and file problems exit 2 before any output.
    const first = await unlessInterrupted(records.next(), signal);
    out = await Sink.open(values.out, io.stdout);
    sinks.push(out);
    if (values.errors !== undefined) {
      errors = await Sink.open(values.errors, io.stdout);
      sinks.push(errors);
    }
    if (csvOut) out.write(csvHeaderLine(explainRows));

    const settings: BatchSettings = { options, locale, explainRows, full, csvIn, csvOut, errors: errors !== undefined };
    const byKey = (record: InputRecord): string | null | undefined => (values.by === undefined ? undefined : (record.key ?? null));
    const onItem = summarizer === undefined ? undefined : (item: SummaryItem, record: InputRecord): void => summarizer.add(item, byKey(record));

    /** Writes a processed batch in order: reports, errors file, output, progress. */
    const emit = async (output: BatchOutput): Promise<void> => {
      read += output.rows;
      failed += output.failed;
      for (const report of output.reports) {
        if (quiet || reported >= MAX_REPORTED) break;
        reported++;
        note(io, report);
      }
      if (errors !== undefined && output.errorsText !== '') {
        const pending = errors.write(output.errorsText, output.failed);
        if (pending !== undefined) await pending;
      }
      const pending = out!.write(output.text, output.rows);
      if (pending !== undefined) await pending;
      if (io.progress) {
        const now = Date.now();
        if (now - lastProgress >= 1000) {
          lastProgress = now;
          try {
            io.stderr.write(`\r${countText(read)} rows read, ${countText(failed)} failed…`, () => undefined);
          } catch {
            // Closed.
          }
        }
      }
      const stop = interruption(signal);
      if (stop !== undefined) throw stop;
    };

    pool = workers > 0 ? new WorkerPool(workers, ruleSet, settings) : undefined;
    if (pool === undefined) {
      for (let step = first; step.done !== true; step = await unlessInterrupted(records.next(), signal)) await emit(processBatch(step.value, settings, ruleSet, onItem));
    } else {
      // Up to 2 batches per worker in flight; results are written in input order.
      const queue: { output: Promise<BatchOutput>; keys: (string | null | undefined)[] }[] = [];
      const item = summarizer === undefined ? undefined : summaryItems(ruleSet);
      const drainOne = async (): Promise<void> => {
        const head = queue.shift()!;
        const output = await head.output;
        if (summarizer !== undefined && item !== undefined) {
          const d = ruleSet.indicators.length;
          for (let i = 0; i < output.rows; i++) {
            const slot = output.slots![i]!;
            summarizer.add(slot === FAILED_SLOT ? { index: 0, ok: false, issues: [] } : item(slot, output.statuses!, i * d), head.keys[i]);
          }
        }
        await emit(output);
      };
      try {
        for (let step = first; step.done !== true; step = await unlessInterrupted(records.next(), signal)) {
          queue.push({ output: pool.submit(step.value), keys: step.value.map(byKey) });
          if (queue.length >= 2 * workers) await drainOne();
        }
      } catch (error) {
        // The rows read before an input error are written, as without workers.
        if (error instanceof InputError) while (queue.length > 0) await drainOne();
        else for (const pending of queue) pending.output.catch(() => undefined);
        throw error;
      }
      while (queue.length > 0) await drainOne();
    }

    // Complete: flush, sync and close the files (not yet visible), then the summary, then rename.
    await out.finish();
    if (errors !== undefined) await errors.finish();
    clearProgress();
    if (summarizer !== undefined) {
      const summary = summarizer.finish();
      if (values['summary-json'] !== undefined) {
        const json = await Sink.open(values['summary-json'], io.stdout);
        sinks.push(json);
        json.write(`${JSON.stringify(summary, null, 2)}\n`);
        await json.finish();
      }
      if (values.summary === true) {
        const text = printable(`\n${renderSummary(summary, { locale, ruleSet })}`);
        if (values.out === undefined) note(io, text);
        else await print(io, text);
      }
    }
    const stop = interruption(signal);
    if (stop !== undefined) throw stop;
    for (const sink of sinks) await sink.commit();
  } catch (error) {
    // The rows before an input error are written to standard output (a file is not kept).
    if (error instanceof InputError) for (const sink of sinks) if (!sink.atomic) await sink.flush().catch(() => undefined);
    await Promise.all(sinks.map((sink) => sink.discard()));
    if (!(error instanceof CliError) || (error instanceof UsageError && out === undefined)) throw error;
    clearProgress();
    note(io, stopMessage(error, read, out, sinks, error instanceof InputError ? error.place?.row : undefined));
    return error.exitCode;
  } finally {
    if (pool !== undefined) await pool.close();
    // Closes the input (not awaited: a read may be pending on standard input).
    records.return(undefined).catch(() => undefined);
  }

  const seconds = (Date.now() - started) / 1000;
  if (!quiet && failed > reported) note(io, `… and ${countText(failed - reported)} more failed row${failed - reported === 1 ? '' : 's'}${values.errors === undefined ? ' (list them all with --errors <file>)' : ` (all in ${oneLine(values.errors)})`}`);
  note(
    io,
    `chuan-ngheo: ${rowsText(read)} read, ${countText(read - failed)} classified, ${countText(failed)} failed — rule set ${ruleSet.id} ${ruleSet.version} (${ruleSet.fingerprint.slice(0, 12)}…), ${seconds.toFixed(1)} s`,
  );
  return failed > 0 ? EXIT.rowsFailed : EXIT.ok;
}

async function commandExplain(file: string, values: Values, io: CliIo): Promise<number> {
  const locale = localeOf(values);
  const options = classifyOptions(values);
  const ruleSet = resolveRuleSet(options);
  const format = inputFormat(file, values);
  const wanted = values.row === undefined ? undefined : Number(values.row);
  if (wanted !== undefined && (!Number.isSafeInteger(wanted) || wanted < 1)) throw new UsageError('--row must be a row number from 1');
  const maxLineBytes = positiveInteger(values['max-line-bytes'], DEFAULT_MAX_LINE_BYTES, '--max-line-bytes', 1 << 30);
  let chosen: InputRecord | undefined;
  let count = 0;
  const ignoreColumns = values['ignore-columns']?.split(',').map((column) => column.trim()).filter((column) => column !== '');
  const readOptions = { indicatorIds: ruleSet.indicators.map((indicator) => indicator.id), maxLineBytes, ...(ignoreColumns === undefined ? {} : { ignoreColumns }) };
  const records = readRecords(file, format, readOptions);
  try {
    for (let step = await unlessInterrupted(records.next(), io.signal); step.done !== true; step = await unlessInterrupted(records.next(), io.signal)) {
      for (const record of step.value) {
        count++;
        if (wanted === undefined ? count === 1 : record.row === wanted) chosen = record;
      }
      if (wanted !== undefined && chosen !== undefined) break;
    }
  } finally {
    records.return(undefined).catch(() => undefined);
  }
  if (chosen === undefined) throw new UsageError(wanted === undefined ? `${file} has no household` : `${file} has no row ${wanted} (it has ${count})`);
  if (wanted === undefined && count > 1) throw new UsageError(`${file} has ${count} households; choose one with --row N`);
  const [result] = chosen.household === undefined ? [{ index: 0, ok: false as const, issues: chosen.issues ?? [] }] : classifyMany([chosen.household], options);
  if (result!.ok) {
    await print(io, printable(explain(result!.result, { locale, ruleSet })));
    return EXIT.ok;
  }
  const reportedIssues = reportIssues(result!.issues, format === 'csv');
  for (const issue of reportedIssues.issues) note(io, oneLine(`row ${chosen.row}: ${issue.field} — ${issue.message}`));
  if (reportedIssues.more > 0) note(io, `row ${chosen.row}: ${moreText(reportedIssues.more)}`);
  return EXIT.rowsFailed;
}

async function commandSchema(values: Values, io: CliIo): Promise<number> {
  const options = classifyOptions(values);
  if (options.ruleSet === undefined && options.date === undefined) options.ruleSet = DEFAULT_RULE_SET_ID;
  const ruleSet = resolveRuleSet(options);
  // The same schema the documentation publishes (zod 4's z.toJSONSchema, io: 'input', plus the
  // cross-field rules restated), so that the CLI and docs/ never disagree.
  await print(io, JSON.stringify(householdJsonSchema(ruleSet), null, 2));
  return EXIT.ok;
}

async function commandRules(positionals: readonly string[], values: Values, io: CliIo): Promise<number> {
  const locale = localeOf(values);
  const [sub, a, b] = positionals;
  let text: string;
  if (sub === 'list' && a === undefined) text = rulesList(locale);
  else if (sub === 'show' && a !== undefined && b === undefined) text = rulesShow(a, locale);
  else if (sub === 'diff' && a !== undefined && b !== undefined && positionals.length === 3) text = rulesDiff(a, b, locale);
  else throw new UsageError('usage: chuan-ngheo rules list | rules show <id> | rules diff <a> <b>');
  await print(io, printable(text));
  return EXIT.ok;
}

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns
 * the exit code. Never throws: usage problems give exit code 2, output failures 3 (with a
 * one-line message on standard error, never a stack trace).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  guard(io.stdout);
  guard(io.stderr);
  try {
    let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.version === true) {
      await print(io, VERSION);
      return EXIT.ok;
    }
    const [command, ...rest] = positionals;
    if (command === undefined && values.help !== true) {
      note(io, USAGE);
      return EXIT.usage;
    }
    if (values.help === true || command === 'help' || command === undefined) {
      await print(io, USAGE);
      return EXIT.ok;
    }
    switch (command) {
      case 'classify':
        if (rest.length !== 1) throw new UsageError('usage: chuan-ngheo classify <file> [options] (one file; "-" for stdin)');
        return await commandClassify(rest[0]!, values, io);
      case 'explain':
        if (rest.length !== 1) throw new UsageError('usage: chuan-ngheo explain <file> [--row N] [options]');
        return await commandExplain(rest[0]!, values, io);
      case 'rules':
        return await commandRules(rest, values, io);
      case 'schema':
        if (rest.length !== 0) throw new UsageError('usage: chuan-ngheo schema [--rule-set id]');
        return await commandSchema(values, io);
      default:
        throw new UsageError(`unknown command "${command.slice(0, 40)}"; commands: classify, explain, rules, schema`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      note(io, `${oneLine(`chuan-ngheo: ${error.message}`)}\n(run chuan-ngheo --help for usage)`);
      return error.exitCode;
    }
    if (error instanceof InputError) {
      note(io, oneLine(`chuan-ngheo: ${placeText(error.place)}${error.message}`));
      return error.exitCode;
    }
    if (error instanceof CliError) {
      note(io, oneLine(`chuan-ngheo: ${error.message}`));
      return error.exitCode;
    }
    if (error instanceof ValidationError) {
      note(io, oneLine(`chuan-ngheo: ${error.message}`));
      return EXIT.usage;
    }
    note(io, oneLine(`chuan-ngheo: ${error instanceof Error ? error.message : String(error)}`));
    return EXIT.usage;
  }
}
