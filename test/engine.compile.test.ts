/**
 * The compiled form of a rule set: computed once per rule set, and the per-size income lines and
 * per-year age contexts it keeps (the values, and that they are reused rather than rebuilt for
 * every household).
 */
import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../src/index.js';
import { compile } from '../src/engine/compile.js';

const ruleSet = getRuleSet('vn-2022-2025');

describe('compile', () => {
  it('is computed once per rule set object', () => {
    expect(compile(ruleSet)).toBe(compile(ruleSet));
    expect(compile(getRuleSet('vn-2016-2020'))).not.toBe(compile(ruleSet));
  });

  it('linesTimes gives each income line times the divisor, in both areas', () => {
    const compiled = compile(ruleSet);
    for (const area of ['rural', 'urban'] as const) {
      for (const divisor of [0, 1, 2, 5, 12, 60, 4096, 4097, 10_000]) {
        expect(compiled.linesTimes(area, divisor).map(String), `${area} × ${divisor}`).toEqual(
          ruleSet.incomeLines.map((line) => String(BigInt(line.amounts[area]) * BigInt(divisor))),
        );
      }
    }
  });

  it('linesTimes keeps the lines for household sizes (1 to 4096) and builds others afresh', () => {
    const compiled = compile(ruleSet);
    for (const divisor of [1, 2, 7, 12, 4096]) expect(compiled.linesTimes('rural', divisor), String(divisor)).toBe(compiled.linesTimes('rural', divisor));
    expect(compiled.linesTimes('urban', 3)).not.toBe(compiled.linesTimes('rural', 3));
    for (const divisor of [0, 4097, 2.5]) expect(compiled.linesTimes('rural', divisor), String(divisor)).not.toBe(compiled.linesTimes('rural', divisor));
    expect(compiled.linesTimes('rural', 2.5).map(String)).toEqual(ruleSet.incomeLines.map((line) => String(Number(line.amounts.rural) * 2.5)));
  });

  it('decisions carry low-income-worker flags only for a rule set that has the rule', () => {
    expect(Object.keys(compile(getRuleSet('vn-2016-2020')).decision(0, 0, 0)).sort()).toEqual(['possibleCategories', 'rule']);
    expect(Object.keys(compile(ruleSet).decision(0, 0, 0)).sort()).toEqual(['lowIncomeWorker', 'possibleCategories', 'rule']);
  });

  it('ageContextFor keeps one context per review year', () => {
    const compiled = compile(ruleSet);
    expect(compiled.ageContextFor(2024)).toBe(compiled.ageContextFor(2024));
    expect(compiled.ageContextFor(2024)).not.toBe(compiled.ageContextFor(2025));
  });
});
