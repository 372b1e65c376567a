import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import { addIncidentalProducts, familyClient, newKey } from '../../../test/requests-factories.ts';
import * as org from '../organisation/organisation.queries.ts';

// Monday 2 March 2026, 09:00 in Amsterdam. Children are placed on Mondays, 07:30–18:30 (660 minutes); the default
// policy allows 12 swaps a year within 28 days.
const t = useTestSystem({ rateLimits: false });
const GIVE = '2026-03-09';

async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { morning } = await addIncidentalProducts(t.ctx, o);
  const longDay = await org.insertCareProduct(t.ctx.db, o.id, {
    name: 'Lange dag',
    startTime: '07:00',
    endTime: '18:30',
    weekdays: [1, 2, 3, 4, 5],
    weekType: 'any',
    pricing: 'fixed',
    priceCents: 9000,
    usage: 'incidental',
    groupIds: o.groupIds,
  });
  const f = await familyClient(t.app, t.ctx, o);
  const childId = f.childIds[0] as string;
  const swap = (take: { date: string; careProductId?: string }, give = GIVE, extra = {}) =>
    f.client.post(
      '/api/v1/swaps',
      {
        swaps: [
          {
            childId,
            give: { groupId: o.groupIds[0], careProductId: o.productId, date: give, startTime: '07:30' },
            take: { groupId: o.groupIds[0], careProductId: take.careProductId ?? morning, date: take.date },
          },
        ],
        ...extra,
      },
      { 'idempotency-key': newKey() },
    );
  const fieldOf = (res: any) => [
    res.status,
    res.body.error?.fields?.[0]?.path,
    res.body.error?.fields?.[0]?.code,
  ];
  return { o, f, childId, morning, longDay, swap, fieldOf };
}

test('the options say per child what can be given up on a date, the swaps left and the window', async () => {
  const { o, f, childId } = await setup();
  const res = await f.client.get(`/api/v1/swaps/options?date=${GIVE}`);
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.children, [
    {
      childId,
      firstName: 'Kind0',
      lastName: res.body.children[0].lastName,
      swapsUsed: 0,
      swapsPerYear: 12,
      windowFrom: '2026-02-09',
      windowTo: '2026-04-06',
      parts: [
        {
          groupId: o.groupIds[0],
          groupName: 'Groep A',
          careProductId: o.productId,
          productName: 'Hele dag',
          startTime: '07:30',
          endTime: '18:30',
          unavailable: null,
        },
      ],
    },
  ]);
  // Today's day part has started: it can no longer be given up.
  const today = await f.client.get('/api/v1/swaps/options?date=2026-03-02');
  assert.equal(today.body.children[0].parts[0].unavailable, 'past');
});

test('a swap is assessed as a pair; approved, the care moves and the shorter time lapses', async () => {
  const { o, f, swap } = await setup();
  const made = await swap({ date: '2026-03-10' });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const [give, take] = [
    made.body.lines.find((l: any) => l.role === 'give'),
    made.body.lines.find((l: any) => l.role === 'take'),
  ];
  assert.deepEqual(
    [give.kind, give.date, give.startTime, give.endTime, give.priceCents],
    ['swap', GIVE, '07:30', '18:30', 0],
  );
  assert.deepEqual(
    [take.date, take.startTime, take.endTime, take.lapseMinutes],
    ['2026-03-10', '07:30', '13:00', 330],
  );
  assert.equal(give.bookingId, take.bookingId);
  // The planner sees the wanted line, with what is given up for it.
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  const queue = await planner.get('/api/v1/assessment');
  assert.deepEqual(
    queue.body.lines.map((l: any) => [l.role, l.date, l.swapGive]),
    [['take', '2026-03-10', { date: GIVE, startTime: '07:30', endTime: '18:30', productName: 'Hele dag' }]],
  );
  // While open, the child is still planned on the given-up day.
  const before = await f.client.get(`/api/v1/agenda?from=${GIVE}&days=2`);
  assert.deepEqual(
    before.body.days.map((d: any) => d.items.map((i: any) => [i.kind, i.source])),
    [[['care', 'contract']], [['request', null]]],
  );
  const decided = await planner.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: take.id, decision: 'approve' }],
  });
  assert.equal(decided.body.results[0].ok, true);
  const after = await f.client.get(`/api/v1/agenda?from=${GIVE}&days=2`);
  assert.deepEqual(
    after.body.days.map((d: any) => d.items.map((i: any) => [i.kind, i.source, i.startTime, i.endTime])),
    [[], [['care', 'swap', '07:30', '13:00']]],
  );
  const overview = await f.client.get('/api/v1/requests');
  assert.deepEqual(overview.body.lines.map((l: any) => [l.role, l.status]).sort(), [
    ['give', 'approved'],
    ['take', 'approved'],
  ]);
  // Counted against the year.
  const options = await f.client.get('/api/v1/swaps/options?date=2026-03-16');
  assert.equal(options.body.children[0].swapsUsed, 1);
});

