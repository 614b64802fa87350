// A web-test-runner plugin that lets the browser tests import the real React 19, Vue 3 and Svelte 5
// (test/frameworks.test.ts), with their usual specifiers:
//   - `react` and `react-dom/client` ship only CommonJS: esbuild bundles both into one ES module (one copy of
//     React, development build, so React's own warnings reach the console and fail the test), and two small
//     modules re-export its names (read from the packages themselves in Node, never listed by hand);
//   - `vue` resolves to Vue's own ES module build for browsers (`vue/dist/vue.esm-browser.js`, development);
//   - a `.svelte` file is served as the JavaScript the real Svelte compiler makes of it (client, development
//     build, so Svelte's own warnings reach the console and fail the test); `svelte` resolves to its browser
//     entry, its other modules as they are (ES modules).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';

const PREFIX = '/__frameworks__/';
const FACADES = { react: 'React', 'react-dom/client': 'ReactDOMClient' };

let bundle;
function reactBundle() {
  bundle ??= build({
    stdin: {
      contents: `import * as React from 'react'; import * as ReactDOMClient from 'react-dom/client';
        export { React, ReactDOMClient };`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** The names a CommonJS package exports, read in a separate Node (React's development build patches `console`). */
function exportNames(specifier) {
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: process.cwd(), encoding: 'utf8' }));
}

/** `export const { a, b } = Namespace;` for every name the CommonJS package exports. */
function facade(specifier) {
  const names = exportNames(specifier).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
  const ns = FACADES[specifier];
  return `import { ${ns} } from '${PREFIX}react-bundle.js';
export default ${ns};
export const { ${names.join(', ')} } = ${ns};
`;
}

export function frameworksPlugin() {
  return {
    name: 'frameworks',
    resolveImport({ source }) {
      if (source in FACADES) return `${PREFIX}${source.replace('/', '-')}.js`;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      // Svelte's `browser` export (the test runner's resolver does not pick that condition; the default is for servers).
      if (source === 'svelte') return '/node_modules/svelte/src/index-client.js';
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length);
      if (name === 'react-bundle.js') return { body: await reactBundle(), type: 'js' };
      const specifier = Object.keys(FACADES).find((s) => `${s.replace('/', '-')}.js` === name);
      return specifier ? { body: facade(specifier), type: 'js' } : undefined;
    },
    resolveMimeType(context) {
      return context.path.endsWith('.svelte') ? 'js' : undefined;
    },
    transform(context) {
      if (!context.path.endsWith('.svelte')) return undefined;
      const { js, warnings } = compile(String(context.body), { filename: context.path, generate: 'client', dev: true });
      if (warnings.length > 0) throw new Error(`${context.path}: ${warnings.map((w) => w.message).join('; ')}`);
      return { body: js.code };
    },
  };
}
