import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TestClient } from '../../../test/client.ts';
import { DEFAULT_NOW, TEST_PASSWORD, useTestSystem } from '../../../test/index.ts';
import { newKey } from '../../../test/requests-factories.ts';
import { uploadPhoto } from '../../../test/timeline-factories.ts';
import { sweepMedia } from '../media/media.jobs.ts';
import { fetchFile } from '../media/media-test-helpers.ts';
import {
  contentSetup,
  fetchOwnSigned,
  item,
  listed,
  post,
  uploadPdf,
  write,
} from './content-test-helpers.ts';

const t = useTestSystem({ rateLimits: false });

async function setup() {
  t.clock.set(DEFAULT_NOW);
  return contentSetup(t.app, t.ctx);
}

const now = () => t.clock.now().toString();

test('each audience reaches exactly its guardians: in the list, by id and through the attachment', async () => {
  const s = await setup();
  const everyone = await write(s.admin, item({ title: 'Voor iedereen', publishAt: now() }));
  const pdfOne = await uploadPdf(s.manager);
  const locationOne = await write(
    s.manager,
    item({
      title: 'Locatie één',
      audience: { scope: 'location', locationId: s.locationOne },
      publishAt: now(),
      attachmentIds: [pdfOne],
    }),
  );
  const pdfA = await uploadPdf(s.staffA);
  const photoA = await uploadPhoto(s.staffA);
  const groupA = await write(
    s.staffA,
    item({
      title: 'Groep A',
      audience: { scope: 'group', groupId: s.groupA },
      publishAt: now(),
      attachmentIds: [pdfA],
      imageIds: [photoA.id],
    }),
  );

  assert.deepEqual(await listed(s.parentA.client), [groupA.id, locationOne.id, everyone.id].sort().reverse());
  assert.deepEqual((await listed(s.parentB.client)).sort(), [everyone.id, locationOne.id].sort());
  assert.deepEqual(await listed(s.parentC.client), [everyone.id]);

  const full = await s.parentA.client.get(`/api/v1/content/${groupA.id}`);
  assert.equal(full.status, 200, JSON.stringify(full.body));
  assert.equal(full.body.attachmentCount, 1);
  assert.equal(full.body.attachments[0].fileName, 'Nieuwsbrief maart.pdf');
  assert.ok(full.body.attachments[0].byteSize > 0);
  assert.equal(full.body.images.length, 1);
  assert.equal(full.body.audienceName, 'Groep A');
  const file = await fetchFile(t.app, s.parentA.client, full.body.attachments[0].downloadUrl);
  assert.equal(file.status, 200);
  assert.equal(file.bytes.subarray(0, 5).toString('latin1'), '%PDF-');

  // Not addressed to them: the item does not exist for them, nor do its files, even with a URL of their own.
  for (const [parent, hidden, media] of [
    [s.parentB, groupA, [pdfA, photoA.id]],
    [s.parentC, groupA, [pdfA, photoA.id]],
    [s.parentC, locationOne, [pdfOne]],
  ] as const) {
    assert.equal((await parent.client.get(`/api/v1/content/${hidden.id}`)).status, 404);
    assert.equal((await fetchFile(t.app, parent.client, full.body.attachments[0].downloadUrl)).status, 404);
    for (const id of media) {
      const variant = id === photoA.id ? 'screen' : 'file';
      assert.equal((await fetchOwnSigned(t.app, t.ctx, parent.client, id, variant)).status, 404);
    }
  }
  // Staff read what is addressed to where they work; staff of another location do not see group A's item.
  assert.equal((await s.staffC.get(`/api/v1/staff/content/${groupA.id}`)).status, 404);
  assert.equal((await fetchOwnSigned(t.app, t.ctx, s.staffC, pdfA)).status, 404);
  assert.equal((await fetchOwnSigned(t.app, t.ctx, s.manager, pdfA)).status, 200);
  const staffList = await s.staffC.get('/api/v1/staff/content?kind=news');
  assert.deepEqual(
    staffList.body.items.map((i: { id: string }) => i.id),
    [everyone.id],
  );
});

