// The size budget: what a page in English downloads, gzip and brotli, from the build in dist/ (run
// `npm run build` first; this script builds nothing). Fails above 20 KB gzip (issue 7).
//
//   node scripts/size.mjs [--json]
//
// An English page downloads dist/cleeng-register.js and whatever it imports statically (nothing, today). A
// page in another language also fetches its language file and cleeng-register.runtime.js (@lit/localize's
// runtime), and a page with a reCAPTCHA site key cleeng-register.captcha.js: each is listed on its own.
import { readFileSync, readdirSync } from 'node:fs';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const GOAL = 16 * 1024;
const DIST = new URL('../dist/', import.meta.url);
const ENTRY = 'cleeng-register.js';

/** Bytes as sent: gzip at level 9, brotli at its maximum quality (what a CDN serves pre-compressed). */
function measure(name) {
  const bytes = readFileSync(new URL(name, DIST));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Relative modules a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
function staticImports(name) {
  const code = readFileSync(new URL(name, DIST), 'utf8');
  const found = new Set();
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1].slice(2));
  return [...found];
}

let files;
try {
  files = readdirSync(DIST).filter((name) => name.endsWith('.js'));
} catch {
  console.error('size: no dist/ directory; run `npm run build` first');
  process.exit(2);
}
if (!files.includes(ENTRY)) {
  console.error(`size: dist/${ENTRY} is missing; run \`npm run build\` first`);
  process.exit(2);
}

// The English download: the entry and everything it pulls in statically, transitively.
const english = [];
for (const queue = [ENTRY]; queue.length; ) {
  const name = queue.shift();
  if (english.includes(name)) continue;
  english.push(name);
  queue.push(...staticImports(name));
}
const rows = english.map(measure);
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});
const locales = files.filter((name) => !english.includes(name)).sort().map(measure);

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const line = (row) =>
  `  ${row.name.padEnd(34)} ${String(row.raw).padStart(7)} B  gzip ${String(row.gzip).padStart(6)} B  brotli ${String(row.brotli).padStart(6)} B`;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budget: BUDGET, english: { files: rows, ...total }, locales }, null, 2));
} else {
  console.log('English page download (dist/):');
  for (const row of rows) console.log(line(row));
  console.log(`  total: gzip ${total.gzip} B (${kb(total.gzip)}), brotli ${total.brotli} B (${kb(total.brotli)})`);
  console.log(`  budget ${BUDGET} B gzip (${kb(BUDGET)}), goal ${GOAL} B (${kb(GOAL)})`);
  console.log('Chunks fetched on demand (a language file and the runtime for that language, captcha with a site key):');
  for (const row of locales) console.log(line(row));
}

if (total.gzip > BUDGET) {
  console.error(`size: over budget by ${total.gzip - BUDGET} B gzip (${total.gzip} B > ${BUDGET} B)`);
  process.exit(1);
}
console.log(`size: within budget, ${BUDGET - total.gzip} B to spare`);
