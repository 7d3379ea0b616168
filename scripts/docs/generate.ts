/**
 * Generates every derived document from the code:
 *
 *   npx tsx scripts/docs/generate.ts          write the files
 *   npx tsx scripts/docs/generate.ts --check  write nothing; exit 1 if a file on disk differs,
 *                                             is missing, or is a stale leftover
 *
 * Outputs: rule cards (`docs/rules/`), diff pages between rule-data versions
 * (`docs/rules/changes/`), JSON Schemas (`schema/`, `docs/schema/`), conformance
 * fixtures (`test/fixtures/conformance/`) and the traceability matrix
 * (`docs/audit/traceability.md`). The traceability *check* (every element cited and tested) is
 * `scripts/docs/traceability.ts --check`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureFiles } from './fixtures.js';
import { ruleCardFiles } from './rule-cards.js';
import { ruleChangeFiles } from './rule-changes.js';
import { schemaFiles } from './schemas.js';
import { traceabilityFiles } from './traceability.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Directories the generator owns entirely, with the file pattern it owns in each. */
const OWNED: readonly { dir: string; pattern: RegExp }[] = [
  { dir: 'docs/rules', pattern: /\.(md|json)$/ },
  { dir: 'docs/rules/changes', pattern: /\.md$/ },
  { dir: 'docs/schema', pattern: /\.json$/ },
  { dir: 'schema', pattern: /\.json$/ },
  { dir: 'test/fixtures/conformance', pattern: /\.json$/ },
];

/** Every generated file: path relative to the repository → content. */
export function allFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const part of [ruleCardFiles(), ruleChangeFiles(), schemaFiles(), fixtureFiles()]) for (const [path, content] of part) files.set(path, content);
  // Traceability last: from the test report (reports/vitest.json) of the run before this one.
  for (const [path, content] of traceabilityFiles()) files.set(path, content);
  return files;
}

function stale(files: Map<string, string>): string[] {
  const out: string[] = [];
  for (const { dir, pattern } of OWNED) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs)) {
      const path = `${dir}/${name}`;
      if (pattern.test(name) && !files.has(path)) out.push(path);
    }
  }
  return out;
}

function main(): void {
  const check = process.argv.includes('--check');
  const files = allFiles();
  const problems: string[] = [];
  for (const [path, content] of files) {
    const abs = join(ROOT, path);
    const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    if (current === content) continue;
    if (check) problems.push(`${current === undefined ? 'missing' : 'differs'}: ${path}`);
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      console.log(`wrote ${path}`);
    }
  }
  for (const path of stale(files)) {
    if (check) problems.push(`stale (no longer generated): ${path}`);
    else {
      rmSync(join(ROOT, path));
      console.log(`removed ${path}`);
    }
  }
  if (check) {
    if (problems.length > 0) {
      console.error(`Generated docs are out of date (run \`npm run docs:generate\` and commit):\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log(`docs: ${files.size} generated files up to date`);
  } else {
    console.log(`docs: ${files.size} generated files`);
  }
}

main();
