/**
 * Inputs that contradict themselves are refused with a ValidationError naming the field, never
 * silently resolved:
 * - the dwelling's durability class against its three main structures (kiên cố: 3 durable;
 *   bán kiên cố: 2; thiếu kiên cố: 1; đơn sơ: none);
 * - with a review date, a member's age against the year of birth (born in Y: on a date in
 *   year R the member is R − Y − 1 or R − Y), and a year of birth after the review year.
 */
import { describe, expect, it } from 'vitest';
import { classify, classifyMany, createClassifier } from '../src/index.js';
import { expectIssue, issueCodes, named, withDwelling, withMembers } from './helpers/households.js';
import { ageConflicts, dwellingConflict } from '../src/input/consistency.js';

describe('durability class and main structures must agree', () => {
  const agreeing: [string, Record<string, unknown>][] = [
    ['permanent, all three durable', { durability: 'permanent', wallsDurable: true, frameDurable: true, roofDurable: true }],
    ['semi-permanent, two durable', { durability: 'semi-permanent', wallsDurable: true, frameDurable: false, roofDurable: true }],
    ['less-permanent, one durable', { durability: 'less-permanent', wallsDurable: false, frameDurable: true, roofDurable: false }],
    ['simple, none durable', { durability: 'simple', wallsDurable: false, frameDurable: false, roofDurable: false }],
    ['semi-permanent, one structure unknown (could be the second durable one)', { durability: 'semi-permanent', wallsDurable: true, roofDurable: false }],
    ['permanent, only the walls known and durable', { durability: 'permanent', wallsDurable: true }],
  ];
  it.each(agreeing)('[rule:vn-2022-2025/indicator/housing-quality] accepted: %s', (_name, dwelling) => {
    expect(() => classify(withDwelling(dwelling))).not.toThrow();
  });

  const contradicting: [string, Record<string, unknown>][] = [
    ['permanent with a non-durable roof', { durability: 'permanent', roofDurable: false }],
    ['simple with durable walls', { durability: 'simple', wallsDurable: true }],
    ['semi-permanent with all three durable', { durability: 'semi-permanent', wallsDurable: true, frameDurable: true, roofDurable: true }],
    ['less-permanent with two durable structures', { durability: 'less-permanent', wallsDurable: true, frameDurable: true }],
  ];
  it.each(contradicting)('[rule:vn-2022-2025/indicator/housing-quality] refused (durability_mismatch at dwelling.durability): %s', (_name, dwelling) => {
    expectIssue(() => classify(withDwelling(dwelling)), ['dwelling', 'durability'], 'durability_mismatch');
    // Whichever rule set reads it.
    expectIssue(() => classify(withDwelling(dwelling), { ruleSet: 'vn-2016-2020' }), ['dwelling', 'durability'], 'durability_mismatch');
  });

  it('the message says what the structures make the class', () => {
    let message = '';
    try {
      classify(withDwelling({ durability: 'permanent', wallsDurable: false, frameDurable: false, roofDurable: true }));
    } catch (error) {
      message = (error as Error & { issues: { message: string }[] }).issues[0]!.message;
    }
    expect(message).toBe(
      'durability "permanent" contradicts the main structures (wallsDurable false, frameDurable false, roofDurable true): they make it "less-permanent" (permanent: all 3 durable; semi-permanent: 2; less-permanent: 1; simple: none); give one or make them agree',
    );
  });
});

