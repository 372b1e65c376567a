import { sql } from 'kysely';
import type { Executor } from '../db/sql.ts';

/**
 * Queues a notification on `channel`, delivered to every listener when the surrounding transaction commits and
 * dropped when it rolls back. Identical payloads within one transaction are delivered once.
 */
export async function notify(db: Executor, channel: string, payload: string): Promise<void> {
  await sql`SELECT pg_notify(${channel}, ${payload})`.execute(db);
}
