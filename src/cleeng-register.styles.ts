/**
 * Two stylesheets. `hostStyles` styles the shadow frame. `formStyles` styles the form, which lives in the
 * light DOM so password managers find its inputs; it is adopted into the element's root (document or shadow
 * root) once, scoped under `cleeng-register .cr-root` with a reset so a host page's global `input`, `label`,
 * `form` and `button` rules do not leak in. Both are constructable stylesheets: no `<style>` element, no
 * inline style, so a page with `style-src 'self'` needs no `'unsafe-inline'`.
 * Every colour, font, radius and spacing comes from a documented `--cleeng-register-*` property; defaults
 * follow the page's `color-scheme` through `light-dark()` (contrast at least 4.5:1 in both).
 */
import { css } from './css.js';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--cleeng-register-max-width, 28rem);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    background: var(--_bg);
    color: var(--_text);
    font: var(--_font);
    /* Inherited text styles of the host page stop here (the slotted form inherits from this frame). */
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    text-shadow: none;
    border: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    border-radius: var(--_radius);
  }
  .success {
    outline: none;
    padding: var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_success);
    background: var(--_surface);
  }
  .success:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .success p {
    margin: 0;
  }
  .success .title {
    font-weight: 600;
    font-size: 1.125em;
  }
`;

export const formStyles = css`
  cleeng-register {
    /* The whole \`font\` shorthand both frames use: size / line height family. */
    --_font: var(--cleeng-register-font-size, 1rem) / 1.5
      var(--cleeng-register-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--cleeng-register-radius, 0.5rem);
    --_space: calc(var(--cleeng-register-spacing, 1rem) * var(--cleeng-register-density, 1));
    --_bg: var(--cleeng-register-color-background, light-dark(#fff, #16181d));
    --_surface: var(--cleeng-register-color-surface, light-dark(#f5f7fa, #20242b));
    --_text: var(--cleeng-register-color-text, light-dark(#1f2328, #e8eaed));
    --_muted: var(--cleeng-register-color-muted, light-dark(#57606a, #a4adb9));
    --_border: var(--cleeng-register-color-border, light-dark(#767f8a, #8b949e));
    --_primary: var(--cleeng-register-color-primary, light-dark(#1d4ed8, #8ab4ff));
    --_on-primary: var(--cleeng-register-color-on-primary, light-dark(#fff, #0b1220));
    --_error: var(--cleeng-register-color-error, light-dark(#b42318, #ff9b91));
    --_success: var(--cleeng-register-color-success, light-dark(#1a7f37, #6fdd8b));
    --_focus: var(--cleeng-register-color-focus, light-dark(#1d4ed8, #8ab4ff));

    /*
     * The rules below are nested in \`cleeng-register\`: \`.cr-form\` here is \`cleeng-register .cr-form\`, one class
     * and one type selector, the specificity the class hooks document; nesting only saves repeating the prefix.
     *
     * A reset against the host page's global rules (\`input\`, \`label\`, \`div::after\`…): anything up to one class and
     * one type selector loses to it (\`*\` counts for nothing: \`.cr-root *\` is as specific as \`.cr-root\`). Our own
     * rules below have the same specificity and win by order; a host page restyles a piece with a more specific
     * selector, e.g. \`cleeng-register .cr-root .cr-button\`.
     */
    .cr-root,
    .cr-root *,
    .cr-root ::before,
    .cr-root ::after {
      all: revert;
      box-sizing: border-box;
    }
    .cr-root {
      color: var(--_text);
      font: var(--_font);
    }
    .cr-form {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }
    .cr-field {
      display: flex;
      flex-direction: column;
    }
    .cr-label {
      margin-block-end: 0.25rem;
      font-weight: 600;
    }
    .cr-input {
      appearance: none;
      inline-size: 100%;
      min-block-size: 2.75rem;
      margin: 0;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      font: inherit;
      color: var(--_text);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
    }
    .cr-input[aria-invalid=true] {
      border-color: var(--_error);
      border-width: 2px;
    }
    .cr-input:focus-visible,
    .cr-button:focus-visible,
    .cr-link:focus-visible,
    .cr-toggle:focus-visible,
    .cr-checkbox:focus-visible,
    .cr-consent a:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .cr-password {
      position: relative;
      display: flex;
    }
    .cr-password .cr-input {
      padding-inline-end: 5.5rem;
    }
    .cr-toggle {
      position: absolute;
      inset-block: 0.25rem;
      inset-inline-end: 0.25rem;
      margin: 0;
      padding-inline: 0.75rem;
      font: inherit;
      font-size: 0.875em;
      color: var(--_primary);
      background: none;
      border: 0;
      border-radius: calc(var(--_radius) * 0.5);
      cursor: pointer;
    }
    .cr-toggle[aria-pressed=true] {
      color: var(--_on-primary);
      background: var(--_primary);
    }
    .cr-checklist {
      display: flex;
      flex-wrap: wrap;
      gap: 0.125rem 1rem;
      margin: 0.375rem 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .cr-checklist li {
      display: flex;
      align-items: center;
      gap: 0.375rem;
    }
    .cr-checklist li::before {
      content: '';
      inline-size: 0.5rem;
      block-size: 0.5rem;
      border-radius: 50%;
      border: 1.5px solid;
    }
    .cr-checklist li.cr-met {
      color: var(--_success);
    }
    .cr-checklist li.cr-met::before {
      background: currentColor;
    }
    /* Error regions stay rendered while empty: a live region must exist before its text arrives. */
    .cr-error {
      margin: 0;
      font-size: 0.875em;
      color: var(--_error);
    }
    .cr-error:not(:empty) {
      margin-block-start: 0.375rem;
    }
    .cr-consents {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .cr-consent + .cr-consent {
      margin-block-start: 0.5rem;
    }
    .cr-consent {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
    }
    .cr-checkbox {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0.125rem 0 0;
      accent-color: var(--_primary);
    }
    .cr-consent a,
    .cr-link {
      color: var(--_primary);
      text-decoration: underline;
    }
    .cr-required {
      color: var(--_error);
    }
    .cr-status,
    .cr-hint {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .cr-alert:not(:empty) {
      margin: 0;
      padding: 0.75rem;
      background: var(--_surface);
      border-inline-start: 4px solid var(--_error);
      border-radius: calc(var(--_radius) * 0.5);
    }
    .cr-alert p {
      margin: 0;
    }
    .cr-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
      margin: 0;
      padding-block: 0.5rem;
      padding-inline: 1.25rem;
      font: inherit;
      font-weight: 600;
      color: var(--_on-primary);
      background: var(--_primary);
      border: 0;
      border-radius: calc(var(--_radius) * 0.75);
      cursor: pointer;
    }
    .cr-button:hover {
      background: color-mix(in srgb, var(--_primary) 85%, var(--_text));
    }
    .cr-button[aria-disabled=true] {
      cursor: not-allowed;
      background: var(--_muted);
    }
    [aria-busy=true] .cr-button {
      cursor: progress;
      background: var(--_primary);
    }
    .cr-button.cr-secondary {
      color: var(--_primary);
      background: none;
      border: 1px solid;
    }
    .cr-alert .cr-button {
      margin-block-start: 0.5rem;
    }
    .cr-link:hover,
    .cr-consent a:hover {
      text-decoration-thickness: 2px;
    }
    .cr-link {
      display: inline;
      margin: 0;
      padding: 0;
      font: inherit;
      background: none;
      border: 0;
      cursor: pointer;
    }
    .cr-spinner {
      inline-size: 1em;
      block-size: 1em;
      border: 2px solid;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: cr-spin 0.8s linear infinite;
    }
    @media (prefers-reduced-motion: reduce) {
      .cr-spinner {
        animation: none;
        border-style: dotted;
      }
    }
    /*
     * Forced colours (Windows High Contrast, …) repaint every background in the system's colour: what a fill
     * said needs an edge, or a system colour of its own. The buttons get a border, a wait turns the submit button
     * GrayText, and the password checklist keeps its dots filled for the rules already met.
     */
    @media (forced-colors: active) {
      .cr-button,
      .cr-toggle[aria-pressed=true] {
        border: 1px solid;
      }
      .cr-button[aria-disabled=true] {
        color: GrayText;
      }
      .cr-checklist li::before {
        forced-color-adjust: none;
        color: CanvasText;
      }
    }
    .cr-visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  /* Not nestable: at the top level. */
  @keyframes cr-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
