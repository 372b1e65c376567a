import type { StaffRole } from '@nestje/contract';
import { defineAction } from '../../authz/actions.ts';
import type { IdQuery, Rule, RuleContext } from '../../authz/rules.ts';
import {
  anyAccount,
  hasOrganisationRole,
  isGuardian,
  isStaff,
  staffOfGroup,
  staffOfLocation,
} from '../../authz/rules.ts';

const ALL_ROLES = ['organisation_admin', 'location_manager', 'planner', 'group_staff'] as const;

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

/** Locations of the groups a rule allows. */
const locationsOfGroups =
  (groupRule: Rule): Rule =>
  (ctx) => {
    const groups = groupRule(ctx);
    if (groups === null) return null;
    return ctx.db
      .selectFrom('groups')
      .select('location_id as id')
      .where('organisation_id', '=', ctx.principal.organisationId)
      .where('id', 'in', groups);
  };

/** Staff holding one of `roles` in any scope (organisation, a location or a group). Target: the organisation. */
export const hasAnyRole =
  (...roles: StaffRole[]): Rule =>
  ({ db, principal }) =>
    principal.staffMemberId === null
      ? null
      : db
          .selectFrom('staff_roles')
          .select('organisation_id as id')
          .where('organisation_id', '=', principal.organisationId)
          .where('staff_member_id', '=', principal.staffMemberId)
          .where('role', 'in', roles);

/** Every row `select` yields, for organisation admins only (things that belong to no location, too). */
export const forOrganisationAdmins =
  (select: (ctx: RuleContext) => IdQuery): Rule =>
  (ctx) => {
    const admin = hasOrganisationRole('organisation_admin')(ctx);
    if (admin === null) return null;
    return select(ctx).where((eb) => eb.exists(admin));
  };

/** Care products offered in a group the staff member covers with one of `roles`. */
const productsOfStaffGroups =
  (...roles: StaffRole[]): Rule =>
  (ctx) => {
    const groups = staffOfGroup(...roles)(ctx);
    if (groups === null) return null;
    return ctx.db
      .selectFrom('care_product_groups')
      .select('care_product_id as id')
      .where('organisation_id', '=', ctx.principal.organisationId)
      .where('group_id', 'in', groups);
  };

/** Care products offered somewhere, and only in locations the staff member manages. */
const productsWithinManagedLocations: Rule = (ctx) => {
  const locations = staffOfLocation('location_manager')(ctx);
  if (locations === null) return null;
  return ctx.db
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
    );
};

const allCareProducts = (ctx: RuleContext): IdQuery =>
  ctx.db.selectFrom('care_products').select('id').where('organisation_id', '=', ctx.principal.organisationId);

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
  staffOfGroup(...ALL_ROLES),
  guardianOfChildInGroup,
]);
/** Changing a group: organisation admins, and location managers of the group's location. */
export const groupManage = defineAction('group.manage', 'group', [
  staffOfGroup('organisation_admin', 'location_manager'),
]);
export const locationRead = defineAction('location.read', 'location', [
  staffOfLocation(...ALL_ROLES),
  locationsOfGroups(staffOfGroup(...ALL_ROLES)),
  locationsOfGroups(guardianOfChildInGroup),
]);
/** Changing a location, and adding groups and closing days to it: admins and its location managers. */
export const locationManage = defineAction('location.manage', 'location', [
  staffOfLocation('organisation_admin', 'location_manager'),
]);
/** Seeing a care product: admins, and staff of a group that offers it. */
export const careProductRead = defineAction('careProduct.read', 'careProduct', [
  forOrganisationAdmins(allCareProducts),
  productsOfStaffGroups(...ALL_ROLES),
]);
/** Changing a care product: admins, and location managers when every group offering it is theirs. */
export const careProductManage = defineAction('careProduct.manage', 'careProduct', [
  forOrganisationAdmins(allCareProducts),
  productsWithinManagedLocations,
]);
