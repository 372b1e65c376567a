import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createFamily, createOrganisation, createStaff, useTestSystem } from '../../../test/index.ts';
import { addLocation, signedIn } from '../../../test/organisation-factories.ts';

const t = useTestSystem();

/** Organisation O with locations A (from the factory) and B, each with a group and a staff member. */
async function world() {
  const o = await createOrganisation(t.ctx);
  const b = await addLocation(t.ctx, o, 'B');
  const staffA = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  const staffB = await createStaff(t.ctx, o, 'group_staff', { groupId: b.groupId });
  const productB = (
    await t.ctx.db
      .insertInto('care_products')
      .values({
        organisation_id: o.id,
        name: 'B-product',
        start_time: '08:00',
        end_time: '12:00',
        weekdays: [1],
        week_type: 'any',
        pricing: 'fixed',
        price_cents: 100,
        usage: 'incidental',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await t.ctx.db
    .insertInto('care_product_groups')
    .values({ organisation_id: o.id, care_product_id: productB, group_id: b.groupId })
    .execute();
  return { o, b, staffA, staffB, productB };
}

/** Valid bodies for the create routes (bodies are validated before the action is checked). */
function bodies(w: Awaited<ReturnType<typeof world>>) {
  return {
    group: {
      locationId: w.o.locationId,
      name: 'X',
      kind: 'KDV',
      minAgeMonths: 0,
      maxAgeMonths: 12,
      capacity: 1,
      openingHours: [],
    },
    product: {
      name: 'X',
      startTime: '08:00',
      endTime: '09:00',
      weekdays: [1],
      weekType: 'any',
      pricing: 'fixed',
      priceCents: 1,
      usage: 'incidental',
      groupIds: [w.o.groupIds[0]],
    },
    closingDay: { date: '2026-06-01', description: 'X', locationId: w.o.locationId },
    staff: {
      firstName: 'X',
      lastName: 'Y',
      email: 'x@example.nl',
      roles: [{ role: 'group_staff', groupId: w.o.groupIds[0] }],
    },
  };
}

/** Every route of this part that names one thing, with a harmless body. */
function targeted(w: Awaited<ReturnType<typeof world>>, which: 'A' | 'B') {
  const location = which === 'A' ? w.o.locationId : w.b.locationId;
  const group = which === 'A' ? w.o.groupIds[0] : w.b.groupId;
  const product = which === 'A' ? w.o.productId : w.productB;
  const staff = which === 'A' ? w.staffA.staffMemberId : w.staffB.staffMemberId;
  return [
    ['GET', `/api/v1/locations/${location}`],
    ['PATCH', `/api/v1/locations/${location}`, { city: 'X' }],
    ['GET', `/api/v1/groups/${group}`],
    ['PATCH', `/api/v1/groups/${group}`, { capacity: 3 }],
    ['PATCH', `/api/v1/care-products/${product}`, { name: 'X' }],
    ['GET', `/api/v1/staff-members/${staff}`],
    ['PATCH', `/api/v1/staff-members/${staff}`, { phone: '1' }],
    ['POST', `/api/v1/staff-members/${staff}/deactivate`],
    ['POST', `/api/v1/staff-members/${staff}/invitation`],
  ] as const;
}

describe('who may set up what', () => {
  test("a location manager of A gets 404 for B's location, groups, products and staff", async () => {
    const w = await world();
    const manager = await signedIn(
      t.app,
      (await createStaff(t.ctx, w.o, 'location_manager', { locationId: w.o.locationId })).email,
    );
    for (const [method, url, body] of targeted(w, 'B')) {
      const res = await manager.request(method, url, body ?? (method === 'GET' ? undefined : {}));
      assert.equal(res.status, 404, `${method} ${url}`);
    }
    assert.equal((await manager.get(`/api/v1/care-products/${w.productB}`)).status, 404);
    for (const [method, url, body] of targeted(w, 'A')) {
      const res = await manager.request(method, url, body ?? (method === 'GET' ? undefined : {}));
      assert.ok([200, 409].includes(res.status), `${method} ${url}: ${res.status}`);
    }
  });

  test('a planner reads their location, groups and products but cannot change settings or set anything up', async () => {
    const w = await world();
    const planner = await signedIn(
      t.app,
      (await createStaff(t.ctx, w.o, 'planner', { locationId: w.o.locationId })).email,
    );
    assert.equal((await planner.get('/api/v1/organisation/settings')).status, 403);
    assert.equal((await planner.patch('/api/v1/organisation/settings', { name: 'X' })).status, 403);
    assert.equal((await planner.delete('/api/v1/organisation/logo')).status, 403);
    assert.equal((await planner.get('/api/v1/closing-days')).status, 403);
    // Planners pick locations, groups and products for placements: they read their own location's, read-only.
    const locations = await planner.get('/api/v1/locations');
    assert.equal(locations.status, 200);
    assert.deepEqual(
      locations.body.locations.map((l: any) => [l.id, l.permittedActions]),
      [[w.o.locationId, []]],
    );
    const groups = await planner.get('/api/v1/groups');
    assert.deepEqual(groups.body.groups.map((g: any) => g.id).sort(), [...w.o.groupIds].sort());
    assert.ok(groups.body.groups.every((g: any) => g.permittedActions.length === 0));
    const products = await planner.get('/api/v1/care-products');
    assert.deepEqual(
      products.body.careProducts.map((p: any) => [p.id, p.permittedActions]),
      [[w.o.productId, []]],
    );
    assert.equal((await planner.patch(`/api/v1/locations/${w.o.locationId}`, { city: 'X' })).status, 403);
    assert.equal((await planner.patch(`/api/v1/groups/${w.o.groupIds[0]}`, { capacity: 1 })).status, 403);
    assert.equal((await planner.patch(`/api/v1/locations/${w.b.locationId}`, { city: 'X' })).status, 404);
  });

  test('group staff see only their own group and cannot list staff members or set anything up', async () => {
    const w = await world();
    const c = await signedIn(t.app, w.staffA.email);
    assert.equal((await c.get('/api/v1/staff-members')).status, 403);
    assert.equal((await c.post('/api/v1/staff-members', bodies(w).staff)).status, 403);
    const groups = await c.get('/api/v1/groups');
    assert.deepEqual(
      groups.body.groups.map((g: any) => [g.id, g.permittedActions]),
      [[w.o.groupIds[0], []]],
      'only their own group, read-only',
    );
    assert.equal((await c.get(`/api/v1/groups/${w.o.groupIds[0]}`)).status, 403, 'their group: visible');
    assert.equal((await c.get(`/api/v1/groups/${w.b.groupId}`)).status, 404);
    assert.equal((await c.get(`/api/v1/staff-members/${w.staffA.staffMemberId}`)).status, 200, 'oneself');
    assert.equal((await c.post(`/api/v1/staff-members/${w.staffA.staffMemberId}/deactivate`)).status, 403);
  });

  test('guardians get 403 or 404 everywhere here', async () => {
    const w = await world();
    const parent = await signedIn(t.app, (await createFamily(t.ctx, w.o)).email);
    const b = bodies(w);
    const lists = [
      ['GET', '/api/v1/organisation/settings'],
      ['PATCH', '/api/v1/organisation/settings', { name: 'X' }],
      ['DELETE', '/api/v1/organisation/logo'],
      ['GET', '/api/v1/locations'],
      ['POST', '/api/v1/locations', { name: 'X' }],
      ['GET', '/api/v1/groups'],
      ['POST', '/api/v1/groups', b.group],
      ['GET', '/api/v1/care-products'],
      ['POST', '/api/v1/care-products', b.product],
      ['GET', '/api/v1/closing-days'],
      ['POST', '/api/v1/closing-days', b.closingDay],
      ['GET', '/api/v1/staff-members'],
      ['POST', '/api/v1/staff-members', b.staff],
      ['GET', '/api/v1/audit-events'],
    ] as const;
    for (const [method, url, body] of lists) {
      const res = await parent.request(
        method,
        url,
        method === 'GET' || method === 'DELETE' ? undefined : body,
      );
      assert.equal(res.status, 403, `${method} ${url}`);
    }
    // Their child's location and group are visible to them (403); the rest does not exist for them (404).
    for (const [method, url, body] of [...targeted(w, 'A'), ...targeted(w, 'B')]) {
      const res = await parent.request(method, url, body ?? (method === 'GET' ? undefined : {}));
      assert.ok([403, 404].includes(res.status), `${method} ${url}: ${res.status}`);
    }
    assert.equal((await parent.get(`/api/v1/groups/${w.o.groupIds[0]}`)).status, 403);
    assert.equal((await parent.get(`/api/v1/groups/${w.b.groupId}`)).status, 404);
  });

  test('an admin of another organisation gets 404 for everything of this one', async () => {
    const w = await world();
    const stranger = await createOrganisation(t.ctx);
    const admin = await signedIn(t.app, (await createStaff(t.ctx, stranger, 'organisation_admin')).email);
    for (const [method, url, body] of [...targeted(w, 'A'), ...targeted(w, 'B')]) {
      const res = await admin.request(method, url, body ?? (method === 'GET' ? undefined : {}));
      assert.equal(res.status, 404, `${method} ${url}`);
    }
    const b = bodies(w);
    assert.equal((await admin.post('/api/v1/groups', b.group)).status, 404);
    assert.equal((await admin.post('/api/v1/care-products', b.product)).status, 404);
    assert.equal((await admin.post('/api/v1/closing-days', b.closingDay)).status, 404);
    const role = await admin.post('/api/v1/staff-members', b.staff);
    assert.deepEqual([role.status, role.body.error.fields[0].code], [400, 'unknown_reference']);
    const list = await admin.get('/api/v1/locations');
    assert.ok(!list.body.locations.some((l: { id: string }) => l.id === w.o.locationId));
  });
});
