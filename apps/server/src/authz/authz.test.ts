import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createFamily,
  createOrganisation,
  createStaff,
  TEST_PASSWORD,
  TestClient,
  useTestSystem,
} from '../../test/index.ts';
import { getAction, PUBLIC } from './actions.ts';

const t = useTestSystem();

async function signedIn(email: string): Promise<TestClient> {
  const c = new TestClient(t.app);
  assert.equal((await c.login(email, TEST_PASSWORD)).status, 200);
  return c;
}

describe('every route declares an action (deny by default)', () => {
  test('no registered route is without a known action', () => {
    assert.ok(t.app.registeredRoutes.length > 10);
    const missing = t.app.registeredRoutes.filter(
      (r) => !(r.action === PUBLIC || (r.action && getAction(r.action))),
    );
    assert.deepEqual(missing, []);
  });

  test('only sign-in, tokens, health, docs, static files, the logo and dev helpers are public', () => {
    const publicApi = t.app.registeredRoutes
      .filter((r) => r.action === PUBLIC && r.url.startsWith('/api/v1/') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    assert.deepEqual(publicApi, [
      'GET /api/v1/branding/:slug/logo',
      'GET /api/v1/calendar/:file',
      'GET /api/v1/dev/clock',
      'GET /api/v1/dev/mailbox',
      'POST /api/v1/auth/activation/complete',
      'POST /api/v1/auth/activation/inspect',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/password-reset',
      'POST /api/v1/auth/password-reset/complete',
      'POST /api/v1/auth/password-reset/inspect',
      'POST /api/v1/dev/invitations/run',
      'POST /api/v1/dev/requests/expire',
      'PUT /api/v1/dev/clock',
    ]);
  });

  test('a route added without an action is refused', async () => {
    const { buildApp } = await import('../app.ts');
    const app = await buildApp(t.ctx, { settableClock: null, readiness: () => 1 });
    app.get('/api/v1/forgotten', async () => ({ secret: true }));
    const res = await app.inject({ method: 'GET', url: '/api/v1/forgotten' });
    assert.equal(res.statusCode, 403);
    await app.close();
  });

  test('signed-out requests to protected routes get 401', async () => {
    const res = await new TestClient(t.app).get('/api/v1/children');
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, 'unauthenticated');
  });
});

describe('rules: who sees which child', () => {
  test('guardians see their own children; others in the same organisation get 404', async () => {
    const o = await createOrganisation(t.ctx);
    const mine = await createFamily(t.ctx, o, { children: 2 });
    const theirs = await createFamily(t.ctx, o);
    const c = await signedIn(mine.email);
    const list = await c.get('/api/v1/children');
    assert.deepEqual(list.body.children.map((x: { id: string }) => x.id).sort(), [...mine.childIds].sort());
    assert.equal((await c.get(`/api/v1/children/${mine.childIds[0]}`)).status, 200);
    const other = await c.get(`/api/v1/children/${theirs.childIds[0]}`);
    assert.equal(other.status, 404);
    assert.equal(other.body.error.code, 'not_found');
  });

  test('a child with guardians in two households is seen by both', async () => {
    const o = await createOrganisation(t.ctx);
    const mum = await createFamily(t.ctx, o);
    const dad = await createFamily(t.ctx, o, { children: 0 });
    await t.ctx.db
      .insertInto('guardian_children')
      .values({ organisation_id: o.id, guardian_id: dad.guardianId, child_id: mum.childIds[0]! })
      .execute();
    const c = await signedIn(dad.email);
    assert.equal((await c.get(`/api/v1/children/${mum.childIds[0]}`)).status, 200);
  });

  test('group staff see the children of their group only; another group is 404', async () => {
    const o = await createOrganisation(t.ctx);
    const inA = await createFamily(t.ctx, o, { groupId: o.groupIds[0] });
    const inB = await createFamily(t.ctx, o, { groupId: o.groupIds[1] });
    const staffA = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const c = await signedIn(staffA.email);
    assert.equal((await c.get(`/api/v1/children/${inA.childIds[0]}`)).status, 200);
    assert.equal((await c.get(`/api/v1/children/${inB.childIds[0]}`)).status, 404);
    const ids = (await c.get('/api/v1/children')).body.children.map((x: { id: string }) => x.id);
    assert.ok(ids.includes(inA.childIds[0]));
    assert.ok(!ids.includes(inB.childIds[0]));
  });

  test('staff stop seeing a child once the placement has ended', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const staff = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    await t.ctx.db
      .updateTable('placements')
      .set({ end_date: '2026-02-27' })
      .where('child_id', '=', f.childIds[0]!)
      .execute();
    const c = await signedIn(staff.email);
    assert.equal((await c.get(`/api/v1/children/${f.childIds[0]}`)).status, 404);
    assert.equal(
      (await (await signedIn(f.email)).get(`/api/v1/children/${f.childIds[0]}`)).status,
      200,
      'the family still sees it',
    );
  });

  test('visible but not allowed is 403: a guardian or group staff cannot change child data, a planner can', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const groupStaff = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const planner = await createStaff(t.ctx, o, 'planner', { locationId: o.locationId });
    const url = `/api/v1/children/${f.childIds[0]}`;
    assert.equal((await (await signedIn(f.email)).patch(url, { firstName: 'Nieuw' })).status, 403);
    assert.equal((await (await signedIn(groupStaff.email)).patch(url, { firstName: 'Nieuw' })).status, 403);
    const res = await (await signedIn(planner.email)).patch(url, { firstName: 'Nieuw' });
    assert.equal(res.status, 200);
    assert.equal(res.body.child.firstName, 'Nieuw');
    const bad = await (await signedIn(planner.email)).patch(url, { birthDate: '2024-13-45' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.fields[0].path, 'birthDate');
  });
});

