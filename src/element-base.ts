/**
 * The element's base class: the part of LitElement this widget uses, on lit-html's `render`, in a fraction of
 * the bytes (LitElement + ReactiveElement + lit's `css` cost about 2.5 KB gzip of the script-tag budget).
 *
 * What it keeps of LitElement's contract, because the widget and its hosts rely on it:
 *   - `static properties`: an accessor per property; an attribute (`attribute: 'name'`, the lower-cased
 *     property name by default, `false` for none) sets it, as a string or null;
 *   - a property set on the element before its definition loaded (frameworks do that) is kept: it is taken
 *     off the instance at construction and set again before the first update, so it wins over defaults;
 *   - batched, asynchronous updates: `requestUpdate()` → one microtask → `willUpdate(changed)`,
 *     controllers' `hostUpdate()`, then `update(changed)`, which renders `render()` into the shadow root;
 *     nothing renders before the element is first connected;
 *   - `updateComplete` resolves after the pending update (`true` when no other one is pending);
 *   - reactive controllers (`addController`; `hostConnected`, `hostUpdate`, `hostDisconnected`), which the
 *     flow uses (a controller here stays for the element's life: no `removeController`);
 *   - `static styles` adopted into the open shadow root.
 * What it leaves out (nothing here uses it): reflection, converters other than strings, `hasChanged`,
 * `updated`/`firstUpdated`, controllers' `hostUpdated`, a `<style>` fallback where constructable stylesheets
 * are missing (the form's own stylesheet needs them too; every engine the widget supports has them).
 */
import { render, type RenderOptions } from 'lit/html.js';
import type { ReactiveController } from 'lit';

export type PropertyOptions = { attribute?: string | false };
export type PropertyValues<T> = Map<keyof T, unknown>;

/** What `css` from ./css.js makes; the stylesheet is built on first use (there is none in Node). */
export interface Styles {
  readonly styleSheet: CSSStyleSheet;
}

// Server rendering imports this module where there is no DOM: the class must still be definable there.
const HTMLElementOrStub = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export abstract class ElementBase extends HTMLElementOrStub {
  static properties: Record<string, PropertyOptions>;
  static styles?: Styles;
  /** Attribute name → property name, made by `observedAttributes` when the tag is defined. */
  private static attributes: Map<string, string>;

  static get observedAttributes(): string[] {
    const attributes = (this.attributes = new Map());
    for (const [name, options] of Object.entries(this.properties)) {
      const key = Symbol(name);
      Object.defineProperty(this.prototype, name, {
        get(this: Record<symbol, unknown>) {
          return this[key];
        },
        set(this: ElementBase & Record<symbol, unknown>, value: unknown) {
          const old = this[key];
          if (Object.is(old, value)) return;
          this[key] = value;
          this.requestUpdate(name, old);
        },
        configurable: true,
        enumerable: true,
      });
      if (options.attribute !== false) attributes.set(options.attribute ?? name.toLowerCase(), name);
    }
    return [...attributes.keys()];
  }

  hasUpdated = false;
  renderRoot!: ShadowRoot;
  #controllers: ReactiveController[] = [];
  #changed: PropertyValues<this> = new Map();
  /** An update is due; true from the start: the first one waits for the first connection. */
  #pending = true;
  #early?: Map<string, unknown> = new Map();
  #connected!: () => void;
  #done: Promise<boolean>;

  constructor() {
    super();
    // Properties set before the upgrade are own data properties that hide the accessors: keep their values.
    for (const name of Object.keys((this.constructor as typeof ElementBase).properties)) {
      if (this.hasOwnProperty(name)) {
        this.#early!.set(name, this[name as keyof this]);
        delete this[name as keyof this];
      }
    }
    this.#done = new Promise<void>((resolve) => (this.#connected = resolve)).then(() => this.#perform());
  }

  get updateComplete(): Promise<boolean> {
    return this.#done;
  }

  addController(controller: ReactiveController): void {
    this.#controllers.push(controller);
    if (this.isConnected) controller.hostConnected?.();
  }


  connectedCallback(): void {
    if (!this.renderRoot) {
      this.renderRoot = this.attachShadow({ mode: 'open' });
      const styles = (this.constructor as typeof ElementBase).styles;
      if (styles) this.renderRoot.adoptedStyleSheets = [styles.styleSheet];
    }
    this.#connected();
    for (const controller of this.#controllers) controller.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const name = (this.constructor as typeof ElementBase).attributes.get(attribute);
    if (name) (this as Record<string, unknown>)[name] = value;
  }

  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name as keyof this)) this.#changed.set(name as keyof this, old);
    if (this.#pending) return;
    this.#pending = true;
    this.#done = Promise.resolve().then(() => this.#perform());
  }

  #perform(): boolean {
    // The flow starts in a controller's hostUpdate: with properties a framework set before the upgrade.
    if (this.#early) {
      for (const [name, value] of this.#early) (this as Record<string, unknown>)[name] = value;
      this.#early = undefined;
    }
    const changed = this.#changed;
    this.#changed = new Map();
    this.willUpdate(changed);
    for (const controller of this.#controllers) controller.hostUpdate?.();
    // From here on, a request is for another update (Lit's order: willUpdate, hostUpdate, then update).
    this.#pending = false;
    this.update(changed);
    this.hasUpdated = true;
    return !this.#pending;
  }

  protected willUpdate(_changed: PropertyValues<this>): void {}

  protected update(_changed: PropertyValues<this>): void {
    render(this.render(), this.renderRoot, { host: this } satisfies RenderOptions);
  }

  protected abstract render(): unknown;
}
