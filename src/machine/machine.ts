/**
 * Cleeng's registration flow as a pure function: `transition(state, event)` returns the next state and the
 * effects to run. No DOM, no fetch, no Lit: the controller runs the effects, the element renders the state.
 *
 *   metadata ─┬─> consents ─> form ─> register ─> consent-update ─> done
 *             └──────────────────^ (both GETs start together; the step is the first one still missing)
 */
import type { ErrorCode } from '../api/errors.js';
import type { Consent, Metadata, Registration } from '../api/schemas.js';
import type { ConsentChoice, Step } from '../events.js';

export interface Failure {
  /** The step that failed. */
  step: Step;
  code: ErrorCode;
  status?: number | undefined;
  /** Seconds; for `rate-limited`. */
  retryAfter?: number | undefined;
  /** Cleeng's own code, e.g. `USER0002`. */
  cleengCode?: string | undefined;
  /** The input the server complained about. */
  field?: 'email' | 'password' | undefined;
  /** The answer to a `POST /customers` was lost, or this `customer-exists` follows such a loss. */
  maybeRegistered?: boolean;
}

export interface Registered extends Registration {
  email: string;
  registeredAt: string;
}

export interface State {
  step: Step;
  metadata: Metadata | null;
  consents: Consent[] | null;
  error: Failure | null;
  /** The account, once `POST /customers` answered. */
  registered: Registered | null;
  /** The consent states sent (or to send) with `PUT …/consents`. */
  choices: ConsentChoice[];
  /** The email submitted last. */
  email: string;
  /** The email of the last registration whose answer was lost (network error or timeout). */
  lostEmail: string | null;
}

export type FlowEvent =
  | { type: 'start' }
  | { type: 'metadata-loaded'; metadata: Metadata }
  | { type: 'consents-loaded'; consents: Consent[] }
  | { type: 'load-failed'; step: 'metadata' | 'consents'; error: Failure }
  | { type: 'submit'; email: string; password: string; choices: ConsentChoice[] }
  | { type: 'registered'; registration: Registration; registeredAt: string }
  | { type: 'register-failed'; error: Failure }
  | { type: 'consents-saved' }
  | { type: 'consents-failed'; error: Failure }
  | { type: 'retry' }
  | { type: 'reset' }
  | { type: 'cooldown-over' };

export type Effect =
  | { type: 'load-metadata' }
  | { type: 'load-consents' }
  | { type: 'register'; email: string; password: string; choices: ConsentChoice[] }
  | { type: 'update-consents'; customerId: string; jwt: string; choices: ConsentChoice[] };

export interface Result {
  state: State;
  effects: Effect[];
}

export const initialState: State = {
  step: 'metadata',
  metadata: null,
  consents: null,
  error: null,
  registered: null,
  choices: [],
  email: '',
  lostEmail: null,
};

/**
 * Whether `retry()` (or editing the form) can get past a failure. Not: an unknown publisher, a broken
 * configuration (an `invalid-input` while loading), an expired JWT on the consents update.
 */
export function isRecoverable({ code, step }: Failure): boolean {
  return !(
    code === 'invalid-publisher' ||
    (code === 'invalid-input' && loading(step)) ||
    (code === 'unauthorized' && step === 'consent-update')
  );
}

/**
 * Whether a failed `POST /customers` may still have created the account: its answer was lost (network error,
 * timeout), unreadable, or a server error. Not when the browser was offline: then nothing was sent.
 */
const uncertain = ({ code, cleengCode }: Failure) =>
  cleengCode !== 'offline' && (code === 'network' || code === 'timeout' || code === 'server' || code === 'invalid-response');

const loading = (step: Step) => step === 'metadata' || step === 'consents';

/** While loading, the step is the first piece of data still missing. */
function loadingStep(state: State): Step {
  return !state.metadata ? 'metadata' : !state.consents ? 'consents' : 'form';
}

function loads(state: State): Effect[] {
  const effects: Effect[] = [];
  if (!state.metadata) effects.push({ type: 'load-metadata' });
  if (!state.consents) effects.push({ type: 'load-consents' });
  return effects;
}

export function transition(state: State, event: FlowEvent): Result {
  const stay: Result = { state, effects: [] };
  switch (event.type) {
    case 'start': {
      const next = { ...state, error: null };
      return { state: { ...next, step: loadingStep(next) }, effects: loads(next) };
    }
    case 'metadata-loaded':
    case 'consents-loaded': {
      if (!loading(state.step)) return stay;
      const next =
        event.type === 'metadata-loaded'
          ? { ...state, metadata: event.metadata }
          : { ...state, consents: event.consents };
      return { state: { ...next, step: loadingStep(next) }, effects: [] };
    }
    case 'load-failed':
      if (!loading(state.step)) return stay;
      return { state: { ...state, error: event.error }, effects: [] };
    case 'submit':
      if (state.step !== 'form' || state.error?.code === 'rate-limited') return stay;
      return {
        state: { ...state, step: 'register', error: null, choices: event.choices, email: event.email },
        effects: [{ type: 'register', email: event.email, password: event.password, choices: event.choices }],
      };
    case 'registered': {
      if (state.step !== 'register') return stay;
      const registered = { ...event.registration, email: state.email, registeredAt: event.registeredAt };
      return {
        state: { ...state, step: 'consent-update', registered, lostEmail: null },
        effects: [
          { type: 'update-consents', customerId: registered.customerId, jwt: registered.jwt, choices: state.choices },
        ],
      };
    }
    case 'register-failed': {
      if (state.step !== 'register') return stay;
      const error = { ...event.error };
      let lostEmail: string | null = null;
      if (uncertain(error)) {
        error.maybeRegistered = true;
        lostEmail = state.email;
      } else if (error.code === 'customer-exists' && state.lostEmail === state.email) {
        // A repeat right after a lost answer: most likely the first try created this very account.
        error.maybeRegistered = true;
      } else if (error.code === 'rate-limited' || error.cleengCode === 'offline') {
        // Not processed, nothing learnt: a lost answer before this one still explains a later USER0002.
        lostEmail = state.lostEmail;
      }
      return { state: { ...state, step: 'form', error, lostEmail }, effects: [] };
    }
    case 'consents-saved':
      if (state.step !== 'consent-update') return stay;
      return { state: { ...state, step: 'done', error: null }, effects: [] };
    case 'consents-failed':
      if (state.step !== 'consent-update') return stay;
      return { state: { ...state, error: event.error }, effects: [] };
    case 'retry':
    case 'cooldown-over': {
      const { error, registered } = state;
      // A rate-limit wait ends only with `cooldown-over`; then loads and the consents update resume by
      // themselves, and the form simply takes submits again.
      if (!error || !isRecoverable(error) || (error.code === 'rate-limited') !== (event.type === 'cooldown-over')) {
        return stay;
      }
      if (loading(state.step)) return { state: { ...state, error: null }, effects: loads(state) };
      if (state.step === 'consent-update' && registered) {
        return {
          state: { ...state, error: null },
          effects: [
            { type: 'update-consents', customerId: registered.customerId, jwt: registered.jwt, choices: state.choices },
          ],
        };
      }
      // In the form, `retry()` is a new submit (the element's job); only the end of a wait clears the error.
      return event.type === 'retry' ? stay : { state: { ...state, error: null }, effects: [] };
    }
    case 'reset': {
      const next: State = { ...initialState, metadata: state.metadata, consents: state.consents };
      return { state: { ...next, step: loadingStep(next) }, effects: loads(next) };
    }
  }
}
