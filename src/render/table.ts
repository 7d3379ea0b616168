/**
 * Plain-text tables and rule-set catalogues shared by the renderers of summaries
 * (`render/summary.ts`) and review reports (`review/render.ts`).
 *
 * @internal
 * @module
 */
import { listRuleSets } from '../rules/registry.js';
import type { Locale, MessageCatalogue, RuleSet } from '../rules/types.js';

/** Width of a cell in code points (Vietnamese letters are one each). */
function width(text: string): number {
  return [...text].length;
}

/** Renders rows as columns: first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell + ' '.repeat(widths[i]! - width(cell)) : ' '.repeat(widths[i]! - width(cell)) + cell))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * The message catalogue of the rule set a summary or report names: the one passed (when it is
 * that rule set), else the built-in one with that fingerprint, else none (`{}`).
 */
export function catalogueOf(
  named: { readonly id: string; readonly fingerprint: string } | null,
  locale: Locale,
  ruleSet: RuleSet | undefined,
): MessageCatalogue {
  if (named === null) return {};
  if (ruleSet !== undefined && ruleSet.id === named.id) return ruleSet.messages[locale];
  for (const candidate of listRuleSets()) if (candidate.fingerprint === named.fingerprint) return candidate.messages[locale];
  return {};
}
