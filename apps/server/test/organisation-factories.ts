import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import type { AppContext } from '../src/context.ts';
import * as org from '../src/modules/organisation/organisation.queries.ts';
import { TEST_PASSWORD, TestClient, type TestOrganisation } from './index.ts';

/** A client signed in as `email` (with the test password). */
export async function signedIn(app: FastifyInstance, email: string): Promise<TestClient> {
  const c = new TestClient(app);
  const res = await c.login(email, TEST_PASSWORD);
  assert.equal(res.status, 200, `sign-in of ${email}`);
  return c;
}

/** A second location with one group in the organisation. */
export async function addLocation(
  ctx: AppContext,
  o: TestOrganisation,
  name = 'Tweede locatie',
): Promise<{ locationId: string; groupId: string }> {
  const locationId = await org.insertLocation(ctx.db, o.id, { name, city: 'Leiden' });
  const groupId = await org.insertGroup(ctx.db, o.id, {
    locationId,
    name: `Groep ${name}`,
    kind: 'BSO',
    minAgeMonths: 48,
    maxAgeMonths: 156,
    capacity: 20,
    openingHours: [{ weekday: 1, opensAt: '07:00', closesAt: '18:00' }],
  });
  return { locationId, groupId };
}

/** A plain image of the given size and type, made by sharp. */
export async function image(
  width: number,
  height: number,
  format: 'png' | 'jpeg' | 'webp' = 'png',
): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: '#3366cc' } });
  return base[format]().toBuffer();
}

/**
 * A tiny PNG whose header claims `width` × `height` pixels: decoding it would need gigabytes (a
 * decompression bomb); its checksum is right, so only the pixel limit stops it.
 */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await image(8, 8, 'png'));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}
