import {
  createThreadBodySchema,
  groupParamsSchema,
  idempotencyHeadersSchema,
  messageRecipientsSchema,
  messageSchema,
  postMessageBodySchema,
  threadListQuerySchema,
  threadListSchema,
  threadParamsSchema,
  threadSchema,
  unreadCountsSchema,
} from '@nestje/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { parentPortalUse } from '../organisation/organisation.actions.ts';
import { groupInboxRead, messagesUse, threadAnswer, threadRead, threadStart } from './messages.actions.ts';
import {
  listGroupThreads,
  listGuardianThreads,
  listRecipients,
  openThread,
  postMessage,
  startThread,
  unreadCounts,
} from './messages.service.ts';

/** The child a new thread is about, from the (validated) body. */
const bodyChild = (request: FastifyRequest): string => (request.body as { childId: string }).childId;

/**
 * Messages (P6, S5): threads between a child's guardians and the staff of a group. There is no route that
 * changes or removes a sent message.
 */
export async function messagesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['messages'];

  r.get(
    '/threads',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary: "The threads about the guardian's children, newest activity first",
        querystring: threadListQuerySchema,
        response: { 200: threadListSchema },
      },
    },
    async (request) => listGuardianThreads(ctx, principalOf(request), request.query),
  );
  r.get(
    '/groups/:groupId/threads',
    {
      config: { action: groupInboxRead.name, target: paramTarget('groupId') },
      schema: {
        tags,
        summary: "The group's inbox: its threads with unread counts, newest activity first",
        params: groupParamsSchema,
        querystring: threadListQuerySchema,
        response: { 200: threadListSchema },
      },
    },
    async (request) => listGroupThreads(ctx, principalOf(request), request.params.groupId, request.query),
  );
  r.post(
    '/threads',
    {
      config: { action: threadStart.name, target: bodyChild },
      schema: {
        tags,
        summary: 'Start a thread about a child with one of its groups (Bericht schrijven)',
        headers: idempotencyHeadersSchema,
        body: createThreadBodySchema,
        response: { 201: threadSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        startThread(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.get(
    '/threads/:threadId',
    {
      config: { action: threadRead.name, target: paramTarget('threadId') },
      schema: {
        tags,
        summary: 'A whole thread, oldest message first; marks it read for the account',
        params: threadParamsSchema,
        response: { 200: threadSchema },
      },
    },
    async (request) => openThread(ctx, principalOf(request), request.params.threadId),
  );
  r.post(
    '/threads/:threadId/messages',
    {
      config: { action: threadAnswer.name, target: paramTarget('threadId') },
      schema: {
        tags,
        summary: 'Answer in a thread',
        params: threadParamsSchema,
        headers: idempotencyHeadersSchema,
        body: postMessageBodySchema,
        response: { 201: messageSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        postMessage(ctx, principalOf(request), request.params.threadId, request.body, idempotency),
      ),
  );
  r.get(
    '/messages/unread',
    {
      config: { action: messagesUse.name },
      schema: {
        tags,
        summary: "The account's unread messages, in all and per group",
        response: { 200: unreadCountsSchema },
      },
    },
    async (request) => unreadCounts(ctx, principalOf(request)),
  );
  r.get(
    '/messages/recipients',
    {
      config: { action: messagesUse.name },
      schema: {
        tags,
        summary: 'The children the account may write about, with their current groups',
        response: { 200: messageRecipientsSchema },
      },
    },
    async (request) => listRecipients(ctx, principalOf(request)),
  );
}
