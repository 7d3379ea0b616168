/**
 * Tests for real gaps found by the coverage report (`npx vitest run --coverage`): the
 * rule-data soundness checks (every problem `checkRuleSetData` can report), error plumbing for
 * odd validator output, and edge branches of the public helpers that no other test reached.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  classify,
  classifyMany,
  createSummarizer,
  deriveRuleSet,
  diffRuleSets,
  explain,
  formatCitation,
  getRuleSet,
  renderDiff,
  summarize,
  ValidationError,
} from '../src/index.js';
import type { RuleSet, RuleSetData } from '../src/index.js';
import { checkRuleSetData, defineRuleSet, requiredMessageKeys } from '../src/rules/define.js';
import { parseOrThrow } from '../src/input/validate.js';
import { divideForDisplay } from '../src/money.js';
import { parseIsoDate } from '../src/rules/select.js';
import { fastParse } from '../src/input/fast.js';

type Mutable<T> = { -readonly [K in keyof T]: NonNullable<T[K]> extends object ? Mutable<NonNullable<T[K]>> | Extract<T[K], undefined> : T[K] };

/** A mutable deep copy of a built-in rule set's data (without fingerprint and messages). */
function dataOf(id: string): Mutable<RuleSetData> {
  const { fingerprint: _f, messages: _m, ...data } = JSON.parse(JSON.stringify(getRuleSet(id))) as RuleSet;
  return data as Mutable<RuleSetData>;
}
const messagesOf = (id: string) => JSON.parse(JSON.stringify(getRuleSet(id).messages)) as Mutable<RuleSet['messages']>;

