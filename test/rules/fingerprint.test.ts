import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint } from '../../src/rules/fingerprint.js';
import canonicalize from 'canonicalize';
import { listRuleSets } from '../../src/index.js';

const nodeSha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The auditor's Node one-liner from the module documentation, verbatim. */
// prettier-ignore
const c = (v: any): string =>
  v === null || typeof v !== 'object'
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? '[' + v.map(c).join(',') + ']'
      : '{' +
        Object.keys(v)
          .filter((k) => v[k] !== undefined)
          .sort()
          .map((k) => JSON.stringify(k) + ':' + c(v[k]))
          .join(',') +
        '}';

/** Small deterministic PRNG (mulberry32) for shuffles driven by a fast-check seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deep copy with object keys inserted in an order chosen by `order`. `Object.fromEntries` keeps `__proto__` an own key. */
function rebuild(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => rebuild(item, order));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(order(Object.keys(record)).map((key) => [key, rebuild(record[key], order)]));
  }
  return value;
}

function shuffler(seed: number): (keys: string[]) => string[] {
  const random = prng(seed);
  return (keys) => {
    const copy = [...keys];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
}

/** Whether every object in `value` enumerates its keys in sorted order. */
function enumeratesSorted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(enumeratesSorted);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const sorted = [...keys].sort();
    return keys.every((key, i) => key === sorted[i]) && Object.values(value).every(enumeratesSorted);
  }
  return true;
}

const VIETNAMESE = 'Nghị định 07/2021/NĐ-CP quy định chuẩn nghèo đa chiều giai đoạn 2022–2025: hộ nghèo, hộ cận nghèo, ưu tiên';

/**
 * The published fingerprints of the built-in rule sets (moving to @noble/hashes and JCS changed
 * none of them). Rule data of issue 12: vn-2016-2020 2.0.0, vn-2022-2025 2.0.0, vn-2027-2030
 * 0.2.0 and the new hcmc-2024 1.0.0; the earlier ones are recorded in scripts/docs/history/ and
 * still hash to theirs (see the diff pages, docs/rules/changes/).
 */
const PUBLISHED = {
  'vn-2016-2020': '4884df14c80d7352b864bc3ff6698eb0f12e2a7408697411ce1d7a1e65c1a5db',
  'vn-2022-2025': 'f9bf6ad402af9839ff08016962db56fbf2f44c54985fd8d86e166452db914418',
  'vn-2027-2030': '3e9595de09dae504a9e1a20f26abb1d4d816f8cf5d2bd113ffb35b762a554705',
  'hcmc-2024': '22ea7da6ac77b4cff5662013dcb89ab95a061b63030824587bd5991d3fe3f16b',
} as const;

/** The fingerprints published before issue 12, of the data kept in scripts/docs/history/. */
const EARLIER = {
  'vn-2016-2020@1.0.0': '1314f8f5d289dbc75213696d6ffdb0aceaa8bddaedcc6c8a71cdce20f565f103',
  'vn-2022-2025@1.1.0': 'd4233e3232b20db412f5ebb906d1038ccdab3ca4f0b5f4ff183238bce9366312',
  'vn-2027-2030@0.1.0': 'c62e5248b3e492dfd25dbee560328f9b2a385b8c81691855e69c27af60b13bf6',
} as const;

describe('RFC 8785 (JCS): an auditor recomputes every fingerprint with an independent JCS library', () => {
  it('the built-in rule sets keep their published fingerprints', () => {
    expect(Object.fromEntries(listRuleSets().map((ruleSet) => [ruleSet.id, ruleSet.fingerprint]))).toEqual(PUBLISHED);
  });

  it.each(Object.entries(EARLIER))(
    'the recorded earlier version %s still hashes to its published fingerprint (canonicalize and sha256 of the file)',
    (name, print) => {
      const text = readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'docs', 'history', `${name}.json`), 'utf8');
      expect(canonicalize(JSON.parse(text))).toBe(text);
      expect(nodeSha256(Buffer.from(text, 'utf8'))).toBe(print);
    },
  );

  it.each(listRuleSets().map((ruleSet) => [ruleSet.id, ruleSet] as const))('%s: SHA-256 of canonicalize(rule data) is its fingerprint', (_id, ruleSet) => {
    // What an auditor has: the rule data as JSON text (every field but fingerprint and messages).
    const { fingerprint: print, messages: _messages, ...data } = ruleSet;
    const jcs = canonicalize(JSON.parse(JSON.stringify(data)));
    expect(jcs).toBeDefined();
    expect(nodeSha256(Buffer.from(jcs!, 'utf8'))).toBe(print);
    expect(print).toBe(PUBLISHED[ruleSet.id as keyof typeof PUBLISHED]);
    expect(jcs).toBe(canonicalJson(data));
  });

  it('canonicalJson equals canonicalize for any JSON value, Vietnamese and astral text included', () => {
    expect(canonicalJson({ b: VIETNAMESE, a: '😀', '！': 1, é: [0.5, -0, 1e21] })).toBe(canonicalize({ b: VIETNAMESE, a: '😀', '！': 1, é: [0.5, -0, 1e21] }));
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 500 },
    );
  });

  it('the fingerprint is the SHA-256 of the UTF-8 bytes (node:crypto), for any JSON text', () => {
    expect(fingerprint(VIETNAMESE)).toBe(nodeSha256(Buffer.from(JSON.stringify(VIETNAMESE), 'utf8')));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(fingerprint({ text })).toBe(nodeSha256(Buffer.from(canonicalize({ text })!, 'utf8')));
      }),
      { numRuns: 300 },
    );
  });
});