test('rejected or cancelled, both sides go; the given-up day part stays planned', async () => {
  const { o, f, swap } = await setup();
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  const first = (await swap({ date: '2026-03-10' })).body.lines;
  const take = first.find((l: any) => l.role === 'take');
  const rejected = await planner.post('/api/v1/assessment/decisions', {
    decisions: [{ lineId: take.id, decision: 'reject', reason: 'Vol' }],
  });
  assert.equal(rejected.body.results[0].ok, true);
  const lines = (await f.client.get('/api/v1/requests')).body.lines;
  assert.deepEqual(
    lines.map((l: any) => l.status),
    ['rejected', 'rejected'],
  );
  const second = (await swap({ date: '2026-03-11' })).body.lines;
  const cancelled = await f.client.post(`/api/v1/request-lines/${second[0].id}/cancel`);
  assert.deepEqual(
    cancelled.body.lines.map((l: any) => l.status),
    ['cancelled', 'cancelled'],
  );
  const agenda = await f.client.get(`/api/v1/agenda?from=${GIVE}&days=1`);
  assert.deepEqual(
    agenda.body.days[0].items.map((i: any) => i.source),
    ['contract'],
  );
});

test('what the server refuses: same date, outside the window, already planned, longer, given twice, not planned', async () => {
  const { o, swap, fieldOf, longDay } = await setup();
  assert.deepEqual(fieldOf(await swap({ date: GIVE })), [400, 'swaps.0.take.date', 'same_date']);
  assert.deepEqual(fieldOf(await swap({ date: '2026-04-07' })), [400, 'swaps.0.take.date', 'outside_window']);
  // The child is planned on Monday the 16th already.
  assert.deepEqual(fieldOf(await swap({ date: '2026-03-16' })), [
    400,
    'swaps.0.take.careProductId',
    'planned',
  ]);
  assert.deepEqual(fieldOf(await swap({ date: '2026-03-10', careProductId: longDay })), [
    400,
    'swaps.0',
    'take_longer',
  ]);
  assert.deepEqual(fieldOf(await swap({ date: '2026-03-11' }, '2026-03-10')), [
    400,
    'swaps.0.give',
    'not_planned',
  ]);
  assert.equal((await swap({ date: '2026-03-10' })).status, 201);
  assert.deepEqual(fieldOf(await swap({ date: '2026-03-11' })), [400, 'swaps.0.give', 'given']);
  const none = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM care_requests WHERE organisation_id = ${o.id}`.execute(t.ctx.db);
  assert.equal(none.rows[0]?.n, 1);
});

test('the yearly maximum and a policy without swaps are enforced', async () => {
  const { o, swap, fieldOf } = await setup();
  await sql`UPDATE planning_policies SET swaps_per_year = 1 WHERE organisation_id = ${o.id}`.execute(
    t.ctx.db,
  );
  assert.equal((await swap({ date: '2026-03-10' })).status, 201);
  assert.deepEqual(fieldOf(await swap({ date: '2026-03-17' }, '2026-03-16')), [
    400,
    'swaps.0',
    'swaps_exhausted',
  ]);
  await sql`UPDATE planning_policies SET swaps_per_year = 0 WHERE organisation_id = ${o.id}`.execute(
    t.ctx.db,
  );
  assert.deepEqual(fieldOf(await swap({ date: '2026-03-17' }, '2026-03-16')), [400, 'swaps.0', 'swaps_off']);
});

test('across the spring clock change the lapse is in local minutes and the line expires at the earlier deadline', async () => {
  const { swap } = await setup();
  t.clock.set('2026-03-20T09:00:00Z');
  // Give up Monday 23 March (winter time), want Tuesday 31 March (summer time), 07:30–13:00.
  const made = await swap({ date: '2026-03-31' }, '2026-03-23');
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const take = made.body.lines.find((l: any) => l.role === 'take');
  assert.equal(take.lapseMinutes, 330);
  // 24 hours before 07:30 CET on 23 March, earlier than 24 hours before 07:30 CEST on 31 March.
  assert.ok(made.body.lines.every((l: any) => l.expiresAt === '2026-03-22T06:30:00.000Z'));
});
