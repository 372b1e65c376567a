import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createFamily,
  createOrganisation,
  createStaff,
  DEFAULT_NOW,
  TestClient,
  useTestSystem,
} from '../../../test/index.ts';
import { signedIn } from '../../../test/organisation-factories.ts';
import { changeDetails, recordAudit } from './audit.service.ts';

const t = useTestSystem();

async function setup() {
  const o = await createOrganisation(t.ctx);
  const adminStaff = await createStaff(t.ctx, o, 'organisation_admin');
  await t.ctx.db
    .updateTable('staff_members')
    .set({ first_name: 'Anouk', last_name: 'Bakker' })
    .where('id', '=', adminStaff.staffMemberId)
    .execute();
  return { o, adminStaff, admin: await signedIn(t.app, adminStaff.email) };
}

describe('audit log for admins', () => {
  test('events carry the actor name, the subject label and the fields changed', async () => {
    t.clock.set(DEFAULT_NOW);
    const { o, adminStaff, admin } = await setup();
    await admin.patch(`/api/v1/groups/${o.groupIds[0]}`, { name: 'Vlinders' });
    const res = await admin.get('/api/v1/audit-events?subjectType=group');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.events[0], {
      id: res.body.events[0].id,
      at: '2026-03-02T08:00:00.000Z',
      actorAccountId: adminStaff.accountId,
      actorName: 'Anouk Bakker',
      action: 'group.update',
      childIds: [],
      subjectType: 'group',
      subjectId: o.groupIds[0],
      subjectLabel: 'Vlinders',
      details: { fields: ['name'], changes: { name: { from: 'Groep A', to: 'Vlinders' } } },
    });
    assert.equal(res.body.nextCursor, null);
  });

  test('filters: action prefix, actor name, period in Amsterdam days, child', async () => {
    t.clock.set(DEFAULT_NOW);
    const { o, admin } = await setup();
    const f = await createFamily(t.ctx, o);
    const parent = await signedIn(t.app, f.email);
    await parent.get(`/api/v1/children/${f.childIds[0]}`);
    // 23:30 on 3 March in UTC is already 4 March in Amsterdam: the day that counts.
    t.clock.set('2026-03-03T23:30:00Z');
    await recordAudit(t.ctx.db, t.ctx.clock, {
      organisationId: o.id,
      actorAccountId: null,
      action: 'test.late',
    });
    t.clock.set(DEFAULT_NOW);
    const logins = await admin.get('/api/v1/audit-events?action=auth.');
    assert.ok(logins.body.events.length >= 2);
    assert.ok(logins.body.events.every((e: { action: string }) => e.action.startsWith('auth.')));
    const byActor = await admin.get('/api/v1/audit-events?actor=bakk');
    assert.ok(byActor.body.events.length > 0);
    assert.ok(byActor.body.events.every((e: { actorName: string }) => e.actorName === 'Anouk Bakker'));
    const fourth = await admin.get('/api/v1/audit-events?from=2026-03-04&to=2026-03-04');
    assert.deepEqual(
      fourth.body.events.map((e: { action: string; actorName: string | null }) => [e.action, e.actorName]),
      [['test.late', null]],
    );
    assert.equal(
      (await admin.get('/api/v1/audit-events?from=2026-03-03&to=2026-03-03')).body.events.length,
      0,
    );
    assert.equal((await admin.get('/api/v1/audit-events?from=2026-03-05')).body.events.length, 0);
    const child = await admin.get(`/api/v1/audit-events?childId=${f.childIds[0]}`);
    assert.deepEqual(
      child.body.events.map((e: { action: string }) => e.action),
      ['child.read'],
    );
    const order = await admin.get('/api/v1/audit-events?from=2026-03-04&to=2026-03-01');
    assert.deepEqual(
      order.body.error.fields.map((x: { path: string; code: string }) => [x.path, x.code]),
      [['to', 'date_order']],
    );
  });

  test('pages follow each other without gaps or repeats, also for events at the same moment', async () => {
    t.clock.set(DEFAULT_NOW);
    const { o, admin } = await setup();
    for (let i = 0; i < 7; i++) {
      await recordAudit(t.ctx.db, t.ctx.clock, {
        organisationId: o.id,
        actorAccountId: null,
        action: `page.${i}`,
      });
      if (i % 3 === 0) t.clock.advance({ seconds: 1 });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/audit-events?action=page.&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await admin.get(url);
      assert.equal(res.status, 200);
      seen.push(...res.body.events.map((e: { action: string }) => e.action));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    assert.equal(pages, 3);
    assert.deepEqual(seen, ['page.6', 'page.5', 'page.4', 'page.3', 'page.2', 'page.1', 'page.0']);
    const bad = await admin.get('/api/v1/audit-events?cursor=bm9wZQ');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.fields[0].path, 'cursor');
  });

  test('secrets never reach the details; other organisations and non-admins see nothing', async () => {
    t.clock.set(DEFAULT_NOW);
    const details = changeDetails(
      { name: 'a', passwordHash: 'x' },
      { name: 'b', passwordHash: 'y', token: 'z' },
    );
    assert.deepEqual(details, { fields: ['name'], changes: { name: { from: 'a', to: 'b' } } });
    const { o, admin } = await setup();
    const other = await setup();
    await other.admin.patch('/api/v1/organisation/settings', { name: 'Ander' });
    const mine = await admin.get('/api/v1/audit-events?subjectType=organisation');
    assert.ok(mine.body.events.every((e: { subjectId: string }) => e.subjectId === o.id));
    const planner = await signedIn(t.app, (await createStaff(t.ctx, o, 'planner')).email);
    assert.equal((await planner.get('/api/v1/audit-events')).status, 403);
    assert.equal((await new TestClient(t.app).get('/api/v1/audit-events')).status, 401);
  });
});
