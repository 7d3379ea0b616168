/**
 * `createReview` / `reviewHouseholds`: last year's list and this year's results in, matched by
 * household id; each household's transition in the review's words (Decision 24/2021/QĐ-TTg),
 * and the report tables per group — results and rates over all resident households, movement
 * of poor and of near-poor households (start − out + in = end), deprivations by indicator.
 *
 * The streaming form holds only what it must: last year's entries not yet matched (one small
 * number each), this year's ids since the last {@link Review.settle} (for duplicates), and one
 * tally per group. Fed village by village and settled after each, memory does not grow with
 * the number of households.
 *
 * @module
 */
import type { z } from 'zod';
import type { BatchResult } from '../batch/classifyMany.js';
import type { Classification } from '../engine/result.js';
import { ValidationError } from '../errors.js';
import { parseOrThrow } from '../input/validate.js';
import { Money } from '../money.js';
import { listRuleSets, resolveRuleSet } from '../rules/registry.js';
import type { Category, Localized, RuleSet } from '../rules/types.js';
import { TRANSITION_VOCABULARY, transitionKinds, type TransitionKind } from '../tools/compare.js';
import { assessParsed, type FarmAssessment } from './farm.js';
import { fastPrevious, fastShell } from './fast.js';
import { FARM_CITATION, MISSING_CITATION, RATES_CITATION, RE_POOR_CITATION, TABLES_CITATION } from './legal.js';
import { calendarDate, reviewPeriod, twelveMonthsBefore } from './period.js';
import { reviewSchemas } from './schema.js';
import type {
  CountAndRate,
  CurrentRecord,
  DeterminedReviewTransitionKind,
  DeprivationTable,
  HouseholdReview,
  MissingHousehold,
  PreviousRecord,
  RatesWithheld,
  ReviewFigures,
  ReviewGroup,
  ReviewOptions,
  ReviewReport,
  ReviewTransitionKind,
} from './types.js';

/** Every review transition kind, in the order of the report tables. @internal */
export const KINDS: readonly ReviewTransitionKind[] = [
  'remained-poor',
  'poor-to-near-poor',
  'escaped-poverty',
  'near-poor-to-poor',
  'remained-near-poor',
  'escaped-near-poverty',
  're-poor',
  'newly-poor',
  'newly-near-poor',
  'neither-poor-nor-near-poor',
  'missing',
  'undetermined',
];
const KIND_INDEX: Readonly<Record<ReviewTransitionKind, number>> = {
  'remained-poor': 0,
  'poor-to-near-poor': 1,
  'escaped-poverty': 2,
  'near-poor-to-poor': 3,
  'remained-near-poor': 4,
  'escaped-near-poverty': 5,
  're-poor': 6,
  'newly-poor': 7,
  'newly-near-poor': 8,
  'neither-poor-nor-near-poor': 9,
  missing: 10,
  undetermined: 11,
};

/**
 * The review's own words: two kinds whose `transitionBetween` words speak of "two standards"
 * (here: two years), and the review's own `re-poor` and `missing`. Every other kind keeps the
 * words of `transitionBetween`.
 */
const OWN_WORDS: Readonly<Partial<Record<ReviewTransitionKind, Localized>>> = {
  'neither-poor-nor-near-poor': { vi: 'không thuộc diện nghèo, cận nghèo cả năm trước và năm nay', en: 'neither poor nor near-poor, last year or this year' },
  undetermined: {
    vi: 'chưa xác định (kết quả năm nay hoặc tình trạng năm trước chưa xác định)',
    en: "undetermined (this year's result or last year's status is not known)",
  },
  're-poor': { vi: 'hộ tái nghèo', en: 're-poor (escaped in an earlier year, poor again)' },
  missing: { vi: 'có trong danh sách năm trước, không có trong tệp năm nay', en: "on last year's list, not in this year's file" },
};

/** The words of a kind (internal: the renderer uses them too). @internal */
export function reviewWords(kind: ReviewTransitionKind): Localized {
  return OWN_WORDS[kind] ?? TRANSITION_VOCABULARY.words[kind as TransitionKind];
}

const CATEGORY_OF_STATUS: Readonly<Record<string, readonly Category[]>> = {
  poor: ['poor'],
  'near-poor': ['near-poor'],
  none: ['average', 'above-average'],
  unknown: ['poor', 'near-poor', 'average', 'above-average'],
};
const ALL_CATEGORIES: readonly Category[] = ['poor', 'near-poor', 'average', 'above-average'];

const CATEGORY_BIT: Readonly<Record<Category, number>> = { poor: 1, 'near-poor': 2, average: 4, 'above-average': 8 };
const STATUS_OF_CODE = ['poor', 'near-poor', 'none', 'unknown'] as const;

interface TransitionEntry {
  readonly kind: ReviewTransitionKind;
  readonly possibleKinds: readonly DeterminedReviewTransitionKind[];
}

/**
 * The transition for (last year's code, possible categories as bits, re-poor history), from
 * `table` (one per review: each entry computed once, then shared by every household like it).
 */
function transitionOf(table: (TransitionEntry | undefined)[], previous: PreviousCode, possible: readonly Category[], rePoor: boolean): TransitionEntry {
  let mask = 0;
  for (let i = 0; i < possible.length; i++) mask |= CATEGORY_BIT[possible[i]!];
  const slot = (previous * 16 + mask) * 2 + (rePoor ? 1 : 0);
  let entry = table[slot];
  if (entry === undefined) {
    const base = transitionKinds(CATEGORY_OF_STATUS[STATUS_OF_CODE[previous]]!, possible);
    let possibleKinds: readonly DeterminedReviewTransitionKind[] = base.possibleKinds;
    if (rePoor) possibleKinds = possibleKinds.map((kind) => (kind === 'newly-poor' ? 're-poor' : kind));
    entry = Object.freeze({ kind: possibleKinds.length === 1 ? possibleKinds[0]! : 'undetermined', possibleKinds: Object.freeze(possibleKinds) });
    table[slot] = entry;
  }
  return entry;
}

