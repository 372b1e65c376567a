import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestClient, useTestSystem } from '../../test/index.ts';
import { DEMO_PASSWORD, seedDemo } from './seed.ts';

const t = useTestSystem({ rateLimits: false });

async function signIn(email: string) {
  const client = new TestClient(t.app);
  assert.equal((await client.login(email, DEMO_PASSWORD)).status, 200);
  return client;
}

test('the demo family has threads with the groups’ staff, one of them unread', async () => {
  t.clock.set('2026-12-09T09:00:00Z');
  await seedDemo(t.ctx);
  const sanne = await signIn('ouder@demo.nestje.nl');
  const list = await sanne.get('/api/v1/threads');
  assert.equal(list.status, 200);
  assert.deepEqual(
    list.body.threads.map((th: any) => [th.subject, th.childName, th.groupName, th.unread]),
    [
      ['Gymschoenen voor donderdag', 'Ties de Vries', 'Floris', 1],
      ['Slapen tussen de middag', 'Noortje de Vries', 'Hamsters verticaal', 0],
    ],
  );
  assert.equal((await sanne.get('/api/v1/messages/unread')).body.total, 1);
  const nap = await sanne.get(`/api/v1/threads/${list.body.threads[1].id}`);
  assert.deepEqual(
    nap.body.messages.map((m: any) => [m.authorName, m.sentAt]),
    [
      ['Sanne de Vries', '2026-12-06T07:12:00.000Z'],
      ['Mila Jansen', '2026-12-06T12:40:00.000Z'],
      ['Sanne de Vries', '2026-12-07T18:05:00.000Z'],
    ],
  );
  // Mila has Sanne's thanks to read in the Hamsters' inbox.
  const mila = await signIn('medewerker@demo.nestje.nl');
  const unread = await mila.get('/api/v1/messages/unread');
  assert.equal(unread.body.total, 1);
});

test('the demo family’s notifications: the past week’s, read up to yesterday, none of them mailed', async () => {
  t.clock.set('2026-12-09T09:00:00Z');
  await seedDemo(t.ctx);
  const sanne = await signIn('ouder@demo.nestje.nl');
  const list = await sanne.get('/api/v1/notifications?limit=50');
  assert.equal(list.status, 200);
  const notes: { category: string; title: string; createdAt: string; readAt: string | null }[] =
    list.body.notifications;
  const yesterday = Date.parse('2026-12-07T23:00:00Z'); // 8 December, 00:00 in Amsterdam
  assert.ok(
    notes.some((n) => n.category === 'photo'),
    'posts of the groups',
  );
  assert.ok(
    notes.some((n) => n.category === 'message'),
    'messages',
  );
  for (const n of notes) {
    assert.equal(n.readAt === null, Date.parse(n.createdAt) >= yesterday, `${n.title} at ${n.createdAt}`);
    // Each is dated at its event in the past week, not at the moment the demo was made.
    assert.ok(Date.parse(n.createdAt) < Date.parse('2026-12-09T08:00:00Z'), `${n.title} at ${n.createdAt}`);
  }
  const unread = notes.filter((n) => n.readAt === null);
  assert.equal(list.body.unread, unread.length);
  // Mila's message about the gym shoes of yesterday afternoon is among the unread.
  assert.ok(unread.some((n) => n.category === 'message' && /Mila Jansen/.test(n.title)));
  // History, not news: nothing goes out when the demo starts.
  await t.jobs.drain();
  const mails = await t.ctx.db.selectFrom('dev_mails').select('subject').execute();
  assert.deepEqual(
    mails.filter((m) => !/account|wachtwoord/i.test(m.subject)),
    [],
    'no notification mails for the seeded past',
  );
});
