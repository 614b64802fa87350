// A web-test-runner middleware for test/preload.test.ts: the README's faster snippet (two
// `<link rel="preload" as="fetch">` hints and the script tag) as a real page, over real HTTP. The test page is
// served from `localhost`; it frames this page from `127.0.0.1`, where no test registers a service worker, so
// nothing stands between the page and the network, as on a publisher's site.
//
//   /__readme-preload__/page.html?run=N[&hints=0][&api=same]
//       the README's html block with the hints: Cleeng's host replaced by run N's API, the CDN script by the
//       built dist/cleeng-register.js; `hints=0` drops the hints (the control). The API is on the other host
//       name (`localhost` for a page on `127.0.0.1`): another origin, like Cleeng's host; `api=same` puts it on
//       the page's origin, like a publisher's proxy. The page reports to its parent window.
//   /__readme-preload__/api/N/...       the shared mock API (mock/api.ts, as in `npm run bench`), one per run,
//                                       answering after 300 ms, CORS open
//   /__readme-preload__/requests/N      what run N's API received, as JSON
import { README_HOST, fetchRequest, loadMock, readmePreloadSnippet } from './bench-server.mjs';

const PREFIX = '/__readme-preload__/';
const LATENCY_MS = 300;

// Reports the widget's progress and the page's resource timing of the API to the framing test page.
const REPORTER = `
const report = (type, detail) => parent.postMessage({ source: 'readme-preload', type, detail,
  entries: performance.getEntriesByType('resource').filter((e) => e.name.includes('/__readme-preload__/api/'))
    .map((e) => ({ name: e.name, initiatorType: e.initiatorType })),
  checkboxes: document.querySelectorAll('cleeng-register input[type=checkbox]').length }, '*');
document.addEventListener('cleeng-register-step', (e) => e.detail.step === 'form' && queueMicrotask(() => report('form')));
document.addEventListener('cleeng-register-error', (e) => report('error', e.detail));
`;

export async function readmePreloadMiddleware() {
  const loaded = loadMock(); // at start: two requests must not build the mock at once
  const apis = new Map();

  async function api(run, base) {
    const { mock } = await loaded;
    if (!apis.has(run)) apis.set(run, mock.createMockApi({ origins: [base], latencyMs: LATENCY_MS }));
    return apis.get(run);
  }

  return async function readmePreload(context, next) {
    if (!context.path.startsWith(PREFIX)) return next();
    const origin = `${context.protocol}://${context.host}`;
    const rest = context.path.slice(PREFIX.length);
    context.set('Cache-Control', 'no-store');

    if (rest === 'page.html') {
      const run = String(context.query.run ?? '0');
      const other = context.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const apiOrigin = context.query.api === 'same' ? origin : origin.replace(context.hostname, other);
      const base = `${apiOrigin}${PREFIX}api/${run}`;
      let html = readmePreloadSnippet()
        .replaceAll(README_HOST, base)
        .replace('environment="production"', `api-base-url="${base}"`)
        .replace(/src="[^"]*\/cleeng-register\.js"/, 'src="/dist/cleeng-register.js"');
      if (context.query.hints === '0') html = html.replace(/^\s*<link rel="preload"[^>]*>\n/gm, '');
      html = html.replace('</body>', `<script type="module">${REPORTER}</script>\n</body>`);
      context.type = 'html';
      context.body = `<!doctype html>\n<html lang="en">\n${html}</html>\n`;
      return undefined;
    }

    const requests = /^requests\/(\d+)$/.exec(rest);
    if (requests) {
      const recorded = apis.get(requests[1])?.requests ?? [];
      context.set('Access-Control-Allow-Origin', '*');
      context.type = 'json';
      context.body = JSON.stringify(recorded.map((r) => `${r.method} ${r.path}`));
      return undefined;
    }

    const call = /^api\/(\d+)\//.exec(rest);
    if (call) {
      const mock = await api(call[1], `${origin}${PREFIX}api/${call[1]}`);
      const request = fetchRequest(`${origin}${context.url}`, context.method, context.headers);
      const response = await (await loaded).getResponse(mock.handlers, request);
      if (!response) return next();
      context.status = response.status;
      response.headers.forEach((value, name) => context.set(name, value));
      context.body = Buffer.from(await response.arrayBuffer());
      return undefined;
    }
    return next();
  };
}
