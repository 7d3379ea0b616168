/**
 * Rule fidelity, round 2 (issue 12), checkable by hand against the domain reference:
 * - adult education (Decree 07/2021 Appendix 3.1): 16 to under 18 need lower-secondary, 18 to 30
 *   upper-secondary or a vocational qualification — boundaries at 16, 17, 18, 30 and 31;
 * - means of information (Appendix 6.2, and the 2016–2020 assets): each accepted value is counted
 *   or listed as not counted; a tablet is a computer;
 * - the year of birth without the age: decided when both possible ages agree, unknown otherwise;
 * - every citation lists its sources, and its confidence mark follows from them;
 * - "above-average" is derived, not a clause; the average band is stated in amounts;
 * - 2027–2030: the information indicator is `telecom`;
 * - Ho Chi Minh City from 1 Oct 2024 (`hcmc-2024`, local): 46,000,000 a year, 13 indicators.
 */
import { describe, expect, it } from 'vitest';
import { classify, explain, getRuleSet, listRuleSets } from '../src/index.js';
import type { Citation, DwellingCondition, MemberCondition, RuleSet } from '../src/index.js';
import { checkRuleSetData, citationsOf } from '../src/rules/define.js';
import {
  confidenceFrom,
  lead,
  related,
  states,
  APPENDIX_NOTE_DECREE_07,
  DRAFT_2026_2030,
  LAODONGTHUDO_DECREE_07,
  LUATVIETNAM_DECREE_07,
  VNA_DECREE_07,
  VNA_DECREE_30,
} from '../src/rules/sources.js';
import { DWELLING_FIELDS, MEMBER_FIELDS, SEXES } from '../src/input/fields.js';
import { VN_2022_2025_DATA } from '../src/rules/vn-2022-2025/data.js';
import { classifyIndicator, DATE_2025, named, withDwelling, withMembers } from './helpers/households.js';

const v2022 = getRuleSet('vn-2022-2025');

/** The explanation line of one indicator, without its number and citation. */
function explainLine(result: ReturnType<typeof classify>, id: string, locale: 'vi' | 'en'): string {
  const index = result.indicators.findIndex((entry) => entry.id === id);
  const line = explain(result, { locale }).split('\n')[index + 2]!;
  return line.replace(/^\d+\. /, '').replace(/\. \[.*\]$/, '');
}
const v2016 = getRuleSet('vn-2016-2020');

// ---------------------------------------------------------------- adult education

describe('adult education: 16 to under 18 need lower-secondary; 18 to 30 upper-secondary or vocational (out of education)', () => {
  const out = { inEducationOrTraining: false, certifiedOnTheJob: false } as const;
  const rows: { age: number; level: string; expected: 'deprived' | 'not-deprived' }[] = [
    { age: 16, level: 'primary', expected: 'deprived' },
    { age: 16, level: 'lower-secondary', expected: 'not-deprived' },
    { age: 17, level: 'primary', expected: 'deprived' },
    { age: 17, level: 'lower-secondary', expected: 'not-deprived' },
    { age: 18, level: 'lower-secondary', expected: 'deprived' },
    { age: 18, level: 'upper-secondary', expected: 'not-deprived' },
    { age: 18, level: 'vocational', expected: 'not-deprived' },
    { age: 30, level: 'lower-secondary', expected: 'deprived' },
    { age: 30, level: 'vocational', expected: 'not-deprived' },
    { age: 30, level: 'tertiary', expected: 'not-deprived' },
    { age: 31, level: 'none', expected: 'not-deprived' },
    { age: 31, level: 'lower-secondary', expected: 'not-deprived' },
    { age: 15, level: 'none', expected: 'not-deprived' },
  ];
  it.each(named(rows, (r) => `[rule:vn-2022-2025/indicator/adult-education] aged ${r.age}, ${r.level}, not in school → ${r.expected}`))('%s', (_name, r) => {
    expect(classifyIndicator(withMembers([{ age: r.age, educationLevel: r.level as never, ...out }]), 'adult-education').status).toBe(r.expected);
    // In education or training: never deprived.
    expect(classifyIndicator(withMembers([{ age: r.age, educationLevel: r.level as never, inEducationOrTraining: true }]), 'adult-education').status).toBe(
      'not-deprived',
    );
  });

  it.each(
    named(
      [
        { age: 17, level: 'primary', certified: true, expected: 'deprived' },
        { age: 18, level: 'lower-secondary', certified: true, expected: 'not-deprived' },
        { age: 18, level: 'lower-secondary', certified: undefined, expected: 'unknown' },
        { age: 30, level: 'none', certified: true, expected: 'not-deprived' },
        { age: 31, level: 'none', certified: undefined, expected: 'not-deprived' },
        { age: 18, level: 'upper-secondary', certified: undefined, expected: 'not-deprived' },
      ] as const,
      (r) => `[rule:vn-2022-2025/indicator/adult-education] aged ${r.age}, ${r.level}, certified on the job: ${String(r.certified)} → ${r.expected}`,
    ),
  )('%s', (_name, r) => {
    const member = {
      age: r.age,
      educationLevel: r.level,
      inEducationOrTraining: false,
      ...(r.certified === undefined ? {} : { certifiedOnTheJob: r.certified }),
    };
    expect(classifyIndicator(withMembers([member]), 'adult-education').status).toBe(r.expected);
  });

  it('[rule:vn-2022-2025/indicator/adult-education] the rule card words say "under 18" and "18–30"', () => {
    const test = v2022.indicators.find((indicator) => indicator.id === 'adult-education')!;
    expect(JSON.stringify(test.test)).toContain('"max":17');
    expect(JSON.stringify(test.test)).toContain('"min":18');
    expect(test.citation.paraphrase.en).toContain('16 to under 18, lower-secondary; 18 to 30, upper-secondary or a vocational qualification');
  });
});

