import type {
  CreateObservationFormBody,
  ObservationField,
  ObservationForm,
  ObservationFormList,
  UpdateObservationFormBody,
} from '@nestje/contract';
import { createObservationFormBodySchema, observationFieldsSchema } from '@nestje/contract';
import { isPermitted } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { toDate } from '../../time/clock.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import { observationFormManage } from './observations.actions.ts';
import * as q from './observations.queries.ts';
import { requireObservationsFeature } from './observations-feature.ts';

export function toForm(row: q.FormRow): ObservationForm {
  return {
    id: row.id,
    title: row.title,
    active: row.active,
    current: {
      id: row.version_id,
      version: row.version,
      fields: row.fields as ObservationField[],
      createdAt: row.version_created_at.toISOString(),
    },
  };
}

/** GET /observation-forms: the active forms; organisation admins (who manage them) see the inactive ones too. */
export async function listObservationForms(
  ctx: AppContext,
  principal: Principal,
): Promise<ObservationFormList> {
  const orgId = principal.organisationId;
  await requireObservationsFeature(ctx, orgId);
  const inactive = await isPermitted(ctx.db, principal, ctx.clock, observationFormManage.name, orgId);
  const rows = await q.selectForms(ctx.db, orgId, { inactive });
  return { forms: rows.map(toForm) };
}

async function getForm(ctx: AppContext, principal: Principal, formId: string): Promise<ObservationForm> {
  const [row] = await q.selectForms(ctx.db, principal.organisationId, { inactive: true, formId });
  if (!row) throw new NotFound();
  return toForm(row);
}

/** POST /observation-forms: a new form with its first version. */
export async function createObservationForm(
  ctx: AppContext,
  principal: Principal,
  body: CreateObservationFormBody,
  idempotency: Idempotency | null = null,
): Promise<ObservationForm> {
  const orgId = principal.organisationId;
  await requireObservationsFeature(ctx, orgId);
  const { title, fields } = createObservationFormBodySchema.parse(body);
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const createdAt = toDate(ctx.clock.now());
    const formId = await q.insertForm(trx, orgId, { title, createdAt });
    await q.insertFormVersion(trx, orgId, {
      formId,
      version: 1,
      fields,
      createdAt,
      accountId: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'observationForm.create',
      subjectType: 'observationForm',
      subjectId: formId,
      subjectLabel: title,
      details: { version: 1, fields: fields.map((f) => f.key) },
    });
    return getForm(tx, principal, formId);
  });
}

/**
 * PATCH /observation-forms/:formId: title and activity change in place; changed fields become a new version, so
 * observations filled on an earlier version keep the questions they answered.
 */
export async function updateObservationForm(
  ctx: AppContext,
  principal: Principal,
  formId: string,
  body: UpdateObservationFormBody,
): Promise<ObservationForm> {
  const orgId = principal.organisationId;
  await requireObservationsFeature(ctx, orgId);
  const fields = body.fields === undefined ? undefined : observationFieldsSchema.parse(body.fields);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await q.lockForm(trx, orgId, formId))) throw new NotFound();
    const [row] = await q.selectForms(trx, orgId, { inactive: true, formId });
    if (!row) throw new NotFound();
    const before = { title: row.title, active: row.active, fields: row.fields };
    const after = {
      title: body.title ?? row.title,
      active: body.active ?? row.active,
      fields: fields ?? row.fields,
    };
    const details = changeDetails(before, after);
    if (details.fields.length === 0) return;
    if (after.title !== before.title || after.active !== before.active) {
      await q.updateForm(trx, orgId, formId, { title: after.title, active: after.active });
    }
    const newVersion = details.fields.includes('fields') ? row.version + 1 : null;
    if (newVersion !== null) {
      await q.insertFormVersion(trx, orgId, {
        formId,
        version: newVersion,
        fields: after.fields,
        createdAt: toDate(ctx.clock.now()),
        accountId: principal.accountId,
      });
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'observationForm.update',
      subjectType: 'observationForm',
      subjectId: formId,
      subjectLabel: after.title,
      details: { fields: details.fields, ...(newVersion !== null ? { version: newVersion } : {}) },
    });
  });
  return getForm(ctx, principal, formId);
}
