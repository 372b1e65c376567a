import type {
  ChildFile,
  CreatePlacementBody,
  PlacementDayInput,
  UpdatePlacementBody,
} from '@nestje/contract';
import type { Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { isPermitted } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import { Conflict, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { invitationSweepJob } from '../invitations/invitations.jobs.ts';
import { getChildFile } from './child-file.service.ts';
import { groupPlaceChildren } from './families.actions.ts';
import { insertPlacement } from './families.queries.ts';
import * as q from './placements.queries.ts';

/** PostgreSQL's exclusion violation: the child already has a placement in the group over those days. */
function isOverlap(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23P01';
}

function overlap(path: string): Conflict {
  const message = 'The child already has a placement in this group in that period';
  return new Conflict('conflict', message, [{ path, code: 'overlap', message }]);
}

/** Every day's product must be an active contract product the group offers on that weekday. */
async function checkDays(
  trx: Transaction<DB>,
  organisationId: string,
  groupId: string,
  days: PlacementDayInput[],
): Promise<void> {
  const ids = [...new Set(days.map((d) => d.careProductId))];
  const products = new Map(
    (await q.selectGroupProducts(trx, organisationId, groupId, ids)).map((p) => [p.id, p]),
  );
  const seen = new Set<string>();
  days.forEach((d, i) => {
    const path = `days.${i}.careProductId`;
    const product = products.get(d.careProductId);
    if (!product?.active)
      throw fieldError(path, 'unknown_reference', 'The group does not offer this product');
    if (product.usage !== 'contract' || !product.weekdays.map(Number).includes(d.weekday)) {
      throw fieldError(path, 'invalid_value', 'Not a contract product of this weekday');
    }
    const key = `${d.weekday}:${d.careProductId}`;
    if (seen.has(key)) throw fieldError(path, 'invalid_value', 'The same day twice');
    seen.add(key);
  });
}

function sameDays(a: PlacementDayInput[], b: PlacementDayInput[]): boolean {
  const key = (days: PlacementDayInput[]) =>
    days
      .map((d) => `${d.weekday}:${d.careProductId}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}

/**
 * POST /children/:childId/placements: places the child in a group the staff member plans for, from today or
 * later. An overlapping placement in the same group is refused by the database's exclusion constraint (409).
 */
export async function createPlacement(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  body: CreatePlacementBody,
  idempotency: Idempotency | null = null,
): Promise<ChildFile> {
  const today = todayIn(ctx.clock).toString();
  if (body.startDate < today) throw fieldError('startDate', 'in_past', 'The start lies in the past');
  if (body.endDate !== null && body.endDate < body.startDate) {
    throw fieldError('endDate', 'date_order', 'The end lies before the start');
  }
  const orgId = principal.organisationId;
  try {
    return await idempotentTransaction(ctx, idempotency, async (trx, tx) => {
      if (!(await isPermitted(trx, principal, ctx.clock, groupPlaceChildren.name, body.groupId))) {
        throw fieldError('groupId', 'unknown_reference', 'Unknown group');
      }
      await checkDays(trx, orgId, body.groupId, body.days);
      const placementId = await insertPlacement(trx, orgId, { childId, ...body });
      await recordAudit(trx, ctx.clock, {
        organisationId: orgId,
        actorAccountId: principal.accountId,
        action: 'placement.create',
        childIds: [childId],
        subjectType: 'placement',
        subjectId: placementId,
      });
      await ctx.jobs.send(trx, invitationSweepJob, { organisationId: orgId });
      return getChildFile(tx, principal, childId);
    });
  } catch (err) {
    throw isOverlap(err) ? overlap('startDate') : err;
  }
}

type LockedPlacement = NonNullable<Awaited<ReturnType<typeof q.selectPlacementForUpdate>>>;

/**
 * Applies a change to a placement that has not ended, in the caller's transaction: in place when only the end
 * date changes or the placement has not started by `effectiveFrom`; otherwise the placement ends the day before
 * and a new one continues it. Returns the new placement's id, or null when it changed in place.
 */
async function applyPlacementChange(
  trx: Transaction<DB>,
  orgId: string,
  p: LockedPlacement,
  change: { body: UpdatePlacementBody; effectiveFrom: string; childId: string },
): Promise<string | null> {
  const { body, effectiveFrom } = change;
  const oldDays = await q.selectPlacementDays(trx, orgId, p.id);
  if (body.days) await checkDays(trx, orgId, p.group_id, body.days);
  const type = body.placementType ?? p.placement_type;
  const days = body.days ?? oldDays;
  const endDate = body.endDate !== undefined ? body.endDate : p.end_date;
  const termsChange = type !== p.placement_type || !sameDays(days, oldDays);
  const split = termsChange && p.start_date < effectiveFrom;
  if (endDate !== null && endDate < (split ? effectiveFrom : p.start_date)) {
    throw fieldError('endDate', 'date_order', 'The end lies before the start');
  }
  if (!split) {
    await q.updatePlacement(trx, orgId, p.id, { placement_type: type, end_date: endDate });
    if (termsChange) await q.replacePlacementDays(trx, orgId, p.id, days);
    return null;
  }
  if (p.end_date !== null && p.end_date < effectiveFrom) {
    throw fieldError('effectiveFrom', 'date_order', 'The placement ends before this date');
  }
  const dayBefore = Temporal.PlainDate.from(effectiveFrom).subtract({ days: 1 }).toString();
  await q.updatePlacement(trx, orgId, p.id, { end_date: dayBefore });
  return insertPlacement(trx, orgId, {
    childId: change.childId,
    groupId: p.group_id,
    placementType: type,
    startDate: effectiveFrom,
    endDate,
    previousPlacementId: p.id,
    days,
  });
}

/**
 * PATCH /children/:childId/placements/:placementId. The past is never rewritten: a placement that has not
 * started by `effectiveFrom` changes in place; one that has ends the day before `effectiveFrom` and a new
 * placement with the new type or days continues from then. A new end date alone changes in place (never before
 * today). An ended placement is read-only.
 */
export async function updatePlacement(
  ctx: AppContext,
  principal: Principal,
  ids: { childId: string; placementId: string },
  body: UpdatePlacementBody,
): Promise<ChildFile> {
  const today = todayIn(ctx.clock).toString();
  const effectiveFrom = body.effectiveFrom ?? today;
  if (effectiveFrom < today) {
    throw fieldError('effectiveFrom', 'in_past', 'The change cannot start in the past');
  }
  if (body.endDate && body.endDate < today)
    throw fieldError('endDate', 'in_past', 'The end lies in the past');
  const orgId = principal.organisationId;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const p = await q.selectPlacementForUpdate(trx, orgId, ids.childId, ids.placementId);
      if (!p) throw new NotFound();
      if (p.end_date !== null && p.end_date < today) {
        throw new Conflict('conflict', 'This placement has ended and can no longer be changed');
      }
      const continuedIn = await applyPlacementChange(trx, orgId, p, {
        body,
        effectiveFrom,
        childId: ids.childId,
      });
      await recordAudit(trx, ctx.clock, {
        organisationId: orgId,
        actorAccountId: principal.accountId,
        action: 'placement.update',
        childIds: [ids.childId],
        subjectType: 'placement',
        subjectId: p.id,
        details: { fields: Object.keys(body), continuedIn },
      });
    });
  } catch (err) {
    throw isOverlap(err) ? overlap('endDate') : err;
  }
  return getChildFile(ctx, principal, ids.childId);
}

/**
 * DELETE /children/:childId/placements/:placementId: only a placement that has not started. Deleting one that
 * continued another (a change from a date on) gives the other its end date back.
 */
export async function deletePlacement(
  ctx: AppContext,
  principal: Principal,
  ids: { childId: string; placementId: string },
): Promise<void> {
  const today = todayIn(ctx.clock).toString();
  const orgId = principal.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    const p = await q.selectPlacementForUpdate(trx, orgId, ids.childId, ids.placementId);
    if (!p) throw new NotFound();
    if (p.start_date <= today) {
      throw new Conflict('conflict', 'A placement that has started can only be ended, not deleted');
    }
    await q.deletePlacement(trx, orgId, p.id, p.previous_placement_id);
    // Deleting a continuation undoes the change: the placement it continued runs on as it did before.
    const previous = p.previous_placement_id
      ? await q.selectPlacementForUpdate(trx, orgId, ids.childId, p.previous_placement_id)
      : undefined;
    const dayBefore = Temporal.PlainDate.from(p.start_date).subtract({ days: 1 }).toString();
    if (previous && previous.end_date === dayBefore) {
      await q.updatePlacement(trx, orgId, previous.id, { end_date: p.end_date });
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'placement.delete',
      childIds: [ids.childId],
      subjectType: 'placement',
      subjectId: p.id,
    });
  });
}