test('a child placed in a group only from later does not see its news yet; a draft is seen by no guardian', async () => {
  const s = await setup();
  const groupC = await write(
    s.admin,
    item({ audience: { scope: 'group', groupId: s.groupC }, publishAt: now() }),
  );
  const draft = await write(s.admin, item({ title: 'Concept' }));
  assert.equal(draft.status, 'draft');
  await t.ctx.db
    .insertInto('placements')
    .values({
      organisation_id: s.o.id,
      child_id: s.parentA.childIds[0] as string,
      group_id: s.groupC,
      placement_type: 'Flexibel',
      start_date: '2026-04-01',
    })
    .execute();
  assert.deepEqual(await listed(s.parentA.client), []);
  assert.equal((await s.parentA.client.get(`/api/v1/content/${draft.id}`)).status, 404);
  t.clock.set('2026-04-01T08:00:00Z');
  await s.parentA.client.login(s.parentA.email, TEST_PASSWORD);
  assert.deepEqual(await listed(s.parentA.client), [groupC.id]);
});

test('staff write only to the audiences of their scope; others are refused', async () => {
  const s = await setup();
  const refusals: [TestClient, Parameters<typeof item>[0], number][] = [
    [s.staffA, { audience: { scope: 'organisation' } }, 403],
    [s.staffA, { audience: { scope: 'location', locationId: s.locationOne } }, 403],
    [s.staffA, { audience: { scope: 'group', groupId: s.groupB } }, 403],
    [s.manager, { audience: { scope: 'organisation' } }, 403],
    [s.manager, { audience: { scope: 'group', groupId: s.groupC } }, 403],
    [s.manager, { audience: { scope: 'location', locationId: s.locationTwo } }, 403],
    [s.planner, { audience: { scope: 'group', groupId: s.groupA } }, 403],
    [s.parentA.client, { audience: { scope: 'group', groupId: s.groupA } }, 403],
  ];
  for (const [client, overrides, status] of refusals)
    assert.equal((await post(client, item(overrides))).status, status, JSON.stringify(overrides));
  const unknown = await post(
    s.admin,
    item({ audience: { scope: 'group', groupId: '00000000-0000-4000-8000-000000000000' } }),
  );
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.error.fields[0].path, 'audience.groupId');

  const forA = await write(s.manager, item({ audience: { scope: 'group', groupId: s.groupA } }));
  const forAll = await write(s.admin, item());
  assert.equal(
    (await s.staffA.put(`/api/v1/staff/content/${forAll.id}`, item({ title: 'Anders' }))).status,
    403,
  );
  assert.equal((await s.staffA.delete(`/api/v1/staff/content/${forAll.id}`)).status, 403);
  assert.equal((await s.staffC.put(`/api/v1/staff/content/${forA.id}`, item())).status, 404);
  // Staff of group A may change the item to their group, but not move it to a group that is not theirs.
  const changed = await s.staffA.put(
    `/api/v1/staff/content/${forA.id}`,
    item({ title: 'Nieuwe titel', audience: { scope: 'group', groupId: s.groupA } }),
  );
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.equal(changed.body.title, 'Nieuwe titel');
  assert.equal(changed.body.editable, true);
  const moved = await s.staffA.put(
    `/api/v1/staff/content/${forA.id}`,
    item({ audience: { scope: 'group', groupId: s.groupB } }),
  );
  assert.equal(moved.status, 403);
  const list = await s.staffA.get('/api/v1/staff/content?kind=news');
  const editable = Object.fromEntries(list.body.items.map((i: any) => [i.id, i.editable]));
  assert.deepEqual(editable, { [forA.id]: true, [forAll.id]: false });
  const options = await s.manager.get('/api/v1/staff/content/audiences');
  assert.equal(options.body.organisation, false);
  assert.deepEqual(
    options.body.locations.map((l: any) => l.id),
    [s.locationOne],
  );
  assert.deepEqual(options.body.groups.map((g: any) => g.id).sort(), [s.groupA, s.groupB].sort());
  const audit = await t.ctx.db
    .selectFrom('audit_events')
    .select('action')
    .where('organisation_id', '=', s.o.id)
    .where('subject_id', '=', forA.id)
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['content.create', 'content.update'],
  );
});

test('bad input is a 400 naming the field', async () => {
  const s = await setup();
  const photo = await uploadPhoto(s.admin);
  const doc = await uploadPdf(s.admin);
  const cases: [Record<string, unknown>, string, string?][] = [
    [{ title: '' }, 'title'],
    [{ bodyHtml: '<script>alert(1)</script><img src=x>' }, 'bodyHtml', 'required'],
    [{ audience: { scope: 'group' } }, 'audience.groupId'],
    [{ publishAt: 'morgen' }, 'publishAt'],
    [{ kind: 'blog' }, 'kind'],
    [{ imageIds: [doc] }, 'imageIds.0', 'document_not_allowed'],
    [{ attachmentIds: [photo.id] }, 'attachmentIds.0', 'not_document'],
    [{ attachmentIds: ['00000000-0000-4000-8000-000000000000'] }, 'attachmentIds.0', 'not_found'],
  ];
  for (const [overrides, path, code] of cases) {
    const res = await post(s.admin, { ...item(), ...overrides } as never);
    assert.equal(res.status, 400, JSON.stringify(overrides));
    assert.equal(res.body.error.fields[0].path, path, JSON.stringify(res.body));
    if (code) assert.equal(res.body.error.fields[0].code, code);
  }
  // Nothing was taken by the refused requests: the uploads are still free to use.
  const ok = await write(s.admin, item({ imageIds: [photo.id], attachmentIds: [doc] }));
  assert.equal(ok.images.length, 1);
});

