import type {
  ChildDetails,
  DecideGuardianChangeBody,
  GuardianChangeKind,
  GuardianChangeRequest,
  GuardianChangeRequestList,
  GuardianChangeStatus,
  GuardianChangeValues,
  OwnGuardian,
  UpdateOwnGuardianBody,
} from '@nestje/contract';
import { isPermitted } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/sql.ts';
import { Conflict, NotFound } from '../../errors.ts';
import { toDate, todayIn } from '../../time/clock.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import { guardianChangeDecide } from './guardian-data.actions.ts';
import * as q from './guardian-data.queries.ts';

/** The guardian's columns per part that needs approval, by the contract's field names. */
const PARTS: Record<GuardianChangeKind, Record<string, keyof q.GuardianRow>> = {
  name: { firstName: 'first_name', lastName: 'last_name' },
  address: { street: 'street', houseNumber: 'house_number', postcode: 'postcode', city: 'city' },
};

function partOf(row: q.GuardianRow, kind: GuardianChangeKind): Record<string, string> {
  return Object.fromEntries(Object.entries(PARTS[kind]).map(([field, column]) => [field, row[column]]));
}

function toRequest(row: q.ChangeRequestRow): GuardianChangeRequest {
  return {
    id: row.id,
    guardianId: row.guardian_id,
    kind: row.kind as GuardianChangeKind,
    requested: row.requested as GuardianChangeValues,
    previous: row.previous as GuardianChangeValues,
    status: row.status as GuardianChangeStatus,
    requestedAt: row.requested_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedByName: row.status === 'pending' ? null : row.decided_by_name,
  };
}

async function loadOwn(db: Executor, principal: Principal): Promise<OwnGuardian> {
  const guardianId = principal.guardianId;
  if (guardianId === null) throw new NotFound();
  const [row, pending] = await Promise.all([
    q.selectGuardian(db, principal.organisationId, guardianId),
    q.selectChangeRequests(db, principal.organisationId, guardianId, { pendingOnly: true }),
  ]);
  if (!row) throw new NotFound();
  return {
    guardianId,
    data: {
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      phone: row.phone,
      street: row.street,
      houseNumber: row.house_number,
      postcode: row.postcode,
      city: row.city,
    },
    pending: pending.map(toRequest),
  };
}

/** GET /me/guardian: one's own data and the changes waiting for approval; audited as a read of the guardian. */
export async function getOwnGuardian(ctx: AppContext, principal: Principal): Promise<OwnGuardian> {
  const own = await loadOwn(ctx.db, principal);
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'guardian.read',
    subjectType: 'guardian',
    subjectId: own.guardianId,
    details: { view: 'own' },
  });
  return own;
}

/**
 * PATCH /me/guardian: the phone number changes at once; a new name or address becomes a request for approval
 * (replacing an open one for the same part). Asking for what is already there withdraws the open request.
 */
export async function updateOwnGuardian(
  ctx: AppContext,
  principal: Principal,
  body: UpdateOwnGuardianBody,
): Promise<OwnGuardian> {
  const orgId = principal.organisationId;
  const guardianId = principal.guardianId;
  if (guardianId === null) throw new NotFound();
  const at = toDate(ctx.clock.now());
  await ctx.db.transaction().execute(async (trx) => {
    const row = await q.lockGuardian(trx, orgId, guardianId);
    if (!row) throw new NotFound();
    if (body.phone !== undefined && body.phone !== row.phone) {
      await q.updateGuardian(trx, orgId, guardianId, { phone: body.phone });
      await recordAudit(trx, ctx.clock, {
        organisationId: orgId,
        actorAccountId: principal.accountId,
        action: 'guardian.update',
        subjectType: 'guardian',
        subjectId: guardianId,
        details: { own: true, ...changeDetails({ phone: row.phone }, { phone: body.phone }) },
      });
    }
    for (const kind of ['name', 'address'] as const) {
      const fields = Object.keys(PARTS[kind]) as (keyof UpdateOwnGuardianBody)[];
      if (!fields.some((f) => body[f] !== undefined)) continue;
      const previous = partOf(row, kind);
      const requested = Object.fromEntries(fields.map((f) => [f, body[f] ?? previous[f] ?? '']));
      const open = await q.lockPendingRequest(trx, orgId, guardianId, { kind });
      if (open) {
        if (JSON.stringify(open.requested) === JSON.stringify(requested)) continue;
        await q.closeRequest(trx, orgId, open.id, {
          status: 'superseded',
          at,
          accountId: principal.accountId,
        });
      }
      if (JSON.stringify(previous) === JSON.stringify(requested)) continue;
      const requestId = await q.insertChangeRequest(trx, orgId, {
        guardianId,
        kind,
        requested,
        previous,
        requestedAt: at,
        accountId: principal.accountId,
      });
      await recordAudit(trx, ctx.clock, {
        organisationId: orgId,
        actorAccountId: principal.accountId,
        action: 'guardian.changeRequest',
        subjectType: 'guardian',
        subjectId: guardianId,
        details: { requestId, kind, ...changeDetails(previous, requested) },
      });
    }
  });
  return loadOwn(ctx.db, principal);
}

