// Server rendering imports the npm entry in Node, where there is no DOM: importing it must not throw, must
// not define anything, and must still export the element class. Run after `npm run build` (reads lib/).
//
//   node scripts/ssr-check.mjs [path/to/entry.js]     (default lib/index.js)
//
// It runs in a child process with a clean global scope, so nothing this script loads can lend it a DOM.
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = process.argv[2] ? pathToFileURL(process.argv[2]).href : new URL('../lib/index.js', import.meta.url).href;
const probe = `
  for (const name of ['window', 'document', 'customElements', 'HTMLElement']) {
    if (name in globalThis) throw new Error('this Node has a global ' + name + '; the check needs none');
  }
  const mod = await import(${JSON.stringify(entry)});
  if (typeof mod.CleengRegister !== 'function') throw new Error('CleengRegister is not exported');
  if (typeof mod.configurePolicy !== 'function') throw new Error('configurePolicy is not exported');
  if ('document' in globalThis || 'window' in globalThis) throw new Error('importing it created a DOM global');
  console.log('ok: ' + ${JSON.stringify(entry)}.split('/').slice(-2).join('/') + ' imports in Node ' + process.version + ' without a DOM; exports ' + Object.keys(mod).join(', '));
`;

try {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.stdout.write(out);
} catch (error) {
  const reason = String(error.stderr || error.message).trim().split('\n').filter((line) => line.length < 400);
  const first = Math.max(0, reason.findIndex((line) => /^\w*Error\b/.test(line)));
  process.stderr.write(`ssr-check: importing ${entry} in Node failed\n${reason.slice(first, first + 3).join('\n')}\n`);
  process.exit(1);
}
