/**
 * explain(): a paragraph and one line per indicator with its citation, Vietnamese by default;
 * every word comes from the result and complete message catalogues in both locales.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonEn } from '../src/render/locales/en.js';
import { commonVi } from '../src/render/locales/vi.js';
import { classify, deriveRuleSet, explain, formatCitation, getRuleSet, listRuleSets, ValidationError } from '../src/index.js';
import type { Classification } from '../src/index.js';
import { requiredMessageKeys } from '../src/rules/define.js';
import {
  allDeprivedHousehold,
  answerHousehold,
  DATE_2025,
  DIMENSION_OF,
  INDICATOR_IDS,
  named,
  noneDeprivedHousehold,
  issueCodes,
  LOCAL_INSTRUMENT,
  under,
  type IndicatorId,
} from './helpers/households.js';

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
const LOCALES = ['vi', 'en'] as const;
const PLACEHOLDER = /\{[\w:.-]+\}/;

/** The indicator lines: everything after the heading line, before the closing line naming the standard applied. */
function indicatorLines(text: string, locale: 'vi' | 'en'): string[] {
  const lines = text.split('\n');
  const heading = lines.indexOf(locale === 'vi' ? commonVi['indicators.heading']! : commonEn['indicators.heading']!);
  expect(heading).toBe(1);
  expect(lines[lines.length - 1]).toMatch(locale === 'vi' ? /^Chuẩn áp dụng: / : /^Standard applied: /);
  return lines.slice(heading + 1, -1);
}

describe('locale', () => {
  const result = classify(answerHousehold('rural', 1200000, 3));

  it('Vietnamese is the default', () => {
    expect(explain(result)).toBe(explain(result, { locale: 'vi' }));
    expect(explain(result).split('\n')[0]).toMatch(/^Kết quả: hộ nghèo\. Thu nhập /);
  });

  it('English on request', () => {
    expect(explain(result, { locale: 'en' }).split('\n')[0]).toMatch(/^Result: poor household\. Per-capita income /);
  });

  it('the standard applied (title, id and version) is the last line, not in the first sentence', () => {
    for (const locale of LOCALES) {
      const lines = explain(result, { locale }).split('\n');
      expect(lines[0]).not.toContain('vn-2022-2025');
      expect(lines[lines.length - 1]).toBe(
        locale === 'vi'
          ? `Chuẩn áp dụng: ${ruleSet.messages.vi['ruleSet.title']} (vn-2022-2025, phiên bản ${ruleSet.version}).`
          : `Standard applied: ${ruleSet.messages.en['ruleSet.title']} (vn-2022-2025, version ${ruleSet.version}).`,
      );
    }
  });
});

