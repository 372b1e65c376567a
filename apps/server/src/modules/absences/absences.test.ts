import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, TEST_PASSWORD, useTestSystem } from '../../../test/index.ts';
import { addIncidentalProducts, familyClient, newKey, oneDay } from '../../../test/requests-factories.ts';

// Monday 2 March 2026, 09:00 in Amsterdam. Children are placed on Mondays, 07:30–18:30 (660 minutes). The
// organisation has credits; an absence reported 24 hours ahead yields a credit valid 4 weeks after the day.
const t = useTestSystem({ rateLimits: false });
const MONDAY = '2026-03-09';

async function setup(policy = 'absence_credit_weeks = 4, absence_credit_lead_hours = 24') {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  await sql`UPDATE organisations SET feature_credits = true WHERE id = ${o.id}`.execute(t.ctx.db);
  await sql.raw(`UPDATE planning_policies SET ${policy} WHERE organisation_id = '${o.id}'`).execute(t.ctx.db);
  const products = await addIncidentalProducts(t.ctx, o);
  const f = await familyClient(t.app, t.ctx, o);
  const child = f.childIds[0] as string;
  const part = (date = MONDAY) => ({
    childId: child,
    groupId: o.groupIds[0],
    careProductId: o.productId,
    date,
    startTime: '07:30',
  });
  const report = (parts = [part()], reason = 'sick') =>
    f.client.post('/api/v1/absences', { reason, parts }, { 'idempotency-key': newKey() });
  return { o, f, child, part, report, ...products };
}

test('the options list planned day parts with the credit reporting them now would yield', async () => {
  const { f, child } = await setup();
  const res = await f.client.get(`/api/v1/absences/options?from=2026-03-02&to=${MONDAY}`);
  assert.equal(res.status, 200);
  assert.deepEqual(
    res.body.parts.map((p: any) => [
      p.childId,
      p.date,
      p.startTime,
      p.endTime,
      p.source,
      p.unavailable,
      p.credit,
    ]),
    [
      // Today: under way, can still be reported, but too late for a credit.
      [child, '2026-03-02', '07:30', '18:30', 'contract', null, null],
      [child, MONDAY, '07:30', '18:30', 'contract', null, { minutes: 660, validUntil: '2026-04-06' }],
    ],
  );
  // 07:30 on 9 March minus 24 hours, winter time.
  assert.equal(res.body.parts[1].creditDeadline, '2026-03-08T06:30:00Z');
});

test('reporting registers at once, yields a credit, shows in the agenda and frees the place', async () => {
  const { o, f, child, report, afternoon } = await setup();
  await sql`UPDATE groups SET capacity = 1 WHERE id = ${o.groupIds[0]}`.execute(t.ctx.db);
  const other = await familyClient(t.app, t.ctx, o, { groupId: o.groupIds[1] });
  // Another child of group A cannot get the Monday afternoon: the place is taken by the planned child.
  const otherChild = other.childIds[0] as string;
  await sql`UPDATE placements SET group_id = ${o.groupIds[0]} WHERE child_id = ${otherChild}`.execute(
    t.ctx.db,
  );
  await sql`DELETE FROM placement_days WHERE placement_id IN (SELECT id FROM placements WHERE child_id = ${otherChild})`.execute(
    t.ctx.db,
  );
  const before = await other.client.get(`/api/v1/requests/options?from=${MONDAY}`);
  const opt = (body: any) =>
    body.dates[0].children[0].options.find((x: any) => x.careProductId === afternoon);
  assert.deepEqual(opt(before.body).unavailable, ['full']);

  const res = await report();
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const line = res.body.lines[0];
  assert.equal(line.status, 'registered');
  assert.equal(line.reason, 'sick');
  assert.deepEqual(line.credit, {
    id: line.credit.id,
    amount: 660,
    remaining: 660,
    validUntil: '2026-04-06',
  });
  assert.equal(line.cancel.allowed, true);
  const agenda = await f.client.get(`/api/v1/agenda?from=${MONDAY}&days=1`);
  assert.deepEqual(
    agenda.body.days[0].items.map((i: any) => i.absence?.reason),
    ['sick'],
  );
  const after = await other.client.get(`/api/v1/requests/options?from=${MONDAY}`);
  assert.deepEqual(opt(after.body).unavailable, []);
  // Reporting it again is refused at its part; so is a day part that is not planned.
  const again = await report();
  assert.deepEqual(
    [again.status, again.body.error.fields[0].path, again.body.error.fields[0].code],
    [400, 'parts.0', 'absent'],
  );
  const tuesday = await report([
    {
      childId: child,
      groupId: o.groupIds[0],
      careProductId: o.productId,
      date: '2026-03-10',
      startTime: '07:30',
    },
  ]);
  assert.equal(tuesday.body.error.fields[0].code, 'not_planned');
  const listed = await f.client.get('/api/v1/absences');
  assert.deepEqual(
    listed.body.lines.map((l: any) => [l.date, l.status]),
    [[MONDAY, 'registered']],
  );
});

