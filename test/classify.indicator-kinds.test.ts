/**
 * The indicator test kinds of `src/engine/indicators.ts`, compiled inside each test (not once
 * when the rule sets load), case by case: which members an indicator finds, which ones only the
 * precision of their age leaves unknown (and which pieces — review date, months of age, exact
 * age, year of birth — would decide them), member shares, area per member, and the dwelling
 * tests with the outcomes they share between households.
 *
 * Each case reads as a household an auditor can check by hand. Statuses are the engine's codes:
 * 0 not deprived, 1 deprived, 2 unknown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageContext, compileDwellingCondition, F, T, U } from '../src/engine/conditions.js';
import { compileIndicatorTest, type TestOutcome } from '../src/engine/indicators.js';
import type { ParsedHousehold } from '../src/input/schema.js';
import { Money } from '../src/money.js';
import { getRuleSet } from '../src/index.js';
import type { DwellingCondition, Indicator, IndicatorTest } from '../src/rules/types.js';

const RULES = getRuleSet('vn-2022-2025');
const WORKING_AGE = RULES.workingAge;
/** No review date: the rule set's years 2022–2026 are all possible. */
const NO_DATE = ageContext(WORKING_AGE, 2022, 2026);
/** A review date in 2025. */
const IN_2025 = ageContext(WORKING_AGE, 2025, 2025);

/** A built-in indicator of vn-2022-2025, compiled afresh. */
const builtIn = (id: string) => compileIndicatorTest(RULES.indicators.find((indicator) => indicator.id === id)!);
/** An indicator with this test (id `x`), compiled. */
const custom = (test: IndicatorTest | Record<string, unknown>) =>
  compileIndicatorTest({ id: 'x', dimension: 'd', test, citation: RULES.indicators[0]!.citation } as unknown as Indicator);
const withMembers = (...members: Record<string, unknown>[]) => ({ members }) as unknown as ParsedHousehold;
const withDwelling = (dwelling: Record<string, unknown>, size = 1) => ({ dwelling, size }) as unknown as ParsedHousehold;
const run = (test: ReturnType<typeof custom>, household: ParsedHousehold, ctx = IN_2025): TestOutcome =>
  test(household, (household as { members?: unknown[] }).members?.length ?? 1, ctx);

const UNEMPLOYED_MAN = { sex: 'male', employment: 'unemployed' } as const;

