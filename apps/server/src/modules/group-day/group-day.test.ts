import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createSecondLocation, staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, type TestClient, useTestSystem } from '../../../test/index.ts';
import { addIncidentalProducts, familyClient, newKey, oneDay } from '../../../test/requests-factories.ts';

// Monday 2 March 2026, 09:00 in Amsterdam. The day viewed is Monday 9 March (a school week). Children are placed
// in group A on Mondays, 07:30–18:30; the ones that come for an extra afternoon have no placement days.
const t = useTestSystem({ rateLimits: false });
const MONDAY = '2026-03-09';

async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const products = await addIncidentalProducts(t.ctx, o);
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  const family = () => familyClient(t.app, t.ctx, o);
  const [planned, absent, extra, pending] = [await family(), await family(), await family(), await family()];
  for (const f of [extra, pending]) {
    await sql`DELETE FROM placement_days WHERE placement_id IN (
      SELECT id FROM placements WHERE child_id = ${f.childIds[0] as string})`.execute(t.ctx.db);
  }
  const requestAfternoon = async (f: typeof extra) => {
    const res = await f.client.post(
      '/api/v1/requests',
      oneDay(MONDAY, [
        { childId: f.childIds[0] as string, groupId: o.groupIds[0], careProductId: products.afternoon },
      ]),
      { 'idempotency-key': newKey() },
    );
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.lines[0].id as string;
  };
  const approved = await requestAfternoon(extra);
  const decided = await planner.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: approved, decision: 'approve' }],
  });
  assert.equal(decided.body.results[0].ok, true, JSON.stringify(decided.body));
  await requestAfternoon(pending);
  const view = (client: TestClient = planner, groupId = o.groupIds[0], date = MONDAY) =>
    client.get(`/api/v1/groups/${groupId}/day?date=${date}`);
  return { o, ...products, planner, planned, absent, extra, pending, view };
}

const reportAbsent = async (s: Awaited<ReturnType<typeof setup>>) => {
  const res = await s.absent.client.post(
    '/api/v1/absences',
    {
      reason: 'sick',
      parts: [
        {
          childId: s.absent.childIds[0],
          groupId: s.o.groupIds[0],
          careProductId: s.o.productId,
          date: MONDAY,
          startTime: '07:30',
        },
      ],
    },
    { 'idempotency-key': newKey() },
  );
  assert.equal(res.status, 201, JSON.stringify(res.body));
};

const partsOf = (body: any, childId: string | undefined) =>
  body.children
    .find((c: any) => c.childId === childId)
    ?.parts.map((p: any) => [p.kind, p.startTime, p.endTime, p.productName, p.absence?.reason ?? null]);

const occupancyOf = (body: any) =>
  body.occupancy.map((o: any) => [o.startTime, o.endTime, o.confirmed, o.pending, o.capacity]);

