/**
 * The indicator test kinds (`any-member`, `no-member`, `member-share-above`,
 * `per-member-below`, `dwelling`, `answer-only`), each compiled once per indicator to a function
 * from a validated household to a status and the evidence it rests on. Where a rule set's
 * thresholds live: `src/rules/<id>/data.ts`; this file only knows the kinds.
 *
 * @internal
 * @module
 */
import { divideForDisplay, lt, Money, plain } from '../money.js';
import type { ParsedHousehold, ParsedMember } from '../input/schema.js';
import type { DwellingCondition, DwellingFact, Indicator } from '../rules/types.js';
import { compileDwellingCondition, compileMemberCondition, F, T, U, type AgeContext, type MemberTest, type Truth } from './conditions.js';
import type { IndicatorEvidence, IndicatorResult, IndicatorStatus, MemberRef } from './result.js';

/** The outcome of one indicator test. */
export interface TestOutcome {
  readonly status: Truth;
  readonly evidence: IndicatorEvidence;
  /** For an outcome shared by many households: its result entry, built once (frozen). */
  readonly entry?: IndicatorResult;
}

const NONE: TestOutcome = Object.freeze({ status: U, evidence: Object.freeze({ basis: 'none' }) as IndicatorEvidence });

/** Shared references for members without an id (most members): `{ index }` is never rebuilt. */
const INDEX_REFS: readonly MemberRef[] = Object.freeze(Array.from({ length: 256 }, (_, index) => Object.freeze({ index })));
const NO_MEMBERS: readonly MemberRef[] = Object.freeze([]);

function ref(member: ParsedMember, index: number): MemberRef {
  return member.id === undefined ? (INDEX_REFS[index] ?? { index }) : { index, id: member.id };
}

/** Results of {@link scanMembers} (module scratch: no object per scan). */
let scanFound: readonly MemberRef[] = [];
let scanUnknown: readonly MemberRef[] = [];

/**
 * Members for whom a condition holds, and those for whom it is unknown, into `scanFound` and
 * `scanUnknown` (the shared empty array when there are none).
 */
function scanMembers(members: readonly ParsedMember[], where: MemberTest, ctx: AgeContext): void {
  let found: MemberRef[] | undefined;
  let unknown: MemberRef[] | undefined;
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    const value = where(member, ctx);
    if (value === T) (found ??= []).push(ref(member, i));
    else if (value === U) (unknown ??= []).push(ref(member, i));
  }
  scanFound = found ?? NO_MEMBERS;
  scanUnknown = unknown ?? NO_MEMBERS;
}

const STATUS_NAME: readonly IndicatorStatus[] = ['not-deprived', 'deprived', 'unknown'];

/** An outcome shared by every household it applies to, with its result entry (all frozen). */
function sharedOutcome(indicator: Indicator, status: Truth, evidence: IndicatorEvidence): TestOutcome {
  const frozen = Object.freeze(evidence);
  const entry: IndicatorResult = Object.freeze({ id: indicator.id, dimension: indicator.dimension, status: STATUS_NAME[status]!, source: 'derived', evidence: frozen, citation: indicator.citation });
  return Object.freeze({ status, evidence: frozen, entry });
}

/** Divides for display: exact when it terminates within 20 decimals, else rounded to 4. */
function displayRatio(numerator: Money, denominator: number): { value: string; exact: boolean } {
  return divideForDisplay(plain(numerator), denominator);
}

/** Member shares `count / n` for display, computed once per (count, n) pair (n ≤ 256). */
const SHARES: ((Readonly<{ value: string; exact: boolean }> | undefined)[] | undefined)[] = new Array<undefined>(257).fill(undefined);

function shareFor(count: number, n: number): Readonly<{ value: string; exact: boolean }> {
  if (n > 256) return divideForDisplay(String(count), n);
  let row = SHARES[n];
  if (row === undefined) {
    row = new Array<undefined>(n + 1).fill(undefined);
    SHARES[n] = row;
  }
  let share = row[count];
  if (share === undefined) {
    share = Object.freeze(divideForDisplay(String(count), n));
    row[count] = share;
  }
  return share;
}

/** A compiled indicator test: household in, status and evidence out. */
export type CompiledTest = (household: ParsedHousehold, size: number, ctx: AgeContext) => TestOutcome;