describe('employment (any member of working age unemployed): who is unknown only for want of age precision', () => {
  it('a man of 61 without a date or months: the date and the months would decide (retirement 60y6m in 2022 … 61y6m in 2026)', () => {
    const outcome = run(builtIn('employment'), withMembers({ age: 61, ...UNEMPLOYED_MAN }), NO_DATE);
    expect(outcome.status).toBe(U);
    expect(outcome.evidence).toEqual({
      basis: 'members',
      members: [],
      unknownMembers: [{ index: 0 }],
      unknownForAge: [{ member: { index: 0 }, missing: ['date', 'ageMonths'] }],
    });
  });

  it('months or an age given as null count as missing (the same gaps as when absent)', () => {
    const outcome = run(builtIn('employment'), withMembers({ age: 61, ageMonths: null, ...UNEMPLOYED_MAN }), NO_DATE);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['date', 'ageMonths'] }]);
    const born = run(builtIn('employment'), withMembers({ age: null, birthYear: 1964, ...UNEMPLOYED_MAN }), IN_2025);
    expect(born.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['age'] }]);
  });

  it('a man of 61y0m without a date: the date alone decides (2022: 60y6m, retired; 2025: 61y3m, of working age)', () => {
    const outcome = run(builtIn('employment'), withMembers({ age: 61, ageMonths: 0, ...UNEMPLOYED_MAN }), NO_DATE);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['date'] }]);
  });

  it('a man born 1964, reviewed in 2025 (60 or 61; retirement at 61y3m): the exact age decides', () => {
    const outcome = run(builtIn('employment'), withMembers({ birthYear: 1964, ...UNEMPLOYED_MAN }), IN_2025);
    expect(outcome.status).toBe(U);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['age'] }]);
  });

  it('a man born 1964 without a date: neither the date alone nor the age alone decides, both are named', () => {
    const outcome = run(builtIn('employment'), withMembers({ birthYear: 1964, ...UNEMPLOYED_MAN }), NO_DATE);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['date', 'age'] }]);
  });

  it('a member unknown for another fact too (employment not given, or no age at all) is not listed', () => {
    for (const [member, ctx] of [
      [{ birthYear: 1964, sex: 'male' }, IN_2025],
      [{ age: 61, sex: 'male' }, NO_DATE],
      [{ sex: 'male', employment: 'unemployed' }, NO_DATE],
      [{ sex: 'male', employment: 'unemployed' }, IN_2025],
    ] as const) {
      const outcome = run(builtIn('employment'), withMembers(member), ctx);
      expect(outcome.status).toBe(U);
      expect('unknownForAge' in outcome.evidence).toBe(false);
    }
  });

  it('deprived by one member: another member unknown for age is listed as unknown, without age gaps', () => {
    const outcome = run(builtIn('employment'), withMembers({ age: 61, ...UNEMPLOYED_MAN }, { age: 40, ...UNEMPLOYED_MAN }), NO_DATE);
    expect(outcome.status).toBe(T);
    expect(outcome.evidence).toEqual({ basis: 'members', members: [{ index: 1 }], unknownMembers: [{ index: 0 }] });
    expect('unknownForAge' in outcome.evidence).toBe(false);
  });

  it('members with an id are referred to by index and id', () => {
    const outcome = run(
      builtIn('employment'),
      withMembers({ id: 'A', age: 40, sex: 'male', employment: 'employed' }, { id: 7, age: 61, ...UNEMPLOYED_MAN }),
      NO_DATE,
    );
    expect(outcome.evidence).toEqual({
      basis: 'members',
      members: [],
      unknownMembers: [{ index: 1, id: 7 }],
      unknownForAge: [{ member: { index: 1, id: 7 }, missing: ['date', 'ageMonths'] }],
    });
  });

  it('no member found and none unknown: not deprived, one outcome shared by every such household', () => {
    const employment = builtIn('employment');
    const first = run(employment, withMembers({ age: 40, sex: 'female', employment: 'employed' }));
    const second = run(employment, withMembers({ age: 12 }));
    expect(first.status).toBe(F);
    expect(second).toBe(first);
    expect(first.entry).toMatchObject({ id: 'employment', status: 'not-deprived', source: 'derived' });
  });

  it('no members listed: unknown, with nothing to show', () => {
    expect(run(builtIn('employment'), {} as ParsedHousehold)).toMatchObject({ status: U, evidence: { basis: 'none' } });
  });
});

