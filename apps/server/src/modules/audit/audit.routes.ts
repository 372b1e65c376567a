import { auditListSchema, auditQuerySchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { principalOf } from '../../plugins/types.ts';
import { auditRead } from './audit.actions.ts';
import { listAuditEvents } from './audit.service.ts';

export async function auditRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/audit-events',
    {
      config: { action: auditRead.name },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first, filtered and a page at a time',
        querystring: auditQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => listAuditEvents(ctx, principalOf(request), request.query),
  );
}
