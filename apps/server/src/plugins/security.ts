import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { AppContext } from '../context.ts';
import { Forbidden } from '../errors.ts';

export const CSRF_HEADER = 'x-nestje-csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Security headers on every response, and CSRF protection for every state-changing request: it must carry the
 * custom header (which a cross-site form cannot send, and a cross-site script only after a preflight we never
 * approve) and, when the browser states an Origin, come from this site.
 */
export function installSecurity(app: FastifyInstance, ctx: AppContext): void {
  // Built once: the Fastify wrapper rebuilt the middleware (and re-parsed the CSP) on every request, which cost
  // two thirds of the empty route's throughput in bench/.
  const applyHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: ctx.config.production ? [] : null,
      },
    },
    strictTransportSecurity: ctx.config.production ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    applyHeaders(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  const allowedOrigins = new Set([new URL(ctx.config.publicUrl).origin]);
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers[CSRF_HEADER] !== '1') throw new Forbidden('csrf_failed', 'Missing CSRF header');
    const origin = request.headers.origin;
    if (origin === undefined) return;
    const ownOrigin = `${request.protocol}://${request.host}`;
    if (origin !== ownOrigin && !allowedOrigins.has(origin))
      throw new Forbidden('csrf_failed', 'Cross-site request refused');
  });
}
