import { defineAction } from '../../authz/actions.ts';
import { isStaff } from '../../authz/rules.ts';

/**
 * The planning policy (minimum lead time, horizon, cancellation and request deadlines): every staff member may
 * read it. Changing it is `organisation.manage` (organisation admins).
 */
export const planningPolicyRead = defineAction('planningPolicy.read', 'organisation', [isStaff]);
