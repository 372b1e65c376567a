import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';
import { careDaysSql } from '../care-days/care-days.queries.ts';

/** A day part of a group on a date, whose occupancy is asked. */
export interface Slot {
  groupId: string;
  date: string;
  startTime: string;
  endTime: string;
}

export interface SlotOccupancy {
  capacity: number;
  /** The most children planned (contract or approved extra day) at one moment of the slot. */
  confirmed: number;
  /** The most children with an open request line at one moment of the slot. */
  pending: number;
  /** The most children planned, approved or requested at one moment of the slot. */
  total: number;
}

/**
 * The occupancy of each slot, in one query, in the order given: the peak number of children present in the
 * group at any moment of the day part. Presence is a half-open interval [start, end): a child leaving at 13:00
 * and one arriving at 13:00 are never there together. The peak of intervals within [s, e) is reached at s or at
 * the start of one of them, so only those moments are counted. A child counts once per moment, even with two
 * overlapping entries (a contract day and an open request).
 */
export async function selectOccupancy(
  db: Executor,
  organisationId: string,
  slots: readonly Slot[],
): Promise<SlotOccupancy[]> {
  if (slots.length === 0) return [];
  const { rows } = await occupancyQuery(organisationId, slots).execute(db);
  return rows.map((r) => ({
    capacity: r.capacity,
    confirmed: r.confirmed,
    pending: r.pending,
    total: r.total,
  }));
}

/** The SQL of selectOccupancy (for EXPLAIN when tuning). */
export function occupancyQuery(organisationId: string, slots: readonly Slot[]) {
  const groupIds = [...new Set(slots.map((s) => s.groupId))];
  const dates = slots.map((s) => s.date).sort();
  const from = dates[0] as string;
  const to = dates[dates.length - 1] as string;
  return sql<{
    idx: string;
    capacity: number;
    confirmed: number;
    pending: number;
    total: number;
  }>`
    WITH slots AS (
      SELECT s.group_id, s.day, s.s, s.e, s.idx
      FROM unnest(${slots.map((s) => s.groupId)}::uuid[], ${slots.map((s) => s.date)}::date[],
        ${slots.map((s) => s.startTime)}::time[], ${slots.map((s) => s.endTime)}::time[])
        WITH ORDINALITY AS s (group_id, day, s, e, idx)
    ),
    presence AS (
      SELECT cd.child_id, cd.group_id, cd.day, cd.start_time, cd.end_time, false AS pending
      FROM (${careDaysSql(organisationId, { groups: groupIds }, from, to, dates)}) cd
      WHERE cd.absence_line_id IS NULL
      UNION ALL
      SELECT l.child_id, l.group_id, l.date, l.start_time, l.end_time, true
      FROM care_request_lines l
      WHERE l.organisation_id = ${organisationId} AND l.status = 'pending' AND l.role <> 'give'
        AND l.group_id = ANY(${groupIds}::uuid[]) AND l.date BETWEEN ${from}::date AND ${to}::date
    ),
    relevant AS (
      SELECT s.idx, p.child_id, p.start_time, p.end_time, p.pending
      FROM slots s JOIN presence p ON p.group_id = s.group_id AND p.day = s.day
        AND p.start_time < s.e AND p.end_time > s.s
    ),
    moments AS (
      SELECT s.idx, s.s AS at FROM slots s
      UNION
      SELECT r.idx, r.start_time FROM relevant r JOIN slots s ON s.idx = r.idx WHERE r.start_time > s.s
    ),
    counts AS (
      SELECT m.idx, m.at,
        count(DISTINCT r.child_id) FILTER (WHERE NOT r.pending) AS confirmed,
        count(DISTINCT r.child_id) FILTER (WHERE r.pending) AS pending,
        count(DISTINCT r.child_id) AS total
      FROM moments m
      LEFT JOIN relevant r ON r.idx = m.idx AND r.start_time <= m.at AND r.end_time > m.at
      GROUP BY m.idx, m.at
    )
    SELECT s.idx, g.capacity, coalesce(max(c.confirmed), 0)::int AS confirmed,
      coalesce(max(c.pending), 0)::int AS pending, coalesce(max(c.total), 0)::int AS total
    FROM slots s
    JOIN groups g ON g.organisation_id = ${organisationId} AND g.id = s.group_id
    LEFT JOIN counts c ON c.idx = s.idx
    GROUP BY s.idx, g.capacity
    ORDER BY s.idx`;
}

/**
 * Locks the groups (in id order, so two transactions never wait on each other crosswise) until the transaction
 * ends: whoever checks and then takes a place in one of them goes first, the next one sees that place taken.
 */
export async function lockGroups(db: Executor, organisationId: string, groupIds: readonly string[]) {
  if (groupIds.length === 0) return;
  await sql`
    SELECT id FROM groups
    WHERE organisation_id = ${organisationId} AND id = ANY(${[...new Set(groupIds)].sort()}::uuid[])
    ORDER BY id FOR UPDATE`.execute(db);
}
