import type { AccountSummary } from '@nestje/contract';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../authz/principal.ts';

/** A session of this browser that is still live. */
export interface BrowserSession {
  token: string;
  sessionId: string;
  account: AccountSummary;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action this route performs; `public` for routes without sign-in. Required on every route. */
    action?: string;
    /** The id the action is checked against; defaults to the principal's organisation. */
    target?: (request: FastifyRequest) => string;
  }
  interface FastifyRequest {
    /** The active account, or null when none is signed in (public routes only). */
    principal: Principal | null;
    /** Every live session in this browser's cookie, in sign-in order. */
    browserSessions: BrowserSession[];
  }
}

/** The principal of a route that requires sign-in (the authz hook has checked it exists). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('principalOf used on a public route');
  return request.principal;
}
