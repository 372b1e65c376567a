import type { AccountKind, AccountSummary, Locale, Me, SessionState, TokenInfo } from '@nestje/contract';
import type { Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { allActions } from '../../authz/actions.ts';
import { permittedOrganisationActions } from '../../authz/authorize.ts';
import type { Principal } from '../../authz/principal.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/generated/schema.ts';
import { BadRequest, fieldError, Unauthenticated } from '../../errors.ts';
import { activationMail, passwordResetMail } from '../../mail/templates.ts';
import { toDate } from '../../time/clock.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as q from './identity.queries.ts';
import { hashPassword, verifyDummy, verifyPassword } from './passwords.ts';
import { enforceRateLimits } from './rate-limit.ts';
import { hashToken, newToken } from './tokens.ts';

/** How long sessions live: parents stay signed in on their phone; staff sessions end sooner. */
export const SESSION_POLICY: Record<AccountKind, { idleSeconds: number; absoluteSeconds: number }> = {
  guardian: { idleSeconds: 30 * 24 * 3600, absoluteSeconds: 180 * 24 * 3600 },
  staff: { idleSeconds: 12 * 3600, absoluteSeconds: 30 * 24 * 3600 },
};
export const RESET_VALID_MINUTES = 60;
export const ACTIVATION_VALID_DAYS = 30;

type TokenPurpose = 'activation' | 'password_reset';

/** An account as the account switcher shows it. */
export function accountSummary(
  row: Pick<q.AccountRow, 'id' | 'email' | 'display_name' | 'kind' | 'organisation_id' | 'organisation_name'>,
): AccountSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    kind: row.kind as AccountKind,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
  };
}

/** A signed-in session: the token for the cookie and the account it is for. */
export interface NewSessionResult {
  token: string;
  account: AccountSummary;
}

async function startSession(
  ctx: AppContext,
  db: AppContext['db'],
  row: q.AccountRow,
  userAgent: string,
): Promise<NewSessionResult> {
  const token = newToken();
  const now = ctx.clock.now();
  const policy = SESSION_POLICY[row.kind as AccountKind];
  await q.insertSession(db, {
    organisationId: row.organisation_id,
    accountId: row.id,
    tokenHash: hashToken(token),
    at: toDate(now),
    expiresAt: toDate(now.add({ seconds: policy.absoluteSeconds })),
    idleTimeoutSeconds: policy.idleSeconds,
    userAgent,
  });
  return { token, account: accountSummary(row) };
}

/**
 * Signs in every account with this address whose password matches (one person can have accounts at two
 * organisations). Unknown address and wrong password answer alike, and take as long.
 */
export async function login(
  ctx: AppContext,
  input: { email: string; password: string; ip: string; userAgent: string },
): Promise<NewSessionResult[]> {
  await enforceRateLimits(ctx, [
    { key: `login:ip:${input.ip}`, max: 100, windowSeconds: 900 },
    { key: `login:ip-email:${input.ip}:${input.email}`, max: 10, windowSeconds: 900 },
  ]);
  const candidates = await q.selectSignInCandidates(ctx.db, input.email);
  const matching: q.AccountRow[] = [];
  for (const row of candidates) {
    if (row.password_hash && (await verifyPassword(row.password_hash, input.password))) matching.push(row);
  }
  if (candidates.every((c) => !c.password_hash)) await verifyDummy(input.password);
  if (matching.length === 0)
    throw new Unauthenticated('auth.invalid_credentials', 'E-mail address or password is wrong');
  const sessions: NewSessionResult[] = [];
  for (const row of matching) {
    sessions.push(await startSession(ctx, ctx.db, row, input.userAgent));
    await recordAudit(ctx.db, ctx.clock, {
      organisationId: row.organisation_id,
      actorAccountId: row.id,
      action: 'auth.login',
    });
  }
  return sessions;
}

export function sessionState(active: AccountSummary, all: AccountSummary[]): SessionState {
  return { activeAccountId: active.id, accounts: all };
}

/**
 * Starts a reset for every account with this address; the answer is the same whether or not there is one.
 * Each reset link is single-use, valid for an hour, and makes earlier reset links void.
 */
export async function requestPasswordReset(
  ctx: AppContext,
  input: { email: string; ip: string },
): Promise<void> {
  await enforceRateLimits(ctx, [
    { key: `reset:ip:${input.ip}`, max: 30, windowSeconds: 3600 },
    { key: `reset:email:${input.email}`, max: 5, windowSeconds: 3600 },
  ]);
  const accounts = await q.selectSignInCandidates(ctx.db, input.email);
  for (const account of accounts) {
    await ctx.db.transaction().execute((trx) => issueAccountToken(ctx, trx, account, 'password_reset'));
  }
}

/**
 * Creates a single-use activation link for an account and sends it (used by invitations and staff); the first
 * one marks the account as invited. Returns the link (for whoever sets up a first organisation by hand).
 */
export async function sendActivation(
  ctx: AppContext,
  trx: Transaction<DB>,
  organisationId: string,
  accountId: string,
) {
  const account = await q.selectAccount(trx, organisationId, accountId);
  if (!account) throw new Error(`Account ${accountId} not found`);
  await q.markAccountInvited(trx, organisationId, accountId, toDate(ctx.clock.now()));
  return issueAccountToken(ctx, trx, account, 'activation');
}

