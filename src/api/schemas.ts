/**
 * zod/mini schemas for every MediaStore answer the widget reads (shapes from ../shared/cleeng-api.md).
 * An answer that does not match is `invalid-response`, never a crash further down.
 */
import * as z from 'zod/mini';

// Built from few zod kinds on purpose: each kind (union, default, …) costs bytes in the script-tag bundle, and
// these two helpers reuse `pipe` + `transform`, which the schemas need anyway.

/** A string, or a number kept as its text (Cleeng sends some ids and versions either way). */
const text = <T extends z.ZodMiniType<string>>(schema: T) =>
  z.pipe(z.transform((value: unknown): unknown => (typeof value === 'number' ? String(value) : value)), schema);

/** `schema`, or `fallback` when the key is missing (what `z._default` does, without its extra code). */
const orDefault = <T extends z.ZodMiniType>(schema: T, fallback: z.output<T>) =>
  z.pipe(z.transform((value: unknown): unknown => (value === undefined ? fallback : value)), schema);

/** `{ responseData, errors }`: Cleeng's envelope around every JSON body. */
export const envelope = <T extends z.ZodMiniType>(data: T) => z.object({ responseData: data });

export const metadataSchema = z.object({
  country: z.string(),
  currency: z.string(),
  locale: z.string(),
});
export type Metadata = z.infer<typeof metadataSchema>;

export const consentSchema = z.object({
  name: z.string().check(z.minLength(1)),
  // Versions come as "1" or "1.7"; a number is accepted and kept as its text.
  version: text(z.string()),
  label: orDefault(z.string(), ''),
  required: orDefault(z.boolean(), false),
  enabledByDefault: orDefault(z.boolean(), false),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentsSchema = z.object({ consents: z.array(consentSchema) });

export const registrationSchema = z.object({
  jwt: z.string().check(z.minLength(1)),
  refreshToken: z.string(),
  customerToken: orDefault(z.string(), ''),
  // One public client reads it as a string, the other as a number: accept both, keep a string.
  customerId: text(z.string().check(z.minLength(1))),
});
export type Registration = z.infer<typeof registrationSchema>;

export const successSchema = z.object({ success: z.literal(true) });

/** The parts of an error body the client reads; everything in it is optional. */
export const errorBodySchema = z.object({
  code: z.optional(text(z.string())),
  message: z.optional(z.string()),
  errors: z.optional(z.array(z.unknown())),
  responseData: z.optional(z.unknown()),
});
