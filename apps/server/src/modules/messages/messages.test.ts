import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createFamily, DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import { answer, messagingSetup, startThread, unreadTotal } from '../../../test/messages-factories.ts';
import { newKey } from '../../../test/requests-factories.ts';
import { uploadPhoto } from '../../../test/timeline-factories.ts';
import * as families from '../families/families.queries.ts';

const t = useTestSystem({ rateLimits: false });

async function setup() {
  t.clock.set(DEFAULT_NOW);
  return messagingSetup(t.app, t.ctx);
}

test('a parent starts a thread, staff of the group answer; both see it with times and who wrote', async () => {
  const { o, groupA, parent, child, staffA } = await setup();
  const started = await startThread(parent.client, { childId: child });
  assert.equal(started.groupId, groupA, 'one group: groupId may be left out');
  assert.equal(started.childId, child);
  assert.equal(started.messages.length, 1);
  assert.equal(started.messages[0].mine, true);
  assert.equal(started.messages[0].authorKind, 'guardian');
  assert.equal(started.messages[0].sentAt, new Date(DEFAULT_NOW).toISOString());

  t.clock.advance({ minutes: 5 });
  const reply = await answer(staffA, started.id, 'Heel goed, twee uur.');
  assert.equal(reply.authorKind, 'staff');
  assert.equal(reply.mine, true);

  const inbox = await staffA.get(`/api/v1/groups/${groupA}/threads`);
  assert.equal(inbox.status, 200, JSON.stringify(inbox.body));
  assert.deepEqual(
    inbox.body.threads.map((th: any) => [th.id, th.lastMessagePreview, th.unread]),
    [[started.id, 'Heel goed, twee uur.', 0]],
  );
  const opened = await parent.client.get(`/api/v1/threads/${started.id}`);
  assert.equal(opened.status, 200);
  assert.deepEqual(
    opened.body.messages.map((m: any) => [m.body, m.mine, m.authorKind]),
    [
      ['Hoe heeft ze vandaag geslapen?', true, 'guardian'],
      ['Heel goed, twee uur.', false, 'staff'],
    ],
  );
  assert.equal(opened.body.lastMessageAt, reply.sentAt);
  const reads = await t.ctx.db
    .selectFrom('audit_events')
    .select(['child_ids'])
    .where('organisation_id', '=', o.id)
    .where('action', '=', 'thread.read')
    .execute();
  assert.deepEqual(
    reads.map((r) => r.child_ids),
    [[child]],
  );
  const list = await parent.client.get('/api/v1/threads');
  assert.deepEqual(
    list.body.threads.map((th: any) => th.id),
    [started.id],
  );
});

test('a sent message can never be changed or removed: no route, and the database refuses', async () => {
  const { o, parent, child } = await setup();
  const photo = await uploadPhoto(parent.client);
  const started = await startThread(parent.client, { childId: child, attachmentIds: [photo.id] });
  const messageId = started.messages[0].id as string;
  for (const path of [
    `/api/v1/threads/${started.id}/messages/${messageId}`,
    `/api/v1/messages/${messageId}`,
  ]) {
    assert.equal((await parent.client.put(path, { body: 'anders' })).status, 404);
    assert.equal((await parent.client.patch(path, { body: 'anders' })).status, 404);
    assert.equal((await parent.client.delete(path)).status, 404);
  }
  assert.equal((await parent.client.delete(`/api/v1/threads/${started.id}`)).status, 404);

  await assert.rejects(
    sql`update messages set body = 'anders' where id = ${messageId}`.execute(t.ctx.db),
    /never changed or deleted/,
  );
  await assert.rejects(sql`delete from messages where id = ${messageId}`.execute(t.ctx.db), /never changed/);
  await assert.rejects(
    sql`update message_attachments set position = 5 where message_id = ${messageId}`.execute(t.ctx.db),
    /never changed/,
  );
  await assert.rejects(
    sql`delete from message_attachments where message_id = ${messageId}`.execute(t.ctx.db),
    /never changed/,
  );
  const kept = await t.ctx.db.selectFrom('messages').select('body').where('id', '=', messageId).execute();
  assert.deepEqual(kept, [{ body: 'Hoe heeft ze vandaag geslapen?' }]);

  // Removing the child (its data) still removes its threads with their messages and attachments.
  await t.ctx.db.deleteFrom('children').where('organisation_id', '=', o.id).where('id', '=', child).execute();
  const left = await t.ctx.db
    .selectFrom('messages')
    .select('id')
    .where('organisation_id', '=', o.id)
    .execute();
  assert.deepEqual(left, []);
});

