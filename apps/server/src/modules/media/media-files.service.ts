import type { Readable } from 'node:stream';
import type { MediaVariant } from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { attachmentDisposition } from '../../media/documents.ts';
import { parseRange } from '../../media/range.ts';
import { verifyMediaUrl } from '../../media/signing.ts';
import { ZONE } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as q from './media.queries.ts';

/** Variants whose every view is audited (the small thumbnails of a page are not). */
const AUDITED: ReadonlySet<MediaVariant> = new Set(['screen', 'full', 'video', 'file']);

export interface MediaFileRequest {
  mediaId: string;
  variant: MediaVariant;
  exp: number;
  sig: string;
  download: boolean;
  range: string | undefined;
  ifNoneMatch: string | undefined;
}

export interface MediaFileAnswer {
  status: 200 | 206 | 304 | 416;
  headers: Record<string, string>;
  body: Readable | null;
}

/** The name a download is saved under, e.g. `foto-2026-03-02.jpg`. */
function downloadName(kind: string, createdAt: Date, contentType: string): string {
  const day = Temporal.Instant.fromEpochMilliseconds(createdAt.getTime())
    .toZonedDateTimeISO(ZONE)
    .toPlainDate();
  const extension = contentType === 'video/webm' ? 'webm' : contentType === 'video/mp4' ? 'mp4' : 'jpg';
  return `${kind === 'video' ? 'video' : 'foto'}-${day.toString()}.${extension}`;
}

/**
 * GET /media/:mediaId/:variant: the authz hook has checked `media.read` for the signed-in account; the URL's
 * signature must be for that account and not expired (else 404, like a medium one may not see). Answers the
 * file (or one byte range of it) privately cacheable until the URL expires, and audits every view of a
 * screen-size, full-size, video or document variant with the children it shows. A document (a PDF kept as
 * uploaded) is only ever a download, and a sandboxed one: even opened in a tab, a script in it cannot run with
 * the app's origin.
 */
export async function mediaFile(
  ctx: AppContext,
  principal: Principal,
  r: MediaFileRequest,
): Promise<MediaFileAnswer> {
  const signed = { mediaId: r.mediaId, variant: r.variant, accountId: principal.accountId, exp: r.exp };
  if (!(await verifyMediaUrl(ctx.db, ctx.clock, signed, r.sig))) throw new NotFound();
  const file = await q.selectMediaFile(ctx.db, principal.organisationId, r.mediaId, r.variant);
  if (!file) throw new NotFound();
  const stored = await ctx.media.stat(file.storage_key);
  if (!stored) throw new NotFound();
  const secondsLeft = Math.max(0, r.exp - Math.floor(ctx.clock.now().epochMilliseconds / 1000));
  // Stored files never change (a new upload gets a new key), so the key identifies the bytes.
  const etag = `"${file.storage_key.slice(file.storage_key.lastIndexOf('/') + 1, file.storage_key.lastIndexOf('.'))}"`;
  const headers: Record<string, string> = {
    'cache-control': `private, max-age=${secondsLeft}`,
    etag,
    'accept-ranges': 'bytes',
    'content-type': file.content_type,
    'x-content-type-options': 'nosniff',
  };
  if (r.variant === 'file') {
    headers['content-disposition'] = attachmentDisposition(file.file_name ?? 'document.pdf');
    headers['content-security-policy'] = 'sandbox';
  } else if (r.download) {
    headers['content-disposition'] =
      `attachment; filename="${downloadName(file.kind, file.created_at, file.content_type)}"`;
  }
  const range = parseRange(r.range, stored.bytes);
  if (range === 'unsatisfiable') {
    return { status: 416, headers: { ...headers, 'content-range': `bytes */${stored.bytes}` }, body: null };
  }
  // A player fetching the rest of a video it started is the same view: audit where a view starts.
  if (AUDITED.has(r.variant) && (range === null || range.start === 0)) {
    await recordAudit(ctx.db, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'media.view',
      childIds: await q.selectMediaChildren(ctx.db, principal.organisationId, r.mediaId),
      subjectType: 'media',
      subjectId: r.mediaId,
      details: { variant: r.variant, ...(r.download ? { download: true } : {}) },
    });
  }
  if (range === null && r.ifNoneMatch?.split(',').some((t) => t.trim() === etag)) {
    return { status: 304, headers, body: null };
  }
  if (range === null) {
    headers['content-length'] = String(stored.bytes);
    return { status: 200, headers, body: ctx.media.read(file.storage_key) };
  }
  headers['content-length'] = String(range.end - range.start + 1);
  headers['content-range'] = `bytes ${range.start}-${range.end}/${stored.bytes}`;
  return { status: 206, headers, body: ctx.media.read(file.storage_key, range) };
}
