import type { LocalDate, Locale } from '@nestje/contract';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A calendar date as people write it, e.g. "1 september 2026"; the date itself, never shifted by time zones. */
export function formatDate(date: LocalDate, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A short date for tables, e.g. "1-9-2026" / "01/09/2026". */
export function formatShortDate(date: LocalDate, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
