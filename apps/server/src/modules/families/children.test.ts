import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createSecondLocation, newGuardian, staffClient } from '../../../test/families-factories.ts';
import {
  createFamily,
  createOrganisation,
  createStaff,
  DEFAULT_NOW,
  TEST_PASSWORD,
  TestClient,
  useTestSystem,
} from '../../../test/index.ts';
import * as families from './families.queries.ts';

const t = useTestSystem();

function childBody(locationId: string, guardians: unknown[], extra: Record<string, unknown> = {}) {
  return { locationId, firstName: 'Bram', lastName: 'Jansen', birthDate: '2025-05-05', guardians, ...extra };
}

describe('who sees which child (S2)', () => {
  test("planners see their location's children before care starts; other locations answer 404", async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const b = await createSecondLocation(t.ctx, o);
    const plannerA = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    const plannerB = await staffClient(t.app, t.ctx, o, 'planner', { locationId: b.locationId });
    const groupStaffA = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });

    const created = await plannerA.post(
      '/api/v1/children',
      childBody(o.locationId, [{ guardian: newGuardian() }]),
    );
    assert.equal(created.status, 201);
    const childId = created.body.child.id;
    assert.equal((await plannerA.get(`/api/v1/children/${childId}/file`)).status, 200);
    // No placement yet: the group's staff do not see the child; location B's planner never does.
    assert.equal((await groupStaffA.get(`/api/v1/children/${childId}/file`)).status, 404);
    for (const [method, url, body] of [
      ['GET', `/api/v1/children/${childId}/file`],
      ['PATCH', `/api/v1/children/${childId}`, { firstName: 'X' }],
      ['GET', `/api/v1/children/${childId}/photo`],
      ['DELETE', `/api/v1/children/${childId}/photo`],
      ['GET', `/api/v1/guardians/${created.body.guardians[0].id}`],
      ['PATCH', `/api/v1/guardians/${created.body.guardians[0].id}`, { city: 'X' }],
      [
        'POST',
        `/api/v1/children/${childId}/placements`,
        {
          groupId: b.groupId,
          placementType: 'Flex',
          startDate: '2026-04-01',
          days: [{ weekday: 1, careProductId: b.productId }],
        },
      ],
    ] as const) {
      const res = await plannerB.request(method, url, body);
      assert.equal(res.status, 404, `${method} ${url}`);
    }
    const listB = await plannerB.get('/api/v1/children');
    assert.ok(!listB.body.children.some((c: { id: string }) => c.id === childId));

    // A future placement in a group makes the child visible to that group's staff, to read.
    const placed = await plannerA.post(`/api/v1/children/${childId}/placements`, {
      groupId: o.groupIds[0],
      placementType: 'Flexibel',
      startDate: '2026-04-01',
      days: [{ weekday: 2, careProductId: o.productId }],
    });
    assert.equal(placed.status, 201);
    const file = await groupStaffA.get(`/api/v1/children/${childId}/file`);
    assert.equal(file.status, 200);
    assert.deepEqual(file.body.permittedActions, [], 'group staff read, they do not change');
    assert.equal((await groupStaffA.patch(`/api/v1/children/${childId}`, { firstName: 'X' })).status, 403);
    assert.equal((await plannerB.get(`/api/v1/children/${childId}/file`)).status, 404);
  });

  test('staff of another organisation never see the child', async () => {
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const other = await createOrganisation(t.ctx, 'Andere Opvang');
    const admin = await staffClient(t.app, t.ctx, other, 'organisation_admin');
    assert.equal((await admin.get(`/api/v1/children/${f.childIds[0]}/file`)).status, 404);
    assert.equal((await admin.get('/api/v1/children')).body.total, 0);
  });
});