const STATUS_CODE = { poor: 0, 'near-poor': 1, none: 2 } as const;
const STATUS_NAME = ['poor', 'near-poor', 'none'] as const;

/** This year's category as a code: 0 poor, 1 near-poor, 2 other, 3 undetermined, 4 not classified. */
type CurrentCode = 0 | 1 | 2 | 3 | 4;
/** Last year's status as a code: 0 poor, 1 near-poor, 2 none, 3 unknown (not on a full register), 4 not in file. */
type PreviousCode = 0 | 1 | 2 | 3;

const SEPARATOR = '\u0000';

/** A ratio of counts as a decimal string: exact up to 20 places (as `summarize` writes shares). */
function ratio(numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  if (numerator === 0) return '0';
  return new Money(numerator).div(denominator).toDecimalPlaces(20).toFixed();
}

/** Integer tallies of one population. */
class Tally {
  reviewed = 0;
  classified = 0;
  notClassified = 0;
  undetermined = 0;
  onPreviousList = 0;
  notOnPreviousList = 0;
  missingPoor = 0;
  missingNearPoor = 0;
  missingNone = 0;
  groupChanged = 0;
  readonly kinds = new Array<number>(KINDS.length).fill(0);
  // Movement of poor: [start, escToNear, escAbove, missing, undetermined, notClassified, fromNear, rePoor, newly, other, end, pending]
  readonly poor = new Array<number>(12).fill(0);
  // Movement of near-poor: [start, becamePoor, escaped, missing, undetermined, notClassified, fromPoor, newly, other, end, pending]
  readonly near = new Array<number>(11).fill(0);
  poorPersons = 0;
  poorPersonsUnknown = 0;
  nearPersons = 0;
  nearPersonsUnknown = 0;
  farmPersons = 0;
  farmPersonsUnknown = 0;
  farmAssessed = 0;
  farmAverage = 0;
  farmNotAverage = 0;
  farmConflicts = 0;
  poorDeprived: number[] = [];
  poorUnknown: number[] = [];
  nearDeprived: number[] = [];
  nearUnknown: number[] = [];
  poorDeprivations = 0;
  nearDeprivations = 0;

  resize(indicators: number): void {
    this.poorDeprived = new Array<number>(indicators).fill(0);
    this.poorUnknown = new Array<number>(indicators).fill(0);
    this.nearDeprived = new Array<number>(indicators).fill(0);
    this.nearUnknown = new Array<number>(indicators).fill(0);
  }
}

/** Internal state of one household, as applied to each tally of its chain. */
interface Delta {
  previous: PreviousCode;
  listed: boolean;
  current: CurrentCode;
  possiblePoor: boolean;
  possibleNear: boolean;
  kind: number;
  rePoor: boolean;
  persons: number | null;
  result: Classification | null;
  groupChanged: boolean;
  farm: FarmAssessment | undefined;
  farmCounted: boolean;
}

function apply(t: Tally, d: Delta): void {
  t.reviewed++;
  if (d.current === 4) t.notClassified++;
  else t.classified++;
  if (d.current === 3) t.undetermined++;
  if (d.listed) t.onPreviousList++;
  else t.notOnPreviousList++;
  if (d.groupChanged) t.groupChanged++;
  t.kinds[d.kind]!++;
  const poor = t.poor;
  const near = t.near;
  switch (d.previous) {
    case 0:
      poor[0]!++;
      if (d.current === 1) {
        poor[1]!++;
        near[6]!++;
      } else if (d.current === 2) poor[2]!++;
      else if (d.current === 3) poor[4]!++;
      else if (d.current === 4) poor[5]!++;
      if (d.possibleNear && d.current >= 3) near[10]!++;
      break;
    case 1:
      near[0]!++;
      if (d.current === 0) {
        near[1]!++;
        poor[6]!++;
      } else if (d.current === 2) near[2]!++;
      else if (d.current === 3) near[4]!++;
      else if (d.current === 4) near[5]!++;
      if (d.possiblePoor && d.current >= 3) poor[11]!++;
      break;
    case 2:
      if (d.current === 0) poor[d.rePoor ? 7 : 8]!++;
      else if (d.current === 1) near[7]!++;
      else if (d.current >= 3) {
        if (d.possiblePoor) poor[11]!++;
        if (d.possibleNear) near[10]!++;
      }
      break;
    default:
      if (d.current === 0) poor[9]!++;
      else if (d.current === 1) near[8]!++;
      else if (d.current >= 3) {
        if (d.possiblePoor) poor[11]!++;
        if (d.possibleNear) near[10]!++;
      }
  }
  if (d.current === 0 || d.current === 1) {
    const isPoor = d.current === 0;
    if (isPoor) {
      poor[10]!++;
      if (d.persons === null) t.poorPersonsUnknown++;
      else t.poorPersons += d.persons;
    } else {
      near[9]!++;
      if (d.persons === null) t.nearPersonsUnknown++;
      else t.nearPersons += d.persons;
    }
    const result = d.result!;
    const deprived = isPoor ? t.poorDeprived : t.nearDeprived;
    const unknown = isPoor ? t.poorUnknown : t.nearUnknown;
    const indicators = result.indicators;
    for (let i = 0; i < indicators.length && i < deprived.length; i++) {
      const status = indicators[i]!.status;
      if (status === 'deprived') deprived[i]!++;
      else if (status === 'unknown') unknown[i]!++;
    }
    if (isPoor) t.poorDeprivations += result.deprivationCount;
    else t.nearDeprivations += result.deprivationCount;
  }
  if (d.farm !== undefined) {
    t.farmAssessed++;
    if (!d.farm.averageLiving) t.farmNotAverage++;
    else if (d.farmCounted) {
      t.farmAverage++;
      const persons = d.persons ?? d.farm.members;
      t.farmPersons += persons;
    } else t.farmConflicts++;
  }
}