test('no credit when the policy gives none, when it is too late, or without the credits feature', async () => {
  const none = await setup('absence_credit_weeks = 0');
  assert.equal((await none.report()).body.lines[0].credit, null);
  const late = await setup();
  t.clock.set('2026-03-08T06:30:01Z');
  await late.f.client.login(late.f.email, TEST_PASSWORD);
  assert.equal((await late.report()).body.lines[0].credit, null);
  const off = await setup();
  await sql`UPDATE organisations SET feature_credits = false WHERE id = ${off.o.id}`.execute(t.ctx.db);
  assert.equal((await off.report()).body.lines[0].credit, null);
});

test('cancelling plans the day again and withdraws the unused credit; after the deadline it is refused', async () => {
  const { f, report } = await setup('absence_credit_weeks = 4, absence_cancel_deadline_hours = 48');
  const made = (await report()).body.lines[0];
  const cancelled = await f.client.post(`/api/v1/absence-lines/${made.id}/cancel`);
  assert.equal(cancelled.status, 200);
  assert.equal(cancelled.body.line.status, 'cancelled');
  assert.equal(cancelled.body.line.credit.remaining, 0);
  assert.equal(cancelled.body.line.cancel.refusal, 'not_registered');
  const twice = await f.client.post(`/api/v1/absence-lines/${made.id}/cancel`);
  assert.deepEqual([twice.status, twice.body.error.code], [409, 'absence.not_registered']);
  const agenda = await f.client.get(`/api/v1/agenda?from=${MONDAY}&days=1`);
  assert.equal(agenda.body.days[0].items[0].absence, null);
  // Reported again, then the deadline (48 hours before 07:30 on 9 March) passes.
  const second = (await report()).body.lines[0];
  t.clock.set('2026-03-07T06:30:00Z');
  await f.client.login(f.email, TEST_PASSWORD);
  const late = await f.client.post(`/api/v1/absence-lines/${second.id}/cancel`);
  assert.deepEqual([late.status, late.body.error.code], [409, 'absence.deadline_passed']);
  const listed = (await f.client.get('/api/v1/absences')).body.lines.find((l: any) => l.id === second.id);
  assert.equal(listed.cancel.refusal, 'deadline_passed');
});

