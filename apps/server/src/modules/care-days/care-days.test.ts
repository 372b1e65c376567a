import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createOrganisation, type TestOrganisation, useTestSystem } from '../../../test/index.ts';
import type { AppError } from '../../errors.ts';
import * as families from '../families/families.queries.ts';
import { insertClosingDay } from '../organisation/closing-days.queries.ts';
import * as org from '../organisation/organisation.queries.ts';
import {
  type CareDayRow,
  insertLocationHolidayPeriod,
  selectCareDays,
  selectSchoolHolidays,
} from './care-days.queries.ts';
import { plannedCareDays } from './care-days.service.ts';

const t = useTestSystem();

let seq = 0;

function product(o: TestOrganisation, weekType: 'school' | 'holiday' | 'any', weekdays = [1, 2, 3, 4, 5]) {
  return org.insertCareProduct(t.ctx.db, o.id, {
    name: `Product ${++seq}`,
    startTime: weekType === 'holiday' ? '08:00' : '07:30',
    endTime: weekType === 'holiday' ? '17:00' : '18:30',
    weekdays,
    weekType,
    pricing: 'hourly',
    priceCents: 1000,
    usage: 'contract',
    groupIds: o.groupIds,
  });
}

/** A child placed in `groupId` on `weekdays` with `productId`, from `startDate` to `endDate` (inclusive). */
async function placedChild(
  o: TestOrganisation,
  p: { productId: string; weekdays: number[]; startDate: string; endDate?: string | null; groupId?: string },
) {
  const childId = await families.insertChild(t.ctx.db, o.id, {
    locationId: o.locationId,
    firstName: 'Kind',
    lastName: `${++seq}`,
    birthDate: '2024-01-15',
  });
  await families.insertPlacement(t.ctx.db, o.id, {
    childId,
    groupId: p.groupId ?? o.groupIds[0],
    placementType: 'Vast',
    startDate: p.startDate,
    endDate: p.endDate ?? null,
    days: p.weekdays.map((weekday) => ({ weekday, careProductId: p.productId })),
  });
  return childId;
}

const dates = (rows: CareDayRow[], childId?: string) =>
  rows.filter((r) => childId === undefined || r.childId === childId).map((r) => r.date);

/** Monday to Friday of the weeks starting on the given Mondays (October 2027). */
const weekdaysOf = (...mondays: number[]) =>
  mondays.flatMap((m) => [0, 1, 2, 3, 4].map((i) => `2027-10-${String(m + i).padStart(2, '0')}`));

test('the weekday pattern and the period (inclusive end, open end) decide the planned days', async () => {
  const o = await createOrganisation(t.ctx);
  // Wednesday 8 to Monday 20 September 2027, on Mondays and Wednesdays.
  const bounded = await placedChild(o, {
    productId: o.productId,
    weekdays: [1, 3],
    startDate: '2027-09-08',
    endDate: '2027-09-20',
  });
  const open = await placedChild(o, { productId: o.productId, weekdays: [1, 3], startDate: '2027-09-27' });
  const rows = await selectCareDays(t.ctx.db, o.id, [bounded, open], '2027-09-01', '2027-10-06');
  assert.deepEqual(dates(rows, bounded), ['2027-09-08', '2027-09-13', '2027-09-15', '2027-09-20']);
  assert.deepEqual(dates(rows, open), ['2027-09-27', '2027-09-29', '2027-10-04', '2027-10-06']);
  const first = rows.find((r) => r.childId === bounded);
  assert.deepEqual(first, {
    childId: bounded,
    date: '2027-09-08',
    placementId: first?.placementId,
    groupId: o.groupIds[0],
    locationId: o.locationId,
    careProductId: o.productId,
    startTime: '07:30',
    endTime: '18:30',
    weekType: 'school',
    source: 'contract',
    requestLineId: null,
    absenceLineId: null,
    absenceReason: null,
  });
  // Only the children asked for.
  assert.deepEqual(dates(await selectCareDays(t.ctx.db, o.id, [open], '2027-09-01', '2027-09-30')), [
    '2027-09-27',
    '2027-09-29',
  ]);
});