async function issueAccountToken(
  ctx: AppContext,
  trx: Transaction<DB>,
  account: q.AccountRow,
  purpose: TokenPurpose,
) {
  const now = ctx.clock.now();
  const validHours = purpose === 'activation' ? ACTIVATION_VALID_DAYS * 24 : RESET_VALID_MINUTES / 60;
  const token = newToken();
  await q.expireOpenAccountTokens(trx, account.organisation_id, account.id, purpose, toDate(now));
  await q.insertAccountToken(trx, {
    organisationId: account.organisation_id,
    accountId: account.id,
    purpose,
    tokenHash: hashToken(token),
    at: toDate(now),
    expiresAt: toDate(now.add({ minutes: validHours * 60 })),
  });
  const page = purpose === 'activation' ? 'activeren' : 'wachtwoord-herstellen';
  const vars = {
    displayName: account.display_name,
    organisationName: account.organisation_name,
    link: `${ctx.config.publicUrl}/${page}#token=${token}`,
    validHours,
  };
  const locale = account.locale as Locale;
  const mail = purpose === 'activation' ? activationMail(locale, vars) : passwordResetMail(locale, vars);
  await ctx.jobs.send(trx, ctx.mailJob, {
    organisationId: account.organisation_id,
    to: account.email,
    ...mail,
  });
  await recordAudit(trx, ctx.clock, {
    organisationId: account.organisation_id,
    actorAccountId: null,
    action: purpose === 'activation' ? 'auth.activation_sent' : 'auth.reset_requested',
    subjectType: 'account',
    subjectId: account.id,
  });
  return vars.link;
}

async function usableToken(
  ctx: AppContext,
  db: AppContext['db'],
  purpose: TokenPurpose,
  token: string,
  lock: boolean,
) {
  const row = await q.selectAccountToken(db, hashToken(token), purpose, lock);
  if (!row) throw new BadRequest('auth.token_invalid', 'This link is not valid');
  if (row.used_at) throw new BadRequest('auth.token_used', 'This link has already been used');
  if (row.expires_at.getTime() <= ctx.clock.now().epochMilliseconds) {
    throw new BadRequest('auth.token_expired', 'This link has expired');
  }
  const account = await q.selectAccount(db, row.organisation_id, row.account_id);
  if (!account || account.disabled_at) throw new BadRequest('auth.token_invalid', 'This link is not valid');
  return { row, account };
}

/** What a link is for, before the person chooses a password. */
export async function inspectToken(
  ctx: AppContext,
  purpose: TokenPurpose,
  token: string,
): Promise<TokenInfo> {
  const { row, account } = await usableToken(ctx, ctx.db, purpose, token, false);
  return {
    email: account.email,
    displayName: account.display_name,
    organisationName: account.organisation_name,
    expiresAt: Temporal.Instant.fromEpochMilliseconds(row.expires_at.getTime()).toString(),
  };
}

/**
 * Uses an activation or reset link exactly once: sets the password, ends every session of the account, and
 * signs this browser in with a new one.
 */
export async function completeToken(
  ctx: AppContext,
  purpose: TokenPurpose,
  input: { token: string; password: string; userAgent: string },
): Promise<NewSessionResult> {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const { row, account } = await usableToken(ctx, trx, purpose, input.token, true);
    const at = toDate(ctx.clock.now());
    await q.markAccountTokenUsed(trx, row.organisation_id, row.id, at);
    await q.updateAccountPassword(trx, account.organisation_id, account.id, passwordHash, at);
    await q.deleteAccountSessions(trx, account.organisation_id, account.id);
    await recordAudit(trx, ctx.clock, {
      organisationId: account.organisation_id,
      actorAccountId: account.id,
      action: purpose === 'activation' ? 'auth.activated' : 'auth.password_reset',
    });
    return startSession(ctx, trx, account, input.userAgent);
  });
}

/** Changes the password after checking the current one; other sessions of the account end, this one stays. */
export async function changePassword(
  ctx: AppContext,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const account = await q.selectAccount(ctx.db, principal.organisationId, principal.accountId);
  if (!account?.password_hash || !(await verifyPassword(account.password_hash, input.currentPassword))) {
    throw fieldError('currentPassword', 'auth.wrong_current_password', 'The current password is wrong');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    const at = toDate(ctx.clock.now());
    await q.updateAccountPassword(trx, principal.organisationId, principal.accountId, passwordHash, at);
    await q.deleteAccountSessions(trx, principal.organisationId, principal.accountId, principal.sessionId);
    await recordAudit(trx, ctx.clock, {
      organisationId: principal.organisationId,
      actorAccountId: principal.accountId,
      action: 'auth.password_changed',
    });
  });
}

export async function updatePreferences(
  ctx: AppContext,
  principal: Principal,
  locale: Locale,
): Promise<void> {
  await q.updateAccountLocale(ctx.db, principal.organisationId, principal.accountId, locale);
}

/** The active account with its roles, branding and permitted actions, and every account in this browser. */
export async function getMe(
  ctx: AppContext,
  principal: Principal,
  account: q.AccountRow,
  accounts: AccountSummary[],
): Promise<Me> {
  // The session lookup already read the account and its organisation; only roles and actions are left.
  const names = allActions()
    .filter((a) => a.target === 'organisation')
    .map((a) => a.name);
  const [roles, permittedActions] = await Promise.all([
    principal.staffMemberId
      ? q.selectStaffRoles(ctx.db, principal.organisationId, principal.staffMemberId)
      : [],
    permittedOrganisationActions(ctx.db, principal, ctx.clock, names),
  ]);
  return {
    account: {
      ...accountSummary(account),
      locale: account.locale as Locale,
      roles: roles.map((r) => ({
        role: r.role as Me['account']['roles'][number]['role'],
        locationId: r.location_id,
        groupId: r.group_id,
      })),
    },
    branding: {
      name: account.organisation_name,
      logoUrl: account.organisation_logo_url,
      primaryColour: account.organisation_primary_colour,
    },
    features: {
      video: account.organisation_feature_video,
      credits: account.organisation_feature_credits,
      observations: account.organisation_feature_observations,
    },
    accounts,
    permittedActions,
  };
}
