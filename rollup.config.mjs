// The script-tag build: one self-contained, minified ES module (lit, @lit/localize and zod/mini inside) at
// dist/cleeng-register.js, and one chunk per language next to it, fetched relative to it on demand.
// Input is the unbundled ESM that `tsc -p tsconfig.build.json` writes to lib/ (the npm entry), so the
// TypeScript is compiled once. `npm run size` checks the result against the budget.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { localeChunks } from './scripts/rollup-locales.mjs';
import { shrinkTemplates } from './scripts/rollup-shrink.mjs';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export default {
  input: { 'cleeng-register': 'lib/index.js' },
  // Let the locale chunks import what they share (lit-localize's `str`) from the entry itself, not a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'cleeng-register.[name].js',
    sourcemap: true,
    // V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every function of the entry
    // while the file streams in, instead of each one on its first call. What matters is the first call after the
    // API answers (zod's parsers, the consent rows' render): measured with the bench's page, 30-40 interleaved
    // runs, answers -> form ready 8.2 -> 6.7 ms with the README's hints, 8.3 -> 6.4 ms with the script tag alone;
    // the email field moved by +2 to +4 ms (compiling more before the first render), still ~100 ms before
    // the first answer. +20 B gzip. Kept by terser below; not in the language chunks (data, called once).
    banner: (chunk) => (chunk.isEntry ? COMPILE_HINT : ''),
  },
  // @lit/localize's modules do nothing when imported (checked for the version in package-lock.json): saying so
  // lets its runtime (configureLocalization) go to the chunk that uses it, cleeng-register.runtime.js, which
  // only a page in another language than English loads, instead of riding along with `msg` in the entry.
  treeshake: { moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/]/.test(id) },
  plugins: [
    // `production` picks lit's production build (no dev-mode warnings, smaller).
    nodeResolve({ exportConditions: ['production'], browser: true }),
    // Translator notes, CSS and template indentation out; see the plugin for what exactly and why it is safe.
    shrinkTemplates(),
    // The language files by name (cleeng-register.<locale>.js), without a table of imports in the entry.
    localeChunks(),
    // Measured: a third pass, `toplevel` and the `unsafe*` options each change the gzip size by < 30 B.
    terser({ ecma: 2022, module: true, format: { comments: new RegExp(`^${COMPILE_HINT.slice(2)}$`) }, compress: { passes: 2 } }),
  ],
};
