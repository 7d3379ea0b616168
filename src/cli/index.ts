#!/usr/bin/env node
/**
 * Entry point of the `chuan-ngheo` command (built to `dist/cli.cjs`). Node-only.
 *
 * SIGINT, SIGTERM and SIGHUP stop a run at the next batch: its temporary files are removed, a
 * line says how many rows were written, and the exit code is 128 + the signal number (130, 143,
 * 129). A second signal, or a run that does not stop within 5 s, ends the process at once (the
 * temporary files are still removed). Temporary files are also removed on any other exit.
 *
 * @module
 */
import { isMainThread } from 'node:worker_threads';
import { signalExitCode } from './errors.js';
import { removeTemporaryFiles } from './files.js';
import { main } from './main.js';

// The bundle is also the script of its `--workers` threads (see workers.ts): only the main
// thread runs the command.
if (isMainThread) {
  // Failures are handled where each write is awaited; a stray 'error' event must not crash with a stack trace.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  process.on('exit', removeTemporaryFiles);

  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    const code = signalExitCode(signal);
    const now = (): void => {
      removeTemporaryFiles();
      try {
        process.stderr.write(`chuan-ngheo: interrupted by ${signal} — the run stopped; no output file was written\n`);
      } catch {
        // Closed.
      }
      process.exit(code);
    };
    if (controller.signal.aborted) now();
    controller.abort(signal);
    setTimeout(now, 5000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, progress: process.stderr.isTTY === true, signal: controller.signal }).then(
    (code) => {
      // An interrupted run may still have a read pending on standard input: end now.
      if (code >= 128) process.exit(code);
      process.exitCode = code;
    },
    (error: unknown) => {
      try {
        process.stderr.write(`chuan-ngheo: ${error instanceof Error ? error.message : String(error)}\n`);
      } catch {
        // Closed.
      }
      process.exitCode = 2;
    },
  );
}
