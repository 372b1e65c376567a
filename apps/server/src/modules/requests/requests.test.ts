import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { staffClient } from '../../../test/families-factories.ts';
import { createFamily, createOrganisation, DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import { addIncidentalProducts, familyClient, newKey, oneDay } from '../../../test/requests-factories.ts';
import { insertClosingDay } from '../organisation/closing-days.queries.ts';

// The clock stands on Monday 2 March 2026, 09:00 in Amsterdam (winter time). Children are placed on Mondays,
// whole days (07:30–18:30); the groups open 07:00–18:30 on weekdays; the default policy applies (request at least
// 24 hours ahead and at most 60 days ahead, cancel until 24 hours before, open lines expire 24 hours before).
const t = useTestSystem();

const reasonsOf = (options: any, date: string, childId: string, productId: string) =>
  options.dates
    .find((d: any) => d.date === date)
    ?.children.find((c: any) => c.childId === childId)
    ?.options.find((o: any) => o.careProductId === productId)?.unavailable;

test('options per date: planned days, prices, and every reason a day part is not offered', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { morning, afternoon } = await addIncidentalProducts(t.ctx, o);
  const f = await familyClient(t.app, t.ctx, o);
  const child = f.childIds[0] as string;
  await insertClosingDay(t.ctx.db, o.id, { locationId: null, date: '2026-03-04', description: 'Studiedag' });

  const res = await f.client.get('/api/v1/requests/options?from=2026-03-03&to=2026-03-09');
  assert.equal(res.status, 200);
  assert.equal(res.body.dates.length, 7);
  assert.deepEqual(
    res.body.children.map((c: any) => c.id),
    [child],
  );
  const tuesday = res.body.dates[0].children[0];
  assert.equal(tuesday.groupId, o.groupIds[0]);
  const m = tuesday.options.find((x: any) => x.careProductId === morning);
  // Hourly €10 for 5.5 hours; tomorrow 07:30 is less than 24 hours away; 13:00 is not.
  assert.equal(m.priceCents, 5500);
  assert.deepEqual(m.unavailable, ['too_late']);
  assert.equal(m.requestDeadline, '2026-03-02T06:30:00Z');
  const a = tuesday.options.find((x: any) => x.careProductId === afternoon);
  assert.equal(a.priceCents, 4250);
  assert.deepEqual(a.unavailable, []);
  assert.equal(a.freePlaces, 12);
  assert.deepEqual(reasonsOf(res.body, '2026-03-04', child, afternoon), ['closed']);
  assert.equal(res.body.dates[1].closed, 'Studiedag');
  assert.deepEqual(reasonsOf(res.body, '2026-03-07', child, afternoon), ['closed', 'weekday']);
  // Monday: the contract day is "Reeds gepland" and both day parts overlap it.
  const monday = res.body.dates[6].children[0];
  assert.deepEqual(monday.planned, [
    { startTime: '07:30', endTime: '18:30', source: 'contract', productName: 'Hele dag' },
  ]);
  assert.deepEqual(reasonsOf(res.body, '2026-03-09', child, morning), ['planned']);

  // Meivakantie (region noord, 25 April – 3 May 2026): the school-week afternoon is not offered; beyond 60 days
  // nothing is.
  const may = await f.client.get('/api/v1/requests/options?from=2026-04-28&to=2026-05-04');
  assert.equal(may.status, 200);
  assert.equal(may.body.dates[0].weekType, 'holiday');
  assert.deepEqual(reasonsOf(may.body, '2026-04-28', child, afternoon), ['week_type']);
  assert.deepEqual(reasonsOf(may.body, '2026-04-28', child, morning), []);
  assert.deepEqual(reasonsOf(may.body, '2026-05-04', child, morning), ['planned', 'too_far']);
  assert.deepEqual(reasonsOf(may.body, '2026-05-05', child, morning), undefined);

  // A period longer than a month, or the wrong way round, is refused at its field.
  const long = await f.client.get('/api/v1/requests/options?from=2026-03-03&to=2026-04-10');
  assert.equal(long.status, 400);
  assert.equal(long.body.error.fields[0].path, 'to');
  assert.equal(long.body.error.fields[0].code, 'too_long');
});

