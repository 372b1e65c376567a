import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { staffClient } from '../../../test/families-factories.ts';
import {
  createOrganisation,
  createStaff,
  DEFAULT_NOW,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { startThread } from '../../../test/messages-factories.ts';
import { addIncidentalProducts, familyClient, newKey, oneDay } from '../../../test/requests-factories.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { runRequestExpiry } from '../requests/requests.jobs.ts';

// Delivery of notifications when things go wrong: SMTP down for a while, a worker that dies half-way through a
// job. The mail transport is the real SMTP one, wrapped so a test can make one send fail.
let failNextSends = 0;
let sendCalls = 0;
const wrapMailer = (inner: Mailer): Mailer => ({
  async send(mail) {
    sendCalls++;
    if (failNextSends > 0 && sendCalls === 2) {
      failNextSends--;
      throw new Error('the worker died here');
    }
    await inner.send(mail);
  },
  close: () => inner.close(),
});
const t = useTestSystem({ smtp: true, rateLimits: false, wrapMailer });

const sink = () => {
  if (!t.smtp) throw new Error('no SMTP sink');
  return t.smtp;
};
const mailsTo = (email: string) => sink().mails.filter((m) => JSON.stringify(m.to ?? '').includes(email));

async function emailStates(emails: string[]) {
  const rows = await t.ctx.db
    .selectFrom('notifications as n')
    .innerJoin('accounts as a', 'a.id', 'n.account_id')
    .select(['a.email', 'n.email_state'])
    .where('a.email', 'in', emails)
    .execute();
  return emails.map((e) => rows.find((r) => r.email === e)?.email_state);
}

/** A parent and three staff members of group A: a message from the parent notifies the three. */
async function threeRecipients() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const parent = await familyClient(t.app, t.ctx, o);
  const staff = [];
  for (let i = 0; i < 3; i++)
    staff.push(await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] }));
  return { o, parent, emails: staff.map((s) => s.email).sort() };
}

test('SMTP down: deliveries fail and are kept, retried with back-off; once it is back each mail arrives exactly once', async () => {
  const { parent, emails } = await threeRecipients();
  await sink().stop();
  try {
    await startThread(parent.client, { childId: parent.childIds[0] as string, subject: 'Storing' });
    const first = await t.jobs.drain();
    assert.deepEqual(first, { completed: 0, failed: 1 }, 'one job for the event, not one per recipient');
    assert.deepEqual(await emailStates(emails), ['pending', 'pending', 'pending']);
    // pg-boss waits before the retry: nothing is due until the back-off has passed.
    assert.deepEqual(await t.jobs.drain(), { completed: 0, failed: 0 });
    const job = await sql<{ retry_limit: number; retry_delay: number; retry_backoff: boolean }>`
      SELECT retry_limit, retry_delay, retry_backoff FROM pgboss.job
      WHERE name = 'notifications.deliver' AND state = 'retry'`.execute(t.ctx.db);
    assert.deepEqual(job.rows, [{ retry_limit: 20, retry_delay: 30, retry_backoff: true }]);
    // Still down at the retry.
    assert.equal(await t.jobs.makeRetriesDue(), 1);
    assert.deepEqual(await t.jobs.drain(), { completed: 0, failed: 1 });
    assert.deepEqual(await emailStates(emails), ['pending', 'pending', 'pending']);
  } finally {
    await sink().restart();
  }
  assert.equal(await t.jobs.makeRetriesDue(), 1);
  assert.deepEqual(await t.jobs.drain(), { completed: 1, failed: 0 });
  for (const email of emails) assert.equal(mailsTo(email).length, 1, `${email}: one mail`);
  assert.deepEqual(await emailStates(emails), ['sent', 'sent', 'sent']);
  // Nothing more, however often the queue is drained.
  assert.equal(await t.jobs.makeRetriesDue(), 0);
  assert.deepEqual(await t.jobs.drain(), { completed: 0, failed: 0 });
  for (const email of emails) assert.equal(mailsTo(email).length, 1);
});

