import type { MessageCatalogue } from '../types.js';
import { messagesEn as national } from '../vn-2022-2025/messages.en.js';

/** English messages for the Ho Chi Minh City standard: the national ones, with the city's lines and social insurance. */
export const messagesEn: MessageCatalogue = {
  ...national,
  'ruleSet.title': 'Ho Chi Minh City multidimensional poverty standard (from 1 Oct 2024)',
  'incomeLine.poverty': 'city income poverty line',
  'incomeLine.average-ceiling': 'ceiling of the city’s average-living band',
  'indicator.social-insurance.name': 'Social insurance',
  'indicator.social-insurance.deprived': 'as answered on the review form',
  'indicator.social-insurance.not-deprived': 'as answered on the review form',
  'indicator.social-insurance.unknown': 'no answer on the review form; the library does not derive this indicator from facts',
};
