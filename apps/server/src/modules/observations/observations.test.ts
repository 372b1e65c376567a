import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSecondLocation, staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, type TestClient, useTestSystem } from '../../../test/index.ts';
import { familyClient, newKey } from '../../../test/requests-factories.ts';

const t = useTestSystem({ rateLimits: false });

const FIELDS = [
  { key: 'mood', label: 'Stemming', kind: 'scale', required: true, lowLabel: 'Somber', highLabel: 'Vrolijk' },
  { key: 'plays', label: 'Speelt met anderen', kind: 'yesNo' },
  { key: 'note', label: 'Toelichting', kind: 'longText' },
  { key: 'place', label: 'Favoriete plek', kind: 'choice', options: ['Bouwhoek', 'Leeshoek'] },
];

async function setup(feature = true) {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  await t.ctx.db
    .updateTable('organisations')
    .set({ feature_observations: feature })
    .where('id', '=', o.id)
    .execute();
  const admin = await staffClient(t.app, t.ctx, o, 'organisation_admin');
  const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  const family = await familyClient(t.app, t.ctx, o);
  const child = family.childIds[0] as string;
  const form = await admin.post('/api/v1/observation-forms', { title: 'Welbevinden', fields: FIELDS });
  if (feature) assert.equal(form.status, 201, JSON.stringify(form.body));
  const url = `/api/v1/children/${child}/observations`;
  const fill = (client: TestClient, body: Record<string, unknown> = {}) =>
    client.post(url, {
      formVersionId: form.body.current?.id,
      observedOn: '2026-03-02',
      status: 'final',
      values: { mood: 4, plays: true, note: 'Speelt graag buiten.', place: 'Bouwhoek' },
      ...body,
    });
  const share = (client: TestClient, id: string, shared: boolean) =>
    client.put(`${url}/${id}/sharing`, { shared });
  return { o, admin, groupStaff, family, child, form: form.body, url, fill, share };
}

test('guardians see an observation only while it is shared, in the list and by id', async () => {
  const { groupStaff, family, url, fill, share } = await setup();
  const created = await fill(groupStaff, {});
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  assert.equal(created.body.shared, null);
  assert.deepEqual(created.body.permittedActions, ['observation.write']);

  const hidden = async () => {
    const list = await family.client.get(url);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.observations, []);
    assert.deepEqual(list.body.permittedActions, []);
    assert.equal((await family.client.get(`${url}/${id}`)).status, 404);
    const own = await family.client.get('/api/v1/observations');
    assert.deepEqual(own.body.children[0].observations, []);
  };
  await hidden();

  t.clock.set('2026-03-02T09:00:00Z');
  const shared = await share(groupStaff, id, true);
  assert.equal(shared.status, 200, JSON.stringify(shared.body));
  assert.equal(shared.body.shared.at, '2026-03-02T09:00:00.000Z');
  assert.match(shared.body.shared.byName, /^Medewerker /);
  const list = await family.client.get(url);
  assert.deepEqual(
    list.body.observations.map((o: any) => o.id),
    [id],
  );
  const one = await family.client.get(`${url}/${id}`);
  assert.equal(one.status, 200);
  assert.deepEqual(one.body.values, {
    mood: 4,
    plays: true,
    note: 'Speelt graag buiten.',
    place: 'Bouwhoek',
  });
  assert.equal(one.body.fields.length, 4);
  assert.deepEqual(one.body.permittedActions, []);
  const own = await family.client.get('/api/v1/observations');
  assert.deepEqual(
    own.body.children[0].observations.map((o: any) => o.formTitle),
    ['Welbevinden'],
  );
  // A guardian cannot share or change anything (they see the child: 403).
  assert.equal((await share(family.client, id, false)).status, 403);

  const unshared = await share(groupStaff, id, false);
  assert.equal(unshared.status, 200);
  assert.equal(unshared.body.shared, null);
  await hidden();

  // Sharing and unsharing are in the audit log with the child, as are the guardian's reads.
  const events = await t.ctx.db
    .selectFrom('audit_events')
    .select(['action', 'child_ids'])
    .where('subject_id', '=', id)
    .orderBy('at')
    .execute();
  assert.deepEqual(
    events.map((e) => e.action),
    ['observation.create', 'observation.share', 'observation.unshare'],
  );
});