describe('the staff list of children', () => {
  test('search by child or guardian name or e-mail, filter by location, page with a total', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const b = await createSecondLocation(t.ctx, o);
    const admin = await staffClient(t.app, t.ctx, o, 'organisation_admin');
    const g = newGuardian({ firstName: 'Marieke', lastName: 'Zoeklicht' });
    const a1 = await admin.post('/api/v1/children', {
      ...childBody(o.locationId, [{ guardian: g }]),
      firstName: 'Anna',
      lastName: 'Appel',
    });
    const a2 = await admin.post('/api/v1/children', {
      ...childBody(o.locationId, [{ guardianId: a1.body.guardians[0].id }]),
      firstName: 'Bas',
      lastName: 'Appel',
    });
    const b1 = await admin.post('/api/v1/children', {
      ...childBody(b.locationId, [{ guardian: newGuardian() }]),
      firstName: 'Cees',
      lastName: 'Peer',
    });
    assert.deepEqual([a1.status, a2.status, b1.status], [201, 201, 201]);
    await admin.post(`/api/v1/children/${b1.body.child.id}/placements`, {
      groupId: b.groupId,
      placementType: 'Flex',
      startDate: '2026-03-02',
      days: [{ weekday: 1, careProductId: b.productId }],
    });
    // Anna's care has not begun: her group is upcoming, with its first day.
    await admin.post(`/api/v1/children/${a1.body.child.id}/placements`, {
      groupId: o.groupIds[0],
      placementType: 'Flex',
      startDate: '2026-05-04',
      days: [{ weekday: 1, careProductId: o.productId }],
    });

    const names = (res: { body: { children: { firstName: string }[] } }) =>
      res.body.children.map((c) => c.firstName);
    const all = await admin.get('/api/v1/children');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 3);
    assert.deepEqual(names(all), ['Anna', 'Bas', 'Cees']);
    const cees = all.body.children[2];
    assert.deepEqual(cees.location, { id: b.locationId, name: 'Tweede locatie' });
    assert.deepEqual(cees.currentGroups, [{ id: b.groupId, name: 'Groep C' }]);
    assert.deepEqual(cees.upcomingGroups, []);
    assert.deepEqual(all.body.children[0].currentGroups, []);
    assert.deepEqual(all.body.children[0].upcomingGroups, [
      { id: o.groupIds[0], name: 'Groep A', startDate: '2026-05-04' },
    ]);
    assert.equal(all.body.children[0].guardians[0].firstName, 'Marieke');
    assert.equal(all.body.children[0].guardians[0].invitation.status, 'not_invited');

    assert.deepEqual(names(await admin.get('/api/v1/children?search=zoeklicht')), ['Anna', 'Bas']);
    assert.deepEqual(names(await admin.get(`/api/v1/children?search=${encodeURIComponent(g.email)}`)), [
      'Anna',
      'Bas',
    ]);
    assert.deepEqual(names(await admin.get('/api/v1/children?search=bas%20appel')), ['Bas']);
    assert.deepEqual(names(await admin.get('/api/v1/children?search=%25')), [], 'LIKE wildcards are literal');
    assert.deepEqual(names(await admin.get(`/api/v1/children?locationId=${b.locationId}`)), ['Cees']);

    const page = await admin.get('/api/v1/children?limit=2&offset=2');
    assert.equal(page.body.total, 3);
    assert.deepEqual(names(page), ['Cees']);
    assert.equal((await admin.get('/api/v1/children?limit=0')).status, 400);
  });

  test('a guardian keeps the family view: their children with placements, no paging', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o, { children: 2 });
    const c = new TestClient(t.app);
    await c.login(f.email, TEST_PASSWORD);
    const res = await c.get('/api/v1/children?search=nothing&limit=1');
    assert.equal(res.status, 200);
    assert.equal(res.body.total, undefined);
    assert.equal(res.body.children.length, 2);
    assert.equal(res.body.children[0].placements[0].groupName, 'Groep A');
    const one = await c.get(`/api/v1/children/${f.childIds[0]}`);
    assert.equal(one.body.id, f.childIds[0]);
  });
});

