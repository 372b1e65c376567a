import type {
  ChildCareDays,
  ChildCareDaysQuery,
  CreateHolidayPeriodBody,
  HolidayPeriod,
  HolidayPeriodKind,
  PlannedCareDay,
  SchoolHoliday,
} from '@nestje/contract';
import { Temporal } from 'temporal-polyfill';
import { permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import { notAllowed, permittedAmong } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/sql.ts';
import { Conflict, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { todayIn } from '../../time/clock.ts';
import { selectGroupNames } from '../agenda/agenda.queries.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import { locationManage, locationRead } from '../organisation/organisation.actions.ts';
import { selectProductNames } from '../requests/options.queries.ts';
import {
  type CareDayRow,
  type ChildSet,
  deleteLocationHolidayPeriod,
  type HolidayPeriodRow,
  insertLocationHolidayPeriod,
  isExclusionViolation,
  selectCareDays,
  selectHolidayPeriod,
  selectHolidayPeriodsOf,
  selectOrganisationRegion,
  selectRegionSchoolHolidays,
} from './care-days.queries.ts';

/** The longest range asked for at once: a school year and a bit. */
export const MAX_CARE_DAY_RANGE_DAYS = 400;

function parseDay(field: string, value: string): Temporal.PlainDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw fieldError(field, 'invalid_format', 'Expected a date (YYYY-MM-DD)');
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw fieldError(field, 'invalid_format', 'Expected a date (YYYY-MM-DD)');
  }
}

/**
 * The planned care days of `children` in the organisation from `from` to `to`, both inclusive (at most
 * MAX_CARE_DAY_RANGE_DAYS days). The caller has already limited `children` to what the principal may see.
 */
export async function plannedCareDays(
  db: Executor,
  organisationId: string,
  children: ChildSet,
  from: string,
  to: string,
): Promise<CareDayRow[]> {
  const start = parseDay('from', from);
  const end = parseDay('to', to);
  if (Temporal.PlainDate.compare(end, start) < 0) {
    throw fieldError('to', 'date_order', 'The end date lies before the start date');
  }
  if (start.until(end).days + 1 > MAX_CARE_DAY_RANGE_DAYS) {
    throw fieldError('to', 'too_big', `At most ${MAX_CARE_DAY_RANGE_DAYS} days at once`);
  }
  return selectCareDays(db, organisationId, children, start.toString(), end.toString());
}

/** Names of groups (with their location) and of care products, by id, as selectGroupNames and selectProductNames give them. */
export interface CareDayNames {
  groups: ReadonlyMap<string, { groupName: string; locationName: string }>;
  products: ReadonlyMap<string, string>;
}

/** A planned care day as the contract shows it, with its group, location and product named. */
export function plannedCareDayOf(row: CareDayRow, names: CareDayNames): PlannedCareDay {
  const group = names.groups.get(row.groupId);
  return {
    date: row.date,
    groupId: row.groupId,
    groupName: group?.groupName ?? '',
    locationName: group?.locationName ?? '',
    productName: names.products.get(row.careProductId) ?? '',
    startTime: row.startTime,
    endTime: row.endTime,
    source: row.source,
    lineId: row.requestLineId,
    absence:
      row.absenceLineId && row.absenceReason
        ? { lineId: row.absenceLineId, reason: row.absenceReason }
        : null,
  };
}

/**
 * GET /children/:childId/care-days (the child file's planning): the child's planned day parts from `from` (today
 * in Amsterdam when left out) for `days` days, in three queries whatever the range. The route has checked that
 * the staff member may read the child; the read is audited as one of the child's data.
 */
export async function listChildCareDays(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  query: ChildCareDaysQuery,
): Promise<ChildCareDays> {
  const start = query.from === undefined ? todayIn(ctx.clock) : parseDay('from', query.from);
  const end = start.add({ days: query.days - 1 });
  const [from, to] = [start.toString(), end.toString()];
  const org = principal.organisationId;
  const rows = await plannedCareDays(ctx.db, org, [childId], from, to);
  const [groups, products] = await Promise.all([
    selectGroupNames(
      ctx.db,
      org,
      rows.map((r) => r.groupId),
    ),
    selectProductNames(
      ctx.db,
      org,
      rows.map((r) => r.careProductId),
    ),
  ]);
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: org,
    actorAccountId: principal.accountId,
    action: 'child.read',
    childIds: [childId],
    details: { view: 'planning', from, to },
  });
  return {
    from,
    to,
    days: rows.map((r) => plannedCareDayOf(r, { groups, products })),
    nextFrom: end.add({ days: 1 }).toString(),
  };
}

// The school holidays and the locations' deviations from them.

