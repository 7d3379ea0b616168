/**
 * Selecting the rule set by date: listRuleSets / getRuleSet / ruleSetFor, a day-by-day walk
 * proving the periods meet without gaps or overlaps, and classify({ date }).
 */
import { describe, expect, it } from 'vitest';
import { classify, getRuleSet, listRuleSets, ruleSetFor } from '../src/index.js';
import { parseIsoDate } from '../src/rules/select.js';
import { validationIssues } from './helpers/households.js';

const codes = (fn: () => unknown) => validationIssues(fn).map((issue) => issue.code);

/** ISO dates from `from` to `to` inclusive (UTC, no time zones involved). */
function* days(from: string, to: string): Generator<string> {
  const day = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (day <= end) {
    yield day.toISOString().slice(0, 10);
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

/** The single issue of the ValidationError `fn` throws. */
function onlyIssue(fn: () => unknown) {
  const issues = validationIssues(fn);
  expect(issues).toHaveLength(1);
  return issues[0];
}

describe('error issues name the option, the rule broken and what is allowed', () => {
  it('unknown rule-set id: path ruleSet, the id as given (cut to 60 characters), the known ids', () => {
    expect(onlyIssue(() => getRuleSet('vn-2021'))).toEqual({
      path: ['ruleSet'],
      code: 'unknown_rule_set',
      message: 'no rule set "vn-2021"; known: vn-2016-2020, vn-2022-2025, vn-2027-2030, hcmc-2024',
    });
    expect(onlyIssue(() => getRuleSet('x'.repeat(100)))?.message).toBe(
      `no rule set "${'x'.repeat(60)}"; known: vn-2016-2020, vn-2022-2025, vn-2027-2030, hcmc-2024`,
    );
  });

  it('not a calendar date: the path given by the caller and the expected form', () => {
    expect(onlyIssue(() => ruleSetFor('2021-02-29'))).toEqual({
      path: ['date'],
      code: 'invalid_date',
      message: 'date must be a calendar date written YYYY-MM-DD, e.g. "2025-09-01"',
    });
    expect(onlyIssue(() => parseIsoDate('2021-13-01', 'review.date'))).toEqual({
      path: ['review.date'],
      code: 'invalid_date',
      message: 'review.date must be a calendar date written YYYY-MM-DD, e.g. "2025-09-01"',
    });
  });

  it('a non-string date is refused even when it prints as a date', () => {
    const lookalike = { toString: () => '2024-01-01' };
    expect(onlyIssue(() => parseIsoDate(lookalike, 'date'))?.code).toBe('invalid_date');
    expect(onlyIssue(() => parseIsoDate(new Date('2024-01-01T00:00:00Z'), 'date'))?.code).toBe('invalid_date');
    expect(onlyIssue(() => classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 } }, { date: lookalike as unknown as string }))?.code).toBe(
      'invalid_date',
    );
  });

  it('no rule set for the date: lists every built-in period', () => {
    expect(onlyIssue(() => ruleSetFor('2031-01-01', { allowProvisional: true }))).toEqual({
      path: ['date'],
      code: 'no_rule_set_for_date',
      message:
        'no built-in rule set is in effect on 2031-01-01; known periods: vn-2016-2020 2016-01-01..2021-12-31, vn-2022-2025 2022-01-01..2026-12-31, vn-2027-2030 2027-01-01..2030-12-31',
    });
  });

  it('provisional rule set without the opt-in: says how to opt in', () => {
    expect(onlyIssue(() => ruleSetFor('2027-01-01'))).toEqual({
      path: ['ruleSet'],
      code: 'provisional_rule_set',
      message: 'vn-2027-2030 is provisional (its indicator list and thresholds are not fully known); pass { allowProvisional: true } to use it',
    });
  });
});

