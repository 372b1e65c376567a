import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { staffClient } from '../../../test/families-factories.ts';
import { createTestSystem, DEFAULT_NOW, type TestClient, type TestSystem } from '../../../test/index.ts';
import { answer, messagingSetup, startThread } from '../../../test/messages-factories.ts';
import { type PushEndpoint, startPushEndpoint } from '../../../test/push-endpoint.ts';
import { newKey } from '../../../test/requests-factories.ts';
import { notify } from './notify.ts';

// The notification centre through its routes, with real SMTP delivery and a real (test) push service.
let t: TestSystem;
let push: PushEndpoint;
before(async () => {
  push = await startPushEndpoint();
  t = await createTestSystem({ smtp: true, rateLimits: false, pushAgent: push.agent });
});
after(async () => {
  await t.close();
  await push.close();
});

const mails = () => t.smtp?.mails ?? [];
const mailsTo = (email: string) => mails().filter((m) => m.to && JSON.stringify(m.to).includes(email));

async function accountOf(email: string) {
  const row = await t.ctx.db
    .selectFrom('accounts')
    .select(['id', 'organisation_id'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return { accountId: row.id, organisationId: row.organisation_id };
}

async function list(client: TestClient, query = '') {
  const res = await client.get(`/api/v1/notifications${query}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

async function drain() {
  const run = await t.jobs.drain();
  assert.equal(run.failed, 0, 'no delivery fails');
  return run;
}

/** A browser of the account subscribed to push through the real route. */
async function subscribe(client: TestClient) {
  const browser = push.subscribe(t.ctx.push.publicKey);
  const res = await client.post('/api/v1/push/subscriptions', {
    endpoint: browser.endpoint,
    keys: browser.keys,
  });
  assert.ok(res.status === 200 || res.status === 201 || res.status === 204, JSON.stringify(res.body));
  return browser;
}

test('a message notifies every other participant once; the author, other families and other groups get nothing', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  const thread = await startThread(s.parent.client, { childId: s.child, subject: 'Slaapje' });
  await drain();

  const [staffNote] = (await list(s.staffA)).notifications;
  assert.equal(staffNote.category, 'message');
  assert.equal(staffNote.link, `/beheer/berichten/${thread.id}?groep=${s.groupA}`);
  assert.match(staffNote.title, /^Nieuw bericht van Ouder /);
  assert.match(staffNote.body, /Slaapje: Hoe heeft ze vandaag geslapen\?/);
  assert.equal(staffNote.readAt, null);
  for (const other of [s.parent.client, s.otherFamily.client, s.staffB])
    assert.deepEqual(
      (await list(other)).notifications,
      [],
      'the author, another family, another group: none',
    );

  await answer(s.staffA, thread.id, 'Heel goed, twee uur.');
  const parentList = await list(s.parent.client);
  assert.equal(parentList.unread, 1);
  assert.equal(parentList.notifications[0].link, `/berichten/${thread.id}`);
  assert.equal((await list(s.staffA)).notifications.length, 1, 'not for one’s own answer');
  // The mails: one to the staff member (the first message), one to the parent (the answer).
  await drain();
  assert.equal(mailsTo(s.parent.email).length, 1);
  assert.match(mailsTo(s.parent.email)[0]?.text ?? '', /Heel goed, twee uur\./);

  // Another account cannot mark it read: ids of others are ignored.
  const id = parentList.notifications[0].id;
  const foreign = await s.otherFamily.client.post('/api/v1/notifications/read', { ids: [id] });
  assert.equal(foreign.status, 200);
  assert.equal((await s.parent.client.get('/api/v1/notifications/unread')).body.unread, 1);
  const read = await s.parent.client.post('/api/v1/notifications/read', { ids: [id] });
  assert.deepEqual(read.body, { unread: 0 });
  assert.ok((await list(s.parent.client)).notifications[0].readAt);
  const bad = await s.parent.client.post('/api/v1/notifications/read', { ids: ['nope'] });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.fields[0].path, 'ids.0');
});

test('the list pages newest first; marking all read clears the badge', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  const thread = await startThread(s.parent.client, { childId: s.child });
  for (const [i, minute] of ['01', '02', '03'].entries()) {
    t.clock.set(`2026-03-02T08:${minute}:00Z`);
    await answer(s.parent.client, thread.id, `Nog iets ${i}`);
  }
  const first = await list(s.staffA, '?limit=3');
  assert.equal(first.unread, 4);
  assert.deepEqual(
    first.notifications.map((n: { body: string }) => n.body.replace(/^.*: /, '')),
    ['Nog iets 2', 'Nog iets 1', 'Nog iets 0'],
  );
  assert.ok(first.nextBefore);
  const second = await list(s.staffA, `?limit=3&before=${encodeURIComponent(first.nextBefore)}`);
  assert.equal(second.notifications.length, 1);
  assert.match(second.notifications[0].body, /Hoe heeft ze/);
  assert.equal(second.nextBefore, null);
  assert.equal((await s.staffA.get('/api/v1/notifications?before=garbage')).status, 400);
  assert.deepEqual((await s.staffA.post('/api/v1/notifications/read', {})).body, { unread: 0 });
  await drain();
});

test('the switches: defaults, one switch at a time, 400 on a bad category or channel', async () => {
  const s = await messagingSetup(t.app, t.ctx);
  const defaults = (await s.parent.client.get('/api/v1/notifications/preferences')).body.preferences;
  assert.equal(defaults.length, 8);
  assert.deepEqual(defaults[0], { category: 'message', email: true, push: true });
  assert.deepEqual(defaults[1], { category: 'photo', email: false, push: true });
  const put = await s.parent.client.put('/api/v1/notifications/preferences', {
    category: 'message',
    channel: 'email',
    enabled: false,
  });
  assert.equal(put.status, 200);
  assert.deepEqual(put.body.preferences[0], { category: 'message', email: false, push: true });
  const badCategory = await s.parent.client.put('/api/v1/notifications/preferences', {
    category: 'weather',
    channel: 'email',
    enabled: true,
  });
  assert.equal(badCategory.status, 400);
  assert.equal(badCategory.body.error.fields[0].path, 'category');
  const badChannel = await s.parent.client.put('/api/v1/notifications/preferences', {
    category: 'message',
    channel: 'sms',
    enabled: true,
  });
  assert.equal(badChannel.status, 400);
  assert.equal(badChannel.body.error.fields[0].path, 'channel');
  // Another account's switches are its own.
  const staff = (await s.staffA.get('/api/v1/notifications/preferences')).body.preferences;
  assert.deepEqual(staff[0], { category: 'message', email: true, push: true });
});

test('e-mail off for messages: no mail for a message, while another category with e-mail on still mails', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  const off = { category: 'message', channel: 'email', enabled: false };
  assert.equal((await s.parent.client.put('/api/v1/notifications/preferences', off)).status, 200);
  const on = { category: 'diary', channel: 'email', enabled: true };
  assert.equal((await s.parent.client.put('/api/v1/notifications/preferences', on)).status, 200);
  const thread = await startThread(s.staffA, { childId: s.child, subject: 'Schoenen' });
  const diary = await s.staffA.post(
    `/api/v1/children/${s.child}/diary`,
    { body: 'Vandaag buiten gespeeld' },
    { 'idempotency-key': newKey() },
  );
  assert.equal(diary.status, 201, JSON.stringify(diary.body));
  await drain();
  const got = mailsTo(s.parent.email);
  assert.equal(got.length, 1, 'only the diary mail');
  assert.match(got[0]?.subject ?? '', /dagboek/);
  assert.match(got[0]?.text ?? '', new RegExp(`http://localhost:3000/mijn-kind/dagboek/${diary.body.id}`));
  // The message is in the list all the same.
  const categories = (await list(s.parent.client)).notifications.map((n: { category: string }) => n.category);
  assert.deepEqual(categories.sort(), ['diary', 'message']);
  assert.ok(thread.id);
});

test('push: on, each browser gets it once with the portal link; switched off, no push is even attempted', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  const browser = await subscribe(s.parent.client);
  const offBrowser = await subscribe(s.otherFamily.client);
  const off = { category: 'message', channel: 'push', enabled: false };
  assert.equal((await s.otherFamily.client.put('/api/v1/notifications/preferences', off)).status, 200);
  const before = push.received.length;
  const thread = await startThread(s.staffA, { childId: s.child });
  const other = await startThread(s.staffA, { childId: s.otherFamily.childIds[0] as string });
  await drain();
  await drain();
  const pushes = push.received.slice(before);
  assert.deepEqual(
    pushes.map((p) => p.endpoint),
    [browser.endpoint],
  );
  const payload = JSON.parse(pushes[0]?.payload ?? '{}');
  assert.equal(payload.url, `/berichten/${thread.id}`);
  assert.equal(payload.tag, `thread:${thread.id}`);
  assert.equal(pushes[0]?.ttl, 86400);
  assert.ok(!pushes.some((p) => p.endpoint === offBrowser.endpoint));
  assert.deepEqual(push.refused, []);
  const states = await t.ctx.db
    .selectFrom('notifications')
    .select(['push_state', 'event_key'])
    .where('link', 'in', [`/berichten/${thread.id}`, `/berichten/${other.id}`])
    .orderBy('push_state')
    .execute();
  assert.deepEqual(
    states.map((r) => r.push_state),
    ['off', 'sent'],
  );
});

test('the e-mail is in the recipient’s language, with the portal link and where the switch is', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  await sql`UPDATE accounts SET locale = 'en' WHERE email = ${s.parent.email}`.execute(t.ctx.db);
  const thread = await startThread(s.staffA, { childId: s.child, subject: 'Shoes' });
  await drain();
  const [mail] = mailsTo(s.parent.email);
  assert.ok(mail);
  assert.match(mail.subject ?? '', /^New message from Medewerker /);
  assert.match(mail.text ?? '', /^Dear Ouder,/);
  assert.match(mail.text ?? '', new RegExp(`Open in Nestje: http://localhost:3000/berichten/${thread.id}`));
  assert.match(mail.text ?? '', /Other → Notifications/);
  assert.equal(mail.messageId, `<notification-${(await list(s.parent.client)).notifications[0].id}@nestje>`);
  // The list speaks English to the English account.
  assert.match((await list(s.parent.client)).notifications[0].title, /^New message from /);
});

