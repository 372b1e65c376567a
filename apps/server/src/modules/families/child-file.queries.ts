import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

/** The child with location, mentor and photo date. */
export async function selectChildHead(db: Executor, organisationId: string, childId: string) {
  return db
    .selectFrom('children as c')
    .innerJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'c.organisation_id').onRef('l.id', '=', 'c.location_id'),
    )
    .leftJoin('staff_members as s', (j) =>
      j.onRef('s.organisation_id', '=', 'c.organisation_id').onRef('s.id', '=', 'c.mentor_staff_member_id'),
    )
    .leftJoin('child_photos as ph', (j) =>
      j.onRef('ph.organisation_id', '=', 'c.organisation_id').onRef('ph.child_id', '=', 'c.id'),
    )
    .select([
      'c.id',
      'c.first_name',
      'c.last_name',
      'c.birth_date',
      'c.external_ref',
      'l.id as location_id',
      'l.name as location_name',
      's.id as mentor_id',
      's.first_name as mentor_first_name',
      's.last_name as mentor_last_name',
      'ph.updated_at as photo_updated_at',
    ])
    .where('c.organisation_id', '=', organisationId)
    .where('c.id', '=', childId)
    .executeTakeFirst();
}

/** The child's guardians with contact data and parental authority. */
export async function selectChildGuardians(db: Executor, organisationId: string, childId: string) {
  return db
    .selectFrom('guardian_children as gc')
    .innerJoin('guardians as g', (j) =>
      j.onRef('g.organisation_id', '=', 'gc.organisation_id').onRef('g.id', '=', 'gc.guardian_id'),
    )
    .select([
      'g.id',
      'g.first_name',
      'g.last_name',
      'g.email',
      'g.phone',
      'g.street',
      'g.house_number',
      'g.postcode',
      'g.city',
      'gc.parental_authority',
    ])
    .where('gc.organisation_id', '=', organisationId)
    .where('gc.child_id', '=', childId)
    .orderBy('gc.created_at')
    .orderBy('g.last_name')
    .orderBy('g.id')
    .execute();
}

/** Every placement of the child, ended ones included, with group, location and days. */
export async function selectChildPlacements(db: Executor, organisationId: string, childId: string) {
  return db
    .selectFrom('placements as p')
    .innerJoin('groups as g', (j) =>
      j.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
    )
    .innerJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'g.organisation_id').onRef('l.id', '=', 'g.location_id'),
    )
    .select((eb) => [
      'p.id',
      'p.group_id',
      'g.name as group_name',
      'l.id as location_id',
      'l.name as location_name',
      'p.placement_type',
      'p.start_date',
      'p.end_date',
      'p.previous_placement_id',
      eb
        .selectFrom('placement_days as d')
        .innerJoin('care_products as cp', (j) =>
          j.onRef('cp.organisation_id', '=', 'd.organisation_id').onRef('cp.id', '=', 'd.care_product_id'),
        )
        .select(
          sql<{ weekday: number; careProductId: string; careProductName: string }[]>`coalesce(json_agg(
            json_build_object('weekday', d.weekday, 'careProductId', cp.id, 'careProductName', cp.name)
            ORDER BY d.weekday, cp.start_time, cp.name), '[]'::json)`.as('x'),
        )
        .whereRef('d.organisation_id', '=', 'p.organisation_id')
        .whereRef('d.placement_id', '=', 'p.id')
        .as('days'),
    ])
    .where('p.organisation_id', '=', organisationId)
    .where('p.child_id', '=', childId)
    .orderBy('p.start_date')
    .orderBy('g.name')
    .execute();
}

/** Whether the child has a photo, and its moment and hash. */
export async function selectChildPhotoMeta(db: Executor, organisationId: string, childId: string) {
  return db
    .selectFrom('child_photos')
    .select(['sha256', 'updated_at'])
    .where('organisation_id', '=', organisationId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
}

export async function selectChildPhoto(db: Executor, organisationId: string, childId: string) {
  return db
    .selectFrom('child_photos')
    .select(['content_type', 'data', 'sha256', 'updated_at'])
    .where('organisation_id', '=', organisationId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
}

export async function upsertChildPhoto(
  db: Executor,
  organisationId: string,
  childId: string,
  photo: { data: Buffer; sha256: string; at: Date },
): Promise<void> {
  await db
    .insertInto('child_photos')
    .values({
      organisation_id: organisationId,
      child_id: childId,
      content_type: 'image/jpeg',
      data: photo.data,
      sha256: photo.sha256,
      updated_at: photo.at,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'child_id']).doUpdateSet({
        content_type: 'image/jpeg',
        data: photo.data,
        sha256: photo.sha256,
        updated_at: photo.at,
      }),
    )
    .execute();
}

export async function deleteChildPhoto(db: Executor, organisationId: string, childId: string) {
  const result = await db
    .deleteFrom('child_photos')
    .where('organisation_id', '=', organisationId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
