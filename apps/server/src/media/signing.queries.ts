import { randomBytes } from 'node:crypto';
import type { Executor } from '../db/sql.ts';

/**
 * The key named `name` that every server process shares (it lives in the database), made by `make` on first use
 * (32 random bytes unless said otherwise). Two processes making it at once agree: the first insert wins, the
 * other's key is dropped, and both read the winner back.
 */
export async function sharedKey(
  db: Executor,
  name: string,
  make: () => Buffer = () => randomBytes(32),
): Promise<Buffer> {
  await db
    .insertInto('server_keys')
    .values({ name, key: make() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_keys')
    .select('key')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.key;
}
