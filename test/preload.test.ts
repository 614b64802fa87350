/**
 * The README's faster snippet: two `<link rel="preload" as="fetch" crossorigin>` hints send `GET /locales` and
 * `GET /publishers/{id}/consents` with the page, and the widget's own `fetch` must take over those answers.
 * If its request differed from the hint's (credentials, cache mode, a header), the engine would send it a
 * second time: twice the load on Cleeng's rate limits and no time saved.
 *
 * The page is the README's own html block, served over real HTTP by scripts/wtr-preload.mjs with the built
 * dist/cleeng-register.js and the mock API on another origin (as Cleeng's host is), and framed from
 * 127.0.0.1, where no service worker is registered: the hints and the widget meet as on a publisher's page.
 */
import { expect } from '@open-wc/testing';
import { HOSTS } from '../src/api/client.js';
import { PUBLISHER } from './harness.js';
import { failOnConsoleWarnings } from './setup.js';
import { engine } from './ui-helpers.js';

const PAGES = `http://127.0.0.1:${location.port}/__readme-preload__`;

/** The README's code block with the preload hints, parsed as HTML. */
async function readmeSnippet(): Promise<Document> {
  const readme = await (await fetch('/README.md')).text();
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((t) => t.includes('rel="preload"'));
  if (!block) throw new Error('README.md has no html block with rel="preload"');
  return new DOMParser().parseFromString(block, 'text/html');
}

interface Report {
  source: 'readme-preload';
  type: 'form' | 'error';
  detail?: unknown;
  entries: { name: string; initiatorType: string }[];
  checkboxes: number;
}

let runs = 0;
const frames: HTMLIFrameElement[] = [];

/**
 * Opens the README page (with or without its hints; the API on another origin, or on the page's own) and
 * resolves when its widget shows the form, with what the API received and the page's resource entries for it
 * as [path, initiator] pairs.
 */
async function openReadmePage(hints: boolean, api: 'cross' | 'same' = 'cross') {
  const run = `${Date.now() % 100000}${++runs}`;
  const iframe = document.createElement('iframe');
  const reported = new Promise<Report>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow || (event.data as Report)?.source !== 'readme-preload') return;
      removeEventListener('message', listen);
      resolve(event.data as Report);
    };
    addEventListener('message', listen);
  });
  iframe.src = `${PAGES}/page.html?run=${run}${hints ? '' : '&hints=0'}${api === 'same' ? '&api=same' : ''}`;
  frames.push(iframe);
  document.body.append(iframe);
  const report = await reported;
  if (report.type !== 'form') expect.fail(`the framed widget failed: ${JSON.stringify(report.detail)}`);
  // Anything sent twice would have been sent by now (the widget asks as it starts, the answers take 300 ms).
  const requests = ((await (await fetch(`${PAGES}/requests/${run}`)).json()) as string[]).sort();
  const marker = `/__readme-preload__/api/${run}`;
  const entries = report.entries
    .map((e) => [e.name.slice(e.name.indexOf(marker) + marker.length), e.initiatorType])
    .sort((a, b) => a.join().localeCompare(b.join()));
  return { checkboxes: report.checkboxes, requests, entries };
}

const GETS = ['GET /locales', `GET /publishers/${PUBLISHER}/consents`];

describe('the README’s preload hints', () => {
  failOnConsoleWarnings();
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('name the two GETs on the production host, as fetch, with crossorigin, next to a low-priority script', async () => {
    const snippet = await readmeSnippet();
    const hints = [...snippet.querySelectorAll('link[rel="preload"]')];
    expect(hints.map((hint) => hint.getAttribute('href'))).to.deep.equal([
      `${HOSTS.production}/locales`,
      `${HOSTS.production}/publishers/${PUBLISHER}/consents`,
    ]);
    for (const hint of hints) {
      expect(hint.getAttribute('as')).to.equal('fetch');
      expect(hint.hasAttribute('crossorigin')).to.equal(true);
    }
    expect(snippet.querySelector('script[type="module"]')?.getAttribute('fetchpriority')).to.equal('low');
    const element = snippet.querySelector('cleeng-register');
    expect(element?.getAttribute('publisher-id')).to.equal(PUBLISHER);
    expect(element?.getAttribute('environment')).to.equal('production');
  });

  it('on the README page, the widget takes over both hinted answers: each GET reaches the API once', async () => {
    const { checkboxes, requests, entries } = await openReadmePage(true);
    expect(checkboxes).to.be.greaterThan(0);
    expect(requests).to.deep.equal(GETS);
    // The answers came through the <link>s: no fetch of the widget's own reached the network.
    expect(entries).to.deep.equal([
      ['/locales', 'link'],
      [`/publishers/${PUBLISHER}/consents`, 'link'],
    ]);
  });

  it('the same page without the hints (the control): the widget sends each GET itself, once', async () => {
    const { checkboxes, requests, entries } = await openReadmePage(false);
    expect(checkboxes).to.be.greaterThan(0);
    expect(requests).to.deep.equal(GETS);
    expect(entries).to.deep.equal([
      ['/locales', 'fetch'],
      [`/publishers/${PUBLISHER}/consents`, 'fetch'],
    ]);
  });

  // A proxy on the page's own origin (`api-base-url`): WebKit never hands a same-origin `as="fetch"` preload to
  // `fetch()` and sends each request again, which the README says; Chromium and Firefox take them over.
  it(`with the API on the page's own origin: each GET reaches the API ${engine === 'webkit' ? 'twice in WebKit' : 'once'}`, async () => {
    const { checkboxes, requests } = await openReadmePage(true, 'same');
    expect(checkboxes).to.be.greaterThan(0);
    expect(requests).to.deep.equal(engine === 'webkit' ? [GETS[0], GETS[0], GETS[1], GETS[1]] : GETS);
  });
});
