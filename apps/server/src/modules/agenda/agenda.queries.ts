import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

/** Names of groups with their location, by group id. */
export async function selectGroupNames(db: Executor, organisationId: string, groupIds: readonly string[]) {
  if (groupIds.length === 0)
    return new Map<string, { groupName: string; locationName: string; locationId: string }>();
  const rows = await db
    .selectFrom('groups as g')
    .innerJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'g.organisation_id').onRef('l.id', '=', 'g.location_id'),
    )
    .select(['g.id', 'g.name as groupName', 'l.name as locationName', 'l.id as locationId'])
    .where('g.organisation_id', '=', organisationId)
    .where('g.id', 'in', [...new Set(groupIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The locations of the groups the children are placed in from `from` to `to`. */
export async function selectChildLocationIds(
  db: Executor,
  organisationId: string,
  childIds: readonly string[],
  from: string,
  to: string,
): Promise<string[]> {
  if (childIds.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    SELECT DISTINCT g.location_id AS id
    FROM placements p JOIN groups g ON g.organisation_id = p.organisation_id AND g.id = p.group_id
    WHERE p.organisation_id = ${organisationId} AND p.child_id = ANY(${[...childIds]}::uuid[])
      AND p.start_date <= ${to}::date AND (p.end_date IS NULL OR p.end_date >= ${from}::date)`.execute(db);
  return rows.map((r) => r.id);
}

/** Closing days at `locationIds` (or at every location) from `from` to `to`. */
export async function selectClosures(
  db: Executor,
  organisationId: string,
  locationIds: readonly string[],
  from: string,
  to: string,
) {
  if (locationIds.length === 0) return [];
  const { rows } = await sql<{ date: string; locationName: string | null; description: string }>`
    SELECT to_char(c.date::timestamp, 'YYYY-MM-DD') AS date, l.name AS "locationName", c.description
    FROM closing_days c
    LEFT JOIN locations l ON l.organisation_id = c.organisation_id AND l.id = c.location_id
    WHERE c.organisation_id = ${organisationId} AND c.date BETWEEN ${from}::date AND ${to}::date
      AND (c.location_id IS NULL OR c.location_id = ANY(${[...locationIds]}::uuid[]))
    ORDER BY c.date, l.name NULLS FIRST`.execute(db);
  return rows;
}

/** The open request lines of the children from `from` to `to`. */
export async function selectOpenAgendaLines(
  db: Executor,
  organisationId: string,
  childIds: readonly string[],
  from: string,
  to: string,
) {
  if (childIds.length === 0) return [];
  const { rows } = await sql<{
    id: string;
    childId: string;
    groupId: string;
    date: string;
    startTime: string;
    endTime: string;
    productName: string;
  }>`
    SELECT l.id, l.child_id AS "childId", l.group_id AS "groupId", to_char(l.date::timestamp, 'YYYY-MM-DD') AS date,
      to_char(l.start_time, 'HH24:MI') AS "startTime", to_char(l.end_time, 'HH24:MI') AS "endTime",
      cp.name AS "productName"
    FROM care_request_lines l
    JOIN care_products cp ON cp.organisation_id = l.organisation_id AND cp.id = l.care_product_id
    WHERE l.organisation_id = ${organisationId} AND l.child_id = ANY(${[...childIds]}::uuid[])
      AND l.status = 'pending' AND l.role <> 'give' AND l.date BETWEEN ${from}::date AND ${to}::date`.execute(
    db,
  );
  return rows;
}
