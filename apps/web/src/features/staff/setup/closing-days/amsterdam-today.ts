import type { LocalDate } from '@nestje/contract';

/** Today's date in Europe/Amsterdam as `YYYY-MM-DD`, whatever the browser's own time zone. */
export function amsterdamToday(now: Date = new Date()): LocalDate {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
