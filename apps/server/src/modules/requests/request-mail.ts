import type { Locale } from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';

export interface OutcomeLine {
  childName: string;
  date: string;
  startTime: string;
  endTime: string;
  status: string;
  reason: string | null;
}

const STATUS: Record<Locale, Record<string, string>> = {
  nl: {
    approved: 'goedgekeurd',
    rejected: 'afgekeurd',
    cancelled: 'geannuleerd',
    expired: 'vervallen',
    pending: 'in aanvraag',
  },
  en: {
    approved: 'approved',
    rejected: 'rejected',
    cancelled: 'cancelled',
    expired: 'expired',
    pending: 'pending',
  },
};

function formatDate(locale: Locale, date: string): string {
  return Temporal.PlainDate.from(date).toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/**
 * The lines of a concluded request as the parent reads them, each with its status and the reason given: the body
 * of the "request assessed" and "request expired" notifications (P9).
 */
export function outcomeLineTexts(locale: Locale, lines: readonly OutcomeLine[]): string[] {
  return lines.map((l) => {
    const status = STATUS[locale][l.status] ?? l.status;
    const why = l.reason ? ` (${l.reason})` : '';
    return `${l.childName}, ${formatDate(locale, l.date)} ${l.startTime}–${l.endTime}: ${status}${why}`;
  });
}
