import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createSecondLocation, staffClient } from '../../../test/families-factories.ts';
import {
  createFamily,
  createOrganisation,
  DEFAULT_NOW,
  TEST_PASSWORD,
  TestClient,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { familyClient } from '../../../test/requests-factories.ts';
import * as families from '../families/families.queries.ts';

const t = useTestSystem({ rateLimits: false });

const medicine = {
  title: 'Medicijngebruik',
  description: 'Vul in welk medicijn uw kind gebruikt.',
  fields: [
    { type: 'text', label: 'Naam medicijn', required: true },
    { type: 'longText', label: 'Tijden', required: false },
    { type: 'yesNo', label: 'Toestemming om toe te dienen', required: true },
    { type: 'date', label: 'Tot en met', required: false },
    { type: 'choice', label: 'Vorm', required: false, options: ['Drank', 'Tablet'] },
  ],
};

/** A guardian of `childId` with an account of their own, signed in. */
async function coGuardian(o: TestOrganisation, childId: string, parentalAuthority: boolean) {
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
  const admin = await staffClient(t.app, t.ctx, o, 'organisation_admin');
  const mum = await familyClient(t.app, t.ctx, o);
  const child = mum.childIds[0] as string;
  const created = await admin.post('/api/v1/declaration-forms', medicine);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const form = created.body;
  const ids = Object.fromEntries(form.current.fields.map((f: any) => [f.label, f.id]));
  const valid = {
    [ids['Naam medicijn']]: 'Paracetamol',
    [ids['Toestemming om toe te dienen']]: true,
    [ids['Tot en met']]: '2026-03-01',
    [ids.Vorm]: 'Drank',
  };
  const sign = (client: TestClient, values: Record<string, unknown> = valid, versionId = form.current.id) =>
    client.post(`/api/v1/children/${child}/declarations/${form.id}`, {
      versionId,
      values,
      signedName: 'Sanne de Vries',
    });
  const declarationsOf = async (client: TestClient = mum.client) => {
    const res = await client.get(`/api/v1/children/${child}/declarations`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  };
  return { o, admin, mum, child, form, ids, valid, sign, declarationsOf };
}

test('an admin defines a form; a guardian signs it with name and moment; staff of the child see it', async () => {
  const { o, mum, form, sign, declarationsOf, valid } = await setup();
  assert.equal(form.current.version, 1);
  assert.deepEqual(form.current.fields[4].options, ['Drank', 'Tablet']);
  assert.deepEqual(form.current.fields[0].options, [], 'only a choice keeps options');

  const before = await declarationsOf();
  assert.equal(before.canSign, true);
  assert.equal(before.forms[0].current, null);

  const signed = await sign(mum.client);
  assert.equal(signed.status, 201, JSON.stringify(signed.body));
  const current = signed.body.forms[0].current;
  assert.equal(current.signedName, 'Sanne de Vries');
  assert.equal(Date.parse(current.signedAt), Date.parse(DEFAULT_NOW));
  assert.equal(current.guardianId, mum.guardianId);
  assert.deepEqual(current.values, valid);
  assert.equal(signed.body.forms[0].outdated, false);

  const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  const seen = await declarationsOf(groupStaff);
  assert.equal(seen.canSign, false);
  assert.equal(seen.forms[0].current.signedName, 'Sanne de Vries');
  assert.equal((await groupStaff.post('/api/v1/declaration-forms', medicine)).status, 403);
});

test('versions: an edited form is a new version; the old declaration keeps v1 and asks to be signed again', async () => {
  const { admin, mum, form, ids, sign, declarationsOf } = await setup();
  assert.equal((await sign(mum.client)).status, 201);

  // The label changes, "Tijden" goes, a new field comes.
  const edited = {
    ...medicine,
    fields: [
      { id: ids['Naam medicijn'], type: 'text', label: 'Naam en sterkte medicijn', required: true },
      { id: ids['Toestemming om toe te dienen'], type: 'yesNo', label: 'Toestemming', required: true },
      { type: 'text', label: 'Dosering', required: true },
    ],
  };
  const v2 = await admin.post(`/api/v1/declaration-forms/${form.id}/versions`, edited);
  assert.equal(v2.status, 201, JSON.stringify(v2.body));
  assert.equal(v2.body.current.version, 2);
  assert.equal(v2.body.current.fields[0].id, ids['Naam medicijn'], 'a kept field keeps its id');
  // Sending it unchanged makes no third version.
  const same = await admin.post(`/api/v1/declaration-forms/${form.id}/versions`, {
    ...edited,
    fields: v2.body.current.fields,
  });
  assert.equal(same.body.current.version, 2);

  const after = await declarationsOf();
  const entry = after.forms[0];
  assert.equal(entry.form.current.version, 2);
  assert.equal(entry.outdated, true, 'the parent is asked to sign again');
  assert.equal(entry.current.version.version, 1);
  assert.deepEqual(
    entry.current.version.fields.map((f: any) => f.label),
    medicine.fields.map((f) => f.label),
    'the old declaration shows the fields it was signed on',
  );
  assert.equal(entry.current.values[ids['Naam medicijn']], 'Paracetamol');

  // Signing on the old version now is refused: the form changed.
  const stale = await sign(mum.client);
  assert.equal(stale.status, 409);
  assert.equal(stale.body.error.code, 'declaration.form_changed');

  const dosage = v2.body.current.fields[2].id;
  const resigned = await sign(
    mum.client,
    {
      [ids['Naam medicijn']]: 'Paracetamol 120 mg',
      [ids['Toestemming om toe te dienen']]: true,
      [dosage]: '5 ml',
    },
    v2.body.current.id,
  );
  assert.equal(resigned.status, 201, JSON.stringify(resigned.body));
  assert.equal(resigned.body.forms[0].outdated, false);
  assert.equal(resigned.body.forms[0].current.version.version, 2);
  assert.deepEqual(
    resigned.body.history.map((d: any) => d.version.version),
    [2, 1],
    'the history keeps the older declaration',
  );
});

test('values are checked against the version: 400 per failing field values.<fieldId>', async () => {
  const { mum, ids, sign, valid } = await setup();
  const name = ids['Naam medicijn'];
  const consent = ids['Toestemming om toe te dienen'];
  const res = await sign(mum.client, {
    [name]: '  ',
    [consent]: 'ja',
    [ids['Tot en met']]: '2026-02-30',
    [ids.Vorm]: 'Zetpil',
    stranger: 'x',
  });
  assert.equal(res.status, 400, JSON.stringify(res.body));
  const byPath = Object.fromEntries(res.body.error.fields.map((f: any) => [f.path, f.code]));
  assert.deepEqual(byPath, {
    [`values.${name}`]: 'required',
    [`values.${consent}`]: 'invalid_type',
    [`values.${ids['Tot en met']}`]: 'invalid_date',
    [`values.${ids.Vorm}`]: 'invalid_choice',
    'values.stranger': 'unknown_field',
  });
  // No (false) is an answer too; an empty optional value is left out.
  const ok = await sign(mum.client, { ...valid, [consent]: false, [ids.Tijden]: '' });
  assert.equal(ok.status, 201, JSON.stringify(ok.body));
  assert.equal(ok.body.forms[0].current.values[consent], false);
  assert.equal(ids.Tijden in ok.body.forms[0].current.values, false);
  // A form without fields, or a choice without options, is refused with the field named.
  const bad = await setup();
  const noOptions = await bad.admin.post('/api/v1/declaration-forms', {
    title: 'X',
    fields: [{ type: 'choice', label: 'Kies', required: true, options: ['een'] }],
  });
  assert.equal(noOptions.status, 400);
  assert.equal(noOptions.body.error.fields[0].path, 'fields.0.options');
});

test('only a guardian of the child with parental authority signs: 403 without authority, 404 for others', async () => {
  const { o, child, sign, declarationsOf } = await setup();
  const noAuthority = await coGuardian(o, child, false);
  assert.equal((await declarationsOf(noAuthority.client)).canSign, false);
  assert.equal((await sign(noAuthority.client)).status, 403);

  const stranger = await familyClient(t.app, t.ctx, o);
  assert.equal((await stranger.client.get(`/api/v1/children/${child}/declarations`)).status, 404);
  assert.equal((await sign(stranger.client)).status, 404);

  const other = await createSecondLocation(t.ctx, o);
  const farStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: other.groupId });
  assert.equal((await farStaff.get(`/api/v1/children/${child}/declarations`)).status, 404);
  // Staff never sign for a family.
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  assert.equal((await sign(planner)).status, 403);

  const withAuthority = await coGuardian(o, child, true);
  const res = await sign(withAuthority.client);
  assert.equal(res.status, 201);
  assert.equal(res.body.forms[0].current.guardianId, withAuthority.guardianId);
});

