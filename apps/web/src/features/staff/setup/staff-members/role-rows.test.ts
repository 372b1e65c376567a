import type { RoleGrant } from '@nestje/contract';
import { describe, expect, it } from 'vitest';
import { checkRoleRows, fromRoleRows, newRoleRow, toRoleRows, withRole } from './role-rows.ts';

const LOCATION = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a11';
const GROUP = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a12';

const grants: RoleGrant[] = [
  { role: 'organisation_admin', locationId: null, groupId: null },
  { role: 'planner', locationId: LOCATION, groupId: null },
  { role: 'group_staff', locationId: null, groupId: GROUP },
];

describe('roles editor model', () => {
  it('round-trips grants through the editor rows', () => {
    const rows = toRoleRows(grants);
    expect(rows.map((row) => row.scope)).toEqual(['organisation', 'location', 'group']);
    expect(fromRoleRows(rows)).toEqual(grants);
  });

  it('sends only the id of the chosen scope', () => {
    const row = {
      role: 'planner' as const,
      scope: 'organisation' as const,
      locationId: LOCATION,
      groupId: GROUP,
    };
    expect(fromRoleRows([row])).toEqual([{ role: 'planner', locationId: null, groupId: null }]);
  });

  it('keeps the scope when the new role allows it, else takes the role’s own scope', () => {
    const planner = toRoleRows(grants)[1];
    if (!planner) throw new Error('no row');
    expect(withRole(planner, 'location_manager')).toMatchObject({ scope: 'location', locationId: LOCATION });
    expect(withRole(planner, 'organisation_admin').scope).toBe('organisation');
    expect(withRole(planner, 'group_staff').scope).toBe('group');
    expect(fromRoleRows([withRole(planner, 'organisation_admin')])[0]).toEqual({
      role: 'organisation_admin',
      locationId: null,
      groupId: null,
    });
  });

  it('asks for the location or group a scope needs, next to that select', () => {
    const rows = [newRoleRow(), { ...newRoleRow(), role: 'planner' as const, scope: 'location' as const }];
    expect(checkRoleRows(rows)).toEqual({ 'roles.0.groupId': 'required', 'roles.1.locationId': 'required' });
  });

  it('refuses the same role with the same scope twice', () => {
    const rows = toRoleRows([grants[1] as RoleGrant, grants[1] as RoleGrant]);
    expect(checkRoleRows(rows)).toEqual({ 'roles.1.role': 'taken' });
    expect(checkRoleRows(toRoleRows(grants))).toEqual({});
  });
});
