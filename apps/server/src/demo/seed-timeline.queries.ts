import type { Executor } from '../db/sql.ts';

/** Dates the notifications of a demo event back to the moment of the event. */
async function backdateNotifications(db: Executor, organisationId: string, eventKey: string, at: Date) {
  await db
    .updateTable('notifications')
    .set({ created_at: at })
    .where('organisation_id', '=', organisationId)
    .where('event_key', '=', eventKey)
    .execute();
}

/** Dates a demo post, its media and its notifications back to `at` (the demo shows a week that has passed). */
export async function backdatePost(db: Executor, organisationId: string, postId: string, at: Date) {
  await db
    .updateTable('posts')
    .set({ posted_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', postId)
    .execute();
  await backdateNotifications(db, organisationId, `post:${postId}`, at);
}

/** Dates a demo diary entry, its media and its notifications back to `at`. */
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
  await backdateNotifications(db, organisationId, `diary:${entryId}`, at);
}
