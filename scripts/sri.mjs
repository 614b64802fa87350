// Subresource Integrity for the script-tag build: prints the sha384 of dist/cleeng-register.js and the snippet
// a publisher pastes, plus an import map that pins the locale chunks the file loads on demand (a browser
// checks `integrity` on the <script> only for that file, not for what it imports). Run after `npm run build`.
//
//   node scripts/sri.mjs [--base https://cdn.example.com/cleeng-register@0.1.0/dist/]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

const DIST = new URL('../dist/', import.meta.url);
const ENTRY = 'cleeng-register.js';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const baseArg = process.argv.indexOf('--base');
const base = (baseArg > 0 ? process.argv[baseArg + 1] : `https://cdn.example.com/cleeng-register@${version}/dist/`).replace(
  /\/?$/,
  '/',
);

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let files;
try {
  files = readdirSync(DIST).filter((name) => name.endsWith('.js')).sort();
  if (!files.includes(ENTRY)) throw new Error();
} catch {
  console.error(`sri: dist/${ENTRY} is missing; run \`npm run build\` first`);
  process.exit(2);
}

const hashes = Object.fromEntries(files.map((name) => [name, sri(readFileSync(new URL(name, DIST)))]));
const integrity = Object.fromEntries(files.filter((name) => name !== ENTRY).map((name) => [base + name, hashes[name]]));

console.log(`${ENTRY} ${hashes[ENTRY]}`);
console.log(`
<!-- the widget, pinned to this exact file -->
<script type="module" src="${base}${ENTRY}"
        integrity="${hashes[ENTRY]}" crossorigin="anonymous"></script>

<!-- optional, before it: pins the language files it loads on demand (browsers with import-map integrity) -->
<script type="importmap">
${JSON.stringify({ integrity }, null, 2)}
</script>`);
