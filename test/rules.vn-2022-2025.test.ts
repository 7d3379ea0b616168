/**
 * The vn-2022-2025 rule set as data: deeply frozen, fingerprinted (recomputable by an
 * auditor), every element cited, indicators in the decree's order with the parameters of
 * Decree 07/2021/NĐ-CP Art. 3 and its Appendix.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classify, getRuleSet, listRuleSets } from '../src/index.js';
import type { Citation } from '../src/index.js';
import { checkRuleSetData, defineRuleSet } from '../src/rules/define.js';
import { canonicalJson, fingerprint } from '../src/rules/fingerprint.js';
import { VN_2022_2025_DATA } from '../src/rules/vn-2022-2025/data.js';
import { CATEGORY_RULE_ID, DIMENSION_OF, INDICATOR_IDS, named, type IndicatorId } from './helpers/households.js';

/** Rule tags, written out so the traceability check (scripts/docs/traceability.ts) sees them. */
const LINE_TAG = {
  poverty: '[rule:vn-2022-2025/incomeLine/poverty]',
  'average-ceiling': '[rule:vn-2022-2025/incomeLine/average-ceiling]',
} as const;
const CATEGORY_TAG = {
  poor: '[rule:vn-2022-2025/categoryRule/0-poor]',
  'near-poor': '[rule:vn-2022-2025/categoryRule/1-near-poor]',
  average: '[rule:vn-2022-2025/categoryRule/2-average]',
  'above-average': '[rule:vn-2022-2025/categoryRule/3-above-average]',
} as const;
const DIMENSION_TAG: Readonly<Record<string, string>> = {
  employment: '[rule:vn-2022-2025/dimension/employment]',
  health: '[rule:vn-2022-2025/dimension/health]',
  education: '[rule:vn-2022-2025/dimension/education]',
  housing: '[rule:vn-2022-2025/dimension/housing]',
  'water-sanitation': '[rule:vn-2022-2025/dimension/water-sanitation]',
  information: '[rule:vn-2022-2025/dimension/information]',
};
/** Rule tags, written out so the traceability check (scripts/docs/traceability.ts) sees them: indicator with its dimension. */
const INDICATOR_TAG: Readonly<Record<IndicatorId, string>> = {
  employment: '[rule:vn-2022-2025/indicator/employment] [rule:vn-2022-2025/dimension/employment]',
  dependants: '[rule:vn-2022-2025/indicator/dependants] [rule:vn-2022-2025/dimension/employment]',
  nutrition: '[rule:vn-2022-2025/indicator/nutrition] [rule:vn-2022-2025/dimension/health]',
  'health-insurance': '[rule:vn-2022-2025/indicator/health-insurance] [rule:vn-2022-2025/dimension/health]',
  'adult-education': '[rule:vn-2022-2025/indicator/adult-education] [rule:vn-2022-2025/dimension/education]',
  'school-attendance': '[rule:vn-2022-2025/indicator/school-attendance] [rule:vn-2022-2025/dimension/education]',
  'housing-quality': '[rule:vn-2022-2025/indicator/housing-quality] [rule:vn-2022-2025/dimension/housing]',
  'housing-area': '[rule:vn-2022-2025/indicator/housing-area] [rule:vn-2022-2025/dimension/housing]',
  water: '[rule:vn-2022-2025/indicator/water] [rule:vn-2022-2025/dimension/water-sanitation]',
  sanitation: '[rule:vn-2022-2025/indicator/sanitation] [rule:vn-2022-2025/dimension/water-sanitation]',
  telecom: '[rule:vn-2022-2025/indicator/telecom] [rule:vn-2022-2025/dimension/information]',
  'information-access': '[rule:vn-2022-2025/indicator/information-access] [rule:vn-2022-2025/dimension/information]',
};

const ruleSet = getRuleSet('vn-2022-2025');

/** Every object and array reachable from `value`, with its path. */
function* walk(value: unknown, path = '$'): Generator<[string, object]> {
  if (value === null || typeof value !== 'object') return;
  yield [path, value];
  for (const [key, child] of Object.entries(value)) yield* walk(child, `${path}.${key}`);
}

