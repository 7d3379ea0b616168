/**
 * Inputs are plain JSON data: no field is read through a prototype chain.
 */
import { describe, expect, it } from 'vitest';
import { classify, ValidationError } from '../src/index.js';

function issuesOf(input: unknown): ValidationError['issues'] {
  try {
    classify(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('plain JSON input only', () => {
  it('refuses a household whose fields are inherited', () => {
    const issues = issuesOf(Object.create({ area: 'rural', size: 2, income: { perCapitaMonthly: 1 } }));
    expect(issues[0]).toMatchObject({ path: [], code: 'invalid_type' });
  });

  it('refuses inherited fields in a nested object, naming its path', () => {
    const issues = issuesOf({ area: 'rural', size: 2, income: Object.create({ perCapitaMonthly: 1 }) });
    expect(issues[0]).toMatchObject({ path: ['income'], code: 'invalid_type' });
    const memberIssues = issuesOf({ area: 'rural', income: { perCapitaMonthly: 1 }, members: [{ age: 30 }, Object.create({ age: 4 })] });
    expect(memberIssues[0]).toMatchObject({ path: ['members', 1], code: 'invalid_type' });
  });

  it('refuses class instances', () => {
    class Household {
      area = 'rural';
      size = 2;
      income = { perCapitaMonthly: 1 };
    }
    expect(issuesOf(new Household())[0]).toMatchObject({ path: [], code: 'invalid_type' });
  });

  it('accepts object literals, JSON.parse output and null-prototype objects alike', () => {
    const literal = { area: 'rural', size: 2, income: { perCapitaMonthly: 1 }, deprivations: { water: true } };
    const parsed = JSON.parse(JSON.stringify(literal)) as unknown;
    const bare = Object.assign(Object.create(null) as object, literal);
    // 1 known deprivation and 11 unknown at 1 đồng a month: poor or near-poor.
    expect(classify(literal).possibleCategories).toEqual(['poor', 'near-poor']);
    expect(JSON.stringify(classify(parsed))).toBe(JSON.stringify(classify(literal)));
    expect(JSON.stringify(classify(bare))).toBe(JSON.stringify(classify(literal)));
  });
});
