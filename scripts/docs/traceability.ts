/**
 * Traceability: cited provision → rule elements implementing it → tests exercising them.
 *
 *   npx tsx scripts/docs/traceability.ts          print the summary
 *   npx tsx scripts/docs/traceability.ts --check  exit 1 when an element has no citation, a
 *                                                 required element has no passing tagged test,
 *                                                 or a tag names no element
 *   … --report <file>                             read another report (default reports/vitest.json)
 *
 * Tests are found by their tags, `[rule:<ruleSetId>/<kind>/<id>]`, in the names of the tests
 * that **passed** in the vitest JSON report (`reports/vitest.json`, written by CI's Tests step
 * before the Docs step). A tag counts when it is in a passing test's full name (its `describe`
 * titles and its own title, built at run time or not); a failing or skipped test does not count,
 * and a tag written in a comment or a constant that never reaches a test name does not either.
 * Locally, write the report first:
 *
 *   npx vitest run --reporter=json --outputFile.json=reports/vitest.json
 *
 * The matrix itself, `docs/audit/traceability.md`, is written by `generate.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listRuleSets } from '../../src/index.js';
import type { Citation } from '../../src/index.js';
import { REQUIRED_KINDS, ruleElements, tagOf, type RuleElement } from './elements.js';
import { GENERATED_NOTE } from './rule-cards.js';
import { cell, citationWhere, confidenceCell } from './words.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where CI's Tests step writes the vitest JSON report. */
export const REPORT = 'reports/vitest.json';
const TAG = /\[rule:([A-Za-z0-9._-]+)\/([A-Za-z]+)\/([^\]\s`'"]+)\]/g;

/** Where a tag was found: a test file and how many passing tests carry it. */
export interface TagUse {
  readonly file: string;
  readonly count: number;
}

/** The part of a vitest JSON report (`--reporter=json`) read here. */
export interface VitestReport {
  readonly testResults: readonly {
    /** Absolute path of the test file. */
    readonly name: string;
    readonly assertionResults: readonly {
      readonly ancestorTitles: readonly string[];
      readonly title: string;
      readonly status: string;
    }[];
  }[];
}

/** Reads the vitest JSON report; a missing report is an error that says how to write it. */
export function readReport(file = join(ROOT, REPORT)): VitestReport {
  if (!existsSync(file)) {
    throw new Error(`no test report at ${relative(ROOT, file) || file}: run the tests first, e.g. npx vitest run --reporter=json --outputFile.json=${REPORT}`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
}

/** The tags in the names of the passing tests of a report, per test file. */
export function tagUses(report: VitestReport): Map<string, TagUse[]> {
  const perFile = new Map<string, Map<string, number>>();
  for (const suite of report.testResults) {
    const file = relative(ROOT, suite.name).split('\\').join('/');
    for (const test of suite.assertionResults) {
      if (test.status !== 'passed') continue;
      const name = [...test.ancestorTitles, test.title].join(' ');
      const tags = new Set<string>();
      for (const match of name.matchAll(TAG)) tags.add(`[rule:${match[1]}/${match[2]}/${match[3]}]`);
      const counts = perFile.get(file) ?? new Map<string, number>();
      for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      perFile.set(file, counts);
    }
  }
  const uses = new Map<string, TagUse[]>();
  for (const file of [...perFile.keys()].sort()) {
    for (const [tag, count] of perFile.get(file)!) {
      const list = uses.get(tag) ?? [];
      list.push({ file, count });
      uses.set(tag, list);
    }
  }
  return uses;
}

/** A citation problem, or `undefined` when the element is properly cited. */
function citationProblem(citation: Citation | undefined): string | undefined {
  if (citation === undefined) return 'no citation';
  if (citation.instrument === undefined || citation.instrument.id === '') return 'citation without instrument';
  if (citation.paraphrase === undefined || citation.paraphrase.vi.trim() === '' || citation.paraphrase.en.trim() === '')
    return 'citation without paraphrase (vi and en)';
  if (!['A', 'B', 'C'].includes(citation.confidence)) return 'citation without confidence';
  return undefined;
}

/** The analysis behind the matrix and the check. */
export interface Analysis {
  readonly elements: readonly RuleElement[];
  readonly uses: ReadonlyMap<string, TagUse[]>;
  readonly uncited: readonly { element: RuleElement; problem: string }[];
  readonly untested: readonly RuleElement[];
  readonly untestedOptional: readonly RuleElement[];
  readonly unknownTags: readonly { tag: string; files: string[] }[];
}

/** The analysis of the built-in rule sets against a test report (default: `reports/vitest.json`). */
export function analyse(report: VitestReport = readReport()): Analysis {
  const elements = listRuleSets().flatMap(ruleElements);
  const uses = tagUses(report);
  const tags = new Set(elements.map(tagOf));
  const uncited: { element: RuleElement; problem: string }[] = [];
  const untested: RuleElement[] = [];
  const untestedOptional: RuleElement[] = [];
  for (const element of elements) {
    const problem = citationProblem(element.citation);
    if (problem !== undefined) uncited.push({ element, problem });
    if (!uses.has(tagOf(element))) (REQUIRED_KINDS.has(element.kind) ? untested : untestedOptional).push(element);
  }
  const builtIn = new Set(listRuleSets().map((ruleSet) => ruleSet.id));
  const unknownTags = [...uses.entries()]
    .filter(([tag]) => !tags.has(tag))
    .map(([tag, list]) => ({ tag, files: list.map((use) => use.file), builtIn: builtIn.has(tag.slice(6, tag.indexOf('/'))) }))
    // Tags of rule sets that are not (yet) built in are reported, not failed: they may be written before the data lands.
    .map(({ tag, files, builtIn: known }) => ({ tag: known ? tag : `${tag} (rule set not built in)`, files }));
  return { elements, uses, uncited, untested, untestedOptional, unknownTags };
}

function testsCell(uses: readonly TagUse[] | undefined): string {
  if (uses === undefined || uses.length === 0) return '**none**';
  return uses.map((use) => `\`${use.file}\`${use.count > 1 ? ` ×${use.count}` : ''}`).join('<br>');
}

