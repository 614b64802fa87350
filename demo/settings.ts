/**
 * The demo's own settings (pickers, fault panel, live switch), kept in localStorage so a reload shows the same
 * setup. The mock API's data (customers, consents) lives under its own key, in mock/local-storage-store.ts.
 */
import type { Endpoint, FaultKind } from '../mock/api.js';

export const SETTINGS_KEY = 'cleeng-register-demo-settings';
export const MOCK_STATE_KEY = 'cleeng-register-demo-mock';

/** The publisher the offline sandbox knows (the mock's default). */
export const SANDBOX_PUBLISHER = '123456789';

export type Theme = 'light' | 'dark' | 'custom';

/** A queued fault as stored: `times: null` is persistent (JSON has no Infinity). */
export interface StoredFault {
  endpoint: Endpoint;
  kind: FaultKind;
  retryAfter?: string;
  times: number | null;
}

export interface DemoSettings {
  /** `locale` attribute of the widget; '' = none (the widget picks). */
  locale: string;
  theme: Theme;
  /** Point the widget at Cleeng's real sandbox instead of the mock. */
  live: boolean;
  livePublisherId: string;
  /** Which `GET /locales` answer the mock gives (a key of VISITORS). */
  visitor: string;
  latencyMs: number;
  offline: boolean;
  requireCaptcha: boolean;
  /** The widget's per-request timeout (`configurePolicy({ timeoutMs })`), in seconds. */
  timeoutSeconds: number;
  faults: StoredFault[];
}

export const VISITORS: Record<string, { label: string; country: string; currency: string; locale: string; ipAddress: string }> = {
  us: { label: 'United States (en_US, USD)', country: 'US', currency: 'USD', locale: 'en_US', ipAddress: '203.0.113.7' },
  de: { label: 'Germany (de_DE, EUR)', country: 'DE', currency: 'EUR', locale: 'de_DE', ipAddress: '203.0.113.49' },
  fr: { label: 'France (fr_FR, EUR)', country: 'FR', currency: 'EUR', locale: 'fr_FR', ipAddress: '203.0.113.33' },
  br: { label: 'Brazil (pt_BR, BRL)', country: 'BR', currency: 'BRL', locale: 'pt_BR', ipAddress: '198.51.100.76' },
  pl: { label: 'Poland (pl_PL, PLN)', country: 'PL', currency: 'PLN', locale: 'pl_PL', ipAddress: '198.51.100.48' },
  jp: { label: 'Japan (ja_JP, JPY)', country: 'JP', currency: 'JPY', locale: 'ja_JP', ipAddress: '198.51.100.81' },
  sa: { label: 'Saudi Arabia (ar_SA, SAR)', country: 'SA', currency: 'SAR', locale: 'ar_SA', ipAddress: '192.0.2.66' },
  il: { label: 'Israel (he_IL, ILS)', country: 'IL', currency: 'ILS', locale: 'he_IL', ipAddress: '192.0.2.97' },
};

export const DEFAULT_TIMEOUT_SECONDS = 15;

export function defaultSettings(): DemoSettings {
  return {
    locale: '',
    theme: 'light',
    live: false,
    livePublisherId: '',
    visitor: 'us',
    latencyMs: 0,
    offline: false,
    requireCaptcha: false,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    faults: [],
  };
}

export function loadSettings(): DemoSettings {
  const defaults = defaultSettings();
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    if (!raw) return defaults;
    const saved = JSON.parse(raw) as Partial<DemoSettings>;
    const merged = { ...defaults, ...saved };
    if (!Array.isArray(merged.faults)) merged.faults = [];
    if (!(merged.visitor in VISITORS)) merged.visitor = defaults.visitor;
    if (!(merged.timeoutSeconds > 0)) merged.timeoutSeconds = defaults.timeoutSeconds;
    return merged;
  } catch {
    return defaults;
  }
}

export function saveSettings(settings: DemoSettings): void {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}
