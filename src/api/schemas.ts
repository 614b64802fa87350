/**
 * zod/mini schemas for every MediaStore answer the widget reads (shapes from ../shared/cleeng-api.md).
 * An answer that does not match is `invalid-response`, never a crash further down.
 */
import * as z from 'zod/mini';

// Built from few zod kinds on purpose: each kind (union, pipe, transform, default, …) costs bytes in the
// script-tag bundle. So a schema here only says what is accepted; the client (client.ts) fills the defaults of
// missing optional keys and turns number ids into their text when it hands an answer on.

/** A string, or a number the client keeps as its text (Cleeng sends some ids and versions either way). */
const isText = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number';
const text = z.custom<string | number>(isText);
/** A string that is not empty (a predicate: `.check(z.minLength(1))` would bring zod's length checks along). */
const filled = z.custom<string>((value) => typeof value === 'string' && value !== '');

/** `{ responseData, errors }`: Cleeng's envelope around every JSON body. */
export const envelope = <T extends z.ZodMiniType>(data: T) => z.object({ responseData: data });

export const metadataSchema = z.object({
  country: z.string(),
  currency: z.string(),
  locale: z.string(),
});
export type Metadata = z.infer<typeof metadataSchema>;

export const consentSchema = z.object({
  name: filled,
  // Versions come as "1" or "1.7"; a number is accepted and kept as its text.
  version: text,
  // Missing: '', false, false.
  label: z.optional(z.string()),
  required: z.optional(z.boolean()),
  enabledByDefault: z.optional(z.boolean()),
});
/** A consent as the client hands it on: defaults filled, the version as text. */
export interface Consent {
  name: string;
  version: string;
  label: string;
  required: boolean;
  enabledByDefault: boolean;
}

export const consentsSchema = z.object({ consents: z.array(consentSchema) });

export const registrationSchema = z.object({
  jwt: filled,
  refreshToken: z.string(),
  // Missing: ''.
  customerToken: z.optional(z.string()),
  // One public client reads it as a string, the other as a number: accept both (not ''), keep a string.
  customerId: z.custom<string | number>((value) => isText(value) && value !== ''),
});
/** A registration as the client hands it on: `customerToken` filled, `customerId` as text. */
export interface Registration {
  jwt: string;
  refreshToken: string;
  customerToken: string;
  customerId: string;
}

// `z.literal` would be one more kind; `{ success: false }` stays an invalid-response.
export const successSchema = z.object({ success: z.custom<true>((value) => value === true) });

/**
 * The parts of an error body the client reads; everything in it is optional. Any `responseData` is fine, so it
 * is left out (an object lets unlisted keys through); `z.custom()` without a predicate is `z.unknown()`
 * without one more kind.
 */
export const errorBodySchema = z.object({
  code: z.optional(text),
  message: z.optional(z.string()),
  errors: z.optional(z.array(z.custom())),
});
