import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

// The ledger of credits: a credit's balance is the sum of its entries. Spending locks the credit row first, so two
// requests spending the last minutes of one credit are decided one after the other and only one gets them.

export interface CreditRow {
  id: string;
  childId: string;
  unit: 'minutes' | 'points';
  source: 'absence' | 'grant' | 'compensation';
  validFrom: string;
  validUntil: string;
  weekType: 'school' | 'holiday' | 'any';
  description: string;
  remaining: number;
}

const creditColumns = sql`
  c.id, c.child_id AS "childId", c.unit, c.source, to_char(c.valid_from::timestamp, 'YYYY-MM-DD') AS "validFrom",
  to_char(c.valid_until::timestamp, 'YYYY-MM-DD') AS "validUntil", c.week_type AS "weekType", c.description,
  coalesce((SELECT sum(e.amount) FROM credit_entries e
    WHERE e.organisation_id = c.organisation_id AND e.credit_id = c.id), 0)::int AS remaining`;

/** The credits of `childIds` valid somewhere from `from` to `to` with something left, the first to expire first. */
export async function selectSpendableCredits(
  db: Executor,
  organisationId: string,
  childIds: readonly string[],
  from: string,
  to: string,
): Promise<CreditRow[]> {
  if (childIds.length === 0) return [];
  const { rows } = await sql<CreditRow>`
    SELECT * FROM (
      SELECT ${creditColumns}
      FROM credits c
      JOIN organisations o ON o.id = c.organisation_id AND o.feature_credits
      WHERE c.organisation_id = ${organisationId} AND c.child_id = ANY(${[...childIds]}::uuid[])
        AND c.valid_from <= ${to}::date AND c.valid_until >= ${from}::date
    ) x
    WHERE remaining > 0
    ORDER BY "validUntil", id`.execute(db);
  return rows;
}

/** Locks credits for spending (in id order) and returns them with their balance. */
export async function lockCredits(db: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, CreditRow>();
  await sql`SELECT id FROM credits WHERE organisation_id = ${organisationId}
    AND id = ANY(${[...new Set(ids)].sort()}::uuid[]) ORDER BY id FOR UPDATE`.execute(db);
  const { rows } = await sql<CreditRow>`
    SELECT ${creditColumns} FROM credits c
    JOIN organisations o ON o.id = c.organisation_id AND o.feature_credits
    WHERE c.organisation_id = ${organisationId} AND c.id = ANY(${[...ids]}::uuid[])`.execute(db);
  return new Map(rows.map((r) => [r.id, r]));
}

export interface NewEntry {
  creditId: string;
  kind: 'grant' | 'use' | 'refund' | 'correction' | 'withdrawal';
  amount: number;
  requestLineId?: string | null;
  reason?: string;
  at: Date;
  byAccountId?: string | null;
}

export async function insertEntries(db: Executor, organisationId: string, entries: NewEntry[]) {
  if (entries.length === 0) return;
  await db
    .insertInto('credit_entries')
    .values(
      entries.map((e) => ({
        organisation_id: organisationId,
        credit_id: e.creditId,
        kind: e.kind,
        amount: e.amount,
        request_line_id: e.requestLineId ?? null,
        reason: e.reason ?? '',
        at: e.at,
        by_account_id: e.byAccountId ?? null,
      })),
    )
    .execute();
}

export interface NewCredit {
  childId: string;
  unit: 'minutes' | 'points';
  source: 'absence' | 'grant' | 'compensation';
  absenceLineId?: string | null;
  validFrom: string;
  validUntil: string;
  weekType: 'school' | 'holiday' | 'any';
  description: string;
  amount: number;
  at: Date;
  byAccountId: string | null;
}

/** A new credit with its grant entry. */
export async function insertCredit(db: Executor, organisationId: string, c: NewCredit): Promise<string> {
  const row = await db
    .insertInto('credits')
    .values({
      organisation_id: organisationId,
      child_id: c.childId,
      unit: c.unit,
      source: c.source,
      absence_line_id: c.absenceLineId ?? null,
      valid_from: c.validFrom,
      valid_until: c.validUntil,
      week_type: c.weekType,
      description: c.description,
      created_at: c.at,
      created_by_account_id: c.byAccountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertEntries(db, organisationId, [
    {
      creditId: row.id,
      kind: 'grant',
      amount: c.amount,
      at: c.at,
      byAccountId: c.byAccountId,
      reason: c.description,
    },
  ]);
  return row.id;
}

/**
 * Gives back what closed lines (rejected, cancelled, expired) took from their credit, exactly once per line: the
 * unique index on (line, kind) makes a second refund of the same line a no-op, whoever tries it.
 */
export async function refundClosedLines(
  db: Executor,
  organisationId: string,
  lineIds: readonly string[],
  at: Date,
) {
  if (lineIds.length === 0) return;
  await sql`
    INSERT INTO credit_entries (organisation_id, credit_id, kind, amount, request_line_id, reason, at)
    SELECT u.organisation_id, u.credit_id, 'refund', -u.amount, u.request_line_id, '', ${at}
    FROM credit_entries u
    JOIN care_request_lines l ON l.organisation_id = u.organisation_id AND l.id = u.request_line_id
    WHERE u.organisation_id = ${organisationId} AND u.kind = 'use'
      AND l.id = ANY(${[...lineIds]}::uuid[]) AND l.status IN ('rejected', 'cancelled', 'expired')
    ON CONFLICT (organisation_id, request_line_id, kind) WHERE request_line_id IS NOT NULL DO NOTHING`.execute(
    db,
  );
}

/** The credit an absence line yielded, locked, with its balance and whether anything was ever taken from it. */
export async function lockAbsenceCredit(db: Executor, organisationId: string, absenceLineId: string) {
  const { rows } = await sql<{ id: string; remaining: number; granted: number }>`
    SELECT c.id,
      coalesce((SELECT sum(e.amount) FROM credit_entries e
        WHERE e.organisation_id = c.organisation_id AND e.credit_id = c.id), 0)::int AS remaining,
      coalesce((SELECT sum(e.amount) FROM credit_entries e
        WHERE e.organisation_id = c.organisation_id AND e.credit_id = c.id AND e.kind = 'grant'), 0)::int AS granted
    FROM credits c
    WHERE c.organisation_id = ${organisationId} AND c.absence_line_id = ${absenceLineId}
    FOR UPDATE OF c`.execute(db);
  return rows[0];
}
