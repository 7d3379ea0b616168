/**
 * diffRuleSets / renderDiff: machine-readable differences between rule sets (lines, bands,
 * cut, dimensions, indicators with test parameters and citations) and their rendering.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRuleSet, diffRuleSets, getRuleSet, renderDiff, ValidationError } from '../src/index.js';
import type { RuleSetPatch } from '../src/index.js';
import { hasValueWord, hasWords } from '../src/render/words.js';
import { DWELLING_FACTS, MEMBER_FACTS } from '../src/tools/rule-data.js';
import { issueCodes } from './helpers/households.js';

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
      [
        'adult-education',
        'health-insurance',
        'housing-area',
        'housing-quality',
        'information-access',
        'sanitation',
        'school-attendance',
        'telecom',
        'water',
      ].sort(),
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
      deriveRuleSet(v2022, {
        id: 'floor-a',
        title: { vi: 'a', en: 'a' },
        instrument,
        citation,
        removeIndicators: ['housing-area'],
        addIndicators: [
          {
            id: 'housing-area',
            dimension: 'housing',
            test: { kind: 'per-member-below', fact: 'floorArea', floor: '8' },
            messages: {
              vi: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' },
              en: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' },
            },
          },
        ],
      }),
      deriveRuleSet(v2022, {
        id: 'floor-b',
        title: { vi: 'b', en: 'b' },
        instrument,
        citation: { ...citation, confidence: 'C' },
        removeIndicators: ['housing-area'],
        addIndicators: [
          {
            id: 'housing-area',
            dimension: 'housing',
            test: { kind: 'per-member-below', fact: 'floorArea', floor: '10' },
            messages: {
              vi: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' },
              en: { name: 'a', deprived: 'a', 'not-deprived': 'a', unknown: 'a' },
            },
          },
        ],
      }),
    );
    expect(floorChange.indicators.changed).toEqual([
      {
        id: 'housing-area',
        dimension: null,
        test: [{ path: 'floor', from: '8', to: '10' }],
        citation: [{ path: 'confidence', from: 'A', to: 'C' }],
        indicator: expect.any(Object),
      },
    ]);
    expect(floorChange.indicators.changed[0]!.indicator.to.test).toEqual({ kind: 'per-member-below', fact: 'floorArea', floor: '10' });
    expect(renderDiff(floorChange, 'vi')).toContain(
      'điều kiện: thiếu hụt khi diện tích nhà ở bình quân dưới 8 m²/người → thiếu hụt khi diện tích nhà ở bình quân dưới 10 m²/người; căn cứ: độ tin cậy A → C',
    );
  });

  it('is plain JSON', () => {
    const diff = diffRuleSets(v2016, v2022);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

describe('renderDiff', () => {
  it('renders lines, bands and indicators in English, by name, tests in words', () => {
    const text = renderDiff(diffRuleSets(v2016, v2022), 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Comparing Multidimensional poverty standard 2016–2020 (vn-2016-2020, version 2.0.0) → Multidimensional poverty standard 2022–2025 (vn-2022-2025, version 2.0.0)',
    );
    expect(text).toContain('Removed the near-poverty line: rural VND 1,000,000, urban VND 1,300,000');
    expect(text).toContain('Income poverty line: rural VND 700,000 → 1,500,000, urban VND 900,000 → 2,000,000');
    expect(text).toContain(
      '  above the poverty line (VND 700,000) up to the near-poverty line (VND 1,000,000): poor household with deprivations at or above the cut; near-poor household below it',
    );
    expect(text).toContain('  at or below the poverty line (VND 700,000): poor household');
    expect(text).toContain('Indicators added: Employment (employment), Dependants in the household (dependants), Nutrition (nutrition)');
    expect(text).toContain(
      'Indicator Domestic water source (water) changed: test: deprived when the household: has no hygienic water source → deprived when the household: has no safe water source',
    );
    expect(text).not.toMatch(/paraphrase\.vi|[{}"]/);
  });

  it('a diff whose name catalogues are empty (an edited or older JSON diff) still renders every change, naming things by id', () => {
    const diff = JSON.parse(JSON.stringify(diffRuleSets(v2016, v2022))) as ReturnType<typeof diffRuleSets>;
    const empty = { vi: {}, en: {} };
    const text = renderDiff({ ...diff, names: { from: empty, to: empty } }, 'en');
    expect(text.split('\n')[0]).toBe('Comparing vn-2016-2020 (vn-2016-2020, version 2.0.0) → vn-2022-2025 (vn-2022-2025, version 2.0.0)');
    expect(text).toContain('Removed the income line (near-poverty): rural VND 1,000,000, urban VND 1,300,000');
    expect(text).toContain('Income line (poverty): rural VND 700,000 → 1,500,000, urban VND 900,000 → 2,000,000');
    expect(text).toContain('Dimensions added: employment');
    expect(text).toContain('Indicators added: employment, dependants, nutrition');
    expect(text).toContain('Indicators removed: health-access');
    expect(text).toContain(
      'Indicator water changed: test: deprived when the household: has no hygienic water source → deprived when the household: has no safe water source',
    );
    expect(text.split('\n')).toHaveLength(renderDiff(diff, 'en').split('\n').length);
    expect(renderDiff({ ...diff, names: { from: empty, to: empty } }, 'vi')).toContain(
      'Bỏ chuẩn thu nhập (near-poverty): nông thôn 1.000.000 đồng, thành thị 1.300.000 đồng',
    );
    // Names of one side fill in for the other; the title is each side's own.
    const fromOnly = renderDiff({ ...diff, names: { from: diff.names.from, to: empty } }, 'en');
    expect(fromOnly.split('\n')[0]).toBe(
      'Comparing Multidimensional poverty standard 2016–2020 (vn-2016-2020, version 2.0.0) → vn-2022-2025 (vn-2022-2025, version 2.0.0)',
    );
    expect(fromOnly).toContain('Indicator Domestic water source (water) changed:');
  });

  it('renders in Vietnamese by default: names from the catalogues, Vietnamese words, no raw JSON or English ids', () => {
    const text = renderDiff(diffRuleSets(v2022, v2027));
    expect(text.split('\n')[0]).toBe(
      'So sánh Chuẩn nghèo đa chiều giai đoạn 2022–2025 (vn-2022-2025, phiên bản 2.0.0) → Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tạm thời) (vn-2027-2030, phiên bản 0.2.0)',
    );
    expect(text).toContain('Chuẩn nghèo về thu nhập: nông thôn 1.500.000 → 2.200.000 đồng, thành thị 2.000.000 → 2.800.000 đồng');
    expect(text).toContain('Trạng thái: đang có hiệu lực → tạm thời (chưa chính thức)');
    expect(text).toContain('Bỏ chỉ số: Phương tiện phục vụ tiếp cận thông tin (information-access)');
    expect(text).toContain(
      'Chỉ số Sử dụng dịch vụ viễn thông (dịch vụ số, internet) (telecom) thay đổi: điều kiện: thiếu hụt khi không có thành viên nào: sử dụng dịch vụ internet → chỉ xác định theo câu trả lời trên phiếu rà soát',
    );
    // Outside the parentheses that keep the ids, no id, field name or JSON is left.
    const words = text.replace(/\([a-z0-9-]+(?:, [^)]*)?\)/g, '');
    for (const id of [
      'near-poverty',
      'poverty',
      'average-ceiling',
      'water-sanitation',
      'telecom',
      'in-force',
      'provisional',
      'answer-only',
      'safeWater',
      'confidence',
      'where',
    ]) {
      expect(words, id).not.toContain(id);
    }
    expect(text).not.toMatch(/[{}"]|paraphrase|\.en\b/);
  });

  it('2016–2020 → 2022–2025 in Vietnamese: "Bỏ chuẩn cận nghèo", not "Bỏ chuẩn thu nhập near-poverty"', () => {
    const text = renderDiff(diffRuleSets(v2016, v2022), 'vi');
    expect(text).toContain('Bỏ chuẩn cận nghèo: nông thôn 1.000.000 đồng, thành thị 1.300.000 đồng');
    expect(text).not.toContain('near-poverty');
    expect(text).toContain(
      'Chỉ số Nguồn nước sinh hoạt (water) thay đổi: điều kiện: thiếu hụt khi hộ gia đình: không có nguồn nước hợp vệ sinh → thiếu hụt khi hộ gia đình: không có nguồn nước sinh hoạt an toàn',
    );
    expect(text).toContain('Thời gian hiệu lực: từ 01/01/2016 đến 31/12/2021 → từ 01/01/2022 đến 31/12/2026');
  });

  it('citation numbers are not amounts: item 2.2 stays "2.2", clause 1000 stays "1000"; only amounts are grouped', () => {
    const cited = (item: string, clause: string) =>
      deriveRuleSet(v2022, {
        id: `cite-${clause}`,
        title: { vi: 'Thử', en: 'Test' },
        instrument,
        citation: { ...citation, clause, item },
        incomeLines: [
          { id: 'poverty', amounts: { rural: '1600000', urban: '2100000' } },
          { id: 'average-ceiling', amounts: { rural: '2250000', urban: '3000000' } },
        ],
      });
    const diff = diffRuleSets(cited('2.1', '999'), cited('2.2', '1000'));
    for (const locale of ['vi', 'en'] as const) {
      const text = renderDiff(diff, locale);
      expect(text).not.toMatch(/2,2|1\.000(?!\.)|1,000(?!,)/);
    }
    expect(renderDiff(diff, 'vi')).toContain(
      'Căn cứ của chuẩn nghèo về thu nhập thay đổi: Nghị quyết thử, Điều 2, khoản 999, mục 2.1 → Nghị quyết thử, Điều 2, khoản 1000, mục 2.2',
    );
    expect(renderDiff(diff, 'en')).toContain('Test resolution, Art. 2, cl. 999, item 2.1 → Test resolution, Art. 2, cl. 1000, item 2.2');
    // Amounts are still grouped.
    expect(renderDiff(diffRuleSets(v2022, cited('2.2', '1000')), 'vi')).toContain('nông thôn 1.500.000 → 1.600.000 đồng');
  });

  it('a local standard: income unit, cut, an added line and an added indicator, in both languages', () => {
    const local = deriveRuleSet(v2022, {
      id: 'render-local',
      title: { vi: 'Chuẩn địa phương', en: 'Local standard' },
      instrument,
      citation,
      deprivationCut: 4,
      incomePeriod: 'year',
      incomeLines: [
        { id: 'poverty', amounts: { rural: '18000000', urban: '24000000' } },
        { id: 'local-ceiling', amounts: { rural: '30000000', urban: '40000000' } },
        { id: 'average-ceiling', amounts: { rural: '36000000', urban: '48000000' } },
      ],
      categoryRules: [
        { category: 'poor', income: { atOrBelow: 'poverty' }, deprivations: 'at-least-cut' },
        { category: 'near-poor', income: { atOrBelow: 'poverty' }, deprivations: 'below-cut' },
        { category: 'average', income: { above: 'poverty', atOrBelow: 'average-ceiling' } },
        { category: 'above-average', income: { above: 'average-ceiling' } },
      ],
      addDimensions: [{ id: 'environment', names: { vi: 'Môi trường', en: 'Environment' } }],
      addIndicators: [
        {
          id: 'crowding',
          dimension: 'environment',
          test: { kind: 'per-member-below', fact: 'floorArea', floor: '10' },
          messages: {
            vi: { name: 'Chật chội', deprived: 'dưới {threshold} m²', 'not-deprived': 'đủ', unknown: 'chưa rõ' },
            en: { name: 'Crowding', deprived: 'below {threshold} m²', 'not-deprived': 'enough', unknown: 'unknown' },
          },
        },
      ],
      messages: { vi: { 'incomeLine.local-ceiling': 'mức trần địa phương' }, en: { 'incomeLine.local-ceiling': 'local ceiling' } },
    });
    const vi = renderDiff(diffRuleSets(v2022, local));
    expect(vi).toContain('Đơn vị thu nhập: đồng/người/tháng → đồng/người/năm');
    expect(vi).toContain('Ngưỡng thiếu hụt: từ 3 → từ 4 chỉ số trở lên');
    expect(vi).toContain('Thêm mức trần địa phương: nông thôn 30.000.000 đồng, thành thị 40.000.000 đồng');
    expect(vi).toContain('Thêm chiều: Môi trường (environment)');
    expect(vi).toContain('Thêm chỉ số: Chật chội (crowding)');
    const en = renderDiff(diffRuleSets(local, v2022), 'en');
    expect(en).toContain('Income unit: VND per person per year → per month');
    expect(en).toContain('Deprivation cut: 4 → 3 or more indicators');
    expect(en).toContain('Removed the local ceiling: rural VND 30,000,000, urban VND 40,000,000');
    expect(en).toContain('Dimensions removed: Environment (environment)');
    expect(en).toContain('Indicators removed: Crowding (crowding)');
    expect(en).toContain('Indicators added: (none)');
  });

  it('a diff read back from JSON renders the same', () => {
    const diff = diffRuleSets(v2016, v2022);
    expect(renderDiff(JSON.parse(JSON.stringify(diff)), 'vi')).toBe(renderDiff(diff, 'vi'));
  });
});

describe('ids or rule sets, and only ValidationError (issues 11 and 15)', () => {
  it("diffRuleSets('vn-2022-2025', 'vn-2027-2030') takes ids, as the README writes it", () => {
    expect(diffRuleSets('vn-2022-2025', 'vn-2027-2030')).toEqual(diffRuleSets(v2022, v2027));
    expect(diffRuleSets('vn-2016-2020', 'vn-2022-2025').indicators.removed).toEqual(['health-access']);
  });

  it('anything but a rule set or a known id is refused at a or b', () => {
    expect(issueCodes(() => diffRuleSets('vn-2099', v2022))).toEqual([{ path: ['a'], code: 'unknown_rule_set' }]);
    expect(issueCodes(() => diffRuleSets(v2022, Object.freeze({ ...v2027 }) as never))).toEqual([{ path: ['b'], code: 'unknown_rule_set' }]);
    expect(issueCodes(() => diffRuleSets(null as never, undefined as never))).toEqual([{ path: ['a'], code: 'unknown_rule_set' }]);
  });

  it('renderDiff(null), a truncated diff or a bad locale: ValidationError with paths', () => {
    expect(issueCodes(() => renderDiff(null as never))).toEqual([{ path: [], code: 'invalid_type' }]);
    const { names: _names, ...withoutNames } = diffRuleSets(v2016, v2022);
    expect(issueCodes(() => renderDiff(withoutNames as never))).toEqual([{ path: ['names'], code: 'invalid_type' }]);
    expect(issueCodes(() => renderDiff(diffRuleSets(v2016, v2022), 'fr' as never))).toEqual([{ path: ['locale'], code: 'invalid_value' }]);
  });

  it('never throws anything but ValidationError for arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        for (const run of [() => diffRuleSets(a as never, b as never), () => renderDiff(a as never)]) {
          try {
            run();
          } catch (error) {
            expect(error).toBeInstanceOf(ValidationError);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('rule data in words covers every fact and value of the household schema', () => {
  it('every member and dwelling fact a condition may compare has words in vi and en, and so does every value', () => {
    for (const facts of [MEMBER_FACTS, DWELLING_FACTS]) {
      for (const [fact, domain] of facts) {
        expect(hasWords(fact, domain.values.length > 0 && domain.values.every((value) => typeof value === 'boolean') ? 'boolean' : 'value'), fact).toBe(true);
        for (const value of [...domain.values, ...domain.items]) if (typeof value === 'string') expect(hasValueWord(value), `${fact}=${value}`).toBe(true);
      }
    }
  });
});
