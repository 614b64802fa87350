/**
 * Client-side validation: returns message keys, never words (the element turns keys into text with `msg()`
 * at render time, so a language switch re-renders them). Cleeng's documented rules (cleeng-api.md):
 * an RFC-like email, a password of 8 to 80 characters with at least one letter and one digit, and every
 * required consent ticked.
 */
export type FieldName = 'email' | 'password' | 'consents';
export type ErrorKey =
  | 'email-missing'
  | 'email-invalid'
  | 'password-missing'
  | 'password-length'
  | 'password-letter'
  | 'password-digit'
  | 'consent-required';

/** The live password checklist, in display order. */
export const passwordRules = {
  length: (p: string) => p.length >= 8 && p.length <= 80,
  letter: (p: string) => /\p{L}/u.test(p),
  digit: (p: string) => /\d/.test(p),
} as const;
export type PasswordRule = keyof typeof passwordRules;

// The pattern `z.email()` uses (zod's `regexes.email`), copied: the schema would add zod's string-format
// machinery to the script-tag bundle for one `test()` (-240 B gzip). test/validation.test.ts pins its edges.
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

export function validateEmail(email: string): ErrorKey | null {
  if (!email.trim()) return 'email-missing';
  return EMAIL.test(email.trim()) ? null : 'email-invalid';
}

export function validatePassword(password: string): ErrorKey | null {
  if (!password) return 'password-missing';
  if (!passwordRules.length(password)) return 'password-length';
  if (!passwordRules.letter(password)) return 'password-letter';
  if (!passwordRules.digit(password)) return 'password-digit';
  return null;
}

export interface FormValues {
  email: string;
  password: string;
  /** Consent name -> ticked. */
  ticks: Record<string, boolean>;
}

/** Every error of the form, field by field, in the order the fields appear. */
export function validateForm(
  values: FormValues,
  consents: ReadonlyArray<{ name: string; required: boolean }>,
): Partial<Record<FieldName, ErrorKey>> & { missingConsents: string[] } {
  const errors: Partial<Record<FieldName, ErrorKey>> & { missingConsents: string[] } = { missingConsents: [] };
  const email = validateEmail(values.email);
  if (email) errors.email = email;
  const password = validatePassword(values.password);
  if (password) errors.password = password;
  errors.missingConsents = consents.filter((c) => c.required && !values.ticks[c.name]).map((c) => c.name);
  if (errors.missingConsents.length) errors.consents = 'consent-required';
  return errors;
}