test('another family, staff of another group and another organisation get 404 for the thread', async () => {
  const { parent, child, otherFamily, staffB } = await setup();
  const started = await startThread(parent.client, { childId: child });
  const other = await messagingSetup(t.app, t.ctx);
  for (const client of [otherFamily.client, staffB, other.parent.client, other.staffA]) {
    assert.equal((await client.get(`/api/v1/threads/${started.id}`)).status, 404);
    const post = await client.post(
      `/api/v1/threads/${started.id}/messages`,
      { body: 'hallo' },
      { 'idempotency-key': newKey() },
    );
    assert.equal(post.status, 404);
  }
  assert.equal((await otherFamily.client.get('/api/v1/threads')).body.threads.length, 0);
  assert.equal((await staffB.get(`/api/v1/groups/${other.groupA}/threads`)).status, 404);
  // Nor may they start a thread about a child that is not theirs.
  const foreign = await otherFamily.client.post(
    '/api/v1/threads',
    { childId: child, subject: 'x', body: 'y' },
    { 'idempotency-key': newKey() },
  );
  assert.equal(foreign.status, 404);
  const byStaffB = await staffB.post(
    '/api/v1/threads',
    { childId: child, subject: 'x', body: 'y' },
    { 'idempotency-key': newKey() },
  );
  assert.equal(byStaffB.status, 404);
});

test('the same Idempotency-Key twice sends one message', async () => {
  const { o, parent, child, staffA } = await setup();
  const key = newKey();
  const first = await startThread(parent.client, { childId: child }, key);
  const again = await startThread(parent.client, { childId: child }, key);
  assert.equal(again.id, first.id);
  const answerKey = newKey();
  const a = await answer(staffA, first.id, 'Goed!', answerKey);
  const b = await answer(staffA, first.id, 'Goed!', answerKey);
  assert.equal(a.id, b.id);
  const rows = await t.ctx.db
    .selectFrom('messages')
    .select('body')
    .where('organisation_id', '=', o.id)
    .orderBy('sent_at')
    .execute();
  assert.equal(rows.length, 2);
});

test('groupId: required when the child has several current groups, and must be one of them', async () => {
  const { o, groupA, groupB, parent, child, staffA, staffB } = await setup();
  await families.insertPlacement(t.ctx.db, o.id, {
    childId: child,
    groupId: groupB,
    placementType: 'Flexibel',
    startDate: '2025-01-06',
    days: [{ weekday: 2, careProductId: o.productId }],
  });
  const without = await parent.client.post(
    '/api/v1/threads',
    { childId: child, subject: 'x', body: 'y' },
    { 'idempotency-key': newKey() },
  );
  assert.equal(without.status, 400);
  assert.equal(without.body.error.fields[0].path, 'groupId');
  assert.equal(without.body.error.fields[0].code, 'required');
  const toB = await startThread(parent.client, { childId: child, groupId: groupB });
  assert.equal(toB.groupId, groupB);
  // Staff of group A may not write on behalf of group B.
  const wrongGroup = await staffA.post(
    '/api/v1/threads',
    { childId: child, groupId: groupB, subject: 'x', body: 'y' },
    { 'idempotency-key': newKey() },
  );
  assert.equal(wrongGroup.status, 400);
  assert.equal(wrongGroup.body.error.fields[0].code, 'not_in_group');
  // A group the child is not placed in (an ended placement does not count).
  const other = await createFamily(t.ctx, o, { groupId: groupA });
  await t.ctx.db
    .updateTable('placements')
    .set({ end_date: '2026-01-31' })
    .where('organisation_id', '=', o.id)
    .where('child_id', '=', other.childIds[0] as string)
    .execute();
  const recipients = await staffB.get('/api/v1/messages/recipients');
  assert.deepEqual(
    recipients.body.children.map((c: any) => [c.id, c.groups.map((g: any) => g.id)]),
    [[child, [groupB]]],
  );
  const staffWithout = await staffB.post(
    '/api/v1/threads',
    { childId: child, subject: 'x', body: 'y' },
    { 'idempotency-key': newKey() },
  );
  assert.equal(staffWithout.status, 400, 'the child has two groups');
  const byStaffB = await startThread(staffB, { childId: child, groupId: groupB });
  assert.equal(byStaffB.groupId, groupB);
  const parentRecipients = await parent.client.get('/api/v1/messages/recipients');
  assert.deepEqual(
    parentRecipients.body.children[0].groups.map((g: any) => g.id).sort(),
    [groupA, groupB].sort(),
  );
});

