import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { newGuardian, staffClient } from '../../test/families-factories.ts';
import {
  TestClient as Client,
  createFamily,
  createOrganisation,
  createStaff,
  DEFAULT_NOW,
  type TestClient,
  type TestResponse,
  useTestSystem,
} from '../../test/index.ts';
import { addLocation, signedIn } from '../../test/organisation-factories.ts';

const t = useTestSystem();

const replayed = (res: TestResponse) => res.headers['idempotent-replayed'] === 'true';

/** Sends the same create twice with one key: the first creates, the repeat replays the first answer. */
async function twice(client: TestClient, url: string, body: unknown): Promise<TestResponse> {
  const headers = { 'idempotency-key': crypto.randomUUID() };
  const first = await client.post(url, body, headers);
  assert.equal(first.status, 201, JSON.stringify(first.body));
  const again = await client.post(url, body, headers);
  assert.equal(again.status, 201);
  assert.ok(!replayed(first) && replayed(again), `${url}: the repeat is a replay`);
  assert.deepEqual(again.body, first.body);
  return first;
}

/** Sends the same create twice at once with one key: both answer alike, one of them as a replay. */
async function together(client: TestClient, url: string, body: unknown): Promise<TestResponse> {
  const headers = { 'idempotency-key': crypto.randomUUID() };
  const [a, b] = await Promise.all([client.post(url, body, headers), client.post(url, body, headers)]);
  assert.deepEqual([a?.status, b?.status], [201, 201], JSON.stringify([a?.body, b?.body]));
  assert.deepEqual(a?.body, b?.body);
  assert.equal([a, b].filter((r) => r && replayed(r)).length, 1);
  return a as TestResponse;
}

async function count(table: 'groups' | 'care_products' | 'closing_days' | 'staff_members', orgId: string) {
  const row = await t.ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function setup() {
  t.clock.set(DEFAULT_NOW);
  const o = await createOrganisation(t.ctx);
  const admin = await signedIn(t.app, (await createStaff(t.ctx, o, 'organisation_admin')).email);
  return { o, admin };
}

describe('organisation setup: a duplicate create makes one', () => {
  test('groups', async () => {
    const { o, admin } = await setup();
    const before = await count('groups', o.id);
    await twice(admin, '/api/v1/groups', {
      locationId: o.locationId,
      name: 'Dolfijnen',
      kind: 'BSO',
      minAgeMonths: 48,
      maxAgeMonths: 156,
      capacity: 20,
      openingHours: [{ weekday: 1, opensAt: '07:00', closesAt: '18:00' }],
    });
    assert.equal(await count('groups', o.id), before + 1);
  });

  test('care products', async () => {
    const { o, admin } = await setup();
    const before = await count('care_products', o.id);
    await twice(admin, '/api/v1/care-products', {
      name: 'Ochtend',
      startTime: '07:30',
      endTime: '13:00',
      weekdays: [1, 3],
      weekType: 'school',
      pricing: 'fixed',
      priceCents: 4550,
      usage: 'incidental',
      groupIds: [o.groupIds[0]],
    });
    assert.equal(await count('care_products', o.id), before + 1);
  });

  test('closing days: the repeat is no 409 but the first answer', async () => {
    const { o, admin } = await setup();
    const other = await addLocation(t.ctx, o, 'Leiden');
    await twice(admin, '/api/v1/closing-days', {
      date: '2026-04-27',
      description: 'Koningsdag',
      locationId: other.locationId,
    });
    assert.equal(await count('closing_days', o.id), 1);
  });
});

describe('staff: a duplicate create makes one staff member, one account and one activation mail', () => {
  test('concurrent duplicates', async () => {
    const { o, admin } = await setup();
    const before = await count('staff_members', o.id);
    const email = `idem-${process.pid}-${crypto.randomUUID().slice(0, 8)}@example.nl`;
    const created = await together(admin, '/api/v1/staff-members', {
      firstName: 'Sanne',
      lastName: 'de Vries',
      email,
      roles: [{ role: 'planner', locationId: o.locationId }],
    });
    assert.equal(created.body.email, email);
    assert.equal(await count('staff_members', o.id), before + 1);
    const accounts = await t.ctx.db
      .selectFrom('accounts')
      .select('id')
      .where('organisation_id', '=', o.id)
      .where('email', '=', email)
      .execute();
    assert.equal(accounts.length, 1);
    await t.jobs.drain();
    const box = await new Client(t.app).get('/api/v1/dev/mailbox');
    assert.equal(box.body.mails.filter((m: { to: string }) => m.to === email).length, 1);
  });
});

describe('families: a duplicate create makes one', () => {
  async function families() {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    return { o, planner };
  }

  async function childReads(childId: string): Promise<number> {
    const rows = await t.ctx.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'child.read')
      .where(sql<boolean>`${childId}::uuid = any(child_ids)`)
      .execute();
    return rows.length;
  }

  test('children with a new guardian, also when sent at once; a replay is audited as a read', async () => {
    const { o, planner } = await families();
    const guardian = newGuardian();
    const body = {
      locationId: o.locationId,
      firstName: 'Bram',
      lastName: `Idem${process.pid}`,
      birthDate: '2025-05-05',
      guardians: [{ guardian }],
    };
    const created = await together(planner, '/api/v1/children', body);
    const children = await t.ctx.db
      .selectFrom('children')
      .select('id')
      .where('organisation_id', '=', o.id)
      .where('last_name', '=', body.lastName)
      .execute();
    assert.deepEqual(
      children.map((c) => c.id),
      [created.body.child.id],
    );
    const guardians = await t.ctx.db
      .selectFrom('guardians')
      .select('id')
      .where('organisation_id', '=', o.id)
      .where('email', '=', guardian.email)
      .execute();
    assert.equal(guardians.length, 1);

    // A sibling with the existing guardian; the replay shows the child file again, so it is audited as a read.
    const sibling = { ...body, firstName: 'Fien', guardians: [{ guardianId: created.body.guardians[0].id }] };
    const first = await twice(planner, '/api/v1/children', sibling);
    assert.equal(await childReads(first.body.child.id), 2, 'the answer and its replay are each a read');
  });

  test('guardians linked to a child: the repeat is no 409 but the first answer', async () => {
    const { o, planner } = await families();
    const f = await createFamily(t.ctx, o);
    const fresh = newGuardian();
    const linked = await twice(planner, `/api/v1/children/${f.childIds[0]}/guardians`, { guardian: fresh });
    assert.equal(linked.body.guardians.length, 2);
    const guardians = await t.ctx.db
      .selectFrom('guardians')
      .select('id')
      .where('organisation_id', '=', o.id)
      .where('email', '=', fresh.email)
      .execute();
    assert.equal(guardians.length, 1);
  });

  test('placements', async () => {
    const { o, planner } = await families();
    const f = await createFamily(t.ctx, o);
    const childId = f.childIds[0] as string;
    await twice(planner, `/api/v1/children/${childId}/placements`, {
      groupId: o.groupIds[1],
      placementType: 'Flexibel',
      startDate: '2026-04-01',
      endDate: null,
      days: [{ weekday: 2, careProductId: o.productId }],
    });
    const placements = await t.ctx.db
      .selectFrom('placements')
      .select('id')
      .where('organisation_id', '=', o.id)
      .where('child_id', '=', childId)
      .where('group_id', '=', o.groupIds[1])
      .execute();
    assert.equal(placements.length, 1);
  });
});
