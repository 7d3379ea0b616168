/**
 * Rule-set fingerprints: SHA-256 over the JSON Canonicalization Scheme (JCS, RFC 8785), so
 * anyone can check which rule data produced a result and recompute the fingerprint outside the
 * library with any JCS implementation.
 *
 * ## The algorithm
 *
 * `fingerprint(value)` is the lowercase hexadecimal SHA-256 (FIPS 180-4, computed with
 * `@noble/hashes`) of the UTF-8 bytes of `canonicalJson(value)`, and `canonicalJson` is the
 * canonical form of RFC 8785, "JSON Canonicalization Scheme (JCS)":
 *
 * - objects: properties sorted by their names as arrays of UTF-16 code units (RFC 8785
 *   §3.2.3; the default `Array.prototype.sort` of strings, e.g. `"10" < "2" < "B" < "a"`),
 *   written as `{"key":value,...}`; properties whose value is `undefined` are left out
 *   (they do not exist in JSON);
 * - arrays: elements in order, `[a,b,...]`;
 * - strings, numbers, `true`, `false`, `null`: as ECMAScript's `JSON.stringify` writes them
 *   (RFC 8785 §3.2.2: numbers in the shortest round-trip form, so `-0` is `0`, `1e21` is
 *   `1e+21`, `0.0000001` is `1e-7`; in strings only `"`, `\`, control characters and lone
 *   surrogates are escaped, every other character, Vietnamese letters included, is written
 *   as itself);
 * - no whitespace anywhere, no trailing newline.
 *
 * Only plain JSON data is accepted: a `TypeError` is thrown for non-finite numbers, bigint,
 * symbols, functions, `undefined` (except as an object property value, which is omitted),
 * array holes, symbol-keyed properties, objects that are not plain (`Date`, `Map`, class
 * instances, boxed primitives…) and cycles. Shared (non-cyclic) references are fine.
 *
 * A rule set's `fingerprint` is computed over its data: every field except `fingerprint`
 * and `messages`. The rule data holds amounts and thresholds as decimal strings, so the only
 * numbers in it are small integers (cut, ages, years, months), which every JCS
 * implementation writes alike.
 *
 * ## Recomputing it outside the library
 *
 * With any RFC 8785 implementation, e.g. the npm package `canonicalize` (the test suite
 * checks that it reproduces the three built-in fingerprints), from a JSON file holding the
 * rule data (the canonical JSON files under `docs/rules/` are already in this form):
 *
 * ```sh
 * node --input-type=module -e "import c from 'canonicalize'; import fs from 'node:fs'; process.stdout.write(c(JSON.parse(fs.readFileSync(0, 'utf8'))))" < rules.json | sha256sum
 * ```
 *
 * Node with no dependencies (the function `c` gives the same bytes as `canonicalJson` for any
 * value that `JSON.parse` returns):
 *
 * ```sh
 * node -e "const c=v=>v===null||typeof v!=='object'?JSON.stringify(v):Array.isArray(v)?'['+v.map(c).join(',')+']':'{'+Object.keys(v).filter(k=>v[k]!==undefined).sort().map(k=>JSON.stringify(k)+':'+c(v[k])).join(',')+'}';process.stdout.write(c(JSON.parse(require('fs').readFileSync(0,'utf8'))))" < rules.json | sha256sum
 * ```
 *
 * Python 3, same input:
 *
 * ```sh
 * python3 -c "import json,sys; sys.stdout.buffer.write(json.dumps(json.load(sys.stdin), sort_keys=True, separators=(',',':'), ensure_ascii=False).encode('utf-8'))" < rules.json | sha256sum
 * ```
 *
 * The Python recipe is not JCS, but gives identical bytes for this library's rule data
 * (checked for Vietnamese text such as `Nghị định 07/2021/NĐ-CP`, control characters, U+2028,
 * astral characters, and numbers such as `0.5`, `1e21`, `1.5e-10`, `2**53 + 2`, `0.1 + 0.2`,
 * `-0`) with two exceptions, neither of which occurs in the rule data:
 *
 * - a non-zero number of magnitude below `1e-4` may be written differently: Python writes
 *   `1e-05` and `1e-07` where JCS writes `0.00001` and `1e-7` (checked on 200,000 random
 *   doubles: these are the only number mismatches);
 * - keys that differ first at a character above U+FFFF on one side and one in U+E000–U+FFFF
 *   on the other sort differently: Python sorts by code point, JCS by UTF-16 code unit
 *   (`{"😀":2,"！":1}` here, `{"！":1,"😀":2}` in Python).
 *
 * A string holding a lone surrogate (written `\ud800` in the file) makes the Python recipe
 * fail with `UnicodeEncodeError` rather than give a wrong hash. Python's defaults
 * (`ensure_ascii=True`, separators with spaces) would not match.
 *
 * @module
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  // Object.prototype of this or another realm (its prototype is null), or Object.create(null).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Array.prototype of this or another realm; false for subclasses of Array and prototype-less arrays. */
function isPlainArray(value: readonly unknown[]): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto !== null && Object.getPrototypeOf(Object.getPrototypeOf(proto)) === null;
}

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'undefined';
  const ctor: unknown = (value as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' && ctor.name !== '' ? `an instance of ${ctor.name}` : 'a non-plain object';
}

