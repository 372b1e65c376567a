import { defineAction } from '../../authz/actions.ts';
import type { Rule } from '../../authz/rules.ts';
import {
  anyAccount,
  hasOrganisationRole,
  isGuardian,
  isStaff,
  staffOfGroup,
  staffOfLocation,
} from '../../authz/rules.ts';

const ALL_ROLES = ['organisation_admin', 'location_manager', 'planner', 'group_staff'] as const;

/** Groups where the guardian's children have a placement. */
const guardianOfChildInGroup: Rule = ({ db, principal }) =>
  principal.guardianId === null
    ? null
    : db
        .selectFrom('placements as p')
        .innerJoin('guardian_children as gc', (j) =>
          j.onRef('gc.organisation_id', '=', 'p.organisation_id').onRef('gc.child_id', '=', 'p.child_id'),
        )
        .select('p.group_id as id')
        .where('p.organisation_id', '=', principal.organisationId)
        .where('gc.guardian_id', '=', principal.guardianId);

/** Locations of the groups a rule allows. */
const locationsOfGroups =
  (groupRule: Rule): Rule =>
  (ctx) => {
    const groups = groupRule(ctx);
    if (groups === null) return null;
    return ctx.db
      .selectFrom('groups')
      .select('location_id as id')
      .where('organisation_id', '=', ctx.principal.organisationId)
      .where('id', 'in', groups);
  };

export const organisationRead = defineAction('organisation.read', 'organisation', [anyAccount]);
export const organisationManage = defineAction('organisation.manage', 'organisation', [
  hasOrganisationRole('organisation_admin'),
]);
export const parentPortalUse = defineAction('parentPortal.use', 'organisation', [isGuardian]);
export const staffAreaUse = defineAction('staffArea.use', 'organisation', [isStaff]);
export const groupRead = defineAction('group.read', 'group', [
  staffOfGroup(...ALL_ROLES),
  guardianOfChildInGroup,
]);
export const locationRead = defineAction('location.read', 'location', [
  staffOfLocation(...ALL_ROLES),
  locationsOfGroups(staffOfGroup(...ALL_ROLES)),
  locationsOfGroups(guardianOfChildInGroup),
]);
