import type { CreateLocationBody, Location, UpdateLocationBody } from '@nestje/contract';
import { permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import * as lq from './locations.queries.ts';
import { locationManage, locationRead } from './organisation.actions.ts';
import { insertLocation } from './organisation.queries.ts';
import { permittedAmong } from './setup-access.ts';

function toLocation(row: lq.LocationRow, manageable: boolean): Location {
  return {
    id: row.id,
    name: row.name,
    street: row.street,
    houseNumber: row.house_number,
    postcode: row.postcode,
    city: row.city,
    phone: row.phone,
    email: row.email,
    groupCount: Number(row.group_count ?? 0),
    permittedActions: manageable ? [locationManage.name] : [],
  };
}

/** The location's fields as the API and the audit log name them. */
function fieldsOf(row: Omit<lq.LocationFields, never>): Record<string, string> {
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

/**
 * The locations the account works at (every location for admins): planners pick from them, and each says
 * whether the account may change it.
 */
export async function listLocations(
  ctx: AppContext,
  principal: Principal,
  filter: { search?: string | undefined },
): Promise<Location[]> {
  const permitted = permittedIds(ctx.db, principal, ctx.clock, locationRead.name);
  if (!permitted) return [];
  const rows = await lq.selectLocations(ctx.db, principal.organisationId, permitted, filter);
  const ids = rows.map((r) => r.id);
  const manageable = await permittedAmong(ctx, principal, locationManage.name, ids);
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
): Promise<Location> {
  const id = await ctx.db.transaction().execute(async (trx) => {
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
    return locationId;
  });
  return getLocation(ctx, principal, id);
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