function applyMissing(t: Tally, status: 0 | 1 | 2): void {
  t.kinds[KIND_INDEX.missing]!++;
  if (status === 0) {
    t.missingPoor++;
    t.poor[0]!++;
    t.poor[3]!++;
  } else if (status === 1) {
    t.missingNearPoor++;
    t.near[0]!++;
    t.near[3]!++;
  } else t.missingNone++;
}

interface IndicatorMeta {
  readonly id: string;
  readonly dimension: string;
}

interface Residents {
  households: number;
  persons: number | null;
}

type ResidentsOrWhy = { ok: true; value: Residents } | { ok: false; why: RatesWithheld };

const WITHHELD = {
  no_totals: {
    vi: 'Không có số hộ dân cư của địa bàn: tệp rà soát chỉ gồm các hộ được rà soát, nên không tính tỷ lệ (tỷ lệ tính trên tổng số hộ dân cư). Hãy cung cấp tổng số hộ từng thôn.',
    en: "No resident-household totals: the review file holds only the households reviewed, so rates are not given (rates are shares of all resident households). Give each village's total.",
  },
  no_total_for_group: {
    vi: 'Thiếu số hộ dân cư của {group}: không tính tỷ lệ.',
    en: 'No resident-household total for {group}: rates are not given.',
  },
  total_below_reviewed: {
    vi: 'Số hộ dân cư ({households}) nhỏ hơn số hộ được rà soát ({reviewed}): kiểm tra lại số liệu; không tính tỷ lệ.',
    en: 'Resident households ({households}) are fewer than the households reviewed ({reviewed}): check the totals; rates are not given.',
  },
  no_resident_persons: {
    vi: 'Không có tổng số nhân khẩu của địa bàn: không tính tỷ lệ theo nhân khẩu.',
    en: 'No resident-person total: rates over persons are not given.',
  },
  persons_unknown: {
    vi: 'Có hộ không rõ số nhân khẩu: không tính số và tỷ lệ nhân khẩu.',
    en: 'Some households have no number of persons: person counts and rates are not given.',
  },
} as const;

function withheld(code: RatesWithheld['code'], values: Readonly<Record<string, string>> = {}): RatesWithheld {
  const text = WITHHELD[code];
  const put = (template: string): string => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  return { code, words: { vi: put(text.vi), en: put(text.en) } };
}

/** The streaming review: add last year's entries, then this year's records; settle; finish. */
export interface Review {
  /**
   * Adds one entry of last year's list (validated). Add an entry before the current record it
   * matches (e.g. village by village, or the whole list first).
   *
   * @throws {@link ValidationError} for invalid entries (`duplicate_id` for an id held twice,
   *   `history_not_before_list` for a history year not before the list's year).
   */
  addPrevious(record: unknown): void;
  /**
   * Adds one record of this year's review (validated) and returns the household's review.
   *
   * @throws {@link ValidationError} for invalid records, `duplicate_id` for an id seen since the
   *   last `settle`, `mixed_rule_sets` for a result under another rule set.
   */
  add(record: unknown): HouseholdReview;
  /**
   * Declares every record added so far complete: last year's entries not matched become
   * "not in this year's file" and are returned (and counted); held ids are released.
   */
  settle(): HouseholdReview[];
  /** Settles, then returns the report. The review can not be used after this. */
  finish(): ReviewReport;
}

/** Parses with `parseOrThrow` (which throws only ValidationErrors); issue paths start with `prefix`. */
function parsedAt<S extends z.ZodType>(schema: S, input: unknown, prefix: readonly (string | number)[]): z.output<S> {
  try {
    return parseOrThrow(schema, input);
  } catch (error) {
    throw new ValidationError((error as ValidationError).issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
  }
}

function isClassification(value: unknown): value is Classification {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Classification).category === 'string' &&
    Array.isArray((value as Classification).indicators) &&
    Array.isArray((value as Classification).possibleCategories)
  );
}

function isBatchRow(value: unknown): value is BatchResult {
  if (value === null || typeof value !== 'object') return false;
  const row = value as BatchResult;
  if (row.ok === true) return isClassification(row.result);
  return row.ok === false && Array.isArray((row as { issues?: unknown }).issues);
}

