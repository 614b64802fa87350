/**
 * The API client against the mock API (msw, real `fetch`): retries per request kind, backoff, Retry-After,
 * timeouts, aborts, shared GETs, CORS-simple GETs and the mapping of every answer to the widget's codes.
 * Delays are shortened through `configurePolicy` and restored after each test.
 */
import { expect } from '@open-wc/testing';
import {
  fetchConsents,
  fetchMetadata,
  parseRetryAfter,
  registerCustomer,
  retryDelay,
  updateConsents,
  type RegisterBody,
} from '../src/api/client.js';
import { ApiError } from '../src/api/errors.js';
import { configurePolicy, policy, type Policy } from '../src/api/policy.js';
import type { FaultKind } from '../mock/api.js';
import { failOnConsoleWarnings, useMockApi } from './setup.js';

const BASE = 'https://mediastoreapi-sandbox.cleeng.com';
const PUBLISHER = '123456789';
const BODY: RegisterBody = {
  email: 'ada@example.com',
  password: 'secret123',
  publisherId: PUBLISHER,
  locale: 'en_US',
  country: 'US',
  currency: 'USD',
};
const CHOICES = [{ name: 'terms', version: '1', state: 'accepted' as const }];

/** Forgets the GETs the client shares page-wide, so each test sees its own requests. */
function forgetSharedGets(): void {
  (globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('cleeng-register.shared-gets')]?.clear();
}

/**
 * Fast retries for each test; the previous policy comes back after it. The per-try timeout stays the shipped
 * one: a loaded machine (three engines, two cores) can take seconds to answer a healthy request, so only the
 * tests that hang a request shorten it, and only for the tries meant to hang.
 */
/** The per-try timeout the widget ships with, read before any test changes it. */
const SHIPPED_TIMEOUT = policy.timeoutMs;

function usePolicy(changes: Partial<Policy> = {}): void {
  let saved: Policy;
  beforeEach(() => {
    saved = { ...policy };
    forgetSharedGets();
    configurePolicy({ baseDelayMs: 1, maxDelayMs: 5, timeoutMs: SHIPPED_TIMEOUT, loadTries: 3, consentTries: 4, ...changes });
  });
  afterEach(() => {
    configurePolicy(saved);
    forgetSharedGets();
  });
}

