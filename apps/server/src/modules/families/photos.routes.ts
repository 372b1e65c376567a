import { CHILD_PHOTO_MAX_BYTES, childParamsSchema, childPhotoSchema } from '@nestje/contract';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { fieldError } from '../../errors.ts';
import { handleError } from '../../plugins/errors.ts';
import { principalOf } from '../../plugins/types.ts';
import { childRead, childUpdate } from './families.actions.ts';
import { deleteChildPhoto, getChildPhoto, putChildPhoto } from './photos.service.ts';

const childTarget = (request: FastifyRequest) => (request.params as { childId: string }).childId;

/**
 * A child's photo. Registered in a scope of its own: the upload is the raw image, read as bytes whatever its
 * declared type (the server decides by the bytes), and an upload over the limit is a field error like any other.
 */
export async function photoRoutes(scope: FastifyInstance, ctx: AppContext): Promise<void> {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: CHILD_PHOTO_MAX_BYTES },
    (_req, body, done) => done(null, body),
  );
  scope.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return handleError(
        fieldError('photo', 'file_too_large', 'The file is too large') as unknown as FastifyError,
        request,
        reply,
      );
    }
    return handleError(error, request, reply);
  });
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['families'];
  r.put(
    '/children/:childId/photo',
    {
      config: { action: childUpdate.name, target: childTarget },
      bodyLimit: CHILD_PHOTO_MAX_BYTES,
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
