/**
 * Runs the `@example` blocks of the public API (TSDoc comments in `src/` whose code imports from
 * `'chuan-ngheo'`), and the code blocks of the README and the guides that do, against the
 * library, so every documented output is real.
 *
 * Every documented output is a value the doctest compares — there are no outputs in prose:
 *
 * - `expression; // value` (or `console.log(expression); // value`): `value` must be a
 *   JavaScript literal or expression (`'poor'`, `3`, `['vn-2022-2025']`, `{ count: 1 }`), and
 *   the expression's value must deep-equal it;
 * - `expression;` followed directly by comment lines: those lines, joined (a leading `→` is
 *   allowed), are the value, e.g. a long string or an array written over several lines;
 * - `expression; // throws ValidationError (code)` must throw that error (with an issue of
 *   that code).
 *
 * A comment after an expression that is not such a value (`// Result: poor household…`, a
 * sentence) is a problem, not something to skip: write notes on their own line, before the
 * code they are about, or after a declaration (`const x = …; // note`). Imports from
 * `'chuan-ngheo'` are served by `src/index.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual, inspect } from 'node:util';
import ts from 'typescript';

/** One example block. */
export interface Example {
  /** `file:line` of the comment. */
  readonly where: string;
  /** The exported name documented (the declaration after the comment), or the file's module. */
  readonly name: string;
  /** The TypeScript code of the block. */
  readonly code: string;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
}

/** Every public example in the TSDoc comments under `srcDir`. */
export function findExamples(root: string, srcDir = 'src'): Example[] {
  const files: string[] = [];
  walk(join(root, srcDir), files);
  const examples: Example[] = [];
  for (const file of files) {
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
        const code = block[1]!;
        if (!/from\s+'chuan-ngheo'/.test(code)) continue;
        // Examples that also use the sheets entry are run by its own doctest (test/sheets/docs.test.ts).
        if (/from\s+'chuan-ngheo\/sheets'/.test(code)) continue;
        examples.push({ where: `${relative(root, file).split('\\').join('/')}:${line}`, name: declared, code });
      }
    }
  }
  return examples;
}

/** Every ```ts block importing from `'chuan-ngheo'` in the Markdown files of `dir` (the guides). */
export function findGuideExamples(root: string, dir = 'docs/guide'): Example[] {
  const examples: Example[] = [];
  const abs = join(root, dir);
  for (const name of readdirSync(abs).sort()) {
    if (!name.endsWith('.md')) continue;
    const text = readFileSync(join(abs, name), 'utf8');
    for (const block of text.matchAll(/```(?:ts|typescript|js)\n([\s\S]*?)```/g)) {
      if (!/from\s+'chuan-ngheo'/.test(block[1]!) || /from\s+'chuan-ngheo\/sheets'/.test(block[1]!)) continue;
      const line = text.slice(0, block.index!).split('\n').length;
      examples.push({ where: `${dir}/${name}:${line}`, name: `${dir}/${name}`, code: block[1]! });
    }
  }
  return examples;
}

/** Every ```ts / ```js block importing from `'chuan-ngheo'` in one Markdown file (e.g. the README). */
export function findMarkdownExamples(root: string, file: string): Example[] {
  const text = readFileSync(join(root, file), 'utf8');
  const examples: Example[] = [];
  for (const block of text.matchAll(/```(?:ts|typescript|js)\n([\s\S]*?)```/g)) {
    if (!/from\s+'chuan-ngheo'/.test(block[1]!)) continue;
    const line = text.slice(0, block.index!).split('\n').length;
    examples.push({ where: `${file}:${line}`, name: file, code: block[1]! });
  }
  return examples;
}

function parses(source: string): boolean {
  const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  return (out.diagnostics ?? []).length === 0;
}

const STATEMENT =
  /^\s*(?:const|let|var|for|if|else|while|do|return|throw|try|catch|finally|switch|case|import|export|function|class|type|interface|await\s+using|\}|\{)\b/;

const COMMENT_ONLY = /^\s*\/\/ ?(.*)$/;

/** The expression of an expression-statement line (`console.log(x)` gives `x`), or `undefined`. */
function expressionOf(code: string): string | undefined {
  if (STATEMENT.test(code) || code.trim() === '') return undefined;
  let expression = code.trim().replace(/;$/, '');
  const logged = /^console\.log\(([\s\S]*)\)$/.exec(expression);
  if (logged !== null) expression = logged[1]!;
  return parses(`(${expression});`) ? expression : undefined;
}

/**
 * Turns an example into a function body with checks; returns the JavaScript, how many checks,
 * and the documented outputs that are not values the doctest can compare (each a problem).
 */
