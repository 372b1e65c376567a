import { agendaQuerySchema, agendaSchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { principalOf } from '../../plugins/types.ts';
import { parentPortalUse } from '../organisation/organisation.actions.ts';
import { getAgenda } from './agenda.service.ts';

/** The parent's agenda (P7). */
export async function agendaRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/agenda',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags: ['agenda'],
        summary: "The planned care and open requests of all the account's children, day by day",
        querystring: agendaQuerySchema,
        response: { 200: agendaSchema },
      },
    },
    async (request) => getAgenda(ctx, principalOf(request), request.query),
  );
}
