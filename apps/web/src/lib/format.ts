import type { Instant, Locale } from '@nestje/contract';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A moment as a date and time in Europe/Amsterdam, e.g. "12 maart 2026 om 14:05". */
export function formatDateTime(instant: Instant, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(instant));
}
