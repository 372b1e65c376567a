import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestClient, useTestSystem } from '../../test/index.ts';
import { DEMO_PASSWORD, seedDemo } from './seed.ts';

const t = useTestSystem({ rateLimits: false });

async function signIn(email: string) {
  const client = new TestClient(t.app);
  assert.equal((await client.login(email, DEMO_PASSWORD)).status, 200);
  return client;
}

test('the demo has observations on: Sanne sees the shared one of Noortje, Mila both', async () => {
  t.clock.set('2026-12-09T09:00:00Z');
  await seedDemo(t.ctx);
  const sanne = await signIn('ouder@demo.nestje.nl');
  const me = await sanne.get('/api/v1/me');
  assert.equal(me.body.features.observations, true);
  const own = await sanne.get('/api/v1/observations');
  assert.equal(own.status, 200, JSON.stringify(own.body));
  const noortje = own.body.children.find((c: any) => c.firstName === 'Noortje');
  assert.deepEqual(
    noortje.observations.map((o: any) => [o.formTitle, o.observedOn, o.status]),
    [['Welbevinden', '2026-11-11', 'final']],
  );
  const one = await sanne.get(`/api/v1/children/${noortje.id}/observations/${noortje.observations[0].id}`);
  assert.equal(one.body.values.favourite_play, 'In de bouwhoek');

  const mila = await signIn('medewerker@demo.nestje.nl');
  const all = await mila.get(`/api/v1/children/${noortje.id}/observations`);
  assert.deepEqual(
    all.body.observations.map((o: any) => [o.status, o.shared !== null]),
    [
      ['draft', false],
      ['final', true],
    ],
  );
  assert.deepEqual(all.body.permittedActions, ['observation.write']);
  const forms = await mila.get('/api/v1/observation-forms');
  assert.deepEqual(
    forms.body.forms.map((f: any) => [f.title, f.current.fields.length]),
    [['Welbevinden', 4]],
  );
});
