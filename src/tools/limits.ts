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
  /** Levels of a member or dwelling condition (`all` / `any` / `ifUnknown` nesting). */
  conditionDepth: 8,
  /** Conditions in one indicator test, counted as a tree (a reused object counts each time). */
  conditionNodes: 64,
  /** Values in one `in` or `includesNoneOf` list. */
  conditionValues: 32,
  /** Characters of an income-line amount, a `share` or a `floor`. */
  amountLength: MAX_AMOUNT_LENGTH,
  /** Income lines in a patch. */
  incomeLines: 16,
  /** Category rules in a patch. */
  categoryRules: 64,
  /** Dimensions a patch adds. */
  addDimensions: 32,
  /** Indicators a patch adds. */
  addIndicators: 64,
  /** Indicators a patch removes. */
  removeIndicators: 64,
  /** Messages per locale in a patch. */
  messages: 1000,
  /** Characters of any text in a patch (names, paraphrases, messages). */
  textLength: 2000,
  /** Rule sets compared by one `compareStandards` call. */
  standards: 8,
} as const);
