import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run thousands of cases; CI machines have 2 cores shared with other work.
    // Per-test time limits are generous so load does not fail a correct test; speed is measured
    // in bench/, never here.
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      exclude: [
        // The command line is tested end to end by spawning `node --import tsx src/cli/index.ts`
        // (test/cli.e2e.test.ts): code run in a child process is not seen by v8 coverage here.
        'src/cli/**',
        // Type declarations only: no runtime code to cover.
        'src/rules/types.ts',
        'src/engine/result.ts',
      ],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      // Enforced by `npm test` (vitest run --coverage): the run fails below these.
      thresholds: {
        lines: 95,
        branches: 95,
        statements: 95,
        functions: 95,
      },
    },
  },
});
