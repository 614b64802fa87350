/**
 * Password managers and autofill: the inputs live in the page's own DOM (where browsers and extensions look),
 * inside a real <form> with the standard autocomplete tokens and a real submit button; on success the new
 * credential is offered to the browser's password store; and the host page's global CSS does not leak in.
 */
import { expect } from '@open-wc/testing';
import type { CleengRegister } from '../src/cleeng-register.js';
import { emailInput, fillValid, passwordInput, submit, submitButton, waitForStep } from './harness.js';
import { failOnConsoleWarnings } from './setup.js';
import { engine, nextFrame, screenshot, useFreshApi } from './ui-helpers.js';

describe('autofill: the form as a password manager sees it', () => {
  failOnConsoleWarnings();
  const fresh = useFreshApi();

  it('email and password are reachable with document.querySelector, named, labelled, with autocomplete tokens', async () => {
    const el = await fresh.mount();
    const email = document.querySelector<HTMLInputElement>('input[autocomplete="email"]');
    const password = document.querySelector<HTMLInputElement>('input[autocomplete="new-password"]');
    expect(email, 'email input in the document').to.equal(emailInput(el));
    expect(password, 'password input in the document').to.equal(passwordInput(el));
    expect(email!.getRootNode()).to.equal(document);
    expect(email!.type).to.equal('email');
    expect(email!.name).to.equal('email');
    expect(email!.id).to.match(/^cleeng-register-\d+-email$/);
    expect(password!.type).to.equal('password');
    expect(password!.name).to.equal('password');
    expect(password!.id).to.match(/^cleeng-register-\d+-password$/);
    expect(document.getElementById(email!.id)).to.equal(email);
    expect([...email!.labels!].map((l) => l.textContent!.trim())).to.deep.equal(['Email']);
    expect([...password!.labels!].map((l) => l.textContent!.trim())).to.deep.equal(['Password']);
    // One <form> holds both, with a name and an id, and its submit button.
    const form = email!.form!;
    expect(form).to.be.instanceOf(HTMLFormElement);
    expect(password!.form).to.equal(form);
    expect(form.name).to.equal('cleeng-register');
    expect(form.id).to.not.equal('');
    expect(submitButton(el).form).to.equal(form);
    expect(submitButton(el).type).to.equal('submit');
    // No field asks password managers to stay away.
    expect(document.querySelectorAll('cleeng-register [autocomplete="off"]')).to.have.length(0);
    // Exactly one password field: a new-password form, not a change-password one.
    expect(form.querySelectorAll('input[type="password"]')).to.have.length(1);
  });

  it('is submitted by its real submit button (the submit event names it as submitter)', async () => {
    const el = await fresh.mount();
    await fillValid(el);
    const form = el.querySelector('form')!;
    let submitter: HTMLElement | null = null;
    form.addEventListener('submit', (event) => (submitter = (event as SubmitEvent).submitter), { once: true });
    await submit(el);
    expect(submitter).to.equal(submitButton(el));
    await waitForStep(el, 'done');
    expect(fresh.api.requests.filter((r) => r.method === 'POST').map((r) => r.path)).to.deep.equal(['/customers']);
  });

  it('hears a filler that sets the fields without input or change events, on blur and at submit', async () => {
    const el = await fresh.mount();
    const email = emailInput(el);
    email.value = 'quiet@example.com';
    email.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    // On blur the field is judged by what it shows: no "enter your email" under a filled field.
    expect(el.querySelector('[id$="-email-error"]')!.textContent!.trim()).to.equal('');
    passwordInput(el).value = 'quietly42';
    for (const box of el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = true;
    el.querySelector('form')!.requestSubmit();
    await waitForStep(el, 'done');
    const [customer] = fresh.api.state.customers;
    expect(customer?.email).to.equal('quiet@example.com');
    expect(customer?.consents.map((c) => c.state)).to.deep.equal(customer?.consents.map(() => 'accepted'));
    expect(customer?.consents.length).to.be.greaterThan(0);
  });

  it('registers when a password manager submits the form itself (requestSubmit)', async () => {
    const el = await fresh.mount();
    await fillValid(el);
    el.querySelector('form')!.requestSubmit();
    await waitForStep(el, 'done');
    expect(fresh.api.state.customers.map((c) => c.email)).to.deep.equal(['ada@example.com']);
  });
});

describe('autofill: offering the new credential to the browser', () => {
  failOnConsoleWarnings();
  const fresh = useFreshApi();

  const original = Object.getOwnPropertyDescriptor(globalThis, 'PasswordCredential');
  let stored: { id: string; password: string }[];
  let storeResult: () => Promise<unknown>;

  /** A stand-in for the Credential Management API, the same in every engine (only Chromium has it). */
  class FakePasswordCredential {
    constructor(readonly data: { id: string; password: string }) {}
  }

  beforeEach(() => {
    stored = [];
    storeResult = () => Promise.resolve(undefined);
    Object.defineProperty(navigator, 'credentials', {
      configurable: true,
      value: {
        store: (credential: FakePasswordCredential) => {
          stored.push(credential.data);
          return storeResult();
        },
      },
    });
    Object.defineProperty(globalThis, 'PasswordCredential', {
      configurable: true,
      writable: true,
      value: FakePasswordCredential,
    });
  });

  afterEach(() => {
    delete (navigator as { credentials?: unknown }).credentials;
    if (original) Object.defineProperty(globalThis, 'PasswordCredential', original);
    else delete (globalThis as { PasswordCredential?: unknown }).PasswordCredential;
  });

  it('offers email and password to navigator.credentials.store after registering', async () => {
    const el = await fresh.mount();
    await fillValid(el, 'ada@example.com', 'secret123');
    await submit(el);
    await waitForStep(el, 'done');
    expect(stored).to.deep.equal([{ id: 'ada@example.com', password: 'secret123' }]);
  });

  it('offers nothing when registering failed', async () => {
    fresh.api.inject({ endpoint: 'register', kind: 'customer-exists' });
    const el = await fresh.mount();
    await fillValid(el, 'taken@example.com');
    await submit(el);
    await waitForStep(el, 'form');
    expect(el.error?.code).to.equal('customer-exists');
    expect(stored).to.deep.equal([]);
  });

  it('finishes quietly when the browser declines to store', async () => {
    storeResult = () => Promise.reject(new DOMException('The user declined.', 'NotAllowedError'));
    const el = await fresh.mount();
    await fillValid(el);
    await submit(el);
    await waitForStep(el, 'done');
    expect(stored).to.have.length(1);
  });

  it('offers nothing where the browser has no PasswordCredential', async () => {
    delete (globalThis as { PasswordCredential?: unknown }).PasswordCredential;
    const el = await fresh.mount();
    await fillValid(el);
    await submit(el);
    await waitForStep(el, 'done');
    expect(stored).to.deep.equal([]);
  });
});

/** A host page at its worst: global element rules, inherited typography, pseudo-elements, `all: unset`. */
const HOSTILE_CSS = `
  * { box-sizing: content-box; }
  body { font: italic 30px/3 'Comic Sans MS', cursive; color: magenta; text-transform: uppercase;
    letter-spacing: 3px; word-spacing: 9px; text-align: center; text-shadow: 2px 2px red; }
  div, p, ul, li, fieldset, span { margin: 40px; padding: 30px; border: 5px dotted orange; background: pink; }
  form { display: grid; gap: 50px; background: yellow; padding: 60px; border: 10px solid lime; }
  label { display: block; float: right; font-size: 40px; color: red; text-transform: lowercase; }
  label::after, p::before { content: ' →'; }
  input { border: 12px double purple; border-radius: 0; padding: 25px; height: 90px; width: 50%;
    background: black; color: white; font-size: 30px; box-shadow: 0 0 20px red; opacity: 0.5; }
  input[type='email'], input[type='password'], input[type='text'] { display: none; }
  input[type='checkbox'] { appearance: none; width: 0; height: 0; }
  button { all: unset; display: none; }
  button, input { transform: rotate(3deg); visibility: hidden; }
  a { color: lime; text-decoration: none; }
`;

const PROPS = [
  'display', 'visibility', 'opacity', 'position', 'float', 'transform', 'box-sizing', 'appearance',
  'color', 'background-color', 'background-image', 'box-shadow',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-left-width', 'border-top-left-radius',
  'padding-top', 'padding-left', 'margin-top', 'margin-left',
  'font-family', 'font-size', 'font-style', 'font-weight', 'line-height',
  'text-transform', 'letter-spacing', 'word-spacing', 'text-align', 'text-shadow', 'text-decoration-line',
];

function pieces(el: CleengRegister): Record<string, Element> {
  const q = (selector: string) => el.querySelector(selector)!;
  return {
    root: q('.cr-root'),
    form: q('form'),
    field: q('.cr-field'),
    'email label': q('label.cr-label'),
    'email input': emailInput(el),
    'password input': passwordInput(el),
    'show toggle': q('.cr-toggle'),
    checklist: q('.cr-checklist'),
    'checklist item': q('.cr-checklist li'),
    'error region': q('.cr-error'),
    checkbox: q('input[type="checkbox"]'),
    'consent label': q('.cr-consent label'),
    'consent link': q('.cr-consent a'),
    'submit button': submitButton(el),
    'sign-in link': q('.cr-hint .cr-link'),
    hint: q('.cr-hint'),
  };
}

function snapshot(el: CleengRegister): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [name, node] of Object.entries(pieces(el))) {
    const style = getComputedStyle(node);
    const values: Record<string, string> = {};
    for (const prop of PROPS) values[prop] = style.getPropertyValue(prop);
    values['::before content'] = getComputedStyle(node, '::before').content;
    values['::after content'] = getComputedStyle(node, '::after').content;
    if (name.endsWith('input') || name.endsWith('button')) values['height'] = `${node.getBoundingClientRect().height}`;
    out[name] = values;
  }
  return out;
}

describe('autofill: isolated from the host page’s CSS', () => {
  failOnConsoleWarnings();
  const fresh = useFreshApi();

  it('keeps its look on a page that restyles input, label, form, button and the body’s typography', async () => {
    const el = await fresh.mount();
    el.id = 'hostile';
    const before = snapshot(el);
    const style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    try {
      await nextFrame();
      // The hostile rules do apply to the page's own elements…
      const probe = document.createElement('input');
      document.body.append(probe);
      expect(getComputedStyle(probe).borderTopWidth).to.equal('12px');
      probe.remove();
      // …but not to the widget's.
      const after = snapshot(el);
      for (const name of Object.keys(before)) expect(after[name], name).to.deep.equal(before[name]);
      await expect(el).to.be.accessible();
      expect(await screenshot('hostile-page-css', '#hostile')).to.equal(engine === 'chromium');
    } finally {
      style.remove();
    }
  });
});
