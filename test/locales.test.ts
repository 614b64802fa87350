/**
 * Every customer in their own language: each locale translates every message the code uses, the form renders
 * in it with no English left over, the 429 countdown has the language's plural forms, and changing the
 * `locale` attribute re-renders every string on screen, errors included. English is taken from the XLIFF
 * `<source>`s (what translators see); the ids the code uses are read from the served source modules.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CleengRegister } from '../src/cleeng-register.js';
import { targetLocales } from '../src/locales/generated/locale-codes.js';
import { useLocale } from '../src/locales/localization.js';
import { isRtl } from '../src/locales/resolve.js';
import type { Failure } from '../src/machine/machine.js';
import { failureMessage, secondsMessage } from '../src/messages.js';
import { failOnConsoleWarnings, useMockApi } from './setup.js';
import { alertText, errorText, fillValid, mount, submit, until, waitForStep } from './harness.js';

type TargetLocale = (typeof targetLocales)[number];
/** A generated template: plain text, or lit-localize's `str` result for a message with placeholders. */
type Template = string | { strings: readonly string[]; values: readonly unknown[] };

/**
 * Translations that are, correctly, the English text. One entry per (locale, id), each with its reason; an
 * entry whose translation is not (or no longer) equal to English fails the test, so the list cannot go stale.
 */
const SAME_AS_ENGLISH: Partial<Record<TargetLocale, Record<string, string>>> = {
  it: { 'field.password': 'Italian uses the English loanword "password"; "parola d’ordine" is archaic.' },
};

/** The ids every rendered form shows after an empty submit (labels, checklist, consents, errors, links). */
const FORM_IDS = [
  'field.email',
  'field.password',
  'action.show-password',
  'action.show-password-name',
  'rule.title',
  'rule.length',
  'rule.letter',
  'rule.digit',
  'rule.unmet',
  'consents.legend',
  'consents.required',
  'action.submit',
  'hint.have-account',
  'action.sign-in',
  'error.email-missing',
  'error.password-missing',
  'error.consent-required',
];

// ---- what English says, what the code uses, what each locale says ----

/** id -> the English source split at its placeholders. */
let english: Map<string, string[]>;
/** Every id that a `msg()` call in the modules reachable from src/index.ts uses. */
let idsInCode: Set<string>;

async function loadEnglish(): Promise<Map<string, string[]>> {
  // Any target's XLIFF holds the same English sources; German is as good as any.
  const xml = await (await fetch('/src/locales/xliff/de.xlf')).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const units = new Map<string, string[]>();
  for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
    const source = unit.getElementsByTagName('source')[0]!;
    const fragments = [''];
    for (const node of Array.from(source.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) fragments[fragments.length - 1] += node.textContent ?? '';
      else fragments.push('');
    }
    units.set(unit.getAttribute('id')!, fragments);
  }
  return units;
}

