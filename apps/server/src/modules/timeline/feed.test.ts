import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, type TestClient, useTestSystem } from '../../../test/index.ts';
import { familyClient } from '../../../test/requests-factories.ts';
import { setPhotoConsents, uploadPhoto } from '../../../test/timeline-factories.ts';
import { getGuardianTimeline } from './feed.service.ts';

const t = useTestSystem({ rateLimits: false });

/** Every item of a feed, page by page of `limit`, checking each page's size and cursor. */
async function allPages(client: TestClient, url: string, limit: number) {
  const ids: string[] = [];
  let before: string | null = null;
  let pages = 0;
  do {
    const query: string = `limit=${limit}${before ? `&before=${encodeURIComponent(before)}` : ''}`;
    const res = await client.get(`${url}?${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(res.body.items.length <= limit);
    if (res.body.nextBefore !== null) assert.equal(res.body.items.length, limit);
    ids.push(...res.body.items.map((i: any) => (i.kind === 'post' ? i.post.id : i.entry.id)));
    before = res.body.nextBefore;
    pages++;
  } while (before !== null && pages < 50);
  return { ids, pages };
}

test('Mijn kind pages back through posts and diary entries, newest first, without duplicates or gaps', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const group = o.groupIds[0];
  const staff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: group });
  const family = await familyClient(t.app, t.ctx, o, { groupId: group, children: 2 });
  const [a, b] = family.childIds as [string, string];
  for (const c of family.childIds) await setPhotoConsents(t.ctx, o.id, c, { own: true, other: false });
  const otherGroup = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[1] });
  const expected: { id: string; at: string }[] = [];
  // Items at seven moments, several at the same moment (the id orders those), over a morning.
  for (let minute = 0; minute < 7; minute++) {
    t.clock.set(new Date(Date.parse(DEFAULT_NOW) + minute * 60_000).toISOString());
    const photo = await uploadPhoto(staff);
    const post = await staff.post(`/api/v1/groups/${group}/posts`, {
      body: `Bericht ${minute}`,
      photos: [{ mediaId: photo.id, childIds: [a, b] }],
    });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    expected.push({ id: post.body.id, at: post.body.postedAt });
    const entry = await family.client.post(`/api/v1/children/${minute % 2 ? a : b}/diary`, {
      body: `Dag ${minute}`,
    });
    assert.equal(entry.status, 201);
    expected.push({ id: entry.body.id, at: entry.body.writtenAt });
    if (minute % 3 === 0) {
      const more = await staff.post(`/api/v1/children/${a}/diary`, { body: `Notitie ${minute}` });
      expected.push({ id: more.body.id, at: more.body.writtenAt });
    }
    // A post to another group never shows.
    assert.equal(
      (await otherGroup.post(`/api/v1/groups/${o.groupIds[1]}/posts`, { body: 'Elders' })).status,
      201,
    );
  }
  expected.sort((x, y) => (y.at === x.at ? (y.id > x.id ? 1 : -1) : y.at > x.at ? 1 : -1));
  const order = expected.map((e) => e.id);
  for (const limit of [1, 4, 5, 50]) {
    const { ids, pages } = await allPages(family.client, '/api/v1/timeline', limit);
    assert.deepEqual(ids, order, `pages of ${limit}`);
    assert.equal(pages, Math.max(1, Math.ceil(order.length / limit)));
  }
  // The group's timeline for its staff holds the same items.
  const staffPages = await allPages(staff, `/api/v1/groups/${group}/timeline`, 6);
  assert.deepEqual(staffPages.ids, order);
  // A cursor that is no cursor is a 400 on `before`.
  const bad = await family.client.get('/api/v1/timeline?before=yesterday');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.fields[0].path, 'before');
});

test('every feed page is audited once with the children and items it shows', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const group = o.groupIds[0];
  const staff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: group });
  const family = await familyClient(t.app, t.ctx, o, { groupId: group });
  const neighbour = await familyClient(t.app, t.ctx, o, { groupId: group });
  const child = family.childIds[0] as string;
  await setPhotoConsents(t.ctx, o.id, child, { own: true, other: false });
  const photo = await uploadPhoto(staff);
  const post = await staff.post(`/api/v1/groups/${group}/posts`, {
    photos: [{ mediaId: photo.id, childIds: [child] }],
  });
  const entry = await family.client.post(`/api/v1/children/${child}/diary`, { body: 'Hallo' });
  const reads = async (accountId: string) =>
    t.ctx.db
      .selectFrom('audit_events')
      .select(['child_ids', 'details'])
      .where('organisation_id', '=', o.id)
      .where('action', '=', 'timeline.read')
      .where('actor_account_id', '=', accountId)
      .execute();
  const page = await family.client.get('/api/v1/timeline');
  assert.equal(page.body.items.length, 2);
  const [event, ...more] = await reads(family.accountId);
  assert.equal(more.length, 0);
  assert.deepEqual(event?.child_ids, [child]);
  assert.deepEqual(event?.details, { posts: [post.body.id], diaryEntries: [entry.body.id] });
  // The neighbour's family does not see the photo of a child without consent for other families: no post.
  const theirs = await neighbour.client.get('/api/v1/timeline');
  assert.deepEqual(theirs.body.items, []);
  const [empty] = await reads(neighbour.accountId);
  assert.deepEqual(empty?.child_ids, []);
  assert.deepEqual(empty?.details, { posts: [], diaryEntries: [] });
  // Names of other families' children never reach a guardian, not even on a photo they may see.
  await setPhotoConsents(t.ctx, o.id, child, { own: true, other: true });
  const shared = await neighbour.client.get('/api/v1/timeline');
  assert.equal(shared.body.items[0].post.photos.length, 1);
  assert.deepEqual(shared.body.items[0].post.photos[0].children, []);
});

test('a feed page takes the same number of queries whatever its length (no query per item)', async () => {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const group = o.groupIds[0];
  const staff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: group });
  const family = await familyClient(t.app, t.ctx, o, { groupId: group });
  const child = family.childIds[0] as string;
  await setPhotoConsents(t.ctx, o.id, child, { own: true, other: true });
  const at = (seconds: number) => new Date(Date.parse(DEFAULT_NOW) + seconds * 1000).toISOString();
  for (let i = 0; i < 12; i++) {
    t.clock.set(at(i * 60));
    const photos = [await uploadPhoto(staff), await uploadPhoto(staff)];
    await staff.post(`/api/v1/groups/${group}/posts`, {
      photos: photos.map((p) => ({ mediaId: p.id, childIds: [child] })),
    });
    t.clock.set(at(i * 60 + 30));
    const media = await uploadPhoto(family.client);
    await family.client.post(`/api/v1/children/${child}/diary`, { body: `Dag ${i}`, mediaIds: [media.id] });
  }
  let queries = 0;
  const counting = t.ctx.db.withPlugin({
    // Called for subqueries too; a result comes once per statement sent.
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      queries++;
      return args.result;
    },
  });
  const ctx = { ...t.ctx, db: counting };
  const principal = {
    accountId: family.accountId,
    organisationId: o.id,
    kind: 'guardian' as const,
    guardianId: family.guardianId,
    staffMemberId: null,
    sessionId: 'test',
  };
  const countFor = async (limit: number) => {
    queries = 0;
    const page = await getGuardianTimeline(ctx, principal, { limit });
    assert.equal(page.items.length, limit);
    return queries;
  };
  await countFor(1); // reads the URL signing key once for this handle
  const small = await countFor(2);
  const large = await countFor(20);
  assert.equal(large, small, `${small} queries for 2 items, ${large} for 20`);
  assert.ok(small <= 8, `${small} queries`);
});
