import { sql } from 'kysely';
import type { IdQuery } from '../../authz/rules.ts';
import type { Executor } from '../../db/sql.ts';

// Reading credits for the lists and answers: one query for the credits, one for the entries of all of them.

export interface CreditListRow {
  id: string;
  childId: string;
  childName: string;
  unit: 'minutes' | 'points';
  source: 'absence' | 'grant' | 'compensation';
  description: string;
  validFrom: string;
  validUntil: string;
  weekType: 'school' | 'holiday' | 'any';
  initial: number;
  remaining: number;
}

/** Which credits to read: those of the children in a set (a permitted-ids query, or one child), or one credit. */
export type CreditFilter = { children: IdQuery } | { childId: string } | { creditId: string };

/**
 * The credits matching `filter`, by child (name) then the first to expire first; none when the organisation does
 * not have the credits feature.
 */
export async function selectCredits(
  db: Executor,
  organisationId: string,
  filter: CreditFilter,
): Promise<CreditListRow[]> {
  let query = db
    .selectFrom('credits as c')
    .innerJoin('children as ch', (j) =>
      j.onRef('ch.organisation_id', '=', 'c.organisation_id').onRef('ch.id', '=', 'c.child_id'),
    )
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select([
      'c.id',
      'c.child_id as childId',
      sql<string>`ch.first_name || ' ' || ch.last_name`.as('childName'),
      sql<CreditListRow['unit']>`c.unit`.as('unit'),
      sql<CreditListRow['source']>`c.source`.as('source'),
      'c.description',
      sql<string>`to_char(c.valid_from::timestamp, 'YYYY-MM-DD')`.as('validFrom'),
      sql<string>`to_char(c.valid_until::timestamp, 'YYYY-MM-DD')`.as('validUntil'),
      sql<CreditListRow['weekType']>`c.week_type`.as('weekType'),
      sql<number>`coalesce((SELECT sum(e.amount) FROM credit_entries e
        WHERE e.organisation_id = c.organisation_id AND e.credit_id = c.id AND e.kind = 'grant'), 0)::int`.as(
        'initial',
      ),
      sql<number>`coalesce((SELECT sum(e.amount) FROM credit_entries e
        WHERE e.organisation_id = c.organisation_id AND e.credit_id = c.id), 0)::int`.as('remaining'),
    ])
    .where('c.organisation_id', '=', organisationId)
    .where('o.feature_credits', '=', true);
  if ('children' in filter) query = query.where('c.child_id', 'in', filter.children);
  else if ('childId' in filter) query = query.where('c.child_id', '=', filter.childId);
  else query = query.where('c.id', '=', filter.creditId);
  return query
    .orderBy('ch.first_name')
    .orderBy('ch.last_name')
    .orderBy('ch.id')
    .orderBy('c.valid_until')
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export interface CreditEntryRow {
  id: string;
  creditId: string;
  kind: 'grant' | 'use' | 'refund' | 'correction' | 'withdrawal';
  amount: number;
  at: Date;
  reason: string;
  lineId: string | null;
  lineDate: string | null;
  lineStartTime: string | null;
  lineEndTime: string | null;
  lineStatus: string | null;
}

/**
 * The entries of `creditIds`, oldest first (entries of one moment in the order grant, use, correction, refund,
 * withdrawal), with the request line of a use or refund as it is now.
 */
export async function selectEntries(
  db: Executor,
  organisationId: string,
  creditIds: readonly string[],
): Promise<CreditEntryRow[]> {
  if (creditIds.length === 0) return [];
  const { rows } = await sql<CreditEntryRow>`
    SELECT e.id, e.credit_id AS "creditId", e.kind, e.amount, e.at, e.reason,
      l.id AS "lineId", to_char(l.date::timestamp, 'YYYY-MM-DD') AS "lineDate",
      to_char(l.start_time, 'HH24:MI') AS "lineStartTime", to_char(l.end_time, 'HH24:MI') AS "lineEndTime",
      l.status AS "lineStatus"
    FROM credit_entries e
    LEFT JOIN care_request_lines l ON l.organisation_id = e.organisation_id AND l.id = e.request_line_id
    WHERE e.organisation_id = ${organisationId} AND e.credit_id = ANY(${[...creditIds]}::uuid[])
    ORDER BY e.at,
      CASE e.kind WHEN 'grant' THEN 0 WHEN 'use' THEN 1 WHEN 'correction' THEN 2 WHEN 'refund' THEN 3 ELSE 4 END,
      e.id`.execute(db);
  return rows;
}

/** Whether the organisation has the credits feature. */
export async function selectCreditsFeature(db: Executor, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('feature_credits')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.feature_credits === true;
}
