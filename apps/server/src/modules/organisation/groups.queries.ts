import type { OpeningHours } from '@nestje/contract';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { IdQuery } from '../../authz/rules.ts';
import { containsPattern, type Executor, hhmm } from '../../db/sql.ts';

/** The organisation's groups with their own fields and opening hours (by weekday). */
function groupRows(db: Executor, organisationId: string) {
  return db
    .selectFrom('groups as g')
    .select((eb) => [
      'g.id',
      'g.location_id',
      'g.name',
      'g.kind',
      'g.min_age_months',
      'g.max_age_months',
      'g.capacity',
      jsonArrayFrom(
        eb
          .selectFrom('group_opening_hours as h')
          .select(['h.weekday', hhmm('h.opens_at').as('opensAt'), hhmm('h.closes_at').as('closesAt')])
          .whereRef('h.organisation_id', '=', 'g.organisation_id')
          .whereRef('h.group_id', '=', 'g.id')
          .orderBy('h.weekday'),
      ).as('opening_hours'),
    ])
    .where('g.organisation_id', '=', organisationId);
}

/** Groups among `permitted` with their location's name and opening hours, by location and name. */
export async function selectGroups(
  db: Executor,
  organisationId: string,
  permitted: IdQuery,
  filter: { locationId?: string | undefined; search?: string | undefined; groupId?: string },
) {
  let q = groupRows(db, organisationId)
    .innerJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'g.organisation_id').onRef('l.id', '=', 'g.location_id'),
    )
    .select('l.name as location_name')
    .where('g.id', 'in', permitted);
  if (filter.groupId) q = q.where('g.id', '=', filter.groupId);
  if (filter.locationId) q = q.where('g.location_id', '=', filter.locationId);
  if (filter.search) q = q.where('g.name', 'ilike', containsPattern(filter.search));
  return q.orderBy('l.name').orderBy('g.name').orderBy('g.id').execute();
}
export type GroupRow = Awaited<ReturnType<typeof selectGroups>>[number];
/** A group's own fields as the queries return them. */
export type GroupFieldsRow = Omit<GroupRow, 'location_name'>;

/** A group's own fields and opening hours, locked for a change. */
export async function selectGroupForUpdate(db: Executor, organisationId: string, groupId: string) {
  return groupRows(db, organisationId).where('g.id', '=', groupId).forUpdate().executeTakeFirst();
}

export async function updateGroup(
  db: Executor,
  organisationId: string,
  groupId: string,
  set: Partial<{
    location_id: string;
    name: string;
    kind: string;
    min_age_months: number;
    max_age_months: number;
    capacity: number;
  }>,
): Promise<void> {
  if (Object.keys(set).length === 0) return;
  await db
    .updateTable('groups')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', groupId)
    .execute();
}

/** Replaces all opening hours of a group (the caller's transaction makes it one change). */
export async function replaceOpeningHours(
  db: Executor,
  organisationId: string,
  groupId: string,
  hours: OpeningHours[],
): Promise<void> {
  await db
    .deleteFrom('group_opening_hours')
    .where('organisation_id', '=', organisationId)
    .where('group_id', '=', groupId)
    .execute();
  if (hours.length === 0) return;
  await db
    .insertInto('group_opening_hours')
    .values(
      hours.map((h) => ({
        organisation_id: organisationId,
        group_id: groupId,
        weekday: h.weekday,
        opens_at: h.opensAt,
        closes_at: h.closesAt,
      })),
    )
    .execute();
}