describe('registering a child', () => {
  test('new guardians get an account at once (no password, not invited); one transaction, audited', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    const mentor = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const g = newGuardian({ email: 'Nieuw.Adres@Example.NL' });
    const res = await planner.post(
      '/api/v1/children',
      childBody(o.locationId, [{ guardian: g, parentalAuthority: false }], {
        mentorStaffMemberId: mentor.staffMemberId,
      }),
    );
    assert.equal(res.status, 201);
    assert.equal(res.body.child.mentor.id, mentor.staffMemberId);
    assert.equal(res.body.child.location.id, o.locationId);
    assert.deepEqual(res.body.placements, []);
    const guardian = res.body.guardians[0];
    assert.equal(guardian.email, 'nieuw.adres@example.nl');
    assert.equal(guardian.parentalAuthority, false);
    assert.equal(guardian.postcode, '1234 AB');
    const account = await t.ctx.db
      .selectFrom('accounts')
      .selectAll()
      .where('guardian_id', '=', guardian.id)
      .executeTakeFirstOrThrow();
    assert.equal(account.kind, 'guardian');
    assert.equal(account.email, 'nieuw.adres@example.nl');
    assert.equal(account.password_hash, null);
    assert.equal(account.invited_at, null);
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('organisation_id', '=', o.id)
      .where(sql<boolean>`${res.body.child.id}::uuid = any(child_ids)`)
      .execute();
    const actions = audit.map((a) => a.action);
    for (const action of ['child.create', 'guardian.create', 'child.guardian_link']) {
      assert.ok(actions.includes(action), action);
    }
  });

  test('an e-mail address of another guardian is 409 on that field, and nothing is stored', async () => {
    const o = await createOrganisation(t.ctx);
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    const existing = await createFamily(t.ctx, o);
    const before = await t.ctx.db
      .selectFrom('children')
      .select('id')
      .where('organisation_id', '=', o.id)
      .execute();
    const res = await planner.post(
      '/api/v1/children',
      childBody(o.locationId, [
        { guardian: newGuardian() },
        { guardian: newGuardian({ email: existing.email.toUpperCase() }) },
      ]),
    );
    assert.equal(res.status, 409);
    assert.deepEqual(
      res.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
      [['guardians.1.guardian.email', 'taken']],
    );
    const after = await t.ctx.db
      .selectFrom('children')
      .select('id')
      .where('organisation_id', '=', o.id)
      .execute();
    assert.equal(after.length, before.length, 'the transaction rolled back');

    // The form then links that guardian instead.
    const linked = await planner.post(
      '/api/v1/children',
      childBody(o.locationId, [{ guardianId: existing.guardianId }]),
    );
    assert.equal(linked.status, 201);
    assert.equal(linked.body.guardians[0].id, existing.guardianId);
  });

  test('the location must be one the planner plans for, the mentor an active staff member', async () => {
    const o = await createOrganisation(t.ctx);
    const b = await createSecondLocation(t.ctx, o);
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    const fieldOf = (res: { body: { error: { fields: { path: string; code: string }[] } } }) =>
      res.body.error.fields.map((f) => `${f.path}:${f.code}`);

    const elsewhere = await planner.post(
      '/api/v1/children',
      childBody(b.locationId, [{ guardian: newGuardian() }]),
    );
    assert.equal(elsewhere.status, 400);
    assert.deepEqual(fieldOf(elsewhere), ['locationId:unknown_reference']);

    const leaver = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    await t.ctx.db
      .updateTable('staff_members')
      .set({ active: false })
      .where('id', '=', leaver.staffMemberId)
      .execute();
    const inactive = await planner.post(
      '/api/v1/children',
      childBody(o.locationId, [{ guardian: newGuardian() }], { mentorStaffMemberId: leaver.staffMemberId }),
    );
    assert.deepEqual(fieldOf(inactive), ['mentorStaffMemberId:unknown_reference']);

    const none = await planner.post('/api/v1/children', childBody(o.locationId, []));
    assert.equal(none.status, 400);
    assert.equal(none.body.error.fields[0].path, 'guardians');

    const badEmail = await planner.post(
      '/api/v1/children',
      childBody(o.locationId, [{ guardian: newGuardian({ email: 'geen-adres' }) }]),
    );
    assert.equal(badEmail.status, 400);
    assert.ok(fieldOf(badEmail).some((f) => f.startsWith('guardians.0.guardian.email:')));

    const twice = newGuardian();
    const dup = await planner.post(
      '/api/v1/children',
      childBody(o.locationId, [{ guardian: twice }, { guardian: { ...twice, firstName: 'Ander' } }]),
    );
    assert.deepEqual(fieldOf(dup), ['guardians.1.guardian.email:invalid_value']);

    const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const refused = await groupStaff.post(
      '/api/v1/children',
      childBody(o.locationId, [{ guardian: newGuardian() }]),
    );
    assert.equal(refused.status, 403);
  });
});

