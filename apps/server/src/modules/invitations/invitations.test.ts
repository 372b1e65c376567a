import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { newGuardian, staffClient } from '../../../test/families-factories.ts';
import {
  createFamily,
  createOrganisation,
  createStaff,
  DEFAULT_NOW,
  TEST_PASSWORD,
  TestClient,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { todayIn } from '../../time/clock.ts';
import * as families from '../families/families.queries.ts';
import { insertAccount } from '../identity/identity.queries.ts';
import { runInvitationSweep } from './invitations.service.ts';

const t = useTestSystem();
let n = 0;

/** Activation mails sent to `email` so far (the mails are kept for the dev mailbox, as in the demo). */
async function activationMails(email: string): Promise<{ text: string }[]> {
  await t.jobs.drain();
  const box = await new TestClient(t.app).get('/api/v1/dev/mailbox');
  return box.body.mails.filter(
    (m: { to: string; subject: string }) => m.to === email && /account/i.test(m.subject),
  );
}

/** A guardian with an account that was never invited, and a child whose first placement starts on `start`. */
async function plannedFamily(o: TestOrganisation, start: string, account: { activated?: boolean } = {}) {
  n++;
  const email = `gepland-${process.pid}-${n}@example.nl`;
  const guardianId = await families.insertGuardian(t.ctx.db, o.id, {
    firstName: 'Ouder',
    lastName: `P${n}`,
    email,
  });
  const accountId = await insertAccount(t.ctx.db, o.id, {
    email,
    kind: 'guardian',
    guardianId,
    activatedAt: account.activated ? new Date('2025-01-01T00:00:00Z') : null,
  });
  const childId = await families.insertChild(t.ctx.db, o.id, {
    locationId: o.locationId,
    firstName: 'Kind',
    lastName: `P${n}`,
    birthDate: '2025-06-01',
  });
  await families.insertGuardianChild(t.ctx.db, o.id, { guardianId, childId });
  await families.insertPlacement(t.ctx.db, o.id, {
    childId,
    groupId: o.groupIds[0],
    placementType: 'Flexibel',
    startDate: start,
    days: [{ weekday: 1, careProductId: o.productId }],
  });
  return { email, guardianId, accountId, childId };
}

/** 09:00 in Amsterdam `days` days before `date`. */
function nineOClock(date: string, daysBefore: number): string {
  return Temporal.PlainDate.from(date)
    .subtract({ days: daysBefore })
    .toZonedDateTime({ timeZone: 'Europe/Amsterdam', plainTime: '09:00' })
    .toInstant()
    .toString();
}

async function invitedAt(accountId: string) {
  const row = await t.ctx.db
    .selectFrom('accounts')
    .select('invited_at')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return row.invited_at;
}

describe('invitation job (P1): six weeks before care starts', () => {
  test('43 days before the start no mail; 42 days before exactly one, and never a second', async () => {
    const o = await createOrganisation(t.ctx);
    const start = '2026-06-01';
    const f = await plannedFamily(o, start);

    t.clock.set(nineOClock(start, 43));
    await runInvitationSweep(t.ctx, null);
    assert.equal((await activationMails(f.email)).length, 0);
    assert.equal(await invitedAt(f.accountId), null);

    t.clock.set(nineOClock(start, 42));
    assert.equal(await runInvitationSweep(t.ctx, null), 1);
    const mails = await activationMails(f.email);
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.text, /activeren#token=/);
    assert.ok(await invitedAt(f.accountId));

    t.clock.advance({ hours: 24 });
    assert.equal(await runInvitationSweep(t.ctx, null), 0);
    assert.equal((await activationMails(f.email)).length, 1);
  });

  test('"today" is the date in Amsterdam: 23:30 UTC is already the next day there', async () => {
    const o = await createOrganisation(t.ctx);
    const start = '2026-07-01';
    const f = await plannedFamily(o, start);
    // 43 days before the start, 23:30 UTC = 01:30 the next day in Amsterdam (summer time): 42 days before.
    const utcEvening = Temporal.PlainDate.from(start)
      .subtract({ days: 43 })
      .toZonedDateTime({ timeZone: 'UTC', plainTime: '23:30' })
      .toInstant();
    t.clock.set(utcEvening);
    assert.equal(
      todayIn(t.clock).toString(),
      Temporal.PlainDate.from(start).subtract({ days: 42 }).toString(),
    );
    await runInvitationSweep(t.ctx, o.id);
    assert.equal((await activationMails(f.email)).length, 1);
  });

  test('two sweeps at the same time (two server processes) send one mail', async () => {
    const o = await createOrganisation(t.ctx);
    t.clock.set(DEFAULT_NOW);
    const families = await Promise.all([plannedFamily(o, '2026-03-16'), plannedFamily(o, '2026-03-23')]);
    const counts = await Promise.all([runInvitationSweep(t.ctx, null), runInvitationSweep(t.ctx, null)]);
    assert.equal(counts[0]! + counts[1]!, 2, 'each account is claimed by one sweep');
    assert.equal(await runInvitationSweep(t.ctx, null), 0);
    for (const f of families) assert.equal((await activationMails(f.email)).length, 1);
  });

  test('an active account is never invited, nor a deactivated one, nor care that has ended', async () => {
    const o = await createOrganisation(t.ctx);
    t.clock.set(DEFAULT_NOW);
    const active = await plannedFamily(o, '2026-03-09', { activated: true });
    const running = await createFamily(t.ctx, o); // active account, care since 2025
    const disabled = await plannedFamily(o, '2026-03-09');
    await t.ctx.db
      .updateTable('accounts')
      .set({ disabled_at: new Date('2026-03-01T00:00:00Z') })
      .where('id', '=', disabled.accountId)
      .execute();
    const ended = await plannedFamily(o, '2025-01-06');
    await t.ctx.db
      .updateTable('placements')
      .set({ end_date: '2026-02-27' })
      .where('child_id', '=', ended.childId)
      .execute();
    await runInvitationSweep(t.ctx, null);
    for (const email of [active.email, running.email, disabled.email, ended.email]) {
      assert.equal((await activationMails(email)).length, 0, email);
    }
  });

  test('a placement starting in ten days invites the new guardian at once, without waiting for the schedule', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    const guardian = newGuardian();
    const created = await planner.post('/api/v1/children', {
      locationId: o.locationId,
      firstName: 'Fenna',
      lastName: 'Snel',
      birthDate: '2025-09-01',
      guardians: [{ guardian }],
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.guardians[0].invitation.status, 'not_invited');
    assert.equal(created.body.guardians[0].invitation.plannedOn, null, 'no care planned yet');
    assert.equal((await activationMails(guardian.email)).length, 0);

    const placed = await planner.post(`/api/v1/children/${created.body.child.id}/placements`, {
      groupId: o.groupIds[0],
      placementType: 'Flexibel',
      startDate: '2026-03-12',
      endDate: null,
      days: [{ weekday: 4, careProductId: o.productId }],
    });
    assert.equal(placed.status, 201);
    assert.equal(placed.body.guardians[0].invitation.plannedOn, '2026-03-02', 'today: sooner than six weeks');
    // The job sent in the placement's transaction runs now (the tests drain the queue themselves).
    assert.equal((await activationMails(guardian.email)).length, 1);
    const file = await planner.get(`/api/v1/children/${created.body.child.id}/file`);
    assert.equal(file.body.guardians[0].invitation.status, 'invited');
  });

  test('the status shows when the invitation is planned, and then invited, expired and active', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const adminStaff = await createStaff(t.ctx, o, 'organisation_admin');
    const f = await plannedFamily(o, '2026-06-01');
    // Signed in anew each time: the clock jumps further than a staff session lives.
    const signIn = async () => {
      const c = new TestClient(t.app);
      await c.login(adminStaff.email, TEST_PASSWORD);
      return c;
    };
    const admin = await signIn();
    const status = async () => {
      const file = await (await signIn()).get(`/api/v1/guardians/${f.guardianId}`);
      assert.equal(file.status, 200);
      return file.body.guardian.invitation;
    };
    assert.deepEqual(await status(), {
      status: 'not_invited',
      invitedAt: null,
      activatedAt: null,
      linkExpiresAt: null,
      plannedOn: '2026-04-20',
    });
    const list = await admin.get(`/api/v1/children?search=${encodeURIComponent(f.email)}`);
    assert.equal(list.body.total, 1);
    assert.equal(list.body.children[0].guardians[0].invitation.plannedOn, '2026-04-20');

    t.clock.set(nineOClock('2026-06-01', 42));
    await runInvitationSweep(t.ctx, null);
    assert.equal((await status()).status, 'invited');
    t.clock.advance({ hours: 31 * 24 });
    assert.equal((await status()).status, 'expired');
    await t.ctx.db
      .updateTable('accounts')
      .set({ activated_at: new Date('2026-05-20T10:00:00Z') })
      .where('id', '=', f.accountId)
      .execute();
    assert.equal((await status()).status, 'active');
  });
});