describe('checkRuleSetData reports every unsound rule-data shape', () => {
  it('the built-in rule sets are sound (no problems), with and without their messages', () => {
    for (const id of ['vn-2016-2020', 'vn-2022-2025', 'vn-2027-2030']) {
      expect(checkRuleSetData(dataOf(id), messagesOf(id))).toEqual([]);
      expect(checkRuleSetData(dataOf(id))).toEqual([]);
    }
  });

  it('[rule:vn-2022-2025/incomeLine/poverty] income lines: duplicate ids, non-decimal amounts, not strictly ascending (equal, smaller, shorter decimals)', () => {
    const dup = dataOf('vn-2022-2025');
    dup.incomeLines[1]!.id = 'poverty';
    expect(checkRuleSetData(dup)).toContain('income line ids are not unique');

    const bad = dataOf('vn-2022-2025');
    bad.incomeLines[0]!.amounts.rural = '1.500.000';
    bad.incomeLines[1]!.amounts.urban = '-3000000';
    expect(checkRuleSetData(bad)).toEqual(
      expect.arrayContaining([
        'income line poverty (rural) is not a plain decimal: 1.500.000',
        'income line average-ceiling (urban) is not a plain decimal: -3000000',
      ]),
    );

    // Equal lines; a shorter integer part after a longer one; same integer part, smaller fraction.
    for (const [first, second] of [
      ['1500000', '1500000'],
      ['1500000', '999999'],
      ['1500000.5', '1500000.25'],
      ['1500000.50', '1500000.5'],
      ['1500000.5', '1500000.50'],
      ['2250000', '1500000'],
    ] as const) {
      const data = dataOf('vn-2022-2025');
      data.incomeLines[0]!.amounts.rural = first;
      data.incomeLines[1]!.amounts.rural = second;
      expect(checkRuleSetData(data), `${first} then ${second}`).toContain('income lines are not strictly ascending (rural) at average-ceiling');
    }
    // Strictly ascending by a fraction is fine, including different fraction lengths.
    for (const [first, second] of [
      ['1500000.25', '1500000.5'],
      ['1500000.5', '1500000.55'],
      ['1500000', '1500000.01'],
      ['999999.99', '1500000'],
    ] as const) {
      const data = dataOf('vn-2022-2025');
      data.incomeLines[0]!.amounts.rural = first;
      data.incomeLines[1]!.amounts.rural = second;
      expect(checkRuleSetData(data), `${first} then ${second}`).toEqual([]);
    }
  });

  it('[rule:vn-2022-2025/deprivationCut/cut] the cut must be an integer from 1 to the number of indicators', () => {
    for (const cut of [0, -1, 2.5, Number.NaN]) {
      const data = dataOf('vn-2022-2025');
      data.deprivationCut.atLeast = cut;
      expect(checkRuleSetData(data), String(cut)).toContain('deprivation cut must be an integer ≥ 1');
    }
    const tooBig = dataOf('vn-2022-2025');
    tooBig.deprivationCut.atLeast = 13;
    expect(checkRuleSetData(tooBig)).toEqual(['deprivation cut is larger than the number of indicators']);
    const atMost = dataOf('vn-2022-2025');
    atMost.deprivationCut.atLeast = 12;
    expect(checkRuleSetData(atMost)).toEqual([]);
    const one = dataOf('vn-2022-2025');
    one.deprivationCut.atLeast = 1;
    expect(checkRuleSetData(one)).toEqual([]);
  });

  it('[rule:vn-2022-2025/categoryRule/0-poor] category rules: unknown lines, gaps and overlaps are reported per position', () => {
    const unknownLine = dataOf('vn-2022-2025');
    unknownLine.categoryRules[2]!.income.above = 'nowhere';
    expect(checkRuleSetData(unknownLine)).toContain('category rule average refers to unknown income line nowhere');

    const gap = dataOf('vn-2022-2025');
    gap.categoryRules.splice(0, 1); // no "poor" rule: nothing applies at position 0 with the cut met
    expect(checkRuleSetData(gap)).toEqual(['0 category rules apply at income position 0 with the deprivation cut met (exactly one must)']);

    const top = dataOf('vn-2022-2025');
    top.categoryRules.pop(); // no "above-average" rule: nothing applies above the highest line
    expect(checkRuleSetData(top)).toEqual([
      '0 category rules apply at income position 2 with the deprivation cut not met (exactly one must)',
      '0 category rules apply at income position 2 with the deprivation cut met (exactly one must)',
    ]);

    const overlap = dataOf('vn-2022-2025');
    (overlap.categoryRules[1] as { deprivations?: string }).deprivations = 'at-least-cut';
    expect(checkRuleSetData(overlap)).toEqual([
      '0 category rules apply at income position 0 with the deprivation cut not met (exactly one must)',
      '2 category rules apply at income position 0 with the deprivation cut met (exactly one must)',
    ]);
  });

  it('dimensions and indicators: duplicate ids, unknown dimension, non-decimal share and floor', () => {
    const data = dataOf('vn-2022-2025');
    data.dimensions.push({ ...data.dimensions[0]! });
    data.indicators[0]!.dimension = 'nowhere';
    data.indicators[2]!.id = data.indicators[3]!.id;
    const dependants = data.indicators.find((indicator) => indicator.test.kind === 'member-share-above')!;
    (dependants.test as { share: string }).share = '50%';
    const area = data.indicators.find((indicator) => indicator.test.kind === 'per-member-below')!;
    (area.test as { floor: string }).floor = '8m2';
    expect(checkRuleSetData(data)).toEqual([
      'dimension ids are not unique',
      'indicator ids are not unique',
      `indicator ${data.indicators[0]!.id} is in unknown dimension nowhere`,
      'indicator dependants: share is not a plain decimal',
      'indicator housing-area: floor is not a plain decimal',
    ]);
  });

  it('effective period, status, income score and low-income-worker references', () => {
    for (const effective of [
      { from: '2022', to: '2026-12-31' },
      { from: '2022-01-01', to: '31/12/2026' },
      { from: 'x2022-01-01', to: '2026-12-31' },
      { from: '02022-01-01', to: '2026-12-31' }, // sorts before `to`: only the date form can refuse it
      { from: '2022-01-01', to: '2026-12-31T00:00' },
      { from: '2026-12-31', to: '2022-01-01' },
    ]) {
      const data = dataOf('vn-2022-2025');
      data.effective = { ...data.effective, ...effective };
      expect(checkRuleSetData(data), JSON.stringify(effective)).toEqual(['effective period must be two ISO dates, from ≤ to']);
    }
    const oneDay = dataOf('vn-2022-2025');
    oneDay.effective = { ...oneDay.effective, from: '2022-01-01', to: '2022-01-01' };
    expect(checkRuleSetData(oneDay)).toEqual([]);

    const status = dataOf('vn-2022-2025');
    (status as { status: string }).status = 'draft';
    expect(checkRuleSetData(status)).toEqual(['unknown status draft']);

    const score = dataOf('vn-2022-2025');
    score.incomeScore!.line = 'nowhere';
    score.incomeScore!.thresholds.rural = '140,5';
    score.incomeScore!.thresholds.urban = '';
    expect(checkRuleSetData(score)).toEqual([
      'income score refers to unknown income line nowhere',
      'income score threshold (rural) is not a plain decimal',
      'income score threshold (urban) is not a plain decimal',
    ]);

    const worker = dataOf('vn-2022-2025');
    worker.lowIncomeWorker!.atOrBelow = 'nowhere';
    expect(checkRuleSetData(worker)).toEqual(['low-income-worker rule refers to unknown income line nowhere']);
  });

  it('message catalogues: every required key in both locales, non-empty', () => {
    const data = dataOf('vn-2016-2020');
    const keys = requiredMessageKeys(data);
    expect(keys).toContain('ruleSet.title');
    expect(keys).toContain(`indicator.${data.indicators[0]!.id}.unknown`);
    expect(keys).toHaveLength(1 + data.dimensions.length + data.incomeLines.length + 4 * data.indicators.length);
    const messages = messagesOf('vn-2016-2020');
    delete messages.vi['ruleSet.title'];
    messages.en[`incomeLine.${data.incomeLines[0]!.id}`] = '';
    expect(checkRuleSetData(data, messages)).toEqual([
      'message ruleSet.title is missing in vi',
      `message incomeLine.${data.incomeLines[0]!.id} is missing in en`,
    ]);
  });

  it('defineRuleSet refuses unsound data with every problem listed, and freezes a copy of sound data', () => {
    const data = dataOf('vn-2022-2025');
    data.deprivationCut.atLeast = 0;
    (data as { status: string }).status = 'draft';
    expect(() => defineRuleSet(data as RuleSetData, messagesOf('vn-2022-2025'))).toThrow(
      /not sound:\n- deprivation cut must be an integer ≥ 1\n- unknown status draft$/,
    );
    const sound = dataOf('vn-2022-2025');
    const defined = defineRuleSet(sound as RuleSetData, messagesOf('vn-2022-2025'));
    expect(defined.fingerprint).toBe(getRuleSet('vn-2022-2025').fingerprint);
    expect(Object.isFrozen(defined.incomeLines[0]!.amounts)).toBe(true);
    // The source data stays mutable and unshared.
    sound.incomeLines[0]!.amounts.rural = '1';
    expect(defined.incomeLines[0]!.amounts.rural).toBe('1500000');
    // classify accepts the defined object (it is a library-made rule set).
    expect(classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 } }, { ruleSet: defined }).ruleSet.fingerprint).toBe(defined.fingerprint);
  });
});

