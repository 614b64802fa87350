/**
 * The `npm start` demo, driven like a person would drive it: the demo page (demo/index.html, which loads the
 * BUILT widget from /dist, so `npm test` builds first) runs in an iframe served by the test runner, with its
 * own msw worker and localStorage state. Each test types into the widget, clicks the demo's own controls
 * (fault panel, tabs, Capture, pickers) and reads what a host or publisher would read there: the event log,
 * Customer Accounts, the widget's messages.
 *
 * In headless Chromium the tests also save screenshots of the demo (screenshots/demo-*.png, through the
 * `screenshot` command of web-test-runner.config.mjs); the other engines take none and say so.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CleengRegister } from '../src/cleeng-register.js';
import type { ErrorDetail, SuccessDetail } from '../src/events.js';
import { MOCK_STATE_KEY, SETTINGS_KEY } from '../demo/settings.js';
import { engine, screenshot } from './ui-helpers.js';

const PASSWORD = 'Sup3rSecret';

let frame: HTMLIFrameElement;

const doc = (): Document => frame.contentDocument!;
const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const el = doc().querySelector<T>(selector);
  if (!el) throw new Error(`demo: nothing matches ${selector}`);
  return el;
};
const widget = (): CleengRegister => $<CleengRegister>('cleeng-register');

/** Waits for `predicate`; the limit only turns a hang into a message (it is generous: 7 people share 2 cores). */
async function until(what: string, predicate: () => boolean, ms = 25000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > ms) throw new Error(`demo: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Loads (or reloads) the demo and waits for its widget to show the form, or for an error when `form` is false. */
async function load(waitForForm = true): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (frame.isConnected) frame.contentWindow!.location.reload();
  else document.body.append(frame);
  await loaded;
  await until('the demo to start', () => doc().documentElement.dataset['ready'] === 'true');
  if (waitForForm) await until('the form', () => widget().step === 'form' && !!widget().querySelector('input[type="checkbox"]'));
}

function type(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
}

function choose(select: HTMLSelectElement | HTMLInputElement, value: string): void {
  select.value = value;
  if (select.tagName === 'INPUT') select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function tick(name: string, on: boolean): void {
  const box = widget().querySelector<HTMLInputElement>(`input[type="checkbox"][value="${name}"]`)!;
  if (box.checked !== on) box.click();
}

/** Fills the widget like a customer and presses "Create account". */
async function register(email: string, consents: Record<string, boolean> = { broadcaster_terms: true }): Promise<void> {
  type(widget().querySelector<HTMLInputElement>('input[name="email"]')!, email);
  type(widget().querySelector<HTMLInputElement>('input[name="password"]')!, PASSWORD);
  for (const [name, on] of Object.entries(consents)) tick(name, on);
  await widget().updateComplete;
  widget().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** Clicks a tab of the sandbox tools and waits for its page (hash navigation). */
async function openPage(name: string): Promise<void> {
  $<HTMLAnchorElement>(`.tabs a[data-page="${name}"]`).click();
  await until(`the ${name} page`, () => !$(`#page-${name}`).hidden);
}

/** The event log's entries of one event type, newest first, as the details they print. */
function logged<T>(type: string): T[] {
  return [...doc().querySelectorAll(`#log li[data-event="${type}"] pre`)].map((pre) => JSON.parse(pre.textContent!) as T);
}

async function nextLogged<T>(type: string, before = logged(type).length): Promise<T> {
  await until(`${type} in the event log`, () => logged(type).length > before);
  return logged<T>(type)[0]!;
}

/** Picks endpoint, answer and count in the fault panel and presses "Inject fault". */
async function inject(endpoint: string, kind: string, times = '1', retryAfter?: string): Promise<void> {
  await openPage('faults');
  choose($<HTMLSelectElement>('#fault-endpoint'), endpoint);
  choose($<HTMLSelectElement>('#fault-kind'), kind);
  choose($<HTMLSelectElement>('#fault-times'), times);
  if (retryAfter !== undefined) choose($<HTMLInputElement>('#fault-retry-after'), retryAfter);
  $<HTMLButtonElement>('#fault-inject').click();
}

/** Customer Accounts' consents under `root` as the publisher reads them: name, version, state. */
function consentStates(root: Element): string[][] {
  return [...root.querySelectorAll('li[data-consent]')].map((li) => [...li.children].map((part) => part.textContent!.trim()));
}

/** Saves screenshots/<name>.png of the whole demo (Chromium); asserts a picture was taken exactly there. */
async function snap(name: string): Promise<void> {
  // Let the last change paint first.
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => setTimeout(resolve)));
  expect(await screenshot(name, 'iframe'), `screenshot ${name} in ${engine}`).to.equal(engine === 'chromium');
}