describe('the child file and changing a child', () => {
  test('shows mentor, location, external reference, guardians and every placement with its days', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const f = await createFamily(t.ctx, o);
    const childId = f.childIds[0]!;
    await t.ctx.db.updateTable('children').set({ external_ref: 'K-42' }).where('id', '=', childId).execute();
    await families.insertPlacement(t.ctx.db, o.id, {
      childId,
      groupId: o.groupIds[1],
      placementType: 'Oud',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      days: [{ weekday: 5, careProductId: o.productId }],
    });
    const manager = await staffClient(t.app, t.ctx, o, 'location_manager', { locationId: o.locationId });
    const res = await manager.get(`/api/v1/children/${childId}/file`);
    assert.equal(res.status, 200);
    assert.equal(res.body.child.externalRef, 'K-42');
    assert.equal(res.body.child.mentor, null);
    assert.equal(res.body.child.photoUpdatedAt, null);
    assert.deepEqual(res.body.permittedActions, ['child.update']);
    assert.equal(res.body.guardians[0].invitation.status, 'active');
    assert.deepEqual(
      res.body.placements.map((p: { placementType: string; state: string }) => [p.placementType, p.state]),
      [
        ['Oud', 'ended'],
        ['Flexibel', 'current'],
      ],
    );
    assert.deepEqual(res.body.placements[1].days, [
      { weekday: 1, careProductId: o.productId, careProductName: 'Hele dag' },
    ]);
  });

  test('PATCH changes names, birth date, location and mentor; audited with the fields', async () => {
    const o = await createOrganisation(t.ctx);
    const b = await createSecondLocation(t.ctx, o);
    const f = await createFamily(t.ctx, o);
    const childId = f.childIds[0]!;
    const admin = await staffClient(t.app, t.ctx, o, 'organisation_admin');
    const mentor = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const res = await admin.patch(`/api/v1/children/${childId}`, {
      firstName: 'Nieuwe',
      birthDate: '2024-02-29',
      locationId: b.locationId,
      mentorStaffMemberId: mentor.staffMemberId,
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.child.firstName, 'Nieuwe');
    assert.equal(res.body.child.birthDate, '2024-02-29');
    assert.equal(res.body.child.location.id, b.locationId);
    assert.equal(res.body.child.mentor.id, mentor.staffMemberId);
    const cleared = await admin.patch(`/api/v1/children/${childId}`, { mentorStaffMemberId: null });
    assert.equal(cleared.body.child.mentor, null);
    const unknown = await admin.patch(`/api/v1/children/${childId}`, {
      mentorStaffMemberId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.fields[0].code, 'unknown_reference');
    assert.equal((await admin.patch(`/api/v1/children/${childId}`, {})).status, 400);
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'child.update')
      .where(sql<boolean>`${childId}::uuid = any(child_ids)`)
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    assert.deepEqual((audit.details as { fields: string[] }).fields.sort(), [
      'birthDate',
      'firstName',
      'locationId',
      'mentorStaffMemberId',
    ]);
  });
});