describe('a year of birth or an age standing in for the other (cohorts, defaults read through ifUnknown)', () => {
  const bornFrom2000OrOnline = custom({ kind: 'any-member', where: { any: [{ bornFrom: 2000 }, { fact: 'usesInternet', equals: true }] } });

  it('aged 25 in 2025 (born 1999 or 2000), offline, cohort "born 2000 or later" inside `any`: the year of birth decides', () => {
    const outcome = run(bornFrom2000OrOnline, withMembers({ age: 25, usesInternet: false }));
    expect(outcome.status).toBe(U);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['birthYear'] }]);
  });

  it('the same without a date: the year of birth alone decides (the review date is not needed)', () => {
    const outcome = run(bornFrom2000OrOnline, withMembers({ age: 25, usesInternet: false }), NO_DATE);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['birthYear'] }]);
  });

  it('with the other fact unknown too: not listed', () => {
    const outcome = run(bornFrom2000OrOnline, withMembers({ age: 25 }));
    expect(outcome.status).toBe(U);
    expect('unknownForAge' in outcome.evidence).toBe(false);
  });

  it('a cohort inside `all` and `atLeast` is read the same way', () => {
    for (const where of [
      { all: [{ bornFrom: 2000 }, { fact: 'usesInternet', equals: false }] },
      { atLeast: 2, of: [{ bornFrom: 2000 }, { fact: 'usesInternet', equals: false }] },
    ]) {
      const outcome = run(custom({ kind: 'any-member', where }), withMembers({ age: 25, usesInternet: false }));
      expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['birthYear'] }]);
    }
  });

  const dependantByDefault = custom({ kind: 'any-member', where: { fact: 'dependant', equals: true, ifUnknown: { age: { max: 15 } } } });

  it('born 2009, dependant not answered, reviewed in 2025 (15 or 16; the default counts under 16): the exact age decides', () => {
    const outcome = run(dependantByDefault, withMembers({ birthYear: 2009 }));
    expect(outcome.status).toBe(U);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['age'] }]);
    // Born 2010: 14 or 15, a child either way.
    expect(run(dependantByDefault, withMembers({ birthYear: 2010 })).status).toBe(T);
    // The answer wins over the default.
    expect(run(dependantByDefault, withMembers({ birthYear: 2010, dependant: false })).status).toBe(F);
  });

  it('a fact condition whose `ifUnknown` key is present but undefined compiles as one without it', () => {
    const test = custom({ kind: 'any-member', where: { fact: 'usesInternet', equals: false, ifUnknown: undefined } });
    expect(run(test, withMembers({ birthYear: 2000 })).status).toBe(U);
    expect(run(test, withMembers({ usesInternet: false })).status).toBe(T);
  });

  it('an age range from a year of birth: 16–30 for someone born 2009 in 2025 (15 or 16) is open for want of the exact age', () => {
    const outcome = run(custom({ kind: 'any-member', where: { age: { min: 16, max: 30 } } }), withMembers({ birthYear: 2009 }));
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['age'] }]);
    // An age range does not read a cohort: an age without a year of birth decides it.
    expect(run(custom({ kind: 'any-member', where: { age: { min: 16, max: 30 } } }), withMembers({ age: 16 })).status).toBe(T);
  });

  it('every age the year of birth allows is tried, the last one included (born 2009: 15 decides, 16 does not)', () => {
    const childOrOnline = custom({ kind: 'any-member', where: { any: [{ age: { max: 15 } }, { fact: 'usesInternet', equals: true }] } });
    const outcome = run(childOrOnline, withMembers({ birthYear: 2009 }));
    expect(outcome.status).toBe(U);
    // At 16 the answer about the internet is needed too: the exact age alone would not decide.
    expect('unknownForAge' in outcome.evidence).toBe(false);
    expect(run(childOrOnline, withMembers({ birthYear: 2010 })).status).toBe(T);
  });

  it('`no-member`: online members make it not deprived; a member unknown for age leaves it open, with the gap named', () => {
    const noOneBornFrom2000 = custom({ kind: 'no-member', where: { bornFrom: 2000 } });
    expect(run(noOneBornFrom2000, withMembers({ birthYear: 2001 })).status).toBe(F);
    expect(run(noOneBornFrom2000, withMembers({ birthYear: 1990 })).status).toBe(T);
    const open = run(noOneBornFrom2000, withMembers({ age: 25 }));
    expect(open.status).toBe(U);
    expect(open.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['birthYear'] }]);
  });
});

describe('the smallest set of pieces that decides (working age and a birth cohort together)', () => {
  const unemployed = { employment: 'unemployed' } as const;
  const workingAndBornFrom1960 = custom({ kind: 'any-member', where: { all: [{ workingAge: true }, { bornFrom: 1960 }] } });
  const workingOrBornFrom1960 = custom({ kind: 'any-member', where: { any: [{ workingAge: true }, { bornFrom: 1960 }] } });

  it('a woman of 55, no months, no date, "of working age and born 1960 or later": the date and the months decide, the year of birth is not needed', () => {
    // Missing: the date, the months, the year of birth. Born 1966–1971 whatever the review year, so the cohort holds;
    // working age (retirement 55y8m in 2022 … 57y in 2026) needs the year and the months.
    const outcome = run(workingAndBornFrom1960, withMembers({ age: 55, sex: 'female', ...unemployed }), NO_DATE);
    expect(outcome.status).toBe(U);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['date', 'ageMonths'] }]);
  });

  it('the same woman with 11 months: the date alone decides (of two missing pieces)', () => {
    const outcome = run(workingAndBornFrom1960, withMembers({ age: 55, ageMonths: 11, sex: 'female', ...unemployed }), NO_DATE);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['date'] }]);
  });

  it('a man of 62, "of working age or born 1960 or later": past retirement in every year, so only the year of birth decides', () => {
    // Born 1959–1964 over 2022–2026: the cohort is open; working age is "no" whatever the date and months.
    const outcome = run(workingOrBornFrom1960, withMembers({ age: 62, sex: 'male', ...unemployed }), NO_DATE);
    expect(outcome.status).toBe(U);
    expect(outcome.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['birthYear'] }]);
  });
});

