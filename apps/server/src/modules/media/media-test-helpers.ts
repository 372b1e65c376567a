import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import type { TestClient } from '../../../test/client.ts';
import type { AppContext } from '../../context.ts';

/** Uploads `bytes` as the raw body of POST /media, declaring `contentType` (which the server ignores). */
export function upload(client: TestClient, bytes: Buffer, contentType = 'image/jpeg') {
  return client.request('POST', '/api/v1/media', bytes, { 'content-type': contentType });
}

/** A photo with noise (not trivially compressible), as JPEG. */
export async function noisyJpeg(width: number, height: number): Promise<Buffer> {
  const raw = randomBytes(width * height * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The start of an MP4 file (an `ftyp` box of brand isom) followed by `size` random bytes. */
export function fakeMp4(size: number): Buffer {
  const ftyp = Buffer.from('00000018667479706973736f0000020069736f6d69736f32', 'hex');
  return Buffer.concat([ftyp, randomBytes(size)]);
}

export async function enableVideo(ctx: AppContext, organisationId: string, on = true): Promise<void> {
  await ctx.db
    .updateTable('organisations')
    .set({ feature_video: on })
    .where('id', '=', organisationId)
    .execute();
}

/** Fetches a signed URL as `client`'s active account, with the answer's bytes as they are. */
export async function fetchFile(
  app: FastifyInstance,
  client: TestClient,
  url: string | null,
  headers: Record<string, string> = {},
) {
  if (!url) throw new Error('no URL');
  const res = await app.inject({
    method: 'GET',
    url,
    headers: {
      ...(client.cookie ? { cookie: `nestje_sessions=${client.cookie}` } : {}),
      ...(client.account ? { 'x-nestje-account': client.account } : {}),
      ...headers,
    },
  });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload };
}

/** The headers of a raw request as `client` (session, account, CSRF). */
export function sessionHeaders(client: TestClient): Record<string, string> {
  return {
    cookie: `nestje_sessions=${client.cookie}`,
    'x-nestje-account': client.account ?? '',
    'x-nestje-csrf': '1',
  };
}
