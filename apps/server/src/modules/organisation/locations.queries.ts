import type { IdQuery } from '../../authz/rules.ts';
import { containsPattern, type Executor } from '../../db/sql.ts';

export interface LocationFields {
  name: string;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
}

/** Locations among `permitted`, optionally matching a search on name or city, with their number of groups. */
export async function selectLocations(
  db: Executor,
  organisationId: string,
  permitted: IdQuery,
  filter: { search?: string | undefined; locationId?: string },
) {
  let q = db
    .selectFrom('locations as l')
    .select((eb) => [
      'l.id',
      'l.name',
      'l.street',
      'l.house_number',
      'l.postcode',
      'l.city',
      'l.phone',
      'l.email',
      eb
        .selectFrom('groups as g')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('g.organisation_id', '=', 'l.organisation_id')
        .whereRef('g.location_id', '=', 'l.id')
        .as('group_count'),
    ])
    .where('l.organisation_id', '=', organisationId)
    .where('l.id', 'in', permitted);
  if (filter.locationId) q = q.where('l.id', '=', filter.locationId);
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    q = q.where((eb) => eb.or([eb('l.name', 'ilike', pattern), eb('l.city', 'ilike', pattern)]));
  }
  return q.orderBy('l.name').orderBy('l.id').execute();
}
export type LocationRow = Awaited<ReturnType<typeof selectLocations>>[number];

/** One location's own fields (for a change and its audit line). */
export async function selectLocationForUpdate(db: Executor, organisationId: string, locationId: string) {
  return db
    .selectFrom('locations')
    .select(['id', 'name', 'street', 'house_number', 'postcode', 'city', 'phone', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', locationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateLocation(
  db: Executor,
  organisationId: string,
  locationId: string,
  set: Partial<LocationFields>,
): Promise<void> {
  if (Object.keys(set).length === 0) return;
  await db
    .updateTable('locations')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', locationId)
    .execute();
}
