import { defineAction } from '../../authz/actions.ts';
import { type Rule, staffOfLocation } from '../../authz/rules.ts';

/** Who imports families: planners and managers of a location, and organisation admins. */
const IMPORT_ROLES = ['organisation_admin', 'location_manager', 'planner'] as const;

/** Imports into a location where the staff member holds an import role. Target: an import. */
const importOfOwnLocation: Rule = (ctx) => {
  const locations = staffOfLocation(...IMPORT_ROLES)(ctx);
  if (locations === null) return null;
  return ctx.db
    .selectFrom('imports')
    .select('id')
    .where('organisation_id', '=', ctx.principal.organisationId)
    .where('location_id', 'in', locations);
};

/** The organisation, for staff holding an import role anywhere in it. Target: the organisation. */
const importsSomewhere: Rule = ({ db, principal }) =>
  principal.staffMemberId === null
    ? null
    : db
        .selectFrom('staff_roles')
        .select('organisation_id as id')
        .where('organisation_id', '=', principal.organisationId)
        .where('staff_member_id', '=', principal.staffMemberId)
        .where('role', 'in', IMPORT_ROLES);

/** Seeing an import (its file's report and outcome). */
export const importRead = defineAction('import.read', 'import', [importOfOwnLocation]);
/** Carrying out a checked import. */
export const importRun = defineAction('import.run', 'import', [importOfOwnLocation]);
/** Uploading a file for a location (the dry run). */
export const importCreate = defineAction('import.create', 'location', [staffOfLocation(...IMPORT_ROLES)]);
/** The list of imports (holding only those the account may read) and the template file. */
export const importList = defineAction('import.list', 'organisation', [importsSomewhere]);
