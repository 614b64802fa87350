// Serves msw's service worker at /mockServiceWorker.js straight from node_modules, so no copy is committed and
// it always matches the installed msw. Used by the test runner and the demo's dev server.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MSW_WORKER = fileURLToPath(new URL('../node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

export function mockServiceWorker(context, next) {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.status = 200;
  context.set('Content-Type', 'application/javascript');
  context.set('Service-Worker-Allowed', '/');
  context.set('Cache-Control', 'no-cache');
  context.body = readFileSync(MSW_WORKER, 'utf8');
  return undefined;
}
