import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffClient } from '../../../test/families-factories.ts';
import {
  createOrganisation,
  DEFAULT_NOW,
  TEST_PASSWORD,
  TestClient,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { familyClient, newKey } from '../../../test/requests-factories.ts';
import { setPhotoConsents, uploadPhoto } from '../../../test/timeline-factories.ts';
import * as families from '../families/families.queries.ts';
import { insertAccount } from '../identity/identity.queries.ts';
import { hashPassword } from '../identity/passwords.ts';

// Who hears of a post, a diary entry and an absence (the causes other than messages and requests, which have
// tests of their own in notifications.test.ts and notifications-delivery.test.ts).
const t = useTestSystem({ rateLimits: false });

async function notificationsOf(client: TestClient) {
  const res = await client.get('/api/v1/notifications');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.notifications as { category: string; link: string; title: string; body: string }[];
}

/** A second guardian, with an account of its own, for the family's child; signed in. */
async function secondGuardian(o: TestOrganisation, childId: string) {
  const email = `second-${crypto.randomUUID()}@example.nl`;
  const guardianId = await families.insertGuardian(t.ctx.db, o.id, {
    firstName: 'Tweede',
    lastName: 'Ouder',
    email,
  });
  await insertAccount(t.ctx.db, o.id, {
    email,
    kind: 'guardian',
    guardianId,
    passwordHash: await hashPassword(TEST_PASSWORD),
    activatedAt: new Date('2025-01-01T00:00:00Z'),
  });
  await families.insertGuardianChild(t.ctx.db, o.id, { guardianId, childId });
  const client = new TestClient(t.app);
  assert.equal((await client.login(email, TEST_PASSWORD)).status, 200);
  return client;
}

test('a post notifies the guardians who see it in their feed (B1), and nobody else', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const [groupA, groupB] = o.groupIds;
  const staff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: groupA });
  const tagged = await familyClient(t.app, t.ctx, o, { groupId: groupA });
  const sameGroup = await familyClient(t.app, t.ctx, o, { groupId: groupA });
  const otherGroup = await familyClient(t.app, t.ctx, o, { groupId: groupB });
  // The tagged child may be photographed for its own family only: the other family of the group may not see it.
  const child = tagged.childIds[0] as string;
  await setPhotoConsents(t.ctx, o.id, child, { own: true, other: false });
  const photo = await uploadPhoto(staff);
  const withPhoto = await staff.post(
    `/api/v1/groups/${groupA}/posts`,
    { body: '', photos: [{ mediaId: photo.id, childIds: [child] }] },
    { 'idempotency-key': newKey() },
  );
  assert.equal(withPhoto.status, 201, JSON.stringify(withPhoto.body));
  const [n] = await notificationsOf(tagged.client);
  assert.deepEqual([n?.category, n?.link, n?.title], ['photo', '/mijn-kind', 'Nieuwe foto in Groep A']);
  assert.deepEqual(await notificationsOf(sameGroup.client), [], 'may not see the photo: not told of it');
  assert.deepEqual(await notificationsOf(otherGroup.client), []);
  assert.deepEqual(await notificationsOf(staff), [], 'not the author');

  // A post with text only reaches every family of the group, under the same switch.
  const text = await staff.post(
    `/api/v1/groups/${groupA}/posts`,
    { body: 'Morgen graag laarzen mee', photos: [] },
    { 'idempotency-key': newKey() },
  );
  assert.equal(text.status, 201, JSON.stringify(text.body));
  const [note] = await notificationsOf(sameGroup.client);
  assert.deepEqual([note?.title, note?.body], ['Nieuw in Groep A', 'Morgen graag laarzen mee']);
  assert.equal((await notificationsOf(tagged.client)).length, 2);
  assert.deepEqual(await notificationsOf(otherGroup.client), []);
  await t.jobs.drain();
});

test('a diary entry notifies the child’s other guardians; an absence too, not the one who reported it', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const first = await familyClient(t.app, t.ctx, o);
  const child = first.childIds[0] as string;
  const second = await secondGuardian(o, child);
  const staff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  const stranger = await familyClient(t.app, t.ctx, o);

  const entry = await first.client.post(
    `/api/v1/children/${child}/diary`,
    { body: 'Slecht geslapen vannacht' },
    { 'idempotency-key': newKey() },
  );
  assert.equal(entry.status, 201, JSON.stringify(entry.body));
  const [d] = await notificationsOf(second);
  assert.deepEqual([d?.category, d?.link], ['diary', `/mijn-kind/dagboek/${entry.body.id}`]);
  assert.match(d?.body ?? '', /^Ouder .*: Slecht geslapen vannacht$/);
  assert.deepEqual(await notificationsOf(first.client), []);
  assert.deepEqual(await notificationsOf(staff), [], 'the diary notifies guardians');
  assert.deepEqual(await notificationsOf(stranger.client), []);

  const absence = await second.post(
    '/api/v1/absences',
    {
      reason: 'sick',
      parts: [
        {
          childId: child,
          groupId: o.groupIds[0],
          careProductId: o.productId,
          date: '2026-03-09',
          startTime: '07:30',
        },
      ],
    },
    { 'idempotency-key': newKey() },
  );
  assert.equal(absence.status, 201, JSON.stringify(absence.body));
  const [a] = await notificationsOf(first.client);
  assert.deepEqual([a?.category, a?.link], ['absence', '/agenda']);
  assert.match(a?.body ?? '', /^Tweede Ouder heeft Kind0 .* afgemeld \(ziek\): ma 9 maart$/);
  assert.equal((await notificationsOf(second)).length, 1, 'only the diary entry: not one’s own absence');
  assert.deepEqual(await notificationsOf(stranger.client), []);
  await t.jobs.drain();
});
