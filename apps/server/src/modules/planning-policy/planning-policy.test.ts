import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_PLANNING_POLICY, groupKinds } from '@nestje/contract';
import { createFamily, createOrganisation, createStaff, useTestSystem } from '../../../test/index.ts';
import { addLocation, signedIn } from '../../../test/organisation-factories.ts';
import { selectEffectivePolicy } from './planning-policy.queries.ts';

const t = useTestSystem();

async function admin() {
  const o = await createOrganisation(t.ctx, 'Kinderopvang De Linde');
  const a = await createStaff(t.ctx, o, 'organisation_admin');
  return { o, a, c: await signedIn(t.app, a.email) };
}

const none = {
  minLeadHours: null,
  horizonDays: null,
  cancelDeadlineHours: null,
  expiryLeadHours: null,
  absenceCreditWeeks: null,
  absenceCreditLeadHours: null,
  absenceCancelDeadlineHours: null,
  swapWindowDays: null,
  swapsPerYear: null,
};
const absence = {
  absenceCreditWeeks: 6,
  absenceCreditLeadHours: 12,
  absenceCancelDeadlineHours: 0,
  swapWindowDays: 14,
  swapsPerYear: 0,
};

describe('planning policy', () => {
  test('a new organisation has the defaults, and every kind follows them', async () => {
    const { c } = await admin();
    const res = await c.get('/api/v1/planning-policy');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.organisation, DEFAULT_PLANNING_POLICY);
    assert.deepEqual(
      res.body.overrides,
      groupKinds.map((groupKind) => ({ groupKind, ...none })),
    );
    assert.deepEqual(
      res.body.effective,
      groupKinds.map((groupKind) => ({ groupKind, ...DEFAULT_PLANNING_POLICY })),
    );
  });

  test('an override applies to its kind only; clearing it falls back to the organisation', async () => {
    const { o, c } = await admin();
    const bso = await addLocation(t.ctx, o);
    const organisation = {
      minLeadHours: 12,
      horizonDays: 90,
      cancelDeadlineHours: 6,
      expiryLeadHours: 2,
      ...absence,
    };
    const res = await c.put('/api/v1/planning-policy', {
      organisation,
      overrides: [{ groupKind: 'BSO', ...none, minLeadHours: 48, horizonDays: 30 }],
    });
    assert.equal(res.status, 200);
    const effective = (kind: string) =>
      res.body.effective.find((e: { groupKind: string }) => e.groupKind === kind);
    assert.deepEqual(effective('BSO'), {
      groupKind: 'BSO',
      ...organisation,
      minLeadHours: 48,
      horizonDays: 30,
    });
    assert.deepEqual(effective('KDV'), { groupKind: 'KDV', ...organisation });
    assert.deepEqual(await selectEffectivePolicy(t.ctx.db, o.id, bso.groupId), {
      ...organisation,
      minLeadHours: 48,
      horizonDays: 30,
    });
    assert.deepEqual(await selectEffectivePolicy(t.ctx.db, o.id, o.groupIds[0]), organisation);

    const read = await c.get('/api/v1/planning-policy');
    assert.deepEqual(read.body, res.body);

    const cleared = await c.put('/api/v1/planning-policy', {
      organisation,
      overrides: [{ groupKind: 'BSO', ...none }],
    });
    assert.equal(cleared.status, 200);
    assert.deepEqual(await selectEffectivePolicy(t.ctx.db, o.id, bso.groupId), organisation);
    assert.deepEqual(cleared.body.overrides[1], { groupKind: 'BSO', ...none });
  });

  test('values out of range answer 400 on the failing field', async () => {
    const { c } = await admin();
    const put = (body: unknown) => c.put('/api/v1/planning-policy', body);
    const org = { ...DEFAULT_PLANNING_POLICY };
    const cases: [unknown, string][] = [
      [{ organisation: { ...org, minLeadHours: 8761 }, overrides: [] }, 'organisation.minLeadHours'],
      [{ organisation: { ...org, horizonDays: 0 }, overrides: [] }, 'organisation.horizonDays'],
      [
        { organisation: { ...org, cancelDeadlineHours: -1 }, overrides: [] },
        'organisation.cancelDeadlineHours',
      ],
      [{ organisation: { ...org, expiryLeadHours: 1.5 }, overrides: [] }, 'organisation.expiryLeadHours'],
      [
        { organisation: { ...org, absenceCreditWeeks: 105 }, overrides: [] },
        'organisation.absenceCreditWeeks',
      ],
      [
        { organisation: org, overrides: [{ groupKind: 'BSO', ...none, minLeadHours: 9000 }] },
        'overrides.0.minLeadHours',
      ],
      [
        { organisation: org, overrides: [{ groupKind: 'KDV', ...none, horizonDays: 731 }] },
        'overrides.0.horizonDays',
      ],
      [{ organisation: org, overrides: [{ groupKind: 'XYZ', ...none }] }, 'overrides.0.groupKind'],
      [
        {
          organisation: org,
          overrides: [
            { groupKind: 'BSO', ...none },
            { groupKind: 'BSO', ...none, horizonDays: 5 },
          ],
        },
        'overrides.1.groupKind',
      ],
    ];
    for (const [body, path] of cases) {
      const res = await put(body);
      assert.equal(res.status, 400, path);
      assert.equal(res.body.error.fields[0].path, path);
    }
    const edges = await put({
      organisation: {
        minLeadHours: 0,
        horizonDays: 730,
        cancelDeadlineHours: 8760,
        expiryLeadHours: 0,
        absenceCreditWeeks: 104,
        absenceCreditLeadHours: 8760,
        absenceCancelDeadlineHours: 0,
        swapWindowDays: 365,
        swapsPerYear: 365,
      },
      overrides: [],
    });
    assert.equal(edges.status, 200);
    assert.equal((await c.get('/api/v1/planning-policy')).body.organisation.horizonDays, 730);
  });

  test('a change is audited with the changed fields; an unchanged save records nothing', async () => {
    const { o, a, c } = await admin();
    const body = {
      organisation: { ...DEFAULT_PLANNING_POLICY, cancelDeadlineHours: 48 },
      overrides: [{ groupKind: 'BSO', ...none, minLeadHours: 72 }],
    };
    await c.put('/api/v1/planning-policy', body);
    await c.put('/api/v1/planning-policy', body);
    const log = await c.get(`/api/v1/audit-events?subjectType=organisation&subjectId=${o.id}`);
    const events = log.body.events.filter((e: { action: string }) => e.action === 'planningPolicy.update');
    assert.equal(events.length, 1);
    const [e] = events;
    assert.equal(e.actorAccountId, a.accountId);
    assert.deepEqual(e.details.fields, ['cancelDeadlineHours', 'BSO.minLeadHours']);
    assert.deepEqual(e.details.changes['BSO.minLeadHours'], { from: null, to: 72 });
    assert.deepEqual(e.details.changes.cancelDeadlineHours, { from: 24, to: 48 });
  });

  test('staff read it; only admins change it; a parent gets 403; another organisation stays separate', async () => {
    const { o, c } = await admin();
    const body = { organisation: { ...DEFAULT_PLANNING_POLICY, minLeadHours: 36 }, overrides: [] };
    for (const role of ['planner', 'group_staff', 'location_manager'] as const) {
      const scope = role === 'group_staff' ? { groupId: o.groupIds[0] } : {};
      const staff = await signedIn(t.app, (await createStaff(t.ctx, o, role, scope)).email);
      assert.equal((await staff.get('/api/v1/planning-policy')).status, 200, role);
      assert.equal((await staff.put('/api/v1/planning-policy', body)).status, 403, role);
    }
    const parent = await signedIn(t.app, (await createFamily(t.ctx, o)).email);
    assert.equal((await parent.get('/api/v1/planning-policy')).status, 403);
    assert.equal((await parent.put('/api/v1/planning-policy', body)).status, 403);
    assert.equal((await c.get('/api/v1/planning-policy')).body.organisation.minLeadHours, 24);

    const other = await admin();
    assert.equal((await other.c.put('/api/v1/planning-policy', body)).status, 200);
    assert.equal((await c.get('/api/v1/planning-policy')).body.organisation.minLeadHours, 24);
    assert.equal(await selectEffectivePolicy(t.ctx.db, other.o.id, o.groupIds[0]), undefined);
    assert.equal((await selectEffectivePolicy(t.ctx.db, o.id, o.groupIds[0]))?.minLeadHours, 24);
  });
});
