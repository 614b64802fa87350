/**
 * Which language the widget speaks: the `locale` attribute; else the locale Cleeng's `/locales` derived
 * from the customer's IP (`de_DE` -> `de`, `pt_BR` -> `pt-BR`, `zh_CN` -> `zh-Hans`); else the browser's
 * languages; else English. Unknown regions fall back to their language.
 */
import { allLocales } from './generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];

const supported = new Set<string>(allLocales);
const RTL = new Set(['ar', 'he']);

/** The supported locale for a tag like `de_DE`, `pt-br`, `zh-TW` or `nb-NO`, or null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const [language = '', ...rest] = tag.replace(/_/g, '-').toLowerCase().split('-');
  const region = rest.find((part) => part.length === 2) ?? '';
  const script = rest.find((part) => part.length === 4) ?? '';
  let candidate: string = language;
  // Bare `pt` is Brazilian Portuguese (CLDR likely subtags); every other region follows the European norm.
  if (language === 'pt') candidate = region === 'br' || region === '' ? 'pt-BR' : 'pt-PT';
  // Traditional Chinese is not translated yet: better the next preference than Simplified.
  else if (language === 'zh') candidate = script === 'hant' || /^(tw|hk|mo)$/.test(region) ? '' : 'zh-Hans';
  else if (language === 'no' || language === 'nn') candidate = 'nb';
  else if (language === 'iw') candidate = 'he';
  return supported.has(candidate) ? (candidate as Locale) : null;
}

export function resolveLocale(
  attribute: string | null | undefined,
  metadataLocale: string | null | undefined,
  browser: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  for (const tag of [attribute, metadataLocale, ...browser]) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

export const isRtl = (locale: string) => RTL.has(locale);
