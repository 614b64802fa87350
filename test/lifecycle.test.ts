/**
 * The widget works wherever a host page puts it: set up before its script loads, created by hand or through
 * `innerHTML`, moved, removed mid-request, twice on one page, and loaded twice (a CDN copy next to the npm
 * copy). Server rendering (importing the npm entry in Node) is checked by scripts/ssr-check.mjs.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { CleengRegister } from '../src/index.js';
import type { SuccessDetail } from '../src/events.js';
import { failOnConsoleWarnings } from './setup.js';
import { EVENTS, PUBLISHER, emailInput, fillValid, submit, until, waitForStep } from './harness.js';
import { useFreshApi } from './ui-helpers.js';


/** Every widget event `el` fires from now on, by name. */
function recordEvents(el: HTMLElement): string[] {
  const seen: string[] = [];
  for (const type of EVENTS) el.addEventListener(type, () => seen.push(type));
  return seen;
}

let tags = 0;
/** A tag name no test has defined yet (a name can be defined once per page). */
const freshTag = () => `cleeng-register-late-${++tags}`;

describe('<cleeng-register> wherever it is dropped', () => {
  failOnConsoleWarnings();
  const fresh = useFreshApi();
  const gets = (path: string) => fresh.api.requests.filter((r) => r.method === 'GET' && r.path === path).length;
  const writes = () => fresh.api.requests.filter((r) => r.method === 'POST' || r.method === 'PUT').map((r) => `${r.method} ${r.path}`);

  /** Fills the form, submits and resolves with the success detail. */
  async function register(el: CleengRegister, email: string): Promise<SuccessDetail> {
    await fillValid(el, email);
    const success = oneEvent(el, 'cleeng-register-success') as Promise<CustomEvent<SuccessDetail>>;
    await submit(el);
    return (await success).detail;
  }

  it('keeps attributes and properties set on the element before its definition loaded', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const tag = freshTag();
    // What a framework or a CMS does when it renders before the script arrives: the element is an
    // HTMLElement without the widget's accessors, so property writes land on the instance itself.
    const el = document.createElement(tag) as CleengRegister;
    el.setAttribute('publisher-id', PUBLISHER);
    el.setAttribute('locale', 'en');
    el.apiBaseUrl = fresh.base;
    el.email = 'early@example.com';
    const getCaptchaToken = async () => 'token-from-the-host';
    el.getCaptchaToken = getCaptchaToken;
    container.append(el);
    expect(el).not.to.be.instanceOf(CleengRegister);

    customElements.define(tag, class extends CleengRegister {});
    expect(el).to.be.instanceOf(CleengRegister);
    await waitForStep(el, 'form');

    expect(el.apiBaseUrl).to.equal(fresh.base);
    expect(el.publisherId).to.equal(PUBLISHER);
    expect(el.email).to.equal('early@example.com');
    expect(emailInput(el).value).to.equal('early@example.com');
    expect(el.getCaptchaToken).to.equal(getCaptchaToken);
    // And the widget uses them: the early API base answers, the early captcha function signs the registration.
    fresh.api.setRequireCaptcha(true);
    const detail = await register(el, 'early@example.com');
    expect(detail.email).to.equal('early@example.com');
    const post = fresh.api.requests.find((r) => r.method === 'POST')!;
    expect((post.body as { captchaValue?: string }).captchaValue).to.equal('token-from-the-host');
  });

  it('works when created with document.createElement and configured through properties', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('cleeng-register');
    el.publisherId = PUBLISHER;
    el.apiBaseUrl = fresh.base;
    el.locale = 'en';
    container.append(el);
    await waitForStep(el, 'form');
    expect([gets('/locales'), gets(`/publishers/${PUBLISHER}/consents`)]).to.deep.equal([1, 1]);
    const detail = await register(el, 'created@example.com');
    expect(detail.email).to.equal('created@example.com');
    expect(writes()).to.deep.equal(['POST /customers', `PUT /customers/${detail.customerId}/consents`]);
  });

  it('works when written into the page with innerHTML', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<cleeng-register publisher-id="${PUBLISHER}" api-base-url="${fresh.base}" locale="en"></cleeng-register>`;
    const el = container.querySelector('cleeng-register')!;
    expect(el).to.be.instanceOf(CleengRegister);
    await waitForStep(el, 'form');
    const detail = await register(el, 'inner@example.com');
    expect(detail.email).to.equal('inner@example.com');
    expect(writes()).to.deep.equal(['POST /customers', `PUT /customers/${detail.customerId}/consents`]);
  });

  it('keeps working, with what the customer typed, after being moved in the DOM', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><section></section><aside></aside></div>`);
    const el = document.createElement('cleeng-register');
    Object.assign(el, { publisherId: PUBLISHER, apiBaseUrl: fresh.base, locale: 'en' });
    container.querySelector('section')!.append(el);
    await waitForStep(el, 'form');
    await fillValid(el, 'moved@example.com');

    container.querySelector('aside')!.append(el);
    await waitForStep(el, 'form');
    expect(emailInput(el).value).to.equal('moved@example.com');
    const success = oneEvent(el, 'cleeng-register-success') as Promise<CustomEvent<SuccessDetail>>;
    await submit(el);
    const { detail } = await success;
    expect(detail.email).to.equal('moved@example.com');
    expect([gets('/locales'), gets(`/publishers/${PUBLISHER}/consents`)]).to.deep.equal([1, 1]);
    expect(writes()).to.deep.equal(['POST /customers', `PUT /customers/${detail.customerId}/consents`]);
  });

  it('asks once for metadata and consents when moved while they load', async () => {
    fresh.api.setLatency(150);
    const container = await fixture<HTMLDivElement>(html`<div><section></section><aside></aside></div>`);
    const el = document.createElement('cleeng-register');
    Object.assign(el, { publisherId: PUBLISHER, apiBaseUrl: fresh.base, locale: 'en' });
    container.querySelector('section')!.append(el);
    await until(() => gets('/locales') === 1 && gets(`/publishers/${PUBLISHER}/consents`) === 1);

    container.querySelector('aside')!.append(el);
    await waitForStep(el, 'form');
    expect([gets('/locales'), gets(`/publishers/${PUBLISHER}/consents`)]).to.deep.equal([1, 1]);
  });

  for (const moment of ['while metadata and consents load', 'while the registration is in flight'] as const) {
    it(`fires nothing and throws nothing once removed ${moment}`, async () => {
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      addEventListener('unhandledrejection', onRejection);
      try {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('cleeng-register');
        Object.assign(el, { publisherId: PUBLISHER, apiBaseUrl: fresh.base, locale: 'en' });
        fresh.api.setLatency(200);
        container.append(el);
        if (moment === 'while the registration is in flight') {
          await waitForStep(el, 'form');
          await fillValid(el, 'removed@example.com');
          await submit(el);
          await until(() => fresh.api.requests.some((r) => r.method === 'POST'));
        } else {
          await until(() => gets('/locales') === 1);
        }
        const seen = recordEvents(el);
        el.remove();

        // A request sent now, with the same latency, is answered after every request the widget had sent.
        await fetch(`${fresh.base}/locales`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(seen).to.deep.equal([]);
        expect(rejections).to.deep.equal([]);
        expect(fresh.api.requests.filter((r) => r.method === 'PUT')).to.have.length(0);
      } finally {
        removeEventListener('unhandledrejection', onRejection);
      }
    });
  }

  it('runs two widgets on one page: one request each for metadata and consents, two registrations', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <cleeng-register publisher-id=${PUBLISHER} api-base-url=${fresh.base} locale="en"></cleeng-register>
      <cleeng-register publisher-id=${PUBLISHER} api-base-url=${fresh.base} locale="en"></cleeng-register>
    </div>`);
    const [first, second] = [...container.querySelectorAll('cleeng-register')] as [CleengRegister, CleengRegister];
    await Promise.all([waitForStep(first, 'form'), waitForStep(second, 'form')]);
    expect([gets('/locales'), gets(`/publishers/${PUBLISHER}/consents`)]).to.deep.equal([1, 1]);

    // Each widget's form is its own: ids, inputs and events do not leak between them.
    const ids = [...container.querySelectorAll('input')].map((input) => input.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const one = await register(first, 'first@example.com');
    const two = await register(second, 'second@example.com');
    expect([one.email, two.email]).to.deep.equal(['first@example.com', 'second@example.com']);
    expect(one.customerId).not.to.equal(two.customerId);
    expect(writes().filter((w) => w === 'POST /customers')).to.have.length(2);
  });

  it('survives its module being loaded a second time (npm copy imported twice)', async () => {
    // A query string makes the browser evaluate src/index.ts again, as a second import path would.
    const again = '../src/index.ts?second-import';
    const mod = (await import(/* @vite-ignore */ again)) as typeof import('../src/index.js');
    expect(mod.CleengRegister).to.equal(CleengRegister);
    expect(customElements.get('cleeng-register')).to.equal(CleengRegister);
  });

  it('lets a CDN copy (dist/cleeng-register.js) load next to the npm copy, and that copy registers too', async () => {
    const before = await fixture<CleengRegister>(
      html`<cleeng-register publisher-id=${PUBLISHER} api-base-url=${fresh.base} locale="en"></cleeng-register>`,
    );
    await waitForStep(before, 'form');
    // The built file, as a publisher's page loads it (`npm test` builds it before the browsers start).
    const cdnUrl = '/dist/cleeng-register.js';
    const cdn = (await import(/* @vite-ignore */ cdnUrl)) as typeof import('../src/index.js');
    expect(cdn.CleengRegister).not.to.equal(CleengRegister);
    expect(customElements.get('cleeng-register')).to.equal(CleengRegister);

    // The npm copy's widget is untouched, and the CDN copy's class works as well under a tag of its own.
    const tag = freshTag();
    customElements.define(tag, class extends cdn.CleengRegister {});
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<${tag} publisher-id="${PUBLISHER}" api-base-url="${fresh.base}" locale="en"></${tag}>`;
    const el = container.firstElementChild as CleengRegister;
    await waitForStep(el, 'form');
    const detail = await register(el, 'cdn@example.com');
    expect(detail.email).to.equal('cdn@example.com');
    expect(detail.consents.map((c) => c.state)).to.deep.equal(['accepted', 'accepted', 'declined']);
    const old = await register(before, 'npm@example.com');
    expect(old.email).to.equal('npm@example.com');
  });
});
