/**
 * `chuan-ngheo/sheets` — reading and writing what a commune has: Excel workbooks (.xlsx) and
 * CSV files as Excel saves them, with the review form's Vietnamese headings and values, and
 * results written back for officers (results, a summary per village, an errors sheet). Pure
 * and portable: it runs in browsers, workers and Node, and reads and writes large files as
 * streams. The core entry (`chuan-ngheo`) does not load it.
 *
 * @example
 * ```ts
 * import { readSheets, classifySheets, writeResultsWorkbook } from 'chuan-ngheo/sheets';
 * const file = 'Mã hộ;Thôn;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng;Việc làm;Bảo hiểm y tế;Nguồn nước sinh hoạt\r\n' +
 *   'H01;Thôn 1;Nông thôn;4;1.200.000;x;x;x\r\n';
 * const run = await classifySheets(await readSheets(file), { blank: 'not-deprived', numberFormat: 'vi' });
 * const chunks = [];
 * for await (const chunk of writeResultsWorkbook(run)) chunks.push(chunk); // an .xlsx file, chunk by chunk
 * run.report.classified; // 1
 * ```
 *
 * @packageDocumentation
 */
export { classifySheets } from './classify.js';
export type {
  BlankMeaning,
  ClassifySheetsOptions,
  JoinCounts,
  SheetFailure,
  SheetInput,
  SheetReport,
  SheetResult,
  SheetRun,
  SheetSuccess,
} from './classify.js';
export { csvLine, readCsv } from './csv.js';
export type { CsvChunk, CsvInput, CsvOptions, CsvWriteOptions, Delimiter, ReadableStreamLike } from './csv.js';
export { parseColumnMaps } from './headings.js';
export type {
  CarryRole,
  ColumnMap,
  ColumnMaps,
  ColumnTarget,
  DwellingField,
  IncomeForm,
  LayoutColumn,
  MemberField,
  SheetKind,
  SheetLayout,
} from './headings.js';
export { writeResultsCsv, writeResultsWorkbook, writeTemplate } from './output.js';
export type { ResultsCsvOptions, ResultsOptions, TemplateOptions } from './output.js';
export type { BlobLike } from './platform.js';
export { decodeText } from './text.js';
export type { Encoding } from './text.js';
export { SheetError } from './types.js';
export type { CellValue, SheetIssue, SheetRow, Table } from './types.js';
export { readNumber } from './values.js';
export type { NumberFormat, NumberReading, ReadNumberOptions } from './values.js';
export { findSheets, readSheets, readWorkbook } from './workbook.js';
export type { ReadSheetsOptions, SheetNames, Workbook, WorkbookInput } from './workbook.js';
export { streamWorkbook, writeWorkbook } from './writer.js';
export type { ColumnStyle, ListValidation, SheetSpec, WriteCell } from './writer.js';
export { readPreviousList, readResidentTotals, streamPreviousList } from './lists.js';
export type { ListInput, ListOptions, PreviousList, PreviousListEntry, PreviousListStream, ResidentTotals } from './lists.js';
export { reviewSheetResult, streamReviewWorkbook, writeReviewWorkbook } from './review.js';
export type { ReviewListRow, ReviewWorkbookInput, ReviewWorkbookOptions, ReviewWorkbookStream } from './review.js';
