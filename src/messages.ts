/**
 * Words for keys and codes, looked up with `msg()` at render time so a language switch re-renders every
 * message already on screen. Each message has a stable id and a description for translators.
 */
import { msg, str } from '@lit/localize';
import type { Failure } from './machine/machine.js';
import type { ErrorKey, PasswordRule } from './validation/form.js';
import { activeLocale } from './locales/localization.js';

export function fieldMessage(key: ErrorKey): string {
  switch (key) {
    case 'email-missing':
      return msg('Enter your email address.', { id: 'error.email-missing', desc: 'Email field left empty.' });
    case 'email-invalid':
      return msg('Enter an email address like name@example.com.', {
        id: 'error.email-invalid',
        desc: 'Email field does not hold a valid address. Keep the example address as is.',
      });
    case 'password-missing':
      return msg('Choose a password.', { id: 'error.password-missing', desc: 'Password field left empty.' });
    case 'password-length':
      return msg('Use 8 to 80 characters.', { id: 'error.password-length', desc: 'Password too short or long.' });
    case 'password-letter':
      return msg('Add at least one letter.', { id: 'error.password-letter', desc: 'Password has no letter.' });
    case 'password-digit':
      return msg('Add at least one digit.', { id: 'error.password-digit', desc: 'Password has no digit (0-9).' });
    case 'consent-required':
      return msg('Please accept the required terms to continue.', {
        id: 'error.consent-required',
        desc: 'A required consent checkbox (terms and conditions) is not ticked.',
      });
  }
}

export function ruleMessage(rule: PasswordRule): string {
  switch (rule) {
    case 'length':
      return msg('8 to 80 characters', { id: 'rule.length', desc: 'Password checklist item: length.' });
    case 'letter':
      return msg('At least one letter', { id: 'rule.letter', desc: 'Password checklist item: a letter.' });
    case 'digit':
      return msg('At least one digit', { id: 'rule.digit', desc: 'Password checklist item: a digit 0-9.' });
  }
}

/** Whole seconds in the 429 countdown, with the language's plural rules. */
export function secondsMessage(seconds: number): string {
  return new Intl.NumberFormat(activeLocale(), { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
}

/** What the customer is told for an API failure; also the `message` of `cleeng-register-error`. */
export function failureMessage(failure: Failure, seconds = failure.retryAfter ?? 0): string {
  switch (failure.code) {
    case 'rate-limited': {
      const wait = secondsMessage(seconds);
      return msg(str`Too many attempts. Try again in ${wait}.`, {
        id: 'error.rate-limited',
        desc: 'Cleeng rate limit (HTTP 429). The placeholder is a duration such as "7 seconds", already in plural form.',
      });
    }
    case 'captcha-required':
      return msg('We need to check that you are not a robot. Please try again.', {
        id: 'error.captcha-required',
        desc: 'The server asked for a captcha (reCAPTCHA) token that was missing.',
      });
    case 'captcha-failed':
      return msg('The robot check did not succeed. Please try again.', {
        id: 'error.captcha-failed',
        desc: 'The captcha (reCAPTCHA) check was rejected.',
      });
    case 'customer-exists':
      return failure.maybeRegistered
        ? msg('Your earlier attempt probably created this account. Sign in to continue.', {
            id: 'error.customer-exists-after-lost',
            desc: 'A repeat registration found the account that the previous, interrupted attempt created.',
          })
        : msg('An account with this email already exists.', {
            id: 'error.customer-exists',
            desc: 'Registration with an email that already has an account.',
          });
    case 'invalid-input':
      // Before the form: no field to blame, the widget is misconfigured (e.g. an API base it refuses).
      if (failure.step === 'metadata' || failure.step === 'consents') {
        return failureMessage({ ...failure, code: 'invalid-publisher' });
      }
      return failure.field === 'email'
        ? msg('This email address was not accepted. Check it and try again.', {
            id: 'error.server-email',
            desc: 'The server rejected the email address.',
          })
        : failure.field === 'password'
          ? msg('This password was not accepted. Choose another one.', {
              id: 'error.server-password',
              desc: 'The server rejected the password.',
            })
          : failure.status === undefined
            ? msg('Please correct the highlighted fields.', {
                id: 'error.invalid-form',
                desc: 'The form has invalid fields (or the widget is misconfigured).',
              })
            : msg('Some details were not accepted. Check them and try again.', {
                id: 'error.invalid-input',
                desc: 'The server rejected the request.',
              });
    case 'invalid-publisher':
      return msg('Registration is not available here right now.', {
        id: 'error.invalid-publisher',
        desc: 'The site is misconfigured (unknown publisher); the customer cannot fix it.',
      });
    case 'unauthorized':
      return msg('Your session expired before your preferences were saved. Sign in to update them.', {
        id: 'error.unauthorized',
        desc: 'Saving consents after registration failed because the login token expired.',
      });
    case 'network':
      if (failure.cleengCode === 'offline') {
        return msg('You are offline. We will continue when your connection is back.', {
          id: 'error.offline',
          desc: 'The device has no network connection.',
        });
      }
      return failure.maybeRegistered
        ? msg('The connection dropped before we heard back. Your account may already exist: try again, or sign in.', {
            id: 'error.network-register',
            desc: 'Connection lost while creating the account; the account may or may not exist.',
          })
        : msg('We could not reach the server. Check your connection and try again.', {
            id: 'error.network',
            desc: 'Network error.',
          });
    case 'timeout':
      return failure.maybeRegistered
        ? msg('The server took too long to answer. Your account may already exist: try again, or sign in.', {
            id: 'error.timeout-register',
            desc: 'Timeout while creating the account; the account may or may not exist.',
          })
        : msg('The server took too long to answer. Please try again.', { id: 'error.timeout', desc: 'Timeout.' });
    case 'server':
      return msg('Something went wrong on our side. Please try again.', {
        id: 'error.server',
        desc: 'Server error (HTTP 5xx).',
      });
    case 'invalid-response':
      return msg('We received an unexpected answer. Please try again.', {
        id: 'error.invalid-response',
        desc: 'The server answered with something the widget cannot read.',
      });
  }
}
