import assert from 'node:assert/strict';
import { createPublicKey } from 'node:crypto';
import { after, before, test } from 'node:test';
import webpush from 'web-push';
import { createTestSystem, DEFAULT_NOW, TestClient, type TestSystem } from '../../../test/index.ts';
import { answer, messagingSetup, startThread } from '../../../test/messages-factories.ts';
import {
  decryptPush,
  type PushEndpoint,
  startPushEndpoint,
  type TestBrowser,
} from '../../../test/push-endpoint.ts';
import { sharedKey } from '../../media/signing.queries.ts';
import { loadVapidKeys, publicKeyOf } from '../../push/vapid.ts';
import { PushServiceError, webPushSender } from '../../push/web-push-sender.ts';
import { isKnownPushService, MAX_SUBSCRIPTIONS_PER_ACCOUNT } from './push.service.ts';

// The system sends through an agent that trusts the test push endpoint's self-signed certificate, so the
// endpoint is started first.
const t = {} as TestSystem;
let endpoint: PushEndpoint;
before(async () => {
  endpoint = await startPushEndpoint();
  Object.assign(t, await createTestSystem({ rateLimits: false, pushAgent: endpoint.agent }));
});
after(async () => {
  await t.close();
  await endpoint.close();
});

async function setup() {
  t.clock.set(DEFAULT_NOW);
  return messagingSetup(t.app, t.ctx);
}

const subscriptionBody = (b: TestBrowser) => ({ endpoint: b.endpoint, keys: b.keys });

async function subscribe(client: TestClient, browser: TestBrowser) {
  const res = await client.post('/api/v1/push/subscriptions', subscriptionBody(browser), {
    'user-agent': 'Mozilla/5.0 (iPhone) Test',
  });
  assert.equal(res.status, 204, JSON.stringify(res.body));
}

function subscriptionsOf(organisationId: string, accountId: string) {
  return t.ctx.db
    .selectFrom('push_subscriptions')
    .select(['endpoint', 'p256dh', 'auth', 'user_agent'])
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
}

test('the VAPID key is an uncompressed P-256 point, made once and the same after a restart', async () => {
  const { parent } = await setup();
  const res = await parent.client.get('/api/v1/push/key');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const { publicKey } = res.body;
  assert.match(publicKey, /^[A-Za-z0-9_-]{87}$/);
  const point = Buffer.from(publicKey, 'base64url');
  assert.equal(point.length, 65);
  assert.equal(point[0], 4, 'uncompressed');
  const x = point.subarray(1, 33).toString('base64url');
  const y = point.subarray(33).toString('base64url');
  assert.doesNotThrow(() => createPublicKey({ key: { kty: 'EC', crv: 'P-256', x, y }, format: 'jwk' }));

  // A restart reads the stored key: the browsers' subscriptions keep working.
  const again = await loadVapidKeys(t.ctx.db, t.ctx.config);
  assert.equal(again.publicKey, publicKey);
  assert.equal(t.ctx.push.publicKey, publicKey);
  assert.equal(again.subject, 'mailto:no-reply@nestje.nl');
  const stored = await t.ctx.db
    .selectFrom('server_keys')
    .select('key')
    .where('name', '=', 'vapid.private')
    .executeTakeFirstOrThrow();
  assert.equal(stored.key.length, 32);
  assert.equal(publicKeyOf(stored.key).toString('base64url'), publicKey);

  const anonymous = await new TestClient(t.app).get('/api/v1/push/key');
  assert.equal(anonymous.status, 401);
});

test('two processes making the key at once agree on one', async () => {
  const [a, b] = await Promise.all([
    sharedKey(t.ctx.db, 'test.race', () => Buffer.alloc(32, 1)),
    sharedKey(t.ctx.db, 'test.race', () => Buffer.alloc(32, 2)),
  ]);
  assert.deepEqual(a, b);
});

