import type { AbsenceLine, Locale } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { formatDate } from '../../../lib/format.ts';
import { formatMoment } from '../agenda/dates.ts';
import { type CreditOutlook, splitMinutes } from './absence-form.ts';

/** Minutes as people say them: "5 uur 30", "6 uur", "45 minuten". */
export function formatDuration(t: TFunction, total: number): string {
  const { hours, minutes } = splitMinutes(total);
  if (hours === 0) return t('absence.duration.minutes', { count: minutes });
  if (minutes === 0) return t('absence.duration.hours', { count: hours });
  return t('absence.duration.hoursMinutes', { hours, minutes: String(minutes).padStart(2, '0') });
}

/** What reporting a part absent yields, in words; null when there is nothing to say (no credit policy). */
export function creditOutlookText(t: TFunction, outlook: CreditOutlook, locale: Locale): string | null {
  switch (outlook.kind) {
    case 'credit':
      return t('absence.form.credit', {
        duration: formatDuration(t, outlook.minutes),
        date: formatDate(outlook.validUntil, locale),
      });
    case 'too_late':
      return t('absence.form.tooLate', { deadline: formatMoment(outlook.deadline, locale) });
    default:
      return null;
  }
}

/** Why an absence line cannot be cancelled, in words; null when it can or when it is cancelled already. */
export function absenceRefusalText(t: TFunction, line: AbsenceLine, locale: Locale): string | null {
  if (line.cancel.allowed || line.status === 'cancelled') return null;
  switch (line.cancel.refusal) {
    case 'credit_used':
      return t('absence.overview.creditUsed');
    case 'deadline_passed':
      return line.cancel.deadline
        ? t('absence.overview.cancelDeadline', { deadline: formatMoment(line.cancel.deadline, locale) })
        : t('absence.overview.cancelTooLate');
    default:
      return t('absence.overview.cancelTooLate');
  }
}
