import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

export async function insertAbsence(
  db: Executor,
  a: {
    organisationId: string;
    guardianId: string;
    accountId: string;
    reason: 'sick' | 'holiday' | 'other';
    comment: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('absences')
    .values({
      organisation_id: a.organisationId,
      guardian_id: a.guardianId,
      submitted_by_account_id: a.accountId,
      reason: a.reason,
      comment: a.comment,
      submitted_at: a.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewAbsenceLine {
  id: string;
  childId: string;
  groupId: string;
  careProductId: string;
  date: string;
  startTime: string;
  endTime: string;
  requestLineId: string | null;
}

export async function insertAbsenceLines(
  db: Executor,
  organisationId: string,
  absenceId: string,
  lines: NewAbsenceLine[],
) {
  await db
    .insertInto('absence_lines')
    .values(
      lines.map((l) => ({
        organisation_id: organisationId,
        id: l.id,
        absence_id: absenceId,
        child_id: l.childId,
        group_id: l.groupId,
        care_product_id: l.careProductId,
        date: l.date,
        start_time: l.startTime,
        end_time: l.endTime,
        request_line_id: l.requestLineId,
      })),
    )
    .execute();
}

/** An absence line as the overview shows it, with its credit and what the cancel rule needs. */
export interface AbsenceLineRow {
  id: string;
  absenceId: string;
  childId: string;
  childName: string;
  groupId: string;
  groupName: string;
  productName: string;
  date: string;
  startTime: string;
  endTime: string;
  reason: 'sick' | 'holiday' | 'other';
  comment: string;
  status: 'registered' | 'cancelled';
  submittedAt: Date;
  submittedBy: string;
  creditId: string | null;
  creditInitial: number | null;
  creditRemaining: number | null;
  creditValidUntil: string | null;
  cancelDeadlineHours: number;
}

function linesQuery(organisationId: string) {
  return sql<AbsenceLineRow>`
    SELECT al.id, al.absence_id AS "absenceId", al.child_id AS "childId",
      c.first_name || ' ' || c.last_name AS "childName", al.group_id AS "groupId", g.name AS "groupName",
      cp.name AS "productName", to_char(al.date::timestamp, 'YYYY-MM-DD') AS date,
      to_char(al.start_time, 'HH24:MI') AS "startTime", to_char(al.end_time, 'HH24:MI') AS "endTime",
      a.reason, a.comment, al.status, a.submitted_at AS "submittedAt",
      gu.first_name || ' ' || gu.last_name AS "submittedBy",
      cr.id AS "creditId",
      (SELECT sum(e.amount) FROM credit_entries e
        WHERE e.organisation_id = cr.organisation_id AND e.credit_id = cr.id AND e.kind = 'grant')::int AS "creditInitial",
      (SELECT coalesce(sum(e.amount), 0) FROM credit_entries e
        WHERE e.organisation_id = cr.organisation_id AND e.credit_id = cr.id)::int AS "creditRemaining",
      to_char(cr.valid_until::timestamp, 'YYYY-MM-DD') AS "creditValidUntil",
      coalesce(o.absence_cancel_deadline_hours, pp.absence_cancel_deadline_hours) AS "cancelDeadlineHours"
    FROM absence_lines al
    JOIN absences a ON a.organisation_id = al.organisation_id AND a.id = al.absence_id
    JOIN children c ON c.organisation_id = al.organisation_id AND c.id = al.child_id
    JOIN groups g ON g.organisation_id = al.organisation_id AND g.id = al.group_id
    JOIN care_products cp ON cp.organisation_id = al.organisation_id AND cp.id = al.care_product_id
    JOIN guardians gu ON gu.organisation_id = a.organisation_id AND gu.id = a.guardian_id
    JOIN planning_policies pp ON pp.organisation_id = al.organisation_id
    LEFT JOIN planning_policy_overrides o ON o.organisation_id = g.organisation_id AND o.group_kind = g.kind
    LEFT JOIN credits cr ON cr.organisation_id = al.organisation_id AND cr.absence_line_id = al.id
    WHERE al.organisation_id = ${organisationId}`;
}

export async function selectAbsenceLinesById(db: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql<AbsenceLineRow>`
    ${linesQuery(organisationId)} AND al.id = ANY(${[...ids]}::uuid[])
    ORDER BY al.date, al.start_time, "childName"`.execute(db);
  return rows;
}

/** The absence lines of a guardian's children, newest report first; `limit` + 1 rows to tell whether more exist. */
export async function selectGuardianAbsenceLines(
  db: Executor,
  organisationId: string,
  guardianId: string,
  before: { submittedAt: Date; absenceId: string } | null,
  limit: number,
) {
  const { rows } = await sql<AbsenceLineRow>`
    ${linesQuery(organisationId)}
      AND al.child_id IN (SELECT gc.child_id FROM guardian_children gc
        WHERE gc.organisation_id = ${organisationId} AND gc.guardian_id = ${guardianId})
      AND (${before === null} OR (a.submitted_at, a.id) <
        (${before?.submittedAt ?? null}::timestamptz, ${before?.absenceId ?? null}::uuid))
    ORDER BY a.submitted_at DESC, a.id DESC, al.date, al.start_time, "childName"
    LIMIT ${limit + 1}`.execute(db);
  return rows;
}

/** Locks one absence line for cancelling. */
export async function lockAbsenceLine(db: Executor, organisationId: string, lineId: string) {
  const { rows } = await sql<{
    id: string;
    status: string;
    childId: string;
    groupId: string;
    date: string;
    startTime: string;
  }>`
    SELECT id, status, child_id AS "childId", group_id AS "groupId", to_char(date::timestamp, 'YYYY-MM-DD') AS date,
      to_char(start_time, 'HH24:MI') AS "startTime"
    FROM absence_lines WHERE organisation_id = ${organisationId} AND id = ${lineId} FOR UPDATE`.execute(db);
  return rows[0];
}

export async function cancelAbsenceLine(
  db: Executor,
  organisationId: string,
  lineId: string,
  at: Date,
  accountId: string,
) {
  await db
    .updateTable('absence_lines')
    .set({ status: 'cancelled', cancelled_at: at, cancelled_by_account_id: accountId })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', lineId)
    .where('status', '=', 'registered')
    .execute();
}

/** Whether the organisation has the credits feature. */
export async function selectCreditsFeature(db: Executor, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('feature_credits')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.feature_credits ?? false;
}

/**
 * Per child of an absence, the accounts of its other guardians (not the one who reported it), with the child's
 * name, the reporter's name and the first and last day reported for it.
 */
export async function selectAbsenceAudience(db: Executor, organisationId: string, absenceId: string) {
  const { rows } = await sql<{
    childId: string;
    childName: string;
    authorName: string;
    from: string;
    to: string;
    accountId: string | null;
  }>`
    SELECT c.id AS "childId", c.first_name || ' ' || c.last_name AS "childName",
      gd.first_name || ' ' || gd.last_name AS "authorName",
      to_char(d.first_day, 'YYYY-MM-DD') AS "from", to_char(d.last_day, 'YYYY-MM-DD') AS "to",
      a.id AS "accountId"
    FROM absences ab
    JOIN guardians gd ON gd.organisation_id = ab.organisation_id AND gd.id = ab.guardian_id
    JOIN (
      SELECT al.child_id, min(al.date) AS first_day, max(al.date) AS last_day
      FROM absence_lines al
      WHERE al.organisation_id = ${organisationId} AND al.absence_id = ${absenceId}
      GROUP BY al.child_id
    ) d ON true
    JOIN children c ON c.organisation_id = ab.organisation_id AND c.id = d.child_id
    LEFT JOIN guardian_children gc ON gc.organisation_id = c.organisation_id AND gc.child_id = c.id
    LEFT JOIN accounts a ON a.organisation_id = gc.organisation_id AND a.guardian_id = gc.guardian_id
      AND a.id <> ab.submitted_by_account_id AND a.disabled_at IS NULL
    WHERE ab.organisation_id = ${organisationId} AND ab.id = ${absenceId}
    ORDER BY c.id`.execute(db);
  return rows;
}
