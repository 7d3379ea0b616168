/**
 * The vitest configuration Stryker runs (stryker.config.json → vitest.configFile).
 *
 * Most mutants of the engine are "static" for Stryker (the rule-set compilation is cached and
 * first runs while test files are collected), so each one runs the whole selected suite: the
 * suite must be small. Selected: the tests of the mutated code (classification, rules, money,
 * input fast path, rule selection, conformance cases, reliability properties, mutation
 * killers). Left out: the CLI (end-to-end tests spawn a process per case, ~30 s per run; the CLI
 * is not mutated), batch summaries, comparisons, diffs, explanations and the docs doctests
 * (they exercise the engine only through the selected paths). Leaving tests out can only lower
 * the score: the reported score is a lower bound for the full suite.
 *
 * Coverage is off here (Stryker does its own); the loose time bounds of the hostile-input tests
 * are widened (instrumented code is slower, and a timing failure must not count as a kill), and
 * the fast-check run counts of the reliability properties are scaled down.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';
import groups from './stryker.groups.json' with { type: 'json' };

// STRYKER_GROUP=<name> (set by scripts/mutation.mjs) runs that group's tests from
// stryker.groups.json; STRYKER_TESTS=a.test.ts,b.test.ts names tests directly.
const group = groups.groups.find((candidate) => candidate.name === process.env.STRYKER_GROUP);
const selected = process.env.STRYKER_TESTS?.split(',') ?? group?.tests ?? undefined;

// Not mergeConfig: it would concatenate `include` with the base's `test/**/*.test.ts`.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: selected ?? [
      'test/classify.*.test.ts',
      'test/rules.*.test.ts',
      'test/rules/*.test.ts',
      'test/money.test.ts',
      'test/household.fast.test.ts',
      'test/score.test.ts',
      'test/select.test.ts',
      'test/low-income-worker.test.ts',
      'test/conformance.test.ts',
      'test/derive.test.ts',
      'test/reliability.*.test.ts',
      'test/mutation-killers.test.ts',
      // Imports the library inside a test: a mutant that breaks loading fails a test here (a file
      // that cannot be imported collects no tests, which the runner would report as a survivor).
      'test/library-loads.test.ts',
    ],
    env: { RELIABILITY_TIME_BOUND_MS: '30000', RELIABILITY_FC_SCALE: '0.3' },
  },
});
