import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSecondLocation, newGuardian, staffClient } from '../../../test/families-factories.ts';
import {
  createFamily,
  createOrganisation,
  DEFAULT_NOW,
  TEST_PASSWORD,
  TestClient,
  useTestSystem,
} from '../../../test/index.ts';

const t = useTestSystem();

describe('guardians', () => {
  test('search finds guardians the staff member may see, with their visible children', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const b = await createSecondLocation(t.ctx, o);
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    const here = await createFamily(t.ctx, o, { email: `zoek-hier-${process.pid}@example.nl` });
    const there = await createFamily(t.ctx, o, {
      groupId: b.groupId,
      email: `zoek-daar-${process.pid}@example.nl`,
    });
    await t.ctx.db
      .updateTable('children')
      .set({ location_id: b.locationId })
      .where('id', '=', there.childIds[0]!)
      .execute();
    const res = await planner.get('/api/v1/guardians?search=zoek-');
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.guardians.map((g: { id: string }) => g.id),
      [here.guardianId],
    );
    assert.deepEqual(
      res.body.guardians[0].children.map((c: { id: string }) => c.id),
      here.childIds,
    );
    const parent = new TestClient(t.app);
    await parent.login(here.email, TEST_PASSWORD);
    assert.equal((await parent.get('/api/v1/guardians')).status, 403);
  });

  test('a new e-mail address is also the sign-in address; one of another guardian is 409', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const other = await createFamily(t.ctx, o);
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    const taken = await planner.patch(`/api/v1/guardians/${f.guardianId}`, { email: other.email });
    assert.equal(taken.status, 409);
    assert.deepEqual(taken.body.error.fields[0], {
      path: 'email',
      code: 'taken',
      message: taken.body.error.fields[0].message,
    });

    const email = `verhuisd-${process.pid}@example.nl`;
    const res = await planner.patch(`/api/v1/guardians/${f.guardianId}`, {
      email: email.toUpperCase(),
      phone: '06 99999999',
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.guardian.email, email);
    assert.equal(res.body.guardian.phone, '06 99999999');
    assert.equal(res.body.guardian.city, '', 'fields not sent stay as they were');
    assert.deepEqual(res.body.permittedActions, ['guardian.update', 'guardian.invite']);
    assert.equal((await new TestClient(t.app).login(f.email, TEST_PASSWORD)).status, 401);
    assert.equal((await new TestClient(t.app).login(email, TEST_PASSWORD)).status, 200);

    const same = await planner.patch(`/api/v1/guardians/${f.guardianId}`, { email });
    assert.equal(same.status, 200, "keeping one's own address is no clash");
  });

  test('a guardian reads their own record; group staff read but do not change', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const parent = new TestClient(t.app);
    await parent.login(f.email, TEST_PASSWORD);
    assert.equal((await parent.get(`/api/v1/guardians/${f.guardianId}`)).status, 200);
    const other = await createFamily(t.ctx, o);
    assert.equal((await parent.get(`/api/v1/guardians/${other.guardianId}`)).status, 404);
    const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const read = await groupStaff.get(`/api/v1/guardians/${f.guardianId}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.permittedActions, []);
    assert.equal((await groupStaff.patch(`/api/v1/guardians/${f.guardianId}`, { city: 'X' })).status, 403);
  });
});

describe("a child's guardians", () => {
  test('link an existing guardian (two households), change authority, unlink; at least one stays', async () => {
    const o = await createOrganisation(t.ctx);
    const mother = await createFamily(t.ctx, o);
    const father = await createFamily(t.ctx, o);
    const childId = mother.childIds[0]!;
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });

    const linked = await planner.post(`/api/v1/children/${childId}/guardians`, {
      guardianId: father.guardianId,
      parentalAuthority: false,
    });
    assert.equal(linked.status, 201);
    const fatherLink = linked.body.guardians.find((g: { id: string }) => g.id === father.guardianId);
    assert.equal(fatherLink.parentalAuthority, false);
    const again = await planner.post(`/api/v1/children/${childId}/guardians`, {
      guardianId: father.guardianId,
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.fields[0].path, 'guardianId');

    const authority = await planner.patch(`/api/v1/children/${childId}/guardians/${father.guardianId}`, {
      parentalAuthority: true,
    });
    assert.equal(authority.status, 200);
    assert.ok(authority.body.guardians.every((g: { parentalAuthority: boolean }) => g.parentalAuthority));

    const fresh = newGuardian();
    const added = await planner.post(`/api/v1/children/${childId}/guardians`, { guardian: fresh });
    assert.equal(added.status, 201);
    assert.equal(added.body.guardians.length, 3);
    const clash = await planner.post(`/api/v1/children/${childId}/guardians`, { guardian: fresh });
    assert.equal(clash.status, 409);
    assert.equal(clash.body.error.fields[0].path, 'guardian.email');

    for (const g of added.body.guardians.slice(1)) {
      const res = await planner.delete(`/api/v1/children/${childId}/guardians/${g.id}`);
      assert.equal(res.status, 204);
    }
    const last = await planner.delete(`/api/v1/children/${childId}/guardians/${mother.guardianId}`);
    assert.equal(last.status, 409);
    assert.equal(last.body.error.fields[0].code, 'not_allowed');
    const notLinked = await planner.delete(`/api/v1/children/${childId}/guardians/${father.guardianId}`);
    assert.equal(notLinked.status, 404);
    const file = await planner.get(`/api/v1/children/${childId}/file`);
    assert.deepEqual(
      file.body.guardians.map((g: { id: string }) => g.id),
      [mother.guardianId],
    );
  });

  test('a guardian the planner may not see cannot be linked', async () => {
    const o = await createOrganisation(t.ctx);
    const b = await createSecondLocation(t.ctx, o);
    const here = await createFamily(t.ctx, o);
    const there = await createFamily(t.ctx, o, { groupId: b.groupId });
    await t.ctx.db
      .updateTable('children')
      .set({ location_id: b.locationId })
      .where('id', '=', there.childIds[0]!)
      .execute();
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    const res = await planner.post(`/api/v1/children/${here.childIds[0]}/guardians`, {
      guardianId: there.guardianId,
    });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.error.fields[0].path, 'guardianId');
    assert.deepEqual(res.body.error.fields[0].code, 'unknown_reference');
  });
});
