import {
  changePasswordBodySchema,
  completeTokenBodySchema,
  loginBodySchema,
  logoutResponseSchema,
  meSchema,
  resetRequestBodySchema,
  resetRequestResponseSchema,
  sessionStateSchema,
  tokenBodySchema,
  tokenInfoSchema,
  updatePreferencesBodySchema,
} from '@nestje/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../authz/actions.ts';
import type { AppContext } from '../../context.ts';
import { principalOf } from '../../plugins/types.ts';
import { activeAccountOf, endBrowserSessions, setSessionCookie } from './browser-sessions.ts';
import { sessionSelf } from './identity.actions.ts';
import * as service from './identity.service.ts';

const userAgent = (request: FastifyRequest) => String(request.headers['user-agent'] ?? '');

/** Adds new sessions to this browser's cookie (after the ones it has) and answers with who is signed in. */
function signedIn(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  added: service.NewSessionResult[],
) {
  const kept = request.browserSessions.filter((s) => !added.some((a) => a.account.id === s.account.id));
  setSessionCookie(ctx, reply, [...kept.map((s) => s.token), ...added.map((a) => a.token)]);
  const accounts = [...kept.map((s) => s.account), ...added.map((a) => a.account)];
  return service.sessionState(added[0]!.account, accounts);
}

export async function identityRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['identity'];

  r.post(
    '/auth/login',
    {
      config: { action: PUBLIC },
      schema: {
        tags,
        summary: 'Sign in with e-mail address and password',
        body: loginBodySchema,
        response: { 200: sessionStateSchema },
      },
    },
    async (request, reply) => {
      const sessions = await service.login(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: userAgent(request),
      });
      return signedIn(ctx, request, reply, sessions);
    },
  );

  r.post(
    '/auth/logout',
    {
      config: { action: sessionSelf.name },
      schema: {
        tags,
        summary: 'Sign out the active account in this browser',
        response: { 200: logoutResponseSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const ending = request.browserSessions.filter((s) => s.sessionId === principal.sessionId);
      const remaining = await endBrowserSessions(ctx, request, ending);
      setSessionCookie(ctx, reply, remaining);
      return {
        accounts: request.browserSessions.filter((s) => remaining.includes(s.token)).map((s) => s.account),
      };
    },
  );

  r.post(
    '/auth/logout-all',
    {
      config: { action: sessionSelf.name },
      schema: {
        tags,
        summary: 'Sign out every account in this browser',
        response: { 200: logoutResponseSchema },
      },
    },
    async (request, reply) => {
      await endBrowserSessions(ctx, request, request.browserSessions);
      setSessionCookie(ctx, reply, []);
      return { accounts: [] };
    },
  );

  r.post(
    '/auth/password-reset',
    {
      config: { action: PUBLIC },
      schema: {
        tags,
        summary: 'Send a reset link; the same answer whether or not the address has an account',
        body: resetRequestBodySchema,
        response: { 202: resetRequestResponseSchema },
      },
    },
    async (request, reply) => {
      await service.requestPasswordReset(ctx, { email: request.body.email, ip: request.ip });
      return reply.code(202).send({ accepted: true as const });
    },
  );

  for (const [path, purpose] of [
    ['password-reset', 'password_reset'],
    ['activation', 'activation'],
  ] as const) {
    r.post(
      `/auth/${path}/inspect`,
      {
        config: { action: PUBLIC },
        schema: {
          tags,
          summary: `What a ${path} link is for`,
          body: tokenBodySchema,
          response: { 200: tokenInfoSchema },
        },
      },
      async (request) => service.inspectToken(ctx, purpose, request.body.token),
    );
    r.post(
      `/auth/${path}/complete`,
      {
        config: { action: PUBLIC },
        schema: {
          tags,
          summary: `Use a ${path} link: choose a password and sign in`,
          body: completeTokenBodySchema,
          response: { 200: sessionStateSchema },
        },
      },
      async (request, reply) => {
        const session = await service.completeToken(ctx, purpose, {
          ...request.body,
          userAgent: userAgent(request),
        });
        return signedIn(ctx, request, reply, [session]);
      },
    );
  }

  r.get(
    '/me',
    {
      config: { action: sessionSelf.name },
      schema: {
        tags,
        summary: 'The active account and every account signed in in this browser',
        response: { 200: meSchema },
      },
    },
    async (request) =>
      service.getMe(
        ctx,
        principalOf(request),
        activeAccountOf(request),
        request.browserSessions.map((s) => s.account),
      ),
  );

  r.post(
    '/me/password',
    {
      config: { action: sessionSelf.name },
      schema: {
        tags,
        summary: 'Change the password (asks the current one)',
        body: changePasswordBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.changePassword(ctx, principalOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  r.put(
    '/me/preferences',
    {
      config: { action: sessionSelf.name },
      schema: {
        tags,
        summary: 'Set the UI language of the account',
        body: updatePreferencesBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.updatePreferences(ctx, principalOf(request), request.body.locale);
      return reply.code(204).send(null);
    },
  );
}