test('unread counts go up for the others and down after reading', async () => {
  const { groupA, parent, child, staffA } = await setup();
  const started = await startThread(parent.client, { childId: child });
  assert.equal(await unreadTotal(parent.client), 0);
  const counts = await staffA.get('/api/v1/messages/unread');
  assert.equal(counts.body.total, 1);
  assert.deepEqual(
    counts.body.groups.map((g: any) => [g.groupId, g.unread]),
    [[groupA, 1]],
  );
  t.clock.advance({ minutes: 1 });
  await answer(parent.client, started.id, 'Nog iets.');
  assert.equal(await unreadTotal(staffA), 2);
  const inbox = await staffA.get(`/api/v1/groups/${groupA}/threads`);
  assert.equal(inbox.body.threads[0].unread, 2);

  t.clock.advance({ minutes: 1 });
  assert.equal((await staffA.get(`/api/v1/threads/${started.id}`)).body.unread, 0);
  assert.equal(await unreadTotal(staffA), 0);
  t.clock.advance({ minutes: 1 });
  await answer(staffA, started.id, 'Dank je.');
  assert.equal(await unreadTotal(staffA), 0);
  assert.equal(await unreadTotal(parent.client), 1);
  t.clock.advance({ minutes: 1 });
  await parent.client.get(`/api/v1/threads/${started.id}`);
  assert.equal(await unreadTotal(parent.client), 0);
});

test('the inbox pages by last activity, newest first, without gaps or repeats', async () => {
  const { groupA, parent, child, staffA } = await setup();
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    t.clock.advance({ minutes: 1 });
    ids.push((await startThread(parent.client, { childId: child, subject: `Vraag ${i}` })).id);
  }
  // An answer moves the first thread to the top.
  t.clock.advance({ minutes: 1 });
  await answer(staffA, ids[0] as string, 'Antwoord');
  const seen: string[] = [];
  let before: string | null = null;
  let pages = 0;
  do {
    const url: string = `/api/v1/groups/${groupA}/threads?limit=2${before ? `&before=${encodeURIComponent(before)}` : ''}`;
    const res = await staffA.get(url);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(res.body.threads.length <= 2);
    seen.push(...res.body.threads.map((th: any) => th.id));
    before = res.body.nextBefore;
    pages++;
  } while (before !== null);
  assert.equal(pages, 3);
  assert.deepEqual(seen, [ids[0], ids[4], ids[3], ids[2], ids[1]]);
  const guardianPage = await parent.client.get('/api/v1/threads?limit=3');
  assert.deepEqual(
    guardianPage.body.threads.map((th: any) => th.id),
    [ids[0], ids[4], ids[3]],
  );
});

test("an attachment's signed URL works for a guardian of the child and is 404 for another family", async () => {
  const { parent, child, otherFamily, staffA } = await setup();
  // Uploaded by staff: the parent sees it only as an attachment in a thread about their child.
  const photo = await uploadPhoto(staffA);
  const started = await startThread(staffA, { childId: child, attachmentIds: [photo.id] });
  const opened = await parent.client.get(`/api/v1/threads/${started.id}`);
  const url = opened.body.messages[0].attachments[0].screenUrl as string;
  assert.equal((await parent.client.get(url)).status, 200);
  const foreignView = await otherFamily.client.get(url);
  assert.equal(foreignView.status, 404);
  // An upload used once cannot be attached again.
  const reused = await staffA.post(
    `/api/v1/threads/${started.id}/messages`,
    { body: 'nog eens', attachmentIds: [photo.id] },
    { 'idempotency-key': newKey() },
  );
  assert.equal(reused.status, 400);
  assert.equal(reused.body.error.fields[0].path, 'attachmentIds.0');
});