test('one per recipient per event: notifying the same event twice writes one row and sends one mail', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  const { accountId, organisationId } = await accountOf(s.parent.email);
  const input = {
    organisationId,
    category: 'news' as const,
    eventKey: 'news:twice',
    childId: null,
    params: { title: 'Sinterklaas', preview: 'Hij komt!' },
    recipients: [
      { accountId, link: '/nieuws' },
      { accountId, link: '/nieuws' },
    ],
  };
  // News mails only when switched on.
  await s.parent.client.put('/api/v1/notifications/preferences', {
    category: 'news',
    channel: 'email',
    enabled: true,
  });
  for (let i = 0; i < 2; i++) await t.ctx.db.transaction().execute((trx) => notify(t.ctx, trx, input));
  await drain();
  const rows = await t.ctx.db
    .selectFrom('notifications')
    .select('id')
    .where('account_id', '=', accountId)
    .where('event_key', '=', 'news:twice')
    .execute();
  assert.equal(rows.length, 1);
  assert.equal(mailsTo(s.parent.email).filter((m) => /Sinterklaas/.test(m.subject ?? '')).length, 1);
});

test('disabled accounts get no notification', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  const extra = await staffClient(t.app, t.ctx, s.o, 'group_staff', { groupId: s.groupA });
  await sql`UPDATE accounts SET disabled_at = now() WHERE staff_member_id = ${extra.staffMemberId}`.execute(
    t.ctx.db,
  );
  await startThread(s.parent.client, { childId: s.child });
  const n = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM notifications nt JOIN accounts a ON a.id = nt.account_id
    WHERE a.staff_member_id = ${extra.staffMemberId}`.execute(t.ctx.db);
  assert.equal(n.rows[0]?.n, 0);
  assert.equal((await list(s.staffA)).notifications.length, 1);
  await drain();
});

test('live events: a message tells its participants; reading a thread tells the reader', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  const parent = await accountOf(s.parent.email);
  const other = await accountOf(s.otherFamily.email);
  const heard = new Map<string, string[]>();
  const listen = (who: string, accountId: string) =>
    t.ctx.realtime.subscribe(parent.organisationId, accountId, (event) => {
      heard.set(who, [...(heard.get(who) ?? []), event.type]);
    });
  const stops = [listen('parent', parent.accountId), listen('other', other.accountId)];
  try {
    const thread = await startThread(s.staffA, { childId: s.child });
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
    };
    await until(() => (heard.get('parent') ?? []).length >= 2);
    assert.deepEqual(heard.get('parent')?.sort(), ['messages', 'notifications']);
    heard.clear();
    assert.equal((await s.parent.client.get(`/api/v1/threads/${thread.id}`)).status, 200);
    await until(() => (heard.get('parent') ?? []).length >= 1);
    assert.deepEqual(heard.get('parent'), ['messages']);
    // Opening it again reads nothing new: no event (a browser refetching on the event would otherwise loop).
    heard.clear();
    assert.equal((await s.parent.client.get(`/api/v1/threads/${thread.id}`)).status, 200);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(heard.get('parent'), undefined);
    // Another family takes no part in the thread: it hears nothing of it.
    assert.equal(heard.get('other'), undefined);
  } finally {
    for (const stop of stops) stop();
  }
  await drain();
});

test("staff are told of a message by the nearest tier: the group's own staff, else the location's; never every admin", async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  const admin = await staffClient(t.app, t.ctx, s.o, 'organisation_admin');
  const manager = await staffClient(t.app, t.ctx, s.o, 'location_manager', { locationId: s.o.locationId });
  const thread = await startThread(s.parent.client, { childId: s.child, subject: 'Slaapje' });
  await drain();
  assert.equal((await list(s.staffA)).notifications.length, 1, "the group's own staff");
  assert.deepEqual(
    (await list(manager)).notifications,
    [],
    'the location manager: not while the group has staff',
  );
  assert.deepEqual((await list(admin)).notifications, [], 'an admin: not while others are nearer');
  // Both still take part in the thread (they may read and answer it).
  assert.equal((await manager.get(`/api/v1/threads/${thread.id}`)).status, 200);
  assert.equal((await admin.get(`/api/v1/threads/${thread.id}`)).status, 200);

  // Without enabled staff of its own, the location's staff are told.
  const staffA = await accountOf((await s.staffA.get('/api/v1/me')).body.account.email);
  await t.ctx.db
    .updateTable('accounts')
    .set({ disabled_at: new Date() })
    .where('id', '=', staffA.accountId)
    .execute();
  await answer(s.parent.client, thread.id, 'En morgen?');
  await drain();
  assert.equal((await list(manager)).notifications.length, 1);
  assert.deepEqual((await list(admin)).notifications, []);
});

test('push per browser: one that fails is retried alone, one that is gone is dropped, nobody gets a push twice', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await messagingSetup(t.app, t.ctx);
  const [phone, laptop, old] = [
    await subscribe(s.parent.client),
    await subscribe(s.parent.client),
    await subscribe(s.parent.client),
  ];
  push.answer(laptop.endpoint, 500);
  push.answer(old.endpoint, 410);
  const before = push.received.length;
  await startThread(s.staffA, { childId: s.child });
  assert.deepEqual(await t.jobs.drain(), { completed: 0, failed: 1 });
  const pushedTo = () => push.received.slice(before).map((p) => p.endpoint);
  assert.equal(mailsTo(s.parent.email).length, 1, 'the e-mail went out before the push failed');
  push.answer(laptop.endpoint, 201);
  assert.equal(await t.jobs.makeRetriesDue(), 1);
  assert.deepEqual(await t.jobs.drain(), { completed: 1, failed: 0 });
  const got = pushedTo();
  assert.equal(got.filter((e) => e === phone.endpoint).length, 1, 'the phone once, not again at the retry');
  assert.equal(got.filter((e) => e === laptop.endpoint).length, 1, 'the laptop once it works');
  assert.equal(got.filter((e) => e === old.endpoint).length, 0);
  assert.equal(mailsTo(s.parent.email).length, 1, 'the retry does not mail again');
  const { accountId } = await accountOf(s.parent.email);
  const subs = await t.ctx.db
    .selectFrom('push_subscriptions')
    .select('endpoint')
    .where('account_id', '=', accountId)
    .execute();
  assert.deepEqual(
    subs.map((r) => r.endpoint).sort(),
    [phone.endpoint, laptop.endpoint].sort(),
    'the gone one is dropped',
  );
  const [state] = await t.ctx.db
    .selectFrom('notifications')
    .select(['push_state', 'email_state'])
    .where('account_id', '=', accountId)
    .execute();
  assert.deepEqual(state, { push_state: 'sent', email_state: 'sent' });
});
