/**
 * The demo page (`npm start`): the built widget on a publisher's page, Cleeng's API simulated offline by the
 * shared mock (mock/api.ts) in msw's service worker with its state in localStorage, the publisher's dashboard
 * (Customer Accounts, Capture), a fault panel, and the host's view (event log, language, theme).
 *
 * The widget is loaded by index.html from /dist/cleeng-register.js, as a publisher would; this module only
 * creates the element once the offline API is ready (or at once when pointed at Cleeng's real sandbox).
 */
import { setupWorker } from 'msw/browser';
import { PRODUCTION_ORIGIN, SANDBOX_ORIGIN, createMockApi, type MockApi } from '../mock/api.js';
import { localStorageStore } from '../mock/local-storage-store.js';
import type { CleengRegister } from '../src/cleeng-register.js';
import { accountsPanel } from './accounts.js';
import { capturePanel } from './capture.js';
import { byId, h, replace } from './dom.js';
import { faultPanel, toFault } from './faults.js';
import { callLog, eventLog } from './log.js';
import {
  MOCK_STATE_KEY,
  SANDBOX_PUBLISHER,
  SETTINGS_KEY,
  VISITORS,
  loadSettings,
  saveSettings,
  type Theme,
} from './settings.js';

/** The script-tag build, the same URL index.html loads, so this is the same module instance. */
const WIDGET_URL = '/dist/cleeng-register.js';

/** The languages of the picker, as `locale` attribute values. */
const LOCALES: Record<string, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  'pt-PT': 'Português (Portugal)',
  nl: 'Nederlands',
  pl: 'Polski',
  sv: 'Svenska',
  da: 'Dansk',
  nb: 'Norsk bokmål',
  fi: 'Suomi',
  cs: 'Čeština',
  tr: 'Türkçe',
  ro: 'Română',
  ja: '日本語',
  ko: '한국어',
  'zh-Hans': '简体中文',
  ar: 'العربية',
  he: 'עברית',
};

const PAGES = ['log', 'faults', 'accounts', 'capture', 'live'] as const;
type Page = (typeof PAGES)[number];

const settings = loadSettings();
const save = () => saveSettings(settings);
const publisherId = settings.live ? settings.livePublisherId : SANDBOX_PUBLISHER;

// ---- pages (hash navigation) ----

function showPage(): void {
  const wanted = location.hash.slice(1) as Page;
  const page: Page = PAGES.includes(wanted) ? wanted : 'log';
  for (const name of PAGES) {
    byId(`page-${name}`).hidden = name !== page;
    const tab = document.querySelector<HTMLAnchorElement>(`.tabs a[data-page="${name}"]`);
    if (tab) {
      if (name === page) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
  }
}
addEventListener('hashchange', showPage);
showPage();

// ---- the host's pickers ----

/** light: the defaults; dark: `color-scheme: dark` on the page (demo.css); custom: the example theme's class. */
function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  document.querySelector('cleeng-register')?.classList.toggle('theme-example', theme === 'custom');
}
applyTheme(settings.theme);

const localePicker = byId<HTMLSelectElement>('locale-picker');
replace(
  localePicker,
  h('option', { value: '' }, 'Automatic (no locale attribute)'),
  ...Object.entries(LOCALES).map(([value, name]) => h('option', { value, lang: value }, `${name} · ${value}`)),
);
localePicker.value = settings.locale;
const themePicker = byId<HTMLSelectElement>('theme-picker');
themePicker.value = settings.theme;

function renderSnippet(): void {
  const attrs = [`publisher-id="${publisherId || '…'}"`];
  if (settings.locale) attrs.push(`locale="${settings.locale}"`);
  if (settings.theme === 'custom') attrs.push('class="theme-example"');
  byId('snippet').textContent =
    `<script type="module" src="${WIDGET_URL}"></script>\n` + `<cleeng-register ${attrs.join(' ')}></cleeng-register>`;
}
renderSnippet();

for (const el of document.querySelectorAll<HTMLButtonElement>('[data-reload]')) {
  el.addEventListener('click', () => location.reload());
}

byId('reset').addEventListener('click', () => {
  // Everything the demo keeps: the mock's customers and consents, and the demo's settings (faults included).
  localStorage.removeItem(MOCK_STATE_KEY);
  localStorage.removeItem(SETTINGS_KEY);
  location.reload();
});

// ---- logs ----

const stage = byId('stage');
const events = eventLog(stage, byId<HTMLOListElement>('log'), byId('log-count'));
byId('log-clear').addEventListener('click', () => events.clear());
const calls = callLog(byId<HTMLOListElement>('calls'));
byId('calls-clear').addEventListener('click', () => calls.clear());

// ---- the live switch ----

const liveOn = byId<HTMLInputElement>('live-on');
const livePublisher = byId<HTMLInputElement>('live-publisher');
const liveStatus = byId('live-status');
liveOn.checked = settings.live;
livePublisher.value = settings.livePublisherId;
const showOnline = () => {
  byId('live-online').textContent = navigator.onLine
    ? 'This browser reports a network connection.'
    : 'This browser reports no network connection: Cleeng’s sandbox is out of reach.';
};
showOnline();
addEventListener('online', showOnline);
addEventListener('offline', showOnline);
byId<HTMLFormElement>('live-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const id = livePublisher.value.trim();
  if (liveOn.checked && !/^\d{9}$/.test(id)) {
    liveStatus.textContent = 'A Cleeng publisher id is 9 digits.';
    liveStatus.dataset['tone'] = 'bad';
    livePublisher.focus();
    return;
  }
  settings.live = liveOn.checked;
  settings.livePublisherId = id;
  save();
  location.reload();
});

