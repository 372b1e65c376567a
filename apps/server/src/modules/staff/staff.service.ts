import type {
  CreateStaffMemberBody,
  InvitationStatus,
  StaffMember,
  UpdateStaffMemberBody,
} from '@nestje/contract';
import type { Transaction } from 'kysely';
import type { Principal } from '../../authz/principal.ts';
import { notAllowed, selectPermittedRows } from '../../authz/references.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import { isUniqueViolation } from '../../db/sql.ts';
import { AppError, Conflict, NotFound } from '../../errors.ts';
import { type Idempotency, idempotentTransaction } from '../../idempotency/idempotency.ts';
import { toDate } from '../../time/clock.ts';
import { changeDetails, recordAudit } from '../audit/audit.service.ts';
import {
  deleteAccountSessions,
  disableAccount,
  enableAccount,
  insertAccount,
} from '../identity/identity.queries.ts';
import { sendActivation } from '../identity/identity.service.ts';
import { selectAccountInvitations } from '../invitations/invitation-status.queries.ts';
import { toInvitation } from '../invitations/invitation-status.ts';
import { insertStaffMember, lockOrganisation } from '../organisation/organisation.queries.ts';
import { staffMemberManage, staffMemberRead } from './staff.actions.ts';
import * as sq from './staff.queries.ts';
import { normaliseRoles, requireGrantable } from './staff-roles.ts';

const emailTaken = () =>
  new Conflict('conflict', 'This address is already in use', [
    { path: 'email', code: 'taken', message: 'This address is already in use' },
  ]);

const lastAdmin = (path: string) =>
  new Conflict('conflict', 'The organisation must keep an active organisation admin', [
    { path, code: 'last_admin', message: 'The organisation must keep an active organisation admin' },
  ]);

/** The staff members the account may see, with roles, invitation status and what it may do with each. */
export async function listStaffMembers(
  ctx: AppContext,
  principal: Principal,
  filter: { search?: string | undefined; status?: InvitationStatus | undefined; staffMemberId?: string },
): Promise<StaffMember[]> {
  const { rows, manageable } = await selectPermittedRows(
    ctx,
    principal,
    { read: staffMemberRead.name, manage: staffMemberManage.name },
    (permitted) => sq.selectStaffMembers(ctx.db, principal.organisationId, permitted, filter),
  );
  const accountIds = rows.flatMap((r) => (r.account_id ? [r.account_id] : []));
  const invitations = new Map(
    (await selectAccountInvitations(ctx.db, principal.organisationId, accountIds)).map((i) => [
      i.account_id,
      i,
    ]),
  );
  const now = toDate(ctx.clock.now());
  const members = rows.map((r): StaffMember => {
    const invitation = r.account_id ? invitations.get(r.account_id) : undefined;
    return {
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      phone: r.phone,
      active: r.active,
      roles: r.roles,
      accountId: r.account_id,
      invitation: invitation ? toInvitation(invitation, now) : null,
      permittedActions: manageable.has(r.id) ? [staffMemberManage.name] : [],
    };
  });
  const status = filter.status;
  return status ? members.filter((m) => m.invitation?.status === status) : members;
}

export async function getStaffMember(
  ctx: AppContext,
  principal: Principal,
  staffMemberId: string,
): Promise<StaffMember> {
  const [member] = await listStaffMembers(ctx, principal, { staffMemberId });
  if (!member) throw new NotFound();
  return member;
}

/**
 * Adds a staff member with roles and a staff account, and sends the activation mail: all in one transaction,
 * so a failure leaves nothing behind and the mail goes out exactly when the staff member exists.
 */
export async function createStaffMember(
  ctx: AppContext,
  principal: Principal,
  body: CreateStaffMemberBody,
  idempotency: Idempotency | null = null,
): Promise<StaffMember> {
  const roles = normaliseRoles(body.roles);
  await requireGrantable(ctx, principal, body.roles, ctx.db);
  if (await sq.selectStaffEmailInUse(ctx.db, principal.organisationId, body.email)) throw emailTaken();
  try {
    return await idempotentTransaction(ctx, idempotency, async (trx, tx) => {
      const staffMemberId = await insertStaffMember(trx, principal.organisationId, body);
      await sq.replaceStaffRoles(trx, principal.organisationId, staffMemberId, roles);
      const accountId = await insertAccount(trx, principal.organisationId, {
        email: body.email,
        kind: 'staff',
        staffMemberId,
      });
      await sendActivation(ctx, trx, principal.organisationId, accountId);
      await recordAudit(trx, ctx.clock, {
        organisationId: principal.organisationId,
        actorAccountId: principal.accountId,
        action: 'staffMember.create',
        subjectType: 'staffMember',
        subjectId: staffMemberId,
        subjectLabel: `${body.firstName} ${body.lastName}`,
        details: changeDetails(null, { ...body, phone: body.phone ?? '', roles }),
      });
      return getStaffMember(tx, principal, staffMemberId);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw emailTaken();
    throw err;
  }
}

type LockedStaff = NonNullable<Awaited<ReturnType<typeof sq.selectStaffMemberForUpdate>>>;

/**
 * Runs a change to one staff member in a transaction that holds the organisation's lock, so two changes can
 * never together remove the last active organisation admin.
 */
async function changeStaff(
  ctx: AppContext,
  principal: Principal,
  staffMemberId: string,
  change: (trx: Transaction<DB>, staff: LockedStaff) => Promise<void>,
): Promise<StaffMember> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockOrganisation(trx, principal.organisationId);
    const staff = await sq.selectStaffMemberForUpdate(trx, principal.organisationId, staffMemberId);
    if (!staff) throw new NotFound();
    await change(trx, staff);
  });
  return getStaffMember(ctx, principal, staffMemberId);
}

