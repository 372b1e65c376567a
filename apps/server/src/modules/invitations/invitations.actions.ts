import { defineAction } from '../../authz/actions.ts';
import { guardianUpdateRules } from '../families/families.actions.ts';

/** Sending a guardian an activation link by hand: the staff who may change the guardian's data. */
export const guardianInvite = defineAction('guardian.invite', 'guardian', guardianUpdateRules);
