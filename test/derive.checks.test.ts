/**
 * deriveRuleSet refuses what a local standard cannot mean or cannot afford: condition values a
 * household can never have (checked against the household schema's own domains), conditions
 * deeper or larger than the documented limits (counted as a tree), over-long amounts, a base that
 * is not a rule set, a patch that cannot be read. Every refusal is a ValidationError with a path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, deriveRuleSet, getRuleSet, LIMITS, ValidationError } from '../src/index.js';
import type { AddedIndicator, MemberCondition, RuleSetPatch } from '../src/index.js';
import { DWELLING_FACTS, MEMBER_FACTS } from '../src/tools/rule-data.js';
import { dwellingSchema, memberSchema } from '../src/input/schema.js';
import { expectIssue, issueCodes, LOCAL_CITATION, LOCAL_INSTRUMENT, validationIssues } from './helpers/households.js';

const base = getRuleSet('vn-2022-2025');
const MESSAGES: AddedIndicator['messages'] = {
  vi: { name: 'Chỉ số thử', deprived: 'thiếu hụt', 'not-deprived': 'không thiếu hụt', unknown: 'chưa rõ' },
  en: { name: 'Test indicator', deprived: 'deprived', 'not-deprived': 'not deprived', unknown: 'unknown' },
};

function patchWith(test: AddedIndicator['test'], extra: Partial<RuleSetPatch> = {}): RuleSetPatch {
  return {
    id: 'checks-test',
    title: { vi: 'Thử', en: 'Test' },
    instrument: LOCAL_INSTRUMENT,
    citation: LOCAL_CITATION,
    addIndicators: [{ id: 'extra', dimension: 'employment', test, messages: MESSAGES }],
    ...extra,
  };
}

const anyMember = (where: unknown) => ({ kind: 'any-member', where }) as AddedIndicator['test'];

describe('condition values must be values the fact can have (domains from the household schema)', () => {
  it("equals: 'unemployd' is refused at its path, instead of silently never matching", () => {
    const where = {
      any: [
        { fact: 'employment', equals: 'unemployd' },
        { fact: 'healthInsurance', equals: false },
      ],
    };
    const issues = validationIssues(() => deriveRuleSet(base, patchWith(anyMember(where))));
    expect(issues).toEqual([expect.objectContaining({ path: ['addIndicators', 0, 'test', 'where', 'any', 0, 'equals'], code: 'invalid_value' })]);
    expect(issues[0]!.message).toContain('"unemployed"');
    // The correct spelling is accepted and matches.
    const ok = deriveRuleSet(base, patchWith(anyMember({ fact: 'employment', equals: 'unemployed' })));
    const result = classify({ area: 'rural', members: [{ age: 40, employment: 'unemployed' }], income: { perCapitaMonthly: 1 } }, { ruleSet: ok });
    expect(result.indicators.at(-1)).toMatchObject({ id: 'extra', status: 'deprived' });
  });

  it('each value of an in list, a boolean fact compared with a string, and an unknown fact are refused', () => {
    expect(issueCodes(() => deriveRuleSet(base, patchWith(anyMember({ fact: 'educationLevel', in: ['primary', 'secondary'] }))))).toEqual([
      { path: ['addIndicators', 0, 'test', 'where', 'in', 1], code: 'invalid_value' },
    ]);
    expectIssue(
      () => deriveRuleSet(base, patchWith(anyMember({ fact: 'healthInsurance', equals: 'no' }))),
      ['addIndicators', 0, 'test', 'where', 'equals'],
      'invalid_value',
    );
    expectIssue(
      () => deriveRuleSet(base, patchWith(anyMember({ all: [{ age: { min: 6 } }, { fact: 'insured', equals: true }] }))),
      ['addIndicators', 0, 'test', 'where', 'all', 1, 'fact'],
      'invalid_value',
    );
    expectIssue(
      () => deriveRuleSet(base, patchWith(anyMember({ fact: 'employment', equals: 'unemployed', in: ['unemployed'] }))),
      ['addIndicators', 0, 'test', 'where'],
      'invalid_condition',
    );
  });

  it('dwelling lists: includesNoneOf only on a list fact, with items it can hold; equals never on a list', () => {
    const dwelling = (where: unknown) => ({ kind: 'dwelling', where }) as AddedIndicator['test'];
    expect(issueCodes(() => deriveRuleSet(base, patchWith(dwelling({ fact: 'informationMeans', includesNoneOf: ['radio', 'tv'] }))))).toEqual([
      { path: ['addIndicators', 0, 'test', 'where', 'includesNoneOf', 1], code: 'invalid_value' },
    ]);
    expectIssue(
      () => deriveRuleSet(base, patchWith(dwelling({ fact: 'safeWater', includesNoneOf: ['radio'] }))),
      ['addIndicators', 0, 'test', 'where', 'includesNoneOf'],
      'invalid_value',
    );
    expectIssue(
      () => deriveRuleSet(base, patchWith(dwelling({ fact: 'informationMeans', equals: 'radio' }))),
      ['addIndicators', 0, 'test', 'where', 'equals'],
      'invalid_value',
    );
    expectIssue(
      () => deriveRuleSet(base, patchWith(dwelling({ fact: 'durability', in: ['permanent', 'concrete'] }))),
      ['addIndicators', 0, 'test', 'where', 'in', 1],
      'invalid_value',
    );
  });

  it('notCounted names items the list can hold, and none that the rule counts; a fallback (ifUnknown) is checked like the condition', () => {
    const dwelling = (where: unknown) => ({ kind: 'dwelling', where }) as AddedIndicator['test'];
    const means = { fact: 'informationMeans', includesNoneOf: ['television', 'radio'] };
    expect(validationIssues(() => deriveRuleSet(base, patchWith(dwelling({ ...means, notCounted: ['smartphone', 'phone'] }))))).toEqual([
      { path: ['addIndicators', 0, 'test', 'where', 'notCounted', 1], code: 'invalid_value', message: '"phone" is not an item informationMeans can hold' },
    ]);
    expect(validationIssues(() => deriveRuleSet(base, patchWith(dwelling({ ...means, notCounted: ['radio'] }))))[0]!.message).toContain(
      'radio is both counted and listed as not counted',
    );
    // Accepted: a smartphone alone is not a means of information this rule counts.
    const ok = deriveRuleSet(base, patchWith(dwelling({ ...means, notCounted: ['smartphone'] })));
    const extra = (informationMeans: string[]) =>
      classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 }, dwelling: { informationMeans } }, { ruleSet: ok }).indicators.at(-1)!.status;
    expect([extra(['smartphone']), extra(['radio'])]).toEqual(['deprived', 'not-deprived']);
    expect(
      validationIssues(() =>
        deriveRuleSet(base, patchWith(dwelling({ fact: 'durability', in: ['simple'], ifUnknown: { fact: 'wallsDurable', equals: 'no' } }))),
      ),
    ).toEqual([
      {
        path: ['addIndicators', 0, 'test', 'where', 'ifUnknown', 'equals'],
        code: 'invalid_value',
        message: '"no" is not a value wallsDurable can have; wallsDurable is one of true, false',
      },
    ]);
  });

  it('an empty condition names the forms a condition can take', () => {
    expect(validationIssues(() => deriveRuleSet(base, patchWith(anyMember({}))))).toEqual([
      {
        path: ['addIndicators', 0, 'test', 'where'],
        code: 'invalid_condition',
        message: 'a member condition is one of: { age }, { workingAge }, { bornFrom }, { fact, equals }, { fact, in }, { all }, { any }, { atLeast, of }',
      },
    ]);
  });

  it('the facts are the household schema fields (not a list written by hand): every member and dwelling field but ids, ages, years and amounts', () => {
    expect([...MEMBER_FACTS.keys()].sort()).toEqual(
      Object.keys(memberSchema.shape)
        .filter((key) => !['id', 'age', 'ageMonths', 'birthYear'].includes(key))
        .sort(),
    );
    expect([...DWELLING_FACTS.keys()].sort()).toEqual(
      Object.keys(dwellingSchema.shape)
        .filter((key) => key !== 'floorArea')
        .sort(),
    );
    expect(MEMBER_FACTS.get('employment')!.values).toEqual(['wage-worker', 'self-employed', 'unemployed', 'not-in-labour-force']);
    expect(MEMBER_FACTS.get('usesInternet')!.values).toEqual([true, false]);
    expect(DWELLING_FACTS.get('informationMeans')).toEqual({ values: [], items: ['television', 'radio', 'computer', 'smartphone', 'tablet', 'feature-phone'] });
  });

  it('property: every (member fact, value) the domain allows derives "deprived" for a member with that value, "not deprived" for one with another', () => {
    const pairs = [...MEMBER_FACTS].flatMap(([fact, domain]) =>
      domain.values.map((value) => [fact, value, domain.values.find((other) => other !== value)!] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), ([fact, value, other]) => {
        const local = deriveRuleSet(base, patchWith(anyMember({ fact, equals: value } as MemberCondition)));
        const status = (v: unknown) =>
          classify({ area: 'rural', members: [{ age: 30, [fact]: v }], income: { perCapitaMonthly: 1 } }, { ruleSet: local }).indicators.at(-1)!.status;
        expect(status(value)).toBe('deprived');
        expect(status(other)).toBe('not-deprived');
      }),
      { numRuns: 60 },
    );
  });
});

/** `{ any: [c, c] }` nested `levels` deep around one leaf: the same object reused at every level. */
function reused(levels: number): MemberCondition {
  let condition: MemberCondition = { fact: 'healthInsurance', equals: false };
  for (let i = 0; i < levels; i++) condition = { any: [condition, condition] };
  return condition;
}

