/**
 * The fault panel: latency, offline, captcha, the widget's timeout, the visitor's location, and faults queued
 * per endpoint (one-shot, a few times, or persistent), all through the mock's own controls
 * (`inject`, `setLatency`, `setOffline`, `setRequireCaptcha`). Every setting is saved, so a reload keeps it.
 */
import type { Endpoint, Fault, FaultKind, MockApi } from '../mock/api.js';
import type { ErrorCode } from '../src/api/errors.js';
import { byId, h, replace } from './dom.js';
import { VISITORS, type DemoSettings, type StoredFault } from './settings.js';

export const ENDPOINTS: Record<Endpoint, string> = {
  locales: 'GET /locales',
  consents: 'GET /publishers/{id}/consents',
  register: 'POST /customers',
  'consent-update': 'PUT /customers/{id}/consents',
};

/** Each fault, what the mock answers, and the `cleeng-register-error` code the widget should report. */
export const FAULTS: Record<FaultKind, { label: string; code: ErrorCode }> = {
  'rate-limit': { label: '429 rate limit (with Retry-After)', code: 'rate-limited' },
  'captcha-required': { label: '429 CPT0001 captcha required', code: 'captcha-required' },
  'captcha-failed': { label: '429 CPT0002 captcha failed', code: 'captcha-failed' },
  'server-500': { label: '500 S0001 internal error', code: 'server' },
  'server-502': { label: '502 bad gateway', code: 'server' },
  'server-503': { label: '503 service unavailable', code: 'server' },
  network: { label: 'Network error (connection drops)', code: 'network' },
  timeout: { label: 'No answer (the widget times out)', code: 'timeout' },
  'non-json': { label: 'Malformed body: HTML, not JSON', code: 'invalid-response' },
  'wrong-shape': { label: 'Malformed body: JSON of the wrong shape', code: 'invalid-response' },
  unauthorized: { label: '401 AUTH0003 JWT expired', code: 'unauthorized' },
  'customer-exists': { label: '422 USER0002 duplicate email', code: 'customer-exists' },
  'invalid-publisher': { label: '422 REQ0003 invalid publisherId', code: 'invalid-publisher' },
  'email-verification': { label: '400 REQ0001 email verification failed', code: 'invalid-input' },
};

const TRANSIENT = new Set<FaultKind>(['rate-limit', 'server-500', 'server-502', 'server-503', 'network', 'timeout']);

export function toFault(stored: StoredFault): Fault {
  const fault: Fault = { endpoint: stored.endpoint, kind: stored.kind, times: stored.times ?? Infinity };
  if (stored.retryAfter !== undefined) fault.retryAfter = stored.retryAfter;
  return fault;
}

export function toStored(fault: Fault): StoredFault {
  const times = fault.times ?? 1;
  const stored: StoredFault = { endpoint: fault.endpoint, kind: fault.kind, times: Number.isFinite(times) ? times : null };
  if (fault.retryAfter !== undefined) stored.retryAfter = fault.retryAfter;
  return stored;
}

export interface FaultPanel {
  /** Call after every answer: one-shot faults get used up, the list and the saved settings follow. */
  sync(): void;
}

