import type {
  ChildFile,
  GuardianFile,
  GuardianLinkBody,
  GuardianSearchQuery,
  GuardianSearchResult,
  UpdateChildGuardianBody,
  UpdateGuardianBody,
} from '@nestje/contract';
import type { Transaction } from 'kysely';
import { isPermitted, permittedIds } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import { Conflict, fieldError, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertAccount } from '../identity/identity.queries.ts';
import { guardianInvite } from '../invitations/invitations.actions.ts';
import { invitationSweepJob } from '../invitations/invitations.jobs.ts';
import { guardianInvitations } from '../invitations/invitations.service.ts';
import { getChildFile } from './child-file.service.ts';
import { searchWords } from './child-list.queries.ts';
import { childRead, guardianRead, guardianUpdate } from './families.actions.ts';
import { insertGuardian, insertGuardianChild } from './families.queries.ts';
import * as q from './guardians.queries.ts';

function taken(path: string): Conflict {
  const message = 'This e-mail address belongs to another guardian';
  return new Conflict('conflict', message, [{ path, code: 'taken', message }]);
}

/**
 * Links a guardian to a child inside the caller's transaction: an existing guardian the staff member may see,
 * or a new one, who gets a guardian account at once (no password, not invited: the invitation job invites
 * them in time). `path` is where the link sits in the request, for field errors. Returns the guardian's id.
 */
export async function addGuardianLink(
  ctx: AppContext,
  trx: Transaction<DB>,
  principal: Principal,
  childId: string,
  link: GuardianLinkBody,
  path: string,
): Promise<string> {
  const orgId = principal.organisationId;
  let guardianId: string;
  if ('guardianId' in link) {
    guardianId = link.guardianId;
    if (!(await isPermitted(trx, principal, ctx.clock, guardianRead.name, guardianId))) {
      throw fieldError(`${path}guardianId`, 'unknown_reference', 'Unknown guardian');
    }
  } else {
    const g = link.guardian;
    if (await q.selectGuardianIdByEmail(trx, orgId, g.email)) throw taken(`${path}guardian.email`);
    guardianId = await insertGuardian(trx, orgId, g);
    await insertAccount(trx, orgId, { email: g.email, kind: 'guardian', guardianId });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'guardian.create',
      childIds: [childId],
      subjectType: 'guardian',
      subjectId: guardianId,
    });
  }
  await insertGuardianChild(trx, orgId, { guardianId, childId, parentalAuthority: link.parentalAuthority });
  await recordAudit(trx, ctx.clock, {
    organisationId: orgId,
    actorAccountId: principal.accountId,
    action: 'child.guardian_link',
    childIds: [childId],
    subjectType: 'guardian',
    subjectId: guardianId,
    details: { parentalAuthority: link.parentalAuthority },
  });
  await ctx.jobs.send(trx, invitationSweepJob, { organisationId: orgId });
  return guardianId;
}

/** POST /children/:childId/guardians: links an existing or new guardian; the same guardian twice is 409. */
export async function linkGuardian(
  ctx: AppContext,
  principal: Principal,
  childId: string,
  link: GuardianLinkBody,
  idempotency: Idempotency | null = null,
): Promise<ChildFile> {
  return idempotentTransaction(ctx, idempotency, async (trx, tx) => {
    const linked = await q.selectChildGuardianIds(trx, principal.organisationId, childId);
    if ('guardianId' in link && linked.includes(link.guardianId)) {
      const message = 'This guardian is already linked to the child';
      throw new Conflict('conflict', message, [{ path: 'guardianId', code: 'taken', message }]);
    }
    await addGuardianLink(ctx, trx, principal, childId, link, '');
    return getChildFile(tx, principal, childId);
  });
}

/** PATCH /children/:childId/guardians/:guardianId: whether the guardian has parental authority. */
export async function updateChildGuardian(
  ctx: AppContext,
  principal: Principal,
  ids: { childId: string; guardianId: string },
  body: UpdateChildGuardianBody,
): Promise<ChildFile> {
  await ctx.db.transaction().execute(async (trx) => {
    const link = { ...ids, parentalAuthority: body.parentalAuthority };
    if (!(await q.updateParentalAuthority(trx, principal.organisationId, link))) throw new NotFound();
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'child.guardian_update',
      childIds: [ids.childId],
      subjectType: 'guardian',
      subjectId: ids.guardianId,
      details: { parentalAuthority: body.parentalAuthority },
    });
  });
  return getChildFile(ctx, principal, ids.childId);
}

