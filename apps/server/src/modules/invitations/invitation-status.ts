import type { Invitation, InvitationStatus } from '@nestje/contract';
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
