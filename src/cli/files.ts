/**
 * Where the command line writes: standard output, or a file written **atomically** — into a
 * temporary file beside it (`.<name>.<pid>-<random>.tmp`), flushed to disk and renamed over the
 * target only when the whole run succeeded. A failed or interrupted run removes the temporary
 * file and leaves the target as it was (absent, or the previous complete file). Targets that
 * are not regular files (`/dev/null`, a FIFO, a terminal) are written directly.
 *
 * Every write is awaited and every failure (EPIPE, ENOSPC, EFBIG, EIO…) becomes an
 * {@link OutputError}: no 'error' event is left unhandled. Node-only.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { OutputError } from './errors.js';

/** Temporary files not yet renamed or removed (removed synchronously on exit and on signals). */
const temporaries = new Set<string>();

/** Removes every temporary file still open (synchronous: safe in an 'exit' or signal handler). */
export function removeTemporaryFiles(): void {
  for (const path of temporaries) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  temporaries.clear();
}

/** Temporary files currently open (for tests). */
export function temporaryFiles(): readonly string[] {
  return [...temporaries];
}

/** Writes all of `text` (or bytes) to a stream, resolving when the stream has taken it. */
export function writeToStream(stream: Writable, text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      stream.write(text, (error) => (error ? reject(error) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}

/** Where a sink's bytes go. */
interface Channel {
  write(text: string | Uint8Array): Promise<void>;
  /** Flushes to disk and closes (files); nothing for streams. */
  finish(): Promise<void>;
  /** Makes the output visible: renames the temporary file over the target. */
  commit(): Promise<void>;
  /** Abandons the output: closes and removes the temporary file. */
  discard(): Promise<void>;
}

class StreamChannel implements Channel {
  private failure: unknown;
  constructor(private readonly stream: Writable) {
    // An 'error' event without a listener would crash the process with a stack trace.
    stream.on('error', (error) => {
      this.failure ??= error;
    });
  }
  async write(text: string | Uint8Array): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    try {
      await writeToStream(this.stream, text);
    } catch (error) {
      // A later write fails with ERR_STREAM_DESTROYED; the first error says why.
      throw this.failure ?? error;
    }
  }
  async finish(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
  }
  async commit(): Promise<void> {}
  async discard(): Promise<void> {}
}

class DiscardChannel implements Channel {
  async write(): Promise<void> {}
  async finish(): Promise<void> {}
  async commit(): Promise<void> {}
  async discard(): Promise<void> {}
}

async function writeAll(handle: FileHandle, text: string | Uint8Array): Promise<void> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

class FileChannel implements Channel {
  private closed = false;
  constructor(
    private readonly handle: FileHandle,
    /** The temporary file, or undefined when writing the target directly. */
    readonly temporary: string | undefined,
    private readonly target: string,
  ) {}
  write(text: string | Uint8Array): Promise<void> {
    return writeAll(this.handle, text);
  }
  async finish(): Promise<void> {
    if (this.closed) return;
    if (this.temporary !== undefined) await this.handle.sync();
    this.closed = true;
    await this.handle.close();
  }
  async commit(): Promise<void> {
    await this.finish();
    if (this.temporary === undefined) return;
    await rename(this.temporary, this.target);
    temporaries.delete(this.temporary);
  }
  async discard(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await this.handle.close().catch(() => undefined);
    }
    if (this.temporary === undefined) return;
    await unlink(this.temporary).catch(() => undefined);
    temporaries.delete(this.temporary);
  }
}

