/**
 * Shared test setup: the mock Cleeng API behind msw's service worker, and a guard that fails a test when the
 * console printed a warning or an error.
 *
 *   import { failOnConsoleWarnings, useMockApi } from './setup.js';
 *   failOnConsoleWarnings();
 *   const mock = useMockApi();           // fresh mock per test: mock.api.requests, mock.api.inject(...)
 *
 * or by hand: `const api = await startMockApi(options)` in `beforeEach`, `stopMockApi()` in `afterEach`.
 */
import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { createMockApi } from '../mock/api.js';
import type { MockApi, MockApiOptions } from '../mock/api.js';

let worker: SetupWorker | undefined;
let starting: Promise<SetupWorker> | undefined;
let current: MockApi | undefined;

/** Registers msw's worker once per test file (page); later calls reuse it. */
function ensureWorker(): Promise<SetupWorker> {
  if (worker) return Promise.resolve(worker);
  starting ??= (async () => {
    const w = setupWorker();
    await w.start({
      // Served by web-test-runner.config.mjs straight from node_modules/msw.
      serviceWorker: { url: '/mockServiceWorker.js' },
      quiet: true,
      onUnhandledRequest: 'bypass',
    });
    worker = w;
    return w;
  })();
  return starting;
}

/**
 * Creates a fresh mock API and routes the page's requests to it (replacing any previous mock in this file).
 * Requests to other URLs go to the network untouched.
 */
export async function startMockApi(options?: MockApiOptions): Promise<MockApi> {
  const w = await ensureWorker();
  const api = createMockApi(options);
  w.resetHandlers(...api.handlers);
  current = api;
  return api;
}

/** Detaches the current mock; the worker keeps running (cheap to reuse) with no handlers. */
export function stopMockApi(): void {
  current = undefined;
  worker?.resetHandlers();
}

/** The mock started last in this file, if any. */
export function currentMockApi(): MockApi | undefined {
  return current;
}

/**
 * Hooks a fresh mock API into every test of the calling scope (mocha `beforeEach`/`afterEach`).
 * Read `ref.api` inside tests.
 */
export function useMockApi(options?: MockApiOptions | (() => MockApiOptions)): { readonly api: MockApi } {
  let api: MockApi | undefined;
  beforeEach(async () => {
    api = await startMockApi(typeof options === 'function' ? options() : options);
  });
  afterEach(() => {
    stopMockApi();
    api = undefined;
  });
  return {
    get api(): MockApi {
      if (!api) throw new Error('useMockApi(): the mock only exists inside a test');
      return api;
    },
  };
}

type ConsoleMethod = 'warn' | 'error';

function describeArgs(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a instanceof Error) return `${a.name}: ${a.message}`;
      try {
        return JSON.stringify(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

/**
 * Makes every test in the calling scope fail when it printed `console.warn` or `console.error`
 * (Lit's dev-mode warnings included). A warning during the test fails that test; one printed after it
 * (in a later hook, e.g. fixture cleanup) fails the `afterEach` hook.
 */
export function failOnConsoleWarnings(): void {
  let printed: string[] = [];
  const originals: Partial<Record<ConsoleMethod, (...args: unknown[]) => void>> = {};

  const check = (): Error | undefined => {
    if (printed.length === 0) return undefined;
    const error = new Error(`The console printed during the test:\n  ${printed.join('\n  ')}`);
    printed = [];
    return error;
  };

  beforeEach(function () {
    printed = [];
    for (const method of ['warn', 'error'] as const) {
      const original = console[method];
      originals[method] = original;
      console[method] = (...args: unknown[]) => {
        printed.push(`console.${method}: ${describeArgs(args)}`);
        original.apply(console, args);
      };
    }
    // Wrap the test body so a warning fails the test itself rather than a hook (a failing hook stops its suite).
    const test = this.currentTest;
    if (!test?.fn) return;
    const body = test.fn;
    if (body.length > 0) {
      test.fn = function (this: Mocha.Context, done: Mocha.Done) {
        (body as Mocha.Func).call(this, (err?: unknown) => done(err ?? check()));
      };
    } else {
      test.fn = async function (this: Mocha.Context) {
        await (body as Mocha.AsyncFunc).call(this);
        const error = check();
        if (error) throw error;
      };
    }
    (test as Mocha.Test & { __originalFn?: Mocha.Func | Mocha.AsyncFunc }).__originalFn = body;
  });

  afterEach(function () {
    const test = this.currentTest as (Mocha.Test & { __originalFn?: Mocha.Func | Mocha.AsyncFunc }) | undefined;
    if (test?.__originalFn) {
      test.fn = test.__originalFn;
      delete test.__originalFn;
    }
    for (const method of ['warn', 'error'] as const) {
      const original = originals[method];
      if (original) console[method] = original;
    }
    const error = check();
    if (error) throw error;
  });
}
