/**
 * Helpers for the UI tests (a11y, autofill, theming, keyboard).
 *
 * - `useFreshApi()`: the mock API behind an API base of its own for every test. The widget shares successful
 *   GETs page-wide per URL (src/api/client.ts), so only a fresh base lets a later test see its own loading
 *   state or load fault.
 * - `engine`: which engine runs the file, for the quirks a test states out loud (never to skip silently).
 * - `screenshot()`: the `screenshot` command of web-test-runner.config.mjs (headless Chromium only).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { MockApi, MockApiOptions } from '../mock/api.js';
import type { CleengRegister } from '../src/cleeng-register.js';
import type { Step } from '../src/events.js';
import { configurePolicy, policy, type Policy } from '../src/api/policy.js';
import { mount, type MountOptions } from './harness.js';
import { useMockApi } from './setup.js';

let bases = 0;

export interface FreshApi {
  readonly api: MockApi;
  /** This test's API base (a same-origin path), e.g. `/ui-api-3`. */
  readonly base: string;
  /** `mount()` against this test's base. */
  mount(options?: MountOptions, until?: Step | null): Promise<CleengRegister>;
}

export function useFreshApi(options: MockApiOptions = {}): FreshApi {
  let base = '';
  const mock = useMockApi(() => {
    base = `/ui-api-${++bases}`;
    return { ...options, origins: [base] };
  });
  return {
    get api() {
      return mock.api;
    },
    get base() {
      return base;
    },
    mount: (mountOptions = {}, until = 'form') => mount({ apiBaseUrl: base, ...mountOptions }, until),
  };
}

/** Shortens retry backoff for the tests of the calling scope and restores the policy after each. */
export function useFastRetries(): void {
  let saved: Policy | undefined;
  beforeEach(() => {
    saved = { ...policy };
    configurePolicy({ baseDelayMs: 1, maxDelayMs: 1 });
  });
  afterEach(() => {
    if (saved) configurePolicy(saved);
  });
}

const ua = navigator.userAgent;
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(ua)
  ? 'firefox'
  : /Chrome\//.test(ua)
    ? 'chromium'
    : 'webkit';

/**
 * Saves screenshots/<name>.png of the element matching `selector` (headless Chromium only). Answers whether a
 * picture was taken: false in the other engines.
 */
export function screenshot(name: string, selector?: string): Promise<boolean> {
  return executeServerCommand<boolean, { name: string; selector?: string }>('screenshot', {
    name,
    ...(selector ? { selector } : {}),
  });
}

/**
 * Turns forced colours (Windows High Contrast) on or off for this page, through the `forced-colors` command of
 * web-test-runner.config.mjs. Answers whether it could: Chromium only, false in the other engines.
 */
export function forcedColors(active: boolean): Promise<boolean> {
  return executeServerCommand<boolean, { active: boolean }>('forced-colors', { active });
}

/** What Chromium's accessibility tree says of an element (a subset of puppeteer's SerializedAXNode). */
export interface A11yNode {
  role: string;
  name?: string;
}

/**
 * The accessibility-tree node of the first element matching `selector`, as screen readers get it; false in
 * engines whose driver cannot read the tree (Firefox through puppeteer's BiDi, WebKit through WebDriver).
 */
export function a11yNode(selector: string): Promise<A11yNode | null | false> {
  return executeServerCommand<A11yNode | null | false, { selector: string }>('a11y-node', { selector });
}

/** The element whose id the input's `aria-describedby` lists last (its error message). */
export function describedBy(input: Element): HTMLElement[] {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
}

/** Resolves after the next animation frame (lets styles and layout settle). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
