import { sql } from 'kysely';
import type { IdQuery } from '../../authz/rules.ts';
import type { Executor } from '../../db/sql.ts';
import { type LineRow, linesQuery } from './requests.queries.ts';

/** The most lines the queue shows at once. */
export const QUEUE_LIMIT = 500;

/** The open lines in the groups `groups`, optionally of one location and a date range, by date, location and group. */
export async function selectQueueLines(
  db: Executor,
  organisationId: string,
  groups: IdQuery,
  filter: { locationId?: string; from?: string; to?: string },
): Promise<LineRow[]> {
  const { rows } = await sql<LineRow>`
    ${linesQuery(organisationId)} AND l.status = 'pending' AND l.role <> 'give' AND l.group_id IN (${groups})
      AND (${filter.locationId ?? null}::uuid IS NULL OR g.location_id = ${filter.locationId ?? null}::uuid)
      AND (${filter.from ?? null}::date IS NULL OR l.date >= ${filter.from ?? null}::date)
      AND (${filter.to ?? null}::date IS NULL OR l.date <= ${filter.to ?? null}::date)
    ORDER BY l.date, loc.name, g.name, l.start_time, "childName"
    LIMIT ${QUEUE_LIMIT}`.execute(db);
  return rows;
}
