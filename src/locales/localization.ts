/**
 * The widget's language. English, the source language, is built in: `msg()` returns it without any runtime,
 * so an English page downloads nothing more. Another language loads two chunks at once, next to
 * `dist/cleeng-register.js`: its translations, and @lit/localize's runtime (./runtime.ts), which installs
 * them and then fires `lit-localize-status` on window, on which every widget re-renders.
 * The runtime keeps one language per page: widgets on one page speak the language set last.
 */
import { sourceLocale, type targetLocales } from './generated/locale-codes.js';
import type { Locale } from './resolve.js';

type TargetLocale = (typeof targetLocales)[number];

// One static import() per language, so bundlers split each into its own chunk.
const loaders: Record<TargetLocale, () => Promise<unknown>> = {
  ar: () => import('./generated/ar.js'),
  cs: () => import('./generated/cs.js'),
  da: () => import('./generated/da.js'),
  de: () => import('./generated/de.js'),
  es: () => import('./generated/es.js'),
  fi: () => import('./generated/fi.js'),
  fr: () => import('./generated/fr.js'),
  he: () => import('./generated/he.js'),
  it: () => import('./generated/it.js'),
  ja: () => import('./generated/ja.js'),
  ko: () => import('./generated/ko.js'),
  nb: () => import('./generated/nb.js'),
  nl: () => import('./generated/nl.js'),
  pl: () => import('./generated/pl.js'),
  'pt-BR': () => import('./generated/pt-BR.js'),
  'pt-PT': () => import('./generated/pt-PT.js'),
  ro: () => import('./generated/ro.js'),
  sv: () => import('./generated/sv.js'),
  tr: () => import('./generated/tr.js'),
  'zh-Hans': () => import('./generated/zh-Hans.js'),
};

let runtime: typeof import('./runtime.js') | undefined;
let wanted: string = sourceLocale;
let pending = Promise.resolve();

/** Switches the page's widgets to `locale`; resolves once it is shown (or failed to load: then English stays). */
export function useLocale(locale: Locale): Promise<void> {
  if (locale === wanted) return pending;
  wanted = locale;
  // English and no runtime yet: English is what msg() gives already.
  if (!runtime && locale === sourceLocale) return (pending = Promise.resolve());
  // The translations start now, next to the runtime, not after it: one round trip, not two.
  const translations = locale === sourceLocale ? Promise.resolve() : loaders[locale as TargetLocale]();
  translations.catch(() => {});
  return (pending = import('./runtime.js')
    .then((module) => (runtime = module).setLocale(locale, () => translations))
    .catch(() => {
      // A chunk did not load: the next update asks again.
      wanted = activeLocale();
    }));
}

/** The language the widgets' messages are in now. */
export function activeLocale(): string {
  return runtime?.getLocale() ?? sourceLocale;
}
