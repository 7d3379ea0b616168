import { findExamples, runExample } from '/work/wt-review/scripts/docs/doctest.js';
import * as lib from '/work/wt-review/src/index.js';
const ex = findExamples('/work/wt-review').filter((e) => e.where.startsWith(process.argv[2] ?? 'src/review'));
for (const e of ex) { const r = await runExample(e, lib as any); console.log(e.where, e.name, r.checks, r.problems); }