test('school-week products skip the region autumn holiday, holiday-week products only have it, per region', async () => {
  const o = await createOrganisation(t.ctx);
  const schoolChild = await placedChild(o, {
    productId: await product(o, 'school'),
    weekdays: [1, 2, 3, 4, 5],
    startDate: '2027-08-30',
  });
  const holidayChild = await placedChild(o, {
    productId: await product(o, 'holiday'),
    weekdays: [1, 2, 3, 4, 5],
    startDate: '2027-08-30',
  });
  const plan = () => selectCareDays(t.ctx.db, o.id, [schoolChild, holidayChild], '2027-10-11', '2027-11-05');

  // Noord (the default): herfstvakantie 16–24 October 2027.
  let rows = await plan();
  assert.deepEqual(dates(rows, schoolChild), weekdaysOf(11, 25).concat(weekdaysOf(1).map(nov)));
  assert.deepEqual(dates(rows, holidayChild), weekdaysOf(18));
  assert.ok(rows.filter((r) => r.childId === holidayChild).every((r) => r.weekType === 'holiday'));
  assert.ok(rows.filter((r) => r.childId === schoolChild).every((r) => r.weekType === 'school'));
  assert.equal(rows.find((r) => r.childId === holidayChild)?.startTime, '08:00');

  // Zuid: herfstvakantie 23–31 October 2027.
  await org.updateOrganisation(t.ctx.db, o.id, { school_holiday_region: 'zuid' });
  rows = await plan();
  assert.deepEqual(dates(rows, schoolChild), weekdaysOf(11, 18).concat(weekdaysOf(1).map(nov)));
  assert.deepEqual(dates(rows, holidayChild), weekdaysOf(25));
});

/** `2027-10-0d` of weekdaysOf(1) as the same day in November. */
function nov(date: string): string {
  return date.replace('2027-10-', '2027-11-');
}

test("a location's deviations change the holidays there: an extra holiday week, a default holiday kept as school", async () => {
  const o = await createOrganisation(t.ctx);
  const schoolChild = await placedChild(o, {
    productId: await product(o, 'school'),
    weekdays: [1, 2, 3, 4, 5],
    startDate: '2027-08-30',
  });
  const holidayChild = await placedChild(o, {
    productId: await product(o, 'holiday'),
    weekdays: [1, 2, 3, 4, 5],
    startDate: '2027-08-30',
  });
  // A deviation at another location changes nothing here.
  const elsewhere = await org.insertLocation(t.ctx.db, o.id, { name: 'Elders' });
  await insertLocationHolidayPeriod(t.ctx.db, o.id, {
    locationId: elsewhere,
    kind: 'school',
    startDate: '2027-10-16',
    endDate: '2027-10-24',
    description: 'School elders houdt les',
  });
  const plan = () => selectCareDays(t.ctx.db, o.id, [schoolChild, holidayChild], '2027-10-11', '2027-10-29');
  let rows = await plan();
  assert.deepEqual(dates(rows, holidayChild), weekdaysOf(18));

  await insertLocationHolidayPeriod(t.ctx.db, o.id, {
    locationId: o.locationId,
    kind: 'holiday',
    startDate: '2027-10-09',
    endDate: '2027-10-15',
    description: 'Extra herfstweek van de school',
  });
  rows = await plan();
  assert.deepEqual(dates(rows, schoolChild), weekdaysOf(25));
  assert.deepEqual(dates(rows, holidayChild), weekdaysOf(11, 18));

  await insertLocationHolidayPeriod(t.ctx.db, o.id, {
    locationId: o.locationId,
    kind: 'school',
    startDate: '2027-10-18',
    endDate: '2027-10-20',
    description: 'School begint eerder',
  });
  rows = await plan();
  assert.deepEqual(dates(rows, schoolChild), ['2027-10-18', '2027-10-19', '2027-10-20', ...weekdaysOf(25)]);
  assert.deepEqual(dates(rows, holidayChild), [...weekdaysOf(11), '2027-10-21', '2027-10-22']);
});

test('closing days remove the day at every location or at the one location they name', async () => {
  const o = await createOrganisation(t.ctx);
  const otherLocation = await org.insertLocation(t.ctx.db, o.id, { name: 'Tweede locatie' });
  const otherGroup = await org.insertGroup(t.ctx.db, o.id, {
    locationId: otherLocation,
    name: 'Groep C',
    kind: 'KDV',
    minAgeMonths: 0,
    maxAgeMonths: 48,
    capacity: 12,
    openingHours: [],
  });
  const here = await placedChild(o, { productId: o.productId, weekdays: [1, 2, 3], startDate: '2027-09-01' });
  const there = await placedChild(o, {
    productId: o.productId,
    weekdays: [1, 2, 3],
    startDate: '2027-09-01',
    groupId: otherGroup,
  });
  await insertClosingDay(t.ctx.db, o.id, { date: '2027-09-13', description: 'Studiedag', locationId: null });
  await insertClosingDay(t.ctx.db, o.id, {
    date: '2027-09-14',
    description: 'Verbouwing',
    locationId: o.locationId,
  });
  const rows = await selectCareDays(t.ctx.db, o.id, [here, there], '2027-09-13', '2027-09-15');
  assert.deepEqual(dates(rows, here), ['2027-09-15']);
  assert.deepEqual(dates(rows, there), ['2027-09-14', '2027-09-15']);
  assert.equal(rows.find((r) => r.childId === there)?.locationId, otherLocation);
});

