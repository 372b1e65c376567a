import { defineAction } from '../../authz/actions.ts';
import { hasOrganisationRole } from '../../authz/rules.ts';

/** The audit log: organisation admins only. */
export const auditRead = defineAction('audit.read', 'organisation', [
  hasOrganisationRole('organisation_admin'),
]);
