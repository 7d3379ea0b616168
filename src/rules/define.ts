/**
 * Turning rule data into a frozen, fingerprinted {@link RuleSet}, after checking the
 * invariants the engine relies on.
 *
 * @module
 */
import { Money, PLAIN_DECIMAL } from '../money.js';
import { fingerprint } from './fingerprint.js';
import { confidenceFrom } from './sources.js';
import type { Citation, DwellingCondition, MemberCondition, MessageCatalogue, RuleSet, RuleSetData } from './types.js';

/** Options for {@link checkRuleSetData} and {@link defineRuleSet}. */
export interface DefineOptions {
  /** Every citation and every instrument must list its sources (built-in rule sets). */
  readonly requireSources?: boolean;
}

/** Every citation of a rule set, with a label naming the element (rule-card order). */
export function citationsOf(data: RuleSetData): { label: string; citation: Citation }[] {
  const out: { label: string; citation: Citation }[] = [];
  (data.effective.citations ?? []).forEach((citation, index) => out.push({ label: `effective/${index}`, citation }));
  for (const line of data.incomeLines) out.push({ label: `incomeLine/${line.id}`, citation: line.citation });
  out.push({ label: 'deprivationCut/cut', citation: data.deprivationCut.citation });
  data.categoryRules.forEach((rule, index) => out.push({ label: `categoryRule/${index}-${rule.category}`, citation: rule.citation }));
  out.push({ label: 'workingAge/retirement', citation: data.workingAge.citation });
  for (const dimension of data.dimensions) out.push({ label: `dimension/${dimension.id}`, citation: dimension.citation });
  for (const indicator of data.indicators) out.push({ label: `indicator/${indicator.id}`, citation: indicator.citation });
  if (data.incomeScore !== undefined) out.push({ label: 'incomeScore/score', citation: data.incomeScore.citation });
  if (data.lowIncomeWorker !== undefined) out.push({ label: 'lowIncomeWorker/rule', citation: data.lowIncomeWorker.citation });
  return out;
}

/** Problems of a citation's sources, derivation and reading marks. */
function citationProblems(label: string, citation: Citation, requireSources: boolean): string[] {
  const problems: string[] = [];
  if (citation.sources === undefined) {
    if (requireSources) problems.push(`${label}: the citation lists no sources`);
  } else {
    const expected = confidenceFrom(citation.sources);
    if (citation.confidence !== expected) {
      problems.push(
        `${label}: confidence ${citation.confidence} does not follow from its sources (they give ${expected}: A two or more independent sources stating it, B one source or a related text, C leads only)`,
      );
    }
  }
  if (citation.derived !== undefined && (citation.derived.vi.trim() === '' || citation.derived.en.trim() === ''))
    problems.push(`${label}: "derived" must say how, in vi and en`);
  for (const part of citation.reading ?? []) {
    if (citation[part] === undefined) problems.push(`${label}: reading mark on ${part}, which the citation does not give`);
  }
  return problems;
}

/** Problems of a member or dwelling condition (counts of `atLeast`, `notCounted` lists). */
function conditionProblems(label: string, condition: MemberCondition | DwellingCondition): string[] {
  const c = condition as Record<string, unknown>;
  const problems: string[] = [];
  const nested = (c.all ?? c.any ?? c.of) as (MemberCondition | DwellingCondition)[] | undefined;
  if ('atLeast' in c) {
    const n = c.atLeast as number;
    if (!Number.isInteger(n) || n < 1 || n > (nested?.length ?? 0)) problems.push(`${label}: "atLeast" must be an integer from 1 to the number of conditions`);
  }
  if (Array.isArray(c.includesNoneOf) && Array.isArray(c.notCounted)) {
    for (const value of c.notCounted as string[])
      if ((c.includesNoneOf as string[]).includes(value)) problems.push(`${label}: ${value} is both counted and listed as not counted`);
  }
  for (const child of nested ?? []) problems.push(...conditionProblems(label, child));
  if (c.ifUnknown !== undefined) problems.push(...conditionProblems(label, c.ifUnknown as MemberCondition | DwellingCondition));
  return problems;
}

