import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';

/** One round trip to the database: does it answer? */
export async function pingDatabase(db: Database): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
