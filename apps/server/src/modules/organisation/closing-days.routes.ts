import {
  closingDayListQuerySchema,
  closingDayListSchema,
  closingDayParamsSchema,
  closingDaySchema,
  createClosingDayBodySchema,
  idempotencyHeadersSchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { principalOf } from '../../plugins/types.ts';
import { createClosingDay, deleteClosingDay, listClosingDays } from './closing-days.service.ts';
import { organisationSetupUse } from './organisation.actions.ts';

export async function closingDayRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/closing-days',
    {
      config: { action: organisationSetupUse.name },
      schema: {
        tags: ['organisation'],
        summary: 'Closing days of every location and of the locations the account manages',
        querystring: closingDayListQuerySchema,
        response: { 200: closingDayListSchema },
      },
    },
    async (request) => ({ closingDays: await listClosingDays(ctx, principalOf(request), request.query) }),
  );
  r.post(
    '/closing-days',
    {
      config: { action: organisationSetupUse.name },
      schema: {
        tags: ['organisation'],
        summary: 'Close a location (or, for admins, every location) on a day',
        headers: idempotencyHeadersSchema,
        body: createClosingDayBodySchema,
        response: { 201: closingDaySchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createClosingDay(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.delete(
    '/closing-days/:closingDayId',
    {
      config: { action: organisationSetupUse.name },
      schema: {
        tags: ['organisation'],
        summary: 'Remove a closing day that has not passed',
        params: closingDayParamsSchema,
      },
    },
    async (request, reply) => {
      await deleteClosingDay(ctx, principalOf(request), request.params.closingDayId);
      return reply.code(204).send();
    },
  );
}
