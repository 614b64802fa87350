/**
 * The MediaStore API client (cleeng-api.md). Plain functions, no UI: each validates its answer with zod and
 * throws one `ApiError`. Retries follow the policy per request kind:
 * - the two GETs retry network errors, timeouts, 5xx and 429 with full-jitter backoff, and are shared by
 *   every widget on the page (one request per URL);
 * - `POST /customers` is sent once: after a lost answer the account may exist, so only the customer retries;
 * - `PUT …/consents` retries like the GETs (the account exists, its consents must not be lost), never a 401.
 * The GETs stay CORS-simple (no Content-Type, no custom header), so they cost no preflight.
 */
import type * as z from 'zod/mini';
import { ApiError } from './errors.js';
import { gate, type GateName } from './gate.js';
import { policy, sleep } from './policy.js';
import {
  consentsSchema,
  envelope,
  errorBodySchema,
  metadataSchema,
  registrationSchema,
  successSchema,
  type Consent,
  type Metadata,
  type Registration,
} from './schemas.js';

export const HOSTS = {
  sandbox: 'https://mediastoreapi-sandbox.cleeng.com',
  production: 'https://mediastoreapi.cleeng.com',
} as const;
export type Environment = keyof typeof HOSTS;

/**
 * The API base for an element: `apiBaseUrl` when given, else the environment's host. Only HTTPS is accepted,
 * except loopback addresses (development, tests). Returns null for a base the widget refuses.
 */
export function apiBase(environment: string | undefined, apiBaseUrl: string | undefined): string | null {
  if (!apiBaseUrl) return HOSTS[environment === 'production' ? 'production' : 'sandbox'];
  let url: URL;
  try {
    url = new URL(apiBaseUrl, globalThis.location?.href);
  } catch {
    return null;
  }
  const loopback = /^(localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return null;
  return url.href.replace(/\/+$/, '');
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (value.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  // Only something with a time of day is a date: engines' parsers read almost any text as one.
  const date = /\d:\d\d:\d\d/.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

type Kind = 'locales' | 'consents' | 'register' | 'consent-update';

/** Maps a non-2xx answer to the widget's codes (cleeng-api.md, "Errors"). */
function toError(kind: Kind, status: number, body: unknown, retryAfter: string | null): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  const data = parsed.success ? parsed.data : {};
  const code = data.code === undefined ? undefined : String(data.code);
  const text = [data.message, ...(data.errors ?? [])].filter((m) => typeof m === 'string').join(' ');
  if (code === 'CPT0001') return new ApiError('captcha-required', status, code);
  if (code === 'CPT0002') return new ApiError('captcha-failed', status, code);
  if (status === 429) return new ApiError('rate-limited', status, code, parseRetryAfter(retryAfter));
  if (code === 'USER0002') return new ApiError('customer-exists', status, code, undefined, 'email');
  if (status === 401 || code?.startsWith('AUTH')) return new ApiError('unauthorized', status, code);
  if (/publisherId/i.test(text) || (kind === 'consents' && status >= 400 && status < 500)) {
    return new ApiError('invalid-publisher', status, code);
  }
  if (status >= 500) return new ApiError('server', status, code);
  const field = /password/i.test(text) ? 'password' : /e-?mail/i.test(text) ? 'email' : undefined;
  return new ApiError('invalid-input', status, code, undefined, field);
}

interface Call<T> {
  kind: Kind;
  url: string;
  init: RequestInit;
  schema: z.ZodMiniType<T>;
  gate: GateName;
  signal?: AbortSignal | undefined;
}

/** One try: gate, timeout, fetch, envelope check. */
async function send<T>({ kind, url, init, schema, gate: gateName, signal }: Call<T>): Promise<T> {
  if (globalThis.navigator?.onLine === false) throw new ApiError('network', undefined, 'offline');
  const release = gate(gateName).tryAcquire() ?? (await gate(gateName).acquire(signal));
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), policy.timeoutMs);
  const abort = () => timeout.abort(signal!.reason);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    // Aborted while the gate let it in: never send.
    signal?.throwIfAborted();
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { ...init, signal: timeout.signal });
      text = await response.text();
    } catch {
      if (signal?.aborted) throw signal.reason;
      throw new ApiError(timeout.signal.aborted ? 'timeout' : 'network');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) throw toError(kind, response.status, body, response.headers.get('Retry-After'));
    const result = envelope(schema).safeParse(body);
    if (!result.success) throw new ApiError('invalid-response', response.status);
    return result.data.responseData as T;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
    release();
  }
}

const TRANSIENT = new Set(['network', 'timeout', 'server', 'rate-limited']);

/**
 * Milliseconds to wait before try `attempt + 1`: full jitter, a random share of
 * `min(maxDelayMs, baseDelayMs * 2^(attempt - 1))`, but never less than the server's `Retry-After` (seconds).
 */
export function retryDelay(attempt: number, retryAfter = 0): number {
  const backoff = policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.max(backoff, retryAfter * 1000);
}

/**
 * Repeats `call` on transient errors. Gives up at once when the browser is offline (the element resumes on
 * `online`) or when the server asks for a wait longer than `maxDelayMs` (the customer then sees a countdown
 * rather than a silent spinner).
 */
