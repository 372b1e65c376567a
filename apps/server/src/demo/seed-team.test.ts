import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestClient, useTestSystem } from '../../test/index.ts';
import { fetchFile } from '../modules/media/media-test-helpers.ts';
import { DEMO_PASSWORD, seedDemo } from './seed.ts';

const t = useTestSystem({ rateLimits: false });

async function signIn(email: string) {
  const client = new TestClient(t.app);
  assert.equal((await client.login(email, DEMO_PASSWORD)).status, 200);
  return client;
}

test('the demo family sees Haarlem and the team of the Hamsters and Floris, with drawn portraits', async () => {
  t.clock.set('2026-12-09T09:00:00Z');
  await seedDemo(t.ctx);
  const sanne = await signIn('ouder@demo.nestje.nl');
  const locations = await sanne.get('/api/v1/my-locations');
  assert.equal(locations.status, 200, JSON.stringify(locations.body));
  assert.deepEqual(
    locations.body.locations.map((l: any) => [l.name, l.groups.map((g: any) => g.name)]),
    [['Haarlem', ['Floris', 'Hamsters verticaal', 'VSO Haarlem']]],
  );
  const team = await sanne.get('/api/v1/team');
  assert.deepEqual(
    team.body.members.map((m: any) => [m.displayName, m.groups.map((g: any) => g.name)]),
    [
      ['Daan Smit', ['Floris']],
      ['Fenna de Boer', ['Hamsters verticaal']],
      ['Mila', ['Floris', 'Hamsters verticaal']],
    ],
  );
  for (const member of team.body.members) {
    assert.ok(member.photo, `${member.displayName} has a portrait`);
    const served = await fetchFile(t.app, sanne, member.photo.smallUrl);
    assert.equal(served.status, 200);
    assert.equal(served.headers['content-type'], 'image/jpeg');
  }
  const mila = team.body.members.find((m: any) => m.displayName === 'Mila');
  const page = await sanne.get(`/api/v1/team/${mila.staffMemberId}`);
  assert.match(page.body.about, /^Hoi! Ik ben Mila/);

  // Mila finds her own profile under Mijn profiel.
  const staff = await signIn('medewerker@demo.nestje.nl');
  const own = await staff.get('/api/v1/staff-profile');
  assert.equal(own.body.customDisplayName, 'Mila');
  assert.equal(own.body.photo.id, mila.photo.id);
});
