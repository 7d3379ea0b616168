/**
 * Diff pages: `docs/rules/changes/<id>-<old>-to-<new>.md`, one per built-in rule set whose data
 * changed since a recorded earlier version, and an index `docs/rules/changes/README.md`.
 *
 * The earlier versions are kept as their canonical JSON in `scripts/docs/history/<id>@<version>.json`
 * (the exact bytes their fingerprint was computed over, as published in `docs/rules/` at the
 * time). Each page shows `renderDiff(diffRuleSets(old, new))` in both languages, then every
 * changed element — income lines, category rules, the cut, working age, dimensions, indicators,
 * the optional rules, the effective-period citations and the instruments — field by field, old
 * against new, so an auditor sees what changed in the rule data and in its citations.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffRuleSets, listRuleSets, renderDiff } from '../../src/index.js';
import type { RuleSet, RuleSetData } from '../../src/index.js';
import { citationsOf, defineRuleSet, requiredMessageKeys } from '../../src/rules/define.js';
import { canonicalJson, fingerprint } from '../../src/rules/fingerprint.js';
import { GENERATED_NOTE } from './rule-cards.js';
import { cell } from './words.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HISTORY = join(ROOT, 'scripts', 'docs', 'history');

/** An earlier version of a rule set, as recorded. */
export interface RecordedVersion {
  readonly file: string;
  readonly data: RuleSetData;
  readonly fingerprint: string;
}

/** Every recorded earlier version (checked: its file name matches its id and version). */
export function recordedVersions(): RecordedVersion[] {
  if (!existsSync(HISTORY)) return [];
  return readdirSync(HISTORY)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(HISTORY, name), 'utf8');
      const data = JSON.parse(text) as RuleSetData;
      if (name !== `${data.id}@${data.version}.json`) throw new Error(`scripts/docs/history/${name}: holds ${data.id} ${data.version}`);
      if (canonicalJson(data) !== text) throw new Error(`scripts/docs/history/${name}: not canonical JSON (keep the exact published bytes)`);
      return { file: name, data, fingerprint: fingerprint(data) };
    });
}

/** The elements of rule data by label, with the parts compared: the test (indicators) and the citation. */
function elements(data: RuleSetData): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const { label, citation } of citationsOf(data)) out.set(label, { citation });
  for (const indicator of data.indicators) {
    const entry = out.get(`indicator/${indicator.id}`)!;
    entry.dimension = indicator.dimension;
    entry.test = indicator.test;
  }
  for (const line of data.incomeLines) out.get(`incomeLine/${line.id}`)!.amounts = line.amounts;
  data.categoryRules.forEach((rule, index) => {
    const entry = out.get(`categoryRule/${index}-${rule.category}`)!;
    entry.income = rule.income;
    entry.deprivations = rule.deprivations ?? null;
  });
  out.get('deprivationCut/cut')!.atLeast = data.deprivationCut.atLeast;
  out.get('workingAge/retirement')!.rule = { minAge: data.workingAge.minAge, retirement: data.workingAge.retirement };
  if (data.incomeScore !== undefined) out.get('incomeScore/score')!.rule = { line: data.incomeScore.line, thresholds: data.incomeScore.thresholds };
  if (data.lowIncomeWorker !== undefined)
    out.get('lowIncomeWorker/rule')!.rule = { atOrBelow: data.lowIncomeWorker.atOrBelow, excludedCategories: data.lowIncomeWorker.excludedCategories };
  for (const instrument of data.instruments) out.set(`instrument/${instrument.id}`, { ...instrument });
  out.set('ruleSet', {
    title: data.title,
    status: data.status,
    effective: { from: data.effective.from, to: data.effective.to },
    incomePeriod: data.incomePeriod,
  });
  return out;
}

/** Leaf differences between two JSON values (arrays compared whole). */
function leaves(a: unknown, b: unknown, path: string): { path: string; from: unknown; to: unknown }[] {
  const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isObject(a) && isObject(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().flatMap((key) => leaves(a[key], b[key], path === '' ? key : `${path}.${key}`));
  }
  if (a === undefined && b === undefined) return [];
  if (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b)) return [];
  return [{ path, from: a, to: b }];
}

