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
  /** The placement that plans the day; null for an approved extra day. */
  placementId: string | null;
  groupId: string;
  locationId: string;
  careProductId: string;
  /** `HH:MM`, local time. */
  startTime: string;
  endTime: string;
  /** The week type of the date at the group's location. */
  weekType: WeekType;
  /**
   * `contract`: the placement's weekly pattern; `extra`: an approved extra-day request line; `swap`: the wanted day
   * part of an approved swap (whose given-up contract day part is left out).
   */
  source: 'contract' | 'extra' | 'swap';
  /** The approved request line of an extra day; null for a contract day. */
  requestLineId: string | null;
  /** The absence line when the day part is reported absent (it stays in the plan, marked). */
  absenceLineId: string | null;
  absenceReason: 'sick' | 'holiday' | 'other' | null;
}

/** The children to plan for: a list of ids, or a set as the authorisation rules give it. */
export type ChildSet = readonly string[] | IdQuery;

/** Whose care days: some children (wherever they are placed), or everyone placed in some groups. */
export type CareDayScope = { children: ChildSet } | { groups: readonly string[] };

function idFilter(column: RawBuilder<unknown>, ids: ChildSet): RawBuilder<unknown> {
  if (!Array.isArray(ids)) return sql`${column} IN (${ids as IdQuery})`;
  const list = ids as readonly string[];
  return sql`${column} IN (${sql.join(list.map((id) => sql`${id}::uuid`))})`;
}

function scopeFilter(scope: CareDayScope, alias: string): RawBuilder<unknown> {
  return 'children' in scope
    ? idFilter(sql.ref(`${alias}.child_id`), scope.children)
    : idFilter(sql.ref(`${alias}.group_id`), scope.groups);
}

function isEmptyScope(scope: CareDayScope): boolean {
  const ids = 'children' in scope ? scope.children : scope.groups;
  return Array.isArray(ids) && ids.length === 0;
}

/** Whether `day` (a date expression) is a holiday at location `location` of organisation `org` (SQL). */
export function isHolidaySql(
  org: RawBuilder<unknown>,
  location: RawBuilder<unknown>,
  day: RawBuilder<unknown>,
): RawBuilder<boolean> {
  return sql<boolean>`(
    EXISTS (
      SELECT 1 FROM location_holiday_periods lh
      WHERE lh.organisation_id = ${org} AND lh.location_id = ${location}
        AND lh.kind = 'holiday' AND ${day} BETWEEN lh.start_date AND lh.end_date
    )
    OR (
      EXISTS (
        SELECT 1 FROM school_holidays sh JOIN organisations o ON o.id = ${org}
        WHERE sh.region = o.school_holiday_region AND ${day} BETWEEN sh.start_date AND sh.end_date
      )
      AND NOT EXISTS (
        SELECT 1 FROM location_holiday_periods ls
        WHERE ls.organisation_id = ${org} AND ls.location_id = ${location}
          AND ls.kind = 'school' AND ${day} BETWEEN ls.start_date AND ls.end_date
      )
    )
  )`;
}

