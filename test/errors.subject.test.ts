/**
 * A ValidationError names what was invalid: "Invalid household input — …" only for a household;
 * options, arguments and rule-set patches get another subject. Issue codes are a closed union.
 */
import { describe, expect, it } from 'vitest';
import { classify, compareStandards, deriveRuleSet, getRuleSet, ruleSetFor, ValidationError } from '../src/index.js';
import type { IssueCode, RuleSetPatch, ValidationIssue } from '../src/index.js';

/** The ValidationError `run` throws. */
function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const household = { area: 'rural', size: 2, income: { perCapitaMonthly: 1 } };

describe('ValidationError subjects', () => {
  it('a household that is not valid, or not readable, is "household input"', () => {
    const invalid = refusal(() => classify({ ...household, income: { perCapitaMonthly: '1.500.000' } }));
    expect(invalid.message).toBe('Invalid household input — income.perCapitaMonthly: amount "1.500.000" uses thousands separators; write "1500000" instead');
    expect(invalid.subject).toBe('household input');
    const unreadable = { ...household };
    Object.defineProperty(unreadable, 'size', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(refusal(() => classify(unreadable)).message).toBe('Invalid household input — (input): the input could not be read as JSON data (boom)');
    expect(refusal(() => classify(new Date())).message).toMatch(/^Invalid household input — \(input\): must be plain JSON data/);
  });

  it('options and arguments are not called household input', () => {
    for (const run of [
      () => classify(household, { date: '2025-02-30' }),
      () => classify(household, { ruleSet: 'vn-2099' }),
      () => classify(household, 'vn-2022-2025' as never),
      () => classify(household, { ruleSet: 'vn-2022-2025', date: '2031-01-01' }),
      () => ruleSetFor('2031-01-01'),
      () => compareStandards(household, ['vn-2022-2025']),
    ]) {
      const error = refusal(run);
      expect(error.message).toMatch(/^Invalid input — /);
      expect(error.subject).toBe('input');
    }
  });

  it('a rule-set patch is not called household input', () => {
    const error = refusal(() => deriveRuleSet(getRuleSet('vn-2022-2025'), { id: 'hcm-2022' } as unknown as RuleSetPatch));
    expect(error.message).not.toMatch(/household/);
    expect(error.issues[0]!.code).toBe('citation_required');
  });

  it('the subject is a constructor option; without it the message says "input"', () => {
    const issue: ValidationIssue = { path: ['ruleSet'], code: 'unknown_rule_set', message: 'no such rule set' };
    expect(new ValidationError([issue]).message).toBe('Invalid input — ruleSet: no such rule set');
    expect(new ValidationError([issue], { subject: 'options' }).message).toBe('Invalid options — ruleSet: no such rule set');
    expect(new ValidationError([issue], { subject: 'options' }).subject).toBe('options');
  });

  it('issue codes are the documented union (a misspelt code does not compile)', () => {
    const codes: IssueCode[] = ['invalid_amount', 'size_mismatch', 'unrecognized_keys', 'too_big', 'invalid_options', 'invalid_answer'];
    // @ts-expect-error — not a code of the library or of zod
    const misspelt: IssueCode = 'invalid_ammount';
    expect([...codes, misspelt]).toHaveLength(7);
    const issues = refusal(() => classify({ area: 'town', members: [{ age: -1 }], income: {} })).issues.map((issue) => issue.code);
    expect(issues).toEqual(['invalid_value', 'too_small', 'income_form']);
  });
});
