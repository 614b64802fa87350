/**
 * What the client accepts from MediaStore and what it hands on, answer by answer (src/api/schemas.ts and the
 * client's mapping together). `fetch` is stubbed with one fixed answer, so every shape can be tried; anything
 * that does not match must be `invalid-response`, and an error body that does not match is read as empty.
 */
import { expect } from '@open-wc/testing';
import { fetchConsents, fetchMetadata, registerCustomer, updateConsents } from '../src/api/client.js';
import { ApiError } from '../src/api/errors.js';
import { configurePolicy, policy, type Policy } from '../src/api/policy.js';

const BASE = 'https://mediastoreapi-sandbox.cleeng.com';
const BODY = { email: 'ada@example.com', password: 'secret123', publisherId: '123456789', locale: 'en_US', country: 'US', currency: 'USD' };

/** Forgets the GETs the client shares page-wide (a done one would answer again without asking). */
const forgetSharedGets = () =>
  (globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('cleeng-register.shared-gets')]?.clear();

let answer: { status: number; body: unknown } = { status: 200, body: undefined };
/** The next answer of the stubbed `fetch`: `responseData` in Cleeng's envelope, or a whole error body. */
function ok(responseData: unknown): void {
  forgetSharedGets();
  answer = { status: 200, body: { responseData, errors: [] } };
}
function fail(status: number, body: unknown): void {
  answer = { status, body };
}

