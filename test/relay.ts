/**
 * Serves fixture pages under /test/fixtures/ to this test page's mock handlers, through
 * test/fixtures/relay-sw.js (a service worker scoped to the fixtures, so it, not msw's, controls them):
 *
 *   await startRelay(() => [...handlers]);              // once per test file, before opening a fixture
 *   iframe.src = fixtureUrl('csp-page.html', { ... });  // the page's requests reach those handlers
 *
 * A request no handler takes goes to the network (the dev server), like msw's `bypass`.
 */
import { getResponse, type RequestHandler } from 'msw';

const SCOPE = '/test/fixtures/';
let started: Promise<void> | undefined;
let current: () => RequestHandler[] = () => [];

interface RelayRequest {
  type: 'relay-request';
  url: string;
  method: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

async function answer(event: MessageEvent): Promise<void> {
  const data = event.data as RelayRequest | undefined;
  if (data?.type !== 'relay-request') return;
  const port = event.ports[0]!;
  const request = new Request(data.url, { method: data.method, headers: data.headers, body: data.body });
  const response = await getResponse(current(), request);
  if (!response) return port.postMessage(null);
  const body = response.type === 'error' ? null : await response.arrayBuffer();
  port.postMessage(
    { status: response.type === 'error' ? 0 : response.status, statusText: response.statusText, headers: [...response.headers], body },
    body ? [body] : [],
  );
}

/** Registers the relay worker (once) and answers fixture pages with `handlers()` from now on. */
export function startRelay(handlers: () => RequestHandler[]): Promise<void> {
  current = handlers;
  started ??= (async () => {
    navigator.serviceWorker.addEventListener('message', (event) => void answer(event));
    navigator.serviceWorker.startMessages();
    const registration = await navigator.serviceWorker.register(`${SCOPE}relay-sw.js`, { scope: SCOPE });
    const worker = registration.installing ?? registration.waiting ?? registration.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
  })();
  return started;
}

/** The URL of a fixture page whose requests this page answers. */
export function fixtureUrl(page: string, params: Record<string, string>): string {
  return `${SCOPE}${page}?${new URLSearchParams({ ...params, owner: location.href })}`;
}
