import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import type { TestClient } from '../../../test/client.ts';
import { createSecondLocation, staffClient } from '../../../test/families-factories.ts';
import { createOrganisation, DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import { familyClient } from '../../../test/requests-factories.ts';
import { uploadPhoto } from '../../../test/timeline-factories.ts';
import { signMediaUrl } from '../../media/signing.ts';
import * as families from '../families/families.queries.ts';
import { sweepMedia } from '../media/media.jobs.ts';
import { fetchFile } from '../media/media-test-helpers.ts';
import { insertStaffRole } from '../organisation/organisation.queries.ts';

const t = useTestSystem({ rateLimits: false });

/**
 * An organisation with two locations: a family in group A (first location) and one in group C (second location),
 * group staff of A, B and C, an admin and a planner of the first location, each signed in.
 */
async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const [groupA, groupB] = o.groupIds;
  const second = await createSecondLocation(t.ctx, o);
  await t.ctx.db
    .updateTable('locations')
    .set({
      street: 'Kerkstraat',
      house_number: '7',
      postcode: '2011 AB',
      phone: '023 1234567',
      email: 'haarlem@example.nl',
    })
    .where('organisation_id', '=', o.id)
    .where('id', '=', o.locationId)
    .execute();
  const parent = await familyClient(t.app, t.ctx, o, { groupId: groupA });
  const parentC = await familyClient(t.app, t.ctx, o, { groupId: second.groupId });
  const staffA = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: groupA });
  const staffB = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: groupB });
  const staffC = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: second.groupId });
  const admin = await staffClient(t.app, t.ctx, o, 'organisation_admin');
  const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
  return { o, groupA, groupB, second, parent, parentC, staffA, staffB, staffC, admin, planner };
}

const profile = (overrides: Record<string, unknown> = {}) => ({
  displayName: null,
  about: 'Ik werk al tien jaar op de Hamsters.',
  photoId: null,
  visibleToParents: true,
  ...overrides,
});

async function saveProfile(client: TestClient, staffMemberId: string, body: Record<string, unknown>) {
  return client.put(`/api/v1/staff-members/${staffMemberId}/profile`, body);
}