test('a full group says so, counting open requests of other families as taken places', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { afternoon } = await addIncidentalProducts(t.ctx, o);
  await sql`UPDATE groups SET capacity = 1 WHERE id = ${o.groupIds[1]}`.execute(t.ctx.db);
  const first = await familyClient(t.app, t.ctx, o, { groupId: o.groupIds[1] });
  const second = await familyClient(t.app, t.ctx, o, { groupId: o.groupIds[1] });
  const mine = { childId: first.childIds[0] as string, groupId: o.groupIds[1], careProductId: afternoon };
  const made = await first.client.post('/api/v1/requests', oneDay('2026-03-10', [mine]), {
    'idempotency-key': newKey(),
  });
  assert.equal(made.status, 201);
  const options = await second.client.get('/api/v1/requests/options?from=2026-03-10');
  const option = options.body.dates[0].children[0].options.find((x: any) => x.careProductId === afternoon);
  assert.deepEqual(option.unavailable, ['full']);
  assert.equal(option.freePlaces, 0);
  const theirs = { childId: second.childIds[0] as string, groupId: o.groupIds[1], careProductId: afternoon };
  const refused = await second.client.post('/api/v1/requests', oneDay('2026-03-10', [theirs]), {
    'idempotency-key': newKey(),
  });
  assert.equal(refused.status, 400);
  assert.deepEqual(refused.body.error.fields[0], {
    path: 'bookings.0.children.0.careProductId',
    code: 'full',
    message: refused.body.error.fields[0].message,
  });
});

