/**
 * The `chuan-ngheo` command line: `classify`, `explain`, `rules list|show|diff`, `schema`.
 * Node-only; never imported by the library entry. Exit codes: 0 all good, 1 some rows failed,
 * 2 usage or file error.
 *
 * @module
 */
import { writeFile } from 'node:fs/promises';
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
import { csvHeaderLine, reportIssues, Sink } from './output.js';
import { detectFormat, readRecords, UsageError, type InputFormat, type InputRecord } from './records.js';
import { rulesDiff, rulesList, rulesShow } from './rules.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Show a progress line (stderr is a terminal). */
  readonly progress: boolean;
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
  --workers <n>              classify in n worker threads (default 0: in the main thread)
  -h, --help                 this text
  -v, --version              the version

Exit codes: 0 all rows classified; 1 some rows failed validation; 2 usage or file error.
CSV layout and output formats: see docs/cli.md.`;

const OPTIONS = {
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
  workers: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function say(stream: Writable, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
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

function countText(n: number): string {
  return n.toLocaleString('en-US');
}

async function commandClassify(file: string, values: Values, io: CliIo): Promise<number> {
  const locale = localeOf(values);
  const options = classifyOptions(values);
  const ruleSet = resolveRuleSet(options);
  const format = inputFormat(file, values);
  const outputFormat = values['output-format'] ?? (values.out !== undefined && values.out.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
  if (outputFormat !== 'csv' && outputFormat !== 'jsonl') throw new UsageError(`--output-format must be jsonl or csv, got "${outputFormat}"`);
  const batchSize = values['batch-size'] === undefined ? 512 : Number(values['batch-size']);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new UsageError('--batch-size must be a positive integer');
  const workers = values.workers === undefined ? 0 : Number(values.workers);
  if (!Number.isSafeInteger(workers) || workers < 0 || workers > 64) throw new UsageError('--workers must be a whole number from 0 to 64');
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
  });
  // Read the first batch before opening the outputs: header and file problems exit 2 with no output file.
  const first = await records.next();
  const out = await Sink.open(values.out, io.stdout);
  const errors = values.errors === undefined ? undefined : await Sink.open(values.errors, io.stdout);
  if (csvOut) out.write(csvHeaderLine(explainRows));

  const started = Date.now();
  let lastProgress = started;
  let read = 0;
  let failed = 0;
  let reported = 0;
  const MAX_REPORTED = 20;
  const settings: BatchSettings = { options, locale, explainRows, full, csvIn, csvOut, errors: errors !== undefined };
  const byKey = (record: InputRecord): string | null | undefined => (values.by === undefined ? undefined : (record.key ?? null));
  const onItem = summarizer === undefined ? undefined : (item: SummaryItem, record: InputRecord): void => summarizer.add(item, byKey(record));

  /** Writes a processed batch in order: reports, errors file, output, progress. */
  const emit = async (output: BatchOutput): Promise<void> => {
    read += output.rows;
    failed += output.failed;
    for (const line of output.reports) {
      if (quiet || reported >= MAX_REPORTED) break;
      reported++;
      say(io.stderr, line);
    }
    if (errors !== undefined && output.errorsText !== '') {
      const pending = errors.write(output.errorsText);
      if (pending !== undefined) await pending;
    }
    const pending = out.write(output.text);
    if (pending !== undefined) await pending;
    if (io.progress) {
      const now = Date.now();
      if (now - lastProgress >= 1000) {
        lastProgress = now;
        io.stderr.write(`\r${countText(read)} rows read, ${countText(failed)} failed…`);
      }
    }
  };

  const pool = workers > 0 ? new WorkerPool(workers, ruleSet, settings) : undefined;
  try {
    if (pool === undefined) {
      for (let step = first; step.done !== true; step = await records.next()) await emit(processBatch(step.value, settings, ruleSet, onItem));
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
      for (let step = first; step.done !== true; step = await records.next()) {
        queue.push({ output: pool.submit(step.value), keys: step.value.map(byKey) });
        if (queue.length >= 2 * workers) await drainOne();
      }
      while (queue.length > 0) await drainOne();
    }
  } finally {
    if (pool !== undefined) await pool.close();
    if (io.progress && lastProgress !== started) io.stderr.write('\r\x1b[K');
  }
  await out.close();
  if (errors !== undefined) await errors.close();

  const seconds = (Date.now() - started) / 1000;
  if (!quiet && failed > reported) say(io.stderr, `… and ${countText(failed - reported)} more failed row${failed - reported === 1 ? '' : 's'}${values.errors === undefined ? ' (list them all with --errors <file>)' : ` (all in ${values.errors})`}`);
  say(
    io.stderr,
    `chuan-ngheo: ${countText(read)} rows read, ${countText(read - failed)} classified, ${countText(failed)} failed — rule set ${ruleSet.id} ${ruleSet.version} (${ruleSet.fingerprint.slice(0, 12)}…), ${seconds.toFixed(1)} s`,
  );
  if (summarizer !== undefined) {
    const summary = summarizer.finish();
    if (values['summary-json'] !== undefined) {
      try {
        await writeFile(values['summary-json'], `${JSON.stringify(summary, null, 2)}\n`);
      } catch (error) {
        throw new UsageError(`cannot write ${values['summary-json']}: ${(error as Error).message}`);
      }
    }
    if (values.summary === true) say(values.out === undefined ? io.stderr : io.stdout, `\n${renderSummary(summary, { locale, ruleSet })}`);
  }
  return failed > 0 ? 1 : 0;
}

async function commandExplain(file: string, values: Values, io: CliIo): Promise<number> {
  const locale = localeOf(values);
  const options = classifyOptions(values);
  const ruleSet = resolveRuleSet(options);
  const format = inputFormat(file, values);
  const wanted = values.row === undefined ? undefined : Number(values.row);
  if (wanted !== undefined && (!Number.isSafeInteger(wanted) || wanted < 1)) throw new UsageError('--row must be a row number from 1');
  let chosen: InputRecord | undefined;
  let count = 0;
  const ignoreColumns = values['ignore-columns']?.split(',').map((column) => column.trim()).filter((column) => column !== '');
  const readOptions = { indicatorIds: ruleSet.indicators.map((indicator) => indicator.id), ...(ignoreColumns === undefined ? {} : { ignoreColumns }) };
  for await (const batch of readRecords(file, format, readOptions)) {
    for (const record of batch) {
      count++;
      if (wanted === undefined ? count === 1 : record.row === wanted) chosen = record;
    }
    if (wanted !== undefined && chosen !== undefined) break;
  }
  if (chosen === undefined) throw new UsageError(wanted === undefined ? `${file} has no household` : `${file} has no row ${wanted} (it has ${count})`);
  if (wanted === undefined && count > 1) throw new UsageError(`${file} has ${count} households; choose one with --row N`);
  const [result] = chosen.household === undefined ? [{ index: 0, ok: false as const, issues: chosen.issues ?? [] }] : classifyMany([chosen.household], options);
  if (result!.ok) {
    say(io.stdout, explain(result!.result, { locale, ruleSet }));
    return 0;
  }
  for (const issue of reportIssues(result!.issues, format === 'csv')) say(io.stderr, `row ${chosen.row}: ${issue.field} — ${issue.message}`);
  return 1;
}

function commandSchema(values: Values, io: CliIo): number {
  const options = classifyOptions(values);
  if (options.ruleSet === undefined && options.date === undefined) options.ruleSet = DEFAULT_RULE_SET_ID;
  const ruleSet = resolveRuleSet(options);
  // The same schema the documentation publishes (zod 4's z.toJSONSchema, io: 'input', plus the
  // cross-field rules restated), so that the CLI and docs/ never disagree.
  say(io.stdout, JSON.stringify(householdJsonSchema(ruleSet), null, 2));
  return 0;
}

function commandRules(positionals: readonly string[], values: Values, io: CliIo): number {
  const locale = localeOf(values);
  const [sub, a, b] = positionals;
  if (sub === 'list' && a === undefined) say(io.stdout, rulesList(locale));
  else if (sub === 'show' && a !== undefined && b === undefined) say(io.stdout, rulesShow(a, locale));
  else if (sub === 'diff' && a !== undefined && b !== undefined && positionals.length === 3) say(io.stdout, rulesDiff(a, b, locale));
  else throw new UsageError('usage: chuan-ngheo rules list | rules show <id> | rules diff <a> <b>');
  return 0;
}

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns
 * the exit code. Never throws for usage problems: they are printed and give exit code 2.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.version === true) {
      say(io.stdout, VERSION);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help === true || command === undefined || command === 'help') {
      say(command === undefined && values.help !== true ? io.stderr : io.stdout, USAGE);
      return command === undefined && values.help !== true ? 2 : 0;
    }
    switch (command) {
      case 'classify':
        if (rest.length !== 1) throw new UsageError('usage: chuan-ngheo classify <file> [options] (one file; "-" for stdin)');
        return await commandClassify(rest[0]!, values, io);
      case 'explain':
        if (rest.length !== 1) throw new UsageError('usage: chuan-ngheo explain <file> [--row N] [options]');
        return await commandExplain(rest[0]!, values, io);
      case 'rules':
        return commandRules(rest, values, io);
      case 'schema':
        if (rest.length !== 0) throw new UsageError('usage: chuan-ngheo schema [--rule-set id]');
        return commandSchema(values, io);
      default:
        throw new UsageError(`unknown command "${command.slice(0, 40)}"; commands: classify, explain, rules, schema`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      say(io.stderr, `chuan-ngheo: ${error.message}\n(run chuan-ngheo --help for usage)`);
      return 2;
    }
    if (error instanceof ValidationError) {
      say(io.stderr, `chuan-ngheo: ${error.message}`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'EPIPE') return 0;
    say(io.stderr, `chuan-ngheo: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
