import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createOrganisation,
  createStaff,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { image } from '../../../test/organisation-factories.ts';
import { familyClient } from '../../../test/requests-factories.ts';
import { signMediaUrl } from '../../media/signing.ts';
import { enableVideo, fakeMp4, fetchFile, upload } from './media-test-helpers.ts';

const t = useTestSystem();

describe('GET /media/:mediaId/:variant (signed URLs)', () => {
  let o: TestOrganisation;
  let owner: Awaited<ReturnType<typeof familyClient>>;
  let photo: { id: string; smallUrl: string; screenUrl: string; downloadUrl: string };

  test('set-up: a parent uploads a photo', async () => {
    o = await createOrganisation(t.ctx);
    owner = await familyClient(t.app, t.ctx, o);
    const res = await upload(owner.client, await image(800, 600, 'jpeg'));
    assert.equal(res.status, 201);
    photo = res.body;
  });

  test('the uploader gets the file, privately cacheable until the URL expires, with an ETag', async () => {
    const res = await fetchFile(t.app, owner.client, photo.screenUrl);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'image/jpeg');
    const exp = Number(new URL(photo.screenUrl, 'http://x').searchParams.get('exp'));
    const left = exp - Math.floor(t.clock.now().epochMilliseconds / 1000);
    assert.equal(res.headers['cache-control'], `private, max-age=${left}`);
    assert.ok(left >= 300 && left < 360);
    assert.equal(res.headers['accept-ranges'], 'bytes');
    assert.equal(Number(res.headers['content-length']), res.bytes.length);
    const etag = String(res.headers.etag);
    const again = await fetchFile(t.app, owner.client, photo.screenUrl, { 'if-none-match': etag });
    assert.equal(again.status, 304);
  });

  test('the download is an attachment named after the day', async () => {
    const res = await fetchFile(t.app, owner.client, photo.downloadUrl);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="foto-2026-03-02.jpg"');
    const inline = await fetchFile(t.app, owner.client, photo.screenUrl);
    assert.equal(inline.headers['content-disposition'], undefined);
  });

  test('another account of the organisation gets 404, also with its own signature', async () => {
    const other = await familyClient(t.app, t.ctx, o);
    assert.equal((await fetchFile(t.app, other.client, photo.screenUrl)).status, 404);
    const exp = Number(new URL(photo.screenUrl, 'http://x').searchParams.get('exp'));
    const forOther = await signMediaUrl(t.ctx.db, {
      mediaId: photo.id,
      variant: 'screen',
      accountId: other.accountId,
      exp,
    });
    assert.equal((await fetchFile(t.app, other.client, forOther)).status, 404);
    // A URL signed for another account does not work for the uploader either.
    assert.equal((await fetchFile(t.app, owner.client, forOther)).status, 404);
  });

  test('an account of another organisation gets 404', async () => {
    const elsewhere = await createOrganisation(t.ctx, 'Andere Opvang');
    const stranger = await familyClient(t.app, t.ctx, elsewhere);
    assert.equal((await fetchFile(t.app, stranger.client, photo.screenUrl)).status, 404);
    assert.equal((await fetchFile(t.app, stranger.client, photo.downloadUrl)).status, 404);
  });

  test('a tampered signature, another variant under the same signature, or no session: no file', async () => {
    const url = new URL(photo.screenUrl, 'http://x');
    const sig = url.searchParams.get('sig') ?? '';
    url.searchParams.set('sig', `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`);
    assert.equal((await fetchFile(t.app, owner.client, `${url.pathname}${url.search}`)).status, 404);
    const full = photo.screenUrl.replace('/screen?', '/full?');
    assert.equal((await fetchFile(t.app, owner.client, full)).status, 404);
    const anonymous = await t.app.inject({ method: 'GET', url: photo.screenUrl });
    assert.equal(anonymous.statusCode, 401);
  });

  test('an expired URL is 404', async () => {
    const exp = Number(new URL(photo.screenUrl, 'http://x').searchParams.get('exp'));
    const before = t.clock.now();
    t.clock.set(new Date((exp + 1) * 1000).toISOString());
    try {
      assert.equal((await fetchFile(t.app, owner.client, photo.screenUrl)).status, 404);
    } finally {
      t.clock.set(before.toString());
    }
    assert.equal((await fetchFile(t.app, owner.client, photo.screenUrl)).status, 200);
  });

  test('views of screen, full and video variants are audited with the tagged children; thumbnails are not', async () => {
    const staff = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const staffClient = new (await import('../../../test/client.ts')).TestClient(t.app);
    assert.equal((await staffClient.login(staff.email, 'correct horse battery')).status, 200);
    const res = await upload(staffClient, await image(500, 500, 'png'));
    assert.equal(res.status, 201);
    const post = await t.ctx.db
      .insertInto('posts')
      .values({
        organisation_id: o.id,
        group_id: o.groupIds[0],
        author_account_id: staff.accountId,
        posted_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const pp = await t.ctx.db
      .insertInto('post_photos')
      .values({ organisation_id: o.id, post_id: post.id, media_id: res.body.id, position: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('post_photo_children')
      .values({ organisation_id: o.id, post_photo_id: pp.id, child_id: owner.childIds[0] as string })
      .execute();
    const audits = () =>
      t.ctx.db
        .selectFrom('audit_events')
        .select(['child_ids', 'details'])
        .where('action', '=', 'media.view')
        .where('subject_id', '=', res.body.id)
        .execute();
    assert.equal((await fetchFile(t.app, staffClient, res.body.smallUrl)).status, 200);
    assert.equal((await audits()).length, 0);
    assert.equal((await fetchFile(t.app, staffClient, res.body.screenUrl)).status, 200);
    assert.equal((await fetchFile(t.app, staffClient, res.body.downloadUrl)).status, 200);
    const rows = await audits();
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0]?.child_ids, [owner.childIds[0]]);
  });

  test('a video is served in byte ranges (206), and a range outside it is 416', async () => {
    await enableVideo(t.ctx, o.id);
    const video = fakeMp4(100_000);
    const res = await upload(owner.client, video, 'video/mp4');
    assert.equal(res.status, 201);
    const part = await fetchFile(t.app, owner.client, res.body.videoUrl, { range: 'bytes=1000-1999' });
    assert.equal(part.status, 206);
    assert.equal(part.headers['content-range'], `bytes 1000-1999/${video.length}`);
    assert.equal(Number(part.headers['content-length']), 1000);
    assert.ok(part.bytes.equals(video.subarray(1000, 2000)));
    const open = await fetchFile(t.app, owner.client, res.body.videoUrl, { range: 'bytes=99000-' });
    assert.equal(open.status, 206);
    assert.ok(open.bytes.equals(video.subarray(99000)));
    const tail = await fetchFile(t.app, owner.client, res.body.videoUrl, { range: 'bytes=-10' });
    assert.ok(tail.bytes.equals(video.subarray(video.length - 10)));
    const outside = await fetchFile(t.app, owner.client, res.body.videoUrl, {
      range: `bytes=${video.length}-`,
    });
    assert.equal(outside.status, 416);
    assert.equal(outside.headers['content-range'], `bytes */${video.length}`);
    const whole = await fetchFile(t.app, owner.client, res.body.videoUrl);
    assert.equal(whole.status, 200);
    assert.equal(whole.headers['content-type'], 'video/mp4');
    assert.ok(whole.bytes.equals(video));
  });
});
