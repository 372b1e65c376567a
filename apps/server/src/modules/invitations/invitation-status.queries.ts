import { type Executor, notEndedBefore } from '../../db/sql.ts';

export interface AccountInvitationRow {
  account_id: string;
  activated_at: Date | null;
  disabled_at: Date | null;
  invited_at: Date | null;
  /** Expiry of the newest unused activation link. */
  link_expires_at: Date | null;
}

/** Accounts of the organisation with what decides their invitation status. */
function accountInvitations(db: Executor, organisationId: string) {
  return db
    .selectFrom('accounts as a')
    .select((eb) => [
      'a.id as account_id',
      'a.activated_at',
      'a.disabled_at',
      'a.invited_at',
      eb
        .selectFrom('account_tokens as t')
        .select((e) => e.fn.max('t.expires_at').as('m'))
        .whereRef('t.organisation_id', '=', 'a.organisation_id')
        .whereRef('t.account_id', '=', 'a.id')
        .where('t.purpose', '=', 'activation')
        .where('t.used_at', 'is', null)
        .as('link_expires_at'),
    ])
    .where('a.organisation_id', '=', organisationId);
}

/** What decides the invitation status of each of `accountIds` (missing accounts are left out). */
export async function selectAccountInvitations(
  db: Executor,
  organisationId: string,
  accountIds: readonly string[],
): Promise<AccountInvitationRow[]> {
  if (accountIds.length === 0) return [];
  return accountInvitations(db, organisationId).where('a.id', 'in', accountIds).execute();
}

export interface GuardianInvitationRow extends AccountInvitationRow {
  guardian_id: string;
  /** Earliest start among the placements of the guardian's children that have not ended by `today`. */
  first_start: string | null;
}

/** The account of each of `guardianIds` with what decides its invitation status (guardians without one are left out). */
export async function selectGuardianInvitations(
  db: Executor,
  organisationId: string,
  guardianIds: readonly string[],
  today: string,
): Promise<GuardianInvitationRow[]> {
  if (guardianIds.length === 0) return [];
  const rows = await accountInvitations(db, organisationId)
    .select((eb) => [
      'a.guardian_id',
      eb
        .selectFrom('guardian_children as gc')
        .innerJoin('placements as p', (j) =>
          j.onRef('p.organisation_id', '=', 'gc.organisation_id').onRef('p.child_id', '=', 'gc.child_id'),
        )
        .select((e) => e.fn.min('p.start_date').as('m'))
        .whereRef('gc.organisation_id', '=', 'a.organisation_id')
        .whereRef('gc.guardian_id', '=', 'a.guardian_id')
        .where(notEndedBefore('p.end_date', today))
        .as('first_start'),
    ])
    .where('a.kind', '=', 'guardian')
    .where('a.guardian_id', 'in', guardianIds)
    .execute();
  return rows.map((r) => ({ ...r, guardian_id: r.guardian_id as string }));
}
