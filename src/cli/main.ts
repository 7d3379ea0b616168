/**
 * The `chuan-ngheo` command line: `classify`, `explain`, `rules list|show|diff`, `schema`.
 * Node-only; never imported by the library entry. Exit codes (docs/cli.md, "Exit codes"): 0 all
 * rows classified, 1 some rows failed validation, 2 usage or input error, 3 an output could not
 * be written, 130 / 143 interrupted by SIGINT / SIGTERM. Every output file is written
 * atomically (files.ts): on any exit code but 0 and 1, none is created or replaced.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyMany } from '../batch/classifyMany.js';
import { FAILED_SLOT, processBatch, summaryItems, type BatchOutput, type BatchSettings } from './batch.js';
import { batchesBefore, WorkerPool } from './workers.js';
import { createSummarizerWith, type Summarizer, type SummaryItem, type TallyParts } from '../batch/summarize.js';
import { createClassifier, type ClassifyOptions } from '../engine/classify.js';
import { ValidationError } from '../errors.js';
import { explain } from '../render/explain.js';
import { householdJsonSchema } from '../input/json-schema.js';
import { DEFAULT_RULE_SET_ID } from '../rules/registry.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { CliError, EXIT, InputError, UsageError } from './errors.js';
import { openOutput, Sink } from './files.js';
import { csvHeaderLine, moreText, reportIssues } from './output.js';
import {
  checkReadable as checkInput,
  DEFAULT_MAX_LINE_BYTES,
  detectFormat,
  readRecords,
  readStream,
  type InputFormat,
  type InputRecord,
  type ReadOptions,
} from './records.js';
import { splitInput } from './split.js';
import { rulesDiff, rulesList, rulesShow } from './rules.js';
import { headOf, isFlatHeading, isZip, openSheets, outputFormatOf, recordsRun, SHEET_OPTIONS, writeSheetRun, type OpenedRun } from './sheets.js';
import type { SheetResult } from '../sheets/classify.js';
import { reviewCommand } from './review.js';
import { classifyColumnarFile, columnarFormatOf, columnarFormatOfBytes, type ColumnarFormat, type ColumnarOutput } from './columnar.js';
import { changeCommand } from './change.js';
import { writeTemplate } from '../sheets/output.js';
import { optionError, rowError, statsSettings, surveyFields, type StatsSettings } from './stats.js';
import { countText, oneLine, printable, rowsText } from './text.js';
import { guard, interruption, note, placeText, print, unlessInterrupted, commitRun, stopRun, writeSummary, type CliIo } from './run.js';

export type { CliIo } from './run.js';

declare const __CHUAN_NGHEO_VERSION__: string | undefined;
const VERSION = typeof __CHUAN_NGHEO_VERSION__ === 'string' ? __CHUAN_NGHEO_VERSION__ : 'dev';

export const USAGE = `chuan-ngheo — classify Vietnamese households under the multidimensional poverty standard

Usage:
  chuan-ngheo classify <file> [options]   classify every household of an .xlsx, CSV, JSON Lines or JSON file
  chuan-ngheo explain <file> [options]    explain one household (use --row N when the file has several)
  chuan-ngheo template [--out <file>]     write the empty review workbook (default mau-ra-soat.xlsx)
  chuan-ngheo review <file> --previous <file> [--totals <file>] [--by <column>] [--out report.xlsx | --json]
                                          the annual review report against last year's list
  chuan-ngheo change <before> <after> [--panel [--id <column>]]
                                          the change in the figures between two rounds, with standard errors
  chuan-ngheo rules list                  list the built-in rule sets
  chuan-ngheo rules show <id>             print a rule set's card (every rule with its citation)
  chuan-ngheo rules diff <a> <b>          compare two rule sets
  chuan-ngheo schema [--rule-set id]      print the JSON Schema of the household input

Options:
  --format csv|jsonl|json|xlsx|arrow|parquet  input format (default: from the file; "-" reads stdin)
  --output-format jsonl|csv|xlsx|arrow|parquet|none  output format (default: from --out's extension,
                             else jsonl; arrow and parquet for Arrow or Parquet input, with the optional
                             packages apache-arrow and parquet-wasm installed; none: no rows, only
                             --summary, --summary-json and --errors)
  --income-scale <n>         Arrow/Parquet: integer incomes are in 10^-n đồng (default 0: whole đồng)
  --out <file>               write results to a file instead of stdout (.xlsx: the officers' workbook)
  --excel                    CSV for Excel: byte-order mark, ";" under --locale vi, officers' columns
  --rule-set <id>            rule set (default: the one in force on --date, else vn-2022-2025)
  --date <YYYY-MM-DD>        review date
  --allow-provisional        accept a provisional rule set
  --locale vi|en             language of messages, explanations and summaries (default vi)
  --explain                  add the rendered explanation to every row
  --full                     JSON Lines: write the full classification of every row
  --summary                  print summary tables at the end (stdout with --out, else stderr)
  --summary-json <file>      write the summary as JSON
  --by <column>              group the summary (review: the grouping columns, e.g. Xã,Thôn)
  --ignore-columns <a,b>     CSV columns to ignore
  --errors <file>            write the failed rows with their issues as JSON Lines
  --row <n>                  explain: the row to explain (from 1)
  --quiet                    no per-row error lines on stderr (the final count is still printed)
  --max-line-bytes <n>       longest JSON Lines line / CSV record read (default 1048576, 1 MiB)
  --batch-size <n>           rows per batch (default 512; the unit of work of --workers)
  --workers <n>              classify in n worker threads (default 0: in the main thread)
Spreadsheets (.xlsx, and CSV as Excel writes it, with the review form's Vietnamese headings):
  --blank not-deprived|unknown  how a blank indicator cell is read (required, except for the
                             flat English CSV layout, where it stays unknown)
  --number-format plain|vi   numbers as text: 1500000 / 31.5 (plain) or 1.500.000 / 31,5 (vi)
  --encoding <label>         CSV code page, e.g. windows-1258 (default: UTF-8, else refused)
  --delimiter ,|;|tab        CSV separator (default: detected)
  --columns <map.json>       map headings as written to fields, carry or ignore
  --unknown-columns error|carry  an unrecognised heading: an error (default) or carried
  --sheet <name>             .xlsx: the households sheet
  --members-sheet <name>     .xlsx: the members sheet ("" for none)
Survey statistics (classify --summary, change):
  --weight <column>  --size <column>  --strata <column>  --psu <column>
  --confidence <level>       default 0.95
  --singleton-psu adjust|certainty|fail
  --measures <file.json>     other indicator weightings (equal, nested, given)
review:
  --previous <file>          last year's list (Mã hộ, Tình trạng, the --by columns; or JSON Lines)
  --totals <file>            resident households (and persons) per group, for the rates
  --previous-year <yyyy>  --previous-date <YYYY-MM-DD>  --previous-coverage poor-and-near-poor|all-households
  --re-poor-years <n>        how far back an earlier escape makes a household re-poor
  --json                     review, change: the report as JSON
change:
  --panel                    the same households in both rounds
  --id <column>              --panel: the column matching rows across the rounds
  -h, --help                 this text
  -v, --version              the version

--out, --errors and --summary-json are written atomically: they appear only when the run
succeeds (exit 0 or 1).
Exit codes: 0 all rows classified; 1 some rows failed validation (all rows are in the output);
2 usage or input error; 3 an output could not be written; 130/143 interrupted (SIGINT/SIGTERM).
Readers, layouts, output formats, limits and what each exit code guarantees: docs/cli.md (shipped
in the package: node_modules/chuan-ngheo/docs/cli.md).`;

export const OPTIONS = {
  format: { type: 'string' },
  'income-scale': { type: 'string' },
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
  blank: { type: 'string' },
  'number-format': { type: 'string' },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  columns: { type: 'string' },
  'unknown-columns': { type: 'string' },
  sheet: { type: 'string' },
  'members-sheet': { type: 'string' },
  excel: { type: 'boolean' },
  weight: { type: 'string' },
  size: { type: 'string' },
  strata: { type: 'string' },
  psu: { type: 'string' },
  confidence: { type: 'string' },
  'singleton-psu': { type: 'string' },
  measures: { type: 'string' },
  previous: { type: 'string' },
  'previous-year': { type: 'string' },
  'previous-date': { type: 'string' },
  'previous-coverage': { type: 'string' },
  totals: { type: 'string' },
  're-poor-years': { type: 'string' },
  json: { type: 'boolean' },
  panel: { type: 'boolean' },
  id: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

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
  if (format === 'arrow' || format === 'parquet') throw new UsageError(`--format ${format} is for classify`);
  if (format !== 'csv' && format !== 'jsonl' && format !== 'json')
    throw new UsageError(`--format must be csv, jsonl, json, xlsx, arrow or parquet, got "${format}"`);
  return format;
}

function positiveInteger(value: string | undefined, fallback: number, option: string, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max)
    throw new UsageError(`${option} must be a whole number from 1 to ${countText(max)}, got "${value.slice(0, 40)}"`);
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

/** How a file is read: its format, its first bytes, and whether the sheets reader takes it. */
async function inputKind(
  file: string,
  values: Values,
  ruleSet: RuleSet,
): Promise<{ format: InputFormat | 'xlsx'; head: Uint8Array | undefined; sheetsReader: boolean }> {
  const head = await headOf(file);
  const xlsx = values.format === 'xlsx' || (values.format === undefined && (isZip(head) || file.toLowerCase().endsWith('.xlsx')));
  const format: InputFormat | 'xlsx' = xlsx ? 'xlsx' : inputFormat(file, values);
  const sheetOption = SHEET_OPTIONS.find((option) => values[option] !== undefined);
  if (sheetOption !== undefined && format !== 'csv' && format !== 'xlsx')
    throw new UsageError(`--${sheetOption} is for CSV and .xlsx input, not ${format === 'jsonl' ? 'JSON Lines' : 'JSON'}`);
  const indicatorIds = ruleSet.indicators.map((indicator) => indicator.id);
  const sheetsReader = format === 'xlsx' || (format === 'csv' && (sheetOption !== undefined || !isFlatHeading(head, indicatorIds)));
  return { format, head, sheetsReader };
}

