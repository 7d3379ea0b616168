/**
 * `chuan-ngheo review <current> --previous <file>`: the annual review report (Decision
 * 24/2021/QĐ-TTg) from this year's file (classified as `classify` does) and last year's list —
 * the transition of every household, the report tables per village and commune (rates over the
 * resident totals of `--totals`), and last year's households missing from this year's file.
 * As text in the terminal (renderReviewReport), JSON (`--json`) or a workbook (`--out x.xlsx`).
 * Node-only.
 *
 * @module
 */
import { openAsBlob } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ValidationError } from '../errors.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { renderReviewReport } from '../review/render.js';
import { createReview, type Review } from '../review/review.js';
import type { HouseholdReview, ResidentTotal, ReviewReport } from '../review/types.js';
import { readResidentTotals, streamPreviousList, type PreviousListStream, type ResidentTotals } from '../sheets/lists.js';
import { reviewSheetResult, streamReviewWorkbook, type ReviewListRow } from '../sheets/review.js';
import { SheetError, type SheetIssue } from '../sheets/types.js';
import { CliError, EXIT, InputError, UsageError } from './errors.js';
import { Sink } from './files.js';
import { checkReadable } from './records.js';
import { interruption, note, stopMessage, type CliIo } from './run.js';
import { cliWording, sheetErrorText, type OpenedRun } from './sheets.js';
import { countIn, countText, cut, oneLine, printable } from './text.js';

/** The options of `review`. */
export interface ReviewValues {
  readonly previous?: string | undefined;
  readonly totals?: string | undefined;
  readonly by?: string | undefined;
  readonly date?: string | undefined;
  readonly 'previous-year'?: string | undefined;
  readonly 'previous-date'?: string | undefined;
  readonly 'previous-coverage'?: string | undefined;
  readonly 're-poor-years'?: string | undefined;
  readonly out?: string | undefined;
  readonly json?: boolean | undefined;
  readonly quiet?: boolean | undefined;
}

/** What the side-file readers take from a file: the file as a Blob (CSV or workbook, told apart by its content). */
async function sideFile(file: string): Promise<Blob> {
  await checkReadable(file);
  return openAsBlob(file);
}

/** Refuses a side file with rows that cannot be used (never dropped silently); the rest of its issues are notes. */
function refuseRows(file: string, read: { readonly issues: readonly SheetIssue[]; readonly refused: number }, io: CliIo, quiet: boolean): void {
  if (read.refused > 0) {
    // The problems in file order (the first few): the rows refused and any cell not used.
    const lines = read.issues.slice(0, 5).map((issue) => oneLine(issue.message));
    if (read.issues.length > 5) lines.push(`(+${read.issues.length - 5})`);
    throw new UsageError(`${file}: ${lines.join(' ')}`);
  }
  if (!quiet) for (const issue of read.issues.slice(0, 20)) note(io, oneLine(`${file}: ${issue.message}`));
}

/** Last year's list: its year when its headings give one ("Phân loại năm 2024"), and its records. */
interface PreviousInput {
  readonly year: number | null;
  readonly records: AsyncIterable<{ record: unknown; where: string }>;
}

/** Reads last year's list: a table (the library's readPreviousList) or JSON Lines / JSON of `PreviousRecord`s. */
async function previousInput(file: string, by: readonly string[], locale: Locale, io: CliIo, quiet: boolean): Promise<PreviousInput> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) {
    await checkReadable(file);
    return { year: null, records: jsonRecords(file, lower) };
  }
  let list: PreviousListStream;
  try {
    list = await streamPreviousList(await sideFile(file), { by: [...by], locale, name: file });
  } catch (error) {
    if (error instanceof SheetError) throw new UsageError(`${file}: ${sheetErrorText(error)}`);
    throw error;
  }
  return {
    year: list.year,
    // Row by row (a province's list is never held whole); a refused row stops the run once the list is read.
    records: (async function* () {
      const issues: SheetIssue[] = [];
      let refused = 0;
      try {
        for await (const { row, record, issues: found } of list.entries) {
          issues.push(...found.slice(0, 40 - issues.length));
          if (record === null) refused++;
          else if (refused === 0) yield { record, where: `${file}, row ${row}` };
        }
      } catch (error) {
        if (error instanceof SheetError) throw new UsageError(`${file}: ${sheetErrorText(error)}`);
        throw error;
      }
      refuseRows(file, { issues, refused }, io, quiet);
    })(),
  };
}

