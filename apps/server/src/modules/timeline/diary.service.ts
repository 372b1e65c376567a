import {
  type AddDiaryMediaBody,
  addDiaryMediaBodySchema,
  type CreateDiaryEntryBody,
  createDiaryEntryBodySchema,
  DIARY_MAX_MEDIA,
  type DiaryEntry,
} from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/sql.ts';
import { BadRequest, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { claimUploads } from '../../media/claim.ts';
import { toDate } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { notify, previewOf } from '../notifications/notify.ts';
import { insertDiaryEntry, insertDiaryMedia, lockDiaryEntry, selectDiaryAudience } from './diary.queries.ts';
import { loadItems } from './feed.service.ts';

/** Takes the writer's unused uploads for an entry; a medium it cannot take is a 400 on `mediaIds.<i>`. */
async function claim(db: Executor, principal: Principal, mediaIds: string[], at: Date) {
  const { organisationId, accountId } = principal;
  const fields = await claimUploads(db, { organisationId, accountId, mediaIds, at }, (i) => `mediaIds.${i}`);
  if (fields.length > 0) throw new BadRequest('validation_failed', 'The media cannot be used', fields);
}

async function entryAnswer(tx: AppContext, db: Executor, principal: Principal, entryId: string) {
  const built = await loadItems(tx, db, principal, { posts: [], diary: [entryId] });
  const item = built.items[0];
  if (item?.kind !== 'diary') throw new NotFound();
  return item.entry;
}

/** POST /children/:childId/diary (P5): an entry with text and/or photos, by a guardian or the child's staff. */
export async function createDiaryEntry(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  input: CreateDiaryEntryBody,
  idempotency: Idempotency | null = null,
): Promise<DiaryEntry> {
  const body = createDiaryEntryBodySchema.parse(input);
  if (body.body === '' && body.mediaIds.length === 0)
    throw fieldError('body', 'required', 'An entry has text or a photo');
  const org = principal.organisationId;
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const at = toDate(ctx.clock.now());
    await claim(trx, principal, body.mediaIds, at);
    const entryId = await insertDiaryEntry(trx, org, {
      childId,
      authorAccountId: principal.accountId,
      body: body.body,
      at,
    });
    await insertDiaryMedia(trx, org, {
      entryId,
      mediaIds: body.mediaIds,
      from: 0,
      byAccountId: principal.accountId,
      at,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'diary.create',
      childIds: [childId],
      subjectType: 'diaryEntry',
      subjectId: entryId,
      details: { media: body.mediaIds.length },
    });
    const audience = await selectDiaryAudience(trx, org, entryId);
    await notify(ctx, trx, {
      organisationId: org,
      category: 'diary',
      eventKey: `diary:${entryId}`,
      childId,
      params: {
        entryId,
        authorName: audience.authorName,
        childName: audience.childName,
        preview: previewOf(body.body),
      },
      recipients: audience.accountIds.map((accountId) => ({
        accountId,
        link: `/mijn-kind/dagboek/${entryId}`,
      })),
    });
    return entryAnswer(tx, trx, principal, entryId);
  });
}

/** POST /diary/:entryId/media (P5): photos (and videos) added to an entry, after the ones it has. */
export async function addDiaryMedia(
  ctx: AppContext,
  principal: Principal,
  entryId: string,
  input: AddDiaryMediaBody,
  idempotency: Idempotency | null = null,
): Promise<DiaryEntry> {
  const body = addDiaryMediaBodySchema.parse(input);
  const org = principal.organisationId;
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const entry = await lockDiaryEntry(trx, org, entryId);
    if (!entry) throw new NotFound();
    if (entry.count + body.mediaIds.length > DIARY_MAX_MEDIA)
      throw fieldError('mediaIds', 'too_many', `An entry has at most ${DIARY_MAX_MEDIA} photos and videos`);
    const at = toDate(ctx.clock.now());
    await claim(trx, principal, body.mediaIds, at);
    await insertDiaryMedia(trx, org, {
      entryId,
      mediaIds: body.mediaIds,
      from: entry.next,
      byAccountId: principal.accountId,
      at,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'diary.addMedia',
      childIds: [entry.childId],
      subjectType: 'diaryEntry',
      subjectId: entryId,
      details: { media: body.mediaIds.length },
    });
    return entryAnswer(tx, trx, principal, entryId);
  });
}

/** GET /diary/:entryId: the whole entry; every opening is audited. */
export async function openDiaryEntry(
  ctx: AppContext,
  principal: Principal,
  entryId: string,
): Promise<DiaryEntry> {
  const entry = await entryAnswer(ctx, ctx.db, principal, entryId);
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'diary.read',
    childIds: [entry.childId],
    subjectType: 'diaryEntry',
    subjectId: entryId,
  });
  return entry;
}
