/**
 * Secrets: the password leaves the form only in the body of `POST /customers`; the JWT and the refresh token
 * reach the host only in `cleeng-register-success`; the widget stores nothing; the API base is HTTPS (or
 * loopback). Everything a host page or another script could observe is searched: event details, every
 * attribute in the document (shadow roots included), the console, localStorage, sessionStorage, cookies,
 * request URLs, headers and bodies.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { apiBase } from '../src/api/client.js';
import { failOnConsoleWarnings, useMockApi } from './setup.js';
import { EVENTS, fillValid, mount, passwordInput, submit, until, waitForStep } from './harness.js';

const PASSWORD = 'Pa55word-Secret-42';
const CONSOLE = ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table', 'assert'] as const;

interface Observed {
  /** Every widget event seen on the window: its type and its detail as JSON. */
  events: { type: string; detail: string }[];
  /** Everything printed to the console, as text. */
  console: string[];
  stop(): void;
}

/** Records what a host page could see: widget events (at the window) and the console. */
function observe(): Observed {
  const observed: Observed = { events: [], console: [], stop: () => {} };
  const onEvent = (event: Event) =>
    observed.events.push({ type: event.type, detail: JSON.stringify((event as CustomEvent).detail) });
  for (const type of EVENTS) addEventListener(type, onEvent);
  const originals = CONSOLE.map((method) => [method, console[method]] as const);
  for (const [method, original] of originals) {
    (console as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      observed.console.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
      (original as (...args: unknown[]) => void).apply(console, args);
    };
  }
  observed.stop = () => {
    for (const type of EVENTS) removeEventListener(type, onEvent);
    for (const [method, original] of originals) (console as unknown as Record<string, unknown>)[method] = original;
  };
  return observed;
}

/** Every attribute value in the document, shadow roots included. */
function allAttributes(root: Document | ShadowRoot = document): string[] {
  const values: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) values.push(`${name}=${element.getAttribute(name)}`);
    if (element.shadowRoot) values.push(...allAttributes(element.shadowRoot));
  }
  return values;
}

/** Everything in localStorage, sessionStorage and cookies. */
function stored(): string[] {
  const entries: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      entries.push(`${key}=${storage.getItem(key)}`);
    }
  }
  if (document.cookie) entries.push(document.cookie);
  return entries;
}

const containing = (values: string[], secret: string) => values.filter((value) => value.includes(secret));

describe('secrets', () => {
  failOnConsoleWarnings();
  const mock = useMockApi();
  let observed: Observed;

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    observed = observe();
  });
  afterEach(() => observed.stop());

  it('the password leaves the form only in the body of POST /customers, and is cleared on done', async () => {
    const el = await mount();
    await fillValid(el, 'ada@example.com', PASSWORD);
    const input = passwordInput(el);
    expect(input.value).to.equal(PASSWORD);
    // Shown in clear text for a moment: still a property, never an attribute.
    el.querySelector<HTMLButtonElement>('.cr-toggle')!.click();
    await el.updateComplete;
    expect(input.type).to.equal('text');
    expect(containing(allAttributes(), PASSWORD)).to.deep.equal([]);

    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    await success;
    await waitForStep(el, 'done');

    const carrying = mock.api.requests.filter((r) => JSON.stringify(r).includes(PASSWORD));
    expect(carrying.map((r) => `${r.method} ${r.path}`)).to.deep.equal(['POST /customers']);
    expect((carrying[0]!.body as Record<string, unknown>)['password']).to.equal(PASSWORD);
    expect(carrying[0]!.url).not.to.contain(PASSWORD);
    expect(JSON.stringify(carrying[0]!.headers)).not.to.contain(PASSWORD);
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(containing(urls, encodeURIComponent(PASSWORD))).to.deep.equal([]);

    expect(observed.events.map((e) => e.type)).to.include.members(['cleeng-register-submit', 'cleeng-register-success']);
    expect(observed.events.filter((e) => e.detail.includes(PASSWORD))).to.deep.equal([]);
    expect(containing(observed.console, PASSWORD)).to.deep.equal([]);
    expect(containing(allAttributes(), PASSWORD)).to.deep.equal([]);
    expect(stored()).to.deep.equal([]);

    // On done the form is gone, and a reference to its password input (a host, an extension) holds nothing.
    expect(el.querySelector('input[name="password"]')).to.equal(null);
    expect(input.value).to.equal('');
    // Nor does the element's own copy of the field (private: the one place memory can be checked).
    expect((el as unknown as { values: { password: string } }).values.password).to.equal('');
  });

  it('the JWT and the refresh token reach the host only in cleeng-register-success', async () => {
    const el = await mount();
    await fillValid(el, 'grace@example.com', PASSWORD);
    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    const { detail } = await success;
    await waitForStep(el, 'done');
    const { jwt, refreshToken, customerToken } = detail;
    expect(jwt).to.match(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    for (const secret of [jwt, refreshToken, customerToken]) {
      const events = observed.events.filter((e) => e.detail.includes(secret)).map((e) => e.type);
      expect(events).to.deep.equal(['cleeng-register-success']);
      expect(containing(allAttributes(), secret)).to.deep.equal([]);
      expect(containing(observed.console, secret)).to.deep.equal([]);
      expect(containing([el.shadowRoot!.textContent ?? '', document.body.textContent ?? ''], secret)).to.deep.equal([]);
    }
    // The JWT goes back to Cleeng only as the consents update's bearer token, never in a URL.
    const withJwt = mock.api.requests.filter((r) => JSON.stringify(r).includes(jwt));
    expect(withJwt.map((r) => `${r.method} ${r.path}`)).to.deep.equal([`PUT /customers/${detail.customerId}/consents`]);
    expect(withJwt[0]!.headers['authorization']).to.equal(`Bearer ${jwt}`);
    expect(withJwt[0]!.url).not.to.contain(jwt);
    expect(stored()).to.deep.equal([]);
  });

  it('keeps the password after a failed registration, in the input only', async () => {
    const el = await mount();
    await fillValid(el, 'ada@example.com', PASSWORD);
    mock.api.inject({ endpoint: 'register', kind: 'server-500' });
    const error = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    await error;
    await until(() => el.step === 'form');
    expect(passwordInput(el).value).to.equal(PASSWORD);
    expect(observed.events.filter((e) => e.detail.includes(PASSWORD))).to.deep.equal([]);
    expect(containing(allAttributes(), PASSWORD)).to.deep.equal([]);
    expect(containing(observed.console, PASSWORD)).to.deep.equal([]);
    expect(stored()).to.deep.equal([]);
  });
});

