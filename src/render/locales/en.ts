/**
 * The common English catalogue: categories, statuses, income and citation phrasing. Text
 * specific to a rule set (indicator names and reasons) lives with that rule set.
 *
 * @internal
 * @module
 */
import type { MessageCatalogue } from '../../rules/types.js';

export const commonEn: MessageCatalogue = {
  'category.poor': 'poor household',
  'category.near-poor': 'near-poor household',
  'category.average': 'household of average living standard',
  'category.above-average': 'household above the average living standard (none of the categories)',
  'category.undetermined': 'undetermined',
  'status.deprived': 'deprived',
  'status.not-deprived': 'not deprived',
  'status.unknown': 'unknown',
  'area.rural': 'rural',
  'area.urban': 'urban',
  'period.month': 'month',
  'period.year': 'year',
  'currency': 'VND',
  'headline': 'Result: {category} — under the {ruleSetTitle} ({ruleSetId}, version {version}).',
  'headline.undetermined': 'Result: undetermined — could be {possible}; under the {ruleSetTitle} ({ruleSetId}, version {version}).',
  'or': 'or',
  'and': 'and',
  'income.summary': 'Per-capita income {approx}VND {perCapita} per person per {period}: {comparisons}.',
  'income.at-or-below': 'at or below the {line} (VND {amount}, {area})',
  'income.above': 'above the {line} (VND {amount}, {area})',
  'income.approx': 'about ',
  'income.score.at-or-below': 'Income-proxy score {score} (threshold {threshold}, {area}): at or below the threshold, which stands for income at or below the {line} [{citation}].',
  'income.score.above': 'Income-proxy score {score} (threshold {threshold}, {area}): above the threshold, which stands for income above the {line} [{citation}].',
  'undetermined.score': 'A score only tells whether the income is above or below the line; it cannot place a household in the average-living band: give the income in money to tell {possible} apart.',
  'lowIncomeWorker.true': "The household's workers qualify as low-income workers (household neither poor nor near-poor; per-capita income at most VND {ceiling}, {area}) [{citation}].",
  'lowIncomeWorker.false': "The household's workers do not qualify as low-income workers (required: household neither poor nor near-poor and per-capita income at most VND {ceiling}, {area}) [{citation}].",
  'lowIncomeWorker.unknown': "Cannot tell whether the household's workers qualify as low-income workers (required: household neither poor nor near-poor and per-capita income at most VND {ceiling}, {area}) [{citation}].",
  'deprivations.summary': 'Deprived on {count} of {total} indicators (cut: {cut} or more).',
  'deprivations.summary.unknown': 'Deprived on {count} of {total} indicators, {unknown} unknown (cut: {cut} or more).',
  'basis': 'Legal basis: {citation}.',
  'undetermined.why': 'Check the unknown indicators to decide: {list}.',
  'indicators.heading': 'Indicators:',
  'source.answer': 'as answered on the review form',
  'evidence.none': 'no answer and not enough facts to decide',
  'member.index': 'member {n}',
  'member.id': 'member “{id}”',
  'citation.article': 'Art. {v}',
  'citation.clause': 'cl. {v}',
  'citation.point': 'pt. {v}',
  'citation.appendix': 'Appendix',
  'citation.appendix.numbered': 'Appendix {v}',
  'citation.item': 'item {v}',
  'citation.unchecked': '(not yet checked word for word against the official text)',
  'value.durability.permanent': 'permanent',
  'value.durability.semi-permanent': 'semi-permanent',
  'value.durability.less-permanent': 'less-permanent',
  'value.durability.simple': 'simple (makeshift)',
};