export function faultPanel(
  mock: MockApi,
  settings: DemoSettings,
  save: () => void,
  setTimeoutSeconds: (seconds: number) => void,
): FaultPanel {
  const latency = byId<HTMLInputElement>('latency');
  const latencyOut = byId<HTMLOutputElement>('latency-value');
  const offline = byId<HTMLInputElement>('offline');
  const captcha = byId<HTMLInputElement>('require-captcha');
  const timeout = byId<HTMLInputElement>('timeout');
  const visitor = byId<HTMLSelectElement>('visitor');
  const form = byId<HTMLFormElement>('fault-form');
  const endpoint = byId<HTMLSelectElement>('fault-endpoint');
  const kind = byId<HTMLSelectElement>('fault-kind');
  const times = byId<HTMLSelectElement>('fault-times');
  const retryAfter = byId<HTMLInputElement>('fault-retry-after');
  const retryAfterField = byId('fault-retry-after-field');
  const expected = byId('fault-expected');
  const queue = byId<HTMLUListElement>('fault-queue');
  const clear = byId<HTMLButtonElement>('fault-clear');

  replace(endpoint, ...Object.entries(ENDPOINTS).map(([value, label]) => h('option', { value }, label)));
  replace(kind, ...Object.entries(FAULTS).map(([value, { label }]) => h('option', { value }, label)));
  replace(visitor, ...Object.entries(VISITORS).map(([value, { label }]) => h('option', { value }, label)));
  endpoint.value = 'register';

  latency.value = String(settings.latencyMs);
  latencyOut.value = `${settings.latencyMs} ms`;
  offline.checked = settings.offline;
  captcha.checked = settings.requireCaptcha;
  timeout.value = String(settings.timeoutSeconds);
  visitor.value = settings.visitor;

  latency.addEventListener('input', () => {
    settings.latencyMs = Number(latency.value) || 0;
    latencyOut.value = `${settings.latencyMs} ms`;
    mock.setLatency(settings.latencyMs);
    save();
  });
  offline.addEventListener('change', () => {
    settings.offline = offline.checked;
    mock.setOffline(settings.offline);
    save();
  });
  captcha.addEventListener('change', () => {
    settings.requireCaptcha = captcha.checked;
    mock.setRequireCaptcha(settings.requireCaptcha);
    save();
  });
  timeout.addEventListener('change', () => {
    const seconds = Number(timeout.value);
    if (!(seconds > 0)) return;
    settings.timeoutSeconds = seconds;
    setTimeoutSeconds(seconds);
    save();
  });
  visitor.addEventListener('change', () => {
    settings.visitor = visitor.value;
    save();
    byId('visitor-note').hidden = false;
  });

  const describe = () => {
    const k = kind.value as FaultKind;
    const e = endpoint.value as Endpoint;
    retryAfterField.hidden = k !== 'rate-limit';
    const notes: string[] = [];
    if (e === 'register') notes.push('POST /customers is sent once: the fault shows on the next "Create account".');
    if (e === 'locales' || e === 'consents') {
      notes.push('The widget loads this once per page: reload the page after injecting.');
      if (TRANSIENT.has(k)) notes.push('It retries up to 4 times on 429, 5xx, network errors and timeouts: queue the fault 4 times or persistent.');
    }
    if (e === 'consent-update' && TRANSIENT.has(k)) {
      notes.push('The widget retries this PUT up to 5 times (never on 401): queue the fault 5 times or persistent.');
    }
    if (k === 'timeout') notes.push(`The widget gives up after its timeout (${settings.timeoutSeconds} s, set above).`);
    replace(
      expected,
      'The widget should report ',
      h('code', {}, FAULTS[k].code),
      e === 'register' || e === 'consent-update' ? ` at step ${e}.` : ` while loading (step ${e === 'locales' ? 'metadata' : 'consents'}).`,
      ...notes.map((note) => h('span', { class: 'note' }, ' ', note)),
    );
  };
  endpoint.addEventListener('change', describe);
  kind.addEventListener('change', describe);

  const render = () => {
    const faults = mock.faults();
    clear.disabled = faults.length === 0;
    if (faults.length === 0) {
      replace(queue, h('li', { class: 'empty' }, 'No faults queued: the mock answers like the documented API.'));
      return;
    }
    replace(
      queue,
      ...faults.map((fault, index) =>
        h(
          'li',
          { class: 'fault', 'data-kind': fault.kind, 'data-endpoint': fault.endpoint },
          h('code', {}, ENDPOINTS[fault.endpoint]),
          h('span', {}, FAULTS[fault.kind].label, fault.retryAfter !== undefined ? ` (Retry-After: ${fault.retryAfter})` : ''),
          h('span', { class: 'times' }, Number.isFinite(fault.times ?? 1) ? `${fault.times ?? 1} left` : 'persistent'),
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              'aria-label': `Remove ${FAULTS[fault.kind].label} on ${ENDPOINTS[fault.endpoint]}`,
              onclick: () => {
                const rest = mock.faults().filter((_, i) => i !== index);
                mock.clearFaults();
                for (const f of rest) mock.inject(f);
                sync();
              },
            },
            'Remove',
          ),
        ),
      ),
    );
  };

  const sync = () => {
    settings.faults = mock.faults().map(toStored);
    save();
    render();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const k = kind.value as FaultKind;
    const fault: Fault = {
      endpoint: endpoint.value as Endpoint,
      kind: k,
      times: times.value === 'persistent' ? Infinity : Number(times.value),
    };
    if (k === 'rate-limit' && retryAfter.value.trim() !== '') fault.retryAfter = retryAfter.value.trim();
    mock.inject(fault);
    sync();
  });
  clear.addEventListener('click', () => {
    mock.clearFaults();
    sync();
  });

  describe();
  render();
  return { sync };
}