const queued = () => [...doc().querySelectorAll<HTMLElement>('#fault-queue li.fault')];

describe('the npm start demo', function () {
  // Each test loads the whole demo page (msw worker, esbuild-served TypeScript) into a fresh iframe, some
  // twice: slow under load in Firefox and WebKit.
  this.timeout(60000);

  before(async () => {
    // Room for the whole demo (iframe 1280x900) in the screenshots.
    if (engine === 'chromium') await setViewport({ width: 1300, height: 920 });
  });

  beforeEach(async () => {
    localStorage.removeItem(SETTINGS_KEY);
    localStorage.removeItem(MOCK_STATE_KEY);
    frame = document.createElement('iframe');
    frame.src = '/demo/index.html';
    frame.width = '1280';
    frame.height = '900';
    await load();
  });

  afterEach(() => {
    frame.remove();
    localStorage.removeItem(SETTINGS_KEY);
    localStorage.removeItem(MOCK_STATE_KEY);
  });

  describe('demo: a customer registers', () => {
    it('logs the success detail and lists the customer with the consents chosen in Customer Accounts', async () => {
      await register('ada@example.com', { broadcaster_terms: true, broadcaster_marketing: false });
      const success = await nextLogged<SuccessDetail>('cleeng-register-success');

      expect(success.email).to.equal('ada@example.com');
      expect(success.customerId).to.match(/^\d+$/);
      expect(success.jwt.split('.')).to.have.length(3);
      expect([success.locale, success.country, success.currency]).to.deep.equal(['en_US', 'US', 'USD']);
      expect(success.consents.map(({ name, version, state }) => ({ name, version, state }))).to.deep.equal([
        { name: 'terms', version: '1', state: 'accepted' },
        { name: 'broadcaster_terms', version: '1.7', state: 'accepted' },
        { name: 'broadcaster_marketing', version: '1', state: 'declined' },
      ]);
      // Newest first: the success is the top entry; the password is nowhere in the log.
      expect($('#log li').dataset['event']).to.equal('cleeng-register-success');
      expect($('#log').textContent).not.to.contain(PASSWORD);
      await snap('demo-registered');

      await openPage('accounts');
        const row = $(`#accounts-body tr[data-customer-id="${success.customerId}"]`);
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());
      expect(cells.slice(0, 5)).to.deep.equal([success.customerId, 'ada@example.com', 'en_US', 'US', 'USD']);
      // The dashboard shows the server's registration time: taken before the widget got the answer.
      const registered = row.querySelector('time')!;
      expect(Date.parse(registered.getAttribute('datetime')!)).to.be.at.most(Date.parse(success.registeredAt));
      expect(registered.textContent).not.to.equal('');
      const consents = $(`#accounts-body tr[data-consents-for="${success.customerId}"]`);
      expect(consentStates(consents)).to.deep.equal([
        ['terms', 'v1', 'accepted'],
        ['broadcaster_terms', 'v1.7', 'accepted'],
        ['broadcaster_marketing', 'v1', 'declined'],
      ]);
      await snap('demo-accounts');

      // The sandbox persists: after a reload the customer is still there, and the same email is now taken.
      await load();
      await openPage('accounts');
      expect(doc().querySelector(`#accounts-body tr[data-customer-id="${success.customerId}"]`)).to.exist;
      await register('ada@example.com');
      const error = await nextLogged<ErrorDetail>('cleeng-register-error');
      expect([error.code, error.status, error.step]).to.deep.equal(['customer-exists', 422, 'register']);
    });

    it('Reset sandbox forgets every customer', async () => {
      await register('grace@example.com');
      await nextLogged('cleeng-register-success');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      $<HTMLButtonElement>('#reset').click();
      await loaded;
      await until('the demo to restart', () => doc().documentElement.dataset['ready'] === 'true');
      await openPage('accounts');
      expect(doc().querySelectorAll('#accounts-body tr[data-customer-id]')).to.have.length(0);
      expect($('#accounts-count').textContent).to.equal('0 customers');
    });
  });

  describe('demo: the fault panel produces every error state', () => {
    // Faults on POST /customers, one after another in one session, as someone clicking through the panel
    // would; each shows on the next "Create account" and is used up by it. The rate limit comes last: its
    // countdown holds the button.
    const cases: { kind: string; code: ErrorDetail['code']; status?: number; retryAfter?: string }[] = [
      { kind: 'captcha-required', code: 'captcha-required', status: 429 },
      { kind: 'captcha-failed', code: 'captcha-failed', status: 429 },
      { kind: 'server-500', code: 'server', status: 500 },
      { kind: 'network', code: 'network' },
      { kind: 'timeout', code: 'timeout' },
      { kind: 'non-json', code: 'invalid-response', status: 200 },
      { kind: 'wrong-shape', code: 'invalid-response', status: 200 },
      { kind: 'customer-exists', code: 'customer-exists', status: 422 },
      { kind: 'email-verification', code: 'invalid-input', status: 400 },
      { kind: 'rate-limit', code: 'rate-limited', status: 429, retryAfter: '3' },
    ];
    it(`POST /customers: ${cases.map((c) => c.kind).join(', ')}`, async () => {
      // The "timeout" fault never answers: the widget gives up after the timeout set in the panel, 1 s for
      // that case only (a loaded CI machine can take longer than that to answer the others).
      await openPage('faults');
      let first = true;
      for (const { kind, code, status, retryAfter } of cases) {
        choose($<HTMLInputElement>('#timeout'), kind === 'timeout' ? '1' : '15');
        await inject('register', kind, '1', retryAfter);
        expect(queued().map((li) => li.dataset['kind']), kind).to.deep.equal([kind]);
        expect($('#fault-expected').textContent, kind).to.contain(code);
        if (kind === 'rate-limit') await snap('demo-fault-panel');

        if (first) await register('faulty@example.com');
        else widget().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        first = false;
        const error = await nextLogged<ErrorDetail>('cleeng-register-error');
        expect([error.code, error.step, error.status], kind).to.deep.equal([code, 'register', status]);
        if (retryAfter) expect(error.retryAfter, kind).to.equal(Number(retryAfter));
        expect(widget().error?.code, kind).to.equal(code);
        // The customer sees it: next to the email for a taken or refused address, above the button otherwise.
        const shown = code === 'customer-exists' || code === 'invalid-input' ? '[id$="-email-error"]' : '.cr-alert';
        expect(widget().querySelector(shown)!.textContent!.trim(), kind).not.to.equal('');
        expect(widget().querySelector<HTMLInputElement>('input[name="email"]')!.value, kind).to.equal('faulty@example.com');
        await until(`the ${kind} fault to be used up`, () => queued().length === 0);
      }
      await snap('demo-fault-rate-limited');
      expect(logged('cleeng-register-success')).to.have.length(0);
      await openPage('accounts');
      expect(doc().querySelectorAll('#accounts-body tr[data-customer-id]')).to.have.length(0);
    });

    it('Offline -> network, and back online the same form registers', async () => {
      await openPage('faults');
      $<HTMLInputElement>('#offline').click();
      await register('offline@example.com');
      const error = await nextLogged<ErrorDetail>('cleeng-register-error');
      expect([error.code, error.step]).to.deep.equal(['network', 'register']);

      $<HTMLInputElement>('#offline').click();
      widget().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const success = await nextLogged<SuccessDetail>('cleeng-register-success');
      expect(success.email).to.equal('offline@example.com');
    });

    it('the publisher requires a captcha -> captcha-required', async () => {
      await openPage('faults');
      $<HTMLInputElement>('#require-captcha').click();
      await register('robot@example.com');
      const error = await nextLogged<ErrorDetail>('cleeng-register-error');
      expect([error.code, error.status]).to.deep.equal(['captcha-required', 429]);
    });

    it('an expired JWT on the consents update -> unauthorized, with the account created', async () => {
      await inject('consent-update', 'unauthorized');
      await register('late@example.com');
      const error = await nextLogged<ErrorDetail>('cleeng-register-error');
      expect([error.code, error.status, error.step]).to.deep.equal(['unauthorized', 401, 'consent-update']);
      expect(widget().querySelector('[role="alert"]')!.textContent).to.contain('Your account was created');
      await openPage('accounts');
      const row = $('#accounts-body tr[data-customer-id]');
      expect(row.textContent).to.contain('late@example.com');
      expect($(`#accounts-body tr[data-consents-for="${row.dataset['customerId']}"]`).textContent).to.contain('none stored');
    });

    it('a persistent 500 on the consents GET -> server, once the widget has retried (after a reload)', async () => {
      await inject('consents', 'server-500', 'persistent');
      expect(queued()[0]!.textContent).to.contain('persistent');
      await load(false);
      const error = await nextLogged<ErrorDetail>('cleeng-register-error', 0);
      expect([error.code, error.status, error.step]).to.deep.equal(['server', 500, 'consents']);
      // Persistent and saved: still queued after the reload and the retries.
      expect(queued().map((li) => li.dataset['endpoint'])).to.deep.equal(['consents']);
      const calls = [...doc().querySelectorAll('#calls li')].filter((li) => li.textContent!.includes('/consents'));
      expect(calls.length).to.equal(4);
    });

    it('wrong-shape /locales (persistent, after a reload) -> invalid-response', async () => {
      await inject('locales', 'wrong-shape', 'persistent');
      await load(false);
      const error = await nextLogged<ErrorDetail>('cleeng-register-error', 0);
      expect([error.code, error.step]).to.deep.equal(['invalid-response', 'metadata']);
    });
  });

  describe('demo: the publisher and the host', () => {
    it('Capture: saved consents are what the widget shows after a reload, and what customers accept', async () => {
      await openPage('capture');
      const cards = () => [...doc().querySelectorAll<HTMLElement>('#capture-list li.consent-card')];
      expect(cards()).to.have.length(3);
      // Remove marketing, bump the publisher's terms to 2.0, add a required custom consent.
      cards()[2]!.querySelector<HTMLButtonElement>('button.danger')!.click();
      type($<HTMLInputElement>('#consent-1-version'), '2.0');
      $<HTMLButtonElement>('#capture-add').click();
      type($<HTMLInputElement>('#consent-2-name'), 'age_check');
      const label = $<HTMLTextAreaElement>('#consent-2-label');
      label.value = 'I am <b>18</b> or older. <script>alert(1)</script>';
      label.dispatchEvent(new Event('input', { bubbles: true }));
      $<HTMLInputElement>('#consent-2-required').click();
      $<HTMLButtonElement>('#capture-save').click();
      expect($('#capture-status').dataset['tone']).to.equal('ok');
      await snap('demo-capture');

      await load();
      const boxes = [...widget().querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes.map((box) => [box.value, box.required])).to.deep.equal([
        ['terms', true],
        ['broadcaster_terms', true],
        ['age_check', true],
      ]);
      const ageLabel = widget().querySelector(`label[for="${boxes[2]!.id}"]`)!;
      expect(ageLabel.textContent).to.contain('I am 18 or older.');
      expect(ageLabel.querySelector('b, script')).to.equal(null);

      await register('eve@example.com', { broadcaster_terms: true, age_check: true });
      await nextLogged('cleeng-register-success');
      await openPage('accounts');
      expect(consentStates($('#accounts-body'))).to.deep.equal([
        ['terms', 'v1', 'accepted'],
        ['broadcaster_terms', 'v2.0', 'accepted'],
        ['age_check', 'v1', 'accepted'],
      ]);
    });

    it('Capture refuses a consent without a name', async () => {
      await openPage('capture');
      type($<HTMLInputElement>('#consent-0-name'), '');
      $<HTMLButtonElement>('#capture-save').click();
      expect($('#capture-status').dataset['tone']).to.equal('bad');
      expect($('#capture-status').textContent).to.contain('Consent 1: the name is empty.');
    });

    it('the language picker sets the locale attribute; the theme picker sets color-scheme', async () => {
      choose($<HTMLSelectElement>('#locale-picker'), 'de');
      expect(widget().getAttribute('locale')).to.equal('de');
      await until('German', () => widget().querySelector('form')?.getAttribute('lang') === 'de');
      expect($('#snippet').textContent).to.contain('locale="de"');

      choose($<HTMLSelectElement>('#theme-picker'), 'dark');
      expect(frame.contentWindow!.getComputedStyle(doc().documentElement).colorScheme).to.equal('dark');
      await snap('demo-theme-dark');
      choose($<HTMLSelectElement>('#theme-picker'), 'custom');
      expect(widget().classList.contains('theme-example')).to.equal(true);
      const button = widget().querySelector('button[type="submit"]')!;
      expect(frame.contentWindow!.getComputedStyle(button).backgroundColor).to.equal('rgb(140, 47, 13)');
      await snap('demo-theme-custom');

      // Both survive a reload.
      await load();
      expect(widget().getAttribute('locale')).to.equal('de');
      expect($<HTMLSelectElement>('#theme-picker').value).to.equal('custom');
      expect(widget().classList.contains('theme-example')).to.equal(true);
    });

    it('every widget event reaches the log, the login one included', async () => {
      const before = logged('cleeng-register-login').length;
      widget().querySelector<HTMLButtonElement>('.cr-hint button')!.click();
      const login = await nextLogged<{ email: string }>('cleeng-register-login', before);
      expect(login).to.deep.equal({ email: '' });
      const steps = logged<{ step: string }>('cleeng-register-step').map((d) => d.step);
      expect(steps).to.include('form');
    });
  });
});