// ---------------------------------------------------------------- the year of birth

describe('the year of birth without the age (review date 1 Sep 2025: born 2007 is 17 or 18)', () => {
  const out = { inEducationOrTraining: false, certifiedOnTheJob: false } as const;
  it.each(
    named(
      [
        { birthYear: 2007, level: 'primary', expected: 'deprived', why: '17 or 18, primary: deprived at both ages' },
        { birthYear: 2007, level: 'lower-secondary', expected: 'unknown', why: '17: enough; 18: not enough' },
        { birthYear: 2007, level: 'upper-secondary', expected: 'not-deprived', why: 'enough at both ages' },
        { birthYear: 2008, level: 'lower-secondary', expected: 'not-deprived', why: '16 or 17: lower-secondary is enough' },
        { birthYear: 1994, level: 'primary', expected: 'unknown', why: '30 or 31: in the band, or over it' },
        { birthYear: 1993, level: 'primary', expected: 'not-deprived', why: '31 or 32: over 30' },
        { birthYear: 1995, level: 'primary', expected: 'deprived', why: '29 or 30: in the band' },
      ] as const,
      (r) => `[rule:vn-2022-2025/indicator/adult-education] born ${r.birthYear}, ${r.level}: ${r.why} → ${r.expected}`,
    ),
  )('%s', (_name, r) => {
    const entry = classifyIndicator(withMembers([{ birthYear: r.birthYear, educationLevel: r.level, ...out }]), 'adult-education', { date: DATE_2025 });
    expect(entry.status).toBe(r.expected);
    if (r.expected === 'unknown') expect(entry.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['age'] }]);
  });

  it('[rule:vn-2022-2025/indicator/health-insurance] [rule:vn-2022-2025/indicator/nutrition] born 2019: 5 or 6 in 2025 — uninsured is unknown; stunted is a child either way', () => {
    expect(classifyIndicator(withMembers([{ birthYear: 2019, healthInsurance: false }]), 'health-insurance', { date: DATE_2025 }).status).toBe('unknown');
    expect(classifyIndicator(withMembers([{ birthYear: 2018, healthInsurance: false }]), 'health-insurance', { date: DATE_2025 }).status).toBe('deprived');
    expect(classifyIndicator(withMembers([{ birthYear: 2019, stunted: true }]), 'nutrition', { date: DATE_2025 }).status).toBe('deprived');
  });

  it('[rule:vn-2022-2025/workingAge/retirement] a man born 1965 in 2025 (59 or 60; retirement at 61y3m): of working age whatever the birthday', () => {
    expect(classifyIndicator(withMembers([{ birthYear: 1965, sex: 'male', employment: 'unemployed' }]), 'employment', { date: DATE_2025 }).status).toBe(
      'deprived',
    );
    // Born 1962: 62 or 63 — past 61y3m whatever the birthday.
    expect(classifyIndicator(withMembers([{ birthYear: 1962, sex: 'male', employment: 'unemployed' }]), 'employment', { date: DATE_2025 }).status).toBe(
      'not-deprived',
    );
    // Born 1964: 60 or 61 (the months unknown) — the retirement age 61y3m may fall within: unknown, for want of the exact age.
    const entry = classifyIndicator(withMembers([{ birthYear: 1964, sex: 'male', employment: 'unemployed' }]), 'employment', { date: DATE_2025 });
    expect(entry.status).toBe('unknown');
    expect(entry.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['age'] }]);
  });

  it('[rule:vn-2016-2020/indicator/adult-education] the 2016–2020 cohort rule reads the year of birth directly; an age 15+ follows from it', () => {
    const entry = classifyIndicator(withMembers([{ birthYear: 1990, educationLevel: 'primary', inEducationOrTraining: false }]), 'adult-education' as never, {
      ruleSet: 'vn-2016-2020',
      date: '2018-06-01',
    });
    expect(entry.status).toBe('deprived');
  });
});

