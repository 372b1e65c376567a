import type { Instant, LocalDate, Locale } from '@nestje/contract';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A moment as a date and time in Europe/Amsterdam, e.g. "12 maart 2026 om 14:05". */
export function formatDateTime(instant: Instant, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(instant));
}

/** A calendar date in the given style; computed in UTC, so no time zone shifts the day. */
function formatLocalDate(date: LocalDate, locale: Locale, style: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { ...style, timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A calendar date as people write it, e.g. "1 september 2026". */
export function formatDate(date: LocalDate, locale: Locale): string {
  return formatLocalDate(date, locale, { dateStyle: 'long' });
}

/** A short date for tables, e.g. "1-9-2026" / "01/09/2026". */
export function formatShortDate(date: LocalDate, locale: Locale): string {
  return formatLocalDate(date, locale, { dateStyle: 'short' });
}

/** A calendar date with its weekday, e.g. "maandag 27 april 2026". */
export function formatLongDate(date: LocalDate, locale: Locale): string {
  return formatLocalDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** A person's name as shown in lists and headings: first name, then last name. */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

/** A price in cents as people read it, e.g. "€ 12,50" (nl) or "€12.50" (en). */
export function formatEuros(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}
