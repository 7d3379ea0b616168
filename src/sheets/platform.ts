/**
 * The few web-platform globals the sheets entry uses, declared here because the core is
 * type-checked without DOM or Node types. All of them exist in browsers, workers and Node 20.
 *
 * @internal
 * @module
 */

/** `TextDecoder` (WHATWG Encoding): UTF-8, UTF-16 and the Windows code pages. */
export interface TextDecoderLike {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
declare const TextEncoder: new () => { encode(input: string): Uint8Array };

/** A new decoder for `label`; `fatal` makes invalid bytes throw instead of becoming U+FFFD. */
export function makeDecoder(label: string, fatal: boolean): TextDecoderLike {
  return new TextDecoder(label, { fatal, ignoreBOM: true });
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * A `Blob` (a browser `File`, or Node's `fs.openAsBlob`): read in slices, so a large workbook
 * need not be held in memory whole.
 */
export interface BlobLike {
  /** Size in bytes. */
  readonly size: number;
  /** A part of the blob, from `start` (inclusive) to `end` (exclusive). */
  slice(start?: number, end?: number): BlobLike;
  /** The bytes of the blob. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Whether `value` looks like a `Blob`. */
export function isBlobLike(value: unknown): value is BlobLike {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as BlobLike).size === 'number' &&
    typeof (value as BlobLike).slice === 'function' &&
    typeof (value as BlobLike).arrayBuffer === 'function'
  );
}
