/**
 * The one mock of Cleeng's MediaStore API (see ../shared/cleeng-api.md), as msw handlers.
 *
 * Shared by the browser tests (msw `setupWorker`), the demo (a service worker with a localStorage store)
 * and the Node bench server (msw `getResponse`). Nothing here touches the DOM at module top level.
 */
import { HttpResponse, delay, http } from 'msw';
import type { HttpHandler } from 'msw';

export type Endpoint = 'locales' | 'consents' | 'register' | 'consent-update';

export type FaultKind =
  | 'rate-limit'
  | 'captcha-required'
  | 'captcha-failed'
  | 'server-500'
  | 'server-502'
  | 'server-503'
  | 'network'
  | 'timeout'
  | 'non-json'
  | 'wrong-shape'
  | 'unauthorized'
  | 'customer-exists'
  | 'invalid-publisher'
  | 'email-verification';

export interface Fault {
  endpoint: Endpoint;
  kind: FaultKind;
  /** Raw `Retry-After` header value for `rate-limit`; omitted = no header. */
  retryAfter?: string;
  /** How many requests the fault answers; default 1, `Infinity` = persistent. */
  times?: number;
}

export interface MockConsent {
  name: string;
  version: string;
  label: string;
  required: boolean;
  enabledByDefault: boolean;
  value: string;
  broadcasterId: number;
}

/** A registered customer. The password is never stored. */
export interface MockCustomer {
  customerId: string;
  email: string;
  publisherId: string;
  offerId?: string;
  locale: string;
  country: string;
  currency: string;
  registeredAt: string;
  captchaValue?: string;
  consents: { name: string; version: string; state: 'accepted' | 'declined'; updatedAt: string }[];
}

export interface MockState {
  customers: MockCustomer[];
  consents: MockConsent[];
  nextId: number;
}

export interface MockStore {
  load(): MockState | null;
  save(state: MockState): void;
}

export interface RecordedRequest {
  method: string;
  url: string;
  /** Path below the matched API base, e.g. `/customers`. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, the text otherwise, `null` without a body. */
  body: unknown;
}

export interface MockApiOptions {
  /** API bases answered; full base URLs (`http://localhost:8000/api`) or same-origin paths (`/api`). */
  origins?: string[];
  /** Known publishers; default `['123456789']`. */
  publisherIds?: string[];
  /** `GET /locales` answer; default US / USD / en_US. */
  locales?: { country: string; currency: string; locale: string; ipAddress: string };
  /** The publisher's consents; default {@link DEFAULT_CONSENTS}. */
  consents?: MockConsent[];
  /** Delay before every answer, in ms; default 0. */
  latencyMs?: number;
  /** Persistence; default in memory. */
  store?: MockStore;
  /** When true, `POST /customers` without `captchaValue` answers 429 `CPT0001`. */
  requireCaptcha?: boolean;
  /** Clock in ms (JWT `exp`, `registeredAt`, rate-limit window); default `Date.now`. */
  now?: () => number;
}

export interface MockApi {
  handlers: HttpHandler[];
  /** Every request seen, in order, including the ones answered with a fault and OPTIONS preflights. */
  requests: RecordedRequest[];
  readonly state: MockState;
  inject(fault: Fault): void;
  clearFaults(): void;
  faults(): Fault[];
  setLatency(ms: number): void;
  /** Offline: every request fails as a network error. */
  setOffline(offline: boolean): void;
  setConsents(consents: MockConsent[]): void;
  setRequireCaptcha(on: boolean): void;
  /** Customers, faults and requests cleared; consents, latency, offline and captcha back to the options. */
  reset(): void;
}

export const SANDBOX_ORIGIN = 'https://mediastoreapi-sandbox.cleeng.com';
export const PRODUCTION_ORIGIN = 'https://mediastoreapi.cleeng.com';

