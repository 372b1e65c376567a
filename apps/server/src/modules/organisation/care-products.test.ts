import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createFamily, createOrganisation, createStaff, useTestSystem } from '../../../test/index.ts';
import { addLocation, signedIn } from '../../../test/organisation-factories.ts';

const t = useTestSystem();

const product = (groupIds: string[]) => ({
  name: 'Ochtend',
  startTime: '07:30',
  endTime: '13:00',
  weekdays: [3, 1, 1],
  weekType: 'school',
  pricing: 'fixed',
  priceCents: 4550,
  usage: 'incidental',
  groupIds,
});

async function setup() {
  const o = await createOrganisation(t.ctx);
  const other = await addLocation(t.ctx, o, 'Leiden');
  const admin = await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email);
  const managerStaff = await createStaff(t.ctx, o, 'location_manager', { locationId: o.locationId });
  const manager = await signedIn(t.app, managerStaff.email);
  return { o, other, admin, manager };
}

describe('care products', () => {
  test('an admin adds a product for groups; weekdays are normalised; it shows per group', async () => {
    const { o, other, admin } = await setup();
    const res = await admin.post('/api/v1/care-products', product([o.groupIds[0], other.groupId]));
    assert.equal(res.status, 201);
    assert.deepEqual(res.body.weekdays, [1, 3]);
    assert.equal(res.body.active, true);
    assert.deepEqual(
      res.body.groups.map((g: { name: string; locationName: string }) => [g.locationName, g.name]),
      [
        ['Leiden', 'Groep Leiden'],
        ['Locatie', 'Groep A'],
      ],
    );
    assert.deepEqual(res.body.permittedActions, ['careProduct.manage']);
    const forGroup = await admin.get(`/api/v1/care-products?groupId=${other.groupId}`);
    assert.deepEqual(
      forGroup.body.careProducts.map((p: { id: string }) => p.id),
      [res.body.id],
    );
    const byName = await admin.get('/api/v1/care-products?search=hele');
    assert.deepEqual(
      byName.body.careProducts.map((p: { id: string }) => p.id),
      [o.productId],
    );
  });

  test('the end must be after the start (endTime time_order); unknown groups are named', async () => {
    const { o, admin } = await setup();
    const times = await admin.post('/api/v1/care-products', {
      ...product([o.groupIds[0]]),
      endTime: '07:30',
    });
    assert.equal(times.status, 400);
    assert.deepEqual(
      [times.body.error.fields[0].path, times.body.error.fields[0].code],
      ['endTime', 'time_order'],
    );
    const unknown = await admin.post('/api/v1/care-products', product([o.groupIds[0], crypto.randomUUID()]));
    assert.equal(unknown.status, 404);
    assert.deepEqual(
      [unknown.body.error.fields[0].path, unknown.body.error.fields[0].code],
      ['groupIds.1', 'unknown_reference'],
    );
    const price = await admin.post('/api/v1/care-products', { ...product([]), priceCents: -1 });
    assert.equal(price.body.error.fields[0].path, 'priceCents');
  });

  test('deactivate instead of delete; the change is audited; filters by active', async () => {
    const { o, admin } = await setup();
    const res = await admin.patch(`/api/v1/care-products/${o.productId}`, {
      active: false,
      priceCents: 1100,
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.active, false);
    assert.equal(res.body.priceCents, 1100);
    assert.deepEqual(res.body.groupIds.sort(), [...o.groupIds].sort(), 'groups not sent stay');
    const active = await admin.get('/api/v1/care-products?active=true');
    assert.ok(!active.body.careProducts.some((p: { id: string }) => p.id === o.productId));
    const inactive = await admin.get('/api/v1/care-products?active=false');
    assert.deepEqual(
      inactive.body.careProducts.map((p: { id: string }) => p.id),
      [o.productId],
    );
    const log = await admin.get(`/api/v1/audit-events?subjectType=careProduct&subjectId=${o.productId}`);
    assert.equal(log.body.events[0].action, 'careProduct.deactivate');
    assert.deepEqual(log.body.events[0].details.fields, ['priceCents', 'active']);
    assert.equal((await admin.delete(`/api/v1/care-products/${o.productId}`)).status, 404);
  });

  test('a location manager works with the groups of their own locations only', async () => {
    const { o, other, admin, manager } = await setup();
    const own = await manager.post('/api/v1/care-products', product([o.groupIds[1]]));
    assert.equal(own.status, 201);
    const outside = await manager.post('/api/v1/care-products', product([o.groupIds[0], other.groupId]));
    assert.equal(outside.status, 404);
    assert.equal(outside.body.error.fields[0].path, 'groupIds.1');
    const none = await manager.post('/api/v1/care-products', product([]));
    assert.equal(none.status, 403);
    assert.equal(none.body.error.fields[0].code, 'not_allowed');

    const shared = await admin.post('/api/v1/care-products', product([o.groupIds[0], other.groupId]));
    const theirs = await admin.post('/api/v1/care-products', product([other.groupId]));
    const list = await manager.get('/api/v1/care-products');
    const seen = new Map(
      list.body.careProducts.map((p: { id: string; permittedActions: string[] }) => [
        p.id,
        p.permittedActions,
      ]),
    );
    assert.deepEqual(seen.get(shared.body.id), [], 'a shared product is visible, not changeable');
    assert.deepEqual(seen.get(own.body.id), ['careProduct.manage']);
    assert.ok(!seen.has(theirs.body.id));
    assert.equal((await manager.patch(`/api/v1/care-products/${shared.body.id}`, { name: 'X' })).status, 403);
    assert.equal((await manager.get(`/api/v1/care-products/${theirs.body.id}`)).status, 404);
    assert.equal((await manager.patch(`/api/v1/care-products/${theirs.body.id}`, { name: 'X' })).status, 404);
    const widen = await manager.patch(`/api/v1/care-products/${own.body.id}`, {
      groupIds: [o.groupIds[1], other.groupId],
    });
    assert.equal(widen.status, 404);
    const narrowed = await admin.get(`/api/v1/care-products/${own.body.id}`);
    assert.deepEqual(narrowed.body.groupIds, [o.groupIds[1]]);
  });

  test('guardians cannot list products; group staff read the products of their group but change none', async () => {
    const { o } = await setup();
    const parent = await signedIn(t.app, (await createFamily(t.ctx, o)).email);
    assert.equal((await parent.get('/api/v1/care-products')).status, 403);
    assert.equal((await parent.get(`/api/v1/care-products/${o.productId}`)).status, 404);
    assert.equal((await parent.patch(`/api/v1/care-products/${o.productId}`, { name: 'X' })).status, 404);
    const groupStaff = await signedIn(
      t.app,
      (await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] })).email,
    );
    const listed = await groupStaff.get('/api/v1/care-products');
    assert.deepEqual(
      listed.body.careProducts.map((p: any) => [p.id, p.permittedActions]),
      [[o.productId, []]],
      'the products of their group, read-only',
    );
    assert.equal((await groupStaff.post('/api/v1/care-products', product([o.groupIds[0]]))).status, 403);
    assert.equal((await groupStaff.get(`/api/v1/care-products/${o.productId}`)).status, 200);
    assert.equal((await groupStaff.patch(`/api/v1/care-products/${o.productId}`, { name: 'X' })).status, 403);
  });
});
