#!/usr/bin/env node
/**
 * Entry point of the `chuan-ngheo` command (built to `dist/cli.cjs`). Node-only.
 *
 * @module
 */
import { main } from './main.js';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, progress: process.stderr.isTTY === true }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`chuan-ngheo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
