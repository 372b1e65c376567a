import { defineAction } from '../../authz/actions.ts';
import { isGuardian } from '../../authz/rules.ts';
import { childRead, guardianRead, guardianUpdate } from '../families/families.actions.ts';

/** One's own data as a guardian (Overig → Account & Kinderen → own name), with the changes waiting for approval. */
export const ownGuardianRead = defineAction('ownGuardian.read', 'organisation', [isGuardian]);
/** Changing one's own phone number, and asking to change one's name or address. */
export const ownGuardianUpdate = defineAction('ownGuardian.update', 'organisation', [isGuardian]);

/** A guardian's change requests: whoever may read the guardian (the guardian themself and the child's staff). */
export const guardianChangeList = defineAction('guardianChange.list', 'guardian', guardianRead.rules);
/** Approving or rejecting them: the staff who may change the guardian's data (planners, managers, admins). */
export const guardianChangeDecide = defineAction('guardianChange.decide', 'guardian', guardianUpdate.rules);

/** The child page's mentor and placements: whoever may read the child. */
export const childDetailsRead = defineAction('childDetails.read', 'child', childRead.rules);
