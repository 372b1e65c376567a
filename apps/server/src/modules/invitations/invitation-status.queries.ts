import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/generated/schema.ts';

type Executor = Database | Transaction<DB>;

export interface AccountInvitationRow {
  account_id: string;
  activated_at: Date | null;
  disabled_at: Date | null;
  invited_at: Date | null;
  /** Expiry of the newest unused activation link. */
  link_expires_at: Date | null;
}

/** What decides the invitation status of each of `accountIds` (missing accounts are left out). */
export async function selectAccountInvitations(
  db: Executor,
  organisationId: string,
  accountIds: readonly string[],
): Promise<AccountInvitationRow[]> {
  if (accountIds.length === 0) return [];
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
    .where('a.organisation_id', '=', organisationId)
    .where('a.id', 'in', accountIds)
    .execute();
}
