import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createSecondLocation, staffClient } from '../../../test/families-factories.ts';
import {
  createOrganisation,
  DEFAULT_NOW,
  TEST_PASSWORD,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { addIncidentalProducts, familyClient, newKey, oneDay } from '../../../test/requests-factories.ts';
import { runRequestExpiry } from './requests.jobs.ts';

// Monday 2 March 2026, 09:00 in Amsterdam. Lines are for Tuesday 10 March, 13:00–18:30 (a fixed-price afternoon).
// Many families sign in here; the login rate limit has its own tests.
const t = useTestSystem({ rateLimits: false });
const DATE = '2026-03-10';

async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const products = await addIncidentalProducts(t.ctx, o);
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  return { o, ...products, planner };
}

async function request(
  o: TestOrganisation,
  f: Awaited<ReturnType<typeof familyClient>>,
  productId: string,
  extra = {},
) {
  const res = await f.client.post(
    '/api/v1/requests',
    oneDay(
      DATE,
      f.childIds.map((childId) => ({ childId, groupId: o.groupIds[0], careProductId: productId })),
      extra,
    ),
    { 'idempotency-key': newKey() },
  );
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

const mailsTo = async (email: string) =>
  (
    await sql<{ subject: string; body_text: string }>`
    SELECT subject, body_text FROM dev_mails WHERE recipient = ${email} ORDER BY created_at`.execute(t.ctx.db)
  ).rows;

test("the queue shows open lines of the planner's groups with occupancy; approving makes a care day", async () => {
  const { o, afternoon, planner } = await setup();
  const f = await familyClient(t.app, t.ctx, o);
  const made = await request(o, f, afternoon);
  const queue = await planner.get('/api/v1/assessment');
  assert.equal(queue.status, 200);
  assert.equal(queue.body.lines.length, 1);
  const line = queue.body.lines[0];
  assert.equal(line.id, made.lines[0].id);
  assert.deepEqual(line.occupancy, { capacity: 12, confirmed: 0, pending: 1 });
  assert.equal(line.locationId, o.locationId);
  // Filters: another location, or dates that do not hold the line, give nothing.
  assert.equal((await planner.get(`/api/v1/assessment?from=2026-03-11`)).body.lines.length, 0);

  const res = await planner.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: line.id, decision: 'approve' }],
  });
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.results, [{ lineId: line.id, ok: true, error: null, status: 'approved' }]);
  assert.equal((await planner.get('/api/v1/assessment')).body.lines.length, 0);
  // The approved line is a planned care day now: in the agenda, and "Reeds gepland" for the options.
  const agenda = await f.client.get(`/api/v1/agenda?from=${DATE}&days=1`);
  assert.deepEqual(
    agenda.body.days[0].items.map((i: any) => [i.kind, i.source, i.startTime, i.endTime, i.status]),
    [['care', 'extra', '13:00', '18:30', 'approved']],
  );
  const options = await f.client.get(`/api/v1/requests/options?from=${DATE}`);
  assert.deepEqual(
    options.body.dates[0].children[0].planned.map((p: any) => p.source),
    ['extra'],
  );
  // Deciding it again is refused.
  const again = await planner.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: line.id, decision: 'reject', reason: 'x' }],
  });
  assert.deepEqual(again.body.results[0], { lineId: line.id, ok: false, error: 'not_pending', status: null });
  // One message: the request is fully assessed.
  await t.jobs.drain();
  const mails = await mailsTo(f.email);
  assert.equal(mails.length, 1);
  assert.match(mails[0]?.body_text ?? '', /goedgekeurd/);
});

