/**
 * `<cleeng-register>`: importing this module defines the element, unless a copy of it (CDN or npm) already
 * did. Nothing touches the DOM at module top level, so server rendering can import it.
 */
import { CleengRegister } from './cleeng-register.js';

export { CleengRegister };
export type * from './events.js';
export type { ErrorCode } from './api/errors.js';
export { configurePolicy, type Policy } from './api/policy.js';

if (globalThis.customElements && !customElements.get('cleeng-register')) {
  customElements.define('cleeng-register', CleengRegister);
}
