import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fieldError } from '../errors.ts';

/** Reads an upload into memory, refusing it as soon as it passes `limit` bytes. */
async function readLimited(stream: Readable, limit: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Makes the routes of `scope` (a scope of their own) read any request body as raw bytes, whatever type it
 * declares: the server decides the type by the content. A body over `maxBytes` is refused early, as a field
 * error on `field` (`file_too_large`) like any other.
 */
export function acceptRawUpload(scope: FastifyInstance, field: string, maxBytes: number): void {
  const tooLarge = () => fieldError(field, 'file_too_large', 'The file is too large');
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', async (request: FastifyRequest, payload: Readable) => {
    if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge();
    return readLimited(payload, maxBytes, tooLarge);
  });
}