describe('validation plumbing', () => {
  it('symbol path parts, custom issues without a code, and non-Error throws are reported as ValidationError', () => {
    const symbolKey = Symbol('k');
    const withSymbolPath = z.custom<unknown>(() => true).superRefine((_value, ctx) => ctx.addIssue({ code: 'custom', path: [symbolKey, 0], message: 'odd' }));
    expect(() => parseOrThrow(withSymbolPath, 1)).toThrow(ValidationError);
    try {
      parseOrThrow(withSymbolPath, 1);
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([{ path: ['Symbol(k)', 0], code: 'custom', message: 'odd' }]);
    }
    const throwsString = z.custom<unknown>(() => {
      throw 'not an Error';
    });
    try {
      parseOrThrow(throwsString, 1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({
        path: [],
        code: 'unreadable_input',
        message: 'the input could not be read as JSON data (unknown error)',
      });
    }
  });

  it('the error message names the first issue and counts the others (singular and plural)', () => {
    expect(new ValidationError([]).message).toBe('Invalid input — Invalid input');
    const issue = { path: ['members', 2, 'age'], code: 'too_big', message: 'too old' } as const;
    const household = { subject: 'household input' };
    expect(new ValidationError([issue], household).message).toBe('Invalid household input — members[2].age: too old');
    expect(new ValidationError([issue, issue], household).message).toBe('Invalid household input — members[2].age: too old (and 1 more issue)');
    expect(new ValidationError([issue, issue, issue], household).message).toBe('Invalid household input — members[2].age: too old (and 2 more issues)');
    // Long path parts are shortened in the message only; the issue keeps the whole key.
    const key = 'k'.repeat(100);
    const error = new ValidationError([{ path: [key], code: 'unrecognized_keys', message: 'unknown' }], household);
    expect(error.message).toBe(`Invalid household input — ${'k'.repeat(60)}…: unknown`);
    expect(error.issues[0]!.path).toEqual([key]);
    expect(new ValidationError([{ path: ['k'.repeat(60)], code: 'custom', message: 'm' }], household).message).toBe(
      `Invalid household input — ${'k'.repeat(60)}: m`,
    );
  });

  it('the fast path defers to zod for sparse lists, non-plain members and null floor areas, with the same result', () => {
    const ids = new Set(['water']);
    const sparse: string[] = [];
    sparse[1] = 'radio';
    expect(fastParse({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 }, dwelling: { informationMeans: sparse } }, ids)).toBeUndefined();
    expect(fastParse({ area: 'rural', members: [new Date()], income: { perCapitaMonthly: 1 } }, ids)).toBeUndefined();
    expect(fastParse({ area: 'rural', members: [[]], income: { perCapitaMonthly: 1 } }, ids)).toBeUndefined();
    for (const floorArea of [null, undefined]) {
      const household = { area: 'rural', size: 2, income: { perCapitaMonthly: 1 }, dwelling: { floorArea, safeWater: true } };
      const parsed = fastParse(household, ids);
      expect(parsed?.dwelling).toEqual(household.dwelling);
      expect(parsed?.dwelling).not.toBe(household.dwelling);
      const entry = classify(household).indicators.find((indicator) => indicator.id === 'housing-area')!;
      expect(entry.status).toBe('unknown');
      expect(entry.evidence).toEqual({ basis: 'dwelling', facts: { floorArea: null }, size: 2, threshold: '8' });
    }
  });
});

