/**
 * The local `hcmc-2024` rule set: Ho Chi Minh City's standard from 1 Oct 2024 (Resolution
 * 15/NQ-HĐND). Chosen by id only (`classify(household, { ruleSet: 'hcmc-2024' })`), never by
 * date or by default (see `data.ts`).
 *
 * @module
 */
import { defineRuleSet } from '../define.js';
import { HCMC_2024_DATA } from './data.js';
import { messagesEn } from './messages.en.js';
import { messagesVi } from './messages.vi.js';

/** The frozen, fingerprinted, local `hcmc-2024` rule set. */
export const hcmc2024 = defineRuleSet(HCMC_2024_DATA, { vi: messagesVi, en: messagesEn }, { requireSources: true });
