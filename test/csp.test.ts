/**
 * Strict CSP and Trusted Types: the widget runs unchanged in a publisher's page (a same-origin iframe of
 * test/fixtures/csp-page.html) served with a header-delivered
 *   default-src 'self'; script-src 'self'; style-src 'self'; connect-src <api>;
 *   require-trusted-types-for 'script'; trusted-types lit-html cleeng-register
 * and the page reports no `securitypolicyviolation` while it renders, registers and loads the captcha.
 *
 * How the pieces reach the framed page: the widget is the same-origin module /src/index.ts that the test
 * runner's dev server compiles (allowed by script-src 'self'); the API is the mock Cleeng API at
 * `api-base-url` `<this origin>/cleeng-api` (loopback http, which the widget accepts), the origin connect-src
 * lists; Google's reCAPTCHA loader is the fake at Google's URL (test/fake-recaptcha.ts). Both are msw
 * handlers of this page, which answers the framed page's requests through test/relay.ts (a service worker
 * scoped to the fixtures: msw's own worker may hand a frame's requests to another test file's page).
 * Why not the real sandbox host in connect-src: Firefox checks a response that a service worker made up
 * against connect-src as if it came from the worker script's URL, so any API origin other than the page's
 * own is reported there, in the test only (a real page has no such worker). A same-origin API sidesteps it
 * without loosening the policy; the control fetch below proves connect-src still blocks other hosts.
 *
 * Every test ends with controls that must be reported (an inline <style>, a fetch to a host not in
 * connect-src, and a string into innerHTML where the engine has Trusted Types): proof that the policy was
 * enforced and that the page's violation log works, so "no violation" means something.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CleengRegister } from '../src/cleeng-register.js';
import type { SuccessDetail } from '../src/events.js';
import type { CspPage } from './fixtures/csp-page.js';
import { createMockApi, type MockApi } from '../mock/api.js';
import { RECAPTCHA_LOADER, fakeRecaptcha, fakeRecaptchaLoader } from './fake-recaptcha.js';
import { fixtureUrl, startRelay } from './relay.js';
import { emailInput, fillValid, submit, until, waitForStep } from './harness.js';
import { failOnConsoleWarnings } from './setup.js';

const API = `${location.origin}/cleeng-api`;
const NONCE = 'csp-test-nonce';
const SITE_KEY = '6LcFakeSiteKey-for_the_csp-tests';
const strict = (scriptSrc = "'self'") =>
  `default-src 'self'; script-src ${scriptSrc}; style-src 'self'; connect-src ${location.origin}; ` +
  "require-trusted-types-for 'script'; trusted-types lit-html cleeng-register";

// Trusted Types is a feature check, not a skip: every engine runs every test; where the engine has Trusted
// Types, the tests also prove the page enforces them.
const TRUSTED_TYPES = 'trustedTypes' in window;
const engine = TRUSTED_TYPES ? 'Trusted Types enforced' : 'this engine has no Trusted Types: CSP only';

type Framed = CspPage & typeof globalThis;
const frames: HTMLIFrameElement[] = [];

/** Opens the fixture page under `csp` and waits for its widget's form. */
async function openPage(csp: string, options: Record<string, string> = {}): Promise<{ page: Framed; el: CleengRegister }> {
  const iframe = document.createElement('iframe');
  iframe.src = fixtureUrl('csp-page.html', { ...options, 'api-base-url': API, csp });
  frames.push(iframe);
  document.body.append(iframe);
  await until(() => Boolean((iframe.contentWindow as Framed | null)?.widgetLoaded));
  const page = iframe.contentWindow as Framed;
  // Served by the relay, not by msw's worker.
  expect(page.navigator.serviceWorker.controller?.scriptURL).to.match(/\/test\/fixtures\/relay-sw\.js$/);
  const el = page.document.querySelector('cleeng-register')!;
  await waitForStep(el, 'form');
  return { page, el };
}

/** Registers through the form like a customer; resolves with the success detail, fails on an error event. */
async function register(el: CleengRegister, page: Framed) {
  await fillValid(el);
  const outcome = Promise.race([oneEvent(el, 'cleeng-register-success'), oneEvent(el, 'cleeng-register-error')]);
  await submit(el);
  const event = await outcome;
  if (event.type !== 'cleeng-register-success') {
    expect.fail(`registration failed: ${JSON.stringify(event.detail)}; violations: ${JSON.stringify(page.violations)}`);
  }
  return (event as CustomEvent<SuccessDetail>).detail;
}

/** Breaks the policy on purpose; each break must be reported, after everything the widget did. */
async function expectControlsReported(page: Framed): Promise<void> {
  const before = page.violations.length;
  const style = page.document.createElement('style');
  style.textContent = '.control { color: red; }';
  page.document.head.append(style);
  const expected = ['style-src-elem'];
  await page.fetch('https://example.com/control').catch(() => undefined);
  expected.push('connect-src');
  if (TRUSTED_TYPES) {
    // Another realm's TypeError: compare by name.
    expect(() => (page.document.createElement('div').innerHTML = '<b>control</b>'))
      .to.throw()
      .with.property('name', 'TypeError');
    expected.push('require-trusted-types-for');
  }
  await until(() => page.violations.length >= before + expected.length);
  expect(page.violations.slice(before).map((line) => line.split(' ')[0])).to.have.members(expected);
}

