import type { LocalDate } from '@nestje/contract';

/**
 * Today's date in Europe/Amsterdam as `YYYY-MM-DD`, whatever the browser's own time zone. Only for what the
 * screen shows or pre-fills; the server decides with its own clock what lies in the past.
 */
export function todayInAmsterdam(now: Date = new Date()): LocalDate {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