test('submitting creates pending lines with price and expiry; a double tap with one key makes one request', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { afternoon } = await addIncidentalProducts(t.ctx, o);
  const f = await familyClient(t.app, t.ctx, o, { children: 2 });
  const body = oneDay(
    '2026-03-03',
    f.childIds.map((childId) => ({ childId, groupId: o.groupIds[0], careProductId: afternoon })),
    { assessAsWhole: true, comment: 'Oma is ziek' },
  );
  const key = newKey();
  const [a, b] = await Promise.all([
    f.client.post('/api/v1/requests', body, { 'idempotency-key': key }),
    f.client.post('/api/v1/requests', body, { 'idempotency-key': key }),
  ]);
  assert.equal(a.status, 201);
  assert.equal(b.status, 201);
  assert.equal(a.body.requestId, b.body.requestId);
  const count = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM care_requests WHERE organisation_id = ${o.id}`.execute(t.ctx.db);
  assert.equal(count.rows[0]?.n, 1);
  assert.equal(a.body.lines.length, 2);
  const line = a.body.lines[0];
  assert.equal(line.status, 'pending');
  assert.equal(line.kind, 'extra');
  assert.equal(line.priceCents, 4250);
  assert.deepEqual(line.payment, { method: 'invoice' });
  assert.equal(line.assessAsWhole, true);
  assert.equal(line.comment, 'Oma is ziek');
  // 13:00 on Tuesday is 12:00Z in winter time; the policy's request deadline is 24 hours before.
  assert.equal(line.expiresAt, '2026-03-02T12:00:00.000Z');
  assert.deepEqual(line.cancel, { allowed: true, refusal: null, deadline: '2026-03-02T12:00:00Z' });

  const overview = await f.client.get('/api/v1/requests');
  assert.equal(overview.status, 200);
  assert.deepEqual(
    overview.body.lines.map((l: any) => [l.childId, l.date, l.startTime, l.endTime, l.status, l.groupName]),
    f.childIds
      .map((c) => [c, '2026-03-03', '13:00', '18:30', 'pending', 'Groep A'])
      .sort(
        (x, y) =>
          a.body.lines.findIndex((l: any) => l.childId === x[0]) -
          a.body.lines.findIndex((l: any) => l.childId === y[0]),
      ),
  );
  // The agenda shows the open request on its date.
  const agenda = await f.client.get('/api/v1/agenda?from=2026-03-03&days=1');
  assert.deepEqual(
    agenda.body.days[0].items.map((i: any) => [i.kind, i.status]),
    [
      ['request', 'pending'],
      ['request', 'pending'],
    ],
  );
});

test('the server enforces "als geheel" for single dates, the expiry date, and single dates that are not offered', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { morning, afternoon } = await addIncidentalProducts(t.ctx, o);
  const f = await familyClient(t.app, t.ctx, o);
  const child = { childId: f.childIds[0] as string, groupId: o.groupIds[0], careProductId: afternoon };
  const post = (body: unknown) => f.client.post('/api/v1/requests', body, { 'idempotency-key': newKey() });
  const fieldOf = (res: any) => [
    res.status,
    res.body.error.fields?.[0]?.path,
    res.body.error.fields?.[0]?.code,
  ];

  const period = {
    bookings: [{ from: '2026-03-10', to: '2026-03-12', children: [child] }],
    assessAsWhole: true,
  };
  assert.deepEqual(fieldOf(await post(period)), [400, 'assessAsWhole', 'single_day_only']);
  const twoDates = {
    bookings: [
      { from: '2026-03-10', to: '2026-03-10', children: [child] },
      { from: '2026-03-11', to: '2026-03-11', children: [child] },
    ],
    assessAsWhole: true,
  };
  assert.deepEqual(fieldOf(await post(twoDates)), [400, 'assessAsWhole', 'single_day_only']);
  assert.deepEqual(fieldOf(await post(oneDay('2026-03-10', [child], { expiresOn: '2026-03-02' }))), [
    400,
    'expiresOn',
    'before_tomorrow',
  ]);
  assert.deepEqual(fieldOf(await post(oneDay('2026-03-10', [child], { expiresOn: '2026-03-11' }))), [
    400,
    'expiresOn',
    'after_last_date',
  ]);
  assert.deepEqual(fieldOf(await post(oneDay('2026-03-03', [{ ...child, careProductId: morning }]))), [
    400,
    'bookings.0.children.0.careProductId',
    'too_late',
  ]);
  assert.deepEqual(fieldOf(await post(oneDay('2026-03-10', [{ ...child, careProductId: o.productId }]))), [
    400,
    'bookings.0.children.0.careProductId',
    'unknown_reference',
  ]);
  assert.deepEqual(fieldOf(await post(oneDay('2026-03-10', [{ ...child, groupId: o.groupIds[1] }]))), [
    400,
    'bookings.0.children.0.groupId',
    'not_placed',
  ]);
  const none = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM care_requests WHERE organisation_id = ${o.id}`.execute(t.ctx.db);
  assert.equal(none.rows[0]?.n, 0);
});