/** Opens a file as a run of sheet results (the sheets reader, or the flat reader's records). */
async function openRun(
  file: string,
  values: Values,
  io: CliIo,
  context: { locale: Locale; options: ClassifyOptions; ruleSet: RuleSet; side: Record<string, string> },
  kind?: Awaited<ReturnType<typeof inputKind>>,
): Promise<OpenedRun> {
  const { format, head, sheetsReader } = kind ?? (await inputKind(file, values, context.ruleSet));
  const settings = {
    file,
    format,
    head,
    locale: context.locale,
    ruleSet: context.ruleSet,
    classifyOptions: context.options,
    side: context.side,
    maxLineBytes: positiveInteger(values['max-line-bytes'], DEFAULT_MAX_LINE_BYTES, '--max-line-bytes', 1 << 30),
    batchSize: positiveInteger(values['batch-size'], 512, '--batch-size', 1_000_000),
  };
  const ignoreColumns = values['ignore-columns']
    ?.split(',')
    .map((column) => column.trim())
    .filter((column) => column !== '');
  await checkInput(file);
  return sheetsReader ? await unlessInterrupted(openSheets(settings, values), io.signal) : recordsRun(settings, format as InputFormat, ignoreColumns);
}

/** The columnar format of the input: `--format arrow|parquet`, the extension, or the first bytes. */
async function columnarInput(file: string, values: Values): Promise<ColumnarFormat | undefined> {
  if (values.format === 'arrow' || values.format === 'parquet') return values.format;
  if (values.format !== undefined || file === '-') return undefined;
  return columnarFormatOf(file) ?? columnarFormatOfBytes(await headOf(file));
}

