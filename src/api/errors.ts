/** The error codes a host sees in `cleeng-register-error`. */
export type ErrorCode =
  | 'rate-limited'
  | 'captcha-required'
  | 'captcha-failed'
  | 'customer-exists'
  | 'invalid-input'
  | 'invalid-publisher'
  | 'unauthorized'
  | 'network'
  | 'timeout'
  | 'server'
  | 'invalid-response';

/**
 * The one error the API client throws. It carries what the machine needs to decide what happens next:
 * the widget's code, the HTTP status, Cleeng's own `code` (e.g. `USER0002`) and `Retry-After` in seconds.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status?: number,
    readonly cleengCode?: string,
    readonly retryAfter?: number,
    /** The field the server complained about, when it said. */
    readonly field?: 'email' | 'password',
  ) {
    super(cleengCode ? `${code} (${status} ${cleengCode})` : status ? `${code} (${status})` : code);
    this.name = 'ApiError';
  }
}
