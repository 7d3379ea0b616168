import type { MessageCatalogue } from '../types.js';

const ANSWER = 'as answered on the review form';
const UNKNOWN = 'no answer on the review form; the library cannot derive this indicator from facts under this provisional standard';

function indicator(id: string, name: string): Record<string, string> {
  return {
    [`indicator.${id}.name`]: name,
    [`indicator.${id}.deprived`]: ANSWER,
    [`indicator.${id}.not-deprived`]: ANSWER,
    [`indicator.${id}.unknown`]: UNKNOWN,
  };
}

/** English messages for the provisional 2027–2030 rule set, keyed by rule element. */
export const messagesEn: MessageCatalogue = {
  'ruleSet.title': 'Multidimensional poverty standard 2027–2030 (provisional)',
  'incomeLine.poverty': 'income poverty line',
  'dimension.employment': 'Employment',
  'dimension.health': 'Health',
  'dimension.education': 'Education',
  'dimension.housing': 'Housing',
  'dimension.water-sanitation-environment': 'Water, sanitation and environment',
  'dimension.information': 'Information',
  ...indicator('employment', 'Employment'),
  ...indicator('dependants', 'Dependants in the household'),
  ...indicator('nutrition', 'Nutrition'),
  ...indicator('health-insurance', 'Health insurance'),
  ...indicator('adult-education', 'Adult education'),
  ...indicator('school-attendance', "Children's school attendance"),
  ...indicator('housing-quality', 'Housing quality'),
  ...indicator('housing-area', 'Floor area per person'),
  ...indicator('water', 'Domestic water source'),
  ...indicator('sanitation', 'Hygienic latrine'),
  ...indicator('waste', 'Household waste handling'),
  ...indicator('telecom', 'Use of telecom services (digital services and the internet)'),
  // Overrides the common wording: this standard has no average-living band.
  'category.above-average': 'household neither poor nor near-poor (the 2027–2030 standard defines no average-living band)',
};
