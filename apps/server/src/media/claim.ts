import type { FieldError } from '@nestje/contract';
import type { Executor } from '../db/sql.ts';
import { claimMedia, selectVideoFeature } from './media.queries.ts';

/**
 * Takes the author's unused uploads for a post, a diary entry or a message: those `accountId` uploaded that
 * nothing took yet (videos only where the organisation has the video feature). Each one it cannot take — unknown,
 * someone else's, used already, named twice, or a video without the feature — is a `not_found` field error at
 * `pathOf(i)`; the caller refuses the whole change with them (its transaction then takes nothing).
 */
export async function claimUploads(
  db: Executor,
  args: { organisationId: string; accountId: string; mediaIds: readonly string[]; at: Date },
  pathOf: (index: number) => string,
): Promise<FieldError[]> {
  if (args.mediaIds.length === 0) return [];
  const claimed = await claimMedia(db, {
    ...args,
    allowVideo: await selectVideoFeature(db, args.organisationId),
  });
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const [i, id] of args.mediaIds.entries()) {
    if (!claimed.has(id) || seen.has(id))
      fields.push({ path: pathOf(i), code: 'not_found', message: 'This photo or video was not found' });
    seen.add(id);
  }
  return fields;
}