/** The columnar output format asked for (`--output-format`, or `--out`'s extension). */
function columnarOutput(values: Values): ColumnarFormat | undefined {
  const given = values['output-format'];
  if (given === 'arrow' || given === 'parquet') return given;
  return given === undefined ? columnarFormatOf(values.out) : undefined;
}

const NOT_COLUMNAR = ['explain', 'full', 'excel', 'weight', 'size', 'strata', 'psu', 'confidence', 'singleton-psu', 'measures', ...SHEET_OPTIONS] as const;

async function commandClassifyColumnar(file: string, input: ColumnarFormat, values: Values, io: CliIo): Promise<number> {
  const locale = localeOf(values);
  const options = classifyOptions(values);
  const ruleSet = resolveRuleSet(options);
  const refused = NOT_COLUMNAR.find((option) => values[option] !== undefined);
  if (refused !== undefined)
    throw new UsageError(`--${refused} is not available for ${input === 'arrow' ? 'Arrow' : 'Parquet'} input (use CSV, JSON Lines or .xlsx input for it)`);
  let output: ColumnarOutput | undefined = columnarOutput(values);
  if (output === undefined) {
    const text = outputFormatOf(values);
    if (text === 'xlsx')
      throw new UsageError(
        `an .xlsx output is not available for ${input === 'arrow' ? 'Arrow' : 'Parquet'} input: choose --output-format parquet, arrow, csv or jsonl`,
      );
    output = text as 'csv' | 'jsonl' | 'none';
  }
  if ((output === 'arrow' || output === 'parquet') && (values.out === undefined || values.out === '-') && (io.stdout as { isTTY?: boolean }).isTTY === true)
    throw new UsageError(`${output === 'arrow' ? 'an Arrow' : 'a Parquet'} file is not for the terminal: pass --out <file>`);
  if (values.workers !== undefined && values.workers !== '0')
    note(io, 'chuan-ngheo: --workers is not used for Arrow or Parquet input (the columns are classified in the main thread)');
  checkDistinct(values);
  return classifyColumnarFile(file, input, output, values, io, { locale, options, ruleSet });
}

