import type { FieldError, StaffRoleInput } from '@nestje/contract';
import { isPermitted } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import { notAllowed, permittedAmong } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/database.ts';
import { BadRequest } from '../../errors.ts';
import { groupManage, locationManage, organisationManage } from '../organisation/organisation.actions.ts';
import { type RoleScope, selectRoleScopes } from './staff.queries.ts';

const field = (path: string, code: string, message: string): FieldError => ({ path, code, message });

/**
 * The roles as they will be stored, each with the scope its kind allows: organisation admin for the whole
 * organisation, location manager and planner for a location (or the whole organisation), group staff for a
 * group. A wrong scope is a field error; a role given twice counts once.
 */
export function normaliseRoles(roles: StaffRoleInput[]): RoleScope[] {
  const fields: FieldError[] = [];
  roles.forEach((r, i) => {
    const locationId = r.locationId ?? null;
    const groupId = r.groupId ?? null;
    if (r.role === 'organisation_admin' && locationId !== null) {
      fields.push(
        field(`roles.${i}.locationId`, 'invalid_value', 'An admin role is for the whole organisation'),
      );
    }
    if (r.role !== 'group_staff' && groupId !== null) {
      fields.push(field(`roles.${i}.groupId`, 'invalid_value', 'This role is not for one group'));
    }
    if (r.role === 'group_staff' && groupId === null) {
      fields.push(field(`roles.${i}.groupId`, 'required', 'Choose the group'));
    }
    if (r.role === 'group_staff' && locationId !== null) {
      fields.push(field(`roles.${i}.locationId`, 'invalid_value', 'Group staff work in a group'));
    }
  });
  if (fields.length > 0) throw new BadRequest('validation_failed', 'The roles are not valid', fields);
  const unique = new Map<string, RoleScope>();
  for (const r of roles) {
    const scope = { role: r.role, locationId: r.locationId ?? null, groupId: r.groupId ?? null };
    unique.set(`${scope.role}|${scope.locationId}|${scope.groupId}`, scope);
  }
  return [...unique.values()];
}

/**
 * Checks that the principal may grant these roles: the locations and groups must exist (`unknown_reference`),
 * and a location manager may grant only roles within the locations they manage (403, `roles.N` `not_allowed`);
 * organisation admins may grant any role.
 */
export async function requireGrantable(
  ctx: AppContext,
  principal: Principal,
  roles: StaffRoleInput[],
  db: Database,
): Promise<void> {
  const locationIds = roles.flatMap((r) => (r.locationId ? [r.locationId] : []));
  const groupIds = roles.flatMap((r) => (r.groupId ? [r.groupId] : []));
  const existing = await selectRoleScopes(db, principal.organisationId, locationIds, groupIds);
  const unknown: FieldError[] = [];
  roles.forEach((r, i) => {
    if (r.locationId && !existing.locations.has(r.locationId))
      unknown.push(field(`roles.${i}.locationId`, 'unknown_reference', 'This location does not exist'));
    if (r.groupId && !existing.groups.has(r.groupId))
      unknown.push(field(`roles.${i}.groupId`, 'unknown_reference', 'This group does not exist'));
  });
  if (unknown.length > 0) throw new BadRequest('validation_failed', 'Unknown location or group', unknown);
  if (await isPermitted(db, principal, ctx.clock, organisationManage.name, principal.organisationId)) return;
  const locations = await permittedAmong(ctx, principal, locationManage.name, locationIds, db);
  const groups = await permittedAmong(ctx, principal, groupManage.name, groupIds, db);
  const outside = roles.flatMap((r, i) => {
    const ok = r.groupId ? groups.has(r.groupId) : r.locationId ? locations.has(r.locationId) : false;
    return ok ? [] : [`roles.${i}`];
  });
  if (outside.length > 0) throw notAllowed(outside, 'You may grant roles in your own locations only');
}
