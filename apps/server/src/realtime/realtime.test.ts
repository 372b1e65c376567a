import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import type { LiveEvent } from '@nestje/contract';
import { sql } from 'kysely';
import pino from 'pino';
import { useTestSystem } from '../../test/index.ts';
import { listenPostgres } from '../db/listen.ts';
import { LIVE_CHANNEL, livePayloads, MAX_PAYLOAD_BYTES, startRealtime } from './notify-realtime.ts';
import type { Realtime } from './realtime.ts';

const t = useTestSystem();
const silent = pino({ level: 'silent' });
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const singleProcess = onPostgres
  ? false
  : 'PGlite is one embedded database in one process: there is no second process to reach';

/** Collects what a subscription receives; `next()` waits for the next event. */
function collect(realtime: Realtime, organisationId: string, accountId: string) {
  const events: LiveEvent[] = [];
  const waiting: ((e: LiveEvent) => void)[] = [];
  const unsubscribe = realtime.subscribe(organisationId, accountId, (e) => {
    const resolve = waiting.shift();
    if (resolve) resolve(e);
    else events.push(e);
  });
  return {
    events,
    unsubscribe,
    next(timeoutMs = 5000): Promise<LiveEvent> {
      const queued = events.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no live event arrived')), timeoutMs);
        waiting.push((e) => {
          clearTimeout(timer);
          resolve(e);
        });
      });
    },
  };
}

const thread = (): LiveEvent => ({ type: 'messages', threadId: randomUUID() });

test('a committed publish reaches that account only: not another account, not the same id in another organisation', async () => {
  const [org, otherOrg, account, otherAccount] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const mine = collect(t.ctx.realtime, org, account);
  const neighbour = collect(t.ctx.realtime, org, otherAccount);
  const elsewhere = collect(t.ctx.realtime, otherOrg, account);
  const event = thread();
  await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, org, [account], event));
  assert.deepEqual(await mine.next(), event);

  // Events arrive in commit order: once the neighbour's own event is there, the first one would have been too.
  const marker: LiveEvent = { type: 'notifications' };
  await t.ctx.db.transaction().execute(async (trx) => {
    await t.ctx.realtime.publish(trx, org, [otherAccount], marker);
    await t.ctx.realtime.publish(trx, otherOrg, [account], marker);
  });
  assert.deepEqual(await neighbour.next(), marker);
  assert.deepEqual(await elsewhere.next(), marker);
  assert.deepEqual([neighbour.events, elsewhere.events, mine.events], [[], [], []]);
  for (const s of [mine, neighbour, elsewhere]) s.unsubscribe();
});

test('nothing is delivered before the transaction commits, nor when it rolls back', async () => {
  const [org, account] = [randomUUID(), randomUUID()];
  const sub = collect(t.ctx.realtime, org, account);
  const rolledBack = thread();
  await assert.rejects(
    t.ctx.db.transaction().execute(async (trx) => {
      await t.ctx.realtime.publish(trx, org, [account], rolledBack);
      throw new Error('the change fails');
    }),
    /the change fails/,
  );
  const committed = thread();
  await t.ctx.db.transaction().execute(async (trx) => {
    await t.ctx.realtime.publish(trx, org, [account], committed);
    // Still inside the transaction: the listener must not have heard anything yet.
    await sql`SELECT 1`.execute(trx);
    assert.deepEqual(sub.events, []);
  });
  assert.deepEqual(await sub.next(), committed, 'the rolled-back event never arrives');
  assert.deepEqual(sub.events, []);
  sub.unsubscribe();
});

test('after unsubscribing, a listener hears nothing more; other subscriptions of the account still do', async () => {
  const [org, account] = [randomUUID(), randomUUID()];
  const first = collect(t.ctx.realtime, org, account);
  const second = collect(t.ctx.realtime, org, account);
  first.unsubscribe();
  const event = thread();
  await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, org, [account], event));
  assert.deepEqual(await second.next(), event);
  assert.deepEqual(first.events, []);
  second.unsubscribe();
});

