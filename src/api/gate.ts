/**
 * A client-side limit per API method (requests per second and at once), shared by every widget on the page,
 * even by two copies of the widget (CDN and npm), so a page of widgets, or a script hammering submit, never
 * trips Cleeng's own 429 by itself.
 */
import { policy, sleep } from './policy.js';

export type GateName = 'register' | 'default';

class Gate {
  #active = 0;
  readonly #starts: number[] = [];
  readonly #waiting: Array<() => void> = [];

  readonly #rate: () => number;
  readonly #concurrency: () => number;

  constructor(rate: () => number, concurrency: () => number) {
    this.#rate = rate;
    this.#concurrency = concurrency;
  }

  /**
   * Takes a slot now if one is free, without yielding: the first requests leave in the same task that asked
   * for them (before the element's first render), which the bench shows saves a few ms of every page load.
   */
  tryAcquire(): (() => void) | null {
    const now = Date.now();
    while (this.#starts.length && now - this.#starts[0]! >= 1000) this.#starts.shift();
    if (this.#active >= this.#concurrency() || this.#starts.length >= this.#rate()) return null;
    this.#active++;
    this.#starts.push(now);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active--;
      this.#waiting.shift()?.();
    };
  }

  /** Waits for a slot; the returned function gives it back. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    for (;;) {
      signal?.throwIfAborted();
      const release = this.tryAcquire();
      if (release) return release;
      if (this.#active >= this.#concurrency()) {
        // Woken by a release; an abort leaves the queue, so no wake-up is ever spent on a waiter that left.
        await new Promise<void>((resolve, reject) => {
          const wake = () => {
            signal?.removeEventListener('abort', abort);
            resolve();
          };
          const abort = () => {
            this.#waiting.splice(this.#waiting.indexOf(wake) >>> 0, 1);
            reject(signal!.reason);
          };
          this.#waiting.push(wake);
          signal?.addEventListener('abort', abort, { once: true });
        });
      } else {
        await sleep(1000 - (Date.now() - this.#starts[0]!), signal);
      }
    }
  }
}

const key = Symbol.for('cleeng-register.gates');
const store = globalThis as { [key]?: Record<GateName, Gate> };

export function gate(name: GateName): Gate {
  store[key] ??= {
    register: new Gate(() => policy.registerRate, () => policy.registerConcurrency),
    default: new Gate(() => policy.defaultRate, () => policy.defaultConcurrency),
  };
  return store[key][name];
}
