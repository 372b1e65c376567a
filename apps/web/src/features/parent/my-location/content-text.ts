import type { ContentKind, Instant, Locale } from '@nestje/contract';
import { formatDate } from '../../../lib/format.ts';

/** The calendar date (Europe/Amsterdam) of a moment, e.g. "12 maart 2026". */
export function publishedDate(instant: Instant, locale: Locale): string {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(instant));
  return formatDate(date, locale);
}

/** The catalogue group of each kind's texts (`content.<group>.*`). */
export const KIND_TEXTS = {
  news: 'news',
  newsletter: 'newsletters',
  info_page: 'infoPages',
} as const satisfies Record<ContentKind, string>;
