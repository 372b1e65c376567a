import type { StaffRole } from '@nestje/contract';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { IdQuery } from '../../authz/rules.ts';
import { containsPattern, type Executor } from '../../db/sql.ts';

export interface RoleRow {
  role: StaffRole;
  locationId: string | null;
  locationName: string | null;
  groupId: string | null;
  groupName: string | null;
}

/** The organisation's staff members with their own fields and account. */
function staffRows(db: Executor, organisationId: string) {
  return db
    .selectFrom('staff_members as s')
    .leftJoin('accounts as a', (j) =>
      j.onRef('a.organisation_id', '=', 's.organisation_id').onRef('a.staff_member_id', '=', 's.id'),
    )
    .select(['s.id', 's.first_name', 's.last_name', 's.email', 's.phone', 's.active', 'a.id as account_id'])
    .where('s.organisation_id', '=', organisationId);
}

/** Staff members among `permitted` with their roles (and the names of their scopes) and account, by name. */
export async function selectStaffMembers(
  db: Executor,
  organisationId: string,
  permitted: IdQuery,
  filter: { search?: string | undefined; staffMemberId?: string },
) {
  let q = staffRows(db, organisationId)
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('staff_roles as r')
          .leftJoin('locations as l', (j) =>
            j.onRef('l.organisation_id', '=', 'r.organisation_id').onRef('l.id', '=', 'r.location_id'),
          )
          .leftJoin('groups as g', (j) =>
            j.onRef('g.organisation_id', '=', 'r.organisation_id').onRef('g.id', '=', 'r.group_id'),
          )
          .select([
            sql<StaffRole>`r.role`.as('role'),
            'r.location_id as locationId',
            'l.name as locationName',
            'r.group_id as groupId',
            'g.name as groupName',
          ])
          .whereRef('r.organisation_id', '=', 's.organisation_id')
          .whereRef('r.staff_member_id', '=', 's.id')
          .orderBy('r.role')
          .orderBy('l.name')
          .orderBy('g.name'),
      ).as('roles'),
    )
    .where('s.id', 'in', permitted);
  if (filter.staffMemberId) q = q.where('s.id', '=', filter.staffMemberId);
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`s.first_name || ' ' || s.last_name`, 'ilike', pattern),
        eb('s.email', 'ilike', pattern),
      ]),
    );
  }
  return q.orderBy('s.last_name').orderBy('s.first_name').orderBy('s.id').execute();
}
export type StaffMemberRow = Awaited<ReturnType<typeof selectStaffMembers>>[number];

/** A staff member's own fields, roles and account, locked for a change. */
export async function selectStaffMemberForUpdate(
  db: Executor,
  organisationId: string,
  staffMemberId: string,
) {
  return staffRows(db, organisationId)
    .select((eb) => [
      'a.activated_at',
      'a.disabled_at',
      jsonArrayFrom(
        eb
          .selectFrom('staff_roles as r')
          .select([sql<StaffRole>`r.role`.as('role'), 'r.location_id as locationId', 'r.group_id as groupId'])
          .whereRef('r.organisation_id', '=', 's.organisation_id')
          .whereRef('r.staff_member_id', '=', 's.id')
          .orderBy('r.role')
          .orderBy('r.location_id')
          .orderBy('r.group_id'),
      ).as('roles'),
    ])
    .where('s.id', '=', staffMemberId)
    .forUpdate('s')
    .executeTakeFirst();
}

/** Whether a staff member or staff account of the organisation has this address already. */
export async function selectStaffEmailInUse(db: Executor, organisationId: string, email: string) {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .or([
          eb.exists(
            eb
              .selectFrom('staff_members')
              .select('id')
              .where('organisation_id', '=', organisationId)
              .where(sql<string>`lower(email)`, '=', email.toLowerCase()),
          ),
          eb.exists(
            eb
              .selectFrom('accounts')
              .select('id')
              .where('organisation_id', '=', organisationId)
              .where('kind', '=', 'staff')
              .where('email', '=', email.toLowerCase()),
          ),
        ])
        .as('taken'),
    ])
    .executeTakeFirstOrThrow();
  return Boolean(row.taken);
}

export async function updateStaffMember(
  db: Executor,
  organisationId: string,
  staffMemberId: string,
  set: Partial<{ first_name: string; last_name: string; phone: string; active: boolean }>,
): Promise<void> {
  if (Object.keys(set).length === 0) return;
  await db
    .updateTable('staff_members')
    .set(set)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', staffMemberId)
    .execute();
}

export interface RoleScope {
  role: StaffRole;
  locationId: string | null;
  groupId: string | null;
}

/** Replaces all roles of a staff member (the caller's transaction makes it one change). */
export async function replaceStaffRoles(
  db: Executor,
  organisationId: string,
  staffMemberId: string,
  roles: RoleScope[],
): Promise<void> {
  await db
    .deleteFrom('staff_roles')
    .where('organisation_id', '=', organisationId)
    .where('staff_member_id', '=', staffMemberId)
    .execute();
  if (roles.length === 0) return;
  await db
    .insertInto('staff_roles')
    .values(
      roles.map((r) => ({
        organisation_id: organisationId,
        staff_member_id: staffMemberId,
        role: r.role,
        location_id: r.locationId,
        group_id: r.groupId,
      })),
    )
    .execute();
}

/** Active staff members holding the organisation admin role. */
export async function countActiveAdmins(db: Executor, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('staff_members as s')
    .innerJoin('staff_roles as r', (j) =>
      j.onRef('r.organisation_id', '=', 's.organisation_id').onRef('r.staff_member_id', '=', 's.id'),
    )
    .select((eb) => eb.fn.count<number>('s.id').distinct().as('n'))
    .where('s.organisation_id', '=', organisationId)
    .where('s.active', '=', true)
    .where('r.role', '=', 'organisation_admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Which of `ids` are rows of `table` in the organisation. */
async function existingIds(
  db: Executor,
  organisationId: string,
  table: 'locations' | 'groups',
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Which of the referenced locations and groups exist in the organisation. */
export async function selectRoleScopes(
  db: Executor,
  organisationId: string,
  locationIds: string[],
  groupIds: string[],
) {
  const locations = await existingIds(db, organisationId, 'locations', locationIds);
  const groups = await existingIds(db, organisationId, 'groups', groupIds);
  return { locations, groups };
}
