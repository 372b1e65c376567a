import type {
  ChildObservations,
  CreateObservationBody,
  Observation,
  ObservationField,
  ObservationSummary,
  ObservationValues,
  OwnObservations,
  ShareObservationBody,
  UpdateObservationBody,
} from '@nestje/contract';
import { isPermitted } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { AppError, Conflict, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { toDate } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { checkValues } from './observation-values.ts';
import { observationWrite } from './observations.actions.ts';
import * as q from './observations.queries.ts';
import { requireObservationsFeature } from './observations-feature.ts';

function toSummary(row: q.ObservationRow): ObservationSummary {
  return {
    id: row.id,
    childId: row.child_id,
    formId: row.form_id,
    formTitle: row.form_title,
    formVersion: row.form_version,
    observedOn: row.observed_on,
    status: row.status as ObservationSummary['status'],
    shared: row.shared_at ? { at: row.shared_at.toISOString(), byName: row.shared_by_name } : null,
    createdByName: row.created_by_name,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Guardians see only what staff shared with them; staff see every observation of the child. */
const sharedOnly = (principal: Principal) => principal.kind !== 'staff';

const mayWrite = (ctx: AppContext, principal: Principal, childId: string) =>
  isPermitted(ctx.db, principal, ctx.clock, observationWrite.name, childId);

function audit(ctx: AppContext, principal: Principal, childId: string, action: string, details = {}) {
  return recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action,
    childIds: [childId],
    details,
  });
}

/** GET /children/:childId/observations: newest first, audited as a read of the child's data. */
export async function listChildObservations(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<ChildObservations> {
  await requireObservationsFeature(ctx, principal.organisationId);
  const [rows, write] = await Promise.all([
    q.selectObservations(ctx.db, principal.organisationId, {
      childIds: [childId],
      sharedOnly: sharedOnly(principal),
    }),
    mayWrite(ctx, principal, childId),
  ]);
  await audit(ctx, principal, childId, 'child.read', { view: 'observations' });
  return {
    childId,
    observations: rows.map(toSummary),
    permittedActions: write ? [observationWrite.name] : [],
  };
}

async function loadObservation(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  observationId: string,
): Promise<Observation> {
  const [[row], write] = await Promise.all([
    q.selectObservations(ctx.db, principal.organisationId, {
      childIds: [childId],
      observationId,
      sharedOnly: sharedOnly(principal),
    }),
    mayWrite(ctx, principal, childId),
  ]);
  // An observation that is not shared does not exist for a guardian.
  if (!row) throw new NotFound();
  return {
    ...toSummary(row),
    fields: row.fields as ObservationField[],
    values: row.values as ObservationValues,
    permittedActions: write ? [observationWrite.name] : [],
  };
}

/** GET /children/:childId/observations/:observationId, audited as a read of the child's data. */
export async function getObservation(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  observationId: string,
): Promise<Observation> {
  await requireObservationsFeature(ctx, principal.organisationId);
  const observation = await loadObservation(ctx, principal, childId, observationId);
  await audit(ctx, principal, childId, 'child.read', { view: 'observation', observationId });
  return observation;
}

/** GET /observations: the guardian's children, each with their shared observations. */
export async function listOwnObservations(ctx: AppContext, principal: Principal): Promise<OwnObservations> {
  const orgId = principal.organisationId;
  await requireObservationsFeature(ctx, orgId);
  if (principal.guardianId === null) return { children: [] };
  const children = await q.selectGuardianChildren(ctx.db, orgId, principal.guardianId);
  const childIds = children.map((c) => c.id);
  const rows = await q.selectObservations(ctx.db, orgId, { childIds, sharedOnly: true });
  if (childIds.length > 0) {
    await recordAudit(ctx.db, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'child.read',
      childIds,
      details: { view: 'observations' },
    });
  }
  return {
    children: children.map((c) => ({
      id: c.id,
      firstName: c.first_name,
      lastName: c.last_name,
      observations: rows.filter((r) => r.child_id === c.id).map(toSummary),
    })),
  };
}

/**
 * POST /children/:childId/observations: fills in the current version of an active form. A form that changed
 * meanwhile answers 409 `observation.form_changed`, so nobody saves answers to questions that are no longer asked.
 */
export async function createObservation(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  body: CreateObservationBody,
  idempotency: Idempotency | null = null,
): Promise<Observation> {
  const orgId = principal.organisationId;
  await requireObservationsFeature(ctx, orgId);
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const version = await q.selectFormVersion(trx, orgId, body.formVersionId);
    if (!version?.active) {
      throw new AppError(404, 'not_found', 'No such form', [
        { path: 'formVersionId', code: 'unknown_reference', message: 'This does not exist' },
      ]);
    }
    if (!version.current) {
      throw new Conflict('observation.form_changed', 'The form has changed; open it again');
    }
    const values = checkValues(version.fields as ObservationField[], body.values, body.status === 'final');
    const observationId = await q.insertObservation(trx, orgId, {
      childId,
      formVersionId: version.id,
      observedOn: body.observedOn,
      status: body.status,
      values,
      at: toDate(ctx.clock.now()),
      accountId: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'observation.create',
      childIds: [childId],
      subjectType: 'observation',
      subjectId: observationId,
      subjectLabel: version.title,
      details: { status: body.status, fields: Object.keys(values) },
    });
    return loadObservation(tx, principal, childId, observationId);
  });
}

/** PATCH /children/:childId/observations/:observationId: a draft changes; a final one no longer does. */
export async function updateObservation(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  observationId: string,
  body: UpdateObservationBody,
): Promise<Observation> {
  const orgId = principal.organisationId;
  await requireObservationsFeature(ctx, orgId);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await q.selectObservationLocked(trx, orgId, childId, observationId);
    if (!row) throw new NotFound();
    if (row.status === 'final') {
      throw new Conflict('observation.final', 'A final observation no longer changes');
    }
    const status = body.status ?? 'draft';
    const values = checkValues(
      row.fields as ObservationField[],
      body.values ?? (row.values as ObservationValues),
      status === 'final',
    );
    await q.updateObservation(trx, orgId, observationId, {
      observedOn: body.observedOn ?? row.observed_on,
      status,
      values,
      at: toDate(ctx.clock.now()),
      accountId: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'observation.update',
      childIds: [childId],
      subjectType: 'observation',
      subjectId: observationId,
      details: { status, fields: Object.keys(values) },
    });
  });
  return loadObservation(ctx, principal, childId, observationId);
}

/**
 * PUT /children/:childId/observations/:observationId/sharing: shares a final observation with the child's
 * guardians (recording who and when) or takes it back; sharing what is already shared keeps the first moment.
 */
export async function shareObservation(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  observationId: string,
  body: ShareObservationBody,
): Promise<Observation> {
  const orgId = principal.organisationId;
  await requireObservationsFeature(ctx, orgId);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await q.selectObservationLocked(trx, orgId, childId, observationId);
    if (!row) throw new NotFound();
    if (body.shared && row.status !== 'final') {
      throw new Conflict('observation.not_final', 'Only a final observation can be shared');
    }
    if (body.shared === (row.shared_at !== null)) return;
    const shared = body.shared ? { at: toDate(ctx.clock.now()), accountId: principal.accountId } : null;
    await q.updateSharing(trx, orgId, observationId, shared);
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: body.shared ? 'observation.share' : 'observation.unshare',
      childIds: [childId],
      subjectType: 'observation',
      subjectId: observationId,
    });
  });
  return loadObservation(ctx, principal, childId, observationId);
}