describe('with a review date, the age must agree with the year of birth', () => {
  it.each(
    named(
      [
        { age: 17, birthYear: 2007, ok: true, why: 'born 2007: 17 before the birthday in 2025' },
        { age: 18, birthYear: 2007, ok: true, why: 'born 2007: 18 after it' },
        { age: 19, birthYear: 2007, ok: false, why: 'born 2007 cannot be 19 in 2025' },
        { age: 16, birthYear: 2007, ok: false, why: 'born 2007 cannot be 16 in 2025' },
        { age: 0, birthYear: 2025, ok: true, why: 'born in the review year: 0' },
      ],
      (r) =>
        `[rule:vn-2022-2025/workingAge/retirement] age ${r.age}, born ${r.birthYear}, reviewed 2025-09-01: ${r.ok ? 'accepted' : 'age_birth_year_mismatch'} (${r.why})`,
    ),
  )('%s', (_name, r) => {
    const household = withMembers([{ age: r.age, birthYear: r.birthYear }]);
    if (r.ok) expect(() => classify(household, { date: '2025-09-01' })).not.toThrow();
    else expectIssue(() => classify(household, { date: '2025-09-01' }), ['members', 0, 'age'], 'age_birth_year_mismatch');
    // Without a date there is no review year to check against.
    expect(() => classify(household)).not.toThrow();
  });

  it('a year of birth after the review year is refused', () => {
    expect(issueCodes(() => classify(withMembers([{ birthYear: 2026 }]), { date: '2025-09-01' }))).toEqual([
      { path: ['members', 0, 'birthYear'], code: 'birth_year_after_review' },
    ]);
  });

  it('the message says which ages the year of birth allows; every member is checked; batches report the row', () => {
    const household = withMembers([
      { age: 40, birthYear: 1985 },
      { age: 30, birthYear: 1980 },
      { age: 12, birthYear: 2010 },
    ]);
    let issues: { path: readonly (string | number)[]; code: string; message: string }[] = [];
    try {
      createClassifier({ date: '2025-09-01' }).classify(household);
    } catch (error) {
      issues = (error as Error & { issues: typeof issues }).issues;
    }
    expect(issues.map((issue) => issue.path)).toEqual([
      ['members', 1, 'age'],
      ['members', 2, 'age'],
    ]);
    expect(issues[0]!.message).toBe('age 30 contradicts the year of birth 1980: on a review date in 2025 the member is 44 or 45; give one or make them agree');
    const rows = [...classifyMany([household], { date: '2025-09-01' })];
    expect(rows[0]).toMatchObject({ ok: false });
  });
});

describe('the cross-field checks themselves (dwellingConflict, ageConflicts), value by value', () => {
  it('an unknown (null) class or structure is not a given one', () => {
    expect(dwellingConflict({ durability: null, wallsDurable: true, frameDurable: true, roofDurable: true })).toBeUndefined();
    expect(dwellingConflict({ durability: 'permanent', wallsDurable: null, frameDurable: null, roofDurable: null })).toBeUndefined();
    // Only the structures given are shown; a null one counts as open.
    expect(dwellingConflict({ durability: 'permanent', wallsDurable: null, frameDurable: undefined, roofDurable: false })?.message).toBe(
      'durability "permanent" contradicts the main structures (roofDurable false): they allow "simple" or "less-permanent" or "semi-permanent" (permanent: all 3 durable; semi-permanent: 2; less-permanent: 1; simple: none); give one or make them agree',
    );
  });

  it('without any structure given, the class is not checked (whatever its value)', () => {
    expect(dwellingConflict({ durability: 'not-a-class' })).toBeUndefined();
    expect(dwellingConflict({ durability: 'not-a-class', roofDurable: true })).toMatchObject({ path: ['dwelling', 'durability'], code: 'durability_mismatch' });
  });

  it('two possible classes are both named, joined by "or"', () => {
    expect(dwellingConflict({ durability: 'simple', wallsDurable: true, frameDurable: true })).toEqual({
      path: ['dwelling', 'durability'],
      code: 'durability_mismatch',
      message:
        'durability "simple" contradicts the main structures (wallsDurable true, frameDurable true): they allow "semi-permanent" or "permanent" (permanent: all 3 durable; semi-permanent: 2; less-permanent: 1; simple: none); give one or make them agree',
    });
  });

  it('a year of birth after the review year: the exact issue, and no age check for that member', () => {
    expect(ageConflicts([{ birthYear: 2026, age: 40 }], 2025)).toEqual([
      { path: ['members', 0, 'birthYear'], code: 'birth_year_after_review', message: 'born in 2026, after the review year 2025' },
    ]);
  });

  it('only numbers are compared (the schema has checked types before): no members, text values, a missing age', () => {
    expect(ageConflicts(undefined, 2025)).toEqual([]);
    expect(ageConflicts([{ birthYear: '1980', age: 30 }], 2025)).toEqual([]);
    expect(ageConflicts([{ birthYear: 1980, age: '30' }], 2025)).toEqual([]);
    expect(ageConflicts([{ birthYear: 1980 }], 2025)).toEqual([]);
  });

  it('born in the review year: the only age allowed is 0, said as one number', () => {
    expect(ageConflicts([{ birthYear: 2025, age: 1 }], 2025)).toEqual([
      {
        path: ['members', 0, 'age'],
        code: 'age_birth_year_mismatch',
        message: 'age 1 contradicts the year of birth 2025: on a review date in 2025 the member is 0; give one or make them agree',
      },
    ]);
  });
});
