import { z } from 'zod';
import { instantSchema } from './ids.ts';

// The calendar feed (B3): a private, revocable iCalendar address with the planned care days of all the guardian's
// children and their open request lines, for Google Calendar, Apple Calendar and Outlook. The address holds a
// random token; the server keeps only its hash, so the address is shown once, when it is made.

/** Whether the guardian has a working feed address, and since when. */
export const calendarFeedStatusSchema = z.object({
  active: z.boolean(),
  /** When the working address was made; null without one. */
  createdAt: instantSchema.nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

/** A new feed address (the previous one, if any, stopped working). Shown once: it cannot be read again. */
export const calendarFeedCreatedSchema = z.object({
  url: z.url(),
});
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreatedSchema>;

/** The path parameter of the public feed: `<token>.ics`. */
export const calendarFeedFileParamsSchema = z.object({
  file: z.string().max(100),
});
