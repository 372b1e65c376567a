import type { Readable } from 'node:stream';
import {
  mediaFileParamsSchema,
  mediaFileQuerySchema,
  uploadedMediaSchema,
  uploadMediaQuerySchema,
  VIDEO_MAX_BYTES,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { mediaRead, mediaUpload } from './media.actions.ts';
import { uploadMedia } from './media.service.ts';
import { mediaFile } from './media-files.service.ts';

/**
 * Media: the raw upload and the files behind signed URLs. Registered in a scope of its own: any request body is
 * handed to the handler as the unread stream (after the session and the action are checked), which writes it to
 * a temporary file while counting and hashing it; the type is decided by the bytes.
 */
export async function mediaRoutes(scope: FastifyInstance, ctx: AppContext): Promise<void> {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['media'];
  r.post(
    '/media',
    {
      config: { action: mediaUpload.name },
      bodyLimit: VIDEO_MAX_BYTES,
      schema: {
        tags,
        summary:
          'Upload a photo (JPEG, PNG, WebP, HEIC where readable), a video (MP4, WebM; with the video feature) or a PDF as the raw body',
        querystring: uploadMediaQuerySchema,
        response: { 200: uploadedMediaSchema, 201: uploadedMediaSchema },
      },
    },
    async (request, reply) => {
      const length = request.headers['content-length'];
      try {
        const result = await uploadMedia(
          ctx,
          principalOf(request),
          request.body as Readable | undefined,
          length === undefined ? null : Number(length),
          request.query.name,
        );
        return reply.code(result.created ? 201 : 200).send(result.media);
      } catch (err) {
        // Refused before the whole body arrived: answer, and close the connection rather than read the rest.
        if (!request.raw.readableEnded) reply.header('connection', 'close');
        throw err;
      }
    },
  );
  r.get(
    '/media/:mediaId/:variant',
    {
      config: { action: mediaRead.name, target: paramTarget('mediaId') },
      schema: {
        tags,
        summary: 'A file of a photo, video or document, through its signed URL (supports one byte range)',
        params: mediaFileParamsSchema,
        querystring: mediaFileQuerySchema,
      },
    },
    async (request, reply) => {
      const answer = await mediaFile(ctx, principalOf(request), {
        ...request.params,
        exp: request.query.exp,
        sig: request.query.sig,
        download: request.query.download === '1',
        range: request.headers.range,
        ifNoneMatch: request.headers['if-none-match'],
      });
      reply.code(answer.status).headers(answer.headers);
      return answer.body === null ? reply.send() : reply.send(answer.body);
    },
  );
}
