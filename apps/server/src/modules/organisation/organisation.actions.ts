import type { StaffRole } from '@nestje/contract';
import { defineAction } from '../../authz/actions.ts';
import {
  ALL_STAFF_ROLES,
  allForOrganisationAdmins,
  anyAccount,
  hasAnyRole,
  hasOrganisationRole,
  isGuardian,
  isStaff,
  linkedTo,
  locationsOfGroups,
  type Rule,
  staffOfGroup,
  staffOfLocation,
} from '../../authz/rules.ts';

/** Groups where the guardian's children have a placement. */
const guardianOfChildInGroup: Rule = ({ db, principal }) =>
  principal.guardianId === null
    ? null
    : db
        .selectFrom('placements as p')
        .innerJoin('guardian_children as gc', (j) =>
          j.onRef('gc.organisation_id', '=', 'p.organisation_id').onRef('gc.child_id', '=', 'p.child_id'),
        )
        .select('p.group_id as id')
        .where('p.organisation_id', '=', principal.organisationId)
        .where('gc.guardian_id', '=', principal.guardianId);

/** Care products offered in a group the staff member covers with one of `roles`. */
const productsOfStaffGroups = (...roles: StaffRole[]): Rule =>
  linkedTo(staffOfGroup(...roles), ({ db, principal }, groups) =>
    db
      .selectFrom('care_product_groups')
      .select('care_product_id as id')
      .where('organisation_id', '=', principal.organisationId)
      .where('group_id', 'in', groups),
  );

/** Care products offered somewhere, and only in locations the staff member manages. */
const productsWithinManagedLocations: Rule = linkedTo(staffOfLocation('location_manager'), (ctx, locations) =>
  ctx.db
    .selectFrom('care_products as cp')
    .select('cp.id')
    .where('cp.organisation_id', '=', ctx.principal.organisationId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('care_product_groups as cpg')
          .select('cpg.group_id')
          .whereRef('cpg.organisation_id', '=', 'cp.organisation_id')
          .whereRef('cpg.care_product_id', '=', 'cp.id'),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('care_product_groups as cpg')
            .innerJoin('groups as g', (j) =>
              j.onRef('g.organisation_id', '=', 'cpg.organisation_id').onRef('g.id', '=', 'cpg.group_id'),
            )
            .select('g.id')
            .whereRef('cpg.organisation_id', '=', 'cp.organisation_id')
            .whereRef('cpg.care_product_id', '=', 'cp.id')
            .where('g.location_id', 'not in', locations),
        ),
      ),
    ),
);

export const organisationRead = defineAction('organisation.read', 'organisation', [anyAccount]);
/** The organisation's settings, branding and locations: organisation admins. */
export const organisationManage = defineAction('organisation.manage', 'organisation', [
  hasOrganisationRole('organisation_admin'),
]);
export const parentPortalUse = defineAction('parentPortal.use', 'organisation', [isGuardian]);
export const staffAreaUse = defineAction('staffArea.use', 'organisation', [isStaff]);
/**
 * The setup screens (locations, groups, care products, closing days): organisation admins and location
 * managers; what each may change is decided per location, group or product.
 */
export const organisationSetupUse = defineAction('organisationSetup.use', 'organisation', [
  hasOrganisationRole('organisation_admin'),
  hasAnyRole('location_manager'),
]);
export const groupRead = defineAction('group.read', 'group', [
  staffOfGroup(...ALL_STAFF_ROLES),
  guardianOfChildInGroup,
]);
/** Changing a group: organisation admins, and location managers of the group's location. */
export const groupManage = defineAction('group.manage', 'group', [
  staffOfGroup('organisation_admin', 'location_manager'),
]);
export const locationRead = defineAction('location.read', 'location', [
  staffOfLocation(...ALL_STAFF_ROLES),
  locationsOfGroups(staffOfGroup(...ALL_STAFF_ROLES)),
  locationsOfGroups(guardianOfChildInGroup),
]);
/** Changing a location, and adding groups and closing days to it: admins and its location managers. */
export const locationManage = defineAction('location.manage', 'location', [
  staffOfLocation('organisation_admin', 'location_manager'),
]);
/** Seeing a care product: admins, and staff of a group that offers it. */
export const careProductRead = defineAction('careProduct.read', 'careProduct', [
  allForOrganisationAdmins('care_products'),
  productsOfStaffGroups(...ALL_STAFF_ROLES),
]);
/** Changing a care product: admins, and location managers when every group offering it is theirs. */
export const careProductManage = defineAction('careProduct.manage', 'careProduct', [
  allForOrganisationAdmins('care_products'),
  productsWithinManagedLocations,
]);
