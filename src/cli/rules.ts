/**
 * `rules list`, `rules show <id>` (the rule card as text) and `rules diff <a> <b>`.
 *
 * @module
 */
import { renderDiff } from '../render/diff.js';
import { diffRuleSets } from '../tools/diff.js';
import { formatCitation } from '../render/explain.js';
import { formatAmount } from '../money.js';
import { listRuleSets } from '../rules/registry.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { UsageError } from './records.js';

const L = {
  vi: {
    id: 'Mã',
    version: 'Phiên bản',
    status: 'Trạng thái',
    effective: 'Hiệu lực',
    title: 'Tên',
    fingerprint: 'Dấu vân tay',
    lines: 'Chuẩn thu nhập (đồng/người/{period})',
    rural: 'nông thôn',
    urban: 'thành thị',
    cut: 'Ngưỡng thiếu hụt: từ {n} chỉ số trở lên',
    categories: 'Phân loại',
    indicators: 'Chỉ số',
    instruments: 'Văn bản',
    month: 'tháng',
    year: 'năm',
  },
  en: {
    id: 'Id',
    version: 'Version',
    status: 'Status',
    effective: 'Effective',
    title: 'Title',
    fingerprint: 'Fingerprint',
    lines: 'Income lines (đồng per person per {period})',
    rural: 'rural',
    urban: 'urban',
    cut: 'Deprivation cut: {n} or more indicators',
    categories: 'Categories',
    indicators: 'Indicators',
    instruments: 'Instruments',
    month: 'month',
    year: 'year',
  },
} as const;

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** `rules list`: one line per built-in rule set. */
export function rulesList(locale: Locale): string {
  const rows = listRuleSets().map((ruleSet) => [
    ruleSet.id,
    ruleSet.version,
    ruleSet.status,
    `${ruleSet.effective.from}…${ruleSet.effective.to}`,
    ruleSet.fingerprint.slice(0, 12),
    ruleSet.title[locale],
  ]);
  const l = L[locale];
  const all = [[l.id, l.version, l.status, l.effective, l.fingerprint, l.title], ...rows];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((row) => [...row[i]!].length)));
  return all.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]!))).join('  ')).join('\n');
}

function find(id: string): RuleSet {
  for (const ruleSet of listRuleSets()) if (ruleSet.id === id) return ruleSet;
  throw new UsageError(
    `no rule set "${id.slice(0, 60)}"; known: ${listRuleSets()
      .map((ruleSet) => ruleSet.id)
      .join(', ')}`,
  );
}

/** `rules show <id>`: the rule card — every element with its paraphrase and citation. */
export function rulesShow(id: string, locale: Locale): string {
  const ruleSet = find(id);
  const l = L[locale];
  const m = ruleSet.messages[locale];
  const out: string[] = [];
  out.push(`${ruleSet.title[locale]}`);
  out.push(
    `${l.id}: ${ruleSet.id}   ${l.version}: ${ruleSet.version}   ${l.status}: ${ruleSet.status}   ${l.effective}: ${ruleSet.effective.from} – ${ruleSet.effective.to}`,
  );
  out.push(`${l.fingerprint}: ${ruleSet.fingerprint}`);
  out.push('', `${l.instruments}:`);
  for (const instrument of ruleSet.instruments) out.push(`  - ${instrument.name[locale]} — ${instrument.title[locale]}`);
  out.push('', l.lines.replace('{period}', l[ruleSet.incomePeriod]) + ':');
  for (const line of ruleSet.incomeLines) {
    out.push(
      `  - ${m[`incomeLine.${line.id}`] ?? line.id} (${line.id}): ${l.rural} ${formatAmount(line.amounts.rural, locale)}, ${l.urban} ${formatAmount(line.amounts.urban, locale)}  [${formatCitation(line.citation, locale)}]`,
    );
  }
  out.push('', `${l.cut.replace('{n}', String(ruleSet.deprivationCut.atLeast))}  [${formatCitation(ruleSet.deprivationCut.citation, locale)}]`);
  out.push('', `${l.categories}:`);
  for (const rule of ruleSet.categoryRules) out.push(`  - ${rule.category}: ${rule.citation.paraphrase[locale]}  [${formatCitation(rule.citation, locale)}]`);
  out.push('', `${l.indicators}:`);
  ruleSet.indicators.forEach((indicator, index) => {
    const dimension = m[`dimension.${indicator.dimension}`] ?? indicator.dimension;
    out.push(
      `  ${index + 1}. ${m[`indicator.${indicator.id}.name`] ?? indicator.id} (${indicator.id}; ${dimension}) — ${indicator.citation.paraphrase[locale]}  [${formatCitation(indicator.citation, locale)}]`,
    );
  });
  return out.join('\n');
}

/** `rules diff <a> <b>`: what changed from rule set `a` to rule set `b` (the library's `diffRuleSets`). */
export function rulesDiff(a: string, b: string, locale: Locale): string {
  return renderDiff(diffRuleSets(find(a), find(b)), locale);
}