test('news pages newest first through "Alle bekijken"; information pages come in their order', async () => {
  const s = await setup();
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    ids.push((await write(s.admin, item({ title: `Bericht ${i}`, publishAt: now() }))).id);
    t.clock.advance({ minutes: 1 });
  }
  await write(s.admin, item({ kind: 'newsletter', title: 'Nieuwsbrief', publishAt: now() }));
  const seen: string[] = [];
  let before: string | null = null;
  do {
    const query: string = before ? `&before=${encodeURIComponent(before)}` : '';
    const page = await s.parentA.client.get(`/api/v1/content?kind=news&limit=2${query}`);
    assert.equal(page.status, 200);
    assert.ok(page.body.items.length <= 2);
    seen.push(...page.body.items.map((i: any) => i.id));
    before = page.body.nextBefore;
  } while (before);
  assert.deepEqual(seen, [...ids].reverse());
  const recent = await s.parentA.client.get('/api/v1/content?kind=news&limit=3');
  assert.equal(recent.body.items.length, 3);
  assert.equal(recent.body.items[0].summary, 'Op vrijdag vieren we het zomerfeest.');
  assert.equal((await s.parentA.client.get('/api/v1/content?kind=news&before=nope')).status, 400);

  const later = await write(
    s.admin,
    item({ kind: 'info_page', title: 'Ziekte', position: 2, publishAt: now() }),
  );
  const first = await write(
    s.admin,
    item({ kind: 'info_page', title: 'Openingstijden', position: 1, publishAt: now() }),
  );
  assert.deepEqual(await listed(s.parentA.client, 'info_page'), [first.id, later.id]);
  assert.equal((await listed(s.parentA.client, 'newsletter')).length, 1);
});

test('a create sent twice with one key makes one item', async () => {
  const s = await setup();
  const key = newKey();
  const body = item({ publishAt: now() });
  const first = await post(s.admin, body, key);
  const again = await post(s.admin, body, key);
  assert.equal(first.status, 201);
  assert.equal(again.status, 201);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  assert.equal(again.body.id, first.body.id);
  assert.deepEqual(await listed(s.parentA.client), [first.body.id]);
  assert.equal((await post(s.admin, item({ title: 'Anders' }), key)).status, 422);
});

test('a removed item and its files are gone for everyone; media taken out of an item are swept', async () => {
  const s = await setup();
  const doc = await uploadPdf(s.admin);
  const kept = await uploadPdf(s.admin);
  const written = await write(s.admin, item({ publishAt: now(), attachmentIds: [doc, kept] }));
  const changed = await s.admin.put(
    `/api/v1/staff/content/${written.id}`,
    item({ publishAt: written.publishedAt, attachmentIds: [kept] }),
  );
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.equal(changed.body.publishedAt, written.publishedAt, 'the unchanged moment stays');
  t.clock.advance({ hours: 48 });
  await sweepMedia(t.ctx);
  await s.parentA.client.login(s.parentA.email, TEST_PASSWORD);
  await s.admin.login(s.admin.email, TEST_PASSWORD);
  const left = await t.ctx.db.selectFrom('media').select('id').where('id', 'in', [doc, kept]).execute();
  assert.deepEqual(
    left.map((m) => m.id),
    [kept],
  );
  assert.equal((await fetchOwnSigned(t.app, t.ctx, s.parentA.client, kept)).status, 200);

  assert.equal((await s.admin.delete(`/api/v1/staff/content/${written.id}`)).status, 204);
  assert.deepEqual(await listed(s.parentA.client), []);
  assert.equal((await s.parentA.client.get(`/api/v1/content/${written.id}`)).status, 404);
  assert.equal((await s.admin.get(`/api/v1/staff/content/${written.id}`)).status, 404);
  assert.equal((await fetchOwnSigned(t.app, t.ctx, s.parentA.client, kept)).status, 404);
  assert.equal((await s.admin.delete(`/api/v1/staff/content/${written.id}`)).status, 404);
});
