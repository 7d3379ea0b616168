/**
 * What a ward officer shows a household (explain, default) against what an auditor reads
 * (`{ audit: true }`): notes, sources and the project's readings only in the second; members
 * unknown only for want of the review date, the months of age or the exact age named with what
 * would decide them; answers to indicators the library cannot derive state the criterion.
 */
import { describe, expect, it } from 'vitest';
import { classify, explain, formatCitation, getRuleSet } from '../src/index.js';
import { answerHousehold, withMembers } from './helpers/households.js';

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
    expect(adult).toContain('Appendix, item 3.1 (the project\'s reading); confidence C; sources: secondary note: Secondary note quoting the Appendix of Decree 07/2021/NĐ-CP (address not recorded in the project reference) (lead only)');
    expect(explain(result, { audit: true })).toContain('Ghi chú cho người kiểm tra:');
  });

  it('[rule:vn-2022-2025/categoryRule/3-above-average] the derivation of "none of these" is shown to the auditor', () => {
    const above = classify(answerHousehold('urban', 3000001, 0));
    expect(explain(above, { locale: 'en', audit: true })).toContain('derived: No clause defines this category: it is the complement of the three categories of cl. 2 (poor, near-poor, average living standard)');
    expect(explain(above, { locale: 'en' })).not.toContain('complement');
  });

  it('formatCitation marks the project’s readings only on request', () => {
    const cut = v2022.deprivationCut.citation;
    expect(formatCitation(cut, 'en')).toBe('Decree 07/2021/NĐ-CP, Art. 3, cl. 2, pt. a');
    expect(formatCitation(cut, 'en', { audit: true })).toBe("Decree 07/2021/NĐ-CP, Art. 3, cl. 2, pt. a (the project's reading)");
    expect(formatCitation(v2022.indicators[7]!.citation, 'vi', { audit: true })).toBe('Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm b, Phụ lục, mục 4.2 (cách đọc của dự án) (chưa đối chiếu từng chữ với văn bản chính thức)');
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
    const result = classify(withMembers([{ age: 61, sex: 'male', employment: 'unemployed' }, { age: 30, sex: 'female' }]));
    expect(explain(result, { locale: 'en' })).toContain(
      '1. Employment — unknown: age, sex, employment or labour contract not known for member 2; member 1 unknown only for want of the review date and the months of age.',
    );
  });

  it('[rule:vn-2022-2025/indicator/adult-education] a year of birth alone that does not decide: "only the year of birth is known"', () => {
    const result = classify(withMembers([{ birthYear: 2007, inEducationOrTraining: false, educationLevel: 'lower-secondary', certifiedOnTheJob: false }]), { date: '2025-09-01' });
    expect(explain(result, { locale: 'en' })).toContain('Adult education — unknown: member 1 unknown only for want of the exact age (only the year of birth is known).');
    // With the date given, no "no review date" sentence.
    expect(explain(result, { locale: 'en' })).not.toContain('No review date');
  });
});

describe('answers to indicators the library cannot derive state the criterion answered', () => {
  it('[rule:hcmc-2024/indicator/social-insurance] Ho Chi Minh City social insurance', () => {
    const result = classify({ area: 'urban', size: 1, income: { householdAnnual: '40000000' }, deprivations: { 'social-insurance': true, water: false } }, { ruleSet: 'hcmc-2024' });
    const en = explain(result, { locale: 'en' });
    expect(en).toContain(
      '2. Social insurance — deprived: as answered on the review form for the criterion: Social insurance: a member of working age who works and has an income does not take part in social insurance. [Resolution 15/NQ-HĐND',
    );
    // A derivable indicator answered on the form keeps the short wording.
    expect(en).toContain('— not deprived: as answered on the review form. [Decree 07/2021/NĐ-CP');
    expect(en.split('\n').at(-1)).toBe(`Standard applied: Ho Chi Minh City multidimensional poverty standard (from 1 Oct 2024) (hcmc-2024, version ${getRuleSet('hcmc-2024').version}).`);
    expect(en).toContain('Per-capita income VND 40,000,000 per person per year');
  });

  it('[rule:vn-2027-2030/indicator/telecom] 2027–2030: every indicator is answer-only, so each answered line states its criterion', () => {
    const result = classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1000000 }, deprivations: { telecom: true } }, { ruleSet: 'vn-2027-2030', allowProvisional: true });
    expect(explain(result, { locale: 'en' })).toContain(
      '— deprived: as answered on the review form for the criterion: Use of telecom services, redefined around the use of digital services and the internet.',
    );
  });
});
