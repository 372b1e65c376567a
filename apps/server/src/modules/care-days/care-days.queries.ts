import { type RawBuilder, sql } from 'kysely';
import type { IdQuery } from '../../authz/rules.ts';
import type { Executor } from '../../db/sql.ts';

/** Whether a date is a school day or a holiday day at the child's location. */
export type WeekType = 'school' | 'holiday';

/** One planned care day: the child is expected in the group on that date, from start to end (local times). */
export interface CareDayRow {
  childId: string;
  /** `YYYY-MM-DD`, a local calendar date. */
  date: string;
  placementId: string;
  groupId: string;
  locationId: string;
  careProductId: string;
  /** `HH:MM`, local time. */
  startTime: string;
  endTime: string;
  /** The week type of the date at the group's location. */
  weekType: WeekType;
}

/** The children to plan for: a list of ids, or a set as the authorisation rules give it. */
export type ChildSet = readonly string[] | IdQuery;

function childFilter(children: ChildSet): RawBuilder<unknown> {
  if (!Array.isArray(children)) return sql`p.child_id IN (${children as IdQuery})`;
  const ids = children as readonly string[];
  return sql`p.child_id IN (${sql.join(ids.map((id) => sql`${id}::uuid`))})`;
}

/**
 * Every planned care day of `children` from `from` to `to` (both inclusive), in one query.
 *
 * A day is planned when a placement of the child covers it (start date to end date inclusive, open-ended when
 * null) and has a placement day for its ISO weekday; the care product of that placement day sets the times and
 * its week type decides whether the day counts: `school` only outside holidays, `holiday` only in them, `any`
 * always. A date is a holiday at a location when the location marks it as an extra holiday, or when it falls in
 * a school holiday of the organisation's region and the location does not mark it as a school day. Closing days
 * of every location (no location) and of the group's location remove the day.
 *
 * Everything is a local `date` or `time`: the answer does not depend on the server's or session's time zone.
 * Extra days, swaps and absences join here later, as further unions and exclusions on the same day rows.
 */
export async function selectCareDays(
  db: Executor,
  organisationId: string,
  children: ChildSet,
  from: string,
  to: string,
): Promise<CareDayRow[]> {
  if (Array.isArray(children) && children.length === 0) return [];
  const { rows } = await sql<CareDayRow>`
    WITH days AS (
      SELECT (${from}::date + g.n) AS day
      FROM generate_series(0, ${to}::date - ${from}::date) AS g (n)
    ),
    planned AS (
      SELECT p.child_id, d.day, p.id AS placement_id, p.group_id, g.location_id, cp.id AS care_product_id,
        cp.start_time, cp.end_time, cp.week_type,
        (
          EXISTS (
            SELECT 1 FROM location_holiday_periods lh
            WHERE lh.organisation_id = p.organisation_id AND lh.location_id = g.location_id
              AND lh.kind = 'holiday' AND d.day BETWEEN lh.start_date AND lh.end_date
          )
          OR (
            EXISTS (
              SELECT 1 FROM school_holidays sh
              WHERE sh.region = o.school_holiday_region AND d.day BETWEEN sh.start_date AND sh.end_date
            )
            AND NOT EXISTS (
              SELECT 1 FROM location_holiday_periods ls
              WHERE ls.organisation_id = p.organisation_id AND ls.location_id = g.location_id
                AND ls.kind = 'school' AND d.day BETWEEN ls.start_date AND ls.end_date
            )
          )
        ) AS is_holiday
      FROM days d
      JOIN placements p ON p.organisation_id = ${organisationId}
        AND p.start_date <= d.day AND (p.end_date IS NULL OR p.end_date >= d.day)
      JOIN placement_days pd ON pd.organisation_id = p.organisation_id AND pd.placement_id = p.id
        AND pd.weekday = extract(isodow FROM d.day)
      JOIN care_products cp ON cp.organisation_id = pd.organisation_id AND cp.id = pd.care_product_id
      JOIN groups g ON g.organisation_id = p.organisation_id AND g.id = p.group_id
      JOIN organisations o ON o.id = p.organisation_id
      WHERE ${childFilter(children)}
        AND NOT EXISTS (
          SELECT 1 FROM closing_days c
          WHERE c.organisation_id = p.organisation_id AND c.date = d.day
            AND (c.location_id IS NULL OR c.location_id = g.location_id)
        )
    )
    SELECT child_id AS "childId", to_char(day::timestamp, 'YYYY-MM-DD') AS date, placement_id AS "placementId",
      group_id AS "groupId", location_id AS "locationId", care_product_id AS "careProductId",
      to_char(start_time, 'HH24:MI') AS "startTime", to_char(end_time, 'HH24:MI') AS "endTime",
      CASE WHEN is_holiday THEN 'holiday' ELSE 'school' END AS "weekType"
    FROM planned
    WHERE week_type = 'any' OR (week_type = 'holiday') = is_holiday
    ORDER BY child_id, day, start_time, care_product_id`.execute(db);
  return rows;
}