describe('edge branches of the helpers', () => {
  it('divideForDisplay carries a round-up through every digit (9.99995 → 10.0000)', () => {
    expect(divideForDisplay('19.9999', 2)).toEqual({ value: '9.99995', exact: true });
    expect(divideForDisplay('99.9999', 10)).toEqual({ value: '9.99999', exact: true });
    expect(divideForDisplay('29.99995', 3)).toEqual({ value: '10.0000', exact: false });
    expect(divideForDisplay('2.99999', 3)).toEqual({ value: '1.0000', exact: false });
    expect(divideForDisplay('1', 3)).toEqual({ value: '0.3333', exact: false });
    expect(divideForDisplay('2', 3)).toEqual({ value: '0.6667', exact: false });
  });

  it('leap years by the Gregorian rule: 2000 and 2024 have 29 February, 1900 and 2100 do not', () => {
    expect(parseIsoDate('2000-02-29', 'date')).toBe(2000);
    expect(parseIsoDate('2024-02-29', 'date')).toBe(2024);
    expect(() => parseIsoDate('1900-02-29', 'date')).toThrow(ValidationError);
    expect(() => parseIsoDate('2100-02-29', 'date')).toThrow(ValidationError);
    expect(() => parseIsoDate('2023-02-29', 'date')).toThrow(ValidationError);
    expect(parseIsoDate('2100-02-28', 'date')).toBe(2100);
  });

  it('classifyMany refuses non-object options before any household', () => {
    for (const options of [null, 'vn-2022-2025', 3]) {
      expect(() => classifyMany([{ area: 'rural', size: 1, income: { perCapitaMonthly: 1 } }], options as never)).toThrow(ValidationError);
    }
  });

  it('classifyMany keeps numeric ids of refused rows, and only valid ids', () => {
    const rows = classifyMany([
      { id: 7, area: 'nowhere', size: 1, income: { perCapitaMonthly: 1 } },
      { id: -1, area: 'nowhere', size: 1, income: { perCapitaMonthly: 1 } },
      { id: 'x'.repeat(129), area: 'nowhere', size: 1, income: { perCapitaMonthly: 1 } },
    ]);
    expect(rows.map((row) => ('id' in row ? row.id : undefined))).toEqual([7, undefined, undefined]);
    expect(rows.every((row) => !row.ok)).toBe(true);
  });

  it('summarize refuses a bad `by` and rows that are not results', () => {
    expect(() => createSummarizer({ by: 3 as never })).toThrow(ValidationError);
    const summarizer = createSummarizer();
    expect(() => summarizer.add(null as never)).toThrow(ValidationError);
    expect(() => summarizer.add({ nothing: true } as never)).toThrow(ValidationError);
    // A rule set given up front: its figures are known even with no rows.
    const empty = summarize([], { ruleSet: getRuleSet('vn-2016-2020') });
    expect(empty.ruleSet?.id).toBe('vn-2016-2020');
  });

  it('formatCitation writes an unnumbered appendix without a number', () => {
    const citation = getRuleSet('vn-2022-2025').indicators[0]!.citation;
    expect(citation.appendix).toBe('');
    const en = formatCitation(citation, 'en');
    expect(en).toContain('Decree 07/2021');
    expect(en).not.toMatch(/Appendix \d/);
    expect(formatCitation(citation)).toContain('Nghị định 07/2021');
  });

  it('diffing: a rule set with itself is identical; another cut alone renders "none" for the indicator lists', () => {
    const ruleSet = getRuleSet('vn-2022-2025');
    const same = diffRuleSets(ruleSet, ruleSet);
    expect(same.identical).toBe(true);
    expect(renderDiff(same, 'en').split('\n')).toHaveLength(2);
    const stricter = deriveRuleSet(ruleSet, {
      id: 'test-stricter-cut',
      title: { vi: 'Thử', en: 'Test' },
      instrument: {
        id: 'test-resolution',
        name: { vi: 'Nghị quyết thử', en: 'Test resolution' },
        title: { vi: 'Thử', en: 'Test' },
        signed: '2022-01-01',
        inForce: '2022-01-01',
        role: { vi: 'Thử', en: 'Test' },
      },
      citation: { article: '1', paraphrase: { vi: 'Thử', en: 'Test' }, confidence: 'A' },
      deprivationCut: 4,
    });
    const diff = diffRuleSets(ruleSet, stricter);
    expect(diff.identical).toBe(false);
    expect(diff.cut).toEqual({ from: 3, to: 4 });
    expect(diff.indicators.added).toEqual([]);
    expect(diff.indicators.removed).toEqual([]);
    const en = renderDiff(diff, 'en');
    expect(en.match(/\(none\)/g)).toHaveLength(2);
    expect(renderDiff(diff).match(/\(không có\)/g)).toHaveLength(2);
  });

  it('explain names an answer-only indicator left unknown', () => {
    const result = classify({ area: 'rural', size: 2, income: { perCapitaMonthly: 1 } }, { ruleSet: 'vn-2027-2030', allowProvisional: true });
    expect(result.category).toBe('undetermined');
    const text = explain(result, { locale: 'en' });
    expect(text.length).toBeGreaterThan(100);
    expect(explain(result)).not.toBe(text);
  });
});
