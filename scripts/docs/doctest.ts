/**
 * Runs the `@example` blocks of the public API (TSDoc comments in `src/` whose code imports from
 * `'chuan-ngheo'`) against the library, so an example's stated output is real.
 *
 * A line `expression; // value` (or `console.log(expression); // value`) is checked when `value`
 * is a JavaScript literal or expression (`'poor'`, `3`, `['vn-2022-2025']`, `{ count: 1 }`):
 * the expression's value must deep-equal it; `expression; // throws ValidationError (code)` must
 * throw that error (with an issue of that code). Comments that are prose are left alone. Imports from
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
      const comment = match[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n');
      const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 300);
      const declared = /export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|class|interface|type|let)\s+([\w$]+)/.exec(after)?.[1] ?? '(module)';
      const line = text.slice(0, match.index!).split('\n').length;
      for (const block of comment.matchAll(/@example[\s\S]*?```(?:ts|typescript|js)?\n([\s\S]*?)```/g)) {
        const code = block[1]!;
        if (!/from\s+'chuan-ngheo'/.test(code)) continue;
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
      if (!/from\s+'chuan-ngheo'/.test(block[1]!)) continue;
      const line = text.slice(0, block.index!).split('\n').length;
      examples.push({ where: `${dir}/${name}:${line}`, name: `${dir}/${name}`, code: block[1]! });
    }
  }
  return examples;
}

function parses(source: string): boolean {
  const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  return (out.diagnostics ?? []).length === 0;
}

const STATEMENT = /^\s*(?:const|let|var|for|if|else|while|do|return|throw|try|catch|finally|switch|case|import|export|function|class|type|interface|await\s+using|\}|\{)\b/;

/** Turns an example into a function body with checks; returns the JavaScript and how many checks. */
export function instrument(code: string): { js: string; checks: number } {
  const withoutImports = code.replace(/import\s+(?:type\s+)?\{[^}]*\}\s+from\s+'chuan-ngheo';?/g, (whole) => whole.replace(/[^\n]/g, ''));
  let checks = 0;
  const lines = withoutImports.split('\n').map((line) => {
    const match = /^(\s*)(.*?);?\s*\/\/\s*(?:→\s*)?(.+?)\s*$/.exec(line);
    if (match === null || STATEMENT.test(match[2]!) || match[2]!.trim() === '') return line;
    let expression = match[2]!;
    const logged = /^console\.log\(([\s\S]*)\)$/.exec(expression);
    if (logged !== null) expression = logged[1]!;
    const expected = match[3]!;
    const throws = /^throws\s+([A-Za-z_$][\w$]*)(?:\s*\(([\w-]+)\))?/.exec(expected);
    if (throws !== null && parses(`(${expression});`)) {
      checks++;
      return `${match[1]}__throws(${JSON.stringify(line.trim())}, () => (${expression}), ${JSON.stringify(throws[1])}, ${JSON.stringify(throws[2] ?? null)});`;
    }
    if (!parses(`(${expression});`) || !parses(`(${expected});`)) return line;
    checks++;
    return `${match[1]}__check(${JSON.stringify(line.trim())}, () => (${expression}), () => (${expected}));`;
  });
  const js = ts.transpileModule(lines.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { js, checks };
}

/** Runs one example against `lib` (the module namespace of `src/index.ts`); returns the problems. */
export async function runExample(example: Example, lib: Record<string, unknown>): Promise<{ problems: string[]; checks: number }> {
  const problems: string[] = [];
  const { js, checks } = instrument(example.code);
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
    } catch {
      return; // the comment is prose that happens to parse (e.g. a bare word): not a stated value
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
