/**
 * Theming: every documented `--cleeng-register-*` custom property reaches the piece it names, the defaults
 * follow the page's `color-scheme`, the shadow parts and slots work from the page, the light-DOM `cr-*`
 * class hooks can be restyled, and one custom theme passes axe. Headless Chromium also saves screenshots
 * (screenshots/*.png) of the default light and dark themes and of the example theme.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CleengRegister } from '../src/cleeng-register.js';
import {
  emailInput,
  fillEmail,
  fillPassword,
  fillValid,
  passwordInput,
  submit,
  submitButton,
  until,
  waitForStep,
} from './harness.js';
import { failOnConsoleWarnings } from './setup.js';
import { engine, nextFrame, screenshot, useFastRetries, useFreshApi } from './ui-helpers.js';

/** The example theme the demo shows and the README prints: the demo's own file, served from the repository. */
async function addExampleTheme(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/demo/themes/example.css';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return link;
}

function addStyle(cssText: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return style;
}

const base = (el: CleengRegister) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const css = (node: Element, property: string, pseudo?: string) =>
  getComputedStyle(node, pseudo).getPropertyValue(property);

/**
 * Fills the form halfway, the way the screenshots show it: an email, and a password being typed (focused,
 * the checklist live, no error yet because the field was not left).
 */
async function halfFilled(el: CleengRegister): Promise<void> {
  await fillEmail(el, 'ada@example.com');
  const password = passwordInput(el);
  password.focus();
  password.value = 'secret';
  password.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
  await nextFrame();
}

