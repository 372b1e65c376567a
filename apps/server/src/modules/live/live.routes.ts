import type { ServerResponse } from 'node:http';
import { liveEventSchema, liveEventsQuerySchema } from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { liveEventsRead } from './live.actions.ts';
import { openLiveStream } from './live.service.ts';

/** Live updates (server-sent events): badges and lists refresh when something changes for the account. */
export async function liveRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const open = new Set<ServerResponse>();
  // Open streams never end by themselves: end them when the server closes, or closing would wait for them.
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
    open.clear();
  });
  r.get(
    '/events',
    {
      config: { action: liveEventsRead.name },
      schema: {
        tags: ['live'],
        summary: 'Live events of the account as server-sent events (text/event-stream)',
        description:
          'A stream that stays open: `retry: 5000`, then for each event `event: <type>` and `data: <the event as ' +
          'JSON>`, and a comment line every 25 seconds. The events say what changed (the notification centre, or ' +
          'a thread), never its content. The session is checked when the stream opens. Not JSON: the response ' +
          'is written directly, without response validation.',
        querystring: liveEventsQuerySchema,
        response: {
          200: {
            description: 'The event stream; each `data` line holds one of the described events.',
            content: { 'text/event-stream': { schema: liveEventSchema } },
          },
        },
      },
    },
    async (request, reply) => {
      openLiveStream(ctx, request, reply, request.query.account, open);
    },
  );
}
