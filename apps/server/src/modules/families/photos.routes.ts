import { CHILD_PHOTO_MAX_BYTES, childParamsSchema, childPhotoSchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { acceptRawUpload } from '../../plugins/raw-upload.ts';
import { principalOf } from '../../plugins/types.ts';
import { childRead, childUpdate } from './families.actions.ts';
import { deleteChildPhoto, getChildPhoto, putChildPhoto } from './photos.service.ts';

const childTarget = paramTarget('childId');

/**
 * A child's photo. Registered in a scope of its own: the upload is the raw image, read as bytes whatever its
 * declared type (the server decides by the bytes), and an upload over the limit is a field error like any other.
 */
export async function photoRoutes(scope: FastifyInstance, ctx: AppContext): Promise<void> {
  acceptRawUpload(scope, 'photo', CHILD_PHOTO_MAX_BYTES);
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['families'];
  r.put(
    '/children/:childId/photo',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags,
        summary: "Replace a child's photo (the raw JPEG, PNG or WebP image, at most 5 MB)",
        params: childParamsSchema,
        response: { 200: childPhotoSchema },
      },
    },
    async (request) => putChildPhoto(ctx, principalOf(request), request.params.childId, request.body),
  );
  r.get(
    '/children/:childId/photo',
    {
      config: { action: childRead.name, target: childTarget },
      schema: { tags, summary: "A child's photo (JPEG)", params: childParamsSchema },
    },
    async (request, reply) => {
      const photo = await getChildPhoto(
        ctx,
        principalOf(request),
        request.params.childId,
        request.headers['if-none-match'],
      );
      reply.header('cache-control', 'private, no-cache').header('etag', photo.etag);
      if (photo.data === null) return reply.code(304).send();
      return reply.type(photo.contentType).send(photo.data);
    },
  );
  r.delete(
    '/children/:childId/photo',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags,
        summary: "Remove a child's photo",
        params: childParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteChildPhoto(ctx, principalOf(request), request.params.childId);
      return reply.code(204).send(null);
    },
  );
}
