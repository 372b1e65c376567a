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
