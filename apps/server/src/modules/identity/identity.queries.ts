import { sql } from 'kysely';
import type { Executor } from '../../db/sql.ts';

const displayName = sql<string>`coalesce(g.first_name || ' ' || g.last_name, s.first_name || ' ' || s.last_name)`;

/** An account with what the switcher and sessions need; joins guardian or staff member for the name. */
function accountRows(db: Executor) {
  return db
    .selectFrom('accounts as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .leftJoin('guardians as g', (j) =>
      j.onRef('g.organisation_id', '=', 'a.organisation_id').onRef('g.id', '=', 'a.guardian_id'),
    )
    .leftJoin('staff_members as s', (j) =>
      j.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.id', '=', 'a.staff_member_id'),
    )
    .select([
      'a.id',
      'a.organisation_id',
      'a.email',
      'a.kind',
      'a.guardian_id',
      'a.staff_member_id',
      'a.locale',
      'a.password_hash',
      'a.disabled_at',
      'a.activated_at',
      'o.name as organisation_name',
      'o.logo_url as organisation_logo_url',
      'o.primary_colour as organisation_primary_colour',
      'o.feature_video as organisation_feature_video',
      'o.feature_credits as organisation_feature_credits',
      'o.feature_observations as organisation_feature_observations',
      displayName.as('display_name'),
    ]);
}

export type AccountRow = Awaited<ReturnType<ReturnType<typeof accountRows>['executeTakeFirstOrThrow']>>;

/** Accounts with this e-mail address in any organisation that can sign in (active staff, not disabled). */
export async function selectSignInCandidates(db: Executor, email: string): Promise<AccountRow[]> {
  return accountRows(db)
    .where('a.email', '=', email)
    .where('a.disabled_at', 'is', null)
    .where((eb) => eb.or([eb('s.id', 'is', null), eb('s.active', '=', true)]))
    .orderBy('o.name')
    .orderBy('a.kind')
    .execute();
}

export async function selectAccount(db: Executor, organisationId: string, accountId: string) {
  return accountRows(db)
    .where('a.organisation_id', '=', organisationId)
    .where('a.id', '=', accountId)
    .executeTakeFirst();
}

export async function updateAccountPassword(
  db: Executor,
  organisationId: string,
  accountId: string,
  passwordHash: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set((eb) => ({
      password_hash: passwordHash,
      password_changed_at: at,
      activated_at: eb.fn.coalesce('activated_at', eb.val(at)),
    }))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', accountId)
    .execute();
}

export async function updateAccountLocale(
  db: Executor,
  organisationId: string,
  accountId: string,
  locale: string,
) {
  await db
    .updateTable('accounts')
    .set({ locale })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', accountId)
    .execute();
}

export interface NewSession {
  organisationId: string;
  accountId: string;
  tokenHash: Buffer;
  at: Date;
  expiresAt: Date;
  idleTimeoutSeconds: number;
  userAgent: string;
}

export async function insertSession(db: Executor, s: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      organisation_id: s.organisationId,
      account_id: s.accountId,
      token_hash: s.tokenHash,
      created_at: s.at,
      last_seen_at: s.at,
      expires_at: s.expiresAt,
      idle_timeout_seconds: s.idleTimeoutSeconds,
      user_agent: s.userAgent.slice(0, 300),
    })
    .execute();
}

/**
 * The live sessions among the given token hashes, with their accounts, in the order of the hashes. A session is
 * live until its absolute expiry and while it has been used within its idle timeout, and only while its account
 * is enabled (and, for staff, the staff member is active).
 */
export async function selectLiveSessions(db: Executor, tokenHashes: Buffer[], now: Date) {
  if (tokenHashes.length === 0) return [];
  return accountRows(db)
    .innerJoin('sessions as se', (j) =>
      j.onRef('se.organisation_id', '=', 'a.organisation_id').onRef('se.account_id', '=', 'a.id'),
    )
    .select(['se.id as session_id', 'se.token_hash', 'se.last_seen_at'])
    .where('se.token_hash', 'in', tokenHashes)
    .where('se.expires_at', '>', now)
    .where(sql<boolean>`se.last_seen_at + make_interval(secs => se.idle_timeout_seconds) > ${now}`)
    .where('a.disabled_at', 'is', null)
    .where((eb) => eb.or([eb('s.id', 'is', null), eb('s.active', '=', true)]))
    .execute();
}