test('a draft is kept from guardians, cannot be shared, and changes until it is final', async () => {
  const { groupStaff, family, url, fill, share } = await setup();
  const draft = await fill(groupStaff, { status: 'draft', values: { note: 'Eerste indruk' } });
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  const id = draft.body.id;
  const refused = await share(groupStaff, id, true);
  assert.equal(refused.status, 409);
  assert.equal(refused.body.error.code, 'observation.not_final');

  // Final needs the required scale.
  const incomplete = await groupStaff.patch(`${url}/${id}`, { status: 'final' });
  assert.equal(incomplete.status, 400);
  assert.deepEqual(
    incomplete.body.error.fields.map((f: any) => [f.path, f.code]),
    [['values.mood', 'required']],
  );
  const final = await groupStaff.patch(`${url}/${id}`, {
    status: 'final',
    values: { mood: 3, note: 'Later' },
  });
  assert.equal(final.status, 200, JSON.stringify(final.body));
  assert.deepEqual(final.body.values, { mood: 3, note: 'Later' });
  const again = await groupStaff.patch(`${url}/${id}`, { values: { mood: 5 } });
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'observation.final');
  assert.equal((await share(groupStaff, id, true)).status, 200);
  assert.equal((await family.client.get(`${url}/${id}`)).status, 200);
});

test('every value must fit its field; the 400 names each failing field', async () => {
  const { groupStaff, fill } = await setup();
  const res = await fill(groupStaff, {
    values: { mood: 6, plays: 'ja', place: 'Keuken', unknown: 'x' },
  });
  assert.equal(res.status, 400);
  const codes = Object.fromEntries(res.body.error.fields.map((f: any) => [f.path, f.code]));
  assert.equal(codes['values.unknown'], 'unknown_field');
  assert.equal(codes['values.mood'], 'invalid_scale');
  assert.equal(codes['values.plays'], 'invalid_type');
  assert.equal(codes['values.place'], 'invalid_option');
  const scale = await fill(groupStaff, { values: { mood: 2.5 } });
  assert.equal(scale.status, 400);
  assert.equal(scale.body.error.fields[0].path, 'values.mood');
  const long = await fill(groupStaff, { values: { mood: 3, note: 'x'.repeat(5001) } });
  assert.equal(long.status, 400);
  assert.deepEqual(
    long.body.error.fields.map((f: any) => f.path),
    ['values.note'],
  );
});

test('a form definition is checked: distinct keys, distinct options, known kinds', async () => {
  const { admin, groupStaff } = await setup();
  const twice = await admin.post('/api/v1/observation-forms', {
    title: 'Dubbel',
    fields: [
      { key: 'a', label: 'A', kind: 'text' },
      { key: 'a', label: 'B', kind: 'choice', options: ['x', 'x'] },
    ],
  });
  assert.equal(twice.status, 400);
  const paths = twice.body.error.fields.map((f: any) => f.path);
  assert.ok(paths.includes('fields.1.key'), JSON.stringify(paths));
  assert.ok(paths.includes('fields.1.options'), JSON.stringify(paths));
  const kind = await admin.post('/api/v1/observation-forms', {
    title: 'Raar',
    fields: [{ key: 'a', label: 'A', kind: 'photo' }],
  });
  assert.equal(kind.status, 400);
  // Group staff fill forms in; they do not define them.
  const staff = await groupStaff.post('/api/v1/observation-forms', { title: 'X', fields: FIELDS });
  assert.equal(staff.status, 403);
});

