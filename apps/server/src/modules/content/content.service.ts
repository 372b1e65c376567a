import {
  type ContentAudience,
  type ContentBody,
  contentBodySchema,
  type FieldError,
  type StaffContentItem,
} from '@nestje/contract';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import { BadRequest, Forbidden, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { claimUploads } from '../../media/claim.ts';
import { toDate } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { writableGroups, writableLocations, writesToOrganisation } from './content.actions.ts';
import * as q from './content.queries.ts';
import { audienceExists } from './content-audience.queries.ts';
import { announceWhenDue } from './content-publish.ts';
import { idsOf, readStaffContent } from './content-read.service.ts';
import { plainText, sanitiseBody } from './sanitise.ts';

type Body = z.output<typeof contentBodySchema>;

/** The length of the summary kept for lists (the start of the body's text). */
const SUMMARY_LENGTH = 280;

/**
 * The audience as columns, after checking the account may write to it: an unknown location or group is a 400 on
 * its field, one that exists but is outside the account's scope (or the organisation, for anyone but an
 * organisation admin) is a 403.
 */
async function checkedAudience(
  ctx: AppContext,
  trx: Transaction<DB>,
  principal: Principal,
  audience: ContentAudience,
): Promise<{ locationId: string | null; groupId: string | null }> {
  const org = principal.organisationId;
  const tx = { ...ctx, db: trx };
  if (audience.scope === 'organisation') {
    const ok = await q.selectAllowed(trx, idsOf(tx, principal, writesToOrganisation), [org]);
    if (ok.size === 0) throw new Forbidden();
    return { locationId: null, groupId: null };
  }
  const [table, id, rule, path] =
    audience.scope === 'location'
      ? (['locations', audience.locationId, writableLocations, 'audience.locationId'] as const)
      : (['groups', audience.groupId, writableGroups, 'audience.groupId'] as const);
  if (!(await audienceExists(trx, org, { table, id })))
    throw fieldError(path, 'not_found', 'This location or group was not found');
  const ok = await q.selectAllowed(trx, idsOf(tx, principal, rule), [id]);
  if (ok.size === 0) throw new Forbidden();
  return audience.scope === 'location'
    ? { locationId: id, groupId: null }
    : { locationId: null, groupId: id };
}

/**
 * Takes the images and attachments: those already of the item stay, new ones must be the writer's unused
 * uploads. Images are photos (a PDF or a video is refused), attachments are PDFs.
 */
async function claimMedia(
  trx: Transaction<DB>,
  principal: Principal,
  body: Body,
  kept: Set<string>,
  at: Date,
): Promise<void> {
  const { organisationId, accountId } = principal;
  const fields: FieldError[] = [];
  const kinds = await q.selectMediaKinds(trx, organisationId, [...body.imageIds, ...body.attachmentIds]);
  const claimSet = async (ids: string[], path: string, documents: boolean, want: string, code: string) => {
    const fresh = ids.map((id, i) => ({ id, i })).filter((m) => !kept.has(m.id));
    const refused = await claimUploads(
      trx,
      { organisationId, accountId, mediaIds: fresh.map((m) => m.id), at },
      (k) => `${path}.${fresh[k]?.i}`,
      { documents },
    );
    fields.push(...refused);
    const bad = new Set(refused.map((f) => f.path));
    for (const [i, id] of ids.entries())
      if (!bad.has(`${path}.${i}`) && kinds.get(id) !== want)
        fields.push({ path: `${path}.${i}`, code, message: `Not a ${want}` });
  };
  await claimSet(body.imageIds, 'imageIds', false, 'image', 'not_image');
  await claimSet(body.attachmentIds, 'attachmentIds', true, 'document', 'not_document');
  const all = [...body.imageIds, ...body.attachmentIds];
  for (const [i, id] of all.entries())
    if (all.indexOf(id) !== i) {
      const path = i < body.imageIds.length ? `imageIds.${i}` : `attachmentIds.${i - body.imageIds.length}`;
      if (!fields.some((f) => f.path === path))
        fields.push({ path, code: 'not_found', message: 'Named twice' });
    }
  if (fields.length > 0)
    throw new BadRequest('validation_failed', 'The images or attachments cannot be used', fields);
}

/** The sanitised body and its summary; a body with no text left is refused. */
function cleanBody(body: Body): { bodyHtml: string; summary: string } {
  const bodyHtml = sanitiseBody(body.bodyHtml);
  const text = plainText(bodyHtml);
  if (text.length === 0) throw fieldError('bodyHtml', 'required', 'Write the text of the item');
  const summary = text.length <= SUMMARY_LENGTH ? text : `${text.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
  return { bodyHtml, summary };
}

/** The moment to store: null for a draft; a moment in the past means now (nothing is backdated). */
function publishMoment(requested: string | null, now: Date, unchanged: Date | null = null): Date | null {
  if (requested === null) return null;
  const at = new Date(requested);
  if (unchanged !== null && at.getTime() === unchanged.getTime()) return unchanged;
  return at.getTime() < now.getTime() ? now : at;
}

/** POST /staff/content: a new item, published now, later or kept as a draft. */
export async function createContent(
  ctx: AppContext,
  principal: Principal,
  input: ContentBody,
  idempotency: Idempotency | null = null,
): Promise<StaffContentItem> {
  const body = contentBodySchema.parse(input);
  const org = principal.organisationId;
  const clean = cleanBody(body);
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const at = toDate(ctx.clock.now());
    const audience = await checkedAudience(ctx, trx, principal, body.audience);
    await claimMedia(trx, principal, body, new Set(), at);
    const values = {
      kind: body.kind,
      title: body.title,
      ...clean,
      ...audience,
      publishAt: publishMoment(body.publishAt, at),
      position: body.kind === 'info_page' ? body.position : 0,
    };
    const id = await q.insertItem(trx, org, { ...values, accountId: principal.accountId, at });
    await q.replaceItemMedia(trx, org, id, { images: body.imageIds, attachments: body.attachmentIds });
    await announceWhenDue(ctx, trx, org, id, { ...values, notifiedAt: null });
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'content.create',
      subjectType: 'contentItem',
      subjectId: id,
      subjectLabel: body.title,
      details: {
        kind: body.kind,
        audience: body.audience,
        publishAt: values.publishAt?.toISOString() ?? null,
      },
    });
    return readStaffContent(tx, principal, id);
  });
}

/** PUT /staff/content/:contentId: the whole item again (its kind stays). */
export async function updateContent(
  ctx: AppContext,
  principal: Principal,
  id: string,
  input: ContentBody,
): Promise<StaffContentItem> {
  const body = contentBodySchema.parse(input);
  const org = principal.organisationId;
  const clean = cleanBody(body);
  return ctx.db.transaction().execute(async (trx) => {
    const tx = { ...ctx, db: trx };
    const stored = await q.selectItemForUpdate(trx, org, id);
    if (!stored || stored.removedAt !== null) throw new NotFound();
    const at = toDate(ctx.clock.now());
    const audience = await checkedAudience(ctx, trx, principal, body.audience);
    const kept = new Set((await q.selectItemMedia(trx, org, id)).map((m) => m.mediaId));
    await claimMedia(trx, principal, body, kept, at);
    const values = {
      title: body.title,
      ...clean,
      ...audience,
      publishAt: publishMoment(body.publishAt, at, stored.publishAt),
      position: stored.kind === 'info_page' ? body.position : 0,
    };
    await q.updateItem(trx, org, id, { ...values, accountId: principal.accountId, at });
    await q.replaceItemMedia(trx, org, id, { images: body.imageIds, attachments: body.attachmentIds });
    await announceWhenDue(ctx, trx, org, id, { ...values, kind: stored.kind, notifiedAt: stored.notifiedAt });
    const changed = (['title', 'summary', 'publishAt', 'locationId', 'groupId'] as const).filter(
      (k) => String(stored[k]) !== String(values[k]),
    );
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'content.update',
      subjectType: 'contentItem',
      subjectId: id,
      subjectLabel: body.title,
      details: { changed, publishAt: values.publishAt?.toISOString() ?? null },
    });
    return readStaffContent(tx, principal, id);
  });
}

/** DELETE /staff/content/:contentId: gone for everyone, its media no longer served. */
export async function removeContent(ctx: AppContext, principal: Principal, id: string): Promise<void> {
  const org = principal.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await q.selectItemForUpdate(trx, org, id);
    if (!stored || stored.removedAt !== null) throw new NotFound();
    await q.markRemoved(trx, org, id, { accountId: principal.accountId, at: toDate(ctx.clock.now()) });
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'content.remove',
      subjectType: 'contentItem',
      subjectId: id,
      subjectLabel: stored.title,
      details: { kind: stored.kind },
    });
  });
}
