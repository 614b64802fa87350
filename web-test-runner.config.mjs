// @web/test-runner configuration: the browser suite in Chromium, Firefox and WebKit, all from Debian packages.
//
//   npx wtr                              all three engines (the default)
//   BROWSERS=chromium npx wtr            one engine, quickly (comma list: chromium,firefox,webkit)
//   npx wtr --files test/foo.test.ts     one file
//
// Nothing here downloads a browser: Chromium is /usr/bin/chromium (Debian `chromium`), Firefox is
// /usr/bin/firefox-esr driven by puppeteer over WebDriver BiDi, WebKit is WebKitGTK's MiniBrowser driven by
// WebKitWebDriver (Debian `webkit2gtk-driver`) under an Xvfb this file starts when DISPLAY is unset.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mockServiceWorker } from './scripts/msw-worker-middleware.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { frameworksPlugin } from './scripts/wtr-frameworks.mjs';
import { readmePreloadMiddleware } from './scripts/wtr-preload.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const selected = (process.env.BROWSERS ?? ENGINES.join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
const unknown = selected.filter((name) => !ENGINES.includes(name));
if (unknown.length > 0 || selected.length === 0) {
  throw new Error(`BROWSERS must be a comma list of ${ENGINES.join(', ')}; got "${process.env.BROWSERS}"`);
}

// Engine exceptions: none. Every test file runs in every selected engine. If an engine ever cannot do
// something, name the file and the reason here and filter it in `groups`, never skip silently.

// ---- child processes this config owns (Xvfb, WebKitWebDriver); killed when the runner exits ----
const children = [];
function killChildren() {
  for (const child of children.splice(0)) {
    try {
      // Each child leads its own process group, so MiniBrowser and WebKit's helper processes go too.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', killChildren);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killChildren();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

function own(command, args, env) {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  child.unref();
  return child;
}

/** Starts Xvfb on a display it picks itself (`-displayfd`), resolves to ":N". */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = own('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env);
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (chunk) => (err += chunk));
    xvfb.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /(\d+)\n/.exec(out);
      if (match) resolve(`:${match[1]}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startWebKitWebDriver(display) {
  const port = await freePort();
  const driver = own('WebKitWebDriver', [`--port=${port}`], { ...process.env, DISPLAY: display });
  let err = '';
  driver.stderr.on('data', (chunk) => (err += chunk));
  let exited = false;
  driver.once('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}: ${err.trim()}`);
}

const CORES = 2;
// With several engines each runs one test file at a time (three browsers already fill 2 cores); a lone
// Chromium or Firefox may run two files at once.
const perEngineConcurrency = selected.length === 1 ? CORES : 1;

const browsers = [];
if (selected.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      concurrency: perEngineConcurrency,
      // Two test pages share one headless Chromium and only one can have the window's focus; the other's
      // `:focus`/`:focus-visible` then never match. Focus emulation makes every page behave as focused.
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      },
    }),
  );
}
if (selected.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      concurrency: perEngineConcurrency,
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    }),
  );
}
if (selected.includes('webkit')) {
  const display = process.env.DISPLAY || (await startXvfb());
  const port = await startWebKitWebDriver(display);
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        // Quirk: WebdriverIO 9 asks for a WebDriver BiDi session (`webSocketUrl: true`) unless told otherwise;
        // Debian's WebKitWebDriver 2.50 has no BiDi and refuses with "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

/**
 * A test-runner command that only headless Chromium can carry out (through puppeteer's page): `run(page, payload)`
 * answers for it. Other engines answer false, and the calling test says so; it does not skip.
 */
function chromiumCommand(command, run) {
  return {
    name: `${command}-command`,
    async executeCommand({ command: asked, payload, session }) {
      if (asked !== command) return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return false;
      return run(session.browser.getPage(session.id), payload);
    },
  };
}

/**
 * `screenshot` command (test/ui-helpers.ts): `executeServerCommand('screenshot', { name, selector })` saves
 * screenshots/<name>.png of the first element matching `selector` (the whole viewport without one) and
 * answers true. Chromium only: the brief asks for headless Chromium pictures.
 */
let screenshots = Promise.resolve();
const screenshotPlugin = () =>
  chromiumCommand('screenshot', async (page, payload) => {
    const name = String(payload?.name ?? '');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`screenshot: name must be kebab-case, got "${name}"`);
    const path = fileURLToPath(new URL(`./screenshots/${name}.png`, import.meta.url));
    mkdirSync(dirname(path), { recursive: true });
    // One at a time, each page brought to the front first: a background page never paints a frame to capture.
    const shot = screenshots.then(async () => {
      await page.bringToFront();
      const target = payload?.selector ? await page.$(payload.selector) : page;
      if (!target) throw new Error(`screenshot: nothing matches ${payload.selector}`);
      await target.screenshot({ path });
    });
    screenshots = shot.catch(() => {});
    await shot;
    return true;
  });