test('a new version of the form keeps earlier observations intact; filling the old version answers 409', async () => {
  const { admin, groupStaff, url, fill, form } = await setup();
  const old = await fill(groupStaff);
  assert.equal(old.status, 201);
  const changed = await admin.patch(`/api/v1/observation-forms/${form.id}`, {
    fields: [{ key: 'sleep', label: 'Slaapt goed', kind: 'yesNo', required: true }],
  });
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.equal(changed.body.current.version, 2);
  // Renaming alone is no new version.
  const renamed = await admin.patch(`/api/v1/observation-forms/${form.id}`, { title: 'Welzijn' });
  assert.equal(renamed.body.current.version, 2);

  const stale = await fill(groupStaff);
  assert.equal(stale.status, 409);
  assert.equal(stale.body.error.code, 'observation.form_changed');
  const fresh = await fill(groupStaff, { formVersionId: changed.body.current.id, values: { sleep: false } });
  assert.equal(fresh.status, 201, JSON.stringify(fresh.body));

  const first = await groupStaff.get(`${url}/${old.body.id}`);
  assert.equal(first.body.formVersion, 1);
  assert.deepEqual(
    first.body.fields.map((f: any) => f.key),
    ['mood', 'plays', 'note', 'place'],
  );
  assert.equal(first.body.values.mood, 4);
  assert.equal(first.body.formTitle, 'Welzijn');
  const list = await groupStaff.get(url);
  assert.deepEqual(list.body.observations.map((o: any) => o.formVersion).sort(), [1, 2]);

  // An inactive form is not filled in any more; staff no longer see it in the list, the admin does.
  await admin.patch(`/api/v1/observation-forms/${form.id}`, { active: false });
  const gone = await fill(groupStaff, { formVersionId: changed.body.current.id, values: { sleep: true } });
  assert.equal(gone.status, 404);
  assert.deepEqual((await groupStaff.get('/api/v1/observation-forms')).body.forms, []);
  assert.equal((await admin.get('/api/v1/observation-forms')).body.forms.length, 1);
});

test('staff of another group or location cannot read or write (404); planners may not (403)', async () => {
  const { o, groupStaff, child, url, fill, share } = await setup();
  const created = await fill(groupStaff);
  const id = created.body.id;
  const otherGroup = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[1] });
  const second = await createSecondLocation(t.ctx, o);
  const otherManager = await staffClient(t.app, t.ctx, o, 'location_manager', {
    locationId: second.locationId,
  });
  for (const outsider of [otherGroup, otherManager]) {
    assert.equal((await outsider.get(url)).status, 404);
    assert.equal((await outsider.get(`${url}/${id}`)).status, 404);
    assert.equal((await fill(outsider)).status, 404);
    assert.equal((await share(outsider, id, true)).status, 404);
  }
  // A planner of the location sees the child but not its observations.
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  assert.equal((await planner.get(`/api/v1/children/${child}/file`)).status, 200);
  assert.equal((await planner.get(url)).status, 403);
  assert.equal((await fill(planner)).status, 403);
  // The location's manager reads and writes.
  const manager = await staffClient(t.app, t.ctx, o, 'location_manager', { locationId: o.locationId });
  assert.equal((await manager.get(`${url}/${id}`)).status, 200);
  assert.equal((await share(manager, id, true)).status, 200);
  // Another family never sees the child's observations, shared or not.
  const otherFamily = await familyClient(t.app, t.ctx, o);
  assert.equal((await otherFamily.client.get(`${url}/${id}`)).status, 404);
  // GET /me tells the web who works with observations.
  const me = async (client: TestClient) => (await client.get('/api/v1/me')).body.permittedActions;
  assert.ok((await me(groupStaff)).includes('observation.use'));
  assert.ok(!(await me(planner)).includes('observation.use'));
});

test('where the organisation does not use observations, every route refuses with a code', async () => {
  const { admin, groupStaff, family, url, fill } = await setup(false);
  const expectOff = (res: { status: number; body: any }) => {
    assert.equal(res.status, 403, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'observations.feature_off');
  };
  expectOff(await admin.post('/api/v1/observation-forms', { title: 'Welbevinden', fields: FIELDS }));
  expectOff(await admin.get('/api/v1/observation-forms'));
  expectOff(await groupStaff.get(url));
  expectOff(await fill(groupStaff, { formVersionId: '00000000-0000-4000-8000-000000000000' }));
  expectOff(await family.client.get(url));
  expectOff(await family.client.get('/api/v1/observations'));
  const me = await groupStaff.get('/api/v1/me');
  assert.ok(!me.body.permittedActions.includes('observation.use'), 'the web hides the section');
});

test('a repeated create with the same key makes one observation', async () => {
  const { groupStaff, url, form } = await setup();
  const key = newKey();
  const body = { formVersionId: form.current.id, observedOn: '2026-03-02', status: 'draft', values: {} };
  const a = await groupStaff.post(url, body, { 'idempotency-key': key });
  const b = await groupStaff.post(url, body, { 'idempotency-key': key });
  assert.equal(a.status, 201);
  assert.equal(b.body.id, a.body.id);
  assert.equal((await groupStaff.get(url)).body.observations.length, 1);
});
