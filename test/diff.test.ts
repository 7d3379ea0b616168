/**
 * diffRuleSets / renderDiff: machine-readable differences between rule sets (lines, bands,
 * cut, dimensions, indicators with test parameters and citations) and their rendering.
 */
import { describe, expect, it } from 'vitest';
import { deriveRuleSet, diffRuleSets, getRuleSet, renderDiff } from '../src/index.js';
import type { RuleSetPatch } from '../src/index.js';

const v2016 = getRuleSet('vn-2016-2020');
const v2022 = getRuleSet('vn-2022-2025');
const v2027 = getRuleSet('vn-2027-2030');

const instrument: RuleSetPatch['instrument'] = {
  id: 'test-resolution',
  name: { vi: 'Nghị quyết thử', en: 'Test resolution' },
  title: { vi: 'Thử', en: 'Test' },
  signed: '2025-01-01',
  inForce: '2025-01-01',
  role: { vi: 'Thử', en: 'Test' },
};
const citation: RuleSetPatch['citation'] = { article: '2', paraphrase: { vi: 'Thử.', en: 'Test.' }, confidence: 'A' };

describe('diffRuleSets', () => {
  it('a rule set against itself is identical and lists nothing', () => {
    const diff = diffRuleSets(v2022, v2022);
    expect(diff.identical).toBe(true);
    expect(diff).toMatchObject({ status: null, effective: null, incomePeriod: null, cut: null });
    expect(diff.incomeLines).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.indicators).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.bands.changed).toBe(false);
    expect(renderDiff(diff, 'en')).toMatch(/identical/);
  });

  it('[rule:vn-2016-2020/incomeLine/near-poverty] [rule:vn-2016-2020/incomeLine/poverty] 2016–2020 → 2022–2025: lines', () => {
    const diff = diffRuleSets(v2016, v2022);
    expect(diff.identical).toBe(false);
    expect(diff.status).toEqual({ from: 'superseded', to: 'in-force' });
    expect(diff.incomeLines.added).toEqual([]);
    expect(diff.incomeLines.removed).toEqual([{ id: 'near-poverty', rural: '1000000', urban: '1300000' }]);
    const poverty = diff.incomeLines.changed.find((c) => c.id === 'poverty')!;
    expect(poverty.amounts).toEqual({ from: { id: 'poverty', rural: '700000', urban: '900000' }, to: { id: 'poverty', rural: '1500000', urban: '2000000' } });
    expect(poverty.citation).toContainEqual({ path: 'instrument.id', from: 'decision-59-2015', to: 'decree-07-2021' });
    const ceiling = diff.incomeLines.changed.find((c) => c.id === 'average-ceiling')!;
    expect(ceiling.amounts?.to).toEqual({ id: 'average-ceiling', rural: '2250000', urban: '3000000' });
    expect(ceiling.citation).toContainEqual({ path: 'confidence', from: 'B', to: 'A' });
  });

  it('[rule:vn-2016-2020/categoryRule/0-poor] [rule:vn-2016-2020/categoryRule/1-poor] [rule:vn-2016-2020/categoryRule/2-near-poor] bands show the two-branch rule giving way to "and"', () => {
    const diff = diffRuleSets(v2016, v2022);
    expect(diff.bands.changed).toBe(true);
    expect(diff.bands.from.map((b) => [b.above?.id ?? null, b.atOrBelow?.id ?? null, b.cutMet, b.cutNotMet])).toEqual([
      [null, 'poverty', 'poor', 'poor'],
      ['poverty', 'near-poverty', 'poor', 'near-poor'],
      ['near-poverty', 'average-ceiling', 'average', 'average'],
      ['average-ceiling', null, 'above-average', 'above-average'],
    ]);
    expect(diff.bands.to.map((b) => [b.above?.id ?? null, b.atOrBelow?.id ?? null, b.cutMet, b.cutNotMet])).toEqual([
      [null, 'poverty', 'poor', 'near-poor'],
      ['poverty', 'average-ceiling', 'average', 'average'],
      ['average-ceiling', null, 'above-average', 'above-average'],
    ]);
    expect(diff.cut).toBeNull();
  });

  it('[rule:vn-2016-2020/indicator/health-access] [rule:vn-2016-2020/indicator/water] [rule:vn-2016-2020/indicator/telecom] indicators added, removed and changed (tests and citations)', () => {
    const diff = diffRuleSets(v2016, v2022);
    expect(diff.indicators.added).toEqual(['employment', 'dependants', 'nutrition']);
    expect(diff.indicators.removed).toEqual(['health-access']);
    expect(diff.dimensions).toEqual({ added: ['employment'], removed: [] });
    const changed = Object.fromEntries(diff.indicators.changed.map((c) => [c.id, c]));
    expect(changed['water']!.test).toEqual([{ path: 'where.fact', from: 'hygienicWater', to: 'safeWater' }]);
    expect(changed['housing-area']!.test).toEqual([]);
    expect(changed['housing-area']!.citation).toContainEqual({ path: 'item', from: null, to: '4.2' });
    expect(changed['school-attendance']!.test[0]!.path).toBe('where.all');
    expect(changed['telecom']!.test.map((c) => c.path)).toEqual(['where.any', 'where.equals', 'where.fact']);
    expect(Object.keys(changed).sort()).toEqual(
      ['adult-education', 'health-insurance', 'housing-area', 'housing-quality', 'information-access', 'sanitation', 'school-attendance', 'telecom', 'water'].sort(),
    );
  });

  it('[rule:vn-2027-2030/indicator/waste] [rule:vn-2027-2030/indicator/telecom] [rule:vn-2027-2030/dimension/water-sanitation-environment] 2022–2025 → 2027–2030: waste added, means of information removed, telecom kept (redefined, answer only)', () => {
    const diff = diffRuleSets(v2022, v2027);
    expect(diff.status).toEqual({ from: 'in-force', to: 'provisional' });
    expect(diff.incomeLines.removed.map((l) => l.id)).toEqual(['average-ceiling']);
    expect(diff.incomeLines.changed[0]!.amounts?.to).toEqual({ id: 'poverty', rural: '2200000', urban: '2800000' });
    expect(diff.indicators.added).toEqual(['waste']);
    expect(diff.indicators.removed).toEqual(['information-access']);
    const telecom = diff.indicators.changed.find((c) => c.id === 'telecom')!;
    expect(telecom.dimension).toBeNull();
    expect(telecom.test).toContainEqual({ path: 'kind', from: 'no-member', to: 'answer-only' });
    expect(diff.dimensions).toEqual({ added: ['water-sanitation-environment'], removed: ['water-sanitation'] });
    const water = diff.indicators.changed.find((c) => c.id === 'water')!;
    expect(water.dimension).toEqual({ from: 'water-sanitation', to: 'water-sanitation-environment' });
    expect(water.test).toContainEqual({ path: 'kind', from: 'dwelling', to: 'answer-only' });
    expect(diff.bands.to.map((b) => b.cutMet)).toEqual(['poor', 'above-average']);
  });

  it('threshold parameters, cut, period and citations of a derived rule set', () => {
    const derived = deriveRuleSet(v2022, {
      id: 'diff-test',
      title: { vi: 'Thử', en: 'Test' },
      instrument,
      citation,
      deprivationCut: 4,
      incomePeriod: 'year',
      incomeLines: [
        { id: 'poverty', amounts: { rural: '18000000', urban: '24000000' } },
        { id: 'average-ceiling', amounts: { rural: '27000000', urban: '36000000' } },
      ],
      addIndicators: [
        {
          id: 'crowding',
          dimension: 'housing',
          test: { kind: 'per-member-below', fact: 'floorArea', floor: '10' },
          messages: {
            vi: { name: 'Chật chội', deprived: 'dưới {threshold} m²', 'not-deprived': 'đủ', unknown: 'chưa rõ' },
            en: { name: 'Crowding', deprived: 'below {threshold} m²', 'not-deprived': 'enough', unknown: 'unknown' },
          },
        },
      ],
    });
    const diff = diffRuleSets(v2022, derived);
    expect(diff.cut).toEqual({ from: 3, to: 4 });
    expect(diff.incomePeriod).toEqual({ from: 'month', to: 'year' });
    expect(diff.indicators.added).toEqual(['crowding']);
    expect(diff.incomeLines.changed.map((c) => c.amounts?.to.rural)).toEqual(['18000000', '27000000']);
    const floorChange = diffRuleSets(
      deriveRuleSet(v2022, { id: 'floor-a', title: { vi: 'a', en: 'a' }, instrument, citation, removeIndicators: ['housing-area'], addIndicators: [{ id: 'housing-area', dimension: 'housing', test: { kind: 'per-member-below', fact: 'floorArea', floor: '8' }, messages: { vi: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' }, en: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' } } }] }),
      deriveRuleSet(v2022, { id: 'floor-b', title: { vi: 'b', en: 'b' }, instrument, citation: { ...citation, confidence: 'C' }, removeIndicators: ['housing-area'], addIndicators: [{ id: 'housing-area', dimension: 'housing', test: { kind: 'per-member-below', fact: 'floorArea', floor: '10' }, messages: { vi: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' }, en: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' } } }] }),
    );
    expect(floorChange.indicators.changed).toEqual([
      { id: 'housing-area', dimension: null, test: [{ path: 'floor', from: '8', to: '10' }], citation: [{ path: 'confidence', from: 'A', to: 'C' }] },
    ]);
  });

  it('is plain JSON', () => {
    const diff = diffRuleSets(v2016, v2022);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

describe('renderDiff', () => {
  it('renders lines, bands and indicators in English', () => {
    const text = renderDiff(diffRuleSets(v2016, v2022), 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Comparing vn-2016-2020 (version 2.0.0) → vn-2022-2025 (version 2.0.0)');
    expect(text).toContain('Income line removed near-poverty: rural 1,000,000, urban 1,300,000');
    expect(text).toContain('Income line poverty: rural 700,000 → 1,500,000, urban 900,000 → 2,000,000');
    expect(text).toContain('  above poverty (700,000) up to near-poverty (1,000,000): poor household with deprivations at or above the cut; near-poor household below it');
    expect(text).toContain('  at or below poverty (700,000): poor household');
    expect(text).toContain('Indicators added: employment, dependants, nutrition');
    expect(text).toContain('Indicators removed: health-access');
    expect(text).toContain('Indicator water changed: test.where.fact: hygienicWater → safeWater');
    expect(text).not.toMatch(/paraphrase\.vi/);
  });

  it('renders in Vietnamese by default', () => {
    const text = renderDiff(diffRuleSets(v2022, v2027));
    expect(text.split('\n')[0]).toBe('So sánh vn-2022-2025 (phiên bản 2.0.0) → vn-2027-2030 (phiên bản 0.2.0)');
    expect(text).toContain('Chuẩn thu nhập poverty: nông thôn 1.500.000 → 2.200.000, thành thị 2.000.000 → 2.800.000');
    expect(text).toContain('Thêm chỉ số: waste');
    expect(text).toContain('Bỏ chỉ số: information-access');
    expect(text).not.toMatch(/paraphrase\.en/);
  });
});