describe('canonicalJson', () => {
  it('gives the documented examples', () => {
    expect(canonicalJson({ b: [1, 0.5, 1e21], a: 'Nghị định 07/2021/NĐ-CP', c: undefined, d: null })).toBe(
      '{"a":"Nghị định 07/2021/NĐ-CP","b":[1,0.5,1e+21],"d":null}',
    );
    expect(canonicalJson({ 2: 'x', 10: 'y', B: true, a: false })).toBe('{"10":"y","2":"x","B":true,"a":false}');
  });

  it('writes scalars exactly as JSON.stringify does', () => {
    for (const value of [
      0,
      -0,
      1,
      -1.5,
      0.5,
      1e21,
      1e-7,
      0.00001,
      2 ** 53 + 2,
      0.1 + 0.2,
      5e-324,
      Number.MAX_VALUE,
      true,
      false,
      null,
      '',
      'a"b\\c',
      '\u0000\u001f\u007f\b\f\n\r\t',
      '\u2028\u2029',
      '\ud800',
      '😀',
      VIETNAMESE,
    ]) {
      expect(canonicalJson(value)).toBe(JSON.stringify(value));
    }
  });

  it('sorts keys by UTF-16 code units, not by code points or locale', () => {
    expect(canonicalJson({ b: 1, a: 2, B: 3, á: 4, ả: 5, '': 6 })).toBe('{"":6,"B":3,"a":2,"b":1,"á":4,"ả":5}');
    // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FF01.
    expect(canonicalJson({ '\uff01': 1, '😀': 2 })).toBe('{"😀":2,"！":1}');
  });

  it('sorts nested objects, keeps array order, omits undefined properties and keeps null', () => {
    expect(canonicalJson({ z: [{ y: 1, x: [3, 2, 1] }, null], a: { c: undefined, b: null } })).toBe('{"a":{"b":null},"z":[{"x":[3,2,1],"y":1},null]}');
  });

  it('does not depend on key insertion order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        expect(canonicalJson(rebuild(value, shuffler(seed)))).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });

  it('equals JSON.stringify for values whose keys already enumerate in sorted order', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const sorted = rebuild(value, (keys) => [...keys].sort());
        // Integer-like keys ("2", "10") always enumerate first in numeric order; skip those.
        fc.pre(enumeratesSorted(sorted));
        checked++;
        expect(canonicalJson(sorted)).toBe(JSON.stringify(sorted));
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('parses back to a value deep-equal to the input (as JSON sees it: -0 is written 0)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the Node one-liner given to auditors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        const shuffled = rebuild(value, shuffler(seed));
        expect(c(shuffled)).toBe(canonicalJson(shuffled));
        expect(c(JSON.parse(JSON.stringify(shuffled)))).toBe(canonicalJson(shuffled));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts null-prototype objects, frozen data, shared references and objects from another realm', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: 2 });
    expect(canonicalJson(bare)).toBe('{"a":2,"b":1}');
    expect(canonicalJson(Object.freeze({ a: Object.freeze([1]) }))).toBe('{"a":[1]}');
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared, shared] })).toBe('{"a":{"x":1},"b":[{"x":1},{"x":1}]}');
    expect(canonicalJson(runInNewContext('({ b: [1, { d: 2, c: 3 }], a: null })'))).toBe('{"a":null,"b":[1,{"c":3,"d":2}]}');
  });

  it('keeps a __proto__ own key as data', () => {
    const value = JSON.parse('{"__proto__":{"a":1},"b":2}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"a":1},"b":2}');
  });

  describe('rejects anything but plain JSON data with a TypeError', () => {
    class Point {
      constructor(readonly x: number) {}
    }
    class List extends Array<number> {}
    // Each case with the description the error must give (the message names what was found).
    const cases: [string, unknown, RegExp][] = [
      ['NaN', NaN, /\(root\) is NaN;/],
      ['Infinity', Infinity, /\(root\) is Infinity;/],
      ['-Infinity', -Infinity, /\(root\) is -Infinity;/],
      ['bigint', 1n, /\(root\) is a bigint;/],
      ['symbol', Symbol('s'), /\(root\) is a symbol;/],
      ['function', () => 1, /\(root\) is a function;/],
      ['undefined at the root', undefined, /\(root\) is undefined;/],
      ['undefined in an array', [1, undefined], /\(root\)\[1\] is undefined;/],
      ['an array hole', [1, , 3], /\(root\)\[1\] is undefined;/], // eslint-disable-line no-sparse-arrays
      ['Date', new Date(0), /\(root\) is an instance of Date;/],
      ['Map', new Map([['a', 1]]), /\(root\) is an instance of Map;/],
      ['Set', new Set([1]), /\(root\) is an instance of Set;/],
      ['RegExp', /x/, /\(root\) is an instance of RegExp;/],
      ['class instance', new Point(1), /\(root\) is an instance of Point;/],
      ['instance of an anonymous class', new (class {})(), /\(root\) is a non-plain object;/],
      [
        'object two prototypes deep with no constructor',
        Object.create(Object.create(Object.create(null) as object) as object) as unknown,
        /\(root\) is a non-plain object;/,
      ],
      ['array without a prototype', Object.setPrototypeOf([1], null) as unknown, /\(root\) is a non-plain object;/],
      ['Array subclass', List.from([1]), /\(root\) is an instance of List;/],
      ['boxed string', new String('x'), /\(root\) is an instance of String;/],
      ['boxed number', new Number(1), /\(root\) is an instance of Number;/],
      ['Uint8Array', new Uint8Array(1), /\(root\) is an instance of Uint8Array;/],
      ['symbol-keyed property', { a: 1, [Symbol('k')]: 2 }, /\(root\) has symbol keys;/],
      ['nested NaN', { a: { b: [1, NaN] } }, /\(root\)\["a"\]\["b"\]\[1\] is NaN;/],
      ['nested Date', { effective: { from: new Date(0) } }, /\(root\)\["effective"\]\["from"\] is an instance of Date;/],
      ['nested function', { a: [{ f() {} }] }, /\(root\)\["a"\]\[0\]\["f"\] is a function;/],
    ];
    for (const [name, value, message] of cases) {
      it(name, () => {
        expect(() => canonicalJson(value)).toThrow(TypeError);
        expect(() => canonicalJson(value)).toThrow(message);
        expect(() => fingerprint(value)).toThrow(message);
      });
    }

    it('names the offending path', () => {
      expect(() => canonicalJson({ a: { b: [1, NaN] } })).toThrow(/\(root\)\["a"\]\["b"\]\[1\] is NaN/);
      expect(() => canonicalJson({ when: new Date(0) })).toThrow(/\(root\)\["when"\] is an instance of Date/);
    });
  });

  describe('detects cycles', () => {
    it('in objects', () => {
      const a: Record<string, unknown> = { x: 1 };
      a.self = a;
      expect(() => canonicalJson(a)).toThrow(TypeError);
      expect(() => canonicalJson(a)).toThrow(/cycle/);
    });

    it('in arrays', () => {
      const list: unknown[] = [1];
      list.push(list);
      expect(() => canonicalJson(list)).toThrow(/cycle/);
    });

    it('through several levels', () => {
      const root: Record<string, unknown> = { a: { b: [{}] } };
      ((root.a as { b: Record<string, unknown>[] }).b[0] as Record<string, unknown>).back = root;
      expect(() => canonicalJson(root)).toThrow(TypeError);
      expect(() => fingerprint(root)).toThrow(/cycle/);
    });
  });
});

