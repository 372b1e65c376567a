import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createFamily,
  createOrganisation,
  TEST_PASSWORD,
  TestClient,
  useTestSystem,
} from '../../../test/index.ts';

const t = useTestSystem();

async function manifest(client: TestClient) {
  const res = await client.get('/manifest.webmanifest');
  assert.equal(res.status, 200);
  assert.match(String(res.headers['content-type']), /^application\/manifest\+json/);
  // It depends on the session cookie: no shared cache may hand one browser's manifest to another.
  assert.equal(res.headers['cache-control'], 'private, no-cache');
  return JSON.parse(String(res.body));
}

test('without a session the manifest is Nestje’s own, installable with sized icons', async () => {
  const body = await manifest(new TestClient(t.app));
  assert.equal(body.name, 'Nestje');
  assert.equal(body.short_name, 'Nestje');
  assert.equal(body.lang, 'nl');
  assert.equal(body.theme_color, '#2f6f5e');
  assert.equal(body.display, 'standalone');
  assert.equal(body.start_url, '/');
  assert.equal(body.id, '/');
  assert.deepEqual(
    body.icons.map((icon: { src: string }) => icon.src),
    ['/icons/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png'],
  );
});

test('signed in, the manifest carries the organisation’s name, colour, logo and the account’s language', async () => {
  const o = await createOrganisation(t.ctx, 'Kinderopvang Zonnestraal');
  const logoUrl = `/api/v1/branding/${o.slug}/logo?v=0123456789abcdef`;
  await t.ctx.db
    .updateTable('organisations')
    .set({ primary_colour: '#AA3355', logo_url: logoUrl })
    .where('id', '=', o.id)
    .execute();
  const family = await createFamily(t.ctx, o);
  await t.ctx.db.updateTable('accounts').set({ locale: 'en' }).where('id', '=', family.accountId).execute();
  const client = new TestClient(t.app);
  assert.equal((await client.login(family.email, TEST_PASSWORD)).status, 200);

  const body = await manifest(client);
  assert.equal(body.name, 'Kinderopvang Zonnestraal');
  assert.equal(body.theme_color, '#aa3355');
  assert.equal(body.lang, 'en');
  assert.equal(body.description, 'The parent portal of your childcare');
  assert.deepEqual(body.icons[0], { src: logoUrl, type: 'image/png', purpose: 'any' });
  // The sized Nestje icons stay, so browsers still offer to install it.
  assert.ok(body.icons.some((icon: { sizes?: string }) => icon.sizes === '512x512'));
});

test('with several accounts the first one’s organisation names the app; a signed-out cookie gives Nestje', async () => {
  const first = await createOrganisation(t.ctx, 'De Eerste Opvang');
  const second = await createOrganisation(t.ctx, 'De Tweede Opvang');
  const a = await createFamily(t.ctx, first);
  const b = await createFamily(t.ctx, second);
  const client = new TestClient(t.app);
  assert.equal((await client.login(a.email, TEST_PASSWORD)).status, 200);
  assert.equal((await client.login(b.email, TEST_PASSWORD)).status, 200);
  assert.equal((await manifest(client)).name, 'De Eerste Opvang');

  // The same cookie after signing out of both: its sessions are gone, so it counts as no session.
  const cookie = client.cookie;
  assert.equal((await client.post('/api/v1/auth/logout-all')).status, 200);
  const stale = new TestClient(t.app);
  stale.cookie = cookie;
  assert.equal((await manifest(stale)).name, 'Nestje');
  stale.cookie = 'not-a-session-token';
  assert.equal((await manifest(stale)).name, 'Nestje');
});
