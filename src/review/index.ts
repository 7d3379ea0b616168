/**
 * The annual review: last year's list and this year's results → transitions, the report tables
 * per village and commune, progress against targets, average-living farm households, review
 * periods, and the report as text.
 *
 * @module
 */
export { assessFarmHousehold } from './farm.js';
export type { FarmAssessment, FarmAssessmentOptions, FarmBand, FarmIncomeInput, FarmOccupation, FarmSourceKind, FarmSourceLine } from './farm.js';
export { reviewPeriod } from './period.js';
export type { ReviewPeriod } from './period.js';
export { progressAgainstTarget } from './progress.js';
export type { ProgressCounts, ProgressInput, ProgressYear, RatePointsProgress, RelativeReductionProgress, TargetProgress } from './progress.js';
export { renderReviewReport } from './render.js';
export type { RenderReviewOptions } from './render.js';
export { createReview, reviewHouseholds } from './review.js';
export type { Review, ReviewResult } from './review.js';
export type {
  CountAndRate,
  CurrentRecord,
  DeprivationRow,
  DeprivationTable,
  DeterminedReviewTransitionKind,
  FarmFigures,
  GroupValues,
  HouseholdReview,
  ListedStatus,
  MissingHousehold,
  NearPoorMovement,
  PoorMovement,
  PreviousRecord,
  RatesWithheld,
  RePoorLookBack,
  ResidentTotal,
  ReviewFigures,
  ReviewGroup,
  ReviewOptions,
  ReviewReport,
  ReviewResultsTable,
  ReviewTransitionKind,
} from './types.js';
export { reviewReportTables } from './tables.js';
export type { ReportCell, ReportTable, ReportTableId, ReportTableRow, ReviewTablesOptions } from './tables.js';
