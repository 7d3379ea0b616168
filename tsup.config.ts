import { defineConfig } from 'tsup';

// Dual ESM + CJS build of the library core and of the `chuan-ngheo/sheets` entry.
// With "type": "module" in package.json, tsup writes:
//   dist/index.js (ESM)   dist/index.d.ts  (types for import)
//   dist/index.cjs (CJS)  dist/index.d.cts (types for require)
//   dist/sheets.js, dist/sheets.cjs, dist/sheets.d.ts, dist/sheets.d.cts (the sheets entry: XLSX/CSV)
// Code splitting puts the core, which both entries use, in one shared chunk: the sheets entry
// uses the same classify, rule sets and ValidationError as the core entry (one instance), and
// the core entry never loads fflate.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', sheets: 'src/sheets/index.ts' },
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
    // Keep the CLI bundle (built by the second config, possibly at the same time) when cleaning.
    clean: ['!cli.cjs', '!cli.cjs.map'],
    treeshake: true,
    splitting: true,
  },
  {
    // The command line (`chuan-ngheo`, dist/cli.cjs): Node only, its own bundle. csv-parse and csv-stringify are bundled
    // in, so the published runtime dependencies stay zod and decimal.js; the core entry never sees it.
    entry: { cli: 'src/cli/index.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    tsconfig: 'tsconfig.json',
    noExternal: ['csv-parse', 'csv-stringify'],
    // Arrow and Parquet (src/cli/columnar.ts) are optional dependencies of the command line, loaded
    // lazily when an Arrow or Parquet file is read or written: never bundled.
    external: ['apache-arrow', 'parquet-wasm'],
    // import.meta.url in CJS: the bundle is also the script of its `--workers` threads.
    shims: true,
    define: { __CHUAN_NGHEO_VERSION__: JSON.stringify(process.env.npm_package_version ?? 'dev') },
    sourcemap: true,
    clean: false,
    treeshake: true,
    splitting: false,
    dts: false,
  },
]);
