import {
  createStaffMemberBodySchema,
  idempotencyHeadersSchema,
  staffMemberListQuerySchema,
  staffMemberListSchema,
  staffMemberParamsSchema,
  staffMemberSchema,
  updateStaffMemberBodySchema,
} from '@nestje/contract';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { sendIdempotent } from '../../idempotency/idempotency.ts';
import { paramTarget } from '../../plugins/authz.ts';
import { principalOf } from '../../plugins/types.ts';
import { staffMemberCreate, staffMemberList, staffMemberManage, staffMemberRead } from './staff.actions.ts';
import {
  createStaffMember,
  deactivateStaffMember,
  getStaffMember,
  listStaffMembers,
  reactivateStaffMember,
  resendInvitation,
  updateStaffMember,
} from './staff.service.ts';

const staffTarget = paramTarget('staffMemberId');

/** Staff members, their roles and their accounts (S1). */
export async function staffRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/staff-members',
    {
      config: { action: staffMemberList.name },
      schema: {
        tags: ['staff'],
        summary: 'Staff members of the locations the account manages or plans',
        querystring: staffMemberListQuerySchema,
        response: { 200: staffMemberListSchema },
      },
    },
    async (request) => ({ staffMembers: await listStaffMembers(ctx, principalOf(request), request.query) }),
  );
  r.post(
    '/staff-members',
    {
      config: { action: staffMemberCreate.name },
      schema: {
        tags: ['staff'],
        summary: 'Add a staff member with an account; the activation mail goes out at once',
        headers: idempotencyHeadersSchema,
        body: createStaffMemberBodySchema,
        response: { 201: staffMemberSchema },
      },
    },
    async (request, reply) =>
      sendIdempotent(ctx, request, reply, (idempotency) =>
        createStaffMember(ctx, principalOf(request), request.body, idempotency),
      ),
  );
  r.get(
    '/staff-members/:staffMemberId',
    {
      config: { action: staffMemberRead.name, target: staffTarget },
      schema: {
        tags: ['staff'],
        summary: 'One staff member',
        params: staffMemberParamsSchema,
        response: { 200: staffMemberSchema },
      },
    },
    async (request) => getStaffMember(ctx, principalOf(request), request.params.staffMemberId),
  );
  r.patch(
    '/staff-members/:staffMemberId',
    {
      config: { action: staffMemberManage.name, target: staffTarget },
      schema: {
        tags: ['staff'],
        summary: 'Change name, phone or roles (roles are replaced as a whole)',
        params: staffMemberParamsSchema,
        body: updateStaffMemberBodySchema,
        response: { 200: staffMemberSchema },
      },
    },
    async (request) =>
      updateStaffMember(ctx, principalOf(request), request.params.staffMemberId, request.body),
  );
  const actions = [
    ['deactivate', 'Deactivate: the account is disabled and signed out everywhere', deactivateStaffMember],
    ['reactivate', 'Reactivate a deactivated staff member', reactivateStaffMember],
    ['invitation', 'Send a new activation mail (not for an active account)', resendInvitation],
  ] as const;
  for (const [path, summary, run] of actions) {
    r.post(
      `/staff-members/:staffMemberId/${path}`,
      {
        config: { action: staffMemberManage.name, target: staffTarget },
        schema: {
          tags: ['staff'],
          summary,
          params: staffMemberParamsSchema,
          response: { 200: staffMemberSchema },
        },
      },
      async (request) => run(ctx, principalOf(request), request.params.staffMemberId),
    );
  }
}
