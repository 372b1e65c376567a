import type { Executor } from '../db/sql.ts';

/** Dates a demo post, and its media, back to `at` (the demo shows a week that has passed). */
export async function backdatePost(db: Executor, organisationId: string, postId: string, at: Date) {
  await db
    .updateTable('posts')
    .set({ posted_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', postId)
    .execute();
}

/** Dates a demo diary entry back to `at`. */
export async function backdateDiaryEntry(db: Executor, organisationId: string, entryId: string, at: Date) {
  await db
    .updateTable('diary_entries')
    .set({ written_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', entryId)
    .execute();
  await db
    .updateTable('diary_entry_media')
    .set({ added_at: at })
    .where('organisation_id', '=', organisationId)
    .where('entry_id', '=', entryId)
    .execute();
}
