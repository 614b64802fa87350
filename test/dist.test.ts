/**
 * The script-tag build (dist/) in another language: the build renames every message id (scripts/rollup-shrink.mjs),
 * in the msg() calls and in the language files alike, so a wrong rename would show English on a German page.
 * This page loads dist/cleeng-register.js the way a publisher's page does, with `locale="de"`, and checks the
 * words against the German translations the source declares (src/locales/generated/de.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CleengRegister } from '../src/cleeng-register.js';
import type { ErrorDetail } from '../src/events.js';
import { templates as de } from '../src/locales/generated/de.js';
import { PUBLISHER, fillValid, submit, until, waitForStep } from './harness.js';
import { failOnConsoleWarnings } from './setup.js';
import { useFreshApi } from './ui-helpers.js';

describe('dist: the script-tag build in German', () => {
  failOnConsoleWarnings();
  const fresh = useFreshApi();

  it('shows the German words, plain and with a placeholder, from the built language file', async () => {
    // `npm test` builds dist/ before the browsers start. A tag of its own: the suite's copy defines the usual one.
    const cdnUrl = '/dist/cleeng-register.js';
    const cdn = (await import(/* @vite-ignore */ cdnUrl)) as typeof import('../src/index.js');
    customElements.define('cleeng-register-dist', class extends cdn.CleengRegister {});
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<cleeng-register-dist publisher-id="${PUBLISHER}" api-base-url="${fresh.base}" locale="de"></cleeng-register-dist>`;
    const el = container.firstElementChild as CleengRegister;
    await waitForStep(el, 'form');
    const text = (selector: string) => el.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
    await until(() => text('button[type="submit"]') === de['action.submit']);
    expect(text('label[for$="-email"]')).to.equal(de['field.email']);
    expect(text('.cr-checklist li')).to.contain(de['rule.length']);
    expect(text('legend')).to.equal(de['consents.legend']);

    // Submitting the empty form: a message from messages.ts, in the field and in the error event.
    await submit(el);
    expect(text('[id$="-email-error"]')).to.equal(de['error.email-missing']);

    // A 429: the German template with its placeholder filled ("… in 3 Sekunden erneut.").
    fresh.api.inject({ endpoint: 'register', kind: 'rate-limit', retryAfter: '3' });
    await fillValid(el, 'dist@example.com');
    const error = new Promise<ErrorDetail>((resolve) =>
      el.addEventListener('cleeng-register-error', (event) => resolve(event.detail), { once: true }),
    );
    await submit(el);
    const { message } = await error;
    const [before, after] = String(de['error.rate-limited'].strings.join('\u0000')).split('\u0000');
    expect(message.startsWith(before!), message).to.equal(true);
    expect(message.endsWith(after!), message).to.equal(true);
    expect(message).to.match(/\d/);
  });
});
