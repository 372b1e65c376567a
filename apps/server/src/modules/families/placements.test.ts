import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createSecondLocation, staffClient } from '../../../test/families-factories.ts';
import { createFamily, createOrganisation, DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import * as org from '../organisation/organisation.queries.ts';

const t = useTestSystem();

interface PlacementOut {
  id: string;
  groupId: string;
  placementType: string;
  startDate: string;
  endDate: string | null;
  state: string;
  previousPlacementId: string | null;
  days: { weekday: number; careProductId: string }[];
}

const fieldsOf = (res: { body: { error: { fields?: { path: string; code: string }[] } } }) =>
  (res.body.error.fields ?? []).map((f) => `${f.path}:${f.code}`);

/** An organisation (today is Monday 2 March 2026), a family placed in group A since 2025, and a planner. */
async function setUp() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const f = await createFamily(t.ctx, o);
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  const childId = f.childIds[0]!;
  const placements = async (): Promise<PlacementOut[]> =>
    (await planner.get(`/api/v1/children/${childId}/file`)).body.placements;
  return { o, f, planner, childId, placements };
}

describe('placing a child', () => {
  test('the product must be a contract product the group offers on that weekday', async () => {
    const { o, planner, childId } = await setUp();
    const b = await createSecondLocation(t.ctx, o);
    const incidental = await org.insertCareProduct(t.ctx.db, o.id, {
      name: 'Extra dag',
      startTime: '07:30',
      endTime: '18:30',
      weekdays: [1, 2, 3, 4, 5],
      weekType: 'any',
      pricing: 'hourly',
      priceCents: 1200,
      usage: 'incidental',
      groupIds: o.groupIds,
    });
    const url = `/api/v1/children/${childId}/placements`;
    const body = (
      days: { weekday: number; careProductId: string }[],
      extra: Record<string, unknown> = {},
    ) => ({
      groupId: o.groupIds[1],
      placementType: 'Flexibel',
      startDate: '2026-04-01',
      endDate: null,
      days,
      ...extra,
    });
    const cases: [unknown, string][] = [
      [body([{ weekday: 1, careProductId: b.productId }]), 'days.0.careProductId:unknown_reference'],
      [
        body([
          { weekday: 1, careProductId: o.productId },
          { weekday: 6, careProductId: o.productId },
        ]),
        'days.1.careProductId:invalid_value',
      ],
      [body([{ weekday: 2, careProductId: incidental }]), 'days.0.careProductId:invalid_value'],
      [
        body([{ weekday: 2, careProductId: o.productId }], { groupId: b.groupId }),
        'groupId:unknown_reference',
      ],
      [body([{ weekday: 2, careProductId: o.productId }], { startDate: '2026-03-01' }), 'startDate:in_past'],
      [body([{ weekday: 2, careProductId: o.productId }], { endDate: '2026-03-31' }), 'endDate:date_order'],
    ];
    for (const [payload, expected] of cases) {
      const res = await planner.post(url, payload);
      assert.equal(res.status, 400, expected);
      assert.deepEqual(fieldsOf(res), [expected]);
    }
    const ok = await planner.post(url, body([{ weekday: 2, careProductId: o.productId }]));
    assert.equal(ok.status, 201);
    const created = ok.body.placements.find((p: PlacementOut) => p.groupId === o.groupIds[1]);
    assert.equal(created.state, 'planned');
    assert.equal(created.endDate, null);
  });

  test('an overlapping placement in the same group is 409 on the start date, even when two race', async () => {
    const { o, planner, childId } = await setUp();
    const url = `/api/v1/children/${childId}/placements`;
    const body = (groupId: string, startDate: string, endDate: string | null) => ({
      groupId,
      placementType: 'Flexibel',
      startDate,
      endDate,
      days: [{ weekday: 3, careProductId: o.productId }],
    });
    const overlap = await planner.post(url, body(o.groupIds[0], '2026-04-01', null));
    assert.equal(overlap.status, 409);
    assert.deepEqual(fieldsOf(overlap), ['startDate:overlap']);

    const both = await Promise.all([
      planner.post(url, body(o.groupIds[1], '2026-04-01', '2026-06-30')),
      planner.post(url, body(o.groupIds[1], '2026-05-01', null)),
    ]);
    assert.deepEqual(both.map((r) => r.status).sort(), [201, 409]);
    const count = await t.ctx.db
      .selectFrom('placements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('child_id', '=', childId)
      .where('group_id', '=', o.groupIds[1])
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });
});

describe('changing a placement never rewrites the past', () => {
  test('a running placement ends the day before and continues in a new one with the new days', async () => {
    const { o, planner, childId, placements } = await setUp();
    const [running] = await placements();
    const res = await planner.patch(`/api/v1/children/${childId}/placements/${running!.id}`, {
      days: [
        { weekday: 1, careProductId: o.productId },
        { weekday: 3, careProductId: o.productId },
      ],
    });
    assert.equal(res.status, 200);
    const [old, next] = res.body.placements as PlacementOut[];
    assert.equal(old!.id, running!.id);
    assert.equal(old!.startDate, '2025-01-06');
    assert.equal(old!.endDate, '2026-03-01', 'ends yesterday');
    assert.equal(old!.state, 'ended');
    assert.deepEqual(
      old!.days.map((d) => d.weekday),
      [1],
      'the past keeps its days',
    );
    assert.equal(next!.startDate, '2026-03-02');
    assert.equal(next!.endDate, null);
    assert.equal(next!.previousPlacementId, running!.id);
    assert.equal(next!.placementType, 'Flexibel');
    assert.deepEqual(
      next!.days.map((d) => d.weekday),
      [1, 3],
    );

    const readOnly = await planner.patch(`/api/v1/children/${childId}/placements/${old!.id}`, {
      placementType: 'Anders',
    });
    assert.equal(readOnly.status, 409);
  });

  test('from a later date: the running placement ends the day before that date', async () => {
    const { planner, childId, placements } = await setUp();
    const [running] = await placements();
    const url = `/api/v1/children/${childId}/placements/${running!.id}`;
    const past = await planner.patch(url, { placementType: 'Vast', effectiveFrom: '2026-03-01' });
    assert.deepEqual(fieldsOf(past), ['effectiveFrom:in_past']);
    const res = await planner.patch(url, {
      placementType: 'Vast',
      effectiveFrom: '2026-04-01',
      endDate: '2026-12-31',
    });
    assert.equal(res.status, 200);
    const [old, next] = res.body.placements as PlacementOut[];
    assert.deepEqual([old!.endDate, old!.placementType, old!.state], ['2026-03-31', 'Flexibel', 'current']);
    assert.deepEqual(
      [next!.startDate, next!.endDate, next!.placementType],
      ['2026-04-01', '2026-12-31', 'Vast'],
    );
  });

  test('only a new end date changes in place, never before today; the same values change nothing', async () => {
    const { o, planner, childId, placements } = await setUp();
    const [running] = await placements();
    const url = `/api/v1/children/${childId}/placements/${running!.id}`;
    assert.deepEqual(fieldsOf(await planner.patch(url, { endDate: '2026-03-01' })), ['endDate:in_past']);
    const res = await planner.patch(url, {
      endDate: '2026-07-31',
      placementType: 'Flexibel',
      days: [{ weekday: 1, careProductId: o.productId }],
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.placements.length, 1);
    assert.equal(res.body.placements[0].id, running!.id);
    assert.equal(res.body.placements[0].endDate, '2026-07-31');
  });

  test('a placement that has not started changes in place; extending into another is 409', async () => {
    const { o, planner, childId } = await setUp();
    const url = `/api/v1/children/${childId}/placements`;
    const created = await planner.post(url, {
      groupId: o.groupIds[1],
      placementType: 'Flexibel',
      startDate: '2026-04-01',
      endDate: '2026-04-30',
      days: [{ weekday: 2, careProductId: o.productId }],
    });
    const later = await planner.post(url, {
      groupId: o.groupIds[1],
      placementType: 'Flexibel',
      startDate: '2026-06-01',
      endDate: null,
      days: [{ weekday: 2, careProductId: o.productId }],
    });
    assert.equal(later.status, 201);
    const planned = (created.body.placements as PlacementOut[]).find((p) => p.startDate === '2026-04-01')!;
    const res = await planner.patch(`${url}/${planned.id}`, {
      placementType: 'Vast',
      days: [{ weekday: 4, careProductId: o.productId }],
    });
    assert.equal(res.status, 200);
    const changed = (res.body.placements as PlacementOut[]).filter((p) => p.groupId === o.groupIds[1]);
    assert.equal(changed.length, 2, 'no continuation for a placement that has not started');
    assert.deepEqual(
      [changed[0]!.id, changed[0]!.placementType, changed[0]!.days[0]!.weekday],
      [planned.id, 'Vast', 4],
    );
    const clash = await planner.patch(`${url}/${planned.id}`, { endDate: '2026-06-15' });
    assert.equal(clash.status, 409);
    assert.deepEqual(fieldsOf(clash), ['endDate:overlap']);
  });
});

describe('deleting a placement', () => {
  test('only one that has not started; deleting a continuation gives the old one its end back', async () => {
    const { o, planner, childId, placements } = await setUp();
    const [running] = await placements();
    assert.equal((await planner.delete(`/api/v1/children/${childId}/placements/${running!.id}`)).status, 409);

    await planner.patch(`/api/v1/children/${childId}/placements/${running!.id}`, {
      days: [{ weekday: 5, careProductId: o.productId }],
      effectiveFrom: '2026-05-01',
    });
    const [, next] = await placements();
    assert.equal(next!.previousPlacementId, running!.id);
    const res = await planner.delete(`/api/v1/children/${childId}/placements/${next!.id}`);
    assert.equal(res.status, 204);
    const after = await placements();
    assert.equal(after.length, 1);
    assert.equal(after[0]!.endDate, null, 'the running placement continues as before');
    assert.equal((await planner.delete(`/api/v1/children/${childId}/placements/${next!.id}`)).status, 404);
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where(sql<boolean>`${childId}::uuid = any(child_ids)`)
      .where('action', 'like', 'placement.%')
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['placement.update', 'placement.delete'],
    );
  });
});
