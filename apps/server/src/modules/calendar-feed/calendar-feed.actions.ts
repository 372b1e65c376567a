import { defineAction } from '../../authz/actions.ts';
import { isGuardian } from '../../authz/rules.ts';

/**
 * A guardian's own calendar feed: seeing whether it works, making a new address and revoking it. Only guardians,
 * and only their own (the service acts on the principal's guardian record); staff accounts are refused.
 */
export const calendarFeedManage = defineAction('calendarFeed.manage', 'organisation', [isGuardian]);
