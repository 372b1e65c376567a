import type { Invitation, InvitationStatus } from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import type { AccountInvitationRow } from './invitation-status.queries.ts';

/** The invitation status of an account at `now` (see `invitationStatuses` in the contract). */
export function invitationStatusOf(row: AccountInvitationRow, now: Date): InvitationStatus {
  if (row.disabled_at !== null) return 'deactivated';
  if (row.activated_at !== null) return 'active';
  if (row.invited_at === null) return 'not_invited';
  return row.link_expires_at !== null && row.link_expires_at > now ? 'invited' : 'expired';
}

export function toInvitation(
  row: AccountInvitationRow,
  now: Date,
  plannedOn: string | null = null,
): Invitation {
  const status = invitationStatusOf(row, now);
  return {
    status,
    invitedAt: row.invited_at?.toISOString() ?? null,
    activatedAt: row.activated_at?.toISOString() ?? null,
    linkExpiresAt: status === 'invited' ? (row.link_expires_at?.toISOString() ?? null) : null,
    plannedOn: status === 'not_invited' ? plannedOn : null,
  };
}

/** A guardian is invited this many days before the first day of care (six weeks, P1). */
export const INVITE_DAYS_AHEAD = 42;

/**
 * The day the invitation job will invite a guardian whose children's first care day not yet past is
 * `firstStart`: six weeks before it, or today when that has passed; null without planned care.
 */
export function plannedInvitationDay(firstStart: string | null, today: Temporal.PlainDate): string | null {
  if (firstStart === null) return null;
  const planned = Temporal.PlainDate.from(firstStart).subtract({ days: INVITE_DAYS_AHEAD });
  return Temporal.PlainDate.compare(planned, today) < 0 ? today.toString() : planned.toString();
}
