import type { RoleGrant, StaffRole } from '@nestje/contract';

/** The roles in the order the form offers them, from widest to narrowest. */
export const STAFF_ROLES: readonly StaffRole[] = [
  'organisation_admin',
  'location_manager',
  'planner',
  'group_staff',
];

/** Where a role applies: the whole organisation, one location, or one group. */
export type RoleScope = 'organisation' | 'location' | 'group';

/**
 * The scopes each role can have (the database enforces the same): an organisation admin is organisation-wide,
 * a location manager or planner works organisation-wide or at one location, group staff work in one group.
 */
export const ROLE_SCOPES: Record<StaffRole, readonly RoleScope[]> = {
  organisation_admin: ['organisation'],
  location_manager: ['organisation', 'location'],
  planner: ['organisation', 'location'],
  group_staff: ['group'],
};

/** One row of the roles editor; the select values are strings, '' while nothing is chosen. */
export interface RoleRow {
  role: StaffRole;
  scope: RoleScope;
  locationId: string;
  groupId: string;
}

export function scopeOf(grant: RoleGrant): RoleScope {
  if (grant.groupId) return 'group';
  if (grant.locationId) return 'location';
  return 'organisation';
}

export function toRoleRows(grants: readonly RoleGrant[]): RoleRow[] {
  return grants.map((grant) => ({
    role: grant.role,
    scope: scopeOf(grant),
    locationId: grant.locationId ?? '',
    groupId: grant.groupId ?? '',
  }));
}

/** A new row: group staff, the most common role for a new colleague. */
export function newRoleRow(): RoleRow {
  return { role: 'group_staff', scope: 'group', locationId: '', groupId: '' };
}

/** Changes a row's role and keeps its scope where the new role allows it, else the role's first scope. */
export function withRole(row: RoleRow, role: StaffRole): RoleRow {
  const scopes = ROLE_SCOPES[role];
  const scope = scopes.includes(row.scope) ? row.scope : (scopes[0] ?? 'organisation');
  return { ...row, role, scope };
}

/** The grants to send: only the id that the row's scope uses; an empty choice is sent as null (and refused). */
export function fromRoleRows(rows: readonly RoleRow[]): RoleGrant[] {
  return rows.map((row) => ({
    role: row.role,
    locationId: row.scope === 'location' ? row.locationId || null : null,
    groupId: row.scope === 'group' ? row.groupId || null : null,
  }));
}

/** Problems the form can see before sending: a location or group scope with nothing chosen, or a row twice. */
export function checkRoleRows(rows: readonly RoleRow[]): Record<string, 'required' | 'taken'> {
  const problems: Record<string, 'required' | 'taken'> = {};
  const seen = new Set<string>();
  fromRoleRows(rows).forEach((grant, index) => {
    const row = rows[index];
    if (row?.scope === 'location' && !grant.locationId) problems[`roles.${index}.locationId`] = 'required';
    if (row?.scope === 'group' && !grant.groupId) problems[`roles.${index}.groupId`] = 'required';
    const key = `${grant.role}|${grant.locationId ?? ''}|${grant.groupId ?? ''}`;
    if (seen.has(key)) problems[`roles.${index}.role`] = 'taken';
    seen.add(key);
  });
  return problems;
}
