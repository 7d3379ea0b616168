/**
 * The survey-statistics options of `classify --summary` and `change`: `--weight`, `--size`,
 * `--strata`, `--psu` (columns read for each row), `--confidence`, `--singleton-psu` and
 * `--measures <file.json>` (other indicator weightings), turned into `summarize` options; and
 * each row's values as `SurveyFields`. Node-only.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { SummarizeOptions, SurveyFields } from '../batch/summarize.js';
import { ValidationError } from '../errors.js';
import type { IndicatorWeighting } from '../stats/measures.js';
import { InputError, UsageError, type InputPlace } from './errors.js';

/** The options that name a column read for each row (option name → summarize field). */
export const SIDE_COLUMNS = ['weight', 'size', 'strata', 'psu'] as const;

/** The values of the command line that matter here. */
export interface StatsValues {
  readonly weight?: string | undefined;
  readonly size?: string | undefined;
  readonly strata?: string | undefined;
  readonly psu?: string | undefined;
  readonly confidence?: string | undefined;
  readonly 'singleton-psu'?: string | undefined;
  readonly measures?: string | undefined;
}

/** What the statistics options ask for. */
export interface StatsSettings {
  /** The summarize options (without `by` and `ruleSet`). */
  readonly options: SummarizeOptions;
  /** The side columns to read for each row: option name → column (heading or field) as given. */
  readonly columns: Readonly<Record<string, string>>;
  /** Whether any survey option was given. */
  readonly survey: boolean;
}

/** Reads and checks the statistics options; `--measures` is read from its file. Throws {@link UsageError}. */
export async function statsSettings(values: StatsValues): Promise<StatsSettings> {
  const options: SummarizeOptions = {};
  const columns: Record<string, string> = {};
  for (const name of SIDE_COLUMNS) {
    const column = values[name];
    if (column === undefined) continue;
    if (column.trim() === '') throw new UsageError(`--${name} needs a column name`);
    columns[name] = column;
    options[name] = column;
  }
  if (values.confidence !== undefined) {
    if (!/^0?\.\d+$/.test(values.confidence) || Number(values.confidence) <= 0)
      throw new UsageError(`--confidence must be a level between 0 and 1 such as 0.95, got "${values.confidence.slice(0, 40)}"`);
    options.confidence = values.confidence;
  }
  const singleton = values['singleton-psu'];
  if (singleton !== undefined) {
    if (singleton !== 'adjust' && singleton !== 'certainty' && singleton !== 'fail')
      throw new UsageError(`--singleton-psu must be adjust, certainty or fail, got "${singleton.slice(0, 40)}"`);
    options.singletonPsu = singleton;
  }
  if (values.measures !== undefined) options.measures = await readMeasures(values.measures);
  return { options, columns, survey: Object.keys(options).length > 0 };
}

async function readMeasures(file: string): Promise<IndicatorWeighting[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--measures: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`--measures: ${file} is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  const list = Array.isArray(value) ? value : [value];
  return list as IndicatorWeighting[];
}

/** A row's survey values from its side columns (blank cells are left out: the summary then says which row lacks one). */
export function surveyFields(values: Readonly<Record<string, string | number | null>> | undefined): SurveyFields | undefined {
  if (values === undefined) return undefined;
  const fields: { -readonly [K in keyof SurveyFields]: SurveyFields[K] } = {};
  const weight = values.weight;
  const size = values.size;
  const strata = values.strata;
  const psu = values.psu;
  if (weight !== undefined && weight !== null) fields.weight = weight;
  if (size !== undefined && size !== null) fields.size = size;
  if (strata !== undefined && strata !== null) fields.stratum = strata;
  if (psu !== undefined && psu !== null) fields.psu = psu;
  return fields;
}

/**
 * A summarize option problem as a usage error (exit 2, before any output), naming the option:
 * `--weight`, `--confidence`, `--measures`…
 */
export function optionError(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  const option: Record<string, string> = {
    singletonPsu: 'singleton-psu',
    measures: 'measures',
    confidence: 'confidence',
    weight: 'weight',
    size: 'size',
    strata: 'strata',
    psu: 'psu',
  };
  return new UsageError(
    error.issues
      .slice(0, 5)
      .map((issue) => {
        const head = issue.path[0];
        return `${typeof head === 'string' && option[head] !== undefined ? `--${option[head]}` : 'summary'}${issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : ''}: ${issue.message}`;
      })
      .join('; '),
  );
}

/** A row's survey value refused by the summary (no weight, a bad PSU…): the run stops at that row (exit 2). */
export function rowError(error: unknown, place: InputPlace): unknown {
  if (!(error instanceof ValidationError)) return error;
  const issue = error.issues[0]!;
  return new InputError(`${issue.message.replace(/^row \d+ /, 'the row ')} (--weight, --size, --strata and --psu need a value on every row)`, place);
}
