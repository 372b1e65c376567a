import type { CreateLocationBody, Location, UpdateLocationBody } from '@nestje/contract';
import { permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import { selectPermittedRows } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import * as lq from './locations.queries.ts';
import { locationManage, locationRead } from './organisation.actions.ts';
import { insertLocation } from './organisation.queries.ts';

type LocationFields = Omit<Location, 'id' | 'groupCount' | 'permittedActions'>;

/** The location's own fields as the API and the audit log name them. */
function fieldsOf(row: lq.LocationFields): LocationFields {
  return {
    name: row.name,
    street: row.street,
    houseNumber: row.house_number,
    postcode: row.postcode,
    city: row.city,
    phone: row.phone,
    email: row.email,
  };
}

function toLocation(row: lq.LocationRow, manageable: boolean): Location {
  return {
    id: row.id,
    ...fieldsOf(row),
    groupCount: Number(row.group_count ?? 0),
    permittedActions: manageable ? [locationManage.name] : [],
  };
}

/**
 * The locations the account works at (every location for admins): planners pick from them, and each says
 * whether the account may change it.
 */
export async function listLocations(
  ctx: AppContext,
  principal: Principal,
  filter: { search?: string | undefined },
): Promise<Location[]> {
  const { rows, manageable } = await selectPermittedRows(
    ctx,
    principal,
    { read: locationRead.name, manage: locationManage.name },
    (permitted) => lq.selectLocations(ctx.db, principal.organisationId, permitted, filter),
  );
  return rows.map((r) => toLocation(r, manageable.has(r.id)));
}

export async function getLocation(
  ctx: AppContext,
  principal: Principal,
  locationId: string,
): Promise<Location> {
  const permitted = permittedIds(ctx.db, principal, ctx.clock, locationManage.name);
  const [row] = permitted
    ? await lq.selectLocations(ctx.db, principal.organisationId, permitted, { locationId })
    : [];
  if (!row) throw new NotFound();
  return toLocation(row, true);
}

export async function createLocation(
  ctx: AppContext,
  principal: Principal,
  body: CreateLocationBody,
  idempotency: Idempotency | null = null,
): Promise<Location> {
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const locationId = await insertLocation(trx, principal.organisationId, body);
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'location.create',
      subjectType: 'location',
      subjectId: locationId,
      subjectLabel: body.name,
      details: changeDetails(null, { ...body }),
    });
    return getLocation(tx, principal, locationId);
  });
}

/** Changes the fields sent; the audit line holds each changed field before and after. */
export async function updateLocation(
  ctx: AppContext,
  principal: Principal,
  locationId: string,
  body: UpdateLocationBody,
): Promise<Location> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await lq.selectLocationForUpdate(trx, principal.organisationId, locationId);
    if (!before) throw new NotFound();
    const set: Partial<lq.LocationFields> = {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.street !== undefined ? { street: body.street } : {}),
      ...(body.houseNumber !== undefined ? { house_number: body.houseNumber } : {}),
      ...(body.postcode !== undefined ? { postcode: body.postcode } : {}),
      ...(body.city !== undefined ? { city: body.city } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.email !== undefined ? { email: body.email } : {}),
    };
    const details = changeDetails(fieldsOf(before), fieldsOf({ ...before, ...set }));
    if (details.fields.length === 0) return;
    await lq.updateLocation(trx, principal.organisationId, locationId, set);
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'location.update',
      subjectType: 'location',
      subjectId: locationId,
      subjectLabel: set.name ?? before.name,
      details,
    });
  });
  return getLocation(ctx, principal, locationId);
}
