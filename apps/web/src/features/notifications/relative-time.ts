import type { Instant, Locale } from '@nestje/contract';
import { formatDateTime } from '../../lib/format.ts';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When a notification came, as people say it: "zojuist", "5 minuten geleden", "3 uur geleden", "gisteren";
 * older than that (or from the future, when a clock is off) the date and time.
 */
export function relativeTime(instant: Instant, now: number, locale: Locale, justNow: string): string {
  const age = now - new Date(instant).getTime();
  if (age < 0 || age >= 2 * DAY) return formatDateTime(instant, locale);
  if (age < MINUTE) return justNow;
  const format = new Intl.RelativeTimeFormat(LOCALE_TAGS[locale], { numeric: 'auto' });
  if (age < HOUR) return format.format(-Math.floor(age / MINUTE), 'minute');
  if (age < DAY) return format.format(-Math.floor(age / HOUR), 'hour');
  return format.format(-1, 'day');
}
