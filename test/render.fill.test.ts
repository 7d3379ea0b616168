/**
 * The one template filler every renderer uses (src/render/fill.ts): `{key}` placeholders with
 * letters, digits, `_`, `:`, `.` and `-`, filled from a record; a placeholder without a value
 * stays as written, so a missing message value shows instead of vanishing.
 */
import { describe, expect, it } from 'vitest';
import { classify, deriveRuleSet, explain, getRuleSet } from '../src/index.js';
import { fill } from '../src/render/fill.js';
import { LOCAL_CITATION, LOCAL_INSTRUMENT } from './helpers/households.js';

describe('fill', () => {
  it('replaces every placeholder with its value, keys with : . - _ included', () => {
    expect(fill('{a} và {b}', { a: 'hộ nghèo', b: 'hộ cận nghèo' })).toBe('hộ nghèo và hộ cận nghèo');
    expect(fill('{indicator.water.name}: {x_1}, {line:poverty-2}', { 'indicator.water.name': 'Nước', x_1: 'có', 'line:poverty-2': '1.500.000' })).toBe(
      'Nước: có, 1.500.000',
    );
    expect(fill('{a}{a}', { a: '1' })).toBe('11');
  });

  it('a placeholder without a value is left as written; other braces are text', () => {
    expect(fill('{ceiling} đồng ({area})', { ceiling: '2.250.000' })).toBe('2.250.000 đồng ({area})');
    expect(fill('{} { a } {a b}', { a: 'x' })).toBe('{} { a } {a b}');
    // A value that looks like a placeholder is not filled again.
    expect(fill('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
  });
});

describe('[regression] placeholders named like Object.prototype members', () => {
  it('stay as written: {constructor}, {toString} and {__proto__} are not filled from the prototype', () => {
    expect(fill('{constructor} {toString} {__proto__} {hasOwnProperty}', {})).toBe('{constructor} {toString} {__proto__} {hasOwnProperty}');
    expect(fill('{constructor}', { constructor: 'own value' } as never)).toBe('own value');
  });

  it('in a local standard’s message, explain shows the placeholder, not JavaScript source', () => {
    const local = deriveRuleSet(getRuleSet('vn-2022-2025'), {
      id: 'local-placeholders',
      title: { vi: 'Chuẩn địa phương', en: 'Local standard' },
      instrument: LOCAL_INSTRUMENT,
      citation: LOCAL_CITATION,
      addIndicators: [
        {
          id: 'disability',
          dimension: 'health',
          test: { kind: 'any-member', where: { fact: 'disability', equals: true } },
          messages: {
            vi: { name: 'Khuyết tật', deprived: '{members} là người khuyết tật {constructor}', 'not-deprived': 'không ai', unknown: 'chưa rõ' },
            en: { name: 'Disability', deprived: '{members} has a disability {toString}', 'not-deprived': 'no one', unknown: 'not known' },
          },
        },
      ],
    });
    const result = classify({ area: 'rural', income: { perCapitaMonthly: 1000000 }, members: [{ age: 30, disability: true }] }, { ruleSet: local });
    const line = (locale: 'vi' | 'en') =>
      explain(result, { locale, ruleSet: local })
        .split('\n')
        .find((text) => text.startsWith('13. '));
    expect(line('en')).toBe('13. Disability — deprived: member 1 has a disability {toString}. [Test resolution, Art. 1]');
    expect(line('vi')).toMatch(/^13\. Khuyết tật — thiếu hụt: thành viên số 1 là người khuyết tật \{constructor\}\. /);
  });
});