describe(`strict CSP page (${engine})`, function () {
  // Each test loads a whole page of modules (compiled on demand, through msw's worker) on a busy 2-core box.
  this.timeout(30_000);
  failOnConsoleWarnings();
  // A fresh mock API and fake Google loader per test, answering the framed page.
  const mock = { api: undefined as unknown as MockApi, scriptLoads: [] as string[] };
  beforeEach(async () => {
    mock.api = createMockApi({ origins: ['/cleeng-api'] });
    const record = { loads: (mock.scriptLoads = []), failing: 0 };
    const handlers = [fakeRecaptchaLoader(record), ...mock.api.handlers];
    await startRelay(() => handlers);
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('renders, registers through the API and reports no violation', async () => {
    const { page, el } = await openPage(strict());
    // The policy came as a header: the browser hid the nonce attribute and kept it in the property.
    expect(el.getAttribute('nonce')).to.equal('');
    expect(el.nonce).to.equal(NONCE);
    expect(el.querySelectorAll('input[type="checkbox"]')).to.have.length(3);
    expect(el.querySelector('a[href="https://cleeng.com/cleeng-user-agreement"]')?.textContent).to.equal(
      'Terms and Conditions',
    );
    // The constructable stylesheet applied: the form's styles are there though style-src has no 'unsafe-inline'.
    expect(page.getComputedStyle(el.querySelector('.cr-visually-hidden')!).position).to.equal('absolute');

    const detail = await register(el, page);
    expect(detail.email).to.equal('ada@example.com');
    expect(mock.api.requests.map((r) => `${r.method} ${r.path}`)).to.include.members([
      'GET /locales',
      `GET /publishers/123456789/consents`,
      'POST /customers',
      `PUT /customers/${detail.customerId}/consents`,
    ]);
    expect(page.violations).to.deep.equal([]);
    await expectControlsReported(page);
  });

  it('renders consent labels through the DOMParser path with the cleeng-register policy, reporting nothing', async () => {
    const { page, el } = await openPage(strict(), { 'no-sanitizer-api': '' });
    expect('parseHTML' in page.Document).to.equal(false);
    expect(el.querySelector('a[href="https://example.com/privacy"]')?.textContent).to.equal('Privacy Policy');
    await register(el, page);
    expect(page.violations).to.deep.equal([]);
    await expectControlsReported(page);
  });

  it("loads the captcha script by nonce alone (script-src 'self' 'nonce-…'), and registers with its token", async () => {
    const { page, el } = await openPage(strict(`'self' 'nonce-${NONCE}'`), { 'site-key': SITE_KEY });
    emailInput(el).focus();
    await until(() => fakeRecaptcha(page) !== undefined || page.violations.length > 0);
    expect(page.violations).to.deep.equal([]);
    const script = page.document.querySelector<HTMLScriptElement>(`script[src^="${RECAPTCHA_LOADER}"]`)!;
    expect(script.src).to.equal(`${RECAPTCHA_LOADER}?render=${SITE_KEY}&trustedtypes=true`);
    expect(script.nonce).to.equal(NONCE);
    // The header-delivered policy hid the attribute's value; the attribute itself stays for script[nonce].
    expect(script.getAttribute('nonce')).to.equal('');

    await register(el, page);
    const post = mock.api.requests.find((r) => r.method === 'POST')!;
    expect((post.body as Record<string, unknown>)['captchaValue']).to.equal('fake-token-1');
    expect(page.violations).to.deep.equal([]);
    await expectControlsReported(page);
  });

  it('loads the captcha script under the README’s host-source for Google, with labels through the shared policy', async () => {
    const { page, el } = await openPage(strict("'self' https://www.google.com/recaptcha/"), {
      'site-key': SITE_KEY,
      'no-sanitizer-api': '',
    });
    await register(el, page);
    expect(mock.scriptLoads).to.deep.equal([`${RECAPTCHA_LOADER}?render=${SITE_KEY}&trustedtypes=true`]);
    const post = mock.api.requests.find((r) => r.method === 'POST')!;
    expect((post.body as Record<string, unknown>)['captchaValue']).to.equal('fake-token-1');
    expect(page.violations).to.deep.equal([]);
    await expectControlsReported(page);
  });

  it('without the nonce or Google in script-src, the script is blocked and reported: captcha-failed', async () => {
    const { page, el } = await openPage(strict(), { 'site-key': SITE_KEY });
    await fillValid(el);
    const error = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    expect((await error).detail).to.include({ code: 'captcha-failed' });
    expect(mock.scriptLoads).to.deep.equal([]);
    await until(() => page.violations.length > 0);
    expect(page.violations[0]).to.match(/^script-src-elem https:\/\/www\.google\.com\/recaptcha\/enterprise\.js/);
  });
});
