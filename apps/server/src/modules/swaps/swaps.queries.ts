import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

/** How many swaps (given-up day parts, open or approved) each child has in a calendar year. */
export async function countSwaps(
  db: Executor,
  organisationId: string,
  childIds: readonly string[],
  year: number,
) {
  if (childIds.length === 0) return new Map<string, number>();
  const { rows } = await sql<{ childId: string; n: number }>`
    SELECT child_id AS "childId", count(*)::int AS n FROM care_request_lines
    WHERE organisation_id = ${organisationId} AND role = 'give' AND status IN ('pending', 'approved')
      AND child_id = ANY(${[...childIds]}::uuid[])
      AND date BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)
    GROUP BY child_id`.execute(db);
  return new Map(rows.map((r) => [r.childId, r.n]));
}

/** The given-up day parts (open or approved) of children on a date, as `childId|HH:MM`. */
export async function selectGivenParts(
  db: Executor,
  organisationId: string,
  childIds: readonly string[],
  date: string,
) {
  if (childIds.length === 0) return new Set<string>();
  const { rows } = await sql<{ key: string }>`
    SELECT child_id || '|' || to_char(start_time, 'HH24:MI') AS key FROM care_request_lines
    WHERE organisation_id = ${organisationId} AND role = 'give' AND status IN ('pending', 'approved')
      AND child_id = ANY(${[...childIds]}::uuid[]) AND date = ${date}::date`.execute(db);
  return new Set(rows.map((r) => r.key));
}
