import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

/** Inserts a diary entry; returns its id. */
export async function insertDiaryEntry(
  db: Executor,
  organisationId: string,
  entry: { childId: string; authorAccountId: string; body: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('diary_entries')
    .values({
      organisation_id: organisationId,
      child_id: entry.childId,
      author_account_id: entry.authorAccountId,
      body: entry.body,
      written_at: entry.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds media to an entry after the ones it has (`from` is the first free position). */
export async function insertDiaryMedia(
  db: Executor,
  organisationId: string,
  args: { entryId: string; mediaIds: readonly string[]; from: number; byAccountId: string; at: Date },
): Promise<void> {
  if (args.mediaIds.length === 0) return;
  await db
    .insertInto('diary_entry_media')
    .values(
      args.mediaIds.map((mediaId, i) => ({
        organisation_id: organisationId,
        entry_id: args.entryId,
        media_id: mediaId,
        position: args.from + i,
        added_by_account_id: args.byAccountId,
        added_at: args.at,
      })),
    )
    .execute();
}

/**
 * Locks an entry for adding media (two additions at once get positions one after the other) and returns its
 * child and how many media it has; undefined when there is no such entry.
 */
export async function lockDiaryEntry(db: Executor, organisationId: string, entryId: string) {
  const entry = await db
    .selectFrom('diary_entries')
    .select('child_id as childId')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', entryId)
    .forUpdate()
    .executeTakeFirst();
  if (!entry) return undefined;
  const media = await db
    .selectFrom('diary_entry_media')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('position').as('last')])
    .where('organisation_id', '=', organisationId)
    .where('entry_id', '=', entryId)
    .executeTakeFirstOrThrow();
  return {
    childId: entry.childId,
    count: Number(media.n),
    next: media.last === null ? 0 : Number(media.last) + 1,
  };
}

/** The accounts of the child's guardians but the entry's author, with the child's and the author's names. */
export async function selectDiaryAudience(db: Executor, organisationId: string, entryId: string) {
  const { rows } = await sql<{ accountId: string | null; childName: string; authorName: string }>`
    SELECT a.id AS "accountId", c.first_name || ' ' || c.last_name AS "childName",
      coalesce(s.first_name || ' ' || s.last_name, gd.first_name || ' ' || gd.last_name, '') AS "authorName"
    FROM diary_entries e
    JOIN children c ON c.organisation_id = e.organisation_id AND c.id = e.child_id
    JOIN accounts w ON w.organisation_id = e.organisation_id AND w.id = e.author_account_id
    LEFT JOIN staff_members s ON s.organisation_id = w.organisation_id AND s.id = w.staff_member_id
    LEFT JOIN guardians gd ON gd.organisation_id = w.organisation_id AND gd.id = w.guardian_id
    LEFT JOIN guardian_children gc ON gc.organisation_id = e.organisation_id AND gc.child_id = e.child_id
    LEFT JOIN accounts a ON a.organisation_id = gc.organisation_id AND a.guardian_id = gc.guardian_id
      AND a.id <> e.author_account_id AND a.disabled_at IS NULL
    WHERE e.organisation_id = ${organisationId} AND e.id = ${entryId}`.execute(db);
  const first = rows[0];
  if (!first) throw new Error('A diary entry vanished in its own transaction');
  return {
    childName: first.childName,
    authorName: first.authorName,
    accountIds: rows.flatMap((r) => (r.accountId ? [r.accountId] : [])),
  };
}
