#!/usr/bin/env node
// `npm run bench`: how fast <cleeng-register> is against the physical limit, i.e. the API round trips the flow
// cannot avoid. Serves dist/ and a host page on one origin, the mock Cleeng API (mock/api.ts) on another
// origin and under /api, with a fixed latency on every API request (preflights too). The host page is the
// README's faster snippet (preload hints for the two GETs, read from README.md) against the API on another
// origin, and for comparison the script tag alone, against either API. Drives Debian's
// Chromium through puppeteer-core, repeats every measurement and prints a table; writes
// bench-results/latest.json and prints the change against the previous run (or bench/baseline.json).
//
//   npm run bench                          default: --latency=150 --runs=10
//   npm run bench -- --latency=100 --runs=20
//   npm run bench -- --build               rebuild dist/ first (default: only when missing or older than src/)
//   npm run bench -- --no-build            measure dist/ as it is
//   npm run bench -- --dist=/tmp/other     measure another build of the widget (a directory like dist/)
//   npm run bench -- --update-baseline     also write bench/baseline.json (committed)
//   npm run bench -- --strict              exit 1 when a target is missed
//
// Settings also come from the environment: BENCH_LATENCY, BENCH_RUNS, BENCH_ASSET_LATENCY, BENCH_WIDGETS.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, ensureBuilt, loadMock, snapshotDist, startServers } from './bench-server.mjs';

// ---- settings --------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 16).join('\n').replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}
const option = (name, env, fallback) => {
  const arg = argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? arg.slice(name.length + 3) : process.env[env];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new Error(`--${name} must be a number >= 0, got "${value}"`);
  return number;
};
const settings = {
  latencyMs: option('latency', 'BENCH_LATENCY', 150),
  runs: Math.max(1, Math.round(option('runs', 'BENCH_RUNS', 10))),
  warmupRuns: 1,
  assetLatencyMs: option('asset-latency', 'BENCH_ASSET_LATENCY', 0),
  widgets: Math.max(2, Math.round(option('widgets', 'BENCH_WIDGETS', 10))),
};
const distArg = argv.find((a) => a.startsWith('--dist='))?.slice(7);
const buildMode = distArg || argv.includes('--no-build') ? 'never' : argv.includes('--build') ? 'always' : 'auto';
const L = settings.latencyMs;
const BUDGET = 20 * 1024; // the size budget: 20 KB gzip (issue 7), taken as KiB
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RESULTS = join(ROOT, 'bench-results');
const BASELINE = join(ROOT, 'bench', 'baseline.json');
const TIMEOUT = 15_000 + 20 * L;
const SETTLE_MS = 300; // idle time before each run's navigation (see freshPage)
const EMAIL = 'bench.user@example.com';
const PASSWORD = 'correct1horse';

// ---- helpers ---------------------------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT);
    }),
  ]).finally(() => clearTimeout(timer));
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

/** Median and spread of samples (ms). */
function stats(label, samples, extra = {}) {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  const round = (n) => Math.round(n * 100) / 100;
  return {
    label,
    unit: 'ms',
    n: sorted.length,
    median: round(quantile(sorted, 0.5)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    p10: round(quantile(sorted, 0.1)),
    p90: round(quantile(sorted, 0.9)),
    ...extra,
    samples: samples.map(round),
  };
}

const sum = (values) => values.reduce((a, b) => a + b, 0);
const median = (values) => quantile([...values].sort((a, b) => a - b), 0.5);

/** Chrome's own main-thread accounting for the page's renderer (seconds -> ms). */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    layout: get('LayoutDuration') + get('RecalcStyleDuration'),
  };
}
const minus = (a, b) => ({ task: a.task - b.task, script: a.script - b.script, layout: a.layout - b.layout });

/** Resolves when `predicate(window.__bench)` holds; the page probe calls back, nothing polls the page. */
function until(page, predicate, what) {
  return withTimeout(
    page.evaluate(
      (source) =>
        new Promise((resolve, reject) => {
          const test = new Function('b', `return (${source})(b)`);
          const check = () => {
            const b = window.__bench;
            if (b.errors.length > 0) return reject(new Error(`widget error: ${JSON.stringify(b.errors)}`)), true;
            return test(b) ? (resolve(), true) : false;
          };
          if (check()) return;
          const observer = new MutationObserver(() => check() && observer.disconnect());
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          for (const type of ['cleeng-register-step', 'cleeng-register-success', 'cleeng-register-error']) {
            document.addEventListener(type, () => queueMicrotask(() => check() && observer.disconnect()));
          }
        }),
      predicate.toString(),
    ),
    what,
  );
}

