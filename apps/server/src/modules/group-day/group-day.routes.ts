import { groupDayParamsSchema, groupDayQuerySchema, groupDaySchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { groupDayRead } from './group-day.actions.ts';
import { getGroupDay } from './group-day.service.ts';

export async function groupDayRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/groups/:groupId/day',
    {
      config: { action: groupDayRead.name, target: paramTarget('groupId') },
      schema: {
        tags: ['group-day'],
        summary: 'Who comes to a group on a date, who is absent, and the occupancy per day part',
        params: groupDayParamsSchema,
        querystring: groupDayQuerySchema,
        response: { 200: groupDaySchema },
      },
    },
    async (request) => getGroupDay(ctx, principalOf(request), request.params.groupId, request.query.date),
  );
}