describe('secrets: only HTTPS API bases, except loopback', () => {
  failOnConsoleWarnings();
  const mock = useMockApi({
    origins: ['http://example.com', 'http://localhost:1234', 'http://127.0.0.1', 'http://[::1]:8080'],
  });

  it('apiBase() accepts HTTPS and loopback HTTP, and refuses everything else', () => {
    expect(apiBase('sandbox', '')).to.equal('https://mediastoreapi-sandbox.cleeng.com');
    expect(apiBase('production', '')).to.equal('https://mediastoreapi.cleeng.com');
    expect(apiBase('sandbox', 'https://proxy.example.com/cleeng/')).to.equal('https://proxy.example.com/cleeng');
    expect(apiBase('sandbox', 'http://localhost:1234')).to.equal('http://localhost:1234');
    expect(apiBase('sandbox', 'http://127.0.0.1')).to.equal('http://127.0.0.1');
    expect(apiBase('sandbox', 'http://127.1.2.3:9000/api')).to.equal('http://127.1.2.3:9000/api');
    expect(apiBase('sandbox', 'http://[::1]:8080')).to.equal('http://[::1]:8080');
    for (const refused of [
      'http://example.com',
      'http://mediastoreapi.cleeng.com',
      'http://localhost.example.com',
      'http://127.0.0.1.nip.io',
      'ws://localhost:1234',
      'ftp://localhost',
      'javascript:alert(1)',
      'data:text/plain,hi',
      'https://',
    ]) {
      expect(apiBase('sandbox', refused), refused).to.equal(null);
    }
  });

  it('refuses http://example.com with an error event, a warning for the developer, and no request', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const error = oneEvent(document, 'cleeng-register-error');
      const el = await mount({ apiBaseUrl: 'http://example.com' }, null);
      const { detail } = await error;
      expect(detail).to.deep.equal({
        step: 'metadata',
        code: 'invalid-input',
        message: 'Registration is not available here right now.',
        recoverable: false,
      });
      expect(el.error).to.deep.equal(detail);
      expect(warnings).to.deep.equal([
        '<cleeng-register>: api-base-url "http://example.com" refused: HTTPS only (http: only for loopback)',
      ]);
      expect(el.querySelector('[role="alert"]')?.textContent?.trim()).to.equal(detail.message);
      expect(mock.api.requests).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  for (const base of ['http://localhost:1234', 'http://127.0.0.1', 'http://[::1]:8080']) {
    it(`accepts ${base} (loopback, for development and tests)`, async () => {
      const el = await mount({ apiBaseUrl: base });
      expect(el.error).to.equal(null);
      expect(mock.api.requests.map((r) => r.url)).to.have.members([
        `${base}/locales`,
        `${base}/publishers/123456789/consents`,
      ]);
    });
  }
});