function text(value: string | number | null | undefined): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function compareKeys(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function groupLabel(by: readonly string[], key: readonly (string | null)[]): string {
  return key.map((value, i) => `${by[i]!}=${value ?? '(—)'}`).join(', ');
}

/**
 * Creates a streaming {@link Review}. Add last year's entries (`addPrevious`) before the
 * records of this year they match (`add`); call `settle()` when a batch is complete (e.g. after
 * each village) to release memory and count last year's unmatched entries as missing; `finish()`
 * settles and returns the report. {@link reviewHouseholds} is the same over two lists.
 *
 * @param options - Review date, last year's list (year, date, coverage), grouping, resident
 *   totals, the re-poor look-back and optionally the rule set.
 * @returns The review.
 * @throws {@link ValidationError} for invalid options: `invalid_date`, `previous_after_review`
 *   (a list dated after the review, or of a later year), `total_not_prefix` (a total whose
 *   group is not the first fields of `by`), `duplicate_total`, `unknown_rule_set`.
 * @example
 * ```ts
 * import { classify, createReview } from 'chuan-ngheo';
 * const review = createReview({ date: '2025-10-15', previousList: { year: 2024, date: '2024-12-20' }, by: ['thon'] });
 * review.addPrevious({ id: 'A1', status: 'poor', group: { thon: 'Đông' } });
 * const answers = { employment: false, dependants: false, nutrition: false, 'health-insurance': false, 'adult-education': false, 'school-attendance': false, 'housing-quality': false, 'housing-area': false, water: false, sanitation: false, telecom: false, 'information-access': false };
 * const result = classify({ id: 'A1', area: 'rural', size: 4, income: { perCapitaMonthly: 1400000 }, deprivations: answers });
 * review.add({ result, group: { thon: 'Đông' }, persons: 4 }).kind; // 'poor-to-near-poor'
 * const report = review.finish();
 * report.poorMovement.escapedToNearPoor; // 1
 * report.poorMovement.end;               // 0
 * report.results.ratesWithheld?.code;    // 'no_totals'
 * ```
 */
export function createReview(options: ReviewOptions): Review {
  const schemas = reviewSchemas();
  // The rule set is taken from the options as given, before the snapshot: a rule set object is
  // known by identity (getRuleSet, deriveRuleSet), and a copy of it would not be.
  const ruleSetOption = readRuleSetOption(options);
  const parsed = parseOrThrow(schemas.reviewOptionsSchema, options);
  const reviewYear = calendarDate(parsed.date)![0];
  // Without a date, the list was recognised on 31 December of its year (or on the review day, if earlier).
  const endOfYear = `${parsed.previousList.year}-12-31`;
  const listDate = parsed.previousList.date ?? (endOfYear <= parsed.date ? endOfYear : parsed.date);
  if (listDate > parsed.date || parsed.previousList.year > reviewYear) {
    throw new ValidationError([
      {
        path: listDate > parsed.date ? ['previousList', 'date'] : ['previousList', 'year'],
        code: 'previous_after_review',
        message: `last year's list (${parsed.previousList.year}, dated ${listDate}) is dated after this review (${parsed.date}); give the list recognised before the review`,
      },
    ]);
  }
  const period = reviewPeriod(parsed.date);
  const window = twelveMonthsBefore(parsed.date);
  const coverage = parsed.previousList.coverage ?? 'poor-and-near-poor';
  const by: readonly string[] = parsed.by ?? [];
  const depth = by.length;
  const lookBack = parsed.rePoorLookBack ?? null;
  const counts = (year: number): boolean => (lookBack === null ? true : 'years' in lookBack ? reviewYear - year <= lookBack.years : year >= lookBack.fromYear);

  // Resident totals, keyed by the joined group prefix.
  const totals = new Map<string, Residents>();
  const totalKeysByLevel: Set<string>[] = Array.from({ length: depth + 1 }, () => new Set<string>());
  (parsed.totals ?? []).forEach((total, index) => {
    const keys = Object.keys(total.group);
    const level = keys.length;
    if (level > depth || keys.some((key) => !by.slice(0, level).includes(key))) {
      throw new ValidationError([
        {
          path: ['totals', index, 'group'],
          code: 'total_not_prefix',
          message: `a total's group must give the first ${level} field(s) of by (${by.slice(0, Math.max(level, 1)).join(', ') || 'none'}); got ${keys.join(', ')}`,
        },
      ]);
    }
    const key = by.slice(0, level).map((field) => text(total.group[field]));
    const joined = key.map((value) => value ?? '').join(SEPARATOR) + SEPARATOR + key.map((value) => (value === null ? '0' : '1')).join('');
    if (totals.has(joined)) {
      throw new ValidationError([
        { path: ['totals', index, 'group'], code: 'duplicate_total', message: `a second total for ${level === 0 ? 'the whole area' : groupLabel(by, key)}` },
      ]);
    }
    totals.set(joined, { households: total.households, persons: total.persons ?? null });
    totalKeysByLevel[level]!.add(joined);
  });

  let ruleSet: RuleSet | null = ruleSetOption === undefined ? null : resolveRuleSet(ruleSetOption);
  let summary: ReviewReport['ruleSet'] = ruleSet === null ? null : { id: ruleSet.id, version: ruleSet.version, fingerprint: ruleSet.fingerprint };
  let meta: IndicatorMeta[] = ruleSet === null ? [] : ruleSet.indicators.map((indicator) => ({ id: indicator.id, dimension: indicator.dimension }));

  // Groups: interned key tuples; each has its chain of tallies (total, level 1, …, level depth).
  const total = new Tally();
  total.resize(meta.length);
  const tallies = new Map<string, { level: number; key: (string | null)[]; tally: Tally }>();
  const groupIndex = new Map<string, number>();
  const groupKeys: (string | null)[][] = [];
  const chains: Tally[][] = [];

  const joinKey = (key: readonly (string | null)[]): string => {
    let values = '';
    let flags = '';
    for (let i = 0; i < key.length; i++) {
      const value = key[i];
      if (i > 0) values += SEPARATOR;
      if (value === null || value === undefined) flags += '0';
      else {
        values += value;
        flags += '1';
      }
    }
    return values + SEPARATOR + flags;
  };

  function intern(key: (string | null)[]): number {
    const joined = joinKey(key);
    let index = groupIndex.get(joined);
    if (index === undefined) {
      index = groupKeys.length;
      groupIndex.set(joined, index);
      groupKeys.push(key);
    }
    return index;
  }

  /** The tallies a household of this group adds to (created on first use, so no empty group is reported). */
  function chainOf(index: number): Tally[] {
    let chain = chains[index];
    if (chain === undefined) {
      const key = groupKeys[index]!;
      chain = [total];
      for (let level = 1; level <= depth; level++) {
        const prefix = key.slice(0, level);
        const prefixKey = joinKey(prefix);
        let entry = tallies.get(prefixKey);
        if (entry === undefined) {
          entry = { level, key: prefix, tally: new Tally() };
          entry.tally.resize(meta.length);
          tallies.set(prefixKey, entry);
        }
        chain.push(entry.tally);
      }
      chains[index] = chain;
    }
    return chain;
  }

  const transitionTable: (TransitionEntry | undefined)[] = [];

  // Last year's entries not yet matched: id → packed (group index, last poor year, status).
  const held = new Map<string, number>();
  const seen = new Set<string>();
  const missing: MissingHousehold[] = [];
  let previousIndex = 0;
  let currentIndex = 0;
  let finished = false;

  const pack = (group: number, lastPoorYear: number | null, status: 0 | 1 | 2): number =>
    (group * 256 + (lastPoorYear === null ? 0 : lastPoorYear - 1989)) * 4 + status;

  function assertOpen(): void {
    if (finished) throw new ValidationError([{ path: [], code: 'review_finished', message: 'this review is finished; create a new one' }]);
  }

  function useRuleSetOf(result: Classification, at: number): void {
    if (summary === null) {
      summary = { id: result.ruleSet.id, version: result.ruleSet.version, fingerprint: result.ruleSet.fingerprint };
      meta = result.indicators.map((indicator) => ({ id: indicator.id, dimension: indicator.dimension }));
      ruleSet = listRuleSets().find((candidate) => candidate.fingerprint === result.ruleSet.fingerprint) ?? null;
      total.resize(meta.length);
      for (const entry of tallies.values()) entry.tally.resize(meta.length);
    } else if (result.ruleSet.fingerprint !== summary.fingerprint) {
      throw new ValidationError([
        {
          path: [at, 'result'],
          code: 'mixed_rule_sets',
          message: `record ${at} was classified under ${result.ruleSet.id} (${result.ruleSet.fingerprint.slice(0, 12)}…), the others under ${summary.id} (${summary.fingerprint.slice(0, 12)}…); review one rule set at a time`,
        },
      ]);
    }
  }

  function reviewOf(
    id: string,
    group: readonly (string | null)[],
    previous: HouseholdReview['previous'],
    current: HouseholdReview['current'],
    kind: ReviewTransitionKind,
    possibleKinds: readonly DeterminedReviewTransitionKind[],
    groupChanged: boolean,
    persons: number | null,
    farm: FarmAssessment | undefined,
  ): HouseholdReview {
    const citation = kind === 're-poor' ? RE_POOR_CITATION : kind === 'missing' ? MISSING_CITATION : TRANSITION_VOCABULARY.citation;
    const review: HouseholdReview = { id, group, previous, current, kind, possibleKinds, words: reviewWords(kind), citation, groupChanged, persons };
    return farm === undefined ? review : { ...review, farm };
  }

  const review: Review = {
    addPrevious(record: unknown): void {
      assertOpen();
      const at = previousIndex++;
      const entry = fastPrevious(record) ?? parsedAt(schemas.previousRecordSchema, record, ['previous', at]);
      const id = String(entry.id);
      if (seen.has(id)) {
        throw new ValidationError([
          {
            path: ['previous', at, 'id'],
            code: 'previous_after_current',
            message: `household "${id.slice(0, 60)}" was added for this year before its entry of last year's list; add last year's entries first (or settle between batches)`,
          },
        ]);
      }
      if (held.has(id))
        throw new ValidationError([
          { path: ['previous', at, 'id'], code: 'duplicate_id', message: `household "${id.slice(0, 60)}" is on last year's list twice` },
        ]);
      let lastPoorYear: number | null = null;
      const years = new Set<number>();
      for (const [h, step] of (entry.history ?? []).entries()) {
        if (step.year >= parsed.previousList.year) {
          throw new ValidationError([
            {
              path: ['previous', at, 'history', h, 'year'],
              code: 'history_not_before_list',
              message: `history year ${step.year} is not before the list's year ${parsed.previousList.year}`,
            },
          ]);
        }
        if (years.has(step.year))
          throw new ValidationError([
            { path: ['previous', at, 'history', h, 'year'], code: 'duplicate_history_year', message: `history year ${step.year} is given twice` },
          ]);
        years.add(step.year);
        if (step.status === 'poor' && counts(step.year) && (lastPoorYear === null || step.year > lastPoorYear)) lastPoorYear = step.year;
      }
      const key = by.map((field) => text(entry.group?.[field]));
      held.set(id, pack(intern(key), lastPoorYear, STATUS_CODE[entry.status]));
    },

    add(record: unknown): HouseholdReview {
      assertOpen();
      const at = currentIndex++;
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        throw new ValidationError([{ path: [at], code: 'invalid_type', message: 'each record must be an object { id?, result, group?, persons?, farm? }' }]);
      }
      const { result: given, ...shellInput } = record as { result?: unknown };
      const shell = fastShell(shellInput) ?? parsedAt(schemas.currentShellSchema, shellInput, [at]);
      let result: Classification | null;
      let fallbackId: string | number | undefined;
      if (isClassification(given)) {
        result = given;
        fallbackId = given.householdId;
      } else if (isBatchRow(given)) {
        result = given.ok ? given.result : null;
        fallbackId = given.id ?? (given.ok ? given.result.householdId : undefined);
      } else {
        throw new ValidationError([{ path: [at, 'result'], code: 'invalid_type', message: 'result must be what classify returned, or a classifyMany row' }]);
      }
      const rawId = shell.id ?? fallbackId;
      if (rawId === undefined)
        throw new ValidationError([
          { path: [at, 'id'], code: 'id_required', message: "each record needs an id (or a result with a householdId) to be matched with last year's list" },
        ]);
      const id = String(rawId);
      if (shell.farm !== undefined && shell.persons !== undefined && shell.farm.members !== shell.persons) {
        throw new ValidationError([
          { path: [at, 'farm', 'members'], code: 'persons_mismatch', message: `farm.members (${shell.farm.members}) differs from persons (${shell.persons})` },
        ]);
      }
      if (seen.has(id))
        throw new ValidationError([{ path: [at, 'id'], code: 'duplicate_id', message: `household "${id.slice(0, 60)}" is in this year's file twice` }]);
      if (result !== null) useRuleSetOf(result, at);
      // Farm form (before anything is held or released, so a refused record changes nothing).
      let farm: FarmAssessment | undefined;
      if (shell.farm !== undefined) {
        if (ruleSet === null) {
          throw new ValidationError([
            { path: [at, 'farm'], code: 'rule_set_required', message: 'give options.ruleSet (the rule set of the average band) to assess farm households' },
          ]);
        }
        farm = assessParsed(shell.farm, ruleSet, window);
      }
      seen.add(id);

      // Last year's entry.
      const packed = held.get(id);
      let previous: PreviousCode;
      let lastPoorYear: number | null = null;
      let previousGroup: readonly (string | null)[] | null = null;
      if (packed === undefined) previous = coverage === 'all-households' ? 3 : 2;
      else {
        held.delete(id);
        previous = (packed % 4) as 0 | 1 | 2;
        const year = Math.floor(packed / 4) % 256;
        lastPoorYear = year === 0 ? null : year + 1989;
        previousGroup = groupKeys[Math.floor(packed / 1024)]!;
      }

      // Group: this year's values, missing ones from last year's list.
      const key: (string | null)[] = new Array<string | null>(depth);
      const values = shell.group;
      for (let i = 0; i < depth; i++) {
        const value = values?.[by[i]!];
        key[i] = value === undefined ? (previousGroup?.[i] ?? null) : text(value);
      }
      let groupChanged = false;
      if (previousGroup !== null) {
        // A value last year that differs this year (no value last year is not a change).
        for (let i = 0; i < depth; i++) if (previousGroup[i] !== null && key[i] !== previousGroup[i]) groupChanged = true;
      }

      // This year's category.
      let current: CurrentCode;
      const possible: readonly Category[] = result === null ? ALL_CATEGORIES : result.possibleCategories;
      const possiblePoor = possible.includes('poor');
      const possibleNear = possible.includes('near-poor');
      // Poor, near-poor or neither: what the review needs (average vs above-average does not matter here).
      if (result === null) current = 4;
      else if (possiblePoor) current = possibleNear || possible.length > 1 ? 3 : 0;
      else if (possibleNear) current = possible.length > 1 ? 3 : 1;
      else current = 2;

      // The transition, in transitionBetween's vocabulary; newly poor with an earlier escape is re-poor.
      const rePoor = previous === 2 && lastPoorYear !== null;
      const { kind, possibleKinds } = transitionOf(transitionTable, previous, possible, rePoor);

      const persons = shell.persons ?? null;
      const delta: Delta = {
        previous,
        listed: packed !== undefined,
        current,
        possiblePoor,
        possibleNear,
        kind: KIND_INDEX[kind],
        rePoor,
        persons,
        result,
        groupChanged,
        farm,
        farmCounted: farm?.averageLiving === true && !(result !== null && (possiblePoor || possibleNear)),
      };
      for (const tally of chainOf(intern(key))) apply(tally, delta);

      return reviewOf(
        id,
        key,
        { status: previous === 3 ? 'unknown' : STATUS_NAME[previous], listed: packed !== undefined, lastPoorYear },
        { category: result === null ? 'not-classified' : result.category, possibleCategories: result === null ? [] : result.possibleCategories },
        kind,
        possibleKinds,
        groupChanged,
        persons,
        farm,
      );
    },

    settle(): HouseholdReview[] {
      assertOpen();
      const out: HouseholdReview[] = [];
      for (const [id, packed] of held) {
        const status = (packed % 4) as 0 | 1 | 2;
        const year = Math.floor(packed / 4) % 256;
        const group = groupKeys[Math.floor(packed / 1024)]!;
        for (const tally of chainOf(Math.floor(packed / 1024))) applyMissing(tally, status);
        if (status !== 2) missing.push({ id, group, status: STATUS_NAME[status] as 'poor' | 'near-poor' });
        out.push(
          reviewOf(
            id,
            group,
            { status: STATUS_NAME[status], listed: true, lastPoorYear: year === 0 ? null : year + 1989 },
            { category: 'not-in-file', possibleCategories: [] },
            'missing',
            ['missing'],
            false,
            null,
            undefined,
          ),
        );
      }
      held.clear();
      seen.clear();
      return out;
    },

    finish(): ReviewReport {
      review.settle();
      finished = true;
      const entries = [...tallies.values()].sort((a, b) => compareKeys(a.key, b.key));
      const childrenOf = new Map<string, { key: (string | null)[] }[]>();
      for (const entry of entries) {
        const parent = joinKey(entry.key.slice(0, entry.level - 1));
        const list = childrenOf.get(parent) ?? [];
        list.push(entry);
        childrenOf.set(parent, list);
      }
      const noTotals = totals.size === 0;
      const resolved = new Map<string, ResidentsOrWhy>();
      function residentsOf(key: readonly (string | null)[]): ResidentsOrWhy {
        const joined = joinKey(key);
        const cached = resolved.get(joined);
        if (cached !== undefined) return cached;
        let answer: ResidentsOrWhy;
        const exact = totals.get(joined);
        if (noTotals) answer = { ok: false, why: withheld('no_totals') };
        else if (exact !== undefined) answer = { ok: true, value: exact };
        else if (key.length === depth) answer = { ok: false, why: withheld('no_total_for_group', { group: key.length === 0 ? '—' : groupLabel(by, key) }) };
        else {
          // Sum over the children: those reviewed, and those with a total but no household reviewed.
          const children = new Map<string, readonly (string | null)[]>();
          for (const child of childrenOf.get(joined) ?? []) children.set(joinKey(child.key), child.key);
          for (const [totalKey] of totals) {
            if (!totalKeysByLevel[key.length + 1]!.has(totalKey)) continue;
            const childKey = keyOfJoined(totalKey);
            if (key.every((value, i) => childKey[i] === value)) children.set(totalKey, childKey);
          }
          let households = 0;
          let persons: number | null = 0;
          answer =
            children.size === 0
              ? { ok: false, why: withheld('no_total_for_group', { group: key.length === 0 ? '—' : groupLabel(by, key) }) }
              : { ok: true, value: { households: 0, persons: 0 } };
          for (const childKey of children.values()) {
            const child = residentsOf(childKey);
            if (!child.ok) {
              answer = child;
              break;
            }
            households += child.value.households;
            persons = persons === null || child.value.persons === null ? null : persons + child.value.persons;
          }
          if (answer.ok) answer = { ok: true, value: { households, persons } };
        }
        resolved.set(joined, answer);
        return answer;
      }
      function keyOfJoined(joined: string): (string | null)[] {
        const parts = joined.split(SEPARATOR);
        const flags = parts.pop()!;
        return parts.length === 1 && flags === '' ? [] : parts.map((value, i) => (flags[i] === '0' ? null : value));
      }

      const figures = (tally: Tally, key: readonly (string | null)[]): ReviewFigures => figuresOf(tally, residentsOf(key), meta);
      const groups: ReviewGroup[] = entries.map((entry) => ({ level: entry.level, key: entry.key, ...figures(entry.tally, entry.key) }));
      return {
        review: period,
        previousList: { year: parsed.previousList.year, date: listDate, coverage },
        ruleSet: summary,
        by: [...by],
        rePoorLookBack: lookBack,
        ...figures(total, []),
        groups,
        missing: [...missing].sort((a, b) => compareKeys(a.group, b.group) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        citations: {
          transitions: TRANSITION_VOCABULARY.citation,
          rePoor: RE_POOR_CITATION,
          missing: MISSING_CITATION,
          rates: RATES_CITATION,
          tables: TABLES_CITATION,
          averageFarm: FARM_CITATION,
        },
      };
    },
  };
  return review;
}

function deprivationTable(
  households: number,
  deprivations: number,
  deprived: readonly number[],
  unknown: readonly number[],
  meta: readonly IndicatorMeta[],
): DeprivationTable {
  return {
    households,
    deprivations,
    indicators: meta.map((indicator, i) => ({
      id: indicator.id,
      dimension: indicator.dimension,
      deprived: deprived[i] ?? 0,
      unknown: unknown[i] ?? 0,
      rate: ratio(deprived[i] ?? 0, households),
    })),
  };
}

function figuresOf(t: Tally, residents: ResidentsOrWhy, meta: readonly IndicatorMeta[]): ReviewFigures {
  let ratesWithheld: RatesWithheld | null = null;
  let base: Residents | null = null;
  if (!residents.ok) ratesWithheld = residents.why;
  else if (residents.value.households < t.reviewed) {
    ratesWithheld = withheld('total_below_reviewed', { households: String(residents.value.households), reviewed: String(t.reviewed) });
    base = residents.value;
  } else base = residents.value;
  const householdBase = ratesWithheld === null && base !== null ? base.households : null;
  const personBase = ratesWithheld === null && base !== null ? base.persons : null;
  const anyPersonsUnknown = t.poorPersonsUnknown > 0 || t.nearPersonsUnknown > 0;
  let personRatesWithheld: RatesWithheld | null = ratesWithheld;
  if (personRatesWithheld === null && personBase === null) personRatesWithheld = withheld('no_resident_persons');
  if (personRatesWithheld === null && anyPersonsUnknown) personRatesWithheld = withheld('persons_unknown');
  const cell = (households: number, persons: number | null): CountAndRate => ({
    households,
    householdRate: householdBase === null ? null : ratio(households, householdBase),
    persons,
    personRate: personRatesWithheld !== null || persons === null || personBase === null ? null : ratio(persons, personBase),
  });
  const poorPersons = t.poorPersonsUnknown > 0 ? null : t.poorPersons;
  const nearPersons = t.nearPersonsUnknown > 0 ? null : t.nearPersons;
  const [pStart, pEscNear, pEscAbove, pMissing, pUndet, pNotClass, pFromNear, pRePoor, pNewly, pOther, pEnd, pPending] = t.poor as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [nStart, nToPoor, nEsc, nMissing, nUndet, nNotClass, nFromPoor, nNewly, nOther, nEnd, nPending] = t.near as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    reviewed: t.reviewed,
    classified: t.classified,
    notClassified: t.notClassified,
    undetermined: t.undetermined,
    onPreviousList: t.onPreviousList,
    notOnPreviousList: t.notOnPreviousList,
    notInThisYearsFile: { poor: t.missingPoor, nearPoor: t.missingNearPoor, none: t.missingNone },
    groupChanged: t.groupChanged,
    transitions: Object.fromEntries(KINDS.map((kind, i) => [kind, t.kinds[i]!])) as Record<ReviewTransitionKind, number>,
    results: {
      residents: base === null ? null : { households: base.households, persons: base.persons },
      ratesWithheld,
      personRatesWithheld,
      poor: cell(pEnd, poorPersons),
      nearPoor: cell(nEnd, nearPersons),
      poorOrNearPoor: cell(pEnd + nEnd, poorPersons === null || nearPersons === null ? null : poorPersons + nearPersons),
      averageFarm: cell(t.farmAverage, t.farmPersons),
      undetermined: t.undetermined,
      notClassified: t.notClassified,
    },
    poorMovement: {
      start: pStart,
      escapedToNearPoor: pEscNear,
      escapedAboveNearPoorLine: pEscAbove,
      notInThisYearsFile: pMissing,
      undetermined: pUndet,
      notClassified: pNotClass,
      decreases: pEscNear + pEscAbove + pMissing + pUndet + pNotClass,
      fromNearPoor: pFromNear,
      rePoor: pRePoor,
      newlyPoor: pNewly,
      notOnPreviousList: pOther,
      increases: pFromNear + pRePoor + pNewly + pOther,
      end: pEnd,
      pending: pPending,
    },
    nearPoorMovement: {
      start: nStart,
      becamePoor: nToPoor,
      escapedNearPoverty: nEsc,
      notInThisYearsFile: nMissing,
      undetermined: nUndet,
      notClassified: nNotClass,
      decreases: nToPoor + nEsc + nMissing + nUndet + nNotClass,
      fromPoor: nFromPoor,
      newlyNearPoor: nNewly,
      notOnPreviousList: nOther,
      increases: nFromPoor + nNewly + nOther,
      end: nEnd,
      pending: nPending,
    },
    deprivations: {
      poor: deprivationTable(pEnd, t.poorDeprivations, t.poorDeprived, t.poorUnknown, meta),
      nearPoor: deprivationTable(nEnd, t.nearDeprivations, t.nearDeprived, t.nearUnknown, meta),
    },
    farm: { assessed: t.farmAssessed, averageLiving: t.farmAverage, notAverageLiving: t.farmNotAverage, conflicts: t.farmConflicts },
  };
}

