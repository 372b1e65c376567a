import { z } from 'zod';

/** One field that failed validation: its path in the request body, query or params. */
export const fieldErrorSchema = z.object({
  /** Dotted path of the failing field, e.g. `email` or `bookings.0.date`. */
  path: z.string(),
  /** Stable code the UI translates, e.g. `too_small` or `invalid_format`. */
  code: z.string(),
  /** English fallback text; the UI shows its own translation of `code`. */
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The body of every error response. The UI reads `code`, never `message`. */
export const errorBodySchema = z.object({
  error: z.object({
    /** Stable, dotted error code, e.g. `auth.invalid_credentials`. */
    code: z.string(),
    /** English text for logs and developers. */
    message: z.string(),
    /** Failing fields, for 400 validation errors. */
    fields: z.array(fieldErrorSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Error codes the server can answer with; the web translates each one. */
export const errorCodes = [
  'validation_failed',
  'not_found',
  'forbidden',
  'unauthenticated',
  'conflict',
  'rate_limited',
  'csrf_failed',
  'internal',
  'auth.invalid_credentials',
  'auth.token_invalid',
  'auth.token_expired',
  'auth.token_used',
  'auth.wrong_current_password',
  'auth.password_too_weak',
  'auth.account_disabled',
  'idempotency.mismatch',
  'request.not_pending',
  'request.deadline_passed',
  'request.overlap',
  'consent.text_changed',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