describe('inviting by hand', () => {
  test('staff send a new link (the old one stops working); not to an active account', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const planner = await staffClient(t.app, t.ctx, o, 'planner', { locationId: o.locationId });
    const f = await plannedFamily(o, '2026-09-01');
    const first = await planner.post(`/api/v1/guardians/${f.guardianId}/invitation`);
    assert.equal(first.status, 200);
    assert.equal(first.body.status, 'invited');
    const second = await planner.post(`/api/v1/guardians/${f.guardianId}/invitation`);
    assert.equal(second.status, 200);
    const mails = await activationMails(f.email);
    assert.equal(mails.length, 2);
    const tokenOf = (text: string) => /activeren#token=([A-Za-z0-9_-]+)/.exec(text)![1]!;
    const tokens = mails.map((m) => tokenOf(m.text));
    const results = await Promise.all(
      tokens.map((token) => new TestClient(t.app).post('/api/v1/auth/activation/inspect', { token })),
    );
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 400], 'only the newest link works');
    // The scheduled job does not invite again: the account is invited.
    assert.equal(await runInvitationSweep(t.ctx, null), 0);

    const active = await createFamily(t.ctx, o);
    const refused = await planner.post(`/api/v1/guardians/${active.guardianId}/invitation`);
    assert.equal(refused.status, 409);
  });

  test('only staff who may change the guardian; others get 403 or 404', async () => {
    t.clock.set(DEFAULT_NOW);
    const o = await createOrganisation(t.ctx);
    const f = await plannedFamily(o, '2026-09-01');
    const groupStaff = await staffClient(t.app, t.ctx, o, 'group_staff', { groupId: o.groupIds[0] });
    assert.equal((await groupStaff.post(`/api/v1/guardians/${f.guardianId}/invitation`)).status, 403);
    const other = await createOrganisation(t.ctx, 'Andere Opvang');
    const stranger = await staffClient(t.app, t.ctx, other, 'organisation_admin');
    assert.equal((await stranger.post(`/api/v1/guardians/${f.guardianId}/invitation`)).status, 404);
    assert.equal((await activationMails(f.email)).length, 0);
  });
});

describe('development route', () => {
  test('POST /dev/invitations/run invites who is due and delivers the mail at once', async () => {
    const o = await createOrganisation(t.ctx);
    t.clock.set(DEFAULT_NOW);
    const f = await plannedFamily(o, '2026-03-30');
    const res = await new TestClient(t.app).post('/api/v1/dev/invitations/run');
    assert.equal(res.status, 200);
    assert.ok(res.body.invited >= 1);
    const box = await new TestClient(t.app).get('/api/v1/dev/mailbox');
    assert.ok(box.body.mails.some((m: { to: string }) => m.to === f.email));
  });
});
