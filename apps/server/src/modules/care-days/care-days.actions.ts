import { defineAction } from '../../authz/actions.ts';
import { isStaff } from '../../authz/rules.ts';
import { childReadStaff } from '../families/families.actions.ts';

/**
 * The school holidays of the organisation's region and the locations' deviations from them: every staff
 * member, who sees the deviations of the locations they see. Adding and removing a deviation is `location.manage`
 * on its location (organisation admins and the location's managers).
 */
export const holidaysRead = defineAction('holidays.read', 'organisation', [isStaff]);

/**
 * A child's planned care days (the child file's planning): the staff who may read the child, group staff of its
 * groups included. Guardians see their children's days in their agenda instead.
 */
export const childCareDaysRead = defineAction('childCareDays.read', 'child', [childReadStaff]);
