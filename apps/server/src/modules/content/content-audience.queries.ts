import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { IdQuery, Rule, RuleContext } from '../../authz/rules.ts';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/generated/schema.ts';
import { asDate, type Executor, notEndedBefore } from '../../db/sql.ts';

// Who an item reaches. A guardian is reached by items to the organisation, and to the groups (and the locations
// of the groups) where one of their children has a placement today: a child that starts next month sees the
// news of its new group from its first day, and one that has left no longer sees its old group's news.

export type ItemExpressions = ExpressionBuilder<DB & { c: DB['content_items'] }, 'c'>;

/** The groups where a child of the guardian is placed today. Target: a group. */
export function guardianGroupsToday(db: Executor, organisationId: string, guardianId: string, today: string) {
  return db
    .selectFrom('placements as p')
    .innerJoin('guardian_children as gc', (join) =>
      join.onRef('gc.organisation_id', '=', 'p.organisation_id').onRef('gc.child_id', '=', 'p.child_id'),
    )
    .select('p.group_id as id')
    .where('p.organisation_id', '=', organisationId)
    .where('gc.guardian_id', '=', guardianId)
    .where('p.start_date', '<=', asDate(today))
    .where(notEndedBefore('p.end_date', today));
}

/** The locations of those groups. Target: a location. */
export function guardianLocationsToday(
  db: Executor,
  organisationId: string,
  guardianId: string,
  today: string,
) {
  return db
    .selectFrom('groups as g')
    .select('g.location_id as id')
    .where('g.organisation_id', '=', organisationId)
    .where('g.id', 'in', guardianGroupsToday(db, organisationId, guardianId, today));
}

/** Not removed and published by `now`: what a guardian may ever see. */
export function publishedBy(eb: ItemExpressions, now: Date | string): Expression<SqlBool> {
  return eb.and([
    eb('c.removed_at', 'is', null),
    eb('c.publish_at', 'is not', null),
    eb('c.publish_at', '<=', sql<Date>`${typeof now === 'string' ? now : now.toISOString()}::timestamptz`),
  ]);
}

/** An item addressed to the guardian: to the organisation, or to a group or location of their children today. */
export function addressedToGuardian(
  eb: ItemExpressions,
  db: Executor,
  a: { organisationId: string; guardianId: string; today: string },
): Expression<SqlBool> {
  return eb.or([
    eb.and([eb('c.audience_location_id', 'is', null), eb('c.audience_group_id', 'is', null)]),
    eb('c.audience_location_id', 'in', guardianLocationsToday(db, a.organisationId, a.guardianId, a.today)),
    eb('c.audience_group_id', 'in', guardianGroupsToday(db, a.organisationId, a.guardianId, a.today)),
  ]);
}

/** The published items addressed to the guardian. Target: an item. */
export const contentVisibleToGuardian: Rule = ({ db, principal, today, now }) =>
  principal.guardianId === null
    ? null
    : db
        .selectFrom('content_items as c')
        .select('c.id')
        .where('c.organisation_id', '=', principal.organisationId)
        .where((eb) => publishedBy(eb, now))
        .where((eb) =>
          addressedToGuardian(eb, db, {
            organisationId: principal.organisationId,
            guardianId: principal.guardianId as string,
            today,
          }),
        );

/**
 * The items (not removed; drafts and scheduled ones too) addressed to the organisation where `organisation`
 * allows it, to a location `locations` allows or a group `groups` allows. Target: an item.
 */
export const itemsOfAudiences =
  (rules: { organisation: Rule; locations: Rule; groups: Rule }): Rule =>
  (ctx: RuleContext) => {
    const organisation = rules.organisation(ctx);
    const locations = rules.locations(ctx);
    const groups = rules.groups(ctx);
    if (organisation === null && locations === null && groups === null) return null;
    return ctx.db
      .selectFrom('content_items as c')
      .select('c.id')
      .where('c.organisation_id', '=', ctx.principal.organisationId)
      .where('c.removed_at', 'is', null)
      .where((eb) =>
        eb.or([
          ...(organisation
            ? [
                eb.and([
                  eb('c.audience_location_id', 'is', null),
                  eb('c.audience_group_id', 'is', null),
                  eb.exists(organisation),
                ]),
              ]
            : []),
          ...(locations ? [eb('c.audience_location_id', 'in', locations)] : []),
          ...(groups ? [eb('c.audience_group_id', 'in', groups)] : []),
        ]),
      );
  };

/** A set that matches nothing, where a rule does not apply to the account. */
export function noIds(db: Database | Executor): IdQuery {
  return db.selectFrom('organisations').select('id').where('id', 'is', null);
}

/**
 * The accounts of the guardians an item reaches (whatever their notification switches: notify() decides the
 * channels): every guardian account of the organisation for an organisation-wide item, else those with a child
 * placed today in the group, or in a group of the location. Accounts not activated or disabled are left out.
 */
export async function selectAudienceGuardianAccounts(
  db: Executor,
  organisationId: string,
  audience: { locationId: string | null; groupId: string | null },
  today: string,
): Promise<string[]> {
  let query = db
    .selectFrom('accounts as a')
    .select('a.id')
    .where('a.organisation_id', '=', organisationId)
    .where('a.kind', '=', 'guardian')
    .where('a.guardian_id', 'is not', null)
    .where('a.activated_at', 'is not', null)
    .where('a.disabled_at', 'is', null);
  if (audience.locationId !== null || audience.groupId !== null) {
    const placed = db
      .selectFrom('placements as p')
      .innerJoin('guardian_children as gc', (join) =>
        join.onRef('gc.organisation_id', '=', 'p.organisation_id').onRef('gc.child_id', '=', 'p.child_id'),
      )
      .innerJoin('groups as g', (join) =>
        join.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
      )
      .select('gc.guardian_id')
      .where('p.organisation_id', '=', organisationId)
      .where('p.start_date', '<=', asDate(today))
      .where(notEndedBefore('p.end_date', today))
      .where(
        audience.groupId !== null ? 'g.id' : 'g.location_id',
        '=',
        (audience.groupId ?? audience.locationId) as string,
      );
    query = query.where('a.guardian_id', 'in', placed);
  }
  const rows = await query.orderBy('a.id').execute();
  return rows.map((r) => r.id);
}

/** The audience's location or group, if it exists in the organisation. */
export async function audienceExists(
  db: Executor,
  organisationId: string,
  target: { table: 'locations' | 'groups'; id: string },
): Promise<boolean> {
  const row = await db
    .selectFrom(target.table)
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', target.id)
    .executeTakeFirst();
  return row !== undefined;
}

/** The organisation's name, the locations and the groups (with their location) `locations` and `groups` allow. */
export async function selectAudienceOptions(
  db: Executor,
  organisationId: string,
  allowed: { locations: IdQuery; groups: IdQuery },
) {
  const organisation = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const locations = await db
    .selectFrom('locations')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', allowed.locations)
    .orderBy('name')
    .execute();
  const groups = await db
    .selectFrom('groups as g')
    .innerJoin('locations as l', (join) =>
      join.onRef('l.organisation_id', '=', 'g.organisation_id').onRef('l.id', '=', 'g.location_id'),
    )
    .select(['g.id', 'g.name', 'l.id as locationId', 'l.name as locationName'])
    .where('g.organisation_id', '=', organisationId)
    .where('g.id', 'in', allowed.groups)
    .orderBy('l.name')
    .orderBy('g.name')
    .execute();
  return { organisationName: organisation.name, locations, groups };
}