function deepFreeze<T>(value: T): T {
  // Primitives and null count as frozen: only unfrozen objects and arrays get here.
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Deep copy of plain JSON data, so a frozen rule set never shares objects with its source. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Checks the invariants of rule data; returns a list of problems (empty when sound):
 * unique ids, ascending income lines per area, category rules that give exactly one category
 * for every income position and deprivation outcome, indicators in known dimensions, and
 * message catalogues with every key in both locales, `atLeast` conditions that can be met, and
 * confidence marks that follow from the sources listed (with `requireSources`: every citation and
 * instrument lists its sources).
 */
export function checkRuleSetData(data: RuleSetData, messages?: RuleSet['messages'], options: DefineOptions = {}): string[] {
  const problems: string[] = [];
  const lineIds = data.incomeLines.map((line) => line.id);
  if (new Set(lineIds).size !== lineIds.length) problems.push('income line ids are not unique');
  for (const area of ['rural', 'urban'] as const) {
    for (let i = 0; i < data.incomeLines.length; i++) {
      const amount = data.incomeLines[i]!.amounts[area];
      const previous = i === 0 ? undefined : data.incomeLines[i - 1]!.amounts[area];
      if (!PLAIN_DECIMAL.test(amount)) problems.push(`income line ${lineIds[i]} (${area}) is not a plain decimal: ${amount}`);
      // (A previous line that is not a plain decimal is reported on its own.)
      else if (previous !== undefined && PLAIN_DECIMAL.test(previous) && !new Money(previous).lt(amount)) {
        problems.push(`income lines are not strictly ascending (${area}) at ${lineIds[i]}`);
      }
    }
  }
  if (!Number.isInteger(data.deprivationCut.atLeast) || data.deprivationCut.atLeast < 1) problems.push('deprivation cut must be an integer ≥ 1');
  const positions = data.incomeLines.length + 1;
  for (const rule of data.categoryRules) {
    for (const ref of [rule.income.above, rule.income.atOrBelow]) {
      if (ref !== undefined && !lineIds.includes(ref)) problems.push(`category rule ${rule.category} refers to unknown income line ${ref}`);
    }
  }
  for (let position = 0; position < positions; position++) {
    for (const cutMet of [false, true]) {
      const matching = data.categoryRules.filter((rule) => ruleMatches(rule, position, cutMet, lineIds));
      if (matching.length !== 1) {
        problems.push(
          `${matching.length} category rules apply at income position ${position} with the deprivation cut ${cutMet ? 'met' : 'not met'} (exactly one must)`,
        );
      }
    }
  }
  const dimensionIds = new Set(data.dimensions.map((dimension) => dimension.id));
  if (dimensionIds.size !== data.dimensions.length) problems.push('dimension ids are not unique');
  const indicatorIds = data.indicators.map((indicator) => indicator.id);
  if (new Set(indicatorIds).size !== indicatorIds.length) problems.push('indicator ids are not unique');
  for (const indicator of data.indicators) {
    if (!dimensionIds.has(indicator.dimension)) problems.push(`indicator ${indicator.id} is in unknown dimension ${indicator.dimension}`);
    if (indicator.test.kind === 'member-share-above' && !PLAIN_DECIMAL.test(indicator.test.share))
      problems.push(`indicator ${indicator.id}: share is not a plain decimal`);
    if (indicator.test.kind === 'per-member-below' && !PLAIN_DECIMAL.test(indicator.test.floor))
      problems.push(`indicator ${indicator.id}: floor is not a plain decimal`);
    if ('where' in indicator.test) problems.push(...conditionProblems(`indicator ${indicator.id}`, indicator.test.where));
  }
  for (const { label, citation } of citationsOf(data)) problems.push(...citationProblems(label, citation, options.requireSources === true));
  if (options.requireSources === true) {
    for (const instrument of data.instruments) if (instrument.sources === undefined) problems.push(`instrument ${instrument.id} lists no sources`);
  }
  if (data.deprivationCut.atLeast > data.indicators.length) problems.push('deprivation cut is larger than the number of indicators');
  const ISO = /^\d{4}-\d{2}-\d{2}$/;
  if (!ISO.test(data.effective.from) || !ISO.test(data.effective.to) || data.effective.from > data.effective.to)
    problems.push('effective period must be two ISO dates, from ≤ to');
  if (!['in-force', 'superseded', 'provisional', 'local'].includes(data.status)) problems.push(`unknown status ${String(data.status)}`);
  if (data.incomeScore !== undefined) {
    if (!lineIds.includes(data.incomeScore.line)) problems.push(`income score refers to unknown income line ${data.incomeScore.line}`);
    for (const area of ['rural', 'urban'] as const) {
      if (!PLAIN_DECIMAL.test(data.incomeScore.thresholds[area])) problems.push(`income score threshold (${area}) is not a plain decimal`);
    }
  }
  if (data.lowIncomeWorker !== undefined && !lineIds.includes(data.lowIncomeWorker.atOrBelow)) {
    problems.push(`low-income-worker rule refers to unknown income line ${data.lowIncomeWorker.atOrBelow}`);
  }
  if (messages !== undefined) {
    for (const key of requiredMessageKeys(data)) {
      for (const locale of ['vi', 'en'] as const) {
        if (typeof messages[locale][key] !== 'string' || messages[locale][key] === '') problems.push(`message ${key} is missing in ${locale}`);
      }
    }
  }
  return problems;
}

/** The catalogue keys every rule set must provide in each locale. */
export function requiredMessageKeys(data: RuleSetData): string[] {
  const keys = ['ruleSet.title'];
  for (const dimension of data.dimensions) keys.push(`dimension.${dimension.id}`);
  for (const line of data.incomeLines) keys.push(`incomeLine.${line.id}`);
  for (const indicator of data.indicators) {
    for (const part of ['name', 'deprived', 'not-deprived', 'unknown']) keys.push(`indicator.${indicator.id}.${part}`);
  }
  return keys;
}

/** Whether a category rule applies at an income position (0 = at or below the lowest line). */
export function ruleMatches(rule: RuleSetData['categoryRules'][number], position: number, cutMet: boolean, lineIds: readonly string[]): boolean {
  if (rule.income.above !== undefined && !(position > lineIds.indexOf(rule.income.above))) return false;
  if (rule.income.atOrBelow !== undefined && !(position <= lineIds.indexOf(rule.income.atOrBelow))) return false;
  if (rule.deprivations === 'at-least-cut' && !cutMet) return false;
  if (rule.deprivations === 'below-cut' && cutMet) return false;
  return true;
}

/**
 * Checks, copies, deep-freezes and fingerprints rule data. Throws an `Error` listing every
 * problem when the data breaks an invariant (a bug in the rule data, not bad user input).
 * Built-in rule sets pass `{ requireSources: true }`.
 *
 * @internal
 */
export function defineRuleSet(data: RuleSetData, messages: { vi: MessageCatalogue; en: MessageCatalogue }, options: DefineOptions = {}): RuleSet {
  const problems = checkRuleSetData(data, messages, options);
  if (problems.length > 0) throw new Error(`Rule set ${data.id} is not sound:\n- ${problems.join('\n- ')}`);
  const copy = clone(data);
  const print = fingerprint(copy);
  const ruleSet: RuleSet = deepFreeze({ ...copy, fingerprint: print, messages: clone(messages) });
  DEFINED.add(ruleSet);
  return ruleSet;
}

/** Rule sets made by {@link defineRuleSet} (built-in or derived): the only ones `classify` accepts as objects. */
const DEFINED = new WeakSet<object>();

/** Whether a value is a rule set made by this library (not a look-alike object). */
export function isDefinedRuleSet(value: unknown): value is RuleSet {
  return DEFINED.has(value as object); // a WeakSet answers false for primitives
}
