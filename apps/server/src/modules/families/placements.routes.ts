import {
  childFileSchema,
  childParamsSchema,
  createPlacementBodySchema,
  idempotencyHeadersSchema,
  placementParamsSchema,
  updatePlacementBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { auditFileRead } from './child-file.service.ts';
import { childUpdate } from './families.actions.ts';
import { createPlacement, deletePlacement, updatePlacement } from './placements.service.ts';

const childTarget = paramTarget('childId');

export async function placementRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['families'];
  r.post(
    '/children/:childId/placements',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags,
        summary: 'Place a child in a group',
        headers: idempotencyHeadersSchema,
        params: childParamsSchema,
        body: createPlacementBodySchema,
        response: { 201: childFileSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      return sendIdempotent(
        ctx,
        request,
        reply,
        (idempotency) => createPlacement(ctx, principal, request.params.childId, request.body, idempotency),
        { onReplay: (file) => auditFileRead(ctx, principal, file) },
      );
    },
  );
  r.patch(
    '/children/:childId/placements/:placementId',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags,
        summary: 'Change a placement from a date on (the past stays as it was)',
        params: placementParamsSchema,
        body: updatePlacementBodySchema,
        response: { 200: childFileSchema },
      },
    },
    async (request) => updatePlacement(ctx, principalOf(request), request.params, request.body),
  );
  r.delete(
    '/children/:childId/placements/:placementId',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags,
        summary: 'Delete a placement that has not started',
        params: placementParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deletePlacement(ctx, principalOf(request), request.params);
      return reply.code(204).send(null);
    },
  );
}