test('a browser subscribes, subscribes again (one row), and unsubscribes; only its own account can', async () => {
  const { o, parent, otherFamily } = await setup();
  const browser = endpoint.subscribe(t.ctx.push.publicKey);
  await subscribe(parent.client, browser);
  let rows = await subscriptionsOf(o.id, parent.accountId);
  assert.deepEqual(rows, [
    { endpoint: browser.endpoint, ...browser.keys, user_agent: 'Mozilla/5.0 (iPhone) Test' },
  ]);

  // The browser renewed its keys: still one row, with the new keys.
  const renewed = endpoint.subscribe(t.ctx.push.publicKey);
  await subscribe(parent.client, { ...renewed, endpoint: browser.endpoint });
  rows = await subscriptionsOf(o.id, parent.accountId);
  assert.deepEqual(
    rows.map((r) => [r.endpoint, r.p256dh, r.auth]),
    [[browser.endpoint, renewed.keys.p256dh, renewed.keys.auth]],
  );

  // One browser holding two accounts: each has its own subscription.
  await subscribe(otherFamily.client, browser);
  const unsubscribe = (client: TestClient, url: string) =>
    client.request('DELETE', '/api/v1/push/subscriptions', { endpoint: url });

  // Another account cannot remove the parent's subscription: it removes only its own.
  const foreign = await unsubscribe(otherFamily.client, browser.endpoint);
  assert.equal(foreign.status, 204);
  assert.equal((await subscriptionsOf(o.id, parent.accountId)).length, 1);
  assert.equal((await subscriptionsOf(o.id, otherFamily.accountId)).length, 0);

  const own = await unsubscribe(parent.client, browser.endpoint);
  assert.equal(own.status, 204);
  assert.deepEqual(await subscriptionsOf(o.id, parent.accountId), []);
  assert.equal((await unsubscribe(parent.client, browser.endpoint)).status, 204, 'again: nothing to do');
});

test('keys no push could be encrypted for, and endpoints that are no HTTPS address, are refused', async () => {
  const { o, parent } = await setup();
  const browser = endpoint.subscribe(t.ctx.push.publicKey);
  const post = (body: unknown) => parent.client.post('/api/v1/push/subscriptions', body);
  const fieldOf = async (body: unknown) => {
    const res = await post(body);
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'validation_failed');
    return res.body.error.fields[0].path;
  };
  const point = Buffer.from(browser.keys.p256dh, 'base64url');
  const offCurve = Buffer.from(point);
  offCurve[64] = (offCurve[64] as number) ^ 1;
  const compressedLength = Buffer.concat([point, Buffer.alloc(3)]).toString('base64url');
  const keys = browser.keys;
  assert.equal(await fieldOf({ endpoint: 'http://push.example/x', keys }), 'endpoint');
  assert.equal(await fieldOf({ endpoint: 'not a url', keys }), 'endpoint');
  // Only the push services the server knows: any other address would make it post wherever a caller says.
  const elsewhere = await post({ endpoint: 'https://intranet.example/push/1', keys });
  assert.equal(elsewhere.status, 400);
  assert.deepEqual(elsewhere.body.error.fields[0], {
    path: 'endpoint',
    code: 'unknown_push_service',
    message: elsewhere.body.error.fields[0].message,
  });
  assert.equal(await fieldOf({ endpoint: browser.endpoint }), 'keys');
  assert.equal(
    await fieldOf({ ...subscriptionBody(browser), keys: { ...keys, p256dh: 'x' } }),
    'keys.p256dh',
  );
  const notOnCurve = { ...keys, p256dh: offCurve.toString('base64url') };
  assert.equal(await fieldOf({ endpoint: browser.endpoint, keys: notOnCurve }), 'keys.p256dh');
  const tooLong = { ...keys, p256dh: compressedLength };
  assert.equal(await fieldOf({ endpoint: browser.endpoint, keys: tooLong }), 'keys.p256dh');
  const shortAuth = { ...keys, auth: Buffer.alloc(12, 7).toString('base64url') };
  assert.equal(await fieldOf({ endpoint: browser.endpoint, keys: shortAuth }), 'keys.auth');
  assert.deepEqual(await subscriptionsOf(o.id, parent.accountId), []);
  const noBody = await parent.client.request('DELETE', '/api/v1/push/subscriptions', {});
  assert.equal(noBody.status, 400);
});