export const HOLIDAY_PERIOD_DELETE = 'holidayPeriod.delete';

function toHolidayPeriod(row: HolidayPeriodRow, deletable: boolean): HolidayPeriod {
  return {
    id: row.id,
    locationId: row.location_id,
    locationName: row.location_name,
    kind: row.kind as HolidayPeriodKind,
    startDate: row.start_date,
    endDate: row.end_date,
    description: row.description,
    permittedActions: deletable ? [HOLIDAY_PERIOD_DELETE] : [],
  };
}

const periodLabel = (row: { start_date: string; end_date: string; location_name: string }) =>
  `${row.start_date}–${row.end_date} ${row.location_name}`;

/** The school holidays of the organisation's region, every school year the reference data has. */
export async function listSchoolHolidays(ctx: AppContext, principal: Principal): Promise<SchoolHoliday[]> {
  const region = await selectOrganisationRegion(ctx.db, principal.organisationId);
  const rows = await selectRegionSchoolHolidays(ctx.db, region);
  return rows.map((r) => ({
    region: r.region as SchoolHoliday['region'],
    schoolYear: r.school_year,
    kind: r.kind as SchoolHoliday['kind'],
    startDate: r.start_date,
    endDate: r.end_date,
    verified: r.verified,
  }));
}

/**
 * The deviating periods of the locations the principal sees (or of one of them: 404 when they do not see it),
 * each removable by those who manage its location.
 */
export async function listHolidayPeriods(
  ctx: AppContext,
  principal: Principal,
  filter: { locationId?: string | undefined },
): Promise<HolidayPeriod[]> {
  const visible = permittedIds(ctx.db, principal, ctx.clock, locationRead.name);
  if (visible === null) return [];
  if (filter.locationId !== undefined) {
    const seen = await permittedAmong(ctx, principal, locationRead.name, [filter.locationId]);
    if (!seen.has(filter.locationId)) throw new NotFound();
  }
  const rows = await selectHolidayPeriodsOf(ctx.db, principal.organisationId, visible, filter.locationId);
  const managed = await permittedAmong(ctx, principal, locationManage.name, [
    ...new Set(rows.map((r) => r.location_id)),
  ]);
  return rows.map((r) => toHolidayPeriod(r, managed.has(r.location_id)));
}

/** Adds a deviating period to a location; the route has checked `location.manage` on it. */
export async function createHolidayPeriod(
  ctx: AppContext,
  principal: Principal,
  body: CreateHolidayPeriodBody,
  idempotency: Idempotency | null = null,
): Promise<HolidayPeriod> {
  try {
    return await idempotentTransaction(ctx, idempotency, async (trx) => {
      const id = await insertLocationHolidayPeriod(trx, principal.organisationId, body);
      const row = await selectHolidayPeriod(trx, principal.organisationId, id);
      if (!row) throw new NotFound();
      await recordAudit(trx, ctx.clock, {
        organisationId: principal.organisationId,
        actorAccountId: principal.accountId,
        action: 'holidayPeriod.create',
        subjectType: 'holidayPeriod',
        subjectId: id,
        subjectLabel: periodLabel(row),
        details: changeDetails(null, { ...body }),
      });
      return toHolidayPeriod(row, true);
    });
  } catch (err) {
    if (!isExclusionViolation(err)) throw err;
    const message = 'The location already has a deviation in this period';
    throw new Conflict('conflict', message, [{ path: 'startDate', code: 'overlap', message }]);
  }
}

/** Removes a deviating period: those who manage its location (403 when they only see it, 404 otherwise). */
export async function deleteHolidayPeriod(
  ctx: AppContext,
  principal: Principal,
  periodId: string,
): Promise<void> {
  const row = await selectHolidayPeriod(ctx.db, principal.organisationId, periodId);
  if (!row) throw new NotFound();
  const managed = await permittedAmong(ctx, principal, locationManage.name, [row.location_id]);
  if (!managed.has(row.location_id)) {
    const visible = await permittedAmong(ctx, principal, locationRead.name, [row.location_id]);
    throw visible.has(row.location_id) ? notAllowed([]) : new NotFound();
  }
  await ctx.db.transaction().execute(async (trx) => {
    await deleteLocationHolidayPeriod(trx, principal.organisationId, periodId);
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'holidayPeriod.delete',
      subjectType: 'holidayPeriod',
      subjectId: periodId,
      subjectLabel: periodLabel(row),
      details: changeDetails(
        {
          locationId: row.location_id,
          kind: row.kind,
          startDate: row.start_date,
          endDate: row.end_date,
          description: row.description,
        },
        { locationId: null, kind: null, startDate: null, endDate: null, description: null },
      ),
    });
  });
}
