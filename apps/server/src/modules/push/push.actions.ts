import { defineAction } from '../../authz/actions.ts';
import { anyAccount } from '../../authz/rules.ts';

/**
 * Web Push on one's own browsers (the key to subscribe with, subscribing, unsubscribing): any signed-in account,
 * parent or staff. A subscription always belongs to the account that made it; no one reaches another's.
 */
export const pushUse = defineAction('push.use', 'organisation', [anyAccount]);
