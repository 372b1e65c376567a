import { randomUUID } from 'node:crypto';
import {
  type ChildDeclarations,
  type Declaration,
  type DeclarationField,
  type DeclarationForm,
  type DeclarationFormBody,
  type DeclarationFormList,
  type DeclarationFormVersion,
  type DeclarationValues,
  declarationFieldSchema,
  declarationFormBodySchema,
  declarationValuesErrors,
  type FieldError,
  type SignDeclarationBody,
  type UpdateDeclarationFormBody,
} from '@nestje/contract';
import { z } from 'zod';
import { isPermitted } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { BadRequest, Conflict, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { toDate } from '../../time/clock.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import { childDeclarationsSign, declarationFormManage } from './declarations.actions.ts';
import * as q from './declarations.queries.ts';

const fieldsSchema = z.array(declarationFieldSchema);

function toVersion(row: {
  version_id: string;
  version: number;
  title: string;
  description: string;
  fields: unknown;
  version_created_at: Date;
}): DeclarationFormVersion {
  return {
    id: row.version_id,
    version: row.version,
    title: row.title,
    description: row.description,
    fields: fieldsSchema.parse(row.fields),
    createdAt: row.version_created_at.toISOString(),
  };
}

function toForm(row: q.FormRow): DeclarationForm {
  return { id: row.id, position: row.position, active: row.active, current: toVersion(row) };
}

function toDeclaration(row: q.DeclarationRow): Declaration {
  return {
    id: row.id,
    formId: row.form_id,
    version: toVersion(row),
    values: row.values as DeclarationValues,
    guardianId: row.guardian_id,
    signedName: row.signed_name,
    signedAt: row.signed_at.toISOString(),
  };
}

/** GET /declaration-forms: the active forms; organisation admins also see the inactive ones. */
export async function listDeclarationForms(
  ctx: AppContext,
  principal: Principal,
): Promise<DeclarationFormList> {
  const inactive = await isPermitted(
    ctx.db,
    principal,
    ctx.clock,
    declarationFormManage.name,
    principal.organisationId,
  );
  const rows = await q.selectForms(ctx.db, principal.organisationId, { inactive });
  return { forms: rows.map(toForm) };
}

async function getForm(ctx: AppContext, principal: Principal, formId: string): Promise<DeclarationForm> {
  const [row] = await q.selectForms(ctx.db, principal.organisationId, { formId, inactive: true });
  if (!row) throw new NotFound();
  return toForm(row);
}

/**
 * The fields as stored: a field the editor sends with an id keeps it (the same field in a new version); a new
 * one gets a fresh id. Ids are unique within the version; only a choice keeps its options.
 */
function normaliseFields(input: z.infer<typeof declarationFormBodySchema>['fields']): DeclarationField[] {
  const seen = new Set<string>();
  return input.map((field, index) => {
    const id = field.id ?? randomUUID().slice(0, 8);
    if (seen.has(id)) throw fieldError(`fields.${index}.id`, 'duplicate', 'Two fields have the same id');
    seen.add(id);
    return {
      id,
      type: field.type,
      label: field.label,
      required: field.required,
      options: field.type === 'choice' ? field.options : [],
    };
  });
}

/** POST /declaration-forms: a new form with its first version. */
export function createDeclarationForm(
  ctx: AppContext,
  principal: Principal,
  body: DeclarationFormBody,
  idempotency: Idempotency | null = null,
): Promise<DeclarationForm> {
  const orgId = principal.organisationId;
  const parsed = declarationFormBodySchema.parse(body);
  const fields = normaliseFields(parsed.fields);
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const createdAt = toDate(ctx.clock.now());
    const position = await q.selectNextPosition(trx, orgId);
    const formId = await q.insertForm(trx, orgId, { position, createdAt });
    await q.insertVersion(trx, orgId, {
      formId,
      version: 1,
      title: parsed.title,
      description: parsed.description,
      fields,
      createdAt,
      createdBy: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'declarationForm.create',
      subjectType: 'declarationForm',
      subjectId: formId,
      subjectLabel: parsed.title,
      details: { version: 1, fields: fields.map((f) => f.label) },
    });
    return getForm(tx, principal, formId);
  });
}

/**
 * POST /declaration-forms/:formId/versions: the edited form as a new version. Declarations signed earlier keep
 * their version and show as "opnieuw invullen" until signed again. Sending the form unchanged adds nothing.
 */
