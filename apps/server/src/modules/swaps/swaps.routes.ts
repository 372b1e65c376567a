import {
  createdRequestSchema,
  createSwapBodySchema,
  idempotencyHeadersSchema,
  swapOptionsQuerySchema,
  swapOptionsSchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { principalOf } from '../../plugins/types.ts';
import { parentPortalUse } from '../organisation/organisation.actions.ts';
import { getSwapOptions, requestSwap } from './swaps.service.ts';

/** Swap days (ruildagen, P13): requested by parents, assessed, cancelled and listed like extra days. */
export async function swapsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['requests'];
  r.get(
    '/swaps/options',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary: 'Per child the day parts of a date that can be given up in a swap, and the swap rules',
        querystring: swapOptionsQuerySchema,
        response: { 200: swapOptionsSchema },
      },
    },
    async (request) => getSwapOptions(ctx, principalOf(request), request.query.date),
  );
  r.post(
    '/swaps',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary:
          'Request swaps ("Ruildag aanvragen"); a repeat with the same Idempotency-Key returns the first answer',
        headers: idempotencyHeadersSchema,
        body: createSwapBodySchema,
        response: { 201: createdRequestSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        requestSwap(ctx, principalOf(request), request.body, idempotency),
      ),
  );
}
