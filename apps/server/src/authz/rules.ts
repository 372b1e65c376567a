import type { StaffRole } from '@nestje/contract';
import type { SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/generated/schema.ts';
import { notEndedBefore } from '../db/sql.ts';
import type { Principal } from './principal.ts';

/** What a rule sees: the database, who asks, today's date in Amsterdam and the moment now (ISO 8601). */
export interface RuleContext {
  db: Database;
  principal: Principal;
  today: string;
  now: string;
}

// biome-ignore lint/suspicious/noExplicitAny: a rule's subquery may start from any table
export type IdQuery = SelectQueryBuilder<DB, any, { id: string }>;

/**
 * A rule yields the ids of the targets it allows for the principal, as SQL, or null when it cannot apply
 * (a guardian rule for a staff account). Checks ask whether the target is in the set; lists filter by it.
 */
export type Rule = (ctx: RuleContext) => IdQuery | null;

// ---- combining rules ----

/** Every target any of `rules` allows (rules are alternatives), or null when none of them applies. */
export const anyOf =
  (...rules: Rule[]): Rule =>
  (ctx) => {
    const sets = rules.map((rule) => rule(ctx)).filter((q): q is IdQuery => q !== null);
    if (sets.length === 0) return null;
    return sets.reduce((acc, q) => acc.union(q));
  };

/**
 * A rule over what is linked to the targets of `base`: `select` turns the ids `base` allows into ids of another
 * target (the children of permitted groups, the locations of permitted groups). Null where `base` is.
 */
export const linkedTo =
  (base: Rule, select: (ctx: RuleContext, ids: IdQuery) => IdQuery): Rule =>
  (ctx) => {
    const ids = base(ctx);
    return ids === null ? null : select(ctx, ids);
  };

// ---- who asks ----

/** The roles that plan families (register, change and place children, import them) and plan locations. */
export const PLANNING_ROLES: readonly StaffRole[] = ['organisation_admin', 'location_manager', 'planner'];
/** Every staff role. */
export const ALL_STAFF_ROLES: readonly StaffRole[] = [...PLANNING_ROLES, 'group_staff'];

/** The principal's own organisation, for actions whose target is the organisation itself. */
export const anyAccount: Rule = ({ db, principal }) =>
  db.selectFrom('organisations').select('id').where('id', '=', principal.organisationId);

export const isGuardian: Rule = (ctx) => (ctx.principal.kind === 'guardian' ? anyAccount(ctx) : null);

export const isStaff: Rule = (ctx) => (ctx.principal.kind === 'staff' ? anyAccount(ctx) : null);

/** The account itself (actions on one's own account). */
export const self: Rule = ({ db, principal }) =>
  db
    .selectFrom('accounts')
    .select('id')
    .where('organisation_id', '=', principal.organisationId)
    .where('id', '=', principal.accountId);

/** The guardian's own record. Target: a guardian. */
export const ownGuardianRecord: Rule = ({ db, principal }) =>
  principal.guardianId === null
    ? null
    : db
        .selectFrom('guardians')
        .select('id')
        .where('organisation_id', '=', principal.organisationId)
        .where('id', '=', principal.guardianId);

/** The staff member's own record. Target: a staff member. */
export const ownStaffRecord: Rule = ({ db, principal }) =>
  principal.staffMemberId === null
    ? null
    : db
        .selectFrom('staff_members')
        .select('id')
        .where('organisation_id', '=', principal.organisationId)
        .where('id', '=', principal.staffMemberId);

// ---- staff by the scope of their roles ----

/** The staff member's roles among `roles`, in any scope; null for an account that is no staff member. */
function rolesOf({ db, principal }: RuleContext, roles: readonly StaffRole[]) {
  return principal.staffMemberId === null
    ? null
    : db
        .selectFrom('staff_roles')
        .where('organisation_id', '=', principal.organisationId)
        .where('staff_member_id', '=', principal.staffMemberId)
        .where('role', 'in', roles);
}

/** Staff holding one of `roles` for the whole organisation. Target: the organisation. */
export const hasOrganisationRole =
  (...roles: StaffRole[]): Rule =>
  (ctx) =>
    rolesOf(ctx, roles)
      ?.select('organisation_id as id')
      .where('location_id', 'is', null)
      .where('group_id', 'is', null) ?? null;

/** Staff holding one of `roles` in any scope (organisation, a location or a group). Target: the organisation. */
export const hasAnyRole =
  (...roles: StaffRole[]): Rule =>
  (ctx) =>
    rolesOf(ctx, roles)?.select('organisation_id as id') ?? null;

/**
 * Every row of `table` in the organisation, for organisation admins only (so things that belong to no location
 * too). Target: a row of that table.
 */
export const allForOrganisationAdmins =
  (table: 'care_products' | 'staff_members'): Rule =>
  (ctx) => {
    const admin = hasOrganisationRole('organisation_admin')(ctx);
    if (admin === null) return null;
    return ctx.db
      .selectFrom(table)
      .select('id')
      .where('organisation_id', '=', ctx.principal.organisationId)
      .where((eb) => eb.exists(admin));
  };

/**
 * The groups a staff member works in with one of `roles`: organisation-wide roles cover every group, a
 * location role the groups of that location, a group role that group. Target: a group.
 */
export const staffOfGroup =
  (...roles: StaffRole[]): Rule =>
  ({ db, principal }) =>
    principal.staffMemberId === null
      ? null
      : db
          .selectFrom('groups as g')
          .innerJoin('staff_roles as r', (join) =>
            join
              .onRef('r.organisation_id', '=', 'g.organisation_id')
              .on((eb) =>
                eb.or([
                  eb.and([eb('r.location_id', 'is', null), eb('r.group_id', 'is', null)]),
                  eb('r.location_id', '=', eb.ref('g.location_id')),
                  eb('r.group_id', '=', eb.ref('g.id')),
                ]),
              ),
          )
          .select('g.id')
          .where('g.organisation_id', '=', principal.organisationId)
          .where('r.staff_member_id', '=', principal.staffMemberId)
          .where('r.role', 'in', roles);

/** Locations where a staff member holds one of `roles` (organisation-wide or for that location). */
export const staffOfLocation =
  (...roles: StaffRole[]): Rule =>
  ({ db, principal }) =>
    principal.staffMemberId === null
      ? null
      : db
          .selectFrom('locations as l')
          .innerJoin('staff_roles as r', (join) =>
            join
              .onRef('r.organisation_id', '=', 'l.organisation_id')
              .on((eb) =>
                eb.or([
                  eb.and([eb('r.location_id', 'is', null), eb('r.group_id', 'is', null)]),
                  eb('r.location_id', '=', eb.ref('l.id')),
                ]),
              ),
          )
          .select('l.id')
          .where('l.organisation_id', '=', principal.organisationId)
          .where('r.staff_member_id', '=', principal.staffMemberId)
          .where('r.role', 'in', roles);

/** The locations of the groups `groupRule` allows. Target: a location. */
export const locationsOfGroups = (groupRule: Rule): Rule =>
  linkedTo(groupRule, ({ db, principal }, groups) =>
    db
      .selectFrom('groups')
      .select('location_id as id')
      .where('organisation_id', '=', principal.organisationId)
      .where('id', 'in', groups),
  );

/**
 * Rows of `table` (children, imports) registered at a location where the staff member holds one of `roles`.
 * Target: a row of that table.
 */
export const atStaffLocation = (table: 'children' | 'imports', ...roles: StaffRole[]): Rule =>
  linkedTo(staffOfLocation(...roles), ({ db, principal }, locations) =>
    db
      .selectFrom(table)
      .select('id')
      .where('organisation_id', '=', principal.organisationId)
      .where('location_id', 'in', locations),
  );

// ---- children and guardians ----

/** The children of the guardian's family. Target: a child. */
export const guardianOfChild: Rule = ({ db, principal }) =>
  principal.guardianId === null
    ? null
    : db
        .selectFrom('guardian_children')
        .select('child_id as id')
        .where('organisation_id', '=', principal.organisationId)
        .where('guardian_id', '=', principal.guardianId);

/** Children with a current or future placement in a group the staff member covers with one of `roles`. */
export const staffOfChildGroup = (...roles: StaffRole[]): Rule =>
  linkedTo(staffOfGroup(...roles), (ctx, groups) =>
    ctx.db
      .selectFrom('placements as p')
      .select('p.child_id as id')
      .where('p.organisation_id', '=', ctx.principal.organisationId)
      .where(notEndedBefore('p.end_date', ctx.today))
      .where('p.group_id', 'in', groups),
  );

/** Children registered at a location where the staff member holds one of `roles`. Target: a child. */
export const staffOfChildLocation = (...roles: StaffRole[]): Rule => atStaffLocation('children', ...roles);

/**
 * The staff who plan a child: planners, location managers and admins of a group with a current or future
 * placement of the child, or of the location the child is registered at. Target: a child.
 */
export const childPlanners: Rule = anyOf(
  staffOfChildGroup(...PLANNING_ROLES),
  staffOfChildLocation(...PLANNING_ROLES),
);

/** Guardians linked to a child that `childRule` allows. Target: a guardian. */
export const guardiansOfChildren = (childRule: Rule): Rule =>
  linkedTo(childRule, ({ db, principal }, children) =>
    db
      .selectFrom('guardian_children')
      .select('guardian_id as id')
      .where('organisation_id', '=', principal.organisationId)
      .where('child_id', 'in', children),
  );
