/**
 * Traceability: cited provision → rule elements implementing it → tests exercising them.
 *
 *   npx tsx scripts/docs/traceability.ts          print the summary
 *   npx tsx scripts/docs/traceability.ts --check  exit 1 when an element has no citation, a
 *                                                 required element has no tagged test, or a tag
 *                                                 names no element
 *
 * Tests are found by their tags, `[rule:<ruleSetId>/<kind>/<id>]`, written literally in the
 * source of test files (`test/**`: names of `it`/`test`/`describe`, `it.each` rows…) and in the
 * conformance fixtures (`test/fixtures/conformance/*.json`, run by `test/conformance.test.ts`,
 * which puts the tags in the test names). Tags built at run time (template literals) are not
 * seen: write them out.
 *
 * The matrix itself, `docs/audit/traceability.md`, is written by `generate.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listRuleSets } from '../../src/index.js';
import type { Citation } from '../../src/index.js';
import { REQUIRED_KINDS, ruleElements, tagOf, type RuleElement } from './elements.js';
import { GENERATED_NOTE } from './rule-cards.js';
import { cell, citationWhere, confidenceCell } from './words.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURE_DIR = 'test/fixtures/conformance';
const TAG = /\[rule:([A-Za-z0-9._-]+)\/([A-Za-z]+)\/([^\]\s`'"]+)\]/g;

/** Where a tag was found: a file and how many times. */
export interface TagUse {
  readonly file: string;
  readonly count: number;
}

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
}

/**
 * Scans test sources for tags. `generated` (path → content) overrides the fixtures on disk, so
 * the matrix written with new fixtures counts them.
 */
export function scanTags(generated?: ReadonlyMap<string, string>): Map<string, TagUse[]> {
  const files: [string, string][] = [];
  const paths: string[] = [];
  walk(join(ROOT, 'test'), paths);
  for (const abs of paths) {
    const path = relative(ROOT, abs).split('\\').join('/');
    const inFixtures = path.startsWith(`${FIXTURE_DIR}/`);
    if (inFixtures) {
      if (generated !== undefined || !path.endsWith('.json')) continue;
    } else if (!/\.(?:[cm]?[jt]sx?)$/.test(path)) continue;
    files.push([path, readFileSync(abs, 'utf8')]);
  }
  if (generated !== undefined) for (const [path, content] of generated) if (path.startsWith(`${FIXTURE_DIR}/`)) files.push([path, content]);
  files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  const uses = new Map<string, TagUse[]>();
  for (const [path, content] of files) {
    const counts = new Map<string, number>();
    for (const match of content.matchAll(TAG)) {
      if (match[3]!.includes('${')) continue;
      const tag = `[rule:${match[1]}/${match[2]}/${match[3]}]`;
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    // All fixtures count as one "file" per fixture; show them under the directory.
    for (const [tag, count] of counts) {
      const list = uses.get(tag) ?? [];
      list.push({ file: path, count });
      uses.set(tag, list);
    }
  }
  return uses;
}

/** A citation problem, or `undefined` when the element is properly cited. */
function citationProblem(citation: Citation | undefined): string | undefined {
  if (citation === undefined) return 'no citation';
  if (citation.instrument === undefined || citation.instrument.id === '') return 'citation without instrument';
  if (citation.paraphrase === undefined || citation.paraphrase.vi.trim() === '' || citation.paraphrase.en.trim() === '') return 'citation without paraphrase (vi and en)';
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

export function analyse(generated?: ReadonlyMap<string, string>): Analysis {
  const elements = listRuleSets().flatMap(ruleElements);
  const uses = scanTags(generated);
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
  const fixtures = uses.filter((use) => use.file.startsWith(`${FIXTURE_DIR}/`));
  const others = uses.filter((use) => !use.file.startsWith(`${FIXTURE_DIR}/`));
  const parts = others.map((use) => `\`${use.file}\`${use.count > 1 ? ` ×${use.count}` : ''}`);
  if (fixtures.length > 0) parts.push(`conformance fixtures ×${fixtures.length}`);
  return parts.join('<br>');
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
    'Each cited provision → the rule elements that implement it → the tests that exercise them. Tests are found by the tag `[rule:<ruleSetId>/<kind>/<id>]` in their names (and in the conformance fixtures, `test/fixtures/conformance/`). CI fails when an element has no citation, when an element of a required kind (income line, category rule, deprivation cut, working age, dimension, indicator) has no tagged test, or when a tag names no element.',
    '',
    'Mỗi căn cứ pháp lý → các thành phần quy tắc thực hiện nó → các kiểm thử kiểm tra chúng. Cột "Độ tin cậy" C nghĩa là chưa đối chiếu từng chữ với văn bản chính thức.',
    '',
    `Rule sets: ${listRuleSets().map((ruleSet) => `\`${ruleSet.id}\` ${ruleSet.version} (\`${ruleSet.fingerprint.slice(0, 16)}…\`)`).join(', ')}. Elements: ${elements.length}; with a tagged test: ${tested}; without citation: ${analysis.uncited.length}.`,
    '',
  ];
  const problems: string[] = [];
  for (const { element, problem } of analysis.uncited) problems.push(`- ❌ \`${tagOf(element)}\`: ${problem}`);
  for (const element of analysis.untested) problems.push(`- ❌ \`${tagOf(element)}\`: no tagged test`);
  for (const element of analysis.untestedOptional) problems.push(`- ⚠ \`${tagOf(element)}\`: no tagged test (optional kind, not enforced)`);
  for (const { tag, files } of analysis.unknownTags) problems.push(`- ${tag.includes('not built in') ? '⚠' : '❌'} \`${tag}\` names no element (in ${files.map((f) => `\`${f}\``).join(', ')})`);
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

/** The matrix file, for `generate.ts`. */
export function traceabilityFiles(generated: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([['docs/audit/traceability.md', traceabilityMarkdown(analyse(generated))]]);
}

function main(): void {
  const analysis = analyse();
  const { elements, uncited, untested, untestedOptional, unknownTags } = analysis;
  console.log(`traceability: ${elements.length} elements, ${elements.length - untested.length - untestedOptional.length} with tagged tests`);
  for (const { element, problem } of uncited) console.error(`✗ ${tagOf(element)}: ${problem}`);
  for (const element of untested) console.error(`✗ ${tagOf(element)}: no tagged test`);
  for (const element of untestedOptional) console.warn(`⚠ ${tagOf(element)}: no tagged test (optional kind)`);
  for (const { tag, files } of unknownTags) console.error(`${tag.includes('not built in') ? '⚠' : '✗'} ${tag} names no element (${files.join(', ')})`);
  const failed = uncited.length + untested.length + unknownTags.filter(({ tag }) => !tag.includes('not built in')).length;
  if (process.argv.includes('--check') && failed > 0) {
    console.error(`traceability check failed: ${failed} problem(s)`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
