import { defineAction } from '../../authz/actions.ts';
import {
  allForOrganisationAdmins,
  hasAnyRole,
  hasOrganisationRole,
  linkedTo,
  ownStaffRecord,
  type Rule,
  type RuleContext,
  staffOfLocation,
} from '../../authz/rules.ts';

/** The location each role of a staff member is in: its own, or its group's; null for organisation-wide roles. */
function roleLocations(ctx: RuleContext) {
  return ctx.db
    .selectFrom('staff_roles as r')
    .leftJoin('groups as g', (j) =>
      j.onRef('g.organisation_id', '=', 'r.organisation_id').onRef('g.id', '=', 'r.group_id'),
    )
    .where('r.organisation_id', '=', ctx.principal.organisationId);
}

/** Staff with a role in a location where the principal is a location manager or planner. */
const staffOfOwnLocations: Rule = linkedTo(staffOfLocation('location_manager', 'planner'), (ctx, locations) =>
  roleLocations(ctx)
    .select('r.staff_member_id as id')
    .where((eb) => eb.or([eb('r.location_id', 'in', locations), eb('g.location_id', 'in', locations)])),
);

/** Staff who have roles, all of them within locations the principal manages. */
const staffWithinManagedLocations: Rule = linkedTo(staffOfLocation('location_manager'), (ctx, locations) =>
  ctx.db
    .selectFrom('staff_members as s')
    .select('s.id')
    .where('s.organisation_id', '=', ctx.principal.organisationId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('staff_roles as r')
          .select('r.id')
          .whereRef('r.organisation_id', '=', 's.organisation_id')
          .whereRef('r.staff_member_id', '=', 's.id'),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('staff_roles as r')
            .leftJoin('groups as g', (j) =>
              j.onRef('g.organisation_id', '=', 'r.organisation_id').onRef('g.id', '=', 'r.group_id'),
            )
            .select('r.id')
            .whereRef('r.organisation_id', '=', 's.organisation_id')
            .whereRef('r.staff_member_id', '=', 's.id')
            .where((e) =>
              e.or([
                e.and([e('r.location_id', 'is', null), e('g.location_id', 'is', null)]),
                e('r.location_id', 'not in', locations),
                e('g.location_id', 'not in', locations),
              ]),
            ),
        ),
      ),
    ),
);

/** Seeing a staff member: admins, managers and planners of a location they work in, and oneself. */
export const staffMemberRead = defineAction('staffMember.read', 'staffMember', [
  allForOrganisationAdmins('staff_members'),
  staffOfOwnLocations,
  ownStaffRecord,
]);
/** Changing, (de)activating and inviting a staff member: admins; location managers for staff of theirs alone. */
export const staffMemberManage = defineAction('staffMember.manage', 'staffMember', [
  allForOrganisationAdmins('staff_members'),
  staffWithinManagedLocations,
]);
/** The staff list: admins, location managers and planners (each sees the staff of their locations). */
export const staffMemberList = defineAction('staffMember.list', 'organisation', [
  hasOrganisationRole('organisation_admin'),
  hasAnyRole('location_manager', 'planner'),
]);
/** Adding staff: admins, and location managers (with roles in their own locations). */
export const staffMemberCreate = defineAction('staffMember.create', 'organisation', [
  hasOrganisationRole('organisation_admin'),
  hasAnyRole('location_manager'),
]);
