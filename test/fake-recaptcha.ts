/**
 * A fake Google reCAPTCHA Enterprise, served by msw at Google's real loader URL, so the widget's own
 * `<script>` loads it exactly as it would load Google's (nonce, Trusted Types, CSP and all) and nothing ever
 * reaches the network. Also the mock Cleeng API, because both must live in one msw worker per page:
 *
 *   const mock = useMockApiAndRecaptcha({ requireCaptcha: true });
 *   mock.api            // the mock Cleeng API (test/setup.ts's useMockApi, plus the fake)
 *   mock.scriptLoads    // every request for Google's loader, in order (full URLs)
 *   mock.failLoads(n)   // the next n loader requests fail like a network error (blocked, offline)
 *   fakeRecaptcha(win)  // what the loaded fake recorded in that window: calls, tokens handed out
 *
 * Test files that use this must not also use useMockApi() (one msw worker per page). For pages in frames,
 * fakeRecaptchaLoader() is the handler alone (test/csp.test.ts serves it through test/relay.ts).
 */
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockApiOptions } from '../mock/api.js';

export const RECAPTCHA_LOADER = 'https://www.google.com/recaptcha/enterprise.js';

export interface FakeRecaptcha {
  /** `['ready']`, `['execute', siteKey, options]`, `['reset']`, in call order. */
  calls: unknown[][];
  /** Tokens handed out so far: `fake-token-1`, `fake-token-2`, … */
  tokens: number;
  /** Set by a test: the next `execute` calls reject (Google's client failing). */
  fail?: boolean;
}

// A classic script, like Google's loader: defines grecaptcha.enterprise in the page that runs it.
const FAKE_SCRIPT = `(() => {
  const state = (window.fakeRecaptcha = window.fakeRecaptcha || { calls: [], tokens: 0 });
  window.grecaptcha = {
    enterprise: {
      ready(callback) {
        state.calls.push(['ready']);
        setTimeout(callback, 0);
      },
      execute(siteKey, options) {
        state.calls.push(['execute', siteKey, options]);
        if (state.fail) return Promise.reject(new Error('fake reCAPTCHA: execute failed'));
        state.tokens += 1;
        return Promise.resolve('fake-token-' + state.tokens);
      },
      reset() {
        state.calls.push(['reset']);
      },
    },
  };
})();
`;

/** What the fake recorded in `win`, or undefined when it never ran there. */
export function fakeRecaptcha(win: Window = window): FakeRecaptcha | undefined {
  return (win as Window & { fakeRecaptcha?: FakeRecaptcha }).fakeRecaptcha;
}

/** Forgets the fake (and Google's global) in `win`, and every loader `<script>` the widget added there. */
export function clearRecaptcha(win: Window = window): void {
  const scope = win as Window & { fakeRecaptcha?: unknown; grecaptcha?: unknown };
  delete scope.fakeRecaptcha;
  delete scope.grecaptcha;
  for (const script of win.document.querySelectorAll(`script[src^="${RECAPTCHA_LOADER}"]`)) script.remove();
  // The widget's page-wide record of loaded site keys: each test starts from a page that loaded nothing.
  (win as unknown as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('cleeng-register.recaptcha')]?.clear();
}

/** Google's loader URL answered with the fake; `loads` records each request, the first `failing` fail. */
export function fakeRecaptchaLoader(record: { loads: string[]; failing: number }) {
  return http.get(RECAPTCHA_LOADER, ({ request }) => {
    record.loads.push(request.url);
    if (record.failing > 0 && record.failing--) return HttpResponse.error();
    return new HttpResponse(FAKE_SCRIPT, { headers: { 'Content-Type': 'text/javascript' } });
  });
}

let worker: Promise<SetupWorker> | undefined;

/**
 * A fresh mock Cleeng API and a fresh fake reCAPTCHA for every test of the calling scope; both answer
 * requests from this page and from same-origin frames (msw's worker serves those for this page too).
 */
export function useMockApiAndRecaptcha(options?: MockApiOptions): {
  readonly api: MockApi;
  readonly scriptLoads: string[];
  failLoads(times: number): void;
} {
  let api: MockApi | undefined;
  let record = { loads: [] as string[], failing: 0 };
  beforeEach(async () => {
    worker ??= (async () => {
      const w = setupWorker();
      await w.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
      return w;
    })();
    const w = await worker;
    api = createMockApi(options);
    record = { loads: [], failing: 0 };
    w.resetHandlers(fakeRecaptchaLoader(record), ...api.handlers);
    clearRecaptcha();
  });
  afterEach(async () => {
    (await worker)?.resetHandlers();
    clearRecaptcha();
    api = undefined;
  });
  return {
    get api(): MockApi {
      if (!api) throw new Error('useMockApiAndRecaptcha(): the mock only exists inside a test');
      return api;
    },
    get scriptLoads(): string[] {
      return record.loads;
    },
    failLoads(times: number): void {
      record.failing = times;
    },
  };
}
