#!/usr/bin/env node
// Prints a one-line summary of a Vitest JSON report, e.g. "12 passed, 0 failed, 1 skipped".
// Usage: node scripts/vitest-summary.mjs [reports/vitest.json]
// Exits 1 if any test failed, a test file failed to run, or the report is missing/unreadable.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/vitest.json';

let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`vitest-summary: cannot read ${file}: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);

let line = `${passed} passed, ${failed} failed`;
if (skipped > 0) line += `, ${skipped} skipped`;
console.log(line);

// A test file that fails to load (syntax/import error) counts as a failed suite with no failed tests.
const failedSuites = report.numFailedTestSuites ?? 0;
if (failed > 0 || failedSuites > 0 || report.success === false) {
  if (failed === 0) console.error(`vitest-summary: ${failedSuites} test file(s) failed to run`);
  process.exit(1);
}
