/**
 * Type-level checks of what a host page's TypeScript sees: the tag in `HTMLElementTagNameMap`, the events in
 * `HTMLElementEventMap`. `npm run typecheck` compiles this file and never runs it; each `@ts-expect-error`
 * line fails the type check if the wrong usage below it ever starts to compile (a `detail` typed `any`, say).
 */
import type { CleengRegister, ErrorCode, Step, SuccessDetail } from '../src/index.js';

/** Compiles only when `value` has type `T`. */
function expectType<T>(value: T): T {
  return value;
}

export function hostPage(container: HTMLElement): void {
  const widget = document.createElement('cleeng-register');
  expectType<CleengRegister>(widget);
  expectType<string>(widget.publisherId);
  expectType<Step>(widget.step);
  widget.publisherId = '123456789';
  widget.getCaptchaToken = async () => 'token';
  document.querySelector('cleeng-register')?.retry();

  widget.addEventListener('cleeng-register-success', (e) => expectType<string>(e.detail.customerId));
  widget.addEventListener('cleeng-register-success', (e) => expectType<SuccessDetail>(e.detail));
  container.addEventListener('cleeng-register-error', (e) => expectType<ErrorCode>(e.detail.code));
  container.addEventListener('cleeng-register-step', (e) => expectType<Step | null>(e.detail.previousStep));
  container.addEventListener('cleeng-register-submit', (e) => e.preventDefault());
  container.addEventListener('cleeng-register-login', (e) => expectType<string>(e.detail.email));
  document.addEventListener('cleeng-register-success', (e) => expectType<string>(e.detail.customerId));
  window.addEventListener('cleeng-register-error', (e) => expectType<ErrorCode>(e.detail.code));

  // @ts-expect-error `customerId` is a string (a number would be a wrong contract, or a `detail` typed `any`)
  widget.addEventListener('cleeng-register-success', (e) => expectType<number>(e.detail.customerId));
  // @ts-expect-error `step` is read-only
  widget.step = 'done';
  // @ts-expect-error not an error code of the contract
  widget.addEventListener('cleeng-register-error', (e) => e.detail.code === 'teapot');
  // @ts-expect-error the property is `publisherId`
  expectType<string>(widget.publisherID);
}
