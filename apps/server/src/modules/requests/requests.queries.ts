import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

export interface NewRequest {
  organisationId: string;
  kind?: 'extra' | 'swap';
  guardianId: string;
  accountId: string;
  assessAsWhole: boolean;
  expiresOn: string | null;
  comment: string;
  submittedAt: Date;
}

export async function insertRequest(db: Executor, r: NewRequest): Promise<string> {
  const row = await db
    .insertInto('care_requests')
    .values({
      organisation_id: r.organisationId,
      kind: r.kind ?? 'extra',
      guardian_id: r.guardianId,
      submitted_by_account_id: r.accountId,
      assess_as_whole: r.assessAsWhole,
      expires_on: r.expiresOn,
      comment: r.comment,
      submitted_at: r.submittedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewLine {
  id: string;
  bookingId: string;
  childId: string;
  groupId: string;
  careProductId: string;
  date: string;
  startTime: string;
  endTime: string;
  priceCents: number;
  expiresAt: Date;
  /** Paid with this credit; by invoice when absent. */
  creditId?: string | null;
  /** `extra` unless one side of a swap. */
  role?: 'extra' | 'give' | 'take';
}

export async function insertLines(db: Executor, organisationId: string, requestId: string, lines: NewLine[]) {
  if (lines.length === 0) return;
  await db
    .insertInto('care_request_lines')
    .values(
      lines.map((l) => ({
        organisation_id: organisationId,
        id: l.id,
        request_id: requestId,
        booking_id: l.bookingId,
        child_id: l.childId,
        group_id: l.groupId,
        care_product_id: l.careProductId,
        date: l.date,
        start_time: l.startTime,
        end_time: l.endTime,
        price_cents: l.priceCents,
        expires_at: l.expiresAt,
        payment: l.creditId ? 'credit' : 'invoice',
        credit_id: l.creditId ?? null,
        role: l.role ?? 'extra',
      })),
    )
    .execute();
}

/** A line as the overview, the agenda and the assessment queue show it. */
export interface LineRow {
  id: string;
  requestId: string;
  bookingId: string;
  kind: 'extra' | 'swap';
  role: 'extra' | 'give' | 'take';
  childId: string;
  childName: string;
  groupId: string;
  groupName: string;
  locationId: string;
  locationName: string;
  productName: string;
  date: string;
  startTime: string;
  endTime: string;
  priceCents: number;
  payment: 'invoice' | 'credit';
  creditId: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'expired';
  submittedAt: Date;
  submittedBy: string;
  expiresAt: Date;
  decidedAt: Date | null;
  reason: string | null;
  assessAsWhole: boolean;
  comment: string;
  periodLines: number;
  requestLineCount: number;
  /** The earliest open line of the child's booking, local `YYYY-MM-DD` and `HH:MM`; null when none is open. */
  earliestOpenDate: string | null;
  earliestOpenTime: string | null;
  cancelDeadlineHours: number;
  /** For the wanted line of a swap: the given-up day part of its pair. */
  giveDate: string | null;
  giveStart: string | null;
  giveEnd: string | null;
  giveProduct: string | null;
}

export function linesQuery(organisationId: string) {
  return sql<LineRow>`
    SELECT l.id, l.request_id AS "requestId", l.booking_id AS "bookingId", r.kind, l.role,
      l.child_id AS "childId", c.first_name || ' ' || c.last_name AS "childName",
      l.group_id AS "groupId", g.name AS "groupName", g.location_id AS "locationId", loc.name AS "locationName",
      cp.name AS "productName", to_char(l.date::timestamp, 'YYYY-MM-DD') AS date,
      to_char(l.start_time, 'HH24:MI') AS "startTime", to_char(l.end_time, 'HH24:MI') AS "endTime",
      l.price_cents AS "priceCents", l.payment, l.credit_id AS "creditId", l.status, r.submitted_at AS "submittedAt",
      gu.first_name || ' ' || gu.last_name AS "submittedBy", l.expires_at AS "expiresAt",
      l.decided_at AS "decidedAt", l.reason, r.assess_as_whole AS "assessAsWhole", r.comment,
      (SELECT count(*)::int FROM care_request_lines b
        WHERE b.organisation_id = l.organisation_id AND b.booking_id = l.booking_id AND b.child_id = l.child_id
      ) AS "periodLines",
      (SELECT count(*)::int FROM care_request_lines b
        WHERE b.organisation_id = l.organisation_id AND b.request_id = l.request_id) AS "requestLineCount",
      eo.date AS "earliestOpenDate", eo.time AS "earliestOpenTime",
      coalesce(o.cancel_deadline_hours, pp.cancel_deadline_hours) AS "cancelDeadlineHours",
      gv.date AS "giveDate", gv.start_time AS "giveStart", gv.end_time AS "giveEnd", gv.product AS "giveProduct"
    FROM care_request_lines l
    JOIN care_requests r ON r.organisation_id = l.organisation_id AND r.id = l.request_id
    JOIN children c ON c.organisation_id = l.organisation_id AND c.id = l.child_id
    JOIN groups g ON g.organisation_id = l.organisation_id AND g.id = l.group_id
    JOIN locations loc ON loc.organisation_id = g.organisation_id AND loc.id = g.location_id
    JOIN care_products cp ON cp.organisation_id = l.organisation_id AND cp.id = l.care_product_id
    JOIN guardians gu ON gu.organisation_id = r.organisation_id AND gu.id = r.guardian_id
    JOIN planning_policies pp ON pp.organisation_id = l.organisation_id
    LEFT JOIN planning_policy_overrides o ON o.organisation_id = g.organisation_id AND o.group_kind = g.kind
    LEFT JOIN LATERAL (
      SELECT to_char(b.date::timestamp, 'YYYY-MM-DD') AS date, to_char(b.start_time, 'HH24:MI') AS time
      FROM care_request_lines b
      WHERE b.organisation_id = l.organisation_id AND b.booking_id = l.booking_id AND b.child_id = l.child_id
        AND b.status = 'pending'
      ORDER BY b.date, b.start_time LIMIT 1
    ) eo ON true
    LEFT JOIN LATERAL (
      SELECT to_char(g2.date::timestamp, 'YYYY-MM-DD') AS date, to_char(g2.start_time, 'HH24:MI') AS start_time,
        to_char(g2.end_time, 'HH24:MI') AS end_time, cp2.name AS product
      FROM care_request_lines g2
      JOIN care_products cp2 ON cp2.organisation_id = g2.organisation_id AND cp2.id = g2.care_product_id
      WHERE l.role = 'take' AND g2.organisation_id = l.organisation_id AND g2.booking_id = l.booking_id
        AND g2.child_id = l.child_id AND g2.role = 'give'
      LIMIT 1
    ) gv ON true
    WHERE l.organisation_id = ${organisationId}`;
}

/** Lines by id, in date order. */
export async function selectLinesById(db: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql<LineRow>`
    ${linesQuery(organisationId)} AND l.id = ANY(${[...ids]}::uuid[])
    ORDER BY l.date, l.start_time, "childName"`.execute(db);
  return rows;
}

/** The lines of a request, in date order. */
export async function selectRequestLines(db: Executor, organisationId: string, requestId: string) {
  const { rows } = await sql<LineRow>`
    ${linesQuery(organisationId)} AND l.request_id = ${requestId}
    ORDER BY l.date, l.start_time, "childName"`.execute(db);
  return rows;
}

/**
 * The lines of the children of `guardianId`, newest request first (then by date), `limit` + 1 of them so the
 * caller knows whether there are more; `before` is a `submittedAt|requestId` cursor.
 */
export async function selectGuardianLines(
  db: Executor,
  organisationId: string,
  guardianId: string,
  before: { submittedAt: Date; requestId: string } | null,
  limit: number,
) {
  const { rows } = await sql<LineRow>`
    ${linesQuery(organisationId)}
      AND l.child_id IN (
        SELECT gc.child_id FROM guardian_children gc
        WHERE gc.organisation_id = ${organisationId} AND gc.guardian_id = ${guardianId}
      )
      AND l.request_id IN (
        SELECT rr.id FROM care_requests rr
        WHERE rr.organisation_id = ${organisationId}
          AND (${before === null} OR (rr.submitted_at, rr.id) < (${before?.submittedAt ?? null}::timestamptz, ${before?.requestId ?? null}::uuid))
      )
    ORDER BY r.submitted_at DESC, r.id DESC, l.date, l.start_time, "childName"
    LIMIT ${limit + 1}`.execute(db);
  return rows;
}

/** Locks and returns the open lines of one child's booking (the lines cancelled together). */
export async function lockOpenBookingLines(db: Executor, organisationId: string, lineId: string) {
  const { rows } = await sql<{
    id: string;
    requestId: string;
    childId: string;
    groupId: string;
    date: string;
    startTime: string;
  }>`
    SELECT b.id, b.request_id AS "requestId", b.child_id AS "childId", b.group_id AS "groupId",
      to_char(b.date::timestamp, 'YYYY-MM-DD') AS date, to_char(b.start_time, 'HH24:MI') AS "startTime"
    FROM care_request_lines l
    JOIN care_request_lines b ON b.organisation_id = l.organisation_id AND b.booking_id = l.booking_id
      AND b.child_id = l.child_id
    WHERE l.organisation_id = ${organisationId} AND l.id = ${lineId} AND b.status = 'pending'
    ORDER BY b.date, b.start_time
    FOR UPDATE OF b`.execute(db);
  return rows;
}

/** Closes open lines with a final status. Only lines still open change; returns those. */
export async function closeLines(
  db: Executor,
  organisationId: string,
  ids: readonly string[],
  change: {
    status: 'approved' | 'rejected' | 'cancelled' | 'expired';
    at: Date;
    accountId: string | null;
    reason?: string;
  },
  alsoApproved = false,
): Promise<{ id: string; requestId: string }[]> {
  if (ids.length === 0) return [];
  return db
    .updateTable('care_request_lines')
    .set({
      status: change.status,
      decided_at: change.at,
      decided_by_account_id: change.accountId,
      reason: change.status === 'rejected' ? (change.reason ?? null) : null,
    })
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...ids])
    .where('status', 'in', alsoApproved ? ['pending', 'approved'] : ['pending'])
    .returning(['id', 'request_id as requestId'])
    .execute();
}

/** Locks one line for a decision and returns what the decision needs. */
export interface LockedLine {
  id: string;
  requestId: string;
  groupId: string;
  childId: string;
  role: 'extra' | 'give' | 'take';
  date: string;
  startTime: string;
  endTime: string;
  status: string;
  expiresAt: Date;
  assessAsWhole: boolean;
}

/**
 * Locks a line for a decision, with the other side of its swap (the lines of the same child's booking, for a
 * swap line), and returns them: the line first.
 */
export async function lockLineAndPartner(
  db: Executor,
  organisationId: string,
  lineId: string,
): Promise<LockedLine[]> {
  const { rows } = await sql<LockedLine>`
    SELECT b.id, b.request_id AS "requestId", b.group_id AS "groupId", b.child_id AS "childId", b.role,
      to_char(b.date::timestamp, 'YYYY-MM-DD') AS date, to_char(b.start_time, 'HH24:MI') AS "startTime",
      to_char(b.end_time, 'HH24:MI') AS "endTime", b.status, b.expires_at AS "expiresAt",
      r.assess_as_whole AS "assessAsWhole"
    FROM care_request_lines l
    JOIN care_request_lines b ON b.organisation_id = l.organisation_id AND (
      b.id = l.id OR (l.role <> 'extra' AND b.booking_id = l.booking_id AND b.child_id = l.child_id)
    )
    JOIN care_requests r ON r.organisation_id = b.organisation_id AND r.id = b.request_id
    WHERE l.organisation_id = ${organisationId} AND l.id = ${lineId}
    ORDER BY (b.id = l.id) DESC, b.id
    FOR UPDATE OF b`.execute(db);
  return rows;
}

/** The groups of a line and of the other side of its swap (to lock them before the lines). */
export async function selectLineGroups(
  db: Executor,
  organisationId: string,
  lineId: string,
): Promise<string[]> {
  const { rows } = await sql<{ groupId: string }>`
    SELECT DISTINCT b.group_id AS "groupId"
    FROM care_request_lines l
    JOIN care_request_lines b ON b.organisation_id = l.organisation_id AND (
      b.id = l.id OR (l.role <> 'extra' AND b.booking_id = l.booking_id AND b.child_id = l.child_id)
    )
    WHERE l.organisation_id = ${organisationId} AND l.id = ${lineId}`.execute(db);
  return rows.map((r) => r.groupId);
}

/** The ids of a request's lines that are open or approved (what an "als geheel" rejection rejects too). */
export async function selectLiveRequestLineIds(db: Executor, organisationId: string, requestId: string) {
  const rows = await db
    .selectFrom('care_request_lines')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('request_id', '=', requestId)
    .where('status', 'in', ['pending', 'approved'])
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Marks the request concluded when none of its lines is open any more, once: returns true only for the call
 * that concluded it (the one that must send the message).
 */
export async function concludeRequest(db: Executor, organisationId: string, requestId: string, at: Date) {
  const row = await sql<{ id: string }>`
    UPDATE care_requests r SET concluded_at = ${at}
    WHERE r.organisation_id = ${organisationId} AND r.id = ${requestId} AND r.concluded_at IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM care_request_lines l
        WHERE l.organisation_id = r.organisation_id AND l.request_id = r.id AND l.status = 'pending'
      )
    RETURNING r.id`.execute(db);
  return row.rows.length > 0;
}

/** Who gets the request's message: the account that submitted it. */
export async function selectRequestRecipient(db: Executor, organisationId: string, requestId: string) {
  return db
    .selectFrom('care_requests')
    .select('submitted_by_account_id as account_id')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', requestId)
    .executeTakeFirst();
}

/** Expires every open line whose moment has come, in every organisation; returns the lines expired. */
export async function expireDueLines(db: Executor, now: Date) {
  return db
    .updateTable('care_request_lines')
    .set({ status: 'expired', decided_at: now })
    .where('status', '=', 'pending')
    .where('expires_at', '<=', now)
    .returning(['organisation_id as organisationId', 'id', 'request_id as requestId'])
    .execute();
}

/** The children of a guardian's family. */
export async function selectGuardianChildIds(db: Executor, organisationId: string, guardianId: string) {
  const rows = await db
    .selectFrom('guardian_children')
    .select('child_id')
    .where('organisation_id', '=', organisationId)
    .where('guardian_id', '=', guardianId)
    .execute();
  return rows.map((r) => r.child_id);
}