describe('identity and period', () => {
  it('is the default rule set, listed among the built-in ones', () => {
    expect(listRuleSets().map((r) => r.id)).toContain('vn-2022-2025');
    expect(classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 } }).ruleSet.id).toBe('vn-2022-2025');
  });

  it('in force 2022-01-01 to 2026-12-31 (Decree 07/2021, extended by Decree 351/2025)', () => {
    expect(ruleSet.effective.from).toBe('2022-01-01');
    expect(ruleSet.effective.to).toBe('2026-12-31');
    expect(ruleSet.status).toBe('in-force');
    expect(ruleSet.incomePeriod).toBe('month');
    expect(ruleSet.instruments.map((i) => i.id)).toEqual(expect.arrayContaining(['decree-07-2021', 'decree-351-2025', 'labour-code-2019', 'decree-135-2020']));
    expect(ruleSet.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('[rule:vn-2022-2025/effective/0] [rule:vn-2022-2025/effective/1] the period is cited: Decree 07/2021 Art. 3 (2022–2025), Decree 351/2025 (extension to 2026)', () => {
    const [from, to] = ruleSet.effective.citations ?? [];
    expect(from).toMatchObject({ instrument: { id: 'decree-07-2021' }, article: '3', confidence: 'A' });
    expect(to).toMatchObject({ instrument: { id: 'decree-351-2025' }, confidence: 'A' });
    expect(to!.paraphrase.en).toContain('31 Dec 2026');
    // The article of Decree 351/2025 is not identified yet, and the citation says so.
    expect(to!.article).toBeUndefined();
    expect(to!.note?.en).toMatch(/not yet identified/);
  });

  it('the result carries the rule-set summary with the fingerprint', () => {
    const result = classify({ area: 'urban', size: 1, income: { perCapitaMonthly: 1 } });
    expect(result.ruleSet).toMatchObject({
      id: ruleSet.id,
      version: ruleSet.version,
      title: ruleSet.title,
      effective: ruleSet.effective,
      fingerprint: ruleSet.fingerprint,
    });
    expect(result.ruleSet.instruments.map((i) => i.id)).toEqual(ruleSet.instruments.map((i) => i.id));
  });

  it('the rule data is sound (checkRuleSetData finds no problem)', () => {
    expect(checkRuleSetData(ruleSet, ruleSet.messages)).toEqual([]);
  });
});

describe('deeply frozen', () => {
  it('every object and array in the rule set is frozen', () => {
    const notFrozen = [...walk(ruleSet)].filter(([, value]) => !Object.isFrozen(value)).map(([path]) => path);
    expect(notFrozen).toEqual([]);
    expect([...walk(ruleSet)].length).toBeGreaterThan(100);
  });

  it('mutating throws in strict mode', () => {
    const anyRules = ruleSet as unknown as Record<string, any>;
    expect(() => {
      anyRules.incomeLines[0].amounts.rural = '1';
    }).toThrow(TypeError);
    expect(() => {
      anyRules.deprivationCut.atLeast = 2;
    }).toThrow(TypeError);
    expect(() => {
      anyRules.indicators.push({});
    }).toThrow(TypeError);
    expect(() => {
      anyRules.indicators[7].test.floor = '7';
    }).toThrow(TypeError);
    expect(() => {
      anyRules.messages.vi['indicator.water.name'] = 'x';
    }).toThrow(TypeError);
    expect(() => {
      anyRules.fingerprint = '0';
    }).toThrow(TypeError);
    expect(() => {
      delete anyRules.categoryRules[0].citation;
    }).toThrow(TypeError);
    expect(ruleSet.incomeLines[0]!.amounts.rural).toBe('1500000');
    expect(ruleSet.indicators).toHaveLength(12);
  });

  it('the rule set does not share objects with its source data', () => {
    expect(ruleSet.incomeLines).not.toBe(VN_2022_2025_DATA.incomeLines);
    expect(Object.isFrozen(VN_2022_2025_DATA.incomeLines)).toBe(false);
  });
});

describe('fingerprint', () => {
  const { fingerprint: print, messages: _messages, ...data } = ruleSet;

  it('is 64 lowercase hex characters', () => {
    expect(print).toMatch(/^[0-9a-f]{64}$/);
  });

  it('equals fingerprint(rule data without fingerprint and messages)', () => {
    expect(fingerprint(data)).toBe(print);
    expect(fingerprint(VN_2022_2025_DATA)).toBe(print);
  });

  it('equals the SHA-256 of the canonical JSON, computed independently (node:crypto)', () => {
    expect(createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex')).toBe(print);
    // The canonical JSON is what an auditor gets from JSON with sorted keys and no whitespace.
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortKeys)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.keys(value)
                .sort()
                .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
            )
          : value;
    expect(JSON.stringify(sortKeys(JSON.parse(JSON.stringify(data))))).toBe(canonicalJson(data));
  });

  it('changes when any threshold changes, and not when messages change', () => {
    const copy = JSON.parse(JSON.stringify(data));
    copy.indicators[7].test.floor = '7.99';
    expect(fingerprint(copy)).not.toBe(print);
    const line = JSON.parse(JSON.stringify(data));
    line.incomeLines[0].amounts.rural = '1500001';
    expect(fingerprint(line)).not.toBe(print);
    // Messages are presentation: the same rule data with other messages keeps the fingerprint.
    const renamed = defineRuleSet(VN_2022_2025_DATA, {
      vi: { ...ruleSet.messages.vi, 'indicator.water.name': 'Nguồn nước (đổi tên)' },
      en: { ...ruleSet.messages.en, 'indicator.water.name': 'Water source (renamed)' },
    });
    expect(renamed.messages.en['indicator.water.name']).toBe('Water source (renamed)');
    expect(renamed.fingerprint).toBe(print);
  });
});