export function publishDeclarationVersion(
  ctx: AppContext,
  principal: Principal,
  formId: string,
  body: DeclarationFormBody,
  idempotency: Idempotency | null = null,
): Promise<DeclarationForm> {
  const orgId = principal.organisationId;
  const parsed = declarationFormBodySchema.parse(body);
  const fields = normaliseFields(parsed.fields);
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const row = await q.selectFormLocked(trx, orgId, formId, 'update');
    if (!row) throw new NotFound();
    const before = { title: row.title, description: row.description, fields: fieldsSchema.parse(row.fields) };
    const after = { title: parsed.title, description: parsed.description, fields };
    const details = changeDetails(before, after);
    if (details.fields.length === 0) return getForm(tx, principal, formId);
    const version = row.version + 1;
    await q.insertVersion(trx, orgId, {
      formId,
      version,
      ...after,
      createdAt: toDate(ctx.clock.now()),
      createdBy: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'declarationForm.version',
      subjectType: 'declarationForm',
      subjectId: formId,
      subjectLabel: parsed.title,
      details: { version, ...details },
    });
    return getForm(tx, principal, formId);
  });
}

/** PATCH /declaration-forms/:formId: whether the form is still asked. */
export async function updateDeclarationForm(
  ctx: AppContext,
  principal: Principal,
  formId: string,
  body: UpdateDeclarationFormBody,
): Promise<DeclarationForm> {
  const orgId = principal.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    const row = await q.selectFormLocked(trx, orgId, formId, 'update');
    if (!row) throw new NotFound();
    if (row.active === body.active) return;
    await q.updateFormActive(trx, orgId, formId, body.active);
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: body.active ? 'declarationForm.activate' : 'declarationForm.deactivate',
      subjectType: 'declarationForm',
      subjectId: formId,
      subjectLabel: row.title,
    });
  });
  return getForm(ctx, principal, formId);
}

/**
 * The child's declarations as the principal may see them (the route checked that they may read the child): per
 * form the current declaration (the latest signed) and whether it was signed on an older version; the history.
 * Staff also see inactive forms that were signed for the child.
 */
export async function loadChildDeclarations(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<ChildDeclarations> {
  const orgId = principal.organisationId;
  const [forms, history, canSign] = await Promise.all([
    q.selectForms(ctx.db, orgId, principal.kind === 'staff' ? { signedForChild: childId } : {}),
    q.selectChildDeclarations(ctx.db, orgId, childId),
    isPermitted(ctx.db, principal, ctx.clock, childDeclarationsSign.name, childId),
  ]);
  const declarations = history.map(toDeclaration);
  return {
    childId,
    forms: forms.map((row) => {
      const current = declarations.find((d) => d.formId === row.id) ?? null;
      return {
        form: toForm(row),
        current,
        outdated: current !== null && current.version.version < row.version,
      };
    }),
    history: declarations,
    canSign,
  };
}

/** GET /children/:childId/declarations, audited as a read of the child's data. */
export async function getChildDeclarations(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<ChildDeclarations> {
  const result = await loadChildDeclarations(ctx, principal, childId);
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'child.read',
    childIds: [childId],
    details: { view: 'declarations' },
  });
  return result;
}

/** A 400 naming every value that does not fit its field, as `values.<fieldId>`. */
function checkValues(fields: DeclarationField[], values: DeclarationValues): void {
  const errors = Object.entries(declarationValuesErrors(fields, values));
  if (errors.length === 0) return;
  const list: FieldError[] = errors.map(([id, code]) => ({
    path: `values.${id}`,
    code,
    message: `This value does not fit the field (${code})`,
  }));
  throw new BadRequest('validation_failed', 'Some values do not fit the form', list);
}

/**
 * POST /children/:childId/declarations/:formId (the route checked the guardian's parental authority): records
 * the signed declaration on the current version, which makes it the child's current one for this form. Values
 * are kept as checked, without empty optional ones.
 */
export async function signDeclaration(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  formId: string,
  body: SignDeclarationBody,
  idempotency: Idempotency | null = null,
): Promise<ChildDeclarations> {
  const orgId = principal.organisationId;
  const guardianId = principal.guardianId;
  if (guardianId === null) throw new NotFound();
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const form = await q.selectFormLocked(trx, orgId, formId, 'share');
    if (!form?.active) throw new NotFound();
    if (form.version_id !== body.versionId) {
      throw new Conflict('declaration.form_changed', 'The form has changed; fill it in again');
    }
    const fields = fieldsSchema.parse(form.fields);
    checkValues(fields, body.values);
    const values = Object.fromEntries(
      fields
        .map((f) => [f.id, body.values[f.id]] as const)
        .filter(([, v]) => v !== undefined && v !== null && v !== ''),
    );
    const declarationId = await q.insertDeclaration(trx, orgId, {
      childId,
      formId,
      versionId: form.version_id,
      guardianId,
      values,
      signedName: body.signedName.trim(),
      signedAt: toDate(ctx.clock.now()),
      accountId: principal.accountId,
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'declaration.sign',
      childIds: [childId],
      subjectType: 'declarationForm',
      subjectId: formId,
      subjectLabel: form.title,
      details: { declarationId, guardianId, version: form.version, fields: Object.keys(values) },
    });
    return loadChildDeclarations(tx, principal, childId);
  });
}
