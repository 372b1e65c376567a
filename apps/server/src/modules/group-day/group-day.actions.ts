import { defineAction } from '../../authz/actions.ts';
import { ALL_STAFF_ROLES, staffOfGroup } from '../../authz/rules.ts';

/**
 * The day view of a group (who comes when, who is absent, the occupancy): the staff of the group, its location
 * and the organisation in every role (planners plan with it, group staff read who is coming).
 */
export const groupDayRead = defineAction('group.readDay', 'group', [staffOfGroup(...ALL_STAFF_ROLES)]);
