import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createOrganisation,
  createStaff,
  DEFAULT_NOW,
  type TestClient,
  type TestOrganisation,
  useTestSystem,
} from '../../test/index.ts';
import { signedIn } from '../../test/organisation-factories.ts';
import { purgeExpiredKeys } from './idempotency.jobs.ts';

const t = useTestSystem();

const key = () => crypto.randomUUID();
const withKey = (k: string) => ({ 'idempotency-key': k });
const replayed = (res: { headers: Record<string, unknown> }) => res.headers['idempotent-replayed'] === 'true';

async function setup(): Promise<{ o: TestOrganisation; admin: TestClient; email: string }> {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const staff = await createStaff(t.ctx, o, 'organisation_admin');
  return { o, admin: await signedIn(t.app, staff.email), email: staff.email };
}

async function locationsNamed(o: TestOrganisation, name: string): Promise<string[]> {
  const rows = await t.ctx.db
    .selectFrom('locations')
    .select('id')
    .where('organisation_id', '=', o.id)
    .where('name', '=', name)
    .execute();
  return rows.map((r) => r.id);
}

async function storedKeys(o: TestOrganisation, k: string): Promise<number> {
  const rows = await t.ctx.db
    .selectFrom('idempotency_keys')
    .select('key')
    .where('organisation_id', '=', o.id)
    .where('key', '=', k)
    .execute();
  return rows.length;
}

