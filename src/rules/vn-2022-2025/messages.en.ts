import type { MessageCatalogue } from '../types.js';

/** English messages for the 2022–2025 rule set, keyed by rule element. */
export const messagesEn: MessageCatalogue = {
  'ruleSet.title': 'Multidimensional poverty standard 2022–2025',
  'incomeLine.poverty': 'income poverty line',
  'incomeLine.average-ceiling': 'ceiling of the average-living band',
  'dimension.employment': 'Employment',
  'dimension.health': 'Health',
  'dimension.education': 'Education',
  'dimension.housing': 'Housing',
  'dimension.water-sanitation': 'Water and sanitation',
  'dimension.information': 'Information',

  'indicator.employment.name': 'Employment',
  'indicator.employment.deprived': '{members} of working age is unemployed or works for wages without a labour contract',
  'indicator.employment.not-deprived': 'no member of working age is unemployed or works for wages without a labour contract',
  'indicator.employment.unknown': 'age, sex, employment or labour contract not known for {unknownMembers}',

  'indicator.dependants.name': 'Dependants in the household',
  'indicator.dependants.deprived': '{count} of {size} members are dependants ({valuePercent}), more than {thresholdPercent}',
  'indicator.dependants.not-deprived': '{count} of {size} members are dependants ({valuePercent}), not more than {thresholdPercent}',
  'indicator.dependants.unknown': 'not known whether {unknownMembers} are dependants; the share could exceed {thresholdPercent}',

  'indicator.nutrition.name': 'Nutrition',
  'indicator.nutrition.deprived': '{members} under 16 is stunted or underweight',
  'indicator.nutrition.not-deprived': 'no child under 16 is stunted or underweight',
  'indicator.nutrition.unknown': 'age or nutrition status not known for {unknownMembers}',

  'indicator.health-insurance.name': 'Health insurance',
  'indicator.health-insurance.deprived': '{members} aged 6 or over has no health insurance',
  'indicator.health-insurance.not-deprived': 'every member aged 6 or over has health insurance',
  'indicator.health-insurance.unknown': 'age or health insurance not known for {unknownMembers}',

  'indicator.adult-education.name': 'Adult education',
  'indicator.adult-education.deprived': '{members} aged 16–30 is not in education or training and lacks the qualification expected for their age',
  'indicator.adult-education.not-deprived': 'no member aged 16–30 lacks the expected qualification while out of education or training',
  'indicator.adult-education.unknown': 'age, schooling or qualification not known for {unknownMembers}',

  'indicator.school-attendance.name': "Children's school attendance",
  'indicator.school-attendance.deprived': '{members} aged 3 to under 16 does not attend the school level appropriate to their age',
  'indicator.school-attendance.not-deprived': 'every child aged 3 to under 16 attends the appropriate school level',
  'indicator.school-attendance.unknown': 'age or school attendance not known for {unknownMembers}',

  'indicator.housing-quality.name': 'Housing quality',
  'indicator.housing-quality.deprived': 'the dwelling is not durable ({facts})',
  'indicator.housing-quality.not-deprived': 'the dwelling is durable ({facts})',
  'indicator.housing-quality.unknown': 'neither the type of dwelling nor its main structures (walls, pillars/frame, roof) decide it',

  'indicator.housing-area.name': 'Floor area per person',
  'indicator.housing-area.deprived': '{value} m² per member, below {threshold} m²',
  'indicator.housing-area.not-deprived': '{value} m² per member, at least {threshold} m²',
  'indicator.housing-area.unknown': 'the floor area is not known',

  'indicator.water.name': 'Domestic water source',
  'indicator.water.deprived': 'no access to a safe domestic water source',
  'indicator.water.not-deprived': 'has a safe domestic water source',
  'indicator.water.unknown': 'the water source is not known',

  'indicator.sanitation.name': 'Hygienic latrine',
  'indicator.sanitation.deprived': 'does not use a hygienic latrine',
  'indicator.sanitation.not-deprived': 'uses a hygienic latrine',
  'indicator.sanitation.unknown': 'the latrine is not known',

  'indicator.telecom.name': 'Use of telecom services',
  'indicator.telecom.deprived': 'no member uses internet services',
  'indicator.telecom.not-deprived': '{members} uses internet services',
  'indicator.telecom.unknown': 'not known whether {unknownMembers} uses the internet',

  'indicator.information-access.name': 'Means of access to information',
  'indicator.information-access.deprived': 'has no television, radio, computer or smartphone and cannot hear the commune/village loudspeaker',
  'indicator.information-access.not-deprived': 'has a means of access to information or can hear the commune/village loudspeaker',
  'indicator.information-access.unknown': 'means of information or loudspeaker reach not known',
};
