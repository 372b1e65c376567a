import {
  calendarFeedCreatedSchema,
  calendarFeedFileParamsSchema,
  calendarFeedStatusSchema,
} from '@nestje/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../authz/actions.ts';
import type { AppContext } from '../../context.ts';
import { principalOf } from '../../plugins/types.ts';
import { calendarFeedManage } from './calendar-feed.actions.ts';
import { createFeed, getFeedStatus, renderFeed, revokeFeed } from './calendar-feed.service.ts';

/** The request as the log shows it, with the feed's token (the secret in its address) left out. */
function redactedRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.replace(/\/calendar\/[^/?#]*/, '/calendar/[redacted].ics'),
    host: request.host,
    remoteAddress: request.ip,
  };
}

/** The guardian's private calendar feed (B3): its management, and the public address calendar apps fetch. */
export async function calendarFeedRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/calendar-feed',
    {
      config: { action: calendarFeedManage.name },
      schema: {
        tags: ['calendar-feed'],
        summary: 'Whether the guardian has a working calendar feed address',
        response: { 200: calendarFeedStatusSchema },
      },
    },
    async (request) => getFeedStatus(ctx, principalOf(request)),
  );
  r.post(
    '/calendar-feed',
    {
      config: { action: calendarFeedManage.name },
      schema: {
        tags: ['calendar-feed'],
        summary: 'Make a new calendar feed address; a previous one stops working at once',
        response: { 201: calendarFeedCreatedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createFeed(ctx, principalOf(request))),
  );
  r.delete(
    '/calendar-feed',
    {
      config: { action: calendarFeedManage.name },
      schema: { tags: ['calendar-feed'], summary: "Revoke the guardian's calendar feed address" },
    },
    async (request, reply) => {
      await revokeFeed(ctx, principalOf(request));
      return reply.code(204).send();
    },
  );
  r.get(
    '/calendar/:file',
    {
      config: { action: PUBLIC },
      // The address is the secret: the request log must not show it.
      logSerializers: { req: redactedRequest },
      schema: {
        tags: ['calendar-feed'],
        summary: 'The calendar feed as iCalendar (`<token>.ics`), for calendar apps; no sign-in',
        security: [],
        params: calendarFeedFileParamsSchema,
      },
    },
    async (request, reply) => {
      const body = await renderFeed(ctx, request.params.file);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=900')
        .send(body);
    },
  );
}
