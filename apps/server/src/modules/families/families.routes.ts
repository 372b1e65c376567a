import { childListSchema, childParamsSchema, childSchema, updateChildBodySchema } from '@nestje/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { principalOf } from '../../plugins/types.ts';
import { childList, childRead, childUpdate } from './families.actions.ts';
import { getChild, listChildren, updateChild } from './families.service.ts';

const childTarget = (request: FastifyRequest) => (request.params as { childId: string }).childId;

export async function familiesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/children',
    {
      config: { action: childList.name },
      schema: {
        tags: ['families'],
        summary: 'Children the account may see',
        response: { 200: childListSchema },
      },
    },
    async (request) => ({ children: await listChildren(ctx, principalOf(request)) }),
  );
  r.get(
    '/children/:childId',
    {
      config: { action: childRead.name, target: childTarget },
      schema: {
        tags: ['families'],
        summary: 'One child',
        params: childParamsSchema,
        response: { 200: childSchema },
      },
    },
    async (request) => getChild(ctx, principalOf(request), request.params.childId),
  );
  r.patch(
    '/children/:childId',
    {
      config: { action: childUpdate.name, target: childTarget },
      schema: {
        tags: ['families'],
        summary: "Change a child's name or birth date",
        params: childParamsSchema,
        body: updateChildBodySchema,
        response: { 200: childSchema },
      },
    },
    async (request) => updateChild(ctx, principalOf(request), request.params.childId, request.body),
  );
}
