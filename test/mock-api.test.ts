/**
 * The shared mock Cleeng API, exercised through real `fetch` in the browser (msw service worker): proves the
 * test infrastructure in every engine and pins the mock's behaviour that other tests rely on.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_CONSENTS, decodeJwt } from '../mock/api.js';
import type { FaultKind, MockApi, MockState, MockStore } from '../mock/api.js';
import { LOCAL_STORAGE_KEY, localStorageStore } from '../mock/local-storage-store.js';
import { failOnConsoleWarnings, startMockApi, stopMockApi } from './setup.js';

const API = 'https://mediastoreapi-sandbox.cleeng.com';
const PUBLISHER = '123456789';
const T0 = Date.parse('2030-01-01T00:00:00Z');

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const init: RequestInit = { method, headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }
  const res = await fetch(`${API}${path}`, init);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

function registration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    email: 'jane@example.com',
    password: 'secret123',
    publisherId: PUBLISHER,
    locale: 'en_US',
    country: 'US',
    currency: 'USD',
    ...overrides,
  };
}

function data(answer: Answer): Record<string, unknown> {
  return answer.body['responseData'] as Record<string, unknown>;
}

async function register(overrides: Record<string, unknown> = {}): Promise<{ customerId: string; jwt: string }> {
  const answer = await call('POST', '/customers', registration(overrides));
  expect(answer.status, JSON.stringify(answer.body)).to.equal(200);
  return data(answer) as { customerId: string; jwt: string };
}

function expectError(answer: Answer, status: number, code: string | undefined, message?: string): void {
  expect(answer.status).to.equal(status);
  expect(answer.body['responseData']).to.deep.equal({});
  if (code === undefined) expect(answer.body).not.to.have.property('code');
  else expect(answer.body['code']).to.equal(code);
  const errors = answer.body['errors'] as string[];
  expect(errors).to.have.length(1);
  if (message !== undefined) {
    expect(answer.body['message']).to.include(message);
    expect(errors[0]).to.include(message);
  }
}

/** Resolves to 'pending' when the promise has not settled within `ms`. */
function settledWithin(promise: Promise<unknown>, ms: number): Promise<'settled' | 'pending'> {
  return Promise.race([
    promise.then(
      () => 'settled' as const,
      () => 'settled' as const,
    ),
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms)),
  ]);
}