/** A small valid PDF, different every time. */
function pdf(): Buffer {
  return Buffer.from(
    `%PDF-1.4\n%${randomBytes(8).toString('hex')}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n` +
      '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}

test('contact details: only the locations where the children are placed today, with those groups', async () => {
  const { o, second, parent, parentC, staffA } = await setup();
  const res = await parent.client.get('/api/v1/my-locations');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(res.body.locations, [
    {
      id: o.locationId,
      name: 'Locatie',
      street: 'Kerkstraat',
      houseNumber: '7',
      postcode: '2011 AB',
      city: 'Haarlem',
      phone: '023 1234567',
      email: 'haarlem@example.nl',
      groups: [{ id: o.groupIds[0], name: 'Groep A' }],
    },
  ]);
  const other = await parentC.client.get('/api/v1/my-locations');
  assert.deepEqual(
    other.body.locations.map((l: any) => [l.name, l.groups.map((g: any) => g.name)]),
    [['Tweede locatie', ['Groep C']]],
  );

  // A placement that starts later, or ended, does not bring its location.
  const [child] = parent.childIds as [string];
  await families.insertPlacement(t.ctx.db, o.id, {
    childId: child,
    groupId: second.groupId,
    placementType: 'Flexibel',
    startDate: '2099-01-04',
    days: [{ weekday: 1, careProductId: second.productId }],
  });
  const later = await parent.client.get('/api/v1/my-locations');
  assert.deepEqual(
    later.body.locations.map((l: any) => l.name),
    ['Locatie'],
  );
  await t.ctx.db
    .updateTable('placements')
    .set({ end_date: '2025-01-31' })
    .where('organisation_id', '=', o.id)
    .where('child_id', '=', child)
    .where('group_id', '=', o.groupIds[0])
    .execute();
  assert.deepEqual((await parent.client.get('/api/v1/my-locations')).body.locations, []);
  assert.deepEqual((await parent.client.get('/api/v1/team')).body.members, []);

  // Staff have no family: the route is for the parent portal.
  assert.equal((await staffA.get('/api/v1/my-locations')).status, 403);
});

test('Ons team: the staff of the children groups only; another group and a hidden profile are absent (404)', async () => {
  const { o, parent, parentC, staffA, staffB, staffC } = await setup();
  const [groupA] = o.groupIds;
  const res = await parent.client.get('/api/v1/team');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(
    res.body.members.map((m: any) => [m.staffMemberId, m.groups.map((g: any) => g.id), m.photo]),
    [[staffA.staffMemberId, [groupA], null]],
  );
  assert.match(res.body.members[0].displayName, /^Medewerker /);
  assert.deepEqual(
    (await parentC.client.get('/api/v1/team')).body.members.map((m: any) => m.staffMemberId),
    [staffC.staffMemberId],
  );

  assert.equal(
    (await saveProfile(staffA, staffA.staffMemberId, profile({ displayName: 'Juf Mila' }))).status,
    200,
  );
  const page = await parent.client.get(`/api/v1/team/${staffA.staffMemberId}`);
  assert.equal(page.status, 200, JSON.stringify(page.body));
  assert.equal(page.body.displayName, 'Juf Mila');
  assert.equal(page.body.about, 'Ik werk al tien jaar op de Hamsters.');
  const staffRow = await t.ctx.db
    .selectFrom('staff_members')
    .select(['email', 'phone'])
    .where('id', '=', staffA.staffMemberId)
    .executeTakeFirstOrThrow();
  assert.ok(!JSON.stringify(page.body).includes(staffRow.email), 'never the e-mail address of staff');
  assert.ok(!JSON.stringify(res.body).includes(staffRow.email));

  for (const other of [staffB.staffMemberId, staffC.staffMemberId]) {
    assert.equal((await parent.client.get(`/api/v1/team/${other}`)).status, 404);
  }
  assert.equal((await parentC.client.get(`/api/v1/team/${staffA.staffMemberId}`)).status, 404);

  // Hidden from parents: gone from the list, and the page does not exist for them.
  assert.equal(
    (await saveProfile(staffA, staffA.staffMemberId, profile({ visibleToParents: false }))).status,
    200,
  );
  assert.deepEqual((await parent.client.get('/api/v1/team')).body.members, []);
  assert.equal((await parent.client.get(`/api/v1/team/${staffA.staffMemberId}`)).status, 404);

  // A deactivated staff member is not in the team either.
  await saveProfile(staffA, staffA.staffMemberId, profile());
  assert.equal((await parent.client.get('/api/v1/team')).body.members.length, 1);
  await t.ctx.db
    .updateTable('staff_members')
    .set({ active: false })
    .where('id', '=', staffA.staffMemberId)
    .execute();
  assert.deepEqual((await parent.client.get('/api/v1/team')).body.members, []);
});

test('a profile photo: the family of the group sees it, a parent of another group gets 404 even when signed', async () => {
  const { parent, parentC, staffA, staffB } = await setup();
  const photo = await uploadPhoto(staffA);
  const saved = await saveProfile(staffA, staffA.staffMemberId, profile({ photoId: photo.id }));
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.photo.id, photo.id);
  assert.equal(saved.body.photo.downloadUrl, null, 'no full-size download');

  const team = await parent.client.get('/api/v1/team');
  const seen = team.body.members[0].photo;
  assert.equal(seen.id, photo.id);
  assert.equal((await fetchFile(t.app, parent.client, seen.smallUrl)).status, 200);
  const page = await parent.client.get(`/api/v1/team/${staffA.staffMemberId}`);
  assert.equal((await fetchFile(t.app, parent.client, page.body.photo.screenUrl)).status, 200);
  // Colleagues see the photo as parents do.
  const colleague = await staffB.get(`/api/v1/team/${staffA.staffMemberId}`);
  assert.equal(colleague.status, 404, 'the team page is for parents');
  const exp = Number(new URL(seen.smallUrl, 'http://x').searchParams.get('exp'));
  const forColleague = await signMediaUrl(t.ctx.db, {
    mediaId: photo.id,
    variant: 'small',
    accountId: staffB.account as string,
    exp,
  });
  assert.equal((await fetchFile(t.app, staffB, forColleague)).status, 200);

  // A parent of another group: not with the family's URL, nor with one signed for their own account.
  assert.equal((await fetchFile(t.app, parentC.client, seen.smallUrl)).status, 404);
  const own = await signMediaUrl(t.ctx.db, {
    mediaId: photo.id,
    variant: 'small',
    accountId: parentC.client.account as string,
    exp,
  });
  assert.equal((await fetchFile(t.app, parentC.client, own)).status, 404);

  // Hidden, the photo is no longer the family's to fetch either.
  await saveProfile(staffA, staffA.staffMemberId, profile({ photoId: photo.id, visibleToParents: false }));
  const mine = await signMediaUrl(t.ctx.db, {
    mediaId: photo.id,
    variant: 'small',
    accountId: parent.client.account as string,
    exp,
  });
  assert.equal((await fetchFile(t.app, parent.client, mine)).status, 404);
});

test('only one own profile is editable: colleagues and planners are refused, organisation admins may', async () => {
  const { parent, staffA, staffB, admin, planner } = await setup();
  const path = `/api/v1/staff-members/${staffA.staffMemberId}/profile`;
  assert.equal((await staffB.put(path, profile({ about: 'niet van mij' }))).status, 404);
  assert.equal((await staffB.get(path)).status, 404);
  assert.equal((await planner.put(path, profile({ about: 'niet van mij' }))).status, 403);
  assert.equal((await parent.client.put(path, profile())).status, 404);

  const own = await staffA.get('/api/v1/staff-profile');
  assert.equal(own.status, 200, JSON.stringify(own.body));
  assert.equal(own.body.staffMemberId, staffA.staffMemberId);
  assert.equal(own.body.visibleToParents, true);
  assert.equal(own.body.updatedAt, null, 'never saved');
  assert.equal((await parent.client.get('/api/v1/staff-profile')).status, 403);

  const byAdmin = await admin.put(path, profile({ about: 'Door de beheerder', displayName: '  ' }));
  assert.equal(byAdmin.status, 200, JSON.stringify(byAdmin.body));
  assert.equal(byAdmin.body.about, 'Door de beheerder');
  assert.equal(byAdmin.body.customDisplayName, null, 'an empty name shows first and last name');
  assert.equal(byAdmin.body.displayName, `${own.body.firstName} ${own.body.lastName}`);
  assert.equal((await staffA.get('/api/v1/staff-profile')).body.about, 'Door de beheerder');
  const audit = await t.ctx.db
    .selectFrom('audit_events')
    .select(['action', 'actor_account_id', 'details'])
    .where('subject_id', '=', staffA.staffMemberId)
    .where('action', '=', 'staffProfile.update')
    .execute();
  assert.equal(audit.length, 1);
  assert.equal(audit[0]?.actor_account_id, admin.account);
  assert.deepEqual((audit[0]?.details as { fields: string[] } | undefined)?.fields, ['about']);
});

test('bad input is a 400 on its field; a photo must be an unused image of the editor', async () => {
  const { o, staffA, staffB } = await setup();
  const path = `/api/v1/staff-members/${staffA.staffMemberId}/profile`;
  const long = await staffA.put(path, profile({ about: 'x'.repeat(1001) }));
  assert.equal(long.status, 400);
  assert.equal(long.body.error.fields[0].path, 'about');
  const name = await staffA.put(path, profile({ displayName: 'x'.repeat(101) }));
  assert.equal(name.body.error.fields[0].path, 'displayName');

  const doc = await staffA.request('POST', '/api/v1/media', pdf(), { 'content-type': 'application/pdf' });
  assert.equal(doc.status, 201, JSON.stringify(doc.body));
  const asPdf = await staffA.put(path, profile({ photoId: doc.body.id }));
  assert.equal(asPdf.status, 400);
  assert.deepEqual(
    asPdf.body.error.fields.map((f: any) => [f.path, f.code]),
    [['photoId', 'invalid_value']],
  );
  const someoneElses = await uploadPhoto(staffB);
  const foreign = await staffA.put(path, profile({ photoId: someoneElses.id }));
  assert.deepEqual(
    foreign.body.error.fields.map((f: any) => [f.path, f.code]),
    [['photoId', 'not_found']],
  );

  // A photo replaced is no longer used: the sweep removes it; the new one stays.
  const first = await uploadPhoto(staffA);
  assert.equal((await staffA.put(path, profile({ photoId: first.id }))).status, 200);
  assert.equal((await staffA.put(path, profile({ photoId: first.id, about: 'zelfde foto' }))).status, 200);
  const second = await uploadPhoto(staffA);
  assert.equal((await staffA.put(path, profile({ photoId: second.id }))).status, 200);
  await sweepMedia(t.ctx);
  const left = await t.ctx.db
    .selectFrom('media')
    .select('id')
    .where('organisation_id', '=', o.id)
    .where('id', 'in', [first.id, second.id])
    .execute();
  assert.deepEqual(
    left.map((r) => r.id),
    [second.id],
  );
  assert.equal((await staffA.get('/api/v1/staff-profile')).body.photo.id, second.id);
});

test('a person working in two of the family groups appears once, with both groups', async () => {
  const { o, staffA } = await setup();
  const [groupA, groupB] = o.groupIds;
  const family = await familyClient(t.app, t.ctx, o, { groupId: groupA, children: 2 });
  await t.ctx.db
    .updateTable('placements')
    .set({ group_id: groupB })
    .where('organisation_id', '=', o.id)
    .where('child_id', '=', family.childIds[1] as string)
    .execute();
  await insertStaffRole(t.ctx.db, o.id, {
    staffMemberId: staffA.staffMemberId,
    role: 'group_staff',
    groupId: groupB,
  });
  const members = (await family.client.get('/api/v1/team')).body.members;
  const mila = members.find((m: any) => m.staffMemberId === staffA.staffMemberId);
  assert.deepEqual(
    mila.groups.map((g: any) => g.name),
    ['Groep A', 'Groep B'],
  );
  assert.equal(members.length, 2, 'the staff of A, also of B, and the other staff of B');
});
