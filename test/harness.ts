/**
 * A test harness that acts like a customer: it types into the real inputs, ticks the real checkboxes and
 * presses the real submit button. Tests read what a customer or the host page would see.
 */
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { CleengRegister } from '../src/cleeng-register.js';
import type { CleengRegisterEventMap, Step } from '../src/events.js';

export const PUBLISHER = '123456789';

/** Every event the widget fires, for tests that listen to all of them. */
export const EVENTS: (keyof CleengRegisterEventMap)[] = [
  'cleeng-register-step',
  'cleeng-register-submit',
  'cleeng-register-success',
  'cleeng-register-error',
  'cleeng-register-login',
];

export interface MountOptions {
  publisherId?: string;
  apiBaseUrl?: string;
  locale?: string;
  email?: string;
  offerId?: string;
}

/** Mounts a widget and waits until it shows the form (or the step given). */
export async function mount(options: MountOptions = {}, until: Step | null = 'form'): Promise<CleengRegister> {
  const el = await fixture<CleengRegister>(html`<cleeng-register
    publisher-id=${options.publisherId ?? PUBLISHER}
    api-base-url=${options.apiBaseUrl ?? ''}
    locale=${options.locale ?? 'en'}
    email=${options.email ?? ''}
    offer-id=${options.offerId ?? ''}
  ></cleeng-register>`);
  if (until) await waitForStep(el, until);
  return el;
}

export async function waitForStep(el: CleengRegister, step: Step): Promise<void> {
  while (el.step !== step) await oneEvent(el, 'cleeng-register-step');
  await el.updateComplete;
}

/** Resolves once `predicate` holds, checking after each frame (fails the test by mocha's timeout otherwise). */
export async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 10));
}

export const emailInput = (el: CleengRegister) => el.querySelector<HTMLInputElement>('input[name="email"]')!;
export const passwordInput = (el: CleengRegister) => el.querySelector<HTMLInputElement>('input[name="password"]')!;
export const submitButton = (el: CleengRegister) => el.querySelector<HTMLButtonElement>('button[type="submit"]')!;
export const checkbox = (el: CleengRegister, name: string) =>
  el.querySelector<HTMLInputElement>(`input[type="checkbox"][value="${name}"]`)!;
export const alertText = (el: CleengRegister) => el.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
export const errorText = (el: CleengRegister, field: 'email' | 'password' | 'consents') =>
  el.querySelector(`[id$="-${field}-error"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export async function fillEmail(el: CleengRegister, value: string): Promise<void> {
  await type(emailInput(el), value);
  emailInput(el).blur();
  await el.updateComplete;
}

export async function fillPassword(el: CleengRegister, value: string): Promise<void> {
  await type(passwordInput(el), value);
  passwordInput(el).blur();
  await el.updateComplete;
}

export async function toggleConsent(el: CleengRegister, name: string, on = true): Promise<void> {
  const box = checkbox(el, name);
  if (box.checked !== on) box.click();
  await el.updateComplete;
}

export async function submit(el: CleengRegister): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

/** Fills a valid form: email, password and every required consent. */
export async function fillValid(el: CleengRegister, email = 'ada@example.com', password = 'secret123'): Promise<void> {
  await fillEmail(el, email);
  await fillPassword(el, password);
  for (const box of el.querySelectorAll<HTMLInputElement>('input[type="checkbox"][required]')) {
    if (!box.checked) box.click();
  }
  await el.updateComplete;
}