describe('headline carries the category', () => {
  const rows = [
    { household: answerHousehold('rural', 1500000, 3), category: 'poor', vi: 'Kết quả: hộ nghèo', en: 'Result: poor household' },
    { household: answerHousehold('urban', 2000000, 2), category: 'near-poor', vi: 'Kết quả: hộ cận nghèo', en: 'Result: near-poor household' },
    {
      household: answerHousehold('rural', 2250000, 12),
      category: 'average',
      vi: 'Kết quả: hộ có mức sống trung bình',
      en: 'Result: household of average living standard',
    },
    {
      household: answerHousehold('urban', 3000001, 0),
      category: 'above-average',
      vi: `Kết quả: ${commonVi['category.above-average']}`,
      en: `Result: ${commonEn['category.above-average']}`,
    },
  ];
  it.each(named(rows, (r) => `${r.category}: "${r.vi}" / "${r.en}"`))('%s', (_name, r) => {
    const result = classify(r.household);
    expect(result.category).toBe(r.category);
    expect(explain(result).startsWith(r.vi)).toBe(true);
    expect(explain(result, { locale: 'en' }).startsWith(r.en)).toBe(true);
    // The legal basis of the category rule is cited in the paragraph.
    expect(explain(result, { locale: 'en' }).split('\n')[0]).toContain(`Legal basis: ${formatCitation(result.rule!.citation, 'en')}.`);
    expect(explain(result).split('\n')[0]).toContain(`Căn cứ: ${formatCitation(result.rule!.citation, 'vi')}.`);
  });

  it('per-capita income is shown to the đồng, the local way (1.388.889 đồng / VND 1,388,889), the exact value kept in the result', () => {
    // 12,500,000 for 9 members is 1,388,888.888… a month.
    const result = classify({ area: 'rural', size: 9, income: { householdMonthly: '12500000' }, deprivations: {} });
    expect(result.income.perCapita).toBe('1388888.8889');
    expect(result.income.perCapitaExact).toBe(false);
    expect(explain(result)).toContain('Thu nhập bình quân đầu người khoảng 1.388.889 đồng/người/tháng');
    expect(explain(result)).toContain('1.500.000 đồng, nông thôn');
    expect(explain(result, { locale: 'en' })).toContain('Per-capita income about VND 1,388,889 per person per month');
    // Exact and whole: no "about".
    expect(explain(classify({ area: 'rural', size: 4, income: { householdMonthly: '5600000' } }))).toContain(
      'Thu nhập bình quân đầu người 1.400.000 đồng/người/tháng',
    );
    // Exact with a fraction: rounded half up, marked approximate.
    const quarter = classify({ area: 'rural', size: 4, income: { householdMonthly: '4500002' } });
    expect(quarter.income.perCapita).toBe('1125000.5');
    expect(explain(quarter)).toContain('khoảng 1.125.001 đồng/người/tháng');
  });

  it('rounding never puts the income on the other side of a line: then the exact figure is shown', () => {
    // 1,500,000.25 is above the rural line; rounded it would read 1.500.000, "at" the line.
    const above = classify({ area: 'rural', size: 4, income: { householdMonthly: '6000001' } });
    expect(above.income.band.above).toBe('poverty');
    expect(explain(above)).toContain('Thu nhập bình quân đầu người 1.500.000,25 đồng/người/tháng: trên chuẩn nghèo về thu nhập');
    // 4,500,001 for 3 is 1,500,000.333…: shown to 4 places, marked approximate.
    const third = classify({ area: 'rural', size: 3, income: { householdMonthly: 4500001 } });
    expect(third.income.perCapitaExact).toBe(false);
    expect(explain(third)).toContain('khoảng 1.500.000,3333 đồng');
    expect(explain(third, { locale: 'en' })).toContain('about VND 1,500,000.3333');
    // Just below the line: 1,499,999.75 would round to 1.500.000, still at or below: rounded.
    expect(explain(classify({ area: 'rural', size: 4, income: { householdMonthly: '5999999' } }))).toContain(
      'khoảng 1.500.000 đồng/người/tháng: từ chuẩn nghèo',
    );
  });
});

describe('one line per indicator, with its citation', () => {
  const household = allDeprivedHousehold();
  const result = classify(household, under(DATE_2025));

  it.each(LOCALES)('%s: 12 numbered lines in the decree order, each with name, status and citation', (locale) => {
    const lines = indicatorLines(explain(result, { locale }), locale);
    expect(lines).toHaveLength(12);
    const common = locale === 'vi' ? commonVi : commonEn;
    INDICATOR_IDS.forEach((id, index) => {
      const line = lines[index]!;
      const entry = result.indicators[index]!;
      expect(entry.id).toBe(id);
      expect(line.startsWith(`${index + 1}. ${ruleSet.messages[locale][`indicator.${id}.name`]} — ${common[`status.${entry.status}`]}: `)).toBe(true);
      expect(line.endsWith(`. [${formatCitation(entry.citation, locale)}]`)).toBe(true);
      expect(line).not.toMatch(PLACEHOLDER);
    });
  });

  it.each(
    named(
      [...INDICATOR_IDS],
      (id) => `${INDICATOR_TAG[id]} ${id}: the line cites Decree 07/2021 Appendix item and uses the deprived / not-deprived / answer text`,
    ),
  )('%s', (_name, id) => {
    const index = INDICATOR_IDS.indexOf(id);
    const citation = ruleSet.indicators[index]!.citation;
    expect(citation.appendix).toBe('');
    expect(citation.item).toMatch(/^[1-6]\.[12]$/);
    const deprived = indicatorLines(explain(result, { locale: 'en' }), 'en')[index]!;
    expect(deprived).toContain(`Appendix, item ${citation.item}`);
    expect(deprived).toContain('— deprived:');
    const fine = indicatorLines(explain(classify(noneDeprivedHousehold(), under(DATE_2025)), { locale: 'vi' }), 'vi')[index]!;
    expect(fine).toContain(`Phụ lục, mục ${citation.item}`);
    expect(fine).toContain('— không thiếu hụt:');
    const answered = indicatorLines(explain(classify({ ...household, deprivations: { [id]: false } }, under(DATE_2025)), { locale: 'en' }), 'en')[index]!;
    expect(answered).toContain('— not deprived: as answered on the review form.');
  });

  it('evidence is filled in: members, shares and areas', () => {
    const text = explain(classify(noneDeprivedHousehold(), under(DATE_2025)), { locale: 'en' });
    expect(text).toContain('2 of 4 members are dependants (50%), not more than 50%');
    expect(text).toContain('8 m² per member, at least 8 m²');
    const vi = explain(classify(withIds(), under(DATE_2025)));
    expect(vi).toContain('thành viên «An»');
  });

  it('unconfirmed (confidence C) citations say so', () => {
    const line = indicatorLines(explain(result, { locale: 'en' }), 'en')[4]!; // adult education
    expect(ruleSet.indicators[4]!.citation.confidence).toBe('C');
    expect(line).toContain('(not yet checked word for word against the official text)');
    const insured = indicatorLines(explain(result, { locale: 'en' }), 'en')[3]!; // health insurance: B since 2.0.0
    expect(ruleSet.indicators[3]!.citation.confidence).toBe('B');
    expect(insured).not.toContain('not yet checked');
  });
});

