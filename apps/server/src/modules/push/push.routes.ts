import { pushKeySchema, pushSubscriptionBodySchema, pushUnsubscribeBodySchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { principalOf } from '../../plugins/types.ts';
import { pushUse } from './push.actions.ts';
import { pushKey, subscribe, unsubscribe } from './push.service.ts';

/** Web Push (B5): the server's key, and the browsers that receive an account's notifications. */
export async function pushRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['push'];
  r.get(
    '/push/key',
    {
      config: { action: pushUse.name },
      schema: {
        tags,
        summary: "The server's VAPID public key (base64url) to subscribe with",
        response: { 200: pushKeySchema },
      },
    },
    async () => pushKey(ctx),
  );
  r.post(
    '/push/subscriptions',
    {
      config: { action: pushUse.name },
      schema: {
        tags,
        summary: "This browser receives the account's notifications by push; subscribing again keeps one",
        body: pushSubscriptionBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await subscribe(ctx, principalOf(request), request.body, request.headers['user-agent']);
      return reply.code(204).send(null);
    },
  );
  r.delete(
    '/push/subscriptions',
    {
      config: { action: pushUse.name },
      schema: {
        tags,
        summary: "This browser no longer receives the account's notifications by push",
        body: pushUnsubscribeBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await unsubscribe(ctx, principalOf(request), request.body);
      return reply.code(204).send(null);
    },
  );
}
