/**
 * What a ward officer shows a household (explain, default) against what an auditor reads
 * (`{ audit: true }`): notes, sources and the project's readings only in the second; members
 * unknown only for want of the review date, the months of age or the exact age named with what
 * would decide them; answers to indicators the library cannot derive state the criterion.
 */
import { describe, expect, it } from 'vitest';
import { classify, deriveRuleSet, explain, formatCitation, getRuleSet } from '../src/index.js';
import { answerHousehold, issueCodes, LOCAL_CITATION, LOCAL_INSTRUMENT, validationIssues, withMembers } from './helpers/households.js';

const v2022 = getRuleSet('vn-2022-2025');

describe('notes for auditors stay out of the officer text', () => {
  const result = classify(answerHousehold('rural', 1200000, 3));

  it('[rule:vn-2022-2025/categoryRule/0-poor] the "or" misreading note is on the rule data, not in what the officer shows', () => {
    const note = v2022.categoryRules[0]!.citation.note!;
    expect(note.en).toMatch(/Some English news reports say "or"/);
    for (const locale of ['vi', 'en'] as const) {
      const text = explain(result, { locale });
      expect(text).not.toContain(note[locale]);
      expect(text).not.toMatch(/project's reading|cách đọc của dự án|Notes for the auditor|Ghi chú cho người kiểm tra/);
      for (const indicator of v2022.indicators) if (indicator.citation.note !== undefined) expect(text).not.toContain(indicator.citation.note[locale]);
    }
  });

  it('[rule:vn-2022-2025/categoryRule/0-poor] [rule:vn-2022-2025/indicator/adult-education] with { audit: true }: the notes, marks, sources and readings follow, after the officer text', () => {
    const officer = explain(result, { locale: 'en' });
    const audit = explain(result, { locale: 'en', audit: true });
    expect(audit.startsWith(`${officer}\nNotes for the auditor:\n`)).toBe(true);
    const notes = audit.slice(officer.length).split('\n').slice(2);
    // One line for the category rule, one per bounding income line, one per indicator.
    expect(notes).toHaveLength(1 + 1 + 12);
    expect(notes[0]).toBe(
      `- poor household: Decree 07/2021/NĐ-CP, Art. 3, cl. 2, pt. a (the project's reading); confidence A; sources: news: Lao Động Thủ Đô — laodongthudo.vn/quy-dinh-chuan-ngheo-da-chieu-giai-doan-2021-2025-119787.html; news: VnExpress (article address not recorded) — vnexpress.net; news: Vietnam Law Magazine — vietnamlawmagazine.vn/new-multidimensional-poverty-line-for-2022-25-announced-27595.html; note: Some English news reports say "or": wrong — the decree says "and".`,
    );
    const adult = notes.find((line) => line.startsWith('- Adult education:'))!;
    expect(adult).toContain(
      "Appendix, item 3.1 (the project's reading); confidence C; sources: secondary note: Secondary note quoting the Appendix of Decree 07/2021/NĐ-CP (address not recorded in the project reference) (lead only)",
    );
    expect(explain(result, { audit: true })).toContain('Ghi chú cho người kiểm tra:');
  });

  it('[rule:vn-2022-2025/categoryRule/3-above-average] the derivation of "none of these" is shown to the auditor', () => {
    const above = classify(answerHousehold('urban', 3000001, 0));
    expect(explain(above, { locale: 'en', audit: true })).toContain(
      'derived: No clause defines this category: it is the complement of the three categories of cl. 2 (poor, near-poor, average living standard)',
    );
    expect(explain(above, { locale: 'en' })).not.toContain('complement');
  });

  it('formatCitation marks the project’s readings only on request', () => {
    const cut = v2022.deprivationCut.citation;
    expect(formatCitation(cut, 'en')).toBe('Decree 07/2021/NĐ-CP, Art. 3, cl. 2, pt. a');
    expect(formatCitation(cut, 'en', { audit: true })).toBe("Decree 07/2021/NĐ-CP, Art. 3, cl. 2, pt. a (the project's reading)");
    expect(formatCitation(v2022.indicators[7]!.citation, 'vi', { audit: true })).toBe(
      'Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm b, Phụ lục, mục 4.2 (cách đọc của dự án) (chưa đối chiếu từng chữ với văn bản chính thức)',
    );
  });
});

describe('members unknown only for want of age precision are named, with what would decide them', () => {
  it('[rule:vn-2022-2025/workingAge/retirement] without a review date, a man of 61 is unknown only for want of the date and the months of age (not "lacks age, sex, employment or contract")', () => {
    const result = classify(withMembers([{ age: 61, sex: 'male', employment: 'unemployed' }]));
    const vi = explain(result);
    const en = explain(result, { locale: 'en' });
    expect(en).toContain('1. Employment — unknown: member 1 unknown only for want of the review date and the months of age.');
    expect(vi).toContain('1. Việc làm — chưa rõ: thành viên số 1 chưa xác định được chỉ vì thiếu ngày rà soát và số tháng tuổi.');
    expect(en).not.toContain('age, sex, employment or labour contract not known for member 1');
    expect(en).toContain('No review date: some members are unknown on Employment for want of it (see each indicator).');
  });

  it('[rule:vn-2022-2025/indicator/employment] members unknown for other facts keep the indicator’s own wording, alongside', () => {
    const result = classify(
      withMembers([
        { age: 61, sex: 'male', employment: 'unemployed' },
        { age: 30, sex: 'female' },
      ]),
    );
    expect(explain(result, { locale: 'en' })).toContain(
      '1. Employment — unknown: age, sex, employment or labour contract not known for member 2; member 1 unknown only for want of the review date and the months of age.',
    );
  });

  it('[rule:vn-2022-2025/indicator/adult-education] a year of birth alone that does not decide: "only the year of birth is known"', () => {
    const result = classify(withMembers([{ birthYear: 2007, inEducationOrTraining: false, educationLevel: 'lower-secondary', certifiedOnTheJob: false }]), {
      date: '2025-09-01',
    });
    expect(explain(result, { locale: 'en' })).toContain(
      'Adult education — unknown: member 1 unknown only for want of the exact age (only the year of birth is known).',
    );
    // With the date given, no "no review date" sentence.
    expect(explain(result, { locale: 'en' })).not.toContain('No review date');
  });
});

describe('answers to indicators the library cannot derive state the criterion answered', () => {
  it('[rule:hcmc-2024/indicator/social-insurance] Ho Chi Minh City social insurance', () => {
    const result = classify(
      { area: 'urban', size: 1, income: { householdAnnual: '40000000' }, deprivations: { 'social-insurance': true, water: false } },
      { ruleSet: 'hcmc-2024' },
    );
    const en = explain(result, { locale: 'en' });
    expect(en).toContain(
      '2. Social insurance — deprived: as answered on the review form for the criterion: Social insurance: a member of working age who works and has an income does not take part in social insurance. [Resolution 15/NQ-HĐND',
    );
    // A derivable indicator answered on the form keeps the short wording.
    expect(en).toContain('— not deprived: as answered on the review form. [Decree 07/2021/NĐ-CP');
    expect(en.split('\n').at(-1)).toBe(
      `Standard applied: Ho Chi Minh City multidimensional poverty standard (from 1 Oct 2024) (hcmc-2024, version ${getRuleSet('hcmc-2024').version}).`,
    );
    expect(en).toContain('Per-capita income VND 40,000,000 per person per year');
  });

  it('[rule:vn-2027-2030/indicator/telecom] 2027–2030: every indicator is answer-only, so each answered line states its criterion', () => {
    const result = classify(
      { area: 'rural', size: 1, income: { perCapitaMonthly: 1000000 }, deprivations: { telecom: true } },
      { ruleSet: 'vn-2027-2030', allowProvisional: true },
    );
    expect(explain(result, { locale: 'en' })).toContain(
      '— deprived: as answered on the review form for the criterion: Use of telecom services, redefined around the use of digital services and the internet.',
    );
  });
});

describe('the auditor’s notes follow what decided the result', () => {
  it('[rule:vn-2022-2025/incomeScore/score] an income-proxy score: a note on the score’s citation, after the category rule', () => {
    const result = classify({ ...answerHousehold('rural', 0, 3), income: { score: 120 } }, { ruleSet: 'vn-2022-2025' });
    expect(result.category).toBe('poor');
    const notes = explain(result, { locale: 'en', audit: true }).split('Notes for the auditor:\n')[1]!.split('\n');
    expect(notes[0]).toMatch(/^- poor household: Decree 07\/2021\/NĐ-CP, Art\. 3, cl\. 2, pt\. a/);
    // The line the score stands for, then the score's own citation.
    expect(notes[1]).toMatch(/^- income poverty line: Decree 07\/2021\/NĐ-CP, Art\. 3, cl\. 1, pt\. a;/);
    expect(notes[2]).toMatch(/^- income-proxy score: Circular 07\/2021\/TT-BLĐTBXH; confidence B; sources: secondary note: Thư Ký Luật/);
    expect(notes).toHaveLength(3 + 12);
  });

  it('[rule:vn-2022-2025/lowIncomeWorker/rule] a household that qualifies on the review date: a note on the low-income-worker citation; none when it cannot qualify', () => {
    const qualifies = classify(answerHousehold('rural', 2000000, 0), { date: '2025-09-01' });
    expect(qualifies.lowIncomeWorker!.eligible).toBe(true);
    expect(explain(qualifies, { locale: 'en', audit: true })).toContain(
      '\n- low-income worker: Decree 30/2025/NĐ-CP; confidence B; sources: news: Vietnam News Agency wire story',
    );
    const poor = classify(answerHousehold('rural', 1000000, 3), { date: '2025-09-01' });
    expect(poor.lowIncomeWorker!.eligible).toBe(false);
    expect(explain(poor, { locale: 'en', audit: true })).not.toContain('- low-income worker:');
  });

  it('[rule:vn-2022-2025/incomeLine/poverty] an undetermined household has no category rule: the notes start with the income line', () => {
    const result = classify(answerHousehold('rural', 1000000, 2, 2));
    expect(result.category).toBe('undetermined');
    const notes = explain(result, { locale: 'en', audit: true }).split('Notes for the auditor:\n')[1]!.split('\n');
    expect(notes[0]).toMatch(
      /^- income poverty line: Decree 07\/2021\/NĐ-CP, Art\. 3, cl\. 1, pt\. a; confidence A; sources: official translation: LuatVietnam/,
    );
    expect(notes).toHaveLength(1 + 12);
  });

  it('[rule:vn-2016-2020/indicator/health-insurance] a citation whose implementing text was not reached says so ("no text stating it has been reached")', () => {
    const result = classify({ area: 'rural', size: 4, income: { perCapitaMonthly: 500000 }, deprivations: {} }, { ruleSet: 'vn-2016-2020' });
    const line = explain(result, { locale: 'en', audit: true })
      .split('\n')
      .find((text) => text.startsWith('- Health insurance:'));
    expect(line).toMatch(
      /^- Health insurance: Implementing guidance for the 2016–2020 standard \(instrument not identified\); confidence C; no text stating it has been reached; note: Decision 59\/2015\/QĐ-TTg/,
    );
  });

  it('a local standard’s own citation without sources: place and confidence only', () => {
    const local = deriveRuleSet(v2022, {
      id: 'local-no-sources',
      title: { vi: 'Chuẩn địa phương', en: 'Local standard' },
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
      categoryRules: [
        { category: 'poor', income: { atOrBelow: 'poverty' }, deprivations: 'at-least-cut' },
        { category: 'near-poor', income: { atOrBelow: 'poverty' }, deprivations: 'below-cut' },
        { category: 'average', income: { above: 'poverty', atOrBelow: 'average-ceiling' } },
        { category: 'above-average', income: { above: 'average-ceiling' } },
      ],
    });
    const result = classify(answerHousehold('rural', 1000000, 3), { ruleSet: local });
    expect(result.rule!.citation.sources).toBeUndefined();
    const notes = explain(result, { locale: 'en', ruleSet: local, audit: true }).split('Notes for the auditor:\n')[1]!.split('\n');
    expect(notes[0]).toBe('- poor household: Test resolution, Art. 1; confidence B.');
  });
});

describe('explain options are checked', () => {
  const result = classify(answerHousehold('rural', 1200000, 3));

  it('audit must be true or false', () => {
    expect(issueCodes(() => explain(result, { audit: 'yes' } as never))).toEqual([{ path: ['options', 'audit'], code: 'invalid_value' }]);
    expect(validationIssues(() => explain(result, { audit: 1 } as never))[0]!.message).toBe('audit must be true or false');
  });

  it('options that cannot be read (a proxy that throws) are invalid_options, not a crash', () => {
    const unreadable = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    expect(validationIssues(() => explain(result, unreadable as never))).toEqual([
      { path: ['options'], code: 'invalid_options', message: 'the options could not be read' },
    ]);
  });

  it('explain(result) and explain(result, undefined) are the Vietnamese officer text', () => {
    expect(explain(result, undefined)).toBe(explain(result, { locale: 'vi', audit: false }));
    expect(explain(result)).toContain('Kết quả: hộ nghèo.');
  });
});