describe('idempotency keys on a create', () => {
  test('without a key every request creates: the header is optional', async () => {
    const { o, admin } = await setup();
    const a = await admin.post('/api/v1/locations', { name: 'Zonder sleutel' });
    const b = await admin.post('/api/v1/locations', { name: 'Zonder sleutel' });
    assert.deepEqual([a.status, b.status], [201, 201]);
    assert.ok(!replayed(a) && !replayed(b));
    assert.equal((await locationsNamed(o, 'Zonder sleutel')).length, 2);
  });

  test('the same key twice creates one thing; the repeat gets the first answer, marked as replayed', async () => {
    const { o, admin } = await setup();
    const k = key();
    const first = await admin.post('/api/v1/locations', { name: 'De Eik', city: 'Utrecht' }, withKey(k));
    assert.equal(first.status, 201);
    assert.ok(!replayed(first));
    const again = await admin.post('/api/v1/locations', { city: 'Utrecht', name: 'De Eik' }, withKey(k));
    assert.equal(again.status, 201);
    assert.ok(replayed(again), 'the repeat says it is a replay');
    assert.deepEqual(again.body, first.body);
    assert.deepEqual(await locationsNamed(o, 'De Eik'), [first.body.id]);
    const log = await admin.get(`/api/v1/audit-events?subjectType=location&subjectId=${first.body.id}`);
    assert.deepEqual(
      log.body.events.map((e: { action: string }) => e.action),
      ['location.create'],
      'one change, audited once',
    );
  });

  test('concurrent requests with the same key create one thing and answer alike', async () => {
    const { o, admin } = await setup();
    const k = key();
    const answers = await Promise.all(
      [1, 2, 3].map(() => admin.post('/api/v1/locations', { name: 'Tegelijk' }, withKey(k))),
    );
    assert.deepEqual(
      answers.map((a) => a.status),
      [201, 201, 201],
    );
    const ids = await locationsNamed(o, 'Tegelijk');
    assert.equal(ids.length, 1, 'one location');
    for (const a of answers) assert.deepEqual(a.body, answers[0]?.body);
    assert.equal(answers.filter(replayed).length, 2, 'all but the first are replays');
  });

  test('the same key with other data or on another route answers 422 idempotency.mismatch', async () => {
    const { o, admin } = await setup();
    const k = key();
    assert.equal((await admin.post('/api/v1/locations', { name: 'Eerste' }, withKey(k))).status, 201);
    const other = await admin.post('/api/v1/locations', { name: 'Tweede' }, withKey(k));
    assert.equal(other.status, 422);
    assert.equal(other.body.error.code, 'idempotency.mismatch');
    const elsewhere = await admin.post(
      '/api/v1/closing-days',
      { date: '2026-04-27', description: 'Koningsdag', locationId: null },
      withKey(k),
    );
    assert.equal(elsewhere.status, 422);
    assert.equal(elsewhere.body.error.code, 'idempotency.mismatch');
    assert.deepEqual(await locationsNamed(o, 'Tweede'), []);
    const days = await t.ctx.db
      .selectFrom('closing_days')
      .select('id')
      .where('organisation_id', '=', o.id)
      .execute();
    assert.deepEqual(days, [], 'nothing was created under the spent key');
  });

  test('a key is 1 to 200 visible ASCII characters; another answers 400 on the header', async () => {
    const { o, admin } = await setup();
    for (const bad of ['x'.repeat(201), 'twee woorden', 'tab\tkey']) {
      const res = await admin.post('/api/v1/locations', { name: 'Slechte sleutel' }, withKey(bad));
      assert.equal(res.status, 400, JSON.stringify(bad));
      assert.equal(res.body.error.code, 'validation_failed');
      assert.deepEqual(
        res.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
        [['headers.idempotency-key', 'invalid_format']],
      );
    }
    assert.deepEqual(await locationsNamed(o, 'Slechte sleutel'), []);
    const longest = await admin.post('/api/v1/locations', { name: 'Lang' }, withKey('~'.repeat(200)));
    assert.equal(longest.status, 201);
  });

  test('an error is not kept: the same key runs again after it, a corrected request takes a new key', async () => {
    const { o, admin } = await setup();
    const day = { date: '2026-05-05', description: 'Bevrijdingsdag', locationId: o.locationId };
    const existing = await admin.post('/api/v1/closing-days', day);
    assert.equal(existing.status, 201);

    // A conflict (409) rolls the key back with the change: the key is free again.
    const k = key();
    const clash = await admin.post('/api/v1/closing-days', day, withKey(k));
    assert.equal(clash.status, 409);
    assert.equal(await storedKeys(o, k), 0);
    assert.equal((await admin.delete(`/api/v1/closing-days/${existing.body.id}`)).status, 204);
    const retry = await admin.post('/api/v1/closing-days', day, withKey(k));
    assert.equal(retry.status, 201, 'the same key after a rolled-back attempt runs as new');
    assert.ok(!replayed(retry));
    assert.equal(await storedKeys(o, k), 1);

    // A validation error (400) is not kept either; the corrected request goes with a new key.
    const k2 = key();
    const past = await admin.post(
      '/api/v1/closing-days',
      { ...day, date: '2026-03-01', description: 'Te laat' },
      withKey(k2),
    );
    assert.equal(past.status, 400);
    assert.equal(await storedKeys(o, k2), 0);
    const corrected = await admin.post(
      '/api/v1/closing-days',
      { ...day, date: '2026-06-01', description: 'Te laat' },
      withKey(key()),
    );
    assert.equal(corrected.status, 201);
  });

  test("keys are per account: another account's same key is another key", async () => {
    const { o, admin } = await setup();
    const colleague = await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email);
    const k = key();
    const mine = await admin.post('/api/v1/locations', { name: 'Per account' }, withKey(k));
    const theirs = await colleague.post('/api/v1/locations', { name: 'Per account' }, withKey(k));
    assert.deepEqual([mine.status, theirs.status], [201, 201]);
    assert.ok(!replayed(theirs));
    assert.notEqual(mine.body.id, theirs.body.id);
    assert.equal((await locationsNamed(o, 'Per account')).length, 2);
    // Another account's key with other data is no mismatch either.
    const otherData = await colleague.post('/api/v1/locations', { name: 'Iets anders' }, withKey(key()));
    assert.equal(otherData.status, 201);
  });

  test('keys are kept for 24 hours and then purged; after that the key is new again', async () => {
    const { o, admin, email } = await setup();
    const k = key();
    const first = await admin.post('/api/v1/locations', { name: 'Verloopt' }, withKey(k));
    assert.equal(first.status, 201);
    t.clock.advance({ hours: 23, minutes: 59 });
    await purgeExpiredKeys(t.ctx);
    assert.equal(await storedKeys(o, k), 1, 'kept within 24 hours');
    // A day later the session has ended: the same account signs in again.
    const sameAccount = await signedIn(t.app, email);
    const within = await sameAccount.post('/api/v1/locations', { name: 'Verloopt' }, withKey(k));
    assert.ok(replayed(within));
    t.clock.advance({ minutes: 2 });
    assert.ok((await purgeExpiredKeys(t.ctx)) >= 1);
    assert.equal(await storedKeys(o, k), 0, 'purged after 24 hours');
    const later = await sameAccount.post('/api/v1/locations', { name: 'Verloopt' }, withKey(k));
    assert.equal(later.status, 201);
    assert.ok(!replayed(later));
    assert.equal((await locationsNamed(o, 'Verloopt')).length, 2);
    t.clock.set(DEFAULT_NOW);
  });

  test('the OpenAPI description shares one Idempotency-Key header parameter among the creates', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    const parameter = doc.components.parameters.IdempotencyKey;
    assert.equal(parameter.in, 'header');
    assert.equal(parameter.name, 'Idempotency-Key');
    assert.notEqual(parameter.required, true);
    assert.match(parameter.description, /idempotency\.mismatch/);
    assert.equal(parameter.schema.pattern, '^[!-~]{1,200}$');
    const ref = { $ref: '#/components/parameters/IdempotencyKey' };
    for (const path of [
      '/api/v1/locations',
      '/api/v1/groups',
      '/api/v1/care-products',
      '/api/v1/closing-days',
      '/api/v1/staff-members',
      '/api/v1/children',
      '/api/v1/children/{childId}/guardians',
      '/api/v1/children/{childId}/placements',
    ]) {
      assert.deepEqual(
        doc.paths[path].post.parameters.filter((p: { $ref?: string }) => p.$ref),
        [ref],
        path,
      );
    }
    const patch = doc.paths['/api/v1/locations/{locationId}'].patch;
    assert.ok(!(patch.parameters ?? []).some((p: { $ref?: string }) => p.$ref), 'changes take no key');
  });
});
