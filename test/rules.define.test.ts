/**
 * The soundness checks of rule data (`checkRuleSetData`, `citationsOf`), case by case: each
 * test breaks one thing in a built-in rule set's data and expects exactly the problem that
 * names it — so an auditor (and the mutation run) sees that every check really checks.
 */
import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../src/index.js';
import type { RuleSet, RuleSetData } from '../src/index.js';
import { checkRuleSetData, citationsOf } from '../src/rules/define.js';

/** A mutable deep copy of a built-in rule set's data (without fingerprint and messages). */
function dataOf(id: string): any {
  const { fingerprint: _f, messages: _m, ...data } = JSON.parse(JSON.stringify(getRuleSet(id))) as RuleSet;
  return data;
}

/** The data with one indicator's `where` replaced. */
function withWhere(indicatorId: string, where: unknown): RuleSetData {
  const data = dataOf('vn-2022-2025');
  const indicator = data.indicators.find((candidate: { id: string }) => candidate.id === indicatorId);
  indicator.test.where = where;
  return data;
}

const sources = (data: RuleSetData, options?: { requireSources?: boolean }) => checkRuleSetData(data, undefined, options);

describe('citationsOf lists every citation of a rule set under a label naming its element', () => {
  it('vn-2022-2025: effective period, lines, cut, category rules, working age, dimensions, indicators, income score, low-income worker', () => {
    const data = dataOf('vn-2022-2025');
    const labels = citationsOf(data).map((entry) => entry.label);
    const expected = [
      ...data.effective.citations.map((_: unknown, index: number) => `effective/${index}`),
      ...data.incomeLines.map((line: { id: string }) => `incomeLine/${line.id}`),
      'deprivationCut/cut',
      ...data.categoryRules.map((rule: { category: string }, index: number) => `categoryRule/${index}-${rule.category}`),
      'workingAge/retirement',
      ...data.dimensions.map((dimension: { id: string }) => `dimension/${dimension.id}`),
      ...data.indicators.map((indicator: { id: string }) => `indicator/${indicator.id}`),
      'incomeScore/score',
      'lowIncomeWorker/rule',
    ];
    expect(labels).toEqual(expected);
    expect(labels).toContain('effective/0');
    expect(labels).toContain('categoryRule/0-poor');
    expect(labels).toContain('indicator/housing-area');
    // Each label carries that element's own citation object.
    const byLabel = new Map(citationsOf(data).map((entry) => [entry.label, entry.citation]));
    expect(byLabel.get('deprivationCut/cut')).toBe(data.deprivationCut.citation);
    expect(byLabel.get('workingAge/retirement')).toBe(data.workingAge.citation);
    expect(byLabel.get('incomeScore/score')).toBe(data.incomeScore.citation);
    expect(byLabel.get('lowIncomeWorker/rule')).toBe(data.lowIncomeWorker.citation);
    expect(byLabel.get('effective/1')).toBe(data.effective.citations[1]);
    expect(byLabel.get('categoryRule/1-near-poor')).toBe(data.categoryRules[1].citation);
  });

  it('a rule set without effective citations, income score or low-income-worker rule lists none of them', () => {
    const data = dataOf('vn-2022-2025');
    delete data.effective.citations;
    delete data.incomeScore;
    delete data.lowIncomeWorker;
    const labels = citationsOf(data).map((entry) => entry.label);
    expect(labels.filter((label) => label.startsWith('effective/') || label === 'incomeScore/score' || label === 'lowIncomeWorker/rule')).toEqual([]);
    expect(labels[0]).toBe(`incomeLine/${data.incomeLines[0].id}`);
  });
});

describe('citations: sources, derivations and reading marks', () => {
  it('a derivation must say how in both languages (blank vi, blank en, both given)', () => {
    for (const [derived, problem] of [
      [{ vi: '  ', en: 'the complement of the other rules' }, true],
      [{ vi: 'phần bù của các quy tắc khác', en: '' }, true],
      [{ vi: '', en: ' ' }, true],
      [{ vi: 'phần bù', en: 'the complement' }, false],
    ] as const) {
      const data = dataOf('vn-2022-2025');
      data.incomeLines[0].citation.derived = derived;
      expect(sources(data), JSON.stringify(derived)).toEqual(problem ? [`incomeLine/${data.incomeLines[0].id}: "derived" must say how, in vi and en`] : []);
    }
  });

  it('with requireSources, a citation or an instrument without sources is a problem; without it, it is not', () => {
    const data = dataOf('vn-2022-2025');
    delete data.deprivationCut.citation.sources;
    delete data.instruments[1].sources;
    expect(sources(data)).toEqual([]);
    expect(sources(data, { requireSources: false })).toEqual([]);
    expect(sources(data, { requireSources: true })).toEqual([
      'deprivationCut/cut: the citation lists no sources',
      `instrument ${data.instruments[1].id} lists no sources`,
    ]);
  });

  it('the built-in data lists every source (requireSources finds nothing)', () => {
    for (const id of ['vn-2016-2020', 'vn-2022-2025', 'vn-2027-2030', 'hcmc-2024']) expect(sources(dataOf(id), { requireSources: true }), id).toEqual([]);
  });
});

describe('conditions that can never be met, or contradict themselves', () => {
  const age = (min: number) => ({ age: { min } });

  it('"atLeast" must be a whole number from 1 to the number of conditions (member conditions)', () => {
    const of = [age(15), age(16), age(17)];
    for (const atLeast of [0, -1, 1.5, 4]) {
      expect(sources(withWhere('nutrition', { atLeast, of })), String(atLeast)).toEqual([
        'indicator nutrition: "atLeast" must be an integer from 1 to the number of conditions',
      ]);
    }
    for (const atLeast of [1, 2, 3]) expect(sources(withWhere('nutrition', { atLeast, of })), String(atLeast)).toEqual([]);
  });

  it('"atLeast" without conditions to count is a problem, not a crash', () => {
    expect(sources(withWhere('nutrition', { atLeast: 1 }))).toEqual(['indicator nutrition: "atLeast" must be an integer from 1 to the number of conditions']);
  });

  it('nested conditions are checked too: inside all, any, of and ifUnknown', () => {
    const bad = { atLeast: 2, of: [age(1)] };
    for (const where of [{ all: [age(1), bad] }, { any: [bad] }, { atLeast: 1, of: [bad] }, { fact: 'dependant', equals: true, ifUnknown: bad }]) {
      expect(sources(withWhere('nutrition', where)), JSON.stringify(where)).toEqual([
        'indicator nutrition: "atLeast" must be an integer from 1 to the number of conditions',
      ]);
    }
  });

  it('a dwelling list value both counted and listed as not counted', () => {
    const where = { fact: 'informationMeans', includesNoneOf: ['radio', 'television', 'computer'], notCounted: ['computer', 'loudspeaker'] };
    expect(sources(withWhere('information-access', where))).toEqual(['indicator information-access: computer is both counted and listed as not counted']);
    expect(sources(withWhere('information-access', { ...where, notCounted: ['loudspeaker'] }))).toEqual([]);
    // Only one of the two lists: nothing to compare.
    expect(sources(withWhere('information-access', { fact: 'informationMeans', includesNoneOf: ['radio'] }))).toEqual([]);
    expect(sources(withWhere('information-access', { fact: 'informationMeans', in: ['radio'], notCounted: ['radio'] }))).toEqual([]);
  });
});