describe('fingerprint', () => {
  it('is the SHA-256 of the UTF-8 canonical JSON (documented example)', () => {
    expect(fingerprint({ b: 2, a: 1 })).toBe('43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777');
    expect(fingerprint({ a: 1, b: 2 })).toBe(nodeSha256('{"a":1,"b":2}'));
  });

  it('hashes non-ASCII text as UTF-8', () => {
    const value = { name: 'Nghị định 07/2021/NĐ-CP', share: '0.5' };
    expect(fingerprint(value)).toBe(nodeSha256(Buffer.from('{"name":"Nghị định 07/2021/NĐ-CP","share":"0.5"}', 'utf8')));
  });

  it('equals node:crypto over canonicalJson for any JSON value, in lowercase hex', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const print = fingerprint(value);
        expect(print).toMatch(/^[0-9a-f]{64}$/);
        expect(print).toBe(createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('changes when any value changes', () => {
    const base = { id: 'vn-2022-2025', incomeLines: [{ id: 'poverty', amounts: { rural: '1500000', urban: '2000000' } }] };
    const changed = { id: 'vn-2022-2025', incomeLines: [{ id: 'poverty', amounts: { rural: '1500001', urban: '2000000' } }] };
    expect(fingerprint(changed)).not.toBe(fingerprint(base));
  });
});