test(`an account keeps its ${MAX_SUBSCRIPTIONS_PER_ACCOUNT} newest browsers`, async () => {
  const { o, parent } = await setup();
  const browsers: TestBrowser[] = [];
  for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_ACCOUNT + 2; i++) {
    t.clock.advance({ minutes: 1 });
    const browser = endpoint.subscribe(t.ctx.push.publicKey);
    browsers.push(browser);
    await subscribe(parent.client, browser);
  }
  const rows = await subscriptionsOf(o.id, parent.accountId);
  assert.deepEqual(
    rows.map((r) => r.endpoint),
    browsers.slice(2).map((b) => b.endpoint),
  );
});

test('a push arrives signed with the VAPID key and decrypts, for the browser only, to what was sent', async () => {
  const browser = endpoint.subscribe(t.ctx.push.publicKey);
  const target = { endpoint: browser.endpoint, ...browser.keys };
  const payload = JSON.stringify({ title: 'Juf Anna', body: 'Heel goed, twee uur. ✓', url: '/berichten/1' });
  const before = endpoint.received.length;
  const outcome = await t.ctx.push.send(target, payload, { ttlSeconds: 3600, topic: 'thread-1' });
  assert.equal(outcome, 'sent');
  assert.deepEqual(endpoint.refused, []);
  const got = endpoint.received.slice(before);
  assert.equal(got.length, 1);
  const push = got[0]!;
  assert.equal(push.endpoint, browser.endpoint);
  assert.equal(push.payload, payload);
  assert.equal(push.ttl, 3600);
  assert.equal(push.topic, 'thread-1');
  assert.equal(push.vapidKey, t.ctx.push.publicKey);
  assert.equal(push.jwt.aud, endpoint.origin);
  assert.equal(push.jwt.sub, 'mailto:no-reply@nestje.nl');

  // A topic a push service would refuse (too long) goes as a 32-character hash of itself.
  await t.ctx.push.send(target, payload, {
    ttlSeconds: 60,
    topic: 'notification:a-much-longer-topic-than-allowed',
  });
  assert.match(endpoint.received.at(-1)!.topic ?? '', /^[A-Za-z0-9_-]{32}$/);
});

