/**
 * Household fixtures shared by the tests (`test/helpers/households.ts`), the documentation
 * scripts (`scripts/docs/conformance-cases.ts`) and the examples (`examples/synthetic.mjs`):
 * the indicator ids of the built-in standards in the legal text's order, and answer sets built
 * from them. Plain JavaScript, so the examples run with `node` alone; the TypeScript that imports
 * it reads the exact types from the JSDoc below.
 *
 * The ids must equal those of the rule sets (`getRuleSet(id).indicators`): the rule-set tests
 * check it.
 *
 * @module
 */

/** Indicator ids of `vn-2022-2025` (Decree 07/2021/NĐ-CP, Appendix), in the Appendix's order. */
export const INDICATOR_IDS = /** @type {const} */ ([
  'employment',
  'dependants',
  'nutrition',
  'health-insurance',
  'adult-education',
  'school-attendance',
  'housing-quality',
  'housing-area',
  'water',
  'sanitation',
  'telecom',
  'information-access',
]);

/** Indicator ids of `vn-2016-2020` (Decision 59/2015/QĐ-TTg), in the decision's order. */
export const INDICATOR_IDS_2016 = /** @type {const} */ ([
  'health-access',
  'health-insurance',
  'adult-education',
  'school-attendance',
  'housing-quality',
  'housing-area',
  'water',
  'sanitation',
  'telecom',
  'information-access',
]);

/**
 * Review-form answers for the indicators `ids`: the first `deprived` true, the next `unknown`
 * null, the rest false.
 *
 * @template {string} Id
 * @param {readonly Id[]} ids
 * @param {number} deprived
 * @param {number} [unknown]
 * @returns {Record<Id, boolean | null>}
 */
export function answersFor(ids, deprived, unknown = 0) {
  /** @type {Record<string, boolean | null>} */
  const out = {};
  ids.forEach((id, index) => {
    out[id] = index < deprived ? true : index < deprived + unknown ? null : false;
  });
  return /** @type {Record<Id, boolean | null>} */ (out);
}