/** Opens a file for writing: a temporary file beside a regular (or new) target, the target itself otherwise. */
async function openFile(file: string): Promise<FileChannel> {
  let target = file;
  let regular = true;
  try {
    target = await realpath(file);
    regular = (await stat(target)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (!regular) return new FileChannel(await open(target, 'w'), undefined, target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o666);
  temporaries.add(temporary);
  return new FileChannel(handle, temporary, target);
}

/**
 * A buffered writer of rows: `write` appends and flushes every 64 KiB. Counts the rows that
 * reached the target (standard output) or the temporary file.
 */
export class Sink {
  private buffer = '';
  private bytes: Uint8Array[] = [];
  private byteCount = 0;
  private bufferedRows = 0;
  private written = 0;
  private broken = false;
  private done = false;

  private constructor(
    private readonly channel: Channel,
    /** `standard output` or the file name, for messages. */
    readonly label: string,
    /** Whether the output appears only on success (a file written atomically). */
    readonly atomic: boolean,
  ) {}

  /** Opens `file` (atomically), or standard output for `undefined` / `-`. Throws {@link OutputError}. */
  static async open(file: string | undefined, stdout: Writable): Promise<Sink> {
    if (file === undefined || file === '-') return new Sink(new StreamChannel(stdout), 'standard output', false);
    try {
      const channel = await openFile(file);
      return new Sink(channel, file, channel.temporary !== undefined);
    } catch (error) {
      throw new OutputError(file, error);
    }
  }

  /**
   * A sink that keeps nothing (`--output-format none`): rows are counted as written, the bytes
   * dropped. For runs whose output is the summary or the failed rows.
   */
  static discarding(): Sink {
    return new Sink(new DiscardChannel(), 'no output', false);
  }

  /** Whether this sink keeps nothing (see {@link discarding}). */
  get discards(): boolean {
    return this.channel instanceof DiscardChannel;
  }

  /** Whether the file was renamed into place (see {@link commit}). */
  get committed(): boolean {
    return this.done;
  }

  /** Rows written so far (to standard output, or to the temporary file). */
  get rows(): number {
    return this.written;
  }

  /** Appends `text` holding `rows` rows; returns a promise only when the buffer was flushed. */
  write(text: string, rows = 0): Promise<void> | undefined {
    this.buffer += text;
    this.bufferedRows += rows;
    if (this.buffer.length >= 1 << 16) return this.flush();
    return undefined;
  }

  /**
   * Appends bytes (an XLSX file, chunk by chunk; not mixed with {@link write}) holding `rows`
   * rows; returns a promise only when the buffer was flushed (every 256 KiB).
   */
  writeBytes(bytes: Uint8Array, rows = 0): Promise<void> | undefined {
    this.bytes.push(bytes);
    this.byteCount += bytes.length;
    this.bufferedRows += rows;
    if (this.byteCount >= 1 << 18) return this.flush();
    return undefined;
  }

  /** Writes the buffer out. Throws {@link OutputError}. */
  async flush(): Promise<void> {
    if (this.byteCount > 0) {
      const chunks = this.bytes;
      const length = this.byteCount;
      const rows = this.bufferedRows;
      this.bytes = [];
      this.byteCount = 0;
      this.bufferedRows = 0;
      try {
        if (this.broken) throw new Error('the output already failed');
        await this.channel.write(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length));
      } catch (error) {
        this.broken = true;
        throw error instanceof OutputError ? error : new OutputError(this.label, error);
      }
      this.written += rows;
    }
    if (this.buffer === '') return;
    const text = this.buffer;
    const rows = this.bufferedRows;
    this.buffer = '';
    this.bufferedRows = 0;
    try {
      if (this.broken) throw new Error('the output already failed');
      await this.channel.write(text);
    } catch (error) {
      this.broken = true;
      throw error instanceof OutputError ? error : new OutputError(this.label, error);
    }
    this.written += rows;
  }

  /** Flushes and, for a file, syncs and closes it (it is not visible yet: see {@link commit}). */
  async finish(): Promise<void> {
    await this.flush();
    try {
      await this.channel.finish();
    } catch (error) {
      this.broken = true;
      throw new OutputError(this.label, error);
    }
  }

  /** Makes a finished file visible under its name (renames the temporary file). */
  async commit(): Promise<void> {
    try {
      await this.channel.commit();
      this.done = true;
    } catch (error) {
      throw new OutputError(this.label, error);
    }
  }

  /** Abandons the output: a temporary file is removed, the target is left as it was. Never throws. */
  async discard(): Promise<void> {
    this.buffer = '';
    this.bytes = [];
    this.byteCount = 0;
    if (this.done) return;
    await this.channel.discard().catch(() => undefined);
  }
}

/** The output sink of a run: `--out` (or standard output), or nothing for `--output-format none`. */
export function openOutput(values: { readonly 'output-format'?: string | undefined; readonly out?: string | undefined }, stdout: Writable): Promise<Sink> {
  return values['output-format'] === 'none' ? Promise.resolve(Sink.discarding()) : Sink.open(values.out, stdout);
}