describe('tenancy: another organisation does not exist for you', () => {
  test('guardians, staff and even organisation admins of organisation A get 404 for a child of B', async () => {
    const a = await createOrganisation(t.ctx);
    const b = await createOrganisation(t.ctx);
    const childOfB = (await createFamily(t.ctx, b)).childIds[0];
    const users = [
      (await createFamily(t.ctx, a)).email,
      (await createStaff(t.ctx, a, 'group_staff', { groupId: a.groupIds[0] })).email,
      (await createStaff(t.ctx, a, 'planner')).email,
      (await createStaff(t.ctx, a, 'organisation_admin')).email,
    ];
    for (const email of users) {
      const c = await signedIn(email);
      assert.equal((await c.get(`/api/v1/children/${childOfB}`)).status, 404, email);
      assert.equal((await c.patch(`/api/v1/children/${childOfB}`, { firstName: 'X' })).status, 404, email);
      const list = await c.get('/api/v1/children');
      assert.ok(!list.body.children.some((x: { id: string }) => x.id === childOfB), email);
    }
  });

  test('a foreign key can never point into another organisation', async () => {
    const a = await createOrganisation(t.ctx);
    const b = await createOrganisation(t.ctx);
    const childOfB = (await createFamily(t.ctx, b)).childIds[0]!;
    await assert.rejects(
      t.ctx.db
        .insertInto('placements')
        .values({
          organisation_id: a.id,
          child_id: childOfB,
          group_id: a.groupIds[0],
          placement_type: 'X',
          start_date: '2026-01-01',
        })
        .execute(),
      /foreign key/,
    );
  });
});

describe('audit log', () => {
  test('every read and change of child data is logged with actor, organisation and child; admins read it', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const planner = await createStaff(t.ctx, o, 'planner');
    const admin = await createStaff(t.ctx, o, 'organisation_admin');
    const child = f.childIds[0]!;
    await (await signedIn(f.email)).get(`/api/v1/children/${child}`);
    await (await signedIn(planner.email)).patch(`/api/v1/children/${child}`, { lastName: 'Anders' });

    const log = await (await signedIn(admin.email)).get(`/api/v1/audit-events?childId=${child}`);
    assert.equal(log.status, 200);
    const events = log.body.events.map((e: { action: string; actorAccountId: string }) => [
      e.action,
      e.actorAccountId,
    ]);
    assert.deepEqual(events, [
      ['child.read', planner.accountId],
      ['child.update', planner.accountId],
      ['child.read', f.accountId],
    ]);
    assert.equal((await (await signedIn(planner.email)).get('/api/v1/audit-events')).status, 403);
  });
});
