import {
  CHILD_PHOTO_MAX_BYTES,
  CHILD_PHOTO_MAX_PIXELS,
  CHILD_PHOTO_MAX_SIDE,
  type ChildPhoto,
} from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { type ImageRules, processImage } from '../../media/images.ts';
import { toDate } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as q from './child-file.queries.ts';

/** A child's photo becomes a JPEG of at most CHILD_PHOTO_MAX_SIDE pixels a side. */
const CHILD_PHOTO_IMAGE: ImageRules = {
  field: 'photo',
  requiredMessage: 'Choose a photo',
  maxBytes: CHILD_PHOTO_MAX_BYTES,
  maxPixels: CHILD_PHOTO_MAX_PIXELS,
  maxSide: CHILD_PHOTO_MAX_SIDE,
  format: 'jpeg',
};

/** PUT /children/:childId/photo: checks and re-encodes the upload, then replaces the photo; audited. */
export async function putChildPhoto(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  body: unknown,
): Promise<ChildPhoto> {
  const photo = await processImage(body, CHILD_PHOTO_IMAGE);
  const at = toDate(ctx.clock.now());
  await ctx.db.transaction().execute(async (trx) => {
    await q.upsertChildPhoto(trx, principal.organisationId, childId, { ...photo, at });
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'child.photo_update',
      childIds: [childId],
    });
  });
  return { updatedAt: at.toISOString(), etag: `"${photo.sha256}"` };
}

/** The photo for GET, or null when the browser's copy (`ifNoneMatch`) is current; audited when sent. */
export async function getChildPhoto(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  ifNoneMatch: string | undefined,
): Promise<{ etag: string; data: Buffer | null; contentType: string }> {
  const meta = await q.selectChildPhotoMeta(ctx.db, principal.organisationId, childId);
  if (!meta) throw new NotFound();
  const etag = `"${meta.sha256}"`;
  if (ifNoneMatch?.split(',').some((t) => t.trim() === etag)) {
    return { etag, data: null, contentType: 'image/jpeg' };
  }
  const photo = await q.selectChildPhoto(ctx.db, principal.organisationId, childId);
  if (!photo) throw new NotFound();
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'child.read',
    childIds: [childId],
    details: { view: 'photo' },
  });
  return { etag: `"${photo.sha256}"`, data: photo.data, contentType: photo.content_type };
}

/** DELETE /children/:childId/photo; audited. */
export async function deleteChildPhoto(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await q.deleteChildPhoto(trx, principal.organisationId, childId))) throw new NotFound();
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'child.photo_delete',
      childIds: [childId],
    });
  });
}
