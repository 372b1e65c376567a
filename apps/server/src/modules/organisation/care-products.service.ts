import type {
  CareProduct,
  CareProductUsage,
  CreateCareProductBody,
  Pricing,
  UpdateCareProductBody,
  WeekType,
} from '@nestje/contract';
import { isPermitted } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import { notAllowed, requireReferences, selectPermittedRows } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import { fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import * as pq from './care-products.queries.ts';
import {
  careProductManage,
  careProductRead,
  groupManage,
  groupRead,
  organisationManage,
} from './organisation.actions.ts';
import { insertCareProduct } from './organisation.queries.ts';

type ProductFields = Omit<CareProduct, 'id' | 'groups' | 'permittedActions'> & { active: boolean };

/** The product's own fields (without its groups) as the API and the audit log name them. */
function fieldsOf(row: pq.CareProductFieldsRow): Omit<ProductFields, 'groupIds'> {
  return {
    name: row.name,
    startTime: row.start_time,
    endTime: row.end_time,
    weekdays: row.weekdays,
    weekType: row.week_type as WeekType,
    pricing: row.pricing as Pricing,
    priceCents: row.price_cents,
    usage: row.usage as CareProductUsage,
    active: row.active,
  };
}

function toCareProduct(row: pq.CareProductRow, manageable: boolean): CareProduct {
  return {
    id: row.id,
    ...fieldsOf(row),
    groupIds: row.groups.map((g) => g.id),
    groups: row.groups,
    permittedActions: manageable ? [careProductManage.name] : [],
  };
}

const uniqueSorted = <T extends string | number>(xs: T[]): T[] =>
  [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function checkTimes(p: { startTime: string; endTime: string }): void {
  if (p.endTime <= p.startTime) throw fieldError('endTime', 'time_order', 'The end is not after the start');
}

/**
 * The groups of a product must be groups the account manages (404 `unknown_reference` for a group it cannot
 * see, 403 `not_allowed` for one it sees but does not manage). A product without groups is an admin's alone.
 */
async function requireProductGroups(ctx: AppContext, principal: Principal, groupIds: string[]) {
  await requireReferences(
    ctx,
    principal,
    { use: groupManage.name, see: groupRead.name },
    groupIds.map((id, i) => ({ id, path: `groupIds.${i}` })),
  );
  if (
    groupIds.length === 0 &&
    !(await isPermitted(ctx.db, principal, ctx.clock, organisationManage.name, principal.organisationId))
  ) {
    throw notAllowed(['groupIds'], 'Choose at least one of your groups');
  }
}

/** The products the account may see (admins: all; staff: those of their groups), with what it may do. */
export async function listCareProducts(
  ctx: AppContext,
  principal: Principal,
  filter: pq.CareProductFilter,
): Promise<CareProduct[]> {
  const { rows, manageable } = await selectPermittedRows(
    ctx,
    principal,
    { read: careProductRead.name, manage: careProductManage.name },
    (permitted) => pq.selectCareProducts(ctx.db, principal.organisationId, permitted, filter),
  );
  return rows.map((r) => toCareProduct(r, manageable.has(r.id)));
}

export async function getCareProduct(
  ctx: AppContext,
  principal: Principal,
  careProductId: string,
): Promise<CareProduct> {
  const [product] = await listCareProducts(ctx, principal, { careProductId });
  if (!product) throw new NotFound();
  return product;
}

export async function createCareProduct(
  ctx: AppContext,
  principal: Principal,
  body: CreateCareProductBody,
  idempotency: Idempotency | null = null,
): Promise<CareProduct> {
  checkTimes(body);
  const p = { ...body, weekdays: uniqueSorted(body.weekdays), groupIds: uniqueSorted(body.groupIds) };
  await requireProductGroups(ctx, principal, body.groupIds);
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const careProductId = await insertCareProduct(trx, principal.organisationId, p);
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'careProduct.create',
      subjectType: 'careProduct',
      subjectId: careProductId,
      subjectLabel: p.name,
      details: changeDetails(null, { ...p, active: p.active ?? true }),
    });
    return getCareProduct(tx, principal, careProductId);
  });
}

/** Changes the fields sent; `active: false` deactivates (products are never deleted). */
export async function updateCareProduct(
  ctx: AppContext,
  principal: Principal,
  careProductId: string,
  body: UpdateCareProductBody,
): Promise<CareProduct> {
  if (body.groupIds) await requireProductGroups(ctx, principal, body.groupIds);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await pq.selectCareProductForUpdate(trx, principal.organisationId, careProductId);
    if (!row) throw new NotFound();
    const before: ProductFields = { ...fieldsOf(row), groupIds: uniqueSorted(row.group_ids ?? []) };
    const after: ProductFields = {
      name: body.name ?? before.name,
      startTime: body.startTime ?? before.startTime,
      endTime: body.endTime ?? before.endTime,
      weekdays: body.weekdays ? uniqueSorted(body.weekdays) : before.weekdays,
      weekType: body.weekType ?? before.weekType,
      pricing: body.pricing ?? before.pricing,
      priceCents: body.priceCents ?? before.priceCents,
      usage: body.usage ?? before.usage,
      active: body.active ?? before.active,
      groupIds: body.groupIds ? uniqueSorted(body.groupIds) : before.groupIds,
    };
    checkTimes(after);
    const details = changeDetails({ ...before }, { ...after });
    if (details.fields.length === 0) return;
    await pq.updateCareProduct(trx, principal.organisationId, careProductId, {
      name: after.name,
      start_time: after.startTime,
      end_time: after.endTime,
      weekdays: after.weekdays,
      week_type: after.weekType,
      pricing: after.pricing,
      price_cents: after.priceCents,
      usage: after.usage,
      active: after.active,
    });
    if (details.fields.includes('groupIds')) {
      await pq.replaceCareProductGroups(trx, principal.organisationId, careProductId, after.groupIds);
    }
    const deactivated = before.active && !after.active;
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: deactivated ? 'careProduct.deactivate' : 'careProduct.update',
      subjectType: 'careProduct',
      subjectId: careProductId,
      subjectLabel: after.name,
      details,
    });
  });
  return getCareProduct(ctx, principal, careProductId);
}
