import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createOrganisation, createStaff, useTestSystem } from '../../../test/index.ts';
import { addLocation, signedIn } from '../../../test/organisation-factories.ts';

const t = useTestSystem();

describe('locations', () => {
  test('an admin adds a location; the postcode is normalised and the change audited', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email);
    const res = await c.post('/api/v1/locations', {
      name: 'De Linde',
      street: 'Lindelaan',
      houseNumber: '4a',
      postcode: '2011dn',
      city: 'Haarlem',
      phone: '023 123 45 67',
      email: 'Linde@Example.NL',
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.postcode, '2011 DN');
    assert.equal(res.body.email, 'linde@example.nl');
    assert.equal(res.body.groupCount, 0);
    assert.deepEqual(res.body.permittedActions, ['location.manage']);
    const list = await c.get('/api/v1/locations');
    assert.deepEqual(
      list.body.locations.map((l: { name: string; groupCount: number }) => [l.name, l.groupCount]),
      [
        ['De Linde', 0],
        ['Locatie', 2],
      ],
    );
    const log = await c.get(`/api/v1/audit-events?subjectType=location&subjectId=${res.body.id}`);
    assert.equal(log.body.events[0].action, 'location.create');
    assert.equal(log.body.events[0].subjectLabel, 'De Linde');
    assert.equal(log.body.events[0].details.changes.postcode.to, '2011 DN');
  });

  test('bad postcode, phone or e-mail answer 400 on the field; an empty one is allowed', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email);
    for (const [field, value] of [
      ['postcode', '0123 AB'],
      ['postcode', '1234 A'],
      ['phone', 'bel me'],
      ['email', 'geen-adres'],
      ['name', ''],
    ] as const) {
      const res = await c.post('/api/v1/locations', { name: 'X', [field]: value });
      assert.equal(res.status, 400, `${field}=${value}`);
      assert.equal(res.body.error.fields[0].path, field);
    }
    const ok = await c.post('/api/v1/locations', { name: 'Zonder adres', postcode: '', email: '' });
    assert.equal(ok.status, 201);
  });

  test('search matches name or city; a location manager lists and changes only their own', async () => {
    const o = await createOrganisation(t.ctx);
    const leiden = await addLocation(t.ctx, o, 'Sleutelstad');
    const admin = await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email);
    const byCity = await admin.get('/api/v1/locations?search=leid');
    assert.deepEqual(
      byCity.body.locations.map((l: { id: string }) => l.id),
      [leiden.locationId],
    );
    const byName = await admin.get('/api/v1/locations?search=SLEUTEL');
    assert.equal(byName.body.locations.length, 1);
    const literal = await admin.get('/api/v1/locations?search=%25');
    assert.equal(literal.body.locations.length, 0, '% is taken literally');

    const manager = await signedIn(
      t.app,
      (await createStaff(t.ctx, o, 'location_manager', { locationId: o.locationId })).email,
    );
    const mine = await manager.get('/api/v1/locations');
    assert.deepEqual(
      mine.body.locations.map((l: { id: string }) => l.id),
      [o.locationId],
    );
    const change = await manager.patch(`/api/v1/locations/${o.locationId}`, { phone: '071 000 00 00' });
    assert.equal(change.status, 200);
    assert.equal(change.body.phone, '071 000 00 00');
    assert.equal(change.body.city, 'Haarlem', 'fields not sent stay');
    assert.equal((await manager.get(`/api/v1/locations/${leiden.locationId}`)).status, 404);
    assert.equal((await manager.patch(`/api/v1/locations/${leiden.locationId}`, { name: 'X' })).status, 404);
    assert.equal((await manager.post('/api/v1/locations', { name: 'Nieuw' })).status, 403);
  });

  test('a change records only the fields that changed', async () => {
    const o = await createOrganisation(t.ctx);
    const c = await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email);
    await c.patch(`/api/v1/locations/${o.locationId}`, { city: 'Haarlem', name: 'Centrum' });
    const log = await c.get(`/api/v1/audit-events?subjectType=location&subjectId=${o.locationId}`);
    assert.equal(log.body.events.length, 1);
    assert.deepEqual(log.body.events[0].details, {
      fields: ['name'],
      changes: { name: { from: 'Locatie', to: 'Centrum' } },
    });
  });
});
