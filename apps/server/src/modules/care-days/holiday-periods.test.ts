import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createOrganisation, createStaff, useTestSystem } from '../../../test/index.ts';
import { addLocation, signedIn } from '../../../test/organisation-factories.ts';
import * as families from '../families/families.queries.ts';
import * as org from '../organisation/organisation.queries.ts';
import { selectCareDays } from './care-days.queries.ts';

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

const week = (locationId: string, over: Record<string, unknown> = {}) => ({
  locationId,
  kind: 'holiday',
  startDate: '2026-03-09',
  endDate: '2026-03-13',
  description: 'Extra vakantieweek',
  ...over,
});

const fieldsOf = (body: { error: { fields?: { path: string; code: string }[] } }) =>
  (body.error.fields ?? []).map((f) => [f.path, f.code]);

describe('holiday periods', () => {
  test('the school holidays are those of the organisation region, with verified', async () => {
    const { o } = await setup();
    const staff = await signedIn(
      t.app,
      (await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] })).email,
    );
    const res = await staff.get('/api/v1/school-holidays');
    assert.equal(res.status, 200);
    const holidays = res.body.schoolHolidays as { region: string; schoolYear: string; kind: string }[];
    assert.ok(holidays.length > 0);
    assert.ok(holidays.every((h) => h.region === 'noord'));
    const autumn = res.body.schoolHolidays.find(
      (h: { schoolYear: string; kind: string }) => h.schoolYear === '2027/28' && h.kind === 'herfstvakantie',
    );
    assert.deepEqual(autumn, {
      region: 'noord',
      schoolYear: '2027/28',
      kind: 'herfstvakantie',
      startDate: '2027-10-16',
      endDate: '2027-10-24',
      verified: true,
    });
  });

  test('a manager adds, lists and removes a period; each change is audited', async () => {
    const { o, other, admin, manager } = await setup();
    const created = await manager.post('/api/v1/holiday-periods', week(o.locationId), {
      'Idempotency-Key': 'holiday-1',
    });
    assert.equal(created.status, 201);
    assert.deepEqual(
      { ...created.body, id: undefined },
      {
        ...week(o.locationId),
        id: undefined,
        locationName: 'Locatie',
        permittedActions: ['holidayPeriod.delete'],
      },
    );
    const again = await manager.post('/api/v1/holiday-periods', week(o.locationId), {
      'Idempotency-Key': 'holiday-1',
    });
    assert.equal(again.status, 201, 'a repeat with the same key answers the same');
    assert.equal(again.body.id, created.body.id);
    await admin.post(
      '/api/v1/holiday-periods',
      week(other.locationId, { kind: 'school', startDate: '2026-04-27', endDate: '2026-05-01' }),
    );

    const mine = await manager.get('/api/v1/holiday-periods');
    assert.deepEqual(
      mine.body.holidayPeriods.map((p: { id: string }) => p.id),
      [created.body.id],
      'a manager sees only the periods of the locations they see',
    );
    const all = await admin.get('/api/v1/holiday-periods');
    assert.deepEqual(
      all.body.holidayPeriods.map((p: { locationName: string; kind: string }) => [p.locationName, p.kind]),
      [
        ['Leiden', 'school'],
        ['Locatie', 'holiday'],
      ],
    );
    const leiden = await admin.get(`/api/v1/holiday-periods?locationId=${other.locationId}`);
    assert.deepEqual(
      leiden.body.holidayPeriods.map((p: { locationName: string }) => p.locationName),
      ['Leiden'],
    );

    const log = await admin.get(
      `/api/v1/audit-events?subjectType=holidayPeriod&subjectId=${created.body.id}`,
    );
    assert.equal(log.body.events[0].action, 'holidayPeriod.create');
    assert.equal(log.body.events[0].details.changes.kind.to, 'holiday');

    assert.equal((await manager.delete(`/api/v1/holiday-periods/${created.body.id}`)).status, 204);
    const after = await manager.get('/api/v1/holiday-periods');
    assert.deepEqual(after.body.holidayPeriods, []);
    const log2 = await admin.get(
      `/api/v1/audit-events?subjectType=holidayPeriod&subjectId=${created.body.id}`,
    );
    assert.deepEqual(log2.body.events.map((e: { action: string }) => e.action).sort(), [
      'holidayPeriod.create',
      'holidayPeriod.delete',
    ]);
  });

  test('overlapping periods of one location answer 409; another location may have the same days', async () => {
    const { o, other, admin } = await setup();
    assert.equal((await admin.post('/api/v1/holiday-periods', week(o.locationId))).status, 201);
    const overlap = await admin.post(
      '/api/v1/holiday-periods',
      week(o.locationId, { kind: 'school', startDate: '2026-03-13', endDate: '2026-03-20' }),
    );
    assert.equal(overlap.status, 409);
    assert.deepEqual(fieldsOf(overlap.body), [['startDate', 'overlap']]);
    assert.equal((await admin.post('/api/v1/holiday-periods', week(other.locationId))).status, 201);
  });

  test('an end before the start answers 400 endDate date_order', async () => {
    const { o, admin } = await setup();
    const res = await admin.post(
      '/api/v1/holiday-periods',
      week(o.locationId, { startDate: '2026-03-13', endDate: '2026-03-09' }),
    );
    assert.equal(res.status, 400);
    assert.deepEqual(fieldsOf(res.body), [['endDate', 'date_order']]);
  });

  test("another location's manager and planner get 404; group staff and planners of the location 403", async () => {
    const { o, other, admin } = await setup();
    const period = await admin.post('/api/v1/holiday-periods', week(o.locationId));
    const otherManager = await signedIn(
      t.app,
      (await createStaff(t.ctx, o, 'location_manager', { locationId: other.locationId })).email,
    );
    const otherPlanner = await signedIn(
      t.app,
      (await createStaff(t.ctx, o, 'planner', { locationId: other.locationId })).email,
    );
    for (const c of [otherManager, otherPlanner]) {
      assert.equal((await c.post('/api/v1/holiday-periods', week(o.locationId))).status, 404);
      assert.equal((await c.get(`/api/v1/holiday-periods?locationId=${o.locationId}`)).status, 404);
      assert.equal((await c.delete(`/api/v1/holiday-periods/${period.body.id}`)).status, 404);
    }
    const groupStaff = await signedIn(
      t.app,
      (await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] })).email,
    );
    const planner = await signedIn(
      t.app,
      (await createStaff(t.ctx, o, 'planner', { locationId: o.locationId })).email,
    );
    for (const c of [groupStaff, planner]) {
      const create = await c.post(
        '/api/v1/holiday-periods',
        week(o.locationId, { startDate: '2026-05-04', endDate: '2026-05-08' }),
      );
      assert.equal(create.status, 403);
      assert.equal((await c.delete(`/api/v1/holiday-periods/${period.body.id}`)).status, 403);
      const list = await c.get('/api/v1/holiday-periods');
      assert.deepEqual(
        list.body.holidayPeriods.map((p: { id: string; permittedActions: string[] }) => [
          p.id,
          p.permittedActions,
        ]),
        [[period.body.id, []]],
        'they see the period but may not remove it',
      );
    }
  });

  test('an extra holiday week takes school-week care days out of the plan', async () => {
    const { o, admin } = await setup();
    const schoolProduct = await org.insertCareProduct(t.ctx.db, o.id, {
      name: 'Schoolweken',
      startTime: '07:30',
      endTime: '18:30',
      weekdays: [1, 2, 3, 4, 5],
      weekType: 'school',
      pricing: 'hourly',
      priceCents: 1000,
      usage: 'contract',
      groupIds: o.groupIds,
    });
    const childId = await families.insertChild(t.ctx.db, o.id, {
      locationId: o.locationId,
      firstName: 'Kind',
      lastName: 'Plan',
      birthDate: '2024-01-15',
    });
    await families.insertPlacement(t.ctx.db, o.id, {
      childId,
      groupId: o.groupIds[0],
      placementType: 'Vast',
      startDate: '2026-03-02',
      endDate: null,
      days: [{ weekday: 1, careProductId: schoolProduct }],
    });
    const mondays = async () =>
      (await selectCareDays(t.ctx.db, o.id, [childId], '2026-03-02', '2026-03-16')).map((r) => r.date);
    assert.deepEqual(await mondays(), ['2026-03-02', '2026-03-09', '2026-03-16']);
    assert.equal((await admin.post('/api/v1/holiday-periods', week(o.locationId))).status, 201);
    assert.deepEqual(await mondays(), ['2026-03-02', '2026-03-16']);
  });
});
