/**
 * The consent label sanitiser: known XSS payloads keep their text, lose everything else, and execute nothing
 * once rendered into the live page the way the element renders labels (lit bindings, no innerHTML).
 * Every browser runs the corpus through both parse paths: the HTML Sanitizer API's `Document.parseHTML`
 * (where the browser has it) and `DOMParser` behind the module's Trusted Types policy.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import type { LabelPart } from '../src/consents/sanitize.js';
import { labelText, sanitizeLabel } from '../src/consents/sanitize.js';
import { failOnConsoleWarnings } from './setup.js';

type Flags = { __xss?: number; __xssControl?: number };
const flags = window as unknown as Flags;

/** Payloads say XSS where their code goes; it sets `window[flag] = 1`. */
const arm = (text: string, flag: keyof Flags) => text.replaceAll('XSS', `window.${flag}=1`);

interface Payload {
  name: string;
  html: string;
  /** The exact parts expected (XSS armed like the payload). */
  parts: LabelPart[];
  /** Another exact answer an engine may give: where HTML parsers legitimately differ (both are safe). */
  or?: LabelPart[];
  /** Runs by itself once the raw payload is live markup: the control that proves the payload is real. */
  fires?: true;
  /** The scheme the browser itself sees in the raw payload's link: proves the link is really dangerous. */
  scheme?: string;
}

const TERMS = 'https://cleeng.com/cleeng-user-agreement';