function expectCitation(citation: Citation, where: string) {
  expect(citation.instrument.id, where).toMatch(/^[a-z0-9-]+$/);
  expect(citation.instrument.name.vi.length, where).toBeGreaterThan(0);
  expect(citation.instrument.name.en.length, where).toBeGreaterThan(0);
  expect(citation.paraphrase.vi.length, where).toBeGreaterThan(10);
  expect(citation.paraphrase.en.length, where).toBeGreaterThan(10);
  expect(['A', 'B', 'C'], where).toContain(citation.confidence);
  expect(
    ruleSet.instruments.map((i) => i.id),
    where,
  ).toContain(citation.instrument.id);
  // A citation names at least an article or an appendix item.
  expect(citation.article !== undefined || citation.item !== undefined, where).toBe(true);
}

describe('every element has a citation (instrument, place, paraphrase vi/en, confidence)', () => {
  it.each(named(['poverty', 'average-ceiling'], (id) => `${LINE_TAG[id as keyof typeof LINE_TAG]} income line ${id}: Decree 07/2021 Art. 3, confidence A`))(
    '%s',
    (_name, id) => {
      const line = ruleSet.incomeLines.find((entry) => entry.id === id)!;
      expectCitation(line.citation, id);
      expect(line.citation).toMatchObject({ instrument: { id: 'decree-07-2021' }, article: '3', confidence: 'A' });
    },
  );

  it(`[rule:vn-2022-2025/incomeLine/poverty] [rule:vn-2022-2025/incomeLine/average-ceiling] amounts: poverty 1,500,000 / 2,000,000; ceiling 2,250,000 / 3,000,000`, () => {
    expect(ruleSet.incomeLines.map((line) => [line.id, line.amounts.rural, line.amounts.urban])).toEqual([
      ['poverty', '1500000', '2000000'],
      ['average-ceiling', '2250000', '3000000'],
    ]);
    expect(ruleSet.incomeLines[0]!.citation).toMatchObject({ clause: '1', point: 'a' });
  });

  it.each(
    named(
      [
        { category: 'poor', income: { atOrBelow: 'poverty' }, deprivations: 'at-least-cut', point: 'a' },
        { category: 'near-poor', income: { atOrBelow: 'poverty' }, deprivations: 'below-cut', point: 'b' },
        { category: 'average', income: { above: 'poverty', atOrBelow: 'average-ceiling' }, deprivations: undefined, point: 'c' },
        { category: 'above-average', income: { above: 'average-ceiling' }, deprivations: undefined, point: undefined },
      ] as const,
      (r) =>
        `${CATEGORY_TAG[r.category]} ${r.category}: income ${JSON.stringify(r.income)}, deprivations ${r.deprivations ?? 'not considered'} (Art. 3 cl. 2${r.point ? ` pt. ${r.point}` : ''})`,
    ),
  )('%s', (_name, r) => {
    const index = Number(CATEGORY_RULE_ID[r.category].split('-')[0]);
    const rule = ruleSet.categoryRules[index]!;
    expect(rule.category).toBe(r.category);
    expect(rule.income).toEqual(r.income);
    expect(rule.deprivations).toBe(r.deprivations);
    expectCitation(rule.citation, r.category);
    expect(rule.citation).toMatchObject({ instrument: { id: 'decree-07-2021' }, article: '3', clause: '2', confidence: 'A' });
    expect(rule.citation.point).toBe(r.point);
  });

  it(`[rule:vn-2022-2025/categoryRule/0-poor] the poor rule says AND, with a note against the "or" misreading`, () => {
    const poor = ruleSet.categoryRules[0]!;
    expect(poor.citation.paraphrase.en).toContain('AND');
    expect(poor.citation.paraphrase.vi).toContain('VÀ');
    expect(poor.citation.note?.en).toMatch(/"or"/);
  });

  it(`[rule:vn-2022-2025/deprivationCut/cut] the cut is 3 deprivations (Art. 3 cl. 2 pt. a: "từ 03 chỉ số trở lên")`, () => {
    expect(ruleSet.deprivationCut.atLeast).toBe(3);
    expectCitation(ruleSet.deprivationCut.citation, 'cut');
    expect(ruleSet.deprivationCut.citation).toMatchObject({ article: '3', clause: '2', confidence: 'A' });
  });

  it(`[rule:vn-2022-2025/workingAge/retirement] working age: from 15 to the retirement age (men 60y3m in 2021 +3m/yr to 62; women 55y4m +4m/yr to 60)`, () => {
    const { workingAge } = ruleSet;
    expect(workingAge.minAge).toBe(15);
    expect(workingAge.retirement.male).toEqual({ baseYear: 2021, baseMonths: 60 * 12 + 3, stepMonths: 3, capMonths: 62 * 12 });
    expect(workingAge.retirement.female).toEqual({ baseYear: 2021, baseMonths: 55 * 12 + 4, stepMonths: 4, capMonths: 60 * 12 });
    expectCitation(workingAge.citation, 'workingAge');
    expect(workingAge.citation.instrument.id).toBe('decree-135-2020');
    expect(workingAge.citation.note?.en).toMatch(/Labour Code 2019/);
  });

  const dimensions = ['employment', 'health', 'education', 'housing', 'water-sanitation', 'information'];
  /** Appendix item "<dimension number>.<1|2>": 1.1 employment … 6.2 information access. */
  const appendixItem = (id: (typeof INDICATOR_IDS)[number]) => `${dimensions.indexOf(DIMENSION_OF[id]) + 1}.${INDICATOR_IDS.indexOf(id) % 2 === 0 ? 1 : 2}`;
  it.each(named(dimensions, (id) => `${DIMENSION_TAG[id]} dimension ${id}: Art. 3 cl. 1 pt. b, two indicators`))('%s', (_name, id) => {
    const dimension = ruleSet.dimensions.find((entry) => entry.id === id)!;
    expect(dimension).toBeDefined();
    expectCitation(dimension.citation, id);
    expect(dimension.citation).toMatchObject({ instrument: { id: 'decree-07-2021' }, article: '3', clause: '1', point: 'b' });
    expect(ruleSet.indicators.filter((indicator) => indicator.dimension === id)).toHaveLength(2);
  });

  it('six dimensions, in the decree order', () => {
    expect(ruleSet.dimensions.map((dimension) => dimension.id)).toEqual(dimensions);
  });

  it.each(
    named([...INDICATOR_IDS], (id) => `${INDICATOR_TAG[id]} indicator ${id}: dimension ${DIMENSION_OF[id]}, Decree 07/2021 Appendix item ${appendixItem(id)}`),
  )('%s', (_name, id) => {
    const index = INDICATOR_IDS.indexOf(id);
    const indicator = ruleSet.indicators[index]!;
    expect(indicator.id).toBe(id);
    expect(indicator.dimension).toBe(DIMENSION_OF[id]);
    expectCitation(indicator.citation, id);
    expect(indicator.citation).toMatchObject({ instrument: { id: 'decree-07-2021' }, appendix: '', item: appendixItem(id) });
  });
});

describe('indicators in the order of issue 2 / the decree, with their parameters', () => {
  it('12 indicator ids in order', () => {
    expect(ruleSet.indicators.map((indicator) => indicator.id)).toEqual([...INDICATOR_IDS]);
  });

  it(`[rule:vn-2022-2025/indicator/dependants] dependants: share strictly above 0.5`, () => {
    expect(ruleSet.indicators[1]!.test).toMatchObject({ kind: 'member-share-above', share: '0.5' });
  });

  it(`[rule:vn-2022-2025/indicator/housing-area] housing area: floor area per member below 8`, () => {
    expect(ruleSet.indicators[7]!.test).toEqual({ kind: 'per-member-below', fact: 'floorArea', floor: '8' });
  });

  it(`[rule:vn-2022-2025/indicator/health-insurance] health insurance: members aged 6 or over`, () => {
    expect(JSON.stringify(ruleSet.indicators[3]!.test)).toContain('{"age":{"min":6}}');
  });

  it(`[rule:vn-2022-2025/indicator/telecom] telecom: deprived when no member uses the internet`, () => {
    expect(ruleSet.indicators[10]!.test).toEqual({ kind: 'no-member', where: { fact: 'usesInternet', equals: true } });
  });
});
