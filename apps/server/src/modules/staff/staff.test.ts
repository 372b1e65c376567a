import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createFamily,
  createOrganisation,
  createStaff,
  TEST_PASSWORD,
  TestClient,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { addLocation, signedIn } from '../../../test/organisation-factories.ts';

const t = useTestSystem();

let n = 0;
const newEmail = () => `nieuw-${process.pid}-${++n}@example.nl`;

function person(email: string, roles: unknown[]) {
  return { firstName: 'Sanne', lastName: 'de Vries', email, phone: '06 1234 5678', roles };
}

/** The token of the newest activation mail to `email` in the dev mailbox. */
async function activationToken(email: string): Promise<string | undefined> {
  await t.jobs.drain();
  const box = await new TestClient(t.app).get('/api/v1/dev/mailbox');
  const mail = box.body.mails.find((m: { to: string }) => m.to === email);
  return mail ? /activeren#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] : undefined;
}

async function setup() {
  const o = await createOrganisation(t.ctx);
  const other = await addLocation(t.ctx, o, 'Leiden');
  const adminStaff = await createStaff(t.ctx, o, 'organisation_admin');
  const admin = await signedIn(t.app, adminStaff.email);
  return { o, other, adminStaff, admin };
}

const codes = (res: { body: { error: { fields: { path: string; code: string }[] } } }) =>
  res.body.error.fields.map((f) => [f.path, f.code]);

describe('adding staff', () => {
  test('creates the staff member, its account and the activation mail at once', async () => {
    const { o, admin } = await setup();
    const email = newEmail();
    const res = await admin.post(
      '/api/v1/staff-members',
      person(email.toUpperCase(), [
        { role: 'group_staff', groupId: o.groupIds[0] },
        { role: 'planner', locationId: o.locationId },
      ]),
    );
    assert.equal(res.status, 201);
    assert.equal(res.body.email, email);
    assert.equal(res.body.invitation.status, 'invited');
    assert.deepEqual(
      res.body.roles.map((r: { role: string; locationName: string | null; groupName: string | null }) => [
        r.role,
        r.locationName,
        r.groupName,
      ]),
      [
        ['group_staff', null, 'Groep A'],
        ['planner', 'Locatie', null],
      ],
    );
    const token = await activationToken(email);
    assert.ok(token, 'the activation mail was sent');
    const c = new TestClient(t.app);
    const done = await c.post('/api/v1/auth/activation/complete', {
      token,
      password: 'een eigen wachtwoord',
    });
    assert.equal(done.status, 200);
    assert.equal((await c.get('/api/v1/me')).body.account.kind, 'staff');
    const after = await admin.get(`/api/v1/staff-members/${res.body.id}`);
    assert.equal(after.body.invitation.status, 'active');
    const log = await admin.get(`/api/v1/audit-events?subjectType=staffMember&subjectId=${res.body.id}`);
    const created = log.body.events.find((e: { action: string }) => e.action === 'staffMember.create');
    assert.deepEqual(created.details.fields, ['firstName', 'lastName', 'email', 'phone', 'roles']);
    assert.equal(created.subjectLabel, 'Sanne de Vries');
  });

  test('an address already in use is 409 on email, whatever its case; nothing is left behind', async () => {
    const { o, admin, adminStaff } = await setup();
    const res = await admin.post(
      '/api/v1/staff-members',
      person(adminStaff.email.toUpperCase(), [{ role: 'planner', locationId: o.locationId }]),
    );
    assert.equal(res.status, 409);
    assert.deepEqual(codes(res), [['email', 'taken']]);
    const list = await admin.get('/api/v1/staff-members');
    assert.equal(list.body.staffMembers.length, 1);
  });

  test('a role needs the scope its kind allows; unknown places are named', async () => {
    const { o, admin } = await setup();
    const res = await admin.post(
      '/api/v1/staff-members',
      person(newEmail(), [
        { role: 'group_staff' },
        { role: 'organisation_admin', locationId: o.locationId },
        { role: 'planner', groupId: o.groupIds[0] },
      ]),
    );
    assert.equal(res.status, 400);
    assert.deepEqual(codes(res), [
      ['roles.0.groupId', 'required'],
      ['roles.1.locationId', 'invalid_value'],
      ['roles.2.groupId', 'invalid_value'],
    ]);
    const unknown = await admin.post(
      '/api/v1/staff-members',
      person(newEmail(), [{ role: 'group_staff', groupId: crypto.randomUUID() }]),
    );
    assert.deepEqual(codes(unknown), [['roles.0.groupId', 'unknown_reference']]);
    const none = await admin.post('/api/v1/staff-members', person(newEmail(), []));
    assert.equal(none.body.error.fields[0].path, 'roles');
  });
});