test('rejecting needs a reason; as a whole, one rejected line rejects the request and the parent gets one message', async () => {
  const { o, afternoon, planner } = await setup();
  const f = await familyClient(t.app, t.ctx, o, { children: 2 });
  const made = await request(o, f, afternoon, { assessAsWhole: true });
  const [first, second] = made.lines;
  const noReason = await planner.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: first.id, decision: 'reject' }],
  });
  assert.equal(noReason.status, 400);
  const approved = await planner.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: first.id, decision: 'approve' }],
  });
  assert.equal(approved.body.results[0].ok, true);
  await t.jobs.drain();
  assert.equal((await mailsTo(f.email)).length, 0, 'no message while a line is open');
  const rejected = await planner.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: second.id, decision: 'reject', reason: 'Groep is die dag vol' }],
  });
  assert.deepEqual(rejected.body.results[0].status, 'rejected');
  const overview = await f.client.get('/api/v1/requests');
  assert.deepEqual(
    overview.body.lines.map((l: any) => [l.status, l.reason]),
    [
      ['rejected', 'Groep is die dag vol'],
      ['rejected', 'Groep is die dag vol'],
    ],
  );
  // The approved line is no care day any more.
  const agenda = await f.client.get(`/api/v1/agenda?from=${DATE}&days=1`);
  assert.deepEqual(agenda.body.days[0].items, []);
  await t.jobs.drain();
  const mails = await mailsTo(f.email);
  assert.equal(mails.length, 1);
  assert.equal((mails[0]?.body_text.match(/afgekeurd \(Groep is die dag vol\)/g) ?? []).length, 2);
});

test('bulk decisions report each line; both lines of an "als geheel" request in one bulk reject are fine', async () => {
  const { o, afternoon, planner } = await setup();
  const f = await familyClient(t.app, t.ctx, o, { children: 2 });
  const whole = await request(o, f, afternoon, { assessAsWhole: true });
  const g = await familyClient(t.app, t.ctx, o);
  const single = await request(o, g, afternoon);
  const res = await planner.post('/api/v1/assessment/decisions', {
    decisions: [
      ...whole.lines.map((l: any) => ({ lineId: l.id, decision: 'reject', reason: 'Vol' })),
      { lineId: single.lines[0].id, decision: 'approve' },
      { lineId: '00000000-0000-4000-8000-000000000000', decision: 'approve' },
    ],
  });
  assert.deepEqual(
    res.body.results.map((r: any) => [r.ok, r.error, r.status]),
    [
      [true, null, 'rejected'],
      [true, null, 'rejected'],
      [true, null, 'approved'],
      [false, 'not_found', null],
    ],
  );
});

test('planners of another location and group staff cannot see or decide the lines', async () => {
  const { o, afternoon } = await setup();
  const f = await familyClient(t.app, t.ctx, o);
  const made = await request(o, f, afternoon);
  const second = await createSecondLocation(t.ctx, o);
  const elsewhere = await staffClient(t.app, t.ctx, o, 'planner', { locationId: second.locationId });
  assert.deepEqual((await elsewhere.get('/api/v1/assessment')).body.lines, []);
  const res = await elsewhere.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: made.lines[0].id, decision: 'approve' }],
  });
  assert.deepEqual(res.body.results[0].error, 'not_found');
  const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  assert.equal((await groupStaff.get('/api/v1/assessment')).status, 403);
  assert.equal((await f.client.get('/api/v1/assessment')).status, 403);
});

