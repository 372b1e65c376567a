import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSecondLocation, staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, type TestClient, useTestSystem } from '../../../test/index.ts';
import { familyClient } from '../../../test/requests-factories.ts';

const t = useTestSystem({ rateLimits: false });

async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const mum = await familyClient(t.app, t.ctx, o);
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  const own = async () => {
    const res = await mum.client.get('/api/v1/me/guardian');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  };
  const requestsOf = async (client: TestClient = planner) => {
    const res = await client.get(`/api/v1/guardians/${mum.guardianId}/change-requests`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  };
  const decide = (requestId: string, approve: boolean, client: TestClient = planner) =>
    client.post(`/api/v1/guardians/${mum.guardianId}/change-requests/${requestId}/decision`, { approve });
  return { o, mum, planner, own, requestsOf, decide };
}

test('the phone number changes at once and is audited; the e-mail address cannot be changed here', async () => {
  const { o, mum, own } = await setup();
  const before = await own();
  const res = await mum.client.patch('/api/v1/me/guardian', { phone: '06 12345678', email: 'x@example.nl' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.data.phone, '06 12345678');
  assert.equal(res.body.data.email, before.data.email, 'the sign-in address stays');
  assert.deepEqual(res.body.pending, []);
  assert.equal((await own()).data.phone, '06 12345678');
  const audit = await t.ctx.db
    .selectFrom('audit_events')
    .select('details')
    .where('organisation_id', '=', o.id)
    .where('action', '=', 'guardian.update')
    .where('subject_id', '=', mum.guardianId)
    .executeTakeFirstOrThrow();
  assert.deepEqual((audit.details as any).changes.phone, { from: '', to: '06 12345678' });
  assert.equal((await mum.client.patch('/api/v1/me/guardian', { phone: 'x'.repeat(31) })).status, 400);
});

test('a new name waits for approval; approving applies it, and staff see who decided', async () => {
  const { mum, own, requestsOf, decide } = await setup();
  const before = await own();
  const res = await mum.client.patch('/api/v1/me/guardian', { lastName: 'Jansen' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.data.lastName, before.data.lastName, 'the name is unchanged until approved');
  assert.equal(res.body.pending.length, 1);
  const pending = res.body.pending[0];
  assert.equal(pending.kind, 'name');
  assert.deepEqual(pending.requested, { firstName: before.data.firstName, lastName: 'Jansen' });
  assert.equal(pending.status, 'pending');

  const list = await requestsOf();
  assert.equal(list.canDecide, true);
  assert.deepEqual(
    list.requests.map((r: any) => [r.id, r.status]),
    [[pending.id, 'pending']],
  );
  const approved = await decide(pending.id, true);
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  assert.equal(approved.body.requests[0].status, 'approved');
  assert.match(approved.body.requests[0].decidedByName, /^Medewerker /);

  const after = await own();
  assert.equal(after.data.lastName, 'Jansen');
  assert.deepEqual(after.pending, []);
  // Deciding twice is refused.
  const again = await decide(pending.id, false);
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'guardianChange.decided');
});

test('a rejected address change leaves the data unchanged; a newer request replaces an open one', async () => {
  const { mum, own, requestsOf, decide } = await setup();
  const first = await mum.client.patch('/api/v1/me/guardian', { street: 'Kerkstraat', houseNumber: '1' });
  const second = await mum.client.patch('/api/v1/me/guardian', {
    street: 'Dorpsstraat',
    houseNumber: '2',
    postcode: '2011 AB',
    city: 'Haarlem',
  });
  assert.equal(second.body.pending.length, 1);
  assert.equal(second.body.pending[0].requested.street, 'Dorpsstraat');
  assert.notEqual(second.body.pending[0].id, first.body.pending[0].id);
  const statuses = (await requestsOf()).requests.map((r: any) => r.status);
  assert.deepEqual(statuses, ['pending', 'superseded']);

  const rejected = await decide(second.body.pending[0].id, false);
  assert.equal(rejected.status, 200);
  const after = await own();
  assert.equal(after.data.street, '');
  assert.equal(after.data.city, '');
  assert.deepEqual(after.pending, []);
  // Asking for what is already there makes no request.
  const same = await mum.client.patch('/api/v1/me/guardian', { city: '' });
  assert.deepEqual(same.body.pending, []);
});

test('only planners, managers and admins of the children decide; other guardians and far staff see nothing', async () => {
  const { o, mum, requestsOf, decide } = await setup();
  const res = await mum.client.patch('/api/v1/me/guardian', { firstName: 'Anna' });
  const requestId = res.body.pending[0].id;
  const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  assert.equal((await requestsOf(groupStaff)).canDecide, false);
  assert.equal((await decide(requestId, true, groupStaff)).status, 403);
  const other = await createSecondLocation(t.ctx, o);
  const farPlanner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: other.locationId });
  assert.equal((await farPlanner.get(`/api/v1/guardians/${mum.guardianId}/change-requests`)).status, 404);
  assert.equal((await decide(requestId, true, farPlanner)).status, 404);
  const stranger = await familyClient(t.app, t.ctx, o);
  assert.equal((await decide(requestId, true, stranger.client)).status, 404);
  // A guardian never approves their own change.
  assert.equal((await decide(requestId, true, mum.client)).status, 403);
  assert.deepEqual(
    (await requestsOf()).requests.map((r: any) => r.status),
    ['pending'],
    'nothing above decided it',
  );
});

test('the child page: mentor, and current and upcoming placements with group, type and care products', async () => {
  const { o, mum } = await setup();
  const child = mum.childIds[0] as string;
  const empty = await mum.client.get(`/api/v1/children/${child}/details`);
  assert.equal(empty.status, 200, JSON.stringify(empty.body));
  assert.equal(empty.body.mentorName, null);
  assert.deepEqual(
    empty.body.placements.map((p: any) => [p.groupName, p.locationName, p.placementType, p.careProducts]),
    [['Groep A', 'Locatie', 'Flexibel', ['Hele dag']]],
  );
  const mentor = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
  await t.ctx.db
    .updateTable('children')
    .set({ mentor_staff_member_id: mentor.staffMemberId })
    .where('id', '=', child)
    .execute();
  const withMentor = await mum.client.get(`/api/v1/children/${child}/details`);
  assert.match(withMentor.body.mentorName, /^Medewerker /);
  const stranger = await familyClient(t.app, t.ctx, o);
  assert.equal((await stranger.client.get(`/api/v1/children/${child}/details`)).status, 404);
});
