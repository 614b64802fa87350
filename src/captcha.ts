/**
 * Google reCAPTCHA Enterprise for `POST /customers` (cleeng-api.md, "Captcha"): a publisher who turned
 * captcha on in Cleeng's dashboard gives the widget its site key (`recaptcha-site-key`); Cleeng then wants a
 * fresh token in `captchaValue` with every registration.
 *
 * Google's loader is fetched on demand, never at page load: on the first focus inside the form (so it is
 * usually ready by the time the customer submits) or at submit. One `<script>` per site key per page, shared
 * by every copy of the widget; it carries the element's CSP `nonce`, and its URL goes through the widget's
 * Trusted Types policy, which allows exactly this URL (see trusted-types.ts). A load that fails is forgotten,
 * so the next attempt loads again. The check is invisible (score-based keys): `execute` with the action
 * `register` on every attempt, because a token is single-use.
 *
 * `trustedtypes=true` asks Google for the loader that itself uses Trusted Types: without it, Google's own
 * `script.src` assignment is refused on a page that enforces them. The nonce is set as an attribute, not
 * just the property: Google's loader copies it from the first `script[nonce]` onto the scripts it adds.
 */
import { policy } from './api/policy.js';
import { trustedScriptURL } from './trusted-types.js';

interface Enterprise {
  ready(callback: () => void): void;
  execute(siteKey: string, options: { action: string }): PromiseLike<string>;
  reset?(): void;
}

const enterprise = () => (globalThis as { grecaptcha?: { enterprise?: Enterprise } }).grecaptcha?.enterprise;

const loadsKey = Symbol.for('cleeng-register.recaptcha');
const loadsStore = globalThis as { [loadsKey]?: Map<string, Promise<Enterprise>> };

/** The URL of Google's reCAPTCHA Enterprise loader for a site key. */
export const recaptchaUrl = (siteKey: string) =>
  `https://www.google.com/recaptcha/enterprise.js?render=${encodeURIComponent(siteKey)}&trustedtypes=true`;

/** Loads Google's script for `siteKey` once per page; resolves when `grecaptcha.enterprise` is ready. */
export function loadRecaptcha(siteKey: string, nonce: string): Promise<Enterprise> {
  const loads = (loadsStore[loadsKey] ??= new Map());
  let load = loads.get(siteKey);
  if (!load) {
    const script = document.createElement('script');
    load = new Promise<Enterprise>((resolve, reject) => {
      // Throws for a site key that would not make exactly Google's URL.
      script.src = trustedScriptURL(recaptchaUrl(siteKey));
      if (nonce) script.setAttribute('nonce', nonce);
      script.onload = () => {
        const api = enterprise();
        if (api) api.ready(() => resolve(api));
        else reject();
      };
      // Blocked (CSP, an extension), offline: the reason does not matter, the check did not pass.
      script.onerror = () => reject();
      document.head.append(script);
    });
    load.catch(() => {
      script.remove();
      if (loads.get(siteKey) === load) loads.delete(siteKey);
    });
    loads.set(siteKey, load);
  }
  return load;
}

/** A fresh token for one registration attempt; rejects when the script fails or takes too long. */
export function recaptchaToken(siteKey: string, nonce: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(reject, policy.timeoutMs);
    const settle = (token?: string) => {
      clearTimeout(timer);
      if (token) resolve(token);
      else reject();
    };
    loadRecaptcha(siteKey, nonce).then(
      (api) =>
        api.ready(() => {
          try {
            api.execute(siteKey, { action: 'register' }).then(settle, () => settle());
          } catch {
            settle();
          }
        }),
      () => settle(),
    );
  });
}

/** Resets Google's client after a failed attempt, where the page has one. */
export function resetRecaptcha(): void {
  try {
    enterprise()?.reset?.();
  } catch {
    // No client to reset (Google throws when nothing rendered): the next execute makes a new token anyway.
  }
}