describe('theming: custom properties', () => {
  failOnConsoleWarnings();
  const fresh = useFreshApi();

  // [property, value, the piece it should reach, the computed property there, the expected computed value]
  const cases: [string, string, (el: CleengRegister) => Element, string, string][] = [
    ['--cleeng-register-color-primary', 'rgb(1, 2, 3)', submitButton, 'background-color', 'rgb(1, 2, 3)'],
    ['--cleeng-register-color-on-primary', 'rgb(4, 5, 6)', submitButton, 'color', 'rgb(4, 5, 6)'],
    ['--cleeng-register-color-background', 'rgb(7, 8, 9)', base, 'background-color', 'rgb(7, 8, 9)'],
    ['--cleeng-register-color-text', 'rgb(10, 11, 12)', emailInput, 'color', 'rgb(10, 11, 12)'],
    ['--cleeng-register-color-border', 'rgb(13, 14, 15)', emailInput, 'border-top-color', 'rgb(13, 14, 15)'],
    ['--cleeng-register-color-muted', 'rgb(16, 17, 18)', (el) => el.querySelector('.cr-checklist')!, 'color', 'rgb(16, 17, 18)'],
    ['--cleeng-register-font-family', 'monospace', emailInput, 'font-family', 'monospace'],
    ['--cleeng-register-font-size', '20px', emailInput, 'font-size', '20px'],
    ['--cleeng-register-radius', '12px', base, 'border-top-left-radius', '12px'],
    ['--cleeng-register-spacing', '10px', (el) => el.querySelector('.cr-form')!, 'row-gap', '10px'],
    ['--cleeng-register-max-width', '300px', (el) => el, 'max-width', '300px'],
  ];
  for (const [property, value, piece, computed, expected] of cases) {
    it(`${property} reaches ${computed}`, async () => {
      const el = await fresh.mount();
      const before = css(piece(el), computed);
      expect(before, 'the default differs from the test value').to.not.equal(expected);
      el.style.setProperty(property, value);
      expect(css(piece(el), computed)).to.equal(expected);
    });
  }

  it('--cleeng-register-density scales the spacing', async () => {
    const el = await fresh.mount();
    el.style.setProperty('--cleeng-register-spacing', '20px');
    el.style.setProperty('--cleeng-register-density', '0.5');
    expect(css(el.querySelector('.cr-form')!, 'row-gap')).to.equal('10px');
  });

  it('--cleeng-register-color-error, -success and -surface colour errors, met rules and notices', async () => {
    const el = await fresh.mount();
    el.style.setProperty('--cleeng-register-color-error', 'rgb(200, 0, 1)');
    el.style.setProperty('--cleeng-register-color-success', 'rgb(0, 120, 1)');
    el.style.setProperty('--cleeng-register-color-surface', 'rgb(240, 240, 1)');
    await submit(el);
    expect(css(el.querySelector('[id$="-email-error"]')!, 'color')).to.equal('rgb(200, 0, 1)');
    expect(css(emailInput(el), 'border-top-color')).to.equal('rgb(200, 0, 1)');
    await fillPassword(el, 'abc');
    expect(css(el.querySelector('.cr-checklist .cr-met')!, 'color')).to.equal('rgb(0, 120, 1)');
    await fillValid(el);
    await submit(el);
    await waitForStep(el, 'done');
    expect(css(el.shadowRoot!.querySelector('[part="success"]')!, 'background-color')).to.equal('rgb(240, 240, 1)');
  });

  it('--cleeng-register-color-focus colours the focus ring', async () => {
    const el = await fresh.mount();
    el.style.setProperty('--cleeng-register-color-focus', 'rgb(250, 0, 250)');
    emailInput(el).focus();
    expect(css(emailInput(el), 'outline-color')).to.equal('rgb(250, 0, 250)');
    expect(parseFloat(css(emailInput(el), 'outline-width'))).to.be.at.least(2);
  });

  it('a property set on an ancestor (the page :root) is inherited', async () => {
    const style = addStyle(':root { --cleeng-register-color-primary: rgb(9, 99, 9); }');
    try {
      const el = await fresh.mount();
      expect(css(submitButton(el), 'background-color')).to.equal('rgb(9, 99, 9)');
    } finally {
      style.remove();
    }
  });

  it('the defaults follow color-scheme: light by default, dark under color-scheme: dark', async () => {
    const el = await fresh.mount();
    el.id = 'theme-default';
    await halfFilled(el);
    expect(css(base(el), 'background-color')).to.equal('rgb(255, 255, 255)');
    expect(css(submitButton(el), 'background-color')).to.equal('rgb(29, 78, 216)');
    await expect(el).to.be.accessible();
    expect(await screenshot('default-light', '#theme-default')).to.equal(engine === 'chromium');

    document.documentElement.style.colorScheme = 'dark';
    try {
      await nextFrame();
      expect(css(base(el), 'background-color')).to.equal('rgb(22, 24, 29)');
      expect(css(submitButton(el), 'color')).to.equal('rgb(11, 18, 32)');
      await expect(el).to.be.accessible();
      // The page behind is dark too in the picture, as it would be on a dark site.
      document.body.style.background = '#0d0f12';
      expect(await screenshot('default-dark', '#theme-default')).to.equal(engine === 'chromium');
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
    }
  });

  it('the example theme applies and passes axe (contrast included)', async () => {
    const style = await addExampleTheme();
    try {
      const el = await fresh.mount();
      el.classList.add('theme-example');
      el.id = 'theme-example';
      await halfFilled(el);
      expect(css(submitButton(el), 'background-color')).to.equal('rgb(140, 47, 13)');
      expect(css(emailInput(el), 'font-family')).to.contain('Georgia');
      expect(css(base(el), 'border-left-width')).to.equal('6px');
      await expect(el).to.be.accessible();
      expect(await screenshot('theme-example', '#theme-example')).to.equal(engine === 'chromium');
    } finally {
      style.remove();
    }
  });

  it('field errors, for the pictures (default light)', async () => {
    const el = await fresh.mount();
    el.id = 'theme-errors';
    await fillEmail(el, 'ada@');
    await submit(el);
    (document.activeElement as HTMLElement | null)?.blur();
    await nextFrame();
    expect(emailInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(await screenshot('default-errors', '#theme-errors')).to.equal(engine === 'chromium');
  });
});

describe('theming: the other states, as pictures (default light theme)', () => {
  failOnConsoleWarnings();
  const fresh = useFreshApi();
  useFastRetries();

  it('register in flight: spinner and busy button', async () => {
    fresh.api.inject({ endpoint: 'register', kind: 'timeout' });
    const el = await fresh.mount();
    el.id = 'state-busy';
    await fillValid(el);
    el.querySelector<HTMLButtonElement>('.cr-toggle')!.click();
    await submit(el);
    await waitForStep(el, 'register');
    expect(el.querySelector('.cr-spinner')).to.exist;
    expect(await screenshot('state-busy', '#state-busy')).to.equal(engine === 'chromium');
  });

  it('rate limited: the countdown notice and the waiting button', async () => {
    fresh.api.inject({ endpoint: 'register', kind: 'rate-limit', retryAfter: '30' });
    const el = await fresh.mount();
    el.id = 'state-rate-limited';
    await fillValid(el);
    await submit(el);
    await waitForStep(el, 'form');
    await el.updateComplete;
    expect(el.querySelector('[role="timer"]')).to.exist;
    expect(await screenshot('state-rate-limited', '#state-rate-limited')).to.equal(engine === 'chromium');
  });

  it('load failure: the alert with its retry button', async () => {
    fresh.api.inject({ endpoint: 'consents', kind: 'server-500', times: Infinity });
    const el = await fresh.mount({}, null);
    el.id = 'state-load-failed';
    await until(() => el.error !== null);
    await el.updateComplete;
    await nextFrame();
    expect(el.querySelector('[role="alert"] button')!.textContent!.trim()).to.equal('Try again');
    expect(await screenshot('state-load-failed', '#state-load-failed')).to.equal(engine === 'chromium');
  });

  it('customer exists: the email error with its sign-in link', async () => {
    fresh.api.inject({ endpoint: 'register', kind: 'customer-exists' });
    const el = await fresh.mount();
    el.id = 'state-customer-exists';
    await fillValid(el, 'taken@example.com');
    await submit(el);
    await until(() => el.error?.code === 'customer-exists');
    await el.updateComplete;
    expect(el.querySelector('[id$="-email-error"] button')).to.exist;
    expect(await screenshot('state-customer-exists', '#state-customer-exists')).to.equal(engine === 'chromium');
  });

  it('consent update failed: the account exists, the preferences wait', async () => {
    fresh.api.inject({ endpoint: 'consent-update', kind: 'server-500', times: Infinity });
    const el = await fresh.mount();
    el.id = 'state-consents-failed';
    await fillValid(el);
    await submit(el);
    await until(() => el.error?.step === 'consent-update');
    await el.updateComplete;
    expect(await screenshot('state-consents-failed', '#state-consents-failed')).to.equal(engine === 'chromium');
  });

  it('done: the success message, focused', async () => {
    const el = await fresh.mount();
    el.id = 'state-done';
    el.insertAdjacentHTML('afterbegin', '<h2 slot="header" style="margin:0">Create your account</h2>');
    await fillValid(el);
    await submit(el);
    await waitForStep(el, 'done');
    await nextFrame();
    expect(await screenshot('state-done', '#state-done')).to.equal(engine === 'chromium');
  });
});

describe('theming: parts, slots and class hooks', () => {
  failOnConsoleWarnings();
  const fresh = useFreshApi();

  it('::part(base) and ::part(success) can be styled from the page', async () => {
    const style = addStyle(`
      cleeng-register::part(base) { border-top-color: rgb(3, 2, 1); }
      cleeng-register::part(success) { outline-color: rgb(6, 5, 4); color: rgb(9, 8, 7); }
    `);
    try {
      const el = await fresh.mount();
      expect(css(base(el), 'border-top-color')).to.equal('rgb(3, 2, 1)');
      await fillValid(el);
      await submit(el);
      await waitForStep(el, 'done');
      expect(css(el.shadowRoot!.querySelector('[part="success"]')!, 'color')).to.equal('rgb(9, 8, 7)');
    } finally {
      style.remove();
    }
  });

  it('renders the header and footer slots around the form, and the success slot when done', async () => {
    const el = await fresh.mount();
    el.insertAdjacentHTML(
      'afterbegin',
      '<h2 slot="header">Join Example TV</h2><p slot="footer">Questions? Write to help@example.com</p><div slot="success"><p>Welcome to Example TV!</p></div>',
    );
    await el.updateComplete;
    const slot = (name: string) => el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`);
    expect(slot('header')!.assignedElements().map((n) => n.textContent)).to.deep.equal(['Join Example TV']);
    expect(slot('footer')!.assignedElements().map((n) => n.textContent)).to.deep.equal([
      'Questions? Write to help@example.com',
    ]);
    const header = el.querySelector('[slot="header"]')!.getBoundingClientRect();
    const form = el.querySelector('form')!.getBoundingClientRect();
    const footer = el.querySelector('[slot="footer"]')!.getBoundingClientRect();
    expect(header.height).to.be.above(0);
    expect(header.bottom).to.be.at.most(form.top);
    expect(footer.top).to.be.at.least(form.bottom);
    // Before `done` the success content is not shown.
    expect(el.querySelector('[slot="success"]')!.getBoundingClientRect().height).to.equal(0);

    await fillValid(el);
    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    await success;
    await el.updateComplete;
    expect(slot('success')!.assignedElements().map((n) => n.textContent)).to.deep.equal(['Welcome to Example TV!']);
    expect(el.querySelector('[slot="success"]')!.getBoundingClientRect().height).to.be.above(0);
    // The default message is the slot's fallback: replaced, not shown.
    expect(el.shadowRoot!.textContent).to.contain('Your account is ready.');
    expect(slot('success')!.assignedNodes({ flatten: true }).map((n) => n.textContent)).to.not.include(
      'Your account is ready.',
    );
  });

  it('the light-DOM class hooks can be restyled with a selector more specific than the widget’s', async () => {
    const style = addStyle(`
      cleeng-register .cr-root .cr-button { text-transform: uppercase; }
      cleeng-register .cr-root .cr-label { letter-spacing: 2px; }
    `);
    try {
      const el = await fresh.mount();
      expect(css(submitButton(el), 'text-transform')).to.equal('uppercase');
      expect(css(el.querySelector('.cr-label')!, 'letter-spacing')).to.equal('2px');
      expect(passwordInput(el).classList.contains('cr-input')).to.equal(true);
    } finally {
      style.remove();
    }
  });
});