const corpus: Payload[] = [
  // script and event handlers
  { name: 'script element', html: 'Hi<script>XSS</script> there', parts: [{ text: 'Hi there' }], fires: true },
  { name: 'unclosed script', html: 'Hi <script>XSS', parts: [{ text: 'Hi' }] },
  { name: 'img onerror', html: '<img src=x onerror=XSS>I agree', parts: [{ text: 'I agree' }], fires: true },
  {
    name: 'svg onload',
    html: '<svg onload=XSS><text>svg text</text></svg>I agree',
    parts: [{ text: 'I agree' }],
  },
  {
    name: 'details ontoggle',
    html: '<details open ontoggle=XSS><summary>More</summary>Body</details>',
    parts: [{ text: 'More Body' }],
    fires: true,
  },
  {
    name: 'video source onerror',
    html: '<video><source onerror=XSS></video>Text',
    parts: [{ text: 'Text' }],
    fires: true,
  },
  {
    name: 'link around an img onerror',
    html: `<a href="${TERMS}"><img src=x onerror=XSS></a>`,
    parts: [],
    fires: true,
  },
  {
    name: 'safe link with event handlers and styles',
    html: `<a href="${TERMS}" onclick="XSS" onmouseover="XSS" style="position:fixed;inset:0" target="_self" rel="opener">Terms</a>`,
    parts: [{ text: 'Terms', href: TERMS }],
  },
  // dangerous schemes: the text stays, the link goes
  { name: 'javascript: link', html: '<a href="javascript:XSS">Terms</a>', parts: [{ text: 'Terms' }], scheme: 'javascript:' },
  {
    name: 'mixed-case javascript: with leading spaces',
    html: '<a href="  JaVaScRiPt:XSS">Terms</a>',
    parts: [{ text: 'Terms' }],
    scheme: 'javascript:',
  },
  {
    name: 'entity-encoded tab inside javascript:',
    html: '<a href="java&#x09;script:XSS">Terms</a>',
    parts: [{ text: 'Terms' }],
    scheme: 'javascript:',
  },
  {
    name: 'raw newline inside javascript:',
    html: '<a href="java\nscript:XSS">Terms</a>',
    parts: [{ text: 'Terms' }],
    scheme: 'javascript:',
  },
  {
    name: 'javascript: fully entity-encoded',
    html: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;XSS">Terms</a>',
    parts: [{ text: 'Terms' }],
    scheme: 'javascript:',
  },
  {
    name: 'javascript&colon;',
    html: '<a href="javascript&colon;XSS">Terms</a>',
    parts: [{ text: 'Terms' }],
    scheme: 'javascript:',
  },
  {
    name: 'control character before javascript:',
    html: '<a href="\u0001javascript:XSS">Terms</a>',
    parts: [{ text: 'Terms' }],
    scheme: 'javascript:',
  },
  {
    name: 'data: link',
    html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Terms</a>',
    parts: [{ text: 'Terms' }],
    scheme: 'data:',
  },
  { name: 'vbscript: link', html: '<a href="vbscript:msgbox(1)">Terms</a>', parts: [{ text: 'Terms' }], scheme: 'vbscript:' },
  // links the label cannot mean: relative ones would resolve against the host page
  { name: 'relative link', html: '<a href="terms.html">Terms</a>', parts: [{ text: 'Terms' }] },
  { name: 'protocol-relative link', html: '<a href="//evil.example/">Terms</a>', parts: [{ text: 'Terms' }] },
  { name: 'link without href', html: '<a name="x">Terms</a>', parts: [{ text: 'Terms' }] },
  {
    name: 'base href does not make a relative link absolute',
    html: '<base href="https://evil.example/"><a href="/terms">Terms</a>',
    parts: [{ text: 'Terms' }],
  },
  // nesting
  {
    name: '<a> in <a>: the parser closes the outer link',
    html: '<a href="https://a.example/">one <a href="https://b.example/">two</a> three</a>',
    parts: [
      { text: 'one ', href: 'https://a.example/' },
      { text: 'two', href: 'https://b.example/' },
      { text: ' three' },
    ],
  },
  {
    name: '<a> really nested in <a> (through a table cell) flattens into the outer link',
    html: '<a href="https://a.example/">Outer <table><td><a href="https://evil.example/">inner</a></td></table> text</a>',
    parts: [{ text: 'Outer inner text', href: 'https://a.example/' }],
  },
  {
    name: 'safe <a> nested in a javascript: <a> stays text',
    html: '<a href="javascript:XSS">Outer <table><td><a href="https://evil.example/">inner</a></td></table></a>',
    parts: [{ text: 'Outer inner' }],
  },
  // unclosed and broken markup
  {
    name: 'unclosed tags',
    html: 'I accept the <a href="https://cleeng.com/terms">Terms <b>and <i>Conditions',
    parts: [{ text: 'I accept the ' }, { text: 'Terms and Conditions', href: 'https://cleeng.com/terms' }],
  },
  { name: 'tag cut off at the end', html: 'Hello <img src=x onerror=XSS', parts: [{ text: 'Hello' }] },
  {
    name: 'attributes split over lines',
    html: `<a\nhref\n=\n"${TERMS}"\nonclick\n=\n"XSS"\n>Terms</a> and <img\nsrc=x\nonerror\n=\nXSS\n>more`,
    parts: [{ text: 'Terms', href: TERMS }, { text: ' and more' }],
    fires: true,
  },
  // elements whose content is not label text
  {
    name: 'style',
    html: '<style>@import "https://evil.example/x.css"; body{background:url("javascript:XSS")}</style>Text',
    parts: [{ text: 'Text' }],
  },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="<script>parent.XSS</script>"></iframe>Text', parts: [{ text: 'Text' }], fires: true },
  { name: 'iframe javascript: src', html: '<iframe src="javascript:parent.XSS"></iframe>Text', parts: [{ text: 'Text' }] },
  { name: 'object and embed', html: '<object data="javascript:XSS">fallback</object><embed src="javascript:XSS">Text', parts: [{ text: 'Text' }] },
  { name: 'template', html: '<template><img src=x onerror=XSS></template>Text', parts: [{ text: 'Text' }] },
  {
    name: 'declarative shadow root',
    html: '<div><template shadowrootmode="open"><img src=x onerror=XSS>hidden</template></div>Text',
    parts: [{ text: 'Text' }],
  },
  {
    name: 'form with javascript: actions',
    html: '<form action="javascript:XSS"><button>Agree</button><input type=submit formaction="javascript:XSS" value="Go"></form>',
    parts: [{ text: 'Agree' }],
  },
  { name: 'inline style url', html: '<span style="background:url(javascript:XSS)">x</span>', parts: [{ text: 'x' }] },
  { name: 'comment', html: 'I accept<!-- <img src=x onerror=XSS> --> the terms', parts: [{ text: 'I accept the terms' }] },
  {
    name: 'meta refresh',
    html: '<meta http-equiv="refresh" content="0;url=javascript:XSS">Text',
    parts: [{ text: 'Text' }],
  },
  // markup-looking text stays text
  {
    name: 'escaped markup',
    html: '&lt;img src=x onerror=XSS&gt;',
    parts: [{ text: '<img src=x onerror=XSS>' }],
  },
  { name: 'xmp raw text', html: '<xmp><script>XSS</script></xmp>', parts: [{ text: '<script>XSS</script>' }] },
  // mutation XSS classics: harmless here because nothing is ever serialised and parsed again
  {
    name: 'mXSS: style inside svg breaks out',
    html: '<svg></p><style><a id="</style><img src=1 onerror=XSS>">',
    parts: [{ text: '">' }],
    fires: true,
  },
  { name: 'mXSS: img breaks out of svg style', html: '<svg><style><img src=x onerror=XSS></style></svg>', parts: [], fires: true },
  {
    name: 'mXSS: noscript title',
    html: '<noscript><p title="</noscript><img src=x onerror=XSS>">',
    parts: [],
    // Firefox's Document.parseHTML reads <noscript> as raw text (as a page with scripting does), so the
    // noscript ends inside the title and the trailing '">' is text; DOMParser and Chromium keep it inside.
    or: [{ text: '">' }],
    fires: true,
  },
  { name: 'mXSS: math mglyph style', html: '<math><mtext><table><mglyph><style><img src=x onerror=XSS>', parts: [] },
  {
    name: 'mXSS: math form mglyph',
    html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=XSS>',
    parts: [],
  },
];

