// Subresource Integrity for the script-tag build: prints the sha384 of dist/cleeng-register.js and the snippet
// a publisher pastes, plus an import map that pins the locale chunks the file loads on demand (a browser
// checks `integrity` on the <script> only for that file, not for what it imports), and the README's faster
// snippet pinned the same way: the two preload hints for your environment's API host and publisher id.
// Run after `npm run build`.
//
//   node scripts/sri.mjs [--base https://cdn.example.com/cleeng-register@0.1.0/dist/]
//                        [--publisher-id 123456789] [--environment production|sandbox]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { HOSTS } from '../lib/api/client.js';

const DIST = new URL('../dist/', import.meta.url);
const ENTRY = 'cleeng-register.js';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const base = option('base', `https://cdn.example.com/cleeng-register@${version}/dist/`).replace(/\/?$/, '/');
const publisherId = option('publisher-id', '123456789');
const environment = option('environment', 'production');
if (!/^\d+$/.test(publisherId) || !(environment in HOSTS)) {
  console.error(`sri: --publisher-id takes digits and --environment one of ${Object.keys(HOSTS).join(', ')}`);
  process.exit(2);
}
const api = HOSTS[environment];

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
<cleeng-register publisher-id="${publisherId}" environment="${environment}"></cleeng-register>

<!-- or faster (README: "Faster: start Cleeng's two requests with the page"), in the <head> -->
<link rel="preload" as="fetch" crossorigin href="${api}/locales">
<link rel="preload" as="fetch" crossorigin href="${api}/publishers/${publisherId}/consents">
<script type="module" fetchpriority="low" src="${base}${ENTRY}"
        integrity="${hashes[ENTRY]}" crossorigin="anonymous"></script>

<!-- optional, before it: pins the language files it loads on demand (browsers with import-map integrity) -->
<script type="importmap">
${JSON.stringify({ integrity }, null, 2)}
</script>`);
