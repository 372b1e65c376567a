import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/generated/schema.ts';

export interface AuditRow {
  organisationId: string;
  at: Date;
  actorAccountId: string | null;
  action: string;
  childIds: string[];
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
}

export async function insertAuditEvent(db: Database | Transaction<DB>, e: AuditRow): Promise<void> {
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
      details: JSON.stringify(e.details),
    })
    .execute();
}

export async function selectAuditEvents(
  db: Database,
  organisationId: string,
  filter: { childId?: string; limit: number },
) {
  let q = db
    .selectFrom('audit_events')
    .select(['id', 'at', 'actor_account_id', 'action', 'child_ids', 'subject_type', 'subject_id', 'details'])
    .where('organisation_id', '=', organisationId);
  if (filter.childId) q = q.where('child_ids', '@>', sql<string[]>`ARRAY[${filter.childId}]::uuid[]`);
  return q.orderBy('at', 'desc').orderBy('seq', 'desc').limit(filter.limit).execute();
}
