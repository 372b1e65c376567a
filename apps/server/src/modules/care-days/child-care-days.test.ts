import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import { addIncidentalProducts, familyClient, newKey, oneDay } from '../../../test/requests-factories.ts';
import { insertClosingDay } from '../organisation/closing-days.queries.ts';

// Monday 2 March 2026, 09:00 in Amsterdam. The family's child is placed in Groep A on Mondays, 07:30–18:30
// ("Hele dag"). The child file's planning shows the child's planned day parts to the staff who may read the child.
const t = useTestSystem({ rateLimits: false });

async function setup(now = DEFAULT_NOW) {
  t.clock.set(now);
  const o = await createOrganisation(t.ctx);
  const products = await addIncidentalProducts(t.ctx, o);
  const f = await familyClient(t.app, t.ctx, o);
  const child = f.childIds[0] as string;
  const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  const url = (query = '') => `/api/v1/children/${child}/care-days${query}`;
  return { o, f, child, groupStaff, url, ...products };
}

test("group staff of the child's group read its planned days: pattern, closing day, extra day, absence", async () => {
  const { o, f, child, groupStaff, url, afternoon } = await setup();
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  // Monday 16 March the location is closed; Tuesday 10 March is an approved extra afternoon.
  await insertClosingDay(t.ctx.db, o.id, { date: '2026-03-16', description: 'Studiedag', locationId: null });
  const extra = oneDay('2026-03-10', [{ childId: child, groupId: o.groupIds[0], careProductId: afternoon }]);
  const made = await f.client.post('/api/v1/requests', extra, { 'idempotency-key': newKey() });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const extraLine = made.body.lines[0].id;
  const decided = await planner.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: extraLine, decision: 'approve' }],
  });
  assert.equal(decided.body.results[0].ok, true);
  // Monday 9 March is reported sick.
  const absent = await f.client.post(
    '/api/v1/absences',
    {
      reason: 'sick',
      parts: [
        {
          childId: child,
          groupId: o.groupIds[0],
          careProductId: o.productId,
          date: '2026-03-09',
          startTime: '07:30',
        },
      ],
    },
    { 'idempotency-key': newKey() },
  );
  assert.equal(absent.status, 201, JSON.stringify(absent.body));

  const res = await groupStaff.get(url());
  assert.equal(res.status, 200, JSON.stringify(res.body));
  // Four weeks from today (Amsterdam) by default.
  assert.deepEqual(
    [res.body.from, res.body.to, res.body.nextFrom],
    ['2026-03-02', '2026-03-29', '2026-03-30'],
  );
  assert.deepEqual(
    res.body.days.map((d: any) => [d.date, d.startTime, d.endTime, d.source, d.absence?.reason ?? null]),
    [
      ['2026-03-02', '07:30', '18:30', 'contract', null],
      ['2026-03-09', '07:30', '18:30', 'contract', 'sick'],
      ['2026-03-10', '13:00', '18:30', 'extra', null],
      ['2026-03-23', '07:30', '18:30', 'contract', null],
    ],
  );
  const [first, sick, extraDay] = res.body.days;
  assert.deepEqual(first, {
    date: '2026-03-02',
    groupId: o.groupIds[0],
    groupName: 'Groep A',
    locationName: 'Locatie',
    productName: 'Hele dag',
    startTime: '07:30',
    endTime: '18:30',
    source: 'contract',
    lineId: null,
    absence: null,
  });
  assert.equal(sick.absence.lineId, absent.body.lines[0].id);
  assert.equal(extraDay.lineId, extraLine);
  assert.match(extraDay.productName, /^Middag/);

  // A page further on, and the read is in the audit log with the child.
  const next = await groupStaff.get(url('?from=2026-03-30&days=7'));
  assert.deepEqual(
    next.body.days.map((d: any) => d.date),
    ['2026-03-30'],
  );
  const audits = await t.ctx.db
    .selectFrom('audit_events')
    .select(['action', 'child_ids', 'details'])
    .where('organisation_id', '=', o.id)
    .where('action', '=', 'child.read')
    .orderBy('at')
    .execute();
  assert.deepEqual(
    audits.map((a) => [a.child_ids, a.details]),
    [
      [[child], { view: 'planning', from: '2026-03-02', to: '2026-03-29' }],
      [[child], { view: 'planning', from: '2026-03-30', to: '2026-04-05' }],
    ],
  );
});

test('staff of another group do not find the child; its guardian is refused, another guardian does not find it', async () => {
  const { o, f, url } = await setup();
  const otherGroup = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[1] });
  assert.equal((await otherGroup.get(url())).status, 404);
  // The guardian sees the child (its agenda has these days), but not the staff's view of them.
  assert.equal((await f.client.get(url())).status, 403);
  const stranger = await familyClient(t.app, t.ctx, o);
  assert.equal((await stranger.client.get(url())).status, 404);
  // The planner of the location reads them.
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  assert.equal((await planner.get(url())).status, 200);
  // Staff of another organisation do not find the child either.
  const elsewhere = await createOrganisation(t.ctx);
  const foreign = await staffClient(t.app, t.ctx, elsewhere, 'organisation_admin');
  assert.equal((await foreign.get(url())).status, 404);
});

test('a bad `from` and too many days are refused at their field', async () => {
  const { groupStaff, url } = await setup();
  const fieldOf = async (query: string) => {
    const res = await groupStaff.get(url(query));
    return [res.status, res.body.error?.fields?.[0]?.path, res.body.error?.fields?.[0]?.code];
  };
  for (const from of ['morgen', '2026-02-30', '2026-3-9']) {
    const [status, path] = await fieldOf(`?from=${from}`);
    assert.deepEqual([status, path], [400, 'querystring.from'], from);
  }
  assert.deepEqual((await fieldOf('?days=93')).slice(0, 2), [400, 'querystring.days']);
  assert.deepEqual((await fieldOf('?days=0')).slice(0, 2), [400, 'querystring.days']);
  assert.equal((await groupStaff.get(url('?days=92'))).status, 200);
});

test('over the DST changes the days keep their local times, and "today" is the date in Amsterdam', async () => {
  // Sunday 29 March 2026, 00:30 in Amsterdam (still Saturday in UTC); summer time starts at 02:00.
  const { groupStaff, url } = await setup('2026-03-28T23:30:00Z');
  const spring = await groupStaff.get(url('?days=2'));
  assert.equal(spring.status, 200, JSON.stringify(spring.body));
  assert.equal(spring.body.from, '2026-03-29');
  assert.deepEqual(
    spring.body.days.map((d: any) => [d.date, d.startTime, d.endTime]),
    [['2026-03-30', '07:30', '18:30']],
  );
  // The week around the change back to winter time (Sunday 25 October): Mondays on both sides at 07:30–18:30.
  const autumn = await groupStaff.get(url('?from=2026-10-19&days=8'));
  assert.deepEqual(
    autumn.body.days.map((d: any) => [d.date, d.startTime, d.endTime]),
    [
      ['2026-10-19', '07:30', '18:30'],
      ['2026-10-26', '07:30', '18:30'],
    ],
  );
});
