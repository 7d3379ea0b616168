/**
 * The documented bounds of the tools: how large a local standard (`deriveRuleSet`) and a
 * comparison (`compareStandards`) may be. Anything larger is refused with a `ValidationError`
 * (code `too_big`, with the path), so the work a call can cause stays small and predictable.
 *
 * @module
 */
import { MAX_AMOUNT_LENGTH } from '../money.js';

/**
 * Limits on what `deriveRuleSet` and `compareStandards` accept. The built-in rule sets stay
 * well inside them (deepest condition: 4 levels, largest: 10 nodes).
 *
 * - `conditionDepth`: levels of a member or dwelling condition (`all` / `any` / `ifUnknown`
 *   nesting; a single comparison is 1 level).
 * - `conditionNodes`: conditions in one indicator test, counted as a tree: an object reused
 *   twice counts twice, so `{ any: [c, c] }` nested 18 deep is refused, not expanded.
 * - `conditionValues`: values in one `in` or `includesNoneOf` list.
 * - `amountLength`: characters of an income-line amount, a `share` or a `floor` (plain
 *   decimals, as for household amounts).
 * - `incomeLines`, `categoryRules`, `addDimensions`, `addIndicators`, `removeIndicators`:
 *   entries in those lists of a patch.
 * - `messages`: entries per locale in a patch's `messages`; `textLength`: characters of any
 *   text in a patch (names, paraphrases, messages).
 * - `standards`: rule sets compared by one `compareStandards` call.
 *
 * @example
 * ```ts
 * import { LIMITS } from 'chuan-ngheo';
 * LIMITS.conditionDepth; // 8
 * LIMITS.standards;      // 8
 * ```
 */
export const LIMITS = Object.freeze({
  conditionDepth: 8,
  conditionNodes: 64,
  conditionValues: 32,
  amountLength: MAX_AMOUNT_LENGTH,
  incomeLines: 16,
  categoryRules: 64,
  addDimensions: 32,
  addIndicators: 64,
  removeIndicators: 64,
  messages: 1000,
  textLength: 2000,
  standards: 8,
} as const);
