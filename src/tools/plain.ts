/**
 * Reading an argument once, in bounded work: a plain copy of JSON-like data taken before any
 * schema looks at it, so a getter is read once, a proxy or a throwing getter becomes a
 * `ValidationError` (`unreadable_input`), and a huge or deeply shared structure is refused
 * (`too_big`) instead of being walked again and again.
 *
 * @internal
 * @module
 */
import { ValidationError } from '../errors.js';

type Path = (string | number)[];

/** Bounds of {@link readPlain}: values read in all (counted as a tree) and nesting depth. */
export interface PlainBounds {
  readonly nodes: number;
  readonly depth: number;
}

const DEFAULT_BOUNDS: PlainBounds = { nodes: 100_000, depth: 32 };

function describe(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message).slice(0, 100) : 'unknown error';
  } catch {
    return 'unknown error';
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/**
 * A plain copy of `value`: objects and arrays copied (own enumerable string keys, each read
 * once), everything else kept as it is (the schema that follows refuses what is not JSON).
 * `path` is the argument's place in error paths (e.g. `['options']`, or `[]` for the input).
 *
 * @throws {@link ValidationError} `unreadable_input` when reading throws; `too_big` past the bounds;
 *   `invalid_type` for an object that is not plain data (a class instance, a `Map`…).
 */
export function readPlain(value: unknown, path: Path = [], bounds: PlainBounds = DEFAULT_BOUNDS): unknown {
  let nodes = 0;
  // The path to the value being read, kept as one stack (copied only for an error message).
  const at: Path = [...path];
  const copy = (node: unknown, depth: number): unknown => {
    nodes++;
    if (nodes > bounds.nodes)
      throw new ValidationError([{ path, code: 'too_big', message: `more than ${bounds.nodes} values: far larger than any valid input` }]);
    if (node === null || typeof node !== 'object') return node;
    if (depth > bounds.depth) throw new ValidationError([{ path: [...at], code: 'too_big', message: `nested more than ${bounds.depth} levels deep` }]);
    if (Array.isArray(node)) {
      const length = node.length;
      if (length > bounds.nodes)
        throw new ValidationError([{ path: [...at], code: 'too_big', message: `a list of ${length} entries: far larger than any valid input` }]);
      const out: unknown[] = new Array<unknown>(length);
      for (let index = 0; index < length; index++) {
        at.push(index);
        out[index] = copy(node[index], depth + 1);
        at.pop();
      }
      return out;
    }
    if (!isPlainObject(node)) {
      throw new ValidationError([
        { path: [...at], code: 'invalid_type', message: 'must be plain JSON data (an object literal or JSON.parse output), not a class instance' },
      ]);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      at.push(key);
      const item = copy((node as Record<string, unknown>)[key], depth + 1);
      at.pop();
      // defineProperty for "__proto__": it stays an own key of the copy (the schema then refuses it).
      if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      else out[key] = item;
    }
    return out;
  };
  try {
    return copy(value, 0);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([{ path, code: 'unreadable_input', message: `could not be read as JSON data (${describe(error)})` }]);
  }
}
