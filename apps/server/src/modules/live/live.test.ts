import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { after, beforeEach, test } from 'node:test';
import type { LiveEvent } from '@nestje/contract';
import {
  createFamily,
  createOrganisation,
  createStaff,
  createTestSystem,
  TEST_PASSWORD,
  TestClient,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { liveStreamTiming } from './live.service.ts';

const t = useTestSystem({ rateLimits: false });
let base = '';
let o: TestOrganisation;
let listening: Promise<void> | null = null;

/**
 * The system listening on a real port (the stream needs a socket: inject() waits for the whole response).
 * Started from the first test, not a `before` hook: the file's hooks run side by side, not after each other.
 */
beforeEach(() => {
  listening ??= (async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    o = await createOrganisation(t.ctx);
  })();
  return listening;
});

const streams: AbortController[] = [];
after(() => {
  for (const s of streams) s.abort();
});

async function signedIn(email: string): Promise<TestClient> {
  const client = new TestClient(t.app);
  const res = await client.login(email, TEST_PASSWORD);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return client;
}

interface SseFrame {
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

/** A GET /events over a real socket, read frame by frame the way a browser's EventSource does. */
async function openStream(client: TestClient | null, query = '', baseUrl = base) {
  const abort = new AbortController();
  streams.push(abort);
  const headers: Record<string, string> = {};
  if (client?.cookie) headers.cookie = `nestje_sessions=${client.cookie}`;
  const res = await fetch(`${baseUrl}/api/v1/events${query}`, { headers, signal: abort.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const frames: SseFrame[] = [];
  /** The next frame; `ended` when the server closed the stream. */
  async function next(timeoutMs = 5000): Promise<SseFrame | 'ended'> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const queued = frames.shift();
      if (queued) return queued;
      const at = buffer.indexOf('\n\n');
      if (at >= 0) {
        const frame: SseFrame = {};
        for (const line of buffer.slice(0, at).split('\n')) {
          if (line.startsWith(':')) frame.comment = line.slice(1).trim();
          else {
            const colon = line.indexOf(':');
            (frame as Record<string, string>)[line.slice(0, colon)] = line.slice(colon + 1).trim();
          }
        }
        buffer = buffer.slice(at + 2);
        return frame;
      }
      const timer = setTimeout(() => abort.abort(), Math.max(0, deadline - Date.now()));
      try {
        const { value, done } = await reader.read();
        if (done) return 'ended';
        buffer += value;
      } catch (err) {
        throw abort.signal.aborted ? new Error('no frame arrived in time') : err;
      } finally {
        clearTimeout(timer);
      }
    }
  }
  /** The next live event, skipping heartbeats. */
  async function nextEvent(): Promise<LiveEvent & { name?: string }> {
    for (;;) {
      const frame = await next();
      assert.notEqual(frame, 'ended', 'the stream ended');
      if (frame === 'ended' || !frame.data) continue;
      return { ...JSON.parse(frame.data), name: frame.event };
    }
  }
  return { res, next, nextEvent, close: () => abort.abort() };
}

const publish = (organisationId: string, accountIds: string[], event: LiveEvent) =>
  t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, organisationId, accountIds, event));

test('a signed-in parent gets an event stream and receives the event once the change commits', async () => {
  const parent = await createFamily(t.ctx, o);
  const stream = await openStream(await signedIn(parent.email));
  assert.equal(stream.res.status, 200);
  assert.equal(stream.res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  assert.match(stream.res.headers.get('cache-control') ?? '', /no-cache/);
  assert.equal(stream.res.headers.get('x-accel-buffering'), 'no');
  assert.ok(stream.res.headers.get('content-security-policy'), 'the security headers are there too');
  assert.deepEqual(await stream.next(), { retry: '5000' });

  const threadId = randomUUID();
  await publish(o.id, [parent.accountId], { type: 'messages', threadId });
  assert.deepEqual(await stream.nextEvent(), { type: 'messages', threadId, name: 'messages' });
  await publish(o.id, [parent.accountId], { type: 'notifications' });
  assert.deepEqual(await stream.nextEvent(), { type: 'notifications', name: 'notifications' });
  stream.close();
});

test("a staff member's stream does not carry a parent's events", async () => {
  const parent = await createFamily(t.ctx, o);
  const staff = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  const parentStream = await openStream(await signedIn(parent.email));
  const staffStream = await openStream(await signedIn(staff.email));
  await staffStream.next();
  await publish(o.id, [parent.accountId], { type: 'messages', threadId: randomUUID() });
  const forStaff: LiveEvent = { type: 'messages', threadId: randomUUID() };
  await publish(o.id, [staff.accountId], forStaff);
  // Commit order is delivery order: the parent's event would have come first.
  assert.deepEqual(await staffStream.nextEvent(), { ...forStaff, name: 'messages' });
  assert.equal((await parentStream.nextEvent()).type, 'messages');
  parentStream.close();
  staffStream.close();
});

test('without a session the stream is refused with 401', async () => {
  const res = await fetch(`${base}/api/v1/events`);
  assert.equal(res.status, 401);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'unauthenticated');
  const signedOut = new TestClient(t.app);
  signedOut.cookie = 'not-a-session-token';
  const stale = await openStream(signedOut);
  assert.equal(stale.res.status, 401);
});

