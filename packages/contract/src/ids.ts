import { z } from 'zod';

/** A server-generated UUID. */
export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

/** A calendar date in Europe/Amsterdam, `YYYY-MM-DD`. */
export const localDateSchema = z.iso.date();
export type LocalDate = z.infer<typeof localDateSchema>;

/** A moment in time, ISO 8601 with offset. */
export const instantSchema = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof instantSchema>;

/** A local wall-clock time, `HH:MM`. */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export type LocalTime = z.infer<typeof localTimeSchema>;

/**
 * The request header that makes a create safe to send again: every request of an account with the same key
 * (and the same route and data) creates one thing, and a repeat gets the first answer again.
 */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** The answer header that marks an answer as the stored answer of an earlier request with the same key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';

/** An idempotency key: 1–200 visible ASCII characters (`!` to `~`), e.g. a UUID the client makes per request. */
export const idempotencyKeySchema = z.string().regex(/^[!-~]{1,200}$/);

/** The request headers of a create route that accepts an idempotency key (other headers pass untouched). */
export const idempotencyHeadersSchema = z.looseObject({
  [IDEMPOTENCY_KEY_HEADER]: idempotencyKeySchema
    .optional()
    .describe(
      'Optional. A key of 1–200 visible ASCII characters (e.g. a new UUID per create). Requests of the same ' +
        'account with the same key create one thing: a repeat with the same route and data gets the first ' +
        'answer again, with `Idempotent-Replayed: true`; the same key with other data answers 422 ' +
        '`idempotency.mismatch`. Only a successful answer is kept (for 24 hours): after an error the same key ' +
        'may be sent again.',
    ),
});
