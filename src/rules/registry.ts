/**
 * The built-in rule sets, by id.
 *
 * @module
 */
import { ValidationError } from '../errors.js';
import type { RuleSet } from './types.js';
import { vn20162020 } from './vn-2016-2020/index.js';
import { vn20222025 } from './vn-2022-2025/index.js';
import { vn20272030 } from './vn-2027-2030/index.js';

const BUILT_IN: readonly RuleSet[] = Object.freeze([vn20162020, vn20222025, vn20272030]);

/** The id of the rule set `classify` uses when none is given. */
export const DEFAULT_RULE_SET_ID = 'vn-2022-2025';

/**
 * Every built-in rule set, oldest first: `vn-2016-2020` (superseded), `vn-2022-2025` (in force)
 * and `vn-2027-2030` (provisional). Each has an `id`, a `version` of its rule data, a `status`,
 * its effective period with citations, its instruments and its fingerprint.
 *
 * @example
 * ```ts
 * import { listRuleSets } from 'chuan-ngheo';
 * listRuleSets().map((ruleSet) => `${ruleSet.id} ${ruleSet.status}`);
 * // ['vn-2016-2020 superseded', 'vn-2022-2025 in-force', 'vn-2027-2030 provisional']
 * ```
 */
export function listRuleSets(): readonly RuleSet[] {
  return BUILT_IN;
}

/**
 * A built-in rule set by id.
 *
 * @throws {@link ValidationError} with code `unknown_rule_set` when there is no such rule set.
 * @example
 * ```ts
 * import { getRuleSet } from 'chuan-ngheo';
 * const ruleSet = getRuleSet('vn-2022-2025');
 * ruleSet.incomeLines[0].amounts.rural; // '1500000'
 * ```
 */
export function getRuleSet(id: string): RuleSet {
  for (const ruleSet of BUILT_IN) if (ruleSet.id === id) return ruleSet;
  throw new ValidationError([
    {
      path: ['ruleSet'],
      code: 'unknown_rule_set',
      message: `no rule set "${String(id).slice(0, 60)}"; known: ${BUILT_IN.map((ruleSet) => ruleSet.id).join(', ')}`,
    },
  ]);
}