/** The API requests of a slice of the server log, as "METHOD /path" with ids folded, and their counts. */
function countRequests(entries) {
  const counts = {};
  for (const entry of entries) {
    if (entry.path === '/page' || entry.path.startsWith('/dist/') || entry.path === '/favicon.ico') continue;
    const path = entry.path.replace(/\/publishers\/[^/]+\//, '/publishers/{id}/').replace(/\/customers\/[^/]+\//, '/customers/{id}/');
    const key = `${entry.method} ${path}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * A fresh browser context (no cached connections, files or preflights) and its page, once the browser is idle
 * again: closing the previous run's context (its renderer, its ten widgets) goes on in the background for a while,
 * and on 2 CPUs it would compete with this run's page. A customer's browser is not busy tearing down another
 * page at that moment either.
 */
async function freshPage(browser) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await sleep(SETTLE_MS);
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}

// ---- runs ------------------------------------------------------------------------------------------

/**
 * One customer on one page: load, type into both fields (and into a plain input, the control), tick the
 * required consents, submit, wait for cleeng-register-success. `api` is 'cross' (Cleeng's host: another origin)
 * or 'same' (a proxy on the page's origin); `snippet` is 'hints' (the README's faster snippet: preload hints and
 * a low-priority script) or 'plain' (the script tag alone).
 */
async function flowRun(browser, servers, api, snippet) {
  servers.reset();
  const { context, page } = await freshPage(browser);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const m0 = await mainThread(cdp);
    await page.goto(`${servers.pageOrigin}/page?api=${api}&snippet=${snippet}`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
    await until(page, (b) => b.emailReady !== null, 'the email field');
    const m1 = await mainThread(cdp);
    await until(page, (b) => b.formStep !== null && b.consentsShown !== null, 'the form step');
    await sleep(50);
    const m2 = await mainThread(cdp);
    const loadEnd = servers.log.length;

    // Keystrokes: Chrome's task time while typing into each field, and the same text into a plain input.
    const typing = {};
    for (const [field, selector, text] of [
      ['email', 'cleeng-register input[name=email]', EMAIL],
      ['password', 'cleeng-register input[name=password]', PASSWORD],
      ['control', '#control', EMAIL],
    ]) {
      await page.focus(selector);
      await sleep(30);
      const before = await mainThread(cdp);
      await page.keyboard.type(text);
      await sleep(60);
      typing[field] = { ...minus(await mainThread(cdp), before), keys: text.length };
    }
    await page.evaluate(() => {
      for (const box of document.querySelectorAll('cleeng-register input[type=checkbox][required]')) {
        if (!box.checked) box.click();
      }
    });
    await sleep(30);

    const submitStart = servers.log.length;
    await page.evaluate(() => {
      window.__bench.submitAt = performance.now();
      document.querySelector('cleeng-register button[type=submit]').click();
    });
    await until(page, (b) => b.success !== null, 'cleeng-register-success');
    await sleep(200); // anything sent twice would arrive now
    const data = await page.evaluate(() => ({
      ...window.__bench,
      nav: performance.getEntriesByType('navigation')[0].toJSON(),
      resources: performance.getEntriesByType('resource').map((e) => e.toJSON()),
    }));

    const apiPrefix = api === 'cross' ? `${servers.apiOrigin}/` : `${servers.pageOrigin}/api/`;
    const t0 = data.nav.responseEnd; // the HTML has arrived
    const apiEntries = data.resources.filter((e) => e.name.startsWith(apiPrefix));
    const loadApi = apiEntries.filter((e) => e.startTime < data.submitAt);
    const log = servers.log.slice();
    const submitLog = log.slice(submitStart);
    const firstSubmit = submitLog.find((e) => !e.path.startsWith('/dist/'))?.at ?? 0;
    const script = data.resources.find((e) => e.name.endsWith('/dist/cleeng-register.js'));
    const post = apiEntries.find((e) => e.startTime >= data.submitAt && /\/customers$/.test(e.name));
    const put = apiEntries.find((e) => e.startTime >= data.submitAt && /\/customers\/[^/]+\/consents$/.test(e.name));
    const submitApi = submitLog.filter((e) => e.done > 0);
    return {
      api,
      snippet,
      htmlToScript: script.startTime - t0,
      scriptDownload: script.responseEnd - script.startTime,
      scriptToFirstApi: Math.min(...loadApi.map((e) => e.startTime)) - script.responseEnd,
      getOverhead: Math.max(...loadApi.map((e) => e.responseEnd - e.startTime)) - L,
      answersToForm: Math.max(data.formStep, data.consentsShown) - Math.max(...loadApi.map((e) => e.responseEnd)),
      clickToPost: post.startTime - data.submitAt,
      postToPut: put.startTime - post.responseEnd,
      putToSuccess: data.success - put.responseEnd,
      // The submit's API requests as the server timed them (arrival to answer), and the browser's time around them.
      submitServerBeyond: sum(submitApi.map((e) => e.done - e.at)) - submitApi.length * L,
      // The GETs run in parallel: the later answer's lateness delays the form.
      loadServerBeyond: Math.max(0, ...log.slice(0, loadEnd).filter((e) => e.done > 0).map((e) => e.done - e.at - L)),
      submitNetwork: post.responseEnd - post.startTime + (put.responseEnd - put.startTime) - sum(submitApi.map((e) => e.done - e.at)),
      served: log.filter((e) => e.done > 0).map((e) => e.done - e.at),
      emailReady: data.emailReady - t0,
      formReady: Math.max(data.formStep, data.consentsShown) - t0,
      formStep: data.formStep - t0,
      firstApiStart: Math.min(...loadApi.map((e) => e.startTime)) - t0,
      firstApiResponse: Math.min(...loadApi.map((e) => e.responseEnd)) - t0,
      scriptEnd: Math.max(...data.resources.filter((e) => e.name.includes('/dist/')).map((e) => e.responseEnd)) - t0,
      submitToSuccess: data.success - data.submitAt,
      loadCounts: countRequests(log.slice(0, loadEnd)),
      submitCounts: countRequests(submitLog),
      allCounts: countRequests(log),
      submitWaterfall: submitLog
        .filter((e) => !e.path.startsWith('/dist/'))
        .map((e) => ({
          offset: Math.round(e.at - firstSubmit),
          answered: Math.round(e.done - firstSubmit),
          method: e.method,
          path: e.path,
          preflight: e.preflight,
        })),
      dist: data.resources
        .filter((e) => e.name.includes('/dist/'))
        .map((e) => ({ name: e.name.split('/dist/')[1], encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize })),
      distEncodings: log.filter((e) => e.path.startsWith('/dist/')).map((e) => e.encoding),
      apiTimings: apiEntries.map((e) => ({
        name: e.name.replace(/^https?:\/\/[^/]+/, ''),
        ...Object.fromEntries(
          ['startTime', 'connectStart', 'connectEnd', 'requestStart', 'responseStart', 'responseEnd'].map((k) => [
            k,
            k === 'startTime' ? Math.round(e[k] * 10) / 10 : e[k] ? Math.round((e[k] - e.startTime) * 10) / 10 : null,
          ]),
        ),
      })),
      startup: minus(m1, m0),
      consentsRender: minus(m2, m1),
      typing,
      keys: data.keys,
    };
  } finally {
    await context.close();
  }
}

/** The host page without the widget: Chrome's main-thread time for the page alone, to subtract. */
async function controlRun(browser, servers) {
  servers.reset();
  const { context, page } = await freshPage(browser);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const m0 = await mainThread(cdp);
    await page.goto(`${servers.pageOrigin}/page?api=none`, { waitUntil: 'load', timeout: TIMEOUT });
    return minus(await mainThread(cdp), m0);
  } finally {
    await context.close();
  }
}

/** N widgets on the README's faster page (API on another origin): what each endpoint receives until all show their form. */
async function multiRun(browser, servers, widgets) {
  servers.reset();
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${servers.pageOrigin}/page?api=cross&snippet=hints&widgets=${widgets}`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
    await until(page, new Function('b', `return b.formSteps >= ${widgets} && b.consentsShown !== null`), `${widgets} forms`);
    const t = await page.evaluate(() => ({
      ready: window.__bench.steps.filter(([s]) => s === 'form').at(-1)[1] - performance.getEntriesByType('navigation')[0].responseEnd,
      forms: document.querySelectorAll('cleeng-register form input[type=checkbox]').length,
    }));
    await sleep(Math.max(200, L)); // late duplicates would arrive now
    return { allReady: t.ready, counts: countRequests(servers.log) };
  } finally {
    await context.close();
  }
}

// ---- report ----------------------------------------------------------------------------------------

const fmt = (n, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–';
const ms = (s) => `${fmt(s.median, s.median < 10 ? 2 : 0)} ms`;
const spread = (s) => `${fmt(s.min, s.min < 10 ? 2 : 0)}–${fmt(s.max, s.max < 10 ? 2 : 0)}`;
const times = (s) => `${fmt(s.median / L, 2)}×`;
const pad = (text, width) => String(text).padEnd(width);
const left = (text, width) => String(text).padStart(width);
const W = 54; // label column
const verdict = (pass) => (pass ? 'PASS' : 'FAIL');

function row(label, s, floor = '', target = '') {
  return `  ${pad(label, W)}${left(ms(s), 10)}  ${pad(spread(s), 13)}${left(L > 0 ? times(s) : '', 7)}  ${pad(floor, 7)}${target}`;
}

function countText(counts) {
  const entries = Object.entries(counts);
  return entries.length ? entries.map(([k, v]) => `${k} ×${v}`).join(', ') : 'none';
}

/** Same counts in every run? Returns the counts if so, else the list of distinct ones. */
function sameCounts(list) {
  const distinct = [...new Set(list.map((c) => JSON.stringify(Object.entries(c).sort())))];
  return distinct.length === 1 ? list[0] : distinct.map((d) => Object.fromEntries(JSON.parse(d)));
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'rollup.config.mjs', 'package.json'], { cwd: ROOT })
      .toString()
      .trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

// ---- main ------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const built = ensureBuilt(buildMode);
  const files = await snapshotDist(distArg ? resolve(distArg) : undefined);
  const { mock, getResponse } = await loadMock();
  const servers = await startServers({ files, mock, getResponse, latency: L, assetLatency: settings.assetLatencyMs });
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLE,
    headless: true, // puppeteer adds --headless=new
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      // Headless Chromium 13x+ builds the omnibox popup's WebUI (hundreds of chrome:// modules) for every new
      // window: browser UI, not page work, that competes for the 2 CPUs while the page loads. Off.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
    ],
  });
  // cross: the README's faster snippet against Cleeng's host (the target's page); plain: the script tag alone,
  // same host; same: the script tag alone against a same-origin proxy (the README leaves the hints out there).
  const flows = { cross: [], plain: [], same: [] };
  const controls = [];
  const multis = [];
  try {
    const version = await browser.version();
    process.stderr.write(`bench: ${version}, latency ${L} ms, ${settings.runs} runs (+${settings.warmupRuns} warm-up)${built ? ', dist/ rebuilt' : ''}\n`);
    for (let i = 0; i < settings.warmupRuns + settings.runs; i++) {
      const warm = i < settings.warmupRuns;
      // Interleaved, so a machine that gets busier mid-bench slows every kind of run alike.
      const cross = await flowRun(browser, servers, 'cross', 'hints');
      const plain = await flowRun(browser, servers, 'cross', 'plain');
      const same = await flowRun(browser, servers, 'same', 'plain');
      const control = await controlRun(browser, servers);
      const multi = await multiRun(browser, servers, settings.widgets);
      if (!warm) {
        flows.cross.push(cross);
        flows.plain.push(plain);
        flows.same.push(same);
        controls.push(control);
        multis.push(multi);
      }
      process.stderr.write(warm ? 'w' : '.');
    }
    process.stderr.write('\n');
    settings.chromium = version;
    if (distArg) settings.dist = resolve(distArg);
  } finally {
    await browser.close();
    servers.close();
  }

  // ---- bytes ----
  const fetched = [...new Set(flows.cross.flatMap((r) => r.dist.map((d) => d.name)))].sort();
  const wire = Object.fromEntries(flows.cross[0].dist.map((d) => [d.name, d.encodedBodySize]));
  const encodings = [...new Set(flows.cross.flatMap((r) => r.distEncodings))];
  const byteFiles = fetched.map((name) => {
    const file = files.get(name);
    return { name, raw: file?.raw.length ?? 0, gzip: file?.gzip.length ?? 0, brotli: file?.br.length ?? 0, wire: wire[name] ?? 0 };
  });
  const bytes = {
    files: byteFiles,
    total: {
      raw: sum(byteFiles.map((f) => f.raw)),
      gzip: sum(byteFiles.map((f) => f.gzip)),
      brotli: sum(byteFiles.map((f) => f.brotli)),
      wire: sum(byteFiles.map((f) => f.wire)),
    },
    wireEncoding: encodings.join(', '),
    budgetGzip: BUDGET,
  };

  // ---- timings ----
  const all = [...flows.cross, ...flows.plain, ...flows.same];
  const net = (r) => r.formReady - r.loadServerBeyond;
  const control = {
    task: median(controls.map((c) => c.task)),
    script: median(controls.map((c) => c.script)),
    layout: median(controls.map((c) => c.layout)),
  };
  const perKey = (field, part) =>
    all.map((r) => (r.typing[field][part] - (field === 'control' ? 0 : (r.typing.control[part] / r.typing.control.keys) * r.typing[field].keys)) / r.typing[field].keys);
  const inPage = (field, part) => all.map((r) => median(r.keys.filter((k) => k.field === field).map((k) => k[part])));
  const metrics = {
    emailReady: stats('HTML → email field accepts input', all.map((r) => r.emailReady)),
    firstApiStart: stats('HTML → first API request starts', flows.cross.map((r) => r.firstApiStart)),
    firstApiResponse: stats('HTML → first API response', flows.cross.map((r) => r.firstApiResponse)),
    formReady: stats('HTML → form ready (step form, consents shown)', flows.cross.map((r) => r.formReady)),
    formReadyNet: stats('  form ready, without the mock server\'s lateness', flows.cross.map(net)),
    formReadyPlain: stats('HTML → form ready, script tag alone', flows.plain.map(net)),
    formReadySame: stats('HTML → form ready, same-origin proxy, script tag alone', flows.same.map(net)),
    submitCrossNet: stats('  cross-origin, without the mock server\'s lateness', flows.cross.map((r) => r.submitToSuccess - r.submitServerBeyond)),
    submitSameNet: stats('  same origin, without the mock server\'s lateness', flows.same.map((r) => r.submitToSuccess - r.submitServerBeyond)),
    submitCross: stats('submit → success, API on another origin', flows.cross.map((r) => r.submitToSuccess)),
    submitSame: stats('submit → success, API on the same origin', flows.same.map((r) => r.submitToSuccess)),
    startupTask: stats('widget startup, all main-thread tasks', all.map((r) => r.startup.task - control.task)),
    startupScript: stats('  of which JavaScript', all.map((r) => r.startup.script - control.script)),
    startupLayout: stats('  of which style and layout', all.map((r) => r.startup.layout - control.layout)),
    consentsTask: stats('answers arrive → form rendered, all tasks', all.map((r) => r.consentsRender.task)),
    keyEmailTask: stats('per keystroke, email field, all tasks', perKey('email', 'task')),
    keyPasswordTask: stats('per keystroke, password field, all tasks', perKey('password', 'task')),
    keyControlTask: stats('per keystroke, plain <input> (reference)', perKey('control', 'task')),
    keyEmailJs: stats('per keystroke, email: input → rendered (JS)', inPage('email', 'js')),
    keyPasswordJs: stats('per keystroke, password: input → rendered', inPage('password', 'js')),
    keyPasswordLayout: stats('  + style and layout', inPage('password', 'layout')),
    htmlToScript: stats('  HTML → widget script requested', flows.cross.map((r) => r.htmlToScript)),
    scriptDownload: stats('  script download', flows.cross.map((r) => r.scriptDownload)),
    getOverhead: stats('  GETs: browser time beyond the latency', flows.cross.map((r) => r.getOverhead)),
    answersToForm: stats('  last answer → form ready', flows.cross.map((r) => r.answersToForm)),
    plainFirstApiStart: stats('  HTML → first API request starts', flows.plain.map((r) => r.firstApiStart)),
    plainHtmlToScript: stats('    HTML → widget script requested', flows.plain.map((r) => r.htmlToScript)),
    plainScriptDownload: stats('    script download', flows.plain.map((r) => r.scriptDownload)),
    scriptToFirstApi: stats('    script downloaded → GETs sent (compile, run)', flows.plain.map((r) => r.scriptToFirstApi)),
    clickCross: stats('  click → POST sent (cross)', flows.cross.map((r) => r.clickToPost)),
    postToPutCross: stats('  POST answered → PUT sent (cross)', flows.cross.map((r) => r.postToPut)),
    putToSuccessCross: stats('  PUT answered → success event (cross)', flows.cross.map((r) => r.putToSuccess)),
    serverCross: stats('  mock server: answers later than the latency (cross)', flows.cross.map((r) => r.submitServerBeyond)),
    networkCross: stats('  browser network stack, 4 requests (cross)', flows.cross.map((r) => r.submitNetwork)),
    clickSame: stats('  click → POST sent (same)', flows.same.map((r) => r.clickToPost)),
    postToPutSame: stats('  POST answered → PUT sent (same)', flows.same.map((r) => r.postToPut)),
    putToSuccessSame: stats('  PUT answered → success event (same)', flows.same.map((r) => r.putToSuccess)),
    serverSame: stats('  mock server: answers later than the latency (same)', flows.same.map((r) => r.submitServerBeyond)),
    networkSame: stats('  browser network stack, 2 requests (same)', flows.same.map((r) => r.submitNetwork)),
    served: stats('every API answer as served (target: the latency)', all.flatMap((r) => r.served)),
    multiReady: stats(`${settings.widgets} widgets: HTML → all forms ready`, multis.map((m) => m.allReady)),
  };

  // ---- counts ----
  const counts = {
    crossLoad: sameCounts(flows.cross.map((r) => r.loadCounts)),
    crossSubmit: sameCounts(flows.cross.map((r) => r.submitCounts)),
    plainLoad: sameCounts(flows.plain.map((r) => r.loadCounts)),
    sameLoad: sameCounts(flows.same.map((r) => r.loadCounts)),
    sameSubmit: sameCounts(flows.same.map((r) => r.submitCounts)),
    multi: sameCounts(multis.map((m) => m.counts)),
  };
  const consistent = Object.values(counts).every((c) => !Array.isArray(c));

  // ---- targets ----
  const noDuplicates = (runCounts) => Object.values(runCounts).every((n) => n === 1);
  const getPreflights = (runCounts) => Object.keys(runCounts).filter((k) => /^OPTIONS \/(locales|publishers)/.test(k));
  const allFlowCounts = all.map((r) => r.allCounts);
  const expectedPerFlow = (r) =>
    r.allCounts['GET /locales'] === 1 &&
    r.allCounts['GET /publishers/{id}/consents'] === 1 &&
    r.allCounts['POST /customers'] === 1 &&
    r.allCounts['PUT /customers/{id}/consents'] === 1;
  const emailFirst = all.every((r) => r.emailReady < r.firstApiResponse);
  const targets = [
    {
      id: 'bytes',
      label: `English download ≤ ${fmt(BUDGET)} B gzip`,
      pass: bytes.total.gzip <= BUDGET,
      detail: `${fmt(bytes.total.gzip)} B gzip`,
    },
    {
      id: 'emailFirst',
      label: 'email field usable before any API response (every run)',
      pass: emailFirst,
      detail: `${ms(metrics.emailReady)} vs first answer ${ms(metrics.firstApiResponse)}`,
    },
    {
      id: 'formReady',
      label: 'form ready ≤ 1.2 × latency (median; README snippet with hints)',
      pass: metrics.formReadyNet.median <= 1.2 * L,
      detail: `${times(metrics.formReadyNet)} (${ms(metrics.formReadyNet)} ≤ ${fmt(1.2 * L)} ms; ${times(metrics.formReady)} as measured)`,
    },
    {
      id: 'submitCross',
      label: 'submit → success ≤ 4.2 × latency, cross-origin (median)',
      pass: metrics.submitCrossNet.median <= 4.2 * L,
      detail: `${times(metrics.submitCrossNet)} (${ms(metrics.submitCrossNet)} ≤ ${fmt(4.2 * L)} ms; ${times(metrics.submitCross)} as measured)`,
    },
    {
      id: 'submitSame',
      label: 'submit → success ≤ 2.2 × latency, same origin (median)',
      pass: metrics.submitSameNet.median <= 2.2 * L,
      detail: `${times(metrics.submitSameNet)} (${ms(metrics.submitSameNet)} ≤ ${fmt(2.2 * L)} ms; ${times(metrics.submitSame)} as measured)`,
    },
    {
      id: 'nothingTwice',
      label: 'nothing sent twice (every run; shared GETs with many widgets)',
      pass:
        all.every(expectedPerFlow) &&
        allFlowCounts.every(noDuplicates) &&
        allFlowCounts.every((c) => getPreflights(c).length === 0) &&
        multis.every((m) => noDuplicates(m.counts) && getPreflights(m.counts).length === 0),
      detail: consistent ? 'same counts in every run' : 'counts differ between runs (see JSON)',
    },
  ];

  const git = gitInfo();
  const result = {
    schema: 1,
    date: new Date().toISOString(),
    commit: git.commit,
    dirty: git.dirty,
    settings,
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      // 1-minute load average when the bench started and ended: above the CPU count, other processes competed.
      load: [Math.round(loadBefore * 10) / 10, Math.round(loadavg()[0] * 10) / 10],
    },
    bytes,
    metrics,
    counts,
    waterfalls: { cross: flows.cross.at(-1).submitWaterfall, same: flows.same.at(-1).submitWaterfall },
    // Resource Timing of the API requests in the last runs (phases relative to each request's startTime).
    resourceTimings: { cross: flows.cross.at(-1).apiTimings, same: flows.same.at(-1).apiTimings },
    controlPage: control,
    targets,
    seconds: Math.round((Date.now() - started) / 1000),
  };

  // ---- print ----
  const out = [];
  const line = (text = '') => out.push(text);
  line(`cleeng-register bench · ${settings.chromium} · latency ${L} ms per API request (preflights too) · ` +
    `${settings.runs} runs + ${settings.warmupRuns} warm-up · commit ${git.commit}${git.dirty ? ' (+local changes)' : ''}`);
  line(`${result.environment.cpus} CPUs, load average ${result.environment.load.join(' → ')} during the bench` +
    `${Math.max(...result.environment.load) > result.environment.cpus ? ' (busy machine: other processes competed; timings are noisier)' : ''}`);
  line();
  line(`Download, English page (files the page fetched from dist/; budget ${fmt(BUDGET)} B gzip)`);
  line(`  ${pad('file', W)}${left('raw', 10)}${left('gzip -9', 10)}${left('brotli 11', 11)}${left(`wire (${bytes.wireEncoding})`, 16)}`);
  for (const f of byteFiles) line(`  ${pad(f.name, W)}${left(fmt(f.raw), 10)}${left(fmt(f.gzip), 10)}${left(fmt(f.brotli), 11)}${left(fmt(f.wire), 16)}`);
  line(`  ${pad('total', W)}${left(fmt(bytes.total.raw), 10)}${left(fmt(bytes.total.gzip), 10)}${left(fmt(bytes.total.brotli), 11)}${left(fmt(bytes.total.wire), 16)}   ${verdict(targets[0].pass)}`);
  line();
  line(`  ${pad('Timings (ms; from the HTML response end)', W)}${left('median', 10)}  ${pad('min–max', 13)}${left('×lat.', 7)}  ${pad('floor', 7)}target`);
  line(row(metrics.emailReady.label, metrics.emailReady, '0×', `before 1st answer: ${verdict(emailFirst)}`));
  line('  The README\'s faster snippet: preload hints for the two GETs, script with fetchpriority="low"');
  line(row(metrics.firstApiStart.label, metrics.firstApiStart, '0×'));
  for (const key of ['htmlToScript', 'scriptDownload']) line(row(metrics[key].label, metrics[key]));
  line(row(metrics.firstApiResponse.label, metrics.firstApiResponse, '1×'));
  line(row(metrics.getOverhead.label, metrics.getOverhead));
  line(row(metrics.answersToForm.label, metrics.answersToForm));
  line(row(metrics.formReady.label, metrics.formReady, '1×'));
  line(row(metrics.formReadyNet.label, metrics.formReadyNet, '1×', `≤1.2×: ${verdict(targets[2].pass)}`));
  line('  The script tag alone (the README\'s plain snippet): the GETs wait for the script');
  line(row(metrics.formReadyPlain.label, metrics.formReadyPlain, '1×'));
  for (const key of ['plainFirstApiStart', 'plainHtmlToScript', 'plainScriptDownload', 'scriptToFirstApi']) line(row(metrics[key].label, metrics[key]));
  line(row(metrics.formReadySame.label, metrics.formReadySame, '1×'));
  line(row(metrics.submitCross.label, metrics.submitCross, '4×'));
  line(row(metrics.submitCrossNet.label, metrics.submitCrossNet, '4×', `≤4.2×: ${verdict(targets[3].pass)}`));
  for (const key of ['clickCross', 'postToPutCross', 'putToSuccessCross', 'serverCross', 'networkCross']) line(row(metrics[key].label, metrics[key]));
  line(row(metrics.submitSame.label, metrics.submitSame, '2×'));
  line(row(metrics.submitSameNet.label, metrics.submitSameNet, '2×', `≤2.2×: ${verdict(targets[4].pass)}`));
  for (const key of ['clickSame', 'postToPutSame', 'putToSuccessSame', 'serverSame', 'networkSame']) line(row(metrics[key].label, metrics[key]));
  line(row(metrics.served.label, metrics.served, '1×'));
  line(row(metrics.multiReady.label, metrics.multiReady, '1×'));
  line();
  line('  "without the mock server\'s lateness": minus the time the bench\'s own server answered later than the');
  line('  latency (a busy CPU delays its timers; Cleeng\'s server would not be). Targets are judged on these rows.');
  line('  The form-ready rows of the script tag alone are without that lateness too. Email field: every page.');
  line('  Submit: cross-origin on the page with hints, same origin on the proxy page.');
  line();
  line('  Requests the API received per run (preflight = OPTIONS)');
  const countRow = (label, c) => line(`  ${pad(label, 28)}${Array.isArray(c) ? `varies: ${c.map(countText).join(' | ')}` : countText(c)}`);
  countRow('cross-origin, page load', counts.crossLoad);
  countRow('  script tag alone', counts.plainLoad);
  countRow('cross-origin, submit', counts.crossSubmit);
  countRow('same origin, page load', counts.sameLoad);
  countRow('same origin, submit', counts.sameSubmit);
  countRow(`${settings.widgets} widgets, page load`, counts.multi);
  line('  Submit as the API server saw it (last run; ms from the first request: arrived–answered)');
  for (const [name, w] of Object.entries(result.waterfalls)) {
    line(`  ${pad(name === 'cross' ? 'cross-origin:' : 'same origin:', 16)}${w
      .map((e) => `${e.method} ${e.path.replace(/\/customers\/[^/]+\//, '/customers/{id}/')} ${e.offset}–${e.answered}`)
      .join(', ')}`);
  }
  line();
  line(`  ${pad('Main thread (ms)', W)}${left('median', 10)}  ${pad('min–max', 13)}`);
  const mrow = (s) => line(`  ${pad(s.label, W)}${left(ms(s), 10)}  ${spread(s)}`);
  for (const key of ['startupTask', 'startupScript', 'startupLayout', 'consentsTask', 'keyEmailTask', 'keyPasswordTask', 'keyControlTask', 'keyEmailJs', 'keyPasswordJs', 'keyPasswordLayout']) {
    mrow(metrics[key]);
  }
  line('  How: Chrome\'s own accounting of the page\'s renderer main thread (CDP Performance.getMetrics: TaskDuration,');
  line('  ScriptDuration, Layout+RecalcStyleDuration). Startup = navigation → email field in the DOM, minus the same');
  line(`  page without the widget (${fmt(control.task, 1)} ms of tasks): fetch handling, compile, run, define, first render.`);
  line('  Answers → form = from the email field until the form is rendered (handling both answers, zod, re-render).');
  line('  Keystroke tasks = typing the same text (CDP key events) into the field minus into a plain <input>, per key.');
  line('  "input → rendered" = performance.now() in the page from the input event (window, capture) to the');
  line('  widget\'s updateComplete; the timer resolution is 0.1 ms (the page is not cross-origin isolated).');
  line();
  line('Targets');
  for (const t of targets) line(`  ${verdict(t.pass)}  ${pad(t.label, 62)}${t.detail}`);

  // ---- JSON and comparison ----
  mkdirSync(RESULTS, { recursive: true });
  const latest = join(RESULTS, 'latest.json');
  let previous = null;
  let previousName = '';
  if (existsSync(latest)) {
    copyFileSync(latest, join(RESULTS, 'previous.json'));
    previous = JSON.parse(readFileSync(latest, 'utf8'));
    previousName = `the previous run (${previous.date}, commit ${previous.commit})`;
  } else if (existsSync(BASELINE)) {
    previous = JSON.parse(readFileSync(BASELINE, 'utf8'));
    previousName = `bench/baseline.json (${previous.date}, commit ${previous.commit})`;
  }
  writeFileSync(latest, `${JSON.stringify(result, null, 2)}\n`);
  if (argv.includes('--update-baseline')) {
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(BASELINE, `${JSON.stringify(result, null, 2)}\n`);
  }
  if (previous?.schema === 1) {
    line();
    line(`Change against ${previousName}${previous.settings.latencyMs !== L ? ` (its latency was ${previous.settings.latencyMs} ms: compare the × columns)` : ''}` +
      `${previous.settings.dist !== settings.dist ? ` (it measured ${previous.settings.dist ?? 'dist/'})` : ''}`);
    const delta = (a, b, unit) => {
      const d = b - a;
      const pct = a ? ` (${d >= 0 ? '+' : ''}${fmt((d / a) * 100, 1)}%)` : '';
      return `${fmt(a, 1)} → ${fmt(b, 1)} ${unit}, ${d >= 0 ? '+' : ''}${fmt(d, 1)}${pct}`;
    };
    line(`  ${pad('bytes gzip / brotli', 56)}${delta(previous.bytes.total.gzip, bytes.total.gzip, 'B')} / ${delta(previous.bytes.total.brotli, bytes.total.brotli, 'B')}`);
    for (const [key, s] of Object.entries(metrics)) {
      const p = previous.metrics[key];
      if (p) line(`  ${pad(s.label, 56)}${delta(p.median, s.median, 'ms')}`);
    }
    const was = Object.fromEntries(previous.targets.map((t) => [t.id, t.pass]));
    for (const t of targets) if (t.id in was && was[t.id] !== t.pass) line(`  target now ${verdict(t.pass)}: ${t.label}`);
  }
  line();
  line(`Results: bench-results/latest.json${previousName.startsWith('the previous run') ? ', previous run kept as bench-results/previous.json' : ''}` +
    `${argv.includes('--update-baseline') ? ', bench/baseline.json updated' : ''} · ${result.seconds} s`);
  console.log(out.join('\n'));
  if (argv.includes("--strict") && targets.some((t) => !t.pass)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