async function settle<T>(promise: Promise<T>): Promise<T | ApiError> {
  try {
    return await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
}
const code = (result: unknown) => (result instanceof ApiError ? result.code : 'ok');

describe('API answers: accepted shapes and what the client returns', () => {
  let savedFetch: typeof fetch;
  let savedPolicy: Policy;
  beforeEach(() => {
    savedFetch = globalThis.fetch;
    savedPolicy = { ...policy };
    configurePolicy({ baseDelayMs: 1, maxDelayMs: 5, loadTries: 1, consentTries: 1 });
    globalThis.fetch = async () => new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  afterEach(() => {
    globalThis.fetch = savedFetch;
    configurePolicy(savedPolicy);
    forgetSharedGets();
  });

  it('metadata: three strings, the country upper-cased, other keys dropped', async () => {
    ok({ country: 'pl', currency: 'PLN', locale: 'pl_PL', ipAddress: '10.0.0.1' });
    expect(await fetchMetadata(BASE)).to.deep.equal({ country: 'PL', currency: 'PLN', locale: 'pl_PL' });
    for (const bad of [{ country: 'PL', currency: 'PLN' }, { country: 'PL', currency: 'PLN', locale: 1 }, null, []]) {
      ok(bad);
      expect(code(await settle(fetchMetadata(BASE))), JSON.stringify(bad)).to.equal('invalid-response');
    }
  });

  it('consents: a number version is kept as its text; label, required and enabledByDefault default', async () => {
    ok({
      consents: [
        { name: 'terms', version: '1.7', label: 'T&C', required: true, enabledByDefault: true, value: 'https://x', broadcasterId: 0 },
        { name: 'broadcaster_marketing', version: 2 },
        { name: 'n', version: 0, label: '', required: false, enabledByDefault: false },
      ],
    });
    expect(await fetchConsents(BASE, '123456789')).to.deep.equal([
      { name: 'terms', version: '1.7', label: 'T&C', required: true, enabledByDefault: true },
      { name: 'broadcaster_marketing', version: '2', label: '', required: false, enabledByDefault: false },
      { name: 'n', version: '0', label: '', required: false, enabledByDefault: false },
    ]);
    ok({ consents: [] });
    expect(await fetchConsents(BASE, '123456789')).to.deep.equal([]);
  });

  it('consents: any other shape is invalid-response', async () => {
    const good = { name: 'terms', version: '1', label: 'T&C', required: true, enabledByDefault: false };
    const bads = [
      { ...good, name: '' },
      { ...good, name: 7 },
      { ...good, name: undefined },
      { ...good, version: undefined },
      { ...good, version: null },
      { ...good, version: true },
      { ...good, version: { major: 1 } },
      { ...good, label: null },
      { ...good, label: 3 },
      { ...good, required: 'true' },
      { ...good, required: null },
      { ...good, enabledByDefault: 1 },
    ];
    for (const bad of bads) {
      ok({ consents: [good, bad] });
      expect(code(await settle(fetchConsents(BASE, '123456789'))), JSON.stringify(bad)).to.equal('invalid-response');
    }
    for (const bad of [{}, { consents: null }, { consents: good }, { consents: [null] }]) {
      ok(bad);
      expect(code(await settle(fetchConsents(BASE, '123456789'))), JSON.stringify(bad)).to.equal('invalid-response');
    }
  });

  it('registration: a number customerId is kept as its text; customerToken defaults to ""', async () => {
    ok({ jwt: 'a.b.c', refreshToken: 'r', customerToken: 't', customerId: '42', extra: 1 });
    expect(await registerCustomer(BASE, BODY)).to.deep.equal({ jwt: 'a.b.c', refreshToken: 'r', customerToken: 't', customerId: '42' });
    ok({ jwt: 'a.b.c', refreshToken: '', customerId: 950123456 });
    expect(await registerCustomer(BASE, BODY)).to.deep.equal({ jwt: 'a.b.c', refreshToken: '', customerToken: '', customerId: '950123456' });
    ok({ jwt: 'a.b.c', refreshToken: 'r', customerId: 0 });
    expect((await registerCustomer(BASE, BODY)).customerId).to.equal('0');
  });

  it('registration: an empty or missing jwt or customerId, or any other shape, is invalid-response', async () => {
    const good = { jwt: 'a.b.c', refreshToken: 'r', customerToken: 't', customerId: '42' };
    const bads = [
      { ...good, jwt: '' },
      { ...good, jwt: undefined },
      { ...good, jwt: 1 },
      { ...good, refreshToken: undefined },
      { ...good, refreshToken: null },
      { ...good, customerToken: null },
      { ...good, customerToken: 5 },
      { ...good, customerId: '' },
      { ...good, customerId: undefined },
      { ...good, customerId: null },
      { ...good, customerId: false },
      { ...good, customerId: ['42'] },
    ];
    for (const bad of bads) {
      ok(bad);
      expect(code(await settle(registerCustomer(BASE, BODY))), JSON.stringify(bad)).to.equal('invalid-response');
    }
  });

  it('consent update: only { success: true } is a success', async () => {
    ok({ success: true });
    expect(await updateConsents(BASE, '42', 'a.b.c', [])).to.equal(undefined);
    for (const bad of [{ success: false }, {}, { success: 'true' }, { success: 1 }, { success: null }, null]) {
      ok(bad);
      expect(code(await settle(updateConsents(BASE, '42', 'a.b.c', []))), JSON.stringify(bad)).to.equal('invalid-response');
    }
  });

  it('error bodies: code as text or number, strings of errors read, anything in responseData', async () => {
    fail(422, { code: 'USER0002', message: 'exists', errors: [], responseData: { any: ['thing'] } });
    expect(await settle(registerCustomer(BASE, BODY))).to.include({ code: 'customer-exists', cleengCode: 'USER0002' });
    fail(400, { code: 1001 });
    expect(await settle(registerCustomer(BASE, BODY))).to.include({ code: 'invalid-input', cleengCode: '1001' });
    // Only the strings of `errors` are read; other items do not spoil the body.
    fail(400, { code: 'REQ0001', errors: [3, null, { a: 1 }, 'Email verification failed.'] });
    expect(await settle(registerCustomer(BASE, BODY))).to.include({ code: 'invalid-input', cleengCode: 'REQ0001', field: 'email' });
    fail(400, { errors: ['Invalid param publisherId'], responseData: null });
    expect(await settle(registerCustomer(BASE, BODY))).to.include({ code: 'invalid-publisher', cleengCode: undefined });
  });

  it('error bodies: one wrongly typed field and the whole body is ignored', async () => {
    for (const bad of [
      { code: 'USER0002', errors: 'exists' },
      { code: 'USER0002', message: 5 },
      { code: 'USER0002', errors: null },
      { code: null, message: 'User exists' },
      { code: true },
    ]) {
      fail(422, bad);
      expect(await settle(registerCustomer(BASE, BODY)), JSON.stringify(bad)).to.include({ code: 'invalid-input', cleengCode: undefined });
    }
  });
});
