import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import { sql } from 'kysely';
import sharp from 'sharp';
import { staffClient } from '../../../test/families-factories.ts';
import {
  createFamily,
  createOrganisation,
  TEST_PASSWORD,
  TestClient,
  useTestSystem,
} from '../../../test/index.ts';

const t = useTestSystem();

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A tiny PNG file whose header claims 10,000 × 10,000 pixels (it would unpack into 300 MB). */
function pixelBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(10_000, 0);
  header.writeUInt32BE(10_000, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(16))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function setUp() {
  const o = await createOrganisation(t.ctx);
  const f = await createFamily(t.ctx, o);
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  const childId = f.childIds[0]!;
  const url = `/api/v1/children/${childId}/photo`;
  const upload = (data: Buffer | string, type: string) =>
    planner.request('PUT', url, data, { 'content-type': type });
  return { o, f, planner, childId, url, upload };
}

describe("a child's photo", () => {
  test('is re-encoded to a JPEG of at most 800 px, turned upright, without EXIF or GPS', async () => {
    const { f, planner, url, upload, childId } = await setUp();
    // 1600 × 800 landscape pixels with orientation 6 (shown turned a quarter): upright it is portrait.
    const original = await sharp({ create: { width: 1600, height: 800, channels: 3, background: '#c04040' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Copyright: 'Familie' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 0/1' },
      })
      .toBuffer();
    assert.ok((await sharp(original).metadata()).exif);
    const res = await upload(original, 'image/jpeg');
    assert.equal(res.status, 200);
    assert.match(res.body.etag, /^"[0-9a-f]{64}"$/);

    const got = await planner.request('GET', url);
    assert.equal(got.status, 200);
    assert.equal(got.headers['content-type'], 'image/jpeg');
    assert.equal(got.headers['cache-control'], 'private, no-cache');
    assert.equal(got.headers.etag, res.body.etag);
    const stored = await t.ctx.db
      .selectFrom('child_photos')
      .select('data')
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    const meta = await sharp(stored.data).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.deepEqual([meta.width, meta.height], [400, 800]);
    assert.equal(meta.exif, undefined, 'no EXIF (and so no GPS)');
    assert.equal(meta.orientation, undefined);

    const again = await planner.request('GET', url, undefined, { 'if-none-match': res.body.etag });
    assert.equal(again.status, 304);
    const file = await planner.get(url.replace('/photo', '/file'));
    assert.ok(file.body.child.photoUpdatedAt);

    // The family may see it too; a stranger may not.
    const parent = new TestClient(t.app);
    await parent.login(f.email, TEST_PASSWORD);
    assert.equal((await parent.request('GET', url)).status, 200);
    assert.equal((await parent.request('PUT', url, original, { 'content-type': 'image/jpeg' })).status, 403);
    const other = await createOrganisation(t.ctx, 'Andere Opvang');
    const stranger = await staffClient(t.app, t.ctx, other, 'organisation_admin');
    assert.equal((await stranger.request('GET', url)).status, 404);
  });

  test('a PNG or WebP is accepted by its bytes; anything else is a field error under photo', async () => {
    const { upload, planner, url } = await setUp();
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#00000000' } })
      .png()
      .toBuffer();
    assert.equal((await upload(png, 'application/octet-stream')).status, 200);
    const webp = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#00ff00' } })
      .webp()
      .toBuffer();
    assert.equal((await upload(webp, 'image/webp')).status, 200);

    const field = (res: {
      status: number;
      body: { error: { fields: { path: string; code: string }[] } };
    }) => [res.status, ...res.body.error.fields.map((f) => `${f.path}:${f.code}`)];
    assert.deepEqual(field(await upload('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml')), [
      400,
      'photo:unsupported_file_type',
    ]);
    assert.deepEqual(field(await upload(Buffer.concat([png.subarray(0, 40)]), 'image/png')), [
      400,
      'photo:unsupported_file_type',
    ]);
    assert.deepEqual(field(await upload(pixelBomb(), 'image/png')), [400, 'photo:image_too_large']);
    const tooBig = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]);
    assert.deepEqual(field(await upload(tooBig, 'image/png')), [400, 'photo:file_too_large']);
    const json = await planner.request('PUT', url, { not: 'an image' });
    assert.deepEqual(field(json), [400, 'photo:unsupported_file_type']);
  });

  test('DELETE removes it; audited', async () => {
    const { upload, planner, url, childId } = await setUp();
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#123456' } })
      .png()
      .toBuffer();
    await upload(png, 'image/png');
    assert.equal((await planner.delete(url)).status, 204);
    assert.equal((await planner.request('GET', url)).status, 404);
    assert.equal((await planner.delete(url)).status, 404);
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where(sql<boolean>`${childId}::uuid = any(child_ids)`)
      .where('action', 'like', 'child.photo%')
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['child.photo_update', 'child.photo_delete'],
    );
  });
});
