/**
 * Retry and rate-limit numbers. The defaults mirror Cleeng's documented limits (cleeng-api.md, "Rate
 * limits"); tests shorten the delays through `configurePolicy`.
 */
export interface Policy {
  /** Per-try timeout, in ms. */
  timeoutMs: number;
  /** Tries for `GET /locales` and `GET …/consents` (network, timeout, 5xx, 429). */
  loadTries: number;
  /** Tries for `PUT …/consents`: the account exists, so we insist more. */
  consentTries: number;
  /** Backoff: full jitter over `min(maxDelayMs, baseDelayMs * 2^try)`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Seconds to wait after a 429 without `Retry-After` (Cleeng's own forms lock for 10 s). */
  defaultRetryAfter: number;
  /** `POST /customers`: 20 per second and 10 at once; every other method: 200 and 50. */
  registerRate: number;
  registerConcurrency: number;
  defaultRate: number;
  defaultConcurrency: number;
  random: () => number;
}

export const policy: Policy = {
  timeoutMs: 15_000,
  loadTries: 4,
  consentTries: 5,
  baseDelayMs: 400,
  maxDelayMs: 8_000,
  defaultRetryAfter: 10,
  registerRate: 20,
  registerConcurrency: 10,
  defaultRate: 200,
  defaultConcurrency: 50,
  random: Math.random,
};

/** Changes the policy for every widget on the page (tests, or a host with its own proxy limits). */
export function configurePolicy(changes: Partial<Policy>): void {
  Object.assign(policy, changes);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}
