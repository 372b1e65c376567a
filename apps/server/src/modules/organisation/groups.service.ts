import type {
  CreateGroupBody,
  FieldError,
  Group,
  GroupKind,
  OpeningHours,
  UpdateGroupBody,
} from '@nestje/contract';
import { permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import { requireReferences, selectPermittedRows } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/database.ts';
import { BadRequest, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import * as gq from './groups.queries.ts';
import { groupManage, groupRead, locationManage, locationRead } from './organisation.actions.ts';
import { insertGroup } from './organisation.queries.ts';

type GroupFields = Omit<Group, 'id' | 'locationName' | 'permittedActions'>;

/** The group's own fields as the API and the audit log name them. */
function fieldsOf(row: gq.GroupFieldsRow): GroupFields {
  return {
    locationId: row.location_id,
    name: row.name,
    kind: row.kind as GroupKind,
    minAgeMonths: row.min_age_months,
    maxAgeMonths: row.max_age_months,
    capacity: row.capacity,
    openingHours: row.opening_hours,
  };
}

function toGroup(row: gq.GroupRow, manageable: boolean): Group {
  return {
    id: row.id,
    locationName: row.location_name,
    ...fieldsOf(row),
    permittedActions: manageable ? [groupManage.name] : [],
  };
}

const sortHours = (hours: OpeningHours[]) => [...hours].sort((a, b) => a.weekday - b.weekday);

/** Rules that span fields: an age range that runs forward, one entry per weekday, closing after opening. */
function checkGroup(g: GroupFields): void {
  const fields: FieldError[] = [];
  if (g.maxAgeMonths <= g.minAgeMonths) {
    fields.push({ path: 'maxAgeMonths', code: 'too_small', message: 'Must be above the minimum age' });
  }
  const seen = new Set<number>();
  g.openingHours.forEach((h, i) => {
    if (seen.has(h.weekday)) {
      fields.push({
        path: `openingHours.${i}.weekday`,
        code: 'taken',
        message: 'This weekday is given twice',
      });
    }
    seen.add(h.weekday);
    if (h.closesAt <= h.opensAt) {
      fields.push({
        path: `openingHours.${i}.closesAt`,
        code: 'time_order',
        message: 'Closes before it opens',
      });
    }
  });
  if (fields.length > 0) throw new BadRequest('validation_failed', 'The group is not valid', fields);
}

/**
 * The groups the account works with (all for admins, those of their locations or their own groups for other
 * staff), each saying whether the account may change it.
 */
export async function listGroups(
  ctx: AppContext,
  principal: Principal,
  filter: { locationId?: string | undefined; search?: string | undefined },
): Promise<Group[]> {
  const { rows, manageable } = await selectPermittedRows(
    ctx,
    principal,
    { read: groupRead.name, manage: groupManage.name },
    (permitted) => gq.selectGroups(ctx.db, principal.organisationId, permitted, filter),
  );
  return rows.map((r) => toGroup(r, manageable.has(r.id)));
}

export async function getGroup(ctx: AppContext, principal: Principal, groupId: string): Promise<Group> {
  const permitted = permittedIds(ctx.db, principal, ctx.clock, groupManage.name);
  const [row] = permitted
    ? await gq.selectGroups(ctx.db, principal.organisationId, permitted, { groupId })
    : [];
  if (!row) throw new NotFound();
  return toGroup(row, true);
}

/** A location the principal may add groups to: 404 when they cannot see it, 403 when it is not theirs. */
function requireGroupLocation(ctx: AppContext, principal: Principal, locationId: string, db: Database) {
  return requireReferences(
    ctx,
    principal,
    { use: locationManage.name, see: locationRead.name },
    [{ id: locationId, path: 'locationId' }],
    db,
  );
}

export async function createGroup(
  ctx: AppContext,
  principal: Principal,
  body: CreateGroupBody,
  idempotency: Idempotency | null = null,
): Promise<Group> {
  checkGroup(body);
  await requireGroupLocation(ctx, principal, body.locationId, ctx.db);
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const openingHours = sortHours(body.openingHours);
    const groupId = await insertGroup(trx, principal.organisationId, { ...body, openingHours });
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'group.create',
      subjectType: 'group',
      subjectId: groupId,
      subjectLabel: body.name,
      details: changeDetails(null, { ...body, openingHours }),
    });
    return getGroup(tx, principal, groupId);
  });
}

/** Changes the fields sent; opening hours, when sent, replace the old ones in the same transaction. */
export async function updateGroup(
  ctx: AppContext,
  principal: Principal,
  groupId: string,
  body: UpdateGroupBody,
): Promise<Group> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await gq.selectGroupForUpdate(trx, principal.organisationId, groupId);
    if (!row) throw new NotFound();
    const before = fieldsOf(row);
    const after: GroupFields = {
      locationId: body.locationId ?? before.locationId,
      name: body.name ?? before.name,
      kind: body.kind ?? before.kind,
      minAgeMonths: body.minAgeMonths ?? before.minAgeMonths,
      maxAgeMonths: body.maxAgeMonths ?? before.maxAgeMonths,
      capacity: body.capacity ?? before.capacity,
      openingHours: body.openingHours ?? before.openingHours,
    };
    checkGroup(after);
    after.openingHours = sortHours(after.openingHours);
    if (after.locationId !== before.locationId) {
      await requireGroupLocation(ctx, principal, after.locationId, trx);
    }
    const details = changeDetails({ ...before }, { ...after });
    if (details.fields.length === 0) return;
    await gq.updateGroup(trx, principal.organisationId, groupId, {
      location_id: after.locationId,
      name: after.name,
      kind: after.kind,
      min_age_months: after.minAgeMonths,
      max_age_months: after.maxAgeMonths,
      capacity: after.capacity,
    });
    if (details.fields.includes('openingHours')) {
      await gq.replaceOpeningHours(trx, principal.organisationId, groupId, after.openingHours);
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'group.update',
      subjectType: 'group',
      subjectId: groupId,
      subjectLabel: after.name,
      details,
    });
  });
  return getGroup(ctx, principal, groupId);
}
