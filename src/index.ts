/**
 * chuan-ngheo — classify Vietnamese households under the national multidimensional poverty
 * standard (chuẩn nghèo đa chiều), with a cited explanation for every indicator.
 *
 * @example
 * ```ts
 * import { classify, explain } from 'chuan-ngheo';
 * const result = classify({
 *   area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 },
 *   deprivations: { employment: true, 'health-insurance': true, water: true },
 * });
 * result.category; // 'poor'
 * // The explanation is in Vietnamese by default; explain(result, { locale: 'en' }) for English.
 * explain(result).split('. ')[0]; // 'Kết quả: hộ nghèo'
 * ```
 *
 * @packageDocumentation
 */
export { classify, createClassifier } from './engine/classify.js';
export type { Classifier, ClassifyOptions } from './engine/classify.js';
export type {
  AppliedRule,
  Classification,
  IncomeAssessment,
  IncomeComparison,
  IndicatorResult,
  IndicatorStatus,
  LowIncomeWorkerFlag,
  IndicatorEvidence,
  MemberRef,
  RuleSetSummary,
  ScoreAssessment,
  AgePrecision,
  UnknownForAge,
} from './engine/result.js';
export { explain, formatCitation } from './render/explain.js';
export type { ExplainOptions, FormatCitationOptions } from './render/explain.js';
export { classifyMany, createSummarizer, renderChange, renderSummary, summarize, summarizeChange } from './batch/index.js';
export { classifyColumns, COLUMN_CATEGORIES, createColumnSummarizer, FAILED_ROW, possibleCategoriesOf, summarizeColumns } from './batch/index.js';
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
} from './batch/index.js';
export type {
  AlkireFoster,
  AlkireFosterCut,
  BatchFailure,
  BatchResult,
  BatchSuccess,
  CensoredIndicator,
  Change,
  ChangeFigures,
  ChangeGroup,
  ChangeOptions,
  ClassifyManyOptions,
  CountShare,
  CutFigures,
  Difference,
  Estimate,
  GroupBy,
  GroupKeyValue,
  IndicatorFigures,
  IndicatorWeighting,
  LevelChange,
  MeasureChange,
  RenderSummaryOptions,
  RowField,
  SingletonPsu,
  SummarizeOptions,
  Summarizer,
  Summary,
  SummaryFigures,
  SummaryGroup,
  SummaryItem,
  SurveyDesign,
  SurveyFields,
  SurveyFigures,
  SurveyLevel,
  SurveySummary,
  WeightedCensored,
  WeightedIndicator,
  WeightedMeasure,
  WeightedShare,
} from './batch/index.js';
export { ValidationError } from './errors.js';
export type { IssueCode, LibraryIssueCode, SchemaIssueCode, ValidationErrorOptions, ValidationIssue } from './errors.js';
export { getRuleSet, listRuleSets } from './rules/registry.js';
export { ruleSetFor } from './rules/select.js';
export type { RuleSetForOptions } from './rules/select.js';
export { compareStandards, transitionBetween } from './tools/compare.js';
export type { CompareOptions, IndicatorMatch, StandardResult, StandardsComparison, Transition, TransitionKind } from './tools/compare.js';
export { diffRuleSets } from './tools/diff.js';
export { renderDiff } from './render/diff.js';
export type { Band, DiffNames, FieldChange, IndicatorChange, LineSnapshot, PeriodSnapshot, RuleSetDiff, RuleSetRef, ValueChange } from './tools/diff.js';
export { deriveRuleSet } from './tools/derive.js';
export { LIMITS } from './tools/limits.js';
export type { AddedIndicator, IndicatorMessages, RuleSetPatch } from './tools/derive.js';
export { MAX_HOUSEHOLD_SIZE } from './input/schema.js';
export type { DwellingInput, HouseholdInput, MemberInput } from './input/schema.js';
export { DWELLING_FIELDS, describeFactDomain, HOUSEHOLD_FIELDS, INCOME_FIELDS, isFactValue, MEMBER_FIELDS } from './input/fields.js';
export type { DwellingField, FactScope, FieldSpec, FieldType, HouseholdField, IncomeField, MemberField } from './input/fields.js';
export type {
  AgeRange,
  Area,
  Category,
  CategoryOrUndetermined,
  CategoryRule,
  Citation,
  CitationPart,
  Confidence,
  Dimension,
  DwellingCondition,
  DwellingFact,
  IncomeLine,
  IncomeScoreRule,
  Indicator,
  IndicatorTest,
  Instrument,
  InstrumentRef,
  Locale,
  Localized,
  LowIncomeWorkerRule,
  MemberCondition,
  MemberFact,
  MessageCatalogue,
  RetirementRoadmap,
  RuleSet,
  RuleSetData,
  RuleSetStatus,
  Source,
  SourceBearing,
  SourceKind,
  WorkingAge,
} from './rules/types.js';
export {
  assessFarmHousehold,
  createReview,
  progressAgainstTarget,
  renderReviewReport,
  reviewHouseholds,
  reviewPeriod,
  reviewReportTables,
} from './review/index.js';
export type {
  CountAndRate,
  CurrentRecord,
  DeprivationRow,
  DeprivationTable,
  DeterminedReviewTransitionKind,
  FarmAssessment,
  FarmAssessmentOptions,
  FarmBand,
  FarmFigures,
  FarmIncomeInput,
  FarmOccupation,
  FarmSourceKind,
  FarmSourceLine,
  GroupValues,
  HouseholdReview,
  ListedStatus,
  MissingHousehold,
  NearPoorMovement,
  PoorMovement,
  PreviousRecord,
  ProgressCounts,
  ProgressInput,
  ProgressYear,
  RatePointsProgress,
  RatesWithheld,
  RelativeReductionProgress,
  RenderReviewOptions,
  ReportCell,
  ReportTable,
  ReportTableId,
  ReportTableRow,
  RePoorLookBack,
  ResidentTotal,
  Review,
  ReviewFigures,
  ReviewGroup,
  ReviewOptions,
  ReviewPeriod,
  ReviewReport,
  ReviewResult,
  ReviewResultsTable,
  ReviewTablesOptions,
  ReviewTransitionKind,
  TargetProgress,
} from './review/index.js';
