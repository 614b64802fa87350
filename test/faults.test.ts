/**
 * Fault injection through the real element: for each endpoint and each fault the mock API can play, what the
 * customer sees, what the host hears (`cleeng-register-*` events), which requests went out (count and order),
 * and that the typed email, password and ticks survive. Delays are shortened with `configurePolicy`; the real
 * waits are the rate-limit countdowns (`WAIT`, and the 3-second 429 of the "Done when" scenario).
 */
import { expect } from '@open-wc/testing';
import { HOSTS, fetchConsents, fetchMetadata } from '../src/api/client.js';
import type { ErrorCode } from '../src/api/errors.js';
import { configurePolicy, policy, type Policy } from '../src/api/policy.js';
import type { CleengRegister } from '../src/cleeng-register.js';
import type { ErrorDetail, Step } from '../src/events.js';
import type { Endpoint, FaultKind } from '../mock/api.js';
import { failOnConsoleWarnings, useMockApi } from './setup.js';
import {
  PUBLISHER,
  checkbox,
  emailInput,
  errorText,
  fillEmail,
  fillPassword,
  fillValid,
  mount,
  passwordInput,
  submit,
  submitButton,
  toggleConsent,
  until,
  waitForStep,
} from './harness.js';

const OTHER_PUBLISHER = '987654321';
/**
 * The per-try timeout of the tries a test hangs, and only of those: every other request keeps the shipped one.
 * In CI, with three browsers on two CPUs, WebKit once took longer than 500 ms for a healthy answer through msw's
 * worker; a loaded machine can take longer than this too.
 */
const SHORT_TIMEOUT = 1000;
/** The policy as shipped, before any test changes it. */
const SHIPPED: Policy = { ...policy };
/**
 * Seconds of the rate-limit waits these tests sit through (a Retry-After, and the default wait): what they check
 * during a wait must still find it running when a loaded machine gets there late.
 */
const WAIT = 3;
const CONSENTS_PATH = `/publishers/${PUBLISHER}/consents`;

/** The English words the customer reads (src/messages.ts). */
const SAYS = {
  network: 'We could not reach the server. Check your connection and try again.',
  networkRegister: 'The connection dropped before we heard back. Your account may already exist: try again, or sign in.',
  timeout: 'The server took too long to answer. Please try again.',
  timeoutRegister: 'The server took too long to answer. Your account may already exist: try again, or sign in.',
  server: 'Something went wrong on our side. Please try again.',
  invalidResponse: 'We received an unexpected answer. Please try again.',
  captchaRequired: 'We need to check that you are not a robot. Please try again.',
  captchaFailed: 'The robot check did not succeed. Please try again.',
  exists: 'An account with this email already exists.',
  existsAfterLost: 'Your earlier attempt probably created this account. Sign in to continue.',
  invalidPublisher: 'Registration is not available here right now.',
  unauthorized: 'Your session expired before your preferences were saved. Sign in to update them.',
  offline: 'You are offline. We will continue when your connection is back.',
  notSaved: 'Your account was created, but your preferences are not saved yet.',
  wait: (s: number) => `Too many attempts. Try again in ${s} second${s === 1 ? '' : 's'}.`,
  tryAgainNow: 'You can try again now.',
};

interface Heard {
  type: 'step' | 'submit' | 'success' | 'error' | 'login';
  detail: Record<string, unknown>;
}

/** Every `cleeng-register-*` event that reaches the document (they bubble and are composed). */
function useEvents(): Heard[] {
  const heard: Heard[] = [];
  const types = ['step', 'submit', 'success', 'error', 'login'] as const;
  const listener = (event: Event) =>
    heard.push({
      type: event.type.slice('cleeng-register-'.length) as Heard['type'],
      detail: (event as CustomEvent<Record<string, unknown>>).detail,
    });
  beforeEach(() => {
    heard.length = 0;
    for (const type of types) document.addEventListener(`cleeng-register-${type}`, listener);
  });
  afterEach(() => {
    for (const type of types) document.removeEventListener(`cleeng-register-${type}`, listener);
  });
  return heard;
}

/** Short delays for every test, the shared GETs forgotten; the policy comes back afterwards. */
function usePolicy(changes: Partial<Policy>): void {
  let saved: Policy;
  const forget = () =>
    (globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('cleeng-register.shared-gets')]?.clear();
  beforeEach(() => {
    saved = { ...policy };
    forget();
    configurePolicy(changes);
  });
  afterEach(() => {
    configurePolicy(saved);
    forget();
  });
}

/** Text with its white space collapsed. */
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const alertOf = (el: CleengRegister) => el.querySelector('[role="alert"]');
const timerOf = (el: CleengRegister) => el.querySelector('[role="timer"]');
const statusOf = (el: CleengRegister) => el.querySelector('.cr-alert ~ [role="status"]');
const buttonIn = (el: CleengRegister, text: string) =>
  [...el.querySelectorAll('button')].find((b) => words(b) === text) ?? null;
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What a rate-limit wait of `seconds` that began after `since` (a `Date.now()`) can say now: "3 seconds" when
 * looked at at once, "2 seconds" too when a loaded machine got there a second late, and so on.
 */
function waitSays(seconds: number, since: number): string[] {
  const fewest = Math.max(1, seconds - Math.floor((Date.now() - since) / 1000));
  return Array.from({ length: seconds - fewest + 1 }, (_, i) => SAYS.wait(seconds - i));
}

