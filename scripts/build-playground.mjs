#!/usr/bin/env node
// Builds the playground page: bundles docs/playground/app.js with the library's ESM build
// (dist/index.js, from `npm run build`) and its dependencies (zod, decimal.js) into one classic
// script, docs/playground/dist/playground.js (gitignored). No CDN, nothing fetched at run time.
//
// Usage: npm run build && npm run playground:build
// Then serve docs/ (the rule-card links point to ../rules/) or open docs/playground/index.html.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const library = join(root, 'dist', 'index.js');
const entry = join(root, 'docs', 'playground', 'app.js');
const outdir = join(root, 'docs', 'playground', 'dist');
const outfile = join(outdir, 'playground.js');

if (!existsSync(library)) {
  console.error(`build-playground: ${relative(root, library)} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  // A classic script (IIFE), so the page also works when opened from the file system.
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  // The page imports the library by its package name, as an app would; it resolves to the build.
  alias: { 'chuan-ngheo': library },
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
});

const inputs = Object.keys(result.metafile.inputs);
for (const needed of ['dist/index.js', 'zod', 'decimal.js']) {
  if (!inputs.some((input) => input.includes(needed))) {
    console.error(`build-playground: the bundle does not contain ${needed}`);
    process.exit(1);
  }
}
const kb = (statSync(outfile).size / 1024).toFixed(1);
console.log(`build-playground: ${relative(root, outfile)} (${kb} KiB, ${inputs.length} modules)`);
