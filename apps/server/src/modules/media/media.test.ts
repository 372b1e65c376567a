import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { IMAGE_MAX_BYTES } from '@nestje/contract';
import sharp from 'sharp';
import { createOrganisation, type TestOrganisation, useTestSystem } from '../../../test/index.ts';
import { image, pngClaiming } from '../../../test/organisation-factories.ts';
import { familyClient } from '../../../test/requests-factories.ts';
import { enableVideo, fakeMp4, fetchFile, sessionHeaders, upload } from './media-test-helpers.ts';

const t = useTestSystem();

function mediaRows(mediaId: string) {
  return t.ctx.db.selectFrom('media_files').selectAll().where('media_id', '=', mediaId).execute();
}

function fieldCode(body: { error?: { fields?: { path: string; code: string }[] } }): string | undefined {
  const field = body.error?.fields?.[0];
  assert.equal(field?.path, 'file');
  return field?.code;
}

function tempFiles(): string[] {
  return readdirSync(join(t.ctx.config.dataDir, 'media', '.tmp'));
}

describe('POST /media', () => {
  let o: TestOrganisation;
  test('set-up', async () => {
    o = await createOrganisation(t.ctx);
  });

  test('a PNG named and declared as JPEG is taken by its bytes and re-encoded into three JPEG variants', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const res = await upload(client, await image(2000, 1000, 'png'), 'image/jpeg');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.kind, 'image');
    assert.deepEqual([res.body.width, res.body.height], [2000, 1000]);
    assert.match(res.body.smallUrl, /^\/api\/v1\/media\/[0-9a-f-]{36}\/small\?exp=\d+&sig=/);
    assert.match(res.body.downloadUrl, /&download=1$/);
    assert.equal(res.body.videoUrl, null);
    const files = await mediaRows(res.body.id);
    const sizes = Object.fromEntries(files.map((f) => [f.variant, [f.width, f.height]]));
    assert.deepEqual(sizes, { small: [480, 240], screen: [1600, 800], full: [2000, 1000] });
    for (const f of files) {
      assert.equal(f.content_type, 'image/jpeg');
      assert.match(f.storage_key, new RegExp(`^${o.id}/\\d{4}/\\d{2}/[0-9a-f-]{36}\\.jpg$`));
    }
    assert.deepEqual(tempFiles(), [], 'no temporary file is left');
  });

  test('a small image is never enlarged', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const res = await upload(client, await image(300, 200, 'webp'));
    assert.equal(res.status, 201);
    const files = await mediaRows(res.body.id);
    assert.ok(files.every((f) => f.width === 300 && f.height === 200));
  });

  test('an HTML file named .jpg is refused as unsupported_file_type', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const html = Buffer.from('<!doctype html><html><script>alert(1)</script></html>');
    const res = await upload(client, html, 'image/jpeg');
    assert.equal(res.status, 400);
    assert.equal(fieldCode(res.body), 'unsupported_file_type');
    assert.deepEqual(tempFiles(), []);
  });

  test('an empty body is required', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const res = await upload(client, Buffer.alloc(0));
    assert.equal(res.status, 400);
    assert.equal(fieldCode(res.body), 'required');
  });

  test('a decompression bomb is refused from its header, quickly, as image_too_large', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const started = performance.now();
    const res = await upload(client, await pngClaiming(20000, 20000), 'image/png');
    assert.equal(res.status, 400);
    assert.equal(fieldCode(res.body), 'image_too_large');
    assert.ok(performance.now() - started < 2000, 'refused before decoding');
  });

  test('a fake HEIC (ftyp heic and junk) is refused as heic_unsupported', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const heic = Buffer.concat([
      Buffer.from('0000001c6674797068656963000000006d6966316865696300000000', 'hex'),
      Buffer.alloc(500, 7),
    ]);
    const res = await upload(client, heic, 'image/heic');
    assert.equal(res.status, 400);
    assert.equal(fieldCode(res.body), 'heic_unsupported');
  });

  test('EXIF and GPS are gone from every variant and the orientation is applied', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#884422' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Orientation: '6', Make: 'PhoneMaker', Model: 'SecretPhone' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '52/1 22/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '4/1 38/1 0/1',
        },
      })
      .toBuffer();
    const before = await sharp(photo).metadata();
    assert.equal(before.orientation, 6);
    assert.ok(before.exif?.includes(Buffer.from('SecretPhone')));
    const res = await upload(client, photo);
    assert.equal(res.status, 201);
    assert.deepEqual([res.body.width, res.body.height], [400, 600], 'turned upright');
    const expected = [
      [res.body.smallUrl, 320, 480],
      [res.body.screenUrl, 400, 600],
      [res.body.downloadUrl, 400, 600],
    ] as const;
    for (const [url, width, height] of expected) {
      const file = await fetchFile(t.app, client, url);
      assert.equal(file.status, 200);
      const bytes = file.bytes;
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.exif, undefined, 'no EXIF');
      assert.equal(meta.orientation, undefined);
      assert.equal(meta.width, width);
      assert.equal(meta.height, height);
      assert.equal(bytes.includes(Buffer.from('Exif')), false);
      assert.equal(bytes.includes(Buffer.from('SecretPhone')), false);
    }
  });

  test('the same upload repeated returns the first result with 200; another account gets its own', async () => {
    const family = await familyClient(t.app, t.ctx, o);
    const bytes = await image(640, 480, 'jpeg');
    const first = await upload(family.client, bytes);
    assert.equal(first.status, 201);
    const again = await upload(family.client, bytes);
    assert.equal(again.status, 200);
    assert.equal(again.body.id, first.body.id);
    const other = await familyClient(t.app, t.ctx, o);
    const theirs = await upload(other.client, bytes);
    assert.equal(theirs.status, 201);
    assert.notEqual(theirs.body.id, first.body.id);
    const rows = await t.ctx.db
      .selectFrom('media')
      .select('id')
      .where('uploaded_by_account_id', '=', family.accountId)
      .execute();
    assert.equal(rows.length, 1);
  });

  test('too large by its Content-Length is refused before the body is read', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      headers: {
        ...sessionHeaders(client),
        'content-type': 'image/jpeg',
        'content-length': String(IMAGE_MAX_BYTES + 1),
      },
      payload: Buffer.alloc(16),
    });
    assert.equal(res.statusCode, 400);
    assert.equal(fieldCode(res.json()), 'file_too_large');
  });

  test('too large in a chunked body is refused once it passes the limit, leaving no temporary file', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const chunk = Buffer.alloc(1024 * 1024, 1);
    chunk[0] = 0xff;
    chunk[1] = 0xd8;
    chunk[2] = 0xff;
    let sent = 0;
    const body = new (await import('node:stream')).Readable({
      read() {
        sent += chunk.length;
        this.push(sent > IMAGE_MAX_BYTES + 4 * chunk.length ? null : chunk);
      },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      headers: {
        ...sessionHeaders(client),
        'content-type': 'image/jpeg',
      },
      payload: body,
    });
    assert.equal(res.statusCode, 400);
    assert.equal(fieldCode(res.json()), 'file_too_large');
    assert.ok(sent < IMAGE_MAX_BYTES + 8 * chunk.length);
    assert.deepEqual(tempFiles(), []);
  });

  test('a video is refused without the video feature and taken with it', async () => {
    const { client } = await familyClient(t.app, t.ctx, o);
    const video = fakeMp4(4096);
    const refused = await upload(client, video, 'video/mp4');
    assert.equal(refused.status, 400);
    assert.equal(fieldCode(refused.body), 'video_not_enabled');
    const webm = Buffer.concat([Buffer.from('1a45dfa3', 'hex'), Buffer.alloc(100, 3)]);
    assert.equal(fieldCode((await upload(client, webm, 'video/webm')).body), 'video_not_enabled');
    await enableVideo(t.ctx, o.id);
    try {
      const taken = await upload(client, video, 'application/octet-stream');
      assert.equal(taken.status, 201);
      assert.equal(taken.body.kind, 'video');
      assert.equal(taken.body.width, null);
      assert.equal(taken.body.smallUrl, null);
      const files = await mediaRows(taken.body.id);
      assert.deepEqual(
        files.map((f) => [f.variant, f.content_type, Number(f.bytes)]),
        [['video', 'video/mp4', video.length]],
      );
      const served = await fetchFile(t.app, client, taken.body.videoUrl);
      assert.equal(served.status, 200);
      assert.ok(served.bytes.equals(video), 'stored as uploaded');
    } finally {
      await enableVideo(t.ctx, o.id, false);
    }
  });

  test('uploading needs a session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      headers: { 'x-nestje-csrf': '1', 'content-type': 'image/png' },
      payload: await image(10, 10),
    });
    assert.equal(res.statusCode, 401);
    assert.deepEqual(tempFiles(), []);
  });
});
