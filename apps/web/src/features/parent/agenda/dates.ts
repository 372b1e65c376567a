import type { Instant, LocalDate, Locale } from '@nestje/contract';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const DAY_MS = 86_400_000;

/** Noon UTC of a calendar date: arithmetic on it never crosses into another day, whatever the time zone. */
function noonOf(date: LocalDate): number {
  return Date.parse(`${date}T12:00:00Z`);
}

/** The calendar date `days` after (or before) a date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(noonOf(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** How many dates a period holds, both ends included (0 when `to` lies before `from`). */
export function periodLength(from: LocalDate, to: LocalDate): number {
  const days = Math.round((noonOf(to) - noonOf(from)) / DAY_MS) + 1;
  return Math.max(days, 0);
}

/** True for a `YYYY-MM-DD` text that is a real calendar date. */
export function isLocalDate(value: string): value is LocalDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

/** A date header of the agenda, e.g. "ma 30 nov" (nl) or "Mon 30 Nov" (en). */
export function formatDayHeader(date: LocalDate, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(noonOf(date)));
}

/** A moment as day, date and time in Amsterdam, e.g. "ma 30 nov 08:00". */
export function formatMoment(instant: Instant, locale: Locale): string {
  const moment = new Date(instant);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(moment);
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  }).format(moment);
  return `${formatDayHeader(date, locale)} ${time}`;
}

/** A day part's times, e.g. "07:30–13:00". */
export function formatTimes(part: { startTime: string; endTime: string }): string {
  return `${part.startTime}–${part.endTime}`;
}