describe('mock Cleeng API (through the msw service worker)', () => {
  failOnConsoleWarnings();

  let api: MockApi;
  let clock: number;

  beforeEach(async () => {
    clock = T0;
    api = await startMockApi({ now: () => clock });
  });

  afterEach(() => {
    stopMockApi();
  });

  describe('GET /locales', () => {
    it('answers the configured locale in the envelope', async () => {
      const answer = await call('GET', '/locales');
      expect(answer.status).to.equal(200);
      expect(answer.body).to.deep.equal({
        responseData: { country: 'US', currency: 'USD', locale: 'en_US', ipAddress: '203.0.113.7' },
        errors: [],
      });
    });

    it('answers other locales when configured, on the production host too', async () => {
      api = await startMockApi({ locales: { country: 'DE', currency: 'EUR', locale: 'de_DE', ipAddress: '198.51.100.1' } });
      const res = await fetch('https://mediastoreapi.cleeng.com/locales');
      const body = (await res.json()) as { responseData: { country: string; locale: string } };
      expect(body.responseData.country).to.equal('DE');
      expect(body.responseData.locale).to.equal('de_DE');
    });
  });

  describe('GET /publishers/:id/consents', () => {
    it('answers the default consents: terms, broadcaster terms, marketing', async () => {
      const answer = await call('GET', `/publishers/${PUBLISHER}/consents`);
      expect(answer.status).to.equal(200);
      const consents = data(answer)['consents'] as typeof DEFAULT_CONSENTS;
      expect(consents).to.deep.equal(DEFAULT_CONSENTS);
      expect(consents.map((c) => [c.name, c.required])).to.deep.equal([
        ['terms', true],
        ['broadcaster_terms', true],
        ['broadcaster_marketing', false],
      ]);
      expect(consents[0]!.label).to.match(/<a href="https:\/\/[^"]+" target="_blank">/);
    });

    it('answers an unknown publisher with 422 REQ0003 Invalid param publisherId', async () => {
      expectError(await call('GET', '/publishers/987654321/consents'), 422, 'REQ0003', 'Invalid param publisherId');
    });

    it('answers consents changed with setConsents()', async () => {
      api.setConsents([{ ...DEFAULT_CONSENTS[0]!, version: '2.1' }]);
      const consents = data(await call('GET', `/publishers/${PUBLISHER}/consents`))['consents'] as { version: string }[];
      expect(consents.map((c) => c.version)).to.deep.equal(['2.1']);
    });
  });

  describe('POST /customers', () => {
    it('registers a customer and answers tokens with a decodable JWT', async () => {
      const answer = await call('POST', '/customers', registration());
      expect(answer.status).to.equal(200);
      const result = data(answer);
      expect(Object.keys(result).sort()).to.deep.equal(['customerId', 'customerToken', 'jwt', 'refreshToken']);
      expect(result['customerId']).to.be.a('string').and.match(/^\d+$/);
      expect(result['refreshToken']).to.be.a('string').and.not.equal('');
      expect(result['customerToken']).to.be.a('string').and.not.equal('');
      const jwt = result['jwt'] as string;
      expect(jwt.split('.')).to.have.length(3);
      expect(jwt.split('.')[2]).to.equal('mock-signature');
      expect(decodeJwt(jwt)).to.include({
        customerId: result['customerId'],
        publisherId: PUBLISHER,
        exp: T0 / 1000 + 15 * 60,
      });
      expect(api.state.customers).to.have.length(1);
      const customer = api.state.customers[0]!;
      expect(customer).to.include({
        customerId: result['customerId'],
        email: 'jane@example.com',
        publisherId: PUBLISHER,
        locale: 'en_US',
        country: 'US',
        currency: 'USD',
        registeredAt: new Date(T0).toISOString(),
      });
      expect(customer).not.to.have.property('password');
      expect(JSON.stringify(api.state)).not.to.include('secret123');
    });

    it('gives each customer a new id', async () => {
      const a = await register({ email: 'a@example.com' });
      const b = await register({ email: 'b@example.com' });
      expect(a.customerId).not.to.equal(b.customerId);
    });

    it('accepts an offerId instead of a publisherId', async () => {
      const { publisherId: _unused, ...body } = registration({ offerId: 'S565568989_US' });
      expect((await call('POST', '/customers', body)).status).to.equal(200);
      expect(api.state.customers[0]!.offerId).to.equal('S565568989_US');
    });

    it('answers a duplicate email (any case) with 422 USER0002', async () => {
      await register();
      expectError(
        await call('POST', '/customers', registration({ email: 'JANE@Example.com' })),
        422,
        'USER0002',
        'Customer already exists.',
      );
      expect(api.state.customers).to.have.length(1);
    });

    it('answers a malformed email with 400 REQ0001 Email verification failed.', async () => {
      expectError(
        await call('POST', '/customers', registration({ email: 'jane.example.com' })),
        400,
        'REQ0001',
        'Email verification failed.',
      );
    });

    for (const [why, password] of [
      ['too short', 'abc1234'],
      ['too long', `a1${'x'.repeat(79)}`],
      ['no letter', '12345678'],
      ['no digit or special character', 'abcdefgh'],
    ] as const) {
      it(`answers a password that is ${why} with 400 REQ0001`, async () => {
        expectError(await call('POST', '/customers', registration({ password })), 400, 'REQ0001');
        expect(api.state.customers).to.have.length(0);
      });
    }

    it('accepts passwords at the documented bounds', async () => {
      await register({ email: 'short@example.com', password: 'abcdefg!' });
      await register({ email: 'long@example.com', password: `a1${'x'.repeat(78)}` });
      expect(api.state.customers).to.have.length(2);
    });

    it('answers an unknown publisher with 422 REQ0003', async () => {
      expectError(
        await call('POST', '/customers', registration({ publisherId: '111111111' })),
        422,
        'REQ0003',
        'Invalid param publisherId',
      );
    });

    for (const field of ['locale', 'country', 'currency']) {
      it(`answers a missing ${field} with 400 REQ0001`, async () => {
        const body = registration();
        delete body[field];
        expectError(await call('POST', '/customers', body), 400, 'REQ0001');
      });
    }

    it('answers a body with neither publisherId nor offerId with 400 REQ0001', async () => {
      const { publisherId: _unused, ...body } = registration();
      expectError(await call('POST', '/customers', body), 400, 'REQ0001');
    });

    it('requires a captcha token when the publisher turned captcha on', async () => {
      api.setRequireCaptcha(true);
      expectError(await call('POST', '/customers', registration()), 429, 'CPT0001');
      await register({ captchaValue: 'token-from-recaptcha' });
      expect(api.state.customers[0]!.captchaValue).to.equal('token-from-recaptcha');
      api.setRequireCaptcha(false);
      await register({ email: 'other@example.com' });
    });
  });

  describe('POST /customers rate limits (20 per second, 10 concurrent)', () => {
    it('answers the 21st registration within one second with 429, Retry-After: 1 and no code', async () => {
      for (let i = 0; i < 20; i++) await register({ email: `user${i}@example.com` });
      clock += 999;
      const limited = await call('POST', '/customers', registration({ email: 'user20@example.com' }));
      expectError(limited, 429, undefined);
      expect(limited.headers.get('Retry-After')).to.equal('1');
      expect(api.state.customers).to.have.length(20);
      clock += 1;
      await register({ email: 'user20@example.com' });
      expect(api.state.customers).to.have.length(21);
    });

    it('answers registrations beyond 10 in flight with 429', async function () {
      // All twelve must reach the mock while the first ten are still in flight, even on a loaded machine.
      this.timeout(15_000);
      api.setLatency(3000);
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => call('POST', '/customers', registration({ email: `p${i}@example.com` }))),
      );
      expect(answers.filter((a) => a.status === 200)).to.have.length(10);
      const limited = answers.filter((a) => a.status === 429);
      expect(limited).to.have.length(2);
      for (const answer of limited) expect(answer.headers.get('Retry-After')).to.equal('1');
      expect(api.state.customers).to.have.length(10);
    });
  });

  describe('PUT /customers/:id/consents', () => {
    const consents = [
      { name: 'terms', version: '1', state: 'accepted' },
      { name: 'broadcaster_terms', version: '1.7', state: 'accepted' },
      { name: 'broadcaster_marketing', version: '1', state: 'declined' },
    ];

    it('stores the consents of the customer the JWT names', async () => {
      const { customerId, jwt } = await register();
      clock += 5000;
      const answer = await call('PUT', `/customers/${customerId}/consents`, { consents }, { Authorization: `Bearer ${jwt}` });
      expect(answer.status).to.equal(200);
      expect(answer.body).to.deep.equal({ responseData: { success: true }, errors: [] });
      const updatedAt = new Date(T0 + 5000).toISOString();
      expect(api.state.customers[0]!.consents).to.deep.equal(consents.map((c) => ({ ...c, updatedAt })));
    });

    it('answers a missing Authorization with 401 AUTH0001', async () => {
      const { customerId } = await register();
      expectError(await call('PUT', `/customers/${customerId}/consents`, { consents }), 401, 'AUTH0001');
    });

    it('answers an undecodable JWT with 401 AUTH0002', async () => {
      const { customerId } = await register();
      expectError(
        await call('PUT', `/customers/${customerId}/consents`, { consents }, { Authorization: 'Bearer not-a-jwt' }),
        401,
        'AUTH0002',
      );
    });

    it("answers another customer's JWT with 401 AUTH0002", async () => {
      const a = await register({ email: 'a@example.com' });
      const b = await register({ email: 'b@example.com' });
      expectError(
        await call('PUT', `/customers/${b.customerId}/consents`, { consents }, { Authorization: `Bearer ${a.jwt}` }),
        401,
        'AUTH0002',
      );
      expect(api.state.customers.every((c) => c.consents.length === 0)).to.equal(true);
    });

    it('answers an expired JWT (after 15 minutes) with 401 AUTH0003', async () => {
      const { customerId, jwt } = await register();
      clock += 15 * 60 * 1000 - 1;
      const put = () => call('PUT', `/customers/${customerId}/consents`, { consents }, { Authorization: `Bearer ${jwt}` });
      expect((await put()).status).to.equal(200);
      clock += 1;
      expectError(await put(), 401, 'AUTH0003');
    });

    it('answers a body without a consents array with 400 REQ0001', async () => {
      const { customerId, jwt } = await register();
      const auth = { Authorization: `Bearer ${jwt}` };
      expectError(await call('PUT', `/customers/${customerId}/consents`, { terms: true }, auth), 400, 'REQ0001');
      expectError(
        await call('PUT', `/customers/${customerId}/consents`, { consents: [{ name: 'terms', state: 'yes' }] }, auth),
        400,
        'REQ0001',
      );
    });
  });

  describe('faults', () => {
    const errorFaults: [FaultKind, number, string][] = [
      ['captcha-required', 429, 'CPT0001'],
      ['captcha-failed', 429, 'CPT0002'],
      ['server-500', 500, 'S0001'],
      ['server-502', 502, 'S0001'],
      ['server-503', 503, 'S0001'],
      ['unauthorized', 401, 'AUTH0003'],
      ['customer-exists', 422, 'USER0002'],
      ['invalid-publisher', 422, 'REQ0003'],
      ['email-verification', 400, 'REQ0001'],
    ];
    for (const [kind, status, code] of errorFaults) {
      it(`${kind} answers ${status} ${code} once, then the endpoint works again`, async () => {
        api.inject({ endpoint: 'register', kind });
        expectError(await call('POST', '/customers', registration()), status, code);
        expect(api.state.customers).to.have.length(0);
        expect(api.faults()).to.deep.equal([]);
        await register();
      });
    }

    it('rate-limit answers 429 without code, with Retry-After only when given', async () => {
      api.inject({ endpoint: 'locales', kind: 'rate-limit', retryAfter: '3' });
      api.inject({ endpoint: 'locales', kind: 'rate-limit' });
      const first = await call('GET', '/locales');
      expectError(first, 429, undefined);
      expect(first.headers.get('Retry-After')).to.equal('3');
      const second = await call('GET', '/locales');
      expectError(second, 429, undefined);
      expect(second.headers.get('Retry-After')).to.equal(null);
      expect((await call('GET', '/locales')).status).to.equal(200);
    });

    it('network fails the fetch', async () => {
      api.inject({ endpoint: 'consents', kind: 'network' });
      let error: unknown;
      await fetch(`${API}/publishers/${PUBLISHER}/consents`).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(TypeError);
      expect((await call('GET', `/publishers/${PUBLISHER}/consents`)).status).to.equal(200);
    });

    it('timeout never answers (the caller has to abort)', async () => {
      api.inject({ endpoint: 'locales', kind: 'timeout' });
      const controller = new AbortController();
      const pending = fetch(`${API}/locales`, { signal: controller.signal });
      expect(await settledWithin(pending, 300)).to.equal('pending');
      controller.abort();
      let error: unknown;
      await pending.catch((e: unknown) => (error = e));
      expect((error as Error).name).to.equal('AbortError');
      expect((await call('GET', '/locales')).status).to.equal(200);
    });

    it('non-json answers 200 text/html', async () => {
      api.inject({ endpoint: 'register', kind: 'non-json' });
      const res = await fetch(`${API}/customers`, { method: 'POST', body: JSON.stringify(registration()) });
      expect(res.status).to.equal(200);
      expect(res.headers.get('Content-Type')).to.include('text/html');
      expect(await res.text()).to.equal('<html>oops</html>');
    });

    it('wrong-shape answers 200 JSON without the documented fields', async () => {
      api.inject({ endpoint: 'locales', kind: 'wrong-shape' });
      api.inject({ endpoint: 'consents', kind: 'wrong-shape' });
      api.inject({ endpoint: 'register', kind: 'wrong-shape' });
      const locales = await call('GET', '/locales');
      expect(locales.status).to.equal(200);
      expect(data(locales)).not.to.have.property('country');
      const consents = await call('GET', `/publishers/${PUBLISHER}/consents`);
      expect(consents.status).to.equal(200);
      expect(Array.isArray(data(consents)['consents'])).to.equal(false);
      const registered = await call('POST', '/customers', registration());
      expect(registered.status).to.equal(200);
      expect(data(registered)).not.to.have.property('jwt');
    });

    it('wrong-shape on the consents update answers 200 without success', async () => {
      const { customerId, jwt } = await register();
      api.inject({ endpoint: 'consent-update', kind: 'wrong-shape' });
      const answer = await call('PUT', `/customers/${customerId}/consents`, { consents: [] }, { Authorization: `Bearer ${jwt}` });
      expect(answer.status).to.equal(200);
      expect(JSON.stringify(answer.body)).not.to.include('success');
    });

    it('are consumed in order, per endpoint, `times` each', async () => {
      api.inject({ endpoint: 'consent-update', kind: 'server-503', times: 2 });
      api.inject({ endpoint: 'register', kind: 'server-500' });
      api.inject({ endpoint: 'consent-update', kind: 'unauthorized' });
      expect((await call('POST', '/customers', registration())).status).to.equal(500);
      const { customerId, jwt } = await register();
      const put = () => call('PUT', `/customers/${customerId}/consents`, { consents: [] }, { Authorization: `Bearer ${jwt}` });
      expect((await put()).status).to.equal(503);
      expect(api.faults()).to.deep.equal([
        { endpoint: 'consent-update', kind: 'server-503', times: 1 },
        { endpoint: 'consent-update', kind: 'unauthorized' },
      ]);
      expect((await put()).status).to.equal(503);
      expect((await put()).status).to.equal(401);
      expect((await put()).status).to.equal(200);
      expect(api.faults()).to.deep.equal([]);
    });

    it('persist with times: Infinity until cleared', async () => {
      api.inject({ endpoint: 'locales', kind: 'server-502', times: Infinity });
      for (let i = 0; i < 3; i++) expect((await call('GET', '/locales')).status).to.equal(502);
      expect(api.faults()).to.have.length(1);
      api.clearFaults();
      expect(api.faults()).to.deep.equal([]);
      expect((await call('GET', '/locales')).status).to.equal(200);
    });

    it('offline fails every request as a network error, and recording goes on', async () => {
      api.setOffline(true);
      let error: unknown;
      await fetch(`${API}/locales`).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(TypeError);
      api.setOffline(false);
      expect((await call('GET', '/locales')).status).to.equal(200);
      expect(api.requests.map((r) => r.path)).to.deep.equal(['/locales', '/locales']);
    });
  });

  describe('requests, CORS, bases', () => {
    it('records every request with method, url, path, lower-case headers and parsed body', async () => {
      api.inject({ endpoint: 'register', kind: 'server-500' });
      await call('GET', '/locales');
      await call('POST', '/customers', registration());
      expect(api.requests).to.have.length(2);
      const [locales, customers] = api.requests;
      expect(locales).to.deep.include({ method: 'GET', url: `${API}/locales`, path: '/locales', body: null });
      expect(customers).to.deep.include({ method: 'POST', path: '/customers', body: registration() });
      expect(customers!.headers['content-type']).to.equal('application/json');
      expect(customers!.headers['accept']).to.equal('application/json');
    });

    it('answers OPTIONS preflights with 204 and CORS headers, and records them', async () => {
      const res = await fetch(`${API}/customers`, { method: 'OPTIONS' });
      expect(res.status).to.equal(204);
      expect(res.headers.get('Access-Control-Allow-Origin')).to.equal('*');
      expect(res.headers.get('Access-Control-Allow-Methods')).to.include('PUT');
      expect(res.headers.get('Access-Control-Allow-Headers')).to.include('Authorization');
      expect(api.requests.map((r) => r.method)).to.deep.equal(['OPTIONS']);
    });

    it('puts CORS headers on answers', async () => {
      const res = await fetch(`${API}/locales`);
      expect(res.headers.get('Access-Control-Allow-Origin')).to.equal('*');
    });

    it('serves any base URL given, with a path (e.g. a proxy), and answers unknown routes 404', async () => {
      const base = `${location.origin}/cleeng-proxy`;
      api = await startMockApi({ origins: [base] });
      const res = await fetch(`${base}/locales`);
      expect(res.status).to.equal(200);
      expect(api.requests[0]!.path).to.equal('/locales');
      expect((await fetch(`${base}/nope`)).status).to.equal(404);
      // The default hosts are not answered any more: the request goes to the network and fails.
      let error: unknown;
      await fetch(`${API}/locales`).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(TypeError);
    });

    it('leaves other URLs alone', async () => {
      const res = await fetch('/package.json');
      expect(res.status).to.equal(200);
      expect(api.requests).to.deep.equal([]);
    });
  });

  describe('state', () => {
    it('reset() clears customers, faults and requests and restores the consents', async () => {
      await register();
      api.setConsents([]);
      api.inject({ endpoint: 'locales', kind: 'server-500' });
      api.reset();
      expect(api.state.customers).to.deep.equal([]);
      expect(api.state.consents).to.deep.equal(DEFAULT_CONSENTS);
      expect(api.faults()).to.deep.equal([]);
      expect(api.requests).to.deep.equal([]);
      expect((await call('GET', '/locales')).status).to.equal(200);
      await register();
    });

    it('keeps customers and consents in the store across mock instances', async () => {
      let saved: MockState | null = null;
      const store: MockStore = {
        load: () => (saved ? (JSON.parse(JSON.stringify(saved)) as MockState) : null),
        save: (state) => (saved = JSON.parse(JSON.stringify(state)) as MockState),
      };
      api = await startMockApi({ store, now: () => clock });
      const { customerId } = await register();
      api.setConsents([DEFAULT_CONSENTS[0]!]);

      api = await startMockApi({ store, now: () => clock });
      expect(api.state.customers.map((c) => c.customerId)).to.deep.equal([customerId]);
      expectError(await call('POST', '/customers', registration()), 422, 'USER0002');
      const consents = data(await call('GET', `/publishers/${PUBLISHER}/consents`))['consents'] as unknown[];
      expect(consents).to.have.length(1);
      const next = await register({ email: 'second@example.com' });
      expect(next.customerId).not.to.equal(customerId);
    });

    it('persists through localStorage with the local-storage store', async () => {
      const previous = localStorage.getItem(LOCAL_STORAGE_KEY);
      try {
        localStorage.removeItem(LOCAL_STORAGE_KEY);
        api = await startMockApi({ store: localStorageStore(), now: () => clock });
        await register();
        const stored = JSON.parse(localStorage.getItem(LOCAL_STORAGE_KEY) ?? 'null') as MockState;
        expect(stored.customers.map((c) => c.email)).to.deep.equal(['jane@example.com']);

        api = await startMockApi({ store: localStorageStore(), now: () => clock });
        expect(api.state.customers).to.have.length(1);
        expectError(await call('POST', '/customers', registration()), 422, 'USER0002');
      } finally {
        if (previous === null) localStorage.removeItem(LOCAL_STORAGE_KEY);
        else localStorage.setItem(LOCAL_STORAGE_KEY, previous);
      }
    });
  });
});