export const DEFAULT_CONSENTS: MockConsent[] = [
  {
    name: 'terms',
    version: '1',
    label:
      'I accept the <a href="https://cleeng.com/cleeng-user-agreement" target="_blank">Terms and Conditions</a> of Cleeng.',
    required: true,
    enabledByDefault: true,
    value: 'https://cleeng.com/cleeng-user-agreement',
    broadcasterId: 0,
  },
  {
    name: 'broadcaster_terms',
    version: '1.7',
    label:
      'I accept the <a href="https://example.com/terms" target="_blank">Terms of Use</a> and the <a href="https://example.com/privacy" target="_blank">Privacy Policy</a> of Example TV.',
    required: true,
    enabledByDefault: false,
    value: 'https://example.com/terms',
    broadcasterId: 123456789,
  },
  {
    name: 'broadcaster_marketing',
    version: '1',
    label: 'Yes, I want to receive news and special offers from Example TV by email.',
    required: false,
    enabledByDefault: true,
    value: 'Yes, I want to receive news and special offers from Example TV by email.',
    broadcasterId: 123456789,
  },
];

/** Registration limits from Cleeng's registration guide. */
export const REGISTER_RATE_PER_SECOND = 20;
export const REGISTER_MAX_CONCURRENT = 10;
/** Lifetime of the JWT, as Cleeng documents it. */
export const JWT_LIFETIME_SECONDS = 15 * 60;

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Authorization, Content-Type',
  'Access-Control-Expose-Headers': 'Retry-After',
};

const JWT_SIGNATURE = 'mock-signature';

// ---- JWT -----------------------------------------------------------------------------------------

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Decodes a JWT's payload without checking anything; throws when it is not a JWT with a JSON object payload. */
export function decodeJwt(jwt: string): Record<string, unknown> {
  const parts = jwt.split('.');
  if (parts.length !== 3 || !parts[1]) throw new Error('Not a JWT');
  const payload: unknown = JSON.parse(base64UrlDecode(parts[1]));
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error('JWT payload is not an object');
  }
  return payload as Record<string, unknown>;
}