describe('member shares (dependants: more than half the members)', () => {
  it('2 of 4 is not more than half; 3 of 4 is; the share is shown exactly', () => {
    const child = { age: 5 };
    const adult = { age: 40, dependant: false };
    const half = run(builtIn('dependants'), withMembers(child, child, adult, adult));
    expect(half).toEqual({
      status: F,
      evidence: {
        basis: 'members',
        members: [{ index: 0 }, { index: 1 }],
        unknownMembers: [],
        count: 2,
        size: 4,
        value: '0.5',
        valueExact: true,
        threshold: '0.5',
      },
    });
    expect(run(builtIn('dependants'), withMembers(child, child, child, adult)).status).toBe(T);
  });

  it('1 of 3 with one member born 2009 (15 or 16 in 2025): open, and only the exact age of that member would decide', () => {
    const outcome = run(builtIn('dependants'), withMembers({ age: 5 }, { birthYear: 2009, monthlySocialAllowance: false }, { age: 40, dependant: false }));
    expect(outcome).toEqual({
      status: U,
      evidence: {
        basis: 'members',
        members: [{ index: 0 }],
        unknownMembers: [{ index: 1 }],
        count: 1,
        size: 3,
        value: '0.3333',
        valueExact: false,
        threshold: '0.5',
        unknownForAge: [{ member: { index: 1 }, missing: ['age'] }],
      },
    });
  });

  it('children known only by their year of birth (2010: 14 or 15 in 2025) count as dependants', () => {
    const child = { birthYear: 2010 };
    const outcome = run(builtIn('dependants'), withMembers(child, child, { age: 40, dependant: false }));
    expect(outcome.status).toBe(T);
    expect(outcome.evidence).toMatchObject({ count: 2, size: 3, value: '0.6667', valueExact: false });
  });

  it('open for want of another fact: no age gap is named', () => {
    const outcome = run(builtIn('dependants'), withMembers({ age: 5 }, { age: 70 }, { age: 40, dependant: false }));
    expect(outcome.status).toBe(U);
    expect('unknownForAge' in outcome.evidence).toBe(false);
  });

  it('decided despite an unknown member (3 of 5 already more than half): no age gap is named', () => {
    const outcome = run(
      builtIn('dependants'),
      withMembers({ age: 5 }, { age: 5 }, { age: 5 }, { birthYear: 2009, monthlySocialAllowance: false }, { age: 40, dependant: false }),
    );
    expect(outcome.status).toBe(T);
    expect(outcome.evidence.unknownMembers).toEqual([{ index: 3 }]);
    expect('unknownForAge' in outcome.evidence).toBe(false);
  });

  it('shares with a threshold of several decimals compare exactly (count × 1000 > 333 × n)', () => {
    const third = custom({ kind: 'member-share-above', share: '0.333', where: { fact: 'usesInternet', equals: false } });
    const offline = { usesInternet: false };
    const online = { usesInternet: true };
    expect(run(third, withMembers(offline, online, online)).status).toBe(T); // 0.3333… > 0.333
    expect(run(third, withMembers(...Array.from({ length: 333 }, () => offline), ...Array.from({ length: 667 }, () => online))).status).toBe(F); // 0.333
    const whole = custom({ kind: 'member-share-above', share: '0', where: { fact: 'usesInternet', equals: false } });
    expect(run(whole, withMembers(online)).status).toBe(F);
    expect(run(whole, withMembers(online, offline)).status).toBe(T);
  });

  it('households of more than 256 members: the share is still computed (not from the table of small shares)', () => {
    const members = Array.from({ length: 300 }, (_, i) => ({ usesInternet: i < 150 }));
    const outcome = run(custom({ kind: 'member-share-above', share: '0.5', where: { fact: 'usesInternet', equals: true } }), withMembers(...members));
    expect(outcome.evidence).toMatchObject({ count: 150, size: 300, value: '0.5', valueExact: true });
    // The same share for sizes above and below 256, asked twice (the table is filled once).
    for (const n of [4, 256, 257, 4]) {
      const share = run(
        custom({ kind: 'member-share-above', share: '0.5', where: { fact: 'usesInternet', equals: true } }),
        withMembers(...Array.from({ length: n }, (_, i) => ({ usesInternet: i === 0 }))),
      );
      expect(share.evidence).toMatchObject({ count: 1, size: n, value: n === 4 ? '0.25' : n === 256 ? '0.00390625' : '0.0039', valueExact: n !== 257 });
    }
  });

  it('no members listed: unknown, with nothing to show', () => {
    expect(run(builtIn('dependants'), {} as ParsedHousehold)).toMatchObject({ status: U, evidence: { basis: 'none' } });
  });
});

