import type { AccountKind } from '@nestje/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import type { BrowserSession } from '../../plugins/types.ts';
import { toDate } from '../../time/clock.ts';
import {
  type AccountRow,
  deleteSessionsByTokenHash,
  selectLiveSessions,
  touchSession,
} from './identity.queries.ts';
import { accountSummary } from './identity.service.ts';
import { formatSessionCookie, hashToken, parseSessionCookie } from './tokens.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The active account's row with its organisation, as the session lookup read it (null when signed out). */
    activeAccount: AccountRow | null;
  }
}

/** The active account of a route that requires sign-in. */
export function activeAccountOf(request: FastifyRequest): AccountRow {
  if (!request.activeAccount) throw new Error('activeAccountOf used on a public route');
  return request.activeAccount;
}

export const SESSION_COOKIE = 'nestje_sessions';
export const ACCOUNT_HEADER = 'x-nestje-account';
const TOUCH_AFTER_MS = 60_000;

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, tokens: string[]): void {
  if (tokens.length === 0) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return;
  }
  reply.setCookie(SESSION_COOKIE, formatSessionCookie(tokens), {
    path: '/',
    httpOnly: true,
    secure: ctx.config.secureCookies,
    sameSite: 'lax',
    maxAge: 180 * 24 * 3600,
  });
}

/**
 * Resolves the browser's sessions from its cookie on every request and picks the active account from the
 * `X-Nestje-Account` header (the first signed-in account without it). Sessions that ended drop out of the cookie.
 */
export function installSessions(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('activeAccount', null);
  // Reference types must not be shared between requests: each request sets its own list in the hook below.
  app.decorateRequest('browserSessions', null as unknown as BrowserSession[]);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.browserSessions = [];
    request.principal = null;
    request.activeAccount = null;
    // Static files and the app's shell need no session: only the API pays for the lookup.
    if (!request.url.startsWith('/api/')) return;
    const tokens = parseSessionCookie(request.cookies[SESSION_COOKIE]);
    if (tokens.length === 0) return;
    const now = ctx.clock.now();
    const hashes = tokens.map(hashToken);
    const rows = await selectLiveSessions(ctx.db, hashes, toDate(now));
    const byHash = new Map(rows.map((r) => [r.token_hash.toString('hex'), r]));
    const live: (BrowserSession & { row: (typeof rows)[number] })[] = [];
    tokens.forEach((token, i) => {
      const row = byHash.get(hashes[i]!.toString('hex'));
      if (!row) return;
      live.push({
        token,
        sessionId: row.session_id,
        row,
        account: accountSummary(row),
      });
    });
    if (live.length !== tokens.length)
      setSessionCookie(
        ctx,
        reply,
        live.map((s) => s.token),
      );
    request.browserSessions = live.map(({ row: _row, ...s }) => s);

    const wanted = request.headers[ACCOUNT_HEADER];
    let active = typeof wanted === 'string' && wanted ? live.find((s) => s.account.id === wanted) : live[0];
    // The account a tab remembers may have been signed out elsewhere; `me` then tells it who is active now.
    if (!active && request.url.split('?')[0] === '/api/v1/me') active = live[0];
    if (!active) return;
    const { row } = active;
    request.activeAccount = row;
    request.principal = {
      accountId: row.id,
      organisationId: row.organisation_id,
      kind: row.kind as AccountKind,
      guardianId: row.guardian_id,
      staffMemberId: row.staff_member_id,
      sessionId: row.session_id,
    };
    if (now.epochMilliseconds - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await touchSession(ctx.db, row.organisation_id, row.session_id, toDate(now));
    }
  });
}

/** Ends the given sessions of this browser and returns the tokens that remain. */
export async function endBrowserSessions(
  ctx: AppContext,
  request: FastifyRequest,
  end: BrowserSession[],
): Promise<string[]> {
  await deleteSessionsByTokenHash(
    ctx.db,
    end.map((s) => hashToken(s.token)),
  );
  const ended = new Set(end.map((s) => s.token));
  return request.browserSessions.filter((s) => !ended.has(s.token)).map((s) => s.token);
}
