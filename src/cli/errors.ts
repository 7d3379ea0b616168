/**
 * The command line's errors, each with the exit code it ends the run with:
 *
 * | class | exit code | when |
 * | --- | --- | --- |
 * | {@link UsageError} | 2 | bad command, option or header, unreadable file — found before any output |
 * | {@link InputError} | 2 | the input file turned out to be unreadable part-way (CSV syntax error, read error) |
 * | {@link OutputError} | 3 | standard output or an output file could not be written (EPIPE, ENOSPC, EFBIG, EIO…) |
 * | {@link Interrupted} | 130 / 143 | SIGINT / SIGTERM |
 *
 * Node-only (part of the CLI).
 *
 * @module
 */

/** Exit codes of the command line (see docs/cli.md, "Exit codes"). */
export const EXIT = {
  /** Every row was read and classified; every output is complete. */
  ok: 0,
  /** The run is complete, and some rows failed validation (they are in the output as failed rows). */
  rowsFailed: 1,
  /** Usage or input error. */
  usage: 2,
  /** An output could not be written. */
  output: 3,
  /** Interrupted by SIGINT (128 + 2). */
  sigint: 130,
  /** Interrupted by SIGTERM (128 + 15). */
  sigterm: 143,
} as const;

/** An error that ends the run with a given exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage or file problem found before any output: the CLI exits with code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** Where in the input a problem is. */
export interface InputPlace {
  /** Data row number, from 1. */
  readonly row: number;
  /** Line of the file, from 1. */
  readonly line: number;
}

/**
 * The input became unreadable part-way through (a CSV syntax error, a record over the line
 * limit, a read error): exit code 2. `place` is where the row that could not be read starts.
 */
export class InputError extends CliError {
  constructor(
    message: string,
    readonly place?: InputPlace,
  ) {
    super(message, EXIT.usage);
    this.name = 'InputError';
  }
}

const ERRNO: Record<string, string> = {
  EPIPE: 'the reading end of the pipe was closed',
  ECONNRESET: 'the connection was reset',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file size limit was reached',
  EIO: 'input/output error',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a parent is not a directory',
  EISDIR: 'it is a directory',
  EBADF: 'the file descriptor is not open for writing',
  ERR_STREAM_DESTROYED: 'the stream was closed',
  ERR_STREAM_WRITE_AFTER_END: 'the stream was closed',
};

/** A short description of a system error: `no space left on the device (ENOSPC)`. */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && ERRNO[code] !== undefined) return `${ERRNO[code]} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

/** An output (standard output or a file) could not be written: exit code 3. */
export class OutputError extends CliError {
  constructor(
    /** `standard output` or the file name. */
    readonly target: string,
    readonly cause: unknown,
  ) {
    super(`cannot write ${target}: ${describeSystemError(cause)}`, EXIT.output);
    this.name = 'OutputError';
  }
}

/** The run was interrupted by a signal: exit code 128 + the signal number. */
export class Interrupted extends CliError {
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`, signal === 'SIGTERM' ? EXIT.sigterm : signal === 'SIGHUP' ? 129 : EXIT.sigint);
    this.name = 'Interrupted';
  }
}

/** The exit code for a signal name (SIGINT 130, SIGTERM 143, SIGHUP 129). */
export function signalExitCode(signal: string): number {
  return new Interrupted(signal).exitCode;
}
