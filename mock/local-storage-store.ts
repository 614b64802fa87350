import type { MockState, MockStore } from './api.js';

export const LOCAL_STORAGE_KEY = 'cleeng-register-mock';

/** A {@link MockStore} that keeps the mock's state in `localStorage`, so the demo survives reloads. */
export function localStorageStore(key: string = LOCAL_STORAGE_KEY): MockStore {
  return {
    load() {
      const raw = globalThis.localStorage?.getItem(key);
      if (!raw) return null;
      try {
        const state = JSON.parse(raw) as Partial<MockState>;
        if (!Array.isArray(state.customers) || !Array.isArray(state.consents) || typeof state.nextId !== 'number') {
          return null;
        }
        return state as MockState;
      } catch {
        return null;
      }
    },
    save(state) {
      globalThis.localStorage?.setItem(key, JSON.stringify(state));
    },
  };
}
