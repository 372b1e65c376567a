import {
  createGroupBodySchema,
  groupListQuerySchema,
  groupListSchema,
  groupParamsSchema,
  groupSchema,
  idempotencyHeadersSchema,
  updateGroupBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { createGroup, getGroup, listGroups, updateGroup } from './groups.service.ts';
import { groupManage, organisationSetupUse, staffAreaUse } from './organisation.actions.ts';

const groupTarget = paramTarget('groupId');

export async function groupRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/groups',
    {
      config: { action: staffAreaUse.name },
      schema: {
        tags: ['organisation'],
        summary: 'The groups the account may manage',
        querystring: groupListQuerySchema,
        response: { 200: groupListSchema },
      },
    },
    async (request) => ({ groups: await listGroups(ctx, principalOf(request), request.query) }),
  );
  r.post(
    '/groups',
    {
      config: { action: organisationSetupUse.name },
      schema: {
        tags: ['organisation'],
        summary: 'Add a group to a location the account manages',
        headers: idempotencyHeadersSchema,
        body: createGroupBodySchema,
        response: { 201: groupSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createGroup(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.get(
    '/groups/:groupId',
    {
      config: { action: groupManage.name, target: groupTarget },
      schema: {
        tags: ['organisation'],
        summary: 'One group with its opening hours',
        params: groupParamsSchema,
        response: { 200: groupSchema },
      },
    },
    async (request) => getGroup(ctx, principalOf(request), request.params.groupId),
  );
  r.patch(
    '/groups/:groupId',
    {
      config: { action: groupManage.name, target: groupTarget },
      schema: {
        tags: ['organisation'],
        summary: 'Change a group; opening hours, when sent, replace the old ones',
        params: groupParamsSchema,
        body: updateGroupBodySchema,
        response: { 200: groupSchema },
      },
    },
    async (request) => updateGroup(ctx, principalOf(request), request.params.groupId, request.body),
  );
}