/** `levels` of single-element nesting around one leaf (`levels + 1` levels in all). */
function nested(levels: number): MemberCondition {
  let condition: MemberCondition = { fact: 'healthInsurance', equals: false };
  for (let i = 0; i < levels; i++) condition = { all: [condition] };
  return condition;
}

describe('bounds on conditions (issue 15): depth and size, counted as a tree', () => {
  it('a reused object nested 18 deep (262,143 nodes as a tree) is refused at once, with the path', () => {
    const issues = validationIssues(() => deriveRuleSet(base, patchWith(anyMember(reused(18)))));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('too_big');
    expect(issues[0]!.path.slice(0, 4)).toEqual(['addIndicators', 0, 'test', 'where']);
  });

  it(`depth: ${LIMITS.conditionDepth} levels are accepted, ${LIMITS.conditionDepth + 1} refused at the level past the bound`, () => {
    expect(LIMITS.conditionDepth).toBe(8);
    expect(deriveRuleSet(base, patchWith(anyMember(nested(7)))).indicators.at(-1)!.id).toBe('extra');
    const issues = issueCodes(() => deriveRuleSet(base, patchWith(anyMember(nested(8)))));
    expect(issues).toEqual([{ path: ['addIndicators', 0, 'test', 'where', ...Array.from({ length: 8 }, () => ['all', 0]).flat()], code: 'too_big' }]);
  });

  it(`size: ${LIMITS.conditionNodes} nodes are accepted, ${LIMITS.conditionNodes + 1} refused; a reused leaf counts every time`, () => {
    expect(LIMITS.conditionNodes).toBe(64);
    const leaf = { fact: 'healthInsurance', equals: false } as const;
    // One `any` node + 63 leaves = 64 nodes (all the same object).
    expect(deriveRuleSet(base, patchWith(anyMember({ any: Array.from({ length: 63 }, () => leaf) }))).indicators).toHaveLength(13);
    expect(issueCodes(() => deriveRuleSet(base, patchWith(anyMember({ any: Array.from({ length: 64 }, () => leaf) }))))).toEqual([
      { path: ['addIndicators', 0, 'test', 'where'], code: 'too_big' },
    ]);
    // 2^5 − 1 + 2^5 = 63 nodes as a tree: accepted; one more level (127) refused.
    expect(deriveRuleSet(base, patchWith(anyMember(reused(5)))).indicators).toHaveLength(13);
    expect(issueCodes(() => deriveRuleSet(base, patchWith(anyMember(reused(6))))).map((issue) => issue.code)).toEqual(['too_big']);
  });

  it(`a list of ${LIMITS.conditionNodes + 1} conditions is refused at the list, before its entries are read`, () => {
    const read: number[] = [];
    const entries = Array.from({ length: LIMITS.conditionNodes + 1 }, (_, i) => ({
      get fact() {
        read.push(i);
        return 'healthInsurance';
      },
      equals: false,
    }));
    expect(validationIssues(() => deriveRuleSet(base, patchWith(anyMember({ any: entries }))))).toEqual([
      { path: ['addIndicators', 0, 'test', 'where', 'any'], code: 'too_big', message: `a test may have at most ${LIMITS.conditionNodes} conditions` },
    ]);
    expect(read).toEqual([]);
  });

  it(`fallbacks count as levels: ${LIMITS.conditionDepth} nested ifUnknown refused at the level past the bound`, () => {
    let where: object = { fact: 'wallsDurable', equals: false };
    for (let level = 0; level < LIMITS.conditionDepth; level++) where = { fact: 'durability', in: ['simple'], ifUnknown: where };
    expect(validationIssues(() => deriveRuleSet(base, patchWith({ kind: 'dwelling', where } as AddedIndicator['test'])))).toEqual([
      {
        path: ['addIndicators', 0, 'test', 'where', ...Array.from({ length: LIMITS.conditionDepth }, () => 'ifUnknown')],
        code: 'too_big',
        message: `conditions may be nested at most ${LIMITS.conditionDepth} levels deep`,
      },
    ]);
  });

  it(`value lists: ${LIMITS.conditionValues} values accepted, ${LIMITS.conditionValues + 1} refused`, () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => ['none', 'primary'][i % 2]!);
    expect(deriveRuleSet(base, patchWith(anyMember({ fact: 'educationLevel', in: values(32) }))).indicators).toHaveLength(13);
    expect(issueCodes(() => deriveRuleSet(base, patchWith(anyMember({ fact: 'educationLevel', in: values(33) }))))).toEqual([
      { path: ['addIndicators', 0, 'test', 'where', 'in'], code: 'too_big' },
    ]);
  });
});

