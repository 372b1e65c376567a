import { defineAction } from '../../authz/actions.ts';
import { anyAccount, hasOrganisationRole, linkedTo, type Rule } from '../../authz/rules.ts';
import { childRead } from '../families/families.actions.ts';

/** The consent items of the organisation when `base` allows the organisation. Target: a consent item. */
const itemsOfOrganisation = (base: Rule): Rule =>
  linkedTo(base, ({ db, principal }, organisations) =>
    db
      .selectFrom('consent_items')
      .select('id')
      .where('organisation_id', '=', principal.organisationId)
      .where('organisation_id', 'in', organisations),
  );

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

const organisationAdmin = hasOrganisationRole('organisation_admin');

/** A consent item exists for every account of its organisation (what each sees of it is decided in the list). */
export const consentItemRead = defineAction('consentItem.read', 'consentItem', [
  itemsOfOrganisation(anyAccount),
]);
/** The active consent items with their current text: staff and guardians; admins see the inactive ones too. */
export const consentItemList = defineAction('consentItem.list', 'organisation', [anyAccount]);
/** Adding consent items (and the Beheer tab "Toestemmingen"): organisation admins. */
export const consentItemCreate = defineAction('consentItem.create', 'organisation', [organisationAdmin]);
/** Changing a consent item's title, order or activity, and publishing a new version of its text. */
export const consentItemManage = defineAction('consentItem.manage', 'consentItem', [
  itemsOfOrganisation(organisationAdmin),
]);

/** A child's consents with every answer: whoever may read the child (its guardians and its staff). */
export const childConsentsRead = defineAction('childConsents.read', 'child', childRead.rules);
/** Answering a consent for a child: a guardian with parental authority of the child. */
export const childConsentsAnswer = defineAction('childConsents.answer', 'child', [guardianWithAuthority]);
