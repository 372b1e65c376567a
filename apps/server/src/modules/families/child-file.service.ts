import type { ChildFile, Placement, PlacementState } from '@nestje/contract';
import { isPermitted } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import { NotFound } from '../../errors.ts';
import { todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { guardianInvitations } from '../invitations/invitations.service.ts';
import * as q from './child-file.queries.ts';
import { childUpdate } from './families.actions.ts';

/** Where a placement stands on `today`: not started, running, or past its last day. */
export function placementState(
  p: { start_date: string; end_date: string | null },
  today: string,
): PlacementState {
  if (p.start_date > today) return 'planned';
  if (p.end_date !== null && p.end_date < today) return 'ended';
  return 'current';
}

type PlacementRow = Awaited<ReturnType<typeof q.selectChildPlacements>>[number];

function toPlacement(row: PlacementRow, today: string): Placement {
  return {
    id: row.id,
    groupId: row.group_id,
    groupName: row.group_name,
    locationId: row.location_id,
    locationName: row.location_name,
    placementType: row.placement_type,
    startDate: row.start_date,
    endDate: row.end_date,
    state: placementState(row, today),
    previousPlacementId: row.previous_placement_id,
    days: row.days ?? [],
  };
}

/** The child file as the principal may see it; not audited (callers audit what they did). */
export async function loadChildFile(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<ChildFile> {
  const orgId = principal.organisationId;
  const today = todayIn(ctx.clock).toString();
  const [head, guardians, placements, mayUpdate] = await Promise.all([
    q.selectChildHead(ctx.db, orgId, childId),
    q.selectChildGuardians(ctx.db, orgId, childId),
    q.selectChildPlacements(ctx.db, orgId, childId),
    isPermitted(ctx.db, principal, ctx.clock, childUpdate.name, childId),
  ]);
  if (!head) throw new NotFound();
  const invitations = await guardianInvitations(
    ctx.db,
    ctx.clock,
    orgId,
    guardians.map((g) => g.id),
  );
  return {
    child: {
      id: head.id,
      firstName: head.first_name,
      lastName: head.last_name,
      birthDate: head.birth_date,
      location: { id: head.location_id, name: head.location_name },
      mentor:
        head.mentor_id && head.mentor_first_name !== null && head.mentor_last_name !== null
          ? { id: head.mentor_id, firstName: head.mentor_first_name, lastName: head.mentor_last_name }
          : null,
      externalRef: head.external_ref,
      photoUpdatedAt: head.photo_updated_at?.toISOString() ?? null,
    },
    guardians: guardians.map((g) => ({
      id: g.id,
      firstName: g.first_name,
      lastName: g.last_name,
      email: g.email,
      phone: g.phone,
      street: g.street,
      houseNumber: g.house_number,
      postcode: g.postcode,
      city: g.city,
      parentalAuthority: g.parental_authority,
      invitation: invitations.get(g.id) ?? null,
    })),
    placements: placements.map((p) => toPlacement(p, today)),
    permittedActions: mayUpdate ? [childUpdate.name] : [],
  };
}

/** Audits that the principal was shown a child file (also when a stored answer is sent again). */
export async function auditFileRead(ctx: AppContext, principal: Principal, file: ChildFile): Promise<void> {
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'child.read',
    childIds: [file.child.id],
    details: { view: 'file' },
  });
}

/** GET /children/:childId/file: the child file, audited as a read of the child's data. */
export async function getChildFile(
  ctx: AppContext,
  principal: Principal,
  childId: string,
): Promise<ChildFile> {
  const file = await loadChildFile(ctx, principal, childId);
  await auditFileRead(ctx, principal, file);
  return file;
}
