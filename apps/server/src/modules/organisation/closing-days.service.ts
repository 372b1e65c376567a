import type { ClosingDay, CreateClosingDayBody } from '@nestje/contract';
import { isPermitted, permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import { notAllowed, permittedAmong, requireReferences } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/sql.ts';
import { Conflict, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { todayIn } from '../../time/clock.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import * as cq from './closing-days.queries.ts';
import { locationManage, locationRead, organisationManage } from './organisation.actions.ts';

export const CLOSING_DAY_DELETE = 'closingDay.delete';

const isAdmin = (ctx: AppContext, principal: Principal) =>
  isPermitted(ctx.db, principal, ctx.clock, organisationManage.name, principal.organisationId);

function toClosingDay(row: cq.ClosingDayRow, deletable: boolean): ClosingDay {
  return {
    id: row.id,
    date: row.date,
    description: row.description,
    locationId: row.location_id,
    locationName: row.location_name,
    permittedActions: deletable ? [CLOSING_DAY_DELETE] : [],
  };
}

/**
 * Closing days of every location and of the locations the account manages. Each may be removed by those who
 * may set it (admins for every location, managers for their own) while its date has not passed.
 */
export async function listClosingDays(
  ctx: AppContext,
  principal: Principal,
  filter: cq.ClosingDayFilter,
): Promise<ClosingDay[]> {
  if (filter.from && filter.to && filter.to < filter.from) {
    throw fieldError('to', 'date_order', 'The last day is before the first day');
  }
  const managed = permittedIds(ctx.db, principal, ctx.clock, locationManage.name);
  const rows = await cq.selectClosingDays(ctx.db, principal.organisationId, managed, filter);
  const today = todayIn(ctx.clock).toString();
  const admin = await isAdmin(ctx, principal);
  return rows.map((r) => toClosingDay(r, r.date >= today && (admin || r.location_id !== null)));
}

export async function createClosingDay(
  ctx: AppContext,
  principal: Principal,
  body: CreateClosingDayBody,
  idempotency: Idempotency | null = null,
): Promise<ClosingDay> {
  if (body.date < todayIn(ctx.clock).toString()) {
    throw fieldError('date', 'in_past', 'This day has already passed');
  }
  if (body.locationId === null) {
    if (!(await isAdmin(ctx, principal)))
      throw notAllowed(['locationId'], 'Only admins close every location');
  } else {
    await requireReferences(ctx, principal, { use: locationManage.name, see: locationRead.name }, [
      { id: body.locationId, path: 'locationId' },
    ]);
  }
  try {
    return await idempotentTransaction(ctx, idempotency, async (trx) => {
      const closingDayId = await cq.insertClosingDay(trx, principal.organisationId, body);
      const row = await cq.selectClosingDay(trx, principal.organisationId, closingDayId);
      if (!row) throw new NotFound();
      await recordAudit(trx, ctx.clock, {
        organisationId: principal.organisationId,
        actorAccountId: principal.accountId,
        action: 'closingDay.create',
        subjectType: 'closingDay',
        subjectId: closingDayId,
        subjectLabel: `${body.date} ${row.location_name ?? ''}`.trim(),
        details: changeDetails(null, { ...body }),
      });
      return toClosingDay(row, true);
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    throw new Conflict('conflict', 'This day is already a closing day', [
      { path: 'date', code: 'taken', message: 'This day is already a closing day' },
    ]);
  }
}

/** Removes a closing day that has not passed yet. */
export async function deleteClosingDay(
  ctx: AppContext,
  principal: Principal,
  closingDayId: string,
): Promise<void> {
  const row = await cq.selectClosingDay(ctx.db, principal.organisationId, closingDayId);
  if (!row) throw new NotFound();
  if (row.location_id === null) {
    if (!(await isAdmin(ctx, principal))) throw notAllowed([], 'Only admins change every location');
  } else {
    const managed = await permittedAmong(ctx, principal, locationManage.name, [row.location_id]);
    if (!managed.has(row.location_id)) {
      const visible = await permittedAmong(ctx, principal, locationRead.name, [row.location_id]);
      throw visible.has(row.location_id) ? notAllowed([]) : new NotFound();
    }
  }
  if (row.date < todayIn(ctx.clock).toString()) {
    throw fieldError('date', 'in_past', 'A closing day in the past cannot be removed');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await cq.deleteClosingDay(trx, principal.organisationId, closingDayId);
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'closingDay.delete',
      subjectType: 'closingDay',
      subjectId: closingDayId,
      subjectLabel: `${row.date} ${row.location_name ?? ''}`.trim(),
      details: changeDetails(
        { date: row.date, description: row.description, locationId: row.location_id },
        { date: null, description: null, locationId: null },
      ),
    });
  });
}
