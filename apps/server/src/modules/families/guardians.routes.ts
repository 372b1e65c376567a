import {
  childFileSchema,
  childGuardianParamsSchema,
  childParamsSchema,
  guardianFileSchema,
  guardianLinkBodySchema,
  guardianParamsSchema,
  guardianSearchQuerySchema,
  guardianSearchResultSchema,
  idempotencyHeadersSchema,
  updateChildGuardianBodySchema,
  updateGuardianBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { auditFileRead } from './child-file.service.ts';
import { childUpdate, guardianList, guardianRead, guardianUpdate } from './families.actions.ts';
import {
  getGuardianFile,
  linkGuardian,
  searchGuardians,
  unlinkGuardian,
  updateChildGuardian,
  updateGuardian,
} from './guardians.service.ts';

const childTarget = paramTarget('childId');
const guardianTarget = paramTarget('guardianId');

export async function guardianRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['families'];
  r.get(
    '/guardians',
    {
      config: { action: guardianList.name },
      schema: {
        tags,
        summary: 'Search the guardians the staff member may see',
        querystring: guardianSearchQuerySchema,
        response: { 200: guardianSearchResultSchema },
      },
    },
    async (request) => searchGuardians(ctx, principalOf(request), request.query),
  );
  r.get(
    '/guardians/:guardianId',
    {
      config: { action: guardianRead.name, target: guardianTarget },
      schema: {
        tags,
        summary: "A guardian's contact data, invitation and children",
        params: guardianParamsSchema,
        response: { 200: guardianFileSchema },
      },
    },
    async (request) => getGuardianFile(ctx, principalOf(request), request.params.guardianId),
  );
  r.patch(
    '/guardians/:guardianId',
    {
      config: { action: guardianUpdate.name, target: guardianTarget },
      schema: {
        tags,
        summary: "Change a guardian's contact data (the e-mail address is the sign-in address)",
        params: guardianParamsSchema,
        body: updateGuardianBodySchema,
        response: { 200: guardianFileSchema },
      },
    },
    async (request) => updateGuardian(ctx, principalOf(request), request.params.guardianId, request.body),
  );
  r.post(
    '/children/:childId/guardians',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags,
        summary: 'Link an existing or a new guardian to a child',
        headers: idempotencyHeadersSchema,
        params: childParamsSchema,
        body: guardianLinkBodySchema,
        response: { 201: childFileSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      return sendIdempotent(
        ctx,
        request,
        reply,
        (idempotency) => linkGuardian(ctx, principal, request.params.childId, request.body, idempotency),
        { onReplay: (file) => auditFileRead(ctx, principal, file) },
      );
    },
  );
  r.patch(
    '/children/:childId/guardians/:guardianId',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags,
        summary: "Change a guardian's parental authority over a child",
        params: childGuardianParamsSchema,
        body: updateChildGuardianBodySchema,
        response: { 200: childFileSchema },
      },
    },
    async (request) => updateChildGuardian(ctx, principalOf(request), request.params, request.body),
  );
  r.delete(
    '/children/:childId/guardians/:guardianId',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags,
        summary: 'Unlink a guardian from a child (a child keeps at least one)',
        params: childGuardianParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await unlinkGuardian(ctx, principalOf(request), request.params);
      return reply.code(204).send(null);
    },
  );
}
