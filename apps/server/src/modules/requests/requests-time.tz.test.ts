import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createOrganisation, useTestSystem } from '../../../test/index.ts';
import { addIncidentalProducts, familyClient, newKey, oneDay } from '../../../test/requests-factories.ts';

// Time (issue rule 11): the same answers on the days the clocks change (29 March and 25 October 2026), whatever
// the server process's time zone. `npm test` runs this file under UTC, Europe/Amsterdam and Pacific/Auckland.
// Policy hours are real hours: 24 hours before 07:30 on the Monday after the spring change is 07:30 on Sunday.
const t = useTestSystem();

async function family(now: string) {
  t.clock.set(now);
  const o = await createOrganisation(t.ctx);
  const products = await addIncidentalProducts(t.ctx, o);
  const f = await familyClient(t.app, t.ctx, o);
  return { o, ...products, f, childId: f.childIds[0] as string };
}

const byDate = (body: any, date: string) => body.dates.find((d: any) => d.date === date);

for (const c of [
  {
    name: 'spring: Sunday 29 March 2026 has 23 hours',
    now: '2026-03-27T10:00:00Z',
    from: '2026-03-28',
    to: '2026-03-31',
    sunday: '2026-03-29',
    next: '2026-04-01',
    monday: '2026-03-30',
    // Monday 07:30 CEST is 05:30Z; 24 hours earlier is Sunday 05:30Z (07:30 CEST, the change was at 02:00).
    mondayDeadline: '2026-03-29T05:30:00Z',
    tuesday: '2026-03-31',
    expiresOn: '2026-03-30',
    // 00:00 CEST on 30 March.
    expiresAt: '2026-03-29T22:00:00.000Z',
    tuesdayCancel: '2026-03-30T11:00:00Z',
  },
  {
    name: 'autumn: Sunday 25 October 2026 has 25 hours',
    now: '2026-10-23T10:00:00Z',
    from: '2026-10-24',
    to: '2026-10-27',
    sunday: '2026-10-25',
    next: '2026-10-28',
    monday: '2026-10-26',
    // Monday 07:30 CET is 06:30Z; 24 hours earlier is Sunday 06:30Z (07:30 CET, the change was at 03:00).
    mondayDeadline: '2026-10-25T06:30:00Z',
    tuesday: '2026-10-27',
    expiresOn: '2026-10-26',
    // 00:00 CET on 26 October.
    expiresAt: '2026-10-25T23:00:00.000Z',
    tuesdayCancel: '2026-10-26T12:00:00Z',
  },
]) {
  test(`${c.name}: every local date once, local times kept, deadlines and expiry exact (TZ=${process.env.TZ ?? 'unset'})`, async () => {
    const { o, morning, afternoon, f, childId } = await family(c.now);
    const options = await f.client.get(`/api/v1/requests/options?from=${c.from}&to=${c.to}`);
    assert.equal(options.status, 200);
    assert.deepEqual(
      options.body.dates.map((d: any) => d.date),
      [c.from, c.sunday, c.monday, c.tuesday],
    );
    const monday = byDate(options.body, c.monday).children[0];
    assert.deepEqual(
      monday.planned.map((p: any) => [p.startTime, p.endTime]),
      [['07:30', '18:30']],
    );
    const m = monday.options.find((x: any) => x.careProductId === morning);
    assert.equal(m.requestDeadline, c.mondayDeadline);
    assert.equal(m.priceCents, 5500);

    const agenda = await f.client.get(`/api/v1/agenda?from=${c.from}&days=4`);
    assert.deepEqual(
      agenda.body.days.map((d: any) => [d.date, d.items.map((i: any) => `${i.startTime}-${i.endTime}`)]),
      [
        [c.from, []],
        [c.sunday, []],
        [c.monday, ['07:30-18:30']],
        [c.tuesday, []],
      ],
    );
    assert.equal(agenda.body.nextFrom, c.next);

    const made = await f.client.post(
      '/api/v1/requests',
      oneDay(c.tuesday, [{ childId, groupId: o.groupIds[0], careProductId: afternoon }], {
        expiresOn: c.expiresOn,
      }),
      { 'idempotency-key': newKey() },
    );
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.lines[0].expiresAt, c.expiresAt);
    assert.equal(made.body.lines[0].cancel.deadline, c.tuesdayCancel);
    assert.equal(made.body.lines[0].date, c.tuesday);
    assert.equal(made.body.lines[0].startTime, '13:00');
  });
}
