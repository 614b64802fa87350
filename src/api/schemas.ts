/**
 * zod/mini schemas for every MediaStore answer the widget reads (shapes from ../shared/cleeng-api.md).
 * An answer that does not match is `invalid-response`, never a crash further down.
 */
import * as z from 'zod/mini';

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
  version: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
  label: z._default(z.string(), ''),
  required: z._default(z.boolean(), false),
  enabledByDefault: z._default(z.boolean(), false),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentsSchema = z.object({ consents: z.array(consentSchema) });

export const registrationSchema = z.object({
  jwt: z.string().check(z.minLength(1)),
  refreshToken: z.string(),
  customerToken: z._default(z.string(), ''),
  // One public client reads it as a string, the other as a number: accept both, keep a string.
  customerId: z.pipe(z.union([z.string().check(z.minLength(1)), z.number()]), z.transform(String)),
});
export type Registration = z.infer<typeof registrationSchema>;

export const successSchema = z.object({ success: z.literal(true) });

/** The parts of an error body the client reads; everything in it is optional. */
export const errorBodySchema = z.object({
  code: z.optional(z.union([z.string(), z.number()])),
  message: z.optional(z.string()),
  errors: z.optional(z.array(z.unknown())),
  responseData: z.optional(z.unknown()),
});
