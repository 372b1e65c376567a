import type { IdQuery } from '../../authz/rules.ts';
import { containsPattern, type Executor } from '../../db/sql.ts';

export interface ClosingDayFilter {
  from?: string | undefined;
  to?: string | undefined;
  /** Days that close this location: its own and those of every location. */
  locationId?: string | undefined;
  /** Part of the description. */
  search?: string | undefined;
}

/** Closing days of every location and of the locations in `locations`, by date. */
export async function selectClosingDays(
  db: Executor,
  organisationId: string,
  locations: IdQuery | null,
  filter: ClosingDayFilter,
) {
  let q = db
    .selectFrom('closing_days as c')
    .leftJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'c.organisation_id').onRef('l.id', '=', 'c.location_id'),
    )
    .select(['c.id', 'c.date', 'c.description', 'c.location_id', 'l.name as location_name'])
    .where('c.organisation_id', '=', organisationId)
    .where((eb) =>
      locations === null
        ? eb('c.location_id', 'is', null)
        : eb.or([eb('c.location_id', 'is', null), eb('c.location_id', 'in', locations)]),
    );
  if (filter.from) q = q.where('c.date', '>=', filter.from);
  if (filter.to) q = q.where('c.date', '<=', filter.to);
  if (filter.search) q = q.where('c.description', 'ilike', containsPattern(filter.search));
  const locationId = filter.locationId;
  if (locationId) {
    q = q.where((eb) => eb.or([eb('c.location_id', 'is', null), eb('c.location_id', '=', locationId)]));
  }
  return q
    .orderBy('c.date')
    .orderBy('l.name', (ob) => ob.nullsFirst())
    .execute();
}
export type ClosingDayRow = Awaited<ReturnType<typeof selectClosingDays>>[number];

export async function selectClosingDay(db: Executor, organisationId: string, closingDayId: string) {
  return db
    .selectFrom('closing_days as c')
    .leftJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'c.organisation_id').onRef('l.id', '=', 'c.location_id'),
    )
    .select(['c.id', 'c.date', 'c.description', 'c.location_id', 'l.name as location_name'])
    .where('c.organisation_id', '=', organisationId)
    .where('c.id', '=', closingDayId)
    .executeTakeFirst();
}

export async function insertClosingDay(
  db: Executor,
  organisationId: string,
  d: { date: string; description: string; locationId: string | null },
): Promise<string> {
  const row = await db
    .insertInto('closing_days')
    .values({
      organisation_id: organisationId,
      date: d.date,
      description: d.description,
      location_id: d.locationId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteClosingDay(db: Executor, organisationId: string, closingDayId: string) {
  await db
    .deleteFrom('closing_days')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', closingDayId)
    .execute();
}
