import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { msg } from '@lit/localize';
import { apiBase } from './api/client.js';
import type { Consent } from './api/schemas.js';
import { formStyles, hostStyles } from './cleeng-register.styles.js';
import { ElementBase, type PropertyOptions, type PropertyValues } from './element-base.js';
import { labelText, sanitizeLabel, type LabelPart } from './consents/sanitize.js';
import { emit, type ConsentChoice, type ErrorDetail, type Step } from './events.js';
import { activeLocale, useLocale } from './locales/localization.js';
import { isRtl, resolveLocale } from './locales/resolve.js';
import { FlowController, type FlowConfig } from './machine/controller.js';
import { isRecoverable, type Failure, type State } from './machine/machine.js';
import { failureMessage, fieldMessage, ruleMessage } from './messages.js';
import { passwordRules, validateForm, type FieldName, type PasswordRule } from './validation/form.js';

let instances = 0;
const adopted = new WeakSet<Document | ShadowRoot>();

/**
 * The reCAPTCHA code (captcha.ts), loaded only when a site key is set, on first focus or submit: in the
 * script-tag build it is its own chunk next to the entry, so a page without captcha never downloads it.
 */
let captchaModule: typeof import('./captcha.js') | undefined;
const captcha = () => import('./captcha.js').then((module) => (captchaModule = module));

/** Adopts the form's stylesheet into the document or shadow root the element lives in, once per root. */
function adoptFormStyles(root: Node): void {
  const target = root as Document | ShadowRoot;
  const sheet = formStyles.styleSheet;
  if (adopted.has(target) || !sheet || !('adoptedStyleSheets' in target)) return;
  adopted.add(target);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}

/**
 * Cleeng's customer registration as one element: metadata and consents load together, the customer fills
 * email, password and consents, the widget registers them (`POST /customers`) and stores their consents
 * (`PUT /customers/{id}/consents`), telling the host page every step through events.
 *
 * The form (email, password, consents, submit) is rendered into the element's light DOM, inside a real
 * `<form>`, so browsers' and extensions' password managers can see it.
 *
 * @tag cleeng-register
 *
 * @fires {CustomEvent<StepDetail>} cleeng-register-step - The flow moved to another step.
 * @fires {CustomEvent<SubmitDetail>} cleeng-register-submit - Cancelable; before `POST /customers`. `preventDefault()` stops the registration.
 * @fires {CustomEvent<SuccessDetail>} cleeng-register-success - The account exists and its consents are stored.
 * @fires {CustomEvent<ErrorDetail>} cleeng-register-error - Something failed; `detail.code` says what.
 * @fires {CustomEvent<LoginDetail>} cleeng-register-login - The customer asked to sign in instead.
 *
 * @slot header - Content above the form (a title, a logo).
 * @slot footer - Content below the form.
 * @slot success - Replaces the default success message on `done`.
 *
 * @csspart base - The widget's frame.
 * @csspart success - The success message container.
 *
 * The form lives in the light DOM, where parts do not exist: its pieces carry stable `cr-*` class names
 * instead (`cr-form`, `cr-field`, `cr-label`, `cr-input`, `cr-toggle`, `cr-checklist`, `cr-error`,
 * `cr-consents`, `cr-consent`, `cr-checkbox`, `cr-alert`, `cr-button`, `cr-link`, `cr-hint`, …), styled by
 * rules of one class and one type selector (`cleeng-register .cr-button`); restyle one with a more specific
 * selector, e.g. `cleeng-register .cr-root .cr-button`.
 *
 * @cssprop --cleeng-register-font-family - Font family.
 * @cssprop --cleeng-register-font-size - Base font size (default 1rem).
 * @cssprop --cleeng-register-radius - Corner radius (default 0.5rem).
 * @cssprop --cleeng-register-spacing - Space between fields (default 1rem).
 * @cssprop --cleeng-register-density - A factor on the spacing (default 1; 0.75 is compact).
 * @cssprop --cleeng-register-max-width - Maximum width (default 28rem).
 * @cssprop --cleeng-register-color-background - Background.
 * @cssprop --cleeng-register-color-surface - Background of notices and the success message.
 * @cssprop --cleeng-register-color-text - Text.
 * @cssprop --cleeng-register-color-muted - Secondary text (hints, checklist).
 * @cssprop --cleeng-register-color-border - Input and frame borders.
 * @cssprop --cleeng-register-color-primary - Buttons and links.
 * @cssprop --cleeng-register-color-on-primary - Text on the primary colour.
 * @cssprop --cleeng-register-color-error - Error text and borders.
 * @cssprop --cleeng-register-color-success - Met checklist items and the success accent.
 * @cssprop --cleeng-register-color-focus - Focus ring.
 */
