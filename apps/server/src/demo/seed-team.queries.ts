import type { Executor } from '../db/sql.ts';

/** The account of the demo organisation with this e-mail address (the demo's admin acts with it). */
export async function selectDemoAccount(
  db: Executor,
  organisationId: string,
  email: string,
): Promise<string> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}
