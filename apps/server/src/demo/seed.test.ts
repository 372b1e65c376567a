import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestClient, useTestSystem } from '../../test/index.ts';
import { DEMO_PASSWORD, seedDemo } from './seed.ts';

const t = useTestSystem();

async function signIn(email: string) {
  const client = new TestClient(t.app);
  const res = await client.login(email, DEMO_PASSWORD);
  assert.equal(res.status, 200);
  return client;
}

// Seeded on a Sunday in the Christmas holidays: the demo must still show its requests.
test('the demo shows requests like the manual: approved, rejected, pending; the planner has lines to assess', async () => {
  t.clock.set('2026-12-20T10:00:00Z');
  const info = await seedDemo(t.ctx);
  assert.equal(info.created, true);
  const parent = await signIn('ouder@demo.nestje.nl');
  const overview = await parent.get('/api/v1/requests');
  assert.equal(overview.status, 200);
  const extra = overview.body.lines.filter((l: any) => l.kind === 'extra');
  assert.deepEqual(extra.map((l: any) => l.status).sort(), ['approved', 'pending', 'rejected']);
  // A pending swap: Noortje's afternoon for a morning, half an hour lapsing (issue 5's demo).
  const swap = overview.body.lines.filter((l: any) => l.kind === 'swap');
  assert.deepEqual(swap.map((l: any) => [l.role, l.status]).sort(), [
    ['give', 'pending'],
    ['take', 'pending'],
  ]);
  assert.equal(swap.find((l: any) => l.role === 'take').lapseMinutes, 30);
  const rejected = extra.find((l: any) => l.status === 'rejected');
  assert.equal(rejected.reason, 'Groep Floris is die middag vol.');
  // The approved line is an extra care day in the agenda.
  const approved = extra.find((l: any) => l.status === 'approved');
  const agenda = await parent.get(`/api/v1/agenda?from=${approved.date}&days=1`);
  assert.ok(agenda.body.days[0].items.some((i: any) => i.source === 'extra'));
  const planner = await signIn('planner@demo.nestje.nl');
  const queue = await planner.get('/api/v1/assessment');
  assert.equal(queue.body.lines.length, 4);
  assert.ok(queue.body.lines.every((l: any) => l.status === 'pending'));
  // Credits are on: Noortje's past absence yielded one, and there are two more (P17, issue 5's demo).
  const credits = await parent.get('/api/v1/credits');
  assert.deepEqual(credits.body.credits.map((c: any) => c.source).sort(), [
    'absence',
    'compensation',
    'grant',
  ]);
  const absences = await parent.get('/api/v1/absences');
  assert.deepEqual(
    absences.body.lines.map((l: any) => [l.reason, l.status]),
    [['sick', 'registered']],
  );
  // Seeding again changes nothing.
  assert.equal((await seedDemo(t.ctx)).created, false);
});
