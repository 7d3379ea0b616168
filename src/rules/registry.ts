/**
 * The built-in rule sets, by id.
 *
 * @module
 */
import { ValidationError } from '../errors.js';
import { isDefinedRuleSet } from './define.js';
import { hcmc2024 } from './hcmc-2024/index.js';
import type { RuleSet } from './types.js';
import { vn20162020 } from './vn-2016-2020/index.js';
import { vn20222025 } from './vn-2022-2025/index.js';
import { vn20272030 } from './vn-2027-2030/index.js';

const BUILT_IN: readonly RuleSet[] = Object.freeze([vn20162020, vn20222025, vn20272030, hcmc2024]);

/** The id of the rule set `classify` uses when none is given. */
export const DEFAULT_RULE_SET_ID = 'vn-2022-2025';

/**
 * Every built-in rule set: the national ones oldest first — `vn-2016-2020` (superseded),
 * `vn-2022-2025` (in force), `vn-2027-2030` (provisional) — then the local ones: `hcmc-2024`
 * (Ho Chi Minh City from 1 Oct 2024, status `local`: chosen by id only, never by date or by
 * default). Each has an `id`, a `version` of its rule data, a `status`, its effective period
 * with citations, its instruments and its fingerprint.
 *
 * @example
 * ```ts
 * import { listRuleSets } from 'chuan-ngheo';
 * listRuleSets().map((ruleSet) => `${ruleSet.id} ${ruleSet.status}`);
 * // ['vn-2016-2020 superseded', 'vn-2022-2025 in-force', 'vn-2027-2030 provisional', 'hcmc-2024 local']
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
 * getRuleSet('hcmc-2024').incomeLines[0].amounts.urban; // '46000000'
 * ```
 */
export function getRuleSet(id: string): RuleSet {
  return resolveRuleSet(typeof id === 'string' ? id : undefined);
}

/**
 * A rule set given by id or as an object from this library (`getRuleSet`, `listRuleSets`,
 * `deriveRuleSet`); anything else — an unknown id, a look-alike object, `null` — is refused with
 * a {@link ValidationError} of code `unknown_rule_set` at `path`. Every public function that
 * takes a rule set resolves it here.
 *
 * @internal
 */
export function resolveRuleSet(value: unknown, path: readonly (string | number)[] = ['ruleSet']): RuleSet {
  if (typeof value === 'string') {
    for (const ruleSet of BUILT_IN) if (ruleSet.id === value) return ruleSet;
  } else if (isDefinedRuleSet(value)) return value;
  const known = BUILT_IN.map((ruleSet) => ruleSet.id).join(', ');
  const message =
    typeof value === 'string'
      ? `no rule set "${value.slice(0, 60)}"; known: ${known}`
      : `must be a rule-set id (${known}) or a rule set from getRuleSet, listRuleSets or deriveRuleSet`;
  throw new ValidationError([{ path: [...path], code: 'unknown_rule_set', message }]);
}