describe('members unknown only for want of the review date or the months of age', () => {
  it('[rule:vn-2022-2025/workingAge/retirement] a man of 61, unemployed, without a date: the retirement age (60y6m in 2022 … 61y6m in 2026) needs the year and the months', () => {
    const entry = classifyIndicator(withMembers([{ age: 61, sex: 'male', employment: 'unemployed' }]), 'employment');
    expect(entry.status).toBe('unknown');
    expect(entry.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['date', 'ageMonths'] }]);
    // With the date (2024: 61y0m), a man of 61 has reached it: decided without the months.
    expect(classifyIndicator(withMembers([{ age: 61, sex: 'male', employment: 'unemployed' }]), 'employment', { date: '2024-09-01' }).status).toBe(
      'not-deprived',
    );
  });

  it('[rule:vn-2022-2025/workingAge/retirement] a woman of 56 without a date: the date alone decides (2022: 55y8m reached; 2026: 57y0m not)', () => {
    const entry = classifyIndicator(withMembers([{ age: 56, ageMonths: 6, sex: 'female', employment: 'unemployed' }]), 'employment');
    expect(entry.status).toBe('unknown');
    expect(entry.evidence.unknownForAge).toEqual([{ member: { index: 0 }, missing: ['date'] }]);
  });

  it('[rule:vn-2022-2025/indicator/employment] a member unknown for another missing fact is not listed', () => {
    const entry = classifyIndicator(withMembers([{ age: 61, sex: 'male' }]), 'employment');
    expect(entry.status).toBe('unknown');
    expect(entry.evidence.unknownForAge).toBeUndefined();
  });
});

// ---------------------------------------------------------------- housing quality

describe('housing quality: not durable when at least 2 of the 3 main structures (walls, pillars/frame, roof) are not durable', () => {
  const dwelling = (walls?: boolean, frame?: boolean, roof?: boolean) => ({
    ...(walls === undefined ? {} : { wallsDurable: walls }),
    ...(frame === undefined ? {} : { frameDurable: frame }),
    ...(roof === undefined ? {} : { roofDurable: roof }),
  });
  const rows: { name: string; walls?: boolean; frame?: boolean; roof?: boolean; expected: 'deprived' | 'not-deprived' | 'unknown'; same?: string }[] = [
    { name: '0 of 3 non-durable', walls: true, frame: true, roof: true, expected: 'not-deprived', same: 'permanent' },
    { name: '1 of 3 non-durable (the roof)', walls: true, frame: true, roof: false, expected: 'not-deprived', same: 'semi-permanent' },
    { name: '2 of 3 non-durable (walls and roof)', walls: false, frame: true, roof: false, expected: 'deprived', same: 'less-permanent' },
    { name: '3 of 3 non-durable', walls: false, frame: false, roof: false, expected: 'deprived', same: 'simple' },
    { name: '2 non-durable known, the roof unknown: decided', walls: false, frame: false, expected: 'deprived' },
    { name: '2 durable known, the roof unknown: decided', walls: true, frame: true, expected: 'not-deprived' },
    { name: '1 non-durable and 1 durable known, the roof unknown', walls: false, frame: true, expected: 'unknown' },
    { name: 'only the walls known (non-durable)', walls: false, expected: 'unknown' },
    { name: 'nothing known', expected: 'unknown' },
  ];
  for (const ruleSet of ['vn-2022-2025', 'vn-2016-2020'] as const) {
    it.each(named(rows, (r) => `[rule:${ruleSet}/indicator/housing-quality] ${ruleSet}: ${r.name} → ${r.expected}`))('%s', (_name, r) => {
      const status = (facts: Record<string, unknown>) =>
        classify(withDwelling(facts), { ruleSet }).indicators.find((entry) => entry.id === 'housing-quality')!.status;
      expect(status(dwelling(r.walls, r.frame, r.roof))).toBe(r.expected);
      // The class that counts the same structures gives the same answer, alone and together with them.
      if (r.same !== undefined) {
        expect(status({ durability: r.same })).toBe(r.expected);
        expect(status({ durability: r.same, ...dwelling(r.walls, r.frame, r.roof) })).toBe(r.expected);
      }
    });
  }

  it('[rule:vn-2022-2025/indicator/housing-quality] the class decides when given; the structures are then only checked against it', () => {
    // Semi-permanent is exactly 2 durable: walls durable, frame not, roof unknown agrees (the roof would be durable).
    expect(classifyIndicator(withDwelling({ durability: 'semi-permanent', wallsDurable: true, frameDurable: false }), 'housing-quality').status).toBe(
      'not-deprived',
    );
    expect(classifyIndicator(withDwelling({ durability: 'simple', wallsDurable: false }), 'housing-quality').status).toBe('deprived');
  });

  it('[rule:vn-2022-2025/indicator/housing-quality] the explanation names the class or the structures', () => {
    const byStructures = classify(withDwelling({ wallsDurable: false, frameDurable: true, roofDurable: false }));
    expect(explainLine(byStructures, 'housing-quality', 'en')).toBe(
      'Housing quality — deprived: the dwelling is not durable (non-durable walls, durable pillars/frame, non-durable roof)',
    );
    expect(explainLine(classify(withDwelling({ durability: 'semi-permanent' })), 'housing-quality', 'vi')).toBe(
      'Chất lượng nhà ở — không thiếu hụt: nhà ở bền chắc (bán kiên cố)',
    );
  });
});

