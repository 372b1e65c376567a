import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import {
  createFamily,
  createOrganisation,
  createStaff,
  TestClient,
  useTestSystem,
} from '../../../test/index.ts';
import { image, pngClaiming, signedIn } from '../../../test/organisation-factories.ts';

const t = useTestSystem();

async function admin() {
  const o = await createOrganisation(t.ctx, 'Kinderopvang De Eik');
  const a = await createStaff(t.ctx, o, 'organisation_admin');
  return { o, a, c: await signedIn(t.app, a.email) };
}

function putLogo(c: TestClient, body: Buffer, contentType = 'image/png') {
  return c.request('PUT', '/api/v1/organisation/logo', body, { 'content-type': contentType });
}

describe('organisation settings', () => {
  test('an admin reads and changes name, colour, features and holiday region; /me shows the new branding', async () => {
    const { o, c } = await admin();
    const before = await c.get('/api/v1/organisation/settings');
    assert.equal(before.status, 200);
    assert.deepEqual(before.body, {
      id: o.id,
      slug: o.slug,
      name: 'Kinderopvang De Eik',
      primaryColour: '#2f7d6d',
      features: { video: false, credits: false, observations: false },
      schoolHolidayRegion: 'noord',
      logoUrl: null,
    });
    const res = await c.patch('/api/v1/organisation/settings', {
      name: 'De Eik',
      primaryColour: '#AA3300',
      features: { credits: true },
      schoolHolidayRegion: 'zuid',
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.name, 'De Eik');
    assert.equal(res.body.primaryColour, '#aa3300');
    assert.deepEqual(res.body.features, { video: false, credits: true, observations: false });
    assert.equal(res.body.schoolHolidayRegion, 'zuid');
    const me = await c.get('/api/v1/me');
    assert.deepEqual(me.body.branding, { name: 'De Eik', logoUrl: null, primaryColour: '#aa3300' });
  });

  test('bad values answer 400 on the failing field', async () => {
    const { c } = await admin();
    const colour = await c.patch('/api/v1/organisation/settings', { primaryColour: 'red' });
    assert.equal(colour.status, 400);
    assert.equal(colour.body.error.fields[0].path, 'primaryColour');
    const region = await c.patch('/api/v1/organisation/settings', { schoolHolidayRegion: 'oost' });
    assert.equal(region.body.error.fields[0].path, 'schoolHolidayRegion');
    const name = await c.patch('/api/v1/organisation/settings', { name: '  ' });
    assert.equal(name.body.error.fields[0].path, 'name');
  });

  test('the change is audited with the fields changed, before and after', async () => {
    const { o, a, c } = await admin();
    await c.patch('/api/v1/organisation/settings', { primaryColour: '#112233', features: { video: true } });
    await c.patch('/api/v1/organisation/settings', { primaryColour: '#112233' });
    const log = await c.get(`/api/v1/audit-events?subjectType=organisation&subjectId=${o.id}`);
    assert.equal(log.body.events.length, 1, 'an unchanged value records nothing');
    const [e] = log.body.events;
    assert.equal(e.action, 'organisation.update');
    assert.equal(e.actorAccountId, a.accountId);
    assert.deepEqual(e.details.fields, ['primaryColour', 'features.video']);
    assert.deepEqual(e.details.changes.primaryColour, { from: '#2f7d6d', to: '#112233' });
  });

  test('only organisation admins: a planner gets 403, a guardian 403, another organisation stays separate', async () => {
    const { o } = await admin();
    const planner = await signedIn(t.app, (await createStaff(t.ctx, o, 'planner')).email);
    assert.equal((await planner.get('/api/v1/organisation/settings')).status, 403);
    assert.equal((await planner.patch('/api/v1/organisation/settings', { name: 'X' })).status, 403);
    assert.equal((await putLogo(planner, await image(10, 10))).status, 403);
    const parent = await signedIn(t.app, (await createFamily(t.ctx, o)).email);
    assert.equal((await parent.patch('/api/v1/organisation/settings', { name: 'X' })).status, 403);
    assert.equal((await parent.delete('/api/v1/organisation/logo')).status, 403);
    const other = await admin();
    await other.c.patch('/api/v1/organisation/settings', { name: 'Ander' });
    const mine = await (await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email)).get(
      '/api/v1/organisation/settings',
    );
    assert.equal(mine.body.name, 'Kinderopvang De Eik');
  });
});

