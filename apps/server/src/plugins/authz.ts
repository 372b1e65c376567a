import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { getAction, PUBLIC } from '../authz/actions.ts';
import { requirePermission } from '../authz/authorize.ts';
import type { AppContext } from '../context.ts';
import { Forbidden, Unauthenticated } from '../errors.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  action: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the action it declares (the deny-by-default test walks this list). */
    registeredRoutes: RegisteredRoute[];
  }
}

/**
 * One mechanism for authorization: every route declares an action in its config; before the handler runs the
 * action is checked against its target. A route without a known action is refused (deny by default).
 */
export function installAuthz(app: FastifyInstance, ctx: AppContext): void {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // Read the action when asked: a scope's own onRoute hook (markScopePublic) may set it after this one ran.
    for (const method of methods) {
      routes.push({
        method,
        url: route.url,
        get action() {
          return route.config?.action;
        },
      });
    }
  });
  app.addHook('preHandler', async (request) => {
    // The not-found handler serves the web app's shell or a 404; it has no data to protect.
    if (request.is404) return;
    const config = request.routeOptions.config;
    const actionName = config.action;
    if (actionName === PUBLIC) return;
    if (!actionName || !getAction(actionName)) {
      request.log.error({ url: request.routeOptions.url }, 'route without a known action refused');
      throw new Forbidden();
    }
    const principal = request.principal;
    if (!principal) throw new Unauthenticated();
    const target = config.target ? config.target(request) : principal.organisationId;
    await requirePermission(ctx.db, principal, ctx.clock, actionName, target);
  });
}

/** Marks every route registered inside `scope` as public: for third-party plugins (docs page, static files). */
export function markScopePublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route: RouteOptions) => {
    route.config = { ...route.config, action: PUBLIC };
  });
}

/** A route's target taken from its path parameter `name` (e.g. `childId`), for `config.target`. */
export const paramTarget =
  (name: string) =>
  (request: FastifyRequest): string =>
    (request.params as Record<string, string>)[name] as string;

/** A route's target taken from its query parameter `name`, for `config.target`. */
export const queryTarget =
  (name: string) =>
  (request: FastifyRequest): string =>
    (request.query as Record<string, string>)[name] as string;