// ---------------------------------------------------------------- dependants

describe('dependants by default: children under 16, and elderly (60+) or disabled people receiving a monthly social allowance', () => {
  // One member: a dependant is 1 of 1 (more than 50%, deprived); not a dependant, 0 of 1.
  const rows: { name: string; member: Record<string, unknown>; expected: 'deprived' | 'not-deprived' | 'unknown' }[] = [
    { name: 'a child of 15', member: { age: 15 }, expected: 'deprived' },
    { name: 'a youth of 16, no allowance', member: { age: 16, monthlySocialAllowance: false }, expected: 'not-deprived' },
    { name: 'aged 60 with a monthly allowance', member: { age: 60, monthlySocialAllowance: true }, expected: 'deprived' },
    { name: 'aged 59 with a monthly allowance, no disability', member: { age: 59, monthlySocialAllowance: true, disability: false }, expected: 'not-deprived' },
    { name: 'aged 59 with a monthly allowance, disability not known', member: { age: 59, monthlySocialAllowance: true }, expected: 'unknown' },
    { name: 'aged 30, disabled, with a monthly allowance', member: { age: 30, disability: true, monthlySocialAllowance: true }, expected: 'deprived' },
    { name: 'aged 30, disabled, no allowance', member: { age: 30, disability: true, monthlySocialAllowance: false }, expected: 'not-deprived' },
    { name: 'aged 70, no allowance', member: { age: 70, monthlySocialAllowance: false }, expected: 'not-deprived' },
    { name: 'aged 40, stated a dependant (the answer wins)', member: { age: 40, dependant: true }, expected: 'deprived' },
    { name: 'a child of 5 stated not a dependant (the answer wins)', member: { age: 5, dependant: false }, expected: 'not-deprived' },
    {
      name: 'aged 80, disabled, with an allowance, stated not a dependant (the answer wins)',
      member: { age: 80, disability: true, monthlySocialAllowance: true, dependant: false },
      expected: 'not-deprived',
    },
  ];
  it.each(named(rows, (r) => `[rule:vn-2022-2025/indicator/dependants] ${r.name} → ${r.expected}`))('%s', (_name, r) => {
    expect(classifyIndicator(withMembers([r.member as never]), 'dependants').status).toBe(r.expected);
  });

  it('[rule:hcmc-2024/indicator/dependants] the city applies the same default', () => {
    const entry = classify(withMembers([{ age: 30, disability: true, monthlySocialAllowance: true }]), { ruleSet: 'hcmc-2024' }).indicators.find(
      (indicator) => indicator.id === 'dependants',
    )!;
    expect(entry.status).toBe('deprived');
  });
});

