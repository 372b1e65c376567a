import type { Group, RoleGrant } from '@nestje/contract';

/**
 * The groups a staff member works in, of those the server lets them see: every group for an organisation admin,
 * the groups of their locations for location-wide roles, else the groups they are placed in. When the grants
 * name none of the groups, all of them (the server has already decided what may be seen).
 */
export function workingGroups(groups: readonly Group[], grants: readonly RoleGrant[]): Group[] {
  if (grants.some((grant) => grant.role === 'organisation_admin')) return [...groups];
  const mine = groups.filter((group) =>
    grants.some((grant) =>
      grant.groupId !== null ? grant.groupId === group.id : grant.locationId === group.locationId,
    ),
  );
  return mine.length > 0 ? mine : [...groups];
}
