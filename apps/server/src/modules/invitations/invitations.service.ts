import type { Invitation } from '@nestje/contract';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/sql.ts';
import { Conflict } from '../../errors.ts';
import { type Clock, toDate, todayIn } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertAccount } from '../identity/identity.queries.ts';
import { sendActivation } from '../identity/identity.service.ts';
import { selectGuardianInvitations } from './invitation-status.queries.ts';
import { INVITE_DAYS_AHEAD, plannedInvitationDay, toInvitation } from './invitation-status.ts';
import {
  claimDueGuardianAccounts,
  selectGuardianAccount,
  selectGuardianEmail,
} from './invitations.queries.ts';

const SWEEP_BATCH = 50;

/**
 * Invites every guardian whose children's care starts within six weeks (Amsterdam dates) and who was not
 * invited yet. Each batch claims its accounts and queues their activation mails in one transaction, so a
 * crash, a retry or a second server process never sends an invitation twice. Returns how many were invited.
 */
export async function runInvitationSweep(ctx: AppContext, organisationId: string | null): Promise<number> {
  const today = todayIn(ctx.clock);
  const filter = {
    organisationId,
    today: today.toString(),
    horizon: today.add({ days: INVITE_DAYS_AHEAD }).toString(),
    limit: SWEEP_BATCH,
  };
  let invited = 0;
  for (;;) {
    const claimed = await ctx.db.transaction().execute(async (trx) => {
      const accounts = await claimDueGuardianAccounts(trx, filter, toDate(ctx.clock.now()));
      for (const a of accounts) await sendActivation(ctx, trx, a.organisation_id, a.id);
      return accounts.length;
    });
    invited += claimed;
    if (claimed < SWEEP_BATCH) return invited;
  }
}

/** The invitation of each guardian among `guardianIds` that has an account, by guardian id. */
export async function guardianInvitations(
  db: Executor,
  clock: Clock,
  organisationId: string,
  guardianIds: readonly string[],
): Promise<Map<string, Invitation>> {
  const today = todayIn(clock);
  const rows = await selectGuardianInvitations(db, organisationId, guardianIds, today.toString());
  const now = toDate(clock.now());
  return new Map(
    rows.map((r) => [r.guardian_id, toInvitation(r, now, plannedInvitationDay(r.first_start, today))]),
  );
}

/**
 * Sends a guardian (again) an activation link, by hand: a lost or lapsed mail, or an invitation before the
 * job would send it. Not for an account that is active or deactivated.
 */
export async function resendInvitation(
  ctx: AppContext,
  principal: Principal,
  guardianId: string,
): Promise<Invitation> {
  const orgId = principal.organisationId;
  await ctx.db.transaction().execute(async (trx) => {
    let account = await selectGuardianAccount(trx, orgId, guardianId);
    if (!account) {
      // A guardian from before accounts were made with the guardian: give them one now.
      const email = await selectGuardianEmail(trx, orgId, guardianId);
      const id = await insertAccount(trx, orgId, { email, kind: 'guardian', guardianId });
      account = { id, activated_at: null, disabled_at: null, invited_at: null };
    }
    if (account.activated_at !== null) throw new Conflict('conflict', 'This account is already active');
    if (account.disabled_at !== null) throw new Conflict('conflict', 'This account is deactivated');
    await sendActivation(ctx, trx, orgId, account.id);
    await recordAudit(trx, ctx.clock, {
      organisationId: orgId,
      actorAccountId: principal.accountId,
      action: 'guardian.invite',
      subjectType: 'guardian',
      subjectId: guardianId,
    });
  });
  const invitation = (await guardianInvitations(ctx.db, ctx.clock, orgId, [guardianId])).get(guardianId);
  if (!invitation) throw new Error(`Guardian ${guardianId} has no account`);
  return invitation;
}
