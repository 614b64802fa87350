/**
 * The widget's public events. Every event bubbles and crosses shadow roots (`composed`), carries a
 * typed `detail`, and is listed in `HTMLElementEventMap`, so
 * `el.addEventListener('cleeng-register-success', (e) => e.detail.customerId)` type-checks.
 */
import type { ErrorCode } from './api/errors.js';

/** The steps of Cleeng's registration flow, in order. */
export type Step = 'metadata' | 'consents' | 'form' | 'register' | 'consent-update' | 'done';

export interface StepDetail {
  step: Step;
  previousStep: Step | null;
}

export interface ConsentChoice {
  name: string;
  version: string;
  state: 'accepted' | 'declined';
}

export interface SubmitDetail {
  email: string;
  consents: ConsentChoice[];
}

export interface SuccessConsent extends ConsentChoice {
  required: boolean;
  /** The consent's label as plain text (links reduced to their text). */
  label: string;
}

export interface SuccessDetail {
  customerId: string;
  email: string;
  jwt: string;
  refreshToken: string;
  customerToken: string;
  locale: string;
  country: string;
  currency: string;
  consents: SuccessConsent[];
  /** ISO 8601 time at which `POST /customers` answered. */
  registeredAt: string;
}

export interface ErrorDetail {
  /** The step that failed. */
  step: Step;
  code: ErrorCode;
  /** HTTP status, when the API answered. */
  status?: number;
  /** Seconds to wait before trying again (429). */
  retryAfter?: number;
  /** What the customer is told, in the widget's current language. */
  message: string;
  /** Whether `retry()` (or fixing the input) can get past this error. */
  recoverable: boolean;
  /**
   * Only on `step: 'register'`: the account may exist after all. The answer to `POST /customers` was lost
   * (`network`, `timeout`), unreadable (`invalid-response`) or a 5xx (`server`); or this `customer-exists`
   * follows such a loss for the same email. Absent otherwise.
   */
  maybeRegistered?: true;
}

export interface LoginDetail {
  email: string;
}

export interface CleengRegisterEventMap {
  'cleeng-register-step': CustomEvent<StepDetail>;
  'cleeng-register-submit': CustomEvent<SubmitDetail>;
  'cleeng-register-success': CustomEvent<SuccessDetail>;
  'cleeng-register-error': CustomEvent<ErrorDetail>;
  'cleeng-register-login': CustomEvent<LoginDetail>;
}

declare global {
  interface HTMLElementEventMap extends CleengRegisterEventMap {}
  // The events bubble and are composed, so a host may listen on the document or the window.
  interface DocumentEventMap extends CleengRegisterEventMap {}
  interface WindowEventMap extends CleengRegisterEventMap {}
}

/** Dispatches one of the widget's events from `target`; returns false when a listener cancelled it. */
export function emit<K extends keyof CleengRegisterEventMap>(
  target: EventTarget,
  type: K,
  detail: CleengRegisterEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