/** The result of {@link reviewHouseholds}. */
export interface ReviewResult {
  /** The report. */
  readonly report: ReviewReport;
  /** One review per household: this year's records in order, then last year's entries missing this year. */
  readonly households: readonly HouseholdReview[];
  /** Ids not matched: last year's entries not in this year's file, and this year's records not on last year's list. */
  readonly unmatched: {
    /** On last year's list, not in this year's file (every status). */
    readonly previous: readonly string[];
    /** In this year's file, not on last year's list. */
    readonly current: readonly string[];
  };
  /** Average-living farm households counted in the results table, with the citation. */
  readonly averageFarmHouseholds: readonly {
    /** The household id. */
    readonly id: string;
    /** Its group values. */
    readonly group: readonly (string | null)[];
    /** Its assessment. */
    readonly assessment: FarmAssessment;
  }[];
}

/**
 * The review over two lists: last year's list and this year's records, matched by household
 * id (as text), with the unmatched on both sides reported. Everything {@link createReview}
 * gives, plus every household's review and the list of average-living farm households.
 *
 * @param previous - Last year's entries ({@link PreviousRecord}), any iterable.
 * @param current - This year's records ({@link CurrentRecord}), any iterable.
 * @param options - As for {@link createReview}.
 * @returns The report, each household's review, the unmatched ids, the farm households.
 * @throws {@link ValidationError} as {@link createReview} and its `addPrevious` / `add`; paths
 *   start with `previous` and the entry's index, or with the record's index.
 * @example
 * ```ts
 * import { classify, reviewHouseholds } from 'chuan-ngheo';
 * const none = { employment: false, dependants: false, nutrition: false, 'health-insurance': false, 'adult-education': false, 'school-attendance': false, 'housing-quality': false, 'housing-area': false, water: false, sanitation: false, telecom: false, 'information-access': false };
 * const poorAnswers = { ...none, water: true, sanitation: true, 'health-insurance': true };
 * const { report, households, unmatched } = reviewHouseholds(
 *   [
 *     { id: 'H1', status: 'poor' },
 *     { id: 'H2', status: 'near-poor' },
 *     { id: 'H3', status: 'none', history: [{ year: 2023, status: 'poor' }] },
 *     { id: 'H9', status: 'poor' },
 *   ],
 *   [
 *     { result: classify({ id: 'H1', area: 'rural', size: 3, income: { perCapitaMonthly: 1800000 } }), persons: 3 },
 *     { result: classify({ id: 'H2', area: 'rural', size: 2, income: { perCapitaMonthly: 1200000 }, deprivations: poorAnswers }), persons: 2 },
 *     { result: classify({ id: 'H3', area: 'rural', size: 5, income: { perCapitaMonthly: 1000000 }, deprivations: poorAnswers }), persons: 5 },
 *     { result: classify({ id: 'H4', area: 'rural', size: 4, income: { perCapitaMonthly: 1300000 }, deprivations: none }), persons: 4 },
 *   ],
 *   { date: '2025-10-20', previousList: { year: 2024, date: '2024-12-25' }, totals: [{ group: {}, households: 200, persons: 760 }] },
 * );
 * households.map((h) => h.kind); // ['escaped-poverty', 'near-poor-to-poor', 're-poor', 'newly-near-poor', 'missing']
 * unmatched;                           // { previous: ['H9'], current: ['H4'] }
 * report.poorMovement.start;           // 2
 * report.poorMovement.end;             // 2
 * report.results.poor.householdRate;   // '0.01'
 * report.results.poor.personRate;      // '0.00921052631578947368'
 * ```
 */
