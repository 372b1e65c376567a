import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { staffClient } from '../../../test/families-factories.ts';
import {
  createFamily,
  createOrganisation,
  DEFAULT_NOW,
  TEST_PASSWORD,
  TestClient,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { familyClient, newKey } from '../../../test/requests-factories.ts';
import * as families from '../families/families.queries.ts';
import { consentGranted } from './consent-granted.queries.ts';

const t = useTestSystem({ rateLimits: false });

/** A second guardian with an account of their own, linked to `childId`, signed in. */
async function secondGuardian(o: TestOrganisation, childId: string, parentalAuthority = true) {
  const g = await createFamily(t.ctx, o, { children: 0 });
  await families.insertGuardianChild(t.ctx.db, o.id, {
    guardianId: g.guardianId,
    childId,
    parentalAuthority,
  });
  const client = new TestClient(t.app);
  assert.equal((await client.login(g.email, TEST_PASSWORD)).status, 200);
  return { ...g, client };
}

async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const mum = await familyClient(t.app, t.ctx, o);
  const child = mum.childIds[0] as string;
  const dad = await secondGuardian(o, child);
  const consentsOf = async (client: TestClient = mum.client) => {
    const res = await client.get(`/api/v1/children/${child}/consents`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  };
  const first = await consentsOf();
  const item = (key: string) => first.items.find((i: any) => i.item.key === key).item;
  const other = item('photos_other_families');
  const answer = (client: TestClient, granted: boolean, it = other, textId: string = it.text.id) =>
    client.put(`/api/v1/children/${child}/consents/${it.id}`, { granted, textId });
  /** Whether the child has the built-in consent, as the timeline's SQL rule decides. */
  const sqlGranted = async (key: 'photos_own_family' | 'photos_other_families') => {
    const row = await sql<{ ok: boolean }>`SELECT ${consentGranted(o.id, child, key)} AS ok`.execute(
      t.ctx.db,
    );
    return row.rows[0]?.ok;
  };
  return { o, mum, dad, child, consentsOf, item, other, own: item('photos_own_family'), answer, sqlGranted };
}

test('a new organisation has the two built-in items, active, with a first text', async () => {
  const { mum, consentsOf } = await setup();
  const res = await mum.client.get('/api/v1/consent-items');
  assert.equal(res.status, 200);
  assert.deepEqual(
    res.body.items.map((i: any) => [i.key, i.active, i.text.version]),
    [
      ['photos_own_family', true, 1],
      ['photos_other_families', true, 1],
    ],
  );
  const consents = await consentsOf();
  assert.equal(consents.items.length, 2);
  assert.ok(consents.items.every((i: any) => !i.granted && i.canAnswer));
  assert.ok(
    consents.items.every((i: any) => i.guardians.length === 2 && i.guardians.every((g: any) => !g.answer)),
  );
  // The asking guardian finds their own record among the guardians.
  assert.deepEqual(
    consents.items[0].guardians.map((g: any) => [g.guardianId === mum.guardianId, g.you]),
    [
      [true, true],
      [false, false],
    ],
  );
});

test('a child has a consent only when every guardian with parental authority granted it', async () => {
  const { mum, dad, answer, consentsOf, sqlGranted } = await setup();
  const granted = async () =>
    (await consentsOf()).items.find((i: any) => i.item.key === 'photos_other_families');

  let res = await answer(mum.client, true);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  let state = await granted();
  assert.equal(state.granted, false);
  assert.deepEqual(
    state.guardians.map((g: any) => g.answer?.granted ?? null),
    [true, null],
  );
  assert.equal(await sqlGranted('photos_other_families'), false);

  res = await answer(dad.client, true);
  assert.equal(res.status, 200);
  state = await granted();
  assert.equal(state.granted, true);
  assert.equal(await sqlGranted('photos_other_families'), true);
  // The other built-in item was not answered.
  assert.equal(await sqlGranted('photos_own_family'), false);

  // One withdraws: the child no longer has the consent.
  res = await answer(dad.client, false);
  assert.equal(res.status, 200);
  state = res.body.items.find((i: any) => i.item.key === 'photos_other_families');
  assert.equal(state.granted, false);
  assert.equal(await sqlGranted('photos_other_families'), false);
});

test('a guardian without parental authority does not count, reads the answers, and cannot answer (403)', async () => {
  const { o, mum, child, answer, consentsOf, sqlGranted } = await setup();
  const stepParent = await secondGuardian(o, child, false);
  const view = await consentsOf(stepParent.client);
  assert.ok(view.items.every((i: any) => !i.canAnswer));
  assert.equal(view.items[0].guardians.length, 2);
  const res = await answer(stepParent.client, true);
  assert.equal(res.status, 403);
  // Noortje's mother alone is not enough while the father has authority too; without his authority she is.
  assert.equal((await answer(mum.client, true)).status, 200);
  assert.equal(await sqlGranted('photos_other_families'), false);
  await sql`UPDATE guardian_children SET parental_authority = false
    WHERE child_id = ${child} AND guardian_id <> ${mum.guardianId}`.execute(t.ctx.db);
  assert.equal(await sqlGranted('photos_other_families'), true);
  assert.equal(
    (await consentsOf()).items.find((i: any) => i.item.key === 'photos_other_families').granted,
    true,
  );
});

test('every answer is kept with who, when and which text, newest first; the same answer is recorded again', async () => {
  const { mum, dad, answer, consentsOf, other } = await setup();
  await answer(mum.client, true);
  t.clock.set('2026-03-02T09:00:00Z');
  await answer(dad.client, false);
  t.clock.set('2026-03-03T10:00:00Z');
  await answer(mum.client, true);
  const { history, items } = await consentsOf();
  assert.deepEqual(
    history.map((a: any) => [a.guardianId, a.granted, a.answeredAt, a.textVersion, a.consentItemId]),
    [
      [mum.guardianId, true, '2026-03-03T10:00:00.000Z', 1, other.id],
      [dad.guardianId, false, '2026-03-02T09:00:00.000Z', 1, other.id],
      [mum.guardianId, true, '2026-03-02T08:00:00.000Z', 1, other.id],
    ],
  );
  assert.match(history[0].guardianName, /^Ouder /);
  assert.equal(history[0].answeredByName, history[0].guardianName);
  const mine = items.find((i: any) => i.item.id === other.id).guardians[0];
  assert.equal(mine.answer.id, history[0].id);
  const audit = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events
    WHERE action = 'consent.answer' AND subject_id = ${other.id}`.execute(t.ctx.db);
  assert.equal(audit.rows[0]?.n, 3);
});

test('an answer to an older text is refused with consent.text_changed; earlier answers show as outdated', async () => {
  const { o, mum, answer, other, consentsOf } = await setup();
  await answer(mum.client, true);
  const admin = await staffClient(t.app, t.ctx, o, 'organisation_admin');
  const published = await admin.post(`/api/v1/consent-items/${other.id}/texts`, {
    body: 'Een nieuwe tekst.',
  });
  assert.equal(published.status, 201, JSON.stringify(published.body));
  assert.equal(published.body.text.version, 2);
  const stale = await answer(mum.client, false);
  assert.equal(stale.status, 409);
  assert.equal(stale.body.error.code, 'consent.text_changed');
  let state = (await consentsOf()).items.find((i: any) => i.item.id === other.id);
  assert.equal(state.item.text.body, 'Een nieuwe tekst.');
  assert.deepEqual(
    state.guardians.map((g: any) => [g.answer?.granted ?? null, g.outdated]),
    [
      [true, true],
      [null, false],
    ],
  );
  // The answer to the new text counts; its version is kept with it.
  assert.equal((await answer(mum.client, false, other, published.body.text.id)).status, 200);
  state = (await consentsOf()).items.find((i: any) => i.item.id === other.id);
  assert.deepEqual([state.guardians[0].answer.textVersion, state.guardians[0].outdated], [2, false]);
});

test('answers are never updated: the database refuses an UPDATE', async () => {
  const { mum, answer } = await setup();
  await answer(mum.client, true);
  await assert.rejects(
    sql`UPDATE consent_answers SET granted = false WHERE guardian_id = ${mum.guardianId}`.execute(t.ctx.db),
    /never changed/,
  );
});

test('authorization: another family 404, staff of the child read but cannot answer, others 404', async () => {
  const { o, child, other, consentsOf } = await setup();
  const stranger = await familyClient(t.app, t.ctx, o);
  assert.equal((await stranger.client.get(`/api/v1/children/${child}/consents`)).status, 404);
  const put = (client: TestClient) =>
    client.put(`/api/v1/children/${child}/consents/${other.id}`, { granted: true, textId: other.text.id });
  assert.equal((await put(stranger.client)).status, 404);

  const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  const view = await consentsOf(groupStaff);
  assert.ok(view.items.every((i: any) => !i.canAnswer));
  assert.equal((await put(groupStaff)).status, 403);
  const admin = await staffClient(t.app, t.ctx, o, 'organisation_admin');
  assert.equal((await put(admin)).status, 403);
  const otherGroup = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[1] });
  assert.equal((await otherGroup.get(`/api/v1/children/${child}/consents`)).status, 404);

  // Another organisation sees neither the child nor the item.
  const o2 = await createOrganisation(t.ctx);
  const admin2 = await staffClient(t.app, t.ctx, o2, 'organisation_admin');
  assert.equal((await admin2.get(`/api/v1/children/${child}/consents`)).status, 404);
  assert.equal((await admin2.patch(`/api/v1/consent-items/${other.id}`, { title: 'X' })).status, 404);
});

test('only organisation admins manage items; built-in items cannot be made inactive', async () => {
  const { o, mum, child, other, consentsOf } = await setup();
  const planner = await staffClient(t.app, t.ctx, o, 'planner');
  const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  const admin = await staffClient(t.app, t.ctx, o, 'organisation_admin');
  const body = { title: 'Uitstapjes', body: 'Mijn kind mag mee op uitstapjes buiten de opvang.' };
  for (const client of [planner, groupStaff, mum.client]) {
    assert.equal((await client.post('/api/v1/consent-items', body)).status, 403);
    assert.equal((await client.patch(`/api/v1/consent-items/${other.id}`, { title: 'X' })).status, 403);
    assert.equal((await client.post(`/api/v1/consent-items/${other.id}/texts`, { body: 'X' })).status, 403);
  }
  const key = newKey();
  const created = await admin.post('/api/v1/consent-items', body, { 'idempotency-key': key });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.deepEqual(
    [
      created.body.key,
      created.body.title,
      created.body.active,
      created.body.position,
      created.body.text.version,
    ],
    [null, 'Uitstapjes', true, 3, 1],
  );
  const again = await admin.post('/api/v1/consent-items', body, { 'idempotency-key': key });
  assert.equal(again.body.id, created.body.id);
  // Staff and guardians see it; the guardian answers it.
  const listed = await groupStaff.get('/api/v1/consent-items');
  assert.deepEqual(
    listed.body.items.map((i: any) => i.title),
    [
      "Foto's van mijn kind voor ons gezin",
      "Foto's van mijn kind ook voor andere gezinnen van de groep",
      'Uitstapjes',
    ],
  );
  const ok = await mum.client.put(`/api/v1/children/${child}/consents/${created.body.id}`, {
    granted: true,
    textId: created.body.text.id,
  });
  assert.equal(ok.status, 200);

  const builtin = await admin.patch(`/api/v1/consent-items/${other.id}`, { active: false });
  assert.equal(builtin.status, 400);
  assert.equal(builtin.body.error.fields[0].path, 'active');
  const renamed = await admin.patch(`/api/v1/consent-items/${other.id}`, {
    title: 'Groepsfoto’s',
    position: 5,
  });
  assert.equal(renamed.status, 200);
  assert.deepEqual(
    [renamed.body.title, renamed.body.active, renamed.body.position],
    ['Groepsfoto’s', true, 5],
  );

  // An inactive item is no longer asked: parents do not see it; staff still see its answers; admins see it.
  const off = await admin.patch(`/api/v1/consent-items/${created.body.id}`, { active: false });
  assert.equal(off.status, 200);
  assert.equal(off.body.active, false);
  assert.equal((await mum.client.get('/api/v1/consent-items')).body.items.length, 2);
  assert.equal((await admin.get('/api/v1/consent-items')).body.items.length, 3);
  assert.equal((await consentsOf()).items.length, 2);
  const staffView = await consentsOf(groupStaff);
  assert.equal(staffView.items.length, 3);
  assert.equal(
    staffView.items.find((i: any) => i.item.id === created.body.id).guardians[0].answer.granted,
    true,
  );
  const stale = await mum.client.put(`/api/v1/children/${child}/consents/${created.body.id}`, {
    granted: false,
    textId: created.body.text.id,
  });
  assert.equal(stale.status, 404);
  const audit = await sql<{ action: string }>`SELECT action FROM audit_events
    WHERE subject_id = ${created.body.id} ORDER BY seq`.execute(t.ctx.db);
  assert.deepEqual(
    audit.rows.map((r) => r.action),
    ['consentItem.create', 'consent.answer', 'consentItem.deactivate'],
  );
});