/**
 * `forced-colors` command (test/ui-helpers.ts): `executeServerCommand('forced-colors', { active })` turns
 * Chromium's forced-colours emulation on or off for the test page (the DevTools protocol's
 * `Emulation.setEmulatedMedia`: the media query matches and the colours are really forced, as in Windows High
 * Contrast) and answers true. Other engines have no such emulation.
 */
const emulation = new WeakMap(); // page -> its CDP session: an emulation lasts as long as the session that set it
const forcedColorsPlugin = () =>
  chromiumCommand('forced-colors', async (page, payload) => {
    if (!emulation.has(page)) emulation.set(page, await page.createCDPSession());
    const value = payload?.active ? 'active' : 'none';
    await emulation.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
    return true;
  });

/**
 * `a11y-node` command (test/ui-helpers.ts): `executeServerCommand('a11y-node', { selector })` answers the
 * accessibility-tree node Chromium builds for the first element matching `selector`, as screen readers get it:
 * `{ role, name, … }` (puppeteer's `accessibility.snapshot`), or null when nothing matches.
 */
const a11yNodePlugin = () =>
  chromiumCommand('a11y-node', async (page, payload) => {
    const root = await page.$(String(payload?.selector ?? ''));
    return root ? page.accessibility.snapshot({ root, interestingOnly: false }) : null;
  });

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    screenshotPlugin(),
    forcedColorsPlugin(),
    a11yNodePlugin(),
    // The real React 19, Vue 3 and Svelte 5 for test/frameworks.test.ts (React ships CommonJS only, Svelte files
    // need its compiler; see the plugin). Angular needs nothing special: its ES modules resolve as they are.
    frameworksPlugin(),
  ],
  middleware: [
    // msw's service worker, served from node_modules so no copy is committed (it must match msw's version).
    mockServiceWorker,
    // test/preload.test.ts: the README's snippet with preload hints as a real page, and the mock API over HTTP.
    await readmePreloadMiddleware(),
    // test/csp.test.ts: a fixture page served with the Content-Security-Policy header its `csp` query names
    // (a header, not a meta element: only a header-delivered policy hides `nonce` attributes, as on real sites).
    async function cspFixture(context, next) {
      await next();
      const csp = context.query.csp;
      if (/^\/test\/fixtures\/[\w-]+\.html$/.test(context.path) && typeof csp === 'string') {
        context.set('Content-Security-Policy', csp);
        context.set('Cache-Control', 'no-store');
      }
    },
  ],
  // Lit's one-time "dev mode" banner is printed when lit loads, before any test; silence only that one so
  // failOnConsoleWarnings() (test/setup.ts) still catches every other Lit warning.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><meta charset="utf-8"></head>
  <body>
    <script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers,
  // config.concurrency also picks how WebKit runs files: 1 = one top-level page per file (SessionManager),
  // not iframes, so each file owns the page and its msw service worker client.
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
};
