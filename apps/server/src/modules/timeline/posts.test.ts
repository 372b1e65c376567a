import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import { familyClient, newKey } from '../../../test/requests-factories.ts';
import { setPhotoConsents, uploadPhoto } from '../../../test/timeline-factories.ts';

const t = useTestSystem({ rateLimits: false });

async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const group = o.groupIds[0];
  const staff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: group });
  const f1 = await familyClient(t.app, t.ctx, o, { groupId: group });
  const f2 = await familyClient(t.app, t.ctx, o, { groupId: group });
  const elsewhere = await familyClient(t.app, t.ctx, o, { groupId: o.groupIds[1] });
  const c1 = f1.childIds[0] as string;
  const c2 = f2.childIds[0] as string;
  await setPhotoConsents(t.ctx, o.id, c1, { own: true, other: true });
  await setPhotoConsents(t.ctx, o.id, c2, { own: true, other: false });
  return { o, group, staff, f1, f2, c1, c2, elsewhere, c3: elsewhere.childIds[0] as string };
}

test('the group lists its children with their photo consents', async () => {
  const { group, staff, c1, c2, c3 } = await setup();
  const res = await staff.get(`/api/v1/groups/${group}/taggable-children`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const byId = new Map(res.body.children.map((c: any) => [c.id, c]));
  assert.equal(byId.size, 2);
  assert.ok(!byId.has(c3), 'a child of another group is not taggable');
  assert.deepEqual(
    [byId.get(c1), byId.get(c2)].map((c: any) => [c.photoConsent, c.otherFamiliesConsent]),
    [
      [true, true],
      [true, false],
    ],
  );
});

test('tagging is refused with the reason at tagging time and on posting', async () => {
  const { o, group, staff, c1, c2, c3 } = await setup();
  const check = (childIds: string[]) => staff.post(`/api/v1/groups/${group}/tag-check`, { childIds });
  // Each child alone may be tagged: only its own family sees the photo of it alone besides those with consent.
  assert.deepEqual((await check([c1])).body, { refusals: [] });
  assert.deepEqual((await check([c2])).body, { refusals: [] });
  // Together the family of c1 would see c2, which lacks consent for other families.
  const together = await check([c1, c2]);
  assert.equal(together.status, 200);
  assert.deepEqual(
    together.body.refusals.map((r: any) => [r.childId, r.reason]),
    [[c2, 'no_consent_other_families']],
  );
  assert.ok(together.body.refusals[0].firstName);
  // A child of another group, and a child without consent to be photographed at all.
  await setPhotoConsents(t.ctx, o.id, c1, { own: false, other: true });
  const refused = await check([c1, c3]);
  assert.deepEqual(
    refused.body.refusals.map((r: any) => [r.childId, r.reason]).sort(),
    [
      [c1, 'no_photo_consent'],
      [c3, 'not_in_group'],
    ].sort(),
  );
  await setPhotoConsents(t.ctx, o.id, c1, { own: true, other: true });

  // Posting applies the same rule: a 400 naming the photo's tags, one error per refused child, nothing kept.
  const ok = await uploadPhoto(staff);
  const bad = await uploadPhoto(staff);
  const res = await staff.post(
    `/api/v1/groups/${group}/posts`,
    {
      body: 'Uitje naar de kinderboerderij',
      photos: [
        { mediaId: ok.id, childIds: [c1] },
        { mediaId: bad.id, childIds: [c1, c2, c3] },
      ],
    },
    { 'idempotency-key': newKey() },
  );
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.deepEqual(
    res.body.error.fields.map((f: any) => [f.path, f.code]).sort(),
    [
      ['photos.1.childIds', 'no_consent_other_families'],
      ['photos.1.childIds', 'not_in_group'],
    ].sort(),
  );
  assert.ok(
    res.body.error.fields.every((f: any) => /Kind0/.test(f.message)),
    'the message names the child',
  );
  const posts = await t.ctx.db.selectFrom('posts').select('id').where('organisation_id', '=', o.id).execute();
  assert.equal(posts.length, 0);
  // The refusal took no media: the photos can be posted once the tags are right.
  const fixed = await staff.post(
    `/api/v1/groups/${group}/posts`,
    {
      body: 'Uitje naar de kinderboerderij',
      photos: [
        { mediaId: ok.id, childIds: [c1] },
        { mediaId: bad.id, childIds: [c2] },
      ],
    },
    { 'idempotency-key': newKey() },
  );
  assert.equal(fixed.status, 201, JSON.stringify(fixed.body));
  assert.deepEqual(
    fixed.body.photos.map((p: any) => p.children.map((c: any) => c.id)),
    [[c1], [c2]],
  );
  assert.equal(fixed.body.hiddenPhotos, 0);
});

test('a post is placed once per idempotency key, and media are used once', async () => {
  const { o, group, staff, c1 } = await setup();
  const photo = await uploadPhoto(staff);
  const headers = { 'idempotency-key': newKey() };
  const body = { body: 'Buiten gespeeld', photos: [{ mediaId: photo.id, childIds: [c1] }] };
  const first = await staff.post(`/api/v1/groups/${group}/posts`, body, headers);
  assert.equal(first.status, 201, JSON.stringify(first.body));
  const again = await staff.post(`/api/v1/groups/${group}/posts`, body, headers);
  assert.equal(again.status, 201);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  assert.equal(again.body.id, first.body.id);
  const count = async () =>
    (await t.ctx.db.selectFrom('posts').select('id').where('organisation_id', '=', o.id).execute()).length;
  assert.equal(await count(), 1);
  // Another key with the same photo: the photo is taken.
  const other = await staff.post(`/api/v1/groups/${group}/posts`, body, { 'idempotency-key': newKey() });
  assert.equal(other.status, 400);
  assert.deepEqual(
    other.body.error.fields.map((f: any) => [f.path, f.code]),
    [['photos.0.mediaId', 'not_found']],
  );
  assert.equal(await count(), 1);
  const audit = await t.ctx.db
    .selectFrom('audit_events')
    .select(['child_ids', 'subject_id'])
    .where('organisation_id', '=', o.id)
    .where('action', '=', 'post.create')
    .execute();
  assert.deepEqual(
    audit.map((a) => [a.subject_id, a.child_ids]),
    [[first.body.id, [c1]]],
  );
});

test('a post has text or a photo; an upload of someone else cannot be posted', async () => {
  const { o, group, staff } = await setup();
  const empty = await staff.post(`/api/v1/groups/${group}/posts`, { body: '  ' });
  assert.equal(empty.status, 400);
  assert.equal(empty.body.error.fields[0].path, 'body');
  const colleague = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: group });
  const theirs = await uploadPhoto(colleague);
  const res = await staff.post(`/api/v1/groups/${group}/posts`, { photos: [{ mediaId: theirs.id }] });
  assert.equal(res.status, 400);
  assert.equal(res.body.error.fields[0].path, 'photos.0.mediaId');
  const textOnly = await staff.post(`/api/v1/groups/${group}/posts`, { body: 'Morgen gaan we naar het bos' });
  assert.equal(textOnly.status, 201);
  assert.deepEqual(textOnly.body.photos, []);
});