/** A value as a table cell: text as is, sources as their publishers, anything else as JSON. */
function show(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return cell(value);
  if (Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object' && 'publisher' in item)) {
    return value.length === 0 ? '(none)' : cell(value.map((item: { publisher: string; bears: string }) => `${item.publisher} (${item.bears})`).join('; '));
  }
  return cell(`\`${JSON.stringify(value)}\``);
}

/**
 * A recorded version as a rule set `diffRuleSets` accepts: its data as published, with the
 * current catalogue for names (the catalogue is not fingerprinted, so not recorded); a key the
 * current catalogue lacks (an indicator since renamed) is named by its id.
 */
function asRuleSet(old: RecordedVersion, current: RuleSet): RuleSet {
  const messages = { vi: { ...current.messages.vi }, en: { ...current.messages.en } } as { vi: Record<string, string>; en: Record<string, string> };
  for (const key of requiredMessageKeys(old.data)) {
    for (const locale of ['vi', 'en'] as const) messages[locale][key] ??= key.split('.')[1]!;
  }
  const ruleSet = defineRuleSet(old.data, messages);
  if (ruleSet.fingerprint !== old.fingerprint) throw new Error(`${old.file}: defined with fingerprint ${ruleSet.fingerprint}, recorded ${old.fingerprint}`);
  return ruleSet;
}

/** The page comparing a recorded version with the current rule set. */
export function changePage(old: RecordedVersion, current: RuleSet): string {
  const { fingerprint: _f, messages: _m, ...now } = current;
  const diff = diffRuleSets(asRuleSet(old, current), current);
  const a = elements(old.data);
  const b = elements(now as RuleSetData);
  const rows: string[] = [];
  const labels = [...new Set([...a.keys(), ...b.keys()])];
  for (const label of labels) {
    const x = a.get(label);
    const y = b.get(label);
    if (x === undefined) rows.push(`| \`${label}\` | (added) | — | ${show(y)} |`);
    else if (y === undefined) rows.push(`| \`${label}\` | (removed) | ${show(x)} | — |`);
    else for (const change of leaves(x, y, '')) rows.push(`| \`${label}\` | \`${change.path}\` | ${show(change.from)} | ${show(change.to)} |`);
  }
  return [
    GENERATED_NOTE('scripts/docs/rule-changes.ts'),
    '',
    `# \`${current.id}\`: ${old.data.version} → ${current.version}`,
    '',
    `| | ${old.data.version} | ${current.version} |`,
    '|---|---|---|',
    `| Dấu vân tay / Fingerprint | \`${old.fingerprint}\` | \`${current.fingerprint}\` |`,
    `| Dữ liệu / Data | \`scripts/docs/history/${old.file}\` | [\`${current.id}.canonical.json\`](../${current.id}.canonical.json) |`,
    '',
    '## renderDiff (vi)',
    '',
    '```text',
    renderDiff(diff, 'vi'),
    '```',
    '',
    '## renderDiff (en)',
    '',
    '```text',
    renderDiff(diff, 'en'),
    '```',
    '',
    '## Từng thành phần / Element by element',
    '',
    'Every element whose data or citation changed, field by field (`renderDiff` above covers lines, bands, the cut and indicators; this table covers every element, its sources and the instruments).',
    '',
    '| Element | Field | Before | After |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Every diff page and the index: path → content. */
export function ruleChangeFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const index: string[] = [
    GENERATED_NOTE('scripts/docs/rule-changes.ts'),
    '',
    '# Thay đổi dữ liệu quy tắc / Rule data changes',
    '',
    '| Rule set | From | To | Page |',
    '|---|---|---|---|',
  ];
  const recorded = recordedVersions();
  for (const current of listRuleSets()) {
    const earlier = recorded.filter((version) => version.data.id === current.id);
    if (earlier.length === 0) index.push(`| \`${current.id}\` | (new) | ${current.version} | [rule card](../${current.id}.md) |`);
    for (const old of earlier) {
      if (old.fingerprint === current.fingerprint) continue;
      const name = `${current.id}-${old.data.version}-to-${current.version}.md`;
      files.set(`docs/rules/changes/${name}`, changePage(old, current));
      index.push(`| \`${current.id}\` | ${old.data.version} | ${current.version} | [${name}](./${name}) |`);
    }
  }
  index.push('');
  files.set('docs/rules/changes/README.md', index.join('\n'));
  return files;
}
