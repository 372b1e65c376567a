import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createOrganisation, createStaff, useTestSystem } from '../../../test/index.ts';
import { addLocation, signedIn } from '../../../test/organisation-factories.ts';

const t = useTestSystem();

const weekdays = (opensAt: string, closesAt: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt, closesAt }));

async function setup() {
  const o = await createOrganisation(t.ctx);
  const other = await addLocation(t.ctx, o, 'Leiden');
  const admin = await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email);
  return { o, other, admin };
}

describe('groups', () => {
  test('an admin adds a group with opening hours; it shows in the list by location', async () => {
    const { o, admin } = await setup();
    const res = await admin.post('/api/v1/groups', {
      locationId: o.locationId,
      name: 'Dolfijnen',
      kind: 'BSO',
      minAgeMonths: 48,
      maxAgeMonths: 156,
      capacity: 20,
      openingHours: [
        { weekday: 3, opensAt: '12:00', closesAt: '18:30' },
        { weekday: 1, opensAt: '14:00', closesAt: '18:30' },
      ],
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.locationName, 'Locatie');
    assert.deepEqual(res.body.openingHours, [
      { weekday: 1, opensAt: '14:00', closesAt: '18:30' },
      { weekday: 3, opensAt: '12:00', closesAt: '18:30' },
    ]);
    const list = await admin.get(`/api/v1/groups?locationId=${o.locationId}`);
    assert.deepEqual(
      list.body.groups.map((g: { name: string }) => g.name),
      ['Dolfijnen', 'Groep A', 'Groep B'],
    );
    const search = await admin.get('/api/v1/groups?search=dolf');
    assert.deepEqual(
      search.body.groups.map((g: { id: string }) => g.id),
      [res.body.id],
    );
  });

  test('order errors name the right field', async () => {
    const { o, admin } = await setup();
    const base = { locationId: o.locationId, name: 'X', kind: 'KDV', capacity: 10 };
    const hours = await admin.post('/api/v1/groups', {
      ...base,
      minAgeMonths: 0,
      maxAgeMonths: 48,
      openingHours: [
        { weekday: 1, opensAt: '07:00', closesAt: '18:00' },
        { weekday: 2, opensAt: '07:00', closesAt: '18:00' },
        { weekday: 3, opensAt: '18:00', closesAt: '07:00' },
      ],
    });
    assert.equal(hours.status, 400);
    assert.deepEqual(
      hours.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
      [['openingHours.2.closesAt', 'time_order']],
    );
    const twice = await admin.post('/api/v1/groups', {
      ...base,
      minAgeMonths: 0,
      maxAgeMonths: 48,
      openingHours: [
        { weekday: 1, opensAt: '07:00', closesAt: '18:00' },
        { weekday: 1, opensAt: '08:00', closesAt: '12:00' },
      ],
    });
    assert.deepEqual(
      twice.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
      [['openingHours.1.weekday', 'taken']],
    );
    const ages = await admin.post('/api/v1/groups', {
      ...base,
      minAgeMonths: 48,
      maxAgeMonths: 12,
      openingHours: [],
    });
    assert.equal(ages.body.error.fields[0].path, 'maxAgeMonths');
    const time = await admin.post('/api/v1/groups', {
      ...base,
      minAgeMonths: 0,
      maxAgeMonths: 12,
      openingHours: [{ weekday: 8, opensAt: '7:00', closesAt: '18:00' }],
    });
    assert.deepEqual(time.body.error.fields.map((f: { path: string }) => f.path).sort(), [
      'openingHours.0.opensAt',
      'openingHours.0.weekday',
    ]);
  });

  test('a change replaces the opening hours as a whole, in one transaction, and is audited', async () => {
    const { o, admin } = await setup();
    const id = o.groupIds[0];
    const res = await admin.patch(`/api/v1/groups/${id}`, {
      capacity: 16,
      openingHours: weekdays('07:30', '18:00').slice(0, 4),
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.capacity, 16);
    assert.equal(res.body.openingHours.length, 4);
    assert.equal(res.body.name, 'Groep A');
    // A bad entry leaves the old hours in place (nothing is half-replaced).
    const bad = await admin.patch(`/api/v1/groups/${id}`, {
      openingHours: [{ weekday: 1, opensAt: '09:00', closesAt: '08:00' }],
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.fields[0].path, 'openingHours.0.closesAt');
    const after = await admin.get(`/api/v1/groups/${id}`);
    assert.equal(after.body.openingHours.length, 4);
    const ages = await admin.patch(`/api/v1/groups/${id}`, { minAgeMonths: 60 });
    assert.equal(ages.body.error.fields[0].path, 'maxAgeMonths', 'checked against the stored maximum');
    const log = await admin.get(`/api/v1/audit-events?subjectType=group&subjectId=${id}`);
    assert.equal(log.body.events.length, 1);
    assert.deepEqual(log.body.events[0].details.fields, ['capacity', 'openingHours']);
    assert.deepEqual(log.body.events[0].details.changes.capacity, { from: 12, to: 16 });
  });

  test('a location manager manages the groups of their location only', async () => {
    const { o, other } = await setup();
    const manager = await signedIn(
      t.app,
      (await createStaff(t.ctx, o, 'location_manager', { locationId: o.locationId })).email,
    );
    const list = await manager.get('/api/v1/groups');
    assert.deepEqual(list.body.groups.map((g: { id: string }) => g.id).sort(), [...o.groupIds].sort());
    assert.equal((await manager.patch(`/api/v1/groups/${o.groupIds[0]}`, { name: 'Egels' })).status, 200);
    assert.equal((await manager.get(`/api/v1/groups/${other.groupId}`)).status, 404);
    assert.equal((await manager.patch(`/api/v1/groups/${other.groupId}`, { name: 'X' })).status, 404);
    const body = {
      locationId: other.locationId,
      name: 'Elders',
      kind: 'KDV',
      minAgeMonths: 0,
      maxAgeMonths: 48,
      capacity: 10,
      openingHours: [],
    };
    const elsewhere = await manager.post('/api/v1/groups', body);
    assert.equal(elsewhere.status, 404);
    assert.equal(elsewhere.body.error.fields[0].path, 'locationId');
    const moveAway = await manager.patch(`/api/v1/groups/${o.groupIds[1]}`, { locationId: other.locationId });
    assert.equal(moveAway.status, 404);
    assert.equal((await manager.post('/api/v1/groups', { ...body, locationId: o.locationId })).status, 201);
  });

  test('creating in a location one sees but does not manage is 403 on locationId', async () => {
    const { o, other } = await setup();
    const staff = await createStaff(t.ctx, o, 'location_manager', { locationId: o.locationId });
    await t.ctx.db
      .insertInto('staff_roles')
      .values({
        organisation_id: o.id,
        staff_member_id: staff.staffMemberId,
        role: 'group_staff',
        group_id: other.groupId,
      })
      .execute();
    const c = await signedIn(t.app, staff.email);
    const res = await c.post('/api/v1/groups', {
      locationId: other.locationId,
      name: 'X',
      kind: 'KDV',
      minAgeMonths: 0,
      maxAgeMonths: 48,
      capacity: 10,
      openingHours: [],
    });
    assert.equal(res.status, 403);
    assert.deepEqual(
      res.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
      [['locationId', 'not_allowed']],
    );
    assert.equal((await c.patch(`/api/v1/groups/${other.groupId}`, { name: 'X' })).status, 403);
  });
});
