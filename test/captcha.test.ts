/**
 * Captcha, both ways: `recaptcha-site-key` (Google's reCAPTCHA Enterprise, loaded by the widget on demand and
 * executed invisibly) and `getCaptchaToken` (the host's own async function). Google's loader is a fake that
 * msw serves at Google's real URL (test/fake-recaptcha.ts): the widget's own `<script>` loads it, nothing
 * reaches the network.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CleengRegister } from '../src/cleeng-register.js';
import { RECAPTCHA_LOADER, fakeRecaptcha, useMockApiAndRecaptcha } from './fake-recaptcha.js';
import {
  PUBLISHER,
  alertText,
  emailInput,
  fillValid,
  mount,
  passwordInput,
  submit,
  until,
  waitForStep,
} from './harness.js';
import { failOnConsoleWarnings } from './setup.js';

const SITE_KEY = '6LcFakeSiteKey-for_the_cleeng-register-tests';
const LOADER = `${RECAPTCHA_LOADER}?render=${SITE_KEY}&trustedtypes=true`;

async function mountWithSiteKey(siteKey = SITE_KEY, nonce = 'n0nce-123'): Promise<CleengRegister> {
  const el = await fixture<CleengRegister>(html`<cleeng-register
    publisher-id=${PUBLISHER}
    locale="en"
    recaptcha-site-key=${siteKey}
    nonce=${nonce}
  ></cleeng-register>`);
  await waitForStep(el, 'form');
  return el;
}

/** The loader scripts the widget added to the page. */
const loaderScripts = () => [...document.querySelectorAll<HTMLScriptElement>(`script[src^="${RECAPTCHA_LOADER}"]`)];

/** Types into the inputs without focusing them (a password manager filling the form). */
async function fillWithoutFocus(el: CleengRegister): Promise<void> {
  for (const [input, value] of [
    [emailInput(el), 'ada@example.com'],
    [passwordInput(el), 'secret123'],
  ] as const) {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  for (const box of el.querySelectorAll<HTMLInputElement>('input[type="checkbox"][required]')) {
    if (!box.checked) box.click();
  }
  await el.updateComplete;
}

const registrations = (mock: ReturnType<typeof useMockApiAndRecaptcha>) =>
  mock.api.requests.filter((r) => r.method === 'POST' && r.path === '/customers');

describe('captcha: recaptcha-site-key (Google reCAPTCHA Enterprise)', () => {
  failOnConsoleWarnings();
  const mock = useMockApiAndRecaptcha({ requireCaptcha: true });

  it('loads nothing at page load; loads the script once, with the nonce, on the first focus in the form', async () => {
    const el = await mountWithSiteKey();
    expect(el.recaptchaSiteKey).to.equal(SITE_KEY);
    expect(loaderScripts()).to.have.length(0);
    expect(mock.scriptLoads).to.deep.equal([]);

    emailInput(el).focus();
    await until(() => fakeRecaptcha() !== undefined);
    const scripts = loaderScripts();
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.src).to.equal(LOADER);
    expect(scripts[0]!.nonce).to.equal('n0nce-123');
    // An attribute too: Google's loader copies the nonce of the first script[nonce] to the scripts it adds.
    expect(scripts[0]!.getAttribute('nonce')).to.equal('n0nce-123');
    expect(mock.scriptLoads).to.deep.equal([LOADER]);

    passwordInput(el).focus();
    emailInput(el).focus();
    await el.updateComplete;
    expect(loaderScripts()).to.have.length(1);
    expect(mock.scriptLoads).to.have.length(1);
    // Loaded, not executed: a token is only asked for at submit.
    expect(fakeRecaptcha()!.calls.filter(([name]) => name === 'execute')).to.deep.equal([]);
  });

  it('on submit executes invisibly (action "register", after ready) and sends the token as captchaValue', async () => {
    const el = await mountWithSiteKey();
    await fillValid(el);
    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    await success;

    const [post] = registrations(mock);
    expect((post!.body as Record<string, unknown>)['captchaValue']).to.equal('fake-token-1');
    expect(mock.api.state.customers[0]!.captchaValue).to.equal('fake-token-1');
    const calls = fakeRecaptcha()!.calls;
    const execute = calls.findIndex(([name]) => name === 'execute');
    expect(calls[execute]).to.deep.equal(['execute', SITE_KEY, { action: 'register' }]);
    expect(calls.slice(0, execute).map(([name]) => name)).to.include('ready');
    expect(mock.scriptLoads).to.have.length(1);
  });

  it('loads the script at submit when nothing was focused', async () => {
    const el = await mountWithSiteKey();
    await fillWithoutFocus(el);
    expect(mock.scriptLoads).to.deep.equal([]);
    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    await success;
    expect(mock.scriptLoads).to.deep.equal([LOADER]);
    expect((registrations(mock)[0]!.body as Record<string, unknown>)['captchaValue']).to.equal('fake-token-1');
  });

  it('after CPT0002 says so, resets the captcha, and the next attempt sends a new token', async () => {
    const el = await mountWithSiteKey();
    await fillValid(el);
    mock.api.inject({ endpoint: 'register', kind: 'captcha-failed' });
    const error = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    const { detail } = await error;
    expect(detail).to.include({ step: 'register', code: 'captcha-failed', status: 429, recoverable: true });
    expect(detail.message).to.equal('The robot check did not succeed. Please try again.');
    await until(() => el.step === 'form');
    expect(alertText(el)).to.equal('The robot check did not succeed. Please try again.');
    const names = fakeRecaptcha()!.calls.map(([name]) => name);
    expect(names.indexOf('reset')).to.be.greaterThan(names.indexOf('execute'));

    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    await success;
    const tokens = registrations(mock).map((r) => (r.body as Record<string, unknown>)['captchaValue']);
    expect(tokens).to.deep.equal(['fake-token-1', 'fake-token-2']);
    expect(mock.scriptLoads).to.have.length(1);
  });

  it('maps a failing Google client to captcha-failed without sending the registration', async () => {
    const el = await mountWithSiteKey();
    await fillValid(el);
    await until(() => fakeRecaptcha() !== undefined);
    fakeRecaptcha()!.fail = true;
    const error = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    const { detail } = await error;
    expect(detail).to.include({ step: 'register', code: 'captcha-failed', recoverable: true });
    expect(detail).not.to.have.property('status');
    expect(registrations(mock)).to.deep.equal([]);
    expect(fakeRecaptcha()!.calls.map(([name]) => name)).to.include('reset');
  });

  it('maps a script that does not load to captcha-failed, and loads it again on the next attempt', async () => {
    mock.failLoads(1);
    const el = await mountWithSiteKey();
    await fillWithoutFocus(el);
    const error = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    expect((await error).detail).to.include({ code: 'captcha-failed' });
    expect(registrations(mock)).to.deep.equal([]);
    expect(loaderScripts()).to.have.length(0);

    await until(() => el.step === 'form');
    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    await success;
    expect(mock.scriptLoads).to.deep.equal([LOADER, LOADER]);
    expect(loaderScripts()).to.have.length(1);
  });

  it('shares one script between widgets with the same site key', async () => {
    const first = await mountWithSiteKey();
    const second = await mountWithSiteKey();
    emailInput(first).focus();
    emailInput(second).focus();
    await until(() => fakeRecaptcha() !== undefined);
    expect(loaderScripts()).to.have.length(1);
    expect(mock.scriptLoads).to.deep.equal([LOADER]);
  });

  it('refuses a site key that would change the script URL, and loads nothing', async () => {
    const el = await mountWithSiteKey('key"><script>alert(1)</script>');
    await fillValid(el);
    const error = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    expect((await error).detail).to.include({ code: 'captcha-failed' });
    expect(loaderScripts()).to.have.length(0);
    expect(mock.scriptLoads).to.deep.equal([]);
    expect(registrations(mock)).to.deep.equal([]);
  });
});

