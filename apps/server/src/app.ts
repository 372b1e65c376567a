import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { PUBLIC } from './authz/actions.ts';
import type { AppContext } from './context.ts';
import { shareIdempotencyKeyParameter } from './idempotency/openapi.ts';
import { absencesRoutes } from './modules/absences/absences.routes.ts';
import { agendaRoutes } from './modules/agenda/agenda.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { benchRoutes } from './modules/bench/bench.routes.ts';
import { calendarFeedRoutes } from './modules/calendar-feed/calendar-feed.routes.ts';
import { careDaysRoutes } from './modules/care-days/care-days.routes.ts';
import { consentsRoutes } from './modules/consents/consents.routes.ts';
import { contentRoutes } from './modules/content/content.routes.ts';
import { creditsRoutes } from './modules/credits/credits.routes.ts';
import { declarationsRoutes } from './modules/declarations/declarations.routes.ts';
import { devRoutes } from './modules/dev/dev.routes.ts';
import { familiesRoutes } from './modules/families/families.routes.ts';
import { groupDayRoutes } from './modules/group-day/group-day.routes.ts';
import { guardianDataRoutes } from './modules/guardian-data/guardian-data.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { identityRoutes } from './modules/identity/identity.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { invitationsRoutes } from './modules/invitations/invitations.routes.ts';
import { liveRoutes } from './modules/live/live.routes.ts';
import { mediaRoutes } from './modules/media/media.routes.ts';
import { messagesRoutes } from './modules/messages/messages.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { observationsRoutes } from './modules/observations/observations.routes.ts';
import { organisationRoutes } from './modules/organisation/organisation.routes.ts';
import { planningPolicyRoutes } from './modules/planning-policy/planning-policy.routes.ts';
import { pushRoutes } from './modules/push/push.routes.ts';
import { pwaRoutes } from './modules/pwa/pwa.routes.ts';
import { requestsRoutes } from './modules/requests/requests.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { swapsRoutes } from './modules/swaps/swaps.routes.ts';
import { teamRoutes } from './modules/team/team.routes.ts';
import { timelineRoutes } from './modules/timeline/timeline.routes.ts';
import { handleError } from './plugins/errors.ts';
import './modules/organisation/organisation.actions.ts';
import { NotFound } from './errors.ts';
import { installSessions } from './modules/identity/browser-sessions.ts';
import { installAuthz, markScopePublic } from './plugins/authz.ts';
import { installSecurity } from './plugins/security.ts';
import type { SettableClock } from './time/clock.ts';

export interface AppOptions {
  /** The clock the dev API may set (development and tests); null in production. */
  settableClock: SettableClock | null;
  /** Number of applied migrations once ready, null while starting. */
  readiness: () => number | null;
}

/** Builds the HTTP application: the JSON API under /api/v1, its OpenAPI description, and the web app. */
export async function buildApp(ctx: AppContext, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  installAuthz(app, ctx);
  await app.register(cookie);
  installSecurity(app, ctx);
  installSessions(app, ctx);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Nestje API',
        version: '1.0.0',
        description: 'Parent portal and staff back office of Nestje.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'nestje_sessions' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: shareIdempotencyKeyParameter,
  });
  await app.register(async (scope) => {
    markScopePublic(scope);
    await scope.register(swaggerUi, { routePrefix: '/api/docs' });
  });
  app.get('/api/openapi.json', { config: { action: PUBLIC }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await healthRoutes(app, ctx, options.readiness);
  await pwaRoutes(app, ctx);
  await app.register(
    async (api) => {
      await identityRoutes(api, ctx);
      await organisationRoutes(api, ctx);
      await careDaysRoutes(api, ctx);
      await calendarFeedRoutes(api, ctx);
      await planningPolicyRoutes(api, ctx);
      await agendaRoutes(api, ctx);
      await absencesRoutes(api, ctx);
      await requestsRoutes(api, ctx);
      await swapsRoutes(api, ctx);
      await creditsRoutes(api, ctx);
      await staffRoutes(api, ctx);
      await familiesRoutes(api, ctx);
      await consentsRoutes(api, ctx);
      await declarationsRoutes(api, ctx);
      await guardianDataRoutes(api, ctx);
      await groupDayRoutes(api, ctx);
      await invitationsRoutes(api, ctx);
      await importsRoutes(api, ctx);
      await auditRoutes(api, ctx);
      await timelineRoutes(api, ctx);
      await messagesRoutes(api, ctx);
      await contentRoutes(api, ctx);
      await teamRoutes(api, ctx);
      await notificationsRoutes(api, ctx);
      await observationsRoutes(api, ctx);
      await liveRoutes(api, ctx);
      await pushRoutes(api, ctx);
      await api.register((scope) => mediaRoutes(scope, ctx));
      if (ctx.config.devApi) await devRoutes(api, ctx, options.settableClock);
      if (ctx.config.benchRoutes) await benchRoutes(api, ctx);
    },
    { prefix: '/api/v1' },
  );

  const webDist = ctx.config.webDist;
  const hasWeb = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(async (scope) => {
      markScopePublic(scope);
      await scope.register(fastifyStatic, {
        root: webDist,
        wildcard: false,
        maxAge: '1h',
        index: false,
        // The service worker decides which version of the app a browser runs: always check it for a new one.
        setHeaders: (reply, path) => {
          if (basename(path) === 'sw.js') reply.header('cache-control', 'no-cache');
        },
      });
    });
  }
  let indexHtml: string | null = null;
  app.setNotFoundHandler({}, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Every other GET is a page of the single-page app; the API answers 404 as JSON.
    if (
      hasWeb &&
      webDist &&
      request.method === 'GET' &&
      !path.startsWith('/api/') &&
      !/\.[a-z0-9]+$/i.test(path)
    ) {
      indexHtml ??= await readFile(join(webDist, 'index.html'), 'utf8');
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
    }
    throw new NotFound();
  });
  return app;
}
