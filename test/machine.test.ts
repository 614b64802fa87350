/**
 * The pure flow machine, on its own: every transition for every fault, with no DOM, no fetch and no timers.
 * Each case feeds events to `transition` and checks the next state and the effects asked for.
 */
import { expect } from '@open-wc/testing';
import type { ErrorCode } from '../src/api/errors.js';
import type { Consent, Metadata, Registration } from '../src/api/schemas.js';
import type { ConsentChoice } from '../src/events.js';
import {
  initialState,
  isRecoverable,
  transition,
  type Effect,
  type Failure,
  type FlowEvent,
  type State,
} from '../src/machine/machine.js';

const METADATA: Metadata = { country: 'US', currency: 'USD', locale: 'en_US' };
const CONSENTS: Consent[] = [
  { name: 'terms', version: '1', label: 'Terms', required: true, enabledByDefault: true },
  { name: 'broadcaster_marketing', version: '1.7', label: 'News', required: false, enabledByDefault: false },
];
const CHOICES: ConsentChoice[] = [
  { name: 'terms', version: '1', state: 'accepted' },
  { name: 'broadcaster_marketing', version: '1.7', state: 'declined' },
];
const REGISTRATION: Registration = { jwt: 'a.b.c', refreshToken: 'r', customerToken: 't', customerId: '42' };
const SUBMIT = { type: 'submit', email: 'ada@example.com', password: 'secret123', choices: CHOICES } as const;
const UPDATE: Effect = { type: 'update-consents', customerId: '42', jwt: 'a.b.c', choices: CHOICES };

/** Deep-freezes a state so a transition that mutates its input throws. */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Runs events from `state`; returns the last state and the effects of the last event. */
function run(state: State, ...events: FlowEvent[]): { state: State; effects: Effect[] } {
  let result = { state, effects: [] as Effect[] };
  for (const event of events) result = transition(freeze(result.state), event);
  return result;
}

const fail = (step: Failure['step'], code: ErrorCode, extra: Partial<Failure> = {}): Failure => ({ step, code, ...extra });

/** The form, data loaded, nothing submitted. */
const form = (): State => run(initialState, { type: 'start' }, { type: 'metadata-loaded', metadata: METADATA }, { type: 'consents-loaded', consents: CONSENTS }).state;
/** A registration in flight. */
const registering = (): State => run(form(), SUBMIT).state;
/** Registered, the consents update in flight. */
const updating = (): State => run(registering(), { type: 'registered', registration: REGISTRATION, registeredAt: '2030-01-01T00:00:00.000Z' }).state;