describe('listRuleSets / getRuleSet', () => {
  it('lists the three national rule sets oldest first, then the local one, with id, version, status, period, instruments and fingerprint', () => {
    const list = listRuleSets();
    expect(list.map((r) => [r.id, r.status])).toEqual([
      ['vn-2016-2020', 'superseded'],
      ['vn-2022-2025', 'in-force'],
      ['vn-2027-2030', 'provisional'],
      ['hcmc-2024', 'local'],
    ]);
    for (const ruleSet of list) {
      expect(ruleSet.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(ruleSet.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(ruleSet.instruments.length).toBeGreaterThan(0);
      expect(ruleSet.effective.citations?.length).toBeGreaterThan(0);
      expect(getRuleSet(ruleSet.id)).toBe(ruleSet);
    }
    expect(new Set(list.map((r) => r.fingerprint)).size).toBe(4);
  });

  it('getRuleSet refuses an unknown id', () => {
    expect(codes(() => getRuleSet('vn-2021'))).toEqual(['unknown_rule_set']);
  });

  it('getRuleSet takes ids only: a rule-set object, a number or nothing is refused (from JavaScript), never a default', () => {
    const message = 'must be a rule-set id (vn-2016-2020, vn-2022-2025, vn-2027-2030, hcmc-2024) or a rule set from getRuleSet, listRuleSets or deriveRuleSet';
    for (const id of [getRuleSet('vn-2022-2025'), 2022, undefined, null]) {
      expect(onlyIssue(() => getRuleSet(id as never))).toEqual({ path: ['ruleSet'], code: 'unknown_rule_set', message });
    }
  });
});

describe('ruleSetFor', () => {
  const cases: [string, string][] = [
    ['2016-01-01', 'vn-2016-2020'],
    ['2021-10-15', 'vn-2016-2020'],
    ['2021-12-31', 'vn-2016-2020'],
    ['2022-01-01', 'vn-2022-2025'],
    ['2025-12-31', 'vn-2022-2025'],
    ['2026-12-31', 'vn-2022-2025'],
  ];
  for (const [date, id] of cases) {
    it(`${date} → ${id}`, () => {
      expect(ruleSetFor(date).id).toBe(id);
      expect(ruleSetFor(date, { allowProvisional: true }).id).toBe(id);
    });
  }

  it('2027-01-01 and 2030-12-31 → vn-2027-2030 only with the opt-in', () => {
    expect(codes(() => ruleSetFor('2027-01-01'))).toEqual(['provisional_rule_set']);
    expect(ruleSetFor('2027-01-01', { allowProvisional: true }).id).toBe('vn-2027-2030');
    expect(ruleSetFor('2030-12-31', { allowProvisional: true }).id).toBe('vn-2027-2030');
  });

  it('dates before 2016 and after 2030 are a typed error, never a default', () => {
    for (const date of ['2015-12-31', '1990-01-01', '2031-01-01', '2099-06-30']) {
      expect(codes(() => ruleSetFor(date, { allowProvisional: true }))).toEqual(['no_rule_set_for_date']);
    }
  });

  it('refuses strings that are not calendar dates', () => {
    for (const date of [
      '2021-02-29',
      '2021-13-01',
      '2021-00-10',
      '2021-01-00',
      '2021-04-31',
      '2021-01-32',
      '2021-1-1',
      '20210101',
      '',
      '2024-02-30',
      ' 2021-01-01',
      '2021-01-01 ',
      '2021-01-01T00:00',
      'x2021-01-01',
    ]) {
      expect(codes(() => ruleSetFor(date))).toEqual(['invalid_date']);
    }
    expect(ruleSetFor('2024-02-29').id).toBe('vn-2022-2025');
  });

  it('[rule:vn-2016-2020/effective/0] [rule:vn-2016-2020/effective/1] [rule:vn-2022-2025/effective/0] [rule:vn-2022-2025/effective/1] [rule:vn-2027-2030/effective/0] walks every day from 2015-12-01 to 2031-01-31: exactly one national rule set within 2016-01-01..2030-12-31, none outside; a local one never', () => {
    const list = listRuleSets().filter((r) => r.status !== 'local');
    expect(list.map((r) => r.id)).toEqual(['vn-2016-2020', 'vn-2022-2025', 'vn-2027-2030']);
    let inside = 0;
    let previous: string | undefined;
    for (const date of days('2015-12-01', '2031-01-31')) {
      const containing = list.filter((r) => r.effective.from <= date && date <= r.effective.to);
      const expected = date >= '2016-01-01' && date <= '2030-12-31' ? 1 : 0;
      expect(containing.length, date).toBe(expected);
      if (expected === 1) {
        inside++;
        expect(ruleSetFor(date, { allowProvisional: true }).id).toBe(containing[0]!.id);
        // No gap: when the rule set changes, the previous day was the last day of the previous one.
        if (previous !== undefined && previous !== containing[0]!.id) expect(getRuleSet(previous).effective.to < date).toBe(true);
        previous = containing[0]!.id;
      } else {
        expect(codes(() => ruleSetFor(date, { allowProvisional: true }))).toEqual(['no_rule_set_for_date']);
      }
    }
    // 2016-01-01..2030-12-31 is 15 years with 4 leap days (2016, 2020, 2024, 2028).
    expect(inside).toBe(15 * 365 + 4);
  });
});

describe('a local rule set (hcmc-2024) is chosen by id only', () => {
  const household = { area: 'urban', size: 1, income: { householdAnnual: '40000000' } };

  it('[rule:hcmc-2024/effective/0] ruleSetFor and classify({ date }) keep returning the national rule set inside the city period', () => {
    for (const date of ['2024-10-01', '2025-03-01', '2025-12-31']) {
      expect(ruleSetFor(date).id).toBe('vn-2022-2025');
      expect(classify(household, { date }).ruleSet.id).toBe('vn-2022-2025');
    }
    expect(classify(household).ruleSet.id).toBe('vn-2022-2025');
  });

  it('[rule:hcmc-2024/effective/0] by id it is used, and the review date must fall within 1 Oct 2024 – 31 Dec 2025', () => {
    expect(getRuleSet('hcmc-2024').status).toBe('local');
    expect(classify(household, { ruleSet: 'hcmc-2024', date: '2025-03-01' }).ruleSet.id).toBe('hcmc-2024');
    expect(codes(() => classify(household, { ruleSet: 'hcmc-2024', date: '2024-09-30' }))).toEqual(['date_outside_rule_set']);
    expect(codes(() => classify(household, { ruleSet: 'hcmc-2024', date: '2026-01-01' }))).toEqual(['date_outside_rule_set']);
  });
});

describe('classify({ date })', () => {
  const household = { area: 'rural', size: 1, income: { perCapitaMonthly: 800000 } };

  it('picks the rule set in force on that date, and the result says which', () => {
    const r2021 = classify(household, { date: '2021-10-15' });
    expect(r2021.ruleSet.id).toBe('vn-2016-2020');
    expect(r2021.date).toBe('2021-10-15');
    expect(r2021.possibleCategories).toEqual(['poor', 'near-poor']);
    const r2022 = classify(household, { date: '2022-01-01' });
    expect(r2022.ruleSet).toMatchObject({ id: 'vn-2022-2025', status: 'in-force' });
    expect(r2022.income.comparisons[0]!.amount).toBe('1500000');
    expect(classify(household, { date: '2026-12-31' }).ruleSet.id).toBe('vn-2022-2025');
  });

  it('without a date or rule set the default is vn-2022-2025', () => {
    expect(classify(household).ruleSet.id).toBe('vn-2022-2025');
  });

  it('dates outside every period, and provisional periods without the opt-in, are refused', () => {
    expect(codes(() => classify(household, { date: '2015-12-31' }))).toEqual(['no_rule_set_for_date']);
    expect(codes(() => classify(household, { date: '2027-03-01' }))).toEqual(['provisional_rule_set']);
    expect(classify(household, { date: '2027-03-01', allowProvisional: true }).ruleSet.id).toBe('vn-2027-2030');
  });

  it('an explicit rule set still must contain the date', () => {
    expect(codes(() => classify(household, { ruleSet: 'vn-2016-2020', date: '2022-01-01' }))).toEqual(['date_outside_rule_set']);
    expect(classify(household, { ruleSet: 'vn-2016-2020', date: '2021-12-31' }).ruleSet.id).toBe('vn-2016-2020');
  });
});
