import type { LocalDate, Locale } from '@nestje/contract';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A calendar date with its weekday, e.g. "maandag 27 april 2026"; computed in UTC so no time zone shifts it. */
export function formatLongDate(date: LocalDate, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