/** DELETE /children/:childId/guardians/:guardianId: unlinks a guardian; a child keeps at least one. */
export async function unlinkGuardian(
  ctx: AppContext,
  principal: Principal,
  ids: { childId: string; guardianId: string },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const linked = await q.selectChildGuardianIds(trx, principal.organisationId, ids.childId);
    if (!linked.includes(ids.guardianId)) throw new NotFound();
    if (linked.length === 1) {
      const message = 'A child keeps at least one guardian';
      throw new Conflict('conflict', message, [{ path: 'guardianId', code: 'not_allowed', message }]);
    }
    await q.deleteGuardianChild(trx, principal.organisationId, ids);
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'child.guardian_unlink',
      childIds: [ids.childId],
      subjectType: 'guardian',
      subjectId: ids.guardianId,
    });
  });
}

/** GET /guardians?search=: guardians the staff member may see, to link one to another child. */
export async function searchGuardians(
  ctx: AppContext,
  principal: Principal,
  query: GuardianSearchQuery,
): Promise<GuardianSearchResult> {
  const permitted = permittedIds(ctx.db, principal, ctx.clock, guardianRead.name);
  const permittedChildren = permittedIds(ctx.db, principal, ctx.clock, childRead.name);
  if (!permitted || !permittedChildren) return { guardians: [] };
  const rows = await q.searchGuardians(ctx.db, principal.organisationId, {
    permitted,
    permittedChildren,
    words: searchWords(query.search),
    limit: query.limit,
  });
  return {
    guardians: rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      city: r.city,
      children: r.children ?? [],
    })),
  };
}

async function loadGuardianFile(
  ctx: AppContext,
  principal: Principal,
  guardianId: string,
): Promise<GuardianFile> {
  const orgId = principal.organisationId;
  const permittedChildren = permittedIds(ctx.db, principal, ctx.clock, childRead.name);
  const guardian = await q.selectGuardian(ctx.db, orgId, guardianId);
  if (!guardian || !permittedChildren) throw new NotFound();
  const [children, invitations, mayUpdate, mayInvite] = await Promise.all([
    q.selectGuardianChildren(ctx.db, orgId, guardianId, permittedChildren),
    guardianInvitations(ctx.db, ctx.clock, orgId, [guardianId]),
    isPermitted(ctx.db, principal, ctx.clock, guardianUpdate.name, guardianId),
    isPermitted(ctx.db, principal, ctx.clock, guardianInvite.name, guardianId),
  ]);
  return {
    guardian: {
      id: guardian.id,
      firstName: guardian.first_name,
      lastName: guardian.last_name,
      email: guardian.email,
      phone: guardian.phone,
      street: guardian.street,
      houseNumber: guardian.house_number,
      postcode: guardian.postcode,
      city: guardian.city,
      invitation: invitations.get(guardianId) ?? null,
    },
    children: children.map((c) => ({
      id: c.id,
      firstName: c.first_name,
      lastName: c.last_name,
      parentalAuthority: c.parental_authority,
    })),
    permittedActions: [
      ...(mayUpdate ? [guardianUpdate.name] : []),
      ...(mayInvite ? [guardianInvite.name] : []),
    ],
  };
}

/** GET /guardians/:guardianId: contact data, invitation and the children the staff member may see; audited. */
export async function getGuardianFile(
  ctx: AppContext,
  principal: Principal,
  guardianId: string,
): Promise<GuardianFile> {
  const file = await loadGuardianFile(ctx, principal, guardianId);
  await recordAudit(ctx.db, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action: 'guardian.read',
    childIds: file.children.map((c) => c.id),
    subjectType: 'guardian',
    subjectId: guardianId,
  });
  return file;
}

/** PATCH /guardians/:guardianId: contact data; a new e-mail address is also the account's sign-in address. */
export async function updateGuardian(
  ctx: AppContext,
  principal: Principal,
  guardianId: string,
  body: UpdateGuardianBody,
): Promise<GuardianFile> {
  const orgId = principal.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    if (body.email !== undefined) {
      if (await q.selectGuardianIdByEmail(trx, orgId, body.email, guardianId)) throw taken('email');
      await q.updateGuardianAccountEmail(trx, orgId, guardianId, body.email);
    }
    await q.updateGuardian(trx, orgId, guardianId, {
      ...(body.firstName !== undefined ? { first_name: body.firstName } : {}),
      ...(body.lastName !== undefined ? { last_name: body.lastName } : {}),
      ...(body.email !== undefined ? { email: body.email } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.street !== undefined ? { street: body.street } : {}),
      ...(body.houseNumber !== undefined ? { house_number: body.houseNumber } : {}),
      ...(body.postcode !== undefined ? { postcode: body.postcode } : {}),
      ...(body.city !== undefined ? { city: body.city } : {}),
    });
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'guardian.update',
      subjectType: 'guardian',
      subjectId: guardianId,
      details: { fields: Object.keys(body) },
    });
  });
  return loadGuardianFile(ctx, principal, guardianId);
}