test('the test endpoint plays a strict push service: a foreign key, a wrong secret, an untrusted sender fail', async () => {
  // A browser that subscribed with another server's key: the push service refuses the JWT.
  const otherServer = endpoint.subscribe(Buffer.alloc(65, 4).toString('base64url'));
  const target = { endpoint: otherServer.endpoint, ...otherServer.keys };
  await assert.rejects(t.ctx.push.send(target, '{}', { ttlSeconds: 60 }), (err: unknown) => {
    assert.ok(err instanceof PushServiceError);
    assert.equal(err.statusCode, 400);
    assert.doesNotMatch(err.message, /\/push\//, 'the subscription address stays out of the logs');
    return true;
  });
  assert.match(endpoint.refused.pop() ?? '', /not the one the browser subscribed with/);

  // Without the agent that trusts it, the self-signed certificate is refused: TLS is really checked.
  const keys = await loadVapidKeys(t.ctx.db, t.ctx.config);
  const browser = endpoint.subscribe(keys.publicKey);
  const untrusting = webPushSender({ keys });
  await assert.rejects(
    untrusting.send({ endpoint: browser.endpoint, ...browser.keys }, '{}', { ttlSeconds: 60 }),
    /self-signed|certificate/,
  );

  // Only the browser reads the payload: with another browser's auth secret it does not decrypt.
  const sealed = webpush.encrypt(browser.keys.p256dh, browser.keys.auth, 'geheim', 'aes128gcm').cipherText;
  assert.equal(decryptPush(sealed, browser.ecdh, browser.authSecret), 'geheim');
  const other = endpoint.subscribe(keys.publicKey);
  assert.throws(() => decryptPush(sealed, browser.ecdh, other.authSecret), /authenticate/);
});

test('404 and 410 mean the subscription is gone; other answers and network errors throw so the job retries', async () => {
  const send = (b: TestBrowser) =>
    t.ctx.push.send({ endpoint: b.endpoint, ...b.keys }, '{}', { ttlSeconds: 60 });
  const gone = endpoint.subscribe(t.ctx.push.publicKey);
  endpoint.answer(gone.endpoint, 410);
  assert.equal(await send(gone), 'gone');
  const unknown = endpoint.subscribe(t.ctx.push.publicKey);
  endpoint.answer(unknown.endpoint, 404);
  assert.equal(await send(unknown), 'gone');

  const failing = endpoint.subscribe(t.ctx.push.publicKey);
  endpoint.answer(failing.endpoint, 500);
  await assert.rejects(
    send(failing),
    (err: unknown) => err instanceof PushServiceError && err.statusCode === 500,
  );
  const throttled = endpoint.subscribe(t.ctx.push.publicKey);
  endpoint.answer(throttled.endpoint, 429);
  await assert.rejects(
    send(throttled),
    (err: unknown) => err instanceof PushServiceError && err.statusCode === 429,
  );

  const unreachable = { ...endpoint.subscribe(t.ctx.push.publicKey), endpoint: 'https://127.0.0.1:1/push/x' };
  await assert.rejects(send(unreachable), /ECONNREFUSED/);
  assert.deepEqual(endpoint.refused, []);
});

test('end to end: staff answer, the guardian’s browser gets the notification by push; gone browsers are dropped; the switch stops it', async () => {
  const { o, parent, child, staffA } = await setup();
  const browser = endpoint.subscribe(t.ctx.push.publicKey);
  await subscribe(parent.client, browser);
  const oldPhone = endpoint.subscribe(t.ctx.push.publicKey);
  await subscribe(parent.client, oldPhone);
  endpoint.answer(oldPhone.endpoint, 410);
  const thread = await startThread(parent.client, { childId: child, subject: 'Slaapje' });
  await t.jobs.drain();

  const before = endpoint.received.length;
  t.clock.advance({ minutes: 5 });
  await answer(staffA, thread.id, 'Heel goed, twee uur.');
  const run = await t.jobs.drain();
  assert.equal(run.failed, 0);
  assert.deepEqual(endpoint.refused, []);
  const pushes = endpoint.received.slice(before);
  assert.deepEqual(
    pushes.map((p) => p.endpoint),
    [browser.endpoint],
  );
  const payload = JSON.parse(pushes[0]!.payload);
  const list = await parent.client.get('/api/v1/notifications');
  assert.equal(list.status, 200, JSON.stringify(list.body));
  const shown = list.body.notifications.find((n: any) => n.category === 'message');
  assert.deepEqual(payload, {
    title: shown.title,
    body: shown.body,
    url: `/berichten/${thread.id}`,
    tag: `thread:${thread.id}`,
    notificationId: shown.id,
  });
  assert.match(payload.title, /^Nieuw bericht van /);
  assert.match(payload.body, /Slaapje: Heel goed, twee uur\.$/);
  assert.deepEqual(
    (await subscriptionsOf(o.id, parent.accountId)).map((s) => s.endpoint),
    [browser.endpoint],
    'the push service said the old phone is gone',
  );

  const off = await parent.client.put('/api/v1/notifications/preferences', {
    category: 'message',
    channel: 'push',
    enabled: false,
  });
  assert.ok(off.status === 200 || off.status === 204, JSON.stringify(off.body));
  const quiet = endpoint.received.length;
  await answer(staffA, thread.id, 'En ze heeft goed gegeten.');
  assert.equal((await t.jobs.drain()).failed, 0);
  assert.equal(endpoint.received.length, quiet, 'push switched off for messages: nothing arrives');
  assert.equal((await parent.client.get('/api/v1/notifications')).body.unread, 2, 'still in the list');
});

test('the push services a subscription may point at: a known host or one of its subdomains, nothing else', () => {
  const known = ['fcm.googleapis.com', 'push.services.mozilla.com', 'push.apple.com'];
  assert.equal(isKnownPushService('https://fcm.googleapis.com/fcm/send/abc', known), true);
  assert.equal(isKnownPushService('https://updates.push.services.mozilla.com/wpush/v2/x', known), true);
  assert.equal(isKnownPushService('https://web.push.apple.com/QA', known), true);
  assert.equal(isKnownPushService('https://evilpush.apple.com.example/x', known), false);
  assert.equal(isKnownPushService('https://notpush.apple.com/x', known), false);
  assert.equal(isKnownPushService('https://127.0.0.1/x', known), false);
});
