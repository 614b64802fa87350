/**
 * The host's view: a live log of every `cleeng-register-*` event and its detail (newest first), and a log of
 * the API calls the mock answered. Nothing is masked: the widget never puts the password in an event.
 */
import type { CleengRegisterEventMap } from '../src/events.js';
import { clock, h, replace } from './dom.js';

/** Every event the widget fires, with what it means (typed: a new event in src/events.ts must be added here). */
export const WIDGET_EVENTS: Record<keyof CleengRegisterEventMap, string> = {
  'cleeng-register-step': 'the flow moved to another step',
  'cleeng-register-submit': 'cancelable, before POST /customers',
  'cleeng-register-success': 'the account exists and its consents are stored',
  'cleeng-register-error': 'something failed; detail.code says what',
  'cleeng-register-login': 'the customer asked to sign in instead',
};

const MAX_ENTRIES = 200;

export interface EventLog {
  clear(): void;
}

/** Logs every widget event that reaches `target` (they bubble and are composed) into `list`. */
export function eventLog(target: EventTarget, list: HTMLOListElement, count: HTMLElement): EventLog {
  let seen = 0;
  const render = () => {
    count.textContent = seen === 0 ? 'No events yet' : `${seen} event${seen === 1 ? '' : 's'}`;
  };
  for (const type of Object.keys(WIDGET_EVENTS) as (keyof CleengRegisterEventMap)[]) {
    target.addEventListener(type, (event) => {
      const { detail } = event as CustomEvent<unknown>;
      const kind = type.replace('cleeng-register-', '');
      seen += 1;
      const entry = h(
        'li',
        { class: `entry entry-${kind}`, 'data-event': type },
        h(
          'div',
          { class: 'entry-head' },
          h('span', { class: 'event-name' }, type),
          kind === 'error' || kind === 'step'
            ? h('span', { class: 'event-tag' }, String((detail as { code?: string; step?: string }).code ?? (detail as { step?: string }).step))
            : null,
          h('time', { datetime: new Date().toISOString() }, clock(new Date())),
        ),
        h('pre', { class: 'json' }, JSON.stringify(detail, null, 2)),
      );
      list.prepend(entry);
      while (list.children.length > MAX_ENTRIES) list.lastElementChild?.remove();
      render();
    });
  }
  render();
  return {
    clear() {
      seen = 0;
      replace(list);
      render();
    },
  };
}

export interface CallLog {
  start(id: string, method: string, url: string): void;
  end(id: string, outcome: string, ok: boolean): void;
  clear(): void;
}

/** The API calls the mock saw, newest first: method, path, then status (or "network error", or "pending…"). */
export function callLog(list: HTMLOListElement): CallLog {
  const rows = new Map<string, HTMLElement>();
  return {
    start(id, method, url) {
      const { pathname } = new URL(url);
      const outcome = h('span', { class: 'call-outcome pending' }, 'pending…');
      const row = h(
        'li',
        { class: 'call' },
        h('time', {}, clock(new Date())),
        h('code', { class: 'call-method' }, method),
        h('code', { class: 'call-path' }, pathname),
        outcome,
      );
      rows.set(id, outcome);
      list.prepend(row);
      while (list.children.length > MAX_ENTRIES) list.lastElementChild?.remove();
    },
    end(id, text, ok) {
      const outcome = rows.get(id);
      if (!outcome) return;
      rows.delete(id);
      outcome.textContent = text;
      outcome.className = `call-outcome ${ok ? 'ok' : 'bad'}`;
    },
    clear() {
      rows.clear();
      replace(list);
    },
  };
}
