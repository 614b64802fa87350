// The bench's servers: the built widget and a host page on one origin, the mock Cleeng API (mock/api.ts, the
// same msw handlers the tests and the demo use) on another origin and under /api on the page's origin.
// Every API request, CORS preflights included, waits the same fixed latency before it is answered, and every
// request either server sees is logged (with its arrival time) so the bench can count them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const ENTRY = join(DIST, 'cleeng-register.js');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Newest modification time (ms) of the files below `dir`. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Builds dist/ with `npm run build` when `mode` is 'always', or when 'auto' and dist/cleeng-register.js is
 * missing or older than anything it is built from (src/, package-lock.json, rollup and TypeScript configs).
 * Returns whether it built.
 */
export function ensureBuilt(mode) {
  if (mode === 'never') return false;
  const inputs = ['src', 'package-lock.json', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json'];
  const stale = !existsSync(ENTRY) || Math.max(...inputs.map((p) => newest(join(ROOT, p)))) > statSync(ENTRY).mtimeMs;
  if (mode === 'auto' && !stale) return false;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  return true;
}

/**
 * Reads dist/ (without source maps) into memory once, with its gzip (level 9) and brotli (quality 11)
 * forms, so a build someone else starts mid-bench cannot change what is measured.
 */
export async function snapshotDist(dir = DIST) {
  for (let attempt = 1; ; attempt++) {
    try {
      const files = new Map();
      for (const name of readdirSync(dir)) {
        if (name.endsWith('.map')) continue;
        const raw = readFileSync(join(dir, name));
        files.set(name, {
          raw,
          gzip: gzipSync(raw, { level: 9 }),
          br: brotliCompressSync(raw, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
          }),
        });
      }
      if (!files.has('cleeng-register.js')) throw new Error(`${join(dir, 'cleeng-register.js')} is missing`);
      return files;
    } catch (error) {
      // Another session may be rebuilding dist/ (the build starts with `rm -rf dist`): wait and read again.
      if (attempt >= 10) throw error;
      await sleep(3000);
    }
  }
}

