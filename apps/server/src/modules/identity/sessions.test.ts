import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createFamily,
  createOrganisation,
  createStaff,
  DEFAULT_NOW,
  TEST_PASSWORD,
  TestClient,
  useTestSystem,
} from '../../../test/index.ts';
import { disableAccount } from './identity.queries.ts';

const t = useTestSystem();

describe('several accounts in one browser (P1)', () => {
  test('a parent at two organisations and a parent who is also staff use one browser and switch', async () => {
    const a = await createOrganisation(t.ctx, 'Opvang A');
    const b = await createOrganisation(t.ctx, 'Opvang B');
    const parentA = await createFamily(t.ctx, a);
    const parentB = await createFamily(t.ctx, b);
    const staffA = await createStaff(t.ctx, a, 'group_staff', { groupId: a.groupIds[0] });
    const c = new TestClient(t.app);
    await c.login(parentA.email, TEST_PASSWORD);
    await c.login(parentB.email, TEST_PASSWORD);
    await c.login(staffA.email, TEST_PASSWORD);

    c.account = null;
    const me = await c.get('/api/v1/me');
    assert.deepEqual(
      me.body.accounts.map((x: { id: string }) => x.id),
      [parentA.accountId, parentB.accountId, staffA.accountId],
    );
    assert.equal(me.body.account.id, parentA.accountId, 'without a choice the first account is active');

    c.account = parentB.accountId;
    const asB = await c.get('/api/v1/me');
    assert.equal(asB.body.account.id, parentB.accountId);
    assert.equal(asB.body.account.organisationName, 'Opvang B');
    const childrenB = await c.get('/api/v1/children');
    assert.deepEqual(
      childrenB.body.children.map((x: { id: string }) => x.id),
      parentB.childIds,
    );

    c.account = staffA.accountId;
    assert.equal((await c.get('/api/v1/me')).body.account.kind, 'staff');
  });

  test('the same address at two organisations signs in to both with one password', async () => {
    const a = await createOrganisation(t.ctx);
    const b = await createOrganisation(t.ctx);
    const email = `shared-${Date.now()}@example.nl`;
    await createFamily(t.ctx, a, { email });
    await createFamily(t.ctx, b, { email });
    const res = await new TestClient(t.app).post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
    assert.equal(res.status, 200);
    assert.equal(res.body.accounts.length, 2);
  });

  test('an account that is not signed in here cannot be chosen', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const other = await createFamily(t.ctx, o);
    const c = new TestClient(t.app);
    await c.login(f.email, TEST_PASSWORD);
    c.account = other.accountId;
    assert.equal((await c.get('/api/v1/children')).status, 401);
    // `me` tells the tab which account is active instead.
    assert.equal((await c.get('/api/v1/me')).body.account.id, f.accountId);
  });

  test('logout ends the active account only; logout-all ends them all', async () => {
    const o = await createOrganisation(t.ctx);
    const f1 = await createFamily(t.ctx, o);
    const f2 = await createFamily(t.ctx, o);
    const c = new TestClient(t.app);
    await c.login(f1.email, TEST_PASSWORD);
    await c.login(f2.email, TEST_PASSWORD);
    const cookieWithBoth = c.cookie;
    c.account = f2.accountId;
    const out = await c.post('/api/v1/auth/logout');
    assert.equal(out.status, 200);
    assert.deepEqual(
      out.body.accounts.map((x: { id: string }) => x.id),
      [f1.accountId],
    );
    c.account = null;
    assert.equal((await c.get('/api/v1/me')).body.account.id, f1.accountId);

    await c.login(f2.email, TEST_PASSWORD);
    const all = await c.post('/api/v1/auth/logout-all');
    assert.deepEqual(all.body.accounts, []);
    assert.equal(c.cookie, null);
    // The old cookie is worth nothing any more: the sessions ended on the server.
    c.cookie = cookieWithBoth;
    assert.equal((await c.get('/api/v1/me')).status, 401);
  });
});

describe('session lifetime', () => {
  test('a guardian session ends after 30 idle days and is kept alive by use', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const c = new TestClient(t.app);
    await c.login(f.email, TEST_PASSWORD);
    t.clock.advance({ hours: 29 * 24 });
    assert.equal((await c.get('/api/v1/me')).status, 200, 'used within the idle period');
    t.clock.advance({ hours: 29 * 24 });
    assert.equal((await c.get('/api/v1/me')).status, 200, 'the use above restarted the idle period');
    t.clock.advance({ hours: 30 * 24 + 1 });
    assert.equal((await c.get('/api/v1/me')).status, 401, 'idle too long');
    t.clock.set(DEFAULT_NOW);
  });

  test('a staff session ends after 12 idle hours, and every session at its absolute limit', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const s = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const c = new TestClient(t.app);
    await c.login(s.email, TEST_PASSWORD);
    t.clock.advance({ hours: 11 });
    assert.equal((await c.get('/api/v1/me')).status, 200);
    t.clock.advance({ hours: 12, minutes: 1 });
    assert.equal((await c.get('/api/v1/me')).status, 401);

    t.clock.set(DEFAULT_NOW);
    await c.login(s.email, TEST_PASSWORD);
    for (let day = 0; day < 30; day++) {
      t.clock.advance({ hours: 11 });
      await c.get('/api/v1/me');
      t.clock.advance({ hours: 13 });
    }
    assert.equal((await c.get('/api/v1/me')).status, 401, 'past 30 days even when used every day');
    t.clock.set(DEFAULT_NOW);
  });

  test('disabling an account ends its sessions at once', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const c = new TestClient(t.app);
    await c.login(f.email, TEST_PASSWORD);
    await disableAccount(t.ctx.db, o.id, f.accountId, new Date());
    assert.equal((await c.get('/api/v1/me')).status, 401);
  });

  test('a forged or altered token is not a session', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const c = new TestClient(t.app);
    await c.login(f.email, TEST_PASSWORD);
    const token = c.cookie!;
    c.cookie = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    assert.equal((await c.get('/api/v1/me')).status, 401);
    const rows = await t.ctx.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('account_id', '=', f.accountId)
      .execute();
    assert.ok(
      rows.every((r) => !r.token_hash.toString('utf8').includes(token)),
      'tokens are stored hashed',
    );
  });
});