/** The promise's rejection (fails when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(ApiError);
  return error as ApiError;
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('API client', () => {
  failOnConsoleWarnings();
  const mock = useMockApi();
  usePolicy();

  /** `METHOD /path` of every request the mock saw. */
  const sent = () => mock.api.requests.map((r) => `${r.method} ${r.path}`);
  const register = async () => (await registerCustomer(BASE, BODY)).customerId;
  const customer = async () => {
    const { customerId, jwt } = await registerCustomer(BASE, BODY);
    mock.api.requests.length = 0;
    return { customerId, jwt, path: `PUT /customers/${customerId}/consents` };
  };

  describe('Retry-After and backoff', () => {
    it('parses delta-seconds and HTTP dates', () => {
      const now = Date.parse('2030-01-01T00:00:00Z');
      expect(parseRetryAfter('3', now)).to.equal(3);
      expect(parseRetryAfter(' 7 ', now)).to.equal(7);
      expect(parseRetryAfter('1.2', now)).to.equal(2);
      expect(parseRetryAfter('0', now)).to.equal(0);
      expect(parseRetryAfter('-4', now)).to.equal(0);
      expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:07 GMT', now)).to.equal(7);
      expect(parseRetryAfter('Mon, 31 Dec 2029 23:59:00 GMT', now)).to.equal(0);
      for (const bad of [null, '', '  ', 'soon', 'abc 12']) expect(parseRetryAfter(bad, now), String(bad)).to.equal(undefined);
    });

    it('backs off exponentially with full jitter, bounded by maxDelayMs, never below Retry-After', () => {
      configurePolicy({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 });
      expect([1, 2, 3, 4, 5, 6, 10].map((n) => retryDelay(n))).to.deep.equal([100, 200, 400, 800, 1000, 1000, 1000]);
      configurePolicy({ random: () => 0.5 });
      expect(retryDelay(3)).to.equal(200);
      configurePolicy({ random: () => 0 });
      expect(retryDelay(8)).to.equal(0);
      expect(retryDelay(1, 3)).to.equal(3000);
      configurePolicy({ random: () => 1 });
      expect(retryDelay(1, 0)).to.equal(100);
    });

    it('honours a Retry-After (seconds) before trying a GET again', async () => {
      configurePolicy({ maxDelayMs: 3000 });
      mock.api.inject({ endpoint: 'locales', kind: 'rate-limit', retryAfter: '1' });
      const start = performance.now();
      const metadata = await fetchMetadata(BASE);
      expect(performance.now() - start).to.be.at.least(990);
      expect(metadata.country).to.equal('US');
      expect(sent()).to.deep.equal(['GET /locales', 'GET /locales']);
    });

    it('gives up at once when Retry-After asks for more than maxDelayMs, carrying the wait', async () => {
      configurePolicy({ maxDelayMs: 500 });
      const t0 = Date.now();
      const date = new Date(t0 + 30_000).toUTCString();
      mock.api.inject({ endpoint: 'consents', kind: 'rate-limit', retryAfter: date, times: Infinity });
      const error = await apiError(fetchConsents(BASE, PUBLISHER));
      expect(error.code).to.equal('rate-limited');
      expect(error.status).to.equal(429);
      // Each whole second a loaded machine took to answer is a second less to wait.
      expect(error.retryAfter).to.be.within(28 - elapsedSeconds(t0), 31);
      expect(sent()).to.deep.equal([`GET /publishers/${PUBLISHER}/consents`]);
    });

    it('reads an HTTP-date Retry-After on a 429 to POST /customers', async () => {
      const t0 = Date.now();
      mock.api.inject({ endpoint: 'register', kind: 'rate-limit', retryAfter: new Date(t0 + 5000).toUTCString() });
      const error = await apiError(register());
      expect(error.code).to.equal('rate-limited');
      expect(error.retryAfter).to.be.within(3 - elapsedSeconds(t0), 6);
    });
  });

  describe('retries per request kind', () => {
    const transient: FaultKind[] = ['rate-limit', 'server-500', 'server-502', 'server-503', 'network', 'timeout'];
    for (const kind of transient) {
      it(`GETs retry a ${kind} and recover`, async () => {
        if (kind === 'timeout') configurePolicy({ timeoutMs: 1000 });
        mock.api.inject({ endpoint: 'locales', kind });
        mock.api.inject({ endpoint: 'consents', kind });
        const loading = Promise.all([fetchMetadata(BASE), fetchConsents(BASE, PUBLISHER)]);
        // Both hung tries are out, each with the short timeout it read as it started: the retries answer.
        if (kind === 'timeout') await shippedTimeoutOnce(() => sent().length >= 2, loading);
        const [metadata, consents] = await loading;
        expect(metadata.locale).to.equal('en_US');
        expect(consents.map((c) => c.name)).to.deep.equal(['terms', 'broadcaster_terms', 'broadcaster_marketing']);
        expect(sent().filter((r) => r === 'GET /locales')).to.have.length(2);
        expect(sent().filter((r) => r.endsWith('/consents'))).to.have.length(2);
      });

      it(`GETs give up on a lasting ${kind} after loadTries tries`, async () => {
        if (kind === 'timeout') configurePolicy({ timeoutMs: 1000 });
        mock.api.inject({ endpoint: 'locales', kind, times: Infinity });
        const error = await apiError(fetchMetadata(BASE));
        expect(sent()).to.deep.equal(['GET /locales', 'GET /locales', 'GET /locales']);
        const expected = { 'rate-limit': 'rate-limited', network: 'network', timeout: 'timeout' }[kind as string] ?? 'server';
        expect(error.code).to.equal(expected);
      });

      it(`POST /customers is sent once on a ${kind}`, async () => {
        if (kind === 'timeout') configurePolicy({ timeoutMs: 1000 });
        mock.api.inject({ endpoint: 'register', kind });
        await apiError(register());
        await tick(50);
        expect(sent()).to.deep.equal(['POST /customers']);
        expect(mock.api.state.customers).to.have.length(0);
      });

      it(`PUT …/consents retries a ${kind} and stores the consents`, async () => {
        const { customerId, jwt, path } = await customer();
        if (kind === 'timeout') configurePolicy({ timeoutMs: 1000 });
        mock.api.inject({ endpoint: 'consent-update', kind, times: 2 });
        const updating = updateConsents(BASE, customerId, jwt, CHOICES);
        // Both hung tries are out: the third answers.
        if (kind === 'timeout') await shippedTimeoutOnce(() => sent().length >= 2, updating);
        await updating;
        expect(sent()).to.deep.equal([path, path, path]);
        expect(mock.api.state.customers[0]!.consents.map((c) => c.name)).to.deep.equal(['terms']);
      });
    }

    it('PUT …/consents gives up after consentTries tries', async () => {
      const { customerId, jwt, path } = await customer();
      mock.api.inject({ endpoint: 'consent-update', kind: 'server-503', times: Infinity });
      const error = await apiError(updateConsents(BASE, customerId, jwt, CHOICES));
      expect(error).to.include({ code: 'server', status: 503 });
      expect(sent()).to.deep.equal([path, path, path, path]);
    });

    const final: Array<[FaultKind, string]> = [
      ['unauthorized', 'unauthorized'],
      ['captcha-required', 'captcha-required'],
      ['non-json', 'invalid-response'],
      ['wrong-shape', 'invalid-response'],
    ];
    for (const [kind, code] of final) {
      it(`PUT …/consents does not retry ${kind}`, async () => {
        const { customerId, jwt, path } = await customer();
        mock.api.inject({ endpoint: 'consent-update', kind, times: Infinity });
        expect((await apiError(updateConsents(BASE, customerId, jwt, CHOICES))).code).to.equal(code);
        await tick(50);
        expect(sent()).to.deep.equal([path]);
      });
    }

    for (const [kind, code] of [['non-json', 'invalid-response'], ['wrong-shape', 'invalid-response'], ['captcha-failed', 'captcha-failed']] as const) {
      it(`GETs do not retry ${kind}`, async () => {
        mock.api.inject({ endpoint: 'locales', kind, times: Infinity });
        expect((await apiError(fetchMetadata(BASE))).code).to.equal(code);
        await tick(50);
        expect(sent()).to.deep.equal(['GET /locales']);
      });
    }
  });

  describe('timeouts and aborts', () => {
    it('times a hanging request out with its own AbortController', async () => {
      configurePolicy({ timeoutMs: 1000, loadTries: 1 });
      mock.api.inject({ endpoint: 'locales', kind: 'timeout' });
      const error = await apiError(fetchMetadata(BASE));
      expect(error.code).to.equal('timeout');
      expect(error.status).to.equal(undefined);
      // The timed-out try released its gate slot: the next request goes through, with the shipped timeout.
      // A loaded machine can time the try out before it reaches the service worker; the hang it was meant
      // for would then catch this request, so it goes (CI saw this in WebKit with a 200 ms timeout).
      mock.api.clearFaults();
      configurePolicy({ timeoutMs: SHIPPED_TIMEOUT });
      expect((await fetchMetadata(BASE)).country).to.equal('US');
    });

    it('stops a request and every retry when the caller aborts', async () => {
      configurePolicy({ baseDelayMs: 150, maxDelayMs: 150, random: () => 1 });
      const { customerId, jwt, path } = await customer();
      mock.api.inject({ endpoint: 'consent-update', kind: 'server-500', times: Infinity });
      const controller = new AbortController();
      const pending = updateConsents(BASE, customerId, jwt, CHOICES, controller.signal);
      await until(() => sent().length === 1);
      controller.abort();
      const error = await rejection(pending);
      expect((error as DOMException).name).to.equal('AbortError');
      await tick(400);
      expect(sent()).to.deep.equal([path]);
    });

    it('aborts an in-flight POST without sending anything more', async () => {
      mock.api.inject({ endpoint: 'register', kind: 'timeout' });
      const controller = new AbortController();
      const pending = registerCustomer(BASE, BODY, controller.signal);
      await until(() => sent().length === 1);
      controller.abort();
      expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
    });

    it('sends nothing for an already aborted signal', async () => {
      const controller = new AbortController();
      controller.abort();
      await rejection(registerCustomer(BASE, BODY, controller.signal));
      await rejection(fetchMetadata(BASE, controller.signal));
      await tick(50);
      expect(sent()).to.deep.equal([]);
    });
  });

  describe('shared GETs', () => {
    it('ten callers for the same URLs cost one request each', async () => {
      mock.api.setLatency(50);
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => Promise.all([fetchMetadata(BASE), fetchConsents(BASE, PUBLISHER)])),
      );
      expect(sent().sort()).to.deep.equal(['GET /locales', `GET /publishers/${PUBLISHER}/consents`]);
      for (const [metadata, consents] of answers) {
        expect(metadata).to.deep.equal(answers[0]![0]);
        expect(consents).to.have.length(3);
      }
      // Later callers (another widget mounted later) reuse the answer too.
      await fetchMetadata(BASE);
      expect(sent()).to.have.length(2);
    });

    it('one caller aborting does not kill the request the others wait for', async () => {
      mock.api.setLatency(150);
      const leaving = new AbortController();
      const staying = [fetchMetadata(BASE), fetchMetadata(BASE, new AbortController().signal)];
      const left = fetchMetadata(BASE, leaving.signal);
      await until(() => sent().length === 1);
      leaving.abort();
      expect(((await rejection(left)) as DOMException).name).to.equal('AbortError');
      for (const metadata of await Promise.all(staying)) expect(metadata.country).to.equal('US');
      expect(sent()).to.deep.equal(['GET /locales']);
    });

    it('aborts and forgets the request when every caller left', async () => {
      mock.api.inject({ endpoint: 'locales', kind: 'timeout' });
      const a = new AbortController();
      const b = new AbortController();
      const pending = [fetchMetadata(BASE, a.signal), fetchMetadata(BASE, b.signal)];
      await until(() => sent().length === 1);
      a.abort();
      b.abort();
      for (const p of pending) await rejection(p);
      expect((await fetchMetadata(BASE)).country).to.equal('US');
      expect(sent()).to.deep.equal(['GET /locales', 'GET /locales']);
    });

    it('forgets a failed request, so a retry asks again', async () => {
      configurePolicy({ loadTries: 1 });
      mock.api.inject({ endpoint: 'consents', kind: 'server-500' });
      const failed = await Promise.all([1, 2, 3].map(() => apiError(fetchConsents(BASE, PUBLISHER))));
      expect(failed.map((e) => e.code)).to.deep.equal(['server', 'server', 'server']);
      expect(await fetchConsents(BASE, PUBLISHER)).to.have.length(3);
      expect(sent()).to.deep.equal([`GET /publishers/${PUBLISHER}/consents`, `GET /publishers/${PUBLISHER}/consents`]);
    });

    it('keeps GETs CORS-simple: no Content-Type, no Authorization, no custom header', async () => {
      await Promise.all([fetchMetadata(BASE), fetchConsents(BASE, PUBLISHER)]);
      const simple = new Set(['accept', 'accept-language', 'content-language', 'user-agent', 'referer', 'origin']);
      const gets = mock.api.requests.filter((r) => r.method === 'GET');
      expect(gets).to.have.length(2);
      for (const request of gets) {
        expect(request.headers['accept']).to.equal('application/json');
        const extra = Object.keys(request.headers).filter((name) => !simple.has(name) && !name.startsWith('sec-'));
        expect(extra, request.path).to.deep.equal([]);
        expect(request.url).not.to.contain('?');
      }
      // The writes carry what they need.
      const { customerId, jwt } = await customer();
      await updateConsents(BASE, customerId, jwt, CHOICES);
      expect(mock.api.requests[0]!.headers).to.include({ 'content-type': 'application/json', authorization: `Bearer ${jwt}` });
    });
  });

  describe('answers mapped to codes', () => {
    const cases: Array<[string, Parameters<typeof mock.api.inject>[0], Partial<ApiError>]> = [
      ['429 without a code', { endpoint: 'register', kind: 'rate-limit' }, { code: 'rate-limited', status: 429, retryAfter: undefined }],
      ['429 with Retry-After', { endpoint: 'register', kind: 'rate-limit', retryAfter: '4' }, { code: 'rate-limited', retryAfter: 4 }],
      ['429 CPT0001', { endpoint: 'register', kind: 'captcha-required', retryAfter: '4' }, { code: 'captcha-required', status: 429, cleengCode: 'CPT0001', retryAfter: undefined }],
      ['429 CPT0002', { endpoint: 'register', kind: 'captcha-failed' }, { code: 'captcha-failed', status: 429, cleengCode: 'CPT0002' }],
      ['422 USER0002', { endpoint: 'register', kind: 'customer-exists' }, { code: 'customer-exists', status: 422, cleengCode: 'USER0002', field: 'email' }],
      ['400 email verification', { endpoint: 'register', kind: 'email-verification' }, { code: 'invalid-input', status: 400, field: 'email' }],
      ['422 invalid publisherId', { endpoint: 'register', kind: 'invalid-publisher' }, { code: 'invalid-publisher', status: 422 }],
      ['500', { endpoint: 'register', kind: 'server-500' }, { code: 'server', status: 500 }],
      ['502', { endpoint: 'register', kind: 'server-502' }, { code: 'server', status: 502 }],
      ['503', { endpoint: 'register', kind: 'server-503' }, { code: 'server', status: 503 }],
      ['a network error', { endpoint: 'register', kind: 'network' }, { code: 'network', status: undefined }],
      ['a non-JSON 200', { endpoint: 'register', kind: 'non-json' }, { code: 'invalid-response', status: 200 }],
      ['JSON of the wrong shape', { endpoint: 'register', kind: 'wrong-shape' }, { code: 'invalid-response', status: 200 }],
    ];
    for (const [name, fault, expected] of cases) {
      it(`POST /customers: ${name}`, async () => {
        mock.api.inject(fault);
        const error = await apiError(register());
        for (const [key, value] of Object.entries(expected)) expect(error[key as keyof ApiError], key).to.equal(value);
      });
    }

    it('a password the server refuses is an invalid-input on the password', async () => {
      const error = await apiError(registerCustomer(BASE, { ...BODY, password: 'short' }));
      expect(error).to.include({ code: 'invalid-input', status: 400, field: 'password' });
    });

    it('an unknown publisher answers invalid-publisher on its consents', async () => {
      const error = await apiError(fetchConsents(BASE, '999999999'));
      expect(error).to.include({ code: 'invalid-publisher', status: 422 });
      expect(sent()).to.have.length(1);
    });

    it('a 401 on the consents update is unauthorized', async () => {
      const { customerId, jwt } = await customer();
      const error = await apiError(updateConsents(BASE, customerId, `${jwt}x`, CHOICES));
      expect(error).to.include({ code: 'unauthorized', status: 401, cleengCode: 'AUTH0002' });
      mock.api.inject({ endpoint: 'consent-update', kind: 'unauthorized' });
      expect(await apiError(updateConsents(BASE, customerId, jwt, CHOICES))).to.include({ code: 'unauthorized', cleengCode: 'AUTH0003' });
    });

    it('says offline without sending anything when the browser is offline', async () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        for (const call of [fetchMetadata(BASE), register()]) {
          expect(await apiError(call)).to.include({ code: 'network', cleengCode: 'offline' });
        }
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      expect(navigator.onLine).to.equal(true);
      expect(sent()).to.deep.equal([]);
    });
  });
});

async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await tick(5);
}

/**
 * Gives the tries after the hung ones the shipped timeout: each try reads the timeout as it starts, and a
 * healthy one must not fail a slow answer. Waits until `hung` holds (the tries meant to hang reached the mock),
 * or until `pending` settled without them: the test then fails on its result, not on mocha's timeout.
 */
async function shippedTimeoutOnce(hung: () => boolean, pending: Promise<unknown>): Promise<void> {
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  await until(() => settled || hung());
  configurePolicy({ timeoutMs: SHIPPED_TIMEOUT });
}

/** Whole seconds since `t0` (a `Date.now()`). */
const elapsedSeconds = (t0: number) => Math.floor((Date.now() - t0) / 1000);