export class CleengRegister extends ElementBase {
  static override styles = hostStyles;

  static override properties: Record<string, PropertyOptions> = {
    publisherId: { attribute: 'publisher-id' },
    offerId: { attribute: 'offer-id' },
    environment: {},
    apiBaseUrl: { attribute: 'api-base-url' },
    locale: {},
    email: {},
    getCaptchaToken: { attribute: false },
    recaptchaSiteKey: { attribute: 'recaptcha-site-key' },
  };

  /** Cleeng publisher id (9 digits). Required. */
  declare publisherId: string;
  /** Cleeng offer id (e.g. `S565568989_US`); optional. */
  declare offerId: string;
  /** `sandbox` (default) or `production`. */
  declare environment: 'sandbox' | 'production';
  /** API base URL; overrides `environment` (a proxy, or tests). HTTPS only, except loopback. */
  declare apiBaseUrl: string;
  /** UI language (e.g. `de`, `pt-BR`); by default the customer's locale from Cleeng, then the browser's. */
  declare locale: string;
  /** Prefills the email field. */
  declare email: string;
  /** An async function returning a captcha token for `POST /customers` (the host's own captcha). */
  declare getCaptchaToken: (() => Promise<string>) | undefined;
  /**
   * Google reCAPTCHA Enterprise site key, when the publisher turned captcha on: the widget loads Google's
   * script on first focus or submit (with the element's `nonce`) and sends an invisible `register` token.
   * `getCaptchaToken`, when set, is used instead.
   */
  declare recaptchaSiteKey: string;