describe('area per member (housing area: below 8 m² per person)', () => {
  it('24 m² for 3 is 8: not deprived; 23.99 for 3 is below; the value shown is rounded only for display', () => {
    const test = builtIn('housing-area');
    const at = test(withDwelling({ floorArea: new Money('24') }), 3, IN_2025);
    expect(at).toEqual({ status: F, evidence: { basis: 'dwelling', facts: { floorArea: '24' }, size: 3, value: '8', valueExact: true, threshold: '8' } });
    const below = test(withDwelling({ floorArea: new Money('23.99') }), 3, IN_2025);
    expect(below).toEqual({
      status: T,
      evidence: { basis: 'dwelling', facts: { floorArea: '23.99' }, size: 3, value: '7.9967', valueExact: false, threshold: '8' },
    });
  });

  it('the area unknown: unknown, the fact shown as null; no dwelling at all: nothing to show', () => {
    const test = builtIn('housing-area');
    expect(test(withDwelling({ floorArea: null }), 2, IN_2025)).toEqual({
      status: U,
      evidence: { basis: 'dwelling', facts: { floorArea: null }, size: 2, threshold: '8' },
    });
    expect(test(withDwelling({}), 2, IN_2025)).toEqual({ status: U, evidence: { basis: 'dwelling', facts: { floorArea: null }, size: 2, threshold: '8' } });
    expect(test({} as ParsedHousehold, 2, IN_2025)).toMatchObject({ status: U, evidence: { basis: 'none' } });
  });
});