const realistic: { name: string; html: string; parts: LabelPart[]; text: string }[] = [
  {
    name: "Cleeng's terms",
    html: `I accept the <a href="${TERMS}" target="_blank">Terms and Conditions</a> of Cleeng.`,
    parts: [{ text: 'I accept the ' }, { text: 'Terms and Conditions', href: TERMS }, { text: ' of Cleeng.' }],
    text: 'I accept the Terms and Conditions of Cleeng.',
  },
  {
    name: 'plain broadcaster terms',
    html: 'I accept Terms and Conditions of Test Company.',
    parts: [{ text: 'I accept Terms and Conditions of Test Company.' }],
    text: 'I accept Terms and Conditions of Test Company.',
  },
  {
    name: 'plain marketing opt-in',
    html: 'Yes, I want to receive Very important company and d3.ru updates by email. TEST',
    parts: [{ text: 'Yes, I want to receive Very important company and d3.ru updates by email. TEST' }],
    text: 'Yes, I want to receive Very important company and d3.ru updates by email. TEST',
  },
  {
    name: 'two links, an entity and formatting',
    html:
      '<p>I agree to the <a href="https://example.com/terms" target="_blank"><b>Terms of Use</b></a> &amp; ' +
      '<a href="https://example.com/privacy" target="_blank" rel="noopener">Privacy&nbsp;Policy</a>.</p>',
    parts: [
      { text: 'I agree to the ' },
      { text: 'Terms of Use', href: 'https://example.com/terms' },
      { text: ' & ' },
      { text: 'Privacy\u00a0Policy', href: 'https://example.com/privacy' },
      { text: '.' },
    ],
    text: 'I agree to the Terms of Use & Privacy\u00a0Policy.',
  },
  {
    name: 'mailto link',
    html: 'Questions? Write to <a href="mailto:privacy@example.com">privacy@example.com</a>',
    parts: [{ text: 'Questions? Write to ' }, { text: 'privacy@example.com', href: 'mailto:privacy@example.com' }],
    text: 'Questions? Write to privacy@example.com',
  },
  {
    name: 'http link, upper-case scheme, international domain',
    html: '<a href=" HTTP://exämple.com/terms ">Terms</a>',
    parts: [{ text: 'Terms', href: 'http://xn--exmple-cua.com/terms' }],
    text: 'Terms',
  },
];

const whitespace: { name: string; html: string; parts: LabelPart[] }[] = [
  { name: 'runs collapse and the ends are trimmed', html: '  I \t accept\n the <b>terms</b>  ', parts: [{ text: 'I accept the terms' }] },
  { name: 'paragraphs and line breaks separate words', html: '<p>First</p><p>Second</p>Terms<br>Conditions', parts: [{ text: 'First Second Terms Conditions' }] },
  {
    name: 'spaces at link edges collapse with their neighbours',
    html: 'I accept the <a href="https://x.example/"> Terms </a> now',
    parts: [{ text: 'I accept the ' }, { text: 'Terms ', href: 'https://x.example/' }, { text: 'now' }],
  },
  { name: 'a link with no visible text disappears', html: 'a <a href="https://x.example/"> </a> b<a href="https://y.example/"></a>c', parts: [{ text: 'a bc' }] },
  { name: 'a trailing blank link disappears', html: 'a<a href="https://x.example/"> </a>', parts: [{ text: 'a' }] },
  { name: 'empty label', html: '', parts: [] },
];

