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
import type { DwellingCondition, DwellingFact, Indicator, MemberCondition } from '../rules/types.js';
import { compileDwellingCondition, compileMemberTest, F, T, U, type AgeContext, type MemberTest, type Truth } from './conditions.js';
import type { AgePrecision, IndicatorEvidence, IndicatorResult, IndicatorStatus, MemberRef, UnknownForAge } from './result.js';

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

/**
 * Which kinds of age a member condition reads, as bits: completed years ({@link YEARS}), working
 * age in months ({@link WORKING}, which reads the years too), a birth cohort ({@link COHORT}).
 */
type AgeReads = number;
const YEARS = 1;
const WORKING = 2;
const COHORT = 4;

function ageReads(condition: MemberCondition): AgeReads {
  const merge = (parts: readonly MemberCondition[]): AgeReads => parts.reduce((reads, part) => reads | ageReads(part), 0);
  if ('all' in condition) return merge(condition.all);
  if ('any' in condition) return merge(condition.any);
  if ('atLeast' in condition) return merge(condition.of);
  if ('age' in condition) return YEARS;
  if ('workingAge' in condition) return YEARS | WORKING;
  if ('bornFrom' in condition) return COHORT;
  return 'ifUnknown' in condition && condition.ifUnknown !== undefined ? ageReads(condition.ifUnknown) : 0;
}

const known = (value: unknown): boolean => value !== undefined && value !== null;
const MONTHS: readonly number[] = Array.from({ length: 12 }, (_, month) => month);

/** The pieces of age precision a member lacks that could matter to the condition, in the order they are tried. */
function missingPieces(member: ParsedMember, ctx: AgeContext, reads: AgeReads): AgePrecision[] {
  const pieces: AgePrecision[] = [];
  const hasAge = known(member.age);
  const hasBirthYear = known(member.birthYear);
  // The review year matters to working age only: an age taken from a year of birth (or a cohort
  // from an age) that every review year decides is decided by the exact age (the year of birth)
  // alone, whose range covers all of those years.
  if (ctx.perYear !== undefined && (reads & WORKING) !== 0) pieces.push('date');
  if (hasAge) {
    if ((reads & WORKING) !== 0 && !known(member.ageMonths)) pieces.push('ageMonths');
    if ((reads & COHORT) !== 0 && !hasBirthYear) pieces.push('birthYear');
  } else if (hasBirthYear && (reads & (YEARS | WORKING)) !== 0) pieces.push('age');
  return pieces;
}

/** Whether every way of supplying `pieces` decides the condition (stops at the first way that does not). */
function decidedWith(where: MemberTest, member: ParsedMember, ctx: AgeContext, pieces: readonly AgePrecision[]): boolean {
  const byDate = pieces.includes('date');
  const byAge = pieces.includes('age');
  const byMonths = byAge || pieces.includes('ageMonths');
  const byBirthYear = pieces.includes('birthYear');
  for (const context of byDate ? ctx.perYear! : [ctx]) {
    const [first, last] = context.years;
    // Only the year of birth is known: every age it allows in these years.
    const ages = byAge ? rangeOf(Math.max(0, first - member.birthYear! - 1), Math.max(0, last - member.birthYear!)) : [member.age];
    for (const age of ages) {
      for (const ageMonths of byMonths ? MONTHS : [member.ageMonths]) {
        for (const birthYear of byBirthYear ? rangeOf(first - member.age! - 1, last - member.age!) : [member.birthYear]) {
          if (where({ ...member, age, ageMonths, birthYear }, context) === U) return false;
        }
      }
    }
  }
  return true;
}

function rangeOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let value = from; value <= to; value++) out.push(value);
  return out;
}

/**
 * For a member whose condition is unknown: the smallest set of age-precision pieces (review
 * date, months of age, exact age, year of birth) that would decide it, or `undefined` when
 * other facts are missing too (checked first, with every piece supplied).
 */
function ageGap(where: MemberTest, member: ParsedMember, ctx: AgeContext, reads: AgeReads): AgePrecision[] | undefined {
  const pieces = missingPieces(member, ctx, reads);
  // No piece to supply: unknown for other facts (checked first: the common case, and cheap).
  if (pieces.length === 0 || !decidedWith(where, member, ctx, pieces)) return undefined;
  // Proper subsets, smallest first: at most 3 pieces (the date; then the months and the year of
  // birth when the age is known, or the age when only the year of birth is).
  const full = (1 << pieces.length) - 1;
  for (const mask of SUBSETS_BY_SIZE) {
    if (mask >= full) continue;
    const chosen = pieces.filter((_, i) => (mask & (1 << i)) !== 0);
    if (decidedWith(where, member, ctx, chosen)) return chosen;
  }
  return pieces;
}

/** The non-empty subsets of 3 pieces as bit masks, by size then value (1, 2, 4; 3, 5, 6). */
const SUBSETS_BY_SIZE: readonly number[] = Object.freeze([1, 2, 4, 3, 5, 6]);

const NO_POSITIONS: readonly number[] = Object.freeze([]);
/** Results of {@link scanMembers} (module scratch: no object per scan). */
let scanFound = NO_MEMBERS;
let scanUnknown = NO_MEMBERS;
/** Positions of the unknown members (for {@link ageGaps}). */
let scanUnknownAt = NO_POSITIONS;

/**
 * Members for whom a condition holds, and those for whom it is unknown, into `scanFound` and
 * `scanUnknown` (the shared empty array when there are none).
 */