describe('logo', () => {
  test('an upload is re-encoded to a PNG of at most 512 px, served publicly with ETag and cache headers', async () => {
    const { o, c } = await admin();
    const res = await putLogo(c, await image(1600, 800, 'jpeg'), 'application/octet-stream');
    assert.equal(res.status, 200);
    assert.match(res.body.logoUrl, new RegExp(`^/api/v1/branding/${o.slug}/logo\\?v=[0-9a-f]{16}$`));
    const me = await c.get('/api/v1/me');
    assert.equal(me.body.branding.logoUrl, res.body.logoUrl, '/me shows the new logo at once');

    const anonymous = new TestClient(t.app);
    const logo = await t.app.inject({ method: 'GET', url: res.body.logoUrl });
    assert.equal(logo.statusCode, 200);
    assert.equal(logo.headers['content-type'], 'image/png');
    assert.equal(logo.headers['cache-control'], 'public, max-age=31536000, immutable');
    const meta = await sharp(logo.rawPayload).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['png', 512, 256]);
    const etag = String(logo.headers.etag);
    assert.match(etag, /^"[0-9a-f]{64}"$/);
    const again = await anonymous.get(`/api/v1/branding/${o.slug}/logo`, { 'if-none-match': etag });
    assert.equal(again.status, 304);
    const bare = await anonymous.get(`/api/v1/branding/${o.slug}/logo`);
    assert.equal(bare.headers['cache-control'], 'public, max-age=300');
  });

  test('orientation is applied and metadata dropped', async () => {
    const { o, c } = await admin();
    const photo = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#ff0000' } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'Geheim' } } })
      .toBuffer();
    assert.equal((await putLogo(c, photo, 'image/jpeg')).status, 200);
    const logo = await t.app.inject({ method: 'GET', url: `/api/v1/branding/${o.slug}/logo` });
    const meta = await sharp(logo.rawPayload).metadata();
    assert.deepEqual([meta.width, meta.height], [100, 300], 'turned upright');
    assert.equal(meta.exif, undefined);
    assert.equal(meta.orientation, undefined);
    assert.ok(!logo.rawPayload.includes(Buffer.from('Geheim')));
  });

  test('the type is decided by content, not by the header; bad files get clear field errors', async () => {
    const { c } = await admin();
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    const fake = await putLogo(c, gif, 'image/png');
    assert.equal(fake.status, 400);
    assert.deepEqual(
      fake.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
      [['logo', 'unsupported_file_type']],
    );
    const broken = await putLogo(c, (await image(50, 50)).subarray(0, 40));
    assert.equal(broken.body.error.fields[0].code, 'unsupported_file_type');
    const webpAsJpeg = await putLogo(c, await image(40, 40, 'webp'), 'image/jpeg');
    assert.equal(webpAsJpeg.status, 200, 'a WebP sent as JPEG is still a WebP');
    const big = await putLogo(c, Buffer.concat([await image(10, 10), Buffer.alloc(2 * 1024 * 1024)]));
    assert.equal(big.status, 400);
    assert.equal(big.body.error.fields[0].code, 'file_too_large');
    const bomb = await putLogo(c, await pngClaiming(30000, 30000));
    assert.equal(bomb.status, 400);
    assert.equal(bomb.body.error.fields[0].code, 'image_too_large');
    const empty = await c.request('PUT', '/api/v1/organisation/logo', undefined);
    assert.equal(empty.status, 400);
    assert.equal(empty.body.error.fields[0].path, 'logo');
  });

  test('deleting the logo clears it everywhere; an unknown slug is 404', async () => {
    const { o, c } = await admin();
    await putLogo(c, await image(64, 64, 'webp'), 'image/webp');
    const res = await c.delete('/api/v1/organisation/logo');
    assert.equal(res.status, 200);
    assert.equal(res.body.logoUrl, null);
    assert.equal((await c.get('/api/v1/me')).body.branding.logoUrl, null);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: `/api/v1/branding/${o.slug}/logo` })).statusCode,
      404,
    );
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/branding/geen-org/logo' })).statusCode,
      404,
    );
    const log = await c.get('/api/v1/audit-events?action=organisation.logo');
    assert.deepEqual(
      log.body.events.map((e: { action: string }) => e.action),
      ['organisation.logo_remove', 'organisation.logo_update'],
    );
  });
});