test('a large audience is split into notifications under the 8000-byte limit, each account hearing it once', async () => {
  const org = randomUUID();
  const accounts = Array.from({ length: 700 }, () => randomUUID());
  const event: LiveEvent = { type: 'notifications' };
  const payloads = livePayloads(org, [...accounts, accounts[0]!], event);
  assert.ok(payloads.length >= 4, `${payloads.length} payloads`);
  for (const p of payloads) assert.ok(Buffer.byteLength(p) <= MAX_PAYLOAD_BYTES);
  assert.deepEqual(payloads.flatMap((p) => JSON.parse(p).a).sort(), [...accounts].sort(), 'each id once');

  const subs = accounts.map((a) => collect(t.ctx.realtime, org, a));
  // PostgreSQL refuses a payload of 8000 bytes or more: unsplit, this publish would fail.
  await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, org, accounts, event));
  for (const s of subs) assert.deepEqual(await s.next(), event);
  // A marker behind it: by the time it arrives, any second copy of the event would have too.
  const marker = thread();
  await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, org, accounts, marker));
  for (const s of subs) {
    assert.deepEqual(await s.next(), marker);
    assert.deepEqual(s.events, []);
    s.unsubscribe();
  }
});

test('a notification on the channel that is not a live event is ignored, and listening goes on', async () => {
  const [org, account] = [randomUUID(), randomUUID()];
  const sub = collect(t.ctx.realtime, org, account);
  await t.ctx.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_notify(${LIVE_CHANNEL}, ${'not json'})`.execute(trx);
    await sql`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ o: org, a: [account], e: { type: 'x' } })})`.execute(
      trx,
    );
  });
  const event = thread();
  await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, org, [account], event));
  assert.deepEqual(await sub.next(), event);
  assert.deepEqual(sub.events, []);
  sub.unsubscribe();
});

/** The URL of this test file's own PostgreSQL database, for connections of a second "server process". */
async function databaseUrl(): Promise<string> {
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(t.ctx.db);
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${rows[0]!.name}`;
  return url.toString();
}

/** Another server process as far as the database can tell: its own listening connection. */
async function secondProcess(minDelayMs = 500): Promise<Realtime> {
  const url = await databaseUrl();
  return startRealtime(
    {
      listen: (channel, handlers) =>
        listenPostgres({ connectionString: url }, channel, handlers, { minDelayMs }),
    },
    silent,
  );
}

test('an event published in one server process reaches a subscriber in another', {
  skip: singleProcess,
}, async () => {
  const other = await secondProcess();
  try {
    const [org, account] = [randomUUID(), randomUUID()];
    const there = collect(other, org, account);
    const here = collect(t.ctx.realtime, org, account);
    const event = thread();
    await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, org, [account], event));
    assert.deepEqual(await there.next(), event);
    assert.deepEqual(await here.next(), event);
  } finally {
    await other.close();
  }
});

test('when the listening connection drops, it comes back and everyone connected is told to refetch', {
  skip: singleProcess,
}, async () => {
  const other = await secondProcess(50);
  try {
    const [org, account] = [randomUUID(), randomUUID()];
    const there = collect(other, org, account);
    const here = collect(t.ctx.realtime, org, account);
    // What a database restart or a network cut does to the listening connections of both processes.
    const { rows } = await sql<{ ended: boolean }>`
      SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'nestje-live'`.execute(t.ctx.db);
    assert.equal(rows.length, 2, 'one listening connection per process');
    const refetch: LiveEvent = { type: 'notifications' };
    assert.deepEqual(await there.next(), refetch);
    assert.deepEqual(await here.next(5000), refetch);
    const event = thread();
    await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, org, [account], event));
    assert.deepEqual(await there.next(), event);
    assert.deepEqual(await here.next(), event);
  } finally {
    await other.close();
  }
});

test('after close, a process no longer listens: its connection is gone', {
  skip: singleProcess,
}, async () => {
  const other = await secondProcess();
  const count = async () => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'nestje-live'`.execute(t.ctx.db);
    return rows[0]!.n;
  };
  assert.equal(await count(), 2);
  await other.close();
  for (let i = 0; i < 50 && (await count()) !== 1; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(await count(), 1);
});
