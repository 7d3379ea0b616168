/**
 * The published package: what `npm pack` ships from a fresh clone (no `dist/` yet) and the
 * runtime dependencies it declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  files: string[];
  dependencies: Record<string, string>;
  engines: { node: string };
};

describe('npm pack on a fresh clone', () => {
  it('builds dist/ before packing (prepack runs the tsup build), and ships dist/', () => {
    expect(pkg.files).toContain('dist');
    expect(pkg.scripts['prepack']).toMatch(/^(?:tsup|npm run build)$/);
    expect(pkg.scripts['build']).toBe('tsup');
  });
});

describe('runtime dependencies', () => {
  it('are exactly zod, decimal.js and @noble/hashes (core) and fflate (the sheets entry), pinned; @noble/hashes stays on 1.x while engines allow every Node 20', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@noble/hashes', 'decimal.js', 'fflate', 'zod']);
    for (const range of Object.values(pkg.dependencies)) expect(range).toMatch(/^\d+\.\d+\.\d+$/);
    // @noble/hashes 2.x is ESM-only and declares node >= 20.19: it would break require() on Node 20.0–20.18.
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.dependencies['@noble/hashes']).toMatch(/^1\./);
  });
});
