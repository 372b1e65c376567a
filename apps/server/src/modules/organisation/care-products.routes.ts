import {
  careProductListQuerySchema,
  careProductListSchema,
  careProductParamsSchema,
  careProductSchema,
  createCareProductBodySchema,
  idempotencyHeadersSchema,
  updateCareProductBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import {
  createCareProduct,
  getCareProduct,
  listCareProducts,
  updateCareProduct,
} from './care-products.service.ts';
import {
  careProductManage,
  careProductRead,
  organisationSetupUse,
  staffAreaUse,
} from './organisation.actions.ts';

const productTarget = paramTarget('careProductId');

export async function careProductRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/care-products',
    {
      config: { action: staffAreaUse.name },
      schema: {
        tags: ['organisation'],
        summary: 'Care products of the groups the account works with',
        querystring: careProductListQuerySchema,
        response: { 200: careProductListSchema },
      },
    },
    async (request) => ({ careProducts: await listCareProducts(ctx, principalOf(request), request.query) }),
  );
  r.post(
    '/care-products',
    {
      config: { action: organisationSetupUse.name },
      schema: {
        tags: ['organisation'],
        summary: 'Add a care product offered by groups the account manages',
        headers: idempotencyHeadersSchema,
        body: createCareProductBodySchema,
        response: { 201: careProductSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createCareProduct(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.get(
    '/care-products/:careProductId',
    {
      config: { action: careProductRead.name, target: productTarget },
      schema: {
        tags: ['organisation'],
        summary: 'One care product',
        params: careProductParamsSchema,
        response: { 200: careProductSchema },
      },
    },
    async (request) => getCareProduct(ctx, principalOf(request), request.params.careProductId),
  );
  r.patch(
    '/care-products/:careProductId',
    {
      config: { action: careProductManage.name, target: productTarget },
      schema: {
        tags: ['organisation'],
        summary: 'Change or deactivate a care product',
        params: careProductParamsSchema,
        body: updateCareProductBodySchema,
        response: { 200: careProductSchema },
      },
    },
    async (request) =>
      updateCareProduct(ctx, principalOf(request), request.params.careProductId, request.body),
  );
}