describe('captcha: getCaptchaToken (the host’s own function)', () => {
  failOnConsoleWarnings();
  const mock = useMockApiAndRecaptcha({ requireCaptcha: true });

  it('asks the host once per attempt and sends each token as captchaValue', async () => {
    const el = await mount();
    let calls = 0;
    el.getCaptchaToken = async () => `host-token-${++calls}`;
    await fillValid(el);
    mock.api.inject({ endpoint: 'register', kind: 'captcha-failed' });
    const error = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    expect((await error).detail.code).to.equal('captcha-failed');
    await until(() => el.step === 'form');
    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    await success;
    expect(calls).to.equal(2);
    const tokens = registrations(mock).map((r) => (r.body as Record<string, unknown>)['captchaValue']);
    expect(tokens).to.deep.equal(['host-token-1', 'host-token-2']);
  });

  for (const [name, fn] of [
    ['rejects', () => Promise.reject(new Error('host captcha failed'))],
    [
      'throws before returning a promise',
      () => {
        throw new Error('host captcha failed');
      },
    ],
  ] as const) {
    it(`maps a function that ${name} to captcha-failed, and sends nothing`, async () => {
      const el = await mount();
      el.getCaptchaToken = fn as () => Promise<string>;
      await fillValid(el);
      const error = oneEvent(el, 'cleeng-register-error');
      await submit(el);
      const { detail } = await error;
      expect(detail).to.include({ step: 'register', code: 'captcha-failed', recoverable: true });
      expect(detail.message).to.equal('The robot check did not succeed. Please try again.');
      expect(registrations(mock)).to.deep.equal([]);
      await until(() => el.step === 'form');
      expect(passwordInput(el).value).to.equal('secret123');
    });
  }

  it('is used instead of the site key when both are set: no Google script', async () => {
    const el = await mountWithSiteKey();
    el.getCaptchaToken = async () => 'host-token';
    await fillValid(el);
    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    await success;
    expect((registrations(mock)[0]!.body as Record<string, unknown>)['captchaValue']).to.equal('host-token');
    expect(mock.scriptLoads).to.deep.equal([]);
    expect(loaderScripts()).to.have.length(0);
  });

  it('without any captcha, a publisher that requires one answers CPT0001: captcha-required, in words', async () => {
    const el = await mount();
    await fillValid(el);
    const error = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    const { detail } = await error;
    expect(detail).to.include({ step: 'register', code: 'captcha-required', status: 429 });
    expect(detail.message).to.equal('We need to check that you are not a robot. Please try again.');
    expect((registrations(mock)[0]!.body as Record<string, unknown>)).not.to.have.property('captchaValue');
    await until(() => el.step === 'form');
    expect(alertText(el)).to.equal(detail.message);
  });
});
