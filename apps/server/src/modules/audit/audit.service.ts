import type { AuditList, AuditQuery } from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/database.ts';
import { containsPattern, type Executor } from '../../db/sql.ts';
import { fieldError } from '../../errors.ts';
import { type Clock, toDate, ZONE } from '../../time/clock.ts';
import { type AuditFilter, insertAuditEvent, selectAuditEvents } from './audit.queries.ts';

export interface AuditEvent {
  organisationId: string;
  actorAccountId: string | null;
  /** What happened, e.g. `child.read`, `auth.login`. */
  action: string;
  /** The children whose data was read or changed. */
  childIds?: string[];
  subjectType?: string;
  subjectId?: string;
  /** A readable name of the subject as it is now (a group's name), kept with the event. */
  subjectLabel?: string;
  details?: Record<string, unknown>;
}

/** Records one audit event in the caller's transaction, so a change and its audit line commit together. */
export async function recordAudit(db: Executor, clock: Clock, e: AuditEvent): Promise<void> {
  await insertAuditEvent(db, {
    organisationId: e.organisationId,
    at: toDate(clock.now()),
    actorAccountId: e.actorAccountId,
    action: e.action,
    childIds: e.childIds ?? [],
    subjectType: e.subjectType ?? null,
    subjectId: e.subjectId ?? null,
    subjectLabel: e.subjectLabel?.slice(0, 300) ?? null,
    details: e.details ?? {},
  });
}

/** Fields that are never written to the audit log, whatever a caller passes. */
const SECRET_FIELD = /password|token|secret|hash/i;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The audit details of a change: the names of the fields that changed and, per field, the value before and
 * after. `before` is null for something new. Secrets are left out by name.
 */
export function changeDetails(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): { fields: string[]; changes: Record<string, { from: unknown; to: unknown }> } {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    if (SECRET_FIELD.test(field) || to === undefined) continue;
    const from = before === null ? null : (before[field] ?? null);
    if (before !== null && same(from, to)) continue;
    changes[field] = { from, to };
  }
  return { fields: Object.keys(changes), changes };
}

/** The cursor of the next page: the moment and insertion order of the last event on this one. */
function encodeCursor(at: Date, seq: number): string {
  return Buffer.from(`${at.toISOString()}|${seq}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; seq: number } {
  const [iso, seq] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  const n = Number(seq);
  if (Number.isNaN(at.getTime()) || !Number.isSafeInteger(n)) {
    throw fieldError('cursor', 'invalid_format', 'This page cursor is not valid');
  }
  return { at, seq: n };
}

const startOfDay = (date: string) =>
  toDate(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: ZONE }).toInstant());

/** The audit events of the principal's organisation, newest first, filtered and a page at a time. */
export async function listAuditEvents(
  ctx: { db: Database },
  principal: { organisationId: string },
  query: AuditQuery,
): Promise<AuditList> {
  if (query.from && query.to && query.to < query.from) {
    throw fieldError('to', 'date_order', 'The last day is before the first day');
  }
  const filter: AuditFilter = { limit: query.limit + 1 };
  if (query.childId) filter.childId = query.childId;
  if (query.subjectType) filter.subjectType = query.subjectType;
  if (query.subjectId) filter.subjectId = query.subjectId;
  if (query.action) filter.actionPrefix = query.action;
  if (query.from) filter.fromAt = startOfDay(query.from);
  if (query.to) filter.beforeAt = startOfDay(Temporal.PlainDate.from(query.to).add({ days: 1 }).toString());
  if (query.actor) filter.actorPattern = containsPattern(query.actor);
  if (query.cursor) filter.after = decodeCursor(query.cursor);
  const rows = await selectAuditEvents(ctx.db, principal.organisationId, filter);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    events: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorAccountId: r.actor_account_id,
      actorName: r.actor_account_id === null ? null : r.actor_name,
      action: r.action,
      childIds: r.child_ids,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      subjectLabel: r.subject_label,
      details: (r.details ?? {}) as Record<string, unknown>,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.at, last.seq) : null,
  };
}
