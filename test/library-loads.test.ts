/**
 * The library loads, and every built-in rule set it defines on load is sound.
 *
 * The built-in rule sets are checked, copied, frozen and fingerprinted while the modules load
 * (`defineRuleSet`). A fault there makes the import itself throw. The other test files import
 * the library statically: if the import throws, vitest reports that the file failed to load, and
 * it collects none of its tests. Here the import happens inside a test, so a library that does
 * not load is a failing test. (This matters for mutation testing: Stryker's vitest runner only
 * counts tests it collected, so without this file a change that breaks loading would be
 * reported as a surviving mutant.)
 */
import { describe, expect, it } from 'vitest';

describe('the library loads', () => {
  it('imports without throwing and lists the built-in rule sets (three national, one local), each sound, frozen and fingerprinted', async () => {
    const library = await import('../src/index.js');
    const { checkRuleSetData, isDefinedRuleSet } = await import('../src/rules/define.js');
    const ruleSets = library.listRuleSets();
    expect(ruleSets.map((ruleSet) => ruleSet.id)).toEqual(['vn-2016-2020', 'vn-2022-2025', 'vn-2027-2030', 'hcmc-2024']);
    for (const ruleSet of ruleSets) {
      const { fingerprint, messages, ...data } = ruleSet;
      expect(checkRuleSetData(data, messages, { requireSources: true }), ruleSet.id).toEqual([]);
      expect(isDefinedRuleSet(ruleSet), ruleSet.id).toBe(true);
      expect(Object.isFrozen(ruleSet) && Object.isFrozen(ruleSet.incomeLines) && Object.isFrozen(ruleSet.messages.vi), ruleSet.id).toBe(true);
      expect(fingerprint, ruleSet.id).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('classifies a household with the default rule set straight after loading', async () => {
    const { classify, getRuleSet } = await import('../src/index.js');
    const deprivations = Object.fromEntries(getRuleSet('vn-2022-2025').indicators.map((indicator) => [indicator.id, indicator.id === 'water']));
    const result = classify({ area: 'urban', size: 2, income: { householdMonthly: '4000000' }, deprivations });
    // 4,000,000 ÷ 2 = 2,000,000 = the urban poverty line (at or below it), 1 deprivation < 3: near-poor.
    expect(result.category).toBe('near-poor');
    expect(result.income.band).toEqual({ above: null, atOrBelow: 'poverty' });
  });
});