// ---------------------------------------------------------------- means of information

/** Every value of every fact of the field tables that takes values from a list: enums, lists, and booleans (true, false). */
const ENUMS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...Object.entries(MEMBER_FIELDS), ...Object.entries(DWELLING_FIELDS)].flatMap(([name, spec]) => {
    if (spec.fact !== true) return [];
    if (spec.type.kind === 'enum' || spec.type.kind === 'list') return [[name, spec.type.values]];
    return spec.type.kind === 'boolean' ? [[name, ['true', 'false']]] : [];
  }),
);

/** For one rule set: fact → values whose change can change some condition, and values listed as not counted. */
function valueUse(ruleSet: RuleSet): { matters: Map<string, Set<string>>; notCounted: Map<string, Set<string>>; read: Set<string> } {
  const matters = new Map<string, Set<string>>();
  const notCounted = new Map<string, Set<string>>();
  const read = new Set<string>();
  const add = (map: Map<string, Set<string>>, fact: string, values: readonly string[]) => {
    const set = map.get(fact) ?? new Set<string>();
    for (const value of values) set.add(value);
    map.set(fact, set);
  };
  const visit = (condition: MemberCondition | DwellingCondition): void => {
    const c = condition as Record<string, unknown>;
    for (const key of ['all', 'any', 'of'] as const) if (Array.isArray(c[key])) (c[key] as (MemberCondition | DwellingCondition)[]).forEach(visit);
    if (c.ifUnknown !== undefined) visit(c.ifUnknown as MemberCondition);
    if (c.workingAge === true) add(matters, 'sex', SEXES); // the retirement age differs by sex
    if (typeof c.fact !== 'string') return;
    const fact = c.fact;
    read.add(fact);
    const all = ENUMS[fact] ?? ['true', 'false'];
    if ('equals' in c) add(matters, fact, all.length > 1 ? all : []); // the value, against every other
    if (Array.isArray(c.in)) {
      const list = c.in as string[];
      if (list.length > 0 && list.length < all.length) add(matters, fact, all); // in the list, or not
    }
    if (Array.isArray(c.includesNoneOf)) {
      add(matters, fact, c.includesNoneOf as string[]); // a list fact: only the listed values count
      add(notCounted, fact, (c.notCounted as string[] | undefined) ?? []);
    }
  };
  for (const indicator of ruleSet.indicators) if ('where' in indicator.test) visit(indicator.test.where);
  return { matters, notCounted, read };
}

describe('no accepted input value is silently ignored', () => {
  it.each(named([...listRuleSets()], (r) => `${r.id}: every value of every enum fact it reads is counted by a rule or listed as not counted`))(
    '%s',
    (_name, ruleSet) => {
      const { matters, notCounted, read } = valueUse(ruleSet);
      for (const fact of read) {
        for (const value of ENUMS[fact] ?? ['true', 'false']) {
          const counted = matters.get(fact)?.has(value) === true;
          const listed = notCounted.get(fact)?.has(value) === true;
          expect(counted || listed, `${ruleSet.id}: ${fact} = ${value} is accepted but neither counted nor listed as not counted`).toBe(true);
          expect(counted && listed, `${ruleSet.id}: ${fact} = ${value} is both counted and listed as not counted`).toBe(false);
        }
      }
    },
  );

  it('across the built-in rule sets, every value of every fact (enums, lists, booleans of the field tables) is counted somewhere or listed as not counted', () => {
    expect(Object.keys(ENUMS)).toEqual(
      expect.arrayContaining([
        'sex',
        'educationLevel',
        'informationMeans',
        'durability',
        'disability',
        'certifiedOnTheJob',
        'wallsDurable',
        'frameDurable',
        'roofDurable',
      ]),
    );
    const uses = listRuleSets().map(valueUse);
    for (const [fact, values] of Object.entries(ENUMS)) {
      for (const value of values) {
        expect(
          uses.some((use) => use.matters.get(fact)?.has(value) === true || use.notCounted.get(fact)?.has(value) === true),
          `${fact} = ${value}`,
        ).toBe(true);
      }
    }
  });

  it.each(
    named(
      [
        { ruleSet: 'vn-2022-2025', value: 'feature-phone' },
        { ruleSet: 'vn-2016-2020', value: 'feature-phone' },
        { ruleSet: 'vn-2016-2020', value: 'smartphone' },
      ],
      (r) =>
        `[rule:${r.ruleSet}/indicator/information-access] ${r.ruleSet}: "${r.value}" is listed as not counted, and counts for nothing: same status as no means at all`,
    ),
  )('%s', (_name, r) => {
    for (const hearsLoudspeaker of [true, false, undefined]) {
      const dwelling = (means: string[]) =>
        withDwelling(hearsLoudspeaker === undefined ? { informationMeans: means } : { informationMeans: means, hearsLoudspeaker });
      const status = (means: string[]) =>
        classify(dwelling(means), { ruleSet: r.ruleSet }).indicators.find((entry) => entry.id === 'information-access')!.status;
      expect(status([r.value])).toBe(status([]));
    }
  });
});