test('planned, extra, open and absent children show with their day parts, and the absent one is not counted', async () => {
  const s = await setup();
  const before = await s.view();
  assert.equal(before.status, 200, JSON.stringify(before.body));
  assert.deepEqual(occupancyOf(before.body), [
    ['07:30', '13:00', 2, 0, 12],
    ['07:30', '18:30', 3, 1, 12],
    ['13:00', '18:30', 3, 1, 12],
  ]);

  await reportAbsent(s);
  const res = await s.view();
  assert.equal(res.status, 200);
  const body = res.body;
  assert.deepEqual(body.group, {
    id: s.o.groupIds[0],
    name: 'Groep A',
    locationName: 'Locatie',
    capacity: 12,
  });
  assert.equal(body.date, MONDAY);
  assert.equal(body.closed, null);
  assert.equal(body.children.length, 4);
  assert.deepEqual(partsOf(body, s.planned.childIds[0]), [['contract', '07:30', '18:30', 'Hele dag', null]]);
  assert.deepEqual(partsOf(body, s.absent.childIds[0]), [['contract', '07:30', '18:30', 'Hele dag', 'sick']]);
  const afternoon = body.occupancy[2].name;
  assert.deepEqual(partsOf(body, s.extra.childIds[0]), [['extra', '13:00', '18:30', afternoon, null]]);
  assert.deepEqual(partsOf(body, s.pending.childIds[0]), [['pending', '13:00', '18:30', afternoon, null]]);
  // The group's day parts that Monday: the morning, the whole day and the afternoon; the absent child is gone
  // from the confirmed count, the open request counts apart.
  assert.deepEqual(occupancyOf(body), [
    ['07:30', '13:00', 1, 0, 12],
    ['07:30', '18:30', 2, 1, 12],
    ['13:00', '18:30', 2, 1, 12],
  ]);
  assert.deepEqual(
    body.occupancy.map((o: any) => o.careProductId),
    [s.morning, s.o.productId, s.afternoon],
  );

  // The read is in the audit log with the children seen.
  const { rows } = await sql<{ child_ids: string[]; subject_id: string }>`
    SELECT child_ids, subject_id FROM audit_events
    WHERE organisation_id = ${s.o.id} AND action = 'group.day.read' ORDER BY at DESC LIMIT 1`.execute(
    t.ctx.db,
  );
  assert.equal(rows[0]?.subject_id, s.o.groupIds[0]);
  assert.deepEqual(
    [...(rows[0]?.child_ids ?? [])].sort(),
    [s.planned, s.absent, s.extra, s.pending].map((f) => f.childIds[0]).sort(),
  );
});

test('group staff read it; a planner of another location and parents do not', async () => {
  const s = await setup();
  const groupStaff = await staffClient(t.app, t.ctx, s.o, 'group_staff', { groupId: s.o.groupIds[0] });
  assert.equal((await s.view(groupStaff)).status, 200);
  // Staff of group B only do not see group A.
  const otherGroupStaff = await staffClient(t.app, t.ctx, s.o, 'group_staff', { groupId: s.o.groupIds[1] });
  assert.equal((await s.view(otherGroupStaff)).status, 404);
  const second = await createSecondLocation(t.ctx, s.o);
  const elsewhere = await staffClient(t.app, t.ctx, s.o, 'planner', { locationId: second.locationId });
  assert.equal((await s.view(elsewhere)).status, 404);
  // A parent with a child in the group sees the group but not its day; another parent does not see it at all.
  assert.equal((await s.view(s.planned.client)).status, 403);
  const otherParent = await familyClient(t.app, t.ctx, s.o, { groupId: s.o.groupIds[1] });
  assert.equal((await s.view(otherParent.client)).status, 404);
  // A date that is no date, and a group id that is none.
  assert.equal((await s.view(s.planner, s.o.groupIds[0], '2026-02-30')).status, 400);
  assert.equal((await s.view(s.planner, 'nope')).status, 400);
});

test('a closing day says closed and plans no contract days; an empty day has the day parts at zero', async () => {
  const s = await setup();
  await sql`INSERT INTO closing_days (organisation_id, location_id, date, description)
    VALUES (${s.o.id}, ${s.o.locationId}, ${'2026-03-16'}, ${'Studiedag'})`.execute(t.ctx.db);
  const closed = await s.view(s.planner, s.o.groupIds[0], '2026-03-16');
  assert.equal(closed.status, 200);
  assert.equal(closed.body.closed, 'Studiedag');
  assert.deepEqual(closed.body.children, []);
  // A Saturday: nothing planned, no day part offered.
  const saturday = await s.view(s.planner, s.o.groupIds[0], '2026-03-14');
  assert.deepEqual([saturday.body.closed, saturday.body.children, saturday.body.occupancy], [null, [], []]);
  // A Tuesday: nobody comes, the day parts show empty.
  const tuesday = await s.view(s.planner, s.o.groupIds[0], '2026-03-10');
  assert.deepEqual(tuesday.body.children, []);
  assert.deepEqual(occupancyOf(tuesday.body), [
    ['07:30', '13:00', 0, 0, 12],
    ['07:30', '18:30', 0, 0, 12],
    ['13:00', '18:30', 0, 0, 12],
  ]);
});
