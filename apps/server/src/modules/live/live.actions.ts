import { defineAction } from '../../authz/actions.ts';
import { anyAccount } from '../../authz/rules.ts';

/**
 * The live event stream (GET /events): any signed-in account, about itself only. The events carry no content
 * (which kind of thing changed, and a thread id the account takes part in); the data is fetched through the
 * routes that check access.
 */
export const liveEventsRead = defineAction('liveEvents.read', 'organisation', [anyAccount]);