test('staff of another group cannot post or check tags there; parents cannot post', async () => {
  const { o, group, f1, c1 } = await setup();
  const otherStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[1] });
  const post = await otherStaff.post(`/api/v1/groups/${group}/posts`, { body: 'Hallo' });
  assert.ok([403, 404].includes(post.status), String(post.status));
  const check = await otherStaff.post(`/api/v1/groups/${group}/tag-check`, { childIds: [c1] });
  assert.ok([403, 404].includes(check.status));
  const list = await otherStaff.get(`/api/v1/groups/${group}/taggable-children`);
  assert.ok([403, 404].includes(list.status));
  const parent = await f1.client.post(`/api/v1/groups/${group}/posts`, { body: 'Hallo' });
  assert.ok([403, 404].includes(parent.status));
  // A planner of the location plans but does not post.
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  assert.ok([403, 404].includes((await planner.post(`/api/v1/groups/${group}/posts`, { body: 'x' })).status));
  const manager = await staffClient(t.app, t.ctx, o, 'location_manager', { locationId: o.locationId });
  assert.equal((await manager.post(`/api/v1/groups/${group}/posts`, { body: 'Nieuws' })).status, 201);
});

test('the author and the location manager delete a post; a colleague may not; its photos go with it', async () => {
  const { o, group, staff, f1, c1 } = await setup();
  const photo = await uploadPhoto(staff);
  const created = await staff.post(`/api/v1/groups/${group}/posts`, {
    photos: [{ mediaId: photo.id, childIds: [c1] }],
  });
  assert.equal(created.status, 201);
  const colleague = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: group });
  assert.equal((await colleague.delete(`/api/v1/posts/${created.body.id}`)).status, 403);
  assert.equal((await f1.client.delete(`/api/v1/posts/${created.body.id}`)).status, 403);
  assert.equal((await staff.delete(`/api/v1/posts/${created.body.id}`)).status, 204);
  assert.equal((await staff.delete(`/api/v1/posts/${created.body.id}`)).status, 404);
  const media = await t.ctx.db.selectFrom('media').select('id').where('id', '=', photo.id).execute();
  assert.equal(media.length, 0, 'the photo is gone (its files are swept)');
  const second = await staff.post(`/api/v1/groups/${group}/posts`, { body: 'Tekst' });
  const manager = await staffClient(t.app, t.ctx, o, 'location_manager', { locationId: o.locationId });
  assert.equal((await manager.delete(`/api/v1/posts/${second.body.id}`)).status, 204);
});
