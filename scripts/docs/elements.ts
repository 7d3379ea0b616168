/**
 * The rule elements of a rule set, as the traceability convention names them:
 * `[rule:<ruleSetId>/<kind>/<id>]` in test names.
 *
 * Kinds: `incomeLine` (line id), `categoryRule` (`<index>-<category>`), `deprivationCut`
 * (`cut`), `workingAge` (`retirement`), `dimension` (id), `indicator` (id). Optional parts of a
 * rule set that carry a citation (income-proxy score, low-income worker, the provisions that
 * set the effective period) are listed too, with kinds `incomeScore` (`score`),
 * `lowIncomeWorker` (`rule`) and `effective` (`<index>`).
 */
import type { Citation, RuleSet } from '../../src/index.js';

/** A citable element of a rule set. */
export interface RuleElement {
  readonly ruleSet: string;
  readonly kind: string;
  readonly id: string;
  /** `undefined` when the element has no citation (the traceability check fails). */
  readonly citation: Citation | undefined;
}

/** The tag of an element, as written in test names. */
export function tagOf(element: Pick<RuleElement, 'ruleSet' | 'kind' | 'id'>): string {
  return `[rule:${element.ruleSet}/${element.kind}/${element.id}]`;
}

/** Every element of a rule set, in rule-card order. */
export function ruleElements(ruleSet: RuleSet): RuleElement[] {
  const r = ruleSet.id;
  const out: RuleElement[] = [];
  const data = ruleSet as RuleSet & {
    incomeScore?: { citation?: Citation };
    lowIncomeWorker?: { citation?: Citation };
  };
  for (const line of ruleSet.incomeLines) out.push({ ruleSet: r, kind: 'incomeLine', id: line.id, citation: line.citation });
  ruleSet.categoryRules.forEach((rule, index) => out.push({ ruleSet: r, kind: 'categoryRule', id: `${index}-${rule.category}`, citation: rule.citation }));
  out.push({ ruleSet: r, kind: 'deprivationCut', id: 'cut', citation: ruleSet.deprivationCut.citation });
  out.push({ ruleSet: r, kind: 'workingAge', id: 'retirement', citation: ruleSet.workingAge.citation });
  for (const dimension of ruleSet.dimensions) out.push({ ruleSet: r, kind: 'dimension', id: dimension.id, citation: dimension.citation });
  for (const indicator of ruleSet.indicators) out.push({ ruleSet: r, kind: 'indicator', id: indicator.id, citation: indicator.citation });
  if (data.incomeScore !== undefined) out.push({ ruleSet: r, kind: 'incomeScore', id: 'score', citation: data.incomeScore.citation });
  if (data.lowIncomeWorker !== undefined) out.push({ ruleSet: r, kind: 'lowIncomeWorker', id: 'rule', citation: data.lowIncomeWorker.citation });
  (ruleSet.effective.citations ?? []).forEach((citation, index) => out.push({ ruleSet: r, kind: 'effective', id: String(index), citation }));
  return out;
}

/** Kinds the test-tag convention (shared context) requires a test for. */
export const REQUIRED_KINDS: ReadonlySet<string> = new Set(['incomeLine', 'categoryRule', 'deprivationCut', 'workingAge', 'dimension', 'indicator']);
