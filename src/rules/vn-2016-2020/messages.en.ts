import type { MessageCatalogue } from '../types.js';

/** English messages for the 2016–2020 rule set, keyed by rule element. */
export const messagesEn: MessageCatalogue = {
  'ruleSet.title': 'Multidimensional poverty standard 2016–2020',
  'incomeLine.poverty': 'poverty line',
  'incomeLine.near-poverty': 'near-poverty line',
  'incomeLine.average-ceiling': 'ceiling of the average-living band',
  'dimension.health': 'Health',
  'dimension.education': 'Education',
  'dimension.housing': 'Housing',
  'dimension.water-sanitation': 'Clean water and sanitation',
  'dimension.information': 'Information',

  'indicator.health-access.name': 'Access to health services',
  'indicator.health-access.deprived': '{members} was ill and did not seek medical treatment',
  'indicator.health-access.not-deprived': 'no member was ill without seeking medical treatment',
  'indicator.health-access.unknown': 'not known whether {unknownMembers} was ill without seeking treatment',

  'indicator.health-insurance.name': 'Health insurance',
  'indicator.health-insurance.deprived': '{members} aged 6 or over has no health insurance',
  'indicator.health-insurance.not-deprived': 'every member aged 6 or over has health insurance',
  'indicator.health-insurance.unknown': 'age or health insurance not known for {unknownMembers}',

  'indicator.adult-education.name': 'Adult education',
  'indicator.adult-education.deprived': '{members} aged 15 or over, born in 1986 or later, has not completed lower-secondary school and is not in school',
  'indicator.adult-education.not-deprived': 'no member aged 15 or over born in 1986 or later is out of school without lower-secondary completion',
  'indicator.adult-education.unknown': 'age, year of birth, schooling or education level not known for {unknownMembers}',

  'indicator.school-attendance.name': "Children's school attendance",
  'indicator.school-attendance.deprived': '{members} aged 5–14 is not in school',
  'indicator.school-attendance.not-deprived': 'every child aged 5–14 is in school',
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
  'indicator.water.deprived': 'no access to a hygienic domestic water source',
  'indicator.water.not-deprived': 'has a hygienic domestic water source',
  'indicator.water.unknown': 'not known whether the water source is hygienic',

  'indicator.sanitation.name': 'Hygienic latrine',
  'indicator.sanitation.deprived': 'does not use a hygienic latrine',
  'indicator.sanitation.not-deprived': 'uses a hygienic latrine',
  'indicator.sanitation.unknown': 'the latrine is not known',

  'indicator.telecom.name': 'Use of telecom services',
  'indicator.telecom.deprived': 'no member has a telephone subscription or uses the internet',
  'indicator.telecom.not-deprived': '{members} has a telephone subscription or uses the internet',
  'indicator.telecom.unknown': 'not known whether {unknownMembers} has a telephone subscription or uses the internet',

  'indicator.information-access.name': 'Assets for access to information',
  'indicator.information-access.deprived': 'has no television, radio or computer and cannot hear the commune/village loudspeaker',
  'indicator.information-access.not-deprived': 'has a television, radio or computer, or can hear the commune/village loudspeaker',
  'indicator.information-access.unknown': 'information assets or loudspeaker reach not known',
};
