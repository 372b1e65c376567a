import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';
import { isHolidaySql } from '../care-days/care-days.queries.ts';

/** A child placed in a group on a date, with what the group and its location are like that day. */
export interface ChildGroupDay {
  childId: string;
  date: string;
  groupId: string;
  groupName: string;
  locationId: string;
  capacity: number;
  /** The group's opening hours that weekday; null when it is closed that weekday. */
  opensAt: string | null;
  closesAt: string | null;
  isHoliday: boolean;
  /** The closing day's description when the location (or every location) is closed that day. */
  closed: string | null;
}

/** Every child of `childIds` with a placement on a date from `from` to `to`, per date and group (one query). */
export async function selectChildGroupDays(
  db: Executor,
  organisationId: string,
  childIds: readonly string[],
  from: string,
  to: string,
): Promise<ChildGroupDay[]> {
  if (childIds.length === 0) return [];
  const { rows } = await sql<ChildGroupDay>`
    SELECT p.child_id AS "childId", to_char(d.day::timestamp, 'YYYY-MM-DD') AS date, g.id AS "groupId",
      g.name AS "groupName", g.location_id AS "locationId", g.capacity,
      to_char(oh.opens_at, 'HH24:MI') AS "opensAt", to_char(oh.closes_at, 'HH24:MI') AS "closesAt",
      ${isHolidaySql(sql`p.organisation_id`, sql`g.location_id`, sql`d.day`)} AS "isHoliday",
      (
        SELECT c.description FROM closing_days c
        WHERE c.organisation_id = p.organisation_id AND c.date = d.day
          AND (c.location_id IS NULL OR c.location_id = g.location_id)
        ORDER BY c.location_id NULLS FIRST LIMIT 1
      ) AS closed
    FROM (SELECT (${from}::date + g.n) AS day FROM generate_series(0, ${to}::date - ${from}::date) AS g (n)) d
    JOIN placements p ON p.organisation_id = ${organisationId} AND p.child_id = ANY(${childIds}::uuid[])
      AND p.start_date <= d.day AND (p.end_date IS NULL OR p.end_date >= d.day)
    JOIN groups g ON g.organisation_id = p.organisation_id AND g.id = p.group_id
    LEFT JOIN group_opening_hours oh ON oh.organisation_id = g.organisation_id AND oh.group_id = g.id
      AND oh.weekday = extract(isodow FROM d.day)
    ORDER BY d.day, p.child_id, g.name`.execute(db);
  return rows;
}

/** A day part a group offers for extra days: its active incidental products. */
export interface OfferedProduct {
  groupId: string;
  id: string;
  name: string;
  startTime: string;
  endTime: string;
  weekdays: number[];
  weekType: 'school' | 'holiday' | 'any';
  pricing: 'hourly' | 'fixed';
  priceCents: number;
}

export async function selectOfferedProducts(
  db: Executor,
  organisationId: string,
  groupIds: readonly string[],
): Promise<OfferedProduct[]> {
  if (groupIds.length === 0) return [];
  const { rows } = await sql<OfferedProduct>`
    SELECT cpg.group_id AS "groupId", cp.id, cp.name, to_char(cp.start_time, 'HH24:MI') AS "startTime",
      to_char(cp.end_time, 'HH24:MI') AS "endTime", cp.weekdays::int[] AS weekdays, cp.week_type AS "weekType",
      cp.pricing, cp.price_cents AS "priceCents"
    FROM care_product_groups cpg
    JOIN care_products cp ON cp.organisation_id = cpg.organisation_id AND cp.id = cpg.care_product_id
    WHERE cpg.organisation_id = ${organisationId} AND cpg.group_id = ANY(${[...groupIds]}::uuid[])
      AND cp.active AND cp.usage = 'incidental'
    ORDER BY cp.start_time, cp.end_time, cp.name`.execute(db);
  return rows;
}

/** An open request line of a child: a day part the child has asked for and may get. */
export interface OpenLine {
  childId: string;
  date: string;
  groupId: string;
  startTime: string;
  endTime: string;
  productName: string;
}

export async function selectOpenLines(
  db: Executor,
  organisationId: string,
  childIds: readonly string[],
  from: string,
  to: string,
): Promise<OpenLine[]> {
  if (childIds.length === 0) return [];
  const { rows } = await sql<OpenLine>`
    SELECT l.child_id AS "childId", to_char(l.date::timestamp, 'YYYY-MM-DD') AS date, l.group_id AS "groupId",
      to_char(l.start_time, 'HH24:MI') AS "startTime", to_char(l.end_time, 'HH24:MI') AS "endTime",
      cp.name AS "productName"
    FROM care_request_lines l
    JOIN care_products cp ON cp.organisation_id = l.organisation_id AND cp.id = l.care_product_id
    WHERE l.organisation_id = ${organisationId} AND l.child_id = ANY(${[...childIds]}::uuid[])
      AND l.status = 'pending' AND l.role <> 'give' AND l.date BETWEEN ${from}::date AND ${to}::date
    ORDER BY l.date, l.start_time`.execute(db);
  return rows;
}

/** The names of products, by id. */
export async function selectProductNames(
  db: Executor,
  organisationId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('care_products')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The children, for names. */
export async function selectChildNames(db: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('children')
    .select(['id', 'first_name as firstName', 'last_name as lastName'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .orderBy('birth_date')
    .orderBy('first_name')
    .execute();
}