/** GET /guardians/:guardianId/change-requests: pending first, then the decided ones; audited. */
export async function listChangeRequests(
  ctx: AppContext,
  principal: Principal,
  guardianId: string,
): Promise<GuardianChangeRequestList> {
  const [rows, canDecide] = await Promise.all([
    q.selectChangeRequests(ctx.db, principal.organisationId, guardianId),
    isPermitted(ctx.db, principal, ctx.clock, guardianChangeDecide.name, guardianId),
  ]);
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'guardian.read',
    subjectType: 'guardian',
    subjectId: guardianId,
    details: { view: 'changeRequests' },
  });
  return { requests: rows.map(toRequest), canDecide };
}

/**
 * POST /guardians/:guardianId/change-requests/:requestId/decision: approving applies the requested values to the
 * guardian's record; rejecting leaves it as it is. Either closes the request with who decided and when.
 */
export async function decideChangeRequest(
  ctx: AppContext,
  principal: Principal,
  guardianId: string,
  requestId: string,
  body: DecideGuardianChangeBody,
): Promise<GuardianChangeRequestList> {
  const orgId = principal.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    const guardian = await q.lockGuardian(trx, orgId, guardianId);
    if (!guardian) throw new NotFound();
    const open = await q.lockPendingRequest(trx, orgId, guardianId, { requestId });
    if (!open) {
      const [closed] = await q.selectChangeRequests(trx, orgId, guardianId, { requestId });
      if (!closed) throw new NotFound();
      throw new Conflict('guardianChange.decided', 'This change was already decided');
    }
    const kind = open.kind as GuardianChangeKind;
    const requested = open.requested as Record<string, string>;
    if (body.approve) {
      const set = Object.fromEntries(
        Object.entries(PARTS[kind]).map(([field, column]) => [column, requested[field] ?? '']),
      );
      await q.updateGuardian(trx, orgId, guardianId, set);
    }
    await q.closeRequest(trx, orgId, requestId, {
      status: body.approve ? 'approved' : 'rejected',
      at: toDate(ctx.clock.now()),
      accountId: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: body.approve ? 'guardian.changeApprove' : 'guardian.changeReject',
      subjectType: 'guardian',
      subjectId: guardianId,
      subjectLabel: `${guardian.first_name} ${guardian.last_name}`,
      details: { requestId, kind, ...changeDetails(partOf(guardian, kind), requested) },
    });
  });
  return listChangeRequests(ctx, principal, guardianId);
}

/** GET /children/:childId/details: the mentor and the current and upcoming placements; audited. */
export async function getChildDetails(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<ChildDetails> {
  const orgId = principal.organisationId;
  const [mentorName, placements] = await Promise.all([
    q.selectMentorName(ctx.db, orgId, childId),
    q.selectCurrentPlacements(ctx.db, orgId, childId, todayIn(ctx.clock).toString()),
  ]);
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: orgId,
    actorAccountId: principal.accountId,
    action: 'child.read',
    childIds: [childId],
    details: { view: 'details' },
  });
  return {
    childId,
    mentorName,
    placements: placements.map((p) => ({
      id: p.id,
      groupName: p.group_name,
      locationName: p.location_name,
      placementType: p.placement_type,
      careProducts: p.care_products ?? [],
      startDate: p.start_date,
      endDate: p.end_date,
    })),
  };
}
