import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Executor } from '../../db/sql.ts';

export interface AuditRow {
  organisationId: string;
  at: Date;
  actorAccountId: string | null;
  action: string;
  childIds: string[];
  subjectType: string | null;
  subjectId: string | null;
  subjectLabel: string | null;
  details: Record<string, unknown>;
}

export async function insertAuditEvent(db: Executor, e: AuditRow): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      organisation_id: e.organisationId,
      at: e.at,
      actor_account_id: e.actorAccountId,
      action: e.action,
      child_ids: e.childIds,
      subject_type: e.subjectType,
      subject_id: e.subjectId,
      subject_label: e.subjectLabel,
      details: JSON.stringify(e.details),
    })
    .execute();
}

export interface AuditFilter {
  childId?: string;
  subjectType?: string;
  subjectId?: string;
  /** Actions starting with this text. */
  actionPrefix?: string;
  /** Moments from (inclusive) and before (exclusive). */
  fromAt?: Date;
  beforeAt?: Date;
  /** ILIKE pattern on the actor's name or e-mail address. */
  actorPattern?: string;
  /** Only events older than this one (keyset pagination on moment and insertion order). */
  after?: { at: Date; seq: number };
  limit: number;
}

const actorName = sql<
  string | null
>`coalesce(s.first_name || ' ' || s.last_name, g.first_name || ' ' || g.last_name, a.email)`;

/** The organisation's audit events, newest first, with the actor's current name. */
export async function selectAuditEvents(db: Database, organisationId: string, f: AuditFilter) {
  let q = db
    .selectFrom('audit_events as e')
    .leftJoin('accounts as a', (j) =>
      j.onRef('a.organisation_id', '=', 'e.organisation_id').onRef('a.id', '=', 'e.actor_account_id'),
    )
    .leftJoin('staff_members as s', (j) =>
      j.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.id', '=', 'a.staff_member_id'),
    )
    .leftJoin('guardians as g', (j) =>
      j.onRef('g.organisation_id', '=', 'a.organisation_id').onRef('g.id', '=', 'a.guardian_id'),
    )
    .select([
      'e.id',
      'e.seq',
      'e.at',
      'e.actor_account_id',
      'e.action',
      'e.child_ids',
      'e.subject_type',
      'e.subject_id',
      'e.subject_label',
      'e.details',
      actorName.as('actor_name'),
    ])
    .where('e.organisation_id', '=', organisationId);
  if (f.childId) q = q.where('e.child_ids', '@>', sql<string[]>`ARRAY[${f.childId}]::uuid[]`);
  if (f.subjectType) q = q.where('e.subject_type', '=', f.subjectType);
  if (f.subjectId) q = q.where('e.subject_id', '=', f.subjectId);
  if (f.actionPrefix) q = q.where(sql<boolean>`starts_with(e.action, ${f.actionPrefix})`);
  if (f.fromAt) q = q.where('e.at', '>=', f.fromAt);
  if (f.beforeAt) q = q.where('e.at', '<', f.beforeAt);
  if (f.actorPattern) q = q.where(actorName, 'ilike', f.actorPattern);
  const after = f.after;
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('e.at', '<', after.at), eb.and([eb('e.at', '=', after.at), eb('e.seq', '<', after.seq)])]),
    );
  }
  return q.orderBy('e.at', 'desc').orderBy('e.seq', 'desc').limit(f.limit).execute();
}
