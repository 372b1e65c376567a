import { defineAction } from '../../authz/actions.ts';
import { hasOrganisationRole, isStaff, type Rule } from '../../authz/rules.ts';
import { childRead } from '../families/families.actions.ts';

/** The children the guardian has parental authority over. Target: a child. */
const guardianWithAuthority: Rule = ({ db, principal }) =>
  principal.guardianId === null
    ? null
    : db
        .selectFrom('guardian_children')
        .select('child_id as id')
        .where('organisation_id', '=', principal.organisationId)
        .where('guardian_id', '=', principal.guardianId)
        .where('parental_authority', '=', true);

/** The organisation's declaration forms: staff (guardians see the forms through their children's page). */
export const declarationFormList = defineAction('declarationForm.list', 'organisation', [isStaff]);
/**
 * Defining forms, editing them (a new version) and retiring them, and the Beheer tab "Verklaringen":
 * organisation admins. The form itself is looked up within the organisation by the service.
 */
export const declarationFormManage = defineAction('declarationForm.manage', 'organisation', [
  hasOrganisationRole('organisation_admin'),
]);

/** A child's declarations with their history: whoever may read the child (its guardians and its staff). */
export const childDeclarationsRead = defineAction('childDeclarations.read', 'child', childRead.rules);
/** Filling in and signing a declaration for a child: a guardian with parental authority of the child. */
export const childDeclarationsSign = defineAction('childDeclarations.sign', 'child', [guardianWithAuthority]);
