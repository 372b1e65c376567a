import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createFamily, createOrganisation, createStaff, useTestSystem } from '../../../test/index.ts';
import { addLocation, signedIn } from '../../../test/organisation-factories.ts';

// The test clock stands at Monday 2 March 2026.
const t = useTestSystem();

async function setup() {
  const o = await createOrganisation(t.ctx);
  const other = await addLocation(t.ctx, o, 'Leiden');
  const admin = await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email);
  const manager = await signedIn(
    t.app,
    (await createStaff(t.ctx, o, 'location_manager', { locationId: o.locationId })).email,
  );
  return { o, other, admin, manager };
}

describe('closing days', () => {
  test('admins close every location or one; the list filters by period, location and description', async () => {
    const { o, other, admin } = await setup();
    const all = await admin.post('/api/v1/closing-days', {
      date: '2026-04-27',
      description: 'Koningsdag',
      locationId: null,
    });
    assert.equal(all.status, 201);
    assert.equal(all.body.locationName, null);
    assert.deepEqual(all.body.permittedActions, ['closingDay.delete']);
    await admin.post('/api/v1/closing-days', {
      date: '2026-03-20',
      description: 'Studiedag',
      locationId: o.locationId,
    });
    await admin.post('/api/v1/closing-days', {
      date: '2026-05-01',
      description: 'Verhuizing',
      locationId: other.locationId,
    });
    const april = await admin.get('/api/v1/closing-days?from=2026-04-01&to=2026-04-30');
    assert.deepEqual(
      april.body.closingDays.map((d: { description: string }) => d.description),
      ['Koningsdag'],
    );
    const forLocation = await admin.get(`/api/v1/closing-days?locationId=${o.locationId}`);
    assert.deepEqual(
      forLocation.body.closingDays.map((d: { date: string; locationName: string | null }) => [
        d.date,
        d.locationName,
      ]),
      [
        ['2026-03-20', 'Locatie'],
        ['2026-04-27', null],
      ],
    );
    const searched = await admin.get(`/api/v1/closing-days?search=${encodeURIComponent('DAG')}`);
    assert.deepEqual(
      searched.body.closingDays.map((d: { description: string }) => d.description),
      ['Studiedag', 'Koningsdag'],
      'case-insensitive search in the description',
    );
    const literal = await admin.get(`/api/v1/closing-days?search=${encodeURIComponent('%')}`);
    assert.deepEqual(literal.body.closingDays, [], 'a % is searched for literally');
    const order = await admin.get('/api/v1/closing-days?from=2026-05-01&to=2026-04-01');
    assert.equal(order.status, 400);
    assert.deepEqual(
      [order.body.error.fields[0].path, order.body.error.fields[0].code],
      ['to', 'date_order'],
    );
  });

  test('a duplicate is 409 on date; a day in the past cannot be added or removed', async () => {
    const { o, admin } = await setup();
    const body = { date: '2026-03-10', description: 'Studiedag', locationId: o.locationId };
    assert.equal((await admin.post('/api/v1/closing-days', body)).status, 201);
    const twice = await admin.post('/api/v1/closing-days', { ...body, description: 'Nog eens' });
    assert.equal(twice.status, 409);
    assert.deepEqual(
      twice.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
      [['date', 'taken']],
    );
    const nullTwice = { date: '2026-03-11', description: 'Alle', locationId: null };
    assert.equal((await admin.post('/api/v1/closing-days', nullTwice)).status, 201);
    assert.equal(
      (await admin.post('/api/v1/closing-days', nullTwice)).status,
      409,
      'every-location days too',
    );
    const past = await admin.post('/api/v1/closing-days', { ...body, date: '2026-03-01' });
    assert.equal(past.status, 400);
    assert.deepEqual([past.body.error.fields[0].path, past.body.error.fields[0].code], ['date', 'in_past']);

    const passed = await t.ctx.db
      .insertInto('closing_days')
      .values({
        organisation_id: o.id,
        location_id: o.locationId,
        date: '2026-02-20',
        description: 'Voorbij',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const gone = await admin.delete(`/api/v1/closing-days/${passed.id}`);
    assert.equal(gone.status, 400);
    assert.deepEqual([gone.body.error.fields[0].path, gone.body.error.fields[0].code], ['date', 'in_past']);
    const list = await admin.get('/api/v1/closing-days');
    const actions = (date: string) =>
      list.body.closingDays.find((d: { date: string }) => d.date === date).permittedActions;
    assert.deepEqual(actions('2026-02-20'), []);
    assert.deepEqual(actions('2026-03-10'), ['closingDay.delete']);
    const id = list.body.closingDays.find((d: { date: string }) => d.date === '2026-03-10').id;
    assert.equal((await admin.delete(`/api/v1/closing-days/${id}`)).status, 204);
    assert.equal((await admin.delete(`/api/v1/closing-days/${id}`)).status, 404);
    const log = await admin.get(`/api/v1/audit-events?subjectType=closingDay&subjectId=${id}`);
    assert.deepEqual(
      log.body.events.map((e: { action: string }) => e.action),
      ['closingDay.delete', 'closingDay.create'],
    );
  });

  test('a location manager sets days for their own location only, never for every location', async () => {
    const { o, other, admin, manager } = await setup();
    const own = await manager.post('/api/v1/closing-days', {
      date: '2026-06-01',
      description: 'Teamdag',
      locationId: o.locationId,
    });
    assert.equal(own.status, 201);
    const all = await manager.post('/api/v1/closing-days', {
      date: '2026-06-02',
      description: 'X',
      locationId: null,
    });
    assert.equal(all.status, 403);
    assert.deepEqual(
      [all.body.error.fields[0].path, all.body.error.fields[0].code],
      ['locationId', 'not_allowed'],
    );
    const elsewhere = await manager.post('/api/v1/closing-days', {
      date: '2026-06-02',
      description: 'X',
      locationId: other.locationId,
    });
    assert.equal(elsewhere.status, 404);

    const theirs = await admin.post('/api/v1/closing-days', {
      date: '2026-06-03',
      description: 'Leiden dicht',
      locationId: other.locationId,
    });
    const everywhere = await admin.post('/api/v1/closing-days', {
      date: '2026-06-04',
      description: 'Overal dicht',
      locationId: null,
    });
    const list = await manager.get('/api/v1/closing-days');
    const seen = new Map(
      list.body.closingDays.map((d: { id: string; permittedActions: string[] }) => [
        d.id,
        d.permittedActions,
      ]),
    );
    assert.ok(!seen.has(theirs.body.id), "another location's day is not listed");
    assert.deepEqual(seen.get(everywhere.body.id), [], 'a day of every location shows but cannot be removed');
    assert.equal((await manager.delete(`/api/v1/closing-days/${theirs.body.id}`)).status, 404);
    assert.equal((await manager.delete(`/api/v1/closing-days/${everywhere.body.id}`)).status, 403);
    assert.equal((await manager.delete(`/api/v1/closing-days/${own.body.id}`)).status, 204);
  });

  test('planners, group staff and guardians have no access', async () => {
    const { o } = await setup();
    for (const email of [
      (await createStaff(t.ctx, o, 'planner', { locationId: o.locationId })).email,
      (await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] })).email,
      (await createFamily(t.ctx, o)).email,
    ]) {
      const c = await signedIn(t.app, email);
      assert.equal((await c.get('/api/v1/closing-days')).status, 403, email);
      const res = await c.post('/api/v1/closing-days', {
        date: '2026-06-01',
        description: 'X',
        locationId: o.locationId,
      });
      assert.equal(res.status, 403, email);
    }
  });
});