describe('the staff list', () => {
  test('search by name or address, filter by invitation status', async () => {
    const { o, admin } = await setup();
    const invited = await admin.post('/api/v1/staff-members', {
      ...person(newEmail(), [{ role: 'planner', locationId: o.locationId }]),
      lastName: 'Zwart',
    });
    const all = await admin.get('/api/v1/staff-members');
    assert.equal(all.body.staffMembers.length, 2);
    const byName = await admin.get('/api/v1/staff-members?search=zwa');
    assert.deepEqual(
      byName.body.staffMembers.map((s: { id: string }) => s.id),
      [invited.body.id],
    );
    const byStatus = await admin.get('/api/v1/staff-members?status=invited');
    assert.deepEqual(
      byStatus.body.staffMembers.map((s: { id: string }) => s.id),
      [invited.body.id],
    );
    const active = await admin.get('/api/v1/staff-members?status=active');
    assert.equal(active.body.staffMembers.length, 1);
    assert.deepEqual(active.body.staffMembers[0].permittedActions, ['staffMember.manage']);
  });
});

describe('changing staff', () => {
  test('roles are replaced as a whole; removing the last active admin is refused', async () => {
    const { o, admin, adminStaff } = await setup();
    const url = `/api/v1/staff-members/${adminStaff.staffMemberId}`;
    const lonely = await admin.patch(url, { roles: [{ role: 'planner', locationId: o.locationId }] });
    assert.equal(lonely.status, 409);
    assert.deepEqual(codes(lonely), [['roles', 'last_admin']]);
    assert.equal((await admin.get(url)).body.roles[0].role, 'organisation_admin', 'nothing changed');

    const second = await createStaff(t.ctx, o, 'organisation_admin');
    const res = await admin.patch(url, {
      phone: '023 555 55 55',
      roles: [{ role: 'planner', locationId: o.locationId }],
    });
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.roles.map((r: { role: string }) => r.role),
      ['planner'],
    );
    const other = await signedIn(t.app, second.email);
    const log = await other.get(
      `/api/v1/audit-events?subjectType=staffMember&subjectId=${adminStaff.staffMemberId}`,
    );
    assert.deepEqual(log.body.events[0].details.fields, ['phone', 'roles']);
    const back = await other.patch(url, { roles: [{ role: 'organisation_admin' }] });
    assert.equal(back.status, 200);
  });

  test('deactivating disables the account and ends its sessions at once; reactivating lets it in again', async () => {
    const { o, admin, adminStaff } = await setup();
    const planner = await createStaff(t.ctx, o, 'planner', { locationId: o.locationId });
    const session = await signedIn(t.app, planner.email);
    const self = await admin.post(`/api/v1/staff-members/${adminStaff.staffMemberId}/deactivate`);
    assert.equal(self.status, 403);

    const res = await admin.post(`/api/v1/staff-members/${planner.staffMemberId}/deactivate`);
    assert.equal(res.status, 200);
    assert.equal(res.body.active, false);
    assert.equal(res.body.invitation.status, 'deactivated');
    assert.equal((await session.get('/api/v1/me')).status, 401, 'signed out at once');
    const sessions = await t.ctx.db
      .selectFrom('sessions')
      .select('id')
      .where('account_id', '=', planner.accountId)
      .execute();
    assert.equal(sessions.length, 0);
    assert.equal((await new TestClient(t.app).login(planner.email, TEST_PASSWORD)).status, 401);
    const listed = await admin.get('/api/v1/staff-members?status=deactivated');
    assert.deepEqual(
      listed.body.staffMembers.map((s: { id: string }) => s.id),
      [planner.staffMemberId],
    );

    const back = await admin.post(`/api/v1/staff-members/${planner.staffMemberId}/reactivate`);
    assert.equal(back.status, 200);
    assert.equal(back.body.invitation.status, 'active');
    assert.equal((await new TestClient(t.app).login(planner.email, TEST_PASSWORD)).status, 200);
    const log = await admin.get(`/api/v1/audit-events?subjectId=${planner.staffMemberId}`);
    assert.deepEqual(
      log.body.events.map((e: { action: string }) => e.action),
      ['staffMember.reactivate', 'staffMember.deactivate'],
    );
  });

  test('a new invitation replaces the old link; not for an active or deactivated account', async () => {
    const { admin, adminStaff } = await setup();
    const email = newEmail();
    const created = await admin.post('/api/v1/staff-members', person(email, [{ role: 'planner' }]));
    const first = await activationToken(email);
    t.clock.advance({ minutes: 5 });
    const again = await admin.post(`/api/v1/staff-members/${created.body.id}/invitation`);
    assert.equal(again.status, 200);
    assert.equal(again.body.invitation.status, 'invited');
    const old = await new TestClient(t.app).post('/api/v1/auth/activation/inspect', { token: first });
    assert.equal(old.body.error.code, 'auth.token_expired', 'the first link no longer works');
    const active = await admin.post(`/api/v1/staff-members/${adminStaff.staffMemberId}/invitation`);
    assert.equal(active.status, 409);
    await admin.post(`/api/v1/staff-members/${created.body.id}/deactivate`);
    assert.equal((await admin.post(`/api/v1/staff-members/${created.body.id}/invitation`)).status, 409);
  });
});

