import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, type TestClient, useTestSystem } from '../../../test/index.ts';
import { familyClient, newKey } from '../../../test/requests-factories.ts';
import { setPhotoConsents, uploadPhoto } from '../../../test/timeline-factories.ts';

const t = useTestSystem({ rateLimits: false });

/**
 * B1 for a photo tagged with child 1 (family 1) and child 2 (family 2), for every combination of their consents
 * (own = photos for the own family, other = photos for other families), as seen by family 1, family 2 and a
 * third family of the group. Written out by hand: a family sees the photo when each tagged child has `own`, and
 * each tagged child that is not theirs also has `other`.
 */
const EXPECTED: [
  own1: boolean,
  other1: boolean,
  own2: boolean,
  other2: boolean,
  f1: boolean,
  f2: boolean,
  f3: boolean,
][] = [
  [false, false, false, false, false, false, false],
  [false, false, false, true, false, false, false],
  [false, false, true, false, false, false, false],
  [false, false, true, true, false, false, false],
  [false, true, false, false, false, false, false],
  [false, true, false, true, false, false, false],
  [false, true, true, false, false, false, false],
  [false, true, true, true, false, false, false],
  [true, false, false, false, false, false, false],
  [true, false, false, true, false, false, false],
  [true, false, true, false, false, false, false],
  [true, false, true, true, true, false, false],
  [true, true, false, false, false, false, false],
  [true, true, false, true, false, false, false],
  [true, true, true, false, false, true, false],
  [true, true, true, true, true, true, true],
];

async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const group = o.groupIds[0];
  const staff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: group });
  const families = [
    await familyClient(t.app, t.ctx, o, { groupId: group }),
    await familyClient(t.app, t.ctx, o, { groupId: group }),
    await familyClient(t.app, t.ctx, o, { groupId: group }),
  ] as const;
  const [c1, c2] = [families[0].childIds[0] as string, families[1].childIds[0] as string];
  for (const f of families)
    await setPhotoConsents(t.ctx, o.id, f.childIds[0] as string, { own: true, other: true });
  const tagged = await uploadPhoto(staff);
  const untagged = await uploadPhoto(staff);
  const post = await staff.post(
    `/api/v1/groups/${group}/posts`,
    {
      body: 'Samen gebouwd',
      photos: [
        { mediaId: tagged.id, childIds: [c1, c2] },
        { mediaId: untagged.id, childIds: [] },
      ],
    },
    { 'idempotency-key': newKey() },
  );
  assert.equal(post.status, 201, JSON.stringify(post.body));
  return { o, group, staff, families, c1, c2, postId: post.body.id as string, taggedId: tagged.id };
}

async function feedPost(client: TestClient, postId: string) {
  const res = await client.get('/api/v1/timeline');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.items.find((i: any) => i.kind === 'post' && i.post.id === postId)?.post;
}

test('B1: every combination of two tagged children and their consents, for each family', async () => {
  const { o, families, c1, c2, postId, taggedId } = await setup();
  // With every consent given, each family sees the photo and gets its signed URL.
  const urls: string[] = [];
  for (const f of families) {
    const post = await feedPost(f.client, postId);
    const photo = post.photos.find((p: any) => p.media.id === taggedId);
    assert.ok(photo, 'visible with every consent');
    urls.push(photo.media.screenUrl);
    assert.equal((await f.client.get(photo.media.screenUrl)).status, 200);
  }
  for (const [own1, other1, own2, other2, ...expected] of EXPECTED) {
    await setPhotoConsents(t.ctx, o.id, c1, { own: own1, other: other1 });
    await setPhotoConsents(t.ctx, o.id, c2, { own: own2, other: other2 });
    const label = `own1=${own1} other1=${other1} own2=${own2} other2=${other2}`;
    for (const [i, f] of families.entries()) {
      const post = await feedPost(f.client, postId);
      assert.ok(post, `${label}: the post shows to family ${i + 1} (its untagged photo)`);
      const photo = post.photos.find((p: any) => p.media.id === taggedId);
      assert.equal(Boolean(photo), expected[i], `${label}: family ${i + 1} sees the tagged photo`);
      assert.equal(post.photos.length, expected[i] ? 2 : 1);
      assert.equal(post.hiddenPhotos, expected[i] ? 0 : 1);
      if (photo) {
        // Guardians see the names of their own tagged children only.
        const own = i < 2 ? [[c1, c2][i]] : [];
        assert.deepEqual(
          photo.children.map((c: any) => c.id),
          own,
        );
      }
      const file = await f.client.get(urls[i] as string);
      assert.equal(file.status, expected[i] ? 200 : 404, `${label}: family ${i + 1} fetches the photo's URL`);
    }
  }
});