// ---- the offline API ----

const mode = byId('mode');

async function startMock(): Promise<MockApi> {
  const mock = createMockApi({
    store: localStorageStore(MOCK_STATE_KEY),
    locales: { ...VISITORS[settings.visitor]! },
    latencyMs: settings.latencyMs,
    requireCaptcha: settings.requireCaptcha,
  });
  mock.setOffline(settings.offline);
  for (const fault of settings.faults) mock.inject(toFault(fault));

  const faults = faultPanel(mock, settings, save, setTimeoutSeconds);
  const accounts = accountsPanel(mock);
  capturePanel(mock, () => accounts.refresh());
  stage.addEventListener('cleeng-register-success', () => accounts.refresh());
  // A request that never answers (the "timeout" fault) has no 'request:end': the widget's error says it is over.
  stage.addEventListener('cleeng-register-error', () => faults.sync());

  const worker = setupWorker(...mock.handlers);
  const isApi = (url: string) => {
    const { origin } = new URL(url);
    return origin === SANDBOX_ORIGIN || origin === PRODUCTION_ORIGIN;
  };
  worker.events.on('request:start', ({ request, requestId }) => {
    if (isApi(request.url)) calls.start(requestId, request.method, request.url);
  });
  // The outcome arrives once the service worker has answered: 'response:mocked', or 'response:bypass' for
  // a network error (HttpResponse.error() comes back as a plain Response.error()).
  const outcome = ({ response, request, requestId }: { response: Response; request: Request; requestId: string }) => {
    if (!isApi(request.url)) return;
    const failed = response.type === 'error' || response.status === 0;
    calls.end(requestId, failed ? 'network error' : `${response.status} ${response.statusText}`.trim(), !failed && response.ok);
  };
  worker.events.on('response:mocked', outcome);
  worker.events.on('response:bypass', outcome);
  worker.events.on('request:end', ({ request }) => {
    if (!isApi(request.url)) return;
    // The mock has answered (and used up a one-shot fault, or stored a customer).
    faults.sync();
    accounts.refresh();
  });
  await worker.start({
    // Served by web-dev-server.config.mjs (and web-test-runner.config.mjs) straight from node_modules/msw.
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
  return mock;
}

let configurePolicy: ((changes: { timeoutMs?: number }) => void) | undefined;
function setTimeoutSeconds(seconds: number): void {
  configurePolicy?.({ timeoutMs: Math.round(seconds * 1000) });
}

async function stopMock(): Promise<void> {
  // Live: no msw here. Unregister its worker too, so nothing stands between the widget and Cleeng.
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  for (const registration of registrations) {
    const script = (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL ?? '';
    if (script.endsWith('/mockServiceWorker.js')) await registration.unregister();
  }
  for (const el of document.querySelectorAll<HTMLElement>('.mock-only')) el.hidden = true;
  for (const el of document.querySelectorAll<HTMLElement>('.mock-only-note')) el.hidden = false;
  byId('accounts-count').textContent = '';
}

function mountWidget(): CleengRegister {
  const el = document.createElement('cleeng-register');
  el.setAttribute('publisher-id', publisherId);
  if (settings.locale) el.setAttribute('locale', settings.locale);
  el.append(
    h(
      'div',
      { slot: 'header', class: 'widget-header' },
      h('p', { class: 'widget-brand' }, 'Example TV'),
      h('p', { class: 'widget-title' }, 'Create your account to start watching'),
    ),
  );
  stage.append(el);
  applyTheme(settings.theme);
  localePicker.addEventListener('change', () => {
    settings.locale = localePicker.value;
    if (settings.locale) el.setAttribute('locale', settings.locale);
    else el.removeAttribute('locale');
    save();
    renderSnippet();
  });
  themePicker.addEventListener('change', () => {
    settings.theme = themePicker.value as Theme;
    applyTheme(settings.theme);
    save();
    renderSnippet();
  });
  byId('widget-reset').addEventListener('click', () => el.reset());
  return el;
}

async function main(): Promise<void> {
  if (settings.live) {
    await stopMock();
    mode.textContent = publisherId
      ? `Live: Cleeng’s sandbox, publisher ${publisherId}`
      : 'Live: enter a publisher id on the Live sandbox page';
    mode.dataset['mode'] = 'live';
  } else {
    await startMock();
    mode.textContent = `Offline sandbox: mock API, publisher ${publisherId}`;
    mode.dataset['mode'] = 'mock';
  }
  const widget = (await import(WIDGET_URL)) as typeof import('../src/index.js');
  configurePolicy = widget.configurePolicy;
  setTimeoutSeconds(settings.timeoutSeconds);
  mountWidget();
  document.documentElement.dataset['ready'] = 'true';
}

main().catch((error: unknown) => {
  mode.textContent = `The demo failed to start: ${error instanceof Error ? error.message : String(error)}`;
  mode.dataset['mode'] = 'error';
  throw error;
});