/** The Markdown matrix. */
export function traceabilityMarkdown(analysis: Analysis): string {
  const { elements, uses } = analysis;
  const groups = new Map<string, { where: string; elements: RuleElement[] }>();
  for (const element of elements) {
    const key = element.citation === undefined ? '(no citation)' : `${element.citation.instrument.id} ${citationWhere(element.citation, 'en')}`;
    const where = element.citation === undefined ? '(no citation)' : `${citationWhere(element.citation, 'vi')} — ${citationWhere(element.citation, 'en')}`;
    const group = groups.get(key) ?? { where, elements: [] };
    group.elements.push(element);
    groups.set(key, group);
  }
  const tested = elements.filter((element) => uses.has(tagOf(element))).length;
  const out: string[] = [
    GENERATED_NOTE('scripts/docs/traceability.ts'),
    '',
    '# Traceability matrix / Ma trận truy vết',
    '',
    'Each cited provision → the rule elements that implement it → the tests that exercise them. Tests are found by the tag `[rule:<ruleSetId>/<kind>/<id>]` in the names of the tests that passed, read from the vitest JSON report (`reports/vitest.json`; the conformance fixtures of `test/fixtures/conformance/` run in `test/conformance.test.ts` with their tags in the test names). The count after a file is the number of passing tests there that carry the tag. CI fails when an element has no citation, when an element of a required kind (income line, category rule, deprivation cut, working age, dimension, indicator) has no passing tagged test, or when a tag names no element.',
    '',
    'Mỗi căn cứ pháp lý → các thành phần quy tắc thực hiện nó → các kiểm thử kiểm tra chúng. Cột "Độ tin cậy" C nghĩa là chưa đối chiếu từng chữ với văn bản chính thức.',
    '',
    `Rule sets: ${listRuleSets()
      .map((ruleSet) => `\`${ruleSet.id}\` ${ruleSet.version} (\`${ruleSet.fingerprint.slice(0, 16)}…\`)`)
      .join(', ')}. Elements: ${elements.length}; with a tagged test: ${tested}; without citation: ${analysis.uncited.length}.`,
    '',
  ];
  const problems: string[] = [];
  for (const { element, problem } of analysis.uncited) problems.push(`- ❌ \`${tagOf(element)}\`: ${problem}`);
  for (const element of analysis.untested) problems.push(`- ❌ \`${tagOf(element)}\`: no passing tagged test`);
  for (const element of analysis.untestedOptional) problems.push(`- ⚠ \`${tagOf(element)}\`: no passing tagged test (optional kind, not enforced)`);
  for (const { tag, files } of analysis.unknownTags)
    problems.push(`- ${tag.includes('not built in') ? '⚠' : '❌'} \`${tag}\` names no element (in ${files.map((f) => `\`${f}\``).join(', ')})`);
  out.push('## Gaps / Thiếu sót', '', ...(problems.length === 0 ? ['None. / Không có.'] : problems), '');
  out.push('## By provision / Theo căn cứ', '');
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    out.push(`### ${group.where}`, '', '| Element | Confidence | What the code implements | Tests |', '|---|---|---|---|');
    for (const element of group.elements) {
      const citation = element.citation;
      out.push(
        `| \`${tagOf(element)}\` | ${citation === undefined ? '—' : confidenceCell(citation, 'en')} | ${citation === undefined ? '—' : cell(citation.paraphrase.en)} | ${testsCell(uses.get(tagOf(element)))} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

/** The matrix file, for `generate.ts` (from the test report). */
export function traceabilityFiles(report: VitestReport = readReport()): Map<string, string> {
  return new Map([['docs/audit/traceability.md', traceabilityMarkdown(analyse(report))]]);
}

function main(): void {
  const at = process.argv.indexOf('--report');
  const analysis = analyse(readReport(at > 0 && process.argv[at + 1] !== undefined ? join(process.cwd(), process.argv[at + 1]!) : undefined));
  const { elements, uncited, untested, untestedOptional, unknownTags } = analysis;
  console.log(`traceability: ${elements.length} elements, ${elements.length - untested.length - untestedOptional.length} with passing tagged tests`);
  for (const { element, problem } of uncited) console.error(`✗ ${tagOf(element)}: ${problem}`);
  for (const element of untested) console.error(`✗ ${tagOf(element)}: no passing tagged test`);
  for (const element of untestedOptional) console.warn(`⚠ ${tagOf(element)}: no tagged test (optional kind)`);
  for (const { tag, files } of unknownTags) console.error(`${tag.includes('not built in') ? '⚠' : '✗'} ${tag} names no element (${files.join(', ')})`);
  const failed = uncited.length + untested.length + unknownTags.filter(({ tag }) => !tag.includes('not built in')).length;
  if (process.argv.includes('--check') && failed > 0) {
    console.error(`traceability check failed: ${failed} problem(s)`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
