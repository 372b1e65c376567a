import {
  type CreatePostBody,
  createPostBodySchema,
  type FieldError,
  type Post,
  type TagCheck,
  type TaggableChild,
  type TagRefusal,
  type TagRefusalReason,
} from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/sql.ts';
import { BadRequest, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { claimUploads } from '../../media/claim.ts';
import { toDate, todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { notify, previewOf } from '../notifications/notify.ts';
import { loadItems } from './feed.service.ts';
import {
  deletePost,
  insertPost,
  selectPostAudience,
  selectTagFacts,
  selectTaggableChildren,
  type TagFacts,
} from './posts.queries.ts';

const REFUSAL_TEXT: Record<TagRefusalReason, string> = {
  not_in_group: 'is not in this group on the date of the post',
  no_photo_consent: 'may not be photographed: not every parent gave consent',
  no_consent_other_families:
    'may not be shown to the other families of the children in this photo: not every parent gave consent',
};

/**
 * The tagging rule (S4, B1): every tagged child has a placement in the group on the post's date, consent to be
 * photographed for its own family, and, when a guardian of another tagged child is not its own guardian, consent
 * to be seen by other families. One refusal per child, the first reason that applies.
 */
export function tagRefusals(childIds: readonly string[], facts: readonly TagFacts[]): TagRefusal[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return [...new Set(childIds)].flatMap((childId): TagRefusal[] => {
    const f = byId.get(childId);
    const refuse = (reason: TagRefusalReason) => [
      { childId, firstName: f?.firstName ?? '', lastName: f?.lastName ?? '', reason },
    ];
    if (!f?.inGroup) return refuse('not_in_group');
    if (!f.photoConsent) return refuse('no_photo_consent');
    if (f.seenByOtherFamily && !f.otherFamiliesConsent) return refuse('no_consent_other_families');
    return [];
  });
}

async function refusalsFor(db: Executor, org: string, groupId: string, day: string, childIds: string[]) {
  return tagRefusals(childIds, await selectTagFacts(db, org, groupId, day, childIds));
}

/** POST /groups/:groupId/tag-check: the refusals for tagging these children together in one photo today. */
export async function checkTags(
  ctx: AppContext,
  principal: Principal,
  groupId: string,
  childIds: string[],
): Promise<TagCheck> {
  const day = todayIn(ctx.clock).toString();
  return { refusals: await refusalsFor(ctx.db, principal.organisationId, groupId, day, childIds) };
}

/** GET /groups/:groupId/taggable-children: the group's children today, with their photo consents. */
export async function listTaggableChildren(
  ctx: AppContext,
  principal: Principal,
  groupId: string,
): Promise<{ children: TaggableChild[] }> {
  const day = todayIn(ctx.clock).toString();
  const rows = await selectTaggableChildren(ctx.db, principal.organisationId, groupId, day);
  return {
    children: rows.map((r) => ({
      ...r,
      photoConsent: Boolean(r.photoConsent),
      otherFamiliesConsent: Boolean(r.otherFamiliesConsent),
    })),
  };
}

/**
 * POST /groups/:groupId/posts (S4): text and a series of photos with the children in them. Each photo must be an
 * unused upload of the author (`photos.<i>.mediaId` `not_found`), each tag must pass the tagging rule
 * (`photos.<i>.childIds`, the code is the reason, one error per refused child). Posted now.
 */
export async function createPost(
  ctx: AppContext,
  principal: Principal,
  groupId: string,
  input: CreatePostBody,
  idempotency: Idempotency | null = null,
): Promise<Post> {
  const body = createPostBodySchema.parse(input);
  if (body.body === '' && body.photos.length === 0)
    throw fieldError('body', 'required', 'A post has text or a photo');
  const org = principal.organisationId;
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const now = ctx.clock.now();
    const at = toDate(now);
    const day = todayIn(ctx.clock).toString();
    const fields: FieldError[] = [];
    for (const [i, photo] of body.photos.entries()) {
      for (const r of await refusalsFor(trx, org, groupId, day, photo.childIds)) {
        const message = `${`${r.firstName} ${r.lastName}`.trim() || r.childId} ${REFUSAL_TEXT[r.reason]}`;
        fields.push({ path: `photos.${i}.childIds`, code: r.reason, message });
      }
    }
    const mediaIds = body.photos.map((p) => p.mediaId);
    const who = { organisationId: org, accountId: principal.accountId };
    fields.push(...(await claimUploads(trx, { ...who, mediaIds, at }, (i) => `photos.${i}.mediaId`)));
    if (fields.length > 0) throw new BadRequest('validation_failed', 'The post cannot be placed', fields);
    const postId = await insertPost(trx, org, {
      groupId,
      authorAccountId: principal.accountId,
      body: body.body,
      at,
      photos: body.photos,
    });
    const childIds = [...new Set(body.photos.flatMap((p) => p.childIds))];
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'post.create',
      childIds,
      subjectType: 'post',
      subjectId: postId,
      details: { groupId, photos: body.photos.length },
    });
    // The group's timeline switch ('photo') covers every post, photos or text only: a note such as "bring
    // boots tomorrow" matters as much as a photo. Only guardians who see the post in their feed hear of it.
    const audience = await selectPostAudience(trx, org, postId);
    await notify(ctx, trx, {
      organisationId: org,
      category: 'photo',
      eventKey: `post:${postId}`,
      childId: null,
      params: {
        postId,
        groupName: audience.groupName,
        authorName: audience.authorName,
        photos: body.photos.length,
        preview: previewOf(body.body),
      },
      recipients: audience.accountIds.map((accountId) => ({ accountId, link: '/mijn-kind' })),
    });
    const built = await loadItems(tx, trx, principal, { posts: [postId], diary: [] });
    const item = built.items[0];
    if (item?.kind !== 'post') throw new Error('A post vanished in its own transaction');
    return item.post;
  });
}

/** DELETE /posts/:postId: the post, its photos and their media go. */
export async function removePost(ctx: AppContext, principal: Principal, postId: string): Promise<void> {
  const org = principal.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    const deleted = await deletePost(trx, org, postId);
    if (!deleted) throw new NotFound();
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorAccountId: principal.accountId,
      action: 'post.delete',
      childIds: deleted.childIds,
      subjectType: 'post',
      subjectId: postId,
      details: { groupId: deleted.groupId },
    });
  });
}