function audit(
  ctx: AppContext,
  trx: Transaction<DB>,
  principal: Principal,
  staff: LockedStaff,
  action: string,
  details: Record<string, unknown>,
) {
  return recordAudit(trx, ctx.clock, {
    organisationId: principal.organisationId,
    actorAccountId: principal.accountId,
    action,
    subjectType: 'staffMember',
    subjectId: staff.id,
    subjectLabel: `${staff.first_name} ${staff.last_name}`,
    details,
  });
}

/** Changes name and phone; roles, when sent, replace all roles. */
export async function updateStaffMember(
  ctx: AppContext,
  principal: Principal,
  staffMemberId: string,
  body: UpdateStaffMemberBody,
): Promise<StaffMember> {
  const roles = body.roles ? normaliseRoles(body.roles) : null;
  return changeStaff(ctx, principal, staffMemberId, async (trx, staff) => {
    if (body.roles) await requireGrantable(ctx, principal, body.roles, trx);
    const before = {
      firstName: staff.first_name,
      lastName: staff.last_name,
      phone: staff.phone,
      roles: sortRoles(staff.roles),
    };
    const after = {
      firstName: body.firstName ?? before.firstName,
      lastName: body.lastName ?? before.lastName,
      phone: body.phone ?? before.phone,
      roles: roles ? sortRoles(roles) : before.roles,
    };
    const details = changeDetails(before, after);
    if (details.fields.length === 0) return;
    await sq.updateStaffMember(trx, principal.organisationId, staffMemberId, {
      first_name: after.firstName,
      last_name: after.lastName,
      phone: after.phone,
    });
    if (roles && details.fields.includes('roles')) {
      await sq.replaceStaffRoles(trx, principal.organisationId, staffMemberId, roles);
      if ((await sq.countActiveAdmins(trx, principal.organisationId)) === 0) throw lastAdmin('roles');
    }
    await audit(
      ctx,
      trx,
      principal,
      { ...staff, first_name: after.firstName, last_name: after.lastName },
      'staffMember.update',
      details,
    );
  });
}

/** Roles in the order the database gives them back, so an unchanged set compares equal. */
function sortRoles(roles: sq.RoleScope[]): sq.RoleScope[] {
  const key = (r: sq.RoleScope) => `${r.role}|${r.locationId ?? ''}|${r.groupId ?? ''}`;
  return [...roles]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((r) => ({ role: r.role, locationId: r.locationId, groupId: r.groupId }));
}

/** Deactivates a staff member: the account is disabled and every session of it ends at once. */
export async function deactivateStaffMember(
  ctx: AppContext,
  principal: Principal,
  staffMemberId: string,
): Promise<StaffMember> {
  if (staffMemberId === principal.staffMemberId) {
    throw notAllowed(['staffMemberId'], 'You cannot deactivate yourself');
  }
  return changeStaff(ctx, principal, staffMemberId, async (trx, staff) => {
    if (!staff.active && (staff.account_id === null || staff.disabled_at !== null)) return;
    await sq.updateStaffMember(trx, principal.organisationId, staffMemberId, { active: false });
    if (staff.account_id) {
      await disableAccount(trx, principal.organisationId, staff.account_id, toDate(ctx.clock.now()));
      await deleteAccountSessions(trx, principal.organisationId, staff.account_id);
    }
    if ((await sq.countActiveAdmins(trx, principal.organisationId)) === 0) throw lastAdmin('active');
    await audit(
      ctx,
      trx,
      principal,
      staff,
      'staffMember.deactivate',
      changeDetails({ active: staff.active }, { active: false }),
    );
  });
}

/** Lets a deactivated staff member work and sign in again. */
export async function reactivateStaffMember(
  ctx: AppContext,
  principal: Principal,
  staffMemberId: string,
): Promise<StaffMember> {
  return changeStaff(ctx, principal, staffMemberId, async (trx, staff) => {
    if (staff.active && staff.disabled_at === null) return;
    await sq.updateStaffMember(trx, principal.organisationId, staffMemberId, { active: true });
    if (staff.account_id) await enableAccount(trx, principal.organisationId, staff.account_id);
    await audit(
      ctx,
      trx,
      principal,
      staff,
      'staffMember.reactivate',
      changeDetails({ active: staff.active }, { active: true }),
    );
  });
}

/** Sends a new activation link (earlier ones stop working); not for an account that is already active. */
export async function resendInvitation(
  ctx: AppContext,
  principal: Principal,
  staffMemberId: string,
): Promise<StaffMember> {
  return changeStaff(ctx, principal, staffMemberId, async (trx, staff) => {
    if (!staff.account_id || !staff.active || staff.disabled_at !== null) {
      throw new AppError(409, 'conflict', 'This staff member is deactivated');
    }
    if (staff.activated_at !== null) throw new Conflict('conflict', 'This account is already active');
    await sendActivation(ctx, trx, principal.organisationId, staff.account_id);
    await audit(ctx, trx, principal, staff, 'staffMember.invite', { email: staff.email });
  });
}