/** Compiles mock/api.ts for Node with esbuild (installed with @web/dev-server-esbuild) and imports it. */
export async function loadMock() {
  const esbuild = await import('esbuild');
  const outfile = join(ROOT, 'node_modules', '.cache', 'cleeng-register-bench', 'mock-api.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    entryPoints: [join(ROOT, 'mock', 'api.ts')],
    bundle: true,
    packages: 'external', // msw stays an import, resolved from node_modules next to the output
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const mock = await import(`${pathToFileURL(outfile).href}?v=${Date.now()}`);
  const { getResponse } = await import('msw');
  return { mock, getResponse };
}

/** The in-page probe: records, with performance.now(), when the widget becomes usable, its steps and events. */
const PROBE = `
window.__bench = (() => {
  const b = { emailReady: null, consentsShown: null, formStep: null, formSteps: 0, success: null, submitAt: null,
    steps: [], errors: [], keys: [] };
  const check = () => {
    if (b.emailReady === null) {
      const el = document.querySelector('cleeng-register input[name=email]');
      if (el && el.isConnected && !el.disabled && !el.readOnly) b.emailReady = performance.now();
    }
    if (b.consentsShown === null && document.querySelector('cleeng-register input[type=checkbox]')) {
      b.consentsShown = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true,
    attributeFilter: ['disabled', 'readonly'] });
  document.addEventListener('cleeng-register-step', (e) => {
    b.steps.push([e.detail.step, performance.now()]);
    if (e.detail.step === 'form') { b.formSteps++; if (b.formStep === null) b.formStep = performance.now(); }
  });
  document.addEventListener('cleeng-register-success', () => { if (b.success === null) b.success = performance.now(); });
  document.addEventListener('cleeng-register-error', (e) => b.errors.push(e.detail));
  // Per keystroke: from the input event (window, capture: before any handler) to the end of the widget's
  // update (its updateComplete), then to the end of a forced style and layout.
  let start = 0;
  addEventListener('input', () => { start = performance.now(); }, true);
  addEventListener('input', (e) => {
    const target = e.target;
    const host = target.closest && target.closest('cleeng-register');
    const field = host ? target.name : 'control';
    const done = () => {
      const js = performance.now() - start;
      void document.body.offsetHeight;
      b.keys.push({ field, js, layout: performance.now() - start });
    };
    if (host) host.updateComplete.then(done); else done();
  });
  return b;
})();
`;

export const README_HOST = 'https://mediastoreapi.cleeng.com';

/** The README's html block that has the preload hints ("Faster: start Cleeng's two requests with the page"). */
export function readmePreloadSnippet(readme = readFileSync(join(ROOT, 'README.md'), 'utf8')) {
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((text) => text.includes('rel="preload"'));
  if (!block) throw new Error('README.md has no html block with rel="preload"');
  return block;
}

/**
 * The host page. `snippet` 'plain' is the README's script tag alone; 'hints' is the README's faster snippet,
 * read from README.md: its `<link rel="preload">` hints (Cleeng's host replaced by the bench's API) and its
 * script tag's attributes (`fetchpriority="low"`).
 */
let readmeBlock;
function hostPage({ api, widgets, apiPort, pagePort, entry, snippet }) {
  const base = api === 'cross' ? `http://127.0.0.1:${apiPort}` : `http://127.0.0.1:${pagePort}/api`;
  let hints = '';
  let scriptAttributes = '';
  if (snippet === 'hints' && api !== 'none') {
    // Read once per bench: every run asks for the page.
    const block = (readmeBlock ??= readmePreloadSnippet());
    hints = (block.match(/<link rel="preload"[^>]*>/g) ?? []).map((link) => link.replaceAll(README_HOST, base)).join('\n');
    scriptAttributes = /<script type="module"[^>]*\sfetchpriority="low"/.test(block) ? ' fetchpriority="low"' : '';
  }
  const elements =
    api === 'none'
      ? ''
      : Array.from(
          { length: widgets },
          () => `<cleeng-register publisher-id="123456789" api-base-url="${base}"></cleeng-register>`,
        ).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${hints}
<title>cleeng-register bench</title>
<script>${PROBE}</script>
${api === 'none' ? '' : `<script type="module"${scriptAttributes} src="/dist/${entry}"></script>`}
</head>
<body>
<input id="control" aria-label="control">
${elements}
</body>
</html>`;
}

/** A Node request (`req.headers`, the body read) as the Fetch API `Request` msw's handlers take. */
export function fetchRequest(url, method, nodeHeaders, body = Buffer.alloc(0)) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(nodeHeaders)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
  }
  return new Request(url, { method, headers, ...(body.length > 0 && method !== 'GET' && method !== 'HEAD' ? { body } : {}) });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/**
 * Starts both servers. `latency` (ms) delays every API answer, preflights included; `assetLatency` delays
 * the widget's script files (0 by default: the page and its script are the publisher's, the API is Cleeng's).
 */
export async function startServers({ files, mock, getResponse, latency, assetLatency }) {
  /** Every request either server received: { at (ms, this process), server, method, path, preflight, encoding }. */
  const log = [];
  const api = { instance: null };
  let pagePort = 0;
  let apiPort = 0;

  async function answerApi(req, res, server, path) {
    const at = performance.now();
    const body = await readBody(req);
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    const entry = { at, done: 0, server, method: req.method, path, preflight };
    log.push(entry);
    const request = fetchRequest(`http://${req.headers.host}${req.url}`, req.method, req.headers, body);
    // The answer is computed first, then held until `latency` ms after the request arrived, so the mock's
    // own time does not add to the latency (unless it takes longer than the latency).
    const response = await getResponse(api.instance.handlers, request);
    const out = response && response.type !== 'error' ? Buffer.from(await response.arrayBuffer()) : null;
    const wait = latency - (performance.now() - at);
    if (wait > 0) await sleep(Math.ceil(wait));
    entry.done = performance.now();
    if (!response) return res.writeHead(404).end();
    if (!out) return res.destroy();
    response.headers.forEach((value, name) => res.setHeader(name, value));
    // Lets the page's Resource Timing show the phases of cross-origin requests; no effect on CORS itself.
    res.setHeader('Timing-Allow-Origin', '*');
    res.writeHead(response.status);
    res.end(out);
  }

  const pageServer = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, `http://${req.headers.host}`);
      if (url.pathname.startsWith('/api/')) return await answerApi(req, res, 'page', url.pathname.slice(4));
      if (url.pathname === '/page') {
        const html = hostPage({
          api: url.searchParams.get('api') ?? 'cross',
          widgets: Number(url.searchParams.get('widgets') ?? 1),
          apiPort,
          pagePort,
          entry: 'cleeng-register.js',
          snippet: url.searchParams.get('snippet') ?? 'plain',
        });
        log.push({ at: performance.now(), server: 'page', method: req.method, path: url.pathname, preflight: false });
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(html);
      }
      if (url.pathname.startsWith('/dist/')) {
        const name = url.pathname.slice(6);
        const file = files.get(name);
        const accepted = String(req.headers['accept-encoding'] ?? '');
        const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
        log.push({ at: performance.now(), server: 'page', method: req.method, path: url.pathname, preflight: false, encoding });
        if (!file) return res.writeHead(404).end();
        if (assetLatency > 0) await sleep(assetLatency);
        const headers = { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
        if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
        res.writeHead(200, headers);
        return res.end(encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.raw);
      }
      log.push({ at: performance.now(), server: 'page', method: req.method, path: url.pathname, preflight: false });
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
    } catch (error) {
      console.error(error);
      res.destroy();
    }
  });

  const apiServer = createServer(async (req, res) => {
    try {
      await answerApi(req, res, 'api', new URL(req.url, 'http://x').pathname);
    } catch (error) {
      console.error(error);
      res.destroy();
    }
  });

  pagePort = await listen(pageServer);
  apiPort = await listen(apiServer);
  // The mock itself answers at once; the servers add the latency, to preflights as well (the mock does not
  // delay OPTIONS).
  api.instance = mock.createMockApi({ origins: [`http://127.0.0.1:${apiPort}`, '/api'], latencyMs: 0 });

  return {
    pageOrigin: `http://127.0.0.1:${pagePort}`,
    apiOrigin: `http://127.0.0.1:${apiPort}`,
    log,
    /** Forgets the logged requests and the mock's customers, so every run starts the same. */
    reset() {
      log.length = 0;
      api.instance.reset();
    },
    close() {
      pageServer.closeAllConnections();
      apiServer.closeAllConnections();
      pageServer.close();
      apiServer.close();
    },
  };
}