export function reviewHouseholds(
  previous: Iterable<PreviousRecord | unknown>,
  current: Iterable<CurrentRecord | unknown>,
  options: ReviewOptions,
): ReviewResult {
  const review = createReview(options);
  const previousIds: string[] = [];
  for (const record of previous) review.addPrevious(record);
  const households: HouseholdReview[] = [];
  const currentIds: string[] = [];
  const farms: { id: string; group: readonly (string | null)[]; assessment: FarmAssessment }[] = [];
  for (const record of current) {
    const household = review.add(record);
    households.push(household);
    if (!household.previous.listed) currentIds.push(household.id);
    if (household.farm?.averageLiving === true && !household.current.possibleCategories.some((category) => category === 'poor' || category === 'near-poor')) {
      farms.push({ id: household.id, group: household.group, assessment: household.farm });
    }
  }
  for (const household of review.settle()) {
    households.push(household);
    previousIds.push(household.id);
  }
  return { report: review.finish(), households, unmatched: { previous: previousIds, current: currentIds }, averageFarmHouseholds: farms };
}

/** `options.ruleSet` as given (undefined when the options cannot be read: the schema reports them). */
function readRuleSetOption(options: unknown): unknown {
  if (options === null || typeof options !== 'object') return undefined;
  try {
    return (options as { ruleSet?: unknown }).ruleSet;
  } catch {
    return undefined;
  }
}
