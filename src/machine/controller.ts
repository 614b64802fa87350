/**
 * Runs the pure flow for one element: each effect with the run's AbortSignal, so disconnecting the element
 * or changing its publisher or API base aborts every request in flight and drops its late answers.
 */
import type { ReactiveController } from 'lit';
import { ApiError } from '../api/errors.js';
import { fetchConsents, fetchMetadata, registerCustomer, updateConsents, type RegisterBody } from '../api/client.js';
import { policy } from '../api/policy.js';
import { initialState, transition, type Effect, type Failure, type FlowEvent, type State } from './machine.js';

export interface FlowConfig {
  /** The API base, or null when the element's configuration is unusable. */
  base: string | null;
  publisherId: string;
  offerId: string;
  /** A captcha token for `POST /customers`, when the publisher turned captcha on; asked once per attempt. */
  captchaToken?: () => Promise<string | undefined>;
  /** Resets the captcha after a failed attempt (tokens are single-use). */
  captchaReset?: () => void;
}

/** What the flow needs of its element (./element-base.ts gives it). */
export type FlowHost = HTMLElement & { addController(controller: ReactiveController): void; requestUpdate(): void };

function toFailure(step: Failure['step'], error: unknown): Failure {
  if (error instanceof ApiError) {
    return {
      step,
      code: error.code,
      status: error.status,
      cleengCode: error.cleengCode,
      field: error.field,
      retryAfter: error.code === 'rate-limited' ? (error.retryAfter ?? policy.defaultRetryAfter) : undefined,
    };
  }
  return { step, code: 'invalid-response' };
}

export class FlowController implements ReactiveController {
  state: State = initialState;
  /** When the current rate-limit wait ends (ms since epoch), or 0. */
  cooldownUntil = 0;
  #run?: AbortController;
  #cooldown?: ReturnType<typeof setTimeout>;
  /** Connected, waiting for the first update to start (see hostConnected). */
  #starting = false;

  readonly #host: FlowHost;
  readonly #config: () => FlowConfig;
  readonly #changed: (previous: State, next: State) => void;

  constructor(host: FlowHost, config: () => FlowConfig, changed: (previous: State, next: State) => void) {
    this.#host = host;
    this.#config = config;
    this.#changed = changed;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the DOM (disconnected and reconnected in one task): the flow carries on where it was.
    if (this.#run) return;
    // Start at the next update, not now: properties a framework set on the element before its definition
    // loaded are only restored by Lit in that update, and the flow must start with them.
    this.#starting = true;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    if (!this.#starting) return;
    this.#starting = false;
    this.restart();
  }

  hostDisconnected(): void {
    // Stop once the current task is over, unless the element came back meanwhile (a move, not a removal).
    queueMicrotask(() => {
      if (!this.#host.isConnected) this.#stop();
    });
  }

  /** Aborts everything in flight and starts the flow from nothing. */
  restart(): void {
    this.#stop();
    if (!this.#host.isConnected) return;
    this.#run = new AbortController();
    const previous = this.state;
    this.state = initialState;
    if (previous !== initialState) this.#changed(previous, initialState);
    const { base, publisherId, offerId } = this.#config();
    if (!base || !(/^\d{9}$/.test(publisherId) || offerId)) {
      const code = base ? 'invalid-publisher' : 'invalid-input';
      this.dispatch({ type: 'load-failed', step: 'metadata', error: { step: 'metadata', code } });
      return;
    }
    this.dispatch({ type: 'start' });
  }

  dispatch(event: FlowEvent): void {
    const { state, effects } = transition(this.state, event);
    const previous = this.state;
    this.state = state;
    // Every rate limit (whatever the step) starts a wait; any other error, or none, ends it.
    if (state.error !== previous.error) {
      this.#startCooldown(state.error?.code === 'rate-limited' ? (state.error.retryAfter ?? policy.defaultRetryAfter) : undefined);
    }
    if (state !== previous) {
      this.#host.requestUpdate();
      this.#changed(previous, state);
    }
    const signal = this.#run?.signal;
    if (signal) for (const effect of effects) void this.#perform(effect, signal);
  }

  #stop(): void {
    this.#run?.abort();
    this.#run = undefined;
    this.#startCooldown();
  }

  async #perform(effect: Effect, signal: AbortSignal): Promise<void> {
    const { base, publisherId, offerId, captchaToken, captchaReset } = this.#config();
    // Late answers of an aborted run are dropped: the element fires nothing for a flow it left.
    const send = (event: FlowEvent) => {
      if (!signal.aborted) this.dispatch(event);
    };
    if (!base) return;
    switch (effect.type) {
      case 'load-metadata':
        return fetchMetadata(base, signal).then(
          (metadata) => send({ type: 'metadata-loaded', metadata }),
          (error: unknown) => send({ type: 'load-failed', step: 'metadata', error: toFailure('metadata', error) }),
        );
      case 'load-consents':
        return fetchConsents(base, publisherId || '', signal).then(
          (consents) => send({ type: 'consents-loaded', consents }),
          (error: unknown) => send({ type: 'load-failed', step: 'consents', error: toFailure('consents', error) }),
        );
      case 'register': {
        const { metadata } = this.state;
        try {
          const body: RegisterBody = {
            email: effect.email,
            password: effect.password,
            ...(/^\d{9}$/.test(publisherId) ? { publisherId } : {}),
            ...(offerId ? { offerId } : {}),
            locale: metadata!.locale,
            country: metadata!.country,
            currency: metadata!.currency,
          };
          let captchaValue: string | undefined;
          try {
            captchaValue = await captchaToken?.();
          } catch {
            // The host's function threw or rejected, or Google's script failed: the check did not pass.
            throw new ApiError('captcha-failed');
          }
          if (captchaValue) body.captchaValue = captchaValue;
          const registration = await registerCustomer(base, body, signal);
          send({ type: 'registered', registration, registeredAt: new Date().toISOString() });
        } catch (error) {
          captchaReset?.();
          send({ type: 'register-failed', error: toFailure('register', error) });
        }
        return;
      }
      case 'update-consents':
        return updateConsents(base, effect.customerId, effect.jwt, effect.choices, signal).then(
          () => send({ type: 'consents-saved' }),
          (error: unknown) => send({ type: 'consents-failed', error: toFailure('consent-update', error) }),
        );
    }
  }

  /**
   * Waits `seconds` (none: no wait), re-rendering the host on every whole second so its countdown counts,
   * then dispatches `cooldown-over`.
   */
  #startCooldown(seconds?: number): void {
    clearTimeout(this.#cooldown);
    this.cooldownUntil = seconds === undefined ? 0 : Date.now() + seconds * 1000;
    if (seconds === undefined) return;
    const tick = () => {
      const left = this.cooldownUntil - Date.now();
      if (left > 0) {
        this.#host.requestUpdate();
        this.#cooldown = setTimeout(tick, left % 1000 || 1000);
        return;
      }
      this.cooldownUntil = 0;
      this.dispatch({ type: 'cooldown-over' });
    };
    this.#cooldown = setTimeout(tick, seconds > 0 ? (seconds * 1000) % 1000 || 1000 : 0);
  }
}
