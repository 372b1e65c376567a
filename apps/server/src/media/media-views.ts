import type { MediaView } from '@nestje/contract';
import type { Database } from '../db/database.ts';
import type { Clock } from '../time/clock.ts';
import { selectMediaVariants } from './media.queries.ts';
import { signMediaUrl, urlExpiry } from './signing.ts';

/**
 * The media of a page as `accountId` may see them, with URLs signed for that account: one query for all of them
 * (no query per photo). `downloadable: false` leaves out the full-size download of a photo (a document is always
 * its download, with its name and size). Unknown ids are left out. The caller has decided the account may see
 * these media; the file route checks that again on every fetch.
 */
export async function mediaViews(
  db: Database,
  clock: Clock,
  args: {
    organisationId: string;
    accountId: string;
    media: readonly { id: string; downloadable: boolean }[];
  },
): Promise<Map<string, MediaView>> {
  const rows = await selectMediaVariants(
    db,
    args.organisationId,
    args.media.map((m) => m.id),
  );
  const exp = urlExpiry(clock);
  const urlsExpireAt = new Date(exp * 1000).toISOString();
  const downloadable = new Map(args.media.map((m) => [m.id, m.downloadable]));
  const views = new Map<string, MediaView>();
  for (const row of rows) {
    let view = views.get(row.media_id);
    if (!view) {
      view = {
        id: row.media_id,
        kind: row.kind,
        width: row.width,
        height: row.height,
        smallUrl: null,
        screenUrl: null,
        downloadUrl: null,
        videoUrl: null,
        fileName: row.kind === 'document' ? row.file_name : null,
        byteSize: null,
        urlsExpireAt,
      };
      views.set(row.media_id, view);
    }
    const url = await signMediaUrl(db, {
      mediaId: row.media_id,
      variant: row.variant,
      accountId: args.accountId,
      exp,
    });
    if (row.variant === 'small') view.smallUrl = url;
    else if (row.variant === 'screen') view.screenUrl = url;
    else if (row.variant === 'video') view.videoUrl = url;
    else if (row.variant === 'file') {
      // A document is only ever a download (the file route always answers it as an attachment).
      view.downloadUrl = url;
      view.byteSize = row.bytes;
    } else if (downloadable.get(row.media_id)) view.downloadUrl = `${url}&download=1`;
  }
  return views;
}