describe('location managers and other roles', () => {
  async function managerOf(o: TestOrganisation) {
    const m = await createStaff(t.ctx, o, 'location_manager', { locationId: o.locationId });
    return { m, c: await signedIn(t.app, m.email) };
  }

  test('a location manager adds and manages staff of their own locations only', async () => {
    const { o, other } = await setup();
    const { c } = await managerOf(o);
    const ok = await c.post(
      '/api/v1/staff-members',
      person(newEmail(), [{ role: 'group_staff', groupId: o.groupIds[1] }]),
    );
    assert.equal(ok.status, 201);
    for (const roles of [
      [{ role: 'planner' }],
      [{ role: 'organisation_admin' }],
      [
        { role: 'group_staff', groupId: o.groupIds[0] },
        { role: 'group_staff', groupId: other.groupId },
      ],
    ]) {
      const res = await c.post('/api/v1/staff-members', person(newEmail(), roles));
      assert.equal(res.status, 403, JSON.stringify(roles));
      assert.equal(res.body.error.fields.at(-1).code, 'not_allowed');
    }
    const theirs = await createStaff(t.ctx, o, 'group_staff', { groupId: other.groupId });
    const both = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    await t.ctx.db
      .insertInto('staff_roles')
      .values({
        organisation_id: o.id,
        staff_member_id: both.staffMemberId,
        role: 'planner',
        location_id: other.locationId,
      })
      .execute();
    const list = await c.get('/api/v1/staff-members');
    const seen = new Map(
      list.body.staffMembers.map((s: { id: string; permittedActions: string[] }) => [
        s.id,
        s.permittedActions,
      ]),
    );
    assert.ok(!seen.has(theirs.staffMemberId), 'staff of another location are not listed');
    assert.deepEqual(seen.get(both.staffMemberId), [], 'staff also elsewhere are visible, not manageable');
    assert.deepEqual(seen.get(ok.body.id), ['staffMember.manage']);
    assert.equal((await c.get(`/api/v1/staff-members/${theirs.staffMemberId}`)).status, 404);
    assert.equal(
      (await c.patch(`/api/v1/staff-members/${theirs.staffMemberId}`, { phone: '1' })).status,
      404,
    );
    assert.equal((await c.patch(`/api/v1/staff-members/${both.staffMemberId}`, { phone: '1' })).status, 403);
    assert.equal((await c.post(`/api/v1/staff-members/${both.staffMemberId}/deactivate`)).status, 403);
    const move = await c.patch(`/api/v1/staff-members/${ok.body.id}`, {
      roles: [{ role: 'group_staff', groupId: other.groupId }],
    });
    assert.equal(move.status, 403);
    assert.deepEqual(codes(move), [['roles.0', 'not_allowed']]);
  });

  test('planners read the staff of their location; group staff and guardians cannot list staff', async () => {
    const { o } = await setup();
    const planner = await signedIn(
      t.app,
      (await createStaff(t.ctx, o, 'planner', { locationId: o.locationId })).email,
    );
    const colleague = await createStaff(t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    const list = await planner.get('/api/v1/staff-members');
    assert.equal(list.status, 200);
    const ids = list.body.staffMembers.map((s: { id: string }) => s.id);
    assert.ok(ids.includes(colleague.staffMemberId));
    assert.ok(
      list.body.staffMembers.every((s: { permittedActions: string[] }) => s.permittedActions.length === 0),
    );
    assert.equal(
      (await planner.post('/api/v1/staff-members', person(newEmail(), [{ role: 'planner' }]))).status,
      403,
    );
    assert.equal(
      (await planner.patch(`/api/v1/staff-members/${colleague.staffMemberId}`, { phone: '1' })).status,
      403,
    );

    const groupStaff = await signedIn(t.app, colleague.email);
    assert.equal((await groupStaff.get('/api/v1/staff-members')).status, 403);
    const parent = await signedIn(t.app, (await createFamily(t.ctx, o)).email);
    assert.equal((await parent.get('/api/v1/staff-members')).status, 403);
    assert.equal((await parent.get(`/api/v1/staff-members/${colleague.staffMemberId}`)).status, 404);
    assert.equal(
      (await parent.post(`/api/v1/staff-members/${colleague.staffMemberId}/deactivate`)).status,
      404,
    );
  });
});
