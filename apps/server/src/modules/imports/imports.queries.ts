import { sql, type Transaction } from 'kysely';
import type { IdQuery } from '../../authz/rules.ts';
import type { DB } from '../../db/generated/schema.ts';
import type { Executor } from '../../db/sql.ts';
import type { PlannedChild, PlannedGuardian, PlannedLink, PlannedPlacement } from './import-plan.ts';

// ---- lookups (each loaded once per check, never per line) ----

export async function selectLocation(db: Executor, organisationId: string, locationId: string) {
  return db
    .selectFrom('locations')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', locationId)
    .executeTakeFirst();
}

export async function selectLocationGroups(db: Executor, organisationId: string, locationId: string) {
  return db
    .selectFrom('groups')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('location_id', '=', locationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The active contract products each group of the location offers. */
export async function selectLocationContractProducts(
  db: Executor,
  organisationId: string,
  locationId: string,
) {
  return db
    .selectFrom('care_product_groups as cpg')
    .innerJoin('care_products as p', (j) =>
      j.onRef('p.organisation_id', '=', 'cpg.organisation_id').onRef('p.id', '=', 'cpg.care_product_id'),
    )
    .innerJoin('groups as g', (j) =>
      j.onRef('g.organisation_id', '=', 'cpg.organisation_id').onRef('g.id', '=', 'cpg.group_id'),
    )
    .select(['cpg.group_id', 'p.id', 'p.name', 'p.weekdays'])
    .where('cpg.organisation_id', '=', organisationId)
    .where('g.location_id', '=', locationId)
    .where('p.usage', '=', 'contract')
    .where('p.active', '=', true)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
}

/** Which of `refs` already belong to a child of the organisation. */
export async function selectExistingChildRefs(db: Executor, organisationId: string, refs: string[]) {
  if (refs.length === 0) return [];
  const rows = await db
    .selectFrom('children')
    .select('external_ref')
    .where('organisation_id', '=', organisationId)
    .where(sql<boolean>`external_ref = any(${refs}::text[])`)
    .execute();
  return rows.map((r) => r.external_ref).filter((r): r is string => r !== null);
}

/** Guardians of the organisation with one of `emails` (lower case): by their own address or their account's. */
export async function selectGuardiansByEmail(db: Executor, organisationId: string, emails: string[]) {
  if (emails.length === 0) return [];
  return db
    .selectFrom('guardians as g')
    .select(['g.id', sql<string>`lower(g.email)`.as('email'), 'g.first_name', 'g.last_name'])
    .where('g.organisation_id', '=', organisationId)
    .where(sql<boolean>`lower(g.email) = any(${emails}::text[])`)
    .union(
      db
        .selectFrom('accounts as a')
        .innerJoin('guardians as g', (j) =>
          j.onRef('g.organisation_id', '=', 'a.organisation_id').onRef('g.id', '=', 'a.guardian_id'),
        )
        .select(['g.id', 'a.email', 'g.first_name', 'g.last_name'])
        .where('a.organisation_id', '=', organisationId)
        .where('a.kind', '=', 'guardian')
        .where(sql<boolean>`a.email = any(${emails}::text[])`),
    )
    .execute();
}

// ---- the imports table ----

export async function insertImport(
  db: Executor,
  i: {
    organisationId: string;
    locationId: string;
    createdByAccountId: string;
    createdAt: Date;
    fileName: string;
    content: string;
    report: unknown;
  },
): Promise<string> {
  const row = await db
    .insertInto('imports')
    .values({
      organisation_id: i.organisationId,
      location_id: i.locationId,
      created_by_account_id: i.createdByAccountId,
      created_at: i.createdAt,
      file_name: i.fileName,
      content: i.content,
      status: 'checked',
      report: JSON.stringify(i.report),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function importRows(db: Executor, organisationId: string) {
  return db
    .selectFrom('imports as i')
    .innerJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'i.organisation_id').onRef('l.id', '=', 'i.location_id'),
    )
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.organisation_id', '=', 'i.organisation_id').onRef('a.id', '=', 'i.created_by_account_id'),
    )
    .leftJoin('staff_members as s', (j) =>
      j.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.id', '=', 'a.staff_member_id'),
    )
    .select([
      'i.id',
      'i.location_id',
      'l.name as location_name',
      'i.file_name',
      'i.status',
      'i.created_at',
      'i.completed_at',
      'i.summary',
      sql<string>`coalesce(s.first_name || ' ' || s.last_name, a.email)`.as('created_by_name'),
    ])
    .where('i.organisation_id', '=', organisationId);
}

export type ImportRow = Awaited<ReturnType<typeof selectImports>>[number];

/** The newest imports among `permitted`, with their totals (not their reports). */
export async function selectImports(
  db: Executor,
  organisationId: string,
  permitted: IdQuery,
  filter: { locationId?: string | undefined; limit: number },
) {
  let q = importRows(db, organisationId)
    .select([
      sql<unknown>`i.report -> 'totals'`.as('totals'),
      sql<unknown>`i.report -> 'fileIssues'`.as('file_issues'),
    ])
    .where('i.id', 'in', permitted);
  if (filter.locationId) q = q.where('i.location_id', '=', filter.locationId);
  return q.orderBy('i.created_at', 'desc').orderBy('i.id').limit(filter.limit).execute();
}

/** One import without its report. */
export async function selectImportMeta(db: Executor, organisationId: string, importId: string) {
  return importRows(db, organisationId).where('i.id', '=', importId).executeTakeFirst();
}

/** One import with its whole report. */
export async function selectImport(db: Executor, organisationId: string, importId: string) {
  return importRows(db, organisationId).select('i.report').where('i.id', '=', importId).executeTakeFirst();
}

/** Locks an import for its run: a second run waits here, then finds it completed. */
export async function lockImport(trx: Transaction<DB>, organisationId: string, importId: string) {
  return trx
    .selectFrom('imports')
    .select([
      'id',
      'location_id',
      'status',
      'content',
      'file_name',
      sql<string>`report ->> 'encoding'`.as('encoding'),
    ])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', importId)
    .forUpdate()
    .executeTakeFirst();
}

export async function completeImport(
  trx: Transaction<DB>,
  organisationId: string,
  importId: string,
  summary: unknown,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('imports')
    .set({ status: 'completed', completed_at: at, summary: JSON.stringify(summary) })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', importId)
    .execute();
}

// ---- set-based writes: one statement per batch, its rows as arrays (one statement text whatever the size) ----

export async function insertChildren(
  trx: Transaction<DB>,
  organisationId: string,
  locationId: string,
  rows: (PlannedChild & { id: string })[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    INSERT INTO children (organisation_id, location_id, id, external_ref, first_name, last_name, birth_date)
    SELECT ${organisationId}::uuid, ${locationId}::uuid, r.*
    FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.ref)}::text[],
                ${rows.map((r) => r.firstName)}::text[], ${rows.map((r) => r.lastName)}::text[],
                ${rows.map((r) => r.birthDate)}::date[]) AS r`.execute(trx);
}

/** New guardians with their accounts: kind guardian, no password, not invited (the invitation job does that). */
export async function insertGuardiansWithAccounts(
  trx: Transaction<DB>,
  organisationId: string,
  rows: (PlannedGuardian & { id: string })[],
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  const emails = rows.map((r) => r.email);
  await sql`
    INSERT INTO guardians (organisation_id, id, first_name, last_name, email, phone, street, house_number,
                           postcode, city, created_at)
    SELECT ${organisationId}::uuid, r.*, ${at}::timestamptz
    FROM unnest(${ids}::uuid[], ${rows.map((r) => r.firstName)}::text[], ${rows.map((r) => r.lastName)}::text[],
                ${emails}::text[], ${rows.map((r) => r.phone)}::text[], ${rows.map((r) => r.street)}::text[],
                ${rows.map((r) => r.houseNumber)}::text[], ${rows.map((r) => r.postcode)}::text[],
                ${rows.map((r) => r.city)}::text[]) AS r`.execute(trx);
  await sql`
    INSERT INTO accounts (organisation_id, email, kind, guardian_id, created_at)
    SELECT ${organisationId}::uuid, r.email, 'guardian', r.id, ${at}::timestamptz
    FROM unnest(${ids}::uuid[], ${emails}::text[]) AS r (id, email)`.execute(trx);
}

export async function insertGuardianChildren(
  trx: Transaction<DB>,
  organisationId: string,
  rows: (PlannedLink & { guardianId: string; childId: string })[],
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    INSERT INTO guardian_children (organisation_id, guardian_id, child_id, parental_authority, created_at)
    SELECT ${organisationId}::uuid, r.*, ${at}::timestamptz
    FROM unnest(${rows.map((r) => r.guardianId)}::uuid[], ${rows.map((r) => r.childId)}::uuid[],
                ${rows.map((r) => r.parentalAuthority)}::boolean[]) AS r`.execute(trx);
}

