import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/generated/schema.ts';
import { type Clock, toDate } from '../../time/clock.ts';
import { insertAuditEvent, selectAuditEvents } from './audit.queries.ts';

export interface AuditEvent {
  organisationId: string;
  actorAccountId: string | null;
  /** What happened, e.g. `child.read`, `auth.login`. */
  action: string;
  /** The children whose data was read or changed. */
  childIds?: string[];
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}

/** Records one audit event in the caller's transaction, so a change and its audit line commit together. */
export async function recordAudit(
  db: Database | Transaction<DB>,
  clock: Clock,
  e: AuditEvent,
): Promise<void> {
  await insertAuditEvent(db, {
    organisationId: e.organisationId,
    at: toDate(clock.now()),
    actorAccountId: e.actorAccountId,
    action: e.action,
    childIds: e.childIds ?? [],
    subjectType: e.subjectType ?? null,
    subjectId: e.subjectId ?? null,
    details: e.details ?? {},
  });
}

/** The newest audit events of the principal's organisation, optionally of one child. */
export async function listAuditEvents(
  ctx: { db: Database },
  principal: { organisationId: string },
  filter: { childId?: string | undefined; limit: number },
) {
  const rows = await selectAuditEvents(ctx.db, principal.organisationId, {
    limit: filter.limit,
    ...(filter.childId ? { childId: filter.childId } : {}),
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorAccountId: r.actor_account_id,
    action: r.action,
    childIds: r.child_ids,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
  }));
}
