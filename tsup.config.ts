import { defineConfig } from 'tsup';

// Dual ESM + CJS build of the library core.
// With "type": "module" in package.json, tsup writes:
//   dist/index.js (ESM)   dist/index.d.ts  (types for import)
//   dist/index.cjs (CJS)  dist/index.d.cts (types for require)
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  dts: {
    compilerOptions: {
      // tsup's dts step passes options (e.g. baseUrl) that TypeScript 6 deprecates;
      // without this the declaration build fails with TS5101.
      ignoreDeprecations: '6.0',
    },
  },
  tsconfig: 'tsconfig.core.json',
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: false,
});
