import type { StaffRole } from '@nestje/contract';
import { defineAction } from '../../authz/actions.ts';
import {
  anyAccount,
  guardianOfChild,
  type IdQuery,
  isStaff,
  type Rule,
  staffOfChildGroup,
  staffOfGroup,
  staffOfLocation,
} from '../../authz/rules.ts';

/** The roles that plan families: they create children, change them and place them. */
export const PLANNING_ROLES: StaffRole[] = ['organisation_admin', 'location_manager', 'planner'];
const ALL_ROLES: StaffRole[] = [...PLANNING_ROLES, 'group_staff'];

/** Children registered at a location where the staff member holds one of `roles`. */
export const staffOfChildLocation =
  (...roles: StaffRole[]): Rule =>
  (ctx) => {
    const locations = staffOfLocation(...roles)(ctx);
    if (locations === null) return null;
    return ctx.db
      .selectFrom('children')
      .select('id')
      .where('organisation_id', '=', ctx.principal.organisationId)
      .where('location_id', 'in', locations);
  };

/** Staff holding one of `roles` anywhere in the organisation (any scope). Target: the organisation. */
const hasAnyRole =
  (...roles: StaffRole[]): Rule =>
  ({ db, principal }) =>
    principal.staffMemberId === null
      ? null
      : db
          .selectFrom('staff_roles')
          .select('organisation_id as id')
          .where('organisation_id', '=', principal.organisationId)
          .where('staff_member_id', '=', principal.staffMemberId)
          .where('role', 'in', roles);

/** The guardian's own record. Target: a guardian. */
const guardianSelf: Rule = ({ db, principal }) =>
  principal.guardianId === null
    ? null
    : db
        .selectFrom('guardians')
        .select('id')
        .where('organisation_id', '=', principal.organisationId)
        .where('id', '=', principal.guardianId);

/** Guardians linked to a child that one of `childRules` allows. Target: a guardian. */
const guardiansOfChildren =
  (...childRules: Rule[]): Rule =>
  (ctx) => {
    const sets = childRules.map((rule) => rule(ctx)).filter((q): q is IdQuery => q !== null);
    if (sets.length === 0) return null;
    const children = sets.reduce((acc, q) => acc.union(q));
    return ctx.db
      .selectFrom('guardian_children')
      .select('guardian_id as id')
      .where('organisation_id', '=', ctx.principal.organisationId)
      .where('child_id', 'in', children);
  };

const childReadStaff = [staffOfChildGroup(...ALL_ROLES), staffOfChildLocation(...PLANNING_ROLES)];
const childUpdateStaff = [staffOfChildGroup(...PLANNING_ROLES), staffOfChildLocation(...PLANNING_ROLES)];

/**
 * A child's data: the child's guardians; staff of a group with a current or future placement of the child;
 * planners, location managers and admins of the location the child is registered at.
 */
export const childRead = defineAction('child.read', 'child', [guardianOfChild, ...childReadStaff]);
/** Changing a child's data, guardians, placements and photo: planners, managers and admins of the child. */
export const childUpdate = defineAction('child.update', 'child', childUpdateStaff);
/** Listing children; the list holds only children the account may read (filtered in SQL). */
export const childList = defineAction('child.list', 'organisation', [anyAccount]);
/** Registering a new child: staff who plan for some location (the location is checked with the request). */
export const childCreate = defineAction('child.create', 'organisation', [hasAnyRole(...PLANNING_ROLES)]);

/** A guardian's data: the guardian themself and staff who may read one of the guardian's children. */
export const guardianRead = defineAction('guardian.read', 'guardian', [
  guardianSelf,
  guardiansOfChildren(...childReadStaff),
]);
/** Changing a guardian's contact data: staff who may change one of the guardian's children. */
export const guardianUpdate = defineAction('guardian.update', 'guardian', [
  guardiansOfChildren(...childUpdateStaff),
]);
/** Searching guardians (to link one to another child); the answer holds only guardians the staff may read. */
export const guardianList = defineAction('guardian.list', 'organisation', [isStaff]);

/** The rules of `guardian.update`, for actions of other modules on a guardian (the invitation). */
export const guardianUpdateRules: Rule[] = [guardiansOfChildren(...childUpdateStaff)];

/** Locations where the staff member plans families: a child may be registered there by them. */
export const locationPlanFamilies = defineAction('location.planFamilies', 'location', [
  staffOfLocation(...PLANNING_ROLES),
]);
/** Groups the staff member may place children in. */
export const groupPlaceChildren = defineAction('group.placeChildren', 'group', [
  staffOfGroup(...PLANNING_ROLES),
]);
