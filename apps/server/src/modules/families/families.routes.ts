import {
  childFileSchema,
  childListQuerySchema,
  childListResponseSchema,
  childParamsSchema,
  childSchema,
  createChildBodySchema,
  idempotencyHeadersSchema,
  updateChildBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { auditFileRead, getChildFile } from './child-file.service.ts';
import { childCreate, childList, childRead, childUpdate } from './families.actions.ts';
import { createChild, getChild, listChildren, listStaffChildren, updateChild } from './families.service.ts';
import { guardianRoutes } from './guardians.routes.ts';
import { photoRoutes } from './photos.routes.ts';
import { placementRoutes } from './placements.routes.ts';

/** The child a route under /children/:childId acts on. */
const childTarget = paramTarget('childId');

export async function familiesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['families'];
  r.get(
    '/children',
    {
      config: { action: childList.name },
      schema: {
        tags,
        summary: 'Children the account may see: a page for staff, the family for a guardian',
        querystring: childListQuerySchema,
        response: { 200: childListResponseSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (principal.kind === 'guardian') return { children: await listChildren(ctx, principal) };
      return listStaffChildren(ctx, principal, request.query);
    },
  );
  r.post(
    '/children',
    {
      config: { action: childCreate.name },
      schema: {
        tags,
        summary: 'Register a child with its guardians',
        headers: idempotencyHeadersSchema,
        body: createChildBodySchema,
        response: { 201: childFileSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      return sendIdempotent(
        ctx,
        request,
        reply,
        (idempotency) => createChild(ctx, principal, request.body, idempotency),
        { onReplay: (file) => auditFileRead(ctx, principal, file) },
      );
    },
  );
  r.get(
    '/children/:childId',
    {
      config: { action: childRead.name, target: childTarget },
      schema: { tags, summary: 'One child', params: childParamsSchema, response: { 200: childSchema } },
    },
    async (request) => getChild(ctx, principalOf(request), request.params.childId),
  );
  r.get(
    '/children/:childId/file',
    {
      config: { action: childRead.name, target: childTarget },
      schema: {
        tags,
        summary: "A child's file: guardians, placements with their history",
        params: childParamsSchema,
        response: { 200: childFileSchema },
      },
    },
    async (request) => getChildFile(ctx, principalOf(request), request.params.childId),
  );
  r.patch(
    '/children/:childId',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags,
        summary: "Change a child's names, birth date, location or mentor",
        params: childParamsSchema,
        body: updateChildBodySchema,
        response: { 200: childFileSchema },
      },
    },
    async (request) => updateChild(ctx, principalOf(request), request.params.childId, request.body),
  );
  await guardianRoutes(app, ctx);
  await placementRoutes(app, ctx);
  await app.register(async (scope) => photoRoutes(scope, ctx));
}