test('a retired form is no longer asked; staff still see what was signed on it', async () => {
  const { o, admin, mum, form, sign, declarationsOf } = await setup();
  assert.equal((await sign(mum.client)).status, 201);
  const retired = await admin.patch(`/api/v1/declaration-forms/${form.id}`, { active: false });
  assert.equal(retired.status, 200);
  assert.equal(retired.body.active, false);
  assert.equal((await declarationsOf()).forms.length, 0);
  assert.equal((await sign(mum.client)).status, 404);
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  assert.equal((await declarationsOf(planner)).forms.length, 1);
  assert.equal((await planner.get('/api/v1/declaration-forms')).body.forms.length, 0);
  assert.equal((await admin.get('/api/v1/declaration-forms')).body.forms.length, 1);
});

test('signed declarations and published versions are never changed (in SQL), and reads and signatures are audited', async () => {
  const { o, mum, sign, child, declarationsOf } = await setup();
  assert.equal((await sign(mum.client)).status, 201);
  await declarationsOf();
  await assert.rejects(
    sql`UPDATE declarations SET signed_name = 'Iemand anders' WHERE organisation_id = ${o.id}`.execute(
      t.ctx.db,
    ),
    /never changed/,
  );
  await assert.rejects(
    sql`UPDATE declaration_form_versions SET title = 'Anders' WHERE organisation_id = ${o.id}`.execute(
      t.ctx.db,
    ),
    /never changed/,
  );
  const audit = await t.ctx.db
    .selectFrom('audit_events')
    .select(['action', 'details'])
    .where('organisation_id', '=', o.id)
    .where(sql<boolean>`${child} = ANY(child_ids)`)
    .execute();
  const actions = audit.map((a) => a.action);
  assert.ok(actions.includes('declaration.sign'));
  assert.ok(audit.some((a) => a.action === 'child.read' && (a.details as any).view === 'declarations'));
});