/** The records of a JSON Lines or JSON list. */
async function* jsonRecords(file: string, lower: string): AsyncGenerator<{ record: unknown; where: string }, void, undefined> {
  const text = await readFile(file, 'utf8');
  if (lower.endsWith('.json')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${file} is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
    }
    const list = Array.isArray(value) ? value : [value];
    for (let i = 0; i < list.length; i++) yield { record: list[i], where: `${file}, item ${i + 1}` };
    return;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(lines[i]!);
    } catch (error) {
      throw new UsageError(`${file}, line ${i + 1}: not valid JSON: ${(error as Error).message.slice(0, 120)}`);
    }
    yield { record: value, where: `${file}, line ${i + 1}` };
  }
}

/** Reads the resident totals (the library's readResidentTotals). */
async function residentTotals(file: string, by: readonly string[], locale: Locale, io: CliIo, quiet: boolean): Promise<ResidentTotal[]> {
  let read: ResidentTotals;
  try {
    read = await readResidentTotals(await sideFile(file), { by: [...by], locale, name: file });
  } catch (error) {
    if (error instanceof SheetError) throw new UsageError(`${file}: ${sheetErrorText(error)}`);
    throw error;
  }
  refuseRows(file, read, io, quiet);
  return read.totals.map(({ total }) => total);
}

function validationText(error: ValidationError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => issue.message)
    .join('; ');
}

const NO_ID = {
  vi: 'không có mã hộ: không ghép được với danh sách năm trước',
  en: "no household id: cannot be matched with last year's list",
} as const;

