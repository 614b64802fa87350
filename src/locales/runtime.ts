/**
 * @lit/localize's runtime, in a chunk of its own that only a page in another language than English loads
 * (see ./localization.ts, which also starts loading the translations, so both arrive together).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/** The translations localization.ts is loading; set by setLocale() before the runtime asks for them. */
let load: () => Promise<unknown>;

type Runtime = ReturnType<typeof configureLocalization>;
let runtime: Runtime | null;
try {
  runtime = configureLocalization({
    sourceLocale,
    targetLocales,
    // Called by setLocale() below, at once: the translations localization.ts is already loading.
    loadLocale: () => load() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
  });
} catch {
  // The page's own Lit app configured @lit/localize already (one runtime per page): the widget then
  // follows that app's language, with English for ids it does not know.
  runtime = null;
}

export function setLocale(locale: string, translations: () => Promise<unknown>): Promise<void> {
  load = translations;
  return runtime?.setLocale(locale) ?? Promise.resolve();
}

export function getLocale(): string {
  return runtime?.getLocale() ?? sourceLocale;
}