function encodeJwt(payload: Record<string, unknown>): string {
  const header = base64UrlEncode(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  return `${header}.${base64UrlEncode(JSON.stringify(payload))}.${JWT_SIGNATURE}`;
}

function randomHex(bytes: number): string {
  const values = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(values);
  return Array.from(values, (v) => v.toString(16).padStart(2, '0')).join('');
}

// ---- answers -------------------------------------------------------------------------------------

function ok(responseData: unknown, init?: { headers?: Record<string, string> }): Response {
  return HttpResponse.json({ responseData, errors: [] }, { status: 200, headers: { ...CORS_HEADERS, ...init?.headers } });
}

function fail(status: number, code: string | undefined, message: string, headers?: Record<string, string>): Response {
  const body: Record<string, unknown> = { responseData: {}, message, errors: [message] };
  if (code !== undefined) body['code'] = code;
  return HttpResponse.json(body, { status, headers: { ...CORS_HEADERS, ...headers } });
}

function rateLimited(retryAfter?: string): Response {
  return fail(429, undefined, 'Too many requests.', retryAfter === undefined ? undefined : { 'Retry-After': retryAfter });
}

const WRONG_SHAPES: Record<Endpoint, Record<string, unknown>> = {
  locales: { responseData: { countryCode: 42, lang: null }, errors: [] },
  consents: { responseData: { items: 'none' }, errors: [] },
  register: { responseData: { token: 123 }, errors: [] },
  'consent-update': { data: { done: 'yes' } },
};

async function faultResponse(fault: Fault): Promise<Response> {
  switch (fault.kind) {
    case 'rate-limit':
      return rateLimited(fault.retryAfter);
    case 'captcha-required':
      return fail(429, 'CPT0001', 'Captcha verification required.');
    case 'captcha-failed':
      return fail(429, 'CPT0002', 'Captcha verification failed.');
    case 'server-500':
      return fail(500, 'S0001', 'Internal server error.');
    case 'server-502':
      return fail(502, 'S0001', 'Bad gateway.');
    case 'server-503':
      return fail(503, 'S0001', 'Service unavailable.');
    case 'network':
      return HttpResponse.error();
    case 'timeout':
      await delay('infinite');
      return HttpResponse.error();
    case 'non-json':
      return new HttpResponse('<html>oops</html>', {
        status: 200,
        headers: { ...CORS_HEADERS, 'Content-Type': 'text/html' },
      });
    case 'wrong-shape':
      return HttpResponse.json(WRONG_SHAPES[fault.endpoint], { status: 200, headers: CORS_HEADERS });
    case 'unauthorized':
      return fail(401, 'AUTH0003', 'JWT expired.');
    case 'customer-exists':
      return fail(422, 'USER0002', 'Customer already exists.');
    case 'invalid-publisher':
      return fail(422, 'REQ0003', 'Invalid param publisherId');
    case 'email-verification':
      return fail(400, 'REQ0001', 'Email verification failed.');
  }
}

// ---- routing -------------------------------------------------------------------------------------

interface Route {
  endpoint: Endpoint | 'unknown';
  path: string;
  params: { publisherId?: string; customerId?: string };
}

function route(method: string, path: string): Route {
  let m: RegExpExecArray | null;
  if (method === 'GET' && path === '/locales') return { endpoint: 'locales', path, params: {} };
  if (method === 'GET' && (m = /^\/publishers\/([^/]+)\/consents$/.exec(path))) {
    return { endpoint: 'consents', path, params: { publisherId: decodeURIComponent(m[1] ?? '') } };
  }
  if (method === 'POST' && path === '/customers') return { endpoint: 'register', path, params: {} };
  if (method === 'PUT' && (m = /^\/customers\/([^/]+)\/consents$/.exec(path))) {
    return { endpoint: 'consent-update', path, params: { customerId: decodeURIComponent(m[1] ?? '') } };
  }
  return { endpoint: 'unknown', path, params: {} };
}

/** Returns the path below the first base the URL falls under, or `null`. */
function pathBelow(bases: string[], url: URL): string | null {
  for (const base of bases) {
    if (base.startsWith('/')) {
      if (url.pathname.startsWith(base + '/')) return url.pathname.slice(base.length);
      continue;
    }
    const prefix = base.replace(/\/+$/, '');
    const full = url.origin + url.pathname;
    if (full.startsWith(prefix + '/')) return full.slice(prefix.length);
  }
  return null;
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function headersRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

// ---- validation ----------------------------------------------------------------------------------

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PASSWORD_LETTER_RE = /[A-Za-z]/;
const PASSWORD_DIGIT_OR_SPECIAL_RE = /[0-9!@#$%^&]/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A deep copy of plain JSON data, so callers never share arrays with the mock's state. */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

// ---- the mock ------------------------------------------------------------------------------------

/** Creates one mock API instance: its own state, faults and request log. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const bases = options.origins ?? [SANDBOX_ORIGIN, PRODUCTION_ORIGIN];
  const publisherIds = options.publisherIds ?? ['123456789'];
  const locales = options.locales ?? { country: 'US', currency: 'USD', locale: 'en_US', ipAddress: '203.0.113.7' };
  const defaultConsents = options.consents ?? DEFAULT_CONSENTS;
  const now = options.now ?? (() => Date.now());
  const store = options.store;
  const initialState = (): MockState => ({ customers: [], consents: structuredCopy(defaultConsents), nextId: 100000001 });

  let state: MockState = store?.load() ?? initialState();
  let latencyMs = options.latencyMs ?? 0;
  let offline = false;
  let requireCaptcha = options.requireCaptcha ?? false;
  let queued: Fault[] = [];
  const requests: RecordedRequest[] = [];
  // Registration limiter: start times of accepted POST /customers in the last second, and how many are in flight.
  let registerStarts: number[] = [];
  let registerInFlight = 0;

  const save = (): void => store?.save(state);

  function takeFault(endpoint: Endpoint): Fault | undefined {
    const index = queued.findIndex((f) => f.endpoint === endpoint);
    if (index < 0) return undefined;
    const fault = queued[index]!;
    const left = (fault.times ?? 1) - 1;
    if (left <= 0) queued.splice(index, 1);
    else queued[index] = { ...fault, times: left };
    return fault;
  }

  function locale(): Response {
    return ok({ ...locales });
  }

  function consents(publisherId: string): Response {
    if (!publisherIds.includes(publisherId)) return fail(422, 'REQ0003', 'Invalid param publisherId');
    return ok({ consents: structuredCopy(state.consents) });
  }

  function register(body: unknown): Response {
    if (!isRecord(body)) return fail(400, 'REQ0001', 'Invalid request body.');
    if (requireCaptcha && !nonEmptyString(body['captchaValue'])) {
      return fail(429, 'CPT0001', 'Captcha verification required.');
    }
    const { email, password, publisherId, offerId, locale: loc, country, currency } = body;
    if (typeof email !== 'string' || !EMAIL_RE.test(email)) return fail(400, 'REQ0001', 'Email verification failed.');
    if (
      typeof password !== 'string' ||
      password.length < 8 ||
      password.length > 80 ||
      !PASSWORD_LETTER_RE.test(password) ||
      !PASSWORD_DIGIT_OR_SPECIAL_RE.test(password)
    ) {
      return fail(
        400,
        'REQ0001',
        'Invalid password: 8 to 80 characters with at least one letter and one digit or special character.',
      );
    }
    if (publisherId !== undefined && !(typeof publisherId === 'string' && publisherIds.includes(publisherId))) {
      return fail(422, 'REQ0003', 'Invalid param publisherId');
    }
    if (publisherId === undefined && !nonEmptyString(offerId)) {
      return fail(400, 'REQ0001', 'Either publisherId or offerId is required.');
    }
    if (!nonEmptyString(loc)) return fail(400, 'REQ0001', 'Invalid param locale');
    if (typeof country !== 'string' || !/^[A-Za-z]{2}$/.test(country)) return fail(400, 'REQ0001', 'Invalid param country');
    if (!nonEmptyString(currency)) return fail(400, 'REQ0001', 'Invalid param currency');

    const publisher = typeof publisherId === 'string' ? publisherId : publisherIds[0] ?? '';
    const lower = email.toLowerCase();
    if (state.customers.some((c) => c.publisherId === publisher && c.email.toLowerCase() === lower)) {
      return fail(422, 'USER0002', 'Customer already exists.');
    }
    const at = now();
    const customerId = String(state.nextId);
    const customer: MockCustomer = {
      customerId,
      email,
      publisherId: publisher,
      locale: loc,
      country: country.toUpperCase(),
      currency,
      registeredAt: new Date(at).toISOString(),
      consents: [],
    };
    if (nonEmptyString(offerId)) customer.offerId = offerId;
    if (nonEmptyString(body['captchaValue'])) customer.captchaValue = body['captchaValue'];
    state.nextId += 1;
    state.customers.push(customer);
    save();
    const iat = Math.floor(at / 1000);
    const jwt = encodeJwt({ customerId, publisherId: publisher, iat, exp: iat + JWT_LIFETIME_SECONDS });
    return ok({ jwt, refreshToken: randomHex(20), customerToken: `${customerId}_${randomHex(24)}`, customerId });
  }

  function consentUpdate(customerId: string, authorization: string | null, body: unknown): Response {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!bearer) return fail(401, 'AUTH0001', 'JWT is missing.');
    let payload: Record<string, unknown>;
    try {
      const token = bearer[1] ?? '';
      if (token.split('.')[2] !== JWT_SIGNATURE) throw new Error('bad signature');
      payload = decodeJwt(token);
    } catch {
      return fail(401, 'AUTH0002', 'JWT is invalid.');
    }
    const subject = payload['customerId'];
    if ((typeof subject !== 'string' && typeof subject !== 'number') || String(subject) !== customerId) {
      return fail(401, 'AUTH0002', 'JWT is invalid.');
    }
    const exp = payload['exp'];
    if (typeof exp !== 'number' || exp * 1000 <= now()) return fail(401, 'AUTH0003', 'JWT expired.');
    const customer = state.customers.find((c) => c.customerId === customerId);
    if (!customer) return fail(422, 'REQ0003', 'Invalid param customerId');
    const list = isRecord(body) ? body['consents'] : undefined;
    if (!Array.isArray(list)) return fail(400, 'REQ0001', 'Invalid request body: consents must be an array.');
    for (const entry of list) {
      if (
        !isRecord(entry) ||
        !nonEmptyString(entry['name']) ||
        typeof entry['version'] !== 'string' ||
        (entry['state'] !== 'accepted' && entry['state'] !== 'declined')
      ) {
        return fail(400, 'REQ0001', 'Invalid request body: each consent needs name, version and state.');
      }
    }
    const updatedAt = new Date(now()).toISOString();
    for (const entry of list as { name: string; version: string; state: 'accepted' | 'declined' }[]) {
      const stored = { name: entry.name, version: entry.version, state: entry.state, updatedAt };
      const index = customer.consents.findIndex((c) => c.name === entry.name);
      if (index >= 0) customer.consents[index] = stored;
      else customer.consents.push(stored);
    }
    save();
    return ok({ success: true });
  }

  async function answer(request: Request, path: string): Promise<Response> {
    const method = request.method.toUpperCase();
    requests.push({
      method,
      url: request.url,
      path,
      headers: headersRecord(request.headers),
      body: method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? null : await readBody(request),
    });
    if (offline) return HttpResponse.error();
    if (method === 'OPTIONS') return new HttpResponse(null, { status: 204, headers: CORS_HEADERS });

    const { endpoint, params } = route(method, path);
    if (endpoint === 'unknown') return fail(404, undefined, `No such endpoint: ${method} ${path}`);

    const fault = takeFault(endpoint);
    if (fault) {
      if (latencyMs > 0) await delay(latencyMs);
      return faultResponse(fault);
    }

    if (endpoint !== 'register') {
      if (latencyMs > 0) await delay(latencyMs);
      const body = endpoint === 'consent-update' ? await readBody(request) : null;
      if (endpoint === 'locales') return locale();
      if (endpoint === 'consents') return consents(params.publisherId ?? '');
      return consentUpdate(params.customerId ?? '', request.headers.get('Authorization'), body);
    }

    // POST /customers: Cleeng's documented registration limits; a 429 carries Retry-After: 1 and no code.
    const at = now();
    registerStarts = registerStarts.filter((t) => at - t < 1000);
    if (registerStarts.length >= REGISTER_RATE_PER_SECOND || registerInFlight >= REGISTER_MAX_CONCURRENT) {
      if (latencyMs > 0) await delay(latencyMs);
      return rateLimited('1');
    }
    registerStarts.push(at);
    registerInFlight += 1;
    try {
      if (latencyMs > 0) await delay(latencyMs);
      return register(await readBody(request));
    } finally {
      registerInFlight -= 1;
    }
  }

  const handler = http.all(
    ({ request }) => {
      const path = pathBelow(bases, new URL(request.url));
      return path === null ? false : { matches: true, params: {} };
    },
    async ({ request }) => answer(request, pathBelow(bases, new URL(request.url)) ?? ''),
  );

  return {
    handlers: [handler],
    requests,
    get state() {
      return state;
    },
    inject(fault) {
      queued.push({ ...fault });
    },
    clearFaults() {
      queued = [];
    },
    faults() {
      return queued.map((f) => ({ ...f }));
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    setOffline(value) {
      offline = value;
    },
    setConsents(list) {
      state.consents = structuredCopy(list);
      save();
    },
    setRequireCaptcha(on) {
      requireCaptcha = on;
    },
    reset() {
      state = initialState();
      save();
      queued = [];
      requests.length = 0;
      registerStarts = [];
      latencyMs = options.latencyMs ?? 0;
      offline = false;
      requireCaptcha = options.requireCaptcha ?? false;
    },
  };
}

