import { sql } from 'kysely';
import { type Executor, notEndedBefore } from '../../db/sql.ts';

export async function selectGuardian(db: Executor, organisationId: string, guardianId: string) {
  return db
    .selectFrom('guardians')
    .select(['id', 'first_name', 'last_name', 'email', 'phone', 'street', 'house_number', 'postcode', 'city'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', guardianId)
    .executeTakeFirst();
}
export type GuardianRow = NonNullable<Awaited<ReturnType<typeof selectGuardian>>>;

/** The guardian's record locked while a change to it is applied. */
export async function lockGuardian(db: Executor, organisationId: string, guardianId: string) {
  return db
    .selectFrom('guardians')
    .select(['id', 'first_name', 'last_name', 'email', 'phone', 'street', 'house_number', 'postcode', 'city'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', guardianId)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateGuardian(
  db: Executor,
  organisationId: string,
  guardianId: string,
  values: Partial<{
    first_name: string;
    last_name: string;
    phone: string;
    street: string;
    house_number: string;
    postcode: string;
    city: string;
  }>,
): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db
    .updateTable('guardians')
    .set(values)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', guardianId)
    .execute();
}

/** A guardian's change requests with the name of who decided, pending first, then newest first. */
export async function selectChangeRequests(
  db: Executor,
  organisationId: string,
  guardianId: string,
  filter: { pendingOnly?: boolean; requestId?: string } = {},
) {
  let q = db
    .selectFrom('guardian_change_requests as r')
    .leftJoin('accounts as a', (j) =>
      j.onRef('a.organisation_id', '=', 'r.organisation_id').onRef('a.id', '=', 'r.decided_by_account_id'),
    )
    .leftJoin('staff_members as sm', (j) =>
      j.onRef('sm.organisation_id', '=', 'a.organisation_id').onRef('sm.id', '=', 'a.staff_member_id'),
    )
    .leftJoin('guardians as g', (j) =>
      j.onRef('g.organisation_id', '=', 'a.organisation_id').onRef('g.id', '=', 'a.guardian_id'),
    )
    .select([
      'r.id',
      'r.guardian_id',
      'r.kind',
      'r.requested',
      'r.previous',
      'r.status',
      'r.requested_at',
      'r.decided_at',
      sql<
        string | null
      >`coalesce(sm.first_name || ' ' || sm.last_name, g.first_name || ' ' || g.last_name, a.email)`.as(
        'decided_by_name',
      ),
    ])
    .where('r.organisation_id', '=', organisationId)
    .where('r.guardian_id', '=', guardianId);
  if (filter.pendingOnly) q = q.where('r.status', '=', 'pending');
  if (filter.requestId) q = q.where('r.id', '=', filter.requestId);
  return q
    .orderBy(sql`r.status = 'pending'`, 'desc')
    .orderBy('r.requested_at', 'desc')
    .orderBy('r.kind')
    .execute();
}
export type ChangeRequestRow = Awaited<ReturnType<typeof selectChangeRequests>>[number];

/** The open request of a guardian for one part, locked while it is replaced or decided. */
export async function lockPendingRequest(
  db: Executor,
  organisationId: string,
  guardianId: string,
  filter: { kind?: string; requestId?: string },
) {
  let q = db
    .selectFrom('guardian_change_requests')
    .select(['id', 'kind', 'requested', 'previous'])
    .where('organisation_id', '=', organisationId)
    .where('guardian_id', '=', guardianId)
    .where('status', '=', 'pending');
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.requestId) q = q.where('id', '=', filter.requestId);
  return q.forUpdate().executeTakeFirst();
}

export async function insertChangeRequest(
  db: Executor,
  organisationId: string,
  r: {
    guardianId: string;
    kind: string;
    requested: Record<string, string>;
    previous: Record<string, string>;
    requestedAt: Date;
    accountId: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('guardian_change_requests')
    .values({
      organisation_id: organisationId,
      guardian_id: r.guardianId,
      kind: r.kind,
      requested: JSON.stringify(r.requested),
      previous: JSON.stringify(r.previous),
      requested_at: r.requestedAt,
      requested_by_account_id: r.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Closes an open request: approved, rejected, or superseded by a newer one of the guardian. */
export async function closeRequest(
  db: Executor,
  organisationId: string,
  requestId: string,
  close: { status: 'approved' | 'rejected' | 'superseded'; at: Date; accountId: string },
): Promise<void> {
  await db
    .updateTable('guardian_change_requests')
    .set({ status: close.status, decided_at: close.at, decided_by_account_id: close.accountId })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', requestId)
    .where('status', '=', 'pending')
    .execute();
}

/** The name of the child's mentor, if it has one. */
export async function selectMentorName(db: Executor, organisationId: string, childId: string) {
  const row = await db
    .selectFrom('children as c')
    .innerJoin('staff_members as sm', (j) =>
      j.onRef('sm.organisation_id', '=', 'c.organisation_id').onRef('sm.id', '=', 'c.mentor_staff_member_id'),
    )
    .select(sql<string>`sm.first_name || ' ' || sm.last_name`.as('name'))
    .where('c.organisation_id', '=', organisationId)
    .where('c.id', '=', childId)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** The child's current and upcoming placements with group, location and the care products of their days. */
export async function selectCurrentPlacements(
  db: Executor,
  organisationId: string,
  childId: string,
  today: string,
) {
  return db
    .selectFrom('placements as p')
    .innerJoin('groups as g', (j) =>
      j.onRef('g.organisation_id', '=', 'p.organisation_id').onRef('g.id', '=', 'p.group_id'),
    )
    .innerJoin('locations as l', (j) =>
      j.onRef('l.organisation_id', '=', 'g.organisation_id').onRef('l.id', '=', 'g.location_id'),
    )
    .select((eb) => [
      'p.id',
      'p.placement_type',
      sql<string>`to_char(p.start_date, 'YYYY-MM-DD')`.as('start_date'),
      sql<string | null>`to_char(p.end_date, 'YYYY-MM-DD')`.as('end_date'),
      'g.name as group_name',
      'l.name as location_name',
      eb
        .selectFrom('placement_days as pd')
        .innerJoin('care_products as cp', (j) =>
          j.onRef('cp.organisation_id', '=', 'pd.organisation_id').onRef('cp.id', '=', 'pd.care_product_id'),
        )
        .select(sql<string[]>`coalesce(array_agg(DISTINCT cp.name ORDER BY cp.name), '{}')`.as('names'))
        .whereRef('pd.organisation_id', '=', 'p.organisation_id')
        .whereRef('pd.placement_id', '=', 'p.id')
        .as('care_products'),
    ])
    .where('p.organisation_id', '=', organisationId)
    .where('p.child_id', '=', childId)
    .where(notEndedBefore('p.end_date', today))
    .orderBy('p.start_date')
    .orderBy('g.name')
    .execute();
}
