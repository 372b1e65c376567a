import { defineAction } from '../../authz/actions.ts';
import { anyAccount } from '../../authz/rules.ts';

/**
 * The notification centre (list, unread count, marking read, the switches): any signed-in account, for its own
 * notifications only — every query is scoped to the account, so another's ids are simply not found.
 */
export const notificationsUse = defineAction('notifications.use', 'organisation', [anyAccount]);
