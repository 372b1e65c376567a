import {
  addDiaryMediaBodySchema,
  childParamsSchema,
  createDiaryEntryBodySchema,
  createPostBodySchema,
  diaryEntryParamsSchema,
  diaryEntrySchema,
  groupParamsSchema,
  idempotencyHeadersSchema,
  postParamsSchema,
  postSchema,
  tagCheckBodySchema,
  tagCheckSchema,
  taggableChildrenSchema,
  timelineQuerySchema,
  timelineSchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { parentPortalUse } from '../organisation/organisation.actions.ts';
import { addDiaryMedia, createDiaryEntry, openDiaryEntry } from './diary.service.ts';
import { getGroupTimeline, getGuardianTimeline } from './feed.service.ts';
import { checkTags, createPost, listTaggableChildren, removePost } from './posts.service.ts';
import {
  diaryEntryAddMedia,
  diaryEntryCreate,
  diaryEntryRead,
  groupTimelineRead,
  postCreate,
  postDelete,
} from './timeline.actions.ts';

/** The timeline (Mijn kind, P3–P5, S4, B1): posts of group staff, the diary, and the feeds. */
export async function timelineRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['timeline'];
  const group = paramTarget('groupId');

  r.get(
    '/timeline',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary: "Mijn kind: the posts and diary entries of the account's children, newest first",
        querystring: timelineQuerySchema,
        response: { 200: timelineSchema },
      },
    },
    async (request) => getGuardianTimeline(ctx, principalOf(request), request.query),
  );
  r.get(
    '/groups/:groupId/timeline',
    {
      config: { action: groupTimelineRead.name, target: group },
      schema: {
        tags,
        summary: "The group's posts and its children's diary entries, newest first",
        params: groupParamsSchema,
        querystring: timelineQuerySchema,
        response: { 200: timelineSchema },
      },
    },
    async (request) => getGroupTimeline(ctx, principalOf(request), request.params.groupId, request.query),
  );
  r.get(
    '/groups/:groupId/taggable-children',
    {
      config: { action: postCreate.name, target: group },
      schema: {
        tags,
        summary: "The group's children today with their photo consents",
        params: groupParamsSchema,
        response: { 200: taggableChildrenSchema },
      },
    },
    async (request) => listTaggableChildren(ctx, principalOf(request), request.params.groupId),
  );
  r.post(
    '/groups/:groupId/tag-check',
    {
      config: { action: postCreate.name, target: group },
      schema: {
        tags,
        summary: 'Why children cannot be tagged together in one photo (empty when they can)',
        params: groupParamsSchema,
        body: tagCheckBodySchema,
        response: { 200: tagCheckSchema },
      },
    },
    async (request) => checkTags(ctx, principalOf(request), request.params.groupId, request.body.childIds),
  );
  r.post(
    '/groups/:groupId/posts',
    {
      config: { action: postCreate.name, target: group },
      schema: {
        tags,
        summary: 'Post text and a series of photos with the children in them tagged',
        params: groupParamsSchema,
        headers: idempotencyHeadersSchema,
        body: createPostBodySchema,
        response: { 201: postSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createPost(ctx, principalOf(request), request.params.groupId, request.body, idempotency),
      ),
  );
  r.delete(
    '/posts/:postId',
    {
      config: { action: postDelete.name, target: paramTarget('postId') },
      schema: { tags, summary: 'Remove a post with its photos', params: postParamsSchema },
    },
    async (request, reply) => {
      await removePost(ctx, principalOf(request), request.params.postId);
      return reply.code(204).send();
    },
  );
  r.post(
    '/children/:childId/diary',
    {
      config: { action: diaryEntryCreate.name, target: paramTarget('childId') },
      schema: {
        tags,
        summary: 'Write a diary entry for the child (text and photos)',
        params: childParamsSchema,
        headers: idempotencyHeadersSchema,
        body: createDiaryEntryBodySchema,
        response: { 201: diaryEntrySchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createDiaryEntry(ctx, principalOf(request), request.params.childId, request.body, idempotency),
      ),
  );
  r.get(
    '/diary/:entryId',
    {
      config: { action: diaryEntryRead.name, target: paramTarget('entryId') },
      schema: {
        tags,
        summary: 'A diary entry, whole',
        params: diaryEntryParamsSchema,
        response: { 200: diaryEntrySchema },
      },
    },
    async (request) => openDiaryEntry(ctx, principalOf(request), request.params.entryId),
  );
  r.post(
    '/diary/:entryId/media',
    {
      config: { action: diaryEntryAddMedia.name, target: paramTarget('entryId') },
      schema: {
        tags,
        summary: 'Add photos (and videos) to a diary entry',
        params: diaryEntryParamsSchema,
        headers: idempotencyHeadersSchema,
        body: addDiaryMediaBodySchema,
        response: { 200: diaryEntrySchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(
        ctx,
        request,
        reply,
        (idempotency) =>
          addDiaryMedia(ctx, principalOf(request), request.params.entryId, request.body, idempotency),
        { status: 200 },
      ),
  );
}
