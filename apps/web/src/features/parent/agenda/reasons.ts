import type { Locale, PlanningPolicyValues, RequestLine } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { formatMoment } from './dates.ts';
import type { DateRefusal } from './option-summary.ts';

/**
 * Why a day part cannot be requested on a date, in words (B2): the main (first) reason, with what makes it
 * concrete (the closing day, until when it could be requested, the horizon in days).
 */
export function refusalText(
  t: TFunction,
  refusal: DateRefusal,
  locale: Locale,
  policy: PlanningPolicyValues | undefined,
): string {
  const reason = refusal.reasons[0];
  switch (reason) {
    case undefined:
      return t('agenda.reasons.notOffered');
    case 'closed':
      return refusal.closed
        ? t('agenda.reasons.closedNamed', { description: refusal.closed })
        : t('agenda.reasons.closed');
    case 'week_type':
      // The product is for the other kind of week than this one.
      if (refusal.weekType === 'holiday') return t('agenda.reasons.schoolWeeksOnly');
      if (refusal.weekType === 'school') return t('agenda.reasons.holidayWeeksOnly');
      return t('agenda.reasons.week_type');
    case 'too_late':
      return refusal.requestDeadline
        ? t('agenda.reasons.too_late', { moment: formatMoment(refusal.requestDeadline, locale) })
        : t('agenda.reasons.tooLateUnknown');
    case 'too_far':
      return policy
        ? t('agenda.reasons.too_far', { days: policy.horizonDays })
        : t('agenda.reasons.tooFarUnknown');
    default:
      return t(`agenda.reasons.${reason}`);
  }
}

/**
 * Why a request line cannot be cancelled, in words (P12, B2); null when it can, or when its status already
 * says it all (cancelled, expired).
 */
export function cancelRefusalText(t: TFunction, line: RequestLine, locale: Locale): string | null {
  if (line.cancel.allowed || line.status === 'cancelled' || line.status === 'expired') return null;
  if (line.cancel.refusal === 'deadline_passed') {
    return line.cancel.deadline
      ? t('agenda.overview.cancelDeadline', { deadline: formatMoment(line.cancel.deadline, locale) })
      : t('agenda.overview.cancelTooLate');
  }
  return t('agenda.overview.alreadyDecided');
}
