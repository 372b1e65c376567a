import { sql } from 'kysely';
import { asDate, type Executor, notEndedBefore } from '../../db/sql.ts';

/** The groups the guardian's children are placed in on `today` (a placement that started and has not ended). */
export function guardianGroupsToday(db: Executor, organisationId: string, guardianId: string, today: string) {
  return db
    .selectFrom('placements as p')
    .innerJoin('guardian_children as gc', (j) =>
      j.onRef('gc.organisation_id', '=', 'p.organisation_id').onRef('gc.child_id', '=', 'p.child_id'),
    )
    .select('p.group_id as id')
    .where('p.organisation_id', '=', organisationId)
    .where('gc.guardian_id', '=', guardianId)
    .where('p.start_date', '<=', asDate(today))
    .where(notEndedBefore('p.end_date', today));
}

/**
 * The staff of the guardian's team: active staff members with a group role in one of the children's groups today
 * whose profile does not hide them from parents (no profile: shown).
 */
export function teamStaffOfGuardian(db: Executor, organisationId: string, guardianId: string, today: string) {
  return db
    .selectFrom('staff_roles as r')
    .innerJoin('staff_members as s', (j) =>
      j.onRef('s.organisation_id', '=', 'r.organisation_id').onRef('s.id', '=', 'r.staff_member_id'),
    )
    .leftJoin('staff_profiles as sp', (j) =>
      j.onRef('sp.organisation_id', '=', 's.organisation_id').onRef('sp.staff_member_id', '=', 's.id'),
    )
    .select('s.id')
    .where('r.organisation_id', '=', organisationId)
    .where('r.role', '=', 'group_staff')
    .where('r.group_id', 'in', guardianGroupsToday(db, organisationId, guardianId, today))
    .where('s.active', '=', true)
    .where((eb) => eb(eb.fn.coalesce('sp.visible_to_parents', sql.lit(true)), '=', true));
}

/** The locations of the guardian's children's placements today, each with those groups, by name. */
export async function selectMyLocations(
  db: Executor,
  organisationId: string,
  guardianId: string,
  today: string,
) {
  return db
    .selectFrom('groups as g')
    .innerJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'g.organisation_id').onRef('l.id', '=', 'g.location_id'),
    )
    .select([
      'l.id',
      'l.name',
      'l.street',
      'l.house_number',
      'l.postcode',
      'l.city',
      'l.phone',
      'l.email',
      'g.id as group_id',
      'g.name as group_name',
    ])
    .where('g.organisation_id', '=', organisationId)
    .where('g.id', 'in', guardianGroupsToday(db, organisationId, guardianId, today))
    .orderBy('l.name')
    .orderBy('l.id')
    .orderBy('g.name')
    .orderBy('g.id')
    .execute();
}

/**
 * The guardian's team (or one person of it), a row per person and group of the family they work in, by name.
 * Only what parents may see: never e-mail or phone.
 */
export async function selectTeam(
  db: Executor,
  args: { organisationId: string; guardianId: string; today: string; staffMemberId?: string },
) {
  const { organisationId, guardianId, today } = args;
  let query = db
    .selectFrom('staff_roles as r')
    .innerJoin('staff_members as s', (j) =>
      j.onRef('s.organisation_id', '=', 'r.organisation_id').onRef('s.id', '=', 'r.staff_member_id'),
    )
    .innerJoin('groups as g', (j) =>
      j.onRef('g.organisation_id', '=', 'r.organisation_id').onRef('g.id', '=', 'r.group_id'),
    )
    .leftJoin('staff_profiles as sp', (j) =>
      j.onRef('sp.organisation_id', '=', 's.organisation_id').onRef('sp.staff_member_id', '=', 's.id'),
    )
    .select([
      's.id as staff_member_id',
      's.first_name',
      's.last_name',
      'sp.display_name',
      'sp.about',
      'sp.photo_media_id',
      'g.id as group_id',
      'g.name as group_name',
    ])
    .where('r.organisation_id', '=', organisationId)
    .where('r.role', '=', 'group_staff')
    .where('r.group_id', 'in', guardianGroupsToday(db, organisationId, guardianId, today))
    .where('s.active', '=', true)
    .where((eb) => eb(eb.fn.coalesce('sp.visible_to_parents', sql.lit(true)), '=', true));
  if (args.staffMemberId !== undefined) query = query.where('s.id', '=', args.staffMemberId);
  return query.orderBy('g.name').orderBy('g.id').execute();
}

/** A staff member with their profile (null columns where they never saved one). */
export async function selectProfile(db: Executor, organisationId: string, staffMemberId: string) {
  return db
    .selectFrom('staff_members as s')
    .leftJoin('staff_profiles as sp', (j) =>
      j.onRef('sp.organisation_id', '=', 's.organisation_id').onRef('sp.staff_member_id', '=', 's.id'),
    )
    .select([
      's.id',
      's.first_name',
      's.last_name',
      'sp.display_name',
      'sp.about',
      'sp.photo_media_id',
      'sp.visible_to_parents',
      'sp.updated_at',
    ])
    .where('s.organisation_id', '=', organisationId)
    .where('s.id', '=', staffMemberId)
    .executeTakeFirst();
}

/** Locks the staff member's row, so two saves of one profile follow each other. */
export async function lockStaffMember(db: Executor, organisationId: string, staffMemberId: string) {
  const row = await db
    .selectFrom('staff_members')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', staffMemberId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** The kind of an upload of `accountId` that nothing took yet, if there is one with this id. */
export async function selectUnusedUploadKind(
  db: Executor,
  args: { organisationId: string; accountId: string; mediaId: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('media')
    .select('kind')
    .where('organisation_id', '=', args.organisationId)
    .where('id', '=', args.mediaId)
    .where('uploaded_by_account_id', '=', args.accountId)
    .where('attached_at', 'is', null)
    .executeTakeFirst();
  return row?.kind;
}

export interface ProfileValues {
  displayName: string | null;
  about: string;
  photoMediaId: string | null;
  visibleToParents: boolean;
}

/** Writes the staff member's profile (the first save creates it). */
export async function upsertProfile(
  db: Executor,
  args: { organisationId: string; staffMemberId: string; accountId: string; at: Date } & ProfileValues,
): Promise<void> {
  const values = {
    display_name: args.displayName,
    about: args.about,
    photo_media_id: args.photoMediaId,
    visible_to_parents: args.visibleToParents,
    updated_at: args.at,
    updated_by_account_id: args.accountId,
  };
  await db
    .insertInto('staff_profiles')
    .values({ organisation_id: args.organisationId, staff_member_id: args.staffMemberId, ...values })
    .onConflict((oc) => oc.columns(['organisation_id', 'staff_member_id']).doUpdateSet(values))
    .execute();
}