/** The school holidays of the reference data, for checks and later for showing them. */
export async function selectSchoolHolidays(db: Executor) {
  return db
    .selectFrom('school_holidays')
    .select([
      'region',
      'school_year',
      'kind',
      'start_date',
      'end_date',
      'source_url',
      'checked_on',
      'verified',
    ])
    .orderBy('region')
    .orderBy('start_date')
    .execute();
}

export interface NewLocationHolidayPeriod {
  locationId: string;
  kind: 'holiday' | 'school';
  startDate: string;
  endDate: string;
  description: string;
}

export async function insertLocationHolidayPeriod(
  db: Executor,
  organisationId: string,
  p: NewLocationHolidayPeriod,
): Promise<string> {
  const row = await db
    .insertInto('location_holiday_periods')
    .values({
      organisation_id: organisationId,
      location_id: p.locationId,
      kind: p.kind,
      start_date: p.startDate,
      end_date: p.endDate,
      description: p.description,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The location's deviating periods that touch `from`…`to`, by start date. */
export async function selectLocationHolidayPeriods(
  db: Executor,
  organisationId: string,
  locationId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('location_holiday_periods')
    .select(['id', 'kind', 'start_date', 'end_date', 'description'])
    .where('organisation_id', '=', organisationId)
    .where('location_id', '=', locationId)
    .where('end_date', '>=', from)
    .where('start_date', '<=', to)
    .orderBy('start_date')
    .execute();
}

export async function deleteLocationHolidayPeriod(
  db: Executor,
  organisationId: string,
  periodId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('location_holiday_periods')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', periodId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The school holidays of one region, by start date. */
export async function selectRegionSchoolHolidays(db: Executor, region: string) {
  return db
    .selectFrom('school_holidays')
    .select(['region', 'school_year', 'kind', 'start_date', 'end_date', 'verified'])
    .where('region', '=', region)
    .orderBy('start_date')
    .execute();
}

/** The school-holiday region of the organisation. */
export async function selectOrganisationRegion(db: Executor, organisationId: string): Promise<string> {
  const row = await db
    .selectFrom('organisations')
    .select('school_holiday_region')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return row.school_holiday_region;
}

export interface HolidayPeriodRow {
  id: string;
  location_id: string;
  location_name: string;
  kind: string;
  start_date: string;
  end_date: string;
  description: string;
}

function holidayPeriodsWithLocation(db: Executor, organisationId: string) {
  return db
    .selectFrom('location_holiday_periods as lh')
    .innerJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'lh.organisation_id').onRef('l.id', '=', 'lh.location_id'),
    )
    .select([
      'lh.id',
      'lh.location_id',
      'l.name as location_name',
      'lh.kind',
      'lh.start_date',
      'lh.end_date',
      'lh.description',
    ])
    .where('lh.organisation_id', '=', organisationId);
}

/** The deviating periods of the locations in `locations` (optionally one of them), by location and start. */
export async function selectHolidayPeriodsOf(
  db: Executor,
  organisationId: string,
  locations: IdQuery,
  locationId: string | undefined,
): Promise<HolidayPeriodRow[]> {
  let query = holidayPeriodsWithLocation(db, organisationId).where('lh.location_id', 'in', locations);
  if (locationId !== undefined) query = query.where('lh.location_id', '=', locationId);
  return query.orderBy('l.name').orderBy('lh.start_date').execute();
}

export async function selectHolidayPeriod(
  db: Executor,
  organisationId: string,
  periodId: string,
): Promise<HolidayPeriodRow | undefined> {
  return holidayPeriodsWithLocation(db, organisationId).where('lh.id', '=', periodId).executeTakeFirst();
}

/** Whether a database error is an exclusion-constraint violation (two periods of one location overlap). */
export function isExclusionViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '23P01';
}
