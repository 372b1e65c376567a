import {
  createLocationBodySchema,
  idempotencyHeadersSchema,
  locationListQuerySchema,
  locationListSchema,
  locationParamsSchema,
  locationSchema,
  updateLocationBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { createLocation, getLocation, listLocations, updateLocation } from './locations.service.ts';
import { locationManage, organisationManage, staffAreaUse } from './organisation.actions.ts';

const locationTarget = paramTarget('locationId');

export async function locationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/locations',
    {
      config: { action: staffAreaUse.name },
      schema: {
        tags: ['organisation'],
        summary: 'The locations the account works at',
        querystring: locationListQuerySchema,
        response: { 200: locationListSchema },
      },
    },
    async (request) => ({ locations: await listLocations(ctx, principalOf(request), request.query) }),
  );
  r.post(
    '/locations',
    {
      config: { action: organisationManage.name },
      schema: {
        tags: ['organisation'],
        summary: 'Add a location (organisation admins)',
        headers: idempotencyHeadersSchema,
        body: createLocationBodySchema,
        response: { 201: locationSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createLocation(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.get(
    '/locations/:locationId',
    {
      config: { action: locationManage.name, target: locationTarget },
      schema: {
        tags: ['organisation'],
        summary: 'One location',
        params: locationParamsSchema,
        response: { 200: locationSchema },
      },
    },
    async (request) => getLocation(ctx, principalOf(request), request.params.locationId),
  );
  r.patch(
    '/locations/:locationId',
    {
      config: { action: locationManage.name, target: locationTarget },
      schema: {
        tags: ['organisation'],
        summary: "Change a location's name, address or contact details",
        params: locationParamsSchema,
        body: updateLocationBodySchema,
        response: { 200: locationSchema },
      },
    },
    async (request) => updateLocation(ctx, principalOf(request), request.params.locationId, request.body),
  );
}
