import { randomBytes } from 'node:crypto';
import type { Executor } from '../db/sql.ts';

/**
 * The key named `name` that every server process shares (it lives in the database), made on first use. Two
 * processes making it at once agree: the first insert wins and both read it back.
 */
export async function sharedKey(db: Executor, name: string): Promise<Buffer> {
  await db
    .insertInto('server_keys')
    .values({ name, key: randomBytes(32) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_keys')
    .select('key')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.key;
}
