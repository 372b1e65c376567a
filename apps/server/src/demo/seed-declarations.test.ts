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

test('the demo has two declaration forms; Sanne signed Zonnebrand for Ties and has Noortje’s to fill in', async () => {
  t.clock.set('2026-12-09T09:00:00Z');
  await seedDemo(t.ctx);
  const sanne = await signIn('ouder@demo.nestje.nl');
  const kids = (await sanne.get('/api/v1/children')).body.children;
  const idOf = (name: string) => kids.find((c: any) => c.firstName === name).id;

  const ties = await sanne.get(`/api/v1/children/${idOf('Ties')}/declarations`);
  assert.equal(ties.status, 200, JSON.stringify(ties.body));
  assert.deepEqual(
    ties.body.forms.map((f: any) => [f.form.current.title, f.current?.signedName ?? null]),
    [
      ['Medicijngebruik', null],
      ['Zonnebrand', 'Sanne de Vries'],
    ],
  );
  const noortje = await sanne.get(`/api/v1/children/${idOf('Noortje')}/declarations`);
  assert.equal(noortje.body.canSign, true);
  assert.ok(noortje.body.forms.every((f: any) => f.current === null));
  const medicine = noortje.body.forms[0].form.current;
  assert.deepEqual(
    medicine.fields.map((f: any) => f.type),
    ['text', 'text', 'longText', 'date', 'yesNo'],
  );

  // Noortje has Mila as her mentor.
  const details = await sanne.get(`/api/v1/children/${idOf('Noortje')}/details`);
  assert.match(details.body.mentorName, /^Mila /);

  const admin = await signIn('beheer@demo.nestje.nl');
  assert.equal((await admin.get('/api/v1/declaration-forms')).body.forms.length, 2);
});