test('with two accounts signed in, the tab chooses which one its stream is for; an account not signed in is 401', async () => {
  const first = await createFamily(t.ctx, o);
  const second = await createFamily(t.ctx, o);
  const browser = await signedIn(first.email);
  assert.equal((await browser.login(second.email, TEST_PASSWORD)).status, 200);

  const stream = await openStream(browser, `?account=${second.accountId}`);
  assert.equal(stream.res.status, 200);
  await stream.next();
  await publish(o.id, [first.accountId], { type: 'notifications' });
  const forSecond: LiveEvent = { type: 'messages', threadId: randomUUID() };
  await publish(o.id, [second.accountId], forSecond);
  assert.deepEqual(await stream.nextEvent(), { ...forSecond, name: 'messages' });
  stream.close();

  const stranger = await createFamily(t.ctx, o);
  const refused = await openStream(browser, `?account=${stranger.accountId}`);
  assert.equal(refused.res.status, 401);
  const bad = await openStream(browser, '?account=nope');
  assert.equal(bad.res.status, 400);
});

test('an idle stream gets a heartbeat comment', async () => {
  const parent = await createFamily(t.ctx, o);
  const client = await signedIn(parent.email);
  const before = liveStreamTiming.heartbeatMs;
  liveStreamTiming.heartbeatMs = 50;
  try {
    const stream = await openStream(client);
    await stream.next();
    assert.deepEqual(await stream.next(1000), { comment: 'keep-alive' });
    stream.close();
  } finally {
    liveStreamTiming.heartbeatMs = before;
  }
});

test('when the browser goes away, its subscription ends', async () => {
  const parent = await createFamily(t.ctx, o);
  const client = await signedIn(parent.email);
  const realtime = t.ctx.realtime;
  const original = realtime.subscribe.bind(realtime);
  let open = 0;
  realtime.subscribe = (org, account, listener) => {
    open++;
    const stop = original(org, account, listener);
    return () => {
      open--;
      stop();
    };
  };
  try {
    const stream = await openStream(client);
    await stream.next();
    assert.equal(open, 1);
    stream.close();
    for (let i = 0; i < 100 && open > 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(open, 0);
  } finally {
    realtime.subscribe = original;
  }
});

test('the OpenAPI description documents the stream', async () => {
  const doc = (await new TestClient(t.app).get('/api/openapi.json')).body;
  const get = doc.paths['/api/v1/events'].get;
  assert.ok(get.responses['200'].content['text/event-stream'].schema);
  assert.ok(get.parameters.some((p: { name: string }) => p.name === 'account'));
});

test('closing the server ends the open streams instead of waiting for them', {
  timeout: 30_000,
}, async () => {
  const system = await createTestSystem({ rateLimits: false });
  let closed = false;
  try {
    await system.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(system.app.server.address() as AddressInfo).port}`;
    const org = await createOrganisation(system.ctx);
    const parent = await createFamily(system.ctx, org);
    const client = new TestClient(system.app);
    assert.equal((await client.login(parent.email, TEST_PASSWORD)).status, 200);
    const stream = await openStream(client, '', url);
    await stream.next();
    await system.close();
    closed = true;
    assert.equal(await stream.next(), 'ended');
  } finally {
    if (!closed) await system.close();
  }
});
