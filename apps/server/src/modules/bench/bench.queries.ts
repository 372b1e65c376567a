import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';

/** One round trip to the database that does no work: the floor every real query is measured against. */
export async function selectOne(db: Database): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
