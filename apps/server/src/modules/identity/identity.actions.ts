import { defineAction } from '../../authz/actions.ts';
import { anyAccount, self } from '../../authz/rules.ts';

/** One's own account. */
export const accountRead = defineAction('account.read', 'account', [self]);
/** What every signed-in account may do for itself: who am I, sign out, change password and language. */
export const sessionSelf = defineAction('session.self', 'organisation', [anyAccount]);
