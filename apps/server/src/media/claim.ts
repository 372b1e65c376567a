import type { FieldError } from '@nestje/contract';
import type { Executor } from '../db/sql.ts';
import { claimMedia, selectUnusedDocuments, selectVideoFeature } from './media.queries.ts';

/**
 * Takes the author's unused uploads for a post, a diary entry or a message: those `accountId` uploaded that
 * nothing took yet (videos only where the organisation has the video feature, documents only where the caller
 * says `documents`: messages take PDFs, posts and the diary stay photos and videos). Each one it cannot take is a
 * field error at `pathOf(i)`: `document_not_allowed` for a PDF where documents are not taken, else `not_found`
 * (unknown, someone else's, used already, named twice, or a video without the feature). The caller refuses the
 * whole change with them (its transaction then takes nothing).
 */
export async function claimUploads(
  db: Executor,
  args: { organisationId: string; accountId: string; mediaIds: readonly string[]; at: Date },
  pathOf: (index: number) => string,
  options: { documents?: boolean } = {},
): Promise<FieldError[]> {
  if (args.mediaIds.length === 0) return [];
  const allowDocuments = options.documents ?? false;
  const claimed = await claimMedia(db, {
    ...args,
    allowVideo: await selectVideoFeature(db, args.organisationId),
    allowDocuments,
  });
  const refused = args.mediaIds.filter((id) => !claimed.has(id));
  const documents = allowDocuments
    ? new Set<string>()
    : await selectUnusedDocuments(db, { ...args, mediaIds: refused });
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const [i, id] of args.mediaIds.entries()) {
    if (documents.has(id))
      fields.push({ path: pathOf(i), code: 'document_not_allowed', message: 'A PDF cannot be used here' });
    else if (!claimed.has(id) || seen.has(id))
      fields.push({ path: pathOf(i), code: 'not_found', message: 'This photo or video was not found' });
    seen.add(id);
  }
  return fields;
}
