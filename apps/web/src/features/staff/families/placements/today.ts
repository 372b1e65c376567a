import type { LocalDate } from '@nestje/contract';

/**
 * Today's date in Europe/Amsterdam, only to pre-fill a date field; the server decides with its own clock what
 * lies in the past.
 */
export function todayInAmsterdam(now: Date = new Date()): LocalDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