/** Renders parts the way the element does: lit bindings only, links opened in a new tab without an opener. */
const template = (parts: LabelPart[]) =>
  html`${parts.map((part) =>
    'href' in part ? html`<a href=${part.href} target="_blank" rel="noopener noreferrer">${part.text}</a>` : part.text,
  )}`;

const hosts: Element[] = [];
function host(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  hosts.push(element);
  return element;
}

function expectRendered(element: HTMLElement, parts: LabelPart[]): void {
  expect(element.textContent).to.equal(labelText(parts));
  const links = parts.filter((part) => 'href' in part);
  const elements = [...element.querySelectorAll('*')];
  expect(elements.map((e) => e.localName)).to.deep.equal(links.map(() => 'a'));
  elements.forEach((a, i) => {
    expect(a.getAttributeNames().sort()).to.deep.equal(['href', 'rel', 'target']);
    expect(a.getAttribute('href')).to.equal(links[i]!.href);
    expect(['http:', 'https:', 'mailto:']).to.include((a as HTMLAnchorElement).protocol);
  });
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Puts the raw payload into the live page as markup (scripts included) and waits for it to run. */
async function runRaw(payload: string): Promise<void> {
  host().append(document.createRange().createContextualFragment(arm(payload, '__xssControl')));
  await waitUntil(() => flags.__xssControl === 1, 'the raw payload never ran: the control is broken', {
    timeout: 5000,
  });
}

function corpusSuite(path: string, hideSanitizerApi: boolean): void {
  describe(`sanitizeLabel through ${path}`, () => {
    failOnConsoleWarnings();
    let saved: PropertyDescriptor | undefined;
    before(() => {
      saved = Object.getOwnPropertyDescriptor(Document, 'parseHTML');
      if (hideSanitizerApi) delete (Document as { parseHTML?: unknown }).parseHTML;
    });
    after(() => {
      if (saved) Object.defineProperty(Document, 'parseHTML', saved);
    });
    afterEach(() => {
      for (const element of hosts.splice(0)) element.remove();
      delete flags.__xss;
      delete flags.__xssControl;
    });

    it(`really parses with ${path}`, () => {
      expect(typeof (Document as { parseHTML?: unknown }).parseHTML).to.equal(hideSanitizerApi ? 'undefined' : 'function');
    });

    for (const payload of corpus) {
      it(`XSS: ${payload.name}`, async () => {
        const parts = sanitizeLabel(arm(payload.html, '__xss'));
        const armed = (expected: LabelPart[]): LabelPart[] => JSON.parse(arm(JSON.stringify(expected), '__xss'));
        if (payload.or) expect([armed(payload.parts), armed(payload.or)]).to.deep.include(parts);
        else expect(parts).to.deep.equal(armed(payload.parts));
        const element = host();
        render(template(parts), element);
        expectRendered(element, parts);
        if (payload.scheme) {
          const raw = document.createRange().createContextualFragment(payload.html).querySelector('a');
          expect(raw?.protocol).to.equal(payload.scheme);
        }
        // With a control, the same payload as live markup must have run by now, so anything it could have
        // done through the sanitised output would have happened too.
        if (payload.fires) await runRaw(payload.html);
        else await frames();
        expect(flags.__xss).to.equal(undefined);
      });
    }

    for (const label of realistic) {
      it(`label: ${label.name}`, () => {
        const parts = sanitizeLabel(label.html);
        expect(parts).to.deep.equal(label.parts);
        expect(labelText(parts)).to.equal(label.text);
        const element = host();
        render(template(parts), element);
        expectRendered(element, parts);
      });
    }

    for (const label of whitespace) {
      it(`whitespace: ${label.name}`, () => {
        expect(sanitizeLabel(label.html)).to.deep.equal(label.parts);
      });
    }
  });
}

corpusSuite('DOMParser and the Trusted Types policy', true);
if ('parseHTML' in Document) corpusSuite('the HTML Sanitizer API (Document.parseHTML)', false);

describe('labelText', () => {
  it('joins the text of every part', () => {
    expect(labelText([{ text: 'I accept the ' }, { text: 'Terms', href: TERMS }, { text: '.' }])).to.equal(
      'I accept the Terms.',
    );
  });
  it('is empty for no parts', () => {
    expect(labelText([])).to.equal('');
  });
});

interface Framed extends Window {
  sanitizer: { sanitizeLabel: typeof sanitizeLabel };
  violations: string[];
  DOMParser: typeof DOMParser;
}

/**
 * A page of its own with the given CSP (in a meta element), loading the module in that page's realm, with a
 * record of every CSP violation it reports. `hideSanitizerApi` forces the DOMParser path.
 */
async function framedPage(csp: string, hideSanitizerApi: boolean): Promise<Framed> {
  const iframe = document.createElement('iframe');
  const module = new URL('../src/consents/sanitize.ts', import.meta.url).pathname;
  iframe.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
<script>
  window.violations = [];
  addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
  ${hideSanitizerApi ? 'delete Document.parseHTML;' : ''}
</script>
<script type="module">import * as sanitizer from '${module}'; window.sanitizer = sanitizer;</script>`;
  const loaded = oneEvent(iframe, 'load');
  host().append(iframe);
  await loaded;
  const page = iframe.contentWindow as Framed;
  await waitUntil(() => page.sanitizer, 'the module did not load in the framed page');
  return page;
}

/** Proves the page enforces Trusted Types: a plain string into DOMParser throws and is reported. */
function expectEnforced(page: Framed): void {
  // The framed page's TypeError is another realm's class: compare by name.
  expect(() => new page.DOMParser().parseFromString('<b>x</b>', 'text/html'))
    .to.throw()
    .with.property('name', 'TypeError');
}

const CLEENG_LABEL = realistic[0]!;

if ('trustedTypes' in window) {
  describe('sanitizeLabel on a page that enforces Trusted Types', () => {
    afterEach(() => {
      for (const element of hosts.splice(0)) element.remove();
    });

    it("works with the README's `trusted-types lit-html cleeng-register`, reporting nothing", async () => {
      const page = await framedPage("require-trusted-types-for 'script'; trusted-types lit-html cleeng-register", true);
      expect(page.sanitizer.sanitizeLabel(CLEENG_LABEL.html)).to.deep.equal(CLEENG_LABEL.parts);
      expectEnforced(page);
      // Violations are reported in order: once the control's arrives, any earlier one would be there too.
      await waitUntil(() => page.violations.length > 0, 'the control violation was never reported');
      expect(page.violations).to.deep.equal(['require-trusted-types-for']);
    });

    if ('parseHTML' in Document) {
      it('needs no policy at all where the HTML Sanitizer API exists', async () => {
        const page = await framedPage("require-trusted-types-for 'script'; trusted-types 'none'", false);
        expect(page.sanitizer.sanitizeLabel(CLEENG_LABEL.html)).to.deep.equal(CLEENG_LABEL.parts);
        expectEnforced(page);
        await waitUntil(() => page.violations.length > 0, 'the control violation was never reported');
        expect(page.violations).to.deep.equal(['require-trusted-types-for']);
      });
    }

    it('shows the label as plain text when the page refuses the policy', async () => {
      const page = await framedPage("require-trusted-types-for 'script'; trusted-types 'none'", true);
      const raw = `I accept the <a href="${TERMS}">Terms</a> <img src=x onerror=alert(1)>`;
      expect(page.sanitizer.sanitizeLabel(raw)).to.deep.equal([{ text: raw }]);
      await waitUntil(() => page.violations.length >= 2, 'the refused policy and parse were not reported');
      // One refused createPolicy, one refused parse; a second label does not try the policy again.
      expect(page.violations).to.deep.equal(['trusted-types', 'require-trusted-types-for']);
      expect(page.sanitizer.sanitizeLabel('Plain')).to.deep.equal([{ text: 'Plain' }]);
      await waitUntil(() => page.violations.length >= 3, 'the second refused parse was not reported');
      expect(page.violations).to.deep.equal(['trusted-types', 'require-trusted-types-for', 'require-trusted-types-for']);
    });
  });
}
