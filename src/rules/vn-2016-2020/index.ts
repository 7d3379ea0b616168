/**
 * The `vn-2016-2020` rule set: Decision 59/2015/QĐ-TTg, applied 2016–2020 and kept for 2021
 * by Decree 07/2021/NĐ-CP (status `superseded`).
 *
 * @module
 */
import { defineRuleSet } from '../define.js';
import { VN_2016_2020_DATA } from './data.js';
import { messagesEn } from './messages.en.js';
import { messagesVi } from './messages.vi.js';

/** The frozen, fingerprinted `vn-2016-2020` rule set. */
export const vn20162020 = defineRuleSet(VN_2016_2020_DATA, { vi: messagesVi, en: messagesEn }, { requireSources: true });
