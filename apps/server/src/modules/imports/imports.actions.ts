import { defineAction } from '../../authz/actions.ts';
import { atStaffLocation, hasAnyRole, PLANNING_ROLES, staffOfLocation } from '../../authz/rules.ts';

/** Who imports families: the staff who plan a location (planners, location managers, organisation admins). */
const IMPORT_ROLES = PLANNING_ROLES;

/** Imports into a location where the staff member holds an import role. Target: an import. */
const importOfOwnLocation = atStaffLocation('imports', ...IMPORT_ROLES);

/** Seeing an import (its file's report and outcome). */
export const importRead = defineAction('import.read', 'import', [importOfOwnLocation]);
/** Carrying out a checked import. */
export const importRun = defineAction('import.run', 'import', [importOfOwnLocation]);
/** Uploading a file for a location (the dry run). */
export const importCreate = defineAction('import.create', 'location', [staffOfLocation(...IMPORT_ROLES)]);
/** The list of imports (holding only those the account may read) and the template file. */
export const importList = defineAction('import.list', 'organisation', [hasAnyRole(...IMPORT_ROLES)]);
