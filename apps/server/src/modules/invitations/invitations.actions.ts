import { defineAction } from '../../authz/actions.ts';
import { childPlanners, guardiansOfChildren } from '../../authz/rules.ts';

/** Sending a guardian an activation link by hand: the staff who may change the guardian's data. */
export const guardianInvite = defineAction('guardian.invite', 'guardian', [
  guardiansOfChildren(childPlanners),
]);
