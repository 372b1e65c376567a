import type {
  Child,
  ChildFile,
  ChildListQuery,
  CreateChildBody,
  StaffChildList,
  UpdateChildBody,
} from '@nestje/contract';
import type { Transaction } from 'kysely';
import { isPermitted, permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import { fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { guardianInvitations } from '../invitations/invitations.service.ts';
import { getChildFile } from './child-file.service.ts';
import * as list from './child-list.queries.ts';
import { childRead, locationPlanFamilies } from './families.actions.ts';
import * as q from './families.queries.ts';
import { addGuardianLink } from './guardians.service.ts';

type ChildRow = Awaited<ReturnType<typeof q.selectChildren>>[number];

function toChild(row: ChildRow): Child {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    placements: row.placements ?? [],
  };
}

async function auditRead(ctx: AppContext, principal: Principal, childIds: string[]): Promise<void> {
  if (childIds.length === 0) return;
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'child.read',
    childIds,
  });
}

/** The children the account may see with their current and future placements (the parent portal's view). */
export async function listChildren(
  ctx: AppContext,
  principal: Principal,
  childId?: string,
): Promise<Child[]> {
  const permitted = permittedIds(ctx.db, principal, ctx.clock, childRead.name);
  if (!permitted) return [];
  const today = todayIn(ctx.clock).toString();
  const rows = await q.selectChildren(ctx.db, principal.organisationId, permitted, today, childId);
  await auditRead(
    ctx,
    principal,
    rows.map((r) => r.id),
  );
  return rows.map(toChild);
}

/**
 * One page of the children a staff member may see, searched by child or guardian name or e-mail and filtered
 * by location, with each child's location, current groups and guardians with their invitation status.
 */
export async function listStaffChildren(
  ctx: AppContext,
  principal: Principal,
  query: ChildListQuery,
): Promise<StaffChildList> {
  const permitted = permittedIds(ctx.db, principal, ctx.clock, childRead.name);
  if (!permitted) return { children: [], total: 0 };
  const filter = {
    permitted,
    words: list.searchWords(query.search),
    locationId: query.locationId,
    today: todayIn(ctx.clock).toString(),
  };
  const orgId = principal.organisationId;
  const [total, rows] = await Promise.all([
    list.countStaffChildren(ctx.db, orgId, filter),
    list.selectStaffChildren(ctx.db, orgId, filter, query),
  ]);
  const guardianIds = [...new Set(rows.flatMap((r) => (r.guardians ?? []).map((g) => g.id)))];
  const invitations = await guardianInvitations(ctx.db, ctx.clock, orgId, guardianIds);
  await auditRead(
    ctx,
    principal,
    rows.map((r) => r.id),
  );
  return {
    total,
    children: rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      birthDate: r.birth_date,
      location: { id: r.location_id, name: r.location_name },
      currentGroups: r.current_groups ?? [],
      upcomingGroups: r.upcoming_groups ?? [],
      guardians: (r.guardians ?? []).map((g) => ({ ...g, invitation: invitations.get(g.id) ?? null })),
    })),
  };
}

export async function getChild(ctx: AppContext, principal: Principal, childId: string): Promise<Child> {
  const [child] = await listChildren(ctx, principal, childId);
  if (!child) throw new NotFound();
  return child;
}

/** A location the staff member plans families for, and a mentor who is an active staff member. */
async function checkReferences(
  ctx: AppContext,
  trx: Transaction<DB>,
  principal: Principal,
  body: { locationId?: string | undefined; mentorStaffMemberId?: string | null | undefined },
): Promise<void> {
  if (
    body.locationId !== undefined &&
    !(await isPermitted(trx, principal, ctx.clock, locationPlanFamilies.name, body.locationId))
  ) {
    throw fieldError('locationId', 'unknown_reference', 'Unknown location');
  }
  const mentor = body.mentorStaffMemberId;
  if (mentor && !(await q.isActiveStaffMember(trx, principal.organisationId, mentor))) {
    throw fieldError('mentorStaffMemberId', 'unknown_reference', 'Unknown staff member');
  }
}

/** The same guardian or the same new e-mail address twice in one request is a mistake in the form. */
function checkDistinctGuardians(guardians: CreateChildBody['guardians']): void {
  const seen = new Set<string>();
  guardians.forEach((g, i) => {
    const key = 'guardianId' in g ? g.guardianId : g.guardian.email;
    const path = 'guardianId' in g ? `guardians.${i}.guardianId` : `guardians.${i}.guardian.email`;
    if (seen.has(key)) throw fieldError(path, 'invalid_value', 'The same guardian twice');
    seen.add(key);
  });
}

/**
 * Registers a child at a location with at least one guardian, in one transaction: new guardians get their
 * account at once, and the invitation job is asked to look at the family right after the commit.
 */
export async function createChild(
  ctx: AppContext,
  principal: Principal,
  body: CreateChildBody,
  idempotency: Idempotency | null = null,
): Promise<ChildFile> {
  checkDistinctGuardians(body.guardians);
  const orgId = principal.organisationId;
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    await checkReferences(ctx, trx, principal, body);
    const id = await q.insertChild(trx, orgId, body);
    for (const [i, link] of body.guardians.entries()) {
      await addGuardianLink(ctx, trx, principal, id, link, `guardians.${i}.`);
    }
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'child.create',
      childIds: [id],
    });
    return getChildFile(tx, principal, id);
  });
}

/** Changes a child's names, birth date, location or mentor; audited with the fields that changed. */
export async function updateChild(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  body: UpdateChildBody,
): Promise<ChildFile> {
  await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(ctx, trx, principal, body);
    await q.updateChild(trx, principal.organisationId, childId, {
      ...(body.firstName !== undefined ? { first_name: body.firstName } : {}),
      ...(body.lastName !== undefined ? { last_name: body.lastName } : {}),
      ...(body.birthDate !== undefined ? { birth_date: body.birthDate } : {}),
      ...(body.locationId !== undefined ? { location_id: body.locationId } : {}),
      ...(body.mentorStaffMemberId !== undefined ? { mentor_staff_member_id: body.mentorStaffMemberId } : {}),
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'child.update',
      childIds: [childId],
      details: { fields: Object.keys(body) },
    });
  });
  return getChildFile(ctx, principal, childId);
}
