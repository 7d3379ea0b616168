/**
 * Batch classification and population statistics.
 *
 * @module
 */
export { classifyMany } from './classifyMany.js';
export type { BatchFailure, BatchResult, BatchSuccess, ClassifyManyOptions } from './classifyMany.js';
export { createSummarizer, summarize } from './summarize.js';
export type {
  AlkireFoster,
  CensoredIndicator,
  CountShare,
  GroupBy,
  GroupKeyValue,
  IndicatorFigures,
  SummarizeOptions,
  Summarizer,
  Summary,
  SummaryFigures,
  SummaryGroup,
  SummaryItem,
} from './summarize.js';
export { classifyColumns, COLUMN_CATEGORIES, createColumnSummarizer, FAILED_ROW, possibleCategoriesOf, summarizeColumns } from './columns.js';
export type {
  AnswerColumn,
  ClassifyColumnsOptions,
  ColumnarClassification,
  ColumnFailure,
  ColumnIndicator,
  ColumnSummarizer,
  GroupKeys,
  HouseholdColumns,
  IncomeColumn,
  IncomeValues,
  IntegerArray,
  SummarizeColumnsOptions,
  Utf8Column,
} from './columns.js';
export { renderSummary } from '../render/summary.js';
export type { RenderSummaryOptions } from '../render/summary.js';
