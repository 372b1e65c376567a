import type { Transaction } from 'kysely';
import type { DB } from '../../db/generated/schema.ts';
import { asDate, type Executor, notEndedBefore } from '../../db/sql.ts';

/**
 * Claims up to `limit` guardian accounts that are due for their invitation: not invited, not activated, not
 * disabled, with a child whose placement that has not ended by `today` starts on or before `horizon`. The claim
 * sets `invited_at` only where it is still null, so a second sweep running at the same time (another server
 * process) skips the accounts this one took: each account is claimed once.
 */
export async function claimDueGuardianAccounts(
  trx: Transaction<DB>,
  filter: { organisationId: string | null; today: string; horizon: string; limit: number },
  at: Date,
): Promise<{ organisation_id: string; id: string }[]> {
  let due = trx
    .selectFrom('accounts as c')
    .select('c.id')
    .where('c.kind', '=', 'guardian')
    .where('c.invited_at', 'is', null)
    .where('c.activated_at', 'is', null)
    .where('c.disabled_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('guardian_children as gc')
          .innerJoin('placements as p', (j) =>
            j.onRef('p.organisation_id', '=', 'gc.organisation_id').onRef('p.child_id', '=', 'gc.child_id'),
          )
          .select('p.id')
          .whereRef('gc.organisation_id', '=', 'c.organisation_id')
          .whereRef('gc.guardian_id', '=', 'c.guardian_id')
          .where('p.start_date', '<=', asDate(filter.horizon))
          .where(notEndedBefore('p.end_date', filter.today)),
      ),
    )
    .orderBy('c.organisation_id')
    .orderBy('c.id')
    .limit(filter.limit);
  if (filter.organisationId) due = due.where('c.organisation_id', '=', filter.organisationId);
  return trx
    .updateTable('accounts as a')
    .set({ invited_at: at })
    .where('a.id', 'in', due)
    .where('a.invited_at', 'is', null)
    .returning(['a.organisation_id', 'a.id'])
    .execute();
}

/** The account of a guardian, with what decides whether it may be (re)invited. */
export async function selectGuardianAccount(db: Executor, organisationId: string, guardianId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'activated_at', 'disabled_at', 'invited_at'])
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', 'guardian')
    .where('guardian_id', '=', guardianId)
    .executeTakeFirst();
}

export async function selectGuardianEmail(db: Executor, organisationId: string, guardianId: string) {
  const row = await db
    .selectFrom('guardians')
    .select('email')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', guardianId)
    .executeTakeFirstOrThrow();
  return row.email;
}
