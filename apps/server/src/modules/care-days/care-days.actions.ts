import { defineAction } from '../../authz/actions.ts';
import { isStaff } from '../../authz/rules.ts';

/**
 * The school holidays of the organisation's region and the locations' deviations from them: every staff
 * member, who sees the deviations of the locations they see. Adding and removing a deviation is `location.manage`
 * on its location (organisation admins and the location's managers).
 */
export const holidaysRead = defineAction('holidays.read', 'organisation', [isStaff]);
