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
