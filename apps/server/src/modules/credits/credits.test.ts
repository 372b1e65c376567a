import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createSecondLocation, staffClient } from '../../../test/families-factories.ts';
import {
  createOrganisation,
  DEFAULT_NOW,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { familyClient, newKey } from '../../../test/requests-factories.ts';
import { closeLines, insertLines, insertRequest } from '../requests/requests.queries.ts';
import { insertEntries, refundClosedLines } from './credit-ledger.queries.ts';

// The clock stands on Monday 2 March 2026, 09:00 in Amsterdam, unless a test moves it.
const t = useTestSystem({ rateLimits: false });

async function setCreditsFeature(o: TestOrganisation, on: boolean) {
  await t.ctx.db.updateTable('organisations').set({ feature_credits: on }).where('id', '=', o.id).execute();
}

/** An organisation with the credits feature, a family with a child and a planner of the child's location. */
async function setup(options: { children?: number } = {}) {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  await setCreditsFeature(o, true);
  const family = await familyClient(t.app, t.ctx, o, options);
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  return { o, family, planner, childId: family.childIds[0] as string };
}

const grantBody = (overrides: Record<string, unknown> = {}) => ({
  unit: 'minutes',
  amount: 330,
  source: 'grant',
  validFrom: '2026-03-01',
  validUntil: '2026-03-31',
  description: 'Compensatie studiedag',
  ...overrides,
});

async function auditOf(organisationId: string, action: string) {
  return t.ctx.db
    .selectFrom('audit_events')
    .select(['child_ids', 'subject_id', 'details', 'actor_account_id'])
    .where('organisation_id', '=', organisationId)
    .where('action', '=', action)
    .execute();
}

test('a guardian sees only their own children’s credits; staff elsewhere do not see the child', async () => {
  const { o, family, planner, childId } = await setup({ children: 2 });
  const other = await familyClient(t.app, t.ctx, o);
  const elsewhere = await createOrganisation(t.ctx);
  await setCreditsFeature(elsewhere, true);
  const foreign = await familyClient(t.app, t.ctx, elsewhere);
  const foreignPlanner = await staffClient(t.app, t.ctx, elsewhere, 'planner');

  const second = family.childIds[1] as string;
  for (const [client, child, validUntil] of [
    [planner, second, '2026-04-30'],
    [planner, childId, '2026-05-31'],
    [planner, childId, '2026-03-31'],
    [planner, other.childIds[0], '2026-03-31'],
    [foreignPlanner, foreign.childIds[0], '2026-03-31'],
  ] as const) {
    const res = await client.post(`/api/v1/children/${child}/credits`, grantBody({ validUntil }));
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }

  const mine = await family.client.get('/api/v1/credits');
  assert.equal(mine.status, 200);
  // By child (Kind0 before Kind1), then the first to expire first.
  assert.deepEqual(
    mine.body.credits.map((c: any) => [c.childId, c.validUntil]),
    [
      [childId, '2026-03-31'],
      [childId, '2026-05-31'],
      [second, '2026-04-30'],
    ],
  );
  const first = mine.body.credits[0];
  assert.equal(first.initial, 330);
  assert.equal(first.remaining, 330);
  assert.equal(first.state, 'usable');
  assert.match(first.childName, /^Kind0 /);
  assert.deepEqual(first.permittedActions, []);
  assert.deepEqual(
    first.entries.map((e: any) => [e.kind, e.amount, e.reason, e.requestLine]),
    [['grant', 330, 'Compensatie studiedag', null]],
  );

  // The guardian may read their child's credits but neither another family's child nor grant.
  assert.equal((await family.client.get(`/api/v1/children/${childId}/credits`)).body.credits.length, 2);
  assert.equal((await family.client.get(`/api/v1/children/${other.childIds[0]}/credits`)).status, 404);
  assert.equal((await family.client.post(`/api/v1/children/${childId}/credits`, grantBody())).status, 403);
  assert.equal((await family.client.get(`/api/v1/children/${foreign.childIds[0]}/credits`)).status, 404);
  const theirCredit = (await other.client.get('/api/v1/credits')).body.credits[0].id;
  const notMine = await family.client.post(`/api/v1/credits/${theirCredit}/corrections`, {
    amount: 10,
    reason: 'x',
  });
  assert.equal(notMine.status, 404);
  // Staff have no list of their own.
  assert.equal((await planner.get('/api/v1/credits')).status, 403);

  // Staff of another location do not see the child at all; group staff of the child's group read but do not grant.
  const second2 = await createSecondLocation(t.ctx, o);
  const away = await staffClient(t.app, t.ctx, o, 'planner', { locationId: second2.locationId });
  assert.equal((await away.get(`/api/v1/children/${childId}/credits`)).status, 404);
  assert.equal((await away.post(`/api/v1/children/${childId}/credits`, grantBody())).status, 404);
  const away404 = await away.post(`/api/v1/credits/${first.id}/corrections`, { amount: 10, reason: 'x' });
  assert.equal(away404.status, 404);
  const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  const read = await groupStaff.get(`/api/v1/children/${childId}/credits`);
  assert.equal(read.status, 200);
  assert.equal(read.body.credits.length, 2);
  assert.deepEqual(read.body.credits[0].permittedActions, []);
  assert.equal((await groupStaff.post(`/api/v1/children/${childId}/credits`, grantBody())).status, 403);
  const gsCorrect = await groupStaff.post(`/api/v1/credits/${first.id}/corrections`, {
    amount: 10,
    reason: 'x',
  });
  assert.equal(gsCorrect.status, 403);
  const planned = await planner.get(`/api/v1/children/${childId}/credits`);
  assert.deepEqual(planned.body.credits[0].permittedActions, ['credit.correct']);
});

test('granting and correcting are audited; a repeated grant with its key creates one credit', async () => {
  const { o, planner, childId } = await setup();
  const key = newKey();
  const [a, b] = await Promise.all([
    planner.post(`/api/v1/children/${childId}/credits`, grantBody({ unit: 'points', amount: 3 }), {
      'idempotency-key': key,
    }),
    planner.post(`/api/v1/children/${childId}/credits`, grantBody({ unit: 'points', amount: 3 }), {
      'idempotency-key': key,
    }),
  ]);
  assert.equal(a.status, 201);
  assert.equal(b.status, 201);
  assert.equal(a.body.id, b.body.id);
  assert.equal(a.body.unit, 'points');
  assert.equal(a.body.weekType, 'any');
  assert.equal(a.body.source, 'grant');
  const granted = await auditOf(o.id, 'credit.granted');
  assert.equal(granted.length, 1);
  assert.deepEqual(granted[0]?.child_ids, [childId]);
  assert.equal(granted[0]?.subject_id, a.body.id);

  t.clock.set('2026-03-02T10:00:00Z');
  const taken = await planner.post(`/api/v1/credits/${a.body.id}/corrections`, {
    amount: -2,
    reason: 'Te veel',
  });
  assert.equal(taken.status, 200);
  assert.equal(taken.body.initial, 3);
  assert.equal(taken.body.remaining, 1);
  assert.deepEqual(
    taken.body.entries.map((e: any) => [e.kind, e.amount, e.reason, e.at]),
    [
      ['grant', 3, 'Compensatie studiedag', '2026-03-02T08:00:00.000Z'],
      ['correction', -2, 'Te veel', '2026-03-02T10:00:00.000Z'],
    ],
  );
  const added = await planner.post(`/api/v1/credits/${a.body.id}/corrections`, { amount: 4, reason: 'Ruil' });
  assert.equal(added.body.remaining, 5);
  const corrected = await auditOf(o.id, 'credit.corrected');
  assert.equal(corrected.length, 2);
  assert.deepEqual(corrected[0]?.child_ids, [childId]);
  assert.deepEqual(
    corrected.map((e) => (e.details as any).amount),
    [-2, 4],
  );

  // The contract's checks: the end before the start, a correction of nothing.
  const order = await planner.post(
    `/api/v1/children/${childId}/credits`,
    grantBody({ validFrom: '2026-04-01', validUntil: '2026-03-01' }),
  );
  assert.equal(order.status, 400);
  assert.equal(order.body.error.fields[0].path, 'validUntil');
  const zero = await planner.post(`/api/v1/credits/${a.body.id}/corrections`, { amount: 0, reason: 'x' });
  assert.equal(zero.status, 400);
  assert.equal(zero.body.error.fields[0].path, 'amount');
});

test('a correction never takes a credit below zero', async () => {
  const { planner, childId } = await setup();
  const credit = (await planner.post(`/api/v1/children/${childId}/credits`, grantBody({ amount: 60 }))).body;
  const refused = await planner.post(`/api/v1/credits/${credit.id}/corrections`, {
    amount: -61,
    reason: 'Fout',
  });
  assert.equal(refused.status, 400);
  assert.equal(refused.body.error.fields[0].path, 'amount');
  assert.equal(refused.body.error.fields[0].code, 'below_zero');
  const all = await planner.post(`/api/v1/credits/${credit.id}/corrections`, { amount: -60, reason: 'Fout' });
  assert.equal(all.status, 200);
  assert.equal(all.body.remaining, 0);
  assert.equal(all.body.state, 'used_up');
});

test('two corrections at once that together would go below zero: one is refused', async () => {
  const { planner, childId } = await setup();
  const credit = (await planner.post(`/api/v1/children/${childId}/credits`, grantBody({ amount: 60 }))).body;
  const results = await Promise.all([
    planner.post(`/api/v1/credits/${credit.id}/corrections`, { amount: -40, reason: 'A' }),
    planner.post(`/api/v1/credits/${credit.id}/corrections`, { amount: -40, reason: 'B' }),
  ]);
  assert.deepEqual(results.map((r) => r.status).sort(), [200, 400]);
  const refused = results.find((r) => r.status === 400);
  assert.equal(refused?.body.error.fields[0].code, 'below_zero');
  const list = await planner.get(`/api/v1/children/${childId}/credits`);
  assert.equal(list.body.credits[0].remaining, 20);
});

test('without the credits feature guardians see no credits and staff cannot grant or correct', async () => {
  const { o, family, planner, childId } = await setup();
  const credit = (await planner.post(`/api/v1/children/${childId}/credits`, grantBody())).body;
  await setCreditsFeature(o, false);
  const mine = await family.client.get('/api/v1/credits');
  assert.equal(mine.status, 200);
  assert.deepEqual(mine.body.credits, []);
  assert.deepEqual((await planner.get(`/api/v1/children/${childId}/credits`)).body.credits, []);
  const grant = await planner.post(`/api/v1/children/${childId}/credits`, grantBody());
  assert.equal(grant.status, 403);
  assert.equal(grant.body.error.code, 'credits.feature_off');
  const correct = await planner.post(`/api/v1/credits/${credit.id}/corrections`, { amount: 5, reason: 'x' });
  assert.equal(correct.status, 403);
  assert.equal(correct.body.error.code, 'credits.feature_off');
  await setCreditsFeature(o, true);
  assert.equal((await family.client.get('/api/v1/credits')).body.credits.length, 1);
});

test('the state follows the date in Amsterdam and the balance', async () => {
  const { o, family, planner, childId } = await setup();
  const credit = (
    await planner.post(
      `/api/v1/children/${childId}/credits`,
      grantBody({ validFrom: '2026-03-10', validUntil: '2026-03-20' }),
    )
  ).body;
  const stateAt = async (now: string) => {
    t.clock.set(now);
    return (await family.client.get('/api/v1/credits')).body.credits[0].state;
  };
  assert.equal(credit.state, 'not_yet_valid');
  // 23:30 UTC on 9 March is already 10 March in Amsterdam.
  assert.equal(await stateAt('2026-03-09T22:30:00Z'), 'not_yet_valid');
  assert.equal(await stateAt('2026-03-09T23:30:00Z'), 'usable');
  assert.equal(await stateAt('2026-03-20T22:59:00Z'), 'usable');
  assert.equal(await stateAt('2026-03-20T23:00:00Z'), 'expired');
  // Staff sessions end after 12 idle hours: a planner signed in now.
  t.clock.set('2026-03-12T09:00:00Z');
  const now = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  const op = await now.post(`/api/v1/credits/${credit.id}/corrections`, { amount: -330, reason: 'Op' });
  assert.equal(op.status, 200);
  assert.equal(await stateAt('2026-03-12T10:00:00Z'), 'used_up');
  // Used up wins over expired.
  assert.equal(await stateAt('2026-04-01T10:00:00Z'), 'used_up');
});

test('a use and its refund are listed with the request line and its status now', async () => {
  const { o, family, planner, childId } = await setup();
  const credit = (await planner.post(`/api/v1/children/${childId}/credits`, grantBody())).body;
  const now = new Date(DEFAULT_NOW);
  const requestId = await insertRequest(t.ctx.db, {
    organisationId: o.id,
    guardianId: family.guardianId,
    accountId: family.accountId,
    assessAsWhole: false,
    expiresOn: null,
    comment: '',
    submittedAt: now,
  });
  const lineId = randomUUID();
  await insertLines(t.ctx.db, o.id, requestId, [
    {
      id: lineId,
      bookingId: randomUUID(),
      childId,
      groupId: o.groupIds[0],
      careProductId: o.productId,
      date: '2026-03-11',
      startTime: '13:00',
      endTime: '18:30',
      priceCents: 0,
      expiresAt: new Date('2026-03-10T12:00:00Z'),
      creditId: credit.id,
    },
  ]);
  await insertEntries(t.ctx.db, o.id, [
    { creditId: credit.id, kind: 'use', amount: -330, requestLineId: lineId, at: now },
  ]);

  const used = (await family.client.get('/api/v1/credits')).body.credits[0];
  assert.equal(used.remaining, 0);
  assert.equal(used.state, 'used_up');
  assert.deepEqual(used.entries[1], {
    id: used.entries[1].id,
    kind: 'use',
    amount: -330,
    at: '2026-03-02T08:00:00.000Z',
    reason: '',
    requestLine: { id: lineId, date: '2026-03-11', startTime: '13:00', endTime: '18:30', status: 'pending' },
  });

  const later = new Date('2026-03-03T08:00:00Z');
  await closeLines(t.ctx.db, o.id, [lineId], { status: 'cancelled', at: later, accountId: family.accountId });
  await refundClosedLines(t.ctx.db, o.id, [lineId], later);
  const refunded = (await family.client.get('/api/v1/credits')).body.credits[0];
  assert.equal(refunded.remaining, 330);
  assert.equal(refunded.state, 'usable');
  assert.deepEqual(
    refunded.entries.map((e: any) => [e.kind, e.amount, e.requestLine?.status ?? null]),
    [
      ['grant', 330, null],
      ['use', -330, 'cancelled'],
      ['refund', 330, 'cancelled'],
    ],
  );
  const count = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM credit_entries WHERE credit_id = ${credit.id}`.execute(t.ctx.db);
  assert.equal(count.rows[0]?.n, 3);
});
