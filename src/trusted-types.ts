/**
 * The widget's one Trusted Types policy, `cleeng-register`. Under `require-trusted-types-for 'script'` the
 * browser refuses plain strings at script and HTML sinks; a page's `trusted-types` directive names the
 * policies it allows, and without `'allow-duplicates'` each name can be created once per page. So every
 * module shares this one policy, created on first use (a page that never needs it never creates it) and
 * private to the bundle: the host page cannot reach it.
 *
 * - `createHTML` passes its input through. Its only caller is the consent sanitiser, whose output goes to
 *   the inert `DOMParser` and is then walked through an allow-list (see consents/sanitize.ts).
 * - `createScriptURL` allows exactly Google's reCAPTCHA Enterprise loader for one site key and throws for
 *   anything else, so the policy cannot be used to load any other script.
 *
 * Where the browser has no Trusted Types, or the page refuses the policy (the CSP report names it), the
 * functions return the plain string; the sink then works (no enforcement) or is refused and reported.
 */
const NAME = 'cleeng-register';
const RECAPTCHA = /^https:\/\/www\.google\.com\/recaptcha\/enterprise\.js\?render=[\w-]+&trustedtypes=true$/;

interface Policy {
  // Really TrustedHTML and TrustedScriptURL, which the sinks accept in place of a string.
  createHTML(html: string): string;
  createScriptURL(url: string): string;
}

let policy: Policy | null | undefined;

/** The only script URL the widget ever loads; anything else throws, with or without Trusted Types. */
function scriptURL(url: string): string {
  if (!RECAPTCHA.test(url)) throw new TypeError(`${NAME}: refused script URL ${url}`);
  return url;
}

function get(): Policy | null {
  if (policy === undefined) {
    policy = null;
    try {
      policy =
        (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes?.createPolicy(
          NAME,
          {
            createHTML: (html) => html,
            createScriptURL: scriptURL,
          },
        ) ?? null;
    } catch {
      // The page's `trusted-types` directive does not list the policy: plain strings may still be allowed.
    }
  }
  return policy;
}

/** HTML for the inert `DOMParser` only (never for a live document). */
export function trustedHTML(html: string): string {
  return get()?.createHTML(html) ?? html;
}

/** Google's reCAPTCHA Enterprise loader URL for `script.src`; throws for any other URL. */
export function trustedScriptURL(url: string): string {
  return get()?.createScriptURL(url) ?? scriptURL(url);
}
