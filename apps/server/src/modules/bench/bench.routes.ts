import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../authz/actions.ts';
import type { AppContext } from '../../context.ts';
import { pingDatabase } from '../health/health.queries.ts';

const emptySchema = z.object({});
const selectQuerySchema = z.object({ n: z.coerce.number().int().min(1).max(100) });
const selectResponseSchema = z.object({ n: z.number().int() });

/**
 * Floor routes for bench/ (registered only when `NESTJE_BENCH=true`, never in production). They pass through the
 * same hooks as every route (security headers, session cookie, authz), so an endpoint's numbers divided by theirs
 * show what the endpoint itself costs on the machine the run happens on.
 */
export async function benchRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/bench/empty',
    { config: { action: PUBLIC }, schema: { hide: true, response: { 200: emptySchema } } },
    async () => ({}),
  );
  r.get(
    '/bench/select',
    {
      config: { action: PUBLIC },
      schema: { hide: true, querystring: selectQuerySchema, response: { 200: selectResponseSchema } },
    },
    async (request) => {
      const { n } = request.query;
      // Sequential on purpose: N round trips, not one batch.
      for (let i = 0; i < n; i++) await pingDatabase(ctx.db);
      return { n };
    },
  );
}
