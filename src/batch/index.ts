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
  AlkireFosterCut,
  CensoredIndicator,
  CountShare,
  GroupBy,
  GroupKeyValue,
  IndicatorFigures,
  RowField,
  SummarizeOptions,
  Summarizer,
  Summary,
  SummaryFigures,
  SummaryGroup,
  SummaryItem,
  SurveyFields,
  SurveySummary,
} from './summarize.js';
export { summarizeChange } from '../stats/change.js';
export type { Change, ChangeFigures, ChangeGroup, ChangeOptions, Difference, LevelChange, MeasureChange } from '../stats/change.js';
export type { SingletonPsu } from '../stats/design.js';
export type { IndicatorWeighting } from '../stats/measures.js';
export type {
  CutFigures,
  Estimate,
  SurveyDesign,
  SurveyFigures,
  SurveyLevel,
  WeightedCensored,
  WeightedIndicator,
  WeightedMeasure,
  WeightedShare,
} from '../stats/survey.js';
export { renderChange, renderSummary } from '../render/summary.js';
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
export type { RenderSummaryOptions } from '../render/summary.js';
