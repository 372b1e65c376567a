import { type Expression, type SqlBool, sql, type Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { DB } from './generated/schema.ts';

/** What a query function runs on: the database, or the caller's transaction. */
export type Executor = Database | Transaction<DB>;

/** `%text%` for ILIKE, with LIKE's own wildcards in `text` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Whether a database error is a unique-key violation (a name or address already in use). */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '23505';
}

/** A calendar day (`YYYY-MM-DD`) as an SQL `date`. */
export const asDate = (day: string) => sql<string>`${day}::date`;

/** A `time` column as `HH:MM`. */
export const hhmm = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'HH24:MI')`;

/**
 * Whether a period has not ended before `day`: its end date (`endColumn`, null for open-ended) is empty or falls
 * on or after the day. End dates are inclusive.
 */
export function notEndedBefore(endColumn: string, day: string): Expression<SqlBool> {
  const end = sql.ref(endColumn);
  return sql<SqlBool>`(${end} is null or ${end} >= ${asDate(day)})`;
}