test('a delivery that fails half-way: the retry sends only what was not sent, so nobody gets a mail twice', async () => {
  const { parent, emails } = await threeRecipients();
  sendCalls = 0;
  failNextSends = 1;
  await startThread(parent.client, { childId: parent.childIds[0] as string, subject: 'Halverwege' });
  assert.deepEqual(await t.jobs.drain(), { completed: 0, failed: 1 });
  const states = await emailStates(emails);
  assert.deepEqual([...states].sort(), ['pending', 'sent', 'sent'], 'the others went out and are recorded');
  const failed = emails[states.indexOf('pending')] as string;
  assert.equal(mailsTo(failed).length, 0);
  assert.equal(await t.jobs.makeRetriesDue(), 1);
  assert.deepEqual(await t.jobs.drain(), { completed: 1, failed: 0 });
  for (const email of emails) assert.equal(mailsTo(email).length, 1, `${email}: exactly one mail`);
  assert.equal(sendCalls, 4, 'three sends and the one that failed: the retry sent the missing one only');
  const ids = new Set(emails.map((e) => mailsTo(e)[0]?.messageId));
  assert.equal(ids.size, 3);
  for (const id of ids) assert.match(id ?? '', /^<notification-[0-9a-f-]{36}@nestje>$/);
});

async function requestSetup(o: TestOrganisation) {
  const products = await addIncidentalProducts(t.ctx, o);
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  const f = await familyClient(t.app, t.ctx, o, { children: 2 });
  await sql`UPDATE accounts SET locale = 'en' WHERE email = ${f.email}`.execute(t.ctx.db);
  const res = await f.client.post(
    '/api/v1/requests',
    oneDay(
      '2026-03-10',
      f.childIds.map((childId) => ({ childId, groupId: o.groupIds[0], careProductId: products.afternoon })),
      { expiresOn: '2026-03-05' },
    ),
    { 'idempotency-key': newKey() },
  );
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return { f, planner, lines: res.body.lines as { id: string }[] };
}

test('a request dealt with: one notification to the parent, its mail in their language with every line', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { f, planner, lines } = await requestSetup(o);
  const decide = await planner.post('/api/v1/assessment/decisions', {
    decisions: [
      { lineId: lines[0]?.id, decision: 'approve' },
      { lineId: lines[1]?.id, decision: 'reject', reason: 'Group is full' },
    ],
  });
  assert.equal(decide.status, 200, JSON.stringify(decide.body));
  assert.deepEqual(await t.jobs.drain(), { completed: 1, failed: 0 });
  const mails = mailsTo(f.email);
  assert.equal(mails.length, 1);
  assert.match(mails[0]?.subject ?? '', /^Your request has been dealt with \(Test Opvang\)$/);
  assert.match(mails[0]?.text ?? '', /: approved\n/);
  assert.match(mails[0]?.text ?? '', /: rejected \(Group is full\)/);
  assert.match(mails[0]?.text ?? '', /http:\/\/localhost:3000\/agenda\/aanvragen/);
  const list = (await f.client.get('/api/v1/notifications')).body.notifications;
  assert.deepEqual(
    list.map((n: { category: string; link: string }) => [n.category, n.link]),
    [['request_assessed', '/agenda/aanvragen']],
  );
});

test('a request that expired: the "expired" notification, one mail', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const { f } = await requestSetup(o);
  t.clock.set('2026-03-04T23:00:00Z');
  assert.equal(await runRequestExpiry(t.ctx), 2);
  assert.deepEqual(await t.jobs.drain(), { completed: 1, failed: 0 });
  const mails = mailsTo(f.email);
  assert.equal(mails.length, 1);
  assert.match(mails[0]?.subject ?? '', /^Your request has expired/);
  assert.equal(((mails[0]?.text ?? '').match(/: expired/g) ?? []).length, 2);
  t.clock.set(DEFAULT_NOW);
  const [n] = (await f.client.get('/api/v1/notifications')).body.notifications;
  assert.equal(n.category, 'request_expired');
});
