/**
 * One batch of the `classify` command: classify the rows, render the output lines, the
 * errors-file lines and the stderr reports. Runs on the main thread or in a worker
 * (`--workers N`), with the same code.
 *
 * @module
 */
import { classifyMany } from '../batch/classifyMany.js';
import type { SummaryItem } from '../batch/summarize.js';
import type { Classification } from '../engine/result.js';
import type { ClassifyOptions } from '../engine/classify.js';
import { explain } from '../render/explain.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { csvCells, csvText, jsonLine, moreText, reportIssues, type OutputRow } from './output.js';
import type { InputRecord } from './records.js';
import { cut, oneLine } from './text.js';

/** What every batch of a run shares (plain data: it is sent to workers). */
export interface BatchSettings {
  readonly options: ClassifyOptions;
  readonly locale: Locale;
  readonly explainRows: boolean;
  readonly full: boolean;
  readonly csvIn: boolean;
  readonly csvOut: boolean;
  readonly errors: boolean;
}

/** A processed batch. */
export interface BatchOutput {
  readonly rows: number;
  readonly failed: number;
  /** The output lines. */
  readonly text: string;
  /** The errors-file lines (empty unless `errors`). */
  readonly errorsText: string;
  /** One stderr line per failed row (control characters escaped). */
  readonly reports: string[];
  /** When collected (workers): per row, the category slot (0–4) or 255 for a failed row. */
  readonly slots?: Uint8Array;
  /** When collected (workers): per row and indicator, 0 not deprived, 1 deprived, 2 unknown. */
  readonly statuses?: Uint8Array;
}

/** Category slots for {@link BatchOutput.slots}. */
export const CATEGORY_SLOTS = ['poor', 'near-poor', 'average', 'above-average', 'undetermined'] as const;
/** The slot of a failed row. */
export const FAILED_SLOT = 255;
const STATUS_CODE = { 'not-deprived': 0, deprived: 1, unknown: 2 } as const;

/** The stderr line of a failed row, on one line and with control characters from the data escaped. */
export function report(row: OutputRow & { ok: false }): string {
  const where = row.line > 0 ? `row ${row.row} (line ${row.line})` : `row ${row.row}`;
  const issues = row.issues.map((issue) => `${issue.field} — ${issue.message}`);
  if (row.more !== undefined && row.more > 0) issues.push(moreText(row.more));
  return oneLine(`${where}${row.id === undefined ? '' : ` [id ${cut(String(row.id), 200)}]`}: ${issues.join('; ')}`);
}

/**
 * Classifies a batch. `onItem` receives each row's batch result (for the summary, on the main
 * thread); `collect` fills `slots` and `statuses` instead (in a worker, where results stay).
 */
export function processBatch(
  batch: readonly InputRecord[],
  settings: BatchSettings,
  ruleSet: RuleSet,
  onItem?: (item: SummaryItem, record: InputRecord) => void,
  collect = false,
): BatchOutput {
  const households: unknown[] = [];
  const positions: number[] = [];
  for (let i = 0; i < batch.length; i++) {
    const record = batch[i]!;
    if (record.household !== undefined) {
      households.push(record.household);
      positions.push(i);
    }
  }
  const results = classifyMany(households, settings.options);
  const d = ruleSet.indicators.length;
  const slots = collect ? new Uint8Array(batch.length) : undefined;
  const statuses = collect ? new Uint8Array(batch.length * d) : undefined;
  let text = '';
  const csvRows: string[][] = [];
  let errorsText = '';
  const reports: string[] = [];
  let failed = 0;
  let next = 0;
  for (let i = 0; i < batch.length; i++) {
    const record = batch[i]!;
    let row: OutputRow;
    let item: SummaryItem;
    if (next < positions.length && positions[next] === i) {
      const result = results[next++]!;
      row = result.ok
        ? { row: record.row, line: record.line, id: record.id, ok: true, result: result.result, explanation: settings.explainRows ? explain(result.result, { locale: settings.locale, ruleSet }) : undefined }
        : { row: record.row, line: record.line, id: record.id, ok: false, ...reportIssues(result.issues, settings.csvIn) };
      item = result;
    } else {
      row = { row: record.row, line: record.line, id: record.id, ok: false, ...reportIssues(record.issues ?? [], settings.csvIn) };
      item = { index: record.row - 1, ok: false, issues: record.issues ?? [] };
    }
    if (onItem !== undefined) onItem(item, record);
    if (slots !== undefined && statuses !== undefined) {
      if (row.ok) {
        const result: Classification = row.result;
        slots[i] = CATEGORY_SLOTS.indexOf(result.category);
        for (let j = 0; j < d; j++) statuses[i * d + j] = STATUS_CODE[result.indicators[j]!.status];
      } else slots[i] = FAILED_SLOT;
    }
    if (!row.ok) {
      failed++;
      reports.push(report(row));
      if (settings.errors) errorsText += jsonLine(row, false);
    }
    if (settings.csvOut) csvRows.push(csvCells(row, settings.explainRows));
    else text += jsonLine(row, settings.full);
  }
  if (settings.csvOut) text = csvText(csvRows);
  const output: { -readonly [K in keyof BatchOutput]: BatchOutput[K] } = { rows: batch.length, failed, text, errorsText, reports };
  if (slots !== undefined) output.slots = slots;
  if (statuses !== undefined) output.statuses = statuses;
  return output;
}
