import type { Credit, CreditUnit, Locale } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { formatDate } from '../../../lib/format.ts';

export type CreditState = Credit['state'];
export type CreditEntry = Credit['entries'][number];

/** Badge colours per state: usable stands out, the others are quiet or say "later". */
export const STATE_COLOURS: Record<CreditState, string> = {
  usable: 'green',
  not_yet_valid: 'blue',
  expired: 'gray',
  used_up: 'gray',
};

/**
 * An amount of a credit as people say it: minutes as hours and minutes ("3 uur 15", "2 uur", "45 minuten"),
 * points as points ("1 punt", "2 punten"). A negative amount is written without its sign; the text around it
 * says whether it goes off or on.
 */
export function formatCreditAmount(t: TFunction, unit: CreditUnit, amount: number): string {
  const value = Math.abs(amount);
  if (unit === 'points') return t('credits.amount.points', { count: value });
  const hours = Math.floor(value / 60);
  const minutes = value % 60;
  if (hours === 0) return t('credits.amount.minutes', { count: minutes });
  if (minutes === 0) return t('credits.amount.hours', { count: hours });
  return t('credits.amount.hoursMinutes', { hours, minutes: String(minutes).padStart(2, '0') });
}

/** "3 uur 15 van 5 uur 30 over". */
export function remainingText(t: TFunction, credit: Pick<Credit, 'unit' | 'remaining' | 'initial'>): string {
  return t('credits.remainingOf', {
    remaining: formatCreditAmount(t, credit.unit, credit.remaining),
    initial: formatCreditAmount(t, credit.unit, credit.initial),
  });
}

/** "Geldig van 1 december 2026 tot en met 29 december 2026". */
export function validityText(t: TFunction, credit: Pick<Credit, 'validFrom' | 'validUntil'>, locale: Locale) {
  return t('credits.validity', {
    from: formatDate(credit.validFrom, locale),
    until: formatDate(credit.validUntil, locale),
  });
}

/**
 * Where the credit came from: an absence (on its date, which its description starts with: "2026-11-25
 * 12:30–18:30" → "Afwezigheid op 25 november 2026, 12:30–18:30"), a grant or a compensation, with its
 * description when it has one.
 */
export function originText(
  t: TFunction,
  credit: Pick<Credit, 'source' | 'description'>,
  locale: Locale,
): string {
  const description = credit.description.trim();
  const absence = credit.source === 'absence' ? /^(\d{4}-\d{2}-\d{2})\s*(.*)$/.exec(description) : null;
  if (absence?.[1]) {
    const date = formatDate(absence[1], locale);
    return t('credits.absenceOn', { date: absence[2] ? `${date}, ${absence[2]}` : date });
  }
  const source = t(`credits.source.${credit.source}`);
  return description ? `${source}: ${description}` : source;
}

/** A date as on a request line, e.g. "1 december 2026, 12:30–18:30". */
function lineText(line: NonNullable<CreditEntry['requestLine']>, locale: Locale): string {
  return `${formatDate(line.date, locale)}, ${line.startTime}–${line.endTime}`;
}

/**
 * One change of the balance in words: a use for a request line ("Ingezet voor 2 december 2026, 12:30–18:30"),
 * its refund ("Teruggeboekt: …"), a correction with its reason, or the withdrawal of an absence's credit.
 */
export function entryText(t: TFunction, entry: CreditEntry, locale: Locale): string {
  const line = entry.requestLine ? lineText(entry.requestLine, locale) : '';
  switch (entry.kind) {
    case 'grant':
      return t('credits.entry.grant');
    case 'use':
      return line ? t('credits.entry.use', { line }) : t('credits.entry.useUnknown');
    case 'refund':
      return line ? t('credits.entry.refund', { line }) : t('credits.entry.refundUnknown');
    case 'correction':
      return entry.reason
        ? t('credits.entry.correction', { reason: entry.reason })
        : t('credits.entry.correctionBare');
    case 'withdrawal':
      return t('credits.entry.withdrawal');
  }
}

/** The amount of an entry with its sign, e.g. "− 5 uur 30" or "+ 1 punt". */
export function signedAmount(t: TFunction, unit: CreditUnit, amount: number): string {
  return `${amount < 0 ? '−' : '+'} ${formatCreditAmount(t, unit, amount)}`;
}

/** The uses and refunds and corrections of a credit, oldest first; its grant is the starting amount already. */
export function shownEntries(credit: Pick<Credit, 'entries'>): CreditEntry[] {
  return credit.entries.filter((entry) => entry.kind !== 'grant').sort((a, b) => a.at.localeCompare(b.at));
}

/** Credits per child, children by name and each child's credits usable first, then by end of validity. */
export function creditsByChild(
  credits: readonly Credit[],
): { childId: string; childName: string; credits: Credit[] }[] {
  const order: Record<CreditState, number> = { usable: 0, not_yet_valid: 1, used_up: 2, expired: 3 };
  const children = new Map<string, { childId: string; childName: string; credits: Credit[] }>();
  for (const credit of credits) {
    const child = children.get(credit.childId) ?? {
      childId: credit.childId,
      childName: credit.childName,
      credits: [],
    };
    child.credits.push(credit);
    children.set(credit.childId, child);
  }
  for (const child of children.values()) {
    child.credits.sort(
      (a, b) =>
        order[a.state] - order[b.state] ||
        a.validUntil.localeCompare(b.validUntil) ||
        a.id.localeCompare(b.id),
    );
  }
  return [...children.values()].sort((a, b) => a.childName.localeCompare(b.childName));
}