/** Crawls the source modules the dev server serves, from src/index.ts along relative imports. */
async function loadIdsInCode(): Promise<Set<string>> {
  const ids = new Set<string>();
  const seen = new Set<string>();
  const queue = ['/src/index.ts'];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await fetch(path);
    expect(response.ok, `${path} is served`).to.equal(true);
    const code = await response.text();
    // msg('…', { id: 'area.name', desc: '…' }): the options object always names an id, then a description.
    for (const match of code.matchAll(/\bid:\s*(["'])([\w.-]+)\1,\s*desc:/g)) ids.add(match[2]!);
    for (const match of code.matchAll(/(?:\bfrom|\bimport\s*\(|^import)\s*["'](\.{1,2}\/[^"']+)["']/gm)) {
      const target = new URL(match[1]!, new URL(path, location.origin)).pathname.replace(/\.js$/, '.ts');
      // Only our sources; the generated modules are the translations themselves, not msg() calls.
      if (target.startsWith('/src/') && !target.includes('/locales/generated/')) queue.push(target);
    }
  }
  return ids;
}

async function templatesOf(locale: TargetLocale): Promise<Record<string, Template>> {
  const module = (await import(`../src/locales/generated/${locale}.ts`)) as { templates: Record<string, Template> };
  return module.templates;
}

const fragmentsOf = (template: Template): string[] => (typeof template === 'string' ? [template] : [...template.strings]);
/** Whitespace as the page shows it (line breaks of the template, non-breaking spaces) folded to one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The words the widget shows (and says to screen readers): the form's text, the frame's text and the
 * accessible names in attributes. The consent labels are the publisher's words, shown as they are: left
 * out, keeping our own "(required)" suffix.
 */
function shownText(el: CleengRegister): string {
  const root = el.querySelector('.cr-root')!.cloneNode(true) as HTMLElement;
  for (const label of Array.from(root.querySelectorAll('.cr-consent label'))) {
    for (const node of Array.from(label.childNodes)) {
      if (!(node instanceof HTMLElement && node.matches('.cr-required, .cr-visually-hidden'))) node.remove();
    }
  }
  const attributes = Array.from(root.querySelectorAll('[aria-label], [title], [placeholder]')).flatMap((node) =>
    ['aria-label', 'title', 'placeholder'].map((name) => node.getAttribute(name) ?? ''),
  );
  return squash([root.textContent, el.shadowRoot!.textContent, ...attributes].join(' '));
}

/** English messages (their fragments of 4+ characters) found in `text`, minus the locale's allowed ones. */
function englishIn(text: string, locale: TargetLocale | 'en'): string[] {
  const allowed = locale === 'en' ? {} : (SAME_AS_ENGLISH[locale] ?? {});
  const found: string[] = [];
  for (const [id, fragments] of english) {
    if (id in allowed) continue;
    for (const fragment of fragments.map(squash)) {
      if (fragment.length >= 4 && text.includes(fragment)) found.push(`${id}: "${fragment}"`);
    }
  }
  return found;
}

const baseOf = (el: CleengRegister) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const formOf = (el: CleengRegister) => el.querySelector<HTMLFormElement>('form')!;

/** Waits until the widget shows `locale` (its strings are loaded and rendered). */
async function speaks(el: CleengRegister, locale: string): Promise<void> {
  await until(() => formOf(el)?.lang === locale && baseOf(el).lang === locale);
  await el.updateComplete;
}

// Every URL the page fetches from here on. Resource timing's buffer keeps only 250 entries and the test page
// loads about that many modules before this one runs; an observer sees every later request regardless.
const requested: string[] = [];
const requests = new PerformanceObserver((list) => requested.push(...list.getEntries().map((entry) => entry.name)));
requests.observe({ type: 'resource', buffered: true });

before(async () => {
  english = await loadEnglish();
  idsInCode = await loadIdsInCode();
});

// ---- the tests ----

describe('an English page', () => {
  failOnConsoleWarnings();
  useMockApi();

  // First in this file: the language runtime is one per page, and later tests load every language.
  it('downloads no other language', async () => {
    const el = await mount({ locale: 'en' });
    await submit(el);
    await speaks(el, 'en');
    requested.push(...requests.takeRecords().map((entry) => entry.name));
    const languages = requested
      .map((url) => new URL(url).pathname)
      .filter((path) => path.includes('/locales/generated/') && !path.includes('locale-codes'));
    expect(languages).to.deep.equal([]);
    expect(requested.some((url) => url.includes('/locales'))).to.equal(true);
    expect(englishIn(shownText(el), 'en')).not.to.deep.equal([]);
  });
});

describe('the translations', () => {
  it('the XLIFF knows every id the code uses', () => {
    expect(idsInCode.size).to.be.greaterThan(40);
    expect([...idsInCode].filter((id) => !english.has(id))).to.deep.equal([]);
  });

  for (const locale of targetLocales) {
    it(`${locale}: every message is translated, placeholders kept`, async () => {
      const templates = await templatesOf(locale);
      const allowed = SAME_AS_ENGLISH[locale] ?? {};
      const untranslated: string[] = [];
      for (const id of new Set([...idsInCode, ...english.keys()])) {
        const template = templates[id];
        const source = english.get(id);
        if (template === undefined || source === undefined) {
          untranslated.push(`${id}: ${source ? 'no translation' : 'not extracted (run npm run localize)'}`);
          continue;
        }
        const fragments = fragmentsOf(template);
        expect(fragments.length, `${locale} ${id}: placeholders`).to.equal(source.length);
        expect(fragments.join('').trim(), `${locale} ${id}: empty`).not.to.equal('');
        const same = fragments.join('\u0000') === source.join('\u0000');
        if (same !== id in allowed) untranslated.push(`${id}: ${same ? 'still English' : 'allow-listed but translated'}`);
      }
      expect(untranslated).to.deep.equal([]);
    });
  }
});

describe('the form in each language', () => {
  failOnConsoleWarnings();
  const mock = useMockApi();

  for (const locale of targetLocales) {
    it(`${locale}: renders with no English fallback, lang and dir on its root`, async () => {
      const templates = await templatesOf(locale);
      const el = await mount({ locale });
      await speaks(el, locale);
      const dir = isRtl(locale) ? 'rtl' : 'ltr';
      expect(baseOf(el).getAttribute('dir')).to.equal(dir);
      expect(formOf(el).getAttribute('dir')).to.equal(dir);
      expect(getComputedStyle(formOf(el)).direction).to.equal(dir);

      await submit(el);
      const text = shownText(el);
      for (const id of FORM_IDS) {
        const translation = templates[id];
        expect(translation, `${locale} translates ${id}`).to.be.a('string');
        expect(text, `${locale} shows ${id}`).to.contain(squash(translation as string));
      }
      expect(englishIn(text, locale)).to.deep.equal([]);

      await fillValid(el, `${locale.toLowerCase()}@example.com`);
      const success = oneEvent(el, 'cleeng-register-success');
      await submit(el);
      await success;
      await waitForStep(el, 'done');
      const done = shownText(el);
      expect(done).to.contain(squash(templates['success.title'] as string));
      expect(done).to.contain(squash(templates['success.body'] as string));
      expect(englishIn(done, locale)).to.deep.equal([]);
      expect(mock.api.state.customers.map((c) => c.locale)).to.deep.equal(['en_US']);
    });
  }
});

describe('the 429 countdown', () => {
  after(() => useLocale('en'));

  const rateLimited: Failure = { step: 'register', code: 'rate-limited', status: 429, retryAfter: 5 };

  it('uses the plural forms of each language', async () => {
    const cases: [TargetLocale, number, RegExp][] = [
      ['pl', 1, /^1 sekunda$/],
      ['pl', 2, /^2 sekundy$/],
      ['pl', 5, /^5 sekund$/],
      ['pl', 22, /^22 sekundy$/],
      ['cs', 1, /^1 sekunda$/],
      ['cs', 3, /^3 sekundy$/],
      ['cs', 5, /^5 sekund$/],
      ['ro', 1, /^1 secundă$/],
      ['ro', 5, /^5 secunde$/],
      ['ro', 22, /^22 de secunde$/],
      ['fr', 1, /^1 seconde$/],
      ['fr', 2, /^2 secondes$/],
      ['de', 1, /^1 Sekunde$/],
      ['de', 7, /^7 Sekunden$/],
      ['fi', 1, /^1 sekunti$/],
      ['fi', 5, /^5 sekuntia$/],
      ['ar', 2, /ثانيتان/],
      ['ar', 3, /^(3|٣) ثوانٍ?$/],
      ['ar', 11, /^(11|١١) ثانية$/],
      ['he', 5, /^5 שניות$/],
      ['ja', 5, /^5 ?秒$/],
    ];
    for (const [locale, seconds, expected] of cases) {
      await useLocale(locale);
      expect(squash(secondsMessage(seconds)), `${locale} ${seconds}`).to.match(expected);
    }
  });

  it('reads as one sentence in the language, with the duration where the language puts it', async () => {
    const sentences: Partial<Record<TargetLocale, string>> = {
      de: 'Zu viele Versuche. Bitte versuchen Sie es in 5 Sekunden erneut.',
      pl: 'Zbyt wiele prób. Spróbuj ponownie za chwilę (pozostały czas: 5 sekund).',
      fi: 'Liian monta yritystä. Odota 5 sekuntia ja yritä sitten uudelleen.',
      tr: 'Çok fazla deneme yapıldı. 5 saniye sonra tekrar deneyin.',
    };
    for (const locale of targetLocales) {
      await useLocale(locale);
      const sentence = failureMessage(rateLimited, 5);
      expect(sentence, locale).to.contain(secondsMessage(5));
      expect(englishIn(squash(sentence), locale), locale).to.deep.equal([]);
      if (sentences[locale]) expect(sentence).to.equal(sentences[locale]);
    }
  });
});

describe('changing the locale attribute at runtime', () => {
  failOnConsoleWarnings();
  const mock = useMockApi();

  it('re-renders every string, the field errors on screen included, and mirrors for Arabic', async () => {
    const el = await mount({ locale: 'en' });
    await submit(el);
    expect(errorText(el, 'email')).to.equal('Enter your email address.');

    const de = await templatesOf('de');
    el.setAttribute('locale', 'de');
    await speaks(el, 'de');
    expect(errorText(el, 'email')).to.equal(de['error.email-missing']);
    expect(errorText(el, 'password')).to.equal(de['error.password-missing']);
    expect(errorText(el, 'consents')).to.equal(de['error.consent-required']);
    expect(englishIn(shownText(el), 'de')).to.deep.equal([]);
    expect(formOf(el).dir).to.equal('ltr');

    const ar = await templatesOf('ar');
    el.locale = 'ar';
    await speaks(el, 'ar');
    expect(errorText(el, 'email')).to.equal(ar['error.email-missing']);
    expect(englishIn(shownText(el), 'ar')).to.deep.equal([]);
    expect(formOf(el).dir).to.equal('rtl');
    expect(baseOf(el).dir).to.equal('rtl');

    el.removeAttribute('locale');
    // No attribute: /locales said en_US.
    await speaks(el, 'en');
    expect(errorText(el, 'email')).to.equal('Enter your email address.');
    expect(formOf(el).dir).to.equal('ltr');
  });

  it('re-renders a server error already on screen', async () => {
    mock.api.inject({ endpoint: 'register', kind: 'server-500' });
    const el = await mount({ locale: 'en' });
    await fillValid(el);
    const failed = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    await failed;
    await until(() => el.step === 'form');
    await el.updateComplete;
    expect(alertText(el)).to.contain('Something went wrong on our side.');

    const ja = await templatesOf('ja');
    el.locale = 'ja';
    await speaks(el, 'ja');
    expect(alertText(el)).to.contain(ja['error.server'] as string);
    expect(englishIn(shownText(el), 'ja')).to.deep.equal([]);
    expect(el.error?.message).to.equal(ja['error.server']);
  });

  it('re-renders the rate-limit countdown in the new language', async () => {
    mock.api.inject({ endpoint: 'register', kind: 'rate-limit', retryAfter: '30' });
    const el = await mount({ locale: 'en' });
    await fillValid(el);
    const failed = oneEvent(el, 'cleeng-register-error');
    await submit(el);
    await failed;
    await el.updateComplete;
    const timer = () => squash(el.querySelector('[role="timer"]')?.textContent ?? '');
    expect(timer()).to.match(/^Too many attempts\. Try again in \d+ seconds\.$/);

    el.locale = 'pl';
    await speaks(el, 'pl');
    expect(timer()).to.match(/^Zbyt wiele prób\. Spróbuj ponownie za chwilę \(pozostały czas: \d+ sekund[y]?\)\.$/);
    expect(englishIn(shownText(el), 'pl')).to.deep.equal([]);
  });
});
