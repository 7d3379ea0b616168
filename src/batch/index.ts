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
export { renderSummary } from '../render/summary.js';
export type { RenderSummaryOptions } from '../render/summary.js';
