import { defineAction } from '../../authz/actions.ts';
import { anyAccount, guardianOfChild, staffOfChildGroup } from '../../authz/rules.ts';

/** A child's data: the child's guardians and the staff of the child's groups. */
export const childRead = defineAction('child.read', 'child', [
  guardianOfChild,
  staffOfChildGroup('organisation_admin', 'location_manager', 'planner', 'group_staff'),
]);
/** Changing a child's data: planners and managers of the child's groups, and organisation admins. */
export const childUpdate = defineAction('child.update', 'child', [
  staffOfChildGroup('organisation_admin', 'location_manager', 'planner'),
]);
/** Listing children; the list holds only children the account may read (filtered in SQL). */
export const childList = defineAction('child.list', 'organisation', [anyAccount]);