function fail(path: string, value: unknown): never {
  throw new TypeError(
    `canonicalJson: ${path} is ${describe(value)}; only plain JSON data (objects, arrays, strings, finite numbers, booleans, null) is allowed`,
  );
}

function write(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) fail(path, value);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      fail(path, value);
  }
  if (ancestors.has(value)) throw new TypeError(`canonicalJson: ${path} is a cycle (an object that contains itself)`);
  let out: string;
  ancestors.add(value);
  if (Array.isArray(value)) {
    if (!isPlainArray(value)) fail(path, value);
    out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += write(value[i], `${path}[${i}]`, ancestors);
    }
    out += ']';
  } else if (isPlainObject(value)) {
    if (Object.getOwnPropertySymbols(value).length > 0) throw new TypeError(`canonicalJson: ${path} has symbol keys; only plain JSON data is allowed`);
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    out = '{';
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      if (!first) out += ',';
      first = false;
      out += JSON.stringify(key) + ':' + write(item, `${path}${JSON.stringify([key])}`, ancestors);
    }
    out += '}';
  } else {
    fail(path, value);
  }
  ancestors.delete(value);
  return out;
}

/**
 * Canonical JSON serialisation of plain JSON data (RFC 8785, JCS): object keys sorted by UTF-16 code units,
 * no whitespace, strings and numbers exactly as `JSON.stringify` writes them,
 * `undefined`-valued object properties omitted. See the module documentation for the precise
 * rules and for how to reproduce it with Node or Python.
 *
 * @param value - Plain JSON data.
 * @returns The canonical serialisation.
 * @throws TypeError if `value` contains anything but plain objects, arrays, strings, finite
 *   numbers, booleans and `null` (e.g. `NaN`, `Infinity`, a bigint, a symbol, a function,
 *   `undefined` outside an object property, a `Date`, a `Map`, a class instance), or a cycle.
 *
 * @example
 * ```ts
 * canonicalJson({ b: [1, 0.5, 1e21], a: 'Nghị định 07/2021/NĐ-CP', c: undefined, d: null });
 * // → '{"a":"Nghị định 07/2021/NĐ-CP","b":[1,0.5,1e+21],"d":null}'
 * canonicalJson({ 2: 'x', 10: 'y', B: true, a: false });
 * // → '{"10":"y","2":"x","B":true,"a":false}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return write(value, '(root)', new Set());
}

/**
 * Fingerprint of plain JSON data: the lowercase hex SHA-256 of the UTF-8 bytes of
 * {@link canonicalJson}`(value)`. Equal data gives equal fingerprints regardless of the
 * order in which object keys were written.
 *
 * @param value - Plain JSON data.
 * @returns 64 lowercase hexadecimal digits.
 * @throws TypeError in the same cases as {@link canonicalJson}.
 *
 * @example
 * ```ts
 * fingerprint({ b: 2, a: 1 }); // same as fingerprint({ a: 1, b: 2 })
 * // → '43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777'
 * // i.e. `printf '{"a":1,"b":2}' | sha256sum`
 * ```
 */
export function fingerprint(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