test('a period makes a line per offered date and skips the others with their reasons; cancelling cancels it whole', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { morning } = await addIncidentalProducts(t.ctx, o);
  const f = await familyClient(t.app, t.ctx, o);
  const childId = f.childIds[0] as string;
  const res = await f.client.post(
    '/api/v1/requests',
    {
      bookings: [
        {
          from: '2026-03-09',
          to: '2026-03-15',
          children: [{ childId, groupId: o.groupIds[0], careProductId: morning }],
        },
      ],
    },
    { 'idempotency-key': newKey() },
  );
  assert.equal(res.status, 201);
  assert.deepEqual(
    res.body.lines.map((l: any) => l.date),
    ['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'],
  );
  assert.deepEqual(
    res.body.skipped.map((s: any) => [s.date, s.reasons[0]]),
    [
      ['2026-03-09', 'planned'],
      ['2026-03-14', 'closed'],
      ['2026-03-15', 'closed'],
    ],
  );
  assert.ok(
    res.body.lines.every((l: any) => l.periodLines === 4 && l.bookingId === res.body.lines[0].bookingId),
  );
  const cancelled = await f.client.post(`/api/v1/request-lines/${res.body.lines[2].id}/cancel`);
  assert.equal(cancelled.status, 200);
  assert.deepEqual(
    cancelled.body.lines.map((l: any) => [l.date, l.status]),
    res.body.lines.map((l: any) => [l.date, 'cancelled']),
  );
  const again = await f.client.post(`/api/v1/request-lines/${res.body.lines[0].id}/cancel`);
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'request.not_pending');
  // A request the parent withdrew whole sends no message.
  const mails = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM dev_mails WHERE recipient = ${f.email}`.execute(t.ctx.db);
  assert.equal(mails.rows[0]?.n, 0);
});

test('cancelling after the policy deadline is refused with the deadline, in the overview and the API', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { afternoon } = await addIncidentalProducts(t.ctx, o);
  const f = await familyClient(t.app, t.ctx, o);
  const childId = f.childIds[0] as string;
  await sql`UPDATE planning_policies SET cancel_deadline_hours = 48 WHERE organisation_id = ${o.id}`.execute(
    t.ctx.db,
  );
  const made = await f.client.post(
    '/api/v1/requests',
    oneDay('2026-03-05', [{ childId, groupId: o.groupIds[0], careProductId: afternoon }]),
    { 'idempotency-key': newKey() },
  );
  assert.equal(made.status, 201);
  // Thursday 13:00 local minus 48 hours: Tuesday 13:00 local, 12:00Z.
  assert.equal(made.body.lines[0].cancel.deadline, '2026-03-03T12:00:00Z');
  t.clock.set('2026-03-03T12:00:00Z');
  const overview = await f.client.get('/api/v1/requests');
  assert.deepEqual(overview.body.lines[0].cancel, {
    allowed: false,
    refusal: 'deadline_passed',
    deadline: '2026-03-03T12:00:00Z',
  });
  const refused = await f.client.post(`/api/v1/request-lines/${made.body.lines[0].id}/cancel`);
  assert.equal(refused.status, 409);
  assert.equal(refused.body.error.code, 'request.deadline_passed');
  t.clock.set(DEFAULT_NOW);
});

test('only guardians of the child request and cancel; others get 404, staff 403', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { afternoon } = await addIncidentalProducts(t.ctx, o);
  const f = await familyClient(t.app, t.ctx, o);
  const other = await familyClient(t.app, t.ctx, o);
  const line = (childId: string) =>
    oneDay('2026-03-10', [{ childId, groupId: o.groupIds[0], careProductId: afternoon }]);
  const foreign = await other.client.post('/api/v1/requests', line(f.childIds[0] as string), {
    'idempotency-key': newKey(),
  });
  assert.equal(foreign.status, 404);
  assert.equal(foreign.body.error.fields[0].path, 'bookings.0.children.0.childId');
  const made = await f.client.post('/api/v1/requests', line(f.childIds[0] as string), {
    'idempotency-key': newKey(),
  });
  assert.equal(made.status, 201);
  const lineId = made.body.lines[0].id;
  assert.equal((await other.client.post(`/api/v1/request-lines/${lineId}/cancel`)).status, 404);
  assert.deepEqual((await other.client.get('/api/v1/requests')).body.lines, []);
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  assert.equal((await planner.post('/api/v1/requests', line(f.childIds[0] as string))).status, 403);
  assert.equal((await planner.get('/api/v1/agenda')).status, 403);
  assert.equal((await planner.post(`/api/v1/request-lines/${lineId}/cancel`)).status, 403);
  // Another organisation's guardian does not see the line at all.
  const o2 = await createOrganisation(t.ctx);
  const stranger = await familyClient(t.app, t.ctx, o2);
  assert.equal((await stranger.client.post(`/api/v1/request-lines/${lineId}/cancel`)).status, 404);
  await createFamily(t.ctx, o);
});