/** Placements and their days (weekday with the contract product that sets its times). */
export async function insertPlacements(
  trx: Transaction<DB>,
  organisationId: string,
  rows: (PlannedPlacement & { id: string; childId: string })[],
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    INSERT INTO placements (organisation_id, id, child_id, group_id, placement_type, start_date, end_date,
                            created_at)
    SELECT ${organisationId}::uuid, r.*, ${at}::timestamptz
    FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.childId)}::uuid[],
                ${rows.map((r) => r.groupId)}::uuid[], ${rows.map((r) => r.placementType)}::text[],
                ${rows.map((r) => r.startDate)}::date[], ${rows.map((r) => r.endDate)}::date[]) AS r`.execute(
    trx,
  );
  const days = rows.flatMap((r) => r.days.map((d) => ({ placementId: r.id, ...d })));
  await sql`
    INSERT INTO placement_days (organisation_id, placement_id, weekday, care_product_id)
    SELECT ${organisationId}::uuid, r.*
    FROM unnest(${days.map((d) => d.placementId)}::uuid[], ${days.map((d) => d.weekday)}::smallint[],
                ${days.map((d) => d.careProductId)}::uuid[]) AS r`.execute(trx);
}

/**
 * Refreshes the planner's statistics of the tables an import fills, inside its transaction (ANALYZE counts the
 * transaction's own new rows). The foreign-key checks of every inserted row run through plans cached while these
 * tables were small — sequential scans, which make a large import quadratic; new statistics replan them as index
 * lookups. On PGlite nothing else ever analyses; on PostgreSQL autovacuum cannot see the uncommitted rows.
 */
export async function analyseImportTables(trx: Transaction<DB>): Promise<void> {
  await sql`ANALYZE children, guardians, accounts, guardian_children, placements, placement_days`.execute(
    trx,
  );
}
