import type { Executor } from '../db/sql.ts';

/** The demo's organisation admin (the account with this e-mail address) as account and staff member. */
export async function selectDemoStaffAccount(
  db: Executor,
  organisationId: string,
  email: string,
): Promise<{ accountId: string; staffMemberId: string }> {
  const row = await db
    .selectFrom('accounts')
    .select(['id', 'staff_member_id'])
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email)
    .where('staff_member_id', 'is not', null)
    .executeTakeFirstOrThrow();
  return { accountId: row.id, staffMemberId: row.staff_member_id as string };
}

/** The location a group belongs to. */
export async function selectGroupLocation(
  db: Executor,
  organisationId: string,
  groupId: string,
): Promise<string> {
  const row = await db
    .selectFrom('groups')
    .select('location_id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', groupId)
    .executeTakeFirstOrThrow();
  return row.location_id;
}
