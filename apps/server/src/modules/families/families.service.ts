import type { Child, UpdateChildBody } from '@nestje/contract';
import { permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { childRead } from './families.actions.ts';
import * as q from './families.queries.ts';

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

/** The children the account may see: a guardian's family, or the children of a staff member's groups. */
export async function listChildren(
  ctx: AppContext,
  principal: Principal,
  childId?: string,
): Promise<Child[]> {
  const permitted = permittedIds(ctx.db, principal, ctx.clock, childRead.name);
  if (!permitted) return [];
  const rows = await q.selectChildren(
    ctx.db,
    principal.organisationId,
    permitted,
    todayIn(ctx.clock).toString(),
    childId,
  );
  if (rows.length > 0) {
    await recordAudit(ctx.db, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'child.read',
      childIds: rows.map((r) => r.id),
    });
  }
  return rows.map(toChild);
}

export async function getChild(ctx: AppContext, principal: Principal, childId: string): Promise<Child> {
  const [child] = await listChildren(ctx, principal, childId);
  if (!child) throw new NotFound();
  return child;
}

/** Changes a child's name or birth date; audited with the fields that changed. */
export async function updateChild(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  body: UpdateChildBody,
): Promise<Child> {
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateChild(trx, principal.organisationId, childId, {
      ...(body.firstName !== undefined ? { first_name: body.firstName } : {}),
      ...(body.lastName !== undefined ? { last_name: body.lastName } : {}),
      ...(body.birthDate !== undefined ? { birth_date: body.birthDate } : {}),
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'child.update',
      childIds: [childId],
      details: { fields: Object.keys(body) },
    });
  });
  return getChild(ctx, principal, childId);
}