export function instrument(code: string): { js: string; checks: number; unchecked: string[] } {
  const withoutImports = code.replace(/import\s+(?:type\s+)?\{[^}]*\}\s+from\s+'chuan-ngheo';?/g, (whole) => whole.replace(/[^\n]/g, ''));
  let checks = 0;
  const unchecked: string[] = [];
  const lines = withoutImports.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = /^\s*/.exec(line)![0];
    let expression: string | undefined;
    let expected: string | undefined;
    let shown = line.trim();
    const consumed: string[] = [];
    const inline = /^(\s*)(.*?);?\s*\/\/\s*(?:→\s*)?(.+?)\s*$/.exec(line);
    if (COMMENT_ONLY.test(line)) {
      out.push(line);
      continue;
    }
    if (inline !== null) {
      expression = expressionOf(inline[2]!);
      expected = inline[3]!;
    } else if (/;\s*$/.test(line) && COMMENT_ONLY.test(lines[i + 1] ?? '')) {
      // `expression;` followed by comment lines: they are its value.
      expression = expressionOf(line);
      if (expression !== undefined) {
        let j = i + 1;
        while (j < lines.length && COMMENT_ONLY.test(lines[j]!)) consumed.push(lines[j++]!);
        expected = consumed
          .map((comment) => COMMENT_ONLY.exec(comment)![1]!)
          .join('\n')
          .replace(/^\s*→\s*/, '');
        shown = `${line.trim()} // ${expected.split('\n')[0]}${consumed.length > 1 ? ' …' : ''}`;
        i = j - 1;
      }
    }
    if (expression === undefined || expected === undefined) {
      out.push(line, ...consumed);
      continue;
    }
    const throws = /^throws\s+([A-Za-z_$][\w$]*)(?:\s*\(([\w-]+)\))?$/.exec(expected);
    if (throws !== null) {
      checks++;
      out.push(`${indent}__throws(${JSON.stringify(shown)}, () => (${expression}), ${JSON.stringify(throws[1])}, ${JSON.stringify(throws[2] ?? null)});`);
    } else if (parses(`(${expected});`)) {
      checks++;
      out.push(`${indent}__check(${JSON.stringify(shown)}, () => (${expression}), () => (${expected}));`);
    } else {
      unchecked.push(shown);
      out.push(line);
    }
    // Keep the line count (comment lines consumed as the value become blank lines).
    for (const _ of consumed) out.push('');
  }
  const js = ts.transpileModule(out.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { js, checks, unchecked };
}

/** Runs one example against `lib` (the module namespace of `src/index.ts`); returns the problems. */
export async function runExample(example: Example, lib: Record<string, unknown>): Promise<{ problems: string[]; checks: number }> {
  const problems: string[] = [];
  const { js, checks, unchecked } = instrument(example.code);
  for (const line of unchecked)
    problems.push(`${line}: the documented output is not a value the doctest can compare (write a literal, e.g. // 'text', or move the note to its own line)`);
  const check = (line: string, actual: () => unknown, expected: () => unknown): void => {
    let value: unknown;
    try {
      value = actual();
    } catch (error) {
      problems.push(`${line}: threw ${String(error)}`);
      return;
    }
    let want: unknown;
    try {
      want = expected();
    } catch (error) {
      // Prose that happens to parse (a bare word, `null (3 in both)`) is not a stated value.
      problems.push(`${line}: the documented output is not a value the doctest can compare (${String(error).slice(0, 80)})`);
      return;
    }
    if (!isDeepStrictEqual(value, want)) problems.push(`${line}: got ${inspect(value, { depth: 6, breakLength: Infinity })}`);
  };
  const throwsCheck = (line: string, run: () => unknown, name: string, code: string | null): void => {
    try {
      run();
    } catch (error) {
      const e = error as { name?: unknown; issues?: readonly { code?: unknown }[] };
      if (e.name !== name) problems.push(`${line}: threw ${String(e.name)}, not ${name}`);
      else if (code !== null && !(e.issues ?? []).some((issue) => issue.code === code)) problems.push(`${line}: no issue with code ${code}`);
      return;
    }
    problems.push(`${line}: did not throw`);
  };
  const names = Object.keys(lib).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  const quiet = { log: () => undefined, error: () => undefined, warn: () => undefined };
  try {
    const run = new AsyncFunction('__lib', '__check', '__throws', 'console', `const { ${names.join(', ')} } = __lib;\n${js}`);
    await run(lib, check, throwsCheck, quiet);
  } catch (error) {
    problems.push(`did not run: ${String(error)}`);
  }
  return { problems, checks };
}
