import {
  childDetailsSchema,
  childParamsSchema,
  decideGuardianChangeBodySchema,
  guardianChangeRequestListSchema,
  guardianChangeRequestParamsSchema,
  guardianParamsSchema,
  ownGuardianSchema,
  updateOwnGuardianBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import {
  childDetailsRead,
  guardianChangeDecide,
  guardianChangeList,
  ownGuardianRead,
  ownGuardianUpdate,
} from './guardian-data.actions.ts';
import {
  decideChangeRequest,
  getChildDetails,
  getOwnGuardian,
  listChangeRequests,
  updateOwnGuardian,
} from './guardian-data.service.ts';

/** A guardian's own data with changes for approval, and the child page's mentor and placements (P17). */
export async function guardianDataRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['guardian-data'];
  const guardianTarget = paramTarget('guardianId');
  r.get(
    '/me/guardian',
    {
      config: { action: ownGuardianRead.name },
      schema: {
        tags,
        summary: "The signed-in guardian's own data and the changes waiting for the organisation's approval",
        response: { 200: ownGuardianSchema },
      },
    },
    async (request) => getOwnGuardian(ctx, principalOf(request)),
  );
  r.patch(
    '/me/guardian',
    {
      config: { action: ownGuardianUpdate.name },
      schema: {
        tags,
        summary:
          'Change the phone number at once; a new name or address waits for approval (the e-mail address is ' +
          'the sign-in address and is changed by the organisation)',
        body: updateOwnGuardianBodySchema,
        response: { 200: ownGuardianSchema },
      },
    },
    async (request) => updateOwnGuardian(ctx, principalOf(request), request.body),
  );
  r.get(
    '/guardians/:guardianId/change-requests',
    {
      config: { action: guardianChangeList.name, target: guardianTarget },
      schema: {
        tags,
        summary: "A guardian's requested changes of name or address: the open ones first, then the decided",
        params: guardianParamsSchema,
        response: { 200: guardianChangeRequestListSchema },
      },
    },
    async (request) => listChangeRequests(ctx, principalOf(request), request.params.guardianId),
  );
  r.post(
    '/guardians/:guardianId/change-requests/:requestId/decision',
    {
      config: { action: guardianChangeDecide.name, target: guardianTarget },
      schema: {
        tags,
        summary:
          'Approve (apply) or reject a requested change; 409 guardianChange.decided when already decided',
        params: guardianChangeRequestParamsSchema,
        body: decideGuardianChangeBodySchema,
        response: { 200: guardianChangeRequestListSchema },
      },
    },
    async (request) =>
      decideChangeRequest(
        ctx,
        principalOf(request),
        request.params.guardianId,
        request.params.requestId,
        request.body,
      ),
  );
  r.get(
    '/children/:childId/details',
    {
      config: { action: childDetailsRead.name, target: paramTarget('childId') },
      schema: {
        tags,
        summary: "A child's mentor and current and upcoming placements (group, type, care products)",
        params: childParamsSchema,
        response: { 200: childDetailsSchema },
      },
    },
    async (request) => getChildDetails(ctx, principalOf(request), request.params.childId),
  );
}
