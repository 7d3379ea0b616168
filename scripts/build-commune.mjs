#!/usr/bin/env node
// Builds the commune review page (docs/xa/): the worker (docs/xa/worker.js with the library's ESM
// builds dist/index.js and dist/sheets.js, zod, decimal.js and fflate) is bundled first, into one
// classic script kept as text; then the page (docs/xa/app.js) is bundled with that text inside,
// into docs/xa/dist/xa.js (gitignored). The page starts its worker from a Blob of that text, so
// it also works opened from the file system (a file:// page may not load a worker script file).
// No CDN, nothing fetched at run time.
//
// Usage: npm run build && npm run commune:build
// Then open docs/xa/index.html, or serve docs/ and open /xa/.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const core = join(root, 'dist', 'index.js');
const sheets = join(root, 'dist', 'sheets.js');
const page = join(root, 'docs', 'xa');
const outdir = join(page, 'dist');
const outfile = join(outdir, 'xa.js');

for (const needed of [core, sheets]) {
  if (!existsSync(needed)) {
    console.error(`build-commune: ${relative(root, needed)} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const common = { bundle: true, format: 'iife', platform: 'browser', target: 'es2020', minify: true, charset: 'utf8', logLevel: 'warning', metafile: true };

// 1. The worker: the page's only user of the library.
const worker = await build({
  ...common,
  entryPoints: [join(page, 'worker.js')],
  write: false,
  outfile: join(outdir, 'worker.js'),
  // The worker imports the library by its package names, as an app would; they resolve to the build.
  alias: { 'chuan-ngheo/sheets': sheets, 'chuan-ngheo': core },
  legalComments: 'inline',
});
const inputs = Object.keys(worker.metafile.inputs);
for (const needed of ['dist/index.js', 'dist/sheets.js', 'zod', 'decimal.js', 'fflate']) {
  if (!inputs.some((input) => input.includes(needed))) {
    console.error(`build-commune: the worker bundle does not contain ${needed}`);
    process.exit(1);
  }
}
const workerCode = worker.outputFiles[0].text;

// 2. The page, with the worker's code as a string (module 'virtual:xa-worker').
mkdirSync(outdir, { recursive: true });
const app = await build({
  ...common,
  entryPoints: [join(page, 'app.js')],
  outfile,
  sourcemap: true,
  legalComments: 'linked',
  plugins: [
    {
      name: 'xa-worker',
      setup(b) {
        b.onResolve({ filter: /^virtual:xa-worker$/ }, () => ({ path: 'xa-worker', namespace: 'xa-worker' }));
        b.onLoad({ filter: /.*/, namespace: 'xa-worker' }, () => ({ contents: `export default ${JSON.stringify(workerCode)};`, loader: 'js' }));
      },
    },
  ],
});
const pageInputs = Object.keys(app.metafile.inputs);
if (pageInputs.some((input) => input.includes('dist/index.js') || input.includes('dist/sheets.js'))) {
  console.error('build-commune: the page bundle must not contain the library (it runs in the worker only)');
  process.exit(1);
}
const size = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `build-commune: ${relative(root, outfile)} (${size(statSync(outfile).size)}; worker ${size(Buffer.byteLength(workerCode))}, ${inputs.length} modules)`,
);
