import {
  assessmentQueueQuerySchema,
  assessmentQueueSchema,
  cancelledLinesSchema,
  createdRequestSchema,
  createRequestBodySchema,
  decisionResultsSchema,
  decisionsBodySchema,
  idempotencyHeadersSchema,
  requestLineListQuerySchema,
  requestLineListSchema,
  requestLineParamsSchema,
  requestOptionsQuerySchema,
  requestOptionsSchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../authz/actions.ts';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { parentPortalUse } from '../organisation/organisation.actions.ts';
import { decideLines, getAssessmentQueue } from './assessment.service.ts';
import { assessmentRead, requestLineCancel } from './requests.actions.ts';
import { runRequestExpiry } from './requests.jobs.ts';
import { cancelRequestLine, getRequestOptions, listRequestLines, submitRequest } from './requests.service.ts';

/** Extra-day requests of parents (P8–P12, P15) and their assessment by planners (S3). */
export async function requestsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['requests'];
  r.get(
    '/requests/options',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary:
          'Per date and child: what is planned and which day parts can be requested, with price and reasons',
        querystring: requestOptionsQuerySchema,
        response: { 200: requestOptionsSchema },
      },
    },
    async (request) => getRequestOptions(ctx, principalOf(request), request.query.from, request.query.to),
  );
  r.post(
    '/requests',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary:
          'Submit a request ("Indienen"); a repeat with the same Idempotency-Key returns the first answer',
        headers: idempotencyHeadersSchema,
        body: createRequestBodySchema,
        response: { 201: createdRequestSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        submitRequest(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.get(
    '/requests',
    {
      config: { action: parentPortalUse.name },
      schema: {
        tags,
        summary: "Every request line of the account's children, newest request first (Aanvragenoverzicht)",
        querystring: requestLineListQuerySchema,
        response: { 200: requestLineListSchema },
      },
    },
    async (request) => listRequestLines(ctx, principalOf(request), request.query),
  );
  r.post(
    '/request-lines/:lineId/cancel',
    {
      config: { action: requestLineCancel.name, target: paramTarget('lineId') },
      schema: {
        tags,
        summary: "Cancel an open line, with the rest of its child's booking (a period whole)",
        params: requestLineParamsSchema,
        response: { 200: cancelledLinesSchema },
      },
    },
    async (request) => cancelRequestLine(ctx, principalOf(request), request.params.lineId),
  );
  r.get(
    '/assessment',
    {
      config: { action: assessmentRead.name },
      schema: {
        tags,
        summary: 'The open lines of the groups the planner plans, with the occupancy of each day part',
        querystring: assessmentQueueQuerySchema,
        response: { 200: assessmentQueueSchema },
      },
    },
    async (request) => getAssessmentQueue(ctx, principalOf(request), request.query),
  );
  r.post(
    '/assessment/decisions',
    {
      config: { action: assessmentRead.name },
      schema: {
        tags,
        summary: 'Approve or reject lines, each on its own; the results say which failed and why',
        body: decisionsBodySchema,
        response: { 200: decisionResultsSchema },
      },
    },
    async (request) => decideLines(ctx, principalOf(request), request.body),
  );
  if (ctx.config.devApi) await requestsDevRoutes(app, ctx);
}

/** Development: run the expiry job now (end-to-end tests move the clock and then call this). */
async function requestsDevRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/dev/requests/expire',
    {
      config: { action: PUBLIC },
      schema: {
        tags: ['development'],
        summary: 'Run the request expiry job now and deliver its mails',
        response: { 200: z.object({ expired: z.number().int() }) },
      },
    },
    async () => {
      const expired = await runRequestExpiry(ctx);
      await ctx.jobs.drain();
      return { expired };
    },
  );
}
