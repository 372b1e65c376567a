import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';
import { asDate, hhmm } from '../../db/sql.ts';

export interface FeedRow {
  id: string;
  organisation_id: string;
  guardian_id: string;
  created_at: Date;
}

/** The guardian's working feed, if any. */
export async function selectActiveFeed(
  db: Executor,
  organisationId: string,
  guardianId: string,
): Promise<FeedRow | undefined> {
  return db
    .selectFrom('calendar_feeds')
    .select(['id', 'organisation_id', 'guardian_id', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .where('guardian_id', '=', guardianId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/**
 * The working feed with this token hash, in whichever organisation: the public address is all there is to go by.
 * Revoked feeds, and feeds of guardians without an enabled account (disabled, or gone), are not found.
 */
export async function selectActiveFeedByHash(db: Executor, tokenHash: Buffer): Promise<FeedRow | undefined> {
  return db
    .selectFrom('calendar_feeds as f')
    .select(['f.id', 'f.organisation_id', 'f.guardian_id', 'f.created_at'])
    .where('f.token_hash', '=', tokenHash)
    .where('f.revoked_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('accounts as a')
          .select('a.id')
          .whereRef('a.organisation_id', '=', 'f.organisation_id')
          .whereRef('a.guardian_id', '=', 'f.guardian_id')
          .where('a.disabled_at', 'is', null),
      ),
    )
    .executeTakeFirst();
}

/**
 * Locks the guardian's row so that two requests for a new address at once make one after the other; answers the
 * guardian's name (for the audit log), or undefined when there is no such guardian.
 */
export async function lockGuardian(
  db: Executor,
  organisationId: string,
  guardianId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('guardians')
    .select(['first_name', 'last_name'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', guardianId)
    .forUpdate()
    .executeTakeFirst();
  return row && `${row.first_name} ${row.last_name}`;
}

/** Revokes the guardian's working feed; whether there was one. */
export async function revokeActiveFeed(
  db: Executor,
  organisationId: string,
  guardianId: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: at })
    .where('organisation_id', '=', organisationId)
    .where('guardian_id', '=', guardianId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertFeed(
  db: Executor,
  organisationId: string,
  guardianId: string,
  tokenHash: Buffer,
  at: Date,
): Promise<string> {
  const row = await db
    .insertInto('calendar_feeds')
    .values({
      organisation_id: organisationId,
      guardian_id: guardianId,
      token_hash: tokenHash,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The organisation's name, for the calendar's name. */
export async function selectOrganisationName(db: Executor, organisationId: string): Promise<string> {
  const row = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return row.name;
}

/** The children of the guardian's family, by first name. */
export async function selectGuardianChildren(db: Executor, organisationId: string, guardianId: string) {
  return db
    .selectFrom('guardian_children as gc')
    .innerJoin('children as c', (j) =>
      j.onRef('c.organisation_id', '=', 'gc.organisation_id').onRef('c.id', '=', 'gc.child_id'),
    )
    .select(['c.id', 'c.first_name'])
    .where('gc.organisation_id', '=', organisationId)
    .where('gc.guardian_id', '=', guardianId)
    .orderBy('c.first_name')
    .orderBy('c.id')
    .execute();
}

/** Groups with their location's name, for the events' summary and location. */
export async function selectGroupNames(db: Executor, organisationId: string, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db
    .selectFrom('groups as g')
    .innerJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'g.organisation_id').onRef('l.id', '=', 'g.location_id'),
    )
    .select(['g.id', 'g.name', 'l.name as location_name'])
    .where('g.organisation_id', '=', organisationId)
    .where('g.id', 'in', groupIds)
    .execute();
}

export async function selectProductNames(
  db: Executor,
  organisationId: string,
  productIds: readonly string[],
) {
  if (productIds.length === 0) return [];
  return db
    .selectFrom('care_products')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', productIds)
    .execute();
}

export interface PendingLineRow {
  id: string;
  child_id: string;
  group_id: string;
  care_product_id: string;
  date: string;
  start_time: string;
  end_time: string;
}

/** The open (pending) request lines of `childIds` from `from` to `to` (both inclusive), by date and time. */
export async function selectPendingLines(
  db: Executor,
  organisationId: string,
  childIds: readonly string[],
  from: string,
  to: string,
): Promise<PendingLineRow[]> {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('care_request_lines')
    .select([
      'id',
      'child_id',
      'group_id',
      'care_product_id',
      sql<string>`to_char(date::timestamp, 'YYYY-MM-DD')`.as('date'),
      hhmm('start_time').as('start_time'),
      hhmm('end_time').as('end_time'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('child_id', 'in', childIds)
    .where('status', '=', 'pending')
    .where('date', '>=', asDate(from))
    .where('date', '<=', asDate(to))
    .orderBy('date')
    .orderBy('start_time')
    .orderBy('id')
    .execute();
}
