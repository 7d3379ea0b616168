/**
 * Rule data in words (src/render/words.ts): every condition form and test kind in Vietnamese and
 * English, as renderDiff shows them to an officer.
 */
import { describe, expect, it } from 'vitest';
import { conditionWords, testWords } from '../src/render/words.js';
import type { DwellingCondition, IndicatorTest, MemberCondition } from '../src/index.js';

describe('conditions in words', () => {
  const cases: [MemberCondition | DwellingCondition, string, string][] = [
    [{ age: { min: 6 } }, 'từ đủ 6 tuổi trở lên', 'aged 6 or over'],
    [{ age: { max: 15 } }, 'dưới 16 tuổi', 'aged under 16'],
    [{ age: { min: 16, max: 30 } }, 'từ đủ 16 đến 30 tuổi', 'aged 16 to 30'],
    [{ age: {} }, 'ở mọi độ tuổi', 'of any age'],
    [{ workingAge: true }, 'trong độ tuổi lao động', 'of working age'],
    [{ bornFrom: 1986 }, 'sinh từ năm 1986 trở về sau', 'born in 1986 or later'],
    [{ fact: 'healthInsurance', equals: false }, 'không có bảo hiểm y tế', 'has no health insurance'],
    [{ fact: 'usesInternet', equals: true }, 'sử dụng dịch vụ internet', 'uses internet services'],
    [{ fact: 'employment', equals: 'unemployed' }, 'tình trạng việc làm là thất nghiệp', 'employment is unemployed'],
    [
      { fact: 'educationLevel', in: ['none', 'primary', 'lower-secondary'] },
      'trình độ học vấn cao nhất là chưa đi học, tiểu học hoặc trung học cơ sở',
      'highest education level is no schooling, primary or lower secondary',
    ],
    [{ fact: 'informationMeans', includesNoneOf: ['television', 'radio'] }, 'không có tivi hoặc radio', 'has no television or radio'],
    [
      { fact: 'dependant', equals: true, ifUnknown: { any: [{ age: { max: 15 } }, { fact: 'monthlySocialAllowance', equals: true }] } },
      'là người phụ thuộc (nếu chưa rõ: dưới 16 tuổi hoặc hưởng trợ cấp xã hội hằng tháng)',
      'is a dependant (if unknown: aged under 16 or receives a monthly social allowance)',
    ],
    [
      {
        all: [
          { age: { min: 6 } },
          {
            any: [
              { fact: 'stunted', equals: true },
              { fact: 'underweight', equals: true },
            ],
          },
        ],
      },
      'từ đủ 6 tuổi trở lên và (bị suy dinh dưỡng thể thấp còi hoặc bị suy dinh dưỡng thể nhẹ cân)',
      'aged 6 or over and (is stunted or is underweight)',
    ],
    [{ any: [{ all: [{ workingAge: true }] }] }, 'trong độ tuổi lao động', 'of working age'],
    [
      {
        all: [
          { age: { min: 60 } },
          {
            atLeast: 2,
            of: [
              { fact: 'disability', equals: true },
              { fact: 'monthlySocialAllowance', equals: false },
            ],
          },
        ],
      },
      'từ đủ 60 tuổi trở lên và (ít nhất 2 trong số: là người khuyết tật; không hưởng trợ cấp xã hội hằng tháng)',
      'aged 60 or over and (at least 2 of: has a disability; receives no monthly social allowance)',
    ],
  ];
  it.each(cases.map(([condition, vi, en]) => [en, condition, vi, en] as const))('%s', (_name, condition, vi, en) => {
    expect(conditionWords(condition, 'vi')).toBe(vi);
    expect(conditionWords(condition, 'en')).toBe(en);
  });

  it('a fact or value without words is shown as its name in backticks, never dropped', () => {
    expect(conditionWords({ fact: 'futureFact', equals: true } as never, 'en')).toBe('`futureFact` = true');
    expect(conditionWords({ fact: 'employment', equals: 'future-status' } as never, 'vi')).toBe('tình trạng việc làm là `future-status`');
    expect(conditionWords({ fact: 'employment' } as never, 'en')).toBe('`employment`');
    expect(conditionWords({ future: 1 } as never, 'en')).toBe('`{"future":1}`');
    expect(conditionWords({ fact: 'birthYear', in: [1990, 1991] } as never, 'vi')).toBe('`birthYear` là `1990` hoặc `1991`');
  });
});

describe('tests in words', () => {
  const where: MemberCondition = { fact: 'healthInsurance', equals: false };
  const cases: [IndicatorTest, string, string][] = [
    [
      { kind: 'any-member', where },
      'thiếu hụt khi có ít nhất một thành viên: không có bảo hiểm y tế',
      'deprived when at least one member: has no health insurance',
    ],
    [
      { kind: 'no-member', where: { fact: 'usesInternet', equals: true } },
      'thiếu hụt khi không có thành viên nào: sử dụng dịch vụ internet',
      'deprived when no member: uses internet services',
    ],
    [
      { kind: 'member-share-above', where: { fact: 'dependant', equals: true }, share: '0.5' },
      'thiếu hụt khi trên 50% số thành viên: là người phụ thuộc',
      'deprived when more than 50% of the members: is a dependant',
    ],
    [
      { kind: 'member-share-above', where: { fact: 'dependant', equals: true }, share: '0.335' },
      'thiếu hụt khi trên 33,5% số thành viên: là người phụ thuộc',
      'deprived when more than 33.5% of the members: is a dependant',
    ],
    [
      { kind: 'per-member-below', fact: 'floorArea', floor: '7.5' },
      'thiếu hụt khi diện tích nhà ở bình quân dưới 7,5 m²/người',
      'deprived when the floor area is below 7.5 m² per member',
    ],
    [
      { kind: 'dwelling', where: { fact: 'durability', in: ['less-permanent', 'simple'] } },
      'thiếu hụt khi hộ gia đình: mức độ kiên cố của nhà ở là thiếu kiên cố hoặc đơn sơ',
      'deprived when the household: durability of the dwelling is less-permanent or simple (makeshift)',
    ],
    [{ kind: 'answer-only', reason: { vi: 'x', en: 'x' } }, 'chỉ xác định theo câu trả lời trên phiếu rà soát', 'decided only by the review-form answer'],
  ];
  it.each(cases.map(([test, vi, en]) => [en, test, vi, en] as const))('%s', (_name, test, vi, en) => {
    expect(testWords(test, 'vi')).toBe(vi);
    expect(testWords(test, 'en')).toBe(en);
  });

  it('an unknown test kind is shown as its JSON, never dropped', () => {
    expect(testWords({ kind: 'future-kind', x: 1 } as never, 'vi')).toBe('`{"kind":"future-kind","x":1}`');
  });
});
