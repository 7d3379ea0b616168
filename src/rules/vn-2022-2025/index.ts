/**
 * The `vn-2022-2025` rule set: Decree 07/2021/NĐ-CP Art. 3 and Appendix, applied 2022–2025
 * and extended to 31 Dec 2026 by Decree 351/2025/NĐ-CP.
 *
 * @module
 */
import { defineRuleSet } from '../define.js';
import { VN_2022_2025_DATA } from './data.js';
import { messagesEn } from './messages.en.js';
import { messagesVi } from './messages.vi.js';

/** The frozen, fingerprinted `vn-2022-2025` rule set. */
export const vn20222025 = defineRuleSet(VN_2022_2025_DATA, { vi: messagesVi, en: messagesEn }, { requireSources: true });