function withIds() {
  const household = allDeprivedHousehold();
  return { ...household, members: household.members.map((member, index) => (index === 0 ? { ...member, id: 'An' } : member)) };
}

describe('undetermined', () => {
  const result = classify(answerHousehold('rural', 1000000, 2, 1));

  it('the headline lists the possible categories (vi)', () => {
    expect(result.category).toBe('undetermined');
    expect(explain(result).split('\n')[0]).toMatch(/^Kết quả: chưa xác định — có thể là hộ nghèo hoặc hộ cận nghèo\. Thu nhập /);
  });

  it('the headline lists the possible categories (en)', () => {
    expect(explain(result, { locale: 'en' }).split('\n')[0]).toMatch(/^Result: undetermined — could be poor household or near-poor household\. Per-capita /);
  });

  it('the paragraph names the unknown indicator to check', () => {
    // answers(2, 1): employment and dependants deprived, nutrition unknown.
    expect(explain(result, { locale: 'en' })).toContain('Check the unknown indicators to decide: Nutrition.');
    expect(explain(result)).toContain('Cần xác minh các chỉ số chưa rõ để kết luận: Dinh dưỡng.');
  });
});

describe('catalogues are complete in both locales', () => {
  it.each(named([...listRuleSets()], (r) => `${r.id}: every required key is a non-empty text in vi and en`))('%s', (_name, r) => {
    for (const key of requiredMessageKeys(r)) {
      for (const locale of LOCALES) {
        expect(typeof r.messages[locale][key], `${r.id} ${locale} ${key}`).toBe('string');
        expect(r.messages[locale][key]!.length, `${r.id} ${locale} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it.each(named([...listRuleSets()], (r) => `${r.id}: vi and en have the same keys and use the same placeholders`))('%s', (_name, r) => {
    expect(Object.keys(r.messages.vi).sort()).toEqual(Object.keys(r.messages.en).sort());
    for (const key of Object.keys(r.messages.vi)) {
      const placeholders = (text: string) => [...text.matchAll(/\{([\w:.-]+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(r.messages.en[key]!), key).toEqual(placeholders(r.messages.vi[key]!));
    }
  });

  it('vn-2022-2025 needs a name and three status texts for each of the 12 indicators', () => {
    const keys = requiredMessageKeys(ruleSet);
    for (const id of INDICATOR_IDS) for (const part of ['name', 'deprived', 'not-deprived', 'unknown']) expect(keys).toContain(`indicator.${id}.${part}`);
    for (const dimension of new Set(Object.values(DIMENSION_OF))) expect(keys).toContain(`dimension.${dimension}`);
    expect(keys).toContain('incomeLine.poverty');
    expect(keys).toContain('incomeLine.average-ceiling');
  });

  it('common catalogues (src/render/locales/): identical key sets, same placeholders, no empty text', () => {
    expect(Object.keys(commonVi).sort()).toEqual(Object.keys(commonEn).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{([\w:.-]+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(commonVi)) {
      expect(commonVi[key]!.length, key).toBeGreaterThan(0);
      expect(commonEn[key]!.length, key).toBeGreaterThan(0);
      expect(placeholders(commonEn[key]!), key).toEqual(placeholders(commonVi[key]!));
    }
    for (const category of ['poor', 'near-poor', 'average', 'above-average', 'undetermined']) expect(commonVi).toHaveProperty(`category.${category}`);
    for (const status of ['deprived', 'not-deprived', 'unknown']) expect(commonEn).toHaveProperty(`status.${status}`);
  });
});

describe('no template placeholder is ever left unfilled', () => {
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const member = fc.record(
    {
      id: maybe(fc.oneof(fc.constantFrom('An', 'Bình'), fc.nat({ max: 99 }))),
      age: maybe(fc.integer({ min: 0, max: 90 })),
      sex: maybe(fc.constantFrom('male', 'female')),
      employment: maybe(fc.constantFrom('wage-worker', 'self-employed', 'unemployed', 'not-in-labour-force')),
      labourContract: maybe(fc.boolean()),
      healthInsurance: maybe(fc.boolean()),
      dependant: maybe(fc.boolean()),
      usesInternet: maybe(fc.boolean()),
      stunted: maybe(fc.boolean()),
    },
    { requiredKeys: [] },
  );
  const dwelling = fc.record(
    {
      durability: maybe(fc.constantFrom('permanent', 'semi-permanent', 'less-permanent', 'simple')),
      floorArea: maybe(fc.integer({ min: 0, max: 100 })),
      safeWater: maybe(fc.boolean()),
      informationMeans: maybe(fc.subarray(['television', 'radio', 'feature-phone'])),
      hearsLoudspeaker: maybe(fc.boolean()),
    },
    { requiredKeys: [] },
  );
  it('for random member-level households, in both locales', () => {
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 5 }),
        maybe(dwelling),
        fc.nat({ max: 4000000 }),
        fc.constantFrom('rural', 'urban'),
        (members, dw, income, area) => {
          const result: Classification = classify(
            JSON.parse(JSON.stringify({ area, members, dwelling: dw, income: { householdMonthly: income } })),
            under(DATE_2025),
          );
          for (const locale of LOCALES) {
            const text = explain(result, { locale });
            expect(text).not.toMatch(PLACEHOLDER);
            expect(text).not.toContain('undefined');
            expect(indicatorLines(text, locale)).toHaveLength(12);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('formatCitation', () => {
  it('Decree 07/2021 Art. 3 cl. 1 pt. a, in both locales', () => {
    const citation = ruleSet.incomeLines[0]!.citation;
    expect(formatCitation(citation, 'en')).toBe('Decree 07/2021/NĐ-CP, Art. 3, cl. 1, pt. a');
    expect(formatCitation(citation)).toBe('Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm a');
  });

  it('an Appendix item', () => {
    const citation = ruleSet.indicators[7]!.citation; // housing area
    expect(formatCitation(citation, 'en')).toBe(
      'Decree 07/2021/NĐ-CP, Art. 3, cl. 1, pt. b, Appendix, item 4.2 (not yet checked word for word against the official text)',
    );
  });
});

describe('a derived rule set explained without its catalogue (issue 11)', () => {
  const local = deriveRuleSet('vn-2022-2025', {
    id: 'local-yearly',
    title: { vi: 'Chuẩn nghèo địa phương', en: 'Local standard' },
    instrument: LOCAL_INSTRUMENT,
    citation: {
      article: '1',
      paraphrase: {
        vi: 'Bảo hiểm xã hội: thiếu hụt khi có người lao động không tham gia bảo hiểm xã hội.',
        en: 'Social insurance: deprived when a worker has no social insurance.',
      },
      confidence: 'B',
    },
    incomeLines: [
      { id: 'poverty', amounts: { rural: '2000000', urban: '2500000' } },
      { id: 'average-ceiling', amounts: { rural: '3000000', urban: '3750000' } },
    ],
    addIndicators: [
      {
        id: 'social-insurance',
        dimension: 'employment',
        test: { kind: 'answer-only', reason: { vi: 'Chỉ theo câu trả lời.', en: 'Answer only.' } },
        messages: {
          vi: { name: 'Bảo hiểm xã hội', deprived: 'theo câu trả lời', 'not-deprived': 'theo câu trả lời', unknown: 'chưa có câu trả lời' },
          en: { name: 'Social insurance', deprived: 'as answered', 'not-deprived': 'as answered', unknown: 'no answer' },
        },
      },
    ],
  });
  const result = classify(
    {
      area: 'rural',
      members: [{ age: 40, healthInsurance: false }],
      income: { perCapitaMonthly: 1800000 },
      deprivations: { 'social-insurance': true, water: true },
    },
    { ruleSet: local },
  );
  const IDS = [...local.indicators.map((indicator) => indicator.id), ...local.incomeLines.map((line) => line.id)];

  it('Vietnamese: no indicator or line id; each indicator named by its legal basis; one plain sentence says why', () => {
    const text = explain(result);
    for (const id of IDS) expect(text, id).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`));
    expect(text).toContain('Tên các chỉ số dưới đây lấy theo nội dung căn cứ pháp lý, vì danh mục tên của bộ quy tắc này không được cung cấp cùng kết quả.');
    expect(text).toContain('từ chuẩn thu nhập (2.000.000 đồng, nông thôn) trở xuống');
    expect(text).toContain(
      '4. Hộ có ít nhất 01 thành viên từ 6 tuổi trở lên hiện không có bảo hiểm y tế — thiếu hụt: theo thông tin về các thành viên của hộ.',
    );
    expect(text).toContain(
      '13. Bảo hiểm xã hội: thiếu hụt khi có người lao động không tham gia bảo hiểm xã hội — thiếu hụt: theo câu trả lời trên phiếu rà soát. [Nghị quyết thử nghiệm, Điều 1]',
    );
  });

  it('English reads the same way', () => {
    const text = explain(result, { locale: 'en' });
    for (const id of IDS.filter((id) => id.includes('-'))) expect(text, id).not.toContain(id);
    expect(text).toContain('at or below the income line (VND 2,000,000, rural)');
    expect(text).toContain(
      "1. At least one member of working age is unemployed, or works for wages without a labour contract — unknown: the facts about the household's members do not decide it.",
    );
  });

  it('with the rule set passed (object or, for a built-in one, its id) its names are used; another rule set is refused', () => {
    expect(explain(result, { ruleSet: local })).toContain('13. Bảo hiểm xã hội — thiếu hụt');
    expect(explain(result, { ruleSet: local })).not.toContain('danh mục tên');
    const national = classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 } });
    expect(explain(national, { ruleSet: 'vn-2022-2025' })).toBe(explain(national));
    expect(issueCodes(() => explain(result, { ruleSet: 'vn-2022-2025' }))).toEqual([{ path: ['options', 'ruleSet'], code: 'rule_set_mismatch' }]);
  });
});