test('withdrawing a consent hides a shared photo at once, in the feed and behind its signed URL', async () => {
  const { group, staff, families, c1, postId, taggedId } = await setup();
  const [mum, other] = [families[0], families[2]];
  const seen = await feedPost(other.client, postId);
  const photo = seen.photos.find((p: any) => p.media.id === taggedId);
  assert.equal((await other.client.get(photo.media.smallUrl)).status, 200);
  assert.equal((await other.client.get(photo.media.downloadUrl)).status, 200);
  // The parent of child 1 withdraws consent for other families through the consent screen.
  const consents = await mum.client.get(`/api/v1/children/${c1}/consents`);
  assert.equal(consents.status, 200);
  const item = consents.body.items.find((i: any) => i.item.key === 'photos_other_families').item;
  const answer = await mum.client.put(`/api/v1/children/${c1}/consents/${item.id}`, {
    granted: false,
    textId: item.text.id,
  });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  const after = await feedPost(other.client, postId);
  assert.equal(after.photos.length, 1);
  assert.equal(after.hiddenPhotos, 1);
  for (const url of [photo.media.smallUrl, photo.media.screenUrl, photo.media.downloadUrl])
    assert.equal((await other.client.get(url)).status, 404);
  // The family of child 1 still sees it; staff of the group see everything.
  assert.ok((await feedPost(mum.client, postId)).photos.some((p: any) => p.media.id === taggedId));
  const staffView = await staff.get(`/api/v1/groups/${group}/timeline`);
  const staffPost = staffView.body.items.find((i: any) => i.kind === 'post' && i.post.id === postId).post;
  assert.equal(staffPost.photos.length, 2);
  assert.equal(staffPost.hiddenPhotos, 0);
  assert.equal(staffPost.photos[0].children.length, 2);
  assert.equal((await staff.get(staffPost.photos[0].media.screenUrl)).status, 200);
});

test("a family of another group or another organisation gets 404 for the post's photo URLs", async () => {
  const { o, families, postId, taggedId } = await setup();
  const post = await feedPost(families[0].client, postId);
  const urls = post.photos.flatMap((p: any) => [p.media.smallUrl, p.media.screenUrl, p.media.downloadUrl]);
  assert.equal(urls.length, 6);
  const otherGroup = await familyClient(t.app, t.ctx, o, { groupId: o.groupIds[1] });
  const o2 = await createOrganisation(t.ctx, 'Andere Opvang');
  const otherOrg = await familyClient(t.app, t.ctx, o2, { groupId: o2.groupIds[0] });
  for (const outsider of [otherGroup, otherOrg]) {
    for (const url of urls) assert.equal((await outsider.client.get(url)).status, 404, url);
    const feed = await outsider.client.get('/api/v1/timeline');
    assert.ok(!feed.body.items.some((i: any) => i.kind === 'post' && i.post.id === postId));
  }
  // Staff of the other group do not see the photo either.
  const otherStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[1] });
  assert.equal((await otherStaff.get(urls[0])).status, 404);
  assert.ok(taggedId);
});

test('a family whose child joins the group after the post does not see it', async () => {
  const { o, group, postId } = await setup();
  const late = await familyClient(t.app, t.ctx, o, { groupId: group });
  await t.ctx.db
    .updateTable('placements')
    .set({ start_date: '2026-03-03' })
    .where('organisation_id', '=', o.id)
    .where('child_id', '=', late.childIds[0] as string)
    .execute();
  assert.equal(await feedPost(late.client, postId), undefined);
  t.clock.set('2026-03-03T08:00:00Z');
  const staff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: group });
  const fresh = await staff.post(`/api/v1/groups/${group}/posts`, { body: 'Welkom!' });
  assert.equal(fresh.status, 201, JSON.stringify(fresh.body));
  assert.ok(await feedPost(late.client, fresh.body.id));
  assert.equal(await feedPost(late.client, postId), undefined);
});
