import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';
import { isClosedSql, isHolidaySql } from '../care-days/care-days.queries.ts';

export interface GroupDayHeader {
  id: string;
  name: string;
  locationName: string;
  capacity: number;
  /** The description of the closing day that closes the group's location on the date, or null. */
  closed: string | null;
  /** Whether the date is a holiday at the group's location (for the products of holiday weeks). */
  isHoliday: boolean;
}

/** The group with its location and whether it is closed or a holiday on `date`; null when it does not exist. */
export async function selectGroupDayHeader(
  db: Executor,
  organisationId: string,
  groupId: string,
  date: string,
): Promise<GroupDayHeader | null> {
  const org = sql`${organisationId}::uuid`;
  const day = sql`${date}::date`;
  const { rows } = await sql<GroupDayHeader>`
    SELECT g.id, g.name, l.name AS "locationName", g.capacity,
      CASE WHEN ${isClosedSql(org, sql`g.location_id`, day)} THEN (
        SELECT c.description FROM closing_days c
        WHERE c.organisation_id = g.organisation_id AND c.date = ${day}
          AND (c.location_id IS NULL OR c.location_id = g.location_id)
        ORDER BY c.location_id NULLS LAST LIMIT 1
      ) END AS closed,
      ${isHolidaySql(org, sql`g.location_id`, day)} AS "isHoliday"
    FROM groups g JOIN locations l ON l.organisation_id = g.organisation_id AND l.id = g.location_id
    WHERE g.organisation_id = ${organisationId} AND g.id = ${groupId}`.execute(db);
  return rows[0] ?? null;
}

export interface PendingLineRow {
  id: string;
  childId: string;
  careProductId: string;
  startTime: string;
  endTime: string;
}

/** The open request lines ("optie") in the group on `date`. */
export async function selectPendingLines(
  db: Executor,
  organisationId: string,
  groupId: string,
  date: string,
): Promise<PendingLineRow[]> {
  const { rows } = await sql<PendingLineRow>`
    SELECT l.id, l.child_id AS "childId", l.care_product_id AS "careProductId",
      to_char(l.start_time, 'HH24:MI') AS "startTime", to_char(l.end_time, 'HH24:MI') AS "endTime"
    FROM care_request_lines l
    WHERE l.organisation_id = ${organisationId} AND l.group_id = ${groupId} AND l.status = 'pending' AND l.role <> 'give'
      AND l.date = ${date}::date
    ORDER BY l.start_time, l.child_id`.execute(db);
  return rows;
}

export interface ChildNameRow {
  id: string;
  firstName: string;
  lastName: string;
}

export async function selectChildNames(
  db: Executor,
  organisationId: string,
  childIds: readonly string[],
): Promise<ChildNameRow[]> {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('children')
    .select(['id', 'first_name as firstName', 'last_name as lastName'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...childIds])
    .execute();
}

export interface DayProductRow {
  id: string;
  name: string;
  startTime: string;
  endTime: string;
  /** Whether the group offers the product that day (active, linked, its weekday and week type). */
  offered: boolean;
}

/**
 * The day parts of the group on `date`: the active products linked to the group for that weekday and week type,
 * and the products in `usedIds` (what the children have that day), by start time.
 */
export async function selectDayProducts(
  db: Executor,
  organisationId: string,
  groupId: string,
  date: string,
  isHoliday: boolean,
  usedIds: readonly string[],
): Promise<DayProductRow[]> {
  const { rows } = await sql<DayProductRow>`
    SELECT cp.id, cp.name, to_char(cp.start_time, 'HH24:MI') AS "startTime",
      to_char(cp.end_time, 'HH24:MI') AS "endTime",
      (cp.active AND extract(isodow FROM ${date}::date)::int = ANY(cp.weekdays)
        AND (cp.week_type = 'any' OR (cp.week_type = 'holiday') = ${isHoliday}::boolean)
        AND EXISTS (
          SELECT 1 FROM care_product_groups pg
          WHERE pg.organisation_id = cp.organisation_id AND pg.care_product_id = cp.id AND pg.group_id = ${groupId}
        )) AS offered
    FROM care_products cp
    WHERE cp.organisation_id = ${organisationId}
      AND (cp.id = ANY(${[...usedIds]}::uuid[]) OR EXISTS (
        SELECT 1 FROM care_product_groups pg
        WHERE pg.organisation_id = cp.organisation_id AND pg.care_product_id = cp.id AND pg.group_id = ${groupId}
      ))
    ORDER BY cp.start_time, cp.end_time, cp.name`.execute(db);
  return rows;
}
