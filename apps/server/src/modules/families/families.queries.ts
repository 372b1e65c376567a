import { sql } from 'kysely';
import type { IdQuery } from '../../authz/rules.ts';
import { type Executor, notEndedBefore } from '../../db/sql.ts';

/** Children among `permitted`, with their current and future placements, in one query. */
export async function selectChildren(
  db: Executor,
  organisationId: string,
  permitted: IdQuery,
  today: string,
  childId?: string,
) {
  let q = db
    .selectFrom('children as c')
    .select((eb) => [
      'c.id',
      'c.first_name',
      'c.last_name',
      'c.birth_date',
      eb
        .selectFrom('placements as p')
        .innerJoin('groups as g', (j) =>
          j.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
        )
        .innerJoin('locations as l', (j) =>
          j.onRef('l.organisation_id', '=', 'g.organisation_id').onRef('l.id', '=', 'g.location_id'),
        )
        .select(
          sql<
            {
              id: string;
              groupId: string;
              groupName: string;
              locationName: string;
              placementType: string;
              startDate: string;
              endDate: string | null;
            }[]
          >`coalesce(json_agg(json_build_object(
              'id', p.id, 'groupId', g.id, 'groupName', g.name, 'locationName', l.name,
              'placementType', p.placement_type, 'startDate', p.start_date, 'endDate', p.end_date
            ) ORDER BY p.start_date, g.name), '[]'::json)`.as('x'),
        )
        .whereRef('p.organisation_id', '=', 'c.organisation_id')
        .whereRef('p.child_id', '=', 'c.id')
        .where(notEndedBefore('p.end_date', today))
        .as('placements'),
    ])
    .where('c.organisation_id', '=', organisationId)
    .where('c.id', 'in', permitted);
  if (childId) q = q.where('c.id', '=', childId);
  return q.orderBy('c.birth_date').orderBy('c.first_name').execute();
}

export async function updateChild(
  db: Executor,
  organisationId: string,
  childId: string,
  values: {
    first_name?: string;
    last_name?: string;
    birth_date?: string;
    location_id?: string;
    mentor_staff_member_id?: string | null;
  },
): Promise<void> {
  await db
    .updateTable('children')
    .set(values)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', childId)
    .execute();
}

export async function insertGuardian(
  db: Executor,
  organisationId: string,
  g: {
    firstName: string;
    lastName: string;
    email: string;
    phone?: string;
    street?: string;
    houseNumber?: string;
    postcode?: string;
    city?: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('guardians')
    .values({
      organisation_id: organisationId,
      first_name: g.firstName,
      last_name: g.lastName,
      email: g.email,
      phone: g.phone ?? '',
      street: g.street ?? '',
      house_number: g.houseNumber ?? '',
      postcode: g.postcode ?? '',
      city: g.city ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertChild(
  db: Executor,
  organisationId: string,
  c: {
    locationId: string;
    firstName: string;
    lastName: string;
    birthDate: string;
    mentorStaffMemberId?: string | null;
    externalRef?: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('children')
    .values({
      organisation_id: organisationId,
      location_id: c.locationId,
      external_ref: c.externalRef ?? null,
      first_name: c.firstName,
      last_name: c.lastName,
      birth_date: c.birthDate,
      mentor_staff_member_id: c.mentorStaffMemberId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertGuardianChild(
  db: Executor,
  organisationId: string,
  link: { guardianId: string; childId: string; parentalAuthority?: boolean },
): Promise<void> {
  await db
    .insertInto('guardian_children')
    .values({
      organisation_id: organisationId,
      guardian_id: link.guardianId,
      child_id: link.childId,
      parental_authority: link.parentalAuthority ?? true,
    })
    .execute();
}

export interface NewPlacement {
  childId: string;
  groupId: string;
  placementType: string;
  startDate: string;
  endDate?: string | null;
  /** The placement this one continues (a change from a date on). */
  previousPlacementId?: string | null;
  /** ISO weekday (1 = Monday) with the contract product that sets that day's times. */
  days: { weekday: number; careProductId: string }[];
}

export async function insertPlacement(
  db: Executor,
  organisationId: string,
  p: NewPlacement,
): Promise<string> {
  const row = await db
    .insertInto('placements')
    .values({
      organisation_id: organisationId,
      child_id: p.childId,
      group_id: p.groupId,
      placement_type: p.placementType,
      start_date: p.startDate,
      end_date: p.endDate ?? null,
      previous_placement_id: p.previousPlacementId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (p.days.length > 0) {
    await db
      .insertInto('placement_days')
      .values(
        p.days.map((d) => ({
          organisation_id: organisationId,
          placement_id: row.id,
          weekday: d.weekday,
          care_product_id: d.careProductId,
        })),
      )
      .execute();
  }
  return row.id;
}

/** Whether the staff member is an active member of the organisation (a mentor must be). */
export async function isActiveStaffMember(db: Executor, organisationId: string, staffMemberId: string) {
  const row = await db
    .selectFrom('staff_members')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', staffMemberId)
    .where('active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}
