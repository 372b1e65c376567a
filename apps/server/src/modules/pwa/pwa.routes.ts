import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../../authz/actions.ts';
import type { AppContext } from '../../context.ts';
import { SESSION_COOKIE } from '../identity/browser-sessions.ts';
import { manifestFor } from './pwa.service.ts';

/**
 * `/manifest.webmanifest` (B5, installable app): public, since the browser fetches it without the app's account
 * header and before sign-in too; what it shows depends on the session cookie, so shared caches must not keep it.
 */
export async function pwaRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get(
    '/manifest.webmanifest',
    { config: { action: PUBLIC }, schema: { hide: true } },
    async (request, reply) => {
      const manifest = await manifestFor(ctx, request.cookies[SESSION_COOKIE]);
      return reply
        .header('cache-control', 'private, no-cache')
        .header('vary', 'cookie')
        .type('application/manifest+json; charset=utf-8')
        .send(JSON.stringify(manifest));
    },
  );
}