describe('dwelling tests: the outcomes shared between households', () => {
  it('one fact: one shared outcome (with its result entry) per value, for up to 64 values', () => {
    const test = custom({ kind: 'dwelling', where: { fact: 'waterSource', in: ['piped'] } });
    const values = Array.from({ length: 70 }, (_, i) => (i === 0 ? 'piped' : `source-${i}`));
    const first = values.map((value) => test(withDwelling({ waterSource: value }), 1, IN_2025));
    const again = values.map((value) => test(withDwelling({ waterSource: value }), 1, IN_2025));
    expect(first.map((outcome) => outcome.status)).toEqual(values.map((value) => (value === 'piped' ? T : F)));
    values.forEach((value, i) => {
      expect(first[i]!.entry).toMatchObject({ id: 'x', dimension: 'd', status: value === 'piped' ? 'deprived' : 'not-deprived', source: 'derived' });
      expect(first[i]!.evidence).toEqual({ basis: 'dwelling', facts: { waterSource: value } });
      // The first 64 values are kept; later ones get an equal outcome built again.
      if (i < 64) expect(again[i]).toBe(first[i]);
      else {
        expect(again[i]).not.toBe(first[i]);
        expect(again[i]).toEqual(first[i]);
      }
    });
  });

  it('one fact holding a list: decided each time, not shared', () => {
    const test = custom({ kind: 'dwelling', where: { fact: 'informationMeans', includesNoneOf: ['radio', 'tv'] } });
    const none = test(withDwelling({ informationMeans: [] }), 1, IN_2025);
    expect(none).toEqual({ status: T, evidence: { basis: 'dwelling', facts: { informationMeans: [] } } });
    expect(none.entry).toBeUndefined();
    const radio = test(withDwelling({ informationMeans: ['radio'] }), 1, IN_2025);
    expect(radio).toEqual({ status: F, evidence: { basis: 'dwelling', facts: { informationMeans: ['radio'] } } });
    // An unknown list is a scalar null: shared.
    const unknown = test(withDwelling({}), 1, IN_2025);
    expect(unknown.status).toBe(U);
    expect(test(withDwelling({ informationMeans: null }), 1, IN_2025)).toBe(unknown);
    expect(test({} as ParsedHousehold, 1, IN_2025)).toMatchObject({ status: U, evidence: { basis: 'none' } });
  });

  const TWO_FACTS: DwellingCondition = {
    any: [
      { fact: 'durability', in: ['simple'] },
      { fact: 'roofDurable', equals: false },
    ],
  };

  it('several facts: each combination of values shared, text values up to 5 per fact; more, or a list, are decided each time', () => {
    const test = custom({ kind: 'dwelling', where: TWO_FACTS });
    const classes = ['simple', 'a', 'b', 'c', 'd', 'e', 'f'];
    for (const durability of classes) {
      for (const roofDurable of [true, false, null]) {
        const dwelling = { durability, roofDurable };
        const outcome = test(withDwelling(dwelling), 1, IN_2025);
        const expected = durability === 'simple' || roofDurable === false ? T : roofDurable === null ? U : F;
        expect(outcome.status).toBe(expected);
        expect(outcome.evidence).toEqual({ basis: 'dwelling', facts: dwelling });
        const again = test(withDwelling({ ...dwelling }), 1, IN_2025);
        // The first five classes seen (simple, a … d) are shared; e and f are decided each time.
        if (classes.indexOf(durability) < 5) {
          expect(again).toBe(outcome);
          expect(outcome.entry?.status).toBe(expected === T ? 'deprived' : expected === F ? 'not-deprived' : 'unknown');
        } else {
          expect(again).not.toBe(outcome);
          expect(outcome.entry).toBeUndefined();
        }
      }
    }
    const listed = test(withDwelling({ durability: ['simple'], roofDurable: true }), 1, IN_2025);
    expect(listed.entry).toBeUndefined();
    expect(listed.evidence).toEqual({ basis: 'dwelling', facts: { durability: ['simple'], roofDurable: true } });
    // Unknown facts are shown as null; that combination is shared too.
    const unknown = test(withDwelling({}), 1, IN_2025);
    expect(unknown.evidence).toEqual({ basis: 'dwelling', facts: { durability: null, roofDurable: null } });
    expect(test(withDwelling({ durability: null }), 1, IN_2025)).toBe(unknown);
    expect(unknown.entry?.status).toBe('unknown');
    expect(test({} as ParsedHousehold, 1, IN_2025)).toMatchObject({ status: U, evidence: { basis: 'none' } });
  });

  it('several facts, a list first seen: decided each time (never a shared outcome)', () => {
    const test = custom({ kind: 'dwelling', where: TWO_FACTS });
    const listed = test(withDwelling({ durability: ['simple'], roofDurable: true }), 1, IN_2025);
    expect(listed.entry).toBeUndefined();
    expect(test(withDwelling({ durability: ['simple'], roofDurable: true }), 1, IN_2025)).not.toBe(listed);
  });

  it('a dwelling condition whose `ifUnknown` key is present but undefined compiles as one without it', () => {
    const test = custom({
      kind: 'dwelling',
      where: {
        any: [
          { fact: 'durability', in: ['simple'], ifUnknown: undefined },
          { fact: 'roofDurable', equals: false },
        ],
      },
    });
    expect(test(withDwelling({ roofDurable: true }), 1, IN_2025).status).toBe(U);
    expect(test(withDwelling({ durability: 'simple', roofDurable: true }), 1, IN_2025).status).toBe(T);
  });

  it('several facts: the same status as the condition itself, household after household, whatever the order (property)', () => {
    const where: DwellingCondition = {
      atLeast: 2,
      of: [
        { fact: 'wallsDurable', equals: false },
        { fact: 'frameDurable', equals: false },
        { fact: 'roofDurable', equals: false },
        { fact: 'durability', in: ['simple', 'less-permanent'], ifUnknown: { fact: 'safeWater', equals: false } },
      ],
    };
    const reference = compileDwellingCondition(where);
    const value = fc.constantFrom<unknown>(true, false, null, undefined, 'simple', 'less-permanent', 'semi-permanent', 'permanent', 'x', 'y', 'z');
    const dwelling = fc.record({ wallsDurable: value, frameDurable: value, roofDurable: value, durability: value, safeWater: value }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(dwelling, { minLength: 1, maxLength: 60 }), (dwellings) => {
        const test = custom({ kind: 'dwelling', where });
        for (const d of dwellings) {
          const outcome = test(withDwelling(d), 1, IN_2025);
          expect(outcome.status).toBe(reference(d as never));
          const facts: Record<string, unknown> = {};
          for (const name of ['wallsDurable', 'frameDurable', 'roofDurable', 'durability', 'safeWater']) facts[name] = d[name as keyof typeof d] ?? null;
          expect(outcome.evidence).toEqual({ basis: 'dwelling', facts });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answer-only indicators: unknown unless answered, one shared outcome with the reason', () => {
    const test = custom({ kind: 'answer-only', reason: 'asked of the household' });
    const outcome = test(withDwelling({}), 1, IN_2025);
    expect(outcome).toMatchObject({ status: U, evidence: { basis: 'answer-required', reason: 'asked of the household' } });
    expect(test({} as ParsedHousehold, 1, NO_DATE)).toBe(outcome);
  });
});