describe('explain: only ValidationError, with paths (issue 15)', () => {
  const result = classify({ area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 } });

  it('explain(null), explain({}), explain(r, null), a bad locale or rule set, an unknown option', () => {
    expect(issueCodes(() => explain(null as never))).toEqual([{ path: [], code: 'invalid_type' }]);
    expect(issueCodes(() => explain({} as never)).map((issue) => issue.path[0])).toContain('category');
    expect(issueCodes(() => explain(result, null as never))).toEqual([{ path: ['options'], code: 'invalid_options' }]);
    expect(issueCodes(() => explain(result, { locale: 'fr' } as never))).toEqual([{ path: ['options', 'locale'], code: 'invalid_value' }]);
    expect(issueCodes(() => explain(result, { ruleSet: 'vn-2099' }))).toEqual([{ path: ['options', 'ruleSet'], code: 'unknown_rule_set' }]);
    expect(issueCodes(() => explain(result, { local: 'en' } as never))).toEqual([{ path: ['options', 'local'], code: 'unrecognized_keys' }]);
  });

  it('a result read back from JSON explains the same; a tampered one is refused at its path', () => {
    expect(explain(JSON.parse(JSON.stringify(result)))).toBe(explain(result));
    const tampered = JSON.parse(JSON.stringify(result));
    tampered.indicators[0].status = 'maybe';
    expect(issueCodes(() => explain(tampered))).toEqual([{ path: ['indicators', 0, 'status'], code: 'invalid_value' }]);
  });

  it('never throws anything but ValidationError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (r, options) => {
        try {
          explain(r as never, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