test('a credit pays an extra day in full; rejected, the line gives it back once; used, its absence cannot be cancelled', async () => {
  const { o, f, child, report, afternoon, morning } = await setup();
  const absence = (await report()).body.lines[0];
  const creditId = absence.credit.id;
  // The afternoon (13:00–18:30, 330 minutes) on Tuesday 10 March can be paid with it; the suggestion comes first.
  const options = await f.client.get('/api/v1/requests/options?from=2026-03-10');
  const option = options.body.dates[0].children[0].options.find((x: any) => x.careProductId === afternoon);
  assert.deepEqual(option.credits, [
    {
      creditId,
      unit: 'minutes',
      source: 'absence',
      remaining: 660,
      cost: 330,
      validUntil: '2026-04-06',
      description: '2026-03-09 07:30–18:30',
    },
  ]);
  const pay = (date: string, productId = afternoon, id = creditId) =>
    f.client.post(
      '/api/v1/requests',
      oneDay(date, [
        {
          childId: child,
          groupId: o.groupIds[0],
          careProductId: productId,
          payment: { method: 'credit', creditId: id },
        },
      ]),
      { 'idempotency-key': newKey() },
    );
  const paid = await pay('2026-03-10');
  assert.equal(paid.status, 201, JSON.stringify(paid.body));
  assert.deepEqual(paid.body.lines[0].payment, { method: 'credit', creditId });
  const remaining = async () => (await f.client.get('/api/v1/absences')).body.lines[0].credit.remaining;
  assert.equal(await remaining(), 330);
  // Used: the absence cannot be cancelled now.
  const refused = await f.client.post(`/api/v1/absence-lines/${absence.id}/cancel`);
  assert.deepEqual([refused.status, refused.body.error.code], [409, 'absence.credit_used']);
  // Not enough left for a whole day (330 + 330 > 660 − 330), and not valid after 6 April.
  assert.equal((await pay('2026-03-11', morning)).status, 201);
  const empty = await pay('2026-03-12');
  assert.deepEqual(
    [empty.status, empty.body.error.fields[0].path, empty.body.error.fields[0].code],
    [400, 'bookings.0.children.0.payment', 'credit_insufficient'],
  );
  // The planner rejects the first: its 330 minutes come back, once.
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  const decide = () =>
    planner.post('/api/v1/assessment/decisions', {
      decisions: [{ lineId: paid.body.lines[0].id, decision: 'reject', reason: 'Vol' }],
    });
  assert.equal((await decide()).body.results[0].ok, true);
  assert.equal((await decide()).body.results[0].error, 'not_pending');
  assert.equal(await remaining(), 330);
  const refunds = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM credit_entries WHERE kind = 'refund' AND credit_id = ${creditId}`.execute(
    t.ctx.db,
  );
  assert.equal(refunds.rows[0]?.n, 1);
});

test('two tabs spending the last minutes of one credit: one wins', async () => {
  const { o, f, child, report, afternoon } = await setup();
  const creditId = (await report()).body.lines[0].credit.id;
  // 660 minutes pay two afternoons; three tabs ask for one each, at the same time.
  const tab = (date: string) =>
    f.client.post(
      '/api/v1/requests',
      oneDay(date, [
        {
          childId: child,
          groupId: o.groupIds[0],
          careProductId: afternoon,
          payment: { method: 'credit', creditId },
        },
      ]),
      { 'idempotency-key': newKey() },
    );
  const results = await Promise.all(['2026-03-10', '2026-03-11', '2026-03-12'].map(tab));
  assert.equal(results.filter((r) => r.status === 201).length, 2);
  assert.equal(
    results.filter((r) => r.status === 400 && r.body.error.fields[0].code === 'credit_insufficient').length,
    1,
  );
  const sum = await sql<{
    n: number;
  }>`SELECT sum(amount)::int AS n FROM credit_entries WHERE credit_id = ${creditId}`.execute(t.ctx.db);
  assert.equal(sum.rows[0]?.n, 0);
});

test('a credit of another child, outside its dates or of the wrong week type is not offered and is refused', async () => {
  const { o, f, child, report, afternoon } = await setup();
  const sibling = await familyClient(t.app, t.ctx, o);
  const creditId = (await report()).body.lines[0].credit.id;
  await sql`UPDATE credits SET week_type = 'holiday' WHERE id = ${creditId}`.execute(t.ctx.db);
  const options = await f.client.get('/api/v1/requests/options?from=2026-03-10');
  assert.deepEqual(
    options.body.dates[0].children[0].options.find((x: any) => x.careProductId === afternoon).credits,
    [],
  );
  const wrongWeek = await f.client.post(
    '/api/v1/requests',
    oneDay('2026-03-10', [
      {
        childId: child,
        groupId: o.groupIds[0],
        careProductId: afternoon,
        payment: { method: 'credit', creditId },
      },
    ]),
    { 'idempotency-key': newKey() },
  );
  assert.equal(wrongWeek.body.error.fields[0].code, 'credit_unusable');
  // Another family cannot spend it or cancel the absence.
  const theirs = await sibling.client.post(
    '/api/v1/requests',
    oneDay('2026-03-10', [
      {
        childId: sibling.childIds[0] as string,
        groupId: o.groupIds[0],
        careProductId: afternoon,
        payment: { method: 'credit', creditId },
      },
    ]),
    { 'idempotency-key': newKey() },
  );
  assert.equal(theirs.body.error.fields[0].code, 'credit_unusable');
  const line = (await f.client.get('/api/v1/absences')).body.lines[0];
  assert.equal((await sibling.client.post(`/api/v1/absence-lines/${line.id}/cancel`)).status, 404);
});
