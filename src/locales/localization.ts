/**
 * @lit/localize in runtime mode. English is built in; every other language is its own module, loaded on
 * demand (its own chunk next to `dist/cleeng-register.js`), so an English page downloads no other language.
 * The runtime keeps one language per page: widgets on one page speak the language set last.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
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

let runtime: { setLocale(locale: string): Promise<void>; getLocale(): string } | null | undefined;

function localization() {
  if (runtime === undefined) {
    try {
      runtime = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => loaders[locale as TargetLocale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
      });
    } catch {
      // The page's own Lit app configured @lit/localize already (one runtime per page): the widget then
      // follows that app's language, with English for ids it does not know.
      runtime = null;
    }
  }
  return runtime;
}

/** Switches the page's widget language; resolves when its strings are loaded. */
export function useLocale(locale: Locale): Promise<void> {
  const current = localization();
  if (!current || current.getLocale() === locale) return Promise.resolve();
  return current.setLocale(locale);
}

/** The language the widget's strings are in right now. */
export function activeLocale(): string {
  return localization()?.getLocale() ?? sourceLocale;
}
