import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffClient } from '../../../test/families-factories.ts';
import {
  createFamily,
  createOrganisation,
  TEST_PASSWORD,
  TestClient,
  type TestFamily,
  type TestOrganisation,
  useTestSystem,
} from '../../../test/index.ts';
import { eventUid } from './calendar-feed.service.ts';
import { parseFeed } from './parse-ics.testing.ts';

// Monday 16 March 2026, 09:00 in Amsterdam (winter time): the feed runs from 14 February 2026 to 16 March 2027.
const t = useTestSystem({ now: '2026-03-16T08:00:00Z' });

async function signedIn(family: TestFamily): Promise<TestClient> {
  const client = new TestClient(t.app);
  const res = await client.login(family.email, TEST_PASSWORD);
  assert.equal(res.status, 200);
  return client;
}

/** The path of a feed address, for `app.inject`. */
const pathOf = (url: string) => new URL(url).pathname;

async function fetchFeed(url: string) {
  return t.app.inject({ method: 'GET', url: pathOf(url) });
}

async function makeFeed(client: TestClient): Promise<string> {
  const res = await client.post('/api/v1/calendar-feed');
  assert.equal(res.status, 201);
  return res.body.url;
}

let seq = 0;

/** A request line of `childId` with the given status, inserted as the requests module stores it. */
async function requestLine(
  o: TestOrganisation,
  family: TestFamily,
  childId: string,
  line: { date: string; start: string; end: string; status: 'pending' | 'approved' | 'rejected' },
) {
  const request = await t.ctx.db
    .insertInto('care_requests')
    .values({
      organisation_id: o.id,
      kind: 'extra',
      guardian_id: family.guardianId,
      submitted_by_account_id: family.accountId,
      submitted_at: new Date('2026-03-16T08:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const decided = line.status !== 'pending';
  await t.ctx.db
    .insertInto('care_request_lines')
    .values({
      organisation_id: o.id,
      request_id: request.id,
      booking_id: crypto.randomUUID(),
      child_id: childId,
      group_id: o.groupIds[0],
      care_product_id: o.productId,
      date: line.date,
      start_time: line.start,
      end_time: line.end,
      price_cents: 5000 + ++seq,
      status: line.status,
      expires_at: new Date(`${line.date}T00:00:00Z`),
      decided_at: decided ? new Date('2026-03-16T09:00:00Z') : null,
      reason: line.status === 'rejected' ? 'Groep vol' : null,
    })
    .execute();
}

test('a guardian makes a feed with the care days of all their children, at the right local times', async () => {
  const o = await createOrganisation(t.ctx);
  const family = await createFamily(t.ctx, o, { children: 2 });
  const client = await signedIn(family);

  assert.deepEqual((await client.get('/api/v1/calendar-feed')).body, { active: false, createdAt: null });
  const url = await makeFeed(client);
  assert.match(url, /^http:\/\/localhost:3000\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  assert.deepEqual((await client.get('/api/v1/calendar-feed')).body, {
    active: true,
    createdAt: '2026-03-16T08:00:00Z',
  });

  const res = await fetchFeed(url);
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
  assert.equal(res.headers['cache-control'], 'private, max-age=900');
  const feed = parseFeed(res.body);
  assert.match(feed.properties['x-wr-calname'] ?? '', /^Opvang – Test Opvang$/);

  // Each child is planned on Mondays: both children on every Monday of the window, nothing else.
  const [first, second] = family.childIds as [string, string];
  const on = (date: string) => feed.events.filter((e) => e.start.startsWith(date));
  const monday = on('2026-03-16');
  assert.equal(monday.length, 2);
  assert.deepEqual(
    monday.map((e) => e.uid).sort(),
    [eventUid(first, '2026-03-16', o.productId), eventUid(second, '2026-03-16', o.productId)].sort(),
  );
  const e = monday[0];
  assert.equal(e?.start, '2026-03-16T06:30:00.000Z');
  assert.equal(e?.end, '2026-03-16T17:30:00.000Z');
  assert.match(e?.summary ?? '', /^Kind[01] – Groep A$/);
  assert.equal(e?.location, 'Locatie');
  assert.equal(e?.description, 'Hele dag');
  assert.equal(e?.status, 'CONFIRMED');
  // The Mondays after both DST changes: 07:30 in Amsterdam is 05:30Z in summer and 06:30Z in winter.
  assert.deepEqual(
    on('2026-03-30').map((x) => x.start),
    ['2026-03-30T05:30:00.000Z', '2026-03-30T05:30:00.000Z'],
  );
  assert.deepEqual(
    on('2026-10-26').map((x) => x.start),
    ['2026-10-26T06:30:00.000Z', '2026-10-26T06:30:00.000Z'],
  );
  // The window: 30 days back to 365 days ahead.
  const dates = feed.events.map((x) => x.start.slice(0, 10)).sort();
  assert.equal(dates[0], '2026-02-16');
  assert.equal(dates.at(-1), '2027-03-15');
  assert.equal(feed.events.length, 2 * 57);

  // UIDs are stable from one fetch to the next, also a day later.
  t.clock.advance({ hours: 24 });
  const again = parseFeed((await fetchFeed(url)).body);
  t.clock.set('2026-03-16T08:00:00Z');
  const uids = new Set(again.events.map((x) => x.uid));
  assert.ok(feed.events.filter((x) => x.start > '2026-02-18').every((x) => uids.has(x.uid)));
});

test('open request lines show as tentative, approved ones as care days, rejected ones not at all', async () => {
  const o = await createOrganisation(t.ctx);
  const family = await createFamily(t.ctx, o);
  const [childId] = family.childIds as [string];
  await requestLine(o, family, childId, {
    date: '2026-04-01',
    start: '08:00',
    end: '13:00',
    status: 'pending',
  });
  await requestLine(o, family, childId, {
    date: '2026-04-02',
    start: '08:00',
    end: '13:00',
    status: 'approved',
  });
  await requestLine(o, family, childId, {
    date: '2026-04-03',
    start: '08:00',
    end: '13:00',
    status: 'rejected',
  });
  const feed = parseFeed((await fetchFeed(await makeFeed(await signedIn(family)))).body);
  const on = (date: string) => feed.events.filter((e) => e.start.startsWith(date));

  const [pending] = on('2026-04-01');
  assert.equal(pending?.status, 'TENTATIVE');
  assert.equal(pending?.summary, 'Aangevraagd: Kind0 – Groep A');
  assert.equal(pending?.start, '2026-04-01T06:00:00.000Z');
  assert.equal(pending?.end, '2026-04-01T11:00:00.000Z');
  assert.equal(pending?.uid, eventUid(childId, '2026-04-01', o.productId));
  const [approved] = on('2026-04-02');
  assert.equal(approved?.status, 'CONFIRMED');
  assert.equal(approved?.summary, 'Kind0 – Groep A');
  assert.equal(approved?.description, 'Hele dag\nExtra dag');
  assert.deepEqual(on('2026-04-03'), []);
});

test('a day part reported absent stays in the feed, cancelled', async () => {
  t.clock.set('2026-03-16T08:00:00Z');
  const o = await createOrganisation(t.ctx);
  const family = await createFamily(t.ctx, o);
  const [childId] = family.childIds as [string];
  const client = await signedIn(family);
  const url = await makeFeed(client);
  // Children of the factory are planned on Mondays, 07:30–18:30.
  const absence = await client.post(
    '/api/v1/absences',
    {
      reason: 'sick',
      parts: [
        {
          childId,
          groupId: o.groupIds[0],
          careProductId: o.productId,
          date: '2026-03-23',
          startTime: '07:30',
        },
      ],
    },
    { 'idempotency-key': `absent-${childId}` },
  );
  assert.equal(absence.status, 201, JSON.stringify(absence.body));
  const feed = parseFeed((await fetchFeed(url)).body);
  const monday = feed.events.filter((e) => e.start.startsWith('2026-03-23'));
  assert.deepEqual(
    monday.map((e) => [e.status, e.summary]),
    [['CANCELLED', 'Afwezig: Kind0 – Groep A']],
  );
  assert.ok(feed.events.some((e) => e.start.startsWith('2026-03-30') && e.status === 'CONFIRMED'));
});

test('long names with accents fold and read back whole', async () => {
  const o = await createOrganisation(t.ctx, 'Stichting Kinderopvang ’s-Hertogenbosch, Crème & Brûlée');
  const family = await createFamily(t.ctx, o);
  const [childId] = family.childIds as [string];
  const childName = 'Zoë-Anaïs Éléonore';
  const groupName = 'Peuteropvang “De Zonnebloem”; verticale groep één, tweede verdieping 😀';
  const locationName = 'Kindcentrum Sint-Jozef – Crèche De Kraaiennest, Oude Rijnstraat 12, Leiderdorp';
  await t.ctx.db.updateTable('children').set({ first_name: childName }).where('id', '=', childId).execute();
  await t.ctx.db.updateTable('groups').set({ name: groupName }).where('id', '=', o.groupIds[0]).execute();
  await t.ctx.db
    .updateTable('locations')
    .set({ name: locationName })
    .where('id', '=', o.locationId)
    .execute();
  const res = await fetchFeed(await makeFeed(await signedIn(family)));
  for (const line of res.body.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75);
  const feed = parseFeed(res.body);
  const e = feed.events[0];
  assert.equal(e?.summary, `${childName} – ${groupName}`);
  assert.equal(e?.location, locationName);
});

test('a new address revokes the old one at once; a revoked address answers 404', async () => {
  const o = await createOrganisation(t.ctx);
  const family = await createFamily(t.ctx, o);
  const client = await signedIn(family);
  const old = await makeFeed(client);
  const current = await makeFeed(client);
  assert.notEqual(old, current);
  assert.equal((await fetchFeed(old)).statusCode, 404);
  assert.equal((await fetchFeed(current)).statusCode, 200);

  assert.equal((await client.delete('/api/v1/calendar-feed')).status, 204);
  assert.equal((await fetchFeed(current)).statusCode, 404);
  assert.deepEqual((await client.get('/api/v1/calendar-feed')).body, { active: false, createdAt: null });
  // Revoking again changes nothing.
  assert.equal((await client.delete('/api/v1/calendar-feed')).status, 204);

  // A guardian whose account is disabled has no working feed.
  const last = await makeFeed(client);
  await t.ctx.db
    .updateTable('accounts')
    .set({ disabled_at: new Date('2026-03-16T08:00:00Z') })
    .where('id', '=', family.accountId)
    .execute();
  assert.equal((await fetchFeed(last)).statusCode, 404);

  const audit = await t.ctx.db
    .selectFrom('audit_events')
    .select(['action', 'subject_id', 'subject_label'])
    .where('organisation_id', '=', o.id)
    .where('action', 'like', 'calendarFeed.%')
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['calendarFeed.create', 'calendarFeed.rotate', 'calendarFeed.revoke', 'calendarFeed.create'],
  );
  assert.ok(audit.every((a) => a.subject_id === family.guardianId));
  assert.ok(audit.every((a) => a.subject_label?.startsWith('Ouder ')));
});

test('unknown and malformed addresses answer 404 without a session', async () => {
  for (const file of ['x'.repeat(43), `${'x'.repeat(43)}.ics`, 'abc.ics', '..%2F..%2Fetc.ics']) {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/calendar/${file}` });
    assert.equal(res.statusCode, 404, file);
  }
});

test("another guardian's children never appear in a feed", async () => {
  const o = await createOrganisation(t.ctx);
  const mine = await createFamily(t.ctx, o);
  const other = await createFamily(t.ctx, o, { children: 2 });
  const otherUids = other.childIds.map((id) => eventUid(id, '2026-03-23', o.productId));
  const feed = parseFeed((await fetchFeed(await makeFeed(await signedIn(mine)))).body);
  assert.equal(feed.events.filter((e) => e.start.startsWith('2026-03-23')).length, 1);
  assert.ok(feed.events.every((e) => !otherUids.includes(e.uid)));
  assert.ok(
    feed.events.every((e) =>
      mine.childIds.some((id) => e.uid === eventUid(id, e.start.slice(0, 10), o.productId)),
    ),
  );
});

test('staff accounts cannot have a feed; without a session the management routes answer 401', async () => {
  const o = await createOrganisation(t.ctx);
  const admin = await staffClient(t.app, t.ctx, o, 'organisation_admin');
  assert.equal((await admin.post('/api/v1/calendar-feed')).status, 403);
  assert.equal((await admin.get('/api/v1/calendar-feed')).status, 403);
  assert.equal((await admin.delete('/api/v1/calendar-feed')).status, 403);
  const anonymous = new TestClient(t.app);
  assert.equal((await anonymous.post('/api/v1/calendar-feed')).status, 401);
  assert.equal((await anonymous.get('/api/v1/calendar-feed')).status, 401);
});
