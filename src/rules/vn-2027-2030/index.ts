/**
 * The provisional `vn-2027-2030` rule set: Decree 351/2025/NĐ-CP. Refused by `classify` and
 * `ruleSetFor` unless `{ allowProvisional: true }`; every indicator is decided by the
 * review-form answer only (see `data.ts`).
 *
 * @module
 */
import { defineRuleSet } from '../define.js';
import { VN_2027_2030_DATA } from './data.js';
import { messagesEn } from './messages.en.js';
import { messagesVi } from './messages.vi.js';

/** The frozen, fingerprinted, provisional `vn-2027-2030` rule set. */
export const vn20272030 = defineRuleSet(VN_2027_2030_DATA, { vi: messagesVi, en: messagesEn }, { requireSources: true });
