/**
 * The `@example` blocks of the `chuan-ngheo/sheets` entry and the ```ts blocks of the officers'
 * guide run against the library, and their stated values are checked (the core doctest in
 * test/docs.test.ts only runs examples that import from `'chuan-ngheo'`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import * as sheets from '../../src/sheets/index.js';
import { runExample, type Example } from '../../scripts/docs/doctest.js';

const root = join(import.meta.dirname, '..', '..');
const IMPORT = /from\s+'chuan-ngheo\/sheets'/;

function sourceExamples(): Example[] {
  const dir = join(root, 'src', 'sheets');
  const out: Example[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.ts')) continue;
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const comment = match[1]!
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 300);
      const declared = /export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|class|interface|type|let)\s+([\w$]+)/.exec(after)?.[1] ?? '(module)';
      const line = text.slice(0, match.index!).split('\n').length;
      for (const block of comment.matchAll(/@example[\s\S]*?```(?:ts|typescript|js)?\n([\s\S]*?)```/g)) {
        if (IMPORT.test(block[1]!)) out.push({ where: `${relative(root, file)}:${line}`, name: declared, code: block[1]! });
      }
    }
  }
  return out;
}

function guideExamples(): Example[] {
  const dir = join(root, 'docs', 'guide');
  const out: Example[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md')) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    for (const block of text.matchAll(/```(?:ts|typescript|js)\n([\s\S]*?)```/g)) {
      if (!IMPORT.test(block[1]!)) continue;
      out.push({ where: `docs/guide/${name}:${text.slice(0, block.index!).split('\n').length}`, name, code: block[1]! });
    }
  }
  return out;
}

const lib = { ...core, ...sheets } as unknown as Record<string, unknown>;
const examples = [...sourceExamples(), ...guideExamples()];

describe('chuan-ngheo/sheets examples state real output', () => {
  it('every exported function and class of the entry has an example', () => {
    const documented = new Set(examples.map((example) => example.name));
    const exported = Object.keys(sheets).filter((name) => typeof (sheets as Record<string, unknown>)[name] === 'function');
    expect(exported.filter((name) => !documented.has(name))).toEqual([]);
  });

  it.each(examples.map((example) => [`${example.name} (${example.where})`, example] as const))('%s', async (_name, example) => {
    const code = example.code.replace(/from\s+'chuan-ngheo\/sheets'/g, "from 'chuan-ngheo'");
    const { problems, checks } = await runExample({ ...example, code }, lib);
    expect(problems).toEqual([]);
    expect(checks).toBeGreaterThan(0);
  });
});
