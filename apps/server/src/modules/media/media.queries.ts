import type { MediaVariant } from '@nestje/contract';
import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

/** The medium the account uploaded with these bytes that nothing took yet (a repeated upload), if any. */
export async function selectRepeat(
  db: Executor,
  args: { organisationId: string; accountId: string; sha256: string },
): Promise<string | null> {
  const row = await db
    .selectFrom('media')
    .select('id')
    .where('organisation_id', '=', args.organisationId)
    .where('uploaded_by_account_id', '=', args.accountId)
    .where('upload_sha256', '=', args.sha256)
    .where('attached_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface NewMediaFile {
  variant: MediaVariant;
  storageKey: string;
  contentType: 'image/jpeg' | 'video/mp4' | 'video/webm' | 'application/pdf';
  bytes: number;
  width: number | null;
  height: number | null;
}

/** Inserts a medium and its files (already stored). Throws a unique violation for a repeat that raced us. */
export async function insertMedia(
  db: Executor,
  m: {
    organisationId: string;
    id: string;
    kind: 'image' | 'video' | 'document';
    accountId: string;
    sha256: string;
    width: number | null;
    height: number | null;
    /** A document's sanitised name; null for photos and videos. */
    fileName: string | null;
    at: Date;
    files: NewMediaFile[];
  },
): Promise<void> {
  await db
    .insertInto('media')
    .values({
      organisation_id: m.organisationId,
      id: m.id,
      kind: m.kind,
      uploaded_by_account_id: m.accountId,
      upload_sha256: m.sha256,
      width: m.width,
      height: m.height,
      file_name: m.fileName,
      created_at: m.at,
    })
    .execute();
  await db
    .insertInto('media_files')
    .values(
      m.files.map((f) => ({
        organisation_id: m.organisationId,
        media_id: m.id,
        variant: f.variant,
        storage_key: f.storageKey,
        content_type: f.contentType,
        bytes: f.bytes,
        width: f.width,
        height: f.height,
      })),
    )
    .execute();
}

export interface ServedFile {
  storage_key: string;
  content_type: string;
  bytes: number;
  kind: string;
  file_name: string | null;
  created_at: Date;
}

/** One stored variant of a medium, with what serving it needs. */
export async function selectMediaFile(
  db: Executor,
  organisationId: string,
  mediaId: string,
  variant: MediaVariant,
): Promise<ServedFile | undefined> {
  const row = await db
    .selectFrom('media_files as f')
    .innerJoin('media as m', (j) =>
      j.onRef('m.organisation_id', '=', 'f.organisation_id').onRef('m.id', '=', 'f.media_id'),
    )
    .select(['f.storage_key', 'f.content_type', 'f.bytes', 'm.kind', 'm.file_name', 'm.created_at'])
    .where('f.organisation_id', '=', organisationId)
    .where('f.media_id', '=', mediaId)
    .where('f.variant', '=', variant)
    .executeTakeFirst();
  return row ? { ...row, bytes: Number(row.bytes), created_at: new Date(row.created_at) } : undefined;
}

/**
 * The children a medium shows or concerns: those tagged in its post photo, the child of its diary entry, or the
 * child its message's thread is about.
 */
export async function selectMediaChildren(
  db: Executor,
  organisationId: string,
  mediaId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('post_photos as p')
    .innerJoin('post_photo_children as c', (j) =>
      j.onRef('c.organisation_id', '=', 'p.organisation_id').onRef('c.post_photo_id', '=', 'p.id'),
    )
    .select('c.child_id')
    .where('p.organisation_id', '=', organisationId)
    .where('p.media_id', '=', mediaId)
    .union(
      db
        .selectFrom('diary_entry_media as dm')
        .innerJoin('diary_entries as d', (j) =>
          j.onRef('d.organisation_id', '=', 'dm.organisation_id').onRef('d.id', '=', 'dm.entry_id'),
        )
        .select('d.child_id')
        .where('dm.organisation_id', '=', organisationId)
        .where('dm.media_id', '=', mediaId),
    )
    .union(
      db
        .selectFrom('message_attachments as ma')
        .innerJoin('messages as msg', (j) =>
          j.onRef('msg.organisation_id', '=', 'ma.organisation_id').onRef('msg.id', '=', 'ma.message_id'),
        )
        .innerJoin('message_threads as th', (j) =>
          j.onRef('th.organisation_id', '=', 'msg.organisation_id').onRef('th.id', '=', 'msg.thread_id'),
        )
        .select('th.child_id')
        .where('ma.organisation_id', '=', organisationId)
        .where('ma.media_id', '=', mediaId),
    )
    .execute();
  return rows.map((r) => r.child_id).sort();
}

/**
 * Every place that uses a medium (table and its media column). A medium stays while one of them holds it; a new
 * use of media is added here, and the sweep knows it.
 */
const MEDIA_USES = [
  ['post_photos', 'media_id'],
  ['diary_entry_media', 'media_id'],
  ['message_attachments', 'media_id'],
  // An image or attachment of a news item, newsletter or information page.
  ['content_item_media', 'media_id'],
  // A staff member's photo in Ons team.
  ['staff_profiles', 'photo_media_id'],
] as const;

/**
 * Deletes the media that are no longer wanted and returns the storage keys of their files (to remove after the
 * commit): media that nothing took by `unattachedBefore`, and media that were taken but that no place of
 * `MEDIA_USES` holds any more (the post or entry was deleted, the photo taken out of it, the thread removed with
 * its child, the item removed, the profile photo replaced).
 */
export async function deleteUnusedMedia(
  db: Executor,
  unattachedBefore: Date,
): Promise<{ media: number; keys: string[] }> {
  const unused = MEDIA_USES.map(
    ([table, column]) => sql<boolean>`not exists (
      select 1 from ${sql.table(table)} u
      where u.organisation_id = m.organisation_id and ${sql.ref(`u.${column}`)} = m.id
    )`,
  );
  const rows = await db
    .with('gone', (w) =>
      w
        .deleteFrom('media as m')
        .where((eb) =>
          eb.or([
            eb.and([eb('m.attached_at', 'is', null), eb('m.created_at', '<', unattachedBefore)]),
            eb.and([eb('m.attached_at', 'is not', null), ...unused]),
          ]),
        )
        .returning(['m.organisation_id', 'm.id']),
    )
    .selectFrom('gone')
    .leftJoin('media_files as f', (j) =>
      j.onRef('gone.organisation_id', '=', 'f.organisation_id').onRef('gone.id', '=', 'f.media_id'),
    )
    .select(['gone.id', 'f.storage_key'])
    .execute();
  return {
    media: new Set(rows.map((r) => r.id)).size,
    keys: rows.flatMap((r) => (r.storage_key ? [r.storage_key] : [])),
  };
}

/** Of `keys`, those that no media file names. */
export async function selectUnknownKeys(db: Executor, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const known = await db
    .selectFrom('media_files')
    .select('storage_key')
    .where('storage_key', 'in', [...keys])
    .execute();
  const names = new Set(known.map((r) => r.storage_key));
  return keys.filter((k) => !names.has(k));
}
