import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import { familyClient, newKey } from '../../../test/requests-factories.ts';
import { uploadPhoto } from '../../../test/timeline-factories.ts';

const t = useTestSystem({ rateLimits: false });

async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const group = o.groupIds[0];
  const parent = await familyClient(t.app, t.ctx, o, { groupId: group });
  const child = parent.childIds[0] as string;
  const staff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: group });
  return { o, group, parent, child, staff };
}

test('a parent writes a diary entry with a photo, adds photos, and opens it whole', async () => {
  const { o, group, parent, child, staff } = await setup();
  const photo = await uploadPhoto(parent.client);
  const headers = { 'idempotency-key': newKey() };
  const body = { body: 'Vandaag voor het eerst gefietst!', mediaIds: [photo.id] };
  const created = await parent.client.post(`/api/v1/children/${child}/diary`, body, headers);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.authorKind, 'guardian');
  assert.equal(created.body.childId, child);
  assert.deepEqual(
    created.body.media.map((m: any) => m.id),
    [photo.id],
  );
  const again = await parent.client.post(`/api/v1/children/${child}/diary`, body, headers);
  assert.equal(again.body.id, created.body.id);
  const entries = await t.ctx.db
    .selectFrom('diary_entries')
    .select('id')
    .where('organisation_id', '=', o.id)
    .execute();
  assert.equal(entries.length, 1);
  const entryId = created.body.id as string;

  // The parent and the staff of the child's group each add a photo: they follow the first, in order.
  const second = await uploadPhoto(parent.client);
  const added = await parent.client.post(`/api/v1/diary/${entryId}/media`, { mediaIds: [second.id] });
  assert.equal(added.status, 200, JSON.stringify(added.body));
  const third = await uploadPhoto(staff);
  const byStaff = await staff.post(`/api/v1/diary/${entryId}/media`, { mediaIds: [third.id] });
  assert.equal(byStaff.status, 200, JSON.stringify(byStaff.body));
  assert.deepEqual(
    byStaff.body.media.map((m: any) => m.id),
    [photo.id, second.id, third.id],
  );
  // A photo used once cannot be added again.
  const reused = await parent.client.post(`/api/v1/diary/${entryId}/media`, { mediaIds: [second.id] });
  assert.equal(reused.status, 400);
  assert.equal(reused.body.error.fields[0].path, 'mediaIds.0');

  const opened = await parent.client.get(`/api/v1/diary/${entryId}`);
  assert.equal(opened.status, 200);
  assert.equal(opened.body.body, body.body);
  assert.equal(opened.body.media.length, 3);
  for (const m of opened.body.media) assert.equal((await parent.client.get(m.screenUrl)).status, 200);
  const reads = await t.ctx.db
    .selectFrom('audit_events')
    .select(['child_ids', 'actor_account_id'])
    .where('organisation_id', '=', o.id)
    .where('action', '=', 'diary.read')
    .where('subject_id', '=', entryId)
    .execute();
  assert.deepEqual(
    reads.map((r) => [r.actor_account_id, r.child_ids]),
    [[parent.accountId, [child]]],
  );

  // It shows on Mijn kind and on the group's timeline.
  const feed = await parent.client.get('/api/v1/timeline');
  assert.deepEqual(
    feed.body.items.map((i: any) => [i.kind, i.entry?.id]),
    [['diary', entryId]],
  );
  const groupFeed = await staff.get(`/api/v1/groups/${group}/timeline`);
  assert.equal(groupFeed.status, 200);
  assert.equal(groupFeed.body.items[0].entry.media.length, 3);
});

test('staff write diary entries for children of their groups only; an entry has text or media', async () => {
  const { o, child, staff } = await setup();
  const written = await staff.post(`/api/v1/children/${child}/diary`, { body: 'Lekker geslapen.' });
  assert.equal(written.status, 201);
  assert.equal(written.body.authorKind, 'staff');
  const empty = await staff.post(`/api/v1/children/${child}/diary`, { body: '' });
  assert.equal(empty.status, 400);
  const otherStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[1] });
  assert.ok(
    [403, 404].includes((await otherStaff.post(`/api/v1/children/${child}/diary`, { body: 'x' })).status),
  );
  assert.equal((await otherStaff.get(`/api/v1/diary/${written.body.id}`)).status, 404);
});

test('a family of another group or organisation gets 404 for the diary entry and its photos', async () => {
  const { o, parent, child } = await setup();
  const photo = await uploadPhoto(parent.client);
  const created = await parent.client.post(`/api/v1/children/${child}/diary`, { mediaIds: [photo.id] });
  assert.equal(created.status, 201);
  const urls = [
    created.body.media[0].smallUrl,
    created.body.media[0].screenUrl,
    created.body.media[0].downloadUrl,
  ];
  const sameGroup = await familyClient(t.app, t.ctx, o, { groupId: o.groupIds[0] });
  const otherGroup = await familyClient(t.app, t.ctx, o, { groupId: o.groupIds[1] });
  const o2 = await createOrganisation(t.ctx, 'Andere Opvang');
  const otherOrg = await familyClient(t.app, t.ctx, o2);
  for (const outsider of [sameGroup, otherGroup, otherOrg]) {
    assert.equal((await outsider.client.get(`/api/v1/diary/${created.body.id}`)).status, 404);
    assert.equal(
      (await outsider.client.post(`/api/v1/diary/${created.body.id}/media`, { mediaIds: [photo.id] })).status,
      404,
    );
    assert.equal((await outsider.client.post(`/api/v1/children/${child}/diary`, { body: 'x' })).status, 404);
    for (const url of urls) assert.equal((await outsider.client.get(url)).status, 404);
    const feed = await outsider.client.get('/api/v1/timeline');
    assert.deepEqual(feed.body.items, []);
  }
});

test("a video in a diary entry only with the organisation's video feature", async () => {
  const { o, parent, child } = await setup();
  // A video the parent uploaded (its row; the upload itself is the media pipeline's).
  const video = await t.ctx.db
    .insertInto('media')
    .values({
      organisation_id: o.id,
      kind: 'video',
      uploaded_by_account_id: parent.accountId,
      upload_sha256: 'a'.repeat(64),
      created_at: new Date(DEFAULT_NOW),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const refused = await parent.client.post(`/api/v1/children/${child}/diary`, { mediaIds: [video.id] });
  assert.equal(refused.status, 400);
  assert.deepEqual(
    refused.body.error.fields.map((f: any) => [f.path, f.code]),
    [['mediaIds.0', 'not_found']],
  );
  await t.ctx.db.updateTable('organisations').set({ feature_video: true }).where('id', '=', o.id).execute();
  const taken = await parent.client.post(`/api/v1/children/${child}/diary`, { mediaIds: [video.id] });
  assert.equal(taken.status, 201, JSON.stringify(taken.body));
  const rows = await t.ctx.db
    .selectFrom('diary_entry_media')
    .select('media_id')
    .where('entry_id', '=', taken.body.id)
    .execute();
  assert.deepEqual(
    rows.map((r) => r.media_id),
    [video.id],
  );
});
