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
 * Takes uploaded media for a post, a diary entry or a message: those of `mediaIds` that `accountId` uploaded,
 * that nothing took yet and are images, videos where `allowVideo`, documents where `allowDocuments`. Returns the
 * ids taken; the caller refuses the others.
 */
export async function claimMedia(
  db: Executor,
  args: {
    organisationId: string;
    accountId: string;
    mediaIds: readonly string[];
    at: Date;
    allowVideo: boolean;
    allowDocuments: boolean;
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
  const kinds = [
    'image',
    ...(args.allowVideo ? ['video'] : []),
    ...(args.allowDocuments ? ['document'] : []),
  ];
  query = query.where('kind', 'in', kinds);
  const rows = await query.returning('id').execute();
  return new Set(rows.map((r) => r.id));
}

/** Of `mediaIds`, the documents `accountId` uploaded that nothing took yet. */
export async function selectUnusedDocuments(
  db: Executor,
  args: { organisationId: string; accountId: string; mediaIds: readonly string[] },
): Promise<Set<string>> {
  if (args.mediaIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('media')
    .select('id')
    .where('organisation_id', '=', args.organisationId)
    .where('id', 'in', [...args.mediaIds])
    .where('uploaded_by_account_id', '=', args.accountId)
    .where('attached_at', 'is', null)
    .where('kind', '=', 'document')
    .execute();
  return new Set(rows.map((r) => r.id));
}

export interface MediaFileRow {
  media_id: string;
  kind: 'image' | 'video' | 'document';
  width: number | null;
  height: number | null;
  file_name: string | null;
  variant: MediaVariant;
  bytes: number;
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
    .select(['m.id as media_id', 'm.kind', 'm.width', 'm.height', 'm.file_name', 'f.variant', 'f.bytes'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.id', 'in', [...mediaIds])
    .execute();
  return rows.map((r) => ({ ...r, bytes: Number(r.bytes) })) as MediaFileRow[];
}