describe('flow machine', () => {
  describe('loading', () => {
    it('starts both loads together, in the metadata step', () => {
      const { state, effects } = run(initialState, { type: 'start' });
      expect(state.step).to.equal('metadata');
      expect(effects).to.deep.equal([{ type: 'load-metadata' }, { type: 'load-consents' }]);
    });

    it('shows the first missing piece as the step, whatever order the answers come in', () => {
      const started = run(initialState, { type: 'start' }).state;
      const consentsFirst = run(started, { type: 'consents-loaded', consents: CONSENTS }).state;
      expect(consentsFirst.step).to.equal('metadata');
      expect(run(consentsFirst, { type: 'metadata-loaded', metadata: METADATA }).state.step).to.equal('form');
      const metadataFirst = run(started, { type: 'metadata-loaded', metadata: METADATA }).state;
      expect(metadataFirst.step).to.equal('consents');
      expect(run(metadataFirst, { type: 'consents-loaded', consents: CONSENTS }).state.step).to.equal('form');
    });

    for (const code of ['network', 'timeout', 'server', 'rate-limited', 'invalid-response', 'captcha-required'] as const) {
      it(`keeps the step and records a ${code} failure of either load; retry reloads only what is missing`, () => {
        const started = run(initialState, { type: 'start' }).state;
        const metadataFailed = run(started, { type: 'load-failed', step: 'metadata', error: fail('metadata', code) });
        expect(metadataFailed.state.step).to.equal('metadata');
        expect(metadataFailed.state.error).to.deep.equal(fail('metadata', code));
        expect(metadataFailed.effects).to.deep.equal([]);

        const consentsFailed = run(
          started,
          { type: 'metadata-loaded', metadata: METADATA },
          { type: 'load-failed', step: 'consents', error: fail('consents', code) },
        ).state;
        expect(consentsFailed.step).to.equal('consents');
        expect(consentsFailed.error?.step).to.equal('consents');

        if (code === 'rate-limited') {
          // The wait is not over: retry does nothing; its end resumes the loads by itself.
          expect(run(consentsFailed, { type: 'retry' }).state).to.equal(consentsFailed);
          const resumed = run(consentsFailed, { type: 'cooldown-over' });
          expect(resumed.state.error).to.equal(null);
          expect(resumed.effects).to.deep.equal([{ type: 'load-consents' }]);
        } else {
          const retried = run(consentsFailed, { type: 'retry' });
          expect(retried.state.error).to.equal(null);
          expect(retried.state.metadata).to.deep.equal(METADATA);
          expect(retried.effects).to.deep.equal([{ type: 'load-consents' }]);
          // Not a rate limit: the end of a wait that is not running changes nothing.
          expect(run(consentsFailed, { type: 'cooldown-over' }).state).to.equal(consentsFailed);
        }
      });
    }

    it('keeps a failure while the other load lands, and the last failure when both fail', () => {
      const started = run(initialState, { type: 'start' }).state;
      const failed = run(started, { type: 'load-failed', step: 'consents', error: fail('consents', 'server') }).state;
      const landed = run(failed, { type: 'metadata-loaded', metadata: METADATA }).state;
      expect(landed.step).to.equal('consents');
      expect(landed.error?.code).to.equal('server');
      const both = run(failed, { type: 'load-failed', step: 'metadata', error: fail('metadata', 'timeout') }).state;
      expect(both.error).to.deep.equal(fail('metadata', 'timeout'));
      expect(run(both, { type: 'retry' }).effects).to.deep.equal([{ type: 'load-metadata' }, { type: 'load-consents' }]);
    });

    it('cannot retry past an unknown publisher or a broken configuration', () => {
      for (const code of ['invalid-publisher', 'invalid-input'] as const) {
        const failed = run(initialState, { type: 'load-failed', step: 'metadata', error: fail('metadata', code) }).state;
        expect(isRecoverable(failed.error!)).to.equal(false);
        const retried = run(failed, { type: 'retry' });
        expect(retried.state).to.equal(failed);
        expect(retried.effects).to.deep.equal([]);
      }
    });

    it('ignores late load answers and failures once the form is up', () => {
      const state = form();
      for (const event of [
        { type: 'metadata-loaded', metadata: { ...METADATA, country: 'DE' } },
        { type: 'consents-loaded', consents: [] },
        { type: 'load-failed', step: 'consents', error: fail('consents', 'network') },
      ] as FlowEvent[]) {
        expect(run(state, event)).to.deep.equal({ state, effects: [] });
        expect(run(registering(), event).state.step).to.equal('register');
      }
    });
  });

  describe('register', () => {
    it('submits only from the form, with one register effect', () => {
      const { state, effects } = run(form(), SUBMIT);
      expect(state.step).to.equal('register');
      expect(state.email).to.equal('ada@example.com');
      expect(state.choices).to.deep.equal(CHOICES);
      expect(effects).to.deep.equal([{ type: 'register', email: 'ada@example.com', password: 'secret123', choices: CHOICES }]);
      // A second submit while registering, or one before the data is there, does nothing.
      expect(run(state, SUBMIT).effects).to.deep.equal([]);
      expect(run(initialState, { type: 'start' }, SUBMIT).effects).to.deep.equal([]);
    });

    it('does not put the password in the state', () => {
      expect(JSON.stringify(registering())).not.to.contain('secret123');
    });

    const cases: Array<[ErrorCode, Partial<Failure>, boolean]> = [
      ['rate-limited', { status: 429, retryAfter: 7 }, false],
      ['captcha-required', { status: 429, cleengCode: 'CPT0001' }, false],
      ['captcha-failed', { status: 429, cleengCode: 'CPT0002' }, false],
      ['customer-exists', { status: 422, cleengCode: 'USER0002', field: 'email' }, false],
      ['invalid-input', { status: 400, cleengCode: 'REQ0001', field: 'password' }, false],
      ['invalid-publisher', { status: 422, cleengCode: 'REQ0003' }, false],
      ['network', {}, true],
      ['network', { cleengCode: 'offline' }, false],
      ['timeout', {}, true],
      ['server', { status: 503 }, true],
      ['invalid-response', { status: 200 }, true],
    ];
    for (const [code, extra, maybe] of cases) {
      it(`returns to the form after ${code}${extra.cleengCode ? ` ${extra.cleengCode}` : ''}; the account ${maybe ? 'may' : 'cannot'} exist`, () => {
        const { state, effects } = run(registering(), { type: 'register-failed', error: fail('register', code, extra) });
        expect(state.step).to.equal('form');
        expect(effects).to.deep.equal([]);
        expect(state.error).to.deep.equal({ ...fail('register', code, extra), ...(maybe ? { maybeRegistered: true } : {}) });
        expect(state.lostEmail).to.equal(maybe ? 'ada@example.com' : null);
        expect(state.choices).to.deep.equal(CHOICES);
      });
    }

    it('blocks submits during a rate-limit wait and takes them again when it ends', () => {
      const limited = run(registering(), { type: 'register-failed', error: fail('register', 'rate-limited', { retryAfter: 3 }) }).state;
      expect(run(limited, SUBMIT)).to.deep.equal({ state: limited, effects: [] });
      expect(run(limited, { type: 'retry' }).state).to.equal(limited);
      const over = run(limited, { type: 'cooldown-over' });
      expect(over.state.error).to.equal(null);
      expect(over.state.step).to.equal('form');
      expect(over.effects).to.deep.equal([]);
      expect(run(over.state, SUBMIT).state.step).to.equal('register');
    });

    it('reports a USER0002 right after a lost answer for the same email as "maybe registered by you"', () => {
      const lost = run(registering(), { type: 'register-failed', error: fail('register', 'network') }).state;
      const exists = fail('register', 'customer-exists', { status: 422, cleengCode: 'USER0002', field: 'email' });
      const again = run(lost, SUBMIT, { type: 'register-failed', error: exists }).state;
      expect(again.error).to.deep.equal({ ...exists, maybeRegistered: true });
      // Another email: a plain "already exists".
      const other = run(lost, { ...SUBMIT, email: 'bob@example.com' }, { type: 'register-failed', error: exists }).state;
      expect(other.error).to.deep.equal(exists);
    });

    it('remembers the lost answer through a rate limit or an offline try, not through a definite answer', () => {
      const exists = fail('register', 'customer-exists', { status: 422, cleengCode: 'USER0002', field: 'email' });
      const lost = run(registering(), { type: 'register-failed', error: fail('register', 'timeout') }).state;
      for (const between of [fail('register', 'rate-limited', { retryAfter: 0 }), fail('register', 'network', { cleengCode: 'offline' })]) {
        let state = run(lost, SUBMIT, { type: 'register-failed', error: between }).state;
        if (between.code === 'rate-limited') state = run(state, { type: 'cooldown-over' }).state;
        state = run(state, SUBMIT, { type: 'register-failed', error: exists }).state;
        expect(state.error?.maybeRegistered, between.code).to.equal(true);
      }
      const definite = run(lost, SUBMIT, { type: 'register-failed', error: fail('register', 'invalid-input', { status: 400 }) }).state;
      expect(run(definite, SUBMIT, { type: 'register-failed', error: exists }).state.error?.maybeRegistered).to.equal(undefined);
    });

    it('moves to the consents update with the JWT and the choices; the lost answer is forgotten', () => {
      const lost = run(registering(), { type: 'register-failed', error: fail('register', 'network') }).state;
      const { state, effects } = run(lost, SUBMIT, {
        type: 'registered',
        registration: REGISTRATION,
        registeredAt: '2030-01-01T00:00:00.000Z',
      });
      expect(state.step).to.equal('consent-update');
      expect(state.lostEmail).to.equal(null);
      expect(state.registered).to.deep.equal({ ...REGISTRATION, email: 'ada@example.com', registeredAt: '2030-01-01T00:00:00.000Z' });
      expect(effects).to.deep.equal([UPDATE]);
    });

    it('ignores a registration answer that arrives outside the register step', () => {
      const registered = { type: 'registered', registration: REGISTRATION, registeredAt: 'x' } as const;
      const failed = { type: 'register-failed', error: fail('register', 'server') } as const;
      for (const state of [form(), updating(), run(updating(), { type: 'consents-saved' }).state]) {
        expect(run(state, registered)).to.deep.equal({ state, effects: [] });
        expect(run(state, failed)).to.deep.equal({ state, effects: [] });
      }
    });
  });

  describe('consent update', () => {
    it('ends in done, without an error, when the consents are stored', () => {
      const { state, effects } = run(updating(), { type: 'consents-saved' });
      expect(state.step).to.equal('done');
      expect(state.error).to.equal(null);
      expect(effects).to.deep.equal([]);
    });

    for (const code of ['network', 'timeout', 'server', 'invalid-response', 'invalid-input'] as const) {
      it(`keeps the account and the choices after ${code}; retry sends the same update again`, () => {
        const failed = run(updating(), { type: 'consents-failed', error: fail('consent-update', code) }).state;
        expect(failed.step).to.equal('consent-update');
        expect(failed.error).to.deep.equal(fail('consent-update', code));
        expect(failed.registered?.customerId).to.equal('42');
        expect(isRecoverable(failed.error!)).to.equal(true);
        const retried = run(failed, { type: 'retry' });
        expect(retried.state.error).to.equal(null);
        expect(retried.effects).to.deep.equal([UPDATE]);
        // Fails again, then works: done once.
        const again = run(retried.state, { type: 'consents-failed', error: fail('consent-update', code) }, { type: 'retry' }).state;
        expect(run(again, { type: 'consents-saved' }).state.step).to.equal('done');
      });
    }

    it('reports a 401 (expired JWT) and does not loop on it', () => {
      const failed = run(updating(), { type: 'consents-failed', error: fail('consent-update', 'unauthorized', { status: 401 }) }).state;
      expect(isRecoverable(failed.error!)).to.equal(false);
      expect(run(failed, { type: 'retry' })).to.deep.equal({ state: failed, effects: [] });
      expect(run(failed, { type: 'cooldown-over' })).to.deep.equal({ state: failed, effects: [] });
    });

    it('resumes the update by itself when a rate-limit wait ends, not before', () => {
      const failed = run(updating(), {
        type: 'consents-failed',
        error: fail('consent-update', 'rate-limited', { status: 429, retryAfter: 10 }),
      }).state;
      expect(run(failed, { type: 'retry' }).effects).to.deep.equal([]);
      const over = run(failed, { type: 'cooldown-over' });
      expect(over.state.error).to.equal(null);
      expect(over.effects).to.deep.equal([UPDATE]);
    });

    it('ignores consent answers outside the update step', () => {
      const done = run(updating(), { type: 'consents-saved' }).state;
      for (const state of [form(), registering(), done]) {
        expect(run(state, { type: 'consents-saved' })).to.deep.equal({ state, effects: [] });
        expect(run(state, { type: 'consents-failed', error: fail('consent-update', 'server') })).to.deep.equal({ state, effects: [] });
      }
    });

    it('has nothing to retry when nothing failed', () => {
      for (const state of [form(), registering(), updating()]) {
        expect(run(state, { type: 'retry' })).to.deep.equal({ state, effects: [] });
      }
    });
  });

  describe('reset', () => {
    it('returns to an empty form and keeps the metadata and the consents', () => {
      const failed = run(updating(), { type: 'consents-failed', error: fail('consent-update', 'server') }).state;
      const { state, effects } = run(failed, { type: 'reset' });
      expect(state).to.deep.equal({ ...initialState, step: 'form', metadata: METADATA, consents: CONSENTS });
      expect(effects).to.deep.equal([]);
    });

    it('forgets a lost answer (a new customer may be typing)', () => {
      const lost = run(registering(), { type: 'register-failed', error: fail('register', 'timeout') }).state;
      expect(run(lost, { type: 'reset' }).state.lostEmail).to.equal(null);
    });

    it('reloads what is missing when reset while loading failed', () => {
      const failed = run(
        initialState,
        { type: 'start' },
        { type: 'consents-loaded', consents: CONSENTS },
        { type: 'load-failed', step: 'metadata', error: fail('metadata', 'network') },
      ).state;
      const { state, effects } = run(failed, { type: 'reset' });
      expect(state.step).to.equal('metadata');
      expect(state.error).to.equal(null);
      expect(state.consents).to.deep.equal(CONSENTS);
      expect(effects).to.deep.equal([{ type: 'load-metadata' }]);
    });
  });
});