/** `el.error` is `detail`, except that during a rate-limit wait its message tells the seconds left by now. */
function expectElementError(el: CleengRegister, detail: ErrorDetail, since: number): void {
  const error = el.error;
  if (detail.code !== 'rate-limited') {
    expect(error).to.deep.equal(detail);
    return;
  }
  expect(waitSays(detail.retryAfter!, since)).to.include(error?.message);
  expect({ ...error, message: detail.message }).to.deep.equal(detail);
}

/**
 * Every text the element's countdown shows from now on, in order, recorded as it changes: sampling can miss one
 * when a loaded machine runs the sampler late.
 */
function watchCountdown(el: CleengRegister): string[] {
  const shown: string[] = [];
  new MutationObserver(() => {
    const text = words(timerOf(el));
    if (text && text !== shown.at(-1)) shown.push(text);
  }).observe(el, { subtree: true, childList: true, characterData: true });
  return shown;
}

/** What the customer typed and ticked. */
function input(el: CleengRegister) {
  return {
    email: emailInput(el).value,
    password: passwordInput(el).value,
    ticks: [...el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => `${b.value}:${b.checked}`),
  };
}

describe('faults', () => {
  failOnConsoleWarnings();
  const mock = useMockApi({ publisherIds: [PUBLISHER, OTHER_PUBLISHER] });
  const heard = useEvents();
  usePolicy({ baseDelayMs: 1, maxDelayMs: 5, timeoutMs: SHIPPED.timeoutMs, loadTries: 3, consentTries: 3, defaultRetryAfter: WAIT });

  /** `METHOD /path` of the requests the mock saw, optionally only those of one path. */
  const sent = (path?: string) =>
    mock.api.requests.filter((r) => r.method !== 'OPTIONS' && (!path || r.path === path)).map((r) => `${r.method} ${r.path}`);
  const writes = () => sent().filter((r) => !r.startsWith('GET '));
  const errors = () => heard.filter((h) => h.type === 'error').map((h) => h.detail as unknown as ErrorDetail);
  const successes = () => heard.filter((h) => h.type === 'success');
  const steps = () => heard.filter((h) => h.type === 'step').map((h) => h.detail['step'] as Step);

  /** A form filled by the customer: email, password, the required ticks and the marketing one. */
  async function filled(): Promise<CleengRegister> {
    const el = await mount();
    await fillValid(el);
    await toggleConsent(el, 'broadcaster_marketing', true);
    return el;
  }

  async function done(el: CleengRegister): Promise<void> {
    await until(() => el.step === 'done');
    await el.updateComplete;
  }

  /**
   * Gives the tries after the hung ones the shipped timeout: each try reads the timeout as it starts, and a
   * healthy one needs the time a loaded machine takes. Waits until `hung` holds (the tries meant to hang reached
   * the mock), or until the widget reported an error without them: the test then fails on what it checks next.
   */
  async function shippedTimeoutOnce(hung: () => boolean): Promise<void> {
    await until(() => hung() || errors().length > 0);
    configurePolicy({ timeoutMs: SHIPPED.timeoutMs });
  }

  // ---- GET /locales and GET …/consents ----------------------------------------------------------

  interface LoadFault {
    kind: FaultKind;
    retryAfter?: string;
    code: ErrorCode;
    status?: number;
    /** Tries the client makes before it reports. */
    tries: number;
    says: string;
  }
  const LOAD_FAULTS: LoadFault[] = [
    { kind: 'rate-limit', code: 'rate-limited', status: 429, tries: 3, says: SAYS.wait(WAIT) },
    { kind: 'rate-limit', retryAfter: String(WAIT), code: 'rate-limited', status: 429, tries: 1, says: SAYS.wait(WAIT) },
    { kind: 'captcha-required', code: 'captcha-required', status: 429, tries: 1, says: SAYS.captchaRequired },
    { kind: 'captcha-failed', code: 'captcha-failed', status: 429, tries: 1, says: SAYS.captchaFailed },
    { kind: 'server-500', code: 'server', status: 500, tries: 3, says: SAYS.server },
    { kind: 'server-502', code: 'server', status: 502, tries: 3, says: SAYS.server },
    { kind: 'server-503', code: 'server', status: 503, tries: 3, says: SAYS.server },
    { kind: 'network', code: 'network', tries: 3, says: SAYS.network },
    { kind: 'timeout', code: 'timeout', tries: 3, says: SAYS.timeout },
    { kind: 'non-json', code: 'invalid-response', status: 200, tries: 1, says: SAYS.invalidResponse },
    { kind: 'wrong-shape', code: 'invalid-response', status: 200, tries: 1, says: SAYS.invalidResponse },
  ];
  const LOADS: Array<{ endpoint: Endpoint; path: string; other: string; step: Step }> = [
    { endpoint: 'locales', path: '/locales', other: CONSENTS_PATH, step: 'metadata' },
    { endpoint: 'consents', path: CONSENTS_PATH, other: '/locales', step: 'consents' },
  ];

  /**
   * Gives the tries of `load`'s GET the short timeout and the other GET none. Both start together as a widget
   * mounts, so the other one is loaded first, as a widget would: the client shares GETs page-wide, and the
   * widget then takes that answer rather than asking again.
   */
  async function shortTimeoutOnlyFor(load: (typeof LOADS)[number]): Promise<void> {
    await (load.endpoint === 'locales' ? fetchConsents(HOSTS.sandbox, PUBLISHER) : fetchMetadata(HOSTS.sandbox));
    configurePolicy({ timeoutMs: SHORT_TIMEOUT });
  }

  for (const load of LOADS) {
    describe(`GET ${load.endpoint === 'locales' ? '/locales' : '…/consents'}`, () => {
      for (const fault of LOAD_FAULTS.filter((f) => f.tries > 1)) {
        it(`retries one ${fault.kind} silently and shows the form`, async () => {
          if (fault.kind === 'timeout') await shortTimeoutOnlyFor(load);
          mock.api.inject({ endpoint: load.endpoint, kind: fault.kind });
          const el = await mount({}, null);
          // The hung try is out: the retry answers.
          if (fault.kind === 'timeout') await shippedTimeoutOnce(() => sent(load.path).length >= 1);
          await waitForStep(el, 'form');
          expect(sent(load.path)).to.deep.equal([`GET ${load.path}`, `GET ${load.path}`]);
          expect(sent(load.other)).to.have.length(1);
          expect(errors()).to.deep.equal([]);
          expect(words(alertOf(el))).to.equal('');
          expect(el.error).to.equal(null);
        });
      }

      for (const fault of LOAD_FAULTS) {
        const name = `${fault.kind}${fault.retryAfter ? ` (Retry-After: ${fault.retryAfter})` : ''}`;
        it(`reports a lasting ${name}, keeps the input, and recovers`, async () => {
          if (fault.kind === 'timeout') await shortTimeoutOnlyFor(load);
          mock.api.inject({ endpoint: load.endpoint, kind: fault.kind, times: Infinity, ...(fault.retryAfter ? { retryAfter: fault.retryAfter } : {}) });
          const since = Date.now();
          const el = await mount({}, null);
          // The fields work from the first paint, whatever the network does.
          await fillEmail(el, 'ada@example.com');
          await fillPassword(el, 'secret123');
          const typed = input(el);
          await until(() => errors().length > 0 && sent(load.other).length === 1 && (load.step === 'metadata' || el.step === 'consents'));
          await el.updateComplete;

          const detail: ErrorDetail = {
            step: load.step,
            code: fault.code,
            ...(fault.status ? { status: fault.status } : {}),
            ...(fault.code === 'rate-limited' ? { retryAfter: WAIT } : {}),
            message: fault.says,
            recoverable: true,
          };
          expect(errors()).to.deep.equal([detail]);
          expect(el.step).to.equal(load.step);
          expectElementError(el, detail, since);
          expect(sent(load.path)).to.deep.equal(Array(fault.tries).fill(`GET ${load.path}`));
          expect(sent(load.other)).to.deep.equal([`GET ${load.other}`]);
          expect(writes()).to.deep.equal([]);
          expect(input(el).email).to.equal(typed.email);
          expect(input(el).password).to.equal(typed.password);
          expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('false');

          mock.api.clearFaults();
          // The hung tries are over: the next one answers.
          if (fault.kind === 'timeout') configurePolicy({ timeoutMs: SHIPPED.timeoutMs });
          if (fault.code === 'rate-limited') {
            // A countdown instead of a button; the flow carries on by itself at zero.
            expect(words(alertOf(el))).to.equal(fault.says);
            expect(waitSays(WAIT, since)).to.include(words(timerOf(el)));
            expect(buttonIn(el, 'Try again')).to.equal(null);
            el.retry();
            await tick(20);
            expect(sent(load.path)).to.have.length(fault.tries);
          } else {
            expect(words(alertOf(el))).to.equal(`${fault.says} Try again`);
            buttonIn(el, 'Try again')!.click();
          }
          await until(() => el.step === 'form');
          await el.updateComplete;
          expect(sent(load.path)).to.have.length(fault.tries + 1);
          expect(sent(load.other)).to.have.length(1);
          expect(el.error).to.equal(null);
          expect(words(alertOf(el))).to.equal('');
          expect(input(el).email).to.equal(typed.email);
          expect(input(el).password).to.equal(typed.password);
        });
      }
    });
  }

  it('an unknown publisher is not recoverable: no retry button, retry() sends nothing', async () => {
    const el = await mount({ publisherId: '999999999' }, null);
    await until(() => errors().length > 0);
    await el.updateComplete;
    const detail = { step: 'consents', code: 'invalid-publisher', status: 422, message: SAYS.invalidPublisher, recoverable: false };
    expect(errors()).to.deep.equal([detail]);
    expect(words(alertOf(el))).to.equal(SAYS.invalidPublisher);
    el.retry();
    await tick(30);
    expect(sent('/publishers/999999999/consents')).to.have.length(1);
  });

  it('a submit made while loading waits, then goes once the data is there', async () => {
    // /locales fails once and its retry waits 2 s, far longer than filling the form takes on a loaded machine:
    // the consents are there, the metadata not yet.
    configurePolicy({ baseDelayMs: 2000, maxDelayMs: 2000, random: () => 1 });
    mock.api.inject({ endpoint: 'locales', kind: 'server-500' });
    const el = await mount({}, null);
    await until(() => checkbox(el, 'broadcaster_terms') !== null);
    await fillValid(el);
    expect(el.step, 'the metadata should still be on its way').to.equal('metadata');
    await submit(el);
    expect(el.step).to.equal('metadata');
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await done(el);
    expect(writes()).to.have.length(2);
    expect(sent('/locales')).to.have.length(2);
  });

  it('a submit made while loading does not stay busy when loading fails', async () => {
    // Three tries a second apart: loading fails well after the form is filled, even on a loaded machine.
    configurePolicy({ baseDelayMs: 1000, maxDelayMs: 1000, random: () => 1 });
    mock.api.inject({ endpoint: 'locales', kind: 'server-503', times: Infinity });
    const el = await mount({}, null);
    await until(() => checkbox(el, 'broadcaster_terms') !== null);
    await fillValid(el);
    expect(el.error, 'loading should not have failed yet').to.equal(null);
    await submit(el);
    await until(() => errors().length === 1);
    await el.updateComplete;
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('false');
    mock.api.clearFaults();
    buttonIn(el, 'Try again')!.click();
    // The waiting submit goes as soon as the data is there.
    await done(el);
    expect(writes()).to.have.length(2);
  });

  // ---- POST /customers ---------------------------------------------------------------------------

  describe('POST /customers', () => {
    interface RegisterFault {
      kind: FaultKind;
      code: ErrorCode;
      status?: number;
      says: string;
      /** The account may exist: the host hears `maybeRegistered: true`. */
      maybe?: true;
    }
    const FAULTS: RegisterFault[] = [
      { kind: 'captcha-required', code: 'captcha-required', status: 429, says: SAYS.captchaRequired },
      { kind: 'captcha-failed', code: 'captcha-failed', status: 429, says: SAYS.captchaFailed },
      { kind: 'server-500', code: 'server', status: 500, says: SAYS.server, maybe: true },
      { kind: 'server-502', code: 'server', status: 502, says: SAYS.server, maybe: true },
      { kind: 'server-503', code: 'server', status: 503, says: SAYS.server, maybe: true },
      { kind: 'network', code: 'network', says: SAYS.networkRegister, maybe: true },
      { kind: 'timeout', code: 'timeout', says: SAYS.timeoutRegister, maybe: true },
      { kind: 'non-json', code: 'invalid-response', status: 200, says: SAYS.invalidResponse, maybe: true },
      { kind: 'wrong-shape', code: 'invalid-response', status: 200, says: SAYS.invalidResponse, maybe: true },
    ];
    for (const fault of FAULTS) {
      it(`${fault.kind}: sent once, said above the button, input kept; submitting again registers one customer`, async () => {
        const el = await filled();
        const typed = input(el);
        mock.api.inject({ endpoint: 'register', kind: fault.kind });
        // The hung POST alone gets the short timeout: not the loads before it, nor the repeat after it.
        if (fault.kind === 'timeout') configurePolicy({ timeoutMs: SHORT_TIMEOUT });
        await submit(el);
        await until(() => errors().length > 0);
        await el.updateComplete;
        if (fault.kind === 'timeout') configurePolicy({ timeoutMs: SHIPPED.timeoutMs });

        const detail: ErrorDetail = {
          step: 'register',
          code: fault.code,
          ...(fault.status ? { status: fault.status } : {}),
          message: fault.says,
          recoverable: true,
          ...(fault.maybe ? { maybeRegistered: true } : {}),
        };
        expect(errors()).to.deep.equal([detail]);
        expect(el.step).to.equal('form');
        expect(el.error).to.deep.equal(detail);
        expect(words(alertOf(el))).to.equal(fault.says);
        expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
        await tick(50);
        expect(writes()).to.deep.equal(['POST /customers']);
        expect(input(el)).to.deep.equal(typed);

        await submit(el);
        await done(el);
        expect(successes()).to.have.length(1);
        expect(writes()).to.deep.equal([
          'POST /customers',
          'POST /customers',
          `PUT /customers/${mock.api.state.customers[0]!.customerId}/consents`,
        ]);
        expect(mock.api.state.customers).to.have.length(1);
        expect(mock.api.state.customers[0]!.consents.map((c) => `${c.name}:${c.state}`)).to.deep.equal([
          'terms:accepted',
          'broadcaster_terms:accepted',
          'broadcaster_marketing:accepted',
        ]);
      });
    }

    it('422 USER0002: said under the email with a way to sign in; nothing else is sent', async () => {
      const el = await filled();
      const typed = input(el);
      mock.api.inject({ endpoint: 'register', kind: 'customer-exists' });
      await submit(el);
      await until(() => errors().length > 0);
      await el.updateComplete;
      const detail = { step: 'register', code: 'customer-exists', status: 422, message: SAYS.exists, recoverable: true };
      expect(errors()).to.deep.equal([detail]);
      expect(el.error).to.deep.equal(detail);
      expect(errorText(el, 'email')).to.equal(`${SAYS.exists} Sign in instead`);
      expect(words(alertOf(el))).to.equal('');
      expect(input(el)).to.deep.equal(typed);
      expect(writes()).to.deep.equal(['POST /customers']);
      buttonIn(el, 'Sign in instead')!.click();
      expect(heard.at(-1)).to.deep.equal({ type: 'login', detail: { email: 'ada@example.com' } });
    });

    for (const retryAfter of [String(WAIT), undefined]) {
      it(`429 ${retryAfter ? `with Retry-After: ${retryAfter}` : 'without Retry-After (the default wait)'}: a countdown, then submit works again`, async () => {
        const el = await filled();
        const typed = input(el);
        mock.api.inject({ endpoint: 'register', kind: 'rate-limit', ...(retryAfter ? { retryAfter } : {}) });
        const since = Date.now();
        await submit(el);
        await until(() => errors().length > 0);
        await el.updateComplete;
        const detail = { step: 'register', code: 'rate-limited', status: 429, retryAfter: WAIT, message: SAYS.wait(WAIT), recoverable: true };
        expect(errors()).to.deep.equal([detail]);
        expect(words(alertOf(el))).to.equal(SAYS.wait(WAIT));
        expect(waitSays(WAIT, since)).to.include(words(timerOf(el)));
        expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
        // Hammering submit during the wait sends nothing.
        await submit(el);
        el.retry();
        expect(writes()).to.deep.equal(['POST /customers']);

        await until(() => submitButton(el).getAttribute('aria-disabled') === 'false');
        await el.updateComplete;
        expect(timerOf(el)).to.equal(null);
        expect(words(alertOf(el))).to.equal('');
        expect(words(statusOf(el))).to.equal(SAYS.tryAgainNow);
        expect(el.error).to.equal(null);
        expect(input(el)).to.deep.equal(typed);
        await submit(el);
        await done(el);
        expect(mock.api.state.customers).to.have.length(1);
        expect(errors()).to.have.length(1);
      });
    }

    it('uses 10 seconds when a 429 has no Retry-After, as Cleeng does', async () => {
      configurePolicy({ defaultRetryAfter: SHIPPED.defaultRetryAfter });
      const el = await filled();
      mock.api.inject({ endpoint: 'register', kind: 'rate-limit' });
      const since = Date.now();
      await submit(el);
      await until(() => errors().length > 0);
      await el.updateComplete;
      expect(errors()[0]).to.include({ code: 'rate-limited', status: 429, retryAfter: 10 });
      expect(waitSays(10, since)).to.include(words(timerOf(el)));
      // Removing the element ends the wait quietly.
      el.remove();
    });

    it('a lost answer (network) then USER0002 for the same email is reported as probably theirs', async () => {
      const el = await filled();
      mock.api.inject({ endpoint: 'register', kind: 'network' });
      await submit(el);
      await until(() => errors().length === 1);
      await el.updateComplete;
      expect(words(alertOf(el))).to.equal(SAYS.networkRegister);
      // Meanwhile the lost request did create the account.
      mock.api.inject({ endpoint: 'register', kind: 'customer-exists' });
      await submit(el);
      await until(() => errors().length === 2);
      await el.updateComplete;
      expect(errors()[0]).to.include({ code: 'network', maybeRegistered: true });
      expect(errors()[1]).to.deep.equal({
        step: 'register',
        code: 'customer-exists',
        status: 422,
        message: SAYS.existsAfterLost,
        recoverable: true,
        maybeRegistered: true,
      });
      expect(errorText(el, 'email')).to.equal(`${SAYS.existsAfterLost} Sign in instead`);
      expect(writes()).to.deep.equal(['POST /customers', 'POST /customers']);
    });

    it('an answer lost to the timeout after the server created the account: the repeat says so', async () => {
      const el = await filled();
      configurePolicy({ timeoutMs: SHORT_TIMEOUT });
      mock.api.setLatency(SHORT_TIMEOUT + 400);
      await submit(el);
      await until(() => errors().length === 1);
      expect(errors()[0]).to.include({ code: 'timeout', message: SAYS.timeoutRegister });
      expect(mock.api.state.customers).to.have.length(0);
      await until(() => mock.api.state.customers.length === 1);
      mock.api.setLatency(0);
      configurePolicy({ timeoutMs: SHIPPED.timeoutMs });
      await submit(el);
      await until(() => errors().length === 2);
      expect(errors()[1]).to.include({ code: 'customer-exists', message: SAYS.existsAfterLost });
      expect(mock.api.state.customers).to.have.length(1);
      expect(writes()).to.deep.equal(['POST /customers', 'POST /customers']);
      expect(input(el).email).to.equal('ada@example.com');
    });

    it('a USER0002 for another email after a lost answer is a plain "already exists"', async () => {
      const el = await filled();
      mock.api.inject({ endpoint: 'register', kind: 'network' });
      await submit(el);
      await until(() => errors().length === 1);
      emailInput(el).value = 'bob@example.com';
      emailInput(el).dispatchEvent(new InputEvent('input', { bubbles: true }));
      mock.api.inject({ endpoint: 'register', kind: 'customer-exists' });
      await submit(el);
      await until(() => errors().length === 2);
      expect(errors()[1]!.message).to.equal(SAYS.exists);
      expect(errors()[1]).to.not.have.property('maybeRegistered');
    });

    it('the mock going offline mid-flow is a network error, not retried', async () => {
      const el = await filled();
      mock.api.setOffline(true);
      await submit(el);
      await until(() => errors().length === 1);
      expect(errors()[0]).to.deep.equal({
        step: 'register',
        code: 'network',
        message: SAYS.networkRegister,
        recoverable: true,
        maybeRegistered: true,
      });
      await tick(50);
      expect(writes()).to.deep.equal(['POST /customers']);
      mock.api.setOffline(false);
      await submit(el);
      await done(el);
      expect(mock.api.state.customers).to.have.length(1);
    });
  });

  // ---- PUT /customers/{id}/consents ----------------------------------------------------------------

  describe('PUT …/consents', () => {
    const put = () => `PUT /customers/${mock.api.state.customers[0]!.customerId}/consents`;
    const stored = () => mock.api.state.customers[0]!.consents.map((c) => `${c.name}:${c.state}`);
    const TICKS = ['terms:accepted', 'broadcaster_terms:accepted', 'broadcaster_marketing:accepted'];

    const TRANSIENT: Array<[FaultKind, ErrorCode, number | undefined, string]> = [
      ['rate-limit', 'rate-limited', 429, SAYS.wait(WAIT)],
      ['server-500', 'server', 500, SAYS.server],
      ['server-502', 'server', 502, SAYS.server],
      ['server-503', 'server', 503, SAYS.server],
      ['network', 'network', undefined, SAYS.network],
      ['timeout', 'timeout', undefined, SAYS.timeout],
    ];
    /**
     * Shortens the per-try timeout only once the account exists: a loaded machine (three engines, two cores)
     * can take longer than the short timeout to answer the POST itself, which would test the wrong step.
     * The step event fires before the PUT is sent, and each try reads the timeout when it starts. The test
     * gives the shipped one back once the hung tries are out (`shippedTimeoutOnce`).
     */
    const shortTimeoutFromConsentUpdate = (el: HTMLElement) =>
      el.addEventListener('cleeng-register-step', (event) => {
        if (event.detail.step === 'consent-update') configurePolicy({ timeoutMs: SHORT_TIMEOUT });
      });
    const puts = () => writes().filter((w) => w.startsWith('PUT '));
    for (const [kind, code, status, says] of TRANSIENT) {
      it(`retries a ${kind} silently and ends in done`, async () => {
        const el = await filled();
        if (kind === 'timeout') shortTimeoutFromConsentUpdate(el);
        mock.api.inject({ endpoint: 'consent-update', kind, times: 2 });
        await submit(el);
        // Both hung tries are out: the third answers.
        if (kind === 'timeout') await shippedTimeoutOnce(() => puts().length >= 2);
        await done(el);
        expect(writes()).to.deep.equal(['POST /customers', put(), put(), put()]);
        expect(errors()).to.deep.equal([]);
        expect(successes()).to.have.length(1);
        expect(stored()).to.deep.equal(TICKS);
      });

      it(`after a lasting ${kind}: says the account exists, keeps the consents, retries to done once`, async () => {
        const el = await filled();
        if (kind === 'timeout') shortTimeoutFromConsentUpdate(el);
        mock.api.inject({ endpoint: 'consent-update', kind, times: 3 });
        const since = Date.now();
        await submit(el);
        // All three hung tries are out: the customer's own retry answers.
        if (kind === 'timeout') await shippedTimeoutOnce(() => puts().length >= 3);
        await until(() => errors().length > 0);
        await el.updateComplete;
        const detail: ErrorDetail = {
          step: 'consent-update',
          code,
          ...(status ? { status } : {}),
          ...(code === 'rate-limited' ? { retryAfter: WAIT } : {}),
          message: says,
          recoverable: true,
        };
        expect(errors()).to.deep.equal([detail]);
        expect(el.step).to.equal('consent-update');
        expectElementError(el, detail, since);
        expect(writes()).to.deep.equal(['POST /customers', put(), put(), put()]);
        expect(successes()).to.deep.equal([]);
        expect(stored()).to.deep.equal([]);
        expect(mock.api.state.customers).to.have.length(1);
        if (code === 'rate-limited') {
          // A countdown; the update resumes by itself at zero.
          expect(words(alertOf(el))).to.equal(`${SAYS.notSaved} ${says}`);
          expect(waitSays(WAIT, since)).to.include(words(timerOf(el)));
          expect(buttonIn(el, 'Save my preferences')).to.equal(null);
        } else {
          expect(words(alertOf(el))).to.equal(`${SAYS.notSaved} ${says}`);
          buttonIn(el, 'Save my preferences')!.click();
        }
        await done(el);
        expect(successes()).to.have.length(1);
        expect(successes()[0]!.detail['consents']).to.have.length(3);
        expect(writes()).to.deep.equal(['POST /customers', put(), put(), put(), put()]);
        // The retry sent the same consents as the first try.
        const bodies = mock.api.requests.filter((r) => r.method === 'PUT').map((r) => JSON.stringify(r.body));
        expect(new Set(bodies).size).to.equal(1);
        expect(stored()).to.deep.equal(TICKS);
        expect(mock.api.state.customers).to.have.length(1);
        await tick(30);
        expect(successes()).to.have.length(1);
      });
    }

    for (const kind of ['non-json', 'wrong-shape'] as const) {
      it(`${kind}: not retried by itself; retry() sends the same consents and fires success once`, async () => {
        const el = await filled();
        mock.api.inject({ endpoint: 'consent-update', kind });
        await submit(el);
        await until(() => errors().length > 0);
        await el.updateComplete;
        expect(errors()).to.deep.equal([
          { step: 'consent-update', code: 'invalid-response', status: 200, message: SAYS.invalidResponse, recoverable: true },
        ]);
        expect(words(alertOf(el))).to.equal(`${SAYS.notSaved} ${SAYS.invalidResponse}`);
        expect(writes()).to.deep.equal(['POST /customers', put()]);
        el.retry();
        el.retry();
        await done(el);
        expect(writes()).to.deep.equal(['POST /customers', put(), put()]);
        expect(successes()).to.have.length(1);
        expect(stored()).to.deep.equal(TICKS);
      });
    }

    it('401 (expired JWT): reported once, not retried, not recoverable, success never fired', async () => {
      const el = await filled();
      mock.api.inject({ endpoint: 'consent-update', kind: 'unauthorized', times: Infinity });
      await submit(el);
      await until(() => errors().length > 0);
      await el.updateComplete;
      const detail = { step: 'consent-update', code: 'unauthorized', status: 401, message: SAYS.unauthorized, recoverable: false };
      expect(errors()).to.deep.equal([detail]);
      expect(el.error).to.deep.equal(detail);
      expect(words(alertOf(el))).to.equal(`${SAYS.notSaved} ${SAYS.unauthorized}`);
      expect(buttonIn(el, 'Save my preferences')).to.equal(null);
      el.retry();
      await tick(50);
      expect(writes()).to.deep.equal(['POST /customers', put()]);
      expect(el.step).to.equal('consent-update');
      expect(successes()).to.deep.equal([]);
      buttonIn(el, 'Sign in')!.click();
      expect(heard.at(-1)).to.deep.equal({ type: 'login', detail: { email: 'ada@example.com' } });
    });

    it('Done when: fails twice then succeeds: done, consents stored, one success, one customer', async () => {
      const el = await filled();
      mock.api.inject({ endpoint: 'consent-update', kind: 'server-503', times: 2 });
      await submit(el);
      await done(el);
      expect(el.step).to.equal('done');
      expect(successes()).to.have.length(1);
      expect(stored()).to.deep.equal(TICKS);
      expect(mock.api.state.customers).to.have.length(1);
      expect(writes()).to.deep.equal(['POST /customers', put(), put(), put()]);
    });

    it('Done when, by hand: two failed tries surface, the customer saves again, one success', async () => {
      configurePolicy({ consentTries: 1 });
      const el = await filled();
      mock.api.inject({ endpoint: 'consent-update', kind: 'server-500', times: 2 });
      await submit(el);
      await until(() => errors().length === 1);
      el.retry();
      await until(() => errors().length === 2);
      await el.updateComplete;
      buttonIn(el, 'Save my preferences')!.click();
      await done(el);
      expect(errors().map((e) => e.step)).to.deep.equal(['consent-update', 'consent-update']);
      expect(successes()).to.have.length(1);
      expect(stored()).to.deep.equal(TICKS);
      expect(mock.api.state.customers).to.have.length(1);
      expect(writes()).to.deep.equal(['POST /customers', put(), put(), put()]);
    });
  });

  // ---- Done when: 429 with Retry-After: 3 ----------------------------------------------------------

  it('Done when: a 429 with Retry-After: 3 shows a counting, announced-once countdown; the second attempt registers one customer', async () => {
    const el = await filled();
    const shown = watchCountdown(el);
    mock.api.inject({ endpoint: 'register', kind: 'rate-limit', retryAfter: '3' });
    const since = Date.now();
    await submit(el);
    await until(() => errors().length > 0);
    await el.updateComplete;
    expect(errors()).to.deep.equal([
      { step: 'register', code: 'rate-limited', status: 429, retryAfter: 3, message: SAYS.wait(3), recoverable: true },
    ]);
    const alert = alertOf(el)!;
    const timer = timerOf(el)!;
    expect(words(alert)).to.equal(SAYS.wait(3));
    expect(waitSays(3, since)).to.include(words(timer));
    expect(timer.checkVisibility?.() ?? true).to.equal(true);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');

    let stalled = 0; // the longest the page's main thread was away during the wait, in ms
    while (submitButton(el).getAttribute('aria-disabled') === 'true') {
      // The alert is said once: the same node, the same text, for the whole wait.
      expect(alertOf(el)).to.equal(alert);
      expect(words(alert)).to.equal(SAYS.wait(3));
      const before = performance.now();
      await tick(50);
      stalled = Math.max(stalled, performance.now() - before);
    }
    // Every second shows, in order. A main thread that stalled for about a second (a loaded CI machine) rightly
    // skips what it slept through: the countdown says the time left, it does not count ticks. Then it starts at
    // 3 and counts down, in order, with nothing else in between.
    const seconds = [SAYS.wait(3), SAYS.wait(2), SAYS.wait(1)];
    if (stalled < 900) expect(shown).to.deep.equal(seconds);
    else {
      expect(shown, `main thread stalled ${Math.round(stalled)} ms`).to.deep.equal(seconds.filter((s) => shown.includes(s)));
      expect(shown[0]).to.equal(seconds[0]);
    }
    await el.updateComplete;
    expect(timerOf(el)).to.equal(null);
    expect(alertOf(el)).to.equal(alert);
    expect(words(alert)).to.equal('');
    expect(words(statusOf(el))).to.equal(SAYS.tryAgainNow);
    expect(writes()).to.deep.equal(['POST /customers']);

    await submit(el);
    await done(el);
    expect(mock.api.state.customers).to.have.length(1);
    expect(successes()).to.have.length(1);
    expect(writes().filter((w) => w === 'POST /customers')).to.have.length(2);
  });

  // ---- nothing doubled, nothing late ---------------------------------------------------------------

  it('three widgets for one publisher share one /locales and one consents request', async () => {
    mock.api.setLatency(100);
    const widgets = await Promise.all([mount({}, null), mount({}, null), mount({}, null)]);
    await until(() => widgets.every((el) => el.step === 'form'));
    expect(sent().sort()).to.deep.equal(['GET /locales', `GET ${CONSENTS_PATH}`]);
    // Each still registers on its own.
    mock.api.setLatency(0);
    for (const [i, el] of widgets.entries()) {
      await fillValid(el, `user${i}@example.com`);
      await submit(el);
    }
    await until(() => widgets.every((el) => el.step === 'done'));
    expect(mock.api.state.customers).to.have.length(3);
  });

  it('a double click sends one POST', async () => {
    const el = await filled();
    mock.api.setLatency(100);
    submitButton(el).click();
    submitButton(el).click();
    await submit(el);
    await done(el);
    expect(writes().filter((w) => w === 'POST /customers')).to.have.length(1);
    expect(heard.filter((h) => h.type === 'submit')).to.have.length(1);
    expect(mock.api.state.customers).to.have.length(1);
  });

  for (const phase of ['loading', 'register', 'consent-update'] as const) {
    it(`an element removed during ${phase} fires nothing afterwards`, async () => {
      if (phase === 'loading') mock.api.setLatency(200);
      const el = phase === 'loading' ? await mount({}, null) : await filled();
      if (phase === 'register') mock.api.setLatency(200);
      if (phase === 'consent-update') mock.api.inject({ endpoint: 'consent-update', kind: 'timeout' });
      if (phase !== 'loading') await submit(el);
      // Every request of the phase has reached the API.
      await until(() => mock.api.requests.length === { loading: 2, register: 3, 'consent-update': 4 }[phase]);
      const before = heard.length;
      const requests = mock.api.requests.length;
      el.remove();
      await tick(400);
      expect(heard.slice(before)).to.deep.equal([]);
      // Nothing new went out after the removal.
      expect(mock.api.requests.length).to.equal(requests);
    });
  }

  it('a publisher changed mid-flight aborts the old requests and fires nothing late for them', async () => {
    const el = await filled();
    mock.api.setLatency(200);
    await submit(el);
    expect(el.step).to.equal('register');
    const before = heard.length;
    el.publisherId = OTHER_PUBLISHER;
    await until(() => el.step === 'form');
    await tick(300);
    // Only the new run's steps: no success, no error, no step of the old registration.
    const later = heard.slice(before);
    expect(later.map((h) => h.type)).to.deep.equal(later.map(() => 'step'));
    expect(later[0]!.detail).to.deep.equal({ step: 'metadata', previousStep: 'register' });
    expect(later.at(-1)!.detail['step']).to.equal('form');
    expect(sent(`/publishers/${OTHER_PUBLISHER}/consents`)).to.have.length(1);
    expect(el.error).to.equal(null);
  });

  it('a publisher changed while loading drops the old answers', async () => {
    mock.api.setLatency(150);
    const el = await mount({}, null);
    el.publisherId = OTHER_PUBLISHER;
    await until(() => el.step === 'form');
    await tick(200);
    expect(errors()).to.deep.equal([]);
    expect(steps().at(-1)).to.equal('form');
    expect(sent(`/publishers/${OTHER_PUBLISHER}/consents`)).to.have.length(1);
  });

  describe('offline browser', () => {
    const setOnline = (online: boolean) => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
      dispatchEvent(new Event(online ? 'online' : 'offline'));
    };
    afterEach(() => {
      delete (navigator as { onLine?: boolean }).onLine;
    });

    it('says so before sending, and registers when the connection is back', async () => {
      const el = await filled();
      const typed = input(el);
      setOnline(false);
      await submit(el);
      await until(() => errors().length > 0);
      await el.updateComplete;
      expect(errors()).to.deep.equal([{ step: 'register', code: 'network', message: SAYS.offline, recoverable: true }]);
      expect(words(alertOf(el))).to.equal(SAYS.offline);
      expect(writes()).to.deep.equal([]);
      expect(input(el)).to.deep.equal(typed);
      setOnline(true);
      await done(el);
      expect(writes()).to.deep.equal(['POST /customers', `PUT /customers/${mock.api.state.customers[0]!.customerId}/consents`]);
      expect(successes()).to.have.length(1);
    });

    it('loads when the connection is back', async () => {
      setOnline(false);
      const el = await mount({}, null);
      await until(() => errors().length > 0);
      await el.updateComplete;
      expect(errors()[0]).to.include({ code: 'network', message: SAYS.offline, recoverable: true });
      expect(words(alertOf(el))).to.equal(SAYS.offline);
      expect(sent()).to.deep.equal([]);
      setOnline(true);
      await until(() => el.step === 'form');
      expect(sent().sort()).to.deep.equal(['GET /locales', `GET ${CONSENTS_PATH}`]);
    });

    it('saves the consents when the connection is back', async () => {
      const el = await filled();
      mock.api.setLatency(100);
      await submit(el);
      setOnline(false);
      await until(() => errors().length > 0);
      expect(errors()[0]).to.include({ step: 'consent-update', code: 'network', message: SAYS.offline });
      mock.api.setLatency(0);
      setOnline(true);
      await done(el);
      expect(successes()).to.have.length(1);
    });
  });
});
