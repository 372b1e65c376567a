import {
  contentAudienceOptionsSchema,
  contentBodySchema,
  contentItemSchema,
  contentListQuerySchema,
  contentListSchema,
  contentParamsSchema,
  contentRemovedSchema,
  idempotencyHeadersSchema,
  staffContentItemSchema,
  staffContentListSchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import {
  contentBrowse,
  contentCreate,
  contentRead,
  contentStaffList,
  contentWrite,
} from './content.actions.ts';
import { createContent, removeContent, updateContent } from './content.service.ts';
import {
  audienceOptions,
  listGuardianContent,
  listStaffContent,
  readContent,
  readStaffContent,
} from './content-read.service.ts';

/**
 * Content (S6, P16): news items, newsletters and information pages. Guardians read what is published and
 * addressed to them; staff write to the audiences of their scope (docs/content.md).
 */
export async function contentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['content'];

  r.get(
    '/content',
    {
      config: { action: contentBrowse.name },
      schema: {
        tags,
        summary: 'The published news items, newsletters or information pages addressed to the guardian',
        querystring: contentListQuerySchema,
        response: { 200: contentListSchema },
      },
    },
    async (request) => listGuardianContent(ctx, principalOf(request), request.query),
  );
  r.get(
    '/content/:contentId',
    {
      config: { action: contentRead.name, target: paramTarget('contentId') },
      schema: {
        tags,
        summary: 'One item in full, with its images and attachments',
        params: contentParamsSchema,
        response: { 200: contentItemSchema },
      },
    },
    async (request) => readContent(ctx, principalOf(request), request.params.contentId),
  );
  r.get(
    '/staff/content',
    {
      config: { action: contentStaffList.name },
      schema: {
        tags,
        summary: "The items of a kind in the staff member's scope, drafts and scheduled ones included",
        querystring: contentListQuerySchema,
        response: { 200: staffContentListSchema },
      },
    },
    async (request) => listStaffContent(ctx, principalOf(request), request.query),
  );
  r.get(
    '/staff/content/audiences',
    {
      config: { action: contentStaffList.name },
      schema: {
        tags,
        summary: 'The organisation, locations and groups the account may write to',
        response: { 200: contentAudienceOptionsSchema },
      },
    },
    async (request) => audienceOptions(ctx, principalOf(request)),
  );
  r.get(
    '/staff/content/:contentId',
    {
      config: { action: contentRead.name, target: paramTarget('contentId') },
      schema: {
        tags,
        summary: 'One item with all it takes to change it',
        params: contentParamsSchema,
        response: { 200: staffContentItemSchema },
      },
    },
    async (request) => readStaffContent(ctx, principalOf(request), request.params.contentId),
  );
  r.post(
    '/staff/content',
    {
      config: { action: contentCreate.name },
      schema: {
        tags,
        summary: 'Write a news item, newsletter or information page',
        headers: idempotencyHeadersSchema,
        body: contentBodySchema,
        response: { 201: staffContentItemSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createContent(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.put(
    '/staff/content/:contentId',
    {
      config: { action: contentWrite.name, target: paramTarget('contentId') },
      schema: {
        tags,
        summary: 'Change an item (the whole item again; its kind stays)',
        params: contentParamsSchema,
        body: contentBodySchema,
        response: { 200: staffContentItemSchema },
      },
    },
    async (request) => updateContent(ctx, principalOf(request), request.params.contentId, request.body),
  );
  r.delete(
    '/staff/content/:contentId',
    {
      config: { action: contentWrite.name, target: paramTarget('contentId') },
      schema: {
        tags,
        summary: 'Remove an item for everyone',
        params: contentParamsSchema,
        response: { 204: contentRemovedSchema },
      },
    },
    async (request, reply) => {
      await removeContent(ctx, principalOf(request), request.params.contentId);
      return reply.code(204).send(null);
    },
  );
}
