import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import {
  DOCUMENT_MAX_BYTES,
  IMAGE_MAX_BYTES,
  IMAGE_MAX_PIXELS,
  type MediaView,
  VIDEO_MAX_BYTES,
} from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/sql.ts';
import { fieldError } from '../../errors.ts';
import { sanitiseDocumentName } from '../../media/documents.ts';
import { selectVideoFeature } from '../../media/media.queries.ts';
import { mediaViews } from '../../media/media-views.ts';
import { type ReceivedFile, receiveToFile } from '../../media/receive.ts';
import { type SniffedMedia, sniffMedia } from '../../media/sniff.ts';
import { headerPixels, ImageRefused, makeImageVariants } from '../../media/variants.ts';
import { toDate, ZONE } from '../../time/clock.ts';
import * as q from './media.queries.ts';

const FIELD = 'file';
const refuse = {
  required: () => fieldError(FIELD, 'required', 'Choose a photo, video or PDF'),
  tooLarge: () => fieldError(FIELD, 'file_too_large', 'The file is too large'),
  unsupported: () =>
    fieldError(
      FIELD,
      'unsupported_file_type',
      'Upload a JPEG, PNG, WebP or HEIC photo, an MP4 or WebM video, or a PDF',
    ),
  notPdf: () =>
    fieldError(FIELD, 'document_not_pdf', 'Documents are taken as PDF only; save it as PDF first'),
  heic: () => fieldError(FIELD, 'heic_unsupported', 'This HEIC photo cannot be read; upload it as JPEG'),
  pixels: () => fieldError(FIELD, 'image_too_large', 'The image has too many pixels'),
  video: () => fieldError(FIELD, 'video_not_enabled', 'Videos are not enabled for this organisation'),
};

export interface UploadResult {
  created: boolean;
  media: MediaView;
}

/** A new storage key: `<organisation id>/<yyyy>/<mm>/<uuid>.<extension>`, made by the server. */
function storageKey(organisationId: string, at: Date, extension: string): string {
  const month = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(ZONE);
  const mm = String(month.month).padStart(2, '0');
  return `${organisationId}/${month.year}/${mm}/${randomUUID()}.${extension}`;
}

async function viewOf(ctx: AppContext, principal: Principal, mediaId: string): Promise<MediaView> {
  const views = await mediaViews(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    accountId: principal.accountId,
    media: [{ id: mediaId, downloadable: true }],
  });
  const view = views.get(mediaId);
  if (!view) throw new Error(`medium ${mediaId} has no files`);
  return view;
}

/**
 * POST /media: receives the raw upload into a temporary file (streamed, counted against the limit, hashed),
 * decides its type by its first bytes, returns the first result for a repeat, makes the image variants (or keeps
 * the video or PDF as it is), stores the files and only then inserts the rows, in one transaction. Refusals are
 * field errors on `file` (see the contract). `body` is the request's raw body stream, or undefined when empty;
 * `name` the file's name on the device, kept (sanitised) for a PDF only.
 */
