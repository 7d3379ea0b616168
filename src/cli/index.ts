#!/usr/bin/env node
/**
 * Entry point of the `chuan-ngheo` command (built to `dist/cli.cjs`). Node-only.
 *
 * @module
 */
import { isMainThread } from 'node:worker_threads';
import { main } from './main.js';

// The bundle is also the script of its `--workers` threads (see workers.ts): only the main
// thread runs the command.
if (isMainThread) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, progress: process.stderr.isTTY === true }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`chuan-ngheo: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
