import type { StaffRole } from '@nestje/contract';
import { type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/generated/schema.ts';
import type { Principal } from './principal.ts';

/** What a rule sees: the database, who asks, and today's date in Amsterdam. */
export interface RuleContext {
  db: Database;
  principal: Principal;
  today: string;
}

// biome-ignore lint/suspicious/noExplicitAny: a rule's subquery may start from any table
export type IdQuery = SelectQueryBuilder<DB, any, { id: string }>;

/**
 * A rule yields the ids of the targets it allows for the principal, as SQL, or null when it cannot apply
 * (a guardian rule for a staff account). Checks ask whether the target is in the set; lists filter by it.
 */
export type Rule = (ctx: RuleContext) => IdQuery | null;

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

/** Staff holding one of `roles` for the whole organisation. Target: the organisation. */
export const hasOrganisationRole =
  (...roles: StaffRole[]): Rule =>
  ({ db, principal }) =>
    principal.staffMemberId === null
      ? null
      : db
          .selectFrom('staff_roles')
          .select('organisation_id as id')
          .where('organisation_id', '=', principal.organisationId)
          .where('staff_member_id', '=', principal.staffMemberId)
          .where('role', 'in', roles)
          .where('location_id', 'is', null)
          .where('group_id', 'is', null);

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
export const staffOfChildGroup =
  (...roles: StaffRole[]): Rule =>
  (ctx) => {
    const groups = staffOfGroup(...roles)(ctx);
    if (groups === null) return null;
    return ctx.db
      .selectFrom('placements as p')
      .select('p.child_id as id')
      .where('p.organisation_id', '=', ctx.principal.organisationId)
      .where((eb) =>
        eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', sql<string>`${ctx.today}::date`)]),
      )
      .where('p.group_id', 'in', groups);
  };
