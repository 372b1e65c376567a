import { healthSchema, readySchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../authz/actions.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { pingDatabase } from './health.queries.ts';

/** `/healthz`: the process is alive. `/readyz`: the database answers and every migration is applied. */
export async function healthRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  readiness: () => number | null,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/healthz',
    { config: { action: PUBLIC }, schema: { hide: true, response: { 200: healthSchema } } },
    async () => ({
      status: 'ok' as const,
    }),
  );
  r.get(
    '/readyz',
    { config: { action: PUBLIC }, schema: { hide: true, response: { 200: readySchema } } },
    async () => {
      const migrations = readiness();
      if (migrations === null) throw new AppError(503, 'not_ready', 'Starting');
      await pingDatabase(ctx.db);
      return { status: 'ready' as const, migrations };
    },
  );
}