/** Runs `review`; returns the exit code. */
export async function reviewCommand(
  opened: OpenedRun,
  values: ReviewValues,
  context: { locale: Locale; ruleSet: RuleSet; date: string; by: readonly string[] },
  io: CliIo,
): Promise<number> {
  const { locale, ruleSet, date, by } = context;
  const previousFile = values.previous;
  if (previousFile === undefined) throw new UsageError("review needs last year's list: --previous <file>");
  const reviewYear = Number(date.slice(0, 4));
  const yearText = values['previous-year'];
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError(`--previous-year must be a year such as 2024, got "${cut(yearText, 20)}"`);
  const coverage = values['previous-coverage'] ?? 'poor-and-near-poor';
  if (coverage !== 'poor-and-near-poor' && coverage !== 'all-households')
    throw new UsageError('--previous-coverage must be poor-and-near-poor or all-households');
  const lookBack = values['re-poor-years'];
  if (lookBack !== undefined && !/^\d{1,2}$/.test(lookBack)) throw new UsageError('--re-poor-years must be a number of years such as 3');
  const totals = values.totals === undefined ? undefined : await residentTotals(values.totals, by, locale, io, values.quiet === true);
  const previous = await previousInput(previousFile, by, locale, io, values.quiet === true);
  // The list's year: --previous-year, else its heading's ("Phân loại năm 2024"), else the year before
  // the review; its date: --previous-date, else the library's (31 December, or the review date if earlier).
  const year = yearText !== undefined ? Number(yearText) : (previous.year ?? reviewYear - 1);
  const previousDate = values['previous-date'];
  let review: Review;
  try {
    review = createReview({
      date,
      previousList: { year, ...(previousDate === undefined ? {} : { date: previousDate }), coverage },
      ...(by.length > 0 ? { by: [...by] } : {}),
      ...(totals === undefined ? {} : { totals }),
      ...(lookBack === undefined ? {} : { rePoorLookBack: { years: Number(lookBack) } }),
      ruleSet,
    });
  } catch (error) {
    if (error instanceof ValidationError) throw new UsageError(validationText(error));
    throw error;
  }
  let previousCount = 0;
  for await (const { record, where } of previous.records) {
    try {
      review.addPrevious(record);
      previousCount++;
    } catch (error) {
      if (error instanceof ValidationError) throw new UsageError(`${where}: ${validationText(error)}`);
      throw error;
    }
  }

  const carried = opened.run.layout.carried;
  const signal = io.signal;
  let read = 0;
  let failed = 0;
  let noId = 0;
  let reported = 0;
  const sinks: Sink[] = [];
  let out: Sink | undefined;
  let report: ReviewReport | undefined;
  const missing: HouseholdReview[] = [];
  const finish = (): ReviewReport => {
    for (const household of review.settle()) missing.push(household);
    report = review.finish();
    return report;
  };

  /** This year's rows, classified and reviewed as they are read (one pass). */
  async function* listRows(): AsyncGenerator<ReviewListRow, void, undefined> {
    for await (const item of opened.run.results()) {
      read++;
      if (!item.ok) {
        failed++;
        if (values.quiet !== true && reported < 20) {
          reported++;
          note(
            io,
            oneLine(
              item.issues
                .slice(0, 20)
                .map((issue) => cliWording(issue.message))
                .join(' '),
            ),
          );
        }
      }
      const group: Record<string, string | null> = {};
      for (const field of by) {
        const value = opened.value(`by:${field}`, item);
        group[field] = value === null ? null : String(value);
      }
      let listed: ReviewListRow;
      try {
        listed = reviewSheetResult(review, item, by.length > 0 ? group : undefined);
      } catch (error) {
        if (error instanceof ValidationError) throw new InputError(validationText(error), { row: item.index + 1, line: item.row });
        throw error;
      }
      if (listed.review === null) {
        noId++;
        if (values.quiet !== true && reported < 20) {
          reported++;
          note(io, oneLine(`${locale === 'vi' ? 'Dòng' : 'Row'} ${item.row}: ${NO_ID[locale]}`));
        }
      }
      yield listed;
      if ((read & 63) === 0) {
        const stop = interruption(signal);
        if (stop !== undefined) throw stop;
      }
    }
  }

  const tableOptions = { locale, ruleSet, ...(by.length === 1 ? { unitHeading: by[0]! } : {}) };
  try {
    if (values.out?.toLowerCase().endsWith('.xlsx')) {
      out = await Sink.open(values.out, io.stdout);
      sinks.push(out);
      const book = streamReviewWorkbook({ report: finish, households: listRows(), carried: carried.map((column) => column.heading) }, tableOptions);
      for await (const chunk of book) {
        const pending = out.writeBytes(chunk);
        if (pending !== undefined) await pending;
      }
    } else {
      if (values.out !== undefined && !values.json)
        throw new UsageError('review writes an .xlsx workbook (--out bao-cao.xlsx), JSON (--json, with --out for a file) or text to the terminal');
      for await (const row of listRows()) void row;
      finish();
      out = await Sink.open(values.out, io.stdout);
      sinks.push(out);
      const text = values.json === true ? `${JSON.stringify({ report, missing }, null, 2)}\n` : `${printable(renderReviewReport(report!, tableOptions))}\n`;
      out.write(text);
    }
    await out.finish();
    const stop = interruption(signal);
    if (stop !== undefined) throw stop;
    for (const sink of sinks) await sink.commit();
  } catch (error) {
    await Promise.all(sinks.map((sink) => sink.discard()));
    const known = error instanceof SheetError ? new InputError(sheetErrorText(error).replace(/\n/g, ' '), { row: read + 1, line: 0 }) : error;
    if (!(known instanceof CliError) || (known instanceof UsageError && out === undefined)) throw known;
    note(io, stopMessage(known, read, out, sinks));
    return known.exitCode;
  }
  const r = report!;
  const text =
    locale === 'vi'
      ? `chuan-ngheo: năm nay ${countIn('vi', read)} dòng (${countIn('vi', failed)} lỗi, ${countIn('vi', noId)} không có mã hộ); danh sách năm trước ${countIn('vi', previousCount)} hộ, ${countIn('vi', missing.length)} hộ không có trong tệp năm nay; hộ nghèo ${countIn('vi', r.poorMovement.start)} → ${countIn('vi', r.poorMovement.end)}, hộ cận nghèo ${countIn('vi', r.nearPoorMovement.start)} → ${countIn('vi', r.nearPoorMovement.end)}`
      : `chuan-ngheo: this year ${countText(read)} rows (${countText(failed)} failed, ${countText(noId)} without a household id); last year's list ${countText(previousCount)} households, ${countText(missing.length)} not in this year's file; poor ${countText(r.poorMovement.start)} → ${countText(r.poorMovement.end)}, near-poor ${countText(r.nearPoorMovement.start)} → ${countText(r.nearPoorMovement.end)}`;
  note(io, text);
  return failed > 0 || noId > 0 ? EXIT.rowsFailed : EXIT.ok;
}