describe('bounds on amounts and lists (issue 15)', () => {
  const lines = (rural: string, ceiling: string): Partial<RuleSetPatch> => ({
    addIndicators: [],
    incomeLines: [
      { id: 'poverty', amounts: { rural, urban: rural } },
      { id: 'average-ceiling', amounts: { rural: ceiling, urban: ceiling } },
    ],
  });

  it('an income-line amount of 40 characters is accepted, 41 refused, 1,000,000 digits refused', () => {
    const forty = `1${'0'.repeat(39)}`;
    const fortyCeiling = `2${'0'.repeat(39)}`;
    expect(forty).toHaveLength(LIMITS.amountLength);
    expect(deriveRuleSet(base, patchWith(anyMember({ age: { min: 0 } }), lines(forty, fortyCeiling))).incomeLines[0]!.amounts.rural).toBe(forty);
    expectIssue(
      () => deriveRuleSet(base, patchWith(anyMember({ age: { min: 0 } }), lines(`${forty}0`, `${fortyCeiling}0`))),
      ['incomeLines', 0, 'amounts', 'rural'],
      'too_big',
    );
    expectIssue(
      () => deriveRuleSet(base, patchWith(anyMember({ age: { min: 0 } }), lines(`1${'0'.repeat(999_999)}`, '2'))),
      ['incomeLines', 0, 'amounts', 'rural'],
      'too_big',
    );
  });

  it('a share or floor longer than 40 characters is refused', () => {
    expectIssue(
      () => deriveRuleSet(base, patchWith({ kind: 'per-member-below', fact: 'floorArea', floor: `8.${'0'.repeat(40)}` })),
      ['addIndicators', 0, 'test', 'floor'],
      'too_big',
    );
  });

  it('more added indicators than the limit are refused before any is read', () => {
    const many = Array.from({ length: LIMITS.addIndicators + 1 }, (_, i) => ({
      id: `x${i}`,
      dimension: 'employment',
      test: anyMember({ age: { min: 0 } }),
      messages: MESSAGES,
    }));
    expect(issueCodes(() => deriveRuleSet(base, { ...patchWith(anyMember({ age: { min: 0 } })), addIndicators: many }))).toEqual([
      { path: ['addIndicators'], code: 'too_big' },
    ]);
  });
});

