import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TestClient } from '../../../test/client.ts';
import { DEFAULT_NOW, TEST_PASSWORD, useTestSystem } from '../../../test/index.ts';
import { contentSetup, fetchOwnSigned, item, listed, uploadPdf, write } from './content-test-helpers.ts';

const t = useTestSystem({ rateLimits: false });

async function setup() {
  t.clock.set(DEFAULT_NOW);
  return contentSetup(t.app, t.ctx);
}

const later = (hours: number) => t.clock.now().add({ hours }).toString();

/** The notifications an account has, as [category, link]. */
async function notificationsOf(accountId: string): Promise<[string, string][]> {
  const rows = await t.ctx.db
    .selectFrom('notifications')
    .select(['category', 'link'])
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => [r.category, r.link]);
}

/** Runs every job that is due, retries included (a job that came early is tried again). */
async function runJobs(): Promise<void> {
  await t.ctx.jobs.makeRetriesDue();
  await t.ctx.jobs.drain();
}

/** Moves the clock and signs the clients in again (their sessions would have gone idle). */
async function advance(hours: number, ...clients: (TestClient & { email: string })[]): Promise<void> {
  t.clock.advance({ hours });
  for (const c of clients) assert.equal((await c.login(c.email, TEST_PASSWORD)).status, 200);
}

test('publishing now notifies the guardians it reaches, once; information pages and drafts notify no one', async () => {
  const s = await setup();
  const news = await write(
    s.staffA,
    item({ audience: { scope: 'group', groupId: s.groupA }, publishAt: t.clock.now().toString() }),
  );
  assert.equal(news.status, 'published');
  assert.ok(news.notifiedAt);
  assert.deepEqual(await notificationsOf(s.parentA.accountId), [['news', `/mijn-locatie/nieuws/${news.id}`]]);
  assert.deepEqual(await notificationsOf(s.parentB.accountId), []);

  const letter = await write(s.admin, item({ kind: 'newsletter', publishAt: t.clock.now().toString() }));
  for (const parent of [s.parentB, s.parentC])
    assert.deepEqual(await notificationsOf(parent.accountId), [
      ['newsletter', `/mijn-locatie/nieuwsbrieven/${letter.id}`],
    ]);
  const params = await t.ctx.db
    .selectFrom('notifications')
    .select('params')
    .where('account_id', '=', s.parentC.accountId)
    .executeTakeFirstOrThrow();
  assert.deepEqual(params.params, { title: 'Zomerfeest', preview: 'Op vrijdag vieren we het zomerfeest.' });

  await write(s.admin, item({ kind: 'info_page', publishAt: t.clock.now().toString() }));
  const draft = await write(s.admin, item({ title: 'Concept' }));
  // Editing a notified item does not notify again; publishing a draft does.
  const edited = await s.staffA.put(
    `/api/v1/staff/content/${news.id}`,
    item({
      title: 'Zomerfeest (nieuwe datum)',
      audience: { scope: 'group', groupId: s.groupA },
      publishAt: news.publishedAt,
    }),
  );
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  await runJobs();
  assert.equal((await notificationsOf(s.parentA.accountId)).length, 2);
  const published = await s.admin.put(
    `/api/v1/staff/content/${draft.id}`,
    item({ title: 'Concept', publishAt: t.clock.now().toString() }),
  );
  assert.equal(published.status, 200);
  assert.deepEqual((await notificationsOf(s.parentA.accountId)).at(-1), [
    'news',
    `/mijn-locatie/nieuws/${draft.id}`,
  ]);
  assert.equal((await notificationsOf(s.parentA.accountId)).length, 3);
});

test('a scheduled item is invisible until its moment, then its guardians are notified once', async () => {
  const s = await setup();
  const doc = await uploadPdf(s.staffA);
  const scheduled = await write(
    s.staffA,
    item({ audience: { scope: 'group', groupId: s.groupA }, publishAt: later(2), attachmentIds: [doc] }),
  );
  assert.equal(scheduled.status, 'scheduled');
  assert.equal(scheduled.notifiedAt, null);
  assert.deepEqual(await listed(s.parentA.client), []);
  assert.equal((await s.parentA.client.get(`/api/v1/content/${scheduled.id}`)).status, 404);
  assert.equal((await fetchOwnSigned(t.app, t.ctx, s.parentA.client, doc)).status, 404);
  // The queue may run the job early (its clock is not the product's): it notifies nobody before the moment.
  await runJobs();
  assert.deepEqual(await notificationsOf(s.parentA.accountId), []);

  const parentA = Object.assign(s.parentA.client, { email: s.parentA.email });
  const parentB = Object.assign(s.parentB.client, { email: s.parentB.email });
  await advance(2, parentA, parentB);
  assert.deepEqual(await listed(parentA), [scheduled.id]);
  assert.equal((await fetchOwnSigned(t.app, t.ctx, parentA, doc)).status, 200);
  await runJobs();
  assert.deepEqual(await notificationsOf(s.parentA.accountId), [
    ['news', `/mijn-locatie/nieuws/${scheduled.id}`],
  ]);
  assert.deepEqual(await notificationsOf(s.parentB.accountId), []);
  await runJobs();
  assert.equal((await notificationsOf(s.parentA.accountId)).length, 1, 'never twice');
  const stored = await t.ctx.db
    .selectFrom('content_items')
    .select('notified_at')
    .where('id', '=', scheduled.id)
    .executeTakeFirstOrThrow();
  assert.ok(stored.notified_at);
});

test('an item moved to a later moment is not announced at its old moment; a removed one never', async () => {
  const s = await setup();
  const body = item({ audience: { scope: 'group', groupId: s.groupA } });
  const moved = await write(s.admin, { ...body, publishAt: later(1) });
  const removed = await write(s.admin, { ...body, title: 'Gaat niet door', publishAt: later(1) });
  const res = await s.admin.put(`/api/v1/staff/content/${moved.id}`, { ...body, publishAt: later(3) });
  assert.equal(res.status, 200);
  assert.equal(res.body.status, 'scheduled');
  assert.equal((await s.admin.delete(`/api/v1/staff/content/${removed.id}`)).status, 204);

  const parentA = Object.assign(s.parentA.client, { email: s.parentA.email });
  await advance(1, parentA);
  await runJobs();
  assert.deepEqual(await notificationsOf(s.parentA.accountId), []);
  assert.deepEqual(await listed(parentA), []);
  await advance(2, parentA);
  await runJobs();
  assert.deepEqual(await listed(parentA), [moved.id]);
  assert.deepEqual(await notificationsOf(s.parentA.accountId), [
    ['news', `/mijn-locatie/nieuws/${moved.id}`],
  ]);
});