test('ranges over the DST changes give every local date with the same local times, whatever the time zone', async () => {
  const o = await createOrganisation(t.ctx);
  const everyDay = await product(o, 'any', [1, 2, 3, 4, 5, 6, 7]);
  const child = await placedChild(o, {
    productId: everyDay,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startDate: '2026-01-05',
  });
  for (const zone of ['UTC', 'Europe/Amsterdam', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
    const [spring, autumn] = await t.ctx.db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('TimeZone', ${zone}, true)`.execute(trx);
      return [
        await selectCareDays(trx, o.id, [child], '2026-03-28', '2026-03-30'),
        await selectCareDays(trx, o.id, [child], '2026-10-24', '2026-10-26'),
      ];
    });
    assert.deepEqual(dates(spring), ['2026-03-28', '2026-03-29', '2026-03-30'], zone);
    assert.deepEqual(dates(autumn), ['2026-10-24', '2026-10-25', '2026-10-26'], zone);
    for (const r of [...spring, ...autumn]) {
      assert.equal(r.startTime, '07:30', zone);
      assert.equal(r.endTime, '18:30', zone);
    }
  }
});

test('children can be given as a set query, as the authorisation rules produce them', async () => {
  const o = await createOrganisation(t.ctx);
  const child = await placedChild(o, { productId: o.productId, weekdays: [5], startDate: '2027-09-01' });
  const set = t.ctx.db.selectFrom('children').select('id').where('organisation_id', '=', o.id);
  const rows = await selectCareDays(t.ctx.db, o.id, set, '2027-09-01', '2027-09-12');
  assert.deepEqual(dates(rows, child), ['2027-09-03', '2027-09-10']);
  // Another organisation's id asks for nothing.
  const other = await createOrganisation(t.ctx);
  assert.deepEqual(await selectCareDays(t.ctx.db, other.id, [child], '2027-09-01', '2027-09-12'), []);
});

test('the service checks the range: dates, order and at most 400 days', async () => {
  const o = await createOrganisation(t.ctx);
  const fails = async (from: string, to: string, path: string, code: string) => {
    const err = (await plannedCareDays(t.ctx.db, o.id, [], from, to).catch((e: unknown) => e)) as AppError;
    assert.equal(err.status, 400);
    assert.deepEqual(
      err.fields?.map((f) => [f.path, f.code]),
      [[path, code]],
    );
  };
  await fails('2027-02-30', '2027-03-01', 'from', 'invalid_format');
  await fails('2027-03-02', '2027-03-01', 'to', 'date_order');
  await fails('2027-01-01', '2028-02-05', 'to', 'too_big');
  assert.deepEqual(await plannedCareDays(t.ctx.db, o.id, [], '2027-01-01', '2028-02-04'), []);
});

/** Holidays not yet in the data because no source could be found (docs/school-holidays.md). */
const KNOWN_GAPS = new Set(['2026/27 meivakantie', '2026/27 zomervakantie']);
const KINDS = ['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie'];

test('the school holiday data covers every region and school year 2025/26–2027/28, without overlaps', async () => {
  const rows = await selectSchoolHolidays(t.ctx.db);
  for (const region of ['noord', 'midden', 'zuid']) {
    const own = rows.filter((r) => r.region === region);
    for (const year of ['2025/26', '2026/27', '2027/28']) {
      const expected = KINDS.filter((k) => !KNOWN_GAPS.has(`${year} ${k}`));
      const kinds = own.filter((r) => r.school_year === year).map((r) => r.kind);
      assert.deepEqual(kinds, expected, `${region} ${year}`);
    }
    own.forEach((r, i) => {
      assert.ok(r.start_date <= r.end_date, `${region} ${r.school_year} ${r.kind} starts before it ends`);
      // The published holidays run from a Saturday to a Sunday.
      assert.equal(
        new Date(`${r.start_date}T12:00:00Z`).getUTCDay(),
        6,
        `${r.kind} ${r.school_year} starts on Saturday`,
      );
      assert.equal(
        new Date(`${r.end_date}T12:00:00Z`).getUTCDay(),
        0,
        `${r.kind} ${r.school_year} ends on Sunday`,
      );
      const next = own[i + 1];
      if (next)
        assert.ok(r.end_date < next.start_date, `${region}: ${r.kind} ${r.school_year} overlaps the next`);
    });
  }
  for (const r of rows) {
    const [first, second] = r.school_year.split('/');
    assert.ok(
      r.start_date >= `${first}-08-01` && r.end_date <= `20${second}-09-30`,
      `${r.kind} ${r.school_year}`,
    );
    assert.match(r.source_url, /^https:\/\/www\.rijksoverheid\.nl\/onderwerpen\/schoolvakanties\//);
    assert.equal(r.verified, r.school_year === '2027/28', `${r.region} ${r.school_year} ${r.kind} verified`);
  }
  // Christmas is the same everywhere.
  const christmas = rows.filter((r) => r.kind === 'kerstvakantie' && r.school_year === '2027/28');
  assert.deepEqual(
    new Set(christmas.map((r) => `${r.start_date}…${r.end_date}`)),
    new Set(['2027-12-25…2028-01-09']),
  );
});