/** Whether the organisation is closed on `day` at `location` (a closing day of that location or of all). */
export function isClosedSql(
  org: RawBuilder<unknown>,
  location: RawBuilder<unknown>,
  day: RawBuilder<unknown>,
): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM closing_days c
    WHERE c.organisation_id = ${org} AND c.date = ${day}
      AND (c.location_id IS NULL OR c.location_id = ${location})
  )`;
}

/**
 * The SQL of every planned care day in `scope` from `from` to `to` (both inclusive; or only on `onDays` within
 * them), as rows of CareDayRow's columns in snake case with `day` a date and times as `time`: for reuse inside
 * other queries (occupancy).
 *
 * A day is planned when a placement of the child covers it (start date to end date inclusive, open-ended when
 * null) and has a placement day for its ISO weekday; the care product of that placement day sets the times and
 * its week type decides whether the day counts: `school` only outside holidays, `holiday` only in them, `any`
 * always. A date is a holiday at a location when the location marks it as an extra holiday, or when it falls in
 * a school holiday of the organisation's region and the location does not mark it as a school day. Closing days
 * of every location (no location) and of the group's location remove the day. Approved extra-day request lines
 * add days (they were checked against closing days when requested). Absences and swaps join here later.
 *
 * Whether a day is a holiday or closed is worked out once per location and day (`ld`), not per child.
 * Everything is a local `date` or `time`: the answer does not depend on the server's or session's time zone.
 */
export function careDaysSql(
  organisationId: string,
  scope: CareDayScope,
  from: string,
  to: string,
  onDays?: readonly string[],
) {
  const days = onDays
    ? sql`SELECT DISTINCT unnest(${[...onDays]}::date[]) AS day`
    : sql`SELECT (${from}::date + g.n) AS day FROM generate_series(0, ${to}::date - ${from}::date) AS g (n)`;
  return sql<{
    child_id: string;
    day: string;
    placement_id: string | null;
    group_id: string;
    location_id: string;
    care_product_id: string;
    start_time: string;
    end_time: string;
    is_holiday: boolean;
    source: 'contract' | 'extra' | 'swap';
    request_line_id: string | null;
    absence_line_id: string | null;
    absence_reason: string | null;
  }>`
    WITH d AS (${days}),
    pl AS (
      SELECT p.id, p.child_id, p.group_id, p.start_date, p.end_date, g.location_id
      FROM placements p
      JOIN groups g ON g.organisation_id = p.organisation_id AND g.id = p.group_id
      WHERE p.organisation_id = ${organisationId} AND ${scopeFilter(scope, 'p')}
        AND p.start_date <= ${to}::date AND (p.end_date IS NULL OR p.end_date >= ${from}::date)
    ),
    ex AS (
      SELECT l.id, l.child_id, l.group_id, g.location_id, l.date AS day, l.care_product_id, l.start_time, l.end_time,
        CASE l.role WHEN 'take' THEN 'swap' ELSE 'extra' END AS source
      FROM care_request_lines l
      JOIN groups g ON g.organisation_id = l.organisation_id AND g.id = l.group_id
      WHERE l.organisation_id = ${organisationId} AND l.status = 'approved' AND l.role <> 'give'
        AND l.date BETWEEN ${from}::date AND ${to}::date AND l.date IN (SELECT day FROM d)
        AND ${scopeFilter(scope, 'l')}
    ),
    ld AS (
      SELECT loc.location_id, d.day,
        ${isHolidaySql(sql`${organisationId}::uuid`, sql`loc.location_id`, sql`d.day`)} AS is_holiday,
        ${isClosedSql(sql`${organisationId}::uuid`, sql`loc.location_id`, sql`d.day`)} AS is_closed
      FROM (SELECT location_id FROM pl UNION SELECT location_id FROM ex) loc CROSS JOIN d
    )
    SELECT pl.child_id, d.day, pl.id AS placement_id, pl.group_id, pl.location_id, cp.id AS care_product_id,
      cp.start_time, cp.end_time, ld.is_holiday, 'contract'::text AS source, NULL::uuid AS request_line_id,
      al.id AS absence_line_id, ab.reason AS absence_reason
    FROM d
    JOIN pl ON pl.start_date <= d.day AND (pl.end_date IS NULL OR pl.end_date >= d.day)
    JOIN placement_days pd ON pd.organisation_id = ${organisationId} AND pd.placement_id = pl.id
      AND pd.weekday = extract(isodow FROM d.day)
    JOIN care_products cp ON cp.organisation_id = pd.organisation_id AND cp.id = pd.care_product_id
    JOIN ld ON ld.location_id = pl.location_id AND ld.day = d.day
    LEFT JOIN absence_lines al ON al.organisation_id = ${organisationId} AND al.status = 'registered'
      AND al.request_line_id IS NULL AND al.child_id = pl.child_id AND al.date = d.day
      AND al.group_id = pl.group_id AND al.care_product_id = cp.id AND al.start_time = cp.start_time
    LEFT JOIN absences ab ON ab.organisation_id = al.organisation_id AND ab.id = al.absence_id
    WHERE NOT ld.is_closed AND (cp.week_type = 'any' OR (cp.week_type = 'holiday') = ld.is_holiday)
      -- A contract day part given up in an approved swap is no care.
      AND NOT EXISTS (
        SELECT 1 FROM care_request_lines gv
        WHERE gv.organisation_id = ${organisationId} AND gv.role = 'give' AND gv.status = 'approved'
          AND gv.child_id = pl.child_id AND gv.date = d.day AND gv.group_id = pl.group_id
          AND gv.care_product_id = cp.id AND gv.start_time = cp.start_time
      )
    UNION ALL
    SELECT ex.child_id, ex.day, NULL::uuid, ex.group_id, ex.location_id, ex.care_product_id, ex.start_time,
      ex.end_time, ld.is_holiday, ex.source, ex.id, al.id, ab.reason
    FROM ex JOIN ld ON ld.location_id = ex.location_id AND ld.day = ex.day
    LEFT JOIN absence_lines al ON al.organisation_id = ${organisationId} AND al.status = 'registered'
      AND al.request_line_id = ex.id
    LEFT JOIN absences ab ON ab.organisation_id = al.organisation_id AND ab.id = al.absence_id`;
}

/**
 * Every planned care day of `children` (or of everyone in some groups) from `from` to `to` (both inclusive), in
 * one query; see careDaysSql for the rules. Ordered by child, date and start time.
 */
export async function selectCareDays(
  db: Executor,
  organisationId: string,
  children: ChildSet | CareDayScope,
  from: string,
  to: string,
): Promise<CareDayRow[]> {
  const scope: CareDayScope =
    Array.isArray(children) || !('children' in children || 'groups' in children)
      ? { children: children as ChildSet }
      : (children as CareDayScope);
  if (isEmptyScope(scope)) return [];
  const { rows } = await sql<CareDayRow>`
    SELECT child_id AS "childId", to_char(day::timestamp, 'YYYY-MM-DD') AS date, placement_id AS "placementId",
      group_id AS "groupId", location_id AS "locationId", care_product_id AS "careProductId",
      to_char(start_time, 'HH24:MI') AS "startTime", to_char(end_time, 'HH24:MI') AS "endTime",
      CASE WHEN is_holiday THEN 'holiday' ELSE 'school' END AS "weekType",
      source, request_line_id AS "requestLineId", absence_line_id AS "absenceLineId",
      absence_reason AS "absenceReason"
    FROM (${careDaysSql(organisationId, scope, from, to)}) planned
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