test('of 50 parallel approvals for the last free place exactly one succeeds', async () => {
  const { o, afternoon, planner } = await setup();
  await sql`UPDATE groups SET capacity = 60 WHERE id = ${o.groupIds[0]}`.execute(t.ctx.db);
  const families = [];
  for (let i = 0; i < 50; i++) families.push(await familyClient(t.app, t.ctx, o));
  const lines = [];
  for (const f of families) lines.push((await request(o, f, afternoon)).lines[0].id);
  // The group's capacity drops to one place (a staff member is ill): 50 open requests, 1 place.
  await sql`UPDATE groups SET capacity = 1 WHERE id = ${o.groupIds[0]}`.execute(t.ctx.db);
  const results = await Promise.all(
    lines.map((lineId) =>
      planner.post('/api/v1/assessment/decisions', { decisions: [{ lineId, decision: 'approve' }] }),
    ),
  );
  const outcomes = results.map((r) => r.body.results[0]);
  assert.equal(outcomes.filter((r: any) => r.ok).length, 1);
  assert.ok(outcomes.filter((r: any) => !r.ok).every((r: any) => r.error === 'group_full'));
  const approved = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM care_request_lines WHERE organisation_id = ${o.id} AND status = 'approved'`.execute(
    t.ctx.db,
  );
  assert.equal(approved.rows[0]?.n, 1);
});

test('of 50 parallel submissions for the last free place exactly one gets it', async () => {
  const { o, afternoon } = await setup();
  await sql`UPDATE groups SET capacity = 1 WHERE id = ${o.groupIds[0]}`.execute(t.ctx.db);
  const families = [];
  for (let i = 0; i < 50; i++) families.push(await familyClient(t.app, t.ctx, o));
  const results = await Promise.all(
    families.map((f) =>
      f.client.post(
        '/api/v1/requests',
        oneDay(DATE, [
          { childId: f.childIds[0] as string, groupId: o.groupIds[0], careProductId: afternoon },
        ]),
        { 'idempotency-key': newKey() },
      ),
    ),
  );
  assert.equal(results.filter((r) => r.status === 201).length, 1);
  assert.ok(results.filter((r) => r.status !== 201).every((r) => r.body.error.fields[0].code === 'full'));
  // Two children of one request competing for the last place: the request is refused whole.
  const open = await sql`UPDATE groups SET capacity = 2 WHERE id = ${o.groupIds[0]}`.execute(t.ctx.db);
  assert.ok(open);
  const twins = await familyClient(t.app, t.ctx, o, { children: 2 });
  const both = await twins.client.post(
    '/api/v1/requests',
    oneDay(
      DATE,
      twins.childIds.map((childId) => ({ childId, groupId: o.groupIds[0], careProductId: afternoon })),
    ),
    { 'idempotency-key': newKey() },
  );
  assert.equal(both.status, 400);
  assert.equal(both.body.error.fields[0].code, 'full');
});

test('expiry: open lines turn "Vervallen" at their moment, once, with one message; they cannot be approved after it', async () => {
  const { o, afternoon } = await setup();
  const f = await familyClient(t.app, t.ctx, o);
  // "Vervalt automatisch op" 5 March: 00:00 in Amsterdam, 4 March 23:00Z.
  const made = await request(o, f, afternoon, { expiresOn: '2026-03-05' });
  assert.equal(made.lines[0].expiresAt, '2026-03-04T23:00:00.000Z');
  t.clock.set('2026-03-04T22:59:59Z');
  assert.equal(await runRequestExpiry(t.ctx), 0);
  t.clock.set('2026-03-04T23:00:00Z');
  // Two days later: sign in afresh (sessions end when idle).
  const planner2 = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  await f.client.login(f.email, TEST_PASSWORD);
  const late = await planner2.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: made.lines[0].id, decision: 'approve' }],
  });
  assert.equal(late.status, 200, JSON.stringify(late.body));
  assert.equal(late.body.results[0].error, 'expired');
  assert.equal(await runRequestExpiry(t.ctx), 1);
  assert.equal(await runRequestExpiry(t.ctx), 0);
  const overview = await f.client.get('/api/v1/requests');
  assert.equal(overview.body.lines[0].status, 'expired');
  assert.equal(overview.body.lines[0].cancel.refusal, 'not_pending');
  await t.jobs.drain();
  const mails = await mailsTo(f.email);
  assert.equal(mails.length, 1);
  assert.match(mails[0]?.body_text ?? '', /vervallen/);
  // Without a date of their own, lines expire at the policy's request deadline (24 hours before they start).
  t.clock.set(DEFAULT_NOW);
  const g = await familyClient(t.app, t.ctx, o);
  const plain = await request(o, g, afternoon);
  assert.equal(plain.lines[0].expiresAt, '2026-03-09T12:00:00.000Z');
});

test('the dev route runs the expiry job (end-to-end tests)', async () => {
  t.clock.set(DEFAULT_NOW);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/dev/requests/expire',
    headers: { 'x-nestje-csrf': '1' },
  });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), { expired: 0 });
});