describe('base and patch: only ValidationError (issue 15)', () => {
  it('the base may be given by id', () => {
    const byId = deriveRuleSet('vn-2022-2025', patchWith(anyMember({ age: { min: 0 } })));
    expect(byId.fingerprint).toBe(deriveRuleSet(base, patchWith(anyMember({ age: { min: 0 } }))).fingerprint);
    expect(byId.derivedFrom?.id).toBe('vn-2022-2025');
  });

  it('a frozen look-alike of a rule set, an unknown id, null: unknown_rule_set at base', () => {
    const lookAlike = Object.freeze({ ...base });
    for (const bad of [lookAlike, 'vn-2099', null, undefined, 42]) {
      expect(issueCodes(() => deriveRuleSet(bad as never, patchWith(anyMember({ age: { min: 0 } }))))).toEqual([{ path: ['base'], code: 'unknown_rule_set' }]);
    }
  });

  it('a patch whose getter throws, or whose getter changes between reads, is read once or refused', () => {
    const throwing = { ...patchWith(anyMember({ age: { min: 0 } })) } as Record<string, unknown>;
    Object.defineProperty(throwing, 'addIndicators', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(issueCodes(() => deriveRuleSet(base, throwing as never)).map((issue) => issue.code)).toEqual(['unreadable_input']);
    // A getter that answers a small tree first and a huge one after: the bounds still hold.
    let reads = 0;
    const shifty = { ...patchWith(anyMember({ age: { min: 0 } })) } as Record<string, unknown>;
    const small = [{ id: 'extra', dimension: 'employment', test: anyMember({ age: { min: 0 } }), messages: MESSAGES }];
    const huge = [{ id: 'extra', dimension: 'employment', test: anyMember(reused(30)), messages: MESSAGES }];
    Object.defineProperty(shifty, 'addIndicators', { enumerable: true, get: () => (reads++ === 0 ? small : huge) });
    expect(issueCodes(() => deriveRuleSet(base, shifty as never)).map((issue) => issue.code)).toEqual(['too_big']);
  });

  it('never throws anything but ValidationError for arbitrary patches', () => {
    fc.assert(
      fc.property(fc.anything(), (patch) => {
        try {
          deriveRuleSet(base, patch as never);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
