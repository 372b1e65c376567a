import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { TestClient, useTestSystem } from '../../../test/index.ts';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.ts';
import { consentGranted } from './consent-granted.queries.ts';

const t = useTestSystem();

test('the demo answers show B1 at work: one child of the Hamsters may be seen by its own family only', async () => {
  await seedDemo(t.ctx);
  const rows = await sql<{ name: string; own: boolean; other: boolean }>`
    SELECT c.first_name AS name,
      ${consentGranted(sql.ref('c.organisation_id'), sql.ref('c.id'), 'photos_own_family')} AS own,
      ${consentGranted(sql.ref('c.organisation_id'), sql.ref('c.id'), 'photos_other_families')} AS other
    FROM children c JOIN organisations o ON o.id = c.organisation_id AND o.slug = 'demo'
    ORDER BY c.first_name`.execute(t.ctx.db);
  assert.deepEqual(
    rows.rows.map((r) => [r.name, r.own, r.other]),
    [
      ['Lotte', true, true],
      ['Noortje', true, true],
      ['Sem', true, true],
      ['Ties', true, true],
      ['Yara', true, false],
    ],
  );
  // The parent sees Noortje's own item answered by her mother only.
  const parent = new TestClient(t.app);
  assert.equal((await parent.login('ouder@demo.nestje.nl', DEMO_PASSWORD)).status, 200);
  const children = await parent.get('/api/v1/children');
  const noortje = children.body.children.find((c: any) => c.firstName === 'Noortje');
  const consents = await parent.get(`/api/v1/children/${noortje.id}/consents`);
  assert.equal(consents.status, 200);
  const outings = consents.body.items.find((i: any) => i.item.key === null);
  assert.equal(outings.item.title, 'Uitstapjes buiten het kinderdagverblijf');
  assert.deepEqual(
    outings.guardians.map((g: any) => [g.guardianName, g.answer?.granted ?? null]),
    [
      ['Sanne de Vries', true],
      ['Thomas de Vries', null],
    ],
  );
  assert.equal(outings.granted, false);
  assert.ok(outings.canAnswer);
});
