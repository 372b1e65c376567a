import type { MediaVariant } from '@nestje/contract';
import type { Executor } from '../db/sql.ts';

/** Whether the organisation has the video feature (videos may be uploaded and used). */
export async function selectVideoFeature(db: Executor, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('feature_video')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.feature_video ?? false;
}

/**
 * Takes uploaded media for a post or a diary entry: those of `mediaIds` that `accountId` uploaded, that nothing
 * took yet and (unless `allowVideo`) are images. Returns the ids taken; the caller refuses the others.
 */
export async function claimMedia(
  db: Executor,
  args: {
    organisationId: string;
    accountId: string;
    mediaIds: readonly string[];
    at: Date;
    allowVideo: boolean;
  },
): Promise<Set<string>> {
  if (args.mediaIds.length === 0) return new Set();
  let query = db
    .updateTable('media')
    .set({ attached_at: args.at })
    .where('organisation_id', '=', args.organisationId)
    .where('id', 'in', [...args.mediaIds])
    .where('uploaded_by_account_id', '=', args.accountId)
    .where('attached_at', 'is', null);
  if (!args.allowVideo) query = query.where('kind', '=', 'image');
  const rows = await query.returning('id').execute();
  return new Set(rows.map((r) => r.id));
}

export interface MediaFileRow {
  media_id: string;
  kind: 'image' | 'video';
  width: number | null;
  height: number | null;
  variant: MediaVariant;
}

/** The stored variants of `mediaIds`, in one query. */
export async function selectMediaVariants(
  db: Executor,
  organisationId: string,
  mediaIds: readonly string[],
): Promise<MediaFileRow[]> {
  if (mediaIds.length === 0) return [];
  const rows = await db
    .selectFrom('media as m')
    .innerJoin('media_files as f', (join) =>
      join.onRef('f.organisation_id', '=', 'm.organisation_id').onRef('f.media_id', '=', 'm.id'),
    )
    .select(['m.id as media_id', 'm.kind', 'm.width', 'm.height', 'f.variant'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.id', 'in', [...mediaIds])
    .execute();
  return rows as MediaFileRow[];
}