async function commandClassify(file: string, values: Values, io: CliIo): Promise<number> {
  const columnar = await columnarInput(file, values);
  if (columnar !== undefined) return commandClassifyColumnar(file, columnar, values, io);
  const wanted = columnarOutput(values);
  if (wanted !== undefined)
    throw new UsageError(
      `--output-format ${wanted} is for Arrow or Parquet input (--format arrow|parquet, or a .arrow, .feather or .parquet file); write CSV or JSON Lines from this input`,
    );
  if (values['income-scale'] !== undefined) throw new UsageError('--income-scale is for Arrow or Parquet input');
  const locale = localeOf(values);
  const options = classifyOptions(values);
  const ruleSet = resolveRuleSet(options);
  const kind = await inputKind(file, values, ruleSet);
  const outputFormat = outputFormatOf(values);
  const stats = await statsSettings(values);
  if (kind.sheetsReader || outputFormat === 'xlsx' || outputFormat === 'excel') {
    if (values.workers !== undefined && values.workers !== '0')
      note(io, 'chuan-ngheo: --workers is not used for this input or output (rows are classified in the main thread)');
    checkDistinct(values);
    const side: Record<string, string> = { ...stats.columns };
    if (values.by !== undefined) side.by = values.by;
    const opened = await openRun(file, values, io, { locale, options, ruleSet, side }, kind);
    return writeSheetRun(opened, { values, locale, ruleSet, outputFormat, stats }, io);
  }
  return commandClassifyRecords(file, kind.format as InputFormat, values, io, {
    locale,
    options,
    ruleSet,
    outputFormat: outputFormat === 'none' ? 'jsonl' : (outputFormat as 'csv' | 'jsonl'),
    stats,
  });
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function commandReview(file: string, values: Values, io: CliIo): Promise<number> {
  const locale = localeOf(values);
  const date = values.date ?? today();
  const options = { ...classifyOptions(values), date };
  const ruleSet = resolveRuleSet(options);
  const by =
    values.by
      ?.split(',')
      .map((field) => field.trim())
      .filter((field) => field !== '') ?? [];
  const side: Record<string, string> = Object.fromEntries(by.map((field) => [`by:${field}`, field]));
  checkDistinct(values);
  const opened = await openRun(file, values, io, { locale, options, ruleSet, side });
  return reviewCommand(opened, values, { locale, ruleSet, date, by }, io);
}

async function commandChange(before: string, after: string, values: Values, io: CliIo): Promise<number> {
  const locale = localeOf(values);
  const options = classifyOptions(values);
  const ruleSet = resolveRuleSet(options);
  const stats = await statsSettings(values);
  if (values.id !== undefined && values.panel !== true) throw new UsageError('--id is for --panel (the household id that matches rows across the rounds)');
  const side: Record<string, string> = { ...stats.columns };
  if (values.by !== undefined) side.by = values.by;
  if (values.id !== undefined) side.id = values.id;
  checkDistinct(values);
  const first = await openRun(before, values, io, { locale, options, ruleSet, side });
  const second = await openRun(after, values, io, { locale, options, ruleSet, side });
  return changeCommand(first, second, values, { locale, ruleSet, stats }, io);
}

async function commandTemplate(values: Values, io: CliIo): Promise<number> {
  const ruleSetId = values['rule-set'] ?? DEFAULT_RULE_SET_ID;
  const ruleSet = resolveRuleSet({ ruleSet: ruleSetId, ...(values['allow-provisional'] === true ? { allowProvisional: true } : {}) });
  const target = values.out ?? 'mau-ra-soat.xlsx';
  if (values.out === undefined && (await headOf(target)) !== undefined)
    throw new UsageError(`${target} already exists; choose the file with --out (it is then replaced)`);
  if (target === '-' && (io.stdout as { isTTY?: boolean }).isTTY === true)
    throw new UsageError('an .xlsx file is not for the terminal: pass --out <file.xlsx>');
  const bytes = writeTemplate({ ruleSet });
  const sink = await Sink.open(target, io.stdout);
  try {
    await sink.writeBytes(bytes);
    await sink.finish();
    await sink.commit();
  } catch (error) {
    await sink.discard();
    throw error;
  }
  if (target !== '-')
    note(
      io,
      oneLine(
        `chuan-ngheo: ${localeOf(values) === 'vi' ? 'đã ghi mẫu phiếu rà soát' : 'wrote the review template'} ${target} (${ruleSet.id} ${ruleSet.version})`,
      ),
    );
  return EXIT.ok;
}

/**
 * With `--workers`, the rows of a part of the input (split.ts) after the first, in batches: larger
 * parts cost the main thread less (4 batches: a third less than 1 on the 1,000,000-row benchmark).
 */
const PART_BATCHES = 4;

async function commandClassifyRecords(
  file: string,
  format: InputFormat,
  values: Values,
  io: CliIo,
  context: { locale: Locale; options: ClassifyOptions; ruleSet: RuleSet; outputFormat: 'csv' | 'jsonl'; stats: StatsSettings },
): Promise<number> {
  const { locale, options, ruleSet, outputFormat, stats } = context;
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
  let summarizer: Summarizer | undefined;
  /** Adds counts made in a worker (unweighted summaries). */
  let mergeTallies: ((tallies: TallyParts) => void) | undefined;
  try {
    const made = wantSummary
      ? createSummarizerWith(values.by === undefined ? { ruleSet, ...stats.options } : { ruleSet, by: values.by, ...stats.options })
      : undefined;
    summarizer = made?.summarizer;
    if (made !== undefined && !stats.survey) mergeTallies = made.merge;
  } catch (error) {
    throw optionError(error);
  }
  const ignoreColumns = values['ignore-columns']
    ?.split(',')
    .map((column) => column.trim())
    .filter((column) => column !== '');

  const readOptions: ReadOptions = {
    indicatorIds: ruleSet.indicators.map((indicator) => indicator.id),
    ...(values.by === undefined ? {} : { by: values.by }),
    ...(ignoreColumns === undefined ? {} : { ignoreColumns }),
    ...(stats.survey && Object.keys(stats.columns).length > 0 ? { fields: stats.columns } : {}),
    batchSize,
    maxLineBytes,
  };
  // With workers, CSV and JSON Lines are cut into parts that the workers read (split.ts).
  const split = workers > 0 && format !== 'json';
  const records = split ? undefined : readRecords(file, format, readOptions);
  const signal = io.signal;
  const sinks: Sink[] = [];
  let out: Sink | undefined;
  let errors: Sink | undefined;
  let pool: WorkerPool | undefined;
  let stopSource: (() => void) | undefined;
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
    const settings: BatchSettings = { options, locale, explainRows, full, csvIn, csvOut, errors: values.errors !== undefined };
    const byKey = (record: InputRecord): string | null | undefined => (values.by === undefined ? undefined : (record.key ?? null));
    const addToSummary = (item: SummaryItem, key: string | null | undefined, fields: InputRecord['fields'], place: { row: number; line: number }): void => {
      try {
        summarizer!.add(item, key, surveyFields(fields));
      } catch (error) {
        throw rowError(error, place);
      }
    };
    const onItem =
      summarizer === undefined ? undefined : (item: SummaryItem, record: InputRecord): void => addToSummary(item, byKey(record), record.fields, record);

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
      // From workers, the lines come as UTF-8 (and the header was written as bytes: the two are not mixed).
      if (output.chunks === undefined) {
        const pending = out!.write(output.text, output.rows);
        if (pending !== undefined) await pending;
      } else {
        // The rows are counted with the last chunk.
        const last = output.chunks.length - 1;
        if (last === -1 && output.rows > 0) out!.writeBytes(new Uint8Array(0), output.rows);
        for (let c = 0; c <= last; c++) {
          const pending = out!.writeBytes(output.chunks[c]!, c === last ? output.rows : 0);
          if (pending !== undefined) await pending;
        }
      }
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
    /** Opens the outputs (after the first batch or part was read: header and file problems exit 2 before any output). */
    const openOutputs = async (): Promise<void> => {
      out = await openOutput(values, io.stdout);
      sinks.push(out);
      if (values.errors !== undefined) {
        errors = await Sink.open(values.errors, io.stdout);
        sinks.push(errors);
      }
      if (csvOut) {
        if (workers === 0) out.write(csvHeaderLine(explainRows));
        else out.writeBytes(Buffer.from(csvHeaderLine(explainRows)));
      }
    };

    if (records !== undefined && workers === 0) {
      const first = await unlessInterrupted(records.next(), signal);
      await openOutputs();
      for (let step = first; step.done !== true; step = await unlessInterrupted(records.next(), signal))
        await emit(processBatch(step.value, settings, ruleSet, onItem));
    } else {
      pool = new WorkerPool(
        workers,
        ruleSet,
        settings,
        split
          ? {
              file,
              format: format as 'csv' | 'jsonl',
              read: readOptions,
              keys: values.by !== undefined,
              fields: readOptions.fields !== undefined,
              tally: mergeTallies !== undefined,
            }
          : undefined,
      );
      const workerPool = pool;
      /** A batch or part in flight: its output, and what the summary needs of each of its rows. */
      interface Ready {
        readonly output: BatchOutput;
        readonly keys: readonly (string | null | undefined)[] | undefined;
        readonly fields: readonly InputRecord['fields'][] | undefined;
        readonly place: (i: number) => { row: number; line: number };
        /** What stopped the reading of a part, after its rows. */
        readonly error?: Error | undefined;
        /** A part's counts for the summary (then there are no per-row data). */
        readonly tallies?: TallyParts | undefined;
      }
      const ofRecords = (batch: readonly InputRecord[]): Promise<Ready> => {
        const keys = batch.map(byKey);
        const fields = batch.map((record) => record.fields);
        return workerPool.submit(batch).then((output) => ({ output, keys, fields, place: (i) => batch[i]! }));
      };
      /** The batches and parts, in input order. */
      // (Wrapped: an async generator would wait for a promise it yields.)
      const inFlight = async function* (): AsyncGenerator<{ readonly ready: Promise<Ready> }, void, undefined> {
        if (records !== undefined) {
          for await (const batch of records) yield { ready: ofRecords(batch) };
          return;
        }
        // A missing or unreadable file is a usage error before any output, as with readRecords.
        await checkInput(file);
        const stream = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
        for await (const piece of splitInput(stream, format as 'csv' | 'jsonl', file, {
          firstRows: batchSize,
          rows: PART_BATCHES * batchSize,
          maxLineBytes,
        })) {
          if (piece.kind === 'rest') {
            for await (const batch of readStream(piece.stream, file, format as 'csv' | 'jsonl', { ...readOptions, offset: piece.offset }))
              yield { ready: ofRecords(batch) };
            return;
          }
          yield {
            ready: workerPool.submitPart(piece).then(
              (part): Ready => ({
                output: part.output,
                keys: part.keys,
                fields: part.fields,
                place: (i) => ({ row: part.firstRow + i, line: part.lines[i]! }),
                error: part.error,
                tallies: part.tallies,
              }),
            ),
          };
        }
      };
      const source = inFlight();
      stopSource = () => source.return(undefined).catch(() => undefined);
      // Results are written in input order.
      const queue: Promise<Ready>[] = [];
      const item = summarizer === undefined ? undefined : summaryItems(ruleSet);
      const d = ruleSet.indicators.length;
      const drainOne = async (): Promise<void> => {
        const ready = await queue.shift()!;
        const output = ready.output;
        if (ready.tallies !== undefined) mergeTallies!(ready.tallies);
        else if (summarizer !== undefined && item !== undefined) {
          for (let i = 0; i < output.rows; i++) {
            const slot = output.slots![i]!;
            try {
              addToSummary(
                slot === FAILED_SLOT ? { index: 0, ok: false, issues: [] } : item(slot, output.statuses!, i * d),
                ready.keys?.[i],
                ready.fields?.[i],
                ready.place(i),
              );
            } catch (error) {
              // As without workers: the batches before the refused row's batch are written.
              const before = batchesBefore(output, i);
              if (before.rows > 0) await emit(before);
              throw error;
            }
          }
        }
        await emit(output);
        if (ready.error !== undefined) throw ready.error;
      };
      const push = (pending: Promise<Ready>): void => {
        pending.catch(() => undefined);
        queue.push(pending);
      };
      /** The read of the next batch or part, when one is under way (it is not dropped when a result is written meanwhile). */
      let reading: Promise<IteratorResult<{ readonly ready: Promise<Ready> }, void>> | undefined;
      const pull = (): Promise<IteratorResult<{ readonly ready: Promise<Ready> }, void>> => {
        reading ??= source.next();
        return reading;
      };
      const read = async (): Promise<IteratorResult<{ readonly ready: Promise<Ready> }, void>> => {
        try {
          return await unlessInterrupted(pull(), signal);
        } finally {
          reading = undefined;
        }
      };
      /** Whether the oldest result in flight comes before the next read (then it is written first: a slow input does not hold back the output). */
      const headFirst = (): Promise<boolean> =>
        unlessInterrupted(
          Promise.race([
            queue[0]!.then(
              () => true,
              () => true,
            ),
            pull().then(
              () => false,
              () => false,
            ),
          ]),
          signal,
        );
      const next = async (): Promise<IteratorResult<{ readonly ready: Promise<Ready> }, void>> => {
        try {
          return await read();
        } catch (error) {
          // The rows read before an input error are written, as without workers.
          if (error instanceof InputError) while (queue.length > 0) await drainOne();
          throw error;
        }
      };
      // The first batch or part is read before the outputs are opened (a part's header problem, or
      // an input error before its first row, exits 2 before any output); meanwhile the next ones
      // go to the other workers.
      let ended = false;
      let failure: unknown;
      const prefetch = async (): Promise<void> => {
        try {
          const step = await read();
          if (step.done === true) ended = true;
          else push(step.value.ready);
        } catch (error) {
          failure = error;
          ended = true;
        }
      };
      await prefetch();
      while (!ended && queue.length < 2 * workers && !(await headFirst())) await prefetch();
      if (failure !== undefined && (queue.length === 0 || !(failure instanceof InputError))) throw failure;
      if (queue.length > 0) {
        const ready = await unlessInterrupted(queue[0]!, signal);
        if (ready.error !== undefined && (ready.error instanceof UsageError || ready.output.rows === 0)) throw ready.error;
      }
      await openOutputs();
      if (failure !== undefined) {
        // The rows read before an input error are written, as without workers.
        while (queue.length > 0) await drainOne();
        throw failure;
      }
      // Up to 3 in flight per worker; a result ready before the next read is written at once.
      while (!ended) {
        if (queue.length >= 3 * workers || (queue.length > 0 && (await headFirst()))) {
          await drainOne();
          continue;
        }
        const step = await next();
        if (step.done === true) break;
        push(step.value.ready);
      }
      while (queue.length > 0) await drainOne();
    }

    // Complete: flush, sync and close the files (not yet visible), then the summary, then rename.
    await out!.finish();
    if (errors !== undefined) await errors.finish();
    clearProgress();
    if (summarizer !== undefined) {
      let summary;
      try {
        summary = summarizer.finish();
      } catch (error) {
        throw error instanceof ValidationError ? new InputError(error.message) : error;
      }
      await writeSummary(summary, values, { io, sinks, locale, ruleSet });
    }
    await commitRun(sinks, signal);
  } catch (error) {
    return await stopRun(error, { io, read, out, sinks, beforeMessage: clearProgress });
  } finally {
    if (pool !== undefined) await pool.close();
    // Closes the input (not awaited: a read may be pending on standard input).
    records?.return(undefined).catch(() => undefined);
    stopSource?.();
  }

  const seconds = (Date.now() - started) / 1000;
  if (!quiet && failed > reported)
    note(
      io,
      `… and ${countText(failed - reported)} more failed row${failed - reported === 1 ? '' : 's'}${values.errors === undefined ? ' (list them all with --errors <file>)' : ` (all in ${oneLine(values.errors)})`}`,
    );
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
  const wanted = values.row === undefined ? undefined : Number(values.row);
  if (wanted !== undefined && (!Number.isSafeInteger(wanted) || wanted < 1)) throw new UsageError('--row must be a row number from 1');
  const kind = await inputKind(file, values, ruleSet);
  if (kind.sheetsReader) return explainSheet(file, values, io, { locale, options, ruleSet, wanted }, kind);
  const format = kind.format as InputFormat;
  const maxLineBytes = positiveInteger(values['max-line-bytes'], DEFAULT_MAX_LINE_BYTES, '--max-line-bytes', 1 << 30);
  let chosen: InputRecord | undefined;
  let count = 0;
  const ignoreColumns = values['ignore-columns']
    ?.split(',')
    .map((column) => column.trim())
    .filter((column) => column !== '');
  const readOptions = {
    indicatorIds: ruleSet.indicators.map((indicator) => indicator.id),
    maxLineBytes,
    ...(ignoreColumns === undefined ? {} : { ignoreColumns }),
  };
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

/** `explain` on a workbook or an Excel CSV: the household of data row `--row` (from 1). */
async function explainSheet(
  file: string,
  values: Values,
  io: CliIo,
  context: { locale: Locale; options: ClassifyOptions; ruleSet: RuleSet; wanted: number | undefined },
  kind: Awaited<ReturnType<typeof inputKind>>,
): Promise<number> {
  const { locale, ruleSet, wanted } = context;
  const opened = await openRun(file, values, io, { locale, options: context.options, ruleSet, side: {} }, kind);
  let chosen: SheetResult | undefined;
  let count = 0;
  const rows = opened.run.results();
  try {
    for (let next = await unlessInterrupted(rows.next(), io.signal); next.done !== true; next = await unlessInterrupted(rows.next(), io.signal)) {
      count++;
      if (wanted === undefined ? count === 1 : count === wanted) chosen = next.value;
      if (wanted !== undefined && chosen !== undefined) break;
    }
  } finally {
    rows.return(undefined).catch(() => undefined);
  }
  if (chosen === undefined) throw new UsageError(wanted === undefined ? `${file} has no household` : `${file} has no row ${wanted} (it has ${count})`);
  if (wanted === undefined && count > 1) throw new UsageError(`${file} has several households; choose one with --row N (data rows from 1)`);
  if (chosen.ok) {
    await print(io, printable(explain(chosen.result, { locale, ruleSet })));
    return EXIT.ok;
  }
  for (const issue of chosen.issues.slice(0, 20)) note(io, oneLine(issue.message));
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
      case 'template':
        if (rest.length !== 0) throw new UsageError('usage: chuan-ngheo template [--out mau-ra-soat.xlsx] [--rule-set id]');
        return await commandTemplate(values, io);
      case 'review':
        if (rest.length !== 1)
          throw new UsageError(
            'usage: chuan-ngheo review <current> --previous <file> [--totals <file>] [--by <column>] [--date YYYY-MM-DD] [--out report.xlsx | --json]',
          );
        return await commandReview(rest[0]!, values, io);
      case 'change':
        if (rest.length !== 2)
          throw new UsageError('usage: chuan-ngheo change <before> <after> [--panel [--id <column>]] [--weight <column>] [--by <column>] [--json]');
        return await commandChange(rest[0]!, rest[1]!, values, io);
      case 'schema':
        if (rest.length !== 0) throw new UsageError('usage: chuan-ngheo schema [--rule-set id]');
        return await commandSchema(values, io);
      default:
        throw new UsageError(`unknown command "${command.slice(0, 40)}"; commands: classify, explain, template, review, change, rules, schema`);
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