export async function touchSession(
  db: Executor,
  organisationId: string,
  sessionId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', sessionId)
    .execute();
}

export async function deleteSessionsByTokenHash(db: Executor, tokenHashes: Buffer[]): Promise<void> {
  if (tokenHashes.length === 0) return;
  await db.deleteFrom('sessions').where('token_hash', 'in', tokenHashes).execute();
}

/** Ends every session of an account, except `keepSessionId` when given. */
export async function deleteAccountSessions(
  db: Executor,
  organisationId: string,
  accountId: string,
  keepSessionId: string | null = null,
): Promise<void> {
  let q = db
    .deleteFrom('sessions')
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId);
  if (keepSessionId) q = q.where('id', '<>', keepSessionId);
  await q.execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', now),
        eb(sql<Date>`last_seen_at + make_interval(secs => idle_timeout_seconds)`, '<=', now),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertAccountToken(
  db: Executor,
  t: {
    organisationId: string;
    accountId: string;
    purpose: string;
    tokenHash: Buffer;
    at: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('account_tokens')
    .values({
      organisation_id: t.organisationId,
      account_id: t.accountId,
      purpose: t.purpose,
      token_hash: t.tokenHash,
      created_at: t.at,
      expires_at: t.expiresAt,
    })
    .execute();
}

/** Makes earlier unused tokens of this purpose expire: only the newest link works. */
export async function expireOpenAccountTokens(
  db: Executor,
  organisationId: string,
  accountId: string,
  purpose: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('account_tokens')
    .set({ expires_at: at })
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .execute();
}

/** A token by its hash with its account; `forUpdate` locks it so it can be used exactly once. */
export async function selectAccountToken(
  db: Executor,
  tokenHash: Buffer,
  purpose: string,
  forUpdate: boolean,
) {
  let q = db
    .selectFrom('account_tokens as t')
    .select(['t.id', 't.organisation_id', 't.account_id', 't.expires_at', 't.used_at'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.purpose', '=', purpose);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function markAccountTokenUsed(db: Executor, organisationId: string, tokenId: string, at: Date) {
  await db
    .updateTable('account_tokens')
    .set({ used_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', tokenId)
    .execute();
}

export async function selectStaffRoles(db: Executor, organisationId: string, staffMemberId: string) {
  return db
    .selectFrom('staff_roles')
    .select(['role', 'location_id', 'group_id'])
    .where('organisation_id', '=', organisationId)
    .where('staff_member_id', '=', staffMemberId)
    .orderBy('role')
    .execute();
}

export async function insertAccount(
  db: Executor,
  organisationId: string,
  a: {
    email: string;
    kind: 'guardian' | 'staff';
    guardianId?: string | null;
    staffMemberId?: string | null;
    passwordHash?: string | null;
    activatedAt?: Date | null;
    locale?: 'nl' | 'en';
  },
): Promise<string> {
  const row = await db
    .insertInto('accounts')
    .values({
      organisation_id: organisationId,
      email: a.email.toLowerCase(),
      kind: a.kind,
      guardian_id: a.guardianId ?? null,
      staff_member_id: a.staffMemberId ?? null,
      password_hash: a.passwordHash ?? null,
      activated_at: a.activatedAt ?? null,
      password_changed_at: a.passwordHash ? (a.activatedAt ?? null) : null,
      locale: a.locale ?? 'nl',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function disableAccount(
  db: Executor,
  organisationId: string,
  accountId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ disabled_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', accountId)
    .execute();
}

/** Lets a disabled account sign in again (a reactivated staff member). */
export async function enableAccount(db: Executor, organisationId: string, accountId: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ disabled_at: null })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', accountId)
    .execute();
}

/** Records the first invitation of an account; later ones keep the first moment. */
export async function markAccountInvited(
  db: Executor,
  organisationId: string,
  accountId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set((eb) => ({ invited_at: eb.fn.coalesce('invited_at', eb.val(at)) }))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', accountId)
    .execute();
}
