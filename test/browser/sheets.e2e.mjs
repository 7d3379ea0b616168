#!/usr/bin/env node
// Browser test of the `chuan-ngheo/sheets` entry (dist/sheets.js, from `npm run build`), in a
// real Chromium: bundled for the browser (no Node built-ins may be needed), it reads the
// committed Excel CSV and LibreOffice workbook fixtures from Blobs, classifies them, writes the
// results workbook and the template, and reads them back. Prints "N passed, N failed".
//
// Usage: npm run build && node test/browser/sheets.e2e.mjs
// Env: CHROMIUM_PATH (default /usr/bin/chromium).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const library = join(root, 'dist', 'sheets.js');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(library)) {
  console.error('sheets e2e: dist/sheets.js is missing; run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.error(`sheets e2e: no browser at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}

const fixtures = join(root, 'test', 'fixtures', 'sheets');
const b64 = (name) => readFileSync(join(fixtures, name)).toString('base64');
const app = `
import { readSheets, classifySheets, writeResultsWorkbook, readWorkbook, writeTemplate } from 'chuan-ngheo/sheets';
const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
async function categories(blob, options) {
  const run = await classifySheets(await readSheets(blob), options);
  const out = [];
  for await (const row of run.results()) out.push(row.ok ? row.result.category : 'error');
  return out.join(',');
}
window.results = (async () => {
  const checks = {};
  checks.csv = await categories(new Blob([bytes(${JSON.stringify(b64('ra-soat-xa.csv'))})]), { blank: 'not-deprived', numberFormat: 'vi' });
  checks.xlsx = await categories(new Blob([bytes(${JSON.stringify(b64('ho-va-thanh-vien.xlsx'))})]), { blank: 'not-deprived' });
  const run = await classifySheets(await readSheets(new Blob([bytes(${JSON.stringify(b64('ra-soat-xa.csv'))})])), { blank: 'not-deprived', numberFormat: 'vi' });
  const chunks = [];
  for await (const chunk of writeResultsWorkbook(run, { explain: true })) chunks.push(chunk);
  checks.output = (await readWorkbook(new Blob(chunks))).sheets.join('|');
  checks.template = (await readWorkbook(writeTemplate())).sheets.join('|');
  return checks;
})().catch((error) => ({ error: String(error && error.stack || error) }));
`;

const dir = mkdtempSync(join(tmpdir(), 'sheets-e2e-'));
let passed = 0;
let failed = 0;
const check = (name, actual, expected) => {
  if (actual === expected) passed++;
  else {
    failed++;
    console.error(`FAIL ${name}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
};
try {
  writeFileSync(join(dir, 'app.js'), app);
  await build({
    entryPoints: [join(dir, 'app.js')],
    outfile: join(dir, 'bundle.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    alias: { 'chuan-ngheo/sheets': library },
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="bundle.js"></script>');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    const results = await page.evaluate(() => window.results);
    check('no page error', errors.join('; '), '');
    check('no exception', results.error ?? '', '');
    check('Excel CSV categories', results.csv, 'poor,near-poor,average,poor,above-average,error,average,average,error,error');
    check('LibreOffice workbook categories', results.xlsx, 'poor,average,near-poor,error,error');
    check('results workbook sheets', results.output, 'Kết quả|Tổng hợp|Lỗi');
    check('template sheets', results.template, 'Hộ gia đình|Thành viên|Hướng dẫn');
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`sheets-e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