/** Compiles an indicator's test to a function. */
export function compileIndicatorTest(indicator: Indicator): CompiledTest {
  const test = indicator.test;
  switch (test.kind) {
    case 'answer-only': {
      const outcome = sharedOutcome(indicator, U, { basis: 'answer-required', reason: test.reason });
      return () => outcome;
    }
    case 'any-member':
    case 'no-member': {
      const where = compileMemberCondition(test.where);
      const deprivedWhenFound = test.kind === 'any-member';
      // No member meets the condition and none is unknown: the most common outcome, shared.
      const noneFound = sharedOutcome(indicator, deprivedWhenFound ? F : T, { basis: 'members', members: NO_MEMBERS, unknownMembers: NO_MEMBERS });
      return (household, _size, ctx) => {
        const members = household.members;
        if (members === undefined) return NONE;
        scanMembers(members, where, ctx);
        const found = scanFound;
        const unknown = scanUnknown;
        let status: Truth;
        if (found.length > 0) status = deprivedWhenFound ? T : F;
        else if (unknown.length > 0) status = U;
        else return noneFound;
        return { status, evidence: { basis: 'members', members: found, unknownMembers: unknown } };
      };
    }
    case 'member-share-above': {
      const where = compileMemberCondition(test.where);
      const [whole = '0', fraction = ''] = test.share.split('.');
      const denominator = 10 ** fraction.length;
      const numerator = Number(whole) * denominator + Number(fraction || '0');
      const threshold = test.share;
      return (household, _size, ctx) => {
        const members = household.members;
        if (members === undefined) return NONE;
        scanMembers(members, where, ctx);
        const found = scanFound;
        const unknown = scanUnknown;
        const n = members.length;
        // count / n > numerator / denominator  ⇔  count × denominator > numerator × n (integers)
        let status: Truth;
        if (found.length * denominator > numerator * n) status = T;
        else if ((found.length + unknown.length) * denominator <= numerator * n) status = F;
        else status = U;
        const share = shareFor(found.length, n);
        return {
          status,
          evidence: { basis: 'members', members: found, unknownMembers: unknown, count: found.length, size: n, value: share.value, valueExact: share.exact, threshold },
        };
      };
    }
    case 'per-member-below': {
      const floor = new Money(test.floor);
      const floorTimes: Money[] = [];
      const fact = test.fact;
      const threshold = test.floor;
      return (household, size) => {
        const dwelling = household.dwelling;
        const area = dwelling?.[fact];
        if (dwelling === undefined || area === undefined || area === null) {
          return dwelling === undefined ? NONE : { status: U, evidence: { basis: 'dwelling', facts: { [fact]: null }, size, threshold } };
        }
        // area / size < floor  ⇔  area < floor × size (exact)
        const bound = (floorTimes[size] ??= floor.times(size));
        const status: Truth = lt(area, bound) ? T : F;
        const perMember = displayRatio(area, size);
        return {
          status,
          evidence: { basis: 'dwelling', facts: { [fact]: plain(area) }, size, value: perMember.value, valueExact: perMember.exact, threshold },
        };
      };
    }
    case 'dwelling': {
      const where = compileDwellingCondition(test.where);
      const facts = dwellingFacts(test.where);
      if (facts.length === 1) {
        // One fact: one shared outcome per value of it (true, false, a class; null when unknown).
        const fact = facts[0]!;
        const byValue = new Map<unknown, TestOutcome>();
        return (household) => {
          const dwelling = household.dwelling;
          if (dwelling === undefined) return NONE;
          const value = dwelling[fact] ?? null;
          if (value !== null && typeof value === 'object') return { status: where(dwelling), evidence: { basis: 'dwelling', facts: { [fact]: value } } };
          let outcome = byValue.get(value);
          if (outcome === undefined) {
            outcome = sharedOutcome(indicator, where(dwelling), { basis: 'dwelling', facts: Object.freeze({ [fact]: value }) });
            if (byValue.size < 64) byValue.set(value, outcome);
          }
          return outcome;
        };
      }
      return (household) => {
        const dwelling = household.dwelling;
        if (dwelling === undefined) return NONE;
        const consulted: Record<string, unknown> = {};
        for (const fact of facts) consulted[fact] = dwelling[fact] ?? null;
        return { status: where(dwelling), evidence: { basis: 'dwelling', facts: consulted } };
      };
    }
  }
}

function dwellingFacts(condition: DwellingCondition): DwellingFact[] {
  if ('all' in condition) return condition.all.flatMap(dwellingFacts);
  if ('any' in condition) return condition.any.flatMap(dwellingFacts);
  return [condition.fact];
}
