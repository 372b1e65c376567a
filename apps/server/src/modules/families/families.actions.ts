import { defineAction } from '../../authz/actions.ts';
import {
  ALL_STAFF_ROLES,
  anyAccount,
  anyOf,
  childPlanners,
  guardianOfChild,
  guardiansOfChildren,
  hasAnyRole,
  isStaff,
  ownGuardianRecord,
  PLANNING_ROLES,
  staffOfChildGroup,
  staffOfChildLocation,
  staffOfGroup,
  staffOfLocation,
} from '../../authz/rules.ts';

/** Staff who may read a child: staff of a group it is placed in, and those who plan its location. */
export const childReadStaff = anyOf(
  staffOfChildGroup(...ALL_STAFF_ROLES),
  staffOfChildLocation(...PLANNING_ROLES),
);

/**
 * A child's data: the child's guardians; staff of a group with a current or future placement of the child;
 * planners, location managers and admins of the location the child is registered at.
 */
export const childRead = defineAction('child.read', 'child', [guardianOfChild, childReadStaff]);
/** Changing a child's data, guardians, placements and photo: planners, managers and admins of the child. */
export const childUpdate = defineAction('child.update', 'child', [childPlanners]);
/** Listing children; the list holds only children the account may read (filtered in SQL). */
export const childList = defineAction('child.list', 'organisation', [anyAccount]);
/** Registering a new child: staff who plan for some location (the location is checked with the request). */
export const childCreate = defineAction('child.create', 'organisation', [hasAnyRole(...PLANNING_ROLES)]);

/** A guardian's data: the guardian themself and staff who may read one of the guardian's children. */
export const guardianRead = defineAction('guardian.read', 'guardian', [
  ownGuardianRecord,
  guardiansOfChildren(childReadStaff),
]);
/** Changing a guardian's contact data: staff who may change one of the guardian's children. */
export const guardianUpdate = defineAction('guardian.update', 'guardian', [
  guardiansOfChildren(childPlanners),
]);
/** Searching guardians (to link one to another child); the answer holds only guardians the staff may read. */
export const guardianList = defineAction('guardian.list', 'organisation', [isStaff]);

/** Locations where the staff member plans families: a child may be registered there by them. */
export const locationPlanFamilies = defineAction('location.planFamilies', 'location', [
  staffOfLocation(...PLANNING_ROLES),
]);
/** Groups the staff member may place children in. */
export const groupPlaceChildren = defineAction('group.placeChildren', 'group', [
  staffOfGroup(...PLANNING_ROLES),
]);