function scanMembers(members: readonly ParsedMember[], where: MemberTest, ctx: AgeContext): void {
  let found: MemberRef[] | undefined;
  let unknown: MemberRef[] | undefined;
  let unknownAt: number[] | undefined;
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    const value = where(member, ctx);
    if (value === T) (found ??= []).push(ref(member, i));
    else if (value === U) {
      (unknown ??= []).push(ref(member, i));
      (unknownAt ??= []).push(i);
    }
  }
  scanFound = found ?? NO_MEMBERS;
  scanUnknown = unknown ?? NO_MEMBERS;
  scanUnknownAt = unknownAt ?? NO_POSITIONS;
}

/** The unknown members whose status only the precision of their age leaves open (computed only for an unknown status). */
function ageGaps(
  members: readonly ParsedMember[],
  unknownAt: readonly number[],
  unknown: readonly MemberRef[],
  where: MemberTest,
  ctx: AgeContext,
  reads: AgeReads,
): UnknownForAge[] | undefined {
  let gaps: UnknownForAge[] | undefined;
  unknownAt.forEach((index, k) => {
    const missing = ageGap(where, members[index]!, ctx, reads);
    if (missing !== undefined) (gaps ??= []).push({ member: unknown[k]!, missing });
  });
  return gaps;
}

const STATUS_NAME: readonly IndicatorStatus[] = ['not-deprived', 'deprived', 'unknown'];

/** An outcome shared by every household it applies to, with its result entry (all frozen). */
function sharedOutcome(indicator: Indicator, status: Truth, evidence: IndicatorEvidence): TestOutcome {
  const frozen = Object.freeze(evidence);
  const entry: IndicatorResult = Object.freeze({
    id: indicator.id,
    dimension: indicator.dimension,
    status: STATUS_NAME[status]!,
    source: 'derived',
    evidence: frozen,
    citation: indicator.citation,
  });
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
      const reads = ageReads(test.where);
      const agesMatter = reads !== 0;
      const where = compileMemberTest(test.where, (reads & (YEARS | WORKING)) !== 0);
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
        // Unknown: name the members only the precision of their age leaves open.
        const gaps = status === U && agesMatter ? ageGaps(members, scanUnknownAt, unknown, where, ctx, reads) : undefined;
        return {
          status,
          evidence:
            gaps === undefined
              ? { basis: 'members', members: found, unknownMembers: unknown }
              : { basis: 'members', members: found, unknownMembers: unknown, unknownForAge: gaps },
        };
      };
    }
    case 'member-share-above': {
      const reads = ageReads(test.where);
      const agesMatter = reads !== 0;
      const where = compileMemberTest(test.where, (reads & (YEARS | WORKING)) !== 0);
      // A decimal string (checked when the rule set is defined): whole part, and the digits after the point.
      const [whole, fraction = ''] = test.share.split('.');
      const denominator = 10 ** fraction.length;
      const numerator = Number(whole) * denominator + Number(fraction);
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
        const evidence: IndicatorEvidence = {
          basis: 'members',
          members: found,
          unknownMembers: unknown,
          count: found.length,
          size: n,
          value: share.value,
          valueExact: share.exact,
          threshold,
        };
        const gaps = status === U && agesMatter ? ageGaps(members, scanUnknownAt, unknown, where, ctx, reads) : undefined;
        return { status, evidence: gaps === undefined ? evidence : { ...evidence, unknownForAge: gaps } };
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
        if (area === undefined || area === null) {
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
      // Several facts: when all are scalars (no list), one shared outcome per combination of
      // values, keyed by a number: per fact 0 unknown, 1 true, 2 false, 3… a text value in the
      // order first seen (at most 5 per fact).
      const texts = facts.map(() => new Map<string, number>());
      const byValues = new Map<number, TestOutcome>();
      /** The facts consulted, unknown ones as null. */
      const consult = (dwelling: NonNullable<ParsedHousehold['dwelling']>): Record<string, unknown> => {
        const consulted: Record<string, unknown> = {};
        for (const fact of facts) consulted[fact] = dwelling[fact] ?? null;
        return consulted;
      };
      return (household) => {
        const dwelling = household.dwelling;
        if (dwelling === undefined) return NONE;
        let key = 0;
        for (let i = 0; i < facts.length; i++) {
          const value: unknown = dwelling[facts[i]!];
          let code: number | undefined;
          if (value === undefined || value === null) code = 0;
          else if (value === true) code = 1;
          else if (value === false) code = 2;
          else if (typeof value === 'string') {
            const seen = texts[i]!;
            code = seen.get(value);
            if (code === undefined && seen.size < 5) {
              code = 3 + seen.size;
              seen.set(value, code);
            }
          }
          if (code === undefined) {
            key = -1;
            break;
          }
          key = key * 8 + code;
        }
        if (key < 0) return { status: where(dwelling), evidence: { basis: 'dwelling', facts: consult(dwelling) } };
        const cached = byValues.get(key);
        if (cached !== undefined) return cached;
        const outcome = sharedOutcome(indicator, where(dwelling), { basis: 'dwelling', facts: Object.freeze(consult(dwelling)) });
        byValues.set(key, outcome);
        return outcome;
      };
    }
  }
}

function dwellingFacts(condition: DwellingCondition): DwellingFact[] {
  const facts = new Set<DwellingFact>();
  const visit = (c: DwellingCondition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('atLeast' in c) c.of.forEach(visit);
    else {
      facts.add(c.fact);
      if ('ifUnknown' in c && c.ifUnknown !== undefined) visit(c.ifUnknown);
    }
  };
  visit(condition);
  return [...facts];
}