export async function uploadMedia(
  ctx: AppContext,
  principal: Principal,
  body: Readable | undefined,
  contentLength: number | null,
  name?: string,
): Promise<UploadResult> {
  if (!body || contentLength === 0) throw refuse.required();
  const video = await selectVideoFeature(ctx.db, principal.organisationId);
  const limit = video ? VIDEO_MAX_BYTES : IMAGE_MAX_BYTES;
  if (contentLength !== null && contentLength > limit) throw refuse.tooLarge();
  const upload = await receiveToFile(body, ctx.media.tempPath('.upload'), limit, refuse.tooLarge);
  const written: string[] = [];
  const stored: string[] = [];
  let keep = false;
  try {
    if (upload.bytes === 0) throw refuse.required();
    const sniffed = sniffMedia(upload.head);
    if (!sniffed) throw refuse.unsupported();
    if (sniffed.kind === 'other-document') throw refuse.notPdf();
    if (sniffed.kind === 'video' && !video) throw refuse.video();
    // The stream was cut at the largest limit that could apply; the type's own limit is known only now.
    const max = {
      video: VIDEO_MAX_BYTES,
      document: DOCUMENT_MAX_BYTES,
      image: IMAGE_MAX_BYTES,
      heic: IMAGE_MAX_BYTES,
    };
    if (upload.bytes > max[sniffed.kind]) throw refuse.tooLarge();
    const who = {
      organisationId: principal.organisationId,
      accountId: principal.accountId,
      sha256: upload.sha256,
    };
    const repeat = await q.selectRepeat(ctx.db, who);
    if (repeat) return { created: false, media: await viewOf(ctx, principal, repeat) };

    const at = toDate(ctx.clock.now());
    const files = await storeFiles(ctx, principal.organisationId, sniffed, upload, at, { written, stored });
    const image = files.find((f) => f.variant === 'full');
    const id = randomUUID();
    try {
      await ctx.db.transaction().execute((trx) =>
        q.insertMedia(trx, {
          ...who,
          id,
          kind: sniffed.kind === 'heic' ? 'image' : sniffed.kind,
          width: image?.width ?? null,
          height: image?.height ?? null,
          fileName: sniffed.kind === 'document' ? sanitiseDocumentName(name) : null,
          at,
          files,
        }),
      );
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // The same upload arrived twice at once and the other one won: answer with its result.
      const winner = await q.selectRepeat(ctx.db, who);
      if (!winner) throw err;
      return { created: false, media: await viewOf(ctx, principal, winner) };
    }
    keep = true;
    return { created: true, media: await viewOf(ctx, principal, id) };
  } finally {
    // Files no committed row names are removed now (the sweep would find them too).
    const temporary = [upload.path, ...written].map((p) => rm(p, { force: true }));
    const unused = keep ? [] : stored.map((key) => ctx.media.remove(key));
    await Promise.all([...temporary, ...unused]);
  }
}

/**
 * Makes and stores the files of an upload: the three image variants, or the video or PDF as uploaded (neither is
 * rewritten: see docs/timeline.md on why a PDF served only as a download is safe enough). Temporary files made on the way are listed in `track.written`, stored keys in `track.stored`
 * (the caller removes them unless a row names them). Files are stored before any row names them.
 */
async function storeFiles(
  ctx: AppContext,
  organisationId: string,
  sniffed: SniffedMedia,
  upload: ReceivedFile,
  at: Date,
  track: { written: string[]; stored: string[] },
): Promise<q.NewMediaFile[]> {
  const { path } = upload;
  if (sniffed.kind === 'video' || sniffed.kind === 'document') {
    const key = storageKey(organisationId, at, sniffed.extension);
    track.stored.push(key);
    await ctx.media.put(key, path);
    return [
      {
        variant: sniffed.kind === 'video' ? 'video' : 'file',
        storageKey: key,
        contentType: sniffed.contentType,
        bytes: upload.bytes,
        width: null,
        height: null,
      },
    ];
  }
  if (sniffed.kind === 'other-document') throw refuse.notPdf();
  const pixels = await headerPixels(path);
  if (pixels === null) throw sniffed.kind === 'heic' ? refuse.heic() : refuse.unsupported();
  if (pixels > IMAGE_MAX_PIXELS) throw refuse.pixels();
  let variants: Awaited<ReturnType<typeof makeImageVariants>>;
  try {
    variants = await makeImageVariants(path, IMAGE_MAX_PIXELS, () => {
      const p = ctx.media.tempPath('.jpg');
      track.written.push(p);
      return p;
    });
  } catch (err) {
    if (!(err instanceof ImageRefused)) throw err;
    if (err.reason === 'too_many_pixels') throw refuse.pixels();
    throw sniffed.kind === 'heic' ? refuse.heic() : refuse.unsupported();
  }
  // The three files are stored side by side (each synced before the row that names them is written).
  return Promise.all(
    variants.map(async (v): Promise<q.NewMediaFile> => {
      const key = storageKey(organisationId, at, 'jpg');
      track.stored.push(key);
      await ctx.media.put(key, v.path);
      return {
        variant: v.variant,
        storageKey: key,
        contentType: 'image/jpeg',
        bytes: v.bytes,
        width: v.width,
        height: v.height,
      };
    }),
  );
}