  readonly #flow = new FlowController(
    this,
    () => this.#flowConfig(),
    (previous, next) => this.#flowChanged(previous, next),
  );
  readonly #uid = `cleeng-register-${++instances}`;
  #root?: HTMLElement;
  private values = { email: '', password: '', ticks: {} as Record<string, boolean> };
  #touched = new Set<FieldName>();
  #submitted = false;
  #passwordVisible = false;
  #submitPending = false;
  /** A server error the customer has since edited the field for. */
  #editedError: Failure | null = null;
  #labels = new WeakMap<Consent, LabelPart[]>();
  /** The rate-limit wait just ended: the status region says so once (worded at render time, in the current language). */
  #waitOver = false;

  constructor() {
    super();
    this.environment = 'sandbox';
    this.publisherId = '';
    this.offerId = '';
    this.apiBaseUrl = '';
    this.locale = '';
    this.email = '';
    this.recaptchaSiteKey = '';
  }

  /** The step the flow is in. */
  get step(): Step {
    return this.#flow.state.step;
  }

  /** The current error, or null. */
  get error(): ErrorDetail | null {
    const { error } = this.#flow.state;
    return error ? this.#errorDetail(error) : null;
  }

  override connectedCallback(): void {
    if (!this.#root) {
      this.#root = document.createElement('div');
      this.#root.slot = 'cleeng-register-form';
      this.#root.className = 'cr-root';
      this.append(this.#root);
    }
    adoptFormStyles(this.getRootNode());
    super.connectedCallback();
    addEventListener('online', this.#online);
    // A language finished loading (this widget's, another widget's, or the page's own Lit app's): re-render.
    addEventListener('lit-localize-status', this.#relocalize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#online);
    removeEventListener('lit-localize-status', this.#relocalize);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('email') && !this.#touched.has('email')) this.values.email = this.email ?? '';
    if (changed.has('apiBaseUrl') && this.apiBaseUrl && !apiBase(this.environment, this.apiBaseUrl)) {
      console.warn(`<cleeng-register>: api-base-url "${this.apiBaseUrl}" refused: HTTPS only (http: only for loopback)`);
    }
    const restart = ['publisherId', 'offerId', 'environment', 'apiBaseUrl'] as const;
    if (this.hasUpdated && restart.some((key) => changed.has(key))) this.#flow.restart();
    void useLocale(resolveLocale(this.locale, this.#flow.state.metadata?.locale));
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (this.#root) render(this.#renderBody(), this.#root, { host: this });
  }

  // ---- flow ----

  #flowConfig(): FlowConfig {
    return {
      base: apiBase(this.environment, this.apiBaseUrl),
      publisherId: this.publisherId ?? '',
      offerId: this.offerId ?? '',
      ...(this.getCaptchaToken
        ? { captchaToken: this.getCaptchaToken }
        : this.recaptchaSiteKey
          ? {
              captchaToken: () => captcha().then((c) => c.recaptchaToken(this.recaptchaSiteKey, this.#cspNonce())),
              // Called after a token was asked for, so the module is loaded; synchronous, like before.
              captchaReset: () => captchaModule?.resetRecaptcha(),
            }
          : {}),
    };
  }

  #flowChanged(previous: State, next: State): void {
    if (next.step !== previous.step) emit(this, 'cleeng-register-step', { step: next.step, previousStep: previous.step });
    if (next.consents && !previous.consents) {
      // Pre-tick only required terms that the publisher enabled by default; never marketing.
      for (const consent of next.consents) {
        this.values.ticks[consent.name] ??= consent.required && consent.enabledByDefault;
      }
    }
    this.#waitOver = previous.error?.code === 'rate-limited' && !next.error && next.step === 'form';
    if (next.error && next.error !== previous.error) {
      this.#editedError = null;
      emit(this, 'cleeng-register-error', this.#errorDetail(next.error));
      if (next.error.field) void this.#focusField(next.error.field);
      // The consents panel replaces the form and its focused submit button: focus moves to the panel's action.
      else if (next.error.step === 'consent-update') {
        void this.updateComplete.then(() => this.#root?.querySelector<HTMLElement>('.cr-button')?.focus());
      }
    }
    if (next.registered && !previous.registered) this.#offerCredential(next.registered.email);
    if (next.step === 'form' && this.#submitPending) {
      this.#submitPending = false;
      queueMicrotask(() => this.#submit());
    }
    if (next.step === 'done' && previous.step !== 'done') this.#finish(next);
  }

  /** Whole seconds left in the current rate-limit wait. */
  #waitSeconds(): number {
    return Math.max(0, Math.ceil((this.#flow.cooldownUntil - Date.now()) / 1000));
  }

  #errorDetail(error: Failure): ErrorDetail {
    const seconds = this.#flow.cooldownUntil ? this.#waitSeconds() : error.retryAfter;
    return {
      step: error.step,
      code: error.code,
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
      message: failureMessage(error, seconds),
      recoverable: isRecoverable(error),
      ...(error.maybeRegistered ? { maybeRegistered: true } : {}),
    };
  }

  #finish(state: State): void {
    const { registered, metadata, consents, choices } = state;
    if (!registered || !metadata || !consents) return;
    // The password leaves memory with the form, and the input (a reference may outlive the form) empties.
    this.values.password = '';
    const input = this.#root?.querySelector<HTMLInputElement>('input[name="password"]');
    if (input) input.value = '';
    const byName = new Map(consents.map((consent) => [consent.name, consent]));
    emit(this, 'cleeng-register-success', {
      customerId: registered.customerId,
      email: registered.email,
      jwt: registered.jwt,
      refreshToken: registered.refreshToken,
      customerToken: registered.customerToken,
      locale: metadata.locale,
      country: metadata.country,
      currency: metadata.currency,
      consents: choices.map((choice) => {
        const consent = byName.get(choice.name);
        return {
          ...choice,
          required: consent?.required ?? false,
          label: consent ? labelText(this.#labelParts(consent)) : '',
        };
      }),
      registeredAt: registered.registeredAt,
    });
    // Focus follows the customer to the message, unless they have moved on elsewhere on the page meanwhile.
    const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
    if (active && active !== document.body && !this.contains(active)) return;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.success')?.focus());
  }

  /** Offers the new credential to the browser's password manager, where it has one. */
  #offerCredential(email: string): void {
    const Credential = (globalThis as { PasswordCredential?: new (data: object) => Credential }).PasswordCredential;
    if (!Credential || !navigator.credentials?.store) return;
    try {
      void navigator.credentials.store(new Credential({ id: email, password: this.values.password })).catch(() => {});
    } catch {
      // Some browsers throw synchronously for a document without a user gesture: nothing to offer then.
    }
  }

  readonly #relocalize = () => this.requestUpdate();

  readonly #online = () => {
    const { error } = this.#flow.state;
    if (error?.code === 'network' || error?.code === 'timeout') {
      if (error.step !== 'register' || error.cleengCode === 'offline') this.retry();
    }
  };

  // ---- handlers ----

  #onInput(field: 'email' | 'password', event: Event): void {
    this.values[field] = (event.target as HTMLInputElement).value;
    const { error } = this.#flow.state;
    if (error && (error.field === field || (field === 'email' && error.code === 'customer-exists'))) {
      this.#editedError = error;
    }
    this.requestUpdate();
  }

  /**
   * Takes what the form shows into the widget's values. Typing and ticking update them as they happen; this
   * also hears a filler that sets inputs without firing `input` (some password managers and extensions).
   */
  #readForm(): void {
    for (const input of this.#root?.querySelectorAll('input') ?? []) {
      if (input.type === 'checkbox') this.values.ticks[input.value] = input.checked;
      else this.values[input.name as 'email' | 'password'] = input.value;
    }
  }

  #onBlur(field: FieldName): void {
    this.#readForm();
    this.#touched.add(field);
    this.requestUpdate();
  }

  #onTick(name: string, event: Event): void {
    this.values.ticks[name] = (event.target as HTMLInputElement).checked;
    this.#touched.add('consents');
    this.requestUpdate();
  }

  /** The first focus in the form starts loading the captcha script, so it is ready by submit. */
  #onFocusIn(): void {
    if (this.recaptchaSiteKey && !this.getCaptchaToken) {
      captcha()
        .then((c) => c.loadRecaptcha(this.recaptchaSiteKey, this.#cspNonce()))
        .catch(() => {});
    }
  }

  /** The page's CSP nonce: a header-delivered CSP hides the attribute, the property keeps it. */
  #cspNonce(): string {
    return this.nonce || this.getAttribute('nonce') || '';
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    this.#submit();
  }

  #togglePassword(): void {
    this.#passwordVisible = !this.#passwordVisible;
    this.requestUpdate();
  }

  #login(): void {
    emit(this, 'cleeng-register-login', { email: this.values.email.trim() });
  }

  async #focusField(field: FieldName): Promise<void> {
    await this.updateComplete;
    const selector = field === 'consents' ? '.cr-checkbox[aria-invalid="true"]' : `[name="${field}"]`;
    this.#root?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Validates and registers; one click, one registration. */
  #submit(): void {
    const { step, error, consents } = this.#flow.state;
    if (step === 'register' || step === 'consent-update' || step === 'done') return;
    if (this.#flow.cooldownUntil > Date.now()) return;
    this.#readForm();
    this.#submitted = true;
    if (!consents || step !== 'form') {
      // Metadata or consents are still on their way: submit as soon as they arrive.
      this.#submitPending = !error;
      this.requestUpdate();
      return;
    }
    const errors = validateForm(this.values, consents);
    const invalid = (['email', 'password', 'consents'] as const).find((field) => errors[field]);
    if (invalid) {
      this.requestUpdate();
      void this.#focusField(invalid);
      emit(this, 'cleeng-register-error', {
        step: 'form',
        code: 'invalid-input',
        message: fieldMessage(errors[invalid]!),
        recoverable: true,
      });
      return;
    }
    const choices: ConsentChoice[] = consents.map(({ name, version }) => ({
      name,
      version,
      state: this.values.ticks[name] ? 'accepted' : 'declined',
    }));
    const email = this.values.email.trim();
    if (!emit(this, 'cleeng-register-submit', { email, consents: choices }, true)) return;
    this.#flow.dispatch({ type: 'submit', email, password: this.values.password, choices });
  }

  // ---- public methods ----

  /** Repeats the step that failed. */
  retry(): void {
    const { error } = this.#flow.state;
    if (error?.step === 'register') this.#submit();
    else this.#flow.dispatch({ type: 'retry' });
  }

  /** Returns to an empty form; the customer's metadata and the publisher's consents are kept. */
  reset(): void {
    this.values = { email: this.email ?? '', password: '', ticks: {} };
    for (const consent of this.#flow.state.consents ?? []) {
      this.values.ticks[consent.name] = consent.required && consent.enabledByDefault;
    }
    this.#touched.clear();
    this.#submitted = false;
    this.#submitPending = false;
    this.#passwordVisible = false;
    this.#flow.dispatch({ type: 'reset' });
    this.requestUpdate();
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const locale = activeLocale();
    return html`<div part="base" class="base" lang=${locale} dir=${isRtl(locale) ? 'rtl' : 'ltr'}>
      <slot name="header"></slot>
      ${this.#flow.state.step === 'done' ? this.#renderSuccess() : html`<slot name="cleeng-register-form"></slot>`}
      <slot name="footer"></slot>
    </div>`;
  }

  #renderSuccess(): TemplateResult {
    // No live role: focus moves here (see finish), which reads it once.
    return html`<div part="success" class="success" tabindex="-1">
      <slot name="success">
        <p class="title">${msg('Your account is ready.', { id: 'success.title', desc: 'Shown after registration.' })}</p>
        <p>${msg('Welcome aboard!', { id: 'success.body', desc: 'Second line of the success message.' })}</p>
      </slot>
    </div>`;
  }

  /** The light-DOM part: whatever the step shows. */
  #renderBody(): TemplateResult | typeof nothing {
    const { step, error } = this.#flow.state;
    switch (step) {
      case 'metadata':
      case 'consents':
      case 'form':
      case 'register':
        return this.#renderForm();
      case 'consent-update':
        return error ? this.#renderConsentFailure(error) : this.#renderForm();
      case 'done':
        return nothing;
      default: {
        const unknown: never = step;
        return unknown;
      }
    }
  }

  #fieldError(field: FieldName): string {
    const { error, consents } = this.#flow.state;
    if (error && error !== this.#editedError && error.step === 'register') {
      if (field === 'email' && error.code === 'customer-exists') return failureMessage(error);
      if (error.field === field) return failureMessage(error);
    }
    if (!this.#submitted && !this.#touched.has(field)) return '';
    const errors = validateForm(this.values, consents ?? []);
    const key = errors[field];
    // The consents message only after a submit: ticking one box must not shout about the others.
    if (field === 'consents' && !this.#submitted) return '';
    return key ? fieldMessage(key) : '';
  }

  #renderForm(): TemplateResult {
    const { step, error } = this.#flow.state;
    const id = this.#uid;
    // A submit waiting for the data is busy, unless loading failed: then the alert says what to do.
    const busy = step === 'register' || step === 'consent-update' || (this.#submitPending && !error);
    const emailError = this.#fieldError('email');
    const passwordError = this.#fieldError('password');
    const locale = activeLocale();
    return html`<form
      class="cr-form"
      id="${id}-form"
      name="cleeng-register"
      novalidate
      aria-busy=${busy ? 'true' : 'false'}
      lang=${locale}
      dir=${isRtl(locale) ? 'rtl' : 'ltr'}
      @submit=${this.#onSubmit}
      @focusin=${this.#onFocusIn}
    >
      <div class="cr-field">
        <label class="cr-label" for="${id}-email">${msg('Email', { id: 'field.email', desc: 'Email field label.' })}</label>
        <input
          class="cr-input"
          id="${id}-email"
          name="email"
          type="email"
          dir="ltr"
          autocomplete="email"
          inputmode="email"
          autocapitalize="none"
          spellcheck="false"
          required
          aria-invalid=${emailError ? 'true' : 'false'}
          aria-describedby="${id}-email-error"
          .value=${this.values.email}
          @input=${(e: Event) => this.#onInput('email', e)}
          @blur=${() => this.#onBlur('email')}
        />
        <p class="cr-error" id="${id}-email-error" aria-live="polite">${emailError}${
          emailError && error?.code === 'customer-exists'
            ? html` <button type="button" class="cr-link" @click=${this.#login}>
                ${msg('Sign in instead', { id: 'action.sign-in-instead', desc: 'Link under an email that already has an account.' })}
              </button>`
            : nothing
        }</p>
      </div>
      ${this.#renderPassword(passwordError)} ${this.#renderConsents()} ${this.#renderAlert()}
      <button class="cr-button" type="submit" aria-disabled=${busy || this.#flow.cooldownUntil ? 'true' : 'false'}>
        ${busy ? html`<span class="cr-spinner" aria-hidden="true"></span>` : nothing}
        ${busy
          ? msg('Creating your account…', { id: 'action.submitting', desc: 'Submit button while registering.' })
          : msg('Create account', { id: 'action.submit', desc: 'Submit button.' })}
      </button>
      <p class="cr-hint">
        ${msg('Already have an account?', { id: 'hint.have-account', desc: 'Before the sign-in link.' })}
        <button type="button" class="cr-link" @click=${this.#login}>
          ${msg('Sign in', { id: 'action.sign-in', desc: 'Link to sign in instead of registering.' })}
        </button>
      </p>
    </form>`;
  }

  #renderPassword(passwordError: string): TemplateResult {
    const id = this.#uid;
    const password = this.values.password;
    return html`<div class="cr-field">
      <label class="cr-label" for="${id}-password">${msg('Password', { id: 'field.password', desc: 'Password field label.' })}</label>
      <div class="cr-password">
        <input
          class="cr-input"
          id="${id}-password"
          name="password"
          type=${this.#passwordVisible ? 'text' : 'password'}
          autocomplete="new-password"
          autocapitalize="none"
          spellcheck="false"
          required
          minlength="8"
          maxlength="80"
          aria-invalid=${passwordError ? 'true' : 'false'}
          aria-describedby="${id}-password-rules ${id}-password-error"
          .value=${password}
          @input=${(e: Event) => this.#onInput('password', e)}
          @blur=${() => this.#onBlur('password')}
        />
        <button
          type="button"
          class="cr-toggle"
          aria-controls="${id}-password"
          aria-pressed=${this.#passwordVisible ? 'true' : 'false'}
          aria-label=${msg('Show password', {
            id: 'action.show-password-name',
            desc: 'Accessible name of the show-password toggle; its pressed state says whether it is shown.',
          })}
          @click=${this.#togglePassword}
        >
          ${msg('Show', { id: 'action.show-password', desc: 'Toggle button that shows the password (pressed = shown). Short.' })}
        </button>
      </div>
      <ul class="cr-checklist" id="${id}-password-rules" aria-label=${msg('Password requirements', { id: 'rule.title', desc: 'Accessible name of the password checklist.' })}>
        ${(Object.keys(passwordRules) as PasswordRule[]).map((rule) => {
          const met = passwordRules[rule](password);
          return html`<li class=${met ? 'cr-met' : ''}>
            ${ruleMessage(rule)}<span class="cr-visually-hidden">
              ${met
                ? msg('(done)', { id: 'rule.met', desc: 'Screen-reader suffix of a met checklist item.' })
                : msg('(not yet)', { id: 'rule.unmet', desc: 'Screen-reader suffix of an unmet checklist item.' })}</span
            >
          </li>`;
        })}
      </ul>
      <p class="cr-error" id="${id}-password-error" aria-live="polite">${passwordError}</p>
    </div>`;
  }

  #labelParts(consent: Consent): LabelPart[] {
    let parts = this.#labels.get(consent);
    if (!parts) this.#labels.set(consent, (parts = sanitizeLabel(consent.label || consent.name)));
    return parts;
  }

  #renderConsents(): TemplateResult {
    const { consents, error } = this.#flow.state;
    const id = this.#uid;
    const consentsError = this.#fieldError('consents');
    const missing = new Set(this.#submitted ? validateForm(this.values, consents ?? []).missingConsents : []);
    const loadFailed = error && (error.step === 'metadata' || error.step === 'consents');
    return html`<fieldset class="cr-consents" aria-describedby="${id}-consents-error">
      <legend class="cr-visually-hidden">${msg('Terms and preferences', { id: 'consents.legend', desc: 'Group label of the consent checkboxes.' })}</legend>
      ${consents
        ? consents.map(
            (consent, index) => html`<div class="cr-consent">
              <input
                class="cr-checkbox"
                type="checkbox"
                id="${id}-consent-${index}"
                name="consents"
                value=${consent.name}
                data-consent=${consent.name}
                ?required=${consent.required}
                aria-invalid=${missing.has(consent.name) ? 'true' : 'false'}
                aria-describedby=${missing.has(consent.name) ? `${id}-consents-error` : nothing}
                .checked=${Boolean(this.values.ticks[consent.name])}
                @change=${(e: Event) => this.#onTick(consent.name, e)}
              />
              <label for="${id}-consent-${index}"
                ><bdi
                  >${this.#labelParts(consent).map((part) =>
                    'href' in part
                      ? html`<a href=${part.href} target="_blank" rel="noopener noreferrer">${part.text}</a>`
                      : part.text,
                  )}</bdi
                >${consent.required
                  ? html`<span class="cr-required" aria-hidden="true"> *</span><span class="cr-visually-hidden">
                        ${msg('(required)', { id: 'consents.required', desc: 'Screen-reader suffix of a required consent.' })}</span
                      >`
                  : nothing}</label
              >
            </div>`,
          )
        : loadFailed
          ? nothing
          : html`<p class="cr-status" role="status">
              ${msg('Loading terms…', { id: 'status.loading-consents', desc: 'While the consents load.' })}
            </p>`}
      <p class="cr-error" id="${id}-consents-error" aria-live="polite">${consentsError}</p>
    </fieldset>`;
  }

  /**
   * The failure (an alert), the 429 countdown (a timer: the alert says the wait once, the timer counts
   * silently) and the status line. The three regions stay in place, so assistive tech hears changes.
   */
  #renderAlert(): TemplateResult {
    const { error } = this.#flow.state;
    const shown =
      error && error !== this.#editedError && !(error.step === 'register' && (error.code === 'customer-exists' || error.field))
        ? error
        : null;
    const waiting = shown?.code === 'rate-limited';
    return html`<div class="cr-alert ${waiting ? 'cr-visually-hidden' : ''}" role="alert">${shown
        ? html`<p>${failureMessage(shown)}</p>${isRecoverable(shown) &&
            !waiting &&
            shown.step !== 'register' &&
            shown.cleengCode !== 'offline'
              ? html`<button type="button" class="cr-button cr-secondary" @click=${() => this.retry()}>
                  ${msg('Try again', { id: 'action.retry', desc: 'Retry button after an error.' })}
                </button>`
              : nothing}`
        : nothing}</div>
      ${waiting ? this.#renderTimer(shown) : nothing}
      <p class="cr-visually-hidden" role="status">${this.#waitOver
        ? msg('You can try again now.', { id: 'status.try-again-now', desc: 'Announced when the rate-limit wait is over.' })
        : ''}</p>`;
  }

  /** The visible, silently counting part of a rate-limit wait. */
  #renderTimer(error: Failure): TemplateResult {
    return html`<p class="cr-alert" role="timer">${failureMessage(error, this.#waitSeconds())}</p>`;
  }

  #renderConsentFailure(error: Failure): TemplateResult {
    return html`<div class="cr-form" lang=${activeLocale()}>
      <div class="cr-alert" role="alert">
        <p>
          ${msg('Your account was created, but your preferences are not saved yet.', {
            id: 'consent-update.failed',
            desc: 'Registration worked; saving the consents failed.',
          })}
        </p>
        <p>${failureMessage(error)}</p>
      </div>
      ${error.code === 'rate-limited'
        ? this.#renderTimer(error)
        : isRecoverable(error)
        ? html`<button type="button" class="cr-button" @click=${() => this.retry()}>
            ${msg('Save my preferences', { id: 'action.retry-consents', desc: 'Retry saving consents.' })}
          </button>`
        : html`<button type="button" class="cr-button" @click=${this.#login}>
            ${msg('Sign in', { id: 'action.sign-in', desc: 'Link to sign in instead of registering.' })}
          </button>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cleeng-register': CleengRegister;
  }
}