describe('[rule:vn-2022-2025/indicator/information-access] means of information 2022–2025: television, radio, computer (a tablet is one), smartphone; and the loudspeaker', () => {
  const rows = [
    { means: ['television'], expected: 'not-deprived' },
    { means: ['radio'], expected: 'not-deprived' },
    { means: ['computer'], expected: 'not-deprived' },
    { means: ['tablet'], expected: 'not-deprived' },
    { means: ['smartphone'], expected: 'not-deprived' },
    { means: ['feature-phone'], expected: 'deprived' },
    { means: [], expected: 'deprived' },
    { means: ['feature-phone', 'tablet'], expected: 'not-deprived' },
  ] as const;
  it.each(named(rows, (r) => `[rule:vn-2022-2025/indicator/information-access] ${JSON.stringify(r.means)}, no loudspeaker → ${r.expected}`))(
    '%s',
    (_name, r) => {
      expect(classifyIndicator(withDwelling({ informationMeans: [...r.means], hearsLoudspeaker: false }), 'information-access').status).toBe(r.expected);
      // The loudspeaker alone suffices.
      expect(classifyIndicator(withDwelling({ informationMeans: [...r.means], hearsLoudspeaker: true }), 'information-access').status).toBe('not-deprived');
    },
  );
});

describe('[rule:vn-2016-2020/indicator/information-access] information assets 2016–2020: television, radio, computer (a tablet is one); and the loudspeaker', () => {
  const rows = [
    { means: ['television'], expected: 'not-deprived' },
    { means: ['radio'], expected: 'not-deprived' },
    { means: ['computer'], expected: 'not-deprived' },
    { means: ['tablet'], expected: 'not-deprived' },
    { means: ['smartphone'], expected: 'deprived' },
    { means: ['feature-phone'], expected: 'deprived' },
    { means: [], expected: 'deprived' },
  ] as const;
  it.each(named(rows, (r) => `[rule:vn-2016-2020/indicator/information-access] ${JSON.stringify(r.means)}, no loudspeaker → ${r.expected}`))(
    '%s',
    (_name, r) => {
      const entry = classify(withDwelling({ informationMeans: [...r.means], hearsLoudspeaker: false }), { ruleSet: 'vn-2016-2020' }).indicators.find(
        (indicator) => indicator.id === 'information-access',
      )!;
      expect(entry.status).toBe(r.expected);
    },
  );
});

// ---------------------------------------------------------------- sources and confidence