async function withRetry<T>(call: Call<T>, tries: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(call);
    } catch (error) {
      if (!(error instanceof ApiError) || !TRANSIENT.has(error.code) || error.cleengCode === 'offline') throw error;
      const wait = retryDelay(attempt, error.retryAfter);
      if (attempt >= tries || wait > policy.maxDelayMs) throw error;
      await sleep(wait, call.signal);
    }
  }
}

interface Shared {
  promise: Promise<unknown>;
  users: number;
  controller: AbortController;
  done: boolean;
}
const sharedKey = Symbol.for('cleeng-register.shared-gets');
const sharedStore = globalThis as { [sharedKey]?: Map<string, Shared> };

/**
 * One GET per URL for the whole page: widgets asking for the same URL share the request and its answer.
 * A widget that aborts stops waiting; the request itself is aborted only when no widget waits any more.
 * A failed request is forgotten, so a retry asks again.
 */
function sharedGet<T>(call: Call<T>): Promise<T> {
  if (call.signal?.aborted) return Promise.reject(call.signal.reason);
  const cache = (sharedStore[sharedKey] ??= new Map());
  let entry = cache.get(call.url);
  if (!entry) {
    const controller = new AbortController();
    const created: Shared = { users: 0, controller, done: false, promise: Promise.resolve() };
    created.promise = withRetry({ ...call, signal: controller.signal }, policy.loadTries).then(
      (value: T) => ((created.done = true), value),
      (error: unknown) => {
        if (cache.get(call.url) === created) cache.delete(call.url);
        throw error;
      },
    );
    cache.set(call.url, (entry = created));
  }
  const shared = entry;
  const { signal } = call;
  shared.users++;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      signal?.removeEventListener('abort', abort);
      shared.users--;
    };
    const abort = () => {
      leave();
      if (shared.users === 0 && !shared.done) {
        cache.delete(call.url);
        shared.controller.abort();
      }
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    shared.promise.then(
      (value: unknown) => {
        if (signal?.aborted) return;
        leave();
        resolve(value as T);
      },
      (error: unknown) => {
        if (signal?.aborted) return;
        leave();
        reject(error);
      },
    );
  });
}

const ACCEPT = { Accept: 'application/json' };
const JSON_HEADERS = { ...ACCEPT, 'Content-Type': 'application/json' };

/** `GET /locales`: the customer's country, currency and locale, from their IP. */
export async function fetchMetadata(base: string, signal?: AbortSignal): Promise<Metadata> {
  const metadata = await sharedGet({
    kind: 'locales',
    url: `${base}/locales`,
    init: { headers: ACCEPT },
    schema: metadataSchema,
    gate: 'default',
    signal,
  });
  // Docs show upper-case countries, one mock lower case: normalise.
  return { ...metadata, country: metadata.country.toUpperCase() };
}

/** `GET /publishers/{id}/consents`: the consents to show, in the API's order. */
export async function fetchConsents(base: string, publisherId: string, signal?: AbortSignal): Promise<Consent[]> {
  const data = await sharedGet({
    kind: 'consents',
    url: `${base}/publishers/${encodeURIComponent(publisherId)}/consents`,
    init: { headers: ACCEPT },
    schema: consentsSchema,
    gate: 'default',
    signal,
  });
  // What the schema leaves to the client (see schemas.ts): the defaults and the version's text.
  return data.consents.map((consent) => ({
    ...consent,
    version: String(consent.version),
    label: consent.label ?? '',
    required: consent.required ?? false,
    enabledByDefault: consent.enabledByDefault ?? false,
  }));
}

export interface RegisterBody {
  email: string;
  password: string;
  publisherId?: string;
  offerId?: string;
  locale: string;
  country: string;
  currency: string;
  captchaValue?: string;
}

/** `POST /customers`, sent exactly once (a lost answer may still have created the account). */
export async function registerCustomer(base: string, body: RegisterBody, signal?: AbortSignal): Promise<Registration> {
  const registration = await send({
    kind: 'register',
    url: `${base}/customers`,
    init: { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) },
    schema: registrationSchema,
    gate: 'register',
    signal,
  });
  // What the schema leaves to the client (see schemas.ts): the default token and the id's text.
  return { ...registration, customerToken: registration.customerToken ?? '', customerId: String(registration.customerId) };
}

export interface ConsentState {
  name: string;
  version: string;
  state: 'accepted' | 'declined';
}

/** `PUT /customers/{id}/consents` with the new customer's JWT; retried on transient errors, never on 401. */
export async function updateConsents(
  base: string,
  customerId: string,
  jwt: string,
  consents: ConsentState[],
  signal?: AbortSignal,
): Promise<void> {
  await withRetry(
    {
      kind: 'consent-update',
      url: `${base}/customers/${encodeURIComponent(customerId)}/consents`,
      init: {
        method: 'PUT',
        headers: { ...JSON_HEADERS, Authorization: `Bearer ${jwt}` },
        body: JSON.stringify({ consents }),
      },
      schema: successSchema,
      gate: 'default',
      signal,
    },
    policy.consentTries,
  );
}
