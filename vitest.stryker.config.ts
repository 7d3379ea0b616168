/**
 * The vitest configuration Stryker runs (stryker.config.json → vitest.configFile): the normal
 * suite minus the end-to-end CLI tests, which spawn a `node --import tsx` process per case
 * (~30 s per full run: they dominate the cost of every "static" mutant, while the CLI is not in
 * the mutated set and its library behaviour is covered in-process by the other tests).
 * Coverage is off here (Stryker does its own), and the loose time bounds of the hostile-input
 * tests are widened: instrumented code is slower, and a timing failure must not count as a kill.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/cli.e2e.test.ts', 'node_modules/**'],
      env: { RELIABILITY_TIME_BOUND_MS: '30000' },
    },
  }),
);
