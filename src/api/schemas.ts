/**
 * zod/mini schemas for every MediaStore answer the widget reads (shapes from ../shared/cleeng-api.md).
 * An answer that does not match is `invalid-response`, never a crash further down.
 */
import * as z from 'zod/mini';

// Built from four zod kinds on purpose: each kind (string, boolean, literal, pipe, …) costs bytes in the
// script-tag bundle. `z.object` and `z.array` walk the answer and drop the keys nobody reads, `z.optional` marks
// the keys that may be missing, and every value is a `z.custom` type guard. So a schema here only says what is
// accepted; the client (client.ts) fills the defaults of missing optional keys and turns number ids into their
// text when it hands an answer on.

const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
/** A string, or a number the client keeps as its text (Cleeng sends some ids and versions either way). */
const isText = (value: unknown): value is string | number => isString(value) || typeof value === 'number';
const isFilled = (value: unknown): value is string => isString(value) && value !== '';

/** A value `guard` accepts. */
const is = <T>(guard: (value: unknown) => value is T) => z.custom<T>(guard);
/** A value `guard` accepts, or a missing key (only `z.optional` tells `z.object` that a key may be missing). */
const maybe = <T>(guard: (value: unknown) => value is T) => z.optional(is(guard));

/** `{ responseData, errors }`: Cleeng's envelope around every JSON body. */
export const envelope = <T extends z.ZodMiniType>(data: T) => z.object({ responseData: data });

export const metadataSchema = z.object({
  country: is(isString),
  currency: is(isString),
  locale: is(isString),
});
export type Metadata = z.infer<typeof metadataSchema>;

export const consentSchema = z.object({
  name: is(isFilled),
  // Versions come as "1" or "1.7"; a number is accepted and kept as its text.
  version: is(isText),
  // Missing: '', false, false.
  label: maybe(isString),
  required: maybe(isBoolean),
  enabledByDefault: maybe(isBoolean),
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
  jwt: is(isFilled),
  refreshToken: is(isString),
  // Missing: ''.
  customerToken: maybe(isString),
  // One public client reads it as a string, the other as a number: accept both (not ''), keep a string.
  customerId: is((value): value is string | number => isText(value) && value !== ''),
});
/** A registration as the client hands it on: `customerToken` filled, `customerId` as text. */
export interface Registration {
  jwt: string;
  refreshToken: string;
  customerToken: string;
  customerId: string;
}

// `{ success: false }` stays an invalid-response.
export const successSchema = z.object({ success: is((value): value is true => value === true) });

/**
 * The parts of an error body the client reads; everything in it is optional. Any `responseData` is fine, so it
 * is left out (an object lets unlisted keys through); `errors` may hold anything, the client reads its strings.
 */
export const errorBodySchema = z.object({
  code: maybe(isText),
  message: maybe(isString),
  errors: maybe(Array.isArray),
});
