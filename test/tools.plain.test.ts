/**
 * readPlain: an argument read once into a plain copy, in bounded work, before any schema looks
 * at it — getters read once, throwing ones reported, huge or deep structures refused.
 */
import { describe, expect, it } from 'vitest';
import { readPlain } from '../src/tools/plain.js';
import { issueCodes } from './helpers/households.js';

describe('readPlain', () => {
  it('copies plain data (objects, arrays, holes as undefined) and keeps primitives', () => {
    const input = { a: [1, 'x', null, true, { b: 2 }], c: undefined };
    const copy = readPlain(input) as typeof input;
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(copy.a).not.toBe(input.a);
    // eslint-disable-next-line no-sparse-arrays
    expect(readPlain([1, , 3])).toEqual([1, undefined, 3]);
    expect(readPlain('text')).toBe('text');
  });

  it('reads a getter once; the copy keeps the first answer', () => {
    let reads = 0;
    const input = {} as Record<string, unknown>;
    Object.defineProperty(input, 'n', { enumerable: true, get: () => ++reads });
    const copy = readPlain(input) as { n: number };
    expect([copy.n, copy.n, reads]).toEqual([1, 1, 1]);
  });

  it('keeps "__proto__" an own key (the schema then refuses it) and leaves Object.prototype alone', () => {
    const copy = readPlain(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  it('refuses class instances, throwing getters, too many values, too deep nesting — with paths', () => {
    class Thing {}
    expect(issueCodes(() => readPlain({ a: [new Thing()] }, ['options']))).toEqual([{ path: ['options', 'a', 0], code: 'invalid_type' }]);
    expect(issueCodes(() => readPlain(new Map()))).toEqual([{ path: [], code: 'invalid_type' }]);
    const throwing = {} as Record<string, unknown>;
    Object.defineProperty(throwing, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(issueCodes(() => readPlain({ y: throwing }))).toEqual([{ path: [], code: 'unreadable_input' }]);
    expect(
      issueCodes(() =>
        readPlain(
          Array.from({ length: 20 }, () => 1),
          [],
          { nodes: 10, depth: 5 },
        ),
      ),
    ).toEqual([{ path: [], code: 'too_big' }]);
    expect(issueCodes(() => readPlain({ a: { b: { c: 1 } } }, [], { nodes: 100, depth: 1 }))).toEqual([{ path: ['a', 'b'], code: 'too_big' }]);
    const shared = { leaf: 1 };
    let tree: unknown = shared;
    for (let i = 0; i < 30; i++) tree = [tree, tree];
    expect(issueCodes(() => readPlain(tree, [], { nodes: 1000, depth: 40 }))).toEqual([{ path: [], code: 'too_big' }]);
    const long = new Proxy([], { get: (target, key) => (key === 'length' ? 10_000_000 : Reflect.get(target, key)) });
    expect(issueCodes(() => readPlain(long, [], { nodes: 1000, depth: 40 }))).toEqual([{ path: [], code: 'too_big' }]);
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw 'not an Error';
        },
      },
    );
    expect(issueCodes(() => readPlain(proxy))).toEqual([{ path: [], code: 'unreadable_input' }]);
  });
});