describe('every citation lists its sources, and its confidence follows from them', () => {
  it('confidenceFrom: A two independent sources stating it (copies of one story count once), B one or a related text, C leads only', () => {
    expect(confidenceFrom([states(LUATVIETNAM_DECREE_07), states(LAODONGTHUDO_DECREE_07)])).toBe('A');
    expect(confidenceFrom([states(VNA_DECREE_07), states(VNA_DECREE_30)])).toBe('B'); // both Vietnam News Agency: one origin
    expect(confidenceFrom([states(LAODONGTHUDO_DECREE_07)])).toBe('B');
    expect(confidenceFrom([related(DRAFT_2026_2030), lead(APPENDIX_NOTE_DECREE_07)])).toBe('B');
    expect(confidenceFrom([lead(APPENDIX_NOTE_DECREE_07)])).toBe('C');
    expect(confidenceFrom([])).toBe('C');
  });

  it.each(named([...listRuleSets()], (r) => `${r.id}: every citation and instrument lists sources; every mark agrees with them`))('%s', (_name, ruleSet) => {
    for (const { label, citation } of citationsOf(ruleSet)) {
      expect(citation.sources, label).toBeDefined();
      expect(citation.confidence, label).toBe(confidenceFrom(citation.sources!));
      for (const source of citation.sources!) {
        expect(source.publisher.length, label).toBeGreaterThan(3);
        if (source.address !== undefined) expect(source.address, label).not.toMatch(/^https?:/);
      }
    }
    for (const instrument of ruleSet.instruments) expect(instrument.sources?.length, instrument.id).toBeGreaterThan(0);
  });

  it('defineRuleSet refuses a mark that does not follow from the sources, and (for built-ins) a citation without sources', () => {
    const [line] = VN_2022_2025_DATA.incomeLines;
    const wrong = {
      ...VN_2022_2025_DATA,
      incomeLines: [{ ...line!, citation: { ...line!.citation, confidence: 'C' as const } }, ...VN_2022_2025_DATA.incomeLines.slice(1)],
    };
    expect(checkRuleSetData(wrong).join('\n')).toMatch(/incomeLine\/poverty: confidence C does not follow from its sources \(they give A/);
    const { sources: _dropped, ...bare } = line!.citation;
    const unsourced = { ...VN_2022_2025_DATA, incomeLines: [{ ...line!, citation: bare as Citation }, ...VN_2022_2025_DATA.incomeLines.slice(1)] };
    expect(checkRuleSetData(unsourced)).toEqual([]);
    expect(checkRuleSetData(unsourced, undefined, { requireSources: true })).toEqual(['incomeLine/poverty: the citation lists no sources']);
    const badReading = {
      ...VN_2022_2025_DATA,
      incomeLines: [{ ...line!, citation: { ...line!.citation, reading: ['item' as const] } }, ...VN_2022_2025_DATA.incomeLines.slice(1)],
    };
    expect(checkRuleSetData(badReading)).toEqual(['incomeLine/poverty: reading mark on item, which the citation does not give']);
  });

  it('[rule:vn-2022-2025/indicator/health-insurance] [rule:vn-2022-2025/indicator/nutrition] [rule:vn-2022-2025/indicator/employment] [rule:vn-2022-2025/indicator/dependants] marks as in the reference: B where a draft or the city text supports the wording, C for leads only', () => {
    const marks = Object.fromEntries(v2022.indicators.map((indicator) => [indicator.id, indicator.citation.confidence]));
    expect(marks).toEqual({
      employment: 'B',
      dependants: 'B',
      nutrition: 'B',
      'health-insurance': 'B',
      'adult-education': 'C',
      'school-attendance': 'C',
      'housing-quality': 'C',
      'housing-area': 'C',
      water: 'C',
      sanitation: 'C',
      telecom: 'C',
      'information-access': 'C',
    });
  });
});

describe('citations claim no more than the text', () => {
  it('[rule:vn-2022-2025/categoryRule/3-above-average] [rule:vn-2016-2020/categoryRule/4-above-average] [rule:vn-2027-2030/categoryRule/2-above-average] [rule:hcmc-2024/categoryRule/3-above-average] "none of these" is derived (the complement), in every rule set', () => {
    for (const ruleSet of listRuleSets()) {
      const rule = ruleSet.categoryRules.find((candidate) => candidate.category === 'above-average')!;
      expect(rule.citation.derived?.en, ruleSet.id).toMatch(/complement/);
      expect(rule.citation.point, ruleSet.id).toBeUndefined();
      for (const other of ruleSet.categoryRules.filter((candidate) => candidate.category !== 'above-average'))
        expect(other.citation.derived, `${ruleSet.id} ${other.category}`).toBeUndefined();
    }
  });

  it('[rule:vn-2022-2025/categoryRule/2-average] [rule:vn-2022-2025/incomeLine/average-ceiling] the average band is stated in amounts, not as "1.5 times the line"', () => {
    const average = v2022.categoryRules.find((rule) => rule.category === 'average')!.citation;
    expect(average.paraphrase.en).toContain('above VND 1,500,000 up to 2,250,000 (rural), above 2,000,000 up to 3,000,000 (urban)');
    expect(average.paraphrase.vi).toContain('trên 1.500.000 đồng đến 2.250.000 đồng (nông thôn)');
    for (const ruleSet of listRuleSets())
      for (const { citation } of citationsOf(ruleSet)) expect(`${citation.paraphrase.en} ${citation.paraphrase.vi}`).not.toMatch(/1[.,]5 (times|lần)/);
  });

  it('[rule:vn-2022-2025/categoryRule/0-poor] [rule:vn-2022-2025/categoryRule/1-near-poor] [rule:vn-2022-2025/deprivationCut/cut] point letters of Art. 3 cl. 2 and Appendix item numbers are marked as the project’s reading', () => {
    for (const { label, citation } of citationsOf(v2022)) {
      if (citation.instrument.id !== 'decree-07-2021') continue;
      if (citation.clause === '2' && citation.point !== undefined) expect(citation.reading, label).toEqual(['point']);
      else if (citation.item !== undefined) expect(citation.reading, label).toEqual(['item']);
      else expect(citation.reading, label).toBeUndefined();
    }
  });

  it('[rule:vn-2016-2020/effective/1] Decree 07/2021 Art. 2 cl. 1 keeps Decision 59/2015 for 2021', () => {
    expect(v2016.effective.citations![1]).toMatchObject({ instrument: { id: 'decree-07-2021' }, article: '2', clause: '1', confidence: 'A' });
  });
});

// ---------------------------------------------------------------- 2027–2030

describe('[rule:vn-2027-2030/indicator/telecom] 2027–2030: the information indicator is telecom services, redefined around digital services', () => {
  it('id telecom in the information dimension, no digital-services id, answer only', () => {
    const v2027 = getRuleSet('vn-2027-2030');
    const telecom = v2027.indicators.find((indicator) => indicator.id === 'telecom')!;
    expect(telecom).toMatchObject({ dimension: 'information', test: { kind: 'answer-only' } });
    expect(v2027.indicators.map((indicator) => indicator.id)).not.toContain('digital-services');
    expect(telecom.citation.paraphrase.en).toMatch(/telecom services, redefined around .*digital services/);
    expect(telecom.citation.note?.en).toMatch(/keeps the id `telecom`/);
  });
});

// ---------------------------------------------------------------- Ho Chi Minh City

describe('hcmc-2024: Ho Chi Minh City from 1 Oct 2024, a local rule set', () => {
  const hcmc = getRuleSet('hcmc-2024');

  it('[rule:hcmc-2024/incomeLine/poverty] [rule:hcmc-2024/incomeLine/average-ceiling] [rule:hcmc-2024/deprivationCut/cut] 46,000,000 and 69,000,000 per person per year, both areas; cut 3 of 13; confidence B from one report', () => {
    expect(hcmc.status).toBe('local');
    expect(hcmc.incomePeriod).toBe('year');
    expect(hcmc.incomeLines.map((line) => [line.id, line.amounts.rural, line.amounts.urban, line.citation.confidence])).toEqual([
      ['poverty', '46000000', '46000000', 'B'],
      ['average-ceiling', '69000000', '69000000', 'B'],
    ]);
    expect(hcmc.deprivationCut.atLeast).toBe(3);
    expect(hcmc.indicators).toHaveLength(13);
    expect(hcmc.effective).toMatchObject({ from: '2024-10-01', to: '2025-12-31' });
  });

  it('[rule:hcmc-2024/indicator/social-insurance] [rule:hcmc-2024/dimension/employment] the national 12 unchanged, plus social insurance (answer only) in the employment dimension', () => {
    const national = new Map(v2022.indicators.map((indicator) => [indicator.id, indicator]));
    for (const indicator of hcmc.indicators) {
      if (indicator.id === 'social-insurance') continue;
      expect(indicator).toEqual(national.get(indicator.id));
    }
    const social = hcmc.indicators.find((indicator) => indicator.id === 'social-insurance')!;
    expect(social).toMatchObject({
      dimension: 'employment',
      test: { kind: 'answer-only' },
      citation: { confidence: 'B', instrument: { id: 'hcmc-resolution-15-2024' } },
    });
    expect(hcmc.dimensions).toEqual(v2022.dimensions);
  });

  it('[rule:hcmc-2024/categoryRule/0-poor] [rule:hcmc-2024/categoryRule/2-average] the same household: above every national line, poor in the city', () => {
    // 170,000,000 a year for 4 members: 42,500,000 per person (3,541,667 a month).
    const household = {
      area: 'urban',
      size: 4,
      income: { householdAnnual: '170000000' },
      deprivations: { 'social-insurance': true, 'health-insurance': true, water: true },
    };
    expect(classify(household, { ruleSet: 'hcmc-2024', date: '2025-03-01' }).category).toBe('poor');
    const { 'social-insurance': _city, ...answers } = household.deprivations;
    expect(classify({ ...household, deprivations: answers }, { date: '2025-03-01' }).category).toBe('above-average');
  });
});
